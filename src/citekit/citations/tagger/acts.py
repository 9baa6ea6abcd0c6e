"""A legal act's head: `Приказ Министра образования … от 31 октября 2018 года № 604 «Об
утверждении …»`, `Указ Президента РФ от 31.12.2015 № 683 «О Стратегии …»`. The act's kind
with its issuer, up to its date or number, is its genre; the name in quotes after the date or
number is its title; a date written with dots there is the act's date. The kinds are the
`[legal] law` words of the language files (those `citekit.citations.legal` reads)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.report_numbers import number_labels
from citekit.citations.tagger.tokens import Token, casefolded_set, tokenize
from citekit.languages import available_languages, language, shipped_words

__all__ = ["act_date", "dating_word", "law_head", "unquoted_act"]

_MAX_KIND: Final = 14  # tokens of a kind with its issuer (`Постановление ЦИК и СНК СССР`) at most
# tokens of the date and number before the name (`от 31 октября 2018 года № 604`)
_MAX_BETWEEN: Final = 14
_DAY: Final = 2  # digits of a day
_KIND_OPENS: Final = 3  # tokens before a law's kind word at most (`Налоговый кодекс`, `Кодекс`)
_LONG_KIND: Final = 4  # words of a kind with its issuer before a comma's date (`Loi de la …`)
_DOTTED_DATE: Final = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
# the runs the model may have made of the kind (`Постановление Правительства РФ` as an author)
_KIND_LABELS: Final = frozenset({"title", "author", "container-title", "genre", "publisher", OTHER})


@functools.cache
def _kinds() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every law's kind of the shipped languages, as its tokens' texts, by its first token."""
    kinds = {
        tuple(t.text for t in tokenize(word))
        for code in available_languages()
        for word in language(code).legal.get("law", ())
    }
    first: dict[str, list[tuple[str, ...]]] = {}
    for kind in kinds:
        if kind:
            first.setdefault(kind[0], []).append(kind)
    return {head: tuple(found) for head, found in first.items()}


@functools.cache
def _dated() -> frozenset[str]:
    """The words that date a document after its kind (`від`, `от`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("dated"))


def dating_word(text: str) -> bool:
    """Whether `text` is a word that dates a document (`от`, `від`): a date after it is the
    act's own or its revision's (`(ред. от 04.08.2023)`), never the day a reader saw it."""
    return text.casefold() in _dated()


def _opens_with_kind(tokens: list[Token]) -> bool:
    return any(
        len(kind) <= len(tokens) and tuple(t.text for t in tokens[: len(kind)]) == kind
        for kind in _kinds().get(tokens[0].text, ())
    )


def _kind_end(tokens: list[Token]) -> int | None:
    """Where the kind and its issuer end: before the first number, less the short lower-case
    word that introduces the date (`от`), or before the quoted name when the date follows it
    (`Закон РК «О языках в Республике Казахстан» от 11 июля 1997 г.`)."""
    end = next(
        (
            k
            for k in range(1, min(len(tokens), _MAX_KIND + 1))
            if tokens[k].text[0].isdigit() or tokens[k].text in QUOTES
        ),
        None,
    )
    if end is None:
        return None
    word = tokens[end - 1].text
    return end - 1 if end > 1 and word.isalpha() and word.islower() and len(word) <= 3 else end


def _quoted(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The first quotes opened within a few tokens after `start`, before GOST's `//`: the
    index of the opening and of the closing mark."""
    for k in range(start, min(len(tokens), start + _MAX_BETWEEN + 1)):
        text = tokens[k].text
        if text in ("/", "(", "["):
            return None
        if text in QUOTES:
            close = next(
                (j for j in range(k + 1, len(tokens)) if tokens[j].text == QUOTES[text]), None
            )
            return (k, close) if close is not None and close > k + 1 else None
    return None


