"""A host's editor named before a bracketed role word (`In: SILVA, M. (org.). Geopolítica. São
Paulo: Contexto, 2010`: ABNT NBR 6023's chapter, `In: BROWN, M. (ed.).`): the name after `In:`
is the host's editor, whatever run the model laid over it, and the host's title follows it; a
place's run that took that title in gives it back."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import name_joins
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["editor_before_role", "editor_opens_note", "role_before_named_bracket"]

_NAMED: Final = frozenset({"container-title", "author", "title"})
_PLACE: Final = frozenset({"cities", "places"})
_SEPARATORS: Final = frozenset({".", ","})
_EDITED: Final = frozenset({"container-title", "author"})  # what the model made of an edited work
_LONGEST_ROLE: Final = 4  # tokens inside the brackets at most (`( orgs . )`)
_LONGEST_NAME: Final = 8  # tokens of a name before its bracketed role (`Ahmet Yaşar Ocak`)
_LONGEST_NAMES: Final = 16  # … of inverted names (`Laruelle, M., & Peyrouse, S.`)
_NAME_MARKS: Final = frozenset({".", ","})


def _role_end(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where the bracketed editor's word opening at token k ends (past its `)`), or None."""
    for e in range(k + 1, min(len(tokens), k + _LONGEST_ROLE + 2)):
        if tokens[e].text == ")":
            inner = range(k + 1, e)
            if inner and all("editor" in marks[i] or _cased(tokens, i) for i in inner):
                return e + 1
            return None
    return None


def _cased(tokens: list[Token], i: int) -> bool:
    """Whether token i is an editor's word read only as written (`der.`: `[words]
    editor_cased`) or its period."""
    return tokens[i].text == "." or tokens[i].text in _cased_words()


@functools.cache
def _cased_words() -> frozenset[str]:
    """The `[words] editor_cased` words without their period (`der`)."""
    return frozenset(w[:-1] for w in shipped_words("editor_cased") if w.endswith("."))


def editor_before_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the name between `In:` and a bracketed editor's word read as the editor,
    the title after it as the host's when the part's title came before, and a place's run
    after it split where the host's title ends (a period, then a place)."""
    if "(" not in text_set(tokens) or "in" not in marks_union(marks):
        return list(found)  # no bracket or no `In` (most notes): two look-ups
    if "editor" in (run[0] for run in found):
        return list(found)
    for j in range(1, len(found) - 1):
        label, a, b = found[j]
        gap, c, _d = found[j + 1]
        if label not in _NAMED or gap != OTHER or c != b or tokens[c].text != "(":
            continue
        if a < 2 or ("in" not in marks[a - 1] and "in" not in marks[a - 2]):
            continue
        end = _role_end(tokens, marks, c)
        if end is None:
            continue
        out = [*found[:j], ("editor", a, b), *found[j + 1 :]]
        d = found[j + 1][2]
        start = end + 1 if end < d and tokens[end].text in _SEPARATORS else end
        stop = d - 1 if d - 1 > start and tokens[d - 1].text in _SEPARATORS else d
        hosted = any(run[0] == "container-title" for run in out)
        if not hosted and start < stop and tokens[start].text[:1].isupper():
            # the host's title the gap's run took in: `(eds.) Public Diplomacy.`
            gap_runs = [(OTHER, c, start), ("container-title", start, stop)]
            out[j + 1 : j + 2] = [*gap_runs, *([(OTHER, stop, d)] if stop < d else [])]
            return out
        titled = "title" in (run[0] for run in found[:j])
        if j + 2 < len(out) and out[j + 2][0] == "title" and titled:
            out[j + 2] = ("container-title", out[j + 2][1], out[j + 2][2])  # the host's title
        if j + 2 < len(out) and out[j + 2][0] == "publisher-place":
            _, e, f = out[j + 2]
            dot = next((k for k in range(f - 2, e, -1) if tokens[k].text == "."), None)
            if dot is not None and all(_PLACE & marks[k] for k in range(dot + 1, f)):
                host = [("container-title", e, dot), (OTHER, dot, dot + 1)]
                out[j + 2 : j + 3] = [*host, ("publisher-place", dot + 1, f)]
        return out
    return list(found)


