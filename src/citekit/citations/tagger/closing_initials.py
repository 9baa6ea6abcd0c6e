"""Initials that close or join a person's name: a double given name's initials kept whole
(`К.-Ж.`), a name cut where its initials close it and a word goes on, and the names in direct
order (`I. I. Family`) that open a title run after such a name."""

from __future__ import annotations

import functools

from citekit.citations._words import lower
from citekit.citations.names import family_suffixes
from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.heads import (
    CLOSING_INITIALS,
    INITIAL_HYPHENS,
    capitalised,
    glued_inside,
    initial_word,
)
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = [
    "ampersand_author",
    "direct_names_on",
    "glued_initial",
    "hyphenated_initials",
    "initials_close",
    "inverted_name_end",
]


def hyphenated_initials(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a double given name's initials kept whole (`Токаев К.-Ж.`, `Sartre J.-P.`,
    `К.-Ж. Токаев`): an initial, its period, a hyphen and an initial written with no space are
    one person's, whatever run the model gave them to, unless it read them as the place
    (`Иванов И.И.-М.: Наука`, a GOST dash written with no space before `М.`)."""
    edits: list[tuple[int, int, str]] = []
    for label, a, b in found:
        if label not in PERSONS:
            continue
        # `К.-Ж. Токаев`: the first initial, its period and the hyphen before the run
        if a >= 3 and b - a >= 2 and _glued_initials(tokens, a - 3):
            edits.append((a - 3, a, label))
        # `Токаев К.-Ж.`: the hyphen, the second initial and its period after the run
        if b >= 2 and b + 3 <= len(tokens) and _glued_initials(tokens, b - 2):
            edits.append((b, b + 3, label))
    if not edits:
        return list(found)
    labels = [label for label, a, b in found for _ in range(a, b)]
    # an initial the model read as the place stays the place
    edits = [e for e in edits if "publisher-place" not in labels[e[0] : e[1]]]
    if not edits:
        return list(found)
    for a, b, label in edits:
        labels[a:b] = [label] * (b - a)
    return runs(labels)


def inverted_name_end(tokens: list[Token], k: int) -> int | None:
    """The end of `Family, I. I.` (or `Family, S.-C.`) written from token k, or None."""
    n = k
    while n < len(tokens) and tokens[n].text.isalpha() and tokens[n].text[:1].isupper():
        n += 1
        if n + 1 < len(tokens) and tokens[n].text in INITIAL_HYPHENS and glued_inside(tokens, n):
            n += 1  # `Masson-Delmotte`
    if n == k or n >= len(tokens) or tokens[n].text != ",":
        return None
    n += 1
    start = n
    while n + 1 < len(tokens) and initial_word(tokens[n].text) and tokens[n + 1].text == ".":
        n += 2
        if n + 1 < len(tokens) and tokens[n].text in INITIAL_HYPHENS and glued_inside(tokens, n):
            n += 1  # `S.-C.`
    return n if n > start else None


def ampersand_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the last author after `&` read as such where the model opened the title
    with it (`Gaybullaev, B., Chen, S.-C. & Gaybullaev, D. Changes in …`): an author's run
    right before, the name inverted with its initials, and the title's words after."""
    for j in range(1, len(found)):
        label, a, b = found[j]
        if label != "title" or tokens[a].text != "&" or found[j - 1][0] != "author":
            continue
        if found[j - 1][2] != a:
            continue
        end = inverted_name_end(tokens, a + 1)
        if end is None or end >= b - 1 or not tokens[end].text[:1].isupper():
            continue
        labels = [lab for lab, c, d in found for _ in range(c, d)]
        labels[a:end] = [OTHER] + ["author"] * (end - a - 1)
        return runs(labels)
    return found


def glued_initial(tokens: list[Token], i: int) -> bool:
    """Whether tokens i … i+2 are an initial, its period and a hyphen, with no space between
    them (`К.-`)."""
    three = tokens[i : i + 3]
    if len(three) < 3 or three[1].text != "." or three[2].text not in INITIAL_HYPHENS:
        return False
    if not initial_word(three[0].text):
        return False
    return three[1].start == three[0].end and three[2].start == three[1].end


def _glued_initials(tokens: list[Token], i: int) -> bool:
    """Whether tokens i … i+4 are an initial, a period, a hyphen, an initial and a period, with
    no space between them (`К.-Ж.`)."""
    if i + 5 > len(tokens) or not glued_initial(tokens, i):
        return False
    second, period = tokens[i + 3], tokens[i + 4]
    if period.text != "." or not initial_word(second.text):
        return False
    return second.start == tokens[i + 2].end and period.start == second.end


@functools.cache
def _articles() -> frozenset[str]:
    """The articles that open a title, never a given name (`[words] articles`: `the`)."""
    return frozenset(w.casefold() for w in shipped_words("articles"))


