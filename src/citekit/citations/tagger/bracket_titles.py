"""A title's bracket holds its own dates: `Население … в эпоху капитализма (60-е годы XIX в. —
1917 г.) / Отв. ред. …. — М., 1986`. A bracket the title opens closes in the title, whatever
the model read inside it (a year, a dash that looks like GOST's area separator), when the note
dates the work after the bracket, or when only marks stand before its close (the title's last
word was an abbreviation whose period the model read as the field's: `(Алматы обл.)`)."""

from __future__ import annotations

import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, first_run, painted
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["abbreviated_bracket", "bracket_in_title", "period_in_bracket"]

_SPAN: Final = 40  # years a bracketed range after a title spans beyond to be its period
_YEAR: Final = 4  # digits of a year
_INSIDE: Final = frozenset({OTHER, "issued"})  # what the model read the bracket's rest as
_REACH: Final = 12  # tokens from the title's end to the bracket's close, at most
# runs a title's bracket may hold: of words alone, it is no imprint (`(Lebap w. mysalynda)`)
_WORDY: Final = frozenset({OTHER, "title", "container-title", "publisher-place"})
# the lexicon's marks its words may have: a place's (`B`: the word opens the place's name)
_PLACE_MARKS: Final = frozenset({"places", "cities", "Bplaces", "Bcities"})


def _close(tokens: list[Token], b: int) -> int | None:
    """The index of the `)` that closes a bracket left open at `b`, within reach, else None."""
    for k in range(b, min(len(tokens), b + _REACH)):
        if tokens[k].text == "(":
            return None
        if tokens[k].text == ")":
            return k
    return None


def _cut_at_abbreviation(tokens: list[Token], b: int, c: int) -> bool:
    """Whether the title's run ends on an abbreviation inside its own open bracket, the period
    read as the field's (`(Lebap w. mysalynda) / E. Nurmuhammedowa`, `(Алматы обл. мысалында).
    Алма-Ата`): words and periods alone stand to the close, the first period before a
    lower-case word or the close itself. No field ends inside a bracket a field opened."""
    inside = [t.text for t in tokens[b:c]]
    if not inside or inside[0] != "." or any(not (w.isalpha() or w == ".") for w in inside):
        return False
    return len(inside) == 1 or inside[1][0].islower()


def bracket_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title's open bracket closed in the title's run."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    texts = [t.text for t in tokens[a:b]]
    if texts.count("(") != texts.count(")") + 1 or texts[-1] == "(":
        return found  # most notes: a title's brackets are closed
    c = _close(tokens, b)
    if c is None:
        return found
    if _cut_at_abbreviation(tokens, b, c):
        return painted(found, ("title", a, c + 1))
    rest = [run for run in found[j + 1 :] if run[1] <= c]
    if any(label not in _INSIDE or (e > c + 1 and label != OTHER) for label, _, e in rest):
        return found
    if all(label == OTHER for label, _, _ in rest):
        roman = set(tokens[b - 1].text) <= ROMAN  # `(XIV.-XV. Asırlar)`: a century's ordinal
        if any(t.text.isalnum() and not (roman and t.text.isalpha()) for t in tokens[b:c]):
            return found  # the model cut no date out of the bracket (`(12. Baskı)`: an edition)
        # only marks between (and words after a Roman ordinal): the title's last word was an
        # abbreviation or a Roman ordinal, its period read as the field's (`(на примере
        # Ленинградской обл.).`, `(XVI. yy.)`, `(1991–2021 ýý.)`, `(XIV.-XV. Asırlar)`)
        return [*found[:j], ("title", a, c + 1), *found[j + 1 + len(rest) :]]
    if not any(label == "issued" and s > c for label, s, _ in found[j + 1 :]):
        return found
    after = [run for run in found[j + 1 :] if run[1] > c]
    tail = [(OTHER, c + 1, e) for _, _, e in rest if e > c + 1]
    return [*found[:j], ("title", a, c + 1), *tail, *after]


