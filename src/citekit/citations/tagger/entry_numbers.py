"""An entry's own number before its names. A numbered reference list pasted as notes keeps
each entry's number (`14. Кадырбаев А. Ш. …`, Vancouver's `3. Smith J, …`): a number of one
to three digits that opens the note, its period glued to it and a capitalised word after it,
is the list's, never a person's; the model may read it into the first author's run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.et_al_heads import et_al_end
from citekit.citations.tagger.glued_initials import NAME_JOINERS, glued_word
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, written_text
from citekit.langid import detect_language
from citekit.languages import available_languages, country_names, language

__all__ = ["entry_number", "entry_number_runs", "entry_number_title", "family_initials"]

_MAX_DIGITS: Final = 3  # a list's number; four digits are a year
_NUMBER_TOKENS: Final = 2  # the number and its period
_NOT_FAMILY: Final = frozenset({"Bvolume", "volume", "page", "issue"})  # `1. Том I. Title`
_ROMAN: Final = frozenset("IVX")  # a ruler's or a war's numeral (`II`, `IV`), no initials
_BARE: Final = 3  # letters of Vancouver's initials written without periods at most (`TH`)
_TITLE_WORDS: Final = 3  # words of a title after one name with one initial at least
_WORK_MISREAD: Final = frozenset({"genre", "container-title", "collection-title"})
_NUMBERED: Final = frozenset({"volume", "issue", "page"})
_HEAD_RUNS: Final = frozenset({OTHER, "title", "author"})  # what the model laid over the names


def _opens(tokens: list[Token]) -> bool:
    """Whether an entry's number opens the note (`14. Кадырбаев`): one to three digits, their
    period glued, a capitalised word after a space."""
    number, period, word = tokens[0], tokens[1], tokens[2]
    return (
        len(number.text) <= _MAX_DIGITS
        and period.text == "."
        and period.start == number.end
        and word.start != period.end
        and word.text[:1].isupper()
    )


def entry_number_runs(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an entry's number that a later pass read back into the first person's run
    (Turabian's `3. Nursultan Nazarbayev, The Kazakhstan Way, trans. …`) taken out again, and
    a title run it opens parted into the note's author and title before a Chicago note's
    bracketed imprint (`7. Marlene Laruelle, Central Asia at 30 (Washington, DC: …`)."""
    if len(tokens) < 3 or not tokens[0].text.isdecimal() or not found:
        return found  # no number opens the note (the common case)
    label, a, b = found[0]
    if a != 0 or not _opens(tokens):
        return found
    if label in PERSONS and b > 2:
        return [(OTHER, 0, 2), (label, 2, b), *found[1:]]
    if label == "title" and b == 1:
        return _title_after_number(found)
    if (
        label in ("title", OTHER)
        and not marks[2] & _NOT_FAMILY
        and (listed := _listed_heads(tokens, found)) is not None
    ):
        return listed
    rest = [r for r in found if r[1] >= 2]
    if b <= 2 and rest and rest[0][1] == 2:  # the number read apart (as a year, or no field)
        label, a, b = rest[0]
        rest = rest[1:]
    comma = _named_head(tokens, b) if label == "title" else None
    if comma is None:
        return found
    head = [(OTHER, 0, 2), ("author", 2, comma), (OTHER, comma, comma + 1)]
    return [*head, ("title", comma + 1, b), *rest]


