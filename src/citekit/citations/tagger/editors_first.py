"""An edited book cited under its editors (Chicago's bibliography and notes: `Sinor, Denis,
ed. The Cambridge History of Early Inner Asia. Cambridge: …`, `Golden, Peter B., and Thomas
T. Allsen, eds. Nomads and Their Neighbours.`), or under its translators (MLA: `Brown, Mary,
translator. The Book of Dede Korkut.`): the names that open the note, set off by a comma from
the role word, are its editors or translators, and the sentence after the role is its title,
whatever the model called it (a name after the role and its comma is the role's: `Pir Sultan
Abdal, Şiirler, haz. Cahit Öztelli, …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["editors_first"]

_MAX_NAMES: Final = 24  # tokens of the opening names, at most (two editors, initials)
_NAME_MARKS: Final = frozenset({",", ".", "-", "'", "’"})
_TITLE_CLOSES: Final = frozenset({".", "("})  # a book's title ends its sentence, or its imprint
_ROLES: Final = ("editor", "translator")
_TITLE_RUNS: Final = frozenset({"title", "container-title", "collection-title", "editor", "author"})
_IMPRINT_RUNS: Final = frozenset({"publisher-place", "publisher"})  # a title's head misread
_SENTENCE_RUNS: Final = _IMPRINT_RUNS | {"title", "container-title", OTHER}


@functools.cache
def _joins() -> frozenset[str]:
    """The words `and` of every shipped language (`and`, `&`, `ve`, `и`): between two editors'
    names."""
    return frozenset(shipped_words("and_"))


def _role_at(tokens: list[Token], marks: list[set[str]]) -> tuple[int, str] | None:
    """Where an editor's or a translator's role word stands after the note's opening names
    and their comma, and that role."""
    joins = _joins()
    for k in range(3, min(len(tokens) - 1, _MAX_NAMES)):
        role = next((r for r in _ROLES if r in marks[k] and f"B{r}" in marks[k]), None)
        if role is not None and tokens[k - 1].text == ",":
            return k, role
        word = tokens[k].text
        if not (word in _NAME_MARKS or word in joins or (word[:1].isupper() and word.isalpha())):
            return None
    return None


def _names(tokens: list[Token], end: int, role: str, *, noted: bool = False) -> list[Run] | None:
    """The editors' runs in tokens 0..end (a comma closes them), split at `and`; None unless
    the first name is inverted, one family name before its comma (`Sinor, Denis`), as a
    reference list's first name is, or, `noted` (Chicago's note: the role set off by commas
    on both sides, `Nicola Di Cosmo, …, and Peter B. Golden, eds., Title (Place: …`), each name
    is a few capitalised words and initials in direct order."""
    runs: list[Run] = []
    start = 0
    joins = _joins()
    for k in range(end):
        if tokens[k].text in joins:
            stop = k - 1 if tokens[k - 1].text == "," else k
            runs += [(role, start, stop), (OTHER, stop, k + 1)]
            start = k + 1
    runs.append((role, start, end))
    if any(b <= a for label, a, b in runs if label == role):
        return None
    if _inverted(tokens, runs[0]):
        return runs
    if noted and _direct(tokens, [run for run in runs if run[0] == role]):
        return [piece for run in runs for piece in _split_at_commas(tokens, run, role)]
    return None  # `Ziya Gökalp, Türkçülüğün Esasları, haz. …`: a name, a title, a role


def _inverted(tokens: list[Token], first: Run) -> bool:
    """Whether the first editor's run opens with one family name and its comma."""
    comma = next((k for k in range(first[1], first[2]) if tokens[k].text == ","), None)
    return comma is not None and _family(tokens, first[1], comma)


_DIRECT_WORDS: Final = 4  # words of a name written in direct order, at most


def _direct(tokens: list[Token], names: list[Run]) -> bool:
    """Whether each run holds names in direct order split by commas (`Nicola Di Cosmo, Allen
    J. Frank`): two to four capitalised words or initials each."""
    for _, a, b in names:
        words: list[str] = []
        for tok in [*tokens[a:b], None]:
            if tok is None or tok.text == ",":
                capitals = [w for w in words if w[:1].isupper()]
                if not 1 < len(capitals) <= _DIRECT_WORDS or len(capitals) != len(words):
                    return False
                words = []
            elif tok.text != ".":
                words.append(tok.text)
    return True


