"""A note typed all in lower case, read with the capitals every style writes (the features'
reading of its words, `features.forms`, and the passes' reading of its text, `recased`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from citekit._text import SMALL_ROMAN
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.tokens import DASHES, token_texts
from citekit.languages import available_languages, language, shipped_words

__all__ = ["cased_words", "typed_lower"]

# the marks after which a word opens a sentence or an area of the description
_OPENS: Final = frozenset({".", "//", "«", "“", '"', "„", "?", "!"})


# a Roman numeral up to 399 in small letters (`iv`, `xviii`, `cxl`): styles write them in capitals
_ROMAN: Final = re.compile(SMALL_ROMAN)

# the marks that end a note's heading (its authors): a period after a word, a quote, `//`
_HEAD_ENDS: Final = frozenset({"«", "“", '"', "„", "//", ":", ";"})


@functools.cache
def _joins() -> frozenset[str]:
    """The words that join names in every language's lists ("and", "и", "ve")."""
    return frozenset(fold(w) for w in shipped_words("and_"))


@functools.cache
def _roles() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int]:
    """The words that name an editor or a translator in every language's lists as a note
    typed in lower case has their tokens (`ed .`, `под ред .`), each token of them, and the
    longest's length."""
    listed = shipped_words("editor") | shipped_words("translator")
    phrases = frozenset(tuple(token_texts(w.lower())) for w in listed)
    return phrases, frozenset(t for p in phrases for t in p), max(map(len, phrases))


@functools.cache
def _numbered() -> frozenset[str]:
    """The label words a volume's, part's or issue's number follows in every language's lists,
    as a note typed in lower case has their first token (`том`, `cilt`, `vol`, `part`)."""
    listed = shipped_words("volume") | shipped_words("part") | shipped_words("issue")
    return frozenset(token_texts(w.lower())[0] for w in listed if w[:1].isalpha())


def _roman(words: Sequence[str], i: int) -> int:
    """How surely the word `i` of a note typed in lower case is a Roman numeral a style writes
    in capitals: 2 after a volume's, part's or issue's label (`том i`, `vol. iv`, `cilt v`) or
    of three letters or more (`xviii–xix`), 1 of two letters (`iv`, but `li`, `xi` may be a
    name's), else 0."""
    word = words[i]
    if _ROMAN.fullmatch(word) is None:
        return 0
    j = i - 1 if i and words[i - 1] != "." else i - 2
    if (j >= 0 and words[j].lower() in _numbered()) or len(word) > 2:
        return 2
    return int(len(word) > 1)


@functools.cache
def _et_al() -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """The "and others" phrases of every language's lists as a note typed in lower case has
    their tokens (`т . б .`, `и др .`, `vd .`), and their lengths, longest first."""
    phrases = frozenset(tuple(token_texts(w.lower())) for w in shipped_words("et_al"))
    return phrases, tuple(sorted({len(p) for p in phrases}, reverse=True))


def _et_al_at(words: Sequence[str], i: int) -> int:
    """The words of an "and others" phrase that opens at `i` (`т.б.` after a name's
    initials), which styles write in small letters; else 0."""
    phrases, lengths = _et_al()
    for n in lengths:
        if tuple(w.lower() for w in words[i : i + n]) in phrases:
            return sum(w.isalpha() for w in words[i : i + n])
    return 0


_SENTENCE: Final = 4  # words of a heading with no comma nor "and" that make it a sentence


@functools.cache
def _bodies() -> frozenset[str]:
    """The words that name a body in every language's lists (`ministrligi`, `комитеті`)."""
    return frozenset(
        fold(w) for code in available_languages() for w in language(code).organisation_words
    )


def _sentence_head(words: Sequence[str], joins: frozenset[str]) -> bool:
    """Whether the note opens with a sentence, not names: four words or more before its first
    period, comma, quote, colon or bracket, none an "and" nor a body's word (`сыртқы істер
    министрі инвесторлармен кездесті.` is a title; `иванов иван иванович.`, `smith, john.`,
    `türkmenistanyň daşary işler ministrligi.` are names)."""
    start = 2 if len(words) > 1 and words[0].isdigit() and words[1] == "." else 0
    count = 0
    bodies = _bodies()
    for word in words[start:]:
        if word in _HEAD_ENDS or word in (".", ",", "(", "|"):
            return word not in (",", "(", "|") and count >= _SENTENCE
        if word in joins or word in bodies or word[:1].isdigit():
            return False  # names, a body, or an act's designation (`… 2010 жылғы …`)
        count += word.isalpha()
    return False


def _labels_address(words: Sequence[str], i: int) -> bool:
    """Whether the word `i` stands right before a colon and a web address: the address's label
    (`avail. at: https://…`, `url: www.…`), which styles write as it is, in small letters."""
    if i + 2 >= len(words) or words[i + 1] != ":":
        return False
    after = words[i + 2]
    return "://" in after or after.startswith("www.")


def typed_lower(words: Sequence[str]) -> bool:
    """Whether a note's words have not one capital: typed all in lower case (its addresses,
    DOIs and numbers as pasted)."""
    return "".join([w for w in words if w.isalpha()]).islower()


