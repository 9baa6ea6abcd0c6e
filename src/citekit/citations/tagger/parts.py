"""A part within a volume or an issue, written after its number and a comma: `Т. 2, ч. 1`,
`Т. 4, кн. 2`, `Вып. 4, ч. 2`, `Vol. 3, pt. 2`, the Turkish hand's `Cilt: III, Kısım: 1` with
its labels' colons (`[words] part`). The volume's (issue's) word and number are the volume
(issue), the part's word and number the part (CSL 1.0.2's `part-number`), whichever runs the
model put them in: never a title's words."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.prechecks import folds_as_casefold
from citekit.citations.tagger.tokens import LONG_DASHES, Token, casefolded_set, tokenize
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import shipped_words

__all__ = ["book_part", "part_word", "part_words_in", "volume_parts"]

_AFTER: Final = frozenset(".,:;)(")  # what may follow the part's number (`pt. 1 (Tashkent:`)
_TRIMMED: Final = frozenset(".,")
_CLOSED: Final = LONG_DASHES | {".", ",", ";"}  # what may follow a title's part
_IMPRINT: Final = frozenset({"publisher-place", "publisher", "number-of-pages"})
_NAMED: Final = frozenset(
    {"author", "editor"}
)  # a person's run the title follows  # marks a run cut before the volume leaves outside it


@functools.cache
def _part_words() -> frozenset[tuple[str, ...]]:
    """The part's words (`ч.`, `кн.`, `pt.`) as folded tokens, their period left out."""
    words = (
        tuple(fold(t.text) for t in tokenize(w) if t.text != ".") for w in shipped_words("part")
    )
    return frozenset(w for w in words if w)


@functools.cache
def _book_words() -> frozenset[str]:
    """The book words (`[words] part_book`: `кн`, `книга`, `bk`), folded, their period out."""
    return frozenset(fold(w.rstrip(".")) for w in shipped_words("part_book"))


def book_part(tokens: list[Token], a: int) -> bool:
    """Whether the part's run at token `a` opens with a book's word (`Кн. 3`), no part's."""
    return fold(tokens[a].text) in _book_words()


@functools.cache
def _first_words() -> frozenset[str]:
    """The first folded token of each part's word."""
    return frozenset(w[0] for w in _part_words())


def _part_at(tokens: list[Token], marks: list[set[str]], k: int) -> tuple[Run, Run] | None:
    """The volume's (issue's) run and the part's when a part's word opens at token `k`."""
    size = len(tokens)
    word = next((w for w in _part_words() if _opens(tokens, k, w)), None)
    if word is None:
        return None
    n = k + len(word)
    n += n < size and tokens[n].text == "."
    n += n < size and tokens[n].text == ":"  # a label's colon: `Cilt: III, Kısım: 1`
    if (
        n >= size
        or not volume_number(tokens[n].text)
        or (n + 1 < size and tokens[n + 1].text not in _AFTER)
    ):
        return None
    v = k - 2  # the volume's number, before the comma
    if v < 1 or tokens[k - 1].text != "," or not volume_number(tokens[v].text):
        return None
    w = v - 1 - (tokens[v - 1].text == ":")
    w -= w > 0 and tokens[w].text == "."
    if w < 0 or not marks[w] & {"Bvolume", "Bissue"}:
        return None
    label = "volume" if "Bvolume" in marks[w] else "issue"
    return (label, w, v + 1), ("part-number", k, n + 1)


def _part_end(tokens: list[Token], k: int) -> int | None:
    """The number's index when a shortened part's word (`Ч.`, `Кн.`) and its number open at
    token `k` and close their sentence, else None."""
    size = len(tokens)
    word = next((w for w in _part_words() if _opens(tokens, k, w)), None)
    if word is None:
        return None
    n = k + len(word)
    if n >= size or tokens[n].text != ".":
        return None  # `Часть 3` written whole may be a title's own words
    n += 1
    if n >= size or not volume_number(tokens[n].text):
        return None
    if n + 1 < size and tokens[n + 1].text not in _CLOSED:
        return None
    return n


def _title_part(tokens: list[Token], found: list[Run], k: int) -> Run | None:
    """The part's run when a part's word and number at token `k` close the title's run after
    its sentence in a book's note (`Курс русской истории. Ч. 2. — М.`, `… Кн. 1. Алматы`),
    or stand in their own sentence after the imprint's year: a part of the book, no words of
    its title."""
    n = _part_end(tokens, k)
    if n is None:
        return None
    # the part closing the title's run, or the run alone (`Шығармалар жинағы. Кн. 4. Алматы`:
    # the title's words left to no field before it)
    titled = any(
        label == "title"
        and (a < k - 1 or (a == k and _after_words(tokens, found, k)))
        and k < b <= n + 2
        for label, a, b in found
    )
    imprinted = any(label in _IMPRINT and a > n for label, a, _ in found)
    if titled and imprinted:
        return ("part-number", k, n + 1)
    # or its own area after the imprint's year (`М.: Сов. энциклопедия, 1985. Кн. 1. 512 с.`)
    closed = k - 1 - (tokens[k - 1].text in LONG_DASHES)  # GOST's dash between its areas
    dated = tokens[closed].text == "." and any(
        label == "issued" and b == closed for label, _, b in found
    )
    housed = any(label in _IMPRINT and b < k for label, _, b in found)
    return ("part-number", k, n + 1) if dated and housed and _area_alone(tokens, n) else None


