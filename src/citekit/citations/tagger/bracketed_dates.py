"""An author-date bracket holds the date whole. APA and its kin write the date after the
authors in one bracket, its year first (`Zhanaltay, Z. (2020, March 5). Title.`, `(2019, 5
Mart)`, `(2020, 5 марта)`), and the title after the bracket's close: a title run that opens
inside the bracket after the year, and runs on past its close, starts after it; the words
before the close are the date's. A title run that closes with the bracket is the date's
whole, and the title is the sentence after the bracket (`Lillis, J. (2019, October 4).
Kazakhstan: Nur-Sultan air pollution reaches alarming levels. Eurasianet.`), not a place and
a publisher."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, glued_to_previous

__all__ = [
    "date_bracket_whole",
    "place_opening_title",
    "sentence_before_address",
    "year_closing_title",
]

_DATE_WORDS: Final = 4  # tokens between the year and the bracket's close at most (`, March 5`)
# what a model may read the title's sentence as once it took the date's words for the title
_TITLE_SENTENCE: Final = frozenset({OTHER, "publisher-place", "publisher", "container-title"})


def date_bracket_whole(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens inside an author-date bracket started after the
    bracket, the words before the close given to the date (see the module)."""
    for j, (label, a, b) in enumerate(found):
        if label != "issued" or a < 1 or tokens[a - 1].text != "(":
            continue
        close = next(
            (k for k in range(b, min(b + _DATE_WORDS + 2, len(tokens))) if tokens[k].text == ")"),
            None,
        )
        if close is None or close == b:
            return list(found)
        inner = tokens[b:close]
        if not any(t.text.isdigit() for t in inner) or any(t.text in "().;:" for t in inner):
            return list(found)
        k = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
        if k is not None and found[k][0] == "title" and b <= found[k][1] < found[k][2] <= close + 1:
            return _title_after_bracket(tokens, found, j, k, close)
        if k is None or found[k][0] != "title" or not b <= found[k][1] < close < found[k][2]:
            return list(found)
        start = close + 1
        while start < found[k][2] and tokens[start].text in ".,":
            start += 1
        if start >= found[k][2]:
            return list(found)
        out = [run for i, run in enumerate(found) if i not in range(j, k + 1)]
        out += [("issued", a, close), (OTHER, close, start), ("title", start, found[k][2])]
        return sorted(out, key=lambda run: run[1])
    return list(found)


def _title_after_bracket(
    tokens: list[Token], found: list[Run], j: int, k: int, close: int
) -> list[Run]:
    """`found` with the title run `k` inside the date's bracket given to the date, and the
    sentence after the bracket read as the title (see the module); else `found` unchanged."""
    start = close + 1
    while start < len(tokens) and tokens[start].text in ".,":
        start += 1
    end = next((e for e in range(start + 1, len(tokens) - 1) if _sentence_end(tokens, e)), None)
    if end is None:
        return list(found)
    inside = [run for run in found[k + 1 :] if run[1] < end]
    if not inside or any(run[0] not in _TITLE_SENTENCE for run in inside):
        return list(found)
    a = found[j][1]
    out: list[Run] = [
        *found[:j],
        ("issued", a, close),
        (OTHER, close, start),
        ("title", start, end),
    ]
    for label, x, y in found[k + 1 :]:
        if y > end:
            out.append((label, x, y) if x >= end else (OTHER, end, end + 1))
            if x < end and y > end + 1:
                out.append((label, end + 1, y))
    return out


def _sentence_end(tokens: list[Token], e: int) -> bool:
    """Whether the stop at `e` ends a sentence: after a word of two letters or more (no
    initial's), with a space and a capital or a digit after it."""
    before, after = tokens[e - 1].text, tokens[e + 1]
    return (
        tokens[e].text == "."
        and len(before) >= 2
        and before.isalpha()
        and after.start > tokens[e].end
        and (after.text[:1].isupper() or after.text[:1].isdigit() or "://" in after.text)
    )


