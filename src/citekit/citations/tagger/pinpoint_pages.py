"""A pinpoint page after a part's page range: Chicago's `Kritika 17, no. 2 (2016): 301–27, at
310`, `…: 144–65, here 150`, GOST's `С. 33–41, здесь с. 35`, İSNAD's `144-165, burada s. 150`,
MHRA's bracketed page after the range (`12 (2003), 45–67 (p. 50)`).
The range is the part's place in its host; the page the note cites is the one after the
pinpoint's word (`[words] pinpoint`), maybe after a page's word: that page is the locator,
the range no field's."""

from __future__ import annotations

import functools
import itertools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["pinpoint_page"]


@functools.cache
def _pinpoints() -> frozenset[str]:
    """The words that open a pinpoint page, without their periods (`here`, `здесь`, `esp.`)."""
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("pinpoint"))


def _ranged(tokens: list[Token], run: Run) -> bool:
    """Whether a page run is a range of two numbers (`301–27`, `33–41`)."""
    _, a, b = run
    return b - a == 3 and tokens[a].text.isdecimal() and tokens[b - 1].text.isdecimal()


def _pinpointed(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b between two page runs are a comma, the pinpoint's word and maybe its
    period and a page's word with its period (`, at`, `, здесь с.`, `, burada s.`)."""
    words = [t.text for t in tokens[a:b] if t.text not in ",."]
    if words[:1] == ["("] and tokens[a].text == "(":  # MHRA's `45–67 (p. 50)`, no `(ll. 5–9)`
        return len(words) == 2 and f"{words[1]}.".casefold() in _page_words()
    if not words or tokens[a].text != "," or words[0].casefold() not in _pinpoints():
        return False
    return len(words) == 1 or (len(words) == 2 and len(words[1]) <= 2 and words[1].isalpha())


def pinpoint_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page range followed by a pinpoint page in no field: the pinpoint is the
    page the note cites (its word too, when the model read it as the page's)."""
    if text_set(tokens).isdisjoint(_words_as_written()):
        return found  # most notes (at C speed): no pinpoint's word
    pages = [j for j, run in enumerate(found) if run[0] == "page"]
    for j, k in itertools.pairwise(pages):
        first, second = found[j], found[k]
        if not _ranged(tokens, first) or any(run[0] != OTHER for run in found[j + 1 : k]):
            continue
        number = next((i for i in range(second[1], second[2]) if tokens[i].text.isdecimal()), None)
        if number is None or not _pinpointed(tokens, first[2], number):
            continue
        out = [*found[:j], (OTHER, first[1], first[2]), *found[j + 1 : k]]
        if number > second[1]:
            out.append((OTHER, second[1], number))  # `here` + `310`: the word is no page
        return [*out, ("page", number, second[2]), *found[k + 1 :]]
    return found


@functools.cache
def _page_words() -> frozenset[str]:
    """The page labels of every language, case-folded (`p.`, `pp.`, `s.`, `с.`)."""
    return frozenset(w.casefold() for w in shipped_words("page"))


@functools.cache
def _words_as_written() -> frozenset[str]:
    """The pinpoint's words as a token holds them, lower-case and capitalised."""
    return frozenset(f for w in _pinpoints() for f in (w, w.capitalize())) | {"("}