def entry_number_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an entry's number taken out of the title run it opens, the other passes
    done (`14. IPCC Climate Change 2021: …`, `6. Türkmenistanyň Konstitusiýasy. – Aşgabat`): a
    numbered list's entry that opens on its title, unless the title is in a language that writes
    its ordinals with a period (`19. Yüzyıl Osmanlı Toplumu`: `ordinal_period`)."""
    if len(tokens) < _NUMBER_TOKENS + 1 or not tokens[0].text.isdecimal() or not found:
        return found
    label, a, b = found[0]
    if label != "title" or a != 0 or b <= _NUMBER_TOKENS or not _opens(tokens):
        return found
    said = detect_language(written_text(tokens, _NUMBER_TOKENS, b))
    if said in available_languages() and language(said).ordinal_period:
        return found  # `19. Yüzyıl Osmanlı Toplumu`: the title's ordinal (`ordinal_period`)
    return [(OTHER, 0, _NUMBER_TOKENS), ("title", _NUMBER_TOKENS, b), *found[1:]]


def _title_after_number(found: list[Run]) -> list[Run]:
    """`found` with the work the model read as a genre or a host after the entry's number it
    read as the title (`5. Türkmenistanyň Konstitusiýasy. – A.: …`) read as the title."""
    if len(found) < 3 or found[1][0] != OTHER or any(run[0] == "title" for run in found[1:]):
        return found
    label, a, b = found[2]
    if label not in _WORK_MISREAD:
        return found
    if label == "container-title" and any(r[0] in _NUMBERED for r in found[3:]):
        return found  # `4. Journal of Eurasian Studies. – 2019. – Vol. 10.`: a journal cited whole
    return [(OTHER, 0, a), ("title", a, b), *found[3:]]


def _initialled_head(tokens: list[Token], b: int) -> int | None:
    """Where the title starts after the families and their one or two initials that follow
    the entry's number inside a title run ending at `b` (`6. Pomfret R. Kazakhstan's …`, `3.
    Zhumabaev B.T. Qazaq …`, `32. Vasil'ev A.M., Kuznetsova E.V. Migratsionnye …`): the
    list's authors, as no title opens so. One name with one initial needs a title of three
    words after it (`3. Hepatitis B. Fact sheet.`: a letter of the title's)."""
    k = 2
    while (end := family_initials(tokens, k, b)) is not None:
        if end + 1 < b and tokens[end].text == "," and tokens[end + 1].text[:1].isupper():
            k = end + 1  # the next name of the list
            continue
        others = et_al_end(tokens, end + 1) if end + 1 < b and tokens[end].text == "," else end
        if others > end + 1:  # `Ertuğrul F, ve ark. Title`: the list's others, then its period
            if (
                others >= b
                or tokens[others - 1].text != "."
                or not tokens[others].text[:1].isupper()
            ):
                return None
            return others
        if end >= b or not tokens[end].text[:1].isupper():
            return None
        single = k == 2 and sum(t.text == "." for t in tokens[k:end]) == 1
        if single and _words_to_period(tokens, end, b) < _TITLE_WORDS:
            return None  # `3. Hepatitis B. Fact sheet.`: a title's letter, no initial
        return end
    return None


def _words_to_period(tokens: list[Token], k: int, b: int) -> int:
    """The words from `k` to the first period before `b`."""
    words = 0
    while k < b and tokens[k].text != ".":
        words += tokens[k].text.isalpha()
        k += 1
    return words


def _listed_heads(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with the names written `Family I. I.` after the entry's number read as the
    authors and the title run that goes on after them as the title, when the model read a
    name as the title (`32. Vasil'ev A.M., Kuznetsova E.V. Migratsionnye …`); else None."""
    head = _initialled_head(tokens, len(tokens))
    if head is None:
        return None
    inside = [r for r in found if r[1] < head]
    if not any(r[0] == "title" for r in inside) or any(r[0] not in _HEAD_RUNS for r in inside):
        return None
    last = inside[-1]
    if last[2] > head and last[0] != "title":
        return None  # the run that goes on past the names must be the title
    rest = found[len(inside) :]
    if last[2] > head:
        rest = [("title", head, last[2]), *rest]
    if not rest or rest[0][0] != "title":
        return None  # a title must remain after the names
    if tokens[head - 1].text == "." and len(tokens[head - 2].text) > 1:
        # Vancouver's `Nguyen TH.`: the period closes the list, no initial's
        return [(OTHER, 0, 2), ("author", 2, head - 1), (OTHER, head - 1, head), *rest]
    return [(OTHER, 0, 2), ("author", 2, head), *rest]


def family_initials(tokens: list[Token], k: int, b: int) -> int | None:
    """The index after a family word at `k` (its glued hyphen's or apostrophe's part with it;
    two words before a list's initials and comma: `Karaoğlan Kahiloğulları A, Alataş E,`)
    and one or two initials with their periods, or Vancouver's initials without periods (the
    index of the comma after them, or after the period closing the list), or None."""
    end = glued_word(tokens, k, NAME_JOINERS)
    if end == k:
        return None  # no capitalised family word
    second = glued_word(tokens, end, NAME_JOINERS) if end < b else end
    if second > end and _initial_at(tokens, second, b) and not tokens[end].text.isupper():
        end = second  # a family of two words in a list: `Karaoğlan Kahiloğulları A, Alataş E,`
    k = end
    if k >= b or tokens[k].start == tokens[k - 1].end:
        return None
    bare = tokens[k].text
    if k + 1 < b and 1 <= len(bare) <= _BARE and bare.isalpha() and bare.isupper():
        if tokens[k + 1].text == ",":  # Vancouver's initials, no periods: `Nguyen TH, Roe K.`
            return k + 1
        if tokens[k + 1].text == "." and len(bare) > 1 and bare.casefold() not in country_names():
            return k + 2  # `Nguyen TH.`; not `Age UK.`, `Diabetes UK.` (a body's country)
    initials = 0
    while k + 1 < b and len(tokens[k].text) == 1 and tokens[k].text.isupper():
        if tokens[k + 1].text != ".":
            return None
        k += 2
        initials += 1
    return k if 1 <= initials <= 2 and k < b else None


def _initial_at(tokens: list[Token], k: int, b: int) -> bool:
    """Whether a list's initials open at `k`: Vancouver's one to three capitals before the
    list's comma (no Roman numeral's letters)."""
    if k + 1 >= b or tokens[k].start == tokens[k - 1].end:
        return False
    text, after = tokens[k].text, tokens[k + 1].text
    if (len(text) > 1 and set(text) <= _ROMAN) or after != ",":
        return False  # `Екатерины II.`, `World War I.`, `Hepatitis B.`: a numeral's, a letter's
    return 1 <= len(text) <= _BARE and text.isalpha() and text.isupper()


def _named_head(tokens: list[Token], b: int) -> int | None:
    """The comma after a name of two or three capitalised words that opens a title run ending
    at `b` before a Chicago note's bracketed imprint (`3. Adeeb Khalid, Central Asia (`), maybe
    a role's clause between (`, trans. …`)."""
    if b >= len(tokens) or tokens[b].text not in {"(", ","}:
        return None
    if all(t.text != "(" for t in tokens[b:]):
        return None
    for comma in (4, 5):
        words = tokens[2:comma]
        if (
            comma + 1 < b
            and tokens[comma].text == ","
            and all(t.text.isalpha() and t.text[:1].isupper() for t in words)
        ):
            return comma
    return None


def entry_number(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with an entry's number that opens the note (`14.`) taken out of the person's
    run the model read it into."""
    if len(tokens) < 3 or not tokens[0].text.isdecimal() or labels[0] not in PERSONS:
        return list(labels)  # no number opens the note (the common case)
    if not _opens(tokens) or labels[2] != labels[0]:
        return list(labels)
    return [OTHER, OTHER, *labels[2:]]
