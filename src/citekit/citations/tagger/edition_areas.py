"""An edition's statement whole, however the model cut it. GOST writes the edition's word before
its number as often as after it (`Изд. 3-е`, `2-е изд.`), Turkic notes glue an ordinal's suffix
to the number (`2-nji neşir`, `3-бас.`), and English ones qualify the edition after its comma
(`3rd ed., rev. and enl.`). The edition's word that closes a title's run after its period is the
edition's (`Казахи. Изд. 3-е.`: no title's word); a number the model read as an issue or a
volume right before an edition's word is the edition (`2-nji neşir`); and the kind words after
an edition's comma (`[words] edition_kind`) are no host's name. A bracket that a work's run
opens and an edition's word closes is the edition's, not the work's (`Title (4. Aufl.).`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_words

__all__ = ["edition_statement"]

_NUMBERS: Final = frozenset({"issue", "volume"})  # what the model may call an edition's number
_SUFFIX: Final = 4  # letters of an ordinal's suffix at most (`nji`, `njy`, `е`, `th`)
_WORKS: Final = frozenset({"container-title", "collection-title", "title"})


@functools.cache
def _kind_words() -> frozenset[str]:
    """The words that qualify an edition (`rev.`, `enl.`, `испр.`) and the "and" words that join
    them, as tokens read them, case folded."""
    words = shipped_words("edition_kind") | shipped_words("edition") | shipped_words("and_")
    return frozenset(p.rstrip(".").casefold() for w in words for p in w.split())


def edition_statement(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the edition's statement read whole (see the module's doc)."""
    if "edition" not in marks_union(marks):
        return found  # most notes: no edition's word
    found = _numbered_edition(tokens, marks, _word_in_title(tokens, marks, found))
    found = _bracket_closing_run(tokens, marks, found)
    return _number_closing_run(tokens, marks, _kinds_after_edition(tokens, marks, found))


def _word_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an edition's word that closes a title's run after the title's period,
    right before the edition's number, given to no field (`Казахи. Изд. 3-е.`)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label != "title" or b - a < 3 or "Bedition" not in marks[b - 1]:
            continue
        if tokens[b - 2].text != "." or "edition" in marks[b - 2]:
            continue  # `Title. Изд.`: the title's own period before the word
        rest = [run for run in found[j + 1 :] if run[0] != OTHER]
        if rest and rest[0][0] == "edition" and rest[0][1] - b <= 1:
            return [*found[:j], ("title", a, b - 2), (OTHER, b - 2, b), *found[j + 1 :]]
    return found


def _numbered_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a lone number the model called an issue or a volume, or no field's, read as
    the edition when an edition's word follows it, after its ordinal's suffix (`2-nji neşir`,
    `2 басылым`), or the year's run took it in (`2008. 2. Aufl.`), in a note with no edition
    yet."""
    if any(run[0] == "edition" for run in found):
        return found
    for label, a, b in found:
        if label not in _NUMBERS and label not in _LOOSE and label not in _WORKS:
            continue
        for i in range(a, b):
            if not tokens[i].text.isdigit() or (label in _NUMBERS and b - a != 1):
                continue
            if label in _LOOSE and (i == 0 or tokens[i - 1].text not in _OPENERS):
                continue  # `№ 2 изд.`: a number after its label is no edition's
            if label in _NUMBERS and _labelled(tokens, marks, i):
                continue  # `Т. 2. Изд. АН СССР`: the volume's word says what the number is
            if label == "issued" and (i == a or len(tokens[i].text) > _EDITION_DIGITS):
                continue  # `2008. 2. Aufl.`: the year's run took the edition's number in
            if label in _WORKS and (i != a or not _edition_only(tokens, marks, i + 1, b)):
                continue  # `… 1999. 4. Auflage.`: a run of only the edition's statement …
            if label in _WORKS and not any(run[0] == "title" for run in found if run[2] <= a):
                continue  # … after the work's own title
            k = _suffixed(tokens, marks, i + 1)
            if k < len(tokens) and "Bedition" in marks[k] and (label != OTHER or k < b):
                out = painted(found, ("edition", i, i + 1))
                return painted(out, (OTHER, i + 1, b)) if label in _WORKS else out
    return found


def _labelled(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    """Whether a volume's or an issue's word stands before the number at token i."""
    k = i - 1
    while k > 0 and tokens[k].text in ".:":
        k -= 1
    return k >= 0 and bool(marks[k] & _NUMBERS)


def _edition_only(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are only an ordinal's mark and an edition's words (`. Auflage`)."""
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    return bool(words) and all("edition" in marks[k] for k in words)


_LOOSE: Final = frozenset({OTHER, "issued"})  # runs an edition's number may hide in
_EDITION_DIGITS: Final = 2


_OPENERS: Final = DASHES | {".", ","}  # what opens an edition's area


