"""A report's number after its series' word: `NBER Working Paper No. 8831`, `Asia Report
No. 201`, `SWP Research Paper 5/2021`, `(IMF Working Paper WP/19/12)`, `доклад № 3`. The
number written right after a report's word (the language files' `[types] report`), with a
number's label or without, is the report's own number (its issue); the words before it name
the series, never the report's title nor its host (a report's host is its publisher)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.legal_words import document_kinds
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, casefolded_set, text_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["report_number"]

# runs a series' word stands in: the title's tail, a genre, a host the model read the series as
# (or the place the model read a labelled number's words as: `…, Rapor No: 87, İstanbul`)
_SERIES_RUNS: Final = frozenset(
    {"title", "genre", "container-title", "collection-title", "publisher-place"}
)
_HOSTS: Final = frozenset({"container-title", "collection-title"})
_MISREAD: Final = _HOSTS | {"issued", "accessed"}  # runs a labelled report number is read as
_NUMBER_RUNS: Final = _MISREAD | {"issue"}  # … and its own, its series' words left to no field
_GLUE: Final = frozenset({"/", "-", "–"})  # inside one number (`5/2021`, `121766-KZ`)
_OPENERS: Final = frozenset({"(", "[", ","})  # where a series written in a title's run starts
_SENTENCE_ENDS: Final = frozenset({".", "?", "!"})
_INSIDE: Final = frozenset({OTHER, "issue", "issued", "accessed"})  # runs inside the bracket
_YEARS: Final = range(1800, 2100)  # `Human Development Report 2020`: a year is no number


@functools.cache
def number_labels() -> frozenset[str]:
    """The labels written before a number (`no`, `nr`, `№`, `n°`, `sayı`), folded, with their
    period and without it: the language files' `[words] number_labels`."""
    folded = {w.casefold() for w in shipped_words("number_labels")}
    return frozenset(folded | {w.rstrip(".") for w in folded})


@functools.cache
def _report_entries() -> frozenset[tuple[str, ...]]:
    """The report entries of the language files as folded word tuples, but those closed by a
    number's label (`Papers No`: `Carnegie Papers No. 10` names no report's word alone), and
    the words that close a series before its number (`[words] series_end`: `Paper`)."""
    entries = (
        tuple(w.casefold().rstrip(".") for w in e.split()) for e in shipped_type_words("report")
    )
    ends = {(w.casefold(),) for w in shipped_words("series_end")}
    return frozenset(e for e in entries if e and e[-1] not in number_labels()) | ends


@functools.cache
def _labelled_entries() -> frozenset[tuple[str, ...]]:
    """The report entries closed by a number's label, the label dropped (`Paper No`: `paper`,
    `тетрадь №`: `тетрадь`): a series' word that names a report only with the label after it
    (`CAP Paper No. 274`, `Kennan Cable No. 56`, `Рабочая тетрадь № 47/2019`)."""
    entries = (
        tuple(w.casefold().rstrip(".") for w in e.split()) for e in shipped_type_words("report")
    )
    return frozenset(e[:-1] for e in entries if len(e) > 1 and e[-1] in number_labels())


@functools.cache
def _report_words() -> frozenset[str]:
    """The last word of each report entry (`paper`, `доклад`), and of each entry closed by a
    number's label (`cable`): one look-up per note."""
    return frozenset(e[-1] for e in _report_entries() | _labelled_entries())


def _label_length(tokens: list[Token], k: int) -> int:
    """How many tokens a number's label written from token `k` takes (0 when none is there):
    one word (`No`, `Nº`, `№`), or a letter and the degree sign glued to it (`N°201`,
    tokenized apart), with a period or colon glued after it (`No.`, Turkish `No:`)."""
    n = len(tokens)
    if k >= n:
        return 0
    if k + 1 < n and tokens[k].text == "#" and tokens[k + 1].start == tokens[k].end:
        return 1  # `Policy Brief #89`: the number sign glued to the number
    length = 0
    if (
        k + 1 < n
        and tokens[k + 1].start == tokens[k].end
        and (tokens[k].text + tokens[k + 1].text).casefold() in number_labels()
    ):
        length = 2
    elif tokens[k].text.casefold() in number_labels():
        length = 1
    if length and k + length < n:
        mark = tokens[k + length]
        if mark.text in ".:" and mark.start == tokens[k + length - 1].end:
            length += 1
    return length


