"""The cues the item-type rules read: the language files' `[types]` words, the tagger's cue
words, and the shapes of a note's fields (a shelf mark, a page range, a law's name, a day).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import EdgedPattern, any_word, literal_alternation
from citekit.citations.tagger.features import lexicon, text_marks
from citekit.citations.tagger.tokens import token_texts
from citekit.languages import (
    available_languages,
    language,
    shipped_type_words,
    shipped_words,
)
from citekit.model import Name

__all__ = [
    "CLOSED_COLON",
    "CLOSE_QUOTES",
    "MAX_ABBREVIATION",
    "OPENING_ONLY",
    "RANGE",
    "SHELF_MARK",
    "VOLUME_YEAR",
    "acronym",
    "archival",
    "archive_marks",
    "book_host",
    "casefold",
    "day",
    "folded_words",
    "has_cue",
    "has_type_cue",
    "note_cues",
    "quoted",
    "quoted_after_word",
    "self_published",
    "translation",
    "type_cues",
    "type_phrases",
    "type_word_sequences",
    "volume_worded",
    "word_after",
]


_WORD: Final = re.compile(r"\w+|[^\w\s]")
_ADDRESS: Final = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_PHRASE_WORD: Final = re.compile(r"\w+")


@functools.lru_cache(maxsize=1024)  # a note's host and title are asked for several cues
def casefold(text: str) -> str:
    """Case-folded as the tagger's lexicon folds (Turkish İ becomes i, not i + dot)."""
    return text.replace("İ", "i").casefold()


@functools.cache
def type_phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The `[types] key` entries of every shipped language as folded word sequences (their
    marks left out), sorted: `speech_opens` gives `("выступление", "на")`, `("remarks", "by")`."""
    found = {tuple(_PHRASE_WORD.findall(casefold(w))) for w in shipped_type_words(key)}
    return tuple(sorted(p for p in found if p))


# the marks a word's apostrophe is typed with (Uzbek `qo‘mitasi`, `qoʻmitasi`, `qo'mitasi`;
# a romanised ayn, `Şer‘iyye`, `Şer'iyye`): one mark, as the words of `[types]` are listed once
_APOSTROPHE_MARKS: Final = "‘’ʻʼ`´"
_APOSTROPHES: Final = str.maketrans(dict.fromkeys(_APOSTROPHE_MARKS, "'"))  # the same, a table


def _one_apostrophe(text: str) -> str:
    """`text.translate(_APOSTROPHES)` by a `str.replace` for each mark the text holds
    (`str.translate` with a table looks up every character: 3 % of a compiled note's
    instructions went to it here)."""
    for mark in _APOSTROPHE_MARKS:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def folded_words(text: str) -> list[str]:
    """Words and marks of `text`, case-folded as the tagger's lexicon folds them (a piece
    between spaces that is all letters and digits is one word, as `\\w+` reads it), every
    apostrophe typed as `'`."""
    words: list[str] = []
    for piece in _one_apostrophe(casefold(text)).split():
        if piece.isalnum():
            words.append(piece)
            continue
        # the commonest other piece, a word and the mark after it (`ivanov,`), told here
        # (`_split_piece`'s first case, without a call a piece)
        last = piece[-1]
        if not (last.isalnum() or last == "_"):
            head = piece[:-1]
            if head.isalnum():
                words.append(head)
                words.append(last)
                continue
        _split_piece(piece, words)
    return words


def _split_piece(piece: str, words: list[str]) -> None:
    r"""`_WORD.findall(piece)` added to `words`, for a piece with no space that is not all
    letters and digits: a lone mark, and marks before and after one word ("ivanov,",
    "(2001).", "«заря»,"), each mark a piece of its own as `[^\w\s]` reads it, told by string
    methods; any other piece by the pattern (`\w` is `isalnum` or `_`)."""
    end = len(piece)
    if end == 1:
        words.append(piece)
        return
    last = piece[-1]
    if not _word_character(last):
        head = piece[:-1]
        if head.isalnum():  # the commonest: a word and the mark after it
            words.append(head)
            words.append(last)
            return
    start = 0
    while start < end and not _word_character(piece[start]):
        start += 1
    stop = end
    while stop > start and not _word_character(piece[stop - 1]):
        stop -= 1
    middle = piece[start:stop]
    if middle and not middle.isalnum():  # marks or `_` inside: the pattern's reading
        words.extend(_WORD.findall(piece))
        return
    for k in range(start):
        words.append(piece[k])
    if middle:
        words.append(middle)
    for k in range(stop, end):
        words.append(piece[k])


def _word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


@functools.cache
def type_word_sequences() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The `[types]` words of every shipped language (read here only, not by the tagger), as
    word sequences keyed by their first word."""
    first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code in available_languages():
        for key, words in language(code).type_words.items():
            for word in words:
                if seq := tuple(folded_words(word)):
                    first.setdefault(seq[0], []).append((seq, key))
    return first


