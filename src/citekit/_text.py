"""Text helpers shared by the date, language and note parsers.

`fold` makes comparisons insensitive to case, diacritics and the Turkish dotless i, so that
``EKİM``, ``ekim`` and ``Ekım`` meet, and Kazakh Latin ``qyrkúıek`` meets ``qyrkuiek``. Letters
that are distinct in their alphabet without a combining mark (Kazakh ә қ, Turkmen ž after NFKD
is z) are kept or folded consistently on both sides of every comparison.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Final

__all__ = [
    "INVISIBLE",
    "SMALL_ROMAN",
    "TOKEN",
    "as_cyrillic",
    "fold",
    "has_cyrillic",
    "latin_marks",
    "mixed_words",
    "mostly_cyrillic",
    "paired_right_quotes",
    "roman_numeral",
    "tokens",
    "unmixed_word",
    "unmixed_words",
    "visible",
    "visible_index",
]

# Numbers, runs of letters, or any other single non-space character.
# a Roman numeral up to 399 in small letters (`iv`, `xviii`, `cxl`), as a note typed in lower
# case writes one (a pattern to build on; it also matches the empty string)
SMALL_ROMAN: Final = r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
TOKEN: Final = re.compile(r"\d+|[^\W\d_]+|\S")


@functools.lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """Case-, mark- and dotless-i-insensitive key for a word or phrase."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("ı", "i")