def _suffixed(tokens: list[Token], marks: list[set[str]], k: int) -> int:
    """Where the word after a number's ordinal suffix or period is (`2-nji neşir`: `neşir`)."""
    if k < len(tokens) and tokens[k].text in "-." and tokens[k].start == tokens[k - 1].end:
        k += 1  # `2-nji`, and the ordinal's period: `2. Aufl.`, `3. baskı`
    word = tokens[k].text if k < len(tokens) else ""
    if word.isalpha() and "edition" not in marks[k] and len(word) <= _SUFFIX and word.islower():
        k += 1
    return k


def _kinds_after_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's or title's run of only an edition's kind words right after the
    edition's word and its comma given to no field (`3rd ed., rev. and enl.`); when the run
    goes on after the kind's period with `Place: Publisher` (`2nd ed., rev. New York: Knopf`),
    those are the place and the publisher."""
    kinds = _kind_words()
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label not in _WORKS or found[j - 2][0] != "edition" or found[j - 1][0] != OTHER:
            continue
        _, c, d = found[j - 1]
        if tokens[d - 1].text != "," or c == d - 1:
            continue  # the edition's word, then its comma: `ed.,`
        words = [t.text.casefold() for t in tokens[a:b] if t.text.isalpha()]
        only_words = all(t.text.isalpha() or t.text == "." for t in tokens[a:b])
        if words and only_words and all(w in kinds for w in words):
            return [*found[:j], (OTHER, a, b), *found[j + 1 :]]
        imprint = _imprint_after_kinds(tokens, marks, a, b)
        if imprint is not None:
            return [*found[:j], *imprint, *found[j + 1 :]]
    return found


def _imprint_after_kinds(
    tokens: list[Token], marks: list[set[str]], a: int, b: int
) -> list[Run] | None:
    """The runs of tokens a..b read as kind words, their period, then `Place: Publisher` with
    a place of the lexicon, or None."""
    kinds = _kind_words()
    k = a
    while k < b and (tokens[k].text == "." or tokens[k].text.casefold() in kinds):
        k += 1
    if k == a or tokens[k - 1].text != ".":
        return None
    colon = next((i for i in range(k + 1, b - 1) if tokens[i].text == ":"), None)
    if colon is None or not one_place(marks, k, colon):
        return None
    return [
        (OTHER, a, k),
        ("publisher-place", k, colon),
        (OTHER, colon, colon + 1),
        ("publisher", colon + 1, b),
    ]


def _number_closing_run(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an edition's ordinal and kind words that close a work's run after its period,
    right before the edition's word, read as the edition (`Languages. 2nd rev. ed.`); a host's
    run so left after the title's comma is the title's last words (`Inner Asia: History,
    Civilization, Languages`), in a note with no edition yet."""
    if any(run[0] == "edition" for run in found):
        return found
    kinds = _kind_words()
    for j, (label, a, b) in enumerate(found):
        if label not in _WORKS or b + 1 >= len(tokens) or tokens[b].text != ".":
            continue
        if "Bedition" not in marks[b + 1]:
            continue
        k = b - 1
        while k > a and tokens[k].text.casefold() in kinds and tokens[k].text.isalpha():
            k -= 1  # `rev`
        letters = tokens[k].text
        if not (letters.isalpha() and letters.islower() and len(letters) <= _SUFFIX):
            continue  # `2nd`: the ordinal's letters, glued to its number
        number = k - 1
        if number <= a + 1 or not tokens[number].text.isdecimal() or tokens[number - 1].text != ".":
            continue
        if tokens[number].end != tokens[k].start:
            continue
        period = number - 1
        # the kind's words with the number, as `kind_after_number` reads `2nd rev. ed.`
        out = [*found[:j], (label, a, period), (OTHER, period, number), ("edition", number, b)]
        out += found[j + 1 :]
        if label == "container-title" and j >= 2 and found[j - 2][0] == "title":
            _, c, d = found[j - 1]
            if found[j - 1][0] == OTHER and [t.text for t in tokens[c:d]] == [","]:
                title = ("title", found[j - 2][1], period)
                return [*found[: j - 2], title, *out[j + 1 :]]
        return [run for run in out if run[1] < run[2]]
    return found


_BRACKET_TAIL: Final = 3  # tokens between the number and the edition's word at most (`. `)


def _bracket_closing_run(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a work's run that ends at a bracket's number cut before the bracket, and the
    number read as the edition, when an edition's word follows the number inside the bracket
    (APA's `Kleine Geschichte der Ukraine (4. Aufl.). München`: the model read `(4` as the
    title's)."""
    if any(run[0] == "edition" for run in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in _WORKS or b - a < 3 or tokens[b - 2].text != "(":
            continue
        if not tokens[b - 1].text.isdecimal():
            continue
        end = min(b + _BRACKET_TAIL, len(tokens))
        word = next((k for k in range(b, end) if tokens[k].text.isalpha()), None)
        if word is None or "Bedition" not in marks[word]:
            continue
        if any(t.text != "." for t in tokens[b:word]):
            continue
        if ")" not in (t.text for t in tokens[word : word + _BRACKET_TAIL + 1]):
            continue
        runs: list[Run] = [(label, a, b - 2), (OTHER, b - 2, b - 1), ("edition", b - 1, b)]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
