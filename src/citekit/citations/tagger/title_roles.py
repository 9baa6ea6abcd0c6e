"""A role word closes no title. Chicago and İSNAD write a work's editor or translator after its
title and a comma (`The Ottoman Empire, trans. Norman Itzkowitz`, `Divan, haz. Ali Kaya`): the
role word, its period glued, before a person's run (past the lower-case words of its phrase:
`hrsg. von`, `trad. par`), is the role's label, never the title's last word, however the model
read it. So the run before that comma is the work's: a name alone
opening the note there (`Manas, Çev.: Naciye Yıldız, Ankara: …`), in a note with no other
title (a title read right after the place and its comma is the publisher: `Ankara, Kültür
Bakanlığı, 1995`), is the title, never its author; a title's run and a host's that meet with no mark
between them there (`The Cambridge History of Inner` + `Asia, ed. Nicola Di Cosmo (…)`) are
one title (a host is set off by a mark or a word)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import PERSONS, ROLES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = [
    "role_after",
    "role_colon_after_title",
    "role_word_after_title",
    "role_word_alone",
    "run_before_role",
    "title_before_statement",
]

_TITLE: Final = "title"


def role_word_after_title(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with a role word (and its comma) that ends a title's run before a person's
    run given back to no field (`…, 1300–1600, trans. Norman Itzkowitz`)."""
    out = list(labels)
    if marks_union(marks).isdisjoint(ROLES):
        return out  # no role word in the note (most notes): one look-up
    n = len(tokens)
    for k in range(1, n - 2):
        if out[k] != _TITLE or out[k + 1] == _TITLE or tokens[k + 1].text != ".":
            continue  # the cheap test first: a title's last token before a period
        if tokens[k + 1].start != tokens[k].end or tokens[k - 1].text != ",":
            continue
        role = marks[k] & ROLES.keys()
        if not role or out[_phrase_end(tokens, marks, role, k + 2)] not in PERSONS:
            continue
        out[k - 1] = out[k] = OTHER
    return out


def _phrase_end(tokens: list[Token], marks: list[set[str]], role: set[str], p: int) -> int:
    """Where the person's run after a role word's period starts: past the lower-case words
    the role's phrase goes on with (`hrsg. von`, `trad. par`)."""
    while p + 1 < len(tokens) and tokens[p].text.islower() and marks[p] & role:
        p += 1
        if tokens[p].text == "." and tokens[p].start == tokens[p - 1].end and p + 1 < len(tokens):
            p += 1  # `Yay. haz. Reşid`: the phrase's second word shortened too
    return p


def role_after(tokens: list[Token], marks: list[set[str]], b: int) -> bool:
    """Whether a comma and a role word with its glued period follow the run ending at `b`."""
    return (
        b + 2 < len(tokens)
        and tokens[b].text == ","
        and bool(marks[b + 1] & ROLES.keys())
        and tokens[b + 2].text == "."
        and tokens[b + 2].start == tokens[b + 1].end
    )