# characters that show nothing and join or split nothing a reader sees: the soft hyphen (`&shy;`,
# Word's optional hyphen), zero-width space, word joiner, byte-order mark, direction marks,
# embeddings and isolates (`\u2068name\u2069`, what chat apps and Word's right-to-left text
# leave), invisible operators (the zero-width joiners, which shape letters, are kept)
INVISIBLE: Final = re.compile(
    "[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def visible(text: str) -> str:
    """`text` without the characters that a reader does not see (`INVISIBLE`): a soft
    hyphen inside a word leaves one word (`Hasan Ka\u00adya` reads `Hasan Kaya`)."""
    if text.isascii() or INVISIBLE.search(text) is None:  # each invisible one is not ASCII
        return text
    return INVISIBLE.sub("", text)


def visible_index(text: str) -> list[int]:
    """Where in `text` each character of `visible(text)` stands."""
    return [i for i, char in enumerate(text) if INVISIBLE.match(char) is None]


@functools.cache
def _twins() -> tuple[dict[int, int], dict[int, int]]:
    """The letters that look alike in the Latin and Cyrillic alphabets (the data file
    ``languages/data/translit/twins.toml``), as translation tables: to Cyrillic (`pairs`), to
    Latin (`pairs` and the one-way `to_latin`)."""
    resource = resources.files("citekit.languages") / "data" / "translit" / "twins.toml"
    data = tomllib.loads(resource.read_text(encoding="utf-8"))
    pairs, one_way = data["pairs"], data.get("to_latin", [])
    to_cyrillic = str.maketrans("".join(a for a, _b in pairs), "".join(b for _a, b in pairs))
    both = [*pairs, *one_way]
    to_latin = str.maketrans("".join(b for _a, b in both), "".join(a for a, _b in both))
    return to_cyrillic, to_latin


_C, _L = "\u0400-\u04ff", "A-Za-z\u00c0-\u024f"  # the Cyrillic and Latin letters
_CYRILLIC: Final = re.compile(f"[{_C}]")
_LATIN: Final = re.compile(f"[{_L}]")
# a Latin letter beside a Cyrillic one: some word mixes the two alphabets (each match opens
# on a Latin letter: re skips to those at once, and a Cyrillic note has few)
_MIXED: Final = re.compile(f"[{_L}](?:(?=[{_C}])|(?<=[{_C}][{_L}]))")


def has_cyrillic(text: str) -> bool:
    """Whether `text` holds a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


# `_mixed`'s answers: a note's text is asked several times in turn (a plain dict, emptied
# when full: a look-up costs a fraction of an `lru_cache` hit)
_MIXED_TEXTS: Final[dict[str, bool]] = {}
_MAX_MIXED: Final = 1024


def _mixed(text: str) -> bool:
    """Whether a Latin letter stands beside a Cyrillic one in `text` (`_MIXED`; text with no
    Cyrillic letter, told first, has none)."""
    found = _MIXED_TEXTS.get(text)
    if found is None:
        if len(_MIXED_TEXTS) >= _MAX_MIXED:
            _MIXED_TEXTS.clear()
        found = _MIXED_TEXTS[text] = (
            not text.isascii() and bool(_CYRILLIC.search(text)) and bool(_MIXED.search(text))
        )
    return found


def _alphabet(word: str) -> int:
    """1 when more of `word`'s letters are Cyrillic than Latin, -1 when more are Latin, else
    0 (letters of other scripts are not counted)."""
    cyrillic, latin = len(_CYRILLIC.findall(word)), len(_LATIN.findall(word))
    return (cyrillic > latin) - (latin > cyrillic)


def mostly_cyrillic(text: str) -> bool:
    """Whether more of `text`'s letters are Cyrillic than Latin (a word, a note's words)."""
    return _alphabet(text) > 0


def _own(word: str) -> int:
    """1 when only `word`'s Cyrillic letters include one with no Latin twin (`_twins`), -1
    when only its Latin letters include one with no Cyrillic twin, else 0: such a letter is
    typed in its own alphabet, a twin may be a slip (`ИCTOPИЯ` with four Latin twins)."""
    to_cyrillic, to_latin = _twins()
    cyrillic = any(ord(c) not in to_latin for c in _CYRILLIC.findall(word))
    latin = any(ord(c) not in to_cyrillic for c in _LATIN.findall(word))
    return cyrillic - latin


def unmixed_word(word: str, alphabet: int = 0) -> str:
    """`word` with the letters of its other alphabet that have a twin in its own (`_twins`)
    read as that twin. Its own alphabet is the only one whose letters include one with no twin
    (`_own`), else the one most of its letters are in, a tie going to `alphabet` (1 Cyrillic,
    -1 Latin). Same length, same letters elsewhere: `Рoссии` reads `России`, `Кulzhanova`
    `Kulzhanova`, `ИCTOPИЯ` `ИСТОРИЯ`."""
    if not _mixed(word):
        return word
    side = _own(word) or _alphabet(word) or alphabet
    to_cyrillic, to_latin = _twins()
    if side > 0:
        return word.translate(to_cyrillic)
    return word.translate(to_latin) if side < 0 else word


# the Cyrillic letters Roman numerals are typed with (`ІІ том`, `ХІХ ғасыр`): of the twins
# (`_twins`) only these two, as a word of other Cyrillic capitals (`РТСУ`, `СМ`) is no numeral
_ROMAN_TWINS: Final = str.maketrans("ІХ", "IX")


def roman_latin(text: str) -> str:
    """`text` with the Cyrillic `І` and `Х` a Roman numeral is typed with read as Latin."""
    return text.translate(_ROMAN_TWINS)


def as_cyrillic(text: str) -> str:
    """`text` with each Latin letter that has a Cyrillic twin (`_twins`) read as the twin: a
    label typed with the other keyboard after a Cyrillic word (`Там же. C. 120`, Latin `C`)."""
    return text.translate(_twins()[0])


def unmixed_words(words: Sequence[str]) -> list[str]:
    """Tokens (`words`) with each word that mixes Latin and Cyrillic letters read in its
    majority alphabet (`unmixed_word`; a tie goes to the majority of all the words). A lone
    letter stays as typed: `P. 364` in a Russian note and `С. 168` in a Turkmen one are labels
    of the other alphabet as often as slips of the keyboard."""
    joined = " ".join(words)
    if not _mixed(joined):
        return list(words)
    note = _alphabet(joined)
    return [unmixed_word(w, note) if len(w) > 1 and w.isalpha() else w for w in words]


def mixed_words(words: Iterable[str]) -> list[str]:
    """The words of `words` that mix Latin and Cyrillic letters (`Cер` typed with a Latin
    `C`), told for most notes by one look at the words joined by spaces: a space stands
    beside no letter, so the joined words mix alphabets only where a word does."""
    listed = list(words)
    if not _mixed(" ".join(listed)):
        return []
    return [word for word in listed if _mixed(word)]


# a run of text with one of these in it is an address, not words: left as typed. (Runs are
# found first and then tested: `\S*(?:…)\S*` searched at every start of a long run is quadratic.)
_RUN: Final = re.compile(r"\S+")
_ADDRESS_MARK: Final = re.compile(r"://|www\.|[@/]")


# `unmixed`'s answers for the texts that mix alphabets: a note's text and its pieces are asked
# several times in turn (the note's kind, its sources, the type rules), and each answer reads
# the text word by word (a plain dict, emptied when full, as `_MIXED_TEXTS`; a text longer
# than a note is read anew, never kept)
_UNMIXED_TEXTS: Final[dict[str, str]] = {}
_MAX_UNMIXED: Final = 256
_UNMIXED_CHARACTERS: Final = 2048


def unmixed(text: str) -> str:
    """`text` with its words read as `unmixed_words` reads them; addresses (URLs, e-mail)
    as typed. The same length: offsets into `text` hold."""
    if not _mixed(text):
        return text
    if len(text) > _UNMIXED_CHARACTERS:
        return _unmixed(text)
    found = _UNMIXED_TEXTS.get(text)
    if found is None:
        if len(_UNMIXED_TEXTS) >= _MAX_UNMIXED:
            _UNMIXED_TEXTS.clear()
        found = _UNMIXED_TEXTS[text] = _unmixed(text)
    return found


def _unmixed(text: str) -> str:
    """`unmixed` of a text that mixes alphabets (`_mixed`), read anew."""
    found = list(TOKEN.finditer(text))
    words = unmixed_words([m.group() for m in found])
    marked = "/" in text or "@" in text or "www." in text
    kept = (
        [m.span() for m in _RUN.finditer(text) if _ADDRESS_MARK.search(m.group())] if marked else []
    )
    pieces = list(text)
    k = 0  # the first address that does not end before the word: both lists are in order
    for match, word in zip(found, words, strict=True):
        start = match.start()
        while k < len(kept) and kept[k][1] <= start:
            k += 1
        if word != match.group() and not (k < len(kept) and kept[k][0] <= start):
            pieces[start : match.end()] = word
    return "".join(pieces)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Split text into (token, start, end) triples."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def host_folded(text: str) -> str:
    """`text`'s letters and digits without case or accents, as a site's host writes a name
    (`Türkçe` -> `turkce`, `Daily Sabah` -> `dailysabah`)."""
    plain = unicodedata.normalize("NFKD", unmixed(text).casefold().replace("ı", "i"))
    return "".join(ch for ch in plain if ch.isalnum())


_ROMAN: Final = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman_numeral(number: int) -> str:
    """`number` in small Roman figures (`xiv`); an empty string for a number below one."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


