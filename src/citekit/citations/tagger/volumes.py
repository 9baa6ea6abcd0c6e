"""A multi-volume work's volume written inside its title run: `История Казахстана. Т. 2:
Средние века`, `The Re-Enchantment of the West: Vol. 1: Alternative …`, `Сочинения… Т. 2`.
The volume's word and number are the volume; what follows them is the volume's own title,
which no field of ours holds (it is reported as unparsed, never dropped)."""

from __future__ import annotations

import functools
import itertools
import operator
from typing import Final

from citekit._text import roman_latin
from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.forms import range_end
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["title_volume", "volume_after_initials", "volume_number"]

_BEFORE: Final = frozenset(".,:…–—")  # what ends the title before a volume's word (GOST's dash)
_AFTER: Final = frozenset(".:")  # what ends the volume's sentence when its own title follows
_LAST: Final = 2  # a part's number, and at most its period, close the run
_OPENERS: Final = {"«": "»", "“": "”", "„": "“", "‘": "’"}


def volume_number(text: str) -> bool:
    """A volume's or a part's number: digits or Roman capitals (`12`, `IV`, and `ІІ` typed
    with Cyrillic look-alikes)."""
    return text.isdecimal() or (text.isupper() and set(roman_latin(text)) <= ROMAN)


def _quoted(tokens: list[Token], a: int, k: int) -> bool:
    """Whether token `k` is inside a quotation opened at or after token `a`."""
    depth: dict[str, int] = {}
    for token in tokens[a:k]:
        text = token.text
        if text in _OPENERS and _OPENERS[text] != text:
            depth[text] = depth.get(text, 0) + 1
        for opener, closer in _OPENERS.items():
            if text == closer and depth.get(opener, 0) > 0:
                depth[opener] -= 1
                break
        if text == '"':
            depth['"'] = 1 - depth.get('"', 0)
    return any(depth.values())


_DASHES: Final = frozenset("–—")
_YEAR_DIGITS: Final = 4


def _gost_dash(tokens: list[Token], k: int) -> bool:
    """Whether the dash before token `k` is a spaced area dash before a volume's word (`. –
    Т. 3.`, `– vol. 3`), no date's circa (`— c. 1500`, `1800–c. 1900`)."""
    dash = tokens[k - 1]
    if tokens[k - 2].end >= dash.start or dash.end >= tokens[k].start:
        return False
    number = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    circa = number < len(tokens) and len(tokens[number].text) == _YEAR_DIGITS
    return tokens[k].text[:1].isupper() or not circa  # `— c. 1500`: a date's circa


def _volume_at(tokens: list[Token], marks: list[set[str]], a: int, b: int, k: int) -> int | None:
    """The end of the volume's word and number when token `k`, inside title run a..b, opens
    them after the title's own sentence: `. Т. 2.`, `: Vol. 1:`, `… Т. 2` (the run's end, or
    its sentence's end, follows the number), or in APA's brackets after it (`Title (Vol. 1).`);
    a volume written with its label's colon (`, Cilt: III,`) closes the title before a comma."""
    if "Bvolume" not in marks[k] or k - 1 <= a:
        return None
    bracketed = tokens[k - 1].text == "("
    if tokens[k - 1].text not in _BEFORE and not bracketed:
        return None
    if tokens[k - 1].text in _DASHES and not _gost_dash(tokens, k):
        return None  # `1800–c. 1900`, `— c. 1500`: a date's circa, no volume
    number = k + 1 + (k + 1 < b and tokens[k + 1].text == ".")
    labelled = number < b and tokens[number].text == ":"
    if labelled:
        number += 1  # a label's colon: Turkish hand-written `Cilt: III`, `C.: 2`
    if number >= b or not volume_number(tokens[number].text):
        return None
    end = number + 1
    if bracketed:
        return end if end < b and tokens[end].text == ")" else None
    if end < b and (stop := range_end(tokens, end)) is not None and stop <= b:
        end = stop  # `Т. 1–2`
    if end < b and tokens[end].text == "," and _part_closes(tokens, marks, end + 1, b):
        return end  # `Т. 2, вып. 3`, `Т. 2, ч. 1`: the volume's part or issue closes the run
    if labelled and end < b and tokens[end].text != ",":
        return None  # a labelled volume closes the title's run, or its part before a comma
    if end < b and tokens[end].text not in _AFTER and not labelled:
        return None  # `Vol. 3 of the Series`: the title goes on
    return end


@functools.cache
def _parts() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in shipped_words("part"))


def _part_closes(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> bool:
    """Whether tokens k..b are a part's or an issue's word and number closing the run."""
    if k >= b or not ("Bissue" in marks[k] or tokens[k].text.casefold() in _parts()):
        return False
    at = k + 2 if k + 1 < b and tokens[k + 1].text == "." else k + 1
    return at < b and tokens[at].text.isdecimal() and b - at <= _LAST


def title_volume(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> list[Run]:
    """Title run a..b split at a volume written in it: the title before, the volume's word
    and number, and the volume's own title after it outside any field."""
    worded = map(operator.contains, marks[a + 2 : b - 1], itertools.repeat("Bvolume"))
    for k in itertools.compress(range(a + 2, b - 1), worded):  # a volume's words (C speed)
        if (end := _volume_at(tokens, marks, a, b, k)) is None:
            continue
        # `«Том 2. Избранное»`: a quoted title's own words (the quote mark that opens a title
        # run is most often outside it; a quoted title's last sentence was split as before)
        if _quoted(tokens, max(a - (end < b), 0), k):
            continue
        title_end = k if tokens[k - 1].text == "…" else k - 1  # the ellipsis is the title's
        out: list[Run] = [("title", a, title_end)]
        if title_end < k:
            out.append((OTHER, title_end, k))
        out.append(("volume", k, end))
        if end < b and tokens[end].text == "," and "Bissue" in marks[end + 1]:
            out.extend([(OTHER, end, end + 1), ("issue", end + 1, b)])  # `Т. 4, вып. 2`
        elif end < b:
            out.append((OTHER, end, b))
        return out
    return [("title", a, b)]


_NAMED: Final = frozenset({"author", "editor"})
_AFTER_NAME: Final = frozenset({"title", OTHER})


def volume_after_initials(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a volume's one-letter word that a name's run took in as its last initial
    given to the title after it (`Мамонтова А. И. Т. 12. Актуальность …`, `T. II.`): an
    initial is never followed by a number, a volume's word always is."""
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        after, start, stop = out[j + 1]
        if label not in _NAMED or after not in _AFTER_NAME or start != b or b - a < 4:
            continue
        word, period = tokens[b - 2], tokens[b - 1]
        if period.text != "." or len(word.text) != 1 or "Bvolume" not in marks[b - 2]:
            continue
        if tokens[b - 3].text != "." or b + 1 >= len(tokens) or not volume_number(tokens[b].text):
            continue
        if tokens[b + 1].text not in _AFTER or tokens[b].start == period.end:
            continue
        out[j] = (label, a, b - 2)
        out[j + 1] = ("title" if after == OTHER else after, b - 2, stop)
    return out
