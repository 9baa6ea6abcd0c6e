"""A host's name of two sentences (`// Государственное управление. Электронный вестник. 2020.
№ 78`, `// Вестник КазНУ. Серия историческая. 2015`, `// ҚазҰУ Хабаршысы. Тарих сериясы`):
a periodical names its series or its kind after its title's period, and both are the name it
is cited by. Two pieces the model read as the host right after GOST's `//`, with only that
period between, are one host, kept whole."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.tokens import Token, double_slash, text_set
from citekit.languages import shipped_words

__all__ = ["host_over_gap", "host_over_period"]

_HOST: Final = "container-title"


def host_over_period(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two host runs a period alone parts read as one (see the module's doc)."""
    if "/" not in text_set(tokens):
        return found  # no `//` in the note
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != _HOST or found[j + 2][0] != _HOST:
            continue
        gap, after = found[j + 1], found[j + 2]
        if gap[1] != b or gap[2] != b + 1 or tokens[b].text != "." or after[1] != b + 1:
            continue
        if a < 2 or tokens[a - 1].text != "/" or tokens[a - 2].text != "/":
            continue  # GOST's host after `//` only (`The World Factbook. CIA.`: a site, its body)
        return [*found[:j], (_HOST, a, after[2]), *found[j + 3 :]]
    return found


_TRIM: Final = frozenset({".", ",", ":", ";"})
# what ends a host's name inside GOST's area: its description, a part, a bracket
_STOPS: Final = frozenset({".", ":", ";", "[", "("})
_SHORT: Final = 2  # letters of a role's word too short to tell (`s`, `ed` stand in names too)


@functools.cache
def _roles() -> frozenset[str]:
    """The first words of the editors' and translators' labels (`Hazırlayan`, `перевод`)."""
    words = shipped_words("editor") | shipped_words("translator")
    firsts = (w.split()[0].rstrip(".").casefold() for w in words if w.split())
    return frozenset(w for w in firsts if len(w) > _SHORT)


def host_over_gap(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words the model left to no field inside GOST's host, between `//` and
    the slash of its editors (`// China’s Belt and Road Initiative and Its Impact in Central
    Asia / ed. by …`), given to the host when only words stand there: no period, colon or
    bracket (`// Казахстан и мир: Сб. науч. тр. /`, `. Кн. 2 /`: the host's description or
    part)."""
    k = double_slash(tokens)
    if k is None:
        return found
    labels = labels_at(found, len(tokens))
    s = k + 2
    if s >= len(tokens) or labels[s] != _HOST:
        return found
    e = s
    while e < len(tokens) and tokens[e].text != "/" and labels[e] in (_HOST, OTHER):
        if tokens[e].text in _STOPS or tokens[e].text.casefold() in _roles():
            return found  # GOST's ` : сб. ст.`, `. Кн. 2`, `: [в 30 т.]`: a description or a part
        e += 1
    if e >= len(tokens) or tokens[e].text != "/":
        return found  # the host does not close on its editors' slash
    while e > s and tokens[e - 1].text in _TRIM:
        e -= 1
    if all(labels[i] == _HOST or not tokens[i].text.isalpha() for i in range(s, e)):
        return found  # no word left out
    return painted(found, (_HOST, s, e))
