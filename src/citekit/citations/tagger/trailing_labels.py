"""A number's label written after it. Hungarian closes a number with a period, as it writes an
ordinal, and puts the label after it: the cited page `87. o.`, `45–48. old.`, the issue `2.
sz.`; the total pages follow their number with no period between (`212 o.`, as GOST's `320
с.`). A number the model read as no field, with a page's or an issue's label after its period,
or an extent's label right after it, is that field, when no number follows a page's label
(`2015. s. 73`: the label opens the pages after it)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.phrases import bare_labels
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["labels_after_numbers"]

_PAGE: Final = ("page_after",)  # `[words] page_after`: `o.`, `old.`
_ISSUE: Final = ("issue_after",)
_EXTENT: Final = ("extent_after",)
# what the model may have read such a number as: none, the total pages or a volume (`87.`
# after a year), or the field itself
_OPEN: Final = frozenset({OTHER, "number-of-pages", "volume", "page"})


def _label_end(tokens: list[Token], k: int) -> bool:
    """Whether the label at token `k` is closed by its period."""
    return k + 1 < len(tokens) and tokens[k + 1].text == "."


def _number_after(tokens: list[Token], k: int) -> bool:
    """Whether a number follows the label at token `k` and its period."""
    return k + 2 < len(tokens) and tokens[k + 2].text[:1].isdigit()


def _numbers_start(tokens: list[Token], e: int) -> int:
    """The first token of a number or a range of numbers ending before token `e`."""
    a = e - 1
    if a >= 2 and tokens[a - 1].text in DASHES and tokens[a - 2].text.isdecimal():
        a -= 2
    return a


def labels_after_numbers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with numbers labelled after them read as their fields (see the module's doc)."""
    pages = bare_labels(_PAGE, abbreviated=True)
    issues = bare_labels(_ISSUE, abbreviated=True)
    extents = bare_labels(_EXTENT, abbreviated=True)
    texts = text_set(tokens)
    if texts.isdisjoint(pages) and texts.isdisjoint(issues) and texts.isdisjoint(extents):
        return found  # no such label: most notes
    labels: list[str] | None = None
    for k in range(2, len(tokens)):
        text = tokens[k].text
        if not _label_end(tokens, k):
            continue
        if tokens[k - 1].text == "." and tokens[k - 2].text.isdecimal():
            field = "page" if text in pages else "issue" if text in issues else None
            end = k - 1
        elif tokens[k - 1].text.isdecimal() and text in extents:
            field, end = "number-of-pages", k
        else:
            continue
        if field is None or (field != "issue" and _number_after(tokens, k)):
            continue  # (`2. sz. 145–168`: the pages after an issue's label)
        start = _numbers_start(tokens, end)
        if is_year(tokens[end - 1].text) and start == end - 1:
            continue  # `2015. s.`: the year's sentence, a label opening what follows
        if labels is None:
            labels = labels_at(found, len(tokens))
        if any(label not in _OPEN for label in labels[start : k + 1]) or field in labels:
            continue
        labels[start:end] = [field] * (end - start)
    return found if labels is None else runs(labels)
