"""A host book named after an "In" word inside the part's own sentence: `Советский кишлак, в
кн.: Центральная Азия в составе Российской империи. М., 2008`, `Туркестан … // в его кн.:
Сочинения. Т. 1`. The words after `в кн.:`, `в сб.:`, `В:`, `In:` (the language files' `[words]
in`) are the host's name, never the part's title, whatever the model read them as."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["after_in", "host_after_in_word", "host_before_editor"]

_SEPARATORS: Final = DASHES | {",", ".", ";", "/"}  # before the "In" word
_PERSONS: Final = frozenset({"editor", "translator"})


def after_in(tokens: list[Token], a: int) -> bool:
    """Whether the run at `a` follows an `In` word (`In:`, `In`) that opens a host (ISO 690's
    `In: Central Asia in transition. Almaty: KISI, 2011`: the host, then its imprint)."""
    k = a - 1 if a >= 1 and tokens[a - 1].text == ":" else a
    return k >= 1 and tokens[k - 1].text == "In"


def _in_end(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int | None:
    """The end of the "In" word opening at token `k` (its colon in) before `b`, or None when
    it is GOST's `//` or no colon closes it (`в кн.:`, `В:`)."""
    if tokens[k].text == "/" or "Bin" not in marks[k]:
        return None
    i = k + 1
    while i < b and "in" in marks[i] and "Bin" not in marks[i] and tokens[i].text != ":":
        i += 1
    if i < b and tokens[i].text == ":":
        i += 1
    elif tokens[i - 1].text != ":":
        return None
    return i if i < b else None


def host_after_in_word(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run cut before an "In" word inside it (what follows is the host),
    and a host run that is the "In" word alone given the title run after it."""
    if "Bin" not in marks_union(marks):
        return found  # no "In" word (most notes): one look-up
    labels = [run[0] for run in found]
    for j, (label, a, b) in enumerate(found):
        if label == "container-title" and all("in" in marks[i] for i in range(a, b)):
            # `// в его кн.: Сочинения`: the "In" word read as the host, the host as a title
            later = next((n for n in range(j + 1, len(found)) if found[n][0] != OTHER), None)
            if later is None or found[later][0] != "title" or labels.count("title") < 2:
                return found
            _, c, d = found[later]
            return [
                *found[:j],
                (OTHER, a, b),
                *found[j + 1 : later],
                ("container-title", c, d),
                *found[later + 1 :],
            ]
        if label != "title" or "container-title" in labels:
            continue
        for k in range(a + 1, b - 1):
            end = _in_end(tokens, marks, k, b)
            if end is None:
                continue
            cut = k
            while cut > a and tokens[cut - 1].text in _SEPARATORS:
                cut -= 1
            if cut == a:
                return found
            new: list[Run] = [("title", a, cut), (OTHER, cut, end), ("container-title", end, b)]
            return [*found[:j], *new, *found[j + 1 :]]
    return found


def host_before_editor(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the words between an "In" word and an editor's role word read as the host's
    title when a person's name follows the role (`In: Orta Asya Tarihi, ed. M. Saray. Ankara`,
    `In: Ferghana Valley, ed. S. F. Starr.`): the model took the host for a first editor."""
    if "Bin" not in marks_union(marks) or "container-title" in (run[0] for run in found):
        return found  # no "In" word (most notes), or a host already read
    for j in range(len(found) - 2):
        label, a, b = found[j]
        gap, c, d = found[j + 1]
        if label != "editor" or gap != OTHER or found[j + 2][0] not in _PERSONS or a < 2:
            continue
        opening = a - 2 if tokens[a - 1].text == ":" else a - 1
        if "in" not in marks[opening] or not any("editor" in marks[i] for i in range(c, d)):
            continue
        if tokens[c].text != ",":
            continue
        return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
    return found
