"""Which role a person's run takes, from role words around it and the list it belongs to:
"çev. A ve B" (both translate), "(S. Demir & Z. Yıldız, Çev.)", "John Smith, ed.,",
"Gen. Ed." (a role, not a name)."""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = [
    "PERSONS",
    "ROLES",
    "joined_role",
    "list_role",
    "modifies_role",
    "name_goes_on",
    "role_after",
    "role_before",
]

ROLES: Final = {"editor": "editor", "translator": "translator"}  # lexicon mark -> label
PERSONS: Final = frozenset({"author", "editor", "translator"})
_QUALIFIER: Final = 5  # letters of a role's qualifying abbreviation at most (`Assoc.`)


def modifies_role(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether a run is one abbreviated word that qualifies the role word after it
    (`Gen. Ed.`, `Exec. Ed.`, `Ser. Ed.`): a short word, not a title of one word that ends its
    sentence before the role (`Mukaddime. Çev. Süleyman Uludağ`)."""
    return (
        b - a == 1
        and len(tokens[a].text) <= _QUALIFIER
        and b + 1 < len(tokens)
        and tokens[b].text == "."
        and bool(marks[b + 1] & ROLES.keys())
    )


def role_after(
    tokens: list[Token], marks: list[set[str]], b: int, closing: bool = False
) -> str | None:
    """The role a word just after a person gives them, set off by a comma or a bracket
    (`John Smith, ed.,`, `Kaya, A. (haz.)`); after a name "ed." is the editor, not an edition.
    `closing`: only a role word that closes its list (`, Çev.)`, `(ред.),`), not one that
    opens the next (`, translated by …`)."""
    i = b
    while i < len(tokens) and "et_al" in marks[i]:
        i += 1  # `Lynne Viola et al., eds.`: the list's role word after its "et al."
    between = ""
    while i < len(tokens) and not tokens[i].text.isalnum():
        between += tokens[i].text
        i += 1
    if i > b and tokens[b].text.isalnum() and not set(between) <= set(",.("):
        return None  # `та ін., «Переклад»`: a quoted title's word after the list
    if i >= len(tokens) or not ("," in between or "(" in between):
        return None
    if closing:
        k = i + 1
        while k < len(tokens) and tokens[k].text == ".":
            k += 1
        if k < len(tokens) and tokens[k].text not in ")];":
            return None
    roles = [label for mark, label in ROLES.items() if mark in marks[i]]
    if not closing and _opens_names(tokens, marks, i):
        return None  # `D. Watson, editors M. Kennedy`: the word opens the next list
    return roles[0] if len(roles) == 1 else None


def _opens_names(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    """Whether the role word at token `i` (and its period) is followed by a name: an initial
    with its period, or two capitalised words the list goes on after (a comma, ";", "and"):
    Chicago's `John Smith, trans. Kazakh Poems.` puts the title there; or by its colon."""
    k = i + 1
    while k < len(tokens) and (tokens[k].text == "." or marks[k] & ROLES.keys()):
        k += 1  # `ed. by`, `под ред.`: the whole role word
    if k + 1 < len(tokens) and tokens[k].text == ":":
        return True  # `Çev.: Süleyman Uludağ`: its colon sets off the names after it
    if k + 1 >= len(tokens):
        return False
    head, after = tokens[k].text, tokens[k + 1].text
    if not (head[:1].isupper() and head.isalpha()):
        return False
    if len(head) <= 2 and after == ".":
        return True
    if not (after[:1].isupper() and after.isalpha()) or k + 2 >= len(tokens):
        return False
    return tokens[k + 2].text in ",;" or "and" in marks[k + 2]


def list_role(
    tokens: list[Token],
    marks: list[set[str]],
    out: list[Run],
    role: str,
    persons: Set[str] = frozenset({"author"}),
) -> None:
    """Give `role` to the `persons` runs before, in one list with the person it was found
    after (`Öztürk, A. ve Şahin, M. (Ed.)`: both are editors)."""
    i = len(out) - 1
    while i >= 1 and out[i][0] == OTHER and out[i - 1][0] in persons:
        joins = range(out[i][1], out[i][2])
        if not all(not tokens[k].text.isalnum() or "and" in marks[k] for k in joins):
            return
        if out[i - 1][0] != "author" and role_before(tokens, marks, out[i - 1][1]):
            return  # `ed. A, B (trans.)`: A has a role word of its own
        out[i - 1] = (role, *out[i - 1][1:])
        i -= 2


def joined_role(
    tokens: list[Token], marks: list[set[str]], out: list[Run], a: int, label: str
) -> str | None:
    """The role of the editor or translator a person's run is joined to by "and" (or, for an
    editor or translator, a comma) with no role word of its own before it."""
    if len(out) < 2 or role_before(tokens, marks, a) is not None:
        return None
    joiner, s, e = out[-1]
    role, _, _ = out[-2]
    if joiner != OTHER or e != a or role not in ROLES or role == label:
        return None
    joins = range(s, e)
    if not all(not tokens[k].text.isalnum() or "and" in marks[k] for k in joins):
        return None
    if label == "author" and not any("and" in marks[k] for k in joins):
        return None  # `trans. A. B., Author C.`: a comma alone may end the list
    return role


def role_before(tokens: list[Token], marks: list[set[str]], a: int) -> str | None:
    """The role a word just before token `a` gives the person after it ("Құраст.: Б. Т.",
    "çev. Ruşen Sezer"); an edition word ("2nd ed.") gives none."""
    i = a - 1
    while i >= 0 and not tokens[i].text.isalnum():
        if tokens[i].text in ")]":
            return None  # `A (ред.), B`: a role word in brackets is the name's before it
        if tokens[i].text == ";":
            return None  # `(A, B, Ред.; C, Пер.)`: a role word before `;` closes its list
        i -= 1
    if i < 0 or "edition" in marks[i]:
        return None
    roles = [label for mark, label in ROLES.items() if mark in marks[i]]
    return roles[0] if len(roles) == 1 else None


_MAX_INITIALS: Final = 3  # Vancouver's run-together initials ("JK", "ZhT")


def _bare_initials(word: str) -> bool:
    return word.isalpha() and word.isupper() and len(word) <= _MAX_INITIALS


def name_goes_on(tokens: list[Token], out: list[Run], a: int, b: int) -> int:
    """Where the last name of a Vancouver list ends when a title run opened with it (`Church
    R, Romero S. An imperative …`): after a person `Family I` and a comma, a head of the same
    shape and its period is the list's last name. `a` when the run opens with none."""
    if len(out) < 2 or out[-2][0] not in PERSONS or out[-1][0] != OTHER:
        return a
    _, s, e = out[-2]
    comma = [t.text for t in tokens[out[-1][1] : out[-1][2]]] == [","]
    shaped = e - s >= 2 and _bare_initials(tokens[e - 1].text) and tokens[e - 2].text.isalpha()
    if not (comma and shaped and b - a > 3):
        return a
    head, initials, period = tokens[a : a + 3]
    if head.text.isalpha() and head.text[0].isupper() and _bare_initials(initials.text):
        return a + 3 if period.text == "." else a
    return a
