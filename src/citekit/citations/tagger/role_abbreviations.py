"""A role's shortened word between commas before one person's name: `…, Der. Murat Belge,
İstanbul: İletişim, 2002.`, `…, sad. Seçkin Erdi, İstanbul: …`, and opening the note (`Der.
Ahmet Yıldız, Title, …`). The name up to its comma is the role's person: no title's tail, no
place, no author; its words may be joined by an apostrophe or a hyphen (Arabic names in
Turkish letters: `thk. Muhammed Ebu'l-Fazl İbrâhîm`). Turkish `Der.`, `der.` (derleyen) are
read as written, with their period only: the lexicon folds case, and German's article `der`
is no role. A role word opening the note names each person after it the model read as a
person, name and comma after name and comma (`Der. Ali Kaya, Veli Can, Title`): a list's
persons share its role."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["role_abbreviation"]

_ROLES: Final = ("editor", "translator")
_NAME: Final = (2, 4)  # words of the person's name, fewest and most
_PLACES: Final = frozenset({"cities", "places"})
_JOINERS: Final = frozenset({"'", "’", "-"})  # what joins a name's pieces, glued to both


@functools.cache
def _cased() -> frozenset[str]:
    """An editor's shortened words read only as written, without their period (`[words]
    editor_cased`: `Der.` -> `Der`)."""
    return frozenset(w[:-1] for w in shipped_words("editor_cased") if w.endswith("."))


@functools.cache
def _et_al_ends() -> frozenset[str]:
    """The last words of "and others" without their period (`[words] et_al`: `et al.` ->
    `al`, `и др.` -> `др`, `ve ark.` -> `ark`), of two letters at least (never an initial)."""
    ends = (w.split()[-1].rstrip(".") for w in shipped_words("et_al") if w.strip())
    return frozenset(w for w in ends if len(w) > 1 and w.isalpha())


def _role(tokens: list[Token], marks: list[set[str]], k: int) -> str | None:
    """The role the shortened word at token `k` (with its glued period) names, or None."""
    if k + 1 >= len(tokens) or tokens[k + 1].text != "." or tokens[k + 1].start != tokens[k].end:
        return None
    if k > 0 and tokens[k - 1].text != ",":
        return None  # the word opens the note or stands after a comma
    if tokens[k].text in _cased():
        return "editor"
    found = [r for r in _ROLES if r in marks[k]]
    return found[0] if len(found) == 1 and "edition" not in marks[k] else None


def _joined(tokens: list[Token], e: int) -> bool:
    """Whether token `e` is an apostrophe or a hyphen glued between two words of one name
    (`Ebu'l-Fazl`, `Abdü'l-Kadir`, `O'Brien`, `Jean-Paul`)."""
    return (
        tokens[e].text in _JOINERS
        and 0 < e < len(tokens) - 1
        and tokens[e - 1].end == tokens[e].start
        and tokens[e].end == tokens[e + 1].start
        and tokens[e + 1].text.isalpha()
    )


def _person_end(tokens: list[Token], marks: list[set[str]], p: int) -> int | None:
    """Where the person's name that opens at token `p` ends (its comma, or the imprint's
    bracket), or None; two names joined by an "and" word are one person's role's
    (`der. Mümtaz'er Türköne ve Tuncay Önder (İstanbul: …`)."""
    e = _name_end(tokens, marks, p)
    if e is not None and e + 1 < len(tokens) and "and" in marks[e] and tokens[e].text.isalpha():
        e = _name_end(tokens, marks, e + 1)  # `… ve Tuncay Önder`
    if e is None or e + 1 >= len(tokens) or tokens[e].text not in ",(":
        return None
    return e


def _name_end(tokens: list[Token], marks: list[set[str]], p: int) -> int | None:
    """Where one person's name of two to four capitalised words that opens at `p` ends, or
    None."""
    e = p
    words: list[int] = []  # the tokens that open a word (not a piece after a joiner)
    while e < len(tokens) and (tokens[e].text.isalpha() or (e > p and _joined(tokens, e))):
        if tokens[e].text.isalpha() and not (e > p and tokens[e - 1].text in _JOINERS):
            if words and "and" in marks[e] and tokens[e].text.islower():
                break  # `… Türköne ve …`: the name ends before the "and"
            words.append(e)
        e += 1
    if not (_NAME[0] <= len(words) <= _NAME[1]) or e >= len(tokens):
        return None
    if any(not tokens[k].text[:1].isupper() for k in words) or any(
        not _PLACES.isdisjoint(marks[k]) for k in range(p, e)
    ):
        return None
    return e


def _closes_names(tokens: list[Token], found: list[Run], k: int, role: str) -> bool:
    """Whether the role word at token `k` closes the names before its comma (IEEE's `H.
    Wallach et al., Eds. Red Hook, NY`, names of its role before it): the word is theirs, the
    name after it a place's."""
    if k < 2:
        return False
    before = next((run for run in found if run[1] <= k - 2 < run[2]), None)
    return (before is not None and before[0] == role and before[2] <= k) or any(
        t.text in _et_al_ends() for t in tokens[max(0, k - 3) : k]
    )


def _title_beside(found: list[Run], k: int, e: int) -> list[Run]:
    """`found` with the work's name beside the role's person read as the title when the note
    has none: the run before the role's comma (`Osmanlı Toplumu, Der. X,`, `A, Feodalite, Der.
    X,`), or, when the role word opens the note, the host's run after the person's comma."""
    out = list(found)
    if k > 0:
        j = next((j for j, run in enumerate(out) if run[2] == k - 1 and run[0] != OTHER), None)
        if j is not None and out[j][0] in ("author", "container-title"):
            out[j] = ("title", out[j][1], out[j][2])
        return out
    j = next((j for j, run in enumerate(out) if run[1] > e and run[0] != OTHER), None)
    if j is not None and out[j][0] == "container-title":
        out[j] = ("title", out[j][1], out[j][2])
    return out


def _listed_after(
    tokens: list[Token], marks: list[set[str]], found: list[Run], e: int, role: str
) -> list[Run]:
    """`found` with the persons the model read after the opening role's person's comma at
    `e`, each a name and its comma, given the role (module doc)."""
    out = list(found)
    while True:
        j = next((j for j, run in enumerate(out) if run[1] == e + 1), None)
        if j is None or out[j][0] not in ("author", "editor", "translator"):
            return out
        end = _person_end(tokens, marks, e + 1)
        if end is None or out[j][2] != end:
            return out
        out[j] = (role, e + 1, end)
        e = end


def role_abbreviation(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the person after a shortened role word read as that role (module
    docstring)."""
    union = marks_union(marks)
    if (
        "editor" not in union
        and "translator" not in union
        and text_set(tokens).isdisjoint(_cased())
    ):
        return found  # most notes (at C speed): no role's word, `_role` finds none
    for k in range(len(tokens) - 3):
        role = _role(tokens, marks, k)
        if role is None:
            continue
        e = _person_end(tokens, marks, k + 2)
        if e is None or _closes_names(tokens, found, k, role):
            continue
        if all(run[0] == role for run in found if run[1] < e and run[2] > k + 2):
            return _listed_after(tokens, marks, found, e, role) if k == 0 else found
        out = painted(painted(found, (OTHER, max(0, k - 1), k + 2)), (role, k + 2, e))
        out = painted(out, (OTHER, e, e + 1))
        if k == 0:
            out = _listed_after(tokens, marks, out, e, role)
        if "title" not in (run[0] for run in out):
            out = _title_beside(out, k, e)
        return out
    return found