def _stop_role(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether a full stop and a role word follow the initial-less words a..b that open the
    note (`Geschichte Zentralasiens. Hrsg. von Jürgen Paul.`): a name is followed by its
    work's title, never by the editor of a work not yet named, so the words are that title."""
    if b + 3 >= len(tokens) or tokens[b].text != ".":
        return False
    if any(len(t.text) == 1 and t.text.isupper() for t in tokens[a:b]):
        return False  # `Paul J. Hrsg.`: a person's name with its initial
    return (
        bool(marks[b + 1] & ROLES.keys())
        and tokens[b + 2].text == "."
        and tokens[b + 2].start == tokens[b + 1].end
    )


def run_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run before a comma and a role word read as the work's title (see the
    module's doc)."""
    if marks_union(marks).isdisjoint(ROLES):
        return found  # no role word in the note (most notes): one look-up
    named = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(named) < _RUNS:
        return found
    j, h = named[0], named[1]
    label, a, b = found[j]
    if label == _TITLE and a == 0 and role_after(tokens, marks, b):
        return _author_in_title(tokens, found, j)
    stopped = label == "author" and _stop_role(tokens, marks, a, b)
    if label in _HEADS and a == 0 and (role_after(tokens, marks, b) or stopped):
        placed = _placed_publishers(tokens, found)
        # (after a full stop, a title run past the person's is the misread imprint: `Bilge
        # Kağan. Haz. Ahmet Taşağıl. Ankara: TTK, 2004`)
        looked = [run for run in placed if not stopped or run[1] < found[h][1]]
        if any(run[0] == _TITLE for run in looked) or found[h][0] not in PERSONS:
            return found
        if any(t.text in ",;&" for t in tokens[a:b]):
            return found  # `Kaya, Ahmet, çev.`: a person's inverted name
        return [*placed[:j], (_TITLE, a, b), *placed[j + 1 :]]
    host, c, d = found[h]
    if label != _TITLE or host != "container-title" or not role_after(tokens, marks, d):
        return found
    # … a lower-case word between them is the title's (`Central Asia in Historical Perspective`)
    between = tokens[b:c]
    if len(between) > 1 or any(not (t.text.isalpha() and t.text.islower()) for t in between):
        return found
    if any(tokens[k].start - tokens[k - 1].end != 1 for k in range(b, c + 1)):
        return found  # a mark or a line between them
    return [*found[:j], (_TITLE, a, d), *found[h + 1 :]]


def _placed_publishers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with title runs that stand right after the place and its comma read as the
    publisher (İSNAD's `Ankara, Kültür Bakanlığı, 1995`), when every title run stands so."""
    at = [i for i, run in enumerate(found) if run[0] == _TITLE]
    if not at:
        return found
    placed = [
        i
        for i in at
        if i >= _RUNS
        and found[i - 1][0] == OTHER
        and [t.text for t in tokens[found[i - 1][1] : found[i - 1][2]]] == [","]
        and found[i - 2][0] == "publisher-place"
    ]
    if placed != at:
        return found
    return [("publisher", a, b) if i in at else (lb, a, b) for i, (lb, a, b) in enumerate(found)]


def _author_in_title(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with a title's run that opens the note, holds one comma and goes on to the
    role word read as the author before its comma and the title after it (`Ebu'l-Kasım
    Firdevsi, Şehname, çev. Necati Lugal`), when the words before are a name's: two to four
    capitalised words, and the note names no author."""
    _, a, b = found[j]
    commas = [k for k in range(a, b) if tokens[k].text == ","]
    if len(commas) != 1 or any(run[0] == "author" for run in found):
        return found
    comma = commas[0]
    words = [t.text for t in tokens[a:comma] if t.text[:1].isalpha()]
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or comma + 1 >= b:
        return found
    if not all(w[:1].isupper() or (w.islower() and len(w) == 1) for w in words):
        return found  # `Ebu'l-`: its glued letter
    head: list[Run] = [("author", a, comma), (OTHER, comma, comma + 1), (_TITLE, comma + 1, b)]
    return [*found[:j], *head, *found[j + 1 :]]


_NAME_WORDS: Final = (2, 4)  # capitalised words of a name before the title's comma


_RUNS: Final = 2  # the work's run and the person's after the role word
_HEADS: Final = frozenset({"author", "editor"})  # a name read before the role word as its own


def role_colon_after_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a role word written out before its colon (`Divan, Hazırlayan: Mustafa
    Tatçı`, `Title, Çeviren: Aykut Kazancıgil`) taken out of the title run that ends with it:
    the person's run after the colon is the role's, the word no part of the title; and the
    run before it read as the title when the note has none (`Türk Dünyası El Kitabı,
    Editör: …`)."""
    if marks_union(marks).isdisjoint(ROLES):
        return found  # no role word in the note (most notes): one look-up
    if (
        len(found) > 2
        and not any(run[0] == _TITLE for run in found)
        and _work_before_role(tokens, marks, found)
    ):
        return [(_TITLE, found[0][1], found[0][2]), *found[1:]]
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label not in _TITLES or b - a < _ROLE_TAIL + 1 or found[j + 1][0] not in PERSONS:
            continue
        comma, role, colon = b - 3, b - 2, b - 1
        if tokens[comma].text != "," or tokens[colon].text != ":":
            continue
        if not marks[role] & ROLES.keys():
            continue
        return [*found[:j], (label, a, comma), (OTHER, comma, b), *found[j + 1 :]]
    return found


def _work_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> bool:
    """Whether the note opens with a run the model called an author, then `, Role:` and the
    role's person (`Türk Dünyası El Kitabı, Editör: Ahmet Yılmaz`): no author stands so."""
    (label, a, b), (gap, c, d), person = found[0], found[1], found[2][0]
    if label != "author" or a != 0 or gap != OTHER or person not in PERSONS or b != c:
        return False
    words = [t.text for t in tokens[c:d]]
    if len(words) != _ROLE_TAIL or words[0] != "," or words[2] != ":":
        return False
    return bool(marks[c + 1] & ROLES.keys()) and "," not in (t.text for t in tokens[a:b])


_TITLES: Final = frozenset({_TITLE, "container-title"})
_ROLE_TAIL: Final = 3  # `, Hazırlayan :` closing the title's run


def title_before_statement(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the run before a statement of responsibility's slash read as the title
    when the note has none (`Kutadgu Bilig / Yusuf Has Hacib; çev. R. R. Arat.`): the persons
    after the slash wrote the work the slash closes, no second author before them."""
    if "/" not in text_set(tokens) or len(found) < _RUNS + 1:
        return found  # no slash (most notes)
    if any(run[0] == _TITLE for run in found):
        return found  # most notes have a title
    (label, a, b), (gap, c, d), person = found[0], found[1], found[2][0]
    if label != "author" or a != 0 or gap != OTHER or b != c or person not in PERSONS:
        return found
    if tokens[c].text != "/" or not all(
        marks[k] & ROLES.keys() or not tokens[k].text.isalnum() for k in range(c + 1, d)
    ):
        return found  # `/ Yusuf Has Hacib`, `/ çeviren: Abdülbaki Gölpınarlı`
    return [(_TITLE, a, b), *found[1:]]


def role_word_alone(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a run of role words alone before a person's run given to no field
    (`/ Составитель А. Иванов`): the role names the person, no host or title."""
    if marks_union(marks).isdisjoint(ROLES):
        return found  # no role word in the note (most notes): one look-up
    out = list(found)
    for j in range(len(found) - 1):
        label, a, b = found[j]
        if label == OTHER or label in PERSONS or found[j + 1][0] not in PERSONS:
            continue
        words = [k for k in range(a, b) if tokens[k].text.isalpha()]
        if words and all(marks[k] & ROLES.keys() for k in words):
            out[j] = (OTHER, a, b)
    return out
