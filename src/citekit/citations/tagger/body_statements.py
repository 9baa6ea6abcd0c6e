"""A work signed by a body in GOST's statement of responsibility: `Россия в цифрах. 2020 :
крат. стат. сб. / Росстат. – М., 2020.`, `Қазақстан сандарда 2021: стат. жинақ / ҚР Ұлттық
статистика бюросы. – Нұр-Сұлтан, 2021.`. With no person named before the slash (no
initials), all of it is the title and the one name after it, up to the area's period, the
work's author (a statistical office, a ministry, an institute), when the model made part of
the head a name or ran its title through the slash; its own title before the slash stands,
and a host's or publisher's label after the single slash is the author's."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["body_statement", "initial_at", "signed_body_statement"]

_HEAD: Final = frozenset({"title", "author", "issued", "container-title", OTHER})
_ROLES: Final = frozenset({"editor", "translator", "contributor"})
_MAX_BODY: Final = 12  # tokens of the body's name at most


def initial_at(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is an initial with its period (`И.`)."""
    word = tokens[k].text
    return len(word) == 1 and word.isupper() and k + 1 < len(tokens) and tokens[k + 1].text == "."


def body_statement(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a body's name alone after ` / ` read as the author and all before it as
    the title, when no person is named before the slash."""
    slashes = [k for k, t in enumerate(tokens) if t.text == "/"]
    if len(slashes) != 1 or slashes[0] < 2:  # `//`: a host's two slashes
        return found
    s = slashes[0]
    e = s + 1
    while e < len(tokens) and tokens[e].text != "." and tokens[e].text not in DASHES:
        e += 1
    if e >= len(tokens) or e == s + 1 or e - s - 1 > _MAX_BODY:
        return found
    if e + 1 < len(tokens) and tokens[e].text == "." and tokens[e + 1].text not in DASHES:
        return found  # the area closes with `. –` (or the note ends)
    body = range(s + 1, e)
    if not tokens[s + 1].text[:1].isupper() or any(
        tokens[k].text[:1].isdecimal() or initial_at(tokens, k) or not _ROLES.isdisjoint(marks[k])
        for k in body
    ):
        return found
    if any(initial_at(tokens, k) for k in range(s)) or any(
        run[0] not in _HEAD for run in found if run[1] < s
    ):
        return found
    head = [run for run in found if run[1] < s]
    titled = all(run[0] != "author" for run in head) and any(
        run[0] == "title" and run[2] <= s for run in head
    )
    named = any(run[0] != OTHER for run in found if s < run[1] < e)
    if titled and not named:
        return found  # the model's title before the slash and no field after it: as it read
    imprint = {run[0] for run in found if run[1] > e}
    if "issued" not in imprint or "publisher-place" not in imprint:
        return found  # the imprint's place and year after it: a published work's statement
    if not tokens[0].text[:1].isalpha():
        return found  # `1. Euronews. Title / Euronews. – 2025.`: a list's number, a video's
    out = found if titled else [("title", 0, s), *(run for run in found if run[2] > s)]
    out = painted(painted(out, (OTHER, s, s + 1)), ("author", s + 1, e))
    return out


_MAX_SIGNED_BODY: Final = 16  # tokens of a body's name after a signed work's slash at most


def signed_body_statement(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body named after the slash of a work its authors sign (`Кузнецова О. В.
    Title : препринт WP3/2020/04 / Нац. исслед. ун-т «Высшая школа экономики». – М. : Изд.
    дом ВШЭ, 2020`) left to no field: the body answers for the work; it is neither its host nor
    its publisher, which the imprint after the area's period names."""
    if not found or found[0][0] != "author":
        return found  # most notes: a signed work opens on its author
    slashes = [k for k in range(1, len(tokens) - 1) if _spaced_slash(tokens, k)]
    if len(slashes) != 1:
        return found
    s = slashes[0]
    place = next((a for label, a, _ in found if label == "publisher-place" and a > s), None)
    if place is None or place - s > _MAX_SIGNED_BODY + 3:
        return found
    if any(t.text == "/" for t in tokens[s + 1 : place]):
        return found  # `/ Институт истории // Вопросы истории. – М.`: a host follows
    e = place - 1
    while e > s and (tokens[e - 1].text == "." or tokens[e - 1].text in DASHES):
        e -= 1  # the area's `. –` before the place
    if e - s < 2 or tokens[e].text != ".":
        return found
    named = [run for run in found if run[1] < e and run[2] > s + 1 and run[0] != OTHER]
    if not named or any(run[0] in _ROLES or run[0] == "author" for run in named):
        return found  # `/ И. И. Иванов ; пер. с англ. …`: persons, the model's to read
    if not is_organisation(_written(tokens[s + 1 : e])):
        return found
    return painted(found, (OTHER, s, e))


def _spaced_slash(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is GOST's slash, spaced (no `WP3/2020/04`'s)."""
    return (
        tokens[k].text == "/"
        and tokens[k - 1].end < tokens[k].start
        and tokens[k].end < tokens[k + 1].start
    )


def _written(tokens: list[Token]) -> str:
    """The tokens' text with their spaces as written (`ун-т`, not `ун - т`)."""
    return "".join(
        t.text + (" " if k + 1 < len(tokens) and tokens[k + 1].start > t.end else "")
        for k, t in enumerate(tokens)
    )
