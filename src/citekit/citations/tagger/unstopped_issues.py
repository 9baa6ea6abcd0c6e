"""An issue's word written without its period, as the Scopus-style romanised reference lists
of Central Asian and Russian journals write it (`Vestnik KazNU. Seriia istoricheskaia, no 2
(77), pp. 45–52.`, `Cahiers du Monde russe, vol. 45, no 1–2, pp. 137–192.`): a bare `no` after
the list's comma, before a number or a range, opens the issue, whatever the model read its
numbers as. The number the issue's bracket holds is the journal's running count; the issue is
the first number (or range), as for `№ 2 (77)`."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["unstopped_issue"]

_WORDS: Final = frozenset({"no", "No"})
_NUMBERED: Final = frozenset({OTHER, "volume", "issue", "page"})  # what the model read there


def _number_end(tokens: list[Token], k: int) -> int | None:
    """Where the number or range that starts at `k` ends (`2`, `1–2`), None if none starts."""
    if k >= len(tokens) or not tokens[k].text.isdecimal():
        return None
    if k + 2 < len(tokens) and tokens[k + 1].text in DASHES and tokens[k + 2].text.isdecimal():
        return k + 3
    return k + 1


def unstopped_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a bare `no` read as the issue (see the module's doc)."""
    if text_set(tokens).isdisjoint(_WORDS):
        return found  # most notes: one look-up
    labels = labels_at(found, len(tokens))
    changed = False
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in _WORDS or tokens[k - 1].text != ",":
            continue
        end = _number_end(tokens, k + 1)
        if end is None:
            continue
        close = end
        if close + 2 < len(tokens) and tokens[close].text == "(" and tokens[close + 2].text == ")":
            close += 3  # `no 3 (128)`: the running count in brackets
        if "issue" in labels[:k] or "issue" in labels[close:]:
            continue
        if close < len(tokens) and tokens[close].text not in ",.":
            continue  # `no 2 of 1998`: the list's comma or the note's period closes the issue
        if any(label not in _NUMBERED for label in labels[k:close]):
            continue
        labels[k : k + 1] = [OTHER]
        labels[k + 1 : end] = ["issue"] * (end - k - 1)
        labels[end:close] = [OTHER] * (close - end)
        changed = True
    return runs(labels) if changed else found
