"""Three shapes of the humanities' styles the model runs together:

- MLA's host after the quoted title: `"After Pamuk: The Istanbul Novel." The Cambridge
  Companion to the Turkish Novel, edited by …`: the words after the closing quote, up to the
  host's comma, are the host, whatever the model made of its small words (`to the`);
- MLA's publisher after the editors: `…, edited by Fatma Aydoğan, Akçağ, 2013, pp. 233-58.`:
  MLA writes no place, so after editors its words introduce in small letters (`edited by`),
  the one word between the editor's comma and the year's is the publisher when the lexicon
  knows no place by it (`Ed. Rıza Bayram, Tokat, 2005` names a place);
- a thesis's institution after its kind (OSCOLA's `(PhD thesis, University of Dundee 2017)`):
  the words between the kind's comma and the year are the degree's grantor, the publisher."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["mla_forms"]

_SMALL: Final = frozenset({"to", "the", "of", "and", "in", "on", "for", "a", "an"})


def _host_after_quote(tokens: list[Token], marks: list[set[str]], labels: list[str]) -> bool:
    """The host after a quoted title's closing quote read to its comma (see the module)."""
    if not tokens or tokens[0].text in OPENING_MARKS:
        return False
    opening = next((k for k, t in enumerate(tokens) if t.text in OPENING_MARKS), None)
    if opening is None or labels[opening + 1 : opening + 2] != ["title"]:
        return False
    close = next(
        (k for k in range(opening + 2, len(tokens)) if tokens[k].text in CLOSING_MARKS), None
    )
    if close is None or close + 1 >= len(tokens) or labels[close + 1] not in ("title", OTHER):
        return False
    if not tokens[close + 1].text[:1].isupper() or marks[close + 1]:
        return False  # `” In Histories of Eurasia, edited by`: a word of the lexicon's
    end = close + 1
    while end < len(tokens) and tokens[end].text != ",":
        word = tokens[end].text
        if labels[end] not in ("title", "container-title", OTHER) or not word[0].isalpha():
            return False
        if labels[end] == OTHER and not (word in _SMALL or word[0].isupper()):
            return False
        end += 1
    if end >= len(tokens) or "container-title" not in labels[close + 1 : end]:
        return False
    labels[close] = OTHER
    labels[close + 1 : end] = ["container-title"] * (end - close - 1)
    return True


def _publisher_after_editor(tokens: list[Token], marks: list[set[str]], labels: list[str]) -> bool:
    """MLA's one-word publisher between the editor's comma and the year's (see the module)."""
    for k in range(2, len(tokens) - 2):
        if labels[k] != "publisher-place" or labels[k - 2] != "editor":
            continue
        if tokens[k - 1].text != "," or tokens[k + 1].text != ",":
            continue
        if not is_year(tokens[k + 2].text) or not PLACE_MARKS.isdisjoint(marks[k]):
            continue
        if "publisher" in labels:
            return False
        start = k - 2
        while start > 0 and labels[start - 1] == "editor":
            start -= 1
        if start < 2 or not all(
            tokens[j].text.isalpha() and tokens[j].text.islower() for j in (start - 2, start - 1)
        ):
            return False  # `Ed. Rıza Bayram, Tokat, 2005`: a place after the editor's label
        labels[k] = "publisher"
        return True
    return False


def _thesis_grantor(tokens: list[Token], labels: list[str]) -> bool:
    """The institution between a thesis's kind and its year (see the module)."""
    for k in range(1, len(tokens) - 2):
        if labels[k - 1] != "genre" or tokens[k].text != ",":
            continue
        end = k + 1
        while end < len(tokens) and labels[end] == OTHER and tokens[end].text[:1].isalpha():
            end += 1
        if end - k < 2 or end >= len(tokens) or labels[end] != "issued":
            continue
        if not tokens[k + 1].text[:1].isupper() or "publisher" in labels:
            return False
        labels[k + 1 : end] = ["publisher"] * (end - k - 1)
        return True
    return False


def mla_forms(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the three shapes of the module's doc read."""
    if "," not in text_set(tokens):
        return found
    labels = labels_at(found, len(tokens))
    changed = _host_after_quote(tokens, marks, labels)
    if "editor" in labels:
        changed = _publisher_after_editor(tokens, marks, labels) or changed
    if "genre" in labels:
        changed = _thesis_grantor(tokens, labels) or changed
    return runs(labels) if changed else found
