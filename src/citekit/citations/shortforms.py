"""Short forms among a note's several sources: `Smith, Title, 4; Jones, Other, 7.` and
`Иванов. Указ. соч. С. 5; Петров. Там же. С. 7.` each repeat a source an earlier note cited in
full. Each is read here by its form (the author, the short title, the page; or the author
before an op. cit. or ibid word); `citekit.citations.repeated_sources` resolves it to the last
earlier source by that author (and title)."""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import evolve

from citekit._text import unmixed
from citekit.citations._words import and_words, lower, patterns
from citekit.citations.legal_words import law_kinds
from citekit.citations.name_sets import family_particles, given_names
from citekit.citations.names import split_names, to_name
from citekit.citations.tagger.features import text_marks
from citekit.languages import shipped_words
from citekit.model import Citation, Name

__all__ = [
    "LOCATOR_OR_END",
    "SHORT_FORM",
    "named_repeat",
    "oscola_pointer",
    "particled_family",
    "repeat_citation",
    "without_opcit_word",
]

# author, title (each opening with a capital or a quote), then a page: "Smith, Energy Politics, 50"
# (its page maybe after a page word of up to three letters: "s. 50", "pp. 4–5", "с. 5")
# (or after its volume and a colon: "Kotkin, Stalin, 1:312")
_PAGE: Final = r"(?:[^\W\d_]{1,3}\.\s*)?(?:(?P<tome>\d{1,2}):)?(?P<page>\d+(?:\s*[-–]\s*\d+)?)\.?$"


# (a quoted title's comma inside its quotes: `Whitfield, “Dissenting Networks,” 14`)
SHORT_FORM: Final = re.compile(r"[^\W\d_][^,;]*,\s*[«“„\"*_]?[^\W\d_][^;]*,[”\"]?\s*" + _PAGE)
_PARTS: Final = re.compile(r"^(?P<author>[^,]+),\s*(?P<title>.+),[”\"]?\s*" + _PAGE)
_YEAR: Final = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_MAX_SHORT: Final = 120  # characters: a short form is short
_MAX_AUTHOR_WORDS: Final = 3  # "Smith", "Ahmet Kaya", "Gabriel García Márquez"
_QUOTES: Final = '«»“”„"*_ '
# a work in volumes cited by its volume in Roman numerals and its page (`Evliya Çelebi,
# Seyahatname, IV, 112.`): the Roman number between the commas is the volume, no title's word
# a quoted title closed before the short form's end, a host's name after it (`“Kazak”, İA, VI`;
# a Roman volume alone after it is the title's own: `“Turkistan”, XII`)
_HOST_AFTER_QUOTE: Final = re.compile(r"[«“„\"][^«»“”„\"]+[»”\"],?\s*(?![IVXLC]{1,6}$)[^\W\d_]")
# the name of a classical text's editor in brackets after its short title (`Târîh (Ebü'l-Fazl)`,
# `Zeynü'l-ahbâr (Habîbî)`): one capitalised word, no number
_EDITION_NAME: Final = re.compile(r"\s*\([^\W\d_][\w'’ʿ-]*\)$")
# … read only in a classical text's short form: a Roman volume or a page's label after it
# (`Fütûh (Rıdvân), s. 410`; `Zhizn' (Life), 12` keeps its translation)
_LABELLED_PAGE: Final = re.compile(r",\s*[^\W\d_]{1,3}\.\s*\d+(?:\s*[-–]\s*\d+)?\.?$")
_ROMAN_VOLUME: Final = re.compile(r",\s*(?P<volume>[IVXLC]{1,6})$")
# what may follow an ibid or op. cit. word: nothing, or a locator (`, s. 45`, `, 1:312`, `, II, 5`)
LOCATOR_OR_END: Final = re.compile(
    r"(?:</?\w+>|[\s.,:;،*_–—-])*\(?(?:$|(?:[^\W\d_]{1,5}\.?\s*)?\d|[^\W\d_]{1,5}\.?\s+[IVXLC]+(?!\w)"
    r"|[IVXLC]+[,/]\s*\d)"
)


