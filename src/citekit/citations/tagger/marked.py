"""A language mark closes the title: Russian and Kazakh Wikipedia's cite templates write a
web source as `Title (рус.). Site (12 марта 2021). Дата обращения: …`, the mark of the
source's language (`[language_marks]` of the language files) right after its title, then the
site's name as a sentence of its own (a news source's template: `Title (рус.), Би-би-си (14
декабря 2009)`, the site after a comma). A date or a dot inside the title (`Население … на
1 января 2020 года (рус.)`) stays the title's, and the sentence after the mark is the site.
A wiki's mark of the work's kind (`"Title" (Press release). Org.`, `Title (видео). YouTube`)
closes the title as a language mark does."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit._text import unmixed_word
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.constrained import PERSONS
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import available_languages, language, shipped_words

__all__ = ["AFTER_SITE", "kind_marks", "marked_title"]

_MAX_MARK: Final = 8  # tokens inside a mark's brackets at most (`на английском языке`, `рус.`)
_MAX_SITE: Final = 16  # tokens of a site's name at most (`Официальный сайт акимата г. Шымкент`)
_CLOSING_QUOTES: Final = frozenset("»”\"“'’")
# runs that end the site's sentence: what follows its name (`ТАСС (12 марта 2021)`)
AFTER_SITE: Final = frozenset({"issued", "accessed", "URL", "DOI", "ISBN"})
# runs a title never takes in: a law's kind (`Указ …`) and its number stay what they are
_KEPT: Final = frozenset({"genre", "URL", "DOI", "ISBN", "accessed", *PERSONS})
# what a title with a date or a dot inside may have been read as (`… на 1 января 2020 года`)
_TITLED: Final = frozenset({"title", "container-title", "issued", OTHER})
_INNER: Final = frozenset({"volume", "issue"})  # a part's number inside a title (`Том 1. Name`)


def _folded(word: str) -> str:
    """`word` casefolded, without spaces (`Press release` → `pressrelease`)."""
    return "".join(word.split()).casefold()


@functools.cache
def kind_marks() -> frozenset[str]:
    """Every shipped language's marks of a work's kind (`[words] work_marks`: `(PDF)`,
    `(Press release)`, `(видео)`), casefolded, without spaces."""
    return frozenset(_folded(word) for word in shipped_words("work_marks"))


@functools.cache
def _mark_words() -> frozenset[str]:
    """Every language mark and every wiki's mark of a work's kind (`kind_marks`) of the
    shipped languages, casefolded, without spaces: each closes the title the same way."""
    marks = (
        word
        for code in available_languages()
        for words in language(code).language_marks.values()
        for word in words
    )
    return frozenset(_folded(word) for word in marks) | kind_marks()


def _mark(tokens: list[Token]) -> tuple[int, int] | None:
    """The first bracketed language mark followed by a sentence's period, or by the comma
    of a news template (`Title (англ.), BBC News (14 декабря 2009)`): its `(` and the index
    of that mark."""
    words = _mark_words()
    for i, token in enumerate(tokens):
        if token.text == "/" and i + 1 < len(tokens) and tokens[i + 1].text == "/":
            return None  # `Статья // Википедия (англ.).`: a mark after the host is the host's
        if token.text != "(":
            continue
        close = next(
            (k for k in range(i + 1, min(i + _MAX_MARK + 2, len(tokens))) if tokens[k].text == ")"),
            None,
        )
        if close is None or close + 2 >= len(tokens) or tokens[close + 1].text not in ".,":
            continue
        # a word typed in two alphabets reads in its own (`(РDF)` with a Cyrillic Р)
        if "".join(unmixed_word(t.text) for t in tokens[i + 1 : close]).casefold() in words:
            return _marks_before(tokens, i, words), close + 1
    return None


def _marks_before(tokens: list[Token], i: int, words: frozenset[str]) -> int:
    """The `(` of the first of the marks written right before the mark at `i` (Wikipedia's
    `Title (PDF) (Report).`), or `i`."""
    while i >= 3 and tokens[i - 1].text == ")":
        opened = next(
            (k for k in range(i - 2, max(i - _MAX_MARK - 3, -1), -1) if tokens[k].text == "("),
            None,
        )
        inside = tokens[opened + 1 : i - 1] if opened is not None else []
        if opened is None or "".join(unmixed_word(t.text) for t in inside).casefold() not in words:
            break
        i = opened
    return i


def _abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether the period at `k` shortens a short lower-case word standing alone before a
    word (`г. Шымкент`, `им. Абая`; not `Nebit-gaz. 21 Şubat`)."""
    before = tokens[k - 1].text
    alone = k < 2 or tokens[k - 1].start > tokens[k - 2].end
    after = k + 1 < len(tokens) and tokens[k + 1].text[0].isalpha()
    return before.isalpha() and before.islower() and len(before) <= 3 and alone and after


