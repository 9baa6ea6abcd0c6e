"""A book's title before its imprint in brackets: Chicago's and İSNAD's `Author, Title (Place:
Publisher, Year), page.` name one work between the persons and the bracket, so what stands there
is the title whole, commas and colons in it (`Great Games, Local Rules: The New Great Power
Contest`, `New States, New Politics: Building …`), and a place's run the model let reach back
over the bracket starts after it; the words between its colon and the year's comma are the
publisher's. A chapter names its host after `in`, an article its journal
after a quoted title, and neither brackets place and publisher: a note with a quote, or with
any word between the pieces, keeps its runs. Such a list of persons joins its last name
with `and` (`A, B, and C`): a comma's piece after one name, not a given name, with no `and` in
the list, opens the title (`Alexander Cooley, Great Games, Local Rules: …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["house_after_role", "imprinted_title", "publisher_in_title"]

_PIECES: Final = frozenset({"title", "container-title"})
_PERSONS: Final = frozenset({"author", "editor"})
_BETWEEN: Final = DASHES | {",", ":", ".", ";"}
_QUOTES: Final = frozenset('"“”«»„')
_JOINS: Final = frozenset({"and", "&", "und", "et", "ve", "и", "і", "мен", "we"})
_YEAR_DIGITS: Final = 4
_MIN_TITLE: Final = 3  # tokens of a title, its comma and a publisher's name at least


@functools.cache
def _given() -> frozenset[str]:
    return frozenset(w.casefold() for w in given_names())


def _imprint_at(tokens: list[Token], p: int) -> bool:
    """Whether the bracket that opens at token `p` holds an imprint, `(Place: Publisher,
    Year)`: a colon, and the year closing it after a comma."""
    colon = False
    for k in range(p + 1, len(tokens) - 1):
        text = tokens[k].text
        if text in "()":
            return False
        if text == ":":
            colon = True
        elif (
            colon
            and len(text) == _YEAR_DIGITS
            and text.isdigit()
            and tokens[k - 1].text == ","
            and tokens[k + 1].text == ")"
        ):
            return True
    return False


def _only_marks(tokens: list[Token], a: int, b: int) -> bool:
    return all(t.text in _BETWEEN for t in tokens[a:b])


def _title_piece(tokens: list[Token], a: int, b: int) -> int | None:
    """Where in person run `a`..`b` a piece after its last comma opens the title, or None."""
    words = [t.text.casefold() for t in tokens[a:b]]
    if "," not in words or not _JOINS.isdisjoint(words):
        return None
    cut = a + len(words) - 1 - words[::-1].index(",")
    first = tokens[cut + 1] if cut + 1 < b else None
    if first is None or cut - a < 2 or not first.text[:1].isupper():
        return None
    if first.text.casefold() in _given() or first.text.endswith("."):
        return None
    if any(
        len(t.text) == 1 or (t.text.endswith(".") and len(t.text) <= 3) for t in tokens[cut + 1 : b]
    ):
        return None  # an initial: a name
    return cut


_ROLES: Final = frozenset({"editor", "translator"})


def _role_closes(tokens: list[Token], marks: list[set[str]], start: int) -> int | None:
    """The role word before `start` that closes a list of persons with its period and comma
    (`, eds.,`), when only words and commas stand between it and `start`; else None."""
    for r in range(start - 1, 0, -1):
        text = tokens[r].text
        if marks[r] & _ROLES and tokens[r - 1].text == ",":
            if r + 2 < len(tokens) and tokens[r + 1].text == "." and tokens[r + 2].text == ",":
                return r + 1 if r + 3 <= start else None
            return None
        if not (text.isalpha() or text == "," or (text == "." and marks[r - 1] & _ROLES)):
            return None
    return None


def _place_from_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place's run that reaches back over an imprint's opening bracket cut
    there: the place starts after the bracket, the words before it are a title's piece
    (`…: Attila, Gengis-Khan, Tamerlan (Paris: Payot, 1965)`)."""
    for j, (label, a, b) in enumerate(found):
        if label != "publisher-place":
            continue
        bracket = next((k for k in range(a + 1, b - 1) if tokens[k].text == "("), None)
        if bracket is None or not _imprint_at(tokens, bracket):
            continue
        if any(t.text in "()," for t in tokens[bracket + 1 : b]):
            continue  # the place is one name
        cut: list[Run] = [("title", a, bracket), (OTHER, bracket, bracket + 1)]
        return [*found[:j], *cut, ("publisher-place", bracket + 1, b), *found[j + 1 :]]
    return found


