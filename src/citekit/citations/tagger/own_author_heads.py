"""A note that names the work's own author among its first words (`Автордың Н. Назарбаевпен
сұхбаты, Астана, 2015.`, `Awtoryň G. Myradow bilen söhbetdeşligi, …`, `Yazarın Prof. Dr.
Ahmet Kaya ile görüşmesi, Ankara, …`, `Беседа автора с А. Ивановым, Алматы, …`, `Author's
interview with A. Karimov, Tashkent, …`) describes the author's own material: the words up
to the first comma are its title, the people named inside it (`Н. Назарбаевпен`) the ones the
author talked or wrote with, no author of a cited work (`own_author.own_author_word`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.own_author import own_author_word
from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.tokens import Token

__all__ = ["own_author_head"]

_HEAD: Final = 3  # tokens before the author's word at most (`Беседа автора`)
_MAX: Final = 16  # tokens of the description before its comma at most
_APOSTROPHES: Final = frozenset("'’")
_TITLE: Final = "title"
_NAMED: Final = frozenset({_TITLE, OTHER, "author", "editor", "publisher", "container-title"})


def own_author_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words before the first comma read as the title when the work's own
    author is named among the first of them (see the module's doc)."""
    if not any(_own(tokens, k) for k in range(min(_HEAD, len(tokens) - 1))):
        return found
    comma = next((k for k, t in enumerate(tokens[: _MAX + 1]) if t.text == ","), None)
    if comma is None or comma < 2:
        return found
    labels = [label for label, a, b in found for _ in range(a, b)]
    head = labels[:comma]
    if not set(head) <= _NAMED or set(head) <= {_TITLE, OTHER}:
        return found
    labels[:comma] = [_TITLE] * comma
    return runs(labels)


def _own(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the work's own author's word in a case form (`Автордың`,
    `Yazarın`), or bare before a possessive's apostrophe (`Author's`): bare before a colon it
    is a byline's label (`Yazar: Ayşe Demir`), before an initial a family (`Yazar A.`)."""
    word, after = tokens[k].text, tokens[k + 1].text
    if not own_author_word(word):
        return False
    return not own_author_word(word, bare=True) or after in _APOSTROPHES
