"""Numbers the model misread by their place: a year that no run holds (the date of a note
whose date the model left out, `Sayı: Bahar 2017/43`), an ISO date read in pieces, an
issue's number written before its word (`8-nji sany`), and an edition's word with no number."""

from __future__ import annotations

import functools
import itertools
import operator
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, is_year
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "edition_word_in_title",
    "host_gives_word",
    "iso_dates",
    "number_before_word",
    "number_ends_name",
    "ordinal_suffixes",
    "page_before_word",
    "year_left_out",
]

# the label words whose number a year-shaped token may be: a page, a volume, an issue, a
# shelf mark's file or sheet, a law's number
_NUMBER_WORDS: Final = frozenset(
    {"Bpage", "Bvolume", "Bissue", "Bextent", "Barchive", "Blegislation"}
)
_COUNT_WORDS: Final = frozenset({"Bpage", "Bextent"})  # after a number: how many pages
_FIRST: Final = 1500
_LAST: Final = 2099
_OTHER_DATES: Final = frozenset({"archived", "accessed"})
_NEAR: Final = 5  # tokens either side where such a word makes the year its date's
_CLAUSE: Final = 10  # tokens back to an access or archive word in the date's own sentence


def year_left_out(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first year-shaped number outside any run read as the date, in a note
    with no date: four digits from 1500 to 2099, not after a number's label word (`С. 1917`,
    `№ 1999`), not part of a longer number (`1999-2`, `12.2019`)."""
    labels = {run[0] for run in found}
    if "issued" in labels:
        return list(found)
    if "accessed" in labels:
        return _year_alone(tokens, found)
    if "Barchive" in marks_union(marks):
        return list(found)  # a shelf mark's numbers (`BOA İ. DH., 1769/45`) are no years
    for j, (label, a, b) in enumerate(found):
        if label != OTHER:
            continue
        for i in range(a, b):
            if _year(tokens, marks, i):
                runs = [(OTHER, a, i), ("issued", i, i + 1), (OTHER, i + 1, b)]
                return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
    return list(found)


def _year_alone(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a year that is a sentence of its own, between the host and the access
    date, read as the date (`Bureau of National Statistics. 2021. Retrieved 3 January 2022.`):
    a year alone, after a period and before one, dates the work, not the reading."""
    for j, (label, a, b) in enumerate(found):
        if label != OTHER or j == 0 or found[j - 1][0] in (OTHER, "accessed"):
            continue
        for i in range(max(a, 1), b - 1):
            text = tokens[i].text
            alone = tokens[i - 1].text == "." and tokens[i + 1].text == "."
            if alone and len(text) == 4 and text.isdecimal() and _FIRST <= int(text) <= _LAST:
                runs = [(OTHER, a, i), ("issued", i, i + 1), (OTHER, i + 1, b)]
                return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
            if not text.isdecimal() and text not in ".":
                break  # only the run's opening sentence: later years are the archive's
    return list(found)


def _year(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    text = tokens[i].text
    if len(text) != 4 or not text.isdecimal() or not _FIRST <= int(text) <= _LAST:
        return False
    near = marks[max(0, i - _NEAR) : i + _NEAR + 1]
    if any(m & _OTHER_DATES for m in near):
        return False  # the date a page was archived or read (`24 Mart 2025 tarihinde … arşivlendi`)
    k = i - 1
    while k >= 0 and tokens[k].text in ".:":
        k -= 1
    if k >= 0 and marks[k] & _NUMBER_WORDS:
        return False
    if _counted(tokens, marks, i):
        return False
    if i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].text in "-–./":
        return False  # `12.2019`, `1999-2000`'s end: part of a longer number
    glued = [t for t in tokens[i + 1 : i + 3] if t.start == tokens[i].end or t.text.isdecimal()]
    return not (
        len(glued) == 2
        and glued[0].start == tokens[i].end
        and glued[0].text in "-–."
        and glued[1].start == glued[0].end
        and glued[1].text.isdecimal()
    )  # `2019.12`, `1999-2`


