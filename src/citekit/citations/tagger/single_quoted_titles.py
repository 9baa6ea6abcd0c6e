"""A title in single quotes that the model read with its quotes and on past them (`Samuel
Ramani, 'Russia's Security Role in Central Asia after the Fall of Kabul', Commentary, RUSI,
8 September 2021`): the title is what the quotes hold, up to the closing quote glued to its
last word and followed by a comma or a period (an apostrophe inside a word, `Russia's`, is
followed by its letters); the capitalised words after it up to the run's end (a title that
goes on in small words after a quoted phrase is one) are the host when no other
is read, an online piece's genre word before it (`[types] web_genre`: `Commentary`) its
genre."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words

__all__ = ["single_quoted_title"]

_SINGLE: Final = {"'": "'", "‘": "’"}  # an opening mark and its closing one


@functools.cache
def _genres() -> frozenset[str]:
    return frozenset(w for w in shipped_type_words("web_genre") if " " not in w)


def _closing(tokens: list[Token], a: int, b: int) -> int | None:
    """The closing quote of the quote opened at token `a`, inside the run `a:b`."""
    closer = _SINGLE[tokens[a].text]
    for k in range(a + 2, b):
        if tokens[k].text != closer or tokens[k].start != tokens[k - 1].end:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].text in ",.":
            return k
    return None


def single_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a single-quoted title read inside its quotes (see the module's doc)."""
    texts = text_set(tokens)
    if "'" not in texts and "‘" not in texts:
        return found  # most notes
    for j, (label, a, b) in enumerate(found):
        if label != "title" or tokens[a].text not in _SINGLE:
            continue
        c = _closing(tokens, a, b)
        if c is None:
            continue
        rest = [t.text for t in tokens[c + 2 : b]]
        if any(w[:1].islower() or w in _SINGLE for w in rest):
            continue  # `‘Mezarlıkta ağlayan kız’, Türkiye’nin ilk …`: the title goes on
        out = [*found[:j], (OTHER, a, a + 1), ("title", a + 1, c), (OTHER, c, c + 2)]
        if c + 2 < b:
            hosted = any(run[0] == "container-title" for run in found)
            d = c + 2
            if tokens[d].text in _genres() and d + 2 < b and tokens[d + 1].text == ",":
                out += [("genre", d, d + 1), (OTHER, d + 1, d + 2)]  # `Commentary, RUSI`
                d += 2
            out.append((OTHER if hosted else "container-title", d, b))
        return [run for run in [*out, *found[j + 1 :]] if run[1] < run[2]]
    return found