def _name_shaped(tokens: list[Token], c: int) -> bool:
    """Whether tokens 0..c are one name or a few: capitalised words and initials, with their
    periods, an inverted name's comma (`Gökbel, A.`) and the `and` words between names."""
    if not 0 < c <= _LONGEST_NAMES or not tokens[0].text[:1].isupper():
        return False
    listed = any(t.text == "," or _join(tokens, k) for k, t in enumerate(tokens[:c]))
    if c > _LONGEST_NAME and not listed:
        return False  # one name is short; a list has its commas or joins
    words = [
        t.text
        for k, t in enumerate(tokens[:c])
        if t.text not in _NAME_MARKS and not _join(tokens, k)
    ]
    return len(words) >= 2 and all(_name_word(w) for w in words)


def _join(tokens: list[Token], k: int) -> bool:
    """Whether token k joins two names: an `and` word, or a dash spaced on both sides (`Kemal
    Yavuz - M. A. Yekta Saraç (haz.)`: Turkish joins co-editors so)."""
    text = tokens[k].text
    if text in name_joins():
        return True
    if text not in DASHES or k == 0 or k + 1 >= len(tokens):
        return False
    return tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start


def _name_word(word: str) -> bool:
    """Whether a word may be part of a name: capitalised letters, a hyphen or apostrophe inside
    (`Carrère-d'Encausse`)."""
    plain = word.replace("-", "").replace("'", "").replace("’", "")
    return plain.isalpha() and word[0].isupper()


def _listed(tokens: list[Token], c: int) -> bool:
    """Whether tokens 0..c are names in direct order listed by commas, each of two words or
    more (`Kemal Çiçek, Salim Koca`; not the inverted `Gökbel, A.`)."""
    cuts = [k for k in range(c) if tokens[k].text == ","]
    bounds = zip([-1, *cuts], [*cuts, c], strict=True)
    return bool(cuts) and all(
        sum(len(t.text) > 1 and t.text.isalpha() for t in tokens[a + 1 : b]) >= 2
        and "." not in {t.text for t in tokens[a + 1 : b]}
        for a, b in bounds
    )


def _editors(tokens: list[Token], c: int) -> list[Run]:
    """The editors' runs in tokens 0..c, split at an `and` word and the comma before it, and
    at each comma of a list of names in direct order."""
    runs: list[Run] = []
    start = 0
    listed = _listed(tokens, c)
    for k in range(c):
        if listed and tokens[k].text == "," and k > start:
            runs += [("editor", start, k), (OTHER, k, k + 1)]
            start = k + 1
        elif _join(tokens, k) and k > start:
            stop = k - 1 if tokens[k - 1].text == "," else k
            runs += [("editor", start, stop), (OTHER, stop, k + 1)]
            start = k + 1
    return [*runs, ("editor", start, c)]


