"""A role's shortened word between commas before one person's name: `…, Der. Murat Belge,
İstanbul: İletişim, 2002.`, `…, sad. Seçkin Erdi, İstanbul: …`, and opening the note (`Der.
Ahmet Yıldız, Title, …`). The name up to its comma is the role's person: no title's tail, no
place, no author. Turkish `Der.` (derleyen) is read as written, capitalised with its period
only: the lexicon folds case, and German's article `der` is no role."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["role_abbreviation"]

_CASED: Final = {"Der": "editor"}  # a role's word read only as written
_ROLES: Final = ("editor", "translator")
_NAME: Final = (2, 4)  # words of the person's name, fewest and most
_PLACES: Final = frozenset({"cities", "places"})


def _role(tokens: list[Token], marks: list[set[str]], k: int) -> str | None:
    """The role the shortened word at token `k` (with its glued period) names, or None."""
    if k + 1 >= len(tokens) or tokens[k + 1].text != "." or tokens[k + 1].start != tokens[k].end:
        return None
    if k > 0 and tokens[k - 1].text != ",":
        return None  # the word opens the note or stands after a comma
    cased = _CASED.get(tokens[k].text)
    if cased is not None:
        return cased
    found = [r for r in _ROLES if r in marks[k]]
    return found[0] if len(found) == 1 and "edition" not in marks[k] else None


def _person_end(tokens: list[Token], marks: list[set[str]], p: int) -> int | None:
    """Where the person's name that opens at token `p` ends (its comma), or None."""
    e = p
    while e < len(tokens) and tokens[e].text.isalpha():
        e += 1
    if not (_NAME[0] <= e - p <= _NAME[1]) or e + 1 >= len(tokens) or tokens[e].text != ",":
        return None
    if any(
        not tokens[k].text[:1].isupper() or not _PLACES.isdisjoint(marks[k]) for k in range(p, e)
    ):
        return None
    return e


def role_abbreviation(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the person after a shortened role word read as that role (module
    docstring)."""
    for k in range(len(tokens) - 3):
        role = _role(tokens, marks, k)
        if role is None:
            continue
        e = _person_end(tokens, marks, k + 2)
        if e is None:
            continue
        if all(run[0] == role for run in found if run[1] < e and run[2] > k + 2):
            return found  # read so already
        out = painted(painted(found, (OTHER, k, k + 2)), (role, k + 2, e))
        out = painted(out, (OTHER, e, e + 1))
        if "title" not in (run[0] for run in out) and k > 0:
            j = next((j for j, run in enumerate(out) if run[2] == k), None)
            if j is not None and out[j][0] == OTHER and j > 0:
                j -= 1  # the comma before the role's word
            if j is not None and out[j][0] == "author" and j > 0:
                out[j] = ("title", out[j][1], out[j][2])  # `A, Feodalite, Der. B, Ankara`
        return out
    return found
