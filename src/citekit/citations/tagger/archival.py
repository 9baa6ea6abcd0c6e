"""An archival document's own description before the archive: `Письмо Т. Рыскулова в ЦК
ВКП(б), 1933 г. // РГАСПИ. Ф. 17. Оп. 42. Д. 80. Л. 143–152.` The exact rules read the
archive and its shelf mark after `//`; what stands before is the document's title, whole:
the people it names are no authors, its date is the title's (the corpus's convention for
dates inside titles). Only a plain head of one author, written with initials, and one title
(`Иванов И. И. Докладная записка // ГАРФ …`) keeps its author."""

from __future__ import annotations

from citekit.citations.legal_words import law_kinds
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, double_slash

__all__ = ["dated_title", "document_title", "shelf_mark_numbers", "written_by"]


def _initialled(tokens: list[Token], run: Run) -> bool:
    """Whether a run holds a person's initial (`Иванов И. И.`): a description's words with
    names in them (`Письмо Голощекина Сталину`) have none."""
    _, a, b = run
    return any(
        len(tokens[k].text) == 1 and tokens[k].text.isupper() and tokens[k + 1].text == "."
        for k in range(a, min(b, len(tokens) - 1))
    )


def _entry_number(tokens: list[Token], k: int, end: int) -> bool:
    """Whether token `k` is a list's entry number (`1.`, `12)`, no year) with words after it
    before `end`."""
    text = tokens[k].text if k < end else ""
    return (
        text.isdigit()
        and len(text) <= 3
        and k + 2 < end
        and tokens[k + 1].text in (".", ")")
        and tokens[k + 2].text[0].isalpha()
    )


def document_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the head before `//` read as the document's title, for a note whose
    shelf mark follows `//` (the caller knows it has one); an author that opens the head
    stays when the rest is only the title and dates (`Иванов И. И. Записка … 1922 г.`)."""
    slash = double_slash(tokens)
    if slash is None or any(label != OTHER for label, a, _ in found if a >= slash):
        return list(found)
    if any(a < slash < b for label, a, b in found if label != OTHER):
        return list(found)
    head = [run for run in found if run[2] <= slash and run[0] != OTHER]
    kept = head[:1] if head and head[0][0] == "author" and _initialled(tokens, head[0]) else []
    if kept and tokens[kept[0][1]].text.casefold() in law_kinds():
        kept = []  # `Письмо А. Букейханова …`: a document's kind, no person's name
    if kept and any(label not in ("title", "issued") for label, _, _ in head[1:]):
        kept = []  # `Письмо Т. Рыскулова в ЦК ВКП(б)`: names inside the description
    opened = kept[0][2] if kept else 0
    start = next((k for k in range(opened, slash) if tokens[k].text[0].isalnum()), slash)
    if not kept and _entry_number(tokens, start, slash):
        # `1. Жусан // … архиві. Ф. 1095`: a reference list's entry number opens the note
        start = next((k for k in range(start + 2, slash) if tokens[k].text[0].isalnum()), slash)
    if start == slash:
        return list(found)
    before = [run for run in found if run[2] <= opened] if kept else []
    gap: list[Run] = [(OTHER, opened, start)] if start > opened else []
    after = [(label, max(a, slash), b) for label, a, b in found if b > slash]
    return [*before, *gap, ("title", start, slash), *after]


def written_by(tokens: list[Token], found: list[Run], archive: int) -> list[Run]:
    """`found` with a manuscript's author and title read before its library or archive, which
    starts at character `archive` (`Kâtib Çelebi, Cihannümâ, Süleymaniye Ktp., Hamidiye, nr.
    945`): when the model reads the head only as names, its first part (to the first comma)
    is the author and the rest the work's title; the archive's words are no field."""
    at = next((k for k, token in enumerate(tokens) if token.start >= archive), None)
    if at is None or at < 3:
        return list(found)
    head = [run for run in found if run[0] != OTHER and run[1] < at]
    if len(head) < 2 or any(label != "author" for label, _, _ in head) or head[0][1] != 0:
        return list(found)
    comma = next((k for k in range(head[0][1], at) if tokens[k].text == ","), None)
    if comma is None or comma + 1 >= at:
        return list(found)
    end = at
    while end > comma + 1 and not tokens[end - 1].text[0].isalnum():
        end -= 1
    if end <= comma + 1:
        return list(found)
    after = [run for run in found if run[1] >= at and run[0] not in ("author", "title")]
    return [("author", 0, comma), (OTHER, comma, comma + 1), ("title", comma + 1, end), *after]


def dated_title(tokens: list[Token], found: list[Run], archive: int) -> list[Run]:
    """`found` with a document's date, written between its title and its archive (`Letter
    from A to B, 14 March 1920, TNA, FO 371/5066`), read as the title's: a date with its
    month belongs to the document's description, as it does before `//` (`document_title`)."""
    at = next((k for k, token in enumerate(tokens) if token.start >= archive), None)
    if at is None:
        return list(found)
    runs = [run for run in found if run[0] != OTHER]
    for i in range(len(runs) - 1):
        (label, a, b), (next_label, c, d) = runs[i], runs[i + 1]
        if label != "title" or next_label != "issued" or d > at:
            continue
        if not any(t.text.isalpha() and len(t.text) >= 3 for t in tokens[c:d]):
            return list(found)  # no month's name (`Tezâkir, 1890, … Ktp.`, `1875 г.`)
        between = [t.text for t in tokens[b:c]] + [t.text for t in tokens[d:at]]
        if any(text not in (",", ".") for text in between) or c - b != 1:
            return list(found)
        title: Run = ("title", a, d)
        return [run for run in found if run[2] <= a] + [title] + [r for r in found if r[1] >= d]
    return list(found)


def shelf_mark_numbers(
    tokens: list[Token], found: list[Run], spans: tuple[tuple[int, int, str], ...]
) -> list[Run]:
    """`found` with a volume's or an issue's run inside the shelf mark (`15-қ. 1-т. 45-іс`: the
    inventory's `1-т.`, read as `3-т.` a volume is) in no field: a shelf mark's levels are
    its own, read by the exact rules."""
    marks = [(a, b) for a, b, kind in spans if kind == "archive_location"]
    out = list(found)
    for label, a, b in found:
        inside = any(s <= tokens[a].start and tokens[b - 1].end <= e for s, e in marks)
        if label in ("volume", "issue") and inside:
            out = painted(out, (OTHER, a, b))
    return out