def _type_marks(text: str) -> list[str]:
    """The kind of each `[types]` word sequence in `text`, once per occurrence."""
    words = folded_words(text)
    first = type_word_sequences()
    found: list[str] = []
    if first.keys().isdisjoint(words):
        return found
    for i, word in enumerate(words):
        options = first.get(word)
        if options is None:
            continue  # most words open no sequence (no empty tuple walked for each)
        for seq, key in options:
            # a sequence of one word is the word itself (keyed by its first word)
            if len(seq) == 1 or tuple(words[i : i + len(seq)]) == seq:
                found.append(key)
    return found


_KNOWN_CUES: Final[dict[str, frozenset[str]]] = {}  # `type_cues` of the texts it was asked of
_KNOWN_TEXTS: Final = 4096  # kept at most, then forgotten at once


@functools.lru_cache(maxsize=4096)
def type_cues(text: str) -> frozenset[str]:
    """The kinds of the `[types]` words in `text` (`decision`, `court`, `report`), read once
    per text and remembered for the type rules that ask again."""
    cues = frozenset(_type_marks(text))
    if len(_KNOWN_CUES) >= _KNOWN_TEXTS:
        _KNOWN_CUES.clear()
    _KNOWN_CUES[text] = cues
    return cues


@functools.lru_cache(maxsize=4096)
def note_cues(text: str) -> frozenset[str]:
    """The cue keys of `text`: the tagger's lexicon and the `[types]` words."""
    marks = text_marks(token_texts(text, 400))
    return frozenset(k for m in marks for k in m if not k.startswith("B")) | type_cues(text)


@functools.cache
def _cue_starts(key: str, lexicon_too: bool) -> re.Pattern[str] | None:
    """The first words of `key`'s `[types]` entries (and, with `lexicon_too`, of its entries
    in the tagger's lexicon): a text without any of them in its folded form has no such cue
    (a word's folded form is a piece of its text's); None when `key` has no entry."""
    words = {w for w, found in type_word_sequences().items() if any(k == key for _s, k in found)}
    if lexicon_too:
        words |= {w for w, found in lexicon().first.items() if any(k == key for _s, k, _b in found)}
    if not words:
        return None
    return any_word(words)  # asked only whether one stands


@functools.lru_cache(maxsize=4096)  # a host's cues are asked several times
def has_cue(key: str, text: str) -> bool:
    """`key in note_cues(text)`, told at once when the text holds none of the words that open
    `key`'s entries (an empty text has no cue)."""
    if not text:
        return False
    if (known := _KNOWN_CUES.get(text)) is not None and key in known:
        return True  # its `[types]` cues are told already
    starts = _cue_starts(key, True)
    return (
        starts is not None and starts.search(casefold(text)) is not None and key in note_cues(text)
    )


@functools.cache
def _book_hosts() -> EdgedPattern:
    # its edge checked on each hit (`EdgedPattern`): re skips at once to a first letter
    words = sorted(shipped_words("in_book"), key=len, reverse=True)
    return EdgedPattern(rf"(?:{literal_alternation(words)})(?!\w)" if words else "(?!)")


