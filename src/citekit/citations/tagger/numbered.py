"""A run that is only a volume's or issue's label and its number (`iss. 1—2`, `no. 3`) is that
volume or issue, never a title: the model read such a run after the host's volume as a title
(`Vol. 8, iss. 1—2`). The label words are the language files' (the lexicon's marks)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["issue_part", "numbered_runs"]

_FIELDS: Final = ("volume", "issue")
_OPENERS: Final = frozenset("B" + f for f in _FIELDS)  # the marks of the fields' words


def _numbers(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a number or a range of numbers (`1—2`, `12`)."""
    texts = [t.text for t in tokens[a:b]]
    return (
        bool(texts)
        and texts[0].isdigit()
        and texts[-1].isdigit()
        and all(t.isdigit() or t in DASHES for t in texts)
    )


def numbered_runs(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run made of a volume's or issue's label and number read as that
    field, when the note has no other run of it."""
    if marks_union(marks).isdisjoint(_OPENERS):
        return list(found)  # no volume's or issue's word in the note
    out: list[Run] = []
    for run in found:
        label, a, b = run
        said = [f for f in _FIELDS if "B" + f in marks[a]] if label == "title" else []
        if len(said) != 1 or any(r[0] == said[0] for r in found):
            out.append(run)
            continue
        k = a + 1
        while k < b and not tokens[k].text[0].isdigit() and said[0] in marks[k]:
            k += 1  # the label's period
        if k < b and _numbers(tokens, k, b):
            out += [(OTHER, a, k), (said[0], k, b)]
        else:
            out.append(run)
    return out


def issue_part(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a volume the model read inside the brackets right after an issue's number
    given to no field: the issue's part (`№ 1 (ч. II)`, as a gazette's issues are printed in
    parts), not a volume, unless a volume's own word stands in the brackets."""
    out = list(found)
    for j in range(1, len(out) - 1):
        label, a, b = out[j]
        if label != "volume" or b >= len(tokens) or tokens[b].text != ")":
            continue
        issue = next((r for r in reversed(out[:j]) if r[0] != OTHER), None)
        if issue is None or issue[0] != "issue":
            continue
        between = range(issue[2], a)
        opened = [k for k in between if tokens[k].text == "("]
        if (
            len(opened) == 1
            and opened[0] == issue[2]
            and not any("volume" in marks[k] for k in between)
        ):
            out[j] = (OTHER, a, b)
    return out
