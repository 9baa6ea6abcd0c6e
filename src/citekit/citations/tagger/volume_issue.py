"""Turkish numbers a journal's volume and issue `C. 5, S. 12`: the capital `S.` right after the
volume's number is the issue (sayı), the small `s.` the page (sayfa). An article's one number
after `C. 5, S.`, with no other page (`Bilig, C. 5, S. 12.`), is its issue; of two, the first
(`…, C. 5, S. 12, s. 45`) is read by `pages.issue_before_page`. A volume's word and number
closing a journal's name are no part of it (`Bilig C. 5, S. 12 (2019): 45-60`, `Central Asian
Survey Vol. 5, No. 2`): the number is the volume."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["issue_after_volume", "volume_out_of_host"]


def issue_after_volume(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an article's one page read as the issue when its label word is also an
    issue's, written in capitals, right after the volume's number and its comma."""
    if "issue" not in marks_union(marks):
        return list(found)  # no issue's word in the note
    pages = [j for j, run in enumerate(found) if run[0] == "page"]
    labels = [label for label, _, _ in found]
    if len(pages) != 1 or "issue" in labels or "container-title" not in labels[: pages[0]]:
        return list(found)  # most notes
    j = pages[0]
    _, a, b = found[j]
    if b - a != 1 or a < 4 or not tokens[a].text.isdecimal():
        return list(found)  # a range: pages
    word, period, comma = tokens[a - 2], tokens[a - 1], tokens[a - 3]
    if period.text != "." or comma.text != "," or not (word.text.isalpha() and word.text.isupper()):
        return list(found)
    if "issue" not in marks[a - 2]:
        return list(found)
    volume = next((run for run in found if run[1] <= a - 4 < run[2]), None)
    if volume is None or volume[0] != "volume" or volume[2] != a - 3:
        return list(found)  # `C. 5,` must stand right before
    out = list(found)
    out[j] = ("issue", a, b)
    return out


def volume_out_of_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a volume's word (its period) and number that close a host's run taken out
    of it: the word and period to no field, the number to the volume when none is read."""
    if "Bvolume" not in marks_union(marks):
        return list(found)  # no volume's word in the note
    out: list[Run] = []
    has_volume = any(label == "volume" for label, _, _ in found)
    for label, a, b in found:
        k = _volume_tail(tokens, marks, a, b) if label == "container-title" else None
        if k is None:
            out.append((label, a, b))
            continue
        number = b - 1 if tokens[b - 1].text.isdecimal() else b
        out.extend([(label, a, k), (OTHER, k, number)])
        if number < b:
            out.append(("volume" if not has_volume else OTHER, number, b))
    return out


def _volume_tail(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where a volume's word closing the host's run `a:b` starts (`Bilig C. 5`, `Survey Vol.`):
    after a word of the host, then only its period and a number."""
    for k in range(a + 1, b):
        if "Bvolume" not in marks[k] or not tokens[k].text[:1].isupper():
            continue
        n = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else k + 1
        if n < len(tokens) and tokens[n].text.isdecimal() and b <= n + 1:
            return k  # the word, its period, then its number (in the run or after it)
    return None
