"""An HTML page in the legacy encoding it declares (``<meta charset="windows-1251">``) is read
in it; it was refused as "not valid UTF-8". An undeclared legacy encoding is still refused, not
guessed."""

from __future__ import annotations

import pytest

from citekit.errors import DocumentError
from citekit.pipeline import read_bytes

NOTE_RU = "Иванов И. И. Книга. М.: Наука, 2015. С. 45."
NOTE_TR = "Ahmet Yılmaz, Orta Asya'da Enerji, İstanbul: Kitap, 2019, s. 45."


def _page(head: str, note: str) -> str:
    return (
        f"<html><head>{head}</head><body><p>Text.<sup>1</sup></p>"
        f"<h3>Notes</h3><ol><li>{note}</li></ol></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "encoding", "note"),
    [
        ('<meta charset="windows-1251">', "cp1251", NOTE_RU),
        ("<META CHARSET=KOI8-R>", "koi8_r", NOTE_RU),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">',
            "cp1254",
            NOTE_TR,
        ),
    ],
)
def test_a_declared_legacy_charset_is_read(head: str, encoding: str, note: str) -> None:
    document = read_bytes(_page(head, note).encode(encoding), path="old.html")
    assert [n.text for n in document.notes] == [note]


def test_utf8_wins_over_a_wrong_declaration() -> None:
    data = _page('<meta charset="windows-1251">', NOTE_RU).encode("utf-8")
    assert [n.text for n in read_bytes(data, path="mislabelled.html").notes] == [NOTE_RU]


@pytest.mark.parametrize(
    ("head", "message"),
    [
        ("", "not valid UTF-8"),
        ('<meta charset="no-such-charset">', "not valid UTF-8"),
        ('<meta charset="utf-8">', "not valid UTF-8"),
    ],
)
def test_an_undeclared_or_unknown_charset_is_refused(head: str, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        read_bytes(_page(head, NOTE_RU).encode("cp1251"), path="old.html")


def test_binary_data_is_not_read_through_a_declaration() -> None:
    data = _page('<meta charset="windows-1251">', NOTE_RU).encode("cp1251") + b"\x00\x01"
    with pytest.raises(DocumentError, match="binary data"):
        read_bytes(data, path="junk.html")
