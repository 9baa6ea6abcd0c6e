"""A court's decision is cited by its case numbers and its day: `Yargıtay 4. HD, E. 2019/123,
K. 2020/45, T. 15.01.2020`, `AYM, B. No: 2018/12345, 25.06.2020`, `Başvuru No: 28749/18`,
`App. no. 74025/01`. A case number (its label, the register's year or number, the slash and
the rest) is no volume, page, title or date; the day written whole in such a note is the
decision's date, never an access date unless an access word says so. A case's name closes at
the comma before its law report (`Marbury v. Madison, 5 U.S. (1 Cranch) 137`), whose first
number is the report's volume and whose number after the reporter is the first page; a day
after the comma (`(ECtHR, 15 November 2018)`) is the judgment's date, no report."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.and_coauthor import and_words
from citekit.citations.tagger.body_statements import initial_at
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union, slashed_digits
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue
from citekit.dates import parse_date
from citekit.languages import available_languages, language

__all__ = [
    "APPLICATION",
    "CASE_REPORT",
    "ECLI",
    "EU_CASE",
    "case_numbers",
    "labelled_case",
    "law_report",
    "report_start",
    "section_pinpoint",
    "spaced_v",
]

_DAY: Final = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d/])")


# the EU courts' case number's shape (`C-402/05 P`, `T-315/01`): see `EU_CASE`
_EU_NUMBER: Final = r"[CTF]-\d{1,4}/\d{2}(?:\s(?:P|PPU|REC|RENV|DEP|INT|REV|OP)(?![\w-]))?(?![\w/])"


def _label(label: str) -> str:
    """A label's pattern: its space may be left out after a stop (`B.No`), and a label that
    closes with no stop may take one and a colon (`Esas No.:`)."""
    words = label.split()
    out = re.escape(words[0])
    for before, word in itertools.pairwise(words):
        out += (r"\s*" if before.endswith(".") else r"\s+") + re.escape(word)
    return out if label.endswith(".") else out + r"\.?:?"


@functools.cache
def _case() -> re.Pattern[str]:
    """A case number's label (the language files' `[legal] case_number`) and its number:
    `E. 2019/123`, `K.2020/45`, `B. No: 2018/123`, `Başvuru No: 28749/18`, `App. no. 74025/01`."""
    labels = {
        w for code in available_languages() for w in language(code).legal.get("case_number", ())
    }
    alternation = "|".join(_label(w) for w in sorted(labels, key=lambda w: (-len(w), w)))
    number = rf"(?:{_EU_NUMBER}|\d{{1,6}}/\d{{1,6}})"
    return re.compile(rf"(?<![\w.])(?:{alternation})\s*(?P<n>{number})")


@functools.cache
def labelled_case() -> re.Pattern[str]:
    """A case number's label and any court's docket number after it, letters and dashes in it
    (`Case No. IT-94-1-A`, `Case No. ICC-01/04-01/06`, `Case No. 1:17-cv-00050`, an
    arbitration institute's `SCC Case No. V 116/2010`, ICSID's `ARB/05/16` and `ARB(AF)/06/1`;
    group `n`): with a case's name
    (`Prosecutor v. Tadić`), a decision's own number."""
    labels = {
        w for code in available_languages() for w in language(code).legal.get("case_number", ())
    }
    alternation = "|".join(_label(w) for w in sorted(labels, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?<![\w.])(?:{alternation})\s*(?P<n>(?:[A-Z]{{1,4}}(?:\([A-Z]{{1,4}}\))?[\s/]?)?-?\d[\w./:-]*\w)"
    )


@functools.cache
def _postposed() -> re.Pattern[str]:
    """A case number before its one-letter label (`2019/45 E.`, `2020/12 K.`: Turkish notes
    write the register's label after the number too), the label given to the number."""
    labels = {
        w
        for code in available_languages()
        for w in language(code).legal.get("case_number", ())
        if len(w) == 2 and w.endswith(".")
    }
    alternation = "|".join(re.escape(w) for w in sorted(labels))
    return re.compile(rf"(?<![\w/])(?P<n>\d{{1,6}}/\d{{1,6}})\s(?:{alternation})(?!\w)")


