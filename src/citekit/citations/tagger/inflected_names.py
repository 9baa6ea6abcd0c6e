"""A name that takes a suffix after an apostrophe (`Cumhuriyet’in`, `Hürriyet’te`, `Britain’s`)
is a word of the sentence it stands in: Turkish writes every case ending of a proper name after
an apostrophe, and a field that is a name on its own (a newspaper, a journal, a publisher, a
place) is never cited inflected. So a newspaper's name in a book's title (`Cumhuriyet’in İlk
Yılı`, `Milliyet’in Yayın Politikası`) is the title's word, with the words that follow it up to
the title's end, where the model read the name as the newspaper and the apostrophe as a closing
quote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["inflected_names"]

_APOSTROPHES: Final = frozenset({"'", "’"})
_TITLE: Final = "title"
# the fields a name is cited by on its own, never inflected
_NAMED: Final = frozenset({"container-title", "publisher", "publisher-place"})
_ENDS: Final = frozenset(".,:;()[]")
_SUFFIX: Final = 5  # a case ending and a possessive at most (`’ndaki`: six, a rare one)


def _unit(tokens: Sequence[Token], i: int) -> bool:
    """Whether the apostrophe at `i` is glued between a capitalised word and a short suffix of
    lower-case letters (`Cumhuriyet’in`, `İstanbul’da`)."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    name, mark, suffix = tokens[i - 1], tokens[i], tokens[i + 1]
    return (
        name.end == mark.start
        and mark.end == suffix.start
        and len(name.text) > 1
        and name.text.isalpha()
        and name.text[0].isupper()
        and suffix.text.isalpha()
        and suffix.text.islower()
        and len(suffix.text) <= _SUFFIX
    )


def inflected_names(
    tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with an inflected name (`Cumhuriyet’in`) that the model gave a named field, or
    that it cut a title at, read as the title's word together with the title's words after it."""
    out = list(labels)
    if _APOSTROPHES.isdisjoint(text_set(tokens)):
        return out  # the cheap precheck: no apostrophe in the note
    for i in range(1, len(tokens) - 1):
        if tokens[i].text not in _APOSTROPHES or not _unit(tokens, i):
            continue
        name = out[i - 1]
        if name != _TITLE and name not in _NAMED:
            continue
        after = i + 2
        if after < len(tokens) and out[after] == _TITLE and name in _NAMED:
            out[i - 1 : after] = [_TITLE] * 3  # `Cumhuriyet’in Kuruluşu`: the title's head
            continue
        if out[i + 1] != OTHER:
            continue  # the title (or the field) runs on past the suffix
        # the title's words the model left after the apostrophe, up to where its part ends
        j = after
        while j < len(tokens) and out[j] == OTHER and tokens[j].text.isalpha():
            j += 1
        if j == after or (j < len(tokens) and tokens[j].text not in _ENDS):
            continue
        if name in _NAMED and _TITLE not in out[j:]:
            continue  # a title found nowhere else: the name may be the host after all
        out[i - 1 : j] = [_TITLE] * (j - i + 1)
        if name in _NAMED:
            _title_after(tokens, marks, out, j)
    return out


def _title_after(
    tokens: Sequence[Token], marks: Sequence[set[str]], out: list[str], j: int
) -> None:
    """Relabel in `out`, as the publisher, the run the model took for the title after an
    inflected name it took for a host (`Milliyet’in ilk yılı. Doğan Kitap.`), when the note
    names no publisher elsewhere or a publisher's word names the run; returns nothing."""
    k = j
    while k < len(tokens) and out[k] != _TITLE:
        if out[k] != OTHER or tokens[k].text not in _ENDS:
            return  # some field stands between: the run is not the part after the title
        k += 1
    end = k
    while end < len(tokens) and out[end] == _TITLE:
        end += 1
    if "publisher" not in out or any("publisher" in marks[m] for m in range(k, end)):
        out[k:end] = ["publisher"] * (end - k)