def abbreviated_bracket(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a bracket right after the title that an abbreviation's period splits (`Title
    (Алматы обл. мысалында) // Host`, `Title (Lebap w. mysalynda). Place`, `(on the example of
    Leningrad reg. archives)`) given to the title: a period before a lower-case word ends no
    field, and a bracket of words alone (no number, colon, person, or word of a role or a
    kind of work) right after a title is the title's own, never a host."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if b < len(tokens) and any(
        QUOTES.get(t.text) == tokens[b].text for t in tokens[a:b]
    ):  # the title closes on a quote it opened: `Title «Name» (Алматы обл. мысалында)`
        b += 1
    if b + 3 >= len(tokens) or tokens[b].text != "(":
        return found
    c = _close(tokens, b + 1)
    if c is None:
        return found
    inside = tokens[b + 1 : c]
    if any(not t.text.isalpha() and t.text not in ".-" for t in inside):
        return found  # a number, a colon, a comma: a date or an imprint
    cut = any(  # a name's abbreviated word (`Алматы обл.`), never an opening one (`transl.`)
        t.text == "." and n.text.isalpha() and n.text[0].islower() and len(n.text) > 2
        for t, n in itertools.pairwise(inside[2:])
    )
    held = [r for r in found[j + 1 :] if r[1] < c]
    if not cut or any(r[0] not in _WORDY for r in held):
        return found
    if any(not marks[k] <= _PLACE_MARKS for k in range(b + 1, c)):
        return found  # `(transl. from the Russian)`, `(Ph.D. diss.)`: a role's, a kind's word
    return painted(found, ("title", a, c + 1))


def period_in_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed range of years right after the title that spans more than a
    lifetime's work (`Ұлы дала (1300-1600).`, `Reformlar (1839-1918)`) given to the title: it is
    the period the title treats; a work's own date is one year, and the years a work in
    several volumes came out in span a few (`(1967–1971)`), a collected edition's some
    decades (`(1928–1958)`)."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    label, s, e = next((run for run in found[j + 1 :] if run[0] != OTHER), found[j])
    if label != "issued" or s not in (b, b + 1) or b + 6 > len(tokens):
        return found
    words = [t.text for t in tokens[b : b + 5]]
    if words[0] != "(" or words[2] not in DASHES or words[4] != ")" or e > b + 4:
        return found
    first, last = words[1], words[3]
    if not (first.isdigit() and last.isdigit() and len(first) == len(last) == _YEAR):
        return found
    if int(last) - int(first) <= _SPAN:
        return found
    return painted(found, ("title", a, b + 5))


def host_before_bracket(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run followed by a bracket the model read as the title, the note's
    only one (`Deny, Jean, Türk Dili Grameri (Osmanlı Lehçesi), İstanbul 1941`), read as one
    title: a bracket after a work's name holds its subtitle, never the work a host holds (a
    chapter's or an article's title is quoted or set before its host, not bracketed after it).
    A city alone in the bracket is a paper's (`Коммерсантъ (Москва), 12 марта 2004`)."""
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or labels.count("container-title") != 1:
        return found
    t = labels.index("title")
    b = found[t][2]
    _, c, d = found[t - 1] if t >= 1 else (OTHER, 0, 0)
    if t < 2 or found[t - 1][0] != OTHER or [x.text for x in tokens[c:d]] != ["("]:
        return found
    host, s, e = found[t - 2]
    if host != "container-title" or e != c:
        return found
    end = b if tokens[b - 1].text == ")" else b + 1
    if all(marks[k] & PLACE_MARKS for k in range(d, end - 1)):
        return found  # `Ulus (Ankara), 17 Nisan 1946`: the paper's city
    if (
        end > len(tokens)
        or tokens[end - 1].text != ")"
        or (end < len(tokens) and tokens[end].text not in ",.")
    ):
        return found
    return painted(found, ("title", s, end))