@functools.cache
def section_pinpoint() -> re.Pattern[str]:
    """A decision's cited paragraph after its number (the language files' `[legal] section`
    words: `§ 38`, `para 285`, `paragraph 285`): a pinpoint, no field's value."""
    words = {w for code in available_languages() for w in language(code).legal.get("section", ())}
    alternation = "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
    return re.compile(rf"(?<!\w)(?:{alternation})\s*\d+(?:\s?[–-]\s?\d+)?(?![\w/])")


# the EU courts' case numbers (`C-402/05 P`, `T-315/01`, `Joined Cases C-402/05 P and
# C-415/05 P`: the court's letter, the number and the year, an appeal's or an urgent
# procedure's mark) and a European Case Law Identifier (`ECLI:EU:C:2008:461`, the EU courts'
# own `EU:C:2008:461`): a decision's
# own numbers wherever they stand, no page, year or author
EU_CASE: Final = re.compile(rf"(?<![\w-]){_EU_NUMBER}")
ECLI: Final = re.compile(r"(?<!\w)(?:ECLI:[A-Z]{2}:[A-Z0-9.]{1,8}|EU:[CTF]):\d{4}:[\w.]*\w")
# an application's number after `no.` in a note that names a case (`Kavala v. Turkey,
# no. 28749/18`: the European Court of Human Rights' register, number and year)
APPLICATION: Final = re.compile(r"(?<!\w)[Nn]os?\.\s?(?P<n>\d{1,6}/\d{2})(?![\d/])")


# a case's name and its law report: `Marbury v. Madison, 5 U.S. (1 Cranch) 137`,
# `X v. Y, [2004] UKHL 22`, and OSCOLA's with no comma, `Kadi v Council [2008] ECR I-6351`;
# group 1 is the comma or space before the report (the second party's name and a bracket are a
# few words: bounded, so many `v` words or unclosed brackets read in linear time)
CASE_REPORT: Final = re.compile(
    r"\S\s+v\.?\s+\S[^,\[]{0,200}(?:(,)\s*"
    r"(?:\d+\s+[A-Z][\w.]*(?:\s[\w.]+){0,3}\s+(?:\([^)]{0,60}\)\s+)?\d+|\[\d{4}\])"
    r"|(?<=\w)(\s)(?:\[\d{4}\]\s+[A-Z]|\(\d{4}\)\s+\d+\s+[A-Z][\w.]*(?:\s[\w.]+){0,3}\s+\d+))"
)


_HEADLINE_CLOSERS: Final = frozenset('”"»’')  # a quoted headline's closing marks


def law_report(text: str) -> re.Match[str] | None:
    """The first `CASE_REPORT` match in the text, unless a quoted headline holds its `v` and a
    day follows (`“… topliva v Rossiiu.” Vedomosti, 11 Oct. 2022`: its paper's date); a
    judgment cited by its day stays one (`Kokkinakis v. Greece, 25 May 1993`)."""
    at = 0
    while (report := CASE_REPORT.search(text, at)) is not None:
        if _unnamed_bracket(report):
            at = report.start() + 1
            continue
        cited = text[report_start(report) : report.end()].strip(" ,")
        date = parse_date(cited) if cited[:1].isdigit() else None
        quoted = any(c in _HEADLINE_CLOSERS for c in text[report.start() : report_start(report)])
        if date is None or date.day is None or not quoted:
            return report  # `Kokkinakis v. Greece, 25 May 1993`: a judgment by its day
        at = report.start() + 1
    return None


# a sentence's period (after a word of three letters or more) or an initial's: no `v.`, `St.`
_SENTENCE_END: Final = re.compile(r"(?:[^\W\d_]{3,}|\b[^\W\d_])\.\s")


