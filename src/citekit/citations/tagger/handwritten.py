"""The hand-written book note `Ad Soyad, Eser, haz. X, Yayınevi, Yer, Yıl` (Turkish, Turkmen,
Kazakh notes write their books so): the model may read it as a chapter's `"Title", Host, ed. X`
and call the author's name the title and the work the host. A chapter's title is quoted or its
host opened by an "in" word; with neither, a name-shaped first run before the work, in a note
with an imprint or a role, is the work's author. The imprint `Yayınevi, Yer, Yıl` is read
whole too."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.acronym_publishers import is_acronym
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.countries import country_end
from citekit.citations.tagger.heads import capitalised
from citekit.citations.tagger.lists import person_shaped
from citekit.citations.tagger.opening_names import publishing_body
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS, ROLES, role_before
from citekit.citations.tagger.tokens import Token, text_set

__all__ = [
    "author_before_work",
    "family_after_initial",
    "hand_written",
    "person_after_role",
    "publisher_before_place",
    "publisher_in_place",
]

_QUOTES: Final = frozenset("\"“”«»„‘’'")
_IMPRINT: Final = frozenset({"publisher", "publisher-place", *PERSONS})


def _fields(found: list[Run]) -> list[int]:
    return [j for j, run in enumerate(found) if run[0] != OTHER]


def author_before_work(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with `Name, Work, …` read as author and title when the model read them as a
    title and its host: the note has no author, no quote mark and no "in" word, the two runs
    open the note (a prefix word aside) with a comma between, the first is written as a
    person's name, and an imprint's or a role's run comes after them."""
    labels = [run[0] for run in found]
    if "author" in labels or "title" not in labels or "container-title" not in labels:
        return list(found)
    if not _QUOTES.isdisjoint(text_set(tokens)) or "in" in marks_union(marks):
        return list(found)
    fields = _fields(found)
    if len(fields) < 3:
        return list(found)
    first, second = fields[0], fields[1]
    label, a, b = found[first]
    host, c, d = found[second]
    if label != "title" or host != "container-title":
        return list(found)
    if c - b != 1 or tokens[b].text != ",":
        return list(found)
    if not _IMPRINT & {found[j][0] for j in fields[2:]}:
        return list(found)
    if any("see" not in marks[k] and tokens[k].text.isalnum() for k in range(a)):
        return list(found)  # words before the name that are no prefix
    if not person_shaped(tokens, a, b) or any(t.text.isdigit() for t in tokens[a:d]):
        return list(found)
    out = list(found)
    if publishing_body(tokens, c, d, a):  # `Türkiye Nüfus Araştırması, TÜİK, Ankara, 2018`
        out[second] = ("publisher", c, d)
        return out
    out[first] = ("author", a, b)
    out[second] = ("title", c, d)
    return out


_NAMED: Final = frozenset({"author", "container-title", "title"})
_WORKS: Final = frozenset({"container-title", "title"})
_SERIALS: Final = frozenset({"journal", "newspaper", "conference", "encyclopedia"})
_PLACES: Final = frozenset({"cities", "places"})
_PUBLISHER_WORDS: Final = 5  # a publisher's name in words at most (`Türk Tarih Kurumu Basımevi`)


def _comma(tokens: list[Token], run: Run) -> bool:
    """Whether `run` is a bare comma, or an abbreviation's period and a comma (`Yay.,`)."""
    return run[0] == OTHER and [t.text for t in tokens[run[1] : run[2]]] in ([","], [".", ","])