def _bracket_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words an imprint's bracket holds between the place's colon and the
    year's comma, left to no field, as the publisher (`(Paris: Association pour l’avancement
    des études iraniennes, 1995)`)."""
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        if label != OTHER or found[j - 1][0] != "publisher-place" or found[j + 1][0] != "issued":
            continue
        if tokens[a].text != ":" or tokens[b - 1].text != "," or b - a < _MIN_TITLE:
            continue
        p = found[j - 1][1] - 1
        if p < 0 or tokens[p].text != "(" or not _imprint_at(tokens, p):
            continue
        if not tokens[a + 1].text[:1].isupper() or any(
            t.text in "()," for t in tokens[a + 1 : b - 1]
        ):
            continue
        named: list[Run] = [(OTHER, a, a + 1), ("publisher", a + 1, b - 1), (OTHER, b - 1, b)]
        return [*found[:j], *named, *found[j + 1 :]]
    return found


def imprinted_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with what stands between the persons and an imprint in brackets given to the
    title whole."""
    texts = text_set(tokens)
    if "(" not in texts or not texts.isdisjoint(_QUOTES):  # (at C speed)
        return list(found)
    found = _bracket_publisher(tokens, _place_from_bracket(tokens, found))
    first = first_run(found, "title")
    if first is None:
        return list(found)
    last = first
    imprint = False  # whether the pieces reach the bracketed imprint
    while not imprint and last + 1 < len(found):
        label, a, b = found[last + 1]
        if label in _PIECES:
            last += 1
            continue
        if label != OTHER:
            return list(found)
        bracket = next((k for k in range(a, b) if tokens[k].text == "("), None)
        if bracket is not None and _only_marks(tokens, a, bracket):
            if not _imprint_at(tokens, bracket):
                return list(found)
            imprint = True
        elif not _only_marks(tokens, a, b):
            return list(found)
        else:
            last += 1
    if not imprint:
        return list(found)
    start, end = found[first][1], found[last][2]
    while end > start and tokens[end - 1].text in _BETWEEN:
        end -= 1
    out = list(found[:first])
    role = _role_closes(tokens, marks, start)
    if role is not None and any(label != OTHER for label, _, _ in found[:first]):
        # `A and B, eds., Power, Energy, Security: …`: the role word closed the list
        out = [run for run in out if run[2] <= role] + [
            (label, a, role) for label, a, b in out if a < role < b
        ]
        out.append((OTHER, role, role + 2))
        start = role + 2
    elif (
        len(out) >= 2
        and out[-1][0] == OTHER
        and _only_marks(tokens, out[-1][1], out[-1][2])
        and out[-2][0] in _PERSONS
        and (cut := _title_piece(tokens, out[-2][1], out[-2][2])) is not None
    ):
        label, a, _b = out[-2]
        out[-2:] = [(label, a, cut), (OTHER, cut, cut + 1)]
        start = cut + 1
    out.append(("title", start, end))
    if end < found[last][2]:
        out.append((OTHER, end, found[last][2]))
    return out + found[last + 1 :]


def publisher_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the last comma's piece of a title run that a publisher's word closes
    (`O‘tkan kunlar, G‘afur G‘ulom nomidagi nashriyot, Toshkent, 1992`, `…, Ötüken
    Neşriyat, İstanbul`; `[words] publisher`) as the publisher, when the place or the year
    follows it and the note names no publisher: the hand-written `Author, Title, Publisher,
    Place, Year`."""
    labels = [label for label, _, _ in found]
    if "publisher" in labels or labels.count("title") != 1:
        return list(found)
    j = labels.index("title")
    _, a, b = found[j]
    end = b - 1 if tokens[b - 1].text in ",." else b
    if end - a < _MIN_TITLE or "publisher" not in marks[end - 1] or "Bpublisher" in marks[a]:
        return list(found)
    after = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if after is None or after[0] not in ("publisher-place", "issued"):
        return list(found)
    if not _only_marks(tokens, b, after[1]) or "," not in (t.text for t in tokens[b : after[1]]):
        return list(found)
    comma = next((k for k in range(end - 1, a, -1) if tokens[k].text == ","), None)
    if comma is None or comma == a or not tokens[comma + 1].text[:1].isupper():
        return list(found)
    return [
        *found[:j],
        ("title", a, comma),
        (OTHER, comma, comma + 1),
        ("publisher", comma + 1, end),
        *([(OTHER, end, b)] if end < b else []),
        *found[j + 1 :],
    ]


_ROLE_RUNS: Final = frozenset({"editor", "translator"})


def house_after_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the last comma's piece of a role's persons that a publisher's word closes,
    right before the place or the year, read as the publisher (`Kutadgu Bilig, haz. Reşid
    Rahmeti Arat, TTK Yay., Ankara 1979`, `Manas Destanı, çev. Ali Kaya, Türksoy Yay., Ankara
    1995`): a house's word closes a house's name, never a person's, and the imprint follows
    the edition's persons."""
    labels = [label for label, _, _ in found]
    if "publisher" in labels or _ROLE_RUNS.isdisjoint(labels):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in _ROLE_RUNS:
            continue
        end = b - 1 if tokens[b - 1].text in ",." else b
        if end - a < _MIN_TITLE or "publisher" not in marks[end - 1]:
            continue
        after = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
        if after is None or after[0] not in ("publisher-place", "issued"):
            continue
        if not _only_marks(tokens, b, after[1]):
            continue
        comma = next((k for k in range(end - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or not tokens[comma + 1].text[:1].isupper():
            continue
        return [
            *found[:j],
            (label, a, comma),
            (OTHER, comma, comma + 1),
            ("publisher", comma + 1, end),
            *([(OTHER, end, b)] if end < b else []),
            *found[j + 1 :],
        ]
    return found
