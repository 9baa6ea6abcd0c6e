"""A deed or register cited by its name before an archive is the document's title, no author."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation

DOCUMENTS = [
    ("Mihrimah Sultan Vakfiyesi, VGM Arşivi, Defter No: 987, s. 45.", "Mihrimah Sultan Vakfiyesi"),
    (
        "Hürrem Sultan Vakfiyesi, Vakıflar Genel Müdürlüğü Arşivi, Defter No: 1765, Sıra 12, s. 3.",
        "Hürrem Sultan Vakfiyesi",
    ),
    (
        "Kanuni Sultan Süleyman Fermanı, BOA, Mühimme Defteri, Defter No: 6, Hüküm 512.",
        "Kanuni Sultan Süleyman Fermanı",
    ),
    (
        "Sokollu Mehmed Paşa Vakfiyesi, Vakıflar Genel Müdürlüğü Arşivi, Defter No: 572, Sıra 88, "
        "s. 120-124.",
        "Sokollu Mehmed Paşa Vakfiyesi",
    ),
]


@pytest.mark.parametrize(("note", "title"), DOCUMENTS)
def test_document_named_before_archive(note: str, title: str) -> None:
    found = first_citation(note)
    assert found.title == title
    assert not found.authors
    assert found.type == "manuscript"


def test_lone_register_after_archive_is_a_shelf_mark() -> None:
    found = first_citation("Gazi Hüsrev Bey Vakfiyesi, VGM Arşivi, Defter No: 632, s. 210-212.")
    assert found.type == "manuscript"
    assert found.page == "210-212"
    assert found.container is None
