"""The per-language tables `citekit.langid` weighs a text's evidence by, built once from the
language files' `[langid]` data: each language's alphabets, frequent words, word endings and
letter groups, indexed by script and by word, and the evidence one word gives."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.languages import available_languages, language

__all__ = [
    "BASIC",
    "ENDING",
    "ENDING_WORD",
    "EVIDENCE",
    "EVIDENCE_CACHE",
    "LETTERS",
    "WORD",
    "by_script",
    "group_counts",
    "indexes",
    "lower",
    "profiles",
    "row_extras",
    "script_of",
    "small_words",
    "vowel_letter_patterns",
    "word_clusters",
    "word_evidence",
]

WORD: Final = 3.0  # a frequent word of the language
ENDING: Final = 1.5  # a word ending typical of the language (English -ing, Turkish -ları)
ENDING_WORD: Final = 5  # letters of a word whose ending is weighed at least
BASIC: Final = {
    "Latn": frozenset("abcdefghijklmnopqrstuvwxyz"),
    "Cyrl": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
    # the letters every alphabet of the Arabic script writes (Arabic, Persian, Kazakh): one of
    # them is no language's own
    "Arab": frozenset("ابتجحدرزسشعغفقلمنو"),
}
LETTERS: Final = re.compile(r"[^\W\d_]+")  # runs of letters


@functools.cache
def script_of(char: str) -> str:
    """The script a letter is written in: "Latn", "Cyrl", "Arab", "Geor", "Grek" or "other"."""
    code = ord(char)
    if 0x0400 <= code <= 0x04FF:
        return "Cyrl"
    if 0x0600 <= code <= 0x06FF or 0xFB50 <= code <= 0xFEFF:
        return "Arab"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF or code in (0x0259, 0x02BB, 0x02BC):
        return "Latn"
    if 0x10A0 <= code <= 0x10FF:
        return "Geor"
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return "Grek"
    return "other"


def lower(text: str) -> str:
    """`text` in small letters, Turkish capitals too: "İ".lower() is "i" + COMBINING DOT
    ABOVE, whose dot is dropped."""
    return text.lower().replace("\u0307", "")


def _typed_plainly(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The frequent words and endings the language `code` has only as typed without its own
    letters (`тилинин`, `маселеси`, `-дагы` for Kazakh `тілінің`, `мәселесі`, `-дағы`)."""
    lang = language(code)
    table = str.maketrans(dict(lang.plain_letters))
    own = frozenset(lang.plain_letters)
    common = set(lang.common_words)  # with the plain spellings its file keeps (not `тоқаев`)
    words = {w.translate(table) for w in common if not own.isdisjoint(w)} & common
    endings = set(lang.endings) - set(lang.written_endings)
    return frozenset(lower(w) for w in words), tuple(sorted(lower(e) for e in endings))


@functools.cache
def profiles() -> tuple[
    tuple[str, dict[str, frozenset[str]], frozenset[str], tuple[str, ...], tuple[str, ...]], ...
]:
    """Per language: code, letters per script, frequent words, endings, letter groups. A
    language that spells in its own letters a neighbour's words typed plainly
    (``langid.spells_plainly``: Kyrgyz, Kazakh's) has them too: typed so, they tell the two
    apart no more than a word they share, and their priors or the rest decide."""
    found = []
    for lang in (language(code) for code in available_languages()):
        common = {lower(w) for w in lang.common_words}
        endings = [lower(e) for e in lang.endings]
        for other in lang.spells_plainly:
            words, typed = _typed_plainly(other)
            common |= words
            endings.extend(e for e in typed if e not in endings)
        found.append(
            (
                lang.code,
                {script: frozenset(letters) for script, letters in lang.alphabets.items()},
                frozenset(common),
                tuple(endings),
                tuple(lower(c) for c in lang.clusters),
            )
        )
    return tuple(found)


@functools.cache
def by_script() -> dict[
    str, tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...]
]:
    """The profiles of the languages that write each script (built once)."""
    table: dict[
        str, list[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]]
    ] = {}
    for code, alphabets, common, endings, clusters in profiles():
        for script, letters in alphabets.items():
            table.setdefault(script, []).append((code, letters, common, endings, clusters))
    return {script: tuple(rows) for script, rows in table.items()}


@functools.cache
def row_extras(
    script: str,
) -> tuple[tuple[frozenset[str], tuple[tuple[str, bool, str, bool, str], ...]], ...]:
    """Per language of `by_script()[script]`, in its order: the script's basic letters its
    alphabet lacks (Turkish `q`, `w`, `x`), and its letter groups, each with its first and
    last character and whether each is a letter (a character of `LETTERS`)."""
    basic = BASIC.get(script, frozenset())

    def letter(char: str) -> bool:
        return LETTERS.fullmatch(char) is not None

    return tuple(
        (basic - letters, tuple((c[0], letter(c[0]), c[-1], letter(c[-1]), c) for c in clusters))
        for _code, letters, _common, _endings, clusters in by_script().get(script, ())
    )


