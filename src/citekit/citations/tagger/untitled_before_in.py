"""A chapter's title the model left unread before the `In:` of its host (SAGE Harvard's
`Ruiz P (2021) Turkey. In: Lane D and Kovács R (eds) Electoral Systems of Eurasia. 2nd edn.
…`): a short title, a country's or a subject's name, reads as no field, and the model takes
the host's name for the title. When the sentence between the work's date and `In:` is read as
no field and no title stands before `In:`, that sentence is the title and the title the model
read after `In:` is the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["title_before_in"]

_MAX_WORDS: Final = 12  # words of such a title at most
_CLOSES: Final = frozenset({")", "."})  # what closes the date before it: `(2021)`, `2021.`


def title_before_in(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the unread sentence before `In:` read as the title (see the module's doc)."""
    if "In" not in text_set(tokens) or not any(run[0] == "issued" for run in found):
        return found
    k = next((i for i, t in enumerate(tokens) if t.text == "In"), -1)
    if k < 3 or tokens[k - 1].text != "." or k + 1 >= len(tokens) or tokens[k + 1].text != ":":
        return found
    labels = labels_at(found, len(tokens))
    if "title" in labels[:k] or "container-title" in labels or "title" not in labels[k:]:
        return found
    d = max((i for i in range(k) if labels[i] == "issued"), default=-1)
    if d < 0:
        return found
    s = d + 1
    while s < k and tokens[s].text in _CLOSES:
        s += 1
    words = tokens[s : k - 1]
    if not words or len(words) > _MAX_WORDS or any(labels[i] != OTHER for i in range(s, k - 1)):
        return found
    if not words[0].text[:1].isupper() or not any(w.text.isalpha() for w in words):
        return found
    t = labels.index("title", k)
    e = t
    while e < len(labels) and labels[e] == "title":
        e += 1
    labels[s : k - 1] = ["title"] * (k - 1 - s)
    labels[t:e] = ["container-title"] * (e - t)
    return runs(labels)
