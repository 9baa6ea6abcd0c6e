"""Decoding facts of a periodical's issue number: a number after an issue's own word (and its
colon) that the model left to no field (`Bilig, Sayı 75, Güz 2015`, `Sayı: 312`, a double
issue's range `№ 513–514` whole), and İSNAD's lone number before a bracketed season's date
(`Bilig 88 (Kış 2019)`), which is the issue. GOST's running number in brackets after the
issue's (`№ 3 (73)`) is not the issue: the issue is `3`, as CSL and the generator's records
have it. A Kazakh, Kyrgyz or Turkmen number says what it is by the word after its hyphen,
maybe after its ordinal suffix (`3-том, 7-сан`, `2-шығарылым`, `1-nji tom`: `[words]
volume_after`, `issue_after`), whatever the model called it. A title written bare whose last
comma's part comes right before an issue's word is the title and its periodical or series
(`Türkiye’nin Suriye Politikası, SETA Perspektif, Sayı: 145`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "HYPHENS",
    "after_words",
    "issue_numbers",
    "numbered_series",
    "numbered_volume",
    "ordinal_suffixes",
    "worded_numbers",
]

_YEAR_DIGITS: Final = 4
_DATE_BRACKET: Final = 6  # tokens of a bracketed date and its brackets at most (`( Kış 2002 )`)
_OTHER_NUMBERS: Final = frozenset({"Bvolume", "Bpage", "Bextent"})  # `s.`: a page's word as well


@functools.cache
def _issue_seasons() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("issue_seasons"))


def _season_date(tokens: list[Token], i: int) -> bool:
    """Whether tokens i.. are a bracketed season and year (`(Kış 2019)`)."""
    if i + 3 >= len(tokens) or tokens[i].text != "(" or tokens[i + 3].text != ")":
        return False
    year = tokens[i + 2].text
    season = tokens[i + 1].text.casefold() in _issue_seasons()
    return season and year.isdecimal() and len(year) == _YEAR_DIGITS


@functools.cache
def _abbreviated() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in shipped_words("issue_abbreviated"))


def _abbreviated_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after an issue's abbreviated word (`H. 8`) as the issue where a
    volume's number or its year's bracket and a comma stand before the word: there it is no
    name's initial (`Osteuropa 64 (2014), H. 8, S. 33`)."""
    for k in range(2, len(tokens) - 2):
        if tokens[k].text not in _abbreviated() or tokens[k + 1].text != ".":
            continue
        before, number = tokens[k - 2].text, tokens[k + 2].text
        if tokens[k - 1].text != "," or not (before == ")" or before.isdecimal()):
            continue
        if number.isdecimal() and len(number) < _YEAR_DIGITS:
            found = painted(found, (OTHER, k, k + 2))
            return painted(found, ("issue", k + 2, k + 3))
    return found


def issue_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an issue's number read whole, or read at all, as the family writes it."""
    labels = [run[0] for run in found]
    out = list(found)
    if "issue" in labels:
        return _running_number(tokens, out) if labels.count("page") > 1 else out
    if not _abbreviated().isdisjoint(text_set(tokens)):
        out = _abbreviated_issue(tokens, out)
    # an issue's word opens before its number: a note with none has no number to read
    numbered = "Bissue" in marks_union(marks)
    for k in range(1, len(tokens) if numbered else 0):
        word = marks[k - 1]
        if tokens[k - 1].text == ":" and k > 1:
            word = marks[k - 2]  # `Sayı: 312`: the word's colon between
        elif tokens[k - 1].text == "." and k > 2 and tokens[k - 3].text == ",":
            word = marks[k - 2]  # `…, Vol. 7, No. 13,`: a word's period, after a field's comma
        if "Bissue" not in word or not word.isdisjoint(_OTHER_NUMBERS):
            continue
        if tokens[k].text.isdecimal() and len(tokens[k].text) < _YEAR_DIGITS:
            run = next(r for r in found if r[1] <= k < r[2])
            if run[0] == OTHER:  # `Sayı 75`: the issue's word says what the number is
                end = k + 1  # … and a double issue's range with it (`№ 513–514`)
                if end + 1 < run[2] and tokens[end].text in DASHES:
                    end += 2 if tokens[end + 1].text.isdecimal() else 0
                return painted(out, ("issue", k, end))
    if labels.count("page") == 2 and "Bissue" in marks_union(marks):
        out = _issue_before_date(tokens, marks, out, labels.index("page"))
    if labels.count("volume") == 1:
        j = labels.index("volume")
        _, a, b = found[j]
        host = j > 0 and found[j - 1][0] == "container-title" and found[j - 1][2] == a
        if host and b - a == 1 and tokens[a].text.isdecimal() and _season_date(tokens, b):
            out[j] = ("issue", a, b)  # İSNAD's `Bilig 88 (Kış 2019)`: a number of issues
    return out