def _counted(tokens: list[Token], marks: list[set[str]], i: int) -> bool:
    """Whether a page or extent word follows number `i` with no number after it: a count of
    pages (`1536 s.`, `1600 pp.`), not a year before a pinpoint (`2001 s. 45`)."""
    if i + 1 >= len(tokens) or not marks[i + 1] & _COUNT_WORDS:
        return False
    k = i + 2
    while k < len(tokens) and tokens[k].text in ".:,":
        k += 1
    return k >= len(tokens) or not tokens[k].text[:1].isdecimal()


_KEEP: Final = frozenset({"accessed", "URL", "DOI"})


def iso_dates(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with each ISO date (`2019-07-27`, glued) one date run, whatever the model
    called its pieces (`2019` the date, `07-27` pages); one an access or archive word stands
    just before (`Archived from the original on 2022-10-15`) is not the note's date."""
    out = list(found)
    if "-" not in text_set(tokens):
        return out  # no hyphen, no ISO date (most notes)
    last = len(tokens) - 4
    for i in range(last):
        if tokens[i + 1].text != "-":
            continue  # a hyphen after the token (compiled, read from the list at once)
        if not _iso(tokens, i) or any(m & _OTHER_DATES for m in marks[_clause(tokens, i) : i]):
            continue
        label = next((run[0] for run in out if run[1] <= i < run[2]), OTHER)
        if label not in _KEEP:
            out = painted(out, ("issued", i, i + 5))
    return out


def _clause(tokens: list[Token], i: int) -> int:
    """Where the clause before token `i` opens: `_NEAR` tokens back, or further back to its
    sentence's period within `_CLAUSE` tokens (`Archived from the original (PDF) on …`)."""
    k = i
    while k > max(0, i - _CLAUSE) and tokens[k - 1].text != ".":
        k -= 1
    return min(k, max(0, i - _NEAR))


def _iso(tokens: list[Token], i: int) -> bool:
    if len(tokens[i].text) != 4 or tokens[i + 3].text != "-":
        return False  # most hyphens are a page range's (`12-30`)
    parts = [t.text for t in tokens[i : i + 5]]
    glued = all(tokens[k].end == tokens[k + 1].start for k in range(i, i + 4))
    if not glued or parts[1] != "-" or parts[3] != "-":
        return False
    year, month, day = parts[0], parts[2], parts[4]
    if not (len(year) == 4 and len(month) == 2 and len(day) == 2):
        return False
    if not (year.isdecimal() and month.isdecimal() and day.isdecimal()):
        return False
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31


@functools.cache
def ordinal_suffixes() -> frozenset[str]:
    """The ordinal suffixes of every language file, casefolded (`nji`, `-е`, `тє`)."""
    return frozenset(w.casefold() for w in shipped_words("ordinal_suffixes"))


def number_before_word(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a number that its issue's, volume's or edition's word follows read as that
    field, as Turkic languages write them (`8-nji sany`, `43. sayı`, `35. baskı`), in a note
    with none: the word
    says which (a page's word, `s.`, is ambiguous and says nothing), and no number follows
    the word (`sayı 5` is the word's own)."""
    if _NUMBERED_WORDS.isdisjoint(marks_union(marks)):
        return list(found)  # no numbered field's word in the note (most notes)
    # the numbered fields' words past the second token, and any shelf mark's, at C speed
    numbered = map(operator.not_, map(_NUMBERED_WORDS.isdisjoint, marks[2:]))
    words = list(itertools.compress(range(2, len(marks)), numbered))
    if not words or _shelf_marked(marks, found):
        return list(found)  # a shelf mark's `9-т.` is an inventory, not a volume
    labels = {label for label, _, _ in found}
    hosted = "container-title" in labels
    out = list(found)
    for j in words:
        i = _number_before(tokens, j)
        end = i + 1 if i is not None else None
        if i is None and "Bedition" in marks[j] and (i := _lettered_number(tokens, j)) is not None:
            end = i + 2  # `2e éd.`, `2nd ed.`: the edition with its letters, as written
        if i is None or end is None or marks[j] & {"Bpage", "Bextent"}:
            continue
        said = {"issue", "volume", "edition"} & {m[1:] for m in marks[j] if m.startswith("B")}
        k = j + 1
        while k < len(tokens) and tokens[k].text in ".:":
            k += 1
        after = tokens[k].text if k < len(tokens) else ""
        if len(said) != 1 or said & labels or after.isdecimal() or (after and set(after) <= ROMAN):
            continue  # `sayı 5`, `Том I`: the word's own number follows it
        label = said.pop()
        current = next((run for run in out if run[1] <= i < run[2]), (OTHER, i, i + 1))
        # a host's run may end with the number (`Ykdysadyýet meseleleri 8-nji sany`), not hold
        # it (`In: 1-nji tom. Ylmy terminologiýa`: the host volume's own name)
        alone = current[0] == "title" and current[1:] == (i, i + 1)  # `35` read as a title
        # `„Alttürkische Grammatik“, 3. Aufl., Wiesbaden`: a run of the number, its mark and
        # its word alone
        own = current[0] in ("title", "container-title") and current[1] == i and current[2] <= k
        # `Türkmen halkynyň taryhy, 1-nji tom, Aşgabat`: a title run that took in the volume
        # written after its comma, up to the word, or up to the number (`…, 3. Auflage, Wien`)
        tail = current[0] == "title" and current[2] in (i + 1, j + 1) and tokens[i - 1].text == ","
        # `25. bs.` read as a date: a number no year, its word after it, is no date
        dated = current[0] == "issued" and current[1] == i and current[2] <= j
        if own:
            out = painted(painted(out, (OTHER, i, current[2])), (label, i, end))
            labels.add(label)
        elif (
            current[0] == OTHER
            or alone
            or (current[0] == "container-title" and current[2] == i + 1)
            # `… : в 2 т. 7-е изд.`: the edition's number read as a volume's after a set's count
            or (label == "edition" and current[0] == "volume" and current[1:] == (i, i + 1))
            or (dated and not is_year(tokens[i].text))
        ):
            out = painted(out, (label, i, end))
            labels.add(label)
        elif label == "edition" and _title_closes(tokens, current, i, k) and not hosted:
            # `Історія України : посібник. 3-тє вид.`: a title's last sentence that is its
            # edition alone, the edition's own words after it, is the edition's; a part in a
            # host has none (`Рецензія на: … Історія України. 3-тє вид. // Вісник …`)
            out = painted(painted(out, (OTHER, i - 1, current[2])), (label, i, end))
            labels.add(label)
        elif tail and current[1] < i - 1:
            out = painted(painted(out, (OTHER, i - 1, j + 1)), (label, i, end))
            labels.add(label)
        elif _host_closes(tokens, current, i, j):
            # `// Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 4`: the host's last sentence, up to
            # the word, is its edition (written with its suffix), never the host's words
            out = painted(painted(out, (OTHER, i - 1, current[2])), (label, i, j))
            labels.add(label)
    return out


_NUMBERED_WORDS: Final = frozenset({"Bissue", "Bvolume", "Bedition"})


_EDITION_WORD: Final = 4  # letters of an edition's abbreviated word at most (`Rev.`, `Enl.`)


def _edition_opens(tokens: list[Token], marks: list[set[str]], c: int, a: int, b: int) -> bool:
    """Whether the title's last word (before `a`) is an abbreviation that opens its own
    sentence and an edition's word follows its period (`… Promise? Rev. edn.`)."""
    word = tokens[a - 1].text
    if a - 2 <= c or tokens[a - 2].text not in ".?!" or not word.isalpha() or not word[0].isupper():
        return False
    if len(word) > _EDITION_WORD or b - a < 2 or tokens[a].text != ".":
        return False
    return "Bedition" in marks[a + 1] and tokens[a].start == tokens[a - 1].end


def edition_word_in_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with an edition's word that no number goes with, glued to the end of the
    title's sentence, read as the title's last word: Russian `Человек как биологический вид.`
    ends with the word Ukrainian writes for an edition (`2-ге вид.`), and every language
    file's words are read for every note."""
    if "Bedition" not in marks_union(marks):
        return list(found)  # no edition's word (the common case, at C speed)
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        title, c, d = out[j - 1]
        if title != "title" or d != a or label not in (OTHER, "edition") or not c < a < b:
            continue
        if _edition_opens(tokens, marks, c, a, b):
            out[j - 1] = ("title", c, a - 1)  # `Promise? Rev. edn.`: the edition's own word
            out[j] = ("edition", a - 1, a)
            continue
        said = {m for m in marks[a] if m.startswith("B")}
        glued = tokens[a - 1].text.isalpha() and tokens[a - 1].end < tokens[a].start
        closes = b - a == 1 or tokens[a + 1].text == "."  # the sentence's end
        after = a + 2 if b - a > 1 else b
        numbered = after < len(tokens) and tokens[after].text[:1].isdigit()
        if said == {"Bedition"} and glued and closes and not numbered:
            out[j - 1] = ("title", c, a + 1)
            out[j] = (label, a + 1, b)
    return [run for run in out if run[1] < run[2]]


def _shelf_marked(marks: list[set[str]], found: list[Run]) -> bool:
    """Whether a shelf mark's word (`Ф.`, `Д.`) stands outside the names' runs (`Бойко О. Д.`:
    an initial, no file's word)."""
    if "Barchive" not in marks_union(marks):
        return False
    named = {k for label, a, b in found if label in PERSONS for k in range(a, b)}
    return any("Barchive" in m and k not in named for k, m in enumerate(marks))


def _title_closes(tokens: list[Token], current: Run, i: int, k: int) -> bool:
    """Whether the ordinal number `i` and its edition's word open the last sentence of the
    title's run `current` and close it: a period before the number, the run ending at the
    word's period `k`."""
    label, a, b = current
    return label == "title" and a < i - 1 and tokens[i - 1].text == "." and b <= k


def _host_closes(tokens: list[Token], current: Run, i: int, j: int) -> bool:
    """Whether the host's run `current` ends inside the ordinal number `i` and its suffix, a
    period before the number and the word `j` after them (`Соч. 2-е изд.`)."""
    label, a, b = current
    return label == "container-title" and a < i - 1 and tokens[i - 1].text == "." and i < b <= j


def _number_before(tokens: list[Token], j: int) -> int | None:
    """The number whose ordinal mark, glued to it, comes right before word `j`: a period
    (`43. sayı`), a hyphen and a suffix (`8-nji sany`) or a hyphen (`5-саны`), both glued;
    None for a bare number (`В 5 т.`: five volumes, not the fifth)."""
    m = j - 1  # the mark
    if tokens[m].text not in ".-":
        if tokens[m].text.casefold() not in ordinal_suffixes() or tokens[j - 2].text != "-":
            return None
        m = j - 2  # `8-nji sany`: the hyphen before the suffix
    i = m - 1
    if i < 0 or not tokens[i].text.isdecimal() or len(tokens[i].text) > 4:
        return None
    if tokens[m].start != tokens[i].end:
        return None
    if tokens[m].text == "-" and tokens[m + 1].start != tokens[m].end:
        return None  # `5 - саны`: a dash between, no ordinal
    return i


def _lettered_number(tokens: list[Token], j: int) -> int | None:
    """The number whose ordinal letters, glued to it, come right before word `j` after a
    space (`2e éd.`, `2nd ed.`, `3rd edn`; an edition's: `19th c.` is a century, no volume);
    None otherwise."""
    if j < 2:
        return None
    number, letters = tokens[j - 2], tokens[j - 1]
    if not (letters.text.isalpha() and letters.text.islower() and len(letters.text) <= _LETTERS):
        return None
    if not number.text.isdecimal() or len(number.text) > 2 or number.end != letters.start:
        return None
    return j - 2 if letters.end < tokens[j].start else None


_LETTERS: Final = 3  # an ordinal's letters at most (`e`, `nd`, `ème`)


def host_gives_word(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's run that took in the label word of the volume or issue right
    after it given that word back (`Вестник радиологии Т. 5`: the host is `Вестник
    радиологии`)."""
    labels = {run[0] for run in found}
    if "container-title" not in labels or labels.isdisjoint(("volume", "issue")):
        return list(found)
    out = list(found)
    for j in range(len(out) - 1):
        label, a, b = out[j]
        after, c, _d = out[j + 1]
        if label != "container-title" or after not in ("volume", "issue") or c != b:
            continue
        word = b - 2 if tokens[b - 1].text == "." else b - 1
        if word > a and {"Bvolume", "Bissue"} & marks[word]:
            out[j : j + 1] = [(label, a, word), (OTHER, word, b)]
    return out


def page_before_word(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an ordinal number before a page's word read as the page (`15-nji sah.`,
    `45-бет`, `12. sayfa`): the model took it for an issue or a volume, or, hyphened, left it
    in no field (`45-нче бит`, `88-се б.`). Only a word that is a page's alone (`s.` may be an
    issue's too) says so; a bare number before it is an extent."""
    labels = {run[0] for run in found}
    if "page" in labels:
        return list(found)
    if "Bpage" not in marks_union(marks):
        return list(found)  # no page's word in the note
    out = list(found)
    worded = map(operator.contains, marks[2:], itertools.repeat("Bpage"))
    for j in itertools.compress(range(2, len(tokens)), worded):  # a page's words (C speed)
        if marks[j] & _NUMBERED_WORDS:
            continue
        i = _number_before(tokens, j)
        k = j + 1
        while k < len(tokens) and tokens[k].text in ".:":
            k += 1
        if i is None or (k < len(tokens) and tokens[k].text.isdecimal()):
            continue  # `№ 3. С. 5`: the word's own number follows it
        current = next((run for run in out if run[1] <= i < run[2]), (OTHER, i, i + 1))
        numbered = current[0] in ("issue", "volume") and current[2] == i + 1
        # a hyphened ordinal and the word alone in a run of their own, or in none: no title's
        alone = current[0] == OTHER or (current[1] == i and current[2] == j + 1 and i > 0)
        if numbered or (alone and tokens[i + 1].text == "-"):
            out = painted(painted(out, (OTHER, i + 1, j + 1)), ("page", i, i + 1))
            break
    return out


_NAMED: Final = frozenset({"title", "container-title"})
_WORDED: Final = {"Bvolume": "volume", "Bissue": "issue"}
_CLOSERS: Final = frozenset("\"”»“’'")


def number_ends_name(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title's or host's run that took in a volume or an issue written after
    its comma with its word (`Türkiye'de Modernleşme ve Ulusal Kimlik, Cilt 1`) given the
    number back: the word says which, in a note with no such number elsewhere."""
    union = marks_union(marks)
    if "Bvolume" not in union and "Bissue" not in union:
        return list(found)  # no volume's or issue's word in the note (most notes)
    labels = {run[0] for run in found}
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in _NAMED or b - a < 4:
            continue
        number = tokens[b - 1].text
        if not (number.isdecimal() or (number and set(number) <= ROMAN)):
            continue
        word = b - 3 if tokens[b - 2].text == "." else b - 2
        said = {_WORDED[m] for m in marks[word] if m in _WORDED}
        if len(said) != 1 or word - 1 <= a or tokens[word - 1].text != ",":
            continue
        key = said.pop()
        if key in labels or (b < len(tokens) and tokens[b].text in _CLOSERS):
            continue  # `"Erratum …, vol. 10, no. 3"`: inside the quotes, the title's own
        out[j : j + 1] = [(label, a, word - 1), (OTHER, word - 1, b - 1), (key, b - 1, b)]
        return out
    return out
