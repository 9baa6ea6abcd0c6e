"""A single work's genre set off as a sentence of its own after the title (`Die Vermessung der
Welt. Roman. Reinbek: Rowohlt, 2005`, `Қан мен тер. Роман. – Алматы : Жалын`, `Абай жолы.
Роман-эпопея. – Алматы`, `The Road. A Novel. New York: Knopf`): publishers print the genre
under the title, and a note that copies it copies a statement of the work's kind, no words of
its title. The title's last sentence that is wholly a literary genre (`[words]
literary_genre`) is the genre; the title ends at the period before it."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["genre_after_title"]


@functools.cache
def _genres() -> frozenset[str]:
    """The literary genres of every language, casefolded, their spaces out (`роман-эпопея`,
    `anovel`)."""
    return frozenset(w.casefold().replace(" ", "") for w in shipped_words("literary_genre"))


def genre_after_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the title's closing sentence that names a literary genre read as the
    genre (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        k = next((i for i in range(b - 1, a, -1) if tokens[i].text == "."), None)
        if k is None or k + 1 >= b:
            return found
        words = "".join(t.text for t in tokens[k + 1 : b]).casefold()
        if words.rstrip(".") not in _genres() or not tokens[k + 1].text[:1].isupper():
            return found
        return [
            *found[:j],
            ("title", a, k),
            (OTHER, k, k + 1),
            ("genre", k + 1, b),
            *found[j + 1 :],
        ]
    return found
