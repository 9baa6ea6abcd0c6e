"""A site named as one before a quoted title is its host. A web page is cited by the site's
name, then the page's title in quotes (`Официальный сайт Министерства иностранных дел, «…»,
21.12.2015, https://…`, `Dışişleri Bakanlığı resmi sitesi, “…”`, `Official website of the
President, "…"`): a run the model read as a first title that names a site by its `[types]
site` word is the host's, the quoted run the title; so is one read as the author, or the head
of a title run that holds the site's name, a comma and the quoted title (`Ақорданың ресми
сайты, «…»`)."""

from __future__ import annotations

import itertools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue

__all__ = ["site_before_quote"]

_HEADS: Final = frozenset({"title", "author"})


def site_before_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run naming a site read as the host when a quoted title follows
    it with nothing but marks between (see the module)."""
    named = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    for j, (label, a, b) in named:
        cut = _quoted_rest(tokens, a, b) if label == "title" else None
        if cut is not None and has_type_cue("site", " ".join(t.text for t in tokens[a:cut])):
            out = list(found)
            out[j : j + 1] = [("container-title", a, cut), ("title", cut + 2, b - 1)]
            return out
    for (j, (label, a, b)), (_, (after, c, _)) in itertools.pairwise(named):
        if label not in _HEADS or after != "title" or c < 1 or tokens[c - 1].text not in QUOTES:
            continue
        if label == "author" and any(run[0] == "container-title" for run in found):
            return list(found)  # `Channel, «…», YouTube`: the host named, the head its author
        if any(t.text.isalnum() for t in tokens[b : c - 1]):
            continue
        if has_type_cue("site", " ".join(t.text for t in tokens[a:b])):
            out = list(found)
            out[j] = ("container-title", a, b)
            return out
        return list(found)
    return list(found)


def _quoted_rest(tokens: list[Token], a: int, b: int) -> int | None:
    """The comma's index in the run a..b when the run is a name, a comma and a title wholly
    in quotes that closes the run (`Site , « Title »`), else None."""
    while b > a and tokens[b - 1].text in ".,":
        b -= 1
    comma = next((k for k in range(a + 1, b - 2) if tokens[k].text == ","), None)
    if comma is None or tokens[comma + 1].text not in QUOTES:
        return None
    closing = QUOTES[tokens[comma + 1].text]
    inner = tokens[comma + 2 : b - 1]
    if tokens[b - 1].text != closing or not inner or any(t.text == closing for t in inner):
        return None
    return comma
