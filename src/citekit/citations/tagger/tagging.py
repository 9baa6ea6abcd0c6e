"""A citation's path from its text to its labels, one note at a time (compiled: the package's
`Tagger` holds the model and calls these).

The exact rules' fields go on their tokens (`rule_labels`); the model labels the rest, kept to
two constraints (`keep_constraints`: a cited work has a title, a person's run holds a name);
the shape passes after it read the labels as a whole (`tag_runs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from citekit.citations.structure import Exact
from citekit.citations.tagger.advisors import advisor_names
from citekit.citations.tagger.align import first_at, label_of
from citekit.citations.tagger.apostrophe_letters import apostrophe_lettered
from citekit.citations.tagger.ayn_words import ayn_read
from citekit.citations.tagger.features import rows_and_marks
from citekit.citations.tagger.keyboard_labels import keyboard_read
from citekit.citations.tagger.lists import list_closing_words
from citekit.citations.tagger.persons import PERSONS, nameless_persons
from citekit.citations.tagger.role_phrases import role_names
from citekit.citations.tagger.roman_months import roman_month_dates
from citekit.citations.tagger.shapes import body_heading, quoted_titles, shape_names
from citekit.citations.tagger.tokens import Token, as_read, tokenize

if TYPE_CHECKING:
    from citekit.citations.tagger import Tagger
    from citekit.citations.tagger.constrained import Rows

__all__ = [
    "label_runs",
    "plain_labels",
    "rule_labels",
    "tag_runs",
]

# a citation longer than this many tokens is prose or a pasted page: only its head is tagged
MAX_TOKENS: Final = 400
# the Arabic script's comma and semicolon are read as the comma and semicolon they are (one
# character for one: the tokens' offsets stay the text's)
_ARABIC_MARKS: Final = str.maketrans({"،": ",", "؛": ";"})
# runs that never become the title when the model finds none
_NEVER_TITLE: Final = frozenset(
    {"other", "issued", "accessed", "URL", "DOI", "ISBN", "page", "volume"}
)
_PLAIN: Final[dict[str, str]] = {}  # each B-/I- label without its prefix, made once


def plain_labels(raw: Sequence[str]) -> list[str]:
    """Labels without their B-/I- prefixes (each label's made once)."""
    out: list[str] = []
    for label in raw:
        plain = _PLAIN.get(label)
        if plain is None:
            plain = _PLAIN[label] = label[2:] if label[:2] in ("B-", "I-") else label
        out.append(plain)
    return out


def _free_title(labels: Sequence[str], fixed: Sequence[bool]) -> bool:
    """Whether the model labels a title on a token no exact rule holds (a rule's field wins
    over the model's title there)."""
    if not any(fixed):
        return "title" in labels
    return any(label == "title" and not f for label, f in zip(labels, fixed, strict=True))


def _title_cuts_name(tokens: Sequence[Token], labels: Sequence[str]) -> bool:
    """Whether the title opens on a word right after a person's word, no mark between
    (`Yusuf Has Hacib`): no style writes a title so, the decode that gave it is not kept."""
    return any(
        labels[i] == "title"
        and labels[i - 1] in PERSONS
        and tokens[i - 1].text.isalnum()
        and tokens[i].text.isalnum()
        for i in range(1, len(labels))
    )


def keep_constraints(
    tagger: Tagger,
    rows: Rows,
    fixed: Sequence[bool],
    tokens: Sequence[Token],
    raw: list[str],
    labels: list[str],
    titled: bool = True,
) -> list[str]:
    """`raw` decoded again, at most three times, while it breaks a constraint."""
    forbid: dict[int, set[str]] = {}
    free = not fixed or not all(fixed)
    # the rows' scores, summed once (numpy's: typed loosely, the build of the compiled modules
    # reads no numpy types)
    emissions: Any = None
    for _round in range(3):
        nameless = nameless_persons(tokens, labels)
        need_title = titled and free and len(labels) >= 2 and not _free_title(labels, fixed)
        if not nameless and not need_title:
            break
        for i in nameless:
            forbid.setdefault(i, set()).update(PERSONS)
        if need_title:
            for i, is_fixed in enumerate(fixed):
                if is_fixed:
                    forbid.setdefault(i, set()).add("title")
        weights = tagger._constrained()
        if emissions is None:
            emissions = weights.emissions(rows)
        raw = weights.decode(rows, forbid, need_title=need_title, emissions=emissions)
        labels = plain_labels(raw)
    return raw


def label_runs(
    tagger: Tagger,
    rows: Rows,
    fixed: Sequence[bool] = (),
    tokens: Sequence[Token] | None = None,
    titled: bool = True,
) -> tuple[list[str], set[int]]:
    """`Tagger.label_runs`: the model's labels of `rows`, kept to the constraints, and the
    tokens that start a new run inside a run of one label."""
    if not rows:
        return [], set()
    bio: bool = tagger.bio
    raw: list[str] = list(tagger._tagger.tag(rows))
    labels = plain_labels(raw) if bio else list(raw)
    if tokens is not None:
        kept = keep_constraints(tagger, rows, fixed, tokens, raw, labels, titled)
        if kept is not raw:  # decoded again
            raw = kept
            labels = plain_labels(raw) if bio else list(raw)
    starts: set[int] = set()  # only a B-/I- model tells where a run starts
    if bio:  # a B- label that goes on its run's label
        for i in range(1, len(raw)):
            if raw[i].startswith("B-") and labels[i] == labels[i - 1]:
                starts.add(i)
    if _free_title(labels, fixed) or len(labels) < 2 or not titled:
        return labels, starts
    best: tuple[float, int, int] | None = None
    start = 0
    for i in range(1, len(labels) + 1):
        if i < len(labels) and labels[i] == labels[start]:
            continue
        free = not any(fixed[start:i]) if fixed else True
        if labels[start] not in _NEVER_TITLE and free:
            total = 0.0
            for j in range(start, i):
                total += tagger._marginal("title", j)
            mean = total / (i - start)
            if best is None or mean > best[0]:
                best = (mean, start, i)
        start = i
    if best is not None:
        labels[best[1] : best[2]] = ["title"] * (best[2] - best[1])
    return labels, starts


def rule_labels(tokens: Sequence[Token], exact: Exact) -> list[str | None]:
    """Per token, the field an exact rule found there, or None."""
    if not exact.spans:
        return [None] * len(tokens)
    # `token_labels`' walk, once: a token in a span takes the span's label (even "other")
    ordered = sorted(exact.spans)
    rules: list[str | None] = [None] * len(tokens)
    j, count = 0, len(ordered)
    for i in range(first_at(tokens, ordered), len(tokens)):  # none is held before
        tok = tokens[i]
        while j < count and ordered[j][1] <= tok.start:
            j += 1
        if j == count:
            break  # every span is behind: the rest are no rule's
        if ordered[j][0] <= tok.start:  # and before its end
            rules[i] = label_of(ordered[j][2])
    return rules


def tag_runs(
    text: str, exact: Exact, tagger: Tagger
) -> tuple[list[Token], list[str], set[int], list[set[str]]]:
    """The package's `tag_runs` with its tagger given."""
    read_text = apostrophe_lettered(text.translate(_ARABIC_MARKS) if "،" in text else text)
    tokens = tokenize(read_text, MAX_TOKENS)
    rules = roman_month_dates(tokens, rule_labels(tokens, exact))  # `от 3.IX.1939 г.`
    encoded: bool = tagger.encoded_rows
    pieces = tagger.pieces() if encoded else None
    read = keyboard_read(as_read(tokens))  # `c.7` typed with a Latin `c` in a Russian note
    if "ʿ" in text or "ʾ" in text:  # a romanized Arabic or Persian name (few notes)
        read = ayn_read(read)
    rows, marks = rows_and_marks(read, rules, encoded=encoded, pieces=pieces)
    # a shelf mark needs no title: one is only what the note gives (`Записка … // ГАРФ. Ф. …`)
    titled = exact.legal.archive_location is None
    fixed = [r is not None for r in rules]
    found, starts = tagger.label_runs(rows, fixed, tokens, titled=titled)
    # the names a role phrase introduces are that role's, as an exact rule's field is fixed;
    # when the model read them as the title, it is read again with them fixed (a title must
    # be found among the other tokens)
    roles = role_names(tokens, marks)
    # … and a thesis's advisor's name after its word (`Danışman: Prof. Dr. Ali Kaya`): no field's
    roles = [r or a for r, a in zip(roles, advisor_names(tokens, marks), strict=True)]
    if any(roles):
        titled_roles = False
        for i, role in enumerate(roles):
            if role is not None and rules[i] is None:
                rules[i] = role
                titled_roles = titled_roles or found[i] == "title"
        fixed = [r is not None for r in rules]
        if titled_roles:
            again, again_starts = tagger.label_runs(rows, fixed, tokens, titled=titled)
            if not _title_cuts_name(tokens, again):
                found, starts = again, again_starts
    merged = found  # most notes have no exact rule's token: the model's labels as they are
    if any(fixed):
        merged = [
            label_of(r) if r is not None else lab for r, lab in zip(rules, found, strict=True)
        ]
    labels = quoted_titles(tokens, body_heading(tokens, shape_names(tokens, merged)), text)
    labels = list_closing_words(tokens, labels)
    return tokens, labels, starts, marks