def _unnamed_bracket(report: re.Match[str]) -> bool:
    """Whether a report after its year's bracket (OSCOLA's `Öcalan v Turkey (2005) 41 EHRR
    45`) follows words that are no case's name alone: a sentence's period or a comma before
    the parties (`Ivanov I. Pravo v Kazakhstane (2010) 2 Vestnik …`, `Jane Smith, Donoghue v
    Stevenson at Ninety (2022) 138 LQR 45`: an article's title)."""
    text = report.string
    if not text[report_start(report) :].lstrip().startswith("("):
        return False
    head = text[: report.start() + 1]  # up to the first party's last letter
    return "," in head or _SENTENCE_END.search(head) is not None


def report_start(report: re.Match[str]) -> int:
    """Where a `CASE_REPORT` match's case name ends: its comma, or the space before `[2008]`."""
    return report.start(1) if report.group(1) is not None else report.start(2)


def spaced_v(text: str) -> bool:
    """Whether a "v" stands after a space and before a period or a space, as `CASE_REPORT`'s
    `Marbury v. Madison` needs: told by a look at each "v", not a scan by the pattern."""
    i = text.find("v", 1)
    while i >= 0:
        after = text[i + 1 : i + 2]
        if text[i - 1].isspace() and (after == "." or after.isspace()):
            return True
        i = text.find("v", i + 1)
    return False


_NAMED: Final = frozenset({"author", "title"})
# a decision's kind after its docket's number, before its bracketed day (`, Award (…)`,
# `, Second Partial Award on Track II (…)`): capitalised, a few words, no digit
_DECISION_KIND: Final = re.compile(r",\s*(?P<g>[A-Z][^\W\d_]*(?:\s+[^\W\d_]+){0,7})\s*\(")
_VERSUS: Final = re.compile(r"\S(?=\s+v\.?\s+[^\W\d_])")  # a first party's last character


_JOINS: Final = frozenset({"and", "&", ","})


_OTHERS: Final = frozenset({".", "et", "al", "v"})  # what closes a first party, and its `v`


def _joins(tokens: list[Token], run: Run, words: frozenset[str]) -> bool:
    """Whether a run outside any field holds only `words` (`and`, `&` joining two names of one
    party; `et al.` closing one)."""
    label, a, b = run
    return label == OTHER and all(tokens[k].text in words for k in range(a, b))


def _parties(tokens: list[Token], found: list[Run], at: int, comma: int, end: int) -> list[Run]:
    """`found` with a case's name (its parties from the first, whose last character is at
    `at`, to the `comma` before its report or docket number: `Chevron Corp. v. Republic of
    Ecuador, 949 F. Supp. 2d 57`) one title, whatever the model called the first party (an
    author), and no author or title in the report or number up to `end`."""
    j = next((j for j, (_, _, b) in enumerate(found) if tokens[b - 1].end > at), None)
    if j is None:
        return list(found)
    if found[j][0] == OTHER and j and _joins(tokens, found[j], _OTHERS):
        j -= 1  # `Corp.`, `et al.`: the period or the others the model left out of the party
    if found[j][0] not in _NAMED:
        return list(found)
    while j > 0:
        if _glued_initials(tokens, found[j]) and found[j - 1][0] in _NAMED:
            j -= 1  # `Rumeli Telekom A.` `S.`: a company's initials read as two names
        elif j > 1 and _glued_initials(tokens, found[j]) and found[j - 2][0] in _NAMED:
            j -= 2  # … or as two names and the period between
        elif j > 1 and found[j - 2][0] in _NAMED and _joins(tokens, found[j - 1], _JOINS):
            j -= 2  # `Anatolie Stati and Others v …`: a party of several names
        elif (
            j > 1
            and found[j - 2][0] in _NAMED
            and _joins(tokens, found[j - 1], and_words())
            and _company_close(tokens, found[j])
            and not any(initial_at(tokens, k) for k in range(found[j - 2][1], found[j - 2][2]))
        ):
            j -= 2  # `Sanayi ve Ticaret A.Ş.`: a company's words (no person's initials before)
        else:
            break
    cut = next((k for k, t in enumerate(tokens) if t.start >= comma), len(tokens))
    out = painted(found, ("title", found[j][1], cut))
    return [
        (OTHER if label in _NAMED and a >= cut and tokens[b - 1].end <= end else label, a, b)
        for label, a, b in out
    ]


