"""A number the model read as a title after a dated periodical (`Pravda, 12 March 1930, 2-3.`):
a title is words, so digits alone after the date's comma are the cited page."""

from __future__ import annotations

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["page_not_title"]


def _numbers(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a number or a range of numbers (`2`, `2-3`, `12–14`)."""
    texts = [t.text for t in tokens[a:b]]
    if not texts[0].isdigit() or not texts[-1].isdigit() or len(texts) not in (1, 3):
        return False
    return len(texts) == 1 or texts[1] in DASHES


def page_not_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the only title run read as the page when it is digits alone after a date
    and its comma, and no page is read."""
    titles = [k for k, run in enumerate(found) if run[0] == "title"]
    if len(titles) != 1 or any(run[0] == "page" for run in found):
        return list(found)
    k = titles[0]
    _, a, b = found[k]
    if a < 2 or tokens[a - 1].text != "," or not _numbers(tokens, a, b):
        return list(found)
    before = next((run for run in reversed(found[:k]) if run[2] <= a - 1), None)
    if before is None or before[0] != "issued" or before[2] != a - 1:
        return list(found)
    return [*found[:k], ("page", a, b), *found[k + 1 :]]