def _split_at_commas(tokens: list[Token], run: Run, role: str) -> list[Run]:
    """A role's run of names in direct order split at its commas, one run a name."""
    label, a, b = run
    if label != role:
        return [run]
    out: list[Run] = []
    start = a
    for k in range(a, b):
        if tokens[k].text == ",":
            out += [(role, start, k), (OTHER, k, k + 1)]
            start = k + 1
    return [*out, (role, start, b)]


def _family(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one family name (`Sinor`, `Carrère-d'Encausse`)."""
    words = [tok.text for tok in tokens[a:b] if tok.text not in _NAME_MARKS]
    return len(words) == 1 and tokens[a].text[:1].isupper()


def editors_first(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an edited book's opening editors and its title read (see the module)."""
    if not found or not tokens[0].text[:1].isupper():
        return found
    at = _role_at(tokens, marks)
    if at is None:
        return found
    k, role = at
    end = k + 1
    while end < len(tokens) and tokens[end].text in ".,":
        end += 1
    noted = tokens[end - 1].text == "," and end - k == 3  # `, eds., Title (`: a note's role
    names = _names(tokens, k - 1, role, noted=noted)
    direct = noted and names is not None and not _inverted(tokens, names[0])
    if names is None or end >= len(tokens) or tokens[end - 1].text not in ".,":
        return found
    j = next((i for i, run in enumerate(found) if run[1] <= end < run[2] or run[1] == end), None)
    if j is None:
        return found
    label, a, b = found[j]
    if label in _IMPRINT_RUNS and a == end:
        return _sentence_title(tokens, found, j, [*names, (OTHER, k - 1, end)])
    if _role_runs_on(tokens, found, j, end):
        # the role's run went on into the title's head (`, trans. The Book of | Dede Korkut`):
        # the sentence after the role is the title's, from its first word
        j, (label, a, b) = j + 1, ("title", end, found[j + 1][2])
        found = [*found[: j - 1], (OTHER, found[j - 1][1], end), (label, a, b), *found[j + 1 :]]
    if label not in _TITLE_RUNS or (a < end and label != "title"):
        return found
    if b >= len(tokens) or tokens[b].text not in _TITLE_CLOSES:
        return found  # `Pir Sultan Abdal, Şiirler, haz. Cahit Öztelli, …`: a role's name
    if direct and tokens[b].text != "(":
        return found  # a note's editors in direct order: its imprint's bracket after the title
    if any(run[0] == "title" for run in found[j + 1 :]):
        return found  # a title of its own after: the names open a chapter's host, no book
    return [*names, (OTHER, k - 1, end), ("title", end, b), *found[j + 1 :]]


def _role_runs_on(tokens: list[Token], found: list[Run], j: int, end: int) -> bool:
    """Whether run j, no field's, holds the role's words and, past `end`, the head of a
    sentence whose title's run follows it, no period or bracket between."""
    label, a, b = found[j]
    if label != OTHER or not a < end < b or j + 1 >= len(found):
        return False
    after, c, _ = found[j + 1]
    return after == "title" and c == b and not any(t.text in _TITLE_CLOSES for t in tokens[end:b])


def _sentence_title(tokens: list[Token], found: list[Run], j: int, head: list[Run]) -> list[Run]:
    """`found` with the sentence that opens at run `j` read as the edited book's title, when
    the model read its head as an imprint (`Starr, S. Frederick, ed. Xinjiang: China's Muslim
    Borderland. Armonk: …`): words up to a period after a word (no initial's), no digit."""
    a = found[j][1]
    dot = next(
        (
            k
            for k in range(a + 1, len(tokens))
            if tokens[k].text == "." and len(tokens[k - 1].text) > _INITIAL
        ),
        None,
    )
    if dot is None or any(t.text[:1].isdecimal() for t in tokens[a:dot]):
        return found
    inside = [run for run in found[j:] if run[1] < dot]
    if any(run[0] not in _SENTENCE_RUNS for run in inside) or inside[-1][2] > dot + 1:
        return found
    if any(run[0] == "title" for run in found if run[1] >= dot):
        return found
    rest = [run for run in found if run[1] >= dot]
    return [
        *head,
        ("title", a, dot),
        *([(OTHER, dot, rest[0][1])] if rest and rest[0][1] > dot else []),
        *rest,
    ]


_INITIAL: Final = 2  # letters of an initial at most (`S.`, `Ch.`)
