"""An author's name closed by a colon at the note's head, as German notes write it (DIN 1505
and the humanities' house styles): `Andreas Kappeler: Russland als Vielvölkerreich. München:
Beck 1992, S. 145.`, `Uwe Halbach: Zentralasien … In: Osteuropa 57 (2007)`. The head before
the first colon is the author when it is written as a person's name (two to four capitalised
words) that opens with a known given name (the language files' `[names] given`), or two words
that close on one written family first (Hungarian `Horváth Dániel: Cím.`), or when the
note is written in that form (a host after `In:`, a page after `S.`): the title follows the
colon, so a title run the model opened at the name starts after it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.name_sets import (
    distinct_family_first_given,
    epithets,
    family_names,
    honorifics,
    latin_family_first_codes,
    rank_titles,
)
from citekit.citations.names import given_names
from citekit.citations.place_names import place_names
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.harvard_quotes import bracketed_roles
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, text_set, token_texts
from citekit.langid import detect_language
from citekit.langid_profiles import script_of
from citekit.languages import language

__all__ = [
    "colon_author",
    "editors_in_host",
    "inverted_colon_authors",
]

_MIN_WORDS: Final = 2
_MAX_WORDS: Final = 4
_MAX_FAMILY_FIRST: Final = 3  # `Pálóczi Horváth András`, `Róna-Tas András`
_GLUED: Final = frozenset({"-", "."})  # inside a name: `Hans-Jürgen`, `C. H.`


def _name_words(tokens: list[Token], a: int, k: int) -> list[str] | None:
    """The words of tokens `a`..`k` when they are written as a person's name, else None."""
    words: list[str] = []
    for i in range(a, k):
        text = tokens[i].text
        if text in _GLUED and i > a:
            continue
        if not text.isalpha() or not text[:1].isupper() or (text.isupper() and len(text) > 1):
            return None
        words.append(text)
    return words if _MIN_WORDS <= len(words) <= _MAX_WORDS else None


@functools.cache
def _in_forms() -> tuple[tuple[str, ...], ...]:
    """The tokens of German's host words (`In:`): the language file's `[words] in`."""
    return tuple(tuple(token_texts(w)) for w in language("de").words.in_)


@functools.cache
def _page_forms() -> tuple[tuple[str, ...], ...]:
    """The tokens of German's abbreviated page words (`S.`): its `[words] page` with a period."""
    return tuple(tuple(token_texts(w)) for w in language("de").words.page if w.endswith("."))


def _at(tokens: list[Token], i: int, form: tuple[str, ...]) -> bool:
    """Whether `form`'s tokens are written from token `i` on."""
    return i + len(form) <= len(tokens) and all(
        tokens[i + j].text == text for j, text in enumerate(form)
    )


def _written_so(tokens: list[Token], colon: int) -> bool:
    """Whether the note after token `colon` has the form's host (`In:`) or page (`S. 5`)."""
    for i in range(colon + 1, len(tokens) - 2):
        if any(_at(tokens, i, form) for form in _in_forms()):
            return True
        for form in _page_forms():
            end = i + len(form)
            if end < len(tokens) and _at(tokens, i, form) and tokens[end].text[:1].isdigit():
                return True
    return False


