"""A note that opens by quoting its source, then cites it: `“The archive does not speak; it is
made to speak.” Laura Whitcombe, Paper Empires (Cambridge: …, 2019), 17.`, `«Адам бол!» («Будь
человеком!»). Құнанбайұлы А. Қара сөздер. – Алматы: Жазушы, 1993.`. The quotation closes its
sentence (a stop inside its quotes, or after them and a bracketed translation), and the words
after it are a book or a chapter with its imprint that a person's name opens: the quotation is
the note's words, no title. A quoted title the words after it give no person and imprint for
(`“Kazakhstan Votes.” The Economist, 5 May 2019.`, `"Title." Afet İnan, Belleten 2 (1938)`)
stays the title."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from citekit.model import Citation

__all__ = ["after_quotation"]

_OPEN: Final = '«“„"'
_CLOSE: Final = '»”“"'
# the quotation, its sentence's stop inside or after its quotes, a bracketed translation (each
# bounded: no run of spaces is tried at every length)
_LEAD: Final = re.compile(
    rf"^\s*[{_OPEN}](?P<quote>[^{_OPEN}{_CLOSE}]{{3,400}}?)(?P<stop>[.!?…])?\s?[{_CLOSE}]"
    rf"(?P<translation>\s?\(\s?[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,400}}[{_CLOSE}]\s?\))?"
    r"(?P<after>\s?[.!?]?)\s{1,3}(?=\w)"
)
_WORDS: Final = 2  # words of a quotation at least
# a person's name opening the source: a word, then a second one or an initial; or initials
_PERSON: Final = re.compile(r"[^\W\d_](?:[\w'’-]+,?\s+|\.\s*)[^\W\d_]")  # `F. I. Tiutchev`
_OPENING: Final = 8  # characters before the author's name in the source's opening at most


def after_quotation(
    cited: str, whole: Citation, read: Callable[[str], Citation]
) -> tuple[Citation, str] | None:
    """The source read after a quotation opening `cited` (module doc) and the quotation as
    written, or None when `cited` opens with none, or `whole`, its reading, names an author
    and a title other than the quotation."""
    if cited.lstrip()[:1] not in _OPEN:
        return None
    match = _LEAD.match(cited)
    if match is None or not (match["stop"] or match["after"].strip()):
        return None  # `“Title,” Journal …`: a title its comma goes on from
    translated = match["translation"] is not None  # `«…» («…»).`: a quotation and its gloss
    if len(match["quote"].split()) < _WORDS or not cited[match.end()].isupper():
        return None
    rest = cited[match.end() :]
    if _PERSON.match(rest) is None or ":" not in rest:
        return None  # no name and no imprint's colon after it: not read twice (most notes)
    found = read(rest)
    if not found.authors or found.title is None:
        return None
    first = found.authors[0]
    if not (first.family and first.given) or first.family not in rest[: _OPENING + len(str(first))]:
        # a person opens the source after the quotation: no MLA host that a body owns
        # (`"Dushanbe Declaration." OSCE, Organization for Security …, 5 Nov. 2019`)
        return None
    if found.publisher is None or not any(c.isalpha() for c in found.title):
        # a book's or a chapter's imprint after the quotation: a periodical's name is the
        # quoted title's own host (`"Title." Afet İnan, Belleten 2, no. 5 (1938): 5.`,
        # `"Who Owns the Steppe?" Sarah Cameron, Eurasianet, 5 May 2020.`)
        return None
    if (
        whole.authors
        and not translated
        and (whole.container or found.title == whole.title or not match["stop"])
    ):
        # `«Экономика растет!» Иванов Иван. Экономика России.`: the words after the author are
        # the quoted title's host, no title of its own; one the first reading lost is a title
        # (`«Адам бол!» Құнанбайұлы А. Қара сөздер. – Алматы: …`), its stop inside its quotes
        # (`«Слово о полку Игореве». Лихачев Д.С. Комментарий.`: a title, then its stop)
        return None
    quotation = cited[: match.end()].strip()
    if quotation.endswith(".") and quotation[-2:-1] in f"){_CLOSE}":
        quotation = quotation[:-1]  # `«…» («…»).`: the stop after it, no word of the quotation
    return found, quotation