def _area_alone(tokens: list[Token], n: int) -> bool:
    """Whether the part's number at `n` closes its area alone: its period, then the note's end,
    or the next area (GOST's dash or none) with the extent or a page (a digit, or a label and
    its period before one); not a range (`Кн. 1–2`), a list (`Кн. 1, 2`), another part (`Кн.
    1. Ч. 2`) or a series' bracket."""
    size = len(tokens)
    if n + 1 >= size or tokens[n + 1].text != ".":
        return False
    k = n + 2
    k += k < size and tokens[k].text in LONG_DASHES
    if k >= size:
        return True
    if tokens[k].text[:1].isdigit():
        return True
    return (
        k + 2 < size
        and tokens[k].text.isalpha()
        and tokens[k + 1].text == "."
        and tokens[k + 2].text[:1].isdigit()
        and fold(tokens[k].text) not in _first_words()
    )


def _after_words(tokens: list[Token], found: list[Run], k: int) -> bool:
    """Whether words of no field's run end with their period right before token `k`, after a
    person's run (the title the model left out), or the host's period does."""
    before = [run for run in found if run[2] <= k]
    if len(before) < 2 or before[-1][0] != OTHER or before[-1][2] != k:
        return False
    _, s, e = before[-1]
    if before[-2][0] == "container-title" and [t.text for t in tokens[s:e]] == ["."]:
        # `Title // Сочинения. Кн. 2. М.`: the host's book, the part's title read before it
        return any(r[0] == "title" and r[2] <= before[-2][1] for r in before)
    if before[-2][0] not in _NAMED:
        return False
    return tokens[e - 1].text == "." and any(t.text.isalpha() for t in tokens[s:e])


def part_words_in(tokens: list[Token]) -> bool:
    """Whether some token may open a part's word (a note-wide precheck: `part_word` is false
    at every token of a note without one)."""
    folded = casefolded_set(tokens)  # shared by the passes; the lexicon's fold when no `İ`
    return not (_first_words().isdisjoint(folded) and folds_as_casefold(folded))


def part_word(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is the word of a part after a volume's number (`Т. 2, ч. 1`): a
    label word, read, never lost text; so is a book's part after its title (`… истории. Ч. 2.`)."""
    if k <= 2 or fold(tokens[k].text) not in _first_words():
        return False  # no part's word opens at `k` (most lost words: one look-up)
    if tokens[k - 1].text == ".":
        return _part_end(tokens, k) is not None
    return tokens[k - 1].text == "," and _part_at(tokens, marks, k) is not None


def _opens(tokens: list[Token], k: int, word: tuple[str, ...]) -> bool:
    end = k + len(word)
    return end <= len(tokens) and tuple(fold(t.text) for t in tokens[k:end]) == word


def _cut(tokens: list[Token], run: Run, spans: list[Run]) -> list[Run]:
    """What is left of `run` outside `spans`: a piece of marks alone is no field's, nor are
    the period and comma that close a piece before a volume's word."""
    label, a, b = run
    pieces = [(a, b)]
    for _, s, e in spans:
        pieces = [p for x, y in pieces for p in ((x, min(y, s)), (max(x, e), y)) if p[0] < p[1]]
    out: list[Run] = []
    for x, y in pieces:
        if label == OTHER or not any(t.text.isalnum() for t in tokens[x:y]):
            out.append((OTHER, x, y))
            continue
        end = y
        while end > x and tokens[end - 1].text in _TRIMMED and any(y == s for _, s, _ in spans):
            end -= 1
        out.append((label, x, end))
        if end < y:
            out.append((OTHER, end, y))
    return out


def volume_parts(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with each volume's (issue's) part after its number given its own run, and the
    volume's word and number the volume's run."""
    if not part_words_in(tokens):
        return found  # no part's word in the note: no span (most notes, one look-up)
    spans: list[Run] = []
    firsts = _first_words()
    for k in range(3, len(tokens)):
        before = tokens[k - 1].text
        if (before not in ",." and before not in LONG_DASHES) or fold(tokens[k].text) not in firsts:
            continue
        if before != ",":
            if (part := _title_part(tokens, found, k)) is not None:
                spans.append(part)
        elif (pair := _part_at(tokens, marks, k)) is not None:
            spans.extend(pair)
    if not spans:
        return found
    out = sorted(
        [*(piece for run in found for piece in _cut(tokens, run, spans)), *spans],
        key=lambda r: r[1],
    )
    return _title_before(tokens, found, out, spans[0][1])


def _title_before(tokens: list[Token], found: list[Run], out: list[Run], volume: int) -> list[Run]:
    """`out` with the words after the author and before the volume's word the title, when the
    title's run the model made was the part's alone (`Шығармалары. Т. 2, кн. 1`: `кн. 1` read
    as the title, `Шығармалары` as no field's)."""

    def worded(run: Run) -> bool:
        return any(t.text.isalnum() for t in tokens[run[1] : run[2]])

    if any(r[0] == "title" and worded(r) for r in out) or not any(r[0] == "title" for r in found):
        return out
    # the runs before the volume's word that hold a field or words
    before = [j for j, r in enumerate(out) if r[2] <= volume and (r[0] != OTHER or worded(r))]
    if len(before) < 2:
        return out
    j, named = before[-1], out[before[-2]]
    if out[j][0] != OTHER or named[0] not in _NAMED:
        return out
    return [*out[:j], ("title", out[j][1], out[j][2]), *out[j + 1 :]]
