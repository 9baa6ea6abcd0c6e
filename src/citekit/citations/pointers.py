"""Where a repeated citation points: the authors an op. cit. names, the note it names by its
number (`Roy, supra note 1, at 60`), and whether an earlier note's text writes the surname an
op. cit. names, in any of its cases (`в монографии Н. А. Абдирова` for `Абдиров Н. А. Указ.
соч.`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import evolve

from citekit._text import fold, has_cyrillic, unmixed, unmixed_word
from citekit.citations._words import lower
from citekit.citations.names import is_initials, split_names
from citekit.citations.prose import cross_words
from citekit.languages import available_languages, language
from citekit.languages.skeletons import skeleton
from citekit.model import Note

__all__ = [
    "folded",
    "of_its_kind",
    "op_cit_names",
    "pointed_note",
    "spelled_alike",
    "uninflected",
    "written_in",
]


def folded(word: str) -> str:
    """`word` as surnames are compared: one alphabet, case-folded, without marks (`Гумилёв`
    is `Гумилев`, `İNALCIK` is `Inalcık`)."""
    return fold(unmixed_word(word))


_INITIAL_LETTERS: Final = 2  # an initial's letters ("А.", "Zh.")
_NOTE_OWN_NUMBER: Final = re.compile(
    r"^\s*\[?\d{1,3}[.)\]]?\s+(?=[^\W\d_])"
)  # "3. ", "[3] ", "3) "
_OPENING_QUOTES: Final = "«“„\"'*_"
_NOTE_NUMBER: Final = re.compile(r"[\s,.:;]*(\d+)(?!\d)")
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+\.?)\s*$")
_WORD_AFTER: Final = re.compile(r"[\s,.:;]*([^\W\d_]+\.?)")


def pointed_note(upto: str, rest: str) -> tuple[int, str] | None:
    """The note an op. cit. names by its number, and the text after the number: the op. cit.
    word ends with a word of the language files' `cross_reference` ("supra note 3"), or one
    stands before the number after it ("op. cit., n. 3", "указ. соч., примеч. 5")."""
    cross = cross_words()
    last = _WORD_BEFORE.search(upto)
    if last is None or lower(last.group(1)).rstrip(".") not in cross:
        word = _WORD_AFTER.match(rest)
        if word is None or lower(word.group(1)).rstrip(".") not in cross:
            return None
        rest = rest[word.end() :]
    number = _NOTE_NUMBER.match(rest)
    if number is None:
        return None
    return int(number.group(1)), rest[number.end() :]


def written_in(surname: str, text: str) -> bool:
    """Whether `surname` (as `folded` reads it) stands as a word in `text`, maybe
    with a case ending of the language files (`в монографии Н. А. Абдирова`: `абдиров`)."""
    reading = fold(unmixed(text))
    found = re.search(rf"(?<!\w){re.escape(surname)}(?:{_case_endings()})?(?!\w)", reading)
    return found is not None


_LEAST_STEM: Final = 3  # letters left of a surname once its case ending is cut


def uninflected(surname: str) -> set[str]:
    """`surname` (as `folded` reads it) without a case ending: a Turkish one after its
    apostrophe (`köprülü’nün`: `köprülü`) or one of the language files (`қасымбаевтың`:
    `қасымбаев`); the readings whose stem keeps three letters or more."""
    for mark in "’'":
        if mark in surname:
            return {surname.split(mark, 1)[0]}
    found = re.fullmatch(rf"(.+?)({_case_endings()})", surname)
    stems = {found.group(1)} if found else set()
    return {s for s in stems if len(s) >= _LEAST_STEM}


@functools.cache
def _case_endings() -> str:
    """The `[names] case_endings` of every shipped language as one alternation, longest first."""
    endings = {
        folded(e) for code in available_languages() for e in language(code).case_endings if e
    }
    return "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True))


_VOWELS: Final = re.compile(r"[aeiouy]")
_LEAST_CONSONANTS: Final = 3  # `Соловьёв` / `Solovyov`: slvv; fewer tell too little


def spelled_alike(wanted: set[str], names: set[str]) -> bool:
    """Whether a surname of `wanted` is one of `names` (both `folded`) written in the other
    script (`Иванов` in an op. cit. of `Ivanov I. I. Istoriya…`): their transliterations agree,
    or, romanizations writing vowels each their own way (`Соловьёв`, `Solovyov`), their
    consonants do."""
    for one in wanted:
        for other in names:
            if has_cyrillic(one) == has_cyrillic(other):
                continue
            a, b = skeleton(one), skeleton(other)
            if a == b:
                return True
            bare_a, bare_b = _VOWELS.sub("", a), _VOWELS.sub("", b)
            if len(bare_a) >= _LEAST_CONSONANTS and bare_a == bare_b and a[:1] == b[:1]:
                return True
    return False


_ACRONYM: Final = 6  # letters of a body's acronym at most (`UNESCO/IBE`)
_SLASHED: Final = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


def op_cit_names(head: str) -> tuple[str, ...]:
    """The authors an op. cit. names in `head`, the words before its word, as written."""
    names = _author_before_title(head, split_names(_without_closing_period(head)))
    # `GÖZÜBÜYÜK/TAN, a.g.e.`: law notes join co-authors with a glued slash (`OSCE/ODIHR`: a
    # body's acronyms, one name)
    return tuple(part for name in names for part in _slashed(name))


def _slashed(name: str) -> list[str]:
    parts = _SLASHED.split(name)
    acronyms = all(p.isupper() and len(p) <= _ACRONYM for p in parts)
    return [name] if acronyms else parts


def _author_before_title(head: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """The author of `head`, the words before an op. cit. word, when a comma parts it from a
    short title (`Olcott, Kazakhstan, op. cit.`, `Yılmaz, “Hazar”, a.g.m.`): a quoted second
    part, or a second part with no initials after a name with none, is the title's. Two
    authors are parted by a conjunction or written with initials (`Иванов И. И., Петров П. П.`)."""
    if len(names) != 2:  # one author and one short title
        return names
    first, second = names
    at = head.find(first)
    gap = head[at + len(first) : head.find(second, at + len(first))] if at >= 0 else ""
    if gap.strip() != ",":
        return names
    if second[:1] in _OPENING_QUOTES:
        return names[:1]
    initials = any(is_initials(w) for w in (first + " " + second).split())
    return names if initials else names[:1]


def _without_closing_period(head: str) -> str:
    """The names before an op. cit. word without the period that closes their sentence
    (`Ахметов. Указ. соч.`: `Ахметов`), an initial's kept (`Ахметов А. Указ. соч.`, `Масанов
    Н.Э. Указ. соч.`), and without a note's own number pasted before them (`3. Ахметов …`)."""
    head = _NOTE_OWN_NUMBER.sub("", head.rstrip(" ,:;"))
    words = head.split()
    last = words[-1] if words else ""
    if head.endswith(".") and len(last.strip(".")) > _INITIAL_LETTERS and not is_initials(last):
        return head[:-1]
    return head


def of_its_kind(note: Note, target: Note | None) -> Note:
    """An op. cit.'s citation of the author it names with the type of the work it repeats,
    the note `target` (`Иванов. Указ. соч.` of a book is a book's author), not the default of a
    bare record."""
    if not note.citations or target is None or not target.citations:
        return note
    first = evolve(note.citations[0], type=target.citations[0].type)
    return evolve(note, citations=(first, *note.citations[1:]))
