"""GOST's title area: what stands between the heading's names and the area's end is one title.

ISBD and GOST write a record in areas: the title area (`Title : other title information`)
ends where the responsibility (`/`), the host (`//`), a bracketed designation (`[Текст]`), a
parallel title (`=`), a language mark (`(англ.)`) or the next area (`. –`, `. —`) begins. The
model may split that area at a period, a comma or a quote into a title and a host, a place or
a date; the pieces are the title's when they join as a title's own words do:

- two title runs at a period (`Famine in the Steppe. The Collectivization …, 1928–1934
  (англ.) //`);
- a piece after a comma or a quote that goes on in small letters (`Материалы конференции
  «…», посвящённой 30-летию …`, `«Жас Алаш» газетінің тарихы`), a name right after a word in
  small letters (`… 80-летию академика М. К. Козыбаева`), the rest of a name whose initial
  the title's run ended on (`… академика Ш` + `. Ш. Уалиханова`), the words in small letters
  a quoted name is the head of (`«Ұлы дала» тұжырымдамасы`);
- a bracketed place and date after the title, a meeting's (`Труды … конгресса тюркологов
  (Туркестан, 9–11 октября 2014 г.). – Туркестан, 2014`).

A year with its word at the head of the area before a host's `//` (`1986 ж. Желтоқсан
оқиғасы: … // Жас Алаш. – 2016.`) is the title's; the host gives the date.

A title never opens with a joining word in small letters (`және`, `и`, `ve`): the name the
model read as a second author before it is the title's head (`Жүсіпбеков А. Ә. Бөкейханов Ә.
Н. және «Қазақ» газеті //`).

A hyphen glued to the words on both sides joins one word (`Ex-President`): a run of more
than three words that the model ended at it as an author, before the title that opens right
after it, is the title's head (`Kazakhstan Renames Capital After Ex-President (англ.). BBC
News`); a person's name is not four words and half of one. After initials, only the words
past them are the title's (`Колесникова-Семенов В. И. Олимпиаду-2024 решили …`).

A piece after a sentence's period, or a capitalised one after a comma or quote (`Статья.
Вестник КазНУ. – 2015`), may be a host and stays as read; so does any other field (a volume,
an imprint outside brackets).
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import is_initial
from citekit.citations.tagger.persons import PERSONS
from citekit.citations.tagger.places import PLACE_MARKS
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import DASHES, LONG_DASHES, Token, text_set

__all__ = ["title_area"]

_JOINS: Final = frozenset({"title", "container-title"})  # what opens the area, or goes on
_CLOSING: Final = frozenset(QUOTES.values())
_MARK: Final = 4  # `( англ . )`: a language mark's tokens


def _area_end(tokens: list[Token], s: int) -> int | None:
    """Where the title area from token `s` ends, when a GOST area's end (`//` or `. –`) is in
    the note at or after it, else None."""
    depth = 0
    end: int | None = None
    for k in range(s + 1, len(tokens) - 1):
        text = tokens[k].text
        if text == "(" and depth == 0 and _mark(tokens, k):
            end = k if end is None else end
        elif text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        if depth:
            continue
        following = tokens[k + 1].text
        if text == "/" and following == "/":
            return k if end is None else end
        # `. –`, and a hyphen typed for the dash (`. -`, `.-`)
        if text == "." and following in DASHES:
            return k if end is None else end
        if end is None and text in "/[=":
            end = k
    return None


def _mark(tokens: list[Token], k: int) -> bool:
    """Whether a language mark opens at token `k`: `(англ.)`, `(рус.)`, `(фр.)`."""
    if k + _MARK > len(tokens):
        return False
    word = tokens[k + 1].text
    return (
        tokens[k + 2].text == "."
        and tokens[k + 3].text == ")"
        and word.isalpha()
        and word.islower()
    )


def _closing(tokens: list[Token], k: int) -> int:
    """The `)` that closes the bracket opening at token `k`, or -1."""
    depth = 0
    for i in range(k, len(tokens)):
        if tokens[i].text == "(":
            depth += 1
        elif tokens[i].text == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _meetings(tokens: list[Token], s: int, e: int) -> list[tuple[int, int]]:
    """The brackets between tokens `s` and `e` that hold a meeting's place and date: a comma,
    then a year after a day or month (`(Алматы, 10 декабря 2021 г.)`), as (open, close)."""
    out: list[tuple[int, int]] = []
    for k in range(s + 1, e):
        if tokens[k].text != "(" or (out and k < out[-1][1]):
            continue
        close = _closing(tokens, k)
        if close < 0 or close >= e:
            continue
        inner = [t.text for t in tokens[k + 1 : close]]
        if "," not in inner:
            continue
        year = next((i for i, w in enumerate(inner) if len(w) == 4 and w.isdigit()), None)
        if year is not None and year > inner.index(",") + 1:
            out.append((k, close))
    return out


def _meeting_end(tokens: list[Token], meetings: list[tuple[int, int]], b: int) -> int:
    """Past the meeting's bracket that the title ending at token `b` runs into or that follows
    it after its closing quotes, else `b`."""
    for k, close in meetings:
        if k < b <= close or all(t.text in _CLOSING for t in tokens[b:k]):
            return close + 1
    return b


def _initialled(tokens: list[Token], k: int, b: int) -> bool:
    """Whether token `k` is an initial and tokens `k + 2`..`b` more initials and the family
    name they go with (`Ш` + `. Ш. Уалиханова`)."""
    words = [t.text for t in tokens[k:b]]
    if len(words) < 3 or not all(is_initial(w) for w in words[:-1:2]):
        return False
    return all(w == "." for w in words[1:-1:2]) and len(words) % 2 == 1 and len(words[-1]) > 1


def _head_noun(tokens: list[Token], b: int, e: int) -> int:
    """`e` when tokens `b`..`e` are a closing quote and the words in small letters that the
    quoted name is the head of (`«Ұлы дала» тұжырымдамасы`), else `b`."""
    k = b
    while k < e and tokens[k].text in _CLOSING:
        k += 1
    if k in (b, e) or not all(_small(tokens, i) for i in range(k, e)):
        return b
    return e


def _dated_head(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int, e: int
) -> bool:
    """Whether the run `found[j]`, a year and its word (`1986 ж.`, `1916 г.`), opens the title
    area before a host's `//`, a title following it, the host's own date after it."""
    _, a, b = found[j]
    if not (tokens[a].text.isdigit() and b - a in (2, 3) and "year" in marks[a + 1]):
        return False  # `2011 жылғы 11 қазандағы`: an act's date, no title's
    if b - a == 3 and tokens[a + 2].text != ".":
        return False
    if tokens[e].text != "/" or j + 1 == len(found) or found[j + 1][0] not in (OTHER, "title"):
        return False
    return any(run[0] == "issued" and run[1] > e for run in found)


def _small(tokens: list[Token], a: int) -> bool:
    """Whether token `a` is a word in small letters."""
    text = tokens[a].text
    return text.isalpha() and text[:1].islower()


def _named_head(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the last name of an author run of two or more given to the title that
    follows it, when that title opens with a joining word in small letters."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        title, t, u = found[j + 1]
        if label != "author" or title != "title" or t != b or u - t < 2:
            continue
        if not ("and" in marks[t] and _small(tokens, t)) or "et_al" in marks[t + 1]:
            return found
        starts = [  # a family name after an initial's period: where a name opens
            k
            for k in range(a + 2, b - 1)
            if tokens[k - 1].text == "." and len(tokens[k].text) > 1 and tokens[k].text.isalpha()
        ]
        if not starts or not tokens[starts[-1]].text[:1].isupper():
            return found
        return [*found[:j], ("author", a, starts[-1]), ("title", starts[-1], u), *found[j + 2 :]]
    return found


def _hyphened_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an author run of more than three words that a glued hyphen ends, the
    title opening right after it, given to that title."""
    for j in range(len(found) - 2):
        (label, a, b), (mid, h, i), (title, _, u) = found[j], found[j + 1], found[j + 2]
        if label != "author" or mid != OTHER or title != "title" or i != h + 1:
            continue
        hyphen = tokens[h]
        if hyphen.text != "-" or tokens[h - 1].end != hyphen.start:
            return found
        if hyphen.end != tokens[i].start or not tokens[i].text.isalnum():
            return found
        initials = [k for k in range(a, b - 2) if _initial(tokens, k)]
        if initials:  # `Колесникова-Семенов В. И. Олимпиаду` + `-2024 решили …`
            head = initials[-1] + 2
            return [*found[:j], ("author", a, head), ("title", head, u), *found[j + 3 :]]
        if not tokens[i].text.isalpha() or sum(t.text.isalpha() for t in tokens[a:b]) <= 3:
            return found
        return [*found[:j], ("title", a, u), *found[j + 3 :]]
    return found


