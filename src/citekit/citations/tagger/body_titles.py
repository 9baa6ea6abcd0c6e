"""A body that signs a book, named before its title: `Ankara Üniversitesi Dil ve Tarih-Coğrafya
Fakültesi, Türkoloji Araştırmaları, Ankara: …`, `Л. Н. Гумилев атындағы Еуразия ұлттық
университеті. Ғылыми еңбектер жинағы. – Астана, 2019.` When the model reads the body's name
as the title and the work after it as a host, in a note with an imprint and no author, the
body (a name with an organisation's head word of the language files) is the author and the
host is the title: a book with a place and a publisher has no host before them. (A body the
model read inside the title's own run, `Body. Title.` or `Body, Title, Place: …`, is
`group_authors.py`'s: the same fact on another reading of the model's.)

A body's acronym before the note's first comma that comes again as the publisher after the
place's colon (`TİKA, Faaliyet Raporu 2019, Ankara: TİKA, 2020`, `UNESCO, Title, Paris:
UNESCO Publishing`) signs the work it publishes: the acronym is the author, the words up to the
comma before the place the title, then the place and the publisher. A person in capitals
(`KAYA, Ahmet, Title, İstanbul: Ötüken`) is no publisher of the book.

A person's name before a word that names a body after them (`[names] named_after`: `Ш.
Уәлиханов атындағы Көкшетау университеті. Ғылыми жинақ.`) is the body's name, up to the
period after the body's head word: the model reads the person alone as the author."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation, named_after_words
from citekit.citations.tagger.align import OTHER, Run, first_run, runs
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["body_before_title"]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_MARKS: Final = frozenset({".", ","})  # what parts the body's name from the title
_QUOTES: Final = frozenset("“”«»„\"'‘’")
_ACRONYM: Final = 3  # letters of a body's acronym at least
_BODY: Final = 12  # tokens of a body's name after its `named_after` word at most


def _acronym_imprint(tokens: list[Token]) -> int | None:
    """Where the colon of `, Place: ACRONYM` stands when the note opens with `ACRONYM,` (see
    the module's doc), else None."""
    word = tokens[0].text
    if len(word) < _ACRONYM or not word.isalpha() or not word.isupper():
        return None
    for p in range(4, len(tokens) - 1):
        if tokens[p].text == ":" and tokens[p + 1].text == word:
            place = tokens[p - 1].text
            if tokens[p - 2].text == "," and place.isalpha() and place[:1].isupper():
                return p
            return None
    return None


def _acronym_body(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `ACRONYM, Title, Place: ACRONYM …` read as its author, title, place and
    publisher, when the model read it otherwise."""
    p = _acronym_imprint(tokens)
    if p is None:
        return found
    q = next((i for i in range(p + 2, len(tokens)) if tokens[i].text in ",.;("), len(tokens))
    head: list[Run] = [
        ("author", 0, 1),
        (OTHER, 1, 2),
        ("title", 2, p - 2),
        (OTHER, p - 2, p - 1),
        ("publisher-place", p - 1, p),
        (OTHER, p, p + 1),
        ("publisher", p + 1, q),
    ]
    if all(run in found for run in head if run[0] != OTHER):
        return found
    rest = [(label, max(a, q), b) for label, a, b in found if b > q]
    return [*head, *rest]


def _named_after(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with an author run that a `named_after` word follows read to the period after
    the body's head word, and the sentence after it as the title (see the module's doc)."""
    words = named_after_words()
    j = first_run(found, "author")
    if j is None or found[j][2] >= len(tokens) or tokens[found[j][2]].text not in words:
        return found
    _, a, b = found[j]
    end = min(len(tokens) - 1, b + _BODY)
    p = next((i for i in range(b + 1, end) if tokens[i].text == "."), None)
    if p is None or not is_organisation(text[tokens[b].start : tokens[p - 1].end]):
        return found
    labels = [label for label, c, d in found for _ in range(c, d)]
    after = labels[p + 1] if p + 1 < len(labels) else OTHER
    k = p + 1
    while k < len(labels) and labels[k] == after and after in ("title", "container-title"):
        labels[k] = "title"
        k += 1
    inside = {labels[i] for i in range(b, p)}
    if after not in ("title", "container-title") or not inside <= {OTHER, "title"}:
        return found
    labels[a:p] = ["author"] * (p - a)
    labels[p] = OTHER
    return runs(labels)


def body_before_title(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's name read as the title, before a host's run and a mark, read as
    the author, and the host's run as the title; and a body's acronym that publishes the work
    as its author (see the module's doc)."""
    if len(tokens) > _ACRONYM + 3 and tokens[1].text == ",":
        found = _acronym_body(tokens, found)  # (at C speed: the second token a comma)
    if not named_after_words().isdisjoint(text_set(tokens)):
        found = _named_after(tokens, text, found)  # (at C speed: a `named_after` word's token)
    named = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(named) < 3 or found[named[0]][0] != "title" or found[named[1]][0] != "container-title":
        return found  # (at C speed: the first two runs' labels)
    j, h = named[0], named[1]
    _, a, b = found[j]
    _, c, d = found[h]
    if c != b + 1 or tokens[b].text not in _MARKS or any(t.text.isalnum() for t in tokens[:a]):
        return found
    labels = {found[r][0] for r in named}
    if "author" in labels or labels.isdisjoint(_IMPRINT):
        return found
    if {tokens[a].text, tokens[b - 1].text, tokens[c].text} & _QUOTES:
        return found  # a quoted title is the work's
    body = text[tokens[a].start : tokens[b - 1].end]
    host = text[tokens[c].start : tokens[d - 1].end]
    if not is_organisation(body) or is_organisation(host):
        return found  # `Ministry of … . Department of … .`: the body's part, not a work
    return [*found[:j], ("author", a, b), *found[j + 1 : h], ("title", c, d), *found[h + 1 :]]
