"""A country or a place is no given name: `Olcott, Kazakhstan: Unfulfilled Promise, 87.` is
the author's family name, then a title that opens with the country (`Kazakhstan: …`), not
`Olcott, Kazakhstan` inverted (a colon after the place; no known given name). Countries are
CLDR's in every shipped language (`citekit.languages.country_names`), places the lexicon's."""

from __future__ import annotations

from attrs import evolve

from citekit.citations.names import given_names, to_name
from citekit.citations.tagger.features import text_marks
from citekit.languages import country_names
from citekit.model import Citation

__all__ = ["place_as_given"]


def _place(written: str) -> bool:
    """Whether `written` names a country or one known place (`Kazakhstan`, `Moscow`)."""
    if written.lower() in given_names():
        return False  # `Mary` is a given name before it is a Turkmen city
    if written.casefold() in country_names():
        return True
    words = written.split()
    return len(words) == 1 and bool(text_marks(words)[0] & {"cities", "places"})


def place_as_given(text: str, found: Citation) -> Citation:
    """`found` with a place read as its one author's given name given back to the title it
    opens, when `text` writes the family, a comma, the place and then the title."""
    if len(found.authors) != 1 or not found.title:
        return found
    name = found.authors[0]
    if not name.family or not name.given or not _place(name.given):
        return found
    head = f"{name.family}, {name.given}"
    at = text.find(head)
    if at < 0:
        return found
    start = at + len(head) - len(name.given)
    end = text.find(found.title, start + len(name.given))
    gap = text[start + len(name.given) : end] if end >= 0 else ""
    if end < 0 or gap.strip() != ":":
        return found  # `Morales, Mary. Title`: a given name closed by a period
    title = text[start : end + len(found.title)]
    return evolve(found, authors=(to_name(name.family),), title=title)
