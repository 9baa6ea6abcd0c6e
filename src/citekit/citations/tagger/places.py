"""A place of publication that a title's run took in: the words after the title's last
sentence before `: Publisher` (`Who Killed Osho? Uttar Pradesh: Om Books`), or a known place
that ends the note (`Yerel Yönetimler ve eğitim. Kırklareli.`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, unlabelled_after
from citekit.citations.tagger.closing_initials import glued_initial
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import DASHES, LONG_DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "PLACE_MARKS",
    "bracketed_place",
    "city_words",
    "initial_in_place",
    "named_after_place",
    "one_place",
    "place_in_title",
    "place_in_translation",
    "place_then_place",
    "publisher_after_place",
    "title_opens_phrase",
    "unlabelled_place",
    "unlabelled_publisher",
]

PLACE_MARKS: Final = frozenset({"cities", "places"})  # the lexicon keys of a place's words
_MAX_PLACE_WORDS: Final = 3  # "Uttar Pradesh", "Rio de Janeiro"
_ENDS: Final = ".?!"
# runs that may follow a book's imprint: its address and access date (`… Aşgabat. https://…`)
_AFTER_IMPRINT: Final = frozenset({OTHER, "URL", "DOI", "accessed"})
_BEFORE_IMPRINT: Final = DASHES | {".", ",", ";", "("}  # what opens an imprint


@functools.cache
def _place_joins() -> frozenset[str]:
    """Lower-case words inside a place's name ("Rio de Janeiro"): `[words] place_joins`."""
    return frozenset(shipped_words("place_joins"))


def city_words() -> frozenset[str]:
    """A city's words written after its name (`Алматы қ.`): `[words] city_after`."""
    return frozenset(shipped_words("city_after"))


