"""A cite key made from a name or title in a script citekit has no romanization table for
(Arabic, Persian, Georgian, Greek, Han) was its code points in hex (``645062d062f``): it is now
the script transliterated by ICU's CLDR rules, ASCII, readable and the same each time."""

from __future__ import annotations

import pytest

from citekit.interop import dump_items
from citekit.interop._common import cite_key
from citekit.model import Citation, Name, PartialDate


def _key(family: str, title: str, language: str | None) -> str:
    citation = Citation(
        title=title, authors=(Name(family=family),), issued=PartialDate(2019), language=language
    )
    return cite_key(citation, set())


@pytest.mark.parametrize(
    ("family", "title", "language", "key"),
    [
        ("محمد", "تاريخ", "ar", "mhmd2019tarykh"),
        ("حسینی", "تاریخ", "fa", "hsyny2019tarykh"),
        ("ჯავახიშვილი", "ქართველი", "ka", "javakhishvili2019kartveli"),
        ("Παπαδόπουλος", "Ιστορία", None, "papadopoulos2019istoria"),
        ("毛泽东", "选集", "zh", "maozedong2019xuanji"),
        ("Їжакевич", "Євген", "uk", "izhakevich2019evgen"),  # letters Russian's table lacks
        # Cyrillic and Latin keys as before
        ("Тоқаев", "Мир", None, "toqaev2019mir"),
        ("Yılmaz", "Işık", "tr", "yilmaz2019isik"),
    ],
)
def test_keys_from_other_scripts_are_readable_ascii(
    family: str, title: str, language: str | None, key: str
) -> None:
    assert _key(family, title, language) == key
    assert _key(family, title, language) == key  # stable


def test_a_bibtex_entry_of_an_arabic_source_has_a_readable_key() -> None:
    citation = Citation(
        type="book",
        title="تاريخ الأدب العربي",
        authors=(Name(family="الفاخوري", given="حنا"),),
        issued=PartialDate(1986),
        language="ar",
    )
    written = dump_items([citation], "bibtex").text
    assert written.startswith("@book{alfakhwry1986tarykh,")