def _initial(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is an initial with its period."""
    return is_initial(tokens[k].text) and tokens[k + 1].text == "."


def title_area(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with GOST's title area one title run, when its pieces join as a title's do; a
    glued hyphen's word and a title's joining word first (see the module's doc)."""
    texts = text_set(tokens)  # each fact's own token first (at C speed: most notes lack them)
    if "-" in texts:
        found = _hyphened_word(tokens, found)
    if "and" in marks_union(marks):
        found = _named_head(tokens, marks, found)
    if "/" not in texts and ("." not in texts or texts.isdisjoint(DASHES)):
        return found  # no `//` nor `. –`: no area's end
    if not any(run[0] == "title" for run in found):
        return found
    j = 0
    while j < len(found) and (found[j][0] in PERSONS or found[j][0] == OTHER):
        j += 1
    if j == len(found):
        return found
    s = found[j][1]
    e = _area_end(tokens, s)
    if e is None:
        return found
    if found[j][0] == "issued" and _dated_head(tokens, marks, found, j, e):
        found = [*found[:j], ("title", s, found[j][2]), *found[j + 1 :]]
    if found[j][0] not in _JOINS:
        return found
    pieces = [run for run in found[j:] if run[0] != OTHER and run[1] < e]
    if pieces[-1][2] > e or not any(p[0] == "title" for p in pieces):
        return found
    meetings = _meetings(tokens, s, e)
    end = max(pieces[-1][2], _meeting_end(tokens, meetings, pieces[-1][2]))
    end = _head_noun(tokens, end, e)
    if len(pieces) < 2 and end == pieces[-1][2]:
        return found
    last = pieces[0]
    for piece in pieces[1:]:
        label, a, b = piece
        close = next((c for k, c in meetings if k < a and b <= c + 1), None)
        if close is not None:
            last = ("title", close, close + 1)  # a meeting's bracket: the title's words
            continue
        gap = [t.text for t in tokens[last[2] : a]]
        if (
            label == last[0] == "title"
            and all(w in ".,:" or w.islower() for w in gap)
            and tokens[last[2] - 1].text not in _CLOSING  # `«…». Т. 3. «…»`: quotes close it
        ):
            pass  # the model's two titles at a period or a word in small letters: one
        elif gap == ["."] and last[0] == "title" and _initialled(tokens, a - 2, b):
            pass  # `… академика Ш` + `. Ш. Уалиханова`: a title never ends on an initial
        elif label in PERSONS:
            if gap or not _small(tokens, a - 1):
                return found
        elif label not in _JOINS or "." in gap or "(" in gap or not _small(tokens, a):
            return found
        last = piece
    rest = [run if run[1] >= end else (OTHER, end, run[2]) for run in found[j:] if run[2] > end]
    return [*found[:j], ("title", s, end), *rest]


_QUOTES: Final = frozenset(QUOTES) | _CLOSING  # a quoted title's marks: its words are its own


def title_over_area_dash(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that runs over GOST's area mark (`. —`) cut before it: the
    title area ends there (`Киргизская степь и её обитатели. — Репр. воспр. изд. 1872 г. —
    Оренбург`); the words after it are the next area's, given to no field."""
    texts = text_set(tokens)
    if "." not in texts or texts.isdisjoint(LONG_DASHES) or not texts.isdisjoint(_QUOTES):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        cut = next(
            (
                k
                for k in range(a + 1, b - 1)
                if tokens[k].text == "."
                and not (_abbreviation(tokens[k - 1].text) and _century_after(tokens, k + 2))
                and tokens[k + 1].text in LONG_DASHES
                and tokens[k + 1].start > tokens[k].end
                and tokens[k + 2].start > tokens[k + 1].end
                and _closed_brackets(tokens, a, k)
            ),
            None,
        )
        if cut is not None:
            return [*found[:j], ("title", a, cut), (OTHER, cut, b), *found[j + 1 :]]
    return found


def _closed_brackets(tokens: list[Token], a: int, k: int) -> bool:
    """Whether every bracket opened in tokens a..k is closed by k (`(60-е годы XIX в. – 1917
    г.)`: a period's dash inside a bracket ends no area)."""
    texts = [t.text for t in tokens[a:k]]
    return texts.count("(") <= texts.count(")")


def place_read_as_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known place after GOST's area mark and before its year's comma, read as
    the title, given to the place, and the run that opens the note given to the title when no
    other is read (`Қазақ Совет энциклопедиясы. — Алматы, 1976. — Т. 11.`)."""
    titles = [j for j, run in enumerate(found) if run[0] == "title"]
    if len(titles) != 1 or titles[0] < 2:
        return found
    j = titles[0]
    _, a, b = found[j]
    if a < 2 or tokens[a - 1].text not in LONG_DASHES or tokens[a - 2].text != ".":
        return found
    if not all(PLACE_MARKS & marks[k] for k in range(a, b)) or b + 1 >= len(tokens):
        return found
    if tokens[b].text != "," or j + 2 >= len(found) or found[j + 2][0] != "issued":
        return found
    first, s, e = found[0]
    if first not in ("container-title", "publisher") or any(r[0] != OTHER for r in found[1:j]):
        return found
    return [("title", s, e), *found[1:j], ("publisher-place", a, b), *found[j + 1 :]]


_ABBREVIATED: Final = 2  # letters of a small abbreviation at most (`в.`, `ғ.`, `c.`, `гг.`)


def _century_after(tokens: list[Token], k: int) -> bool:
    """Whether the area from token `k` to the next area mark names a century as a period's
    second end (`— начале XX в.`, `— XX ғ. басында`): a Roman numeral and its abbreviation."""
    for i in range(k, len(tokens) - 1):
        if tokens[i].text == "." and i + 1 < len(tokens) and tokens[i + 1].text in LONG_DASHES:
            return False
        if set(tokens[i].text) <= _CENTURIES and _abbreviation(tokens[i + 1].text):
            return True
    return False


_CENTURIES: Final = frozenset("IVXL")


def _abbreviation(text: str) -> bool:
    """Whether `text`, before a period, is a small abbreviation in small letters (a century's
    `в.`, `ғ.`, `c.`): its period ends no area when a century follows the dash (`XIX в. —
    начале XX в.`), as it does otherwise (`XIX ғ. — 1-т.`)."""
    return text.isalpha() and text.islower() and len(text) <= _ABBREVIATED