def cased_words(words: Sequence[str]) -> list[str]:
    """A note typed all in lower case read with the capitals every style writes: a word that
    opens it or follows a period, `//` or an opening quote, an initial (`и.`), a surname
    before initials (`иванов и.и.`, `smith, j.`), and the names of its heading (the words
    before its first period after a word, quote or `//`: `turing, alan mathison.`); a Roman
    numeral is written in capitals (`том iv`, `xviii–xix вв.`)."""
    out = list(words)
    count = len(out)
    opens = True
    joins = _joins()
    head = not _sentence_head(out, joins)
    roles, role_words, longest = _roles()
    names = 0  # the words still to read as a person's name after a role (`edited by`, `ред.`)
    kept = 0  # the words still to leave as typed in an "and others" phrase (`т.б.`)
    for i in range(count):
        word = out[i]
        if names and not word.isalpha() and word not in (".", "-"):
            names = 0  # `ed. j. smith, 1990`: the name ends at its comma
        initialled = word == "." and i > 0 and len(out[i - 1]) == 1 and out[i - 1].isalpha()
        numbered = i == 1 and out[0].isdigit()  # `1. smith, j.`: the note's own number
        ended = word in _HEAD_ENDS or (word == "." and i > 0 and not (initialled or numbered))
        if head and (ended or (initialled and _names_end(out, i, joins))):
            head = False
        if not word.isalpha():  # a mark, a number, an address: as typed
            if word in _OPENS or (word == "/" and i > 0 and out[i - 1] == "/"):  # GOST's //
                opens = not (initialled and head)  # `smith, j. and …`: the names go on
            elif word == ":" and _imprint(out, i):
                out[i - 1] = out[i - 1][:1].upper() + out[i - 1][1:]
                opens = True  # `Place: Publisher, 2015`: the place's and publisher's names
            elif word[:1].isalnum():
                opens = False
            if word == ".":
                names = _role_end(out, i, roles, longest) or names
            continue
        after = i + 2 if i + 1 < count and out[i + 1] == "," else i + 1
        initial = len(word) == 1 and i + 1 < count and out[i + 1] == "."
        surname = (
            len(word) > 1
            and after + 1 < count
            and len(out[after]) == 1
            and out[after].isalpha()
            and out[after + 1] == "."
        )
        named = head and len(word) > 2 and word not in joins
        if word == "et":
            names = 0  # `et al.`: no more names
        role = names > 0 and word not in role_words and word not in joins
        if kept or (initial and (kept := _et_al_at(out, i))):
            kept -= 1  # `s. т.б.`: "and others" as typed, no initial
            opens = False
            continue
        if names and not initial and word in role_words:  # `ed. by l. drake`: the role goes on
            names = _role_end(out, i, roles, longest) or names
            opens = False
            continue
        if opens and _labels_address(out, i):
            opens = False  # `avail. at: https://…`: an address's label, no sentence
        roman = _roman(out, i)
        if roman == 2 or (roman and not (opens or initial or surname or named or role)):
            out[i] = word.upper()
        elif opens or initial or surname or named or role:
            out[i] = word[:1].upper() + word[1:]
        if role and len(word) > 1:
            names -= 1
        names = _role_end(out, i, roles, longest) or names
        opens = False
    return out


def _role_end(words: list[str], i: int, roles: frozenset[tuple[str, ...]], longest: int) -> int:
    """3 when a role's words (`edited by`, `под ред.`, `çev.`) end at `i`: the person's name
    follows, of at most three words; else 0."""
    for j in range(max(0, i - longest + 1), i + 1):
        if tuple(w.lower() for w in words[j : i + 1]) in roles:
            return 3
    return 0


# the marks before a place in an imprint: the area's period or dash, a list's comma
_PLACE_AFTER: Final = DASHES | {".", ","}


def _names_end(words: list[str], i: int, joins: frozenset[str]) -> bool:
    """Whether the heading's names end at the period `i` of an initial that follows a surname
    (`иванов и. и. история`), not before a comma, another initial or a joining word (`smith,
    j. and white, k.`), nor after initials that open a name (`а. б. смит`)."""
    j = i - 1
    while j >= 2 and words[j - 1] == "." and len(words[j - 2]) == 1:
        j -= 2  # back over the run of initials
    before = words[j - 1] if j >= 1 else ""
    if before == ",":  # `smith, j.`, unless the word is a name after its initials: `a. smith,`
        before = words[j - 2] if j >= 3 and words[j - 3] != "." else ""
    if len(before) < 2 or not before.isalpha() or before in joins:
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    initial = len(after) == 1 and i + 2 < len(words) and words[i + 2] == "."
    return after not in joins and after not in (",", ";") and not initial and after.isalpha()


def _imprint(words: list[str], i: int) -> bool:
    """Whether the colon `i` follows a place and opens its publisher's name: one word after a
    mark before it, a few words after it, then a comma and a year or the note's closing period
    (`– алматы: наука, 2015`, `(1912). çolpan, kazan: matbaa kerimiye.`)."""
    if i < 2 or not words[i - 1].isalpha() or words[i - 2] not in _PLACE_AFTER:
        return False
    last = len(words) - 1
    for j in range(i + 1, min(i + 7, last + 1)):
        word = words[j]
        if word == "," and j < last:
            year = words[j + 1]
            return j > i + 1 and len(year) == 4 and year.isdigit()
        if word == "." and j == last:
            return j > i + 1
        if not word.isalpha() and word != "-":
            return False
    return False