def _dotted_date(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The tokens of a date written with dots (`31.12.2015`) between `start` and `end`."""
    for k in range(start, end):
        if not tokens[k].text.isdigit():
            continue
        stop = k + 1
        while stop < end and tokens[stop].start == tokens[stop - 1].end:
            stop += 1
        if _DOTTED_DATE.fullmatch("".join(t.text for t in tokens[k:stop])):
            return k, stop
        return None
    return None


def law_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a legal act's kind read as its genre and its quoted name as its title,
    when the note opens with a law's kind, then its date or number, then the name (or the name,
    then its date)."""
    if not tokens or not tokens[0].text[0].isupper() or not _opens_with_kind(tokens):
        return list(found)
    kind_end = _kind_end(tokens)
    if kind_end is None:
        return list(found)
    quoted = _quoted(tokens, kind_end)
    if quoted is None:
        return list(found)
    opening, closing = quoted
    long_kind = kind_end >= _LONG_KIND and all(t.text.isalpha() for t in tokens[:kind_end])
    if tokens[kind_end].text in QUOTES and not _dated_after(
        tokens, closing + 1, long_kind=long_kind
    ):
        return list(found)  # `Закон и порядок: «Очерки» / …`: a book's title, no act's name
    labels = [label for label, a, b in found for _ in range(a, b)]
    if len(labels) != len(tokens) or any(labels[k] not in _KIND_LABELS for k in range(kind_end)):
        return list(found)
    new = ["genre"] * kind_end
    for k in range(kind_end, opening):
        new.append(OTHER if labels[k] in _KIND_LABELS - {OTHER, "genre"} else labels[k])
    date = _dotted_date(tokens, kind_end, opening)
    if date is not None:
        new[date[0] : date[1]] = ["issued"] * (date[1] - date[0])
    new += [OTHER, *["title"] * (closing - opening - 1), OTHER]
    return [*runs(new), *_split(found, closing + 1), *(run for run in found if run[1] > closing)]


def _dated_after(tokens: list[Token], k: int, *, long_kind: bool = False) -> bool:
    """Whether the act's date or number follows at token `k`: a dating word (`от`, `vom`), the
    number's sign or label (`№`, `No. 837-XII`), or, after a kind named with its issuer in words
    (`long_kind`: `Loi de la République du Turkménistan`, not `Zakon.kz`), a comma and the date's
    day (`« … », 26 mars 2016`)."""
    if k >= len(tokens):
        return False
    text = tokens[k].text
    if dating_word(text) or text == "№":
        return True
    if text.casefold() in number_labels() and k + 1 < len(tokens):
        after = (
            tokens[k + 2] if tokens[k + 1].text == "." and k + 2 < len(tokens) else tokens[k + 1]
        )
        return after.text[:1].isdigit()
    return text == "," and k + 1 < len(tokens) and tokens[k + 1].text.isdigit() and long_kind


def _split(found: list[Run], at: int) -> list[Run]:
    """The part from `at` on of the run that holds token `at` and opens before it."""
    return [(label, at, b) for label, a, b in found if a < at < b]


def _after_host(tokens: list[Token], a: int) -> bool:
    """Whether token `a` comes after GOST's `//`, in the host's part of the note."""
    return any(tokens[i].text == tokens[i + 1].text == "/" for i in range(a - 1))


def act_date(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a date written with dots right after a document's dating word (`від`,
    `от`: `[words] dated`) read whole as the act's date, when the model found no other date
    in the note (`Про затвердження Порядку : Постанова Кабінету Міністрів України від
    11.03.2022 № 252`: the model read `11.03` alone, or nothing)."""
    if "Blegislation" not in marks_union(marks):
        return list(found)  # no document's kind
    dated = _dated()
    for k in range(len(tokens) - 1):
        if tokens[k].text.casefold() not in dated:
            continue
        date = _dotted_date(tokens, k + 1, min(len(tokens), k + 7))
        if date is None or date[0] != k + 1:
            continue
        hosted = next((i for i in range(k) if tokens[i].text == tokens[i + 1].text == "/"), None)
        for label, a, b in found:
            if label != "issued" or (date[0] <= a and b <= date[1]):
                continue
            if hosted is not None or not _after_host(tokens, a):
                return list(found)  # a date of the act's own elsewhere: the model's stands
        out = painted(found, ("issued", *date))
        # the gazette's year after `//` (`// Собрание законодательства РФ. 1994. № 32`) gives
        # way to the act's own date
        return [
            (OTHER if label == "issued" and a >= date[1] else label, a, b) for label, a, b in out
        ]
    return list(found)


def unquoted_act(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an act named without quotes read whole up to its dating word as its title
    (`Налоговый кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI.`, `Гражданский
    кодекс РФ (часть первая) от 30.11.1994 № 51-ФЗ // …`): the law's kind and its issuer are
    all the name it has, and the dating word (`от`, `від`) is no part of it."""
    if not tokens:
        return list(found)
    dated = _dated()
    if dated.isdisjoint(casefolded_set(tokens)):
        return list(found)  # no dating word in the note
    k = next(
        (
            i
            for i in range(1, min(len(tokens) - 1, _MAX_KIND + 1))
            if tokens[i].text.casefold() in dated
        ),
        None,
    )
    day = tokens[k + 1].text if k is not None else ""
    if k is None or not (day.isdigit() and len(day) <= _DAY) or "/" in (t.text for t in tokens[:k]):
        return list(found)  # an act is dated by its day: `от 1917 года` is a title's words
    if any(t.text in QUOTES for t in tokens[:k]):
        return list(found)  # a name in quotes is the title (`law_head`); a host's after `//` no
    if not any("legislation" in marks[i] for i in range(min(k, _KIND_OPENS))):
        return list(found)  # the kind opens the note: `Налоговый кодекс`, `Указ Президента`
    labels = {label for label, a, _ in found if a < k}
    if "title" not in labels or not labels <= _KIND_LABELS:
        return list(found)
    return painted(painted(found, ("title", 0, k)), (OTHER, k, k + 1))
