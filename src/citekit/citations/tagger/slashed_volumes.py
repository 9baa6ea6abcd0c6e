"""A work in volumes cited by its volume and page joined by a slash (İSNAD's `cilt/sayfa`):
`Taberî, Câmiu’l-beyân, 3/45.`, `Kâtib Çelebi, Keşfü’z-zunûn, 2/1456.`, `“Kazâ”, DİA,
25/108-110.`. A short number glued to a slash and a page (or a range) closing the note after
a comma is the volume and the page, as `…, I, 233.` is (`roman_volumes`): a title, a host or a
person's name ends on no number before a slash. A periodical's `12/3 (2019)` (its volume and
issue, the year after it) is not read here: the pair must close the note.

The periodical's pair with its volume left empty (`Bilig / 89 (Ağustos 2019), 1-20`, as
DergiPark's İSNAD export writes a journal numbered by issues only) gives the number after the
slash, the issue's slot, to the issue."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import DASHES, Token, glued_to_previous, text_set

__all__ = ["issue_after_empty_volume", "slashed_volume_page"]

_HELD: Final = frozenset({"title", "container-title", "author", "editor", "translator"})
_TITLED: Final = frozenset({"title", "container-title"})
_TITLE_WORD: Final = 3  # letters of the title's last word before the pair at least
_VOLUME_DIGITS: Final = 2  # a volume's digits at most (`3`, `28`): no year, no case number


def slashed_volume_page(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `…, 3/45.` closing the note read as the volume and the page, in a note
    with no volume, no issue and no page before them (see the module's doc)."""
    if "/" not in text_set(tokens):
        return found  # no slash (most notes)
    labels = {run[0] for run in found}
    if labels & {"volume", "issue"}:
        return found
    end = len(tokens) - 1 if tokens and tokens[-1].text == "." else len(tokens)
    inner = _sentence_pair(tokens, found)
    if inner is not None:  # `Sözlüğü. 3/412. İstanbul: …`: the pair's own sentence
        end = inner
    if any(run[0] == "page" and run[2] <= end - 3 for run in found):
        return found  # a page before the pair: the note's page is read
    page = end - 3 if end > 3 and tokens[end - 2].text in DASHES else end - 1  # `108-110`
    slash, volume = page - 1, page - 2
    if (
        volume < 2
        or tokens[slash].text != "/"
        or tokens[volume - 1].text not in ",."
        or (tokens[volume - 1].text == "." and inner is None)
    ):
        return found
    number = tokens[volume].text
    if not (number.isdecimal() and len(number) <= _VOLUME_DIGITS and number[0] != "0"):
        return found
    if not all(t.text.isdecimal() for t in tokens[page:end:2]):
        return found
    if not glued_to_previous(tokens, slash):
        return found  # `3 / 45`: spaced, no one pair (`2/ 312`, a space after the slash, is)
    held = next((run for run in found if run[1] <= volume < run[2]), None)
    named = held is not None and held[0] in _HELD
    if not named and not any(run[0] in _TITLED and run[2] == volume - 1 for run in found):
        return found  # no work named before the pair: a shelf mark's (`BOA, Y.PRK.ASK, 12/34.`)
    out = painted(found, (OTHER, volume - 1, volume))
    out = painted(painted(out, ("volume", volume, volume + 1)), (OTHER, slash, page))
    return painted(out, ("page", page, end))


def _sentence_pair(tokens: list[Token], found: list[Run]) -> int | None:
    """Where a pair written as a sentence of its own after a work's title ends (`…
    Sözlüğü. 3/412. İstanbul: Milli Eğitim Basımevi, 1983.`), before the note goes on: the
    page's end, or None."""
    for k in range(2, len(tokens) - 3):
        if tokens[k].text != "/" or tokens[k - 2].text != "." or tokens[k + 2].text != ".":
            continue
        if k < 3 or len(tokens[k - 3].text) < _TITLE_WORD or not tokens[k - 3].text.isalpha():
            continue  # `TCMB Ekonomi Notları, No. 14/12.`: a number's label, no title's word
        if is_year(tokens[k + 1].text):
            continue  # `Мысль. 3/2019.`: an issue and its year
        held = next((run for run in found if run[1] <= k - 2 < run[2]), None)
        titled = any(run[0] in _TITLED and run[2] == k - 2 for run in found)
        if titled or (held is not None and held[0] in _TITLED and held[1] < k - 2):
            return k + 2
    return None


def issue_after_empty_volume(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number after a host's spaced slash and before its bracketed date read
    as the issue, in a note with no issue (see the module's doc)."""
    if "/" not in text_set(tokens):
        return found  # no slash (most notes)
    labels = [run[0] for run in found]
    if "container-title" not in labels or "issue" in labels:
        return found
    _, _, h = found[labels.index("container-title")]
    if h + 3 >= len(tokens) or tokens[h].text != "/" or tokens[h + 2].text != "(":
        return found
    if not tokens[h + 1].text.isdecimal() or glued_to_previous(tokens, h + 1):
        return found  # `Bilig 12/3`: glued, the volume's and the issue's pair
    if any(run[0] != OTHER and run[1] <= h + 1 < run[2] for run in found):
        return found
    return painted(found, ("issue", h + 1, h + 2))
