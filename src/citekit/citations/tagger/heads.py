"""Names at a run's edges, told by how names are written: initials before or after a person's
run, names that open a note (`Ahmet Yaşar OCAK, Eser …`), an inverted first author
(`Çağatay, Saadet. Türk …`), names before a quoted title and an author-date short author."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles, family_suffixes, given_names
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.name_words import name_vowels
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.syllable_names import syllable_name
from citekit.citations.tagger.tokens import Token, text_set

__all__ = [
    "CLOSING_INITIALS",
    "INITIAL_HYPHENS",
    "MAX_GIVEN",
    "capitalised",
    "glued_inside",
    "initial_end",
    "initial_next",
    "initial_word",
    "inverted_head",
    "is_initial",
    "name_head",
    "names_before_quote",
    "painted",
    "short_author",
    "with_initials",
]

MAX_GIVEN: Final = 3  # given names or initials after "Family,"
_QUOTE_MARKS: Final = frozenset("“”«»„\"'‘’")
_IMPRINT_TOKENS: Final = 3  # a place, its colon and a name
_PLACES: Final = frozenset({"Bcities", "Bplaces"})  # a place of the lexicon starts there
_MAX_DIRECT: Final = 3  # words of a name written given name first ("Ahmet Refik Altınay")
_OPENERS: Final = {"“": "”", "«": "»", "„": "“", '"': '"'}
_MAX_NAME_WORDS: Final = 12
INITIAL_HYPHENS: Final = ("-", "‐")  # inside a double given name's initials (`К.-Ж.`)
CLOSING_INITIALS: Final = (
    2  # initials that close a name: a given name and a patronymic, or two given
)


def with_initials(tokens: list[Token], floor: int, a: int) -> int:
    """Where a person's run starts once the initials just before it are counted in
    ("Б. Тұрғараев" whose "Б." the model left out)."""
    if tokens[a].text == "." and a - 1 >= floor and is_initial(tokens[a - 1].text):
        a -= 1  # the run starts at the initial's period
    while a - 2 >= floor and tokens[a - 1].text == "." and is_initial(tokens[a - 2].text):
        a -= 2
    return a


def initial_end(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a person's run ends with an initial: one capital, or a digraph (`Ch`, `Zh`)
    after another initial's period (`E. Ch`; a lone `Li` may be a family name)."""
    last = tokens[b - 1].text
    if is_initial(last):
        return True
    return b - a >= 3 and initial_word(last) and tokens[b - 2].text == "."


def is_initial(text: str) -> bool:
    """A written initial: one capital letter."""
    return len(text) == 1 and text.isupper()


_FAMILY_INITIAL: Final = 3  # tokens of `Family I.`
_INITIAL_TOKENS: Final = 2  # tokens of an initial and its period (`M.`)


def initial_next(tokens: list[Token], found: list[Run], j: int, b: int) -> bool:
    """Whether an initial and its period, outside any field's run or as a title of that one
    letter (`Smith J. R., 2019`: no work is titled "R"), follow a person's run of `found[j]`
    that ends with an initial at `b`."""
    if b < 2 or b + 1 >= len(tokens) or not is_initial(tokens[b - 2].text):
        return False
    if not (initial_word(tokens[b].text) and tokens[b + 1].text == "."):
        return False
    # `Тойнби А. Дж. Постижение …`: a digraph's initial (`Дж.`) the title's run took in,
    # right after the family name's one initial, a capitalised word after it
    digraph = not is_initial(tokens[b].text)
    if digraph and not (b - found[j][1] == _FAMILY_INITIAL and b + 2 < len(tokens)):
        return False
    if digraph and not name_vowels().isdisjoint(tokens[b].text.casefold()):
        return False  # `Сұлтанов Қ. Ел. Алматы`: a word of two letters, the title's
    if digraph and not capitalised(tokens[b + 2].text):
        return False
    # after a double initial (`К.-Ж.`) a patronymic's initial may open the title's run
    hyphened = b >= 5 and tokens[b - 3].text == "-" and is_initial(tokens[b - 5].text)
    return all(
        label == OTHER or (label == "title" and s == b and (e == b + 1 or hyphened or digraph))
        for label, s, e in found[j + 1 :]
        if s <= b + 1 and e > b
    )


