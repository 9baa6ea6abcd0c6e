"""Labelled character spans onto tokens, and a corpus record's gold fields onto its text;
and a note's labels as runs, the form the decoder's passes share (`runs`, `painted`).

Training data arrives as text with character spans labelled by CSL variable (the generator's
`LabelledText`, or the user's own labelled notes); the tagger learns one label per token.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from citekit.citations.tagger.tokens import Token
from citekit.dates import read_date

__all__ = [
    "LABELS",
    "OTHER",
    "ROMAN",
    "Run",
    "bio_labels",
    "first_at",
    "first_run",
    "is_day",
    "is_year",
    "label_at",
    "labels_at",
    "modern_year",
    "painted",
    "record_spans",
    "run_label",
    "runs",
    "token_labels",
    "unlabelled_after",
]

OTHER: Final = "other"
# the letters of an upper-case Roman numeral as citations number a volume, part or issue
# (`Т. III`, `Part IV`, `XII. Kongre`): no D or M, no year is written so
ROMAN: Final = frozenset("IVXLC")
Run = tuple[str, int, int]  # a labelled run of tokens: label, first token, last token + 1
run_label = operator.itemgetter(0)  # a run's label (mapped over runs at C speed)
LABELS: Final = (
    "author",
    "editor",
    "translator",
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "publisher-place",
    "issued",
    "accessed",
    "volume",
    "issue",
    "page",
    "number-of-pages",
    "edition",
    "DOI",
    "ISBN",
    "URL",
    "genre",
    OTHER,
)
_KNOWN: Final = frozenset(LABELS)


def runs(labels: Sequence[str]) -> list[Run]:
    """(label, first token, last token + 1) for each run of one label."""
    # a plain loop (compiled, each comparison is one C call; a `map` over `operator.ne` called
    # it through Python's generic call at every token)
    out: list[Run] = []
    label, a = "", 0
    for i, current in enumerate(labels):
        if not i:
            label = current
        elif current != label:
            out.append((label, a, i))
            label, a = current, i
    if labels:
        out.append((label, a, len(labels)))
    return out


def labels_at(found: Sequence[Run], size: int) -> list[str]:
    """Each of `size` tokens' label in the runs `found` (`OTHER` where no run holds it): the
    inverse of `runs`."""
    out = [OTHER] * size
    for label, a, b in found:
        out[a:b] = [label] * (b - a)
    return out


def label_at(found: Sequence[Run], k: int) -> str:
    """The label of the run of `found` that holds token `k`, or `OTHER` when none does."""
    return next((label for label, a, b in found if a <= k < b), OTHER)


def painted(found: list[Run], run: Run) -> list[Run]:
    """`found` with `run` laid over the runs it overlaps (their rest kept)."""
    label, s, e = run
    out: list[Run] = []
    for kind, c, d in found:
        if d <= s or c >= e:
            out.append((kind, c, d))
            continue
        if c < s:
            out.append((kind, c, s))
        if (label, s, e) not in out:
            out.append((label, s, e))
        if d > e:
            out.append((kind, e, d))
    return out


def first_run(found: Sequence[Run], label: str) -> int | None:
    """The index of the first run of `found` with `label`, or None when there is none."""
    return next((j for j, run in enumerate(found) if run[0] == label), None)


_ALIASES: Final = {"pages": "page", "extent": "number-of-pages", "place": "publisher-place"}


def label_of(name: str) -> str:
    """The tagger's label for a CSL variable name (unknown variables become ``other``)."""
    name = _ALIASES.get(name, name)
    return name if name in _KNOWN else OTHER


_START: Final = operator.attrgetter("start")


def first_at(tokens: Sequence[Token], ordered: Sequence[tuple[int, int, str]]) -> int:
    """The first token that does not start before the first of the `ordered` spans (no span
    holds a token before it): found by bisection, the tokens being in order."""
    return bisect.bisect_left(tokens, ordered[0][0], key=_START) if ordered else len(tokens)