def book_host(text: str) -> bool:
    """Whether the note opens its host with a word naming a book or a collection (`В сб.:`,
    `Кітапта:`), after no word character: the part it cites is a chapter."""
    return _book_hosts().search(text) is not None


@functools.lru_cache(maxsize=4096)
def has_type_cue(key: str, text: str) -> bool:
    """`key in type_cues(text)`, told at once as `has_cue` tells it."""
    if not text:
        return False
    if (known := _KNOWN_CUES.get(text)) is not None:
        return key in known
    starts = _cue_starts(key, False)
    return (
        starts is not None and starts.search(casefold(text)) is not None and key in type_cues(text)
    )


def archival(cues: Set[str], fields: Mapping[str, object], text: str) -> bool:
    """Whether an archive's word is in the note outside its people's names (`Петров П. Л.`:
    the initial is no sheet, `Л.`)."""
    if "archive" not in cues:
        return False
    # an address's own words name no archive (`https://minenergy.gov.az/en/xeberler-arxivi/…`)
    addressed = _ADDRESS.search(text) is not None
    text = _ADDRESS.sub(" ", text)
    names = [n for k in ("author", "editor") for n in _as_tuple(fields.get(k))]
    for name in names:
        for written in (f"{name.family} {name.given}", f"{name.given} {name.family}"):
            text = text.replace(written, " ")
    return (not names and not addressed) or "archive" in note_cues(text)


def _as_tuple(value: object) -> tuple[Name, ...]:
    return tuple(v for v in value if isinstance(v, Name)) if isinstance(value, tuple) else ()


@functools.lru_cache(maxsize=4096)
def archive_marks(text: str) -> int:
    """How many archive words (fond, inventory, file, sheet: "Ф.", "Оп.", "қор", "DH. MKT.")
    the text holds; three or more are an archival reference whatever the tagger called them."""
    more = _type_marks(text).count("archive")
    texts = token_texts(text, 400)
    marks = text_marks(texts)
    return sum(1 for i, m in enumerate(marks) if "Barchive" in m and _numbered(texts, i)) + more


def _numbered(texts: Sequence[str], i: int) -> bool:
    """Whether a number stands beside token `i`, over a period or a hyphen ("Ф. 5", "903-қор"):
    an archive's word numbers its unit; an initial ("Д. Ф. Фадеев") is followed by a name. A
    unit's number may carry its series' capital letter (`Ф. Р-5446`, a Soviet period's fond;
    `Ф. И-64`, a fond of before 1917)."""
    after = i + 1
    while after < len(texts) and texts[after] in ".-":
        after += 1
    if _series_letter(texts, after):
        after += 2 if texts[after + 1] == "-" else 1
    before = i - 1
    while before >= 0 and texts[before] in "-":
        before -= 1
    return (after < len(texts) and texts[after][:1].isdigit()) or (
        before >= 0 and before < i - 1 and texts[before].isdigit()
    )


def _series_letter(texts: Sequence[str], at: int) -> bool:
    """Whether token `at` is a series' capital letter glued or hyphened to a number (`Р-5446`,
    `Р5446`): not an initial, which a period follows."""
    if at + 1 >= len(texts) or not (len(texts[at]) == 1 and texts[at].isupper()):
        return False
    number = at + 2 if texts[at + 1] == "-" else at + 1
    return number < len(texts) and texts[number][:1].isdigit()


