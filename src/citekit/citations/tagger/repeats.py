"""A list's names without repeats (GOST writes the first author before the title and again
after the slash), read by the decoder; a name repeated inside a list that restates nothing
is a second person of that name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from attrs import evolve

from citekit._text import unmixed_word
from citekit.model import Name

__all__ = ["distinct"]

_NOT_ALNUM: Final = re.compile(r"[\W_]+")
_INITIALS: Final = re.compile(r"(?:[^\W\d_]{1,2}\.[\s-]*)+")  # `И.`, `И. П.`, `Zh.`, `Ж.-П.`


def _letters(text: str | None) -> str:
    """A name's letters as compared: no marks between them, case folded, and a word typed
    with two keyboard layouts in its own alphabet (`Павлeнков` is `Павленков`)."""
    return unmixed_word(_NOT_ALNUM.sub("", text or "")).casefold()  # \w is alnum or "_"


def _initials(given: str) -> bool:
    return _INITIALS.fullmatch(given.strip()) is not None


def distinct(found: Sequence[Name]) -> tuple[Name, ...]:
    """The names without repeats: GOST writes the first author before the title and again
    after the slash ("Павлова Е.А. … / Е. А. Павлова"); a bare surname that another name of
    the list has is that name too."""
    kept: list[Name] = []
    keys: set[tuple[str, str]] = set()  # the kept names' (family, given), folded
    literals: set[str] = set()  # … and their literals, folded
    families = {_letters(n.family) for n in found if n.family}
    families_kept: set[str] = set()  # the kept names' families, folded
    restated = _restated([_letters(n.family or n.literal) for n in found])
    for name in found:
        key = (_letters(name.family), _letters(name.given))
        literal = _letters(name.literal)
        if name.family is None and literal in families:
            continue
        if name.family and key in keys and restated:
            continue
        family = key[0]
        namesakes = sum(_letters(n.family) == family for n in found) if name.family else 0
        if (
            name.family
            and family in families_kept
            and (at := _initialled(name, kept, namesakes)) is not None
        ):
            whole = len(_WORDS_OF.findall(name.given or "")) == len(
                _WORDS_OF.findall(kept[at].given or "")
            )  # `/ Сергей Абашин` leaves out the father's name: the initials stay
            if _initials(kept[at].given or "") and not _initials(name.given or "") and whole:
                # the heading's initials, the statement's given names in full: the full ones,
                # which the initials abbreviate (`Гарднер Дж.` … `/ Джеймс Гарднер`: `Джеймс`)
                kept[at] = evolve(kept[at], given=name.given)
            continue
        if name.literal and literal in literals:
            continue  # an organisation written again after the slash
        kept.append(name)
        families_kept.add(key[0])
        keys.add(key)
        literals.add(literal)
    return tuple(kept)


def _restated(families: list[str]) -> bool:
    """Whether the list restates the names from the first repeated one's first place where
    it repeats it (GOST's heading, then the statement after the slash: `A, B / A, B`, `A / A,
    B, C, D`), or holds no repeat; a name repeated inside a list that restates nothing is a
    second person of that name (`Omarov, B., Batyrbekov, A., Suliman, A., Omarov, B., …`)."""
    seen: dict[str, int] = {}
    for p, family in enumerate(families):
        if family in seen:
            q = seen[family]
            span = min(p - q, len(families) - p)
            return families[p : p + span] == families[q : q + span]
        seen[family] = p
    return True


def _initialled(name: Name, kept: Sequence[Name], namesakes: int = 2) -> int | None:
    """Which kept name is `name` written with initials, or `name` written so: the same family,
    one given part the initials of the other's words (`Мельников И. П.` and, after the
    thesis's slash, `Мельников Игорь Петрович`; `Гарднер, Дж.` and `Джеймс Гарднер`)."""
    family = _letters(name.family)
    for i, other in enumerate(kept):
        if _letters(other.family) != family or not name.given or not other.given:
            continue
        short, full = sorted((name.given, other.given), key=_initials, reverse=True)
        if _initials(short) and not _initials(full):
            initials = _WORDS_OF.findall(short)  # `Дж.` for `Джеймс`: an initial of two letters
            words = _WORDS_OF.findall(full)
            # the statement may leave the father's name out (`Абашин, С. Н.` … `/ Сергей
            # Абашин`): its given words abbreviate the first initials
            relaxed = len(words) < len(initials)
            if relaxed and (not _restating(name, full) or namesakes > _TWO):
                continue  # `John Smith and J. A. Smith`, `… / Андрей Иванов, Алексей Иванов`
            if (
                initials
                and 0 < len(words) <= len(initials)
                and all(
                    w.casefold().startswith(c.casefold())
                    for c, w in zip(initials, words, strict=False)
                )
            ):
                return i
    return None


_WORDS_OF: Final = re.compile(r"[^\W\d_]+")


def _restating(name: Name, full: str) -> bool:
    """Whether `name` is the responsibility's restatement in direct order (`Сергей Абашин`,
    given names first, no comma), its given names the `full` ones."""
    return name.given == full and "," not in (name.written or "")


_TWO: Final = 2  # the heading's name and its restatement