def _site_end(tokens: list[Token], labels: Sequence[str], start: int) -> int | None:
    """Where the site's name that opens at `start` ends: at its sentence's period, at a
    bracket (its date) or at a run that follows a name (a date, an address)."""
    if not tokens[start].text[0].isalnum():
        return None  # `(англ.). — Leiden : Brill`: GOST's dash opens the imprint, no site
    for k in range(start, min(start + _MAX_SITE + 1, len(tokens))):
        text = tokens[k].text
        if labels[k] in AFTER_SITE or text in ("(", "["):
            return k if k > start else None
        spaced = k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end
        if text == ":":
            return None  # `(англ.). URL: …`: a label's word, no site
        if text == "." and spaced and not _abbreviation(tokens, k):
            return k if k > start else None
    return None


_PAIRED: Final = {")": "(", "]": "["}
_MAX_BRACKET: Final = 40  # tokens of a bracketed group at most (a translated title)


def _before_brackets(tokens: list[Token], k: int) -> int:
    """The token before the bracketed groups that end at `k` (a translated title in square
    brackets, a file's or language's mark), or `k` when no bracket closes there."""
    while k > 0 and tokens[k].text in _PAIRED:
        opener = _PAIRED[tokens[k].text]
        j = next(
            (i for i in range(k - 1, max(-1, k - _MAX_BRACKET), -1) if tokens[i].text == opener),
            None,
        )
        if j is None:
            return k
        k = j - 1
    return k


def _title_span(tokens: list[Token], labels: Sequence[str], mark: int) -> tuple[int, int]:
    """Where the title before the mark at `mark` may open and end: after the last person's
    or law kind's run before it, or inside its quotes when the quotes open it (`№ 612 «О
    награждении» (рус.)`, not `Hikâyesi: “Kızıl Elma” (тур.)`)."""
    start, end = 0, mark
    for k in range(mark):
        if labels[k] in _KEPT:
            start = k + 1
    if start == mark and (labels[mark - 1] in PERSONS or labels[mark - 1] == "genre"):
        # `Население Казахстана (рус.). Бюро …`: the mark closes a title, so a person's run
        # that reaches it (and opens the note, or follows a period) was the title's words, and
        # so was a law's kind with no name of its own (`… Конституциясы (каз.). Әділет.`)
        opened = mark - 1
        while opened > 0 and labels[opened - 1] == labels[mark - 1]:
            opened -= 1
        if opened == 0 or tokens[opened - 1].text == ".":
            start = opened
    closer = _before_brackets(tokens, mark - 1)  # `"Title" [Translated] (PDF) (in Kazakh)`
    if closer > 0 and tokens[closer].text in _CLOSING_QUOTES:
        opening = next((k for k in range(closer - 1, -1, -1) if tokens[k].text in OPENING_MARKS), 0)
        if opening >= start and labels[opening - 1] != "title":
            start, end = opening + 1, closer
    while start < end and not tokens[start].text[0].isalnum():
        start += 1
    return start, end