def _entry_ends(tokens: list[Token], a: int, k: int) -> bool:
    """Whether a whole report entry ends at token `k` (its words from `a` on: `Working
    Paper`, `Asia Report`, `аналит. записка`), or an entry closed by a number's label with
    the label right after it (`Cable No.`, `тетрадь №`)."""
    words = [t.text.casefold() for t in tokens[a : k + 1] if t.text.isalnum()]
    if k > a and _acronym(tokens[k - 1].text) and words[-1] in _report_words():
        return True  # a body's acronym and the entry's last word: `OIES Paper`, `CSIS Brief`
    entries = set(_report_entries())
    if _label_length(tokens, k + 1):
        entries |= _labelled_entries()
    return any(tuple(words[-len(e) :]) == e for e in entries if len(e) <= len(words))


_CODE_LETTERS: Final = 4  # letters of a series' code before its spaced number (`NG 155`)


def _acronym(text: str) -> bool:
    """Whether `text` is a body's acronym: two to six capitals (`OIES`, `SWP`, `IMF`)."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _number_end(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The number written from token `k` on (glued tokens: `WP/19/12`, `121766-KZ`), its label
    skipped (`No. 8831`, `No: 145`, `№ 3`): its first token and its end; None when none is there."""
    n = len(tokens)
    label = _label_length(tokens, k)
    labelled, k = label > 0, k + label  # `No. 8831`, `N°201`, Turkish `Rapor No: 145`
    if k >= n or not tokens[k].text.isalnum():
        return None
    start, end = k, k + 1
    while end < n and tokens[end].start == tokens[end - 1].end:
        if tokens[end].text.isalnum():
            end += 1
        elif (
            tokens[end].text in _GLUE
            and end + 1 < n
            and tokens[end + 1].start == tokens[end].end
            and tokens[end + 1].text.isalnum()
        ):
            end += 2
        else:
            break
    value = "".join(t.text for t in tokens[start:end])
    code = value.isalpha() and value.isupper() and len(value) <= _CODE_LETTERS
    if code and end < n and tokens[end].text.isdigit():  # the series' code, then its number
        end += 1  # `OIES Paper NG 155`, `Energy Insight EI 98`
        value = tokens[end - 1].text
    if not any(c.isdigit() for c in value):
        return None
    if not labelled and value.isdigit() and int(value) in _YEARS:
        return None
    return start, end


def _opens(tokens: list[Token], i: int) -> bool:
    """Whether token `i` opens a series written in a title's run: a bracket, a comma, or the
    period that ends the title's sentence (`Trade and Growth. NBER Working Paper No. 8831`),
    after a word, not an initial (`Smith J. Working Paper …`)."""
    if tokens[i].text in _OPENERS:
        return True
    return (
        tokens[i].text in _SENTENCE_ENDS
        and i > 0
        and len(tokens[i - 1].text) > 1
        and tokens[i - 1].text.isalnum()
        and tokens[i + 1].text[:1].isupper()
    )


def _replace(found: list[Run], x: int, y: int, new: list[Run]) -> list[Run]:
    """`found` with tokens `x`..`y` given the runs `new` (runs cut at the range's edges)."""
    out: list[Run] = []
    placed = False
    for label, a, b in found:
        if b <= x or a >= y:
            if a >= y and not placed:
                out += new
                placed = True
            out.append((label, a, b))
            continue
        if a < x:
            out.append((label, a, x))
        if not placed:
            out += new
            placed = True
        if b > y:
            out.append((label, y, b))
    if not placed:
        out += new
    return out


def _series_left(tokens: list[Token], found: list[Run], j: int, *, published: bool) -> bool:
    """Whether the title run `j` is followed by a run of no field that may hold its series."""
    if found[j][0] != "title" or j + 1 >= len(found) or found[j + 1][0] != OTHER:
        return False
    return published or tokens[found[j + 1][1]].text != "("


