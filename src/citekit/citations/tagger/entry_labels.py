"""An encyclopedia's entry is named in quotes and may be labelled as one right after them
(`“Kazâ” md., DİA, XXV, 108.`, `“Kadı” maddesi, İA`, `“Sufism” entry, …`): the title ends at
its closing quote, and the one word between the quote and the comma, an abbreviation
(`md.`, `mad.`) or an encyclopedia's word in small letters (`maddesi`), is no field's, neither
the title's nor the host's. Named after the dictionary's imprint (`Karakuş, Ömer Faruk:
Ticaret Hukuku Terimleri Sözlüğü, 2. Bası, Adalet Yayınevi, Ankara 2015, “İbra” maddesi, s.
188.`), the quoted entry is the title and the work named first its host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["entry_after_work", "entry_label", "unsigned_entry_volume"]

_OPENING: Final = frozenset(QUOTES) | {"‘"}
_CLOSING: Final = frozenset(QUOTES.values()) | {"’"}
_SHORT: Final = 3  # letters of a label's abbreviation at most (`md.`, `mad.`)


def _label_end(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where the entry's label word at `k` ends (its period with it), when one stands there
    before a comma or a sentence's period (`“Kurultay” maddesi. Güncel Türkçe Sözlük.`)."""
    if k + 1 >= len(tokens):
        return None
    text = tokens[k].text
    if not text.isalpha():
        return None
    if (
        len(text) <= _SHORT
        and text.islower()
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    ):
        end = k + 2
    elif text.islower() and "encyclopedia" in marks[k]:
        end = k + 1
    else:
        return None
    return end if end < len(tokens) and tokens[end].text in ",." else None


def _closing_quote(tokens: list[Token], a: int, b: int) -> int | None:
    """The closing quote inside or right after the title run a..b, set off from what follows
    (an apostrophe glued to a suffix is no quote: `Osmanlı’da`)."""
    for k in range(a, min(b + 1, len(tokens) - 1)):
        if tokens[k].text in _CLOSING and tokens[k + 1].start > tokens[k].end:
            return k
    return None


def entry_label(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the label word after a quoted title's closing quote in no field (see the
    module's doc)."""
    if text_set(tokens).isdisjoint(_OPENING):
        return found  # no opening quote (most notes)
    for label, a, b in found:
        if label != "title" or a == 0 or tokens[a - 1].text not in _OPENING:
            continue
        close = _closing_quote(tokens, a, b)
        if close is None:
            continue
        end = _label_end(tokens, marks, close + 1)
        if end is not None:
            return painted(found, (OTHER, close + 1, end))
    return found


def entry_after_work(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a quoted entry and its label after the work's dated imprint read as the
    title, the work's title before it as the host (see the module's doc)."""
    if text_set(tokens).isdisjoint(_OPENING):
        return found  # no opening quote (most notes)
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or labels.count("container-title") != 1:
        return found
    t, h = labels.index("title"), labels.index("container-title")
    _, a, b = found[h]
    if h < t or "issued" not in labels[t:h] or tokens[a].text not in _OPENING:
        return found
    close = next((k for k in range(a + 1, b) if tokens[k].text in _CLOSING), None)
    if close is None or close - a < 2 or _label_end(tokens, marks, close + 1) != b:
        return found
    out = list(found)
    out[t] = ("container-title", *found[t][1:])
    out[h : h + 1] = [(OTHER, a, a + 1), ("title", a + 1, close), (OTHER, close, b)]
    return out


_ROMAN: Final = frozenset("IVXLC")


def unsigned_entry_volume(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the Roman volume after an unsigned entry read as the volume: the
    encyclopedia named first, its quoted entry, then its volume (`TDV İslâm Ansiklopedisi,
    “Hîve Hanlığı”, XVII, 410-14.`), where the model read the numeral as a second host."""
    named = [r for r in found if r[0] != OTHER]
    if len(named) < 3 or [r[0] for r in named[:3]] != [
        "container-title",
        "title",
        "container-title",
    ]:
        return found
    (_, a, b), _, (_, c, d) = named[:3]
    if a or not any("encyclopedia" in marks[k] for k in range(a, b)):
        return found
    if d - c != 1 or not _ROMAN.issuperset(tokens[c].text):
        return found
    return painted(found, ("volume", c, d))
