"""A bibliography's first name with its role word after it (`Rumer, Boris, ed. Central Asia in
Transition. Armonk, NY: …`, `Kaya, Ahmet, haz. Divan. …`): the name is the editor's (or the
translator's), and the sentence after the role word is the title."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["dashed_names", "role_after_inverted_name"]

_ROLES: Final = {"Beditor": "editor", "Btranslator": "translator"}
_MAX_GIVEN: Final = 3  # given names or initials after `Family,`
_TITLED: Final = frozenset({OTHER, "title", "author", "editor", "translator", "container-title"})
# a title's head the model read as a place (`Allworth, Edward A., ed. Central Asia: 130 Years
# …. Durham: …`): the sentence after the role word is still the title when the imprint follows
_IMPRINT: Final = frozenset({"publisher-place", "publisher"})


def _given_end(tokens: list[Token], k: int) -> int | None:
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
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
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
    if role_at >= len(tokens):
        return out  # `Смирнов, А. В. История,`: the note ends at the comma, no role follows
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
    while stop < len(tokens) and tokens[stop].text != "." and out[stop] in _TITLED | _IMPRINT:
        stop += 1
    if stop == start or stop >= len(tokens) or "title" in out[:comma] + out[stop:]:
        return out  # no sentence after the role, or the model found the title elsewhere
    if _IMPRINT.intersection(out[start:stop]) and not _IMPRINT.intersection(out[stop:]):
        return out  # the sentence is the imprint itself (`…, ed. London: Routledge, 2001.`)
    out[:comma] = [role] * comma
    out[comma:start] = [OTHER] * (start - comma)
    out[start:stop] = ["title"] * (stop - start)
    return out


_NAME_WORDS: Final = 3  # words of a family name, or of given names, at most
_HEAD_LABELS: Final = frozenset(
    {OTHER, "author", "publisher", "publisher-place", "container-title"}
)


def _segment_is_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are one inverted name: capitalised words, a comma, then given
    names or initials (`Yıldız, Ayşe`, `Kara, M.`)."""
    texts = [t.text for t in tokens[a:b]]
    if texts.count(",") != 1:
        return False
    comma = texts.index(",")
    family = texts[:comma]
    given = [t for t in texts[comma + 1 :] if t != "."]
    if not (0 < len(family) <= _NAME_WORDS and 0 < len(given) <= _NAME_WORDS):
        return False
    if any(len(w) == 1 and len(after) > 1 for w, after in itertools.pairwise(given)):
        return False  # `Kaya, A. Türkiye – Rusya`: an initial, then a title's word
    return all(w.isalpha() and w[0].isupper() for w in family + given)


def _word_after(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised word of two letters or more follows the period at `k` (no
    initial's: `V. V.`)."""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return len(after) > 1 and after.isalpha() and after[0].isupper()


def dashed_names(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a heading of inverted names joined by spaced dashes (İSNAD: `Kara, Mehmet
    – Yıldız, Ayşe – Demir, Ali. Title.`) given to the authors whole, whichever dash a site
    types: a name between the dashes is no place or publisher. The heading ends at its
    period, or at the comma after the last name (`Kafesoğlu, İbrahim – Turan, Osman, Türk
    Tarihi, …`); the model's first label must be the author's."""
    if text_set(tokens).isdisjoint(DASHES):
        return list(labels)  # no dash in the note: no heading joined by dashes (one look-up)
    start = next((i for i, label in enumerate(labels) if label != OTHER), None)
    if start is None or labels[start] != "author":
        return list(labels)
    cuts = [start]
    k = start
    commas = 0  # in the last name after a dash
    while k < len(tokens):
        text = tokens[k].text
        if text == "." and not (k > 0 and len(tokens[k - 1].text) == 1):
            break  # the heading's period (an initial's is the name's)
        if text == "." and len(cuts) > 1 and commas and _word_after(tokens, k):
            break  # the last name's initial closes it (`– Şoabdurahmonov, Ş. Özbek …`)
        if text == "," and len(cuts) > 1 and commas:
            break  # İSNAD 2's comma after the last name (`– Turan, Osman, Türk Tarihi, …`)
        commas += text == ","
        spaced = 0 < k < len(tokens) - 1 and tokens[k - 1].end < tokens[k].start
        if text in DASHES and spaced and tokens[k].end < tokens[k + 1].start:
            cuts.append(k)
            commas = 0
        k += 1
    if len(cuts) < 2 or k >= len(tokens):
        return list(labels)
    ends = [*cuts[1:], k]
    starts = [cuts[0], *(c + 1 for c in cuts[1:])]
    if not all(_segment_is_name(tokens, a, b) for a, b in zip(starts, ends, strict=True)):
        return list(labels)
    # … the model may read the names after the first dash as the title's, whichever mark
    # closes the heading (`Koç, Kenan – Bayniyazov, Ayabek – Başkapan, Vehbi. Title.`), when it
    # read the first name whole as the author's (`Kaya, A. Türkiye – Rusya, Stratejik …`: no)
    first = all(label == "author" for label in labels[start : cuts[1]])
    allowed = _HEAD_LABELS | ({"title"} if tokens[k].text == "," or first else set())
    if any(label not in allowed for label in labels[start:k]):
        return list(labels)
    out = list(labels)
    for a, b in zip(starts, ends, strict=True):
        out[a:b] = ["author"] * (b - a)
    for c in cuts[1:]:
        out[c] = OTHER
    if "title" not in out:
        out = _title_after_heading(tokens, out, k)
    return out


def _title_after_heading(tokens: list[Token], labels: list[str], k: int) -> list[str]:
    """`labels` with the words after the heading's comma at `k`, up to the next comma, read
    as the title when the model took the title for the last name and gave them another run."""
    stop = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ","), len(tokens))
    if stop == k + 1 or any(label not in _HEAD_LABELS for label in labels[k + 1 : stop]):
        return labels
    labels[k + 1 : stop] = ["title"] * (stop - k - 1)
    return labels