def report_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a report's word read as the issue and the series' words
    (from the run's start, or from the bracket, comma or sentence's period that opens them in a
    title's run) as
    the series; the title before them stays the title. A series read as the host stays the
    host when the note names no publisher (a report's host is its publisher)."""
    if _report_words().isdisjoint(casefolded_set(tokens)):
        # no report's word (most notes): one look-up; APA's bracketed series may name none
        return _bracketed_series(tokens, found, named=False) if "(" in text_set(tokens) else found
    published = any(run[0] == "publisher" for run in found)
    for j, (label, a, b) in enumerate(found):
        if label not in _SERIES_RUNS:
            continue
        # the series' last words left to no field (`…, Asia Report N°245`); a bracketed one
        # with no publisher is APA's, whose number `_labelled_number` reads
        if _series_left(tokens, found, j, published=published):
            b = found[j + 1][2]
        for k in range(b - 1, a - 1, -1):
            if tokens[k].text.casefold() not in _report_words() or not _entry_ends(tokens, a, k):
                continue
            after = k + 1
            if (
                after < len(tokens)
                and tokens[after].text == ","
                and _label_length(tokens, after + 1)
            ):
                after += 1  # `OECD Trade Policy Papers, No. 241`: the label after a comma
            number = _number_end(tokens, after)
            if number is None:
                continue
            if label in _HOSTS and not _label_length(tokens, after):
                named = _named_after(tokens, found[j], number[1], published=published)
                if named is None:
                    break  # `Nationalities Papers 82.7`: a host's bare number is its volume
                # `ADBI Working Paper 1187, Asian Development Bank Institute`: the series, its
                # number, then the body that publishes it
                body: list[Run] = [("genre", a, k + 1), (OTHER, k + 1, number[0])]
                body += [("issue", *number), (OTHER, number[1], named), ("publisher", named, b)]
                return _replace(found, a, b, [r for r in body if r[1] < r[2]])
            start = a
            apa = _apa_series(tokens, found, j, k) if label in _HOSTS else None
            if apa is not None:
                # APA's `Title (Series No. 9312). Publisher.` read as the host and the
                # publisher as the title: the work's title, its series, its publisher
                found = [*found[: apa[1]], ("publisher", *found[apa[1]][1:]), *found[apa[1] + 1 :]]
                start, label = apa[0] + 1, "title"
            elif label == "title":
                opens = next((i for i in range(k - 1, a, -1) if _opens(tokens, i)), None)
                if opens is not None:
                    start = opens + 1
                elif (h := _host_before(found, j)) is not None:
                    # SSRN's `Title (May 2005). Harvard … Discussion Paper No. 528`: the work
                    # read as the host before its date, the series as the title
                    found = [*found[:h], ("title", *found[h][1:]), *found[h + 1 :]]
                else:
                    break  # the whole run is the series or the title: the model decides
            series = (
                "genre" if label in ("title", "genre", "publisher-place") else "collection-title"
            )
            if label == "container-title" and not published:
                series = label  # `PONARS Eurasia Policy Memo No. 412`: no publisher, its host
            new: list[Run] = []
            if start > a:
                new += [("title", a, start - 1), (OTHER, start - 1, start)]
            new.append((series, start, k + 1))
            if number[0] > k + 1:
                new.append((OTHER, k + 1, number[0]))
            new.append(("issue", number[0], number[1]))
            return _replace(found, a, number[1], new)
    return _bracketed_series(tokens, _labelled_number(tokens, found))


def _bracketed_series(tokens: list[Token], found: list[Run], *, named: bool = True) -> list[Run]:
    """`found` with APA's bracketed series and number after the title that the model gave to no
    field, or only part of its number to the issue (`Title (IMF Country Report No. 22/244).
    https://doi.org/…`), read as the genre and the issue. A series whose words name no report
    (`named` false) is read so too when its words are capitalised and the bracket holds them
    and the labelled number alone (`Title (Economic Research No. 2020-3). National Bank …`),
    unless a thesis's bracket follows (ProQuest's `(Publication No. 28413373) [Doctoral
    dissertation, …]`)."""
    for j in range(1, len(found)):
        label, a, _ = found[j]
        if label != OTHER or found[j - 1][0] != "title" or tokens[a].text != "(":
            continue
        m = j
        while m + 1 < len(found) and found[m + 1][0] in _INSIDE:
            if found[m + 1][0] in _MISREAD and ")" in (t.text for t in tokens[a : found[m + 1][1]]):
                break  # a date after the bracket
            m += 1
        b = found[m][2]
        close = next((c for c in range(a + 1, b) if tokens[c].text == ")"), None)
        if close is None:
            continue
        for k in range(a + 1, close):
            if named and (
                tokens[k].text.casefold() not in _report_words()
                or not _entry_ends(tokens, a + 1, k)
            ):
                continue
            if not named and not _capital_series(tokens, a + 1, k, close):
                continue
            number = _number_end(tokens, k + 1)
            if number is None or not _label_length(tokens, k + 1) or number[1] != close:
                continue
            new: list[Run] = [(OTHER, a, a + 1), ("genre", a + 1, k + 1), (OTHER, k + 1, number[0])]
            new += [("issue", *number), (OTHER, number[1], b)]
            return [*found[:j], *new, *found[m + 1 :]]
    return found


_SERIES_WORDS: Final = 5  # words of a series named by no report's word at most


def _capital_series(tokens: list[Token], a: int, k: int, close: int) -> bool:
    """Whether tokens a..k+1 are two to five capitalised words alone before a number's label
    in a bracket that closes at `close` with no thesis's bracket after it, none of them an
    act's or a document's kind (`[legal] law`, `document`)."""
    words = tokens[a : k + 1]
    if not 1 < len(words) <= _SERIES_WORDS or not _label_length(tokens, k + 1):
        return False  # one word before the number: a numbered part (`(Federalist No. 78)`)
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in words):
        return False
    if any(t.text.casefold() in document_kinds() for t in words):
        return False  # an act's or a document's number (`(Law No. 323-ФЗ)`)
    return close + 1 >= len(tokens) or tokens[close + 1].text != "["


def _named_after(tokens: list[Token], run: Run, end: int, *, published: bool) -> int | None:
    """Where the name of a body starts in host `run` after a report's number that ends at
    token `end` and a comma (`…, Asian Development Bank Institute`), when the note names no
    publisher; None otherwise."""
    b = run[2]
    if published or end + 1 >= b or tokens[end].text != ",":
        return None
    return end + 1 if tokens[end + 1].text[:1].isupper() else None


_TAIL_RUNS: Final = frozenset({OTHER, "URL", "DOI", "accessed"})  # what may close a note


def _apa_series(tokens: list[Token], found: list[Run], j: int, k: int) -> tuple[int, int] | None:
    """The bracket that opens a report's series inside host run `j` (its word at token `k`)
    after words of its own, and the run of the title the note closes on after it (the
    publisher's name: `… in Uzbekistan (Policy Research Working Paper No. 9312). World Bank.`),
    when no other title comes before; None otherwise."""
    a = found[j][1]
    opener = next((i for i in range(k - 1, a, -1) if tokens[i].text == "("), None)
    if opener is None or any(run[0] == "title" for run in found[:j]):
        return None
    later = [i for i in range(j + 1, len(found)) if found[i][0] not in _TAIL_RUNS]
    closing = [i for i in later if found[i][0] != "issue"]
    if len(closing) != 1 or found[closing[0]][0] != "title":
        return None
    return opener, closing[0]


def _host_before(found: list[Run], j: int) -> int | None:
    """The host's run before run `j` with only its date between, when the note has no other
    title."""
    h = next((i for i in range(j - 1, -1, -1) if found[i][0] not in (OTHER, "issued")), None)
    if h is None or found[h][0] != "container-title":
        return None
    if any(run[0] == "title" for i, run in enumerate(found) if i != j):
        return None
    return h


def _series_words(tokens: list[Token], run: Run, k: int) -> list[Run]:
    """The run of no field before a report's labelled number, with the series' words in it
    (from the bracket or comma that opens them, or the run's start, to the report's word at
    token `k`: APA's `(ADBI Working Paper No. 1243)`) read as the genre."""
    _label, a, b = run
    opener = next((i for i in range(k - 1, a - 1, -1) if tokens[i].text in "(,"), None)
    start = a if opener is None else opener + 1
    if start > k or not any(t.text[:1].isalpha() for t in tokens[start : k + 1]):
        return [run]
    out: list[Run] = [(OTHER, a, start)] if start > a else []
    return [*out, ("genre", start, k + 1), (OTHER, k + 1, b)]


def _labelled_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that is only a number, written after a report's word and a
    number's label the model left out (APA's `(Report No. 134399-KZ)`), read as the report's
    number (its issue), not its host; so too such a number the model read as a day (`(Working
    Paper No. 22/07)`). The series' words before the label are the genre (`(ADBI Working
    Paper No. 1243)`), the number read as the issue or not."""
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label not in _NUMBER_RUNS or found[j - 1][0] != OTHER:
            continue
        if _number_end(tokens, a) != (a, b):
            continue
        k = next(
            (i for i in range(a - 1, max(0, a - 4), -1) if _label_length(tokens, i) == a - i), 0
        )
        if k < 1:
            continue  # no label right before the number (its period glued after it or none)
        k -= 1
        if k < found[j - 1][1] or tokens[k].text.casefold() not in _report_words():
            continue
        if not _entry_ends(tokens, found[j - 1][1], k):
            continue
        head = [*found[: j - 1], *_series_words(tokens, found[j - 1], k)]
        out, j = [*head, ("issue", a, b), *found[j + 1 :]], len(head)
        # `(Report No. 134399-KZ). World Bank Group.`: the name after it is the publisher
        named = j + 2 < len(out) and out[j + 2][0] == "container-title"
        if named and out[j + 1][0] == OTHER and all(run[0] != "publisher" for run in out):
            out[j + 2] = ("publisher", out[j + 2][1], out[j + 2][2])
        return out
    return found
