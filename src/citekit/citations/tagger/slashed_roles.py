"""GOST's statement of responsibility: `Title / бас ред. Б. Аяған. – Алматы: …`, `Title / пер.
с нем. С. П. Иванова. – М.: …`. The names after the slash and a role word are the editor's or
translator's, whatever their initials look like (`Б.` is Kazakh's page label, `С.` Russian's),
and the work before the slash is the title."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import Token

__all__ = ["names_after_slash"]

_ROLES: Final = ("editor", "translator")
_DASHES: Final = frozenset({"–", "—", "-"})
_HEAD: Final = frozenset({"container-title", "author"})
_LONGEST: Final = 12  # tokens of the names after the role word at most


def _initial(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` is a one-capital initial with a period after it (`Б.`, glued or not)."""
    text = tokens[k].text
    return len(text) == 1 and text.isupper() and k + 1 < len(tokens) and tokens[k + 1].text == "."


def _capital(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` opens a name: an initial or a capitalised word."""
    text = tokens[k].text
    return _initial(tokens, k) or (text.isalpha() and text[0].isupper() and len(text) > 1)


def _names_end(tokens: Sequence[Token], r: int) -> int | None:
    """Where the names that start at token `r` end: initials and capitalised words (a comma
    before another name), closed by a period before a dash or at the note's end, a semicolon,
    a slash, or the initials after a family name; None when they do not end so."""
    k, worded = r, False
    while k < len(tokens) and k - r <= _LONGEST:
        text = tokens[k].text
        if _initial(tokens, k):
            k += 2
            if worded and k < len(tokens) and tokens[k].text != "," and not _initial(tokens, k):
                return k  # `Nobatgulyýewa J.`: the initials after the family close the name
            continue
        if text.isalpha() and text[0].isupper() and len(text) > 1:
            worded, k = True, k + 1
            continue
        if text == "," and worded and k + 1 < len(tokens) and _capital(tokens, k + 1):
            worded, k = False, k + 1  # the next name
            continue
        if not worded:
            return None
        if text in ";/" or (
            text == "." and (k + 1 == len(tokens) or tokens[k + 1].text in _DASHES)
        ):
            return k
        return None
    return None


def names_after_slash(
    text: str, tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with the names after ` / ` and a role word given to that role, and the run
    that opens the note before the slash to the title when the note has none."""
    out = list(labels)
    if " / " not in text:
        return out
    for s in range(1, len(tokens) - 2):
        if tokens[s].text != "/":
            continue
        role = next((r for r in _ROLES if r in marks[s + 1]), None)
        if role is None:
            continue
        r = s + 1
        while r < len(tokens) and role in marks[r]:
            r += 1
        end = _names_end(tokens, r)
        if end is None or all(label == role for label in out[r:end]):
            continue
        out[s + 1 : r] = ["other"] * (r - s - 1)
        out[r:end] = [role] * (end - r)
        head = set(out[:s])
        if "title" not in out and len(head) == 1 and head <= _HEAD:
            out[:s] = ["title"] * s
        return out
    return out
