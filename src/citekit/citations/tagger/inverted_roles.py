"""A bibliography's first name with its role word after it (`Rumer, Boris, ed. Central Asia in
Transition. Armonk, NY: …`, `Kaya, Ahmet, haz. Divan. …`): the name is the editor's (or the
translator's), and the sentence after the role word is the title."""

from __future__ import annotations

from collections.abc import Sequence

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token

__all__ = ["role_after_inverted_name"]

_ROLES = {"Beditor": "editor", "Btranslator": "translator"}
_MAX_GIVEN = 3  # given names or initials after `Family,`
_TITLED = frozenset({OTHER, "title", "author", "editor", "translator", "container-title"})


def _given_end(tokens: Sequence[Token], k: int) -> int | None:
    """Where the given names (capitalised words or initials with their periods) that start at
    `k` end, before the comma that closes them."""
    words = 0
    while k < len(tokens) and tokens[k].text != ",":
        text = tokens[k].text
        if text == "." and words:
            k += 1
            continue
        if not (text.isalpha() and text[0].isupper()) or words == _MAX_GIVEN:
            return None
        words += 1
        k += 1
    return k if words and k < len(tokens) else None


def role_after_inverted_name(
    tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a note that opens `Family, Given, role.` read as that role's name, and the
    sentence after it as the title when the model called its words no field of their own."""
    out = list(labels)
    if len(tokens) < 8 or tokens[1].text != "," or not tokens[0].text.isalpha():
        return out
    if not tokens[0].text[0].isupper():
        return out
    comma = _given_end(tokens, 2)
    role_at = comma + 1 if comma is not None else len(tokens)
    role = next((_ROLES[m] for m in marks[role_at] if m in _ROLES), None) if comma else None
    if role is None or comma is None:
        return out
    end = role_at + 1
    while end < len(tokens) and marks[end] & {role} and tokens[end].text != ".":
        end += 1  # `ed. by`, `eds.`: the role's words
    if end >= len(tokens) or tokens[end].text != ".":
        return out
    start = end + 1
    stop = start
    while stop < len(tokens) and tokens[stop].text != "." and out[stop] in _TITLED:
        stop += 1
    if stop == start or stop >= len(tokens) or "title" in out[:comma] + out[stop:]:
        return out  # no sentence after the role, or the model found the title elsewhere
    out[:comma] = [role] * comma
    out[comma:start] = [OTHER] * (start - comma)
    out[start:stop] = ["title"] * (stop - start)
    return out