# OSCOLA's pointer to the note of the first citation (`Bowring (n 7) 115.`, `Kavala (n 2) para
# 220.`, `Bowring, Law, Rights and Ideology in Russia (n 21) 118.`): the author (maybe a short
# title) before it, the locator after it
_OSCOLA: Final = re.compile(
    r"(?P<head>[^\W\d_][^()]{0,150}?)\s*\(n\s*(?P<note>\d{1,4})\)"
    r"(?P<rest>\s*(?:[^\W\d_]{1,5}\.?\s*)?\d[\d\s,–-]*(?:\([^()]{0,40}\))?\.?|\.?)\s*"
)


def oscola_pointer(text: str) -> tuple[str, int, str] | None:
    """The author's words, the note number and the locator's text of a note that is OSCOLA's
    pointer alone (`Rakhimov (n 2) 130-31.`), or None: the words before the first comma must
    be a name of one to three capitalised words, no case's (`Kavala v Turkey`) nor a law's."""
    found = _OSCOLA.fullmatch(text.strip())
    if found is None:
        return None
    head = found.group("head").strip(" ,")
    while (see := patterns().see.match(unmixed(head))) is not None and see.end() > 0:
        head = head[see.end() :].lstrip(" .,:")  # `See also Bowring (n 7) 115.`
    name = head.partition(",")[0].split()
    if not 0 < len(name) <= _MAX_AUTHOR_WORDS or not all(w[:1].isupper() for w in name):
        return None  # `Kavala v Turkey (n 2)`, `For the opposite view, see Jones (n 4)`
    if any(any(c.isdigit() for c in w) or lower(w) in law_kinds() for w in name):
        return None  # `Water Code of …`, `Case C-176/03 …`: a document's name, no author's
    return head, int(found.group("note")), found.group("rest")


def named_repeat(piece: str) -> tuple[str, int] | None:
    """The author's words before an op. cit. or ibid word in one source of a note (`Иванов.
    Указ. соч. С. 5`, `Петров. Там же. С. 7`) and where the rest after the word starts."""
    p = patterns()
    reading = unmixed(piece)
    found = p.opcit.search(reading) or p.ibid.search(reading)
    if found is None or found.start() == 0:
        return None
    # a word without inner periods may be a title's word too (`Hobsbawm, The Age of
    # Revolution`: no `age`, a.g.e.): it counts with nothing or a locator after it
    single = reading[found.start() : found.end()].rstrip(".").isalpha()
    if single and LOCATOR_OR_END.match(reading, found.end()) is None:
        return None
    head = piece[: found.start()].strip(" .,:;")
    while (see := p.see.search(head)) is not None:  # "См.: Иванов. Указ. соч."
        head = head[see.end() :].lstrip(" .,:;")
    words = head.split()
    if not words or len(words) > _MAX_AUTHOR_WORDS + 2 or not head[:1].isupper():
        return None
    return head, found.end()


