"""One issue of a paper cited by its name, its day, its number and its page alone (`Правда.
1938. 3 марта. № 61. С. 1.`, `Совет Түркменистаны. – 1941. – 24 июнь. – № 146. – С. 1.`,
`Tercüman-ı Ahvâl, nr. 75, 5 Zilkade 1278 [4 Mayıs 1862], s. 2.`): the model may read the
paper's name as an author and the day (or a lone page label) as a title. A note that opens on
a short name with no initials, then only dates, numbers and pages, one of them a day and its
month, names no work but the paper's issue: the name is read as the title the fields take
for the paper's (`paper_cities.issue_of_a_paper`), the day's run as the date, and a sentence
after the page (`Передовая статья без подписи.`) as the note's comment."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.legal_words import legal_words
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.tokens import Token

__all__ = ["paper_issue"]

_NAME_WORDS: Final = 4  # words of a paper's name at most (`Туркестанские ведомости`)
_NUMBERS: Final = frozenset({"issued", "issue", "page"})
_ONLINE: Final = frozenset({"URL", "accessed"})  # a scan's address after the page
_DAY_TOKENS: Final = 4  # tokens of a day's run read as a title at most (`5 Zilkade 1278`)


def _name(tokens: list[Token], a: int, b: int) -> bool:
    """A paper's short name: a few words, no initials, no number."""
    words = [t.text for t in tokens[a:b] if t.text[:1].isalpha()]
    if not words or len(words) > _NAME_WORDS or not words[0][:1].isupper():
        return False
    if any(t.text[:1].isdigit() for t in tokens[a:b]):
        return False
    return not any(
        is_initial(tokens[k].text) and k + 1 < b and tokens[k + 1].text == "." for k in range(a, b)
    )


def _day(tokens: list[Token], marks: list[set[str]], run: Run) -> bool:
    """A day and its month read as another field (`3 марта`, `5 Zilkade 1278`)."""
    _, a, b = run
    if b - a > _DAY_TOKENS or not tokens[a].text.isdecimal() or len(tokens[a].text) > 2:
        return False
    return b - a >= 2 and tokens[a + 1].text[:1].isalpha()


def _dated(tokens: list[Token], marks: list[set[str]], run: Run) -> bool:
    """Whether an issued run holds a day and its month (`1938 . 3 марта`, `24 июнь`)."""
    _, a, b = run
    return any(
        tokens[k].text.isdecimal() and len(tokens[k].text) <= 2 and "month" in marks[k + 1]
        for k in range(a, b - 1)
    )


def paper_issue(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a paper's issue read so (see the module's doc)."""
    named = [i for i, run in enumerate(found) if run[0] != OTHER]
    if len(named) < 3 or found[named[0]][0] not in ("author", "title") or found[named[0]][1]:
        return found
    if any(t.text in ("//", "/") for t in tokens) or not _name(tokens, *found[named[0]][1:]):
        return found
    out = list(found)
    out[named[0]] = ("title", *found[named[0]][1:])  # the paper's, as `fields` reads an issue
    day = paged = False
    for i in named[1:]:
        label, a, b = found[i]
        if paged and label == "title" and tokens[a].text[:1].isupper():
            out[i] = (OTHER, a, b)  # a sentence after the page: the note's comment
            break
        if label == "title" and b - a <= 2 and is_initial(tokens[a].text):
            out[i] = (OTHER, a, b)  # `– С . 1`: a page's label read as a title
        elif label == "title" and not day and _day(tokens, marks, found[i]):
            out[i] = ("issued", a, b)
            day = True
        elif label in _ONLINE and paged:
            continue
        elif label in _NUMBERS:
            if label == "page" and _leaf_before(tokens, a):
                return found  # `Дневник. 1938. 3 марта. Л. 12.`: an archive's leaf, no paper's
            day = day or (label == "issued" and _dated(tokens, marks, found[i]))
            paged = paged or label == "page"
        else:
            return found
    return out if day else found


@functools.cache
def _leaves() -> frozenset[str]:
    """The language files' leaf words without their period (`Л`, `лл`, `l`)."""
    return frozenset(w.rstrip(".") for w in legal_words("leaf"))


def _leaf_before(tokens: list[Token], a: int) -> bool:
    """Whether a leaf word (and its period) stands right before token `a`."""
    k = a - 1 if a > 0 and tokens[a - 1].text != "." else a - 2
    return k >= 0 and tokens[k].text in _leaves()
