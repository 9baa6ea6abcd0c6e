"""A thesis's designation written in short words (`Diss. kand. ist. nauk.`, romanised GOST's
`дис. … канд. ист. наук`): the model may close the genre's run after its first words; the
lower-case shortened words that follow, each with its glued period, are the designation's
too (the degree and the field), up to the sentence that opens with a capital (the place),
when the genre's own run is written in two such words at least (`Doktora tezi. yay. haz.` names
an editor), and up to a role's word of the language files (`hrsg.`, `пер.`). A
word a number follows labels the number (`Указ … no. 239`, `Tebliğ sy. 293`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, period_glued

__all__ = ["genre_abbreviations"]

_LETTERS: Final = 5  # letters of a shortened word at most (`kand`, `nauk`, `filol`)
_ROLES: Final = frozenset({"editor", "translator", "Beditor", "Btranslator"})
_FEWEST: Final = 3  # … and at least (`ist`; German `u. a.` is "and others")


def _shortened(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a lower-case shortened word with its period glued after it."""
    word = tokens[k].text
    if not (word.isalpha() and word.islower() and _FEWEST <= len(word) <= _LETTERS):
        return False
    return period_glued(tokens, k)


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether a number stands at token `k`: the shortened word before it labels it (`no.
    239`, `sy. 403`), no designation's word."""
    return k < len(tokens) and tokens[k].text[:1].isdigit()


def _shortened_first(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a capitalised shortened word (`Diss.`, `Дис.`) with its period."""
    word = tokens[k].text
    if not (word.isalpha() and word[:1].isupper() and len(word) <= _LETTERS):
        return False
    return period_glued(tokens, k)


def genre_abbreviations(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a genre's run widened over the shortened words after it (see the
    module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "genre" or b >= len(tokens) or j + 1 >= len(found):
            continue
        if sum(_shortened(tokens, k) or _shortened_first(tokens, k) for k in range(a, b)) < 2:
            return found  # `Doktora tezi. yay. haz.`: a designation written whole
        k = b + 1 if tokens[b].text == "." else b  # the run closed before its last period
        end = b
        while k < len(tokens) and _shortened(tokens, k) and not _numbered(tokens, k + 2):
            if marks[k] & _ROLES:
                break  # `hrsg.`, `yay. haz.`, `пер.`: a role's word of the language files
            end = k + 1  # the word; its period stays out, as the run's own does
            k += 2
        if end == b or any(run[1] < end and run[0] != OTHER for run in found[j + 1 :]):
            return found
        rest = [(OTHER, end, r[2]) if r[1] < end else r for r in found[j + 1 :]]
        return [*found[:j], ("genre", a, end), *[r for r in rest if r[1] < r[2]]]
    return found
