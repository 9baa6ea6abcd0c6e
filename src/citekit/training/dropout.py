"""Training-time dropout of the tagger's features, so that a model learns each field from its
context and form, not from the generator's value pools and the lexicon's word lists.

- **Lexicon dropout**: each run of tokens that a lexicon key covers (a place, a publisher
  word, a month …) loses that key's marks with probability ``lexicon``: real notes name
  places and publishers that no word list holds, and a model that always saw them marked
  leans on the marks.
- **Form dropout**: each word token (a token that opens with a letter) loses its identity
  with probability ``forms``: its folded form (``w=``) in its own row, the same form as the
  neighbour of the tokens around it (``-2w=``, ``-1w=``, ``+1w=``, ``+2w=``) and the pairs it
  makes (``bi=``), as if the word were one the model never saw. Its shape, case, script,
  suffix and length stay. With ``form_labels``, only the words of those fields are hidden
  (the values a site's notes bring: titles, names, publishers, places), never the label words
  and joining words that every site writes.

Only training rows change: inference reads `citekit.citations.tagger.features` as it is. The
draws come from one `random.Random` per note, seeded by the run's seed and the note's place in
the training order, so a run is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import field, frozen

from citekit.citations.tagger.features import features, token_marks
from citekit.citations.tagger.tokens import Token

if TYPE_CHECKING:
    from attrs import Attribute

__all__ = ["Dropout", "drop_forms", "drop_marks", "note_random", "training_rows"]

_NEIGHBOURS = ((-2, "+2"), (-1, "+1"), (1, "-1"), (2, "-2"))  # (offset of the row, its prefix)


@frozen
class Dropout:
    """Dropout rates (0 to 1), the lexicon keys that lexicon dropout may drop and the gold
    labels whose words form dropout may hide (all if None)."""

    lexicon: float = field(default=0.0)
    forms: float = field(default=0.0)
    lexicon_keys: frozenset[str] | None = None
    form_labels: frozenset[str] | None = None

    @lexicon.validator
    @forms.validator
    def _rate(self, attribute: Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:  # also refuses NaN
            raise ValueError(f"the {attribute.name} dropout rate must be 0 to 1, not {value}")

    @property
    def active(self) -> bool:
        """Whether anything is dropped."""
        return self.lexicon > 0 or self.forms > 0


def note_random(seed: int, index: int) -> random.Random:
    """The draws of the `index`-th note of a run seeded by `seed` (strings seed stably)."""
    return random.Random(f"dropout:{seed}:{index}")


def drop_marks(
    marks: Sequence[set[str]],
    rng: random.Random,
    rate: float,
    keys: frozenset[str] | None = None,
) -> list[set[str]]:
    """`marks` with each run of tokens that one key covers dropped (the key and its ``B``
    mark) with probability `rate`; only `keys` are dropped when given. New sets, the input
    untouched."""
    out = [set(found) for found in marks]
    for key in sorted({k for found in marks for k in found if not k.startswith("B")}):
        if keys is not None and key not in keys:
            continue
        i, n = 0, len(out)
        while i < n:
            if key not in out[i]:
                i += 1
                continue
            j = i
            while j < n and key in out[j]:
                j += 1
            if rng.random() < rate:
                for found in out[i:j]:
                    found.discard(key)
                    found.discard("B" + key)
            i = j
    return out


def drop_forms(rows: Sequence[Sequence[str]], dropped: Sequence[bool]) -> list[list[str]]:
    """`rows` without the identity of the tokens `dropped` marks: their form, that form as
    each neighbour's, and the pairs they make."""
    out = [list(row) for row in rows]
    n = len(out)
    for i, gone in enumerate(dropped):
        if not gone:
            continue
        form = next((f for f in rows[i] if f.startswith("w=")), None)
        if form is None:
            continue
        out[i] = [f for f in out[i] if f != form and not f.startswith("bi=")]
        if i + 1 < n:
            out[i + 1] = [f for f in out[i + 1] if not f.startswith("bi=")]
        for offset, prefix in _NEIGHBOURS:
            j = i + offset
            if 0 <= j < n:
                out[j] = [f for f in out[j] if f != prefix + form]
    return out


def training_rows(
    tokens: Sequence[Token],
    text: str,
    rules: Sequence[str | None],
    dropout: Dropout,
    rng: random.Random,
    labels: Sequence[str] = (),
) -> list[list[str]]:
    """The feature rows of one training note, with `dropout` applied (`features` itself when
    nothing is dropped); `labels` are the tokens' gold labels (for ``form_labels``)."""
    if not dropout.active:
        return features(tokens, text, rules)
    marks = token_marks(tokens)
    if dropout.lexicon > 0:
        marks = drop_marks(marks, rng, dropout.lexicon, dropout.lexicon_keys)
    rows = features(tokens, text, rules, marks)
    if dropout.forms > 0:
        chosen = dropout.form_labels
        dropped = [
            t.text[:1].isalpha()
            and (chosen is None or (i < len(labels) and labels[i] in chosen))
            and rng.random() < dropout.forms
            for i, t in enumerate(tokens)
        ]
        rows = drop_forms(rows, dropped)
    return rows