# `row_extras`' letter groups by their first character: those whose first character is a
# letter keyed by it (row, last character, whether it is a letter, group), and the others
_Lettered = dict[str, list[tuple[int, str, bool, str]]]
_Unlettered = list[tuple[int, str, str, bool, str]]


@functools.cache
def _groups_by_first(script: str) -> tuple[_Lettered, _Unlettered]:
    lettered: _Lettered = {}
    others: _Unlettered = []
    for k, (_lacking, groups) in enumerate(row_extras(script)):
        for first, first_letter, last, last_letter, group in groups:
            if first_letter:
                lettered.setdefault(first, []).append((k, last, last_letter, group))
            else:
                others.append((k, first, last, last_letter, group))
    return lettered, others


def group_counts(script: str, present: frozenset[str], text: str) -> list[int]:
    """Per row of `row_extras(script)`, how often its letter groups stand in `text` (whose
    letters are `present`). A group is counted only if its first and last characters are in
    the text (a letter among `present`, any other character in `text` itself): the groups
    are looked up by the text's letters, not each row's walked whole."""
    lettered, others = _groups_by_first(script)
    counts = [0] * len(row_extras(script))
    for char in present:
        for k, last, last_letter, group in lettered.get(char, ()):
            if last in present if last_letter else last in text:
                counts[k] += text.count(group)
    for k, first, last, last_letter, group in others:
        if first in text and (last in present if last_letter else last in text):
            counts[k] += text.count(group)
    return counts


@functools.cache
def indexes() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Frequent words and word endings, each with the languages that have them."""
    words: dict[str, list[str]] = {}
    endings: dict[str, list[str]] = {}
    for code, _alphabets, common, ends, _clusters in profiles():
        for word in common:
            words.setdefault(word, []).append(code)
        for end in ends:
            endings.setdefault(end, []).append(code)
    return (
        {k: tuple(v) for k, v in words.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in endings.items()},
    )


EVIDENCE: Final[dict[str, tuple[tuple[str, float], ...]]] = {}
EVIDENCE_CACHE: Final = 200_000


def word_evidence(word: str) -> tuple[tuple[str, float], ...]:
    """What one word says, per language: a frequent word, a typical ending (long words). The
    parts a hyphen joins (`ун-та`, `İnceleme-Metin-Dizin`) are one word, no frequent word of
    their own; each has its ending."""
    words_index, endings_index = indexes()
    found: dict[str, float] = {}
    for code in words_index.get(word, ()):
        found[code] = found.get(code, 0.0) + WORD
    for part in word.split("-"):
        if len(part) >= ENDING_WORD:
            for cut in range(2, min(6, len(part))):
                for code in endings_index.get(part[-cut:], ()):
                    found[code] = found.get(code, 0.0) + ENDING
    return tuple(found.items())


@functools.cache
def vowel_letter_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Per language with ``langid.vowel_letters``: code, script, and the pattern of such a
    letter written as a vowel (after a consonant, before a consonant or at a word's end)."""
    found = []
    for code in available_languages():
        lang = language(code)
        if lang.vowel_letters and lang.consonants:
            vowels = "".join(map(re.escape, lang.vowel_letters))
            consonants = "".join(map(re.escape, lang.consonants))
            script = next(
                (s for s, letters in lang.alphabets.items() if lang.vowel_letters[0] in letters),
                lang.script,
            )
            # the letter first, then the consonant before it (a look-behind that opened the
            # pattern would be tried at every position; the same matches): after a vowel the
            # letter is a consonant in the languages it is told from (Turkish `duygu`, `uygun`,
            # `sayfa`), where the language writes its own consonant letter (`duýgy`)
            pattern = re.compile(
                rf"[{vowels}](?<=[{consonants}][{vowels}])(?=[{consonants}]|(?![^\W\d_]))"
            )
            found.append((code, script, pattern))
    return tuple(found)


@functools.cache
def word_clusters() -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The letters that close some language's `word_clusters`, and per such language its code
    and its groups (lower case)."""
    rows = tuple(
        (code, tuple(lower(c) for c in language(code).word_clusters))
        for code in available_languages()
        if language(code).word_clusters
    )
    return frozenset(g[-1] for _code, groups in rows for g in groups), rows


@functools.cache
def small_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Per language with `small_words`, its code and those words (counted in small letters)."""
    return tuple(
        (code, frozenset(language(code).small_words))
        for code in available_languages()
        if language(code).small_words
    )
