"""Numbers read whole, as the label beside them writes them. An edition's ordinal keeps its
suffix (`3-е изд.`, `3-тє вид.`: the edition is `3-е`, as written); a range of numbers next to
a page's word (`С. 1012-1020`, `8-11 б.`, `35-36 бб.`) is the page, for a range is never an
extent, a volume or a date; an ordinal right before a page's word (`5-nji sah.`) is the page;
the number glued to the issue's sign (`№2`, `№1-1`) is the issue, whole; and a volume written
number first (`2-том`) that closes a title, or stands between its periods before the
volume's own title, is no title's. The words are the language files'
(`ordinal_suffixes`, the lexicon's marks)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, label_at
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.issues import numbered_volume
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token, decimal_set, text_set
from citekit.citations.tagger.years import ordinal_suffixes

__all__ = ["written_numbers"]

# what a range's numbers may have been read as: a page's range is never a whole's extent,
# a volume's number or a year
_MISREAD: Final = frozenset({OTHER, "volume", "issue", "number-of-pages", "issued"})


def _glued(tokens: list[Token], i: int) -> bool:
    """Whether token `i` follows the token before it with no space."""
    return i > 0 and tokens[i].start == tokens[i - 1].end


def _edition_suffix(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an edition's number taking in its glued ordinal suffix (`4` + `-е`)."""
    out = list(found)
    for label, a, b in found:
        if label != "edition" or b + 1 >= len(tokens) or not tokens[b - 1].text.isdecimal():
            continue
        dash, suffix = tokens[b], tokens[b + 1]
        if dash.text != "-" or not (_glued(tokens, b) and _glued(tokens, b + 1)):
            continue
        if suffix.text.casefold() in ordinal_suffixes() and label_at(out, b + 1) == OTHER:
            out = painted(out, ("edition", a, b + 2))
    return out


def _range_at(tokens: list[Token], i: int) -> int | None:
    """The end of a range of two numbers that opens at token `i` (`12–20`, `1012-1020`),
    the second no smaller than the first (`1921–1929`: a span of years is kept out below)."""
    if i + 2 >= len(tokens):
        return None
    first, dash, second = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (first.text.isdecimal() and dash.text in DASHES and second.text.isdecimal()):
        return None
    if len(first.text) > len(second.text) and len(second.text) > 2:
        return None
    return i + 3