def _title_labels(tokens: list[Token], labels: Sequence[str], start: int, end: int) -> list[str]:
    """The labels from `start` to `end` with the title reaching the mark at `end`: the model's
    title run kept where it opens and carried on to the mark, unless a bracket or another
    field follows it (`Title [Energy Politics] (рус.)`: a translation; `Title. C. 5. Part`);
    with no title run, all of it is the title (`Население … на 1 января 2020 года (рус.)`)."""
    titled = [k for k in range(start, end) if labels[k] == "title"]
    if not titled:
        return (
            ["title"] * (end - start)
            if all(labels[k] in _TITLED for k in range(start, end))
            else []
        )
    cut = titled[-1] + 1
    if (
        cut < end
        and tokens[cut].text not in ("(", "[")
        and labels[end - 1] in _TITLED
        and all(labels[k] in _TITLED or labels[k] in _INNER for k in range(cut, end))
    ):
        # `Title. C. 5. Part (тур.)`, `Итоги … 2021 года. Том 1. Численность … (рус.)`: the
        # model's title stops at the volume, whose part goes on to the mark
        cut = end
    return [
        "title" if titled[0] <= k < cut else OTHER if labels[k] == "title" else labels[k]
        for k in range(start, end)
    ]


def marked_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title ended at its language mark and the sentence after the mark read
    as the site (`container-title`), when no other run names a host."""
    if "(" not in text_set(tokens):  # no bracket, no mark (one look-up)
        return list(found)
    where = _mark(tokens)
    if where is None:
        return list(found)
    mark, period = where
    labels = [label for label, a, b in found for _ in range(a, b)]
    if len(labels) != len(tokens):
        return list(found)
    start, title_end = _title_span(tokens, labels, mark)
    end = _site_end(tokens, labels, period + 1)
    if start >= title_end or end is None or labels[end] == "accessed":
        return list(found)  # `(in Russian). Retrieved 10 March 2020`: the access date's label
    if (
        any(labels[k] == "container-title" for k in range(start, title_end))
        and "title" in labels[start:title_end]
    ):
        return list(found)  # `"Title". Pravda (in Russian).`: the mark closes the host's name
    if tokens[period].text == "," and tokens[end].text != "(":
        return list(found)  # after a comma, a news site is dated in brackets: `, Москва, 2010`
    if all(labels[k] in PERSONS or labels[k] == "genre" for k in range(start, title_end)):
        labels[start:title_end] = ["title"] * (title_end - start)  # a name's run was the title
    if any(labels[k] == "container-title" for k in (*range(start), *range(end, len(labels)))):
        return list(found)  # a host named elsewhere: the sentence is no site
    title = _title_labels(tokens, labels, start, title_end)
    if not title:
        return list(found)  # an imprint before the mark: it marks a later source's title
    between = [OTHER if label == "title" else label for label in labels[title_end:mark]]
    new = [
        *labels[:start],
        *title,
        *between,
        *[OTHER] * (period + 1 - mark),
        *["container-title"] * (end - period - 1),
        *labels[end:],
    ]
    return _relabelled(found, new, start, end)


def _relabelled(found: list[Run], labels: Sequence[str], start: int, end: int) -> list[Run]:
    """`found` with the tokens from `start` to `end` labelled as `labels` says, the runs
    outside them kept as they were (two names side by side stay two)."""
    out: list[Run] = []
    for run in found:
        label, a, b = run
        if b <= start or a >= end:
            out.append(run)
            continue
        if a < start:
            out.append((label, a, start))
        if b > end:
            out.append((label, end, b))
    inner: list[Run] = []
    for k in range(start, end):
        if inner and inner[-1][0] == labels[k]:
            inner[-1] = (labels[k], inner[-1][1], k + 1)
        else:
            inner.append((labels[k], k, k + 1))
    return sorted([*out, *inner], key=lambda r: r[1])
