"""A body's own publication is a report: a book-like entry whose author is a body (`World Bank,
Kazakhstan Economic Update (Washington, DC: World Bank, 2023)`, `Банк России. Обзор финансовой
стабильности. – М., 2023.`, `Kültür ve Turizm Bakanlığı. Türkiye Okuma Kültürü Haritası.
Ankara: …, 2011.`), issued by the body itself or another body (a name of the organisation
words or an acronym) or with no publisher, and with no editor or translator, is CSL's
`report`. Any other publisher (a house: `Routledge`, `Наука`; or one named with a `[words]
publisher` word: `TDK Yayınları`) or a dictionary's or an encyclopedia's title keeps it a
book (`Türk Dil Kurumu, Türkçe Sözlük`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.type_cues import has_cue
from citekit.model import Name

__all__ = ["body_report"]

_ACRONYM: Final = range(
    2, 11
)  # letters of a body's acronym written alone as its name (`OECD`, `ЕАБР`)
_WORKS: Final = ("dictionary", "encyclopedia")  # a reference work's cue in its title: a book


def _body(name: object) -> bool:
    """Whether an author read is a body: a literal name of an organisation or an acronym."""
    if not isinstance(name, Name) or not name.literal:
        return False
    bare = name.literal.replace(".", "")
    return is_organisation(name.literal) or (
        bare.isalpha() and bare.isupper() and len(bare) in _ACRONYM
    )


def body_report(kind: str, fields: dict[str, object]) -> str:
    """`kind`, or `report` for a book a body issued itself (see the module's doc)."""
    if kind != "book" or fields.get("editor") or fields.get("translator"):
        return kind
    authors = fields.get("author")
    if not isinstance(authors, tuple) or not authors or not _body(authors[0]):
        return kind
    publisher = fields.get("publisher")
    if isinstance(publisher, str) and (
        has_cue("publisher", publisher) or not _body(Name(literal=publisher))
    ):
        return kind  # a house's name, no body's (`Routledge`, `TDK Yayınları`): a book
    title = fields.get("title")
    if isinstance(title, str) and any(has_cue(cue, title) for cue in _WORKS):
        return kind
    return "report"
