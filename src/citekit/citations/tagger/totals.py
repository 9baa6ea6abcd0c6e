"""Facts of how a book's counts and imprint are written beside its title.

A multi-volume set's count inside the title (`История Востока: в 2 т. Т. 1`, `Шығармалары.
3 томдық. Т. 2`: `[words] volumes_in`, `volumes_counted`) is neither the title's words nor
the volume: the title ends before it; a number and a volume's word after the count's period
is the volume (`Әсәрләр. 2 томда. 1 т.`). A volume written number first after the title's
sentence (`Türkmenistanyň … . I tom.`, `… . 2. Cilt.`), or its number, a hyphen and a
volume's word (`Өмір мектебі. 2-кітап.`, `5-т.`: `[words] volume_after`), is the volume; GOST's
series issue after the title's sentence (`Труды Института истории. Вып. 2.`) is the issue
(a report's `No. 3` stays its title's). An edition's number whose qualifying words stand before it
(`…, Genişletilmiş 2. Baskı`: `[words] edition_kind`) is the edition, those words with it;
an edition's own words after it (`3-е изд., перераб.`) are no title. The front matter's
Roman count before the pages' (`XII, 495 с.`, `xii + 369 pp.`) is the extent's, never a
volume; a number with a page word that counts a whole's pages (`436 s.`: `[words]
extent_counted`) is the extent. The ISBN's own word is no field's (`…, 472 s., ISBN 975-…`),
never a title (the marks of an unknown place, publisher or date: `unknown_imprints`). A
known city before the year is the imprint's place and the name before it the title (`Hasan
Eren, Türk Dili Tarihi, Ankara 1998`); a note's one author comes first, its title next (`Orhan
Pamuk, Benim Adım Kırmızı, İletişim …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import has_cyrillic, unmixed_word
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.counted_volumes import cited_after_count
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.issues import after_words, numbered_volume
from citekit.citations.tagger.pages import counted, roman_count, turkmen
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.volumes import volume_number
from citekit.citations.tagger.years import ordinal_suffixes
from citekit.languages import shipped_words

__all__ = [
    "city_title",
    "counted_extent",
    "edition_kind",
    "front_matter",
    "set_count",
    "title_after_author",
    "title_counts",
]

_SENTENCE: Final = frozenset(".:;,")  # what ends the title before a count
_ENDS: Final = frozenset(".,;:)")  # what may follow a count's word
_HYPHENS: Final = frozenset("-‐–")
_SHORT: Final = 2  # letters of an abbreviated volume's word at most (`т.`, `ж.`)
_COUNT_MARKS: Final = frozenset({"Bvolume", "Bissue"})  # a volume's or an issue's word


@functools.cache
def _volumes_in() -> frozenset[str]:
    """The words before a set's count, as written and capitalised (`. В 2 т.` opens a
    sentence)."""
    return frozenset(f for w in shipped_words("volumes_in") for f in (w, w.capitalize()))


@functools.cache
def _counted() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("volumes_counted"))


@functools.cache
def _kinds() -> frozenset[str]:
    return frozenset(p for w in shipped_words("edition_kind") for p in w.split())


def _word_end(tokens: list[Token], k: int, b: int) -> int:
    """The end of the word at `k` with its abbreviation's period, inside a run ending at b."""
    return k + 2 if k + 1 < b and tokens[k + 1].text == "." else k + 1


@functools.cache
def _count_numbers() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("count_numbers"))