def _running_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page run in brackets right after the issue's, another page run after it,
    read as no field: a newspaper's running number (`№ 283 (29 431). С. 3.`)."""
    for j in range(2, len(found)):
        issue, bracket, (label, a, b) = found[j - 2], found[j - 1], found[j]
        if issue[0] != "issue" or bracket[0] != OTHER or label != "page" or b >= len(tokens):
            continue
        if tokens[a - 1].text != "(" or tokens[b].text != ")":
            continue
        if any(run[0] == "page" for run in found[j + 1 :]):
            return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
    return found


def _dated_bracket(tokens: list[Token], i: int) -> int | None:
    """The token after `(…YEAR)` opening at token i and its `,` or `:`, or None."""
    if i >= len(tokens) or tokens[i].text != "(":
        return None
    stop = min(i + _DATE_BRACKET, len(tokens))
    end = next((k for k in range(i + 1, stop) if tokens[k].text == ")"), None)
    if end is None or not any(is_year(t.text) for t in tokens[i + 1 : end]):
        return None
    return end + 2 if end + 1 < len(tokens) and tokens[end + 1].text in ",:" else None


def _issue_before_date(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run]:
    """`found` with the first of two pages' runs as the issue where an issue's word labels its
    lone number before a bracketed date and the second page follows the bracket (İSNAD's
    `Bilig, S. 20 (Kış 2002), 71.`: `S.` is the issue's word and the page's)."""
    _, a, b = found[j]
    if b - a != 1 or not tokens[a].text.isdecimal() or a < 2:
        return found
    word = a - 2 if tokens[a - 1].text == "." else a - 1
    if "Bissue" not in marks[word]:
        return found
    after = _dated_bracket(tokens, b)
    later = found[j + 1 :]
    if after is None or not any(r[0] == "page" and r[1] == after for r in later):
        return found
    return painted(found, ("issue", a, b))


@functools.cache
def after_words() -> dict[str, str]:
    """The words after a number's hyphen (as written and capitalised) and the field each
    names."""
    out: dict[str, str] = {}
    for key, label in (("volume_after", "volume"), ("issue_after", "issue")):
        for w in shipped_words(key):
            out[w] = out[w.capitalize()] = label
    return out


HYPHENS: Final = frozenset({"-", "‐", "–"})  # between a number and its word (`2-том`)


@functools.cache
def ordinal_suffixes() -> frozenset[str]:
    """The ordinal suffixes after a number's hyphen (`1-nji`, `2-ші`: `[words]
    ordinal_suffixes`)."""
    return frozenset(shipped_words("ordinal_suffixes"))


def _all_worded(tokens: list[Token], run: Run) -> bool:
    """Whether a run holds nothing but worded numbers and commas (`2-том, 4-шығарылым`,
    `1-nji tom`)."""
    words = after_words()
    return all(
        t.text.isdecimal()
        or t.text in HYPHENS
        or t.text in words
        or t.text in ordinal_suffixes()
        or t.text in ",."
        for t in tokens[run[1] : run[2]]
    )


def _field_word(tokens: list[Token], k: int) -> tuple[str | None, int]:
    """The field a number's word names after its hyphen at `k`, maybe after its ordinal suffix
    (`7-сан`, `1-nji tom`), and the index after that word."""
    label = after_words().get(tokens[k].text)
    if label is not None:
        return label, k + 1
    if (
        k + 1 < len(tokens)
        and tokens[k].text in ordinal_suffixes()
        and tokens[k].end < tokens[k + 1].start
    ):
        return after_words().get(tokens[k + 1].text), k + 2
    return None, k