def editor_opens_note(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the names that open a note before a bracketed editor's word read as the
    editors (`Ahmet Yaşar Ocak (haz.), Türk Sufiliğine Bakışlar, …`, `Adeeb Khalid (ed.),`,
    `Gökbel, A. (ed.), …`, `Yılmaz, A. ve Kaya, B. (haz.),`): whatever the model made of
    them, the work they edited follows, its title the run right after the role."""
    if not tokens or "(" not in text_set(tokens):
        return list(found)  # no bracket (most notes)
    # a cased editor's word (`_cased` of a token that is no period: the words are no period)
    if "editor" not in marks_union(marks) and _cased_words().isdisjoint(text_set(tokens)):
        return list(found)  # no editor's word
    c = next((k for k, t in enumerate(tokens) if t.text == "("), len(tokens))
    end = _role_end(tokens, marks, c) if _name_shaped(tokens, c) else None
    if end is None:
        return list(found)
    rest = _title_from(
        tokens,
        end,
        [run if run[1] >= end else (run[0], end, run[2]) for run in found if run[2] > end],
    )
    if any(run[0] == "editor" and run[1] == 0 for run in found):
        # the model read the editors: the role's words no title's (`Baker, R., and S. Khan
        # (eds.) Water and Power`), however it split the names
        head = [run for run in found if run[2] <= c]
        if head[-1:] and head[-1][2] == c and "title" in (run[0] for run in rest):
            return [*head, (OTHER, c, end), *rest]
        return list(found)
    if "title" not in (run[0] for run in rest):
        # the model read the names as a part's title and the edited work as its host, or a
        # title of one word as a name (`Hasan Celal Güzel (ed.), Türkler, C. 8, …`)
        first = next((i for i, run in enumerate(rest) if run[0] != OTHER), None)
        if first is not None and rest[first][0] == "publisher-place":
            rest[first : first + 1] = _place_split(tokens, rest[first])
        if first is None or rest[first][0] not in _EDITED or rest[first][1] > end + 1:
            return list(found)
        rest[first] = ("title", rest[first][1], rest[first][2])
    return [*_editors(tokens, c), (OTHER, c, end), *rest]


def _place_split(tokens: list[Token], run: Run) -> list[Run]:
    """A place's run that took in the edited work's title before its comma (`Türkler,
    Ankara`) split there: the title's run (read as a host's, as the model reads such a
    work), the comma, the place."""
    _, a, b = run
    comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
    if comma is None:
        return [run]
    return [
        ("container-title", a, comma),
        (OTHER, comma, comma + 1),
        ("publisher-place", comma + 1, b),
    ]


def _title_from(tokens: list[Token], end: int, rest: list[Run]) -> list[Run]:
    """`rest` with a title's run that the model opened a few capitalised words after the
    role's bracket opened right at it (`(ed.) Russian Eurasianism.`: no words between the
    role and the edited work's title belong to no field)."""
    if len(rest) < 2 or rest[0][0] != OTHER or rest[0][1] != end or rest[1][0] != "title":
        return rest
    words = tokens[end : rest[0][2]]
    if not words or not all(_name_word(t.text) for t in words):
        return rest
    return [("title", end, rest[1][2]), *rest[2:]]


_ROLES: Final = frozenset({"editor", "translator"})


def role_before_named_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a translator's or an editor's one word set off by commas right before a
    bracket whose own role's word names that role's persons inside it, after a title that lists
    words with commas (`Bozkır İmparatorluğu: Attila, Cengiz Han, Timur, (çev. Halil İnan)`),
    given back to the title: the bracket says who the role's persons are, so the word before
    it is the list's last. A bracket
    that holds its role's word alone (`SILVA, M. (org.)`) names the persons before it."""
    if "(" not in text_set(tokens):
        return found
    for j in range(1, len(found) - 2):
        label, a, b = found[j]
        if label not in _ROLES or found[j - 1][0] != OTHER or j < _TWO_BEFORE:
            continue
        title = found[j - 2]
        if title[0] != "title" or tokens[a - 1].text != "," or title[2] != a - 1:
            continue
        if (
            title[1] == 0
            or b - a > _ONE_WORD
            or "," not in (t.text for t in tokens[title[1] : title[2]])
        ):
            continue  # the note's head is its author (`Ibn Haldun, Mukaddime, (çev. …)`); a
            # person's name before the bracket (`…, Ahmet Kaya, (ed. …)`); a title with no list
        k = b
        while k < len(tokens) and tokens[k].text in _SEPARATORS:
            k += 1
        if k + 2 >= len(tokens) or tokens[k].text != "(":
            continue
        inside = next((run for run in found[j + 1 :] if run[1] > k), None)
        if inside is None or inside[0] != label or inside[1] <= k + 1:
            continue  # the bracket's own persons, after its role's word
        if any(t.text == ")" for t in tokens[k + 1 : inside[1]]):
            continue
        return [*found[: j - 2], ("title", title[1], b), *found[j + 1 :]]
    return found


_TWO_BEFORE: Final = 2  # the title and the comma before the role's run
_ONE_WORD: Final = 2  # the role's run: one word and its comma
