"""A book's edition written after its title's last comma, before its bracketed imprint:
Turkish law books cite `Medenî Hukuk: Giriş, Kaynaklar, Temel Kavramlar, 27. Bası (İstanbul:
Vedat Kitapçılık, 2021)`, `Borçlar Hukuku Genel Hükümler, 26. Baskı (Ankara: Yetkin, 2022)`,
English ones `Public International Law, 9th ed. (Oxford: OUP, 2019)`. The run between the
title's comma and the edition is the title's last part (a book has no host), and the number
before the edition's word (`[words] edition`) is the edition. A quoted title is a part's, and
the run after it its host (`“Yurt”, Oxford English Dictionary, 3rd ed. (…)`). So is an edition
written after the title's last comma that the title's run took in, before any imprint
(`Key Indicators for Asia and the Pacific 2024, 55th edition. Manila: ADB.`), or the host's run
(Springer's `In: Hartmann P (eds) Water resources management, 2nd edn. Springer, Cham`): its
number is the edition, the title or the host ends at the comma. An edition in words before its
word (`…, new and expanded ed. (Washington, DC: …`) is the edition as written."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.type_cues import has_cue

__all__ = ["edition_after_title", "edition_closing_title", "worded_edition"]

_EDITED: Final = frozenset({"title", "container-title"})  # runs an edition may close
_NUMBER: Final = 3  # digits of an edition's number at most
_CLOSING: Final = frozenset({"”", "’", "»", '"', "'"})  # a quoted part's title closes with one
_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th", "d", "."})  # `9th`, `2d`, `27.`


def _edition_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether an edition's number, its ordinal mark and its word open at `k`."""
    if k >= len(tokens) or not tokens[k].text.isdecimal() or len(tokens[k].text) > _NUMBER:
        return False
    word = k + 1
    if word < len(tokens) and tokens[word].text in _SUFFIXES:
        word += 1
    return word < len(tokens) and "Bedition" in marks[word]


def edition_after_title(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a host's run between a title's comma and an edition read as the title's
    last part, before a bracketed imprint (see the module's doc)."""
    out = list(labels)
    if "(" not in text_set(tokens) or "publisher" not in out:
        return out  # no bracketed imprint (most notes)
    for a in range(2, len(tokens) - 3):
        if out[a] != "container-title" or tokens[a - 1].text != "," or out[a - 2] != "title":
            continue
        if tokens[a - 2].text in _CLOSING:
            continue  # `“Yurt”, Oxford English Dictionary, 3rd ed.`: a quoted part in its host
        b = a
        while b < len(tokens) and out[b] == "container-title":
            b += 1
        if b >= len(tokens) or tokens[b].text != "," or not _edition_at(tokens, marks, b + 1):
            continue
        if "(" not in {t.text for t in tokens[b + 1 : b + 6]}:
            continue
        out[a - 1 : b] = ["title"] * (b - a + 1)
        out[b + 1] = "edition"
        return out
    return out


def edition_closing_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with an edition closing the title's run after its comma read as the edition
    (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label not in _EDITED:
            continue
        for k in range(b - 2, a + 1, -1):
            if tokens[k - 1].text != "," or not _edition_at(tokens, marks, k):
                continue
            number = k + 2 if tokens[k + 1].text in _SUFFIXES else k + 1
            if number + 1 != b:
                break  # the edition's word closes the run, nothing after it
            host = " ".join(t.text for t in tokens[a : k - 1])
            if label == "container-title" and has_cue("conference", host):
                break  # `International Water Forum, 5th edition`: a meeting's number
            runs: list[Run] = [(label, a, k - 1), (OTHER, k - 1, k), ("edition", k, number)]
            return [*found[:j], *runs, (OTHER, number, b), *found[j + 1 :]]
    return found


_WORDED: Final = 4  # words of an edition written in words at most (`new and expanded`)


def worded_edition(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the title run's last comma part written in small letters and followed by
    an edition's word and the imprint's bracket (`…, new and expanded ed. (Washington, DC:`)
    read as the edition, the title ending at the comma."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b + 2 >= len(tokens) or "Bedition" not in marks[b]:
            continue
        if "(" not in {t.text for t in tokens[b + 1 : b + 3]}:
            continue
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None or comma + 1 >= b:
            continue
        words = [t.text for t in tokens[comma + 1 : b]]
        if len(words) > _WORDED or not all(w.isalpha() and w.islower() for w in words):
            continue
        runs: list[Run] = [("title", a, comma), (OTHER, comma, comma + 1)]
        runs.append(("edition", comma + 1, b))
        return [*found[:j], *runs, *found[j + 1 :]]
    return found
