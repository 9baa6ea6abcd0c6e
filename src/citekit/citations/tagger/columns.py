"""A column after a page (`С. 3, стб. 2`, `s. 2, 3. sütun`, `p. 4, col. 2`): CSL has no
column, so the column's word and number are read as no field (reported as text citekit does
not carry), and the number before them is the page's, whatever the model read it as. A column
with no page before it (`Стб. 45–50`, an encyclopedia's) stays the page's, as GOST has it."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.phrases import (
    Phrases,
    bare_labels,
    folded_phrases,
    phrase_heads,
    phrase_match,
)
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["column_after_page", "columns_lost"]

_COMMAS: Final = frozenset({",", ";"})


def _phrases() -> Phrases:
    return folded_phrases(frozenset(shipped_words("column")))


def _numeric(token: Token) -> bool:
    """A page's or a column's number: digits, or a range of them (`2–3`)."""
    text = token.text
    return bool(text) and text[0].isdigit() and all(c.isdigit() or c in "–-" for c in text)


def _column(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of the column whose word opens at token `k`: `стб. 2` or `3. sütun`."""
    end = phrase_match(tokens, k, _phrases())
    if end is None:
        return None
    if end < len(tokens) and _numeric(tokens[end]):
        close = end + 1
        if close + 1 < len(tokens) and tokens[close].text in "–-" and _numeric(tokens[close + 1]):
            close += 2  # a range of columns: `стб. 2–3`
        return k, close  # the word before its number
    if k >= 2 and tokens[k - 1].text == "." and _numeric(tokens[k - 2]):
        return k - 2, end  # an ordinal number before the word
    if k >= 1 and _numeric(tokens[k - 1]):
        return k - 1, end
    return None


def _page_before(tokens: list[Token], start: int) -> int | None:
    """The page's number before a column that opens at `start`, after its label."""
    k = start - 1
    if k < 0 or tokens[k].text not in _COMMAS:
        return None
    k -= 1
    if k < 2 or not _numeric(tokens[k]):
        return None
    label = k - 1
    if tokens[label].text == ".":
        label -= 1
    if label >= 0 and tokens[label].text in bare_labels(("page",)):
        return k
    return None


def _columns(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """The page's number and the column's span (from its page's comma) of each column after
    a page in `tokens`."""
    heads = phrase_heads(_phrases())
    if heads.isdisjoint(casefolded_set(tokens)):
        return []  # most notes
    found: list[tuple[int, int, int]] = []
    for k, token in enumerate(tokens):
        if token.text.casefold() not in heads or (span := _column(tokens, k)) is None:
            continue
        if (page := _page_before(tokens, span[0])) is not None:
            found.append((page, span[0], span[1]))
    return found


def column_after_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a column after a page read as no field (see the module's doc)."""
    columns = _columns(tokens)
    if not columns:
        return found
    labels = labels_at(found, len(tokens))
    for page, _start, end in columns:
        labels[page] = "page"
        end += end < len(tokens) and tokens[end].text == "."
        for j in range(page + 1, end):
            labels[j] = OTHER
    return runs(labels)


def columns_lost(text: str, tokens: list[Token]) -> tuple[str, ...]:
    """The columns after a page in `tokens`, as `text` writes them: no field holds them."""
    return tuple(text[tokens[a].start : tokens[b - 1].end] for _p, a, b in _columns(tokens))
