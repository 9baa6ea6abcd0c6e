"""A word that only ever stands before a name ends no field: a shortened "saint" (`St.`, `Св.`)
and an academic or courtesy title (`Dr.`, `Prof.`, `Hz.`) are followed by the name they belong
to, so their period is the abbreviation's, never the field's. A title the model closed on such
a word (`A History of St` | `Petersburg. London: Routledge`, `The Legacy of Dr` | `Johnson.
Oxford`) goes on through the capitalised name after it, the rest of the run the model read
there keeping its label; and such a word closing an author's inverted name after its period
(`Öztürk, Ali. Hz.` | `Ali vb. Sahabiler …`) opens the title after it. The words are
`[words] saint` and `[names] honorific` (those written with a period)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import available_languages, language, shipped_words

__all__ = ["name_after_prefix", "prefix_opens_title"]

_TITLE: Final = "title"
_SPLITS: Final = frozenset(".,")  # marks the model's next field began with after the name


@functools.cache
def _prefixes() -> frozenset[str]:
    """The shortened words that stand before a name, without their periods (`St`, `Dr`, `Hz`)."""
    saints = {w.rstrip(".") for w in shipped_words("saint")}
    titled = {
        w[:-1] for code in available_languages() for w in language(code).honorifics if w[-1] == "."
    }
    return frozenset(w for w in saints | titled if w[:1].isupper())


def _name(token: Token) -> bool:
    """Whether a token is a capitalised word: the name a prefix stands before."""
    return token.text.isalpha() and token.text[0].isupper()


def name_after_prefix(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title the model closed on a prefix word and its period carried on through
    the name after it (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != _TITLE or b + 1 >= len(tokens) or b - a < 2:
            continue
        if tokens[b - 1].text not in _prefixes() or tokens[b].text != ".":
            continue
        if not _name(tokens[b + 1]):
            continue
        end = b + 2
        while end + 1 < len(tokens) and tokens[end].text == "-" and _name(tokens[end + 1]):
            end += 2  # `St. Jean-Baptiste`
        out = [*found[:j], (_TITLE, a, end)]
        for kind, c, d in found[j + 1 :]:
            if d <= end:
                continue
            if c < end:
                c = end
                while c < d and tokens[c].text in _SPLITS:
                    out.append((OTHER, c, c + 1))  # the name's closing period: no field's
                    c += 1
                if c == d:
                    continue
            out.append((kind, c, d))
        return out
    return found


def prefix_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a prefix word that closes an author's run after the name's own period
    (`Öztürk, Ali. Hz.`) given to the title that follows it (see the module's doc)."""
    for j, (label, a, b) in enumerate(found[:-1]):
        if label != "author" or b - a < 4 or tokens[b - 1].text != ".":
            continue
        if tokens[b - 2].text not in _prefixes() or tokens[b - 3].text != ".":
            continue
        nxt, c, d = found[j + 1]
        if nxt != _TITLE or c != b or not _name(tokens[c]):
            continue
        return [*found[:j], (label, a, b - 2), (_TITLE, b - 2, d), *found[j + 2 :]]
    return found