def numbered_volume(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where a volume written number first at `k` ends, after its word (`2-том`, `5-т.`,
    `2-кітап`, `1-nji tom`: a number, a hyphen, maybe an ordinal suffix, and a `volume_after`
    word or a volume's word of the lexicon), or None. Its callers read it in their context:
    any run (`worded_numbers`), a title's last sentence (`totals.title_counts`), a title's or
    host's closing words (`written_numbers`)."""
    if k + 2 >= len(tokens) or not tokens[k].text.isdecimal() or tokens[k + 1].text not in HYPHENS:
        return None
    label, end = _field_word(tokens, k + 2)
    if label == "volume":
        return end
    word = tokens[k + 2].text
    return k + 3 if "Bvolume" in marks[k + 2] and word.isalpha() else None


# what the model may have called a worded number outside a title (`3-том, 7-сан`)
_NUMBERED: Final = frozenset({OTHER, "volume", "issue", "edition", "page", "number-of-pages"})


def worded_numbers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with each number written with its field's word after a hyphen (`7-сан`) in
    that field, the hyphen and the word in none; a title's such words stay its own. A volume's
    Roman number before its word, after an area's dash, is the volume (`– III tom.`)."""
    texts = text_set(tokens)
    if texts.isdisjoint(after_words()):
        return found  # most notes (at C speed): no field's word
    out = _roman_volume(tokens, found)
    if texts.isdisjoint(HYPHENS):
        return out
    for k in range(len(tokens) - 2):
        if tokens[k + 1].text not in HYPHENS:
            continue
        label, end = _field_word(tokens, k + 2)
        if label is None:
            continue
        if tokens[k].text.isdecimal() and tokens[k].end == tokens[k + 1].start:
            run = next(r for r in out if r[1] <= k < r[2])
            if run[0] not in _NUMBERED and not (run[2] >= end and _all_worded(tokens, run)):
                continue  # `3-том. Қазақ хандығы`: a title's own words, unless they are all
            out = painted(out, (label, k, k + 1))
            out = painted(out, (OTHER, k + 1, end))
    return out


def _roman_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a Roman number between an area's dash and a volume's word (`– III tom.`,
    `– II том.`), that no run holds or a run of its own holds with the word, read as the
    volume."""
    out = found
    for k in range(1, len(tokens) - 1):
        word = tokens[k].text
        if not word or not set(word) <= ROMAN or tokens[k - 1].text not in DASHES:
            continue
        if after_words().get(tokens[k + 1].text) != "volume":
            continue
        label, a, b = next(r for r in out if r[1] <= k < r[2])
        if label == OTHER or (a, b) == (k, k + 2):  # alone, or read as a title of its own
            out = painted(painted(out, (OTHER, k, k + 2)), ("volume", k, k + 1))
    return out


_SERIES_WORDS: Final = 4  # `SETA Perspektif`, `Stratejik Araştırmalar Dergisi`


def numbered_series(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a bare title's last part after a comma, or a publisher's name right after
    the title, right before `, Sayı: 145` and with no host in the note, read as the periodical
    or series the issue numbers."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "issue" not in labels:
        return found
    for j in range(len(found) - 1):
        label, a, b = found[j]
        after = found[j + 1]
        if label not in _NAMED or after[0] != OTHER or tokens[after[1]].text != ",":
            continue
        if after[1] + 1 >= after[2] or "Bissue" not in marks[after[1] + 1]:
            continue
        if label == "publisher" and j > 1 and found[j - 2][0] == "title":
            # `Türkiye’nin Suriye Politikası, SETA Perspektif, Sayı: 145`: no publisher's
            # name takes an issue; the name right after the title is the series
            between = tokens[found[j - 1][1] : found[j - 1][2]]
            if [t.text for t in between] == [","]:
                return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
        if label != "title":
            continue
        comma = max((k for k in range(a + 1, b - 1) if tokens[k].text == ","), default=None)
        if comma is None or (a > 0 and tokens[a - 1].text in _QUOTES):
            continue
        words = [t.text for t in tokens[comma + 1 : b]]
        if len(words) <= _SERIES_WORDS and all(w[:1].isupper() for w in words):
            return [
                *found[:j],
                ("title", a, comma),
                (OTHER, comma, comma + 1),
                ("container-title", comma + 1, b),
                *found[j + 1 :],
            ]
    return found


_NAMED: Final = frozenset({"title", "publisher"})
_QUOTES: Final = frozenset({"“", "«", '"', "„", "‘", "'"})