def _glued_initials(tokens: list[Token], run: Run) -> bool:
    """Whether a run opens on a capital and its period glued to the token before it (the `S.`
    of `A.S.`): the rest of a company's initials the run before holds the first of."""
    a = run[1]
    if a == 0 or a + 1 >= len(tokens) or tokens[a].start != tokens[a - 1].end:
        return False
    return tokens[a - 1].text == "." and initial_at(tokens, a)


def _company_close(tokens: list[Token], run: Run) -> bool:
    """Whether a run closes on a company's initials (`Ticaret A.Ş.`, `Telekom A.S.`)."""
    letters = [k for k in range(run[1], run[2]) if tokens[k].text != "."]
    return bool(letters) and initial_at(tokens, letters[-1])


def _docket(text: str) -> tuple[int, int, int, re.Match[str]] | None:
    """Where a case named by its parties and cited by its docket's number (`Anatolie Stati et
    al. v. Republic of Kazakhstan, SCC Case No. V 116/2010`) has its first party's last
    character, the comma before the number and the number's end, with the number's match;
    None if it is not so cited."""
    docket = labelled_case().search(text)
    if docket is None:
        return None
    comma = text.rfind(",", 0, docket.start())
    versus = _VERSUS.search(text, 0, max(comma, 0))
    if comma < 0 or versus is None or text[versus.end() : comma].count(",") > 1:
        return None
    head = text[:comma].rstrip()
    if head.endswith("]") and (bracket := head.rfind("[")) > versus.end():
        comma = bracket  # `Demirtaş v. Turkey (No. 2) [GC], App. No. …`: the chamber, no name's
    return versus.start(), comma, docket.end(), docket


def _docketed(tokens: list[Token], found: list[Run], docket: re.Match[str]) -> list[Run]:
    """`found` with a docket's label given to no field, its number the decision's, the
    decision's kind after it the genre (`, Award (December 19, 2013)`, `, Decision on
    Jurisdiction (…)`) and a cited paragraph after it (`¶ 1095`) no field's value."""
    text, starts = docket.string, [t.start for t in tokens]
    runs: list[Run] = []
    label = _inside(tokens, starts, docket.start(), docket.start("n"))
    number = _inside(tokens, starts, *docket.span("n"))
    if not number:
        return found
    if label:
        runs.append((OTHER, label[0], label[-1] + 1))
    runs.append(("number", number[0], number[-1] + 1))
    kind = _DECISION_KIND.match(text, docket.end())
    if (
        kind is not None
        and not has_type_cue("court", kind.group("g"))  # `, Trial Chamber I (…)`: its court
        and (inside := _inside(tokens, starts, *kind.span("g")))
    ):
        runs.append(("genre", inside[0], inside[-1] + 1))
    out = _laid(found, runs)
    for pin in section_pinpoint().finditer(text, docket.end()):
        if inside := _inside(tokens, starts, *pin.span()):
            out = painted(out, (OTHER, inside[0], inside[-1] + 1))
    return out


def _inside(tokens: list[Token], starts: Sequence[int], start: int, end: int) -> list[int]:
    """The tokens wholly within `start`…`end` (`starts`: the tokens' starts, in order), found by
    bisection: many case numbers cost no scan of every token each."""
    i = bisect.bisect_left(starts, start)
    found: list[int] = []
    while i < len(tokens) and tokens[i].end <= end:
        found.append(i)
        i += 1
    return found


def _laid(found: list[Run], runs: list[Run]) -> list[Run]:
    """`found` with each of `runs` (in order, apart) laid over the runs it overlaps, their
    rest kept: `painted` with each in turn, in one pass."""
    out: list[Run] = []
    placed: set[Run] = set()
    k = 0
    for kind, c, d in found:
        while k < len(runs) and runs[k][2] <= c:
            k += 1
        cursor = c
        j = k
        while j < len(runs) and runs[j][1] < d:
            run = runs[j]
            if cursor < run[1]:
                out.append((kind, cursor, run[1]))
            if run not in placed:
                out.append(run)
                placed.add(run)
            cursor = max(cursor, run[2])
            j += 1
        if cursor < d:
            out.append((kind, cursor, d))
    return out


