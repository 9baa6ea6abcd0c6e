"""China's national standard for references, GB/T 7714, marks each work's kind by a code in
brackets glued to its title (`Title[J]. Journal, 2016, 7(1): 14–23.`, `Title[M]. Beijing:
Press, 2015.`, `Title[EB/OL]. (2019-04-25)[2023-02-08]. https://…`): `J` a journal's article,
`M` a book, `C` proceedings, `N` a newspaper, `D` a thesis, `R` a report, `S` a standard, `P`
a patent, `DB` a database, `CP` software, `DS` a data set, `CM` a map, `G` a compilation,
`EB` a page online, `Z` anything else, and `A` an archive's document in the 2015 edition but a
contribution to a collection in the earlier ones (its type is the work's words'); `/OL`
(online), `/CD`, `/MT`, `/DK` the carrier. A part's code before `//` names its host after it
(`Chapter[M]//EDITOR, ed. Book. City: Press, 2018: 12-34.`, `Paper[C]//Proceedings …`).

The code is no word of the title: the work is read with the code written as the sentence's
end it stands for (its host after `//` opened by an "in" word), and the code then gives the
work's type. An online work's dates follow the code: its own in round brackets, the day it
was read in square ones (`(2013-09-07)[2022-11-20]`, or `[2023-03-02]` alone); a newspaper's
page follows its day in brackets (`2015-09-01(21)`). The standard writes family names in
capitals before the given name (`ZHAO Huasheng`, `HE Bin`): such a name is family first."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from attrs import evolve

from citekit.citations.names import to_name
from citekit.citations.tagger.edited_in import in_words
from citekit.citations.tagger.name_joiners import joiner
from citekit.dates import read_date
from citekit.languages import language, shipped_words
from citekit.model import Citation, Name, PartialDate

__all__ = ["read_coded"]

_SENTENCE: Final = ". "
_NAME_WORDS: Final = 2  # words of a responsible body's or person's name at least
_INITIALS: Final = 3  # letters of a person's initials written together at most (`KARRAR H H`)
# the code glued to the title (a space at most before it), then the sentence's period or the
# host's `//` (not a comma: an informant's `Interview with [M], Almaty`)
_CODE: Final = re.compile(
    r"(?<=[^\s\[])\s?\[(?P<code>DB|CP|DS|CM|EB|[JMCNDRSPAGZ])(?:/(?:OL|CD|MT|DK))?\]"
    r"(?:(?P<host>\s*//\s*)|(?=\s*\.|\s*$))"
)
# a code's type; `EB` and `Z` name no kind of their own (a speech, a news item, a video may be
# posted online): the work's words tell its type there
_TYPES: Final = {
    "J": "article-journal",
    "M": "book",
    "C": "book",
    "N": "article-newspaper",
    "D": "thesis",
    "R": "report",
    "S": "document",
    "P": "document",
    "DB": "document",
    "CP": "document",
    "DS": "document",
    "CM": "document",
    "G": "book",
}
_PARTS: Final = {"M": "chapter", "C": "paper-conference", "G": "chapter"}  # … with `//`
_ONLINE: Final = frozenset({"EB", "Z"})  # codes of works posted online or of any kind
_ISO: Final = r"\d{4}-\d{1,2}-\d{1,2}"
# an online work's own date in round brackets, the day it was read in square ones
_ONLINE_DATES: Final = re.compile(rf"\s*(?:\((?P<issued>{_ISO})\))?\s*\[(?P<accessed>{_ISO})\]")
# a newspaper's page after its day (`2015-09-01(21)`)
_PAPER_PAGE: Final = re.compile(rf"(?P<day>{_ISO})\((?P<page>\d{{1,3}})\)")
_NUMBER: Final = re.compile(r"^\s*\[\d{1,3}\]\s*")  # the list's number (`[13] ZHANG Ning. …`)
# a family name in capitals before a given name or initials (`ZHAO Huasheng`, `COOLEY A`)
_CAPITAL_FAMILY: Final = re.compile(
    r"(?P<family>[^\W\d_a-z]{2,}(?:-[^\W\d_a-z]{2,})?)\s+(?P<given>\S.*)"
)


def _in_word() -> str:
    """The English "in" word that opens a host (`In:`): the stand-in for `//` before an
    editor's name (never reported, only read in the code's place)."""
    return next(w for w in language("en").words.in_ if w.endswith(":"))


@functools.cache
def _et_al() -> frozenset[str]:
    """The words for "and others" (`[words] et_al`), lower-cased, without their period."""
    return frozenset(w.casefold().rstrip(".") for w in shipped_words("et_al"))


@functools.cache
def _edited() -> re.Pattern[str]:
    """An editor's name and its role word after a comma opening a host (`FINGAR T, ed.`):
    the role words are the one-word editor words (`[words] editor`: `ed.`, `eds.`)."""
    words = sorted(
        (w for w in shipped_words("editor") if w.endswith(".") and w[:-1].isalpha()),
        key=len,
        reverse=True,
    )
    return re.compile(rf"[^.]{{1,60}}?,\s*(?:{'|'.join(map(re.escape, words))})")


def _named_words(text: str) -> bool:
    """Whether `text` is a name's words: two or more, each capitalised or a joining word, no
    host's "in" word first."""
    words = text.split()
    return (
        len(words) >= _NAME_WORDS
        and words[0].casefold() not in in_words()  # `In: …`: a host, no body
        and all(w[:1].isupper() or joiner(w) for w in words)
    )