def _count_at(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int | None:
    """The end of a set's count opened at token `k` (`в 5 т.`, `5 томдық`, `В пяти томах`:
    its number spelt out before its counted word), or None."""
    at = k + 1 if tokens[k].text in _volumes_in() else k
    if at + 1 >= b:
        return None
    spelt = tokens[at].text.casefold() in _count_numbers()
    if not (tokens[at].text.isdecimal() or spelt):
        return None
    word = tokens[at + 1]
    worded = word.text.casefold() in _counted()
    if spelt and not worded:
        return None  # `Бес т.`: a spelt number counts only before its word written whole
    # `История Казахстана. 5 т.`: a volume's one-letter word after a bare number, its period
    # glued, counts the set as `в 5 т.` does (a volume cited is written `Т. 5` or `5-т.`)
    short = len(word.text) == 1 and at + 2 < len(tokens) and tokens[at + 2].text == "."
    if not worded and not ((at > k or short) and "Bvolume" in marks[at + 1]):
        return None
    end = _word_end(tokens, at + 1, b)
    if end < b and tokens[end].text not in _ENDS and tokens[end - 1].text != ".":
        return None
    return end


def set_count(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int | None:
    """The end of a set's count opened at token `k` (`в 5 т.`, `5 томдық`), or None."""
    return _count_at(tokens, marks, k, b)


def _years_spanned(tokens: list[Token], k: int, b: int) -> int:
    """The end of the years a set's documents span right after its count, with their period
    (`Документы и материалы. В 5 т. 1927–1939. Т. 3`: the set's, no title's), or `k`."""
    if k + 2 >= b or not is_year(tokens[k].text) or tokens[k + 1].text not in _HYPHENS:
        return k
    if not is_year(tokens[k + 2].text):
        return k
    return k + 4 if k + 3 < len(tokens) and tokens[k + 3].text == "." else k + 3


def _volume_word(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int:
    """The end of a volume's word and number at `k` (`Т. 1`), or of its number before a
    hyphen and its word (`2-том`), or 0."""
    if k + 2 < b and tokens[k].text.isdecimal() and tokens[k + 1].text in _HYPHENS:
        if k + 3 < b and tokens[k + 2].text.casefold() in ordinal_suffixes():
            return k + 1 if "Bvolume" in marks[k + 3] else 0  # `1-nji tom`: an ordinal's
        return k + 1 if "Bvolume" in marks[k + 2] else 0
    if k >= b or "Bvolume" not in marks[k]:
        return 0
    at = _word_end(tokens, k, b)
    return at + 1 if at < b and volume_number(tokens[at].text) else 0


def _counted_part(tokens: list[Token], k: int, b: int) -> int:
    """The end of the part the count's own word names at `k` with its number (`в 4 кн. Кн.
    2`, `в 2 ч. Ч. 1`: the word that counted the set, capitalised), or 0."""
    word = unmixed_word(tokens[k].text).casefold() if k < b else ""
    if k < 2 or word not in _counted():
        return 0
    counted = tokens[k - 2].text if tokens[k - 1].text == "." else tokens[k - 1].text
    if unmixed_word(counted).casefold() != word:
        return 0  # also typed with a look-alike letter of the other alphabet (`Kн.`)
    at = _word_end(tokens, k, b)
    return at + 1 if at < b and volume_number(tokens[at].text) else 0


def _number_first(tokens: list[Token], marks: list[set[str]], k: int) -> int:
    """The end of a volume's number written before its word after a set's count and its
    period (`Әсәрләр. 2 томда. 1 т.`, `Шығармалары. 2 томда. 1 том.`), or 0."""
    if k < len(tokens) and tokens[k].text == ".":
        k += 1  # the count's period, when its word took none
    if k + 1 >= len(tokens) or not tokens[k].text.isdecimal():
        return 0
    return k + 1 if "Bvolume" in marks[k + 1] else 0


def _reach(tokens: list[Token], volume: int) -> int:
    """Where a volume found by `_volume_word` ends with its word (`3-том`: after `том`)."""
    if volume >= len(tokens) or tokens[volume].text not in _HYPHENS:
        return volume
    ordinal = volume + 1 < len(tokens) and tokens[volume + 1].text.casefold() in ordinal_suffixes()
    return volume + 3 if ordinal else volume + 2  # `1-nji tom`: after `tom`


def _volume_first(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int | None:
    """The end of a volume written number first at `k` (`I tom`, `2. Cilt`), or None."""
    if not volume_number(tokens[k].text):
        return None
    at = k + 2 if k + 2 < b and tokens[k + 1].text == "." and tokens[k].text.isdecimal() else k + 1
    if at >= b or "Bvolume" not in marks[at] or not tokens[at].text.isalpha():
        return None
    if len(tokens[at].text) < 3:
        return None
    end = _word_end(tokens, at, b)
    return end if end >= b or tokens[end].text in _ENDS else None


@functools.cache
def _worded_volumes() -> frozenset[str]:
    """The words after a volume's number and hyphen (`[words] volume_after`: `3-том`,
    `2-кітап`), as written and capitalised."""
    return frozenset(w for w, label in after_words().items() if label == "volume")


def _worded_volume(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """The end of a volume written `N-word` at `k` (`2-кітап`, `5-т.`), the word inside the
    title's run or right after it, or None."""
    b = len(tokens)
    word = numbered_volume(tokens, marks, k)
    if word is None:
        return None
    end = _word_end(tokens, word - 1, b)
    if end >= b or not tokens[end].text.isalnum():
        return end  # `5-т. – Алматы`
    # `1-nji tom. Aşgabat`: a whole word's period ends the title's sentence, no abbreviation's
    return word if end > word and len(tokens[word - 1].text) > _SHORT else None


def _series_issue(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> int | None:
    """The end of a worded issue at `k` (`Вып. 2`) whose number closes the title's run."""
    word = tokens[k]
    if "Bissue" not in marks[k] or not word.text.isalpha() or "Bpage" in marks[k]:
        return None
    if not has_cyrillic(word.text):
        return None  # `X-Rhex: A Robot. No. 3`: a report's number is its title's
    at = _word_end(tokens, k, b)
    if at >= b or not tokens[at].text.isdecimal():
        return None
    end = at + 1
    return end if end == b or (end + 1 == b and tokens[end].text == ".") else None


def _own_title(tokens: list[Token], marks: list[set[str]], k: int, b: int) -> bool:
    """Whether a volume written number first and in a whole word opens at `k`, its own title
    after its period inside the title's run ending at `b` (`Қазақстан тарихы туралы түркі
    деректемелері. VI том. Түрік тілдес деректемелер`, `Türkmenistanyň taryhy. II tom. Orta
    asyrlar`)."""
    if k + 4 > b or not volume_number(tokens[k].text) or tokens[k + 2].text != ".":
        return False
    word = tokens[k + 1].text
    return (
        "Bvolume" in marks[k + 1]
        and word.isalpha()
        and len(word) > _SHORT
        and tokens[k + 3].text[:1].isupper()
    )


def _split(found: list[Run], j: int, cut: int, label: str | None, s: int, e: int) -> list[Run]:
    """Title run j cut at `cut` (its sentence mark left out), `label` over s..e, the rest of
    the run outside any field."""
    _, a, b = found[j]
    pieces: list[Run] = [("title", a, cut), (OTHER, cut, b)]
    out = [*found[:j], *pieces, *found[j + 1 :]]
    return painted(out, (label, s, e)) if label else out


def title_counts(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a set's count, a number-first volume or a series issue cut off the end
    of the title's run."""
    texts = text_set(tokens)
    if (
        texts.isdisjoint(_counted())
        and _COUNT_MARKS.isdisjoint(marks_union(marks))
        and texts.isdisjoint(_worded_volumes())
    ):
        return found  # most notes (at C speed): no volume's or issue's word, no count word
    labels = {run[0] for run in found}
    # a part in a host, or a note with its volume elsewhere: the words are the title's
    alone = "container-title" not in labels
    untitled = "title" not in labels
    for j, (label, a, b) in enumerate(found):
        # `Бөкейхан Ә. Шығармалар жинағы. 7 томдық. 3-том.`: the count kept the model from
        # the title, the words after the author
        named = untitled and label == OTHER and j > 0 and found[j - 1][0] == "author"
        if not (label == "title" or (named and tokens[a].text.isalpha())) or b - a < 3:
            continue
        for k in range(a + 1, b):  # the last token too: `Шығармалары. 5` + `-т.` after it
            if _in_quotes(tokens, max(a - 1, 0), k):
                continue
            if tokens[k - 1].text not in _SENTENCE or k == a + 1:
                # `Собрание сочинений в пяти томах. Т. 4`: the count's own preposition parts it
                # from the title as a sentence's mark does, when one volume of the set is cited
                # (the whole set's name holds it: `Собрание сочинений в 22 томах. — М.`)
                lower = tokens[k - 1].text.isalpha() and tokens[k].text in _volumes_in()
                lower = lower and tokens[k].text.islower() and "volume" in labels
                if lower and (end := _count_at(tokens, marks, k, b)) is not None and end >= b - 1:
                    return _split(found, j, k, None, k, k)
                continue
            cut = k - 1
            if (end := _count_at(tokens, marks, k, b)) is not None:
                end = _years_spanned(tokens, end, b)
                # `в 2 т. Т. 1`: the set's volume after its count
                volume = _volume_word(tokens, marks, end, b)
                start = end
                if not volume and (volume := _counted_part(tokens, end, b)):
                    start = volume - 1  # `в 4 кн. Кн. 2`: the part's number alone
                if not volume and (volume := _number_first(tokens, marks, end)):
                    start = volume - 1  # `2 томда. 1 т.`: the number before its word
                if max(end, _reach(tokens, volume)) < b - 1:
                    continue  # `… в 2 т.: Other title`: the words go on
                return _split(found, j, cut, "volume" if volume else None, start, volume)
            if not alone or label != "title":
                continue
            titled = sum(t.text.isalpha() for t in tokens[a:cut]) > 1  # a work's name
            if "volume" not in labels and titled and _own_title(tokens, marks, k, b):
                return _split(found, j, cut, "volume", k, k + 1)  # `… VI том. Its own title`
            end = _volume_first(tokens, marks, k, b)
            if end is not None and end >= b - 1 and "volume" not in labels:
                if (cited := cited_after_count(tokens, marks, end)) is not None:
                    return _split(found, j, cut, "volume", cited, cited + 1)  # `7 tom. – 2 t.`
                return _split(found, j, cut, "volume", k, end)
            end = _worded_volume(tokens, marks, k)
            if end is not None and end >= b - 1 and "volume" not in labels:
                return _split(found, j, cut, "volume", k, k + 1)  # `2-кітап`: its number
            issued = tokens[k - 1].text == "." and "issue" not in labels
            if issued and (end := _series_issue(tokens, marks, k, b)):
                return _split(found, j, cut, "issue", k, end)
    return found


def _in_quotes(tokens: list[Token], a: int, k: int) -> bool:
    """Whether a quotation opened in tokens a..k is still open at `k` (`«Мәдени мұра. II
    том»`: a quoted title's own words, the quote mark most often just before its run)."""
    texts = [t.text for t in tokens[a:k]]
    return any(texts.count(o) > texts.count(c) for o, c in QUOTES.items() if o != c)


def edition_kind(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the title's last number before `. Baskı` (an edition's word) read as the
    edition, the words that qualify it before it left out of the title."""
    if "edition" in (run[0] for run in found) or text_set(tokens).isdisjoint(_kinds()):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b >= len(tokens) - 1 or not tokens[b - 1].text.isdecimal():
            continue
        word = b + 1 if tokens[b].text == "." else b
        if word >= len(tokens) or "Bedition" not in marks[word]:
            continue
        k = b - 1
        while k > a and tokens[k - 1].text in _kinds():
            k -= 1
        if k == b - 1 or (k > a and tokens[k - 1].text not in _SENTENCE):
            continue
        if k > a:
            return _split(found, j, k - 1, "edition", b - 1, b)
        # the title's run held only the edition (`…, Gözden Geçirilmiş 3. Baskı`)
        out = [*found[:j], (OTHER, a, b - 1), ("edition", b - 1, b), *found[j + 1 :]]
        return title_after_author(tokens, out)
    return found


def title_after_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with no title and a second name's run right after the first's comma, then a
    comma and the imprint or edition (`Orhan Pamuk, Benim Adım Kırmızı, İletişim …`): the
    second run is the title (a note's one author comes first, its title next)."""
    labels = [run[0] for run in found]
    if "title" in labels or len(found) < 5 or labels[:3] != ["author", OTHER, "author"]:
        return found
    if not all(tokens[k].text == "," for k in (found[1][1], found[3][1])):
        return found
    if found[1][2] - found[1][1] != 1 or labels[3] != OTHER or labels[4] not in _IMPRINT:
        return found
    return [found[0], found[1], ("title", found[2][1], found[2][2]), *found[3:]]


_IMPRINT: Final = frozenset({"publisher", "publisher-place", "edition"})


def counted_extent(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a number after a comma, its page word after it one that counts a
    whole's pages in its language (`İstanbul 2003, 436 s., ISBN …`), read as the extent when
    the model gave it no field, or called it the page with the cited page after it (`352 s.,
    s. 45`), in a note with an imprint and no extent or host."""
    labels = {run[0] for run in found}
    if "number-of-pages" in labels or labels.isdisjoint(_PLACED):
        return found
    hosted = "container-title" in labels  # a host's pages, unless a front matter's count leads
    for label, a, b in found:
        if label not in (OTHER, "page"):
            continue
        for k in range(max(a, 1), b if label == "page" else b - 1):
            if not (tokens[k].text.isdecimal() and tokens[k - 1].text in ",."):
                continue
            if k + 1 >= len(tokens) or not counted(tokens, k + 1) or turkmen(tokens):
                continue
            cited = _cited_after(tokens, k + 1)
            fronted = k >= 2 and roman_count(tokens[k - 2].text)  # `XI, 402 s.`: a book's count
            # … no volume's (`Т. II, 544 с.`, `C. IX, 45 s.`: a word and its period before it)
            fronted = fronted and not (
                k >= 4 and tokens[k - 3].text == "." and tokens[k - 4].text.isalpha()
            )
            if (label == "page" and cited is None and not fronted) or (hosted and not fronted):
                continue
            out = painted(found, ("number-of-pages", k, k + 1))
            return painted(out, ("page", cited, cited + 1)) if cited is not None else out
    return found


def _cited_after(tokens: list[Token], k: int) -> int | None:
    """The cited page's number after the extent's word at `k` (`352 s., s. 45`), or None."""
    at = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    if at + 1 >= len(tokens) or tokens[at].text.casefold() != tokens[k].text.casefold():
        return None
    at += 1 + (tokens[at + 1].text == ".")
    return at if at < len(tokens) and tokens[at].text.isdecimal() else None


def city_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known city the model called the title, right before the year, after a
    name it called the host (`Hasan Eren, Türk Dili Tarihi, Ankara 1998`): a hand-written
    imprint's place, the name before it the title."""
    labels = [run[0] for run in found]
    named = "container-title" in labels or labels.count("author") > 1
    if labels.count("title") != 1 or not named or "author" not in labels:
        return found  # most notes (at C speed)
    j = labels.index("title")
    _, a, b = found[j]
    if j + 1 >= len(found) or found[j + 1][0] != "issued" or "/" in text_set(tokens):
        return found
    if not all("cities" in marks[k] for k in range(a, b)):
        return found
    host = next((i for i in range(j - 1, -1, -1) if found[i][0] != OTHER), None)
    # `Ahmet Kaya, Türk Tarihi, Ankara 2001`: the work's name the model called a second author
    if host is None or found[host][0] not in _HOSTS or "author" not in labels[:host]:
        return found
    out = list(found)
    out[host] = ("title", found[host][1], found[host][2])
    out[j] = ("publisher-place", a, b)
    return out


_PLACED: Final = frozenset({"publisher", "publisher-place"})
_HOSTS: Final = frozenset({"container-title", "author"})


def front_matter(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the Roman count of a book's front matter just before its extent
    (`XII, 495 с.`, `xii + 369 pp.`, `XVI+248 s.`) read with the extent, and so GOST's count
    of unnumbered pages in square brackets (`[4], 320 с.`, `[2], 304 б.`)."""
    labels = [run[0] for run in found]
    if "number-of-pages" not in labels:
        return found
    j = labels.index("number-of-pages")
    _, a, b = found[j]
    k = a - 1
    start = None
    if k >= 1 and tokens[k].text in ",+" and roman_count(tokens[k - 1].text):
        start = k - 1
    elif k >= 3 and tokens[k].text == "," and _bracketed_count(tokens, k - 3):
        start = k - 3
    if start is not None:
        owner = next(run for run in found if run[1] <= start < run[2])
        alone = owner[1] == start and owner[2] <= a  # `XVI +` the model called a host
        if alone or owner[0] in (OTHER, "volume", "page", "number-of-pages"):
            return painted(found, ("number-of-pages", start, b))
    return found


def _bracketed_count(tokens: list[Token], k: int) -> bool:
    """Whether tokens k..k+3 are a count of pages in square brackets (`[4]`)."""
    return (
        tokens[k].text == "["
        and tokens[k + 1].text.isdigit()
        and tokens[k + 2].text == "]"
        and tokens[k + 1].end == tokens[k + 2].start
    )
