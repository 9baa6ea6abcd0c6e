"""A document whose letters are written decomposed (macOS, text copied from a PDF: ``s`` and
U+0327 for ``ş``, ``I`` and U+0307 for ``İ``, ``и`` and U+0306 for ``й``) is read as the same
letters composed: the place ``İstanbul``, the label ``Erişim tarihi`` and the name ``Annaýew``
were not recognised, so a citation lost its place, access date or author."""

from __future__ import annotations

import unicodedata

import pytest

from citekit.pipeline import read_bytes

NOTES = [
    "Yılmaz A. Bir Kitap. İstanbul: Yapı Kredi Yayınları, 2018. s. 12.",
    "Şahin M. Türk Dış Politikası. Ankara: Gazi Kitabevi, 2017. Erişim tarihi: 12.03.2020.",
    "Annaýew D. Türkmenistanyň daşary syýasaty. Aşgabat: Ylym, 2019. 45 s.",
    "Йолдашев Й. Внешняя политика. Ташкент: Узбекистан, 2016. С. 45.",
]


def _document(form: str, suffix: str) -> list[tuple[object, ...]]:
    body = "Metin kaynaklara atıf yapan uzun bir paragraftır." + "".join(
        f"[^{i}]" for i in range(1, len(NOTES) + 1)
    )
    notes = "\n".join(f"[^{i}]: {n}" for i, n in enumerate(NOTES, 1))
    data = unicodedata.normalize(form, f"{body}\n\n{notes}\n").encode()
    document = read_bytes(data, path=f"article{suffix}")
    return [
        (
            n.text,
            c.title,
            c.publisher_place,
            c.accessed,
            tuple(a.family for a in c.authors),
        )
        for n in document.notes
        for c in n.citations
    ]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_decomposed_letters_read_as_composed(suffix: str) -> None:
    composed = _document("NFC", suffix)
    assert _document("NFD", suffix) == composed
    assert [row[2] for row in composed] == ["İstanbul", "Ankara", "Aşgabat", "Ташкент"]
    assert composed[1][3] is not None
    assert composed[2][4] == ("Annaýew",)