def capitalised(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and not word.isupper()


def _name_unit(
    tokens: list[Token], k: int, end: int, first: bool = False, joins: Sequence[bool] = ()
) -> int | None:
    """Where a name written by its shape ends, when one starts at token `k`: given names then
    an upper-case surname (`Ahmet Yaşar OCAK`), or initials then a surname (`A. C. Kemal`);
    the `first` of a list also as a given name of the language files and one or two
    capitalised words before a comma or an "and" word (`joins`: `Ahmet Refik Altınay, Lale
    Devri …`, `Ahmet Hamdi Tanpınar ve Ziya Gökalp, …`); a name after an "and" word also as
    two or three capitalised words before a comma."""
    if first and (joined := _joined_name(tokens, k, end)) is not None:
        return joined
    if first and (syllables := syllable_name(tokens, k, end)) is not None:
        return syllables  # `Mao Tse-tung, "…"`
    if first and k < end and lower(tokens[k].text) in given_names():
        i = k + 1
        while (
            i < end
            and i - k < _MAX_DIRECT
            and (capitalised(tokens[i].text) or lower(tokens[i].text) in family_particles())
        ):  # `Jan de Vries,`
            i += 1
        if i > k + 1 and i < end and (tokens[i].text == "," or (i < len(joins) and joins[i])):
            return i
    if k > 0 and k - 1 < len(joins) and joins[k - 1]:
        i = k
        while i < end and i - k < _MAX_DIRECT and capitalised(tokens[i].text):
            i += 1
        if i - k > 1 and i < end and tokens[i].text == ",":
            return i  # `… ve Ziya Gökalp,`: the list's last name
    i = k
    while i < end and capitalised(tokens[i].text):
        i += 1
    word = tokens[i].text if i < end else ""
    if i > k and len(word) > 1 and word.isalpha() and word.isupper():
        return i + 1
    i = k
    while i + 1 < end and initial_word(tokens[i].text) and tokens[i + 1].text == ".":
        i += 2
    if i > k and i < end and capitalised(tokens[i].text):
        return i + 1
    return None


@functools.cache
def _name_joins() -> tuple[frozenset[str], frozenset[str]]:
    """The words inside a name written given name first that tell it a name, whatever its
    given name: a family's particle of three letters or more (`van`, `bin`, `ibn`: shorter
    ones, `de`, `la`, `al`, are a title's words as often) and a father's name's closing word
    (`uly`, `qızı`, `ogly`)."""
    particles = frozenset(p for p in family_particles() if len(p) > 2 and " " not in p)
    return particles, family_suffixes()


def _joined_name(tokens: list[Token], k: int, end: int) -> int | None:
    """Where a name joined by a particle or closed by a father's name's word ends before its
    comma (`Anwar bin Ibrahim,`, `Ludwig van der Rohe,`, `Ahmet Baitursyn uly,`), if one
    starts at token `k`: one or two capitalised words, the particles, one or two capitalised
    words; or two capitalised words and the closing word."""
    particles, closing = _name_joins()
    i = k
    while i < end and i - k < 2 and capitalised(tokens[i].text):
        i += 1
    if i == k or i >= end:
        return None
    if lower(tokens[i].text) in closing and i - k == 2:
        return i + 1 if i + 1 < end and tokens[i + 1].text == "," else None
    j = i
    for _ in range(_JOINED_PARTS):  # `Muhammad ibn Musa al-Khwarizmi,`: particles twice
        if _glued_particle(tokens, j, end):
            j += 3  # `Әбу Насыр әл-Фараби,`: a particle glued to the family name by a hyphen
        else:
            p = j
            while p < end and p - j < 2 and lower(tokens[p].text) in particles:
                p += 1
            family = p
            while p < end and p - family < 2 and capitalised(tokens[p].text):
                p += 1
            if p == family or family == j:
                return None
            j = p
        if j < end and tokens[j].text == ",":
            return j
    return None


_JOINED_PARTS: Final = 2  # a particle and the names after it, twice at most


def _glued_particle(tokens: list[Token], j: int, end: int) -> bool:
    """Whether a particle glued to a capitalised name by a hyphen opens at token `j`
    (`al-Farabi`, `әл-Фараби`)."""
    return (
        j + 3 < end
        and tokens[j + 1].text in INITIAL_HYPHENS
        and glued_inside(tokens, j + 1)
        and lower(tokens[j].text) in family_particles()
        and capitalised(tokens[j + 2].text)
    )


def initial_word(text: str) -> bool:
    return is_initial(text) or (len(text) == 2 and text[0].isupper() and text[1].islower())


def name_head(tokens: list[Token], marks: list[set[str]], labels: Sequence[str]) -> list[str]:
    """`labels` with the names that open a note, told by their shape and closed by a comma
    (`Ahmet Yaşar OCAK, Eser …`, `A. Kemal, B. Yücel ve C. Demir, Eser …`), given to the
    authors where the model read them as the title; the work after them is then the title. An
    initial the model left out of every field opens the name, and the capitalised words after
    it up to the comma are its given names and family (`M. Ali Rıza Doğan, Eser …`)."""
    out = list(labels)
    if "," not in text_set(tokens):
        return out  # no name closed by its comma (the note's shared set of texts)
    k = next((i for i, label in enumerate(labels) if label != OTHER), len(labels))
    initialled = k == _INITIAL_TOKENS and initial_word(tokens[0].text) and tokens[1].text == "."
    start, comma = k, None
    units: list[tuple[int, int]] = []
    joins = [bool(m) and "and" in m for m in marks] if "and" in marks_union(marks) else []
    while (end := _name_unit(tokens, k, len(tokens), not units, joins)) is not None:
        units.append((k, end))
        if end < len(tokens) and tokens[end].text == ",":
            comma = end
            k = end + 1
            if k < len(tokens) and "and" in marks[k]:
                k += 1
        elif end < len(tokens) and "and" in marks[end]:
            k = end + 1
        else:
            break
    if initialled and (units[:1] == [] or units[0][0] == k):
        # `M. Ali Rıza Doğan, Title`: the initial the model left out opens the name, and the
        # capitalised words after it up to the comma are its given names and family
        i = k
        while i < len(tokens) and i - k < _MAX_DIRECT and capitalised(tokens[i].text):
            i += 1
        if i - k > 1 and i < len(tokens) and tokens[i].text == ",":
            units, comma, start = [(0, i)], i, 0
    units = [u for u in units if comma is not None and u[1] <= comma]
    if comma is None or not units:
        return out
    known = _name_unit(tokens, units[0][0], len(tokens)) is None
    # `Ahmet Kaya, Lale Devri, …`: the model made two names, and no title or only an imprint
    imprint = _imprint_titled(tokens, marks, labels)
    untitled = "title" not in labels or imprint
    if "title" not in labels[start:comma] and not untitled:
        return out
    out[start : comma + 1] = [OTHER] * (comma + 1 - start)
    for a, b in units:
        out[a:b] = ["author"] * (b - a)
    if imprint:  # `Ankara: TTK` the decoder made the title: the place and its publisher
        at = [i for i, label in enumerate(out) if label == "title"]
        out[at[0]] = "publisher-place"
        out[at[0] + 1] = OTHER
        out[at[0] + 2 : at[-1] + 1] = ["publisher"] * (at[-1] - at[0] - 1)
    if "title" not in out:
        after = next((i for i in range(comma + 1, len(out)) if out[i] != OTHER), None)
        hosted = ("container-title", "author") if untitled else ("container-title",)
        if after is not None and out[after] in hosted:
            label = out[after]
            while after < len(out) and out[after] == label:
                out[after] = "title"
                after += 1
            if untitled and "author" in out[after:]:
                return list(labels)  # `Robert Cox, Ryan Jones, and Curtis Mccann`: a list
    if "title" not in out and known:
        return list(labels)  # a name told by a given name alone leaves no title: the model's
    return out


def _imprint_titled(tokens: list[Token], marks: list[set[str]], labels: Sequence[str]) -> bool:
    """Whether the note's only title is an imprint the decoder forced it onto: a known place,
    its colon and a name (`Ankara: TTK`)."""
    at = [i for i, label in enumerate(labels) if label == "title"]
    if len(at) < _IMPRINT_TOKENS or at[-1] - at[0] + 1 != len(at):
        return False
    k = at[0]
    return (
        bool(marks[k] & _PLACES)
        and k + 1 < len(tokens)
        and tokens[k + 1].text == ":"
        and (k == 0 or tokens[k - 1].text in ",.")
    )


def names_before_quote(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> list[Run]:
    """A title run that starts with a sentence of names before a quoted title (Chicago and
    MLA: `Seval Ocak and Meltem Öztürk. “Başlık.” …`): the names are the authors."""
    k = next((i for i in range(a + 2, b) if tokens[i].text in _OPENERS), None)
    if k is None or tokens[k - 1].text != ".":
        return [("title", a, b)]
    closer = _OPENERS[tokens[k].text]
    if any(tokens[i].text == closer for i in range(k + 1, b - 1)):
        return [("title", a, b)]  # the quotes close inside: one title that quotes a name
    words = [i for i in range(a, k - 1) if tokens[i].text.isalnum()]
    named = all(tokens[i].text[0].isupper() or "and" in marks[i] for i in words)
    digits = any(c.isdigit() for i in words for c in tokens[i].text)
    if not named or digits or not 2 <= len(words) <= _MAX_NAME_WORDS:
        return [("title", a, b)]
    return [("author", a, k - 1), (OTHER, k - 1, k), ("title", k, b)]


def inverted_head(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int:
    """Where the sentence `Family, Given.` that opens a title run ends, its period included
    (a bibliography's inverted first author: `Çağatay, Saadet. Türk Lehçeleri …`,
    `Smith, A. C. Modern …`), or GOST's `Family I. I.` (`Смит Дж. Исследование …`), or `a`
    when there is none."""
    first = tokens[a].text
    if b - a < 5 or "cities" in marks[a] or not (first.isalpha() and first[0].isupper()):
        return a
    if tokens[a + 1].text != ",":
        quoted = a > 0 and tokens[a - 1].text in _QUOTE_MARKS  # `“Везен Ф. Философия …”`
        return a if quoted or marks[a] else _surname_initials_head(tokens, a, b)  # `Том I.`
    for i in range(a + 2, min(b - 1, a + 2 + 2 * MAX_GIVEN)):
        word = tokens[i].text
        if word == ".":
            initial = is_initial(tokens[i - 1].text)
            if initial and is_initial(tokens[i + 1].text):
                continue  # "A. C.": the next initial
            return a if i == a + 2 else i + 1 if initial else i
        if not (word.isalpha() and word[0].isupper()):
            return a
    return a


def _surname_initials_head(tokens: list[Token], a: int, b: int) -> int:
    """Where GOST's `Family I. I.` that opens a title run ends (one or two initials, a
    digraph's too: `Смит Дж.`; a father's name closed by its word, `Асанбек уулу Т.`), a
    capitalised word after them, or `a`."""
    first = tokens[a].text
    if len(first) <= CLOSING_INITIALS or first.isupper():
        return a
    i, count = a + 1, 0
    if i < b and lower(tokens[i].text) in family_suffixes():
        i += 1
    while count < CLOSING_INITIALS and i + 1 < b and initial_word(tokens[i].text):
        if tokens[i + 1].text != ".":
            break
        i, count = i + 2, count + 1
    return i if count and i < b - 1 and tokens[i].text[:1].isupper() else a


def short_author(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether run `j` is one upper-case word that a year follows, as author-date notes
    write their author (`WILKER, 2019, p. 48`, ABNT and Harvard short forms)."""
    _, a, b = found[j]
    word = tokens[a].text
    if b - a != 1 or not (word.isalpha() and word.isupper() and len(word) > 1):
        return False
    year = next((r for r in found[j + 1 : j + 3] if r[0] == "issued"), None)
    return year is not None and all(not t.text.isalnum() for t in tokens[b : year[1]])


def glued_inside(tokens: list[Token], i: int) -> bool:
    """Whether token `i` touches the tokens on both sides (a hyphen inside a word)."""
    return tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start
