"""Access-date labels: the house's label for the edition, the same label in every note."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from citekit._text import fold
from citekit.checks._registry import Context, Hit, find_label, label_language, rule
from citekit.model import Document, Edit, Note, Severity

_LISTED = 12  # notes a message names one by one; a book's 330 made a message of a page


def _listed(notes: list[Note]) -> str:
    """The notes a message names: ``notes 4, 7, 8``, or the first of many and how many more."""
    shown = [n.location.mark or str(n.number) for n in notes]
    if len(shown) <= _LISTED:
        return f"notes {', '.join(shown)}"
    more = len(shown) - _LISTED + 2
    return f"notes {', '.join(shown[: _LISTED - 2])} and {more:,} more"


@rule("access-label", Severity.WARNING, "an access-date label that is not the house's")
def access_label(doc: Document, ctx: Context) -> Iterator[Hit]:
    preferred = ctx.preferred_label()
    if ctx.edition is None or preferred is None:
        return
    seen: dict[str, list[Note]] = {}
    for note in doc.notes:
        label = find_label(note.text)
        if label is not None and fold(label) != fold(preferred):
            seen.setdefault(label, []).append(note)
    for label, notes in seen.items():
        lang = label_language(label)
        which = "non-standard" if lang == ctx.edition.code else "foreign"
        message = (
            f"the access label {label!r} is {which} for the {ctx.edition.english_name} edition "
            f"({_listed(notes)})"
        )
        fixes = tuple(Edit(n.number, label, preferred, n.section) for n in notes)
        yield Hit(notes[0], message, f"write {preferred!r}", fixes)


@rule("inconsistent-labels", Severity.WARNING, "notes use different access-date labels")
def inconsistent_labels(doc: Document, ctx: Context) -> Iterator[Hit]:
    preferred = ctx.preferred_label()
    labels = [(note, label) for note in doc.notes if (label := find_label(note.text))]
    if preferred is not None:
        # access-label holds every note to the house label, whatever its case: what is left
        # is that label written two ways (Erişim Tarihi … Erişim tarihi)
        labels = [(note, label) for note, label in labels if fold(label) == fold(preferred)]
    counts = Counter(label for _note, label in labels)
    if len(counts) < 2:
        return
    usual = max(counts, key=lambda label: (counts[label], label == preferred))
    for note, label in labels:
        if label != usual:
            yield Hit(
                note,
                f"{note.label} labels its access date {label!r}; most notes say {usual!r}",
                f"write {usual!r}",
                (Edit(note.number, label, usual, note.section),),
            )