# an archival shelf mark: "1121/78", "030.18.0.0/82.200.18" (fond/file numbers), or a title
# that is only an abbreviation ("MKT", "BCA")
SHELF_MARK: Final = re.compile(r"(?<!\d)\d{1,12}(?:\.\d{1,12})*/\d")
MAX_ABBREVIATION: Final = 8
# digit runs are bounded and start where a run starts: a note of 20,000 digits costs linear work
RANGE: Final = re.compile(r"(?<!\d)\d{1,12}\s*[-–—]\s*\d")
# a journal's "volume.issue (year): pages", as MLA and Google Scholar write it
VOLUME_YEAR: Final = re.compile(r"\b\d{1,12}\.\d{1,12}\s*\((?:1[6-9]|20)\d\d\)\s*:\s*\d")
# what every `VOLUME_YEAR` holds, found by a scan that stops only at a closing bracket
CLOSED_COLON: Final = re.compile(r"\)\s*:")
_OPEN_QUOTES: Final = "“«„\"‘'"
OPENING_ONLY: Final = "«“„"  # quotes that only open a quoted name
CLOSE_QUOTES: Final = "»”“"  # what closes one


def quoted(title: str, text: str, marks: str = _OPEN_QUOTES) -> bool:
    """Whether the note writes `title` inside quotation marks (a part's title, not a book's)."""
    at = text.find(title[:40]) if title else -1
    return at > 0 and text[at - 1] in marks


def quoted_after_word(title: str, text: str) -> bool:
    """Whether `title`'s opening quote follows a word with no mark between (`Бұхар жырау
    «Толғаулар»`: a book written after its author's name, no part set off by a comma)."""
    at = text.find(title[:40]) if title else -1
    before = text[: at - 1].rstrip() if at > 0 else ""
    return bool(before) and before[-1].isalpha()


def translation(title: str, container: str, text: str) -> bool:
    """Whether `container` is the title's translation in square brackets right after it."""
    at = text.find(title[:40]) if title else -1
    if at < 0:
        return False
    rest = text[at + len(title) :].lstrip(' .*_”»"')
    return rest.startswith("[" + container[:40])


_DESIGNATION: Final = 2  # words a designation in square brackets has at most (`[blog]`)


def _past_space(text: str, at: int) -> int:
    """Where the white space from `at` in `text` ends."""
    return len(text) - len(text[at:].lstrip())


def bracket_after(name: str, text: str) -> str:
    """What the brackets right after `name` hold (a title's `(EUCAM Policy Brief No. 12)`, a
    host's `(blog)`, GOST's `: [blog]` or `[блог]`), or ""."""
    at = text.find(name) if name else -1
    if at < 0:
        return ""
    opening = _past_space(text, at + len(name))
    quoted = text[opening : opening + 1] in ("”", "»", '"', "’") and opening + 1 < len(text)
    after_quote = _past_space(text, opening + 1) if quoted else opening
    if (
        quoted
        and text[after_quote : after_quote + 2].startswith("(")
        and text[after_quote + 1 : after_quote + 2].islower()
    ):
        opening = after_quote  # a quoted title's description in small letters (`“…” (working`
    colon = text[opening : opening + 1] == ":"
    if colon:  # GOST's host designation: `Blog : [blog]`
        opening = _past_space(text, opening + 1)
    if opening >= len(text) or text[opening] not in "([":
        return ""
    close = text.find(")" if text[opening] == "(" else "]", opening)
    inside = text[opening + 1 : close] if close > 0 else ""
    if text[opening] == "[" and len(inside.split()) > _DESIGNATION:
        return ""  # `Title [Its Translation …]`: a square bracket's few words designate
    closed = text[close + 1 : close + 2] if close > 0 else ""
    if text[opening] == "[" and not (colon or inside[:1].islower() or closed == "."):
        # … in small letters, after GOST's colon or closing APA's title (`[Report].`);
        # `“Rapor [Report],”` and `Есеп [Отчёт] //` hold a translation
        return ""
    return inside


