"""An author known by one name or a name and a title, written as a sentence of its own before
the work (Chicago's bibliography of Ottoman and medieval authors: `Âşıkpaşazâde.
Âşıkpaşazâde Tarihi. Edited by Necdet Öztürk.`, `Tursun Beg. The History of Mehmed the
Conqueror. Translated by Halil İnalcık …`, `Şükrullah. Behcetü’t-Tevârîh. Translated by …`):
with no comma to invert the name, the model runs it into the title. A first sentence of one
to three capitalised words, no article opening it, before a title's sentence that an editor's
or a translator's words follow, is the author."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["name_sentence_before_title"]

_MAX_WORDS: Final = 3  # `Selânikî Mustafa Efendi`
_GLUED: Final = frozenset({"'", "’", "-", "ʿ"})  # inside a name's word (`Ebü'l-Hayr`)


@functools.cache
def _articles() -> frozenset[str]:
    """Every language's articles (`[words] articles`: `the`, `a`, `der`), case-folded."""
    return frozenset(w.casefold() for w in shipped_words("articles"))


def _name_words(tokens: list[Token], a: int, k: int) -> bool:
    """Whether tokens `a`..`k` are one to three capitalised words (their glued marks aside)."""
    words = [t.text for t in tokens[a:k] if t.text not in _GLUED]
    return (
        0 < len(words) <= _MAX_WORDS
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and words[0].casefold() not in _articles()
    )


def name_sentence_before_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a name's sentence opening the title's run read as the author (see the
    module's doc)."""
    if any(run[0] == "author" for run in found) or not found or found[0][0] != "title":
        return found
    _, a, b = found[0]
    k = next(
        (i for i in range(a + 1, min(b, a + 2 * _MAX_WORDS + 2)) if tokens[i].text == "."), None
    )
    if k is None or k + 1 >= b or not _name_words(tokens, a, k):
        return found
    if not tokens[k + 1].text[:1].isupper() or tokens[k - 1].end != tokens[k].start:
        return found
    if b + 1 >= len(tokens) or tokens[b].text != "." or not marks[b + 1] & ROLES.keys():
        return found  # no editor's or translator's words after the title
    return painted(painted(found, ("author", a, k)), (OTHER, k, k + 1))