# the Arabic script's comma, semicolon and question mark, and its two sets of digits (Arabic-
# Indic and Persian), as the Latin marks and digits they stand for: one character each
_ARABIC_MARKS: Final = str.maketrans("،؛؟٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", ",;?01234567890123456789")
_ARABIC_MARK: Final = re.compile("[،؛؟٠-٩۰-۹]")


# Swedish and Finnish quotes: the closing mark at both ends (`”Title”`, `’Title’`); an opening
# one stands at a word's start, its twin closes the quote at a word's end
# (an apostrophe inside a word is no closing mark: `”Altajskie dental’nye: t, d”`)
_RIGHT_OPENED: Final = re.compile(
    r"(?:(?<=[\s(\[])|^)([”’])(?=\w)(?=(?:(?!\s\1).)*?\w[.,!?]?\1(?:[\s,.;:)\]]|$))"
)
# a single quote so opened is one only after a word (never the note's first mark, as a romanised
# Arabic name's ʿayn is) and closed before a punctuation mark (not `Arabs’ eloquence`)
_SINGLE_QUOTED: Final = re.compile(r"(?<=\S\s)’(?:(?!\s’).)*?\w[.,!?]?’(?=[,.;:)\]]|$)")


def paired_right_quotes(text: str) -> str:
    """`text` with each opening `”` or `’` of a quote that Swedish and Finnish write with the
    closing mark at both ends (`”Title”`, `’Title’`) as `“` or `‘` (the same length, the same
    offsets); `text` itself when it writes no such quote, or writes `“` or `‘` itself (English
    quotes, whose `’` is an apostrophe: `’Abd al-Karim`)."""
    if "”" not in text and "’" not in text:
        return text
    opener = {"”": "“", "’": "‘"}
    out = text
    for match in _RIGHT_OPENED.finditer(text):
        mark = match.group(1)
        if opener[mark] in text or (mark == "”" and "„" in text):
            continue  # `„Polityka ”wschodnia” Polski”`: German and Polish quotes close so
        if mark == "’" and not _SINGLE_QUOTED.match(text, match.start(1)):
            continue  # `’Abd Allah ibn al-Muqaffa’, …`: a romanised ʿayn and hamza, no quote
        out = out[: match.start(1)] + opener[mark] + out[match.end(1) :]
    return out


def latin_marks(text: str) -> str:
    """`text` with the Arabic script's marks and digits as the Latin ones (the same length, the
    same offsets: a value read from it is taken back as written); `text` itself when it has none."""
    return text.translate(_ARABIC_MARKS) if _ARABIC_MARK.search(text) else text
