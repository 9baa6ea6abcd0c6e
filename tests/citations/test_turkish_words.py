"""Turkish publishers' and editors' words and Turkmenistan's papers as notes write them (issue
12): `Neşriyat` names a publisher, `Dü.` (Word's Turkish APA), `thk.` (an edition's critical
editor) and `Yay. haz.` an editor, `Bitarap Türkmenistan` a paper. The notes are written for
these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Selma Akgül, Türk Musikisinin Kaynakları, Ötüken Neşriyat, İstanbul, 2009, s. 71.",
            "Türk Musikisinin Kaynakları",
            "Ötüken Neşriyat",
        ),
        (
            "Necati Uğur, Kuşatılmış Şehirler, Dergâh Neşriyatı, İstanbul, 1998, s. 203.",
            "Kuşatılmış Şehirler",
            "Dergâh Neşriyatı",
        ),
    ],
)
def test_nesriyat_names_a_publisher(text: str, title: str, publisher: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.publisher == publisher
    assert found.publisher_place == "İstanbul"


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        (
            "Karaman, Ö. (2014). Eski Harfli Kitaplar. (S. Deniz, Dü.) Ankara: Akçağ Yayınları.",
            "S. Deniz",
        ),
        (
            "İbn Haldun, Mukaddime, thk. Süleyman Uludağ (İstanbul: Dergâh Yayınları, 2004), 1/88.",
            "Süleyman Uludağ",
        ),
    ],
)
def test_editors_words(text: str, editor: str) -> None:
    found = _first(text)
    assert [str(name) for name in found.editors] == [editor]
    assert found.publisher_place in ("Ankara", "İstanbul")
    assert editor not in (found.title or "")


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        # a decree printed in a state paper: the paper is the host, the decree's kind its title
        (
            "Türkmenistanyň Prezidentiniň Karary, Bitarap Türkmenistan, "
            "2018-nji ýylyň 5-nji iýuly.",
            "Türkmenistanyň Prezidentiniň Karary",
            "Bitarap Türkmenistan",
        ),
        (
            "Türkmenistanyň Mejlisiniň Kanuny, Türkmenistan Altyn asyr, 12-nji iýun 2019 ý.",
            "Türkmenistanyň Mejlisiniň Kanuny",
            "Türkmenistan Altyn asyr",
        ),
    ],
)
def test_turkmenistans_papers_are_hosts(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert (found.title, found.container) == (title, host)
    assert found.issued is not None
    assert found.issued.day is not None