def token_labels(tokens: list[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Each token's label: that of the span its first character falls in, else ``other``."""
    ordered = sorted(spans)
    labels = [OTHER] * len(tokens)
    j, count = 0, len(ordered)
    for i in range(first_at(tokens, ordered), len(tokens)):
        tok = tokens[i]
        if j == count:
            break  # every span is behind: the rest are ``other``
        while j < count and ordered[j][1] <= tok.start:
            j += 1
        if j < count and ordered[j][0] <= tok.start < ordered[j][1]:
            labels[i] = label_of(ordered[j][2])
    return labels


def bio_labels(
    tokens: list[Token], labels: Sequence[str], spans: Iterable[tuple[int, int, str]]
) -> list[str]:
    """`labels` as B-/I- labels: a token that opens a span (or a new run) is ``B-``, the
    others ``I-``; ``other`` stays as it is. Adjacent names ("Иванов И. И. Петров П. П.")
    are then two runs."""
    starts = {s for s, _e, _l in spans}
    out: list[str] = []
    for i, (tok, label) in enumerate(zip(tokens, labels, strict=True)):
        if label == OTHER:
            out.append(label)
        elif i == 0 or labels[i - 1] != label or tok.start in starts:
            out.append("B-" + label)
        else:
            out.append("I-" + label)
    return out


# gold keys of the corpus records (schema v2) and the labels they stand for, longest first
_STRING_FIELDS: Final = (
    ("url", "URL"),
    ("doi", "DOI"),
    ("isbn", "ISBN"),
    ("title", "title"),
    ("container", "container-title"),
    ("publisher", "publisher"),
    ("place", "publisher-place"),
    ("edition", "edition"),
)
_LIST_FIELDS: Final = (("author", "author"), ("editor", "editor"), ("translator", "translator"))
_NUMBER_FIELDS: Final = (("volume", "volume"), ("issue", "issue"), ("extent", "number-of-pages"))


def _pattern(value: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in value.split()]
    return re.compile(r"\s+".join(words))


def _place(
    text: str, value: str, label: str, taken: list[tuple[int, int, str]], *, last: bool = False
) -> bool:
    """Mark the first (or last) free occurrence of `value`; False when there is none."""
    value = value.strip()
    if not value:
        return True
    found = [
        m
        for m in _pattern(value).finditer(text)
        if not any(s < m.end() and m.start() < e for s, e, _l in taken)
        and not (m.start() and text[m.start() - 1].isalnum() and value[0].isalnum())
        and not (m.end() < len(text) and text[m.end()].isalnum() and value[-1].isalnum())
    ]
    if not found:
        return False
    m = found[-1] if last else found[0]
    taken.append((m.start(), m.end(), label))
    return True


def _place_date(text: str, iso: str, label: str, taken: list[tuple[int, int, str]]) -> bool:
    year = iso[:4]
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", text):
        for lo in (max(0, m.start() - 24), m.start()):
            window = text[lo : m.end() + 24]
            reading = read_date(window)
            if reading.date is not None and reading.date.isoformat() == iso:
                start, end = lo + reading.start, lo + reading.end
            elif len(iso) == 4:
                start, end = m.start(), m.end()
            else:
                continue
            if not any(s < end and start < e for s, e, _l in taken):
                taken.append((start, end, label))
                return True
    return False


def record_spans(text: str, gold: Mapping[str, Any]) -> list[tuple[int, int, str]] | None:
    """Spans of `text` labelled from a corpus record's gold fields, or None when a field the
    gold states cannot be found in the text (such a record would teach wrong labels)."""
    taken: list[tuple[int, int, str]] = []
    publisher = gold.get("publisher")
    for key, label in _STRING_FIELDS:
        value = gold.get(key)
        if not isinstance(value, str) or not value:
            continue
        if key == "container" and value == publisher:
            continue  # a book's publisher, also written as its container: labelled once
        if not _place(text, value, label, taken):
            return None
    for key, label in _LIST_FIELDS:
        for name in gold.get(key) or ():
            if not _place(text, name, label, taken):
                return None
    for key, label in (("issued", "issued"), ("accessed", "accessed")):
        value = gold.get(key)
        if isinstance(value, str) and value and not _place_date(text, value, label, taken):
            return None
    for key, label in _NUMBER_FIELDS:
        value = gold.get(key)
        if isinstance(value, str) and value and not _place(text, value, label, taken):
            return None
    pages = gold.get("pages")
    if isinstance(pages, str) and pages and not _place(text, pages, "page", taken, last=True):
        return None
    return sorted(taken)


def is_day(text: str) -> bool:
    """Whether a token is a day of a month: one or two decimal digits, 1 to 31."""
    return text.isdecimal() and len(text) <= 2 and 1 <= int(text) <= 31


def is_year(text: str) -> bool:
    """Whether a token is a year a citation writes: four decimal digits, 1500 to 2099 (`²⁰¹⁹`
    has digits, no number)."""
    return len(text) == 4 and text.isdecimal() and 1500 <= int(text) <= 2099


def modern_year(text: str) -> bool:
    """Whether a token is a year of the last two centuries: four decimal digits, 1800 to 2099
    (a modern work's, an act's)."""
    return len(text) == 4 and text.isdecimal() and text[:2] in ("18", "19", "20")


def unlabelled_after(found: list[Run], field: str, absent: str) -> int | None:
    """The index of the run the model left to no field right after the note's first `field`
    run, in a note with no `absent` run (a page after the issue, a publisher after the place);
    None where there is none."""
    labels = [run[0] for run in found]
    if field not in labels or absent in labels:
        return None  # most notes (at C speed)
    j = labels.index(field) + 1
    return j if j < len(found) and found[j][0] == OTHER else None