# a law report's volume, its reporter's abbreviation, its first page and a pinpoint page
# after it: `302 F. Supp. 3d 187, 190`, `5 U.S. (1 Cranch) 137`
_REPORT_NUMBERS: Final = re.compile(
    r",\s*(\d+)\s+[A-Z][\w.]*(?:\s[\w.]+){0,3}?\s+(?:\([^)]{0,60}\)\s+)?(\d+)(?!\w|\.\w)"
    r"(?:,\s*(\d+(?:[–-]\d+)?)(?!\w|\.\w))?"
)


# OSCOLA's report after its year's bracket: `Öcalan v Turkey (2005) 41 EHRR 45, para 169`
_DATED_REPORT: Final = re.compile(
    r"\s*\((?P<year>\d{4})\)\s+(?P<volume>\d+)\s+(?P<reporter>[A-Z][\w.]*(?:\s[\w.]+){0,3}?)"
    r"\s+(?P<page>\d+)(?!\w|\.\w)"
)


def _day(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b read as a date to the day (`12 May 2005`)."""
    date = parse_date(" ".join(t.text for t in tokens[a:b]))
    return date is not None and date.day is not None


def _dated_report(tokens: list[Token], found: list[Run], report: re.Match[str]) -> list[Run]:
    """`found` with OSCOLA's `(Year) Volume Reporter Page` after the parties read: the year the
    decision's date, the reporter its host, the volume and first page as written."""
    numbers = _DATED_REPORT.match(report.string, report_start(report))
    if numbers is None:
        return found
    starts = [t.start for t in tokens]
    runs: list[Run] = []
    for group, label in (
        ("year", "issued"),
        ("volume", "volume"),
        ("reporter", "container-title"),
        ("page", "page"),
    ):
        inside = _inside(tokens, starts, *numbers.span(group))
        if inside:
            runs.append((label, inside[0], inside[-1] + 1))
    taken = {"volume", "container-title", "page"}
    later = any(
        label == "issued" and tokens[a].start >= numbers.end() and _day(tokens, a, b)
        for label, a, b in found
    )
    if later:  # `(ECtHR, 12 May 2005)` after the report: the judgment's day
        runs = [run for run in runs if run[0] != "issued"]
    else:
        taken.add("issued")
    out = [(OTHER if label in taken else label, a, b) for label, a, b in found]
    return _laid(out, runs)


def _report_numbers(tokens: list[Token], found: list[Run], report: re.Match[str]) -> list[Run]:
    """`found` with a law report's numbers as written: the number before the reporter is its
    volume, the one after it the decision's first page, a pinpoint after that no field."""
    numbers = _REPORT_NUMBERS.match(report.string, report_start(report))
    if numbers is None:
        return _dated_report(tokens, found, report)
    if parse_date(report.string[numbers.start(1) : numbers.end(2)]) is not None:
        return found  # `(ECtHR, 15 November 2018)`: the judgment's day, no volume and page
    starts = [t.start for t in tokens]
    runs: list[Run] = []
    for group, label in ((1, "volume"), (2, "page"), (3, OTHER)):
        if numbers.group(group) is not None:
            inside = _inside(tokens, starts, *numbers.span(group))
            if inside:
                runs.append((label, inside[0], inside[-1] + 1))
    out = [(OTHER if label in ("volume", "page") else label, a, b) for label, a, b in found]
    return _laid(out, runs)


def _numbers(text: str) -> list[tuple[int, int, int]]:
    """A decision's case numbers in `text`: where each one's label starts, where its number
    starts and where it ends (`E. 2019/123`, `C-402/05 P`, `ECLI:EU:C:2008:461`, and
    `no. 28749/18` when a case is named)."""
    found = [(m.start(), m.start("n"), m.end()) for m in _case().finditer(text)]
    for m in _postposed().finditer(text):  # the number, then its label after it
        found += [(m.start(), m.start(), m.end("n")), (m.end("n"), m.end(), m.end())]
    found += [(m.start(), m.start(), m.end()) for m in EU_CASE.finditer(text)]
    found += [(m.start(), m.start(), m.end()) for m in ECLI.finditer(text)]
    if not found and " v" in text and spaced_v(text):
        found += [(m.start(), m.start("n"), m.end()) for m in APPLICATION.finditer(text)]
    out: list[tuple[int, int, int]] = []
    for number in sorted(found, key=lambda f: (f[0], -f[2])):  # one inside another: the outer
        if not out or number[0] >= out[-1][2]:
            out.append(number)
    return out


def _joined_numbers(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the word that joins two case numbers (`C-92/09 and C-93/09`, a language's
    `and` word or a comma) given to no field: the numbers' own, no title."""
    out = list(found)
    for j in range(1, len(out) - 1):
        label, a, b = out[j]
        if out[j - 1][0] != "number" or out[j + 1][0] != "number" or label == OTHER:
            continue
        if all("and" in marks[k] or not tokens[k].text.isalnum() for k in range(a, b)):
            out[j] = (OTHER, a, b)
    return out


def _named_case(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a decision's short name, read as a person's, its title: the one name run
    just before its first case number (`Judgment of 3 September 2008, Kadi, C-402/05 P`), in
    a note with no title (a decision is cited by its parties, never by an author)."""
    first = next((j for j, run in enumerate(found) if run[0] == "number"), None)
    if (
        first is None
        or first < 2
        or any(
            label == "title" and any(t.text.isalnum() for t in tokens[a:b]) for label, a, b in found
        )
    ):
        return found
    label, a, b = found[first - 2]
    between = found[first - 1]
    if label != "author" or between[0] != OTHER or tokens[between[1]].text != ",":
        return found
    if any(run[0] == "author" for run in found[: first - 2]):
        return found  # a list of names: no case's one name
    return [*found[: first - 2], ("title", a, b), *found[first - 1 :]]


def case_numbers(
    tokens: list[Token], text: str, marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a decision's case numbers given to no field and its day, which the model
    read as an access date with no access word, as the date it was given; a law report's
    volume and first page as written (`302 F. Supp. 3d 187`)."""
    if " v" in text and spaced_v(text):
        if (report := law_report(text)) is not None:
            parties = _parties(tokens, found, report.start(), report_start(report), report.end())
            found = _report_numbers(tokens, parties, report)
        elif (docket := _docket(text)) is not None:
            found = _docketed(tokens, _parties(tokens, found, *docket[:3]), docket[3])
    if not slashed_digits(text) and "EU:" not in text and "ECLI:" not in text:
        return list(found)  # no `2019/123`: no case number (most notes)
    spans = _numbers(text)
    if not spans:
        return list(found)
    starts = [t.start for t in tokens]
    numbers: list[Run] = []
    for s, n, e in spans:
        label = _inside(tokens, starts, s, n)
        inside = _inside(tokens, starts, n, e)
        if label:
            numbers.append((OTHER, label[0], label[-1] + 1))
        if inside:
            numbers.append(("number", inside[0], inside[-1] + 1))
    for pin in section_pinpoint().finditer(text, spans[0][2]):
        if inside := _inside(tokens, starts, *pin.span()):
            numbers.append((OTHER, inside[0], inside[-1] + 1))
    numbers.sort(key=lambda run: run[1])
    out = _named_case(tokens, _joined_numbers(tokens, marks, _laid(found, numbers)))
    if "Baccessed" in marks_union(marks):
        return out
    out = [("issued" if label == "accessed" else label, a, b) for label, a, b in out]
    day = next(_DAY.finditer(text, spans[-1][2]), None)  # `T. 15.01.2020`: the day whole
    if day is None and slashed_digits(text):
        day = next(_DAY.finditer(text, 0, spans[0][0]), None)  # `12.03.2019 tarih ve 2019/45 E.`
    if day is not None:
        inside = _inside(tokens, starts, day.start(), day.end())
        if inside:
            out = painted(out, ("issued", inside[0], inside[-1] + 1))
    return out