def one_place(marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are one place of the lexicon ("М.", "Алма-Ата", "İstanbul")."""
    if a >= b or not marks[a] & PLACE_STARTS:
        return False
    return all(marks[k] & PLACE_MARKS and not marks[k] & PLACE_STARTS for k in range(a + 1, b))


def place_in_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the place a title run took in split off when the note names no place:
    before a colon and the publisher's run, the capitalised words after the title's last
    sentence end; at the note's end (nothing but marks, an address or an access date after
    it) or before the year's comma, a place of the lexicon after the title's period or comma."""
    labels = {label for label, _, _ in found}
    if "publisher-place" in labels:
        return _country_after(tokens, found)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        rest = [r for r in found[j + 1 :] if r[0] not in _AFTER_IMPRINT]
        between = "".join(t.text for t in tokens[b : rest[0][1]]) if rest else ""
        if (
            rest
            and rest[0][0] == "publisher"
            and (between == ":" or (between[-1:] == ":" and between[:-1] in city_words()))
        ):  # `Title. Алматы қ.: Жазушы`
            start = _words_after_end(tokens, a, b)
        elif "publisher" in labels or "container-title" in labels:
            continue
        elif not rest or (rest[0][0] == "issued" and between == ","):
            # … or before the year's comma: hand-written `Title, Орынбор, 1914, 45-б.`
            start = _known_place_after(tokens, marks, a, b)
        else:
            continue
        if start is None:
            return list(found)
        # `… tarih verdi... Şanlıurfa`: an ellipsis is the title's, its last period too
        cut = start if tokens[start - 2].text == "." else start - 1
        title = [("title", a, cut)] + ([(OTHER, cut, start)] if cut < start else [])
        return [*found[:j], *title, ("publisher-place", start, b), *found[j + 1 :]]
    return list(found)


def _words_after_end(tokens: list[Token], a: int, b: int) -> int | None:
    """Where one to three capitalised words that close the run start, after a sentence end
    (`.`, `?`, `!`) glued to a word of the title."""
    i = b - 1
    words = 0
    while i > a and (tokens[i].text.isalpha() or tokens[i].text == "-"):
        text = tokens[i].text
        if text.isalpha():
            if not (text[0].isupper() or text in _place_joins()):
                return None
            words += 1
        i -= 1
    end = tokens[i]
    if not (0 < words <= _MAX_PLACE_WORDS and end.text in _ENDS and i > a):
        return None
    if tokens[i - 1].end != end.start or not tokens[i + 1].text[0].isupper():
        return None
    return i + 1


def _known_place_after(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where a place of the lexicon that closes the run starts, after a period or comma."""
    for i in range(b - 2, a, -1):
        if tokens[i].text in ".," and one_place(marks, i + 1, b):
            return i + 1
    return None


def _country_after(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the city a title run took in joined to the place run after it when the
    place is the city's country or region after a comma (`… No. 3. Den Haag, The
    Netherlands: Berghahn`): "City, Country" is one place."""
    for j in range(2, len(found)):
        title, a, b = found[j - 2]
        comma, _, c = found[j - 1]
        label, d, e = found[j]
        if label != "publisher-place" or title != "title" or comma != OTHER:
            continue
        if d - b != 1 or tokens[b].text != "," or c != d:
            continue
        start = _words_after_end(tokens, a, b)
        if start is None:
            return list(found)
        cut = start if tokens[start - 2].text == "." else start - 1
        title_runs = [("title", a, cut)] + ([(OTHER, cut, start)] if cut < start else [])
        return [*found[: j - 2], *title_runs, ("publisher-place", start, e), *found[j + 1 :]]
    return list(found)


def publisher_after_place(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with "Place: Publisher" read when the model called the publisher a title and
    the title a place (`Çolpan, Kazan: Matbaa-ı Kerimiye.`): after a place and its colon
    comes the publisher; a place run's words before its last comma are then the title. So
    with the work's title before the place (`… 1993. М. : Юрид. лит., 2019`)."""
    labels = [run[0] for run in found]
    if "publisher" in labels or labels.count("title") not in (1, 2):
        return list(found)
    for j in range(len(found) - 2):
        place, a, b = found[j]
        colon, c, d = found[j + 1]
        title, e, f = found[j + 2]
        if place != "publisher-place" or colon != OTHER or title != "title":
            continue
        if d - c != 1 or tokens[c].text != ":":
            return list(found)
        if labels.count("title") == 2:  # the work's title before: `… 1993. М. : Юрид. лит.`
            if "title" not in labels[:j]:
                return list(found)
            return [*found[: j + 2], ("publisher", e, f), *found[j + 3 :]]
        runs = [("publisher-place", a, b), (OTHER, c, d), ("publisher", e, f)]
        comma = next((i for i in range(b - 1, a, -1) if tokens[i].text == ","), None)
        if comma is not None:
            runs[0:1] = [
                ("title", a, comma),
                (OTHER, comma, comma + 1),
                ("publisher-place", comma + 1, b),
            ]
        return [*found[:j], *runs, *found[j + 3 :]]
    return list(found)


_AFTER_COLON: Final = frozenset({"publisher-place", "container-title"})


def _periodical(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b name a periodical: a journal's word in a name of two words or more
    with no publisher's word (`Journal of Politics`, `Вестник КазНУ`, `Bilig Dergisi`; a
    house named for a paper, `Известия`, or `Monthly Review Press` publishes books)."""
    words = sum(t.text.isalpha() for t in tokens[a:b])
    journal = any("journal" in marks[k] for k in range(a, b))
    return words > 1 and journal and not any("publisher" in marks[k] for k in range(a, b))


_NUMBERED: Final = frozenset(
    {"volume", "issue"}
)  # a periodical's (`Angelaki: Journal of … 21 (12)`)


def _unlabelled_publisher(tokens: list[Token], found: list[Run], j: int) -> list[Run] | None:
    """`found` with the capitalised words the model left unlabelled between `Place:` and the
    year's comma read as the publisher (`(New York: Viking, 1996)`), or None."""
    place, _a, _b = found[j]
    between, c, d = found[j + 1]
    after, _e, _f = found[j + 2]
    if place != "publisher-place" or between != OTHER or after != "issued" or d - c < 3:
        return None
    words = tokens[c + 1 : d - 1]
    if tokens[c].text != ":" or tokens[d - 1].text != ",":
        return None
    if not words[0].text[:1].isupper() or not all(
        t.text.isalnum() or t.text in "&.-" for t in words
    ):
        return None
    runs = [(OTHER, c, c + 1), ("publisher", c + 1, d - 1), (OTHER, d - 1, d)]
    return [*found[: j + 1], *runs, *found[j + 2 :]]


def place_then_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run after a place and its colon read as the publisher, in a note that
    names none, when the model called it a second place or the one host (`Buenos Aires:
    Sudamericana`, `Washington, D.C.: Carnegie Endowment.`) and no word of it is a place of
    the lexicon (GOST's `М.; Л.:` joins its places with a semicolon)."""
    if "publisher" in [run[0] for run in found]:
        return list(found)
    for j in range(len(found) - 2):
        if (named := _unlabelled_publisher(tokens, found, j)) is not None:
            return named
        place, _a, _b = found[j]
        colon, c, d = found[j + 1]
        second, e, f = found[j + 2]
        if place != "publisher-place" or colon != OTHER or second not in _AFTER_COLON:
            continue
        if d - c != 1 or tokens[c].text != ":":
            return list(found)
        dated = [r[0] for r in found[j + 3 : j + 5]] == [OTHER, "issued"]  # `: Дніпро, 1985`
        if not dated and any(marks[k] & PLACE_MARKS for k in range(e, f)):
            return list(found)  # a known place, but for a house named for one before the year
        labels = [r[0] for r in found]
        if second == "container-title" and (
            labels.count(second) > 1 or _NUMBERED & set(labels) or _periodical(tokens, marks, e, f)
        ):
            return list(found)  # a host named elsewhere too, a periodical's numbers or name
        return [*found[: j + 2], ("publisher", e, f), *found[j + 3 :]]
    return list(found)


# what the model may call the publisher after `Place:` (a title there is a second one)
_NAMED_AFTER_PLACE: Final = frozenset(
    {"container-title", "editor", "author", "translator", "title"}
)


def named_after_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run right after `Place:` read as the publisher when the model called
    it a host or a person (`М.: Известия, 2008`, `Washington, DC: Carnegie Endowment …, 2002`,
    `Armonk, NY: M.E. Sharpe.`): after a title, a place and its colon, the name that the
    year or the note's end follows is who published it, not a periodical or an editor. A
    periodical's name (`London: Journal of Politics, 2015`) stays the host."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "title" not in labels or "issue" in labels:
        return list(found)  # a periodical's issue: its host is one
    for j in range(labels.index("title") + 1, len(found) - 2):
        place, _, _ = found[j]
        colon, c, d = found[j + 1]
        label, e, f = found[j + 2]
        if place != "publisher-place" or colon != OTHER or label not in _NAMED_AFTER_PLACE:
            continue
        if d - c != 1 or tokens[c].text != ":" or _periodical(tokens, marks, e, f):
            continue
        after = found[j + 3 : j + 5]
        ends = not any(t.text.isalnum() for t in tokens[f:])
        dated = (
            len(after) == 2
            and after[0][0] == OTHER
            and [t.text for t in tokens[after[0][1] : after[0][2]]] == [","]
            and after[1][0] == "issued"
        )
        if ends or dated:
            return [*found[: j + 2], ("publisher", e, f), *found[j + 3 :]]
    return list(found)


def title_opens_phrase(marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title's run that opens inside a word list's phrase, its head left out
    before it, opened at the phrase's head (`Вид. дім і його автори`: a title that names a
    publishing house; the model left `Вид.`, an edition's word too, out): a phrase is one
    run's, and the head of it no field's and no lost text."""
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        before, c, d = out[j - 1]
        if label != "title" or before != OTHER or d != a:
            continue
        start = a
        for key in (m for m in marks[a] if not m.startswith("B") and "B" + m not in marks[a]):
            k = a - 1
            while k > c and key in marks[k] and "B" + key not in marks[k]:
                k -= 1
            if k >= c and "B" + key in marks[k]:
                start = min(start, k)
        if start < a:
            out[j - 1 : j + 1] = [(OTHER, c, start), ("title", start, b)]
    return [run for run in out if run[1] < run[2]]


def bracketed_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known place in brackets right after a name read as the place (`«Правда»
    (Москва). — 1937`, `"Парламентская газета" (Москва)`): the model took it for a title. With
    no title left, a quoted name or one a host follows is the title, not its author."""
    labels = [run[0] for run in found]
    if "publisher-place" in labels:
        return list(found)
    for j, (label, a, b) in enumerate(found):
        if label in (OTHER, "publisher-place") or a < 1 or tokens[a - 1].text != "(":
            continue
        inner = [k for k in range(a, b) if tokens[k].text != ")"]
        closed = (b < len(tokens) and tokens[b].text == ")") or tokens[b - 1].text == ")"
        if not closed or not inner or not all(marks[k] & PLACE_MARKS for k in inner):
            continue
        out = [*found[:j], ("publisher-place", inner[0], inner[-1] + 1)]
        out += [(OTHER, inner[-1] + 1, b)] if inner[-1] + 1 < b else []
        out += found[j + 1 :]
        out = [run for run in out if run[1] < run[2]]
        if "title" in [run[0] for run in out]:
            return out
        named = next((i for i, run in enumerate(out) if run[0] == "author"), None)
        if named is None:
            return out
        _, s, e = out[named]
        quoted = s > 0 and tokens[s - 1].text in '«“"„'
        hosted = any(run[0] == "container-title" for run in out[named + 1 :])
        if quoted or hosted:
            out[named] = ("title", s, e)
        return out
    return list(found)


_BEFORE_YEAR: Final = LONG_DASHES | {","}
_BEFORE_PUBLISHER: Final = frozenset({":"})


def unlabelled_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place of the lexicon that the model left unlabelled read as the place
    when it opens an imprint: after a period, comma or dash and before `, Year` or `:
    Publisher` (`Название. — СПб., 1961. — 379 с.`), in a note that names no place and no
    periodical's number (a journal's place is left to the type it would change); a host's
    volume does not stop a place before its publisher (`Алматы // Казахстан. Национальная
    энциклопедия. — Алматы : Қазақ энциклопедиясы, 2004. — Т. 1`: a book's imprint), nor a
    reference work's place before its year (`// Большая российская энциклопедия. — М., 2009. —
    Т. 13`: an encyclopedia's volumes are books)."""
    labels = {label for label, _, _ in found}
    if "publisher-place" in labels or "issue" in labels:
        return list(found)
    # only a publisher's place then, unless the host is a reference work, a book in volumes
    # (`// Большая российская энциклопедия. — М., 2009. — Т. 13`)
    hosted = {"volume", "container-title"} <= labels and not any(
        "encyclopedia" in marks[i]
        for label, a, b in found
        if label == "container-title"
        for i in range(a, b)
    )
    for j, (label, a, b) in enumerate(found):
        if label != OTHER or j + 1 >= len(found):
            continue
        after = found[j + 1][0]
        for i in range(max(a, 1), b):
            if not marks[i] & PLACE_STARTS or tokens[i - 1].text not in _BEFORE_IMPRINT:
                continue
            if _second_initial(tokens, found[: j + 1], i):
                continue  # `Petrov И. Л., 2015`: a patronymic's initial, not Leningrad
            k = i + 1
            while k < b and marks[k] & PLACE_MARKS and not marks[k] & PLACE_STARTS:
                k += 1
            # `, 1961`, and the old dashed imprint `— Астана — 2011 —` before the year
            closing = _BEFORE_YEAR if after == "issued" else _BEFORE_PUBLISHER
            wanted = ("publisher",) if hosted else ("issued", "publisher")
            if k + 1 == b and tokens[k].text in closing and after in wanted:
                runs = [(OTHER, a, i), ("publisher-place", i, k), (OTHER, k, b)]
                return [*found[:j], *(r for r in runs if r[1] < r[2]), *found[j + 1 :]]
    return list(found)


def _second_initial(tokens: list[Token], found: list[Run], i: int) -> bool:
    """Whether token `i`, one letter, follows another initial and its period (`И. Л.`) that is
    a name's or a title's, not a number's (`Т. I. М.`: the volume, then Moscow)."""
    if i < 2 or not is_initial(tokens[i].text) or not is_initial(tokens[i - 2].text):
        return False
    if tokens[i - 1].text != ".":
        return False
    label = next((label for label, a, _b in reversed(found) if a <= i - 2), OTHER)
    return label in PERSONS or label in (OTHER, "title")


def initial_in_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a name's last initial given back when GOST's `. —` was typed as a hyphen
    with no space and the place took the initial in (`под ред. Иванова И.И.-СПб.: Наука`):
    a place run that opens with an initial, its period and a hyphen, glued, right after a
    person's run, and goes on with a place of the lexicon."""
    out = list(found)
    for j in range(1, len(out)):
        person, _p, q = out[j - 1]
        label, a, b = out[j]
        if label != "publisher-place" or person not in PERSONS or q != a or b - a < 4:
            continue
        if (
            _initial_period(tokens, q - 1)
            and tokens[a].text == "."
            and _initial_period(tokens, a + 1)
        ):
            # `за ред. Забарна Л. В. Тернопіль:`: the name's periods and second initial
            out[j - 1 : j + 1] = [(person, out[j - 1][1], a + 3), ("publisher-place", a + 3, b)]
            return out
        if not glued_initial(tokens, a):
            continue
        if one_place(marks, a + 3, b) or one_place(marks, a + 3, b - 1):
            out[j - 1 : j + 1] = [(person, out[j - 1][1], a + 2), (OTHER, a + 2, a + 3)]
            out.insert(j + 1, ("publisher-place", a + 3, b))
            return out
    return out


def _initial_period(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a name's initial, one capital letter with its period after it."""
    text = tokens[k].text
    return (
        k + 1 < len(tokens)
        and len(text) == 1
        and text.isupper()
        and tokens[k + 1].text == "."
        and (k + 2 >= len(tokens) or tokens[k + 2].text[:1].isupper())
    )


_OPENS, _CLOSES = "([", ")]"
_BRACKETS: Final = _OPENS + _CLOSES
_MIN_PROSE: Final = 3  # words outside any field that make a bracket's text a sentence


def place_in_translation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a place that a bracketed sentence names read as no field: `(Between the
    Caucasus and Moscow: Nation-Building)`, a title's translation, holds no imprint; Chicago's
    `(Moscow: Academic Studies, 1969)` holds a publisher or a year beside its place."""
    if "publisher-place" not in [run[0] for run in found]:
        return list(found)
    texts = text_set(tokens)
    if "(" not in texts and "[" not in texts:
        return list(found)  # no bracket opens a sentence (most notes, at C speed)
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label != "publisher-place":
            continue
        start = next((k for k in range(a - 1, -1, -1) if tokens[k].text in _BRACKETS), -1)
        end = next((k for k in range(b, len(tokens)) if tokens[k].text in _BRACKETS), -1)
        if start < 0 or end < 0 or tokens[start].text not in _OPENS:
            continue
        if tokens[end].text not in _CLOSES:
            continue
        if _imprint_prose(tokens, out, j, start, b):
            continue  # `(London: privately printed)`: the note's one imprint, its place first
        inside = [run for run in out if run[1] < end and run[2] > start + 1]
        if any(kind not in (OTHER, "publisher-place") for kind, _, _ in inside):
            continue
        prose = sum(
            tokens[k].text.isalpha()
            for kind, c, d in inside
            if kind == OTHER
            for k in range(max(c, start + 1), min(d, end))
        )
        if prose >= _MIN_PROSE:
            out[j] = (OTHER, a, b)
    return out


def _imprint_prose(tokens: list[Token], out: list[Run], j: int, start: int, b: int) -> bool:
    """Whether place run `j` opens the bracket at `start` and a colon and a lower-case word
    follow it, in a note with no other place: `(London: privately printed)` is an imprint,
    `(Happy Days: The Production Notebook)` a title."""
    if out[j][1] != start + 1 or b + 1 >= len(tokens) or tokens[b].text != ":":
        return False
    if not tokens[b + 1].text[:1].islower():
        return False
    return not any(kind == "publisher-place" and k != j for k, (kind, _, _) in enumerate(out))


_PUBLISHER_WORDS: Final = 6  # words of a publisher's name left to no field at most


def unlabelled_publisher(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a publisher the model left to no field after the place and its colon
    (`Manila: ADB.`, German's `Köln: Böhlau 1990` with the year right after it), when the
    note names no publisher: after a place's colon comes its publisher."""
    j = unlabelled_after(found, "publisher-place", "publisher")
    if j is None:
        return list(found)
    _, c, d = found[j]
    if tokens[c].text != ":" or c + 1 >= d:
        return list(found)
    end = c + 1
    while end < d and tokens[end].text.isalnum() and tokens[end].text[0].isupper():
        end += 1
    closed = end == len(tokens) or tokens[end].text in ".,;"
    closed = closed or (end == d and tokens[end].text.isdigit())  # `Köln: Böhlau 1990`
    if end == c + 1 or end - c - 1 > _PUBLISHER_WORDS or not closed:
        return list(found)
    rest = [(OTHER, end, d)] if end < d else []
    return [*found[:j], (OTHER, c, c + 1), ("publisher", c + 1, end), *rest, *found[j + 1 :]]