def _family_first(name: Name) -> Name:
    """A name written family first with the family in capitals (`HE Bin`), else as read."""
    found = _CAPITAL_FAMILY.fullmatch((name.written or "").strip())
    if found is None or not found.group("family").isupper() or name.literal:
        return name
    given = found.group("given")
    if given.isupper() and len(given.replace(" ", "").replace(".", "")) > len(given.split()):
        return name  # `HE BIN`: both in capitals, no telling
    return evolve(name, family=found.group("family"), given=given)


def _names(head: str) -> tuple[Name, ...] | None:
    """The persons a GB/T responsibility sentence names, each family first in capitals
    (`LI Wei, ZHOU Ming`, `PANTUCCI R, LAIN S`, `HE Bin, LIU Yang, et al`), or None when any
    part is written otherwise (a body's name, a title)."""
    out: list[Name] = []
    for part in (p.strip() for p in head.split(",")):
        words = part.split()
        if part.casefold().rstrip(".") in _et_al() and out:
            continue
        family, given = (words[0], words[1:]) if words else ("", [])
        if not (len(family) > 1 and family.isupper() and family.isalpha() and given):
            return None
        initials = all(w.isupper() and w.isalpha() and len(w) <= _INITIALS for w in given)
        spelled = all(
            w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in given
        )
        if not (initials or spelled):
            return None
        out.append(Name(family=family, given=" ".join(given), written=part))
    return tuple(out) or None


def _body(head: str) -> tuple[Name, ...] | None:
    """The body a GB/T responsibility sentence names (`Ministry of Commerce of the People's
    Republic of China`: its words capitalised or joining ones, no number), or None."""
    if not _named_words(head) or any(c.isdigit() for c in head):
        return None
    return (to_name(head),)


def _with_responsible(cleaned: str, read: Callable[[str], Citation]) -> Citation:
    """`cleaned` read, with the persons or the body its first sentence names as its authors
    (the model may take a second name or a body for the title's words)."""
    citation = read(cleaned)
    head, _, work = cleaned.partition(_SENTENCE)
    if not work[:1].isupper():
        return citation
    persons = _names(head)
    if persons is not None:
        title = citation.title
        if title and _SENTENCE in title and title.partition(_SENTENCE)[0] in head:
            title = title.partition(_SENTENCE)[2]  # `ZHOU Ming. Title`: the names' end
        return evolve(citation, authors=persons, title=title)
    body = _body(head)
    if body is not None and citation.title == head:  # the body read as the title
        return evolve(read(work), authors=body)
    return citation


def _responsible_sentence(citation: Citation) -> Citation:
    """A work read with no author whose title opens on a sentence of a name's words (`Ministry
    of Commerce of the People's Republic of China. Report on …`, `XI Jinping. Promote …`): the
    standard's first sentence names who is responsible for the work, so the sentence is the
    author, the rest the title."""
    if citation.authors or not citation.title or _SENTENCE not in citation.title:
        return citation
    head, title = citation.title.split(_SENTENCE, 1)
    if not _named_words(head) or not title[:1].isupper():
        return citation
    return evolve(citation, authors=(to_name(head),), title=title)


def read_coded(text: str, read: Callable[[str], Citation]) -> Citation | None:
    """The citation `text` holds, read by `read` without the GB/T 7714 code after its title
    (see the module's doc), typed by the code; None when no code follows a title."""
    found = _CODE.search(text)
    if found is None or not found.start():
        return None
    code, host = found.group("code"), found.group("host")
    after = text[found.end() :]
    accessed: PartialDate | None = None
    dates = _ONLINE_DATES.search(after)
    if dates is not None:
        accessed = read_date(dates.group("accessed")).date
        kept = f" ({dates.group('issued')})" if dates.group("issued") else ""
        after = after[: dates.start()] + kept + after[dates.end() :]
    page = None
    if code == "N" and (paper := _PAPER_PAGE.search(after)) is not None:
        page = paper.group("page")
        after = after[: paper.start()] + paper.group("day") + after[paper.end() :]
    if host:
        joined = f". {_in_word()} " if _edited().match(after) else " // "
    else:
        joined = "." if not after.startswith((".", ",")) else ""
    cleaned = _NUMBER.sub("", text[: found.start()].rstrip()) + joined + after
    citation = _with_responsible(cleaned, read)
    typed = _PARTS.get(code) if host else _TYPES.get(code)
    if typed is not None:
        citation = evolve(citation, type=typed)
    elif code in _ONLINE and citation.type in ("book", "article-journal", "report", "chapter"):
        citation = evolve(citation, type="webpage")  # `[EB/OL]`: a page online, its words none
    if accessed is not None:
        citation = evolve(citation, accessed=accessed)
    if page is not None and citation.page is None:
        citation = evolve(citation, page=page)
    citation = _responsible_sentence(citation)
    authors = tuple(_family_first(n) for n in citation.authors)
    editors = tuple(_family_first(n) for n in citation.editors)
    return evolve(citation, authors=authors, editors=editors, raw=text)
