"""A host's run the model opened on its `in` (`"Kenesary Kasymov," in Kazakhstan:
Natsional'naya entsiklopediya [...]`): the word joins the part to its host (`[words] in_bare`)
and is none of the host's name, which opens on the capitalised word after it; a capital one
only opening a sentence (`«…». В Наурыз, …`). After a comma a capital `In` is the name's
(`In Moscow’s Shadows`), and after GOST's `//` the host is named whole (`// В мире науки`)."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["in_before_host"]


@functools.cache
def _in() -> frozenset[str]:
    return frozenset(shipped_words("in_bare"))


def in_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's opening `in` given to no field (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or b - a < 2 or tokens[a].text not in _in():
            continue
        if not tokens[a + 1].text[:1].isupper() or (a > 0 and tokens[a - 1].text == "/"):
            continue  # `// В мире науки`: a journal's name after GOST's mark opens so
        if tokens[a].text[:1].isupper() and (a == 0 or tokens[a - 1].text != "."):
            continue  # `“…,” In Moscow’s Shadows (blog)`: a capital after a comma, the name's
        return [*found[:j], (OTHER, a, a + 1), (label, a + 1, b), *found[j + 1 :]]
    return found