def initials_close(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a person's run cut where initials close a name and a word goes on
    (`Сысоева, Л. И. Тревога …`, `Бекжанов, Ә. Диана Мендібаева — …`): a family name with two
    initials, or a Cyrillic one with any, has no given word after them. The words cut off open
    the title when the title's run comes next (or, after an author, the note has none); before
    `: Publisher` they are the place."""
    out = list(found)
    titled = any(label == "title" for label, _, _ in found)
    placed = any(label == "publisher-place" for label, _, _ in found)
    j = 0
    while j < len(out):
        label, a, b = out[j]
        cut = _closed_by_initials(tokens, marks, a, b) if label in PERSONS else None
        if cut is not None:
            nxt = next((k for k in range(j + 1, len(out)) if out[k][0] != OTHER), None)
            if nxt is not None and out[nxt][0] == "title":
                out[j : nxt + 1] = [(label, a, cut), ("title", cut, out[nxt][2])]
            else:
                rest = "title" if label == "author" and not titled else OTHER
                if b < len(tokens) and tokens[b].text == ":" and not placed:
                    rest = "publisher-place"  # `/ ред. Бекмағанбетова М. Астана: …`
                out[j : j + 1] = [(label, a, cut), (rest, cut, b)]
            titled = True
        j += 1
    return out


def _closed_by_initials(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where a name of run a..b ends when its initials close it and a word follows them."""
    for p in range(a, b):
        if p > a and tokens[p - 1].text not in ",;" and "and" not in marks[p - 1]:
            continue
        family = tokens[p].text
        if not (capitalised(family) and len(family) > 1):
            continue
        i = p + 1 + (p + 1 < b and tokens[p + 1].text == ",")
        count = 0
        while i + 1 < b and initial_word(tokens[i].text) and tokens[i + 1].text == ".":
            i, count = i + 2, count + 1
        if count == 0 or i >= b or not capitalised(tokens[i].text) or "and" in marks[i]:
            continue
        if tokens[i].text.casefold() in _articles():
            return i  # `Ignatius D. The U.S. must …`: an article opens no name
        if i + 1 < b and tokens[i + 1].text == ".":
            continue  # one more initial, `Ch.`
        if i + 2 < len(tokens) and initial_word(tokens[i + 1].text) and tokens[i + 2].text == ".":
            continue  # the next name of a list written without commas, `Петров П. П.`
        if count >= CLOSING_INITIALS or _cyrillic(family):
            return i
    return _direct_closed(tokens, marks, a, b)


def _direct_closed(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> int | None:
    """Where a Cyrillic name in direct order that opens run a..b ends when a word follows its
    family name (`Н. Гадельшин Қасым-Жомарт …`): initials, then one family name."""
    end = _direct(tokens, a, b)
    if end is None or end >= b or not _cyrillic(tokens[end - 1].text):
        return None
    word = tokens[end].text
    if not capitalised(word) or "and" in marks[end]:
        return None
    return None if end + 1 < b and tokens[end + 1].text == "." else end


def _direct(tokens: list[Token], k: int, b: int) -> int | None:
    """Where a name in direct order that starts at token `k` ends: initials, then one family
    name, hyphenated or not (`Д. Е. Ширяев-Волков`) or closed by a `[names] family_suffix`."""
    i = k
    while i + 1 < b and initial_word(tokens[i].text) and tokens[i + 1].text == ".":
        i += 2
    if i == k or i >= b or not (capitalised(tokens[i].text) and len(tokens[i].text) > 1):
        return None
    i += 1
    while (
        i + 1 < b
        and tokens[i].text in "-‐"
        and glued_inside(tokens, i)
        and capitalised(tokens[i + 1].text)
    ):
        i += 2
    if i < b and lower(tokens[i].text) in family_suffixes():
        i += 1  # `А. Жансүгір қызы`: the word that closes a family name of two words
    return i


def direct_names_on(tokens: list[Token], out: list[Run], a: int, b: int) -> list[Run]:
    """The names in direct order that open a title run `a..b` and go on a list of such names
    before it (`О. П. Петлюра, М. Й. Андрієвич Історія козацтва`: after a person `I. I.
    Family` and a comma, initials and a family name are the list's next name), as runs of the
    person's label and the commas between; none when the run opens with no such name."""
    if len(out) < 2 or out[-2][0] not in PERSONS or out[-1][0] != OTHER:
        return []
    label, s, e = out[-2]
    if [t.text for t in tokens[out[-1][1] : out[-1][2]]] != [","] or _direct(tokens, s, e) != e:
        return []
    names: list[Run] = []
    k = a
    while (end := _direct(tokens, k, b)) is not None and end < b:
        names.append((label, k, end))
        if tokens[end].text != "," or end + 1 >= b:
            break
        names.append((OTHER, end, end + 1))
        k = end + 1
    if names and names[-1][0] == OTHER:
        names.pop()
    return names


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)