def _page_range(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first range of numbers right after a page's word (`С. 1012-1020`) or
    right before one (`8-11 б.`) read as the page, when the note has none."""
    if any(label == "page" for label, _, _ in found) or "Bpage" not in marks_union(marks):
        return list(found)  # a page already, or no page's word (at C speed)
    for k, mark in enumerate(marks):
        if "Bpage" not in mark:
            continue
        after = k + 1
        while after < len(tokens) and tokens[after].text == "." and "page" in marks[after]:
            after += 1
        spans = []
        if after < len(tokens) and (end := _range_at(tokens, after)) is not None:
            spans.append((after, end))
        if k >= 3 and (start := k - 3) >= 0 and _range_at(tokens, start) == k:
            spans.append((start, k))
        for a, b in spans:
            if any(label_at(found, i) not in _MISREAD for i in range(a, b)):
                continue
            if all(is_year(tokens[i].text) for i in (a, b - 1)):
                continue  # `1921–1929`: years
            return painted(found, ("page", a, b))
    return list(found)


def _issue_sign(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the number (or range) glued to an issue's sign read as the issue whole
    (`№2`, `№1-1`) where the model left it, or a part of it, to no field; so with a number
    that ends the note, its closing period left out (`… 2008. № 5433`)."""
    out = list(found)
    if "№" not in text_set(tokens):
        return out  # most notes (at C speed): no issue's sign
    for k in range(len(tokens) - 1):
        if tokens[k].text != "№" or "Bissue" not in marks[k]:
            continue
        if not (_glued(tokens, k + 1) or k + 2 == len(tokens)):
            continue
        if not tokens[k + 1].text.isdecimal():
            continue
        end = _range_at(tokens, k + 1) or k + 2
        if end > k + 2 and not (_glued(tokens, k + 2) and _glued(tokens, k + 3)):
            end = k + 2  # `№ 2 - 3`: spaced, no range
        labels = {label_at(out, i) for i in range(k + 1, end)}
        if labels <= {OTHER, "issue"} and labels != {"issue"}:
            if any(label == "issue" for label, a, _ in out if not k < a < end):
                continue  # the note's issue is elsewhere
            out = painted(out, ("issue", k + 1, end))
    return out


_NAMED: Final = frozenset({"title", "container-title"})
_QUOTES: Final = frozenset("\"“”«„‘'")


def _volume_after_number(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a volume written number first (`2-том`) that closes a title's or host's
    run after its period or comma (`Шығармалары. 5 томдық. 2-том.`) read as the volume, when
    the note has none."""
    if any(label == "volume" for label, _, _ in found):
        return list(found)
    for label, a, b in found:
        if label not in _NAMED:
            continue
        end = b - 1 if tokens[b - 1].text == "." else b
        number = _inner_volume(tokens, marks, label, a, end) if end - 3 > a else None
        if number is None:
            number = end - 3
        else:
            end = number + 3  # `Қазақстан тарихы. 2-том. Қазақ хандығы.`: its own title after
        word = end - 1
        if number <= a or numbered_volume(tokens, marks, number) != end:
            continue
        if tokens[number - 1].text not in ".," or tokens[end - 2].text != "-":
            continue
        if not (_glued(tokens, end - 2) and _glued(tokens, word)):
            continue
        if a > 0 and tokens[a - 1].text in _QUOTES:
            continue  # `“ҰЛЫ ДАЛА ТІЛІ. 12-том,”`: inside the quotes, the title's own
        found = painted(found, (OTHER, number - 1, b))
        return painted(found, ("volume", number, number + 1))
    return list(found)


def _inner_volume(
    tokens: list[Token], marks: list[set[str]], label: str, a: int, end: int
) -> int | None:
    """The number of a volume written number first inside a title's run, between two periods
    (`… тарихы. 2-том. Қазақ хандығы`): the volume's own title follows it."""
    if label != "title":
        return None
    for k in range(a + 1, end - 4):
        if (
            tokens[k - 1].text == "." == tokens[k + 3].text
            and numbered_volume(tokens, marks, k) == k + 3
        ):
            return k
    return None


# what an ordinal before a page's word may have been read as: an edition is written before
# the edition's word, an extent without an ordinal
_ORDINAL_MISREAD: Final = frozenset({OTHER, "edition", "number-of-pages", "page"})


def _ordinal_page(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a number whose ordinal suffix is glued to it right before a page's word
    (`5-nji sah.`, `12-nji sahypa`: the fifth page) read as the cited page, its suffix left out,
    when the note has no other page."""
    if text_set(tokens).isdisjoint(ordinal_suffixes()):
        return found  # most notes (at C speed): no ordinal's suffix
    for k in range(3, len(tokens)):
        if "Bpage" not in marks[k] or tokens[k - 2].text != "-":
            continue
        number, suffix = k - 3, k - 1
        if not tokens[number].text.isdecimal() or not (
            _glued(tokens, k - 2) and _glued(tokens, suffix)
        ):
            continue
        if tokens[suffix].text.casefold() not in ordinal_suffixes():
            continue
        if any(label_at(found, i) not in _ORDINAL_MISREAD for i in range(number, k)):
            continue
        if any(label == "page" and not number <= a < k for label, a, _ in found):
            continue  # the note's page is elsewhere
        return painted(painted(found, (OTHER, number, k)), ("page", number, number + 1))
    return list(found)


def written_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with editions' ordinals, pages' ranges and glued issues read whole."""
    if not decimal_set(tokens):
        return list(found)  # no number in the note (one look-up)
    found = _page_range(tokens, marks, _edition_suffix(tokens, found))
    found = _ordinal_page(tokens, marks, found)
    return _volume_after_number(tokens, marks, _issue_sign(tokens, marks, found))
