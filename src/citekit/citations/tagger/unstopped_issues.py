"""An issue's word written without its period, as the Scopus-style romanised reference lists
of Central Asian and Russian journals write it (`Vestnik KazNU. Seriia istoricheskaia, no 2
(77), pp. 45–52.`, `Cahiers du Monde russe, vol. 45, no 1–2, pp. 137–192.`): a bare label
after the list's comma (the language files' `[words] issue_bare`, in any case), before a number
or a range, opens the issue, whatever the model read its numbers as. The number the issue's
bracket holds is the journal's running count; the issue is the first number (or range), as for
`№ 2 (77)`."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import DASHES, Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["unstopped_issue"]

_NUMBERED: Final = frozenset({OTHER, "volume", "issue", "page"})  # what the model read there


@functools.cache
def _bare_labels() -> frozenset[str]:
    """The issue's labels written with no period (`[words] issue_bare`: `No`, `Number`), in
    any case (`no 2 (77)`)."""
    return frozenset(w.casefold() for w in shipped_words("issue_bare"))


def _number_end(tokens: list[Token], k: int) -> int | None:
    """Where the number or range that starts at `k` ends (`2`, `1–2`), None if none starts."""
    if k >= len(tokens) or not tokens[k].text.isdecimal():
        return None
    if k + 2 < len(tokens) and tokens[k + 1].text in DASHES and tokens[k + 2].text.isdecimal():
        return k + 3
    return k + 1


def unstopped_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a bare `no` read as the issue (see the module's doc)."""
    words = _bare_labels()
    if casefolded_set(tokens).isdisjoint(words):
        return found  # most notes: one look-up
    labels = labels_at(found, len(tokens))
    changed = False
    for k in range(1, len(tokens) - 1):
        if tokens[k].text.casefold() not in words or tokens[k - 1].text != ",":
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
