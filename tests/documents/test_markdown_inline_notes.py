"""Pandoc's inline notes (``^[…]``) are notes like ``[^1]`` ones, numbered where they stand."""

from __future__ import annotations

from citekit.model import NoteKind
from citekit.pipeline import read_bytes

TEXT = """# Makale

Türkmenistan doğalgaz ihracatını artırmaktadır.[^1] Kazakistan da benzer bir politika
izlemektedir.^[Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010, s. 5.] Rusya ise
bekliyor.^[Aynı yer.] Son olarak.[^2]

[^1]: Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.
[^2]: Mehmet Kara, “Türkmenistan’ın Dış Politikası”, Avrasya Etüdleri, Cilt 12, Sayı 3, 2018.
"""


def test_inline_notes_are_read_in_order_with_their_text_and_line() -> None:
    doc = read_bytes(TEXT.encode(), path="makale.md")
    numbers = [n.number for n in doc.notes]
    assert numbers == [1, 2, 3, 4]  # numbered by first reference, as pandoc does
    texts = {n.number: n.text for n in doc.notes}
    assert "Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010, s. 5." in texts.values()
    assert "Aynı yer." in texts.values()
    assert len(doc.notes) == 4
    inline = next(n for n in doc.notes if n.text.startswith("Ali Demir"))
    assert inline.location.line == 3  # the paragraph it stands in
    ibid = next(n for n in doc.notes if n.text == "Aynı yer.")
    assert ibid.kind is NoteKind.IBID
    assert ibid.refers_to == inline.number
    assert doc.unmatched_markers == ()
    assert doc.uncited_notes == ()


def test_a_document_of_inline_notes_alone() -> None:
    doc = read_bytes(b"Metin.^[Ali Demir, T\xc3\xbcrk D\xc3\xbcnyas\xc4\xb1, 2010.]\n", path="a.md")
    assert [n.text for n in doc.notes] == ["Ali Demir, Türk Dünyası, 2010."]
    assert doc.notes[0].citations[0].title == "Türk Dünyası"