def _publishes(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b name a publisher: a publisher's word last (`Bilgi Yayınevi`), or a
    body's head word (`Türk Tarih Kurumu`) and no periodical's word."""
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    if not words or len(words) > _PUBLISHER_WORDS:
        return False
    if "publisher" in marks[words[-1]]:
        return True  # `Cumhuriyet Kitapları`: a paper's name before the publisher's word
    serial = any(marks[k] & _SERIALS for k in words)
    return not serial and is_organisation(" ".join(t.text for t in tokens[a:b]))


_BARE_WORDS: Final = 3  # a publisher named without its word (`Yapı Kredi`, `İletişim`)


def _bare_name(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are a short name of capitalised words and nothing else, no place's
    or periodical's (`İletişim, İstanbul, 2010`: a publisher without its publisher's word)."""
    words = [tokens[k].text for k in range(a, b)]
    if not words or len(words) > _BARE_WORDS or not all(capitalised(w) for w in words):
        return False
    return not any(marks[k] & (_SERIALS | _PLACES) for k in range(a, b))


def publisher_before_place(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the hand-written imprint `…, Publisher, Place, Year` read whole: the name
    before `, Place` and the year, after the work is named, is its publisher when a publisher's
    word or a body's word ends it, or a short name alone stands before a known city and a
    year (`Kar, İletişim, İstanbul, 2010`), whatever the model called it (a host, an author,
    the title's last words: `Osmanlı Tarihi, Türk Tarih Kurumu, Ankara, 1983`)."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "publisher-place" not in labels:
        return list(found)
    j = labels.index("publisher-place")
    following = [run for run in found[j + 1 :] if run[0] != OTHER]
    if j < 2 or not _comma(tokens, found[j - 1]) or not following or following[0][0] != "issued":
        return list(found)
    label, a, b = found[j - 2]
    if label not in _NAMED:
        return list(found)
    runs: list[Run] = [("publisher", a, b)]
    if label == "title":
        comma = next((k for k in range(b - 1, a, -1) if tokens[k].text == ","), None)
        if comma is None:  # a title alone is the work's, unless the work went to the authors
            return _work_read_as_author(tokens, marks, found, j)
        runs = [("title", a, comma), (OTHER, comma, comma + 1), ("publisher", comma + 1, b)]
        a = comma + 1
    elif not any(run[0] in ("title", "container-title") for run in found[: j - 2]):
        return list(found)  # the work is named before its imprint
    if not _bare_imprint(tokens, marks, found, j, a, b) and not _publishes(tokens, marks, a, b):
        return list(found)
    return [*found[: j - 2], *runs, *found[j - 1 :]]


def _bare_imprint(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int, a: int, b: int
) -> bool:
    """Whether tokens a..b, before the place run `found[j]`, are a publisher named without its
    word: a short capitalised name before a known city, then a lone year, in a note of no
    issue (`Kar, İletişim, İstanbul, 2010`), or a body's initials alone in a note with no
    quoted part (`İstatistik Göstergeler, TÜİK, Ankara, 2014`: a statistical yearbook)."""
    following = [run for run in found[j + 1 :] if run[0] != OTHER]
    _, p, q = found[j]
    _, y, z = following[0]
    year = z - y == 1 and tokens[y].text.isdigit()  # a book's year, no periodical's day
    if not year or not one_place(marks, p, q) or any(run[0] == "issue" for run in found):
        return False
    if b - a == 1 and is_acronym(tokens[a].text) and not marks[a] & (_SERIALS | _PLACES):
        return _QUOTES.isdisjoint(text_set(tokens))  # a quoted part's host is as often a journal
    return _bare_name(tokens, marks, a, b)


def _work_read_as_author(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> list[Run]:
    """`found` with `Name, Work, Publisher, Place, Year` read so when the model made the work
    a second author and the bare publisher the title (`Zeynep Altun, Türkistan Ceditçiliği,
    Dergâh, İstanbul, 2018`), or the publisher its word closes (`Bahaeddin Ögel, Türk
    Mitolojisi, C. I, Türk Tarih Kurumu Yay., Ankara 1993`): the "author" opens with no given
    name, another name before it."""
    k = j - 3  # the work's run, a volume's (`C. I,`) between it and the imprint aside
    if j < 4 or not _comma(tokens, found[k]):
        return list(found)
    while k > 2 and found[k - 1][0] == "volume" and _comma_first(tokens, found[k - 2]):
        k -= 2
    if found[k - 1][0] != "author":
        return list(found)
    _, c, d = found[k - 1]
    if not any(run[0] == "author" for run in found[: k - 1]) or lower(tokens[c].text) in (
        given_names()
    ):
        return list(found)
    if any(t.text == "," for t in tokens[c:d]):
        return list(found)  # `– Turan, Osman, Türk Tarihi, …`: a name written inverted
    _, a, b = found[j - 2]
    if not _bare_imprint(tokens, marks, found, j, a, b) and not _publishes(tokens, marks, a, b):
        return list(found)
    work = ("title", c, d)
    return [*found[: k - 1], work, *found[k : j - 2], ("publisher", a, b), *found[j - 1 :]]


def _comma_first(tokens: list[Token], run: Run) -> bool:
    """Whether `run` is a bare comma, or a run of no field that a comma opens (`, C.`)."""
    return _comma(tokens, run) or (run[0] == OTHER and tokens[run[1]].text == ",")


def publisher_in_place(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a place run written `Publisher, Place` split at its last comma when the
    note names no publisher (`Türk Tarihi, 3. baskı, Ötüken, İstanbul, 2001`: the hand-written
    imprint names the house before the place): the part after the comma is one place of the
    lexicon, the part before no place, no country and in capitals."""
    labels = [run[0] for run in found]
    if "publisher" in labels or labels.count("publisher-place") != 1:
        return list(found)
    j = labels.index("publisher-place")
    _, a, b = found[j]
    comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
    if comma is None or not one_place(marks, comma + 1, b):
        return list(found)
    if any(marks[k] & _PLACES for k in range(a, comma)) or country_end(tokens, a) is not None:
        return list(found)
    if not all(capitalised(t.text) for t in tokens[a:comma] if t.text.isalpha()):
        return list(found)
    runs = [("publisher", a, comma), (OTHER, comma, comma + 1), ("publisher-place", comma + 1, b)]
    return [*found[:j], *runs, *found[j + 1 :]]


_ROLE_MARKS: Final = frozenset(ROLES)  # the marks of a role's words (`editor`, `translator`, …)


def person_after_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a name the model called the title read as the editor or translator the
    role word just before it names (`Safahat, Haz. Ertuğrul Düzdağ, 5. Baskı`), when a run
    before it may be the work's title (the host it then took for one, or a title)."""
    if _ROLE_MARKS.isdisjoint(marks_union(marks)):
        return list(found)  # no role's word in the note (the common case, at C speed)
    for j, (label, a, b) in enumerate(found):
        if label != "title" or not any(r[0] in _WORKS for r in found[:j]):
            continue
        role = role_before(tokens, marks, a)
        if role is not None and person_shaped(tokens, a, b):
            return [*found[:j], (role, a, b), *found[j + 1 :]]
    return list(found)


def hand_written(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the hand-written book note's facts applied: its editor's or translator's
    name after the role word, its author's family name after a middle initial, its author
    before the work, its imprint."""
    found = family_after_initial(tokens, person_after_role(tokens, marks, found))
    found = author_before_work(tokens, marks, found)
    return publisher_in_place(tokens, marks, publisher_before_place(tokens, marks, found))


_INITIAL: Final = 2  # letters of an initial at most ("H.", "Sh.")


def family_after_initial(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name written `Given I. Family,` whole when the model ended the author at
    the middle initial and gave the family name to the title (`Kemal H. Karpat, İslam'ın
    Siyasallaşması, Çev. …`): one capitalised word and a comma after a given name and an
    initial are the name's end, not the title's start, when a comma ends the title too (the
    note's fields are the comma's; `Family I. Title, …. //` ends its title with a period) and
    the word after it opens a title with a capital (`Абенов Е. Власть, общество, реформы`:
    GOST's family name first, its title going on in small letters)."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        title, c, e = found[j + 1]
        if label != "author" or title != "title" or c != b or e - c < 3:
            continue
        if b - a < 3 or tokens[b - 1].text != "." or any(t.text == "," for t in tokens[a:b]):
            continue
        initial, first = tokens[b - 2].text, tokens[a].text
        if not (initial.isalpha() and initial[0].isupper() and len(initial) <= _INITIAL):
            continue
        if len(first) <= _INITIAL or not capitalised(first):
            continue  # `A. B. Family`: the initials open the name, no given name before
        if e >= len(tokens) or tokens[e].text != ",":
            continue  # `Rejepbaýewa A. Gezsem, dünýäni görsem //`: a title the period closes
        if tokens[c + 2].text[:1].islower():
            continue  # `Абенов Е. Власть, общество, реформы`: no title opens in small letters
        if capitalised(tokens[c].text) and tokens[c + 1].text == ",":
            return [
                *found[:j],
                ("author", a, c + 1),
                (OTHER, c + 1, c + 2),
                ("title", c + 2, e),
                *found[j + 2 :],
            ]
    return list(found)