def colon_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's name before the colon that opens a title's run read as the
    author, the title after the colon."""
    if ":" not in text_set(tokens) or any(run[0] == "author" for run in found):
        return found  # no colon, or an author found (most notes)
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    _, a, b = found[j]
    if a > 0 and tokens[a - 1].text in QUOTES:
        return found  # `“David Kindersley: In ‘Love with Letters’.”`: the quotes hold a title
    colon = next((k for k in range(a + 1, b - 1) if tokens[k].text == ":"), None)
    if colon is None or tokens[colon - 1].end != tokens[colon].start:
        return found
    head = a
    while head >= 2 and tokens[head - 1].text == "." and _initial(tokens[head - 2].text):
        head -= 2  # `A. P. Kuznecov: Title`: initials the model gave to no field
    if head < a and any(run[0] != OTHER for run in found[:j]):
        return found
    a = head
    words = _name_words(tokens, a, colon)
    if words is None or not tokens[colon + 1].text[:1].isupper():
        return found
    if not _known_given(words, tokens, colon, b) and not _written_so(tokens, colon):
        return found
    split: list[Run] = [("author", a, colon), (OTHER, colon, colon + 1), ("title", colon + 1, b)]
    before = [run for run in found[:j] if run[2] <= a]
    return [*before, *split, *found[j + 1 :]]


def _known_given(words: list[str], tokens: list[Token], colon: int, b: int) -> bool:
    """Whether a name's words open with a known given name (`Andreas Kappeler`) or are written
    family first (`Horváth Dániel`; see `_family_first`)."""
    if words[0].lower() in given_names():
        return True
    return _family_first(words, tokens, colon, b)


def _family_first(words: list[str], tokens: list[Token], colon: int, b: int) -> bool:
    """Whether two or three Latin words before the colon are a family name and a given name,
    in the order of the languages whose lists write names family first (`[names] family_first`:
    Hungarian `Horváth Dániel: Cím.`, `Pálóczi Horváth András:`): the last a given name of such
    a language, the others no given name, the first no epithet nor rank (`Hakim Abai`,
    `Kenesary Batyr`, `Empress Anna`), and either a listed family name first, a given name only
    such languages list and spell with their own letters after a family spelled so too
    (`Vásáry István: Cumans and Tatars`; `Saint István:` is a title) or the title after the
    colon in such a language (a short
    Hungarian title langdetect cannot tell, `Kossuth Lajos: Irataim az emigrációból.`, is left
    a title)."""
    if not _MIN_WORDS <= len(words) <= _MAX_FAMILY_FIRST or not all(_latin(w) for w in words):
        return False
    *family, second = (w.lower() for w in words)
    first = family[0]
    if second not in _latin_family_first_given() or not given_names().isdisjoint(family):
        return False
    if first in epithets() or first in rank_titles() or first in honorifics():
        return False
    if first in family_names():
        return True
    if second in distinct_family_first_given() and not first.isascii():
        return True  # `Vásáry István:`; `Saint István:`, `Count Miklós:` name no one so
    end = next((k for k in range(colon + 1, b) if tokens[k].text == "."), b)
    title = " ".join(t.text for t in tokens[colon + 1 : end])
    return detect_language(title) in latin_family_first_codes()


def _latin(word: str) -> bool:
    """Whether every letter of `word` is a Latin one (`langid_profiles.script_of`)."""
    return all(script_of(c) == "Latn" for c in word if c.isalpha())


@functools.cache
def _latin_family_first_given() -> frozenset[str]:
    """The given names of the Latin-script family-first languages, lower-cased."""
    return frozenset(
        w.lower() for code in latin_family_first_codes() for w in language(code).given_names
    )


def _initial(text: str) -> bool:
    """One capital letter: an initial before its period."""
    return len(text) == 1 and text.isupper()


_SEPARATORS: Final = frozenset({"/", "-", "–", "—", ";"})
# what the model may make of the work after its authors' colon when it reads no title
_WORK_MISREAD: Final = frozenset({"container-title", "publisher", "collection-title"})
_MAX_GIVEN: Final = 2  # `İzzet`, `M. Kemal`, `Ahmet Cevat`


def _word(text: str) -> bool:
    """A capitalised word of a name (`Özgenç`, `İzzet`), not an acronym."""
    return text.isalpha() and text[:1].isupper() and not (text.isupper() and len(text) > 1)


def _inverted_group(tokens: list[Token], i: int, end: int) -> tuple[int, int] | None:
    """The end of `Family, Given` written from token `i` (before `end`: one family word, one or
    two given words or initials) and how surely it names a person (2: its given part is
    initials or holds a known given name; 1: one given word; 0: an initial before an unknown
    word, `P. Erdoğan`, which may open a title), else None. A place (`Ankara, Türkiye`,
    `Xinhua, Beijing`) is none."""
    family: list[str] = []
    while i < end and tokens[i].text != ",":
        if not _word(tokens[i].text) and not (tokens[i].text == "-" and family):
            return None
        family.append(tokens[i].text)
        i += 1
    if i >= end or len([w for w in family if w != "-"]) != 1:
        return None
    i += 1
    given: list[str] = []
    initials = 0
    while i < end and tokens[i].text not in _SEPARATORS:
        text = tokens[i].text
        if text == "." and given and len(given[-1]) == 1:
            initials += 1
        elif not _word(text):
            return None
        else:
            given.append(text)
        i += 1
    if not 1 <= len(given) <= _MAX_GIVEN:
        return None
    known = any(w.lower() in given_names() for w in given)
    places = place_names()
    if any(w.casefold() in places for w in family) or (
        not known and any(w.casefold() in places for w in given)
    ):
        return None  # `Ankara, Türkiye:`, `Xinhua, Beijing:`
    if initials == len(given) or known:
        return i, 2
    return i, 1 if initials == 0 else 0


def _inverted_head(tokens: list[Token], a: int, colon: int) -> bool:
    """Whether tokens `a`..`colon` are persons written `Family, Given`, one or more joined by a
    slash or a dash (`Kuru, Baki/Arslan, Ramazan`), each told a person's name by its given
    part (initials, a known given name: `Marx, Capital:` and `Ленин, Сочинения:` are a
    work's) or by the list itself."""
    sureness: list[int] = []
    i = a
    while i < colon:
        group = _inverted_group(tokens, i, colon)
        if group is None:
            return False
        i = group[0]
        sureness.append(group[1])
        if i < colon:
            i += 1  # the separator
            if i >= colon:
                return False
    if len(sureness) > 1:
        return True  # `Tekinay, S. Sulhi/Akman, Sermet:`: the list itself
    return sureness[0] == 2  # one word after one family's comma may be a title (`Marx, Capital:`)


def _clipped(found: list[Run], a: int, b: int) -> list[Run]:
    """The runs of `found` cut to tokens `a`..`b`, the empty ones dropped."""
    out: list[Run] = []
    for label, x, y in found:
        x, y = max(x, a), min(y, b)
        if x < y:
            out.append((label, x, y))
    return out


def _head_starts(found: list[Run], tokens: list[Token]) -> list[int]:
    """Where the note's head may open: the note's first token, the first author's run, or the
    token after a prefix's period (`Bkz. Kuru, Baki/…`)."""
    first = next((run for run in found if run[0] != OTHER), None)
    starts = [0]
    if first is not None and first[0] == "author":
        starts.append(first[1])  # a title, a place or a host first is no head (`Springfield,
        # Illinois:`; `Ali Kaya, Tarih, Felsefe: Bir Giriş`, the name given to no field)
    stop = next((k for k in range(min(3, len(tokens))) if tokens[k].text == "."), None)
    if stop is not None and any(run[0] == OTHER and run[1] == 0 and run[2] > stop for run in found):
        starts.append(stop + 1)  # the prefix read as no field
    return sorted(set(starts))


def inverted_colon_authors(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the persons written `Family, Given` before a colon at the note's head read
    as the authors and the work after the colon as its title: Turkish legal writing's
    `Özgenç, İzzet: Türk Ceza Hukuku Genel Hükümler, 14. Baskı, …` and
    `Kuru, Baki/Arslan, Ramazan: Title`. A work the model read as a host or a publisher after
    the colon, with no title read, is the title."""
    if ":" not in text_set(tokens) or "," not in text_set(tokens):
        return found  # most notes
    colon = next((k for k in range(2, min(len(tokens) - 1, 26)) if tokens[k].text == ":"), None)
    if colon is None or tokens[colon - 1].end != tokens[colon].start:
        return found
    after = tokens[colon + 1].text
    if not (after[:1].isupper() or after in QUOTES):
        return found
    if any(x < colon < y and label != "title" for label, x, y in found):
        return found  # a name read over the colon (`Fischer, Ulrike: Der Aralsee. In: …`)
    starts = _head_starts(found, tokens)
    a = next((a for a in starts if a < colon - 2 and _inverted_head(tokens, a, colon)), None)
    if a is None:
        return found
    rest = _clipped(found, colon + 1, len(tokens))
    if rest and rest[0][0] in _WORK_MISREAD and all(run[0] != "title" for run in rest):
        rest[0] = ("title", rest[0][1], rest[0][2])
    head: list[Run] = [("author", a, colon), (OTHER, colon, colon + 1)]
    return [*_clipped(found, 0, a), *head, *rest]


def _role_bracket(tokens: list[Token], i: int) -> int | None:
    """The token after `(Hrsg.):` written from token `i`, or None."""
    texts = [t.text for t in tokens[i : i + 5]]
    if len(texts) < 4 or texts[0] != "(" or texts[1].casefold() not in bracketed_roles():
        return None
    k = i + 2 + (texts[2] == ".")
    if k + 1 < len(tokens) and tokens[k].text == ")" and tokens[k + 1].text == ":":
        return k + 2
    return None


def editors_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with German's host after `In:` read whole: its editors written `Family, Given`
    (one or more, joined by a slash), their role in brackets and a colon, then the host's
    title to its imprint and the place before the year (`In: Kappeler,
    Andreas/Simon, Gerhard (Hrsg.): Muslime in der Sowjetunion. Köln 1989, S. 210`)."""
    if ":" not in text_set(tokens) or "(" not in text_set(tokens):
        return found
    for i in range(1, len(tokens) - 6):
        if not any(_at(tokens, i, form) for form in _in_forms()):
            continue
        start = i + len(next(form for form in _in_forms() if _at(tokens, i, form)))
        close = next(
            (k for k in range(start + 3, min(len(tokens), start + 30)) if tokens[k].text == "("),
            None,
        )
        if close is None or (host := _role_bracket(tokens, close)) is None:
            continue
        if not _inverted_list(tokens, start, close):
            continue
        end = _imprint_start(tokens, host + 1)
        if end is None:
            continue  # no imprint after the host's title: its end is the model's to tell
        out = painted(found, ("editor", start, close))
        out = painted(out, (OTHER, close, host))
        out = painted(out, ("container-title", host, end))
        if is_year(tokens[end + 2].text):
            out = painted(out, ("publisher-place", end + 1, end + 2))
        return out
    return found


def _imprint_start(tokens: list[Token], k: int) -> int | None:
    """The period or comma from token `k` on that ends a host's title before its imprint: a
    place's capitalised word then its year or its publisher's colon (`. Köln 1989`, `, Berlin
    2005`, `. Wiesbaden: VS 2005`); None when no imprint follows."""
    for i in range(k, len(tokens) - 2):
        if tokens[i].text not in ".," or not tokens[i + 1].text[:1].isupper():
            continue
        if is_year(tokens[i + 2].text) or tokens[i + 2].text == ":":
            return i
    return None


def _inverted_list(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` are persons written `Family, Given`, joined by a slash."""
    i = a
    while i < b:
        group = _inverted_group(tokens, i, b)
        if group is None:
            return False
        i = group[0] + 1
    return True
