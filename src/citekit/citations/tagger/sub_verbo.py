"""Chicago cites a reference work's entry by its word after `s.v.` ("sub verbo"):
`Bol'shaia sovetskaia entsiklopediia, 3rd ed., s.v. “Kazakhskaia … Respublika.”`,
`Encyclopaedia Iranica, s.v. “Khiva,” by Yuri Bregel`. The work named before the mark is the
host, the entry after it the title, and the person after the entry's `by` its author, however
the model read the two names."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["sub_verbo"]

_HOST, _TITLE = "container-title", "title"
_PEOPLE: Final = frozenset({"author", "editor", "translator"})


def _mark(tokens: list[Token]) -> int | None:
    """The first token of the note's `s.v.` (or `s. v.`), or None."""
    for k in range(len(tokens) - 3):
        s, v = tokens[k].text, tokens[k + 2].text  # as Chicago writes it: no initials `S. V.`
        if s == "s" and v in ("v", "vv") and tokens[k + 1].text == tokens[k + 3].text == ".":
            return k
    return None


def sub_verbo(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a reference work's entry read about its `s.v.` (see the module's doc)."""
    if "v" not in text_set(tokens):
        return found  # most notes (at C speed): no `s.v.`
    k = _mark(tokens)
    if k is None:
        return found
    labels = labels_at(found, len(tokens))
    after = [i for i in range(k + 4, len(tokens)) if labels[i] != OTHER]
    if not after or labels[after[0]] != _TITLE:
        return found  # the entry's word after the mark
    labels[k : k + 4] = [OTHER] * 4  # the mark is no field's, whatever run took it in
    before = [label for label in labels[:k] if label != OTHER]
    if _HOST not in before:  # the work's name, read as a title: the host
        if before and set(before) == {"author"} and labels[k - 1] in (OTHER, "author"):
            # `OED Online, s.v. “caravanserai,”`: the work's name, read as a person's
            labels[:k] = [_HOST if label == "author" else label for label in labels[:k]]
        elif not before or _TITLE not in before:
            return found
        else:  # `Sevan Nişanyan, Nişanyan Sözlük: …, s.v. “kervan”`: the author's work
            labels[:k] = [_HOST if label == _TITLE else label for label in labels[:k]]
    _host_to_mark(tokens, labels, k)
    end = next((i for i in after if labels[i] != _TITLE), len(tokens))
    if end < len(tokens) and labels[end] in _PEOPLE and tokens[end - 1].text == "by":
        person = labels[end]
        while end < len(tokens) and labels[end] == person:
            labels[end] = "author"  # `s.v. “Khiva,” by Yuri Bregel`: the entry's author
            end += 1
    return runs(labels)


def _host_to_mark(tokens: list[Token], labels: list[str], k: int) -> None:
    """The host's run carried on over the words left to no field before the mark's comma
    (`Encyclopædia Britannica Online, s.v.`: the model stopped before `Online`)."""
    c = k - 1 if k and tokens[k - 1].text == "," else k
    i = c
    while i > 0 and labels[i - 1] == OTHER and tokens[i - 1].text[:1].isupper():
        i -= 1
    if i < c and i > 0 and labels[i - 1] == _HOST:
        labels[i:c] = [_HOST] * (c - i)