def repeat_citation(piece: str, page: str | None) -> Citation | None:
    """A source of a note written as a short form, read by its form: `Smith, Title, 4` (author,
    title, page) or `Иванов. Указ. соч. С. 5` (the author before an op. cit. or ibid word, the
    page after it); None when the piece has neither form."""
    named = named_repeat(piece)
    if named is not None:
        names = split_names(named[0])
        if not names:
            return None
        return Citation(authors=tuple(to_name(n) for n in names), page=page, raw=piece)
    text = piece.strip()
    while (see := patterns().see.match(text)) is not None and see.end() > 0:
        text = text[see.end() :].lstrip(" .,:;")  # `see also Smith, …`: the prefix is no name
    word, _, rest = text.partition(" ")
    if word in and_words() and rest[:1].isupper():
        text = rest  # `…, 240–44; and Kindler, Stalin’s Nomads, 170–74`: the joining word
    if len(text) > _MAX_SHORT or _YEAR.search(text):
        return None  # a full citation (`Karakaya, Halil. “…”. Tokat, 1963.`), not a short form
    parts = _PARTS.match(text) if SHORT_FORM.match(text) else None
    if parts is None or len(parts.group("author").split()) > _MAX_AUTHOR_WORDS:
        return None
    if _place(parts.group("author")):
        return None  # `Moscow, Nauka, 45`: an imprint, no author
    if ". " in parts.group("title"):
        return None  # sentences: the parts of a full citation
    if _HOST_AFTER_QUOTE.match(parts.group("title")):
        return None  # `İnan, “Kazak”, İA, VI, 476-480`: an entry and its host, in full
    title = parts.group("title").strip(_QUOTES)
    volume = _ROMAN_VOLUME.search(title)
    if volume is not None:
        title = title[: volume.start()].strip(_QUOTES)
    labelled = volume is not None or _LABELLED_PAGE.search(text) is not None
    edition = _EDITION_NAME.search(title) if labelled else None
    if edition is not None and edition.start() > 0:
        title = title[: edition.start()].rstrip()  # `Taberî, Târîh (Ebü'l-Fazl), VII, 55`
    authors = tuple(to_name(n) for n in split_names(parts.group("author").strip()))
    if not authors:
        return None
    return Citation(
        authors=authors,
        title=title,
        page=parts.group("page"),
        volume=volume.group("volume") if volume is not None else parts.group("tome"),
        raw=piece,
    )


def _place(written: str) -> bool:
    """Whether `written` is one known place of publication (`Moscow`, `Алматы`)."""
    words = written.split()
    return len(words) == 1 and bool(text_marks(words)[0] & {"cities", "places"})


def particled_family(cited: str, found: Citation) -> Citation:
    """`found` with a short form's name of a capitalised particle and one word read as the
    family (`Van Bruinessen, Agha, Shaikh and State, 142.`: a short form names the author by
    the family alone; a full note's `Van Jones, Title (New York: …, 2012)` keeps its given
    name)."""
    if len(found.authors) != 1 or not SHORT_FORM.match(cited.strip()) or _YEAR.search(cited):
        return found
    name = found.authors[0]
    given, family = name.given or "", name.family or ""
    if " " in given or not family or given.casefold() not in family_particles():
        return found
    if lower(given) in given_names():
        return found  # `Al Gore, An Inconvenient Truth, 45.`: a given name spelt like one
    joined = Name(family=f"{given} {family}", given=None, written=name.written)
    return evolve(found, authors=(joined,))


@functools.cache
def _closing_opcit() -> tuple[str, ...]:
    """The op. cit. words a short title may close on, with their space and without their
    period (` cit`, ` op. cit`: `[words] opcit_after_title`; not every op. cit. word: Turkish
    `age.` typed bare closes titles too, `Politics in the digital age.`)."""
    words = {w.rstrip(".") for w in shipped_words("opcit_after_title")}
    return tuple(sorted(" " + w for w in words))


def without_opcit_word(cited: str, found: Citation) -> Citation:
    """`found` without the op. cit. word its short title closes on (Italian `Pellegrini, La
    Turchia e lo spazio turcofono cit., p. 325.`): the word says the work was cited before, no
    word of its title."""
    title = found.title
    if not title or not title.endswith(_closing_opcit()) or f"{title}." not in cited:
        return found
    after = cited.split(f"{title}.", 1)[1].strip()
    if after and not after.startswith(","):
        return found  # `… comes of age. Eurasianet`: a title's word (Turkish `age` typed bare)
    cut = next(w for w in _closing_opcit() if title.endswith(w))
    return evolve(found, title=title[: -len(cut)].rstrip(" ,"))