def place_opening_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place run that opens the sentence after an author-date bracket, a colon
    and a title run after it, read as the title's head: `Smith, J. (2021, Mar. 3). Elections:
    What next. The Diplomat.` (the sentence after the date is the title, whatever its colon).
    When a work's run came before the date (`Title. (2008). Ашхабад: Служба.`, APA's entry with
    no author), that place opens the imprint: the run after its colon is the house."""
    for i, (label, a, _) in enumerate(found):
        if label != "publisher-place" or i + 2 >= len(found) or a < 2:
            continue
        colon, title = found[i + 1], found[i + 2]
        if colon[0] != OTHER or [t.text for t in tokens[colon[1] : colon[2]]] != [":"]:
            continue
        if title[0] != "title":
            continue
        before = [t.text for t in tokens[max(0, a - 2) : a]]
        if before != [")", "."] or not _dated_bracket(tokens, found[:i], a - 2):
            continue
        if any(r[0] in _WORKS for r in found[:i]):
            # `Title: Subtitle. (2008). Ашхабад: Издательская служба.`: the title came first
            return [*found[: i + 2], ("publisher", title[1], title[2]), *found[i + 3 :]]
        return [*found[:i], ("title", a, title[2]), *found[i + 3 :]]
    return list(found)


def _dated_bracket(tokens: list[Token], before: list[Run], close: int) -> bool:
    """Whether the bracket closing at `close` holds a date: an issued run inside it, and
    only the date's runs between its opening and its close."""
    opened = next((k for k in range(close - 1, -1, -1) if tokens[k].text == "("), None)
    if opened is None or close - opened > _DATE_WORDS + 4:
        return False
    within = [run for run in before if run[1] > opened and run[2] <= close + 1]
    return any(r[0] == "issued" for r in within) and all(r[0] in ("issued", OTHER) for r in within)


_WORKS: Final = frozenset({"title", "genre"})  # a work's runs before an author-date bracket
# what the model may call the pieces of the one sentence between the date and the address
_SENTENCE_PIECES: Final = frozenset({OTHER, "title", "publisher-place"})
_GLUED_NUMBERS: Final = frozenset({"volume", "issue", "edition", "page"})
_ORDINAL_DIGITS: Final = 3  # `25. yılı`, `100. yıl`: a Turkish ordinal's period


def _glued_number(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are digits glued to a decimal mark and digits on one side (`7,7`,
    `3.5`): a number inside a title's sentence, no volume or page."""
    if not all(t.text.isdigit() for t in tokens[a:b]):
        return False
    after = b + 1 < len(tokens) and tokens[b].text in ",." and tokens[b + 1].text.isdigit()
    after = after and glued_to_previous(tokens, b) and glued_to_previous(tokens, b + 1)
    before = a >= 2 and tokens[a - 1].text in ",." and tokens[a - 2].text.isdigit()
    before = before and glued_to_previous(tokens, a - 1) and glued_to_previous(tokens, a)
    return after or before


def _one_sentence(tokens: list[Token], a: int, end: int) -> bool:
    """Whether tokens a..end (the closing period at `end`) are one sentence: no bracket, and
    no period inside it before a capital, except an ordinal's (`25. yılı`)."""
    for k in range(a, end):
        text = tokens[k].text
        if text in "()[]":
            return False
        if text == "." and k + 1 < end and tokens[k + 1].text[:1].isupper():
            previous = tokens[k - 1].text if k > a else ""
            if not (previous.isdigit() and len(previous) <= _ORDINAL_DIGITS):
                return False
    return True


def sentence_before_address(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the one sentence between an author-date bracket and the address read as
    the title whole (`Anadolu Ajansı. (2023, 6 Şubat). Kahramanmaraş merkezli 7,7 büyüklüğünde
    deprem. https://…`): the model took its place name for a place, its decimal for a volume,
    its ordinal's period (`25. yılı`) for the title's end. Only a sentence with a title run,
    and no run but the title's, a place's or a number glued into a decimal, is read so."""
    address = next((j for j, run in enumerate(found) if run[0] == "URL"), None)
    if address is None or address < 2:
        return list(found)
    end = found[address][1] - 1  # the period before the address
    if end < 2 or tokens[end].text != ".":
        return list(found)
    opened = next(
        (j for j in range(address - 1, -1, -1) if found[j][0] == "issued"), None
    )  # the date's run: the sentence starts after its bracket
    if opened is None:
        return list(found)
    close = next((k for k in range(found[opened][2], end) if tokens[k].text == ")"), None)
    if close is None or close + 2 >= end or tokens[close + 1].text != ".":
        return list(found)
    start = close + 2
    if not _dated_bracket(tokens, found[: opened + 1], close):
        return list(found)
    inside = [run for run in found if run[1] < end and run[2] > start]
    if not any(run[0] == "title" for run in inside) or not _one_sentence(tokens, start, end):
        return list(found)
    for label, a, b in inside:
        if label not in _SENTENCE_PIECES and not (
            label in _GLUED_NUMBERS and _glued_number(tokens, a, b)
        ):
            return list(found)
    if any((a < start or b > end) and label != OTHER for label, a, b in inside):
        return list(found)  # a run crosses the sentence's bounds: the model read another form
    before = [(r[0], r[1], min(r[2], start)) for r in found if r[1] < start]
    after = [(r[0], max(r[1], end), r[2]) for r in found if r[2] > end]
    return [*before, ("title", start, end), *after]


def year_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year after the title's comma given to the title when the work's date
    stands in the author-date bracket before it (`(2024). Adrese dayalı nüfus kayıt sistemi
    sonuçları, 2023 [Veri seti].`): the year the statistics are of is the title's."""
    dated = False
    for j in range(len(found) - 2):
        label, a, _ = found[j]
        if label == "issued":
            dated = dated or (a > 0 and tokens[a - 1].text == "(")
            continue
        comma, year = found[j + 1], found[j + 2]
        if label != "title" or not dated or year[0] != "issued" or year[2] - year[1] != 1:
            continue
        if [t.text for t in tokens[comma[1] : comma[2]]] != [","] or comma[0] != OTHER:
            continue
        after = tokens[year[2]].text if year[2] < len(tokens) else ""
        if not tokens[year[1]].text.isdigit() or after not in ("[", "(", "."):
            continue
        return [*found[:j], ("title", a, year[2]), *found[j + 3 :]]
    return list(found)
