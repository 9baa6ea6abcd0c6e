"""An author's collected works cited by their abbreviated name: `Пушкин А. С. Собр. соч. Т. 6.`,
`Толстой Л. Н. Полн. собр. соч. Т. 53.`, `Ломоносов М. В. Избр. произв.`. Every period of the
name is an abbreviation's, none a sentence's end: a title run the model closed at the name's
first period (`Собр`) takes in the rest of the name (`[types] collected_works`), its words
that no field holds."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, tokenize
from citekit.languages import shipped_type_words

__all__ = ["collected_title"]


@functools.cache
def _names() -> tuple[tuple[str, ...], ...]:
    """The `[types] collected_works` names written with an abbreviation's period, as tokens,
    longest first."""
    found = {
        tuple(t.text for t in tokenize(w))
        for w in shipped_type_words("collected_works")
        if "." in w
    }
    return tuple(sorted(found, key=len, reverse=True))


def collected_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at an abbreviated collected works' first period carried to
    the name's end (see the module's doc)."""
    j = next((i for i, run in enumerate(found) if run[0] == "title"), None)
    if j is None:
        return found
    _, a, b = found[j]
    texts = [t.text for t in tokens[a : a + 8]]
    for name in _names():
        if tuple(texts[: len(name)]) != name:
            continue
        end = a + len(name) - (1 if name[-1] == "." else 0)  # the last period: the decoder's
        if end <= b:
            return found
        after = [run for run in found[j + 1 :] if run[1] < end]
        if any(run[0] != OTHER for run in after):
            return found
        rest = [(label, max(s, end), e) for label, s, e in found[j + 1 :] if e > end]
        return [*found[:j], ("title", a, end), *rest]
    return found
