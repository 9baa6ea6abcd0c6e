"""English journals written out `Journal, Volume 5, Number 2` (or `Vol. 5, No. 2`): when the
model read the volume and the issue into the host's run, both numbers come out of it, each by
its own label word, the host's name ending before the comma."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.bare_numbers import issue_words
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["numbers_out_of_host"]


def _number_after(tokens: list[Token], k: int) -> int | None:
    """The number's token after the label word at `k` (its period between), else None."""
    n = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else k + 1
    return n if n < len(tokens) and tokens[n].text.isdecimal() else None


def numbers_out_of_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run that closes on `, Volume N, Number M` split into the host,
    its volume and its issue, when the note reads neither."""
    if "Bvolume" not in marks_union(marks):
        return list(found)  # no volume's word (most notes)
    labels = {label for label, _, _ in found}
    if labels & {"volume", "issue"} or "container-title" not in labels:
        return list(found)  # most notes
    for j, (label, a, b) in enumerate(found):
        if label != "container-title":
            continue
        for c in range(a + 1, b - 3):
            if tokens[c].text != "," or "Bvolume" not in marks[c + 1]:
                continue
            volume = _number_after(tokens, c + 1)
            if volume is None or volume + 2 >= b or tokens[volume + 1].text != ",":
                continue
            word = volume + 2
            issue = _number_after(tokens, word)
            if issue is None or issue + 1 != b:
                continue
            if "issue" not in marks[word] and tokens[word].text not in issue_words():
                continue
            runs: list[Run] = [
                ("container-title", a, c),
                (OTHER, c, volume),
                ("volume", volume, volume + 1),
                (OTHER, volume + 1, issue),
                ("issue", issue, b),
            ]
            return [*found[:j], *runs, *found[j + 1 :]]
    return list(found)