def self_published(fields: Mapping[str, object]) -> bool:
    """Whether a body wrote the work and published it: one author, a name with no given
    names, whose words the publisher's name holds (`OECD` … `OECD Publishing`) or whose
    acronym the publisher is (`Asian Development Bank` … `Manila: ADB`)."""
    authors, publisher = fields.get("author"), str(fields.get("publisher") or "")
    if not (isinstance(authors, tuple) and len(authors) == 1 and publisher):
        return False
    # each name in its own alphabet (`OEСD Publishing` with a Cyrillic С is OECD's)
    name = unmixed(str(getattr(authors[0], "literal", None) or ""))
    words = set(folded_words(name))
    if not words:
        return False
    if words <= set(folded_words(unmixed(publisher))) or acronym(publisher, name):
        return True
    # its acronym and a publisher's word (`International Energy Agency` … `IEA Publications`)
    head, _, rest = publisher.partition(" ")
    if bool(rest) and rest in _publisher_words() and acronym(head, name):
        return True
    # … or its head's acronym and the rest of its name (`World Health Organization Regional
    # Office for Europe` … `WHO Regional Office for Europe`)
    lead = name[: -len(rest)].strip() if rest and name.endswith(rest) else ""
    return bool(lead) and acronym(head, lead)


@functools.cache
def _publisher_words() -> frozenset[str]:
    """The `[words] publisher` words (`Publications`, `Yayınları`, `Press`)."""
    return frozenset(shipped_words("publisher"))


_ACRONYM: Final = re.compile(r"[^\W\d_]{2,10}")  # an acronym's letters, one word
_LETTERS: Final = re.compile(r"[^\W\d_]+")  # a word's letters


def acronym(short: str, name: str) -> bool:
    """Whether `short` is the acronym of a body's `name`: one word of two capitals or more,
    the first letters of the name's capitalised words in their order, from its first word
    (a word may give more than one, or none: `ADB` Asian Development Bank, `TÜİK` Türkiye
    İstatistik Kurumu, `KazISS` Kazakhstan Institute for Strategic Studies)."""
    short = short.strip(" .,")
    if _ACRONYM.fullmatch(short) is None or sum(c.isupper() for c in short) < 2:
        return False
    heads = [casefold(w) for w in _LETTERS.findall(name) if w[:1].isupper()]
    if len(heads) < 2:
        return False
    return _prefixes(casefold(short), heads, first=True)


def _prefixes(letters: str, words: list[str], *, first: bool = False) -> bool:
    """Whether `letters` are a prefix of each of some of `words` in order, joined (the first
    word gives one when `first`)."""
    if not letters:
        return True
    for i, word in enumerate(words[:1] if first else words):
        for k in range(min(len(word), len(letters)), 0, -1):
            if letters[:k] == word[:k] and _prefixes(letters[k:], words[i + 1 :]):
                return True
    return False


@functools.cache
def _volume_words() -> tuple[str, ...]:
    return tuple(sorted(shipped_words("volume"), key=len, reverse=True))


def volume_worded(volume: str, text: str) -> bool:
    """Whether a book's volume is written with its word (`Cilt 9`, `C. II`, `Vol. 3`): a
    number a journal's word labels (`No: 6`) may be a periodical's issue read as a volume."""
    if not volume:
        return True
    number = re.escape(volume)
    return any(
        re.search(rf"(?<!\w){re.escape(word)}\s*{number}(?!\w)", text) for word in _volume_words()
    )


def day(issued: object) -> bool:
    """Whether a date (`issued`) is given to the day."""
    return issued is not None and getattr(issued, "day", None) is not None


def word_after(
    text: str, title: str, words: Iterable[str], gap: str, ends: str, *, last: bool = False
) -> bool:
    """Whether one of `words` (case-folded) follows `title` in `text`, set off from it by
    `gap` characters only and closed by one of `ends` (or by the text's end, where `last`): a
    descriptor of the title's kind (`«Тюльпан», художественный фильм,`), not a word going on."""
    at = text.find(title)
    if at < 0:
        return False
    k = at + len(title)
    while k < len(text) and text[k] in gap:
        k += 1
    rest = casefold(text[k : k + 40])
    for word in words:
        end = len(word)
        if rest.startswith(word) and (rest[end] in ends if len(rest) > end else last):
            return True
    return False
