"""Turkish labels a periodical's issue `S.` (Sayı) and a page `s.` (sayfa): one letter, told by
its case. In a note that holds both, the number after the capital `S.` is the issue, the one
after the small `s.` the page, whatever the model read there (`Hayat Mecmuası, S. 45, 3 Ekim
1927, s. 8.`, `Sırat-ı Müstakim, S. 120, 1326, s. 4-6.`): a number the model left to no field
(or read as the page) after the capital label is the issue, in a note with none; a name that
opens the note right before it is the periodical's. The letters are the languages' data: a
page's term of one small letter (`[terms] page = "s."`) whose capital the same language lists
as an issue's label (`[words] issue`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import SHORT_DASHES, Token, text_set
from citekit.languages import available_languages, language

__all__ = ["capital_issue"]

_DIGITS: Final = 5  # an issue's digits at most (a year's number is no issue here: `S. 1927`)


@functools.cache
def _cased_labels() -> tuple[tuple[str, str], ...]:
    """The (issue, page) letters a language tells apart by case alone (Turkish `S`, `s`)."""
    found: set[tuple[str, str]] = set()
    for code in available_languages():
        lang = language(code)
        page = lang.terms.get("page", "")
        letter = page.removesuffix(".")
        one = page.endswith(".") and len(letter) == 1 and letter.islower()
        if one and f"{letter.upper()}." in lang.words.issue:
            found.add((letter.upper(), letter))
    return tuple(sorted(found))


def _labelled(tokens: list[Token], k: int, letter: str) -> bool:
    """Whether tokens `k`, `k + 1` are the letter and its glued period, a number after them."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == letter
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 2].text.isdecimal()
    )


def capital_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a capital `S.` read as the issue when a small `s.` labels
    the page and neither an issue nor the number has a field (see the module's doc)."""
    if any(run[0] == "issue" for run in found):
        return found
    texts = text_set(tokens)
    for issue, page in _cased_labels():
        if page not in texts:
            continue  # no small page label in the note (most notes)
        small = next((k for k in range(len(tokens) - 2) if _labelled(tokens, k, page)), None)
        if small is not None:
            return _issue_before(tokens, found, issue, small)
    return found


def _issue_before(tokens: list[Token], found: list[Run], issue: str, small: int) -> list[Run]:
    """`found` with the number after the capital label `issue`, before the small page label at
    token `small`, read as the issue (see `capital_issue`)."""
    for k in range(1, len(tokens) - 2):
        if not _labelled(tokens, k, issue) or tokens[k - 1].text != ",":
            continue
        n = k + 2
        owner = next((run for run in found if run[1] <= n < run[2]), None)
        if owner is None or len(tokens[n].text) > _DIGITS or n > small:
            continue
        if owner[0] != OTHER and owner != ("page", n, n + 1):
            continue  # the number is a field's, or the page's the model read at the capital
        if n + 1 < len(tokens) and tokens[n + 1].text not in {",", ".", "("}:
            continue  # `S. 12/3`, `S. 45-46`: no lone issue number
        out = painted(found, ("issue", n, n + 1))
        if owner[0] == "page" and all(r[1] != small + 2 or r[0] != "page" for r in out):
            out = painted(out, ("page", small + 2, _page_end(tokens, small + 2)))
        head = out[0]
        if head[0] == "title" and head[2] == k - 1 and all(r[0] != "container-title" for r in out):
            out[0] = ("container-title", head[1], head[2])  # the name whose issue it is
        return out
    return found


def _page_end(tokens: list[Token], k: int) -> int:
    """Where the page or the range of pages at token `k` ends (`8`, `4-6`)."""
    if (
        k + 2 < len(tokens)
        and tokens[k + 1].text in SHORT_DASHES
        and tokens[k + 2].text.isdecimal()
    ):
        return k + 3
    return k + 1
