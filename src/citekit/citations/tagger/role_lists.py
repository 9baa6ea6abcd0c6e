"""A title's list runs to the role word after it. Chicago and İSNAD write an editor or a
translator after the title and a comma (`Türk Kültürü: Dil, Din, Sanat, çev. Ali Kaya (Ankara:
…)`, `Russia and the East: Trade, War, Faith, ed. Olga Smirnova`, `Osmanlı Toplumunda Aile,
Kadın ve Çocuk, haz. Mehmet Demir`): the role word names the person after it, so the words
between the title's comma and the role's are the title's last item, not a second person of
the role (a person is written with a given name or an initial) nor a host (set off by `in`
or quotes), when they are a few words with no initial, no digit and no quote."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.roles import PERSONS, ROLES
from citekit.citations.tagger.title_roles import role_after
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["list_before_role", "name_between_roles"]

_MISREAD: Final = frozenset({"editor", "translator", "container-title"})
_ITEM_WORDS: Final = 4  # words of the list's last item, at most
_REACH: Final = 3  # tokens from the role word to its person's run, at most (`ed. by`)


def list_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run between a title's comma and a role word's made the title's (see the
    module's doc)."""
    if marks_union(marks).isdisjoint(ROLES):
        return found  # no role word in the note (most notes): one look-up
    named = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    for (j, (label, a, b)), (h, (item, c, d)), (_, (after, e, _f)) in zip(
        named, named[1:], named[2:], strict=False
    ):
        if label != "title" or item not in _MISREAD or c != b + 1 or tokens[b].text != ",":
            continue
        if not role_after(tokens, marks, d) or after not in PERSONS or e > d + 3 + _REACH:
            continue
        if a > 0 and tokens[a - 1].text in QUOTES:
            continue  # `"Title," Host, ed.`: a quoted title's host
        words = tokens[c:d]
        if len(words) > _ITEM_WORDS or not all(t.text.isalpha() for t in words):
            continue
        if item in PERSONS and len(words) > 1:
            continue  # `Mehmet Demir, haz.`: a person with a given name
        return [*found[:j], ("title", a, d), *found[h + 1 :]]
    return found


_ROLES: Final = frozenset({"editor", "translator"})


@functools.cache
def _joins() -> frozenset[str]:
    """The words `and` of every shipped language, lower case."""
    return frozenset(w.lower() for w in shipped_words("and_"))


def name_between_roles(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name the model called an author between two names of one role, set off
    by commas or `and` (`ed. Nicola Di Cosmo, Allen J. Frank, and Peter B. Golden`): one list
    of that role (the model, seeing the work's author named again, read the name as his)."""
    for j in range(2, len(found) - 2):
        label, a, b = found[j]
        role = found[j - 2][0]
        if label != "author" or role not in _ROLES or found[j + 2][0] != role:
            continue
        gaps = [tokens[run[1] : run[2]] for run in (found[j - 1], found[j + 1])]
        if found[j - 1][0] != OTHER or found[j + 1][0] != OTHER:
            continue
        if all(all(t.text == "," or t.text.lower() in _joins() for t in gap) for gap in gaps):
            return [*found[:j], (role, a, b), *found[j + 1 :]]
    return found
