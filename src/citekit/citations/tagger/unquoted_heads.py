"""An unquoted note's head before its first role word is its author and title. İSNAD and
Chicago quote a chapter's title and set its host off with a word (`in`, `içinde`, `//`); so in
a note with no quotation mark and no such word, the comma-set parts before a comma and the
first role word with its glued period (`haz.`, `çev.`, `ed.`) are the work's own:
`Selânikî Mustafa Efendi, Tarih-i Selânikî, haz. …` is its author (a name: one to five
capitalised words) and its title, never a title and a host, however the model read the
hyphenated words of an Ottoman title (`Tevârîh-i Âl-i Osmân`). Three parts whose first is one
word are an inverted name and the title (`Juwaynī, ʿAlā al-Dīn ʿAṭā Malik, Tārīkh-i
Jahāngushā, ed. …`). A part opened by "and" goes on a list of names (`Kappeler, Andreas, and
Zenon E. Kohut, eds.`): those are the role's persons, no title. A given name after the first
comma (`Faroqhi, Suraiya N., ed.`) makes the head one inverted name the role closes."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.roles import ROLES
from citekit.citations.tagger.tokens import SHORT_DASHES, Token
from citekit.languages import shipped_words

__all__ = ["head_before_role"]

_QUOTES: Final = frozenset('"“”«»„')
_HOST_WORDS: Final = frozenset({"in", "In", "içinde", "İçinde", "dans", "в", "В", "//"})
_NAME_WORDS: Final = 5  # at most this many capitalised words in an author's name
_HEAD: Final = frozenset({"author", "title", "container-title", "editor", "translator", OTHER})


def head_before_role(
    tokens: list[Token], text: str, marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the head before the first role word read as author and title (see the
    module's doc)."""
    if marks_union(marks).isdisjoint(ROLES) or not _QUOTES.isdisjoint(text) or "//" in text:
        return found  # no role word, or a quoted title (most notes): cheap looks
    role = _first_role(tokens, marks)
    if role is None:
        return found
    comma = role - 1
    if not _persons_span(tokens, role + 2):
        return found  # `Sinor, Denis, ed. The Cambridge History …`: the role closes the names
    if any(t.text in _HOST_WORDS or t.text in "()[]:;" for t in tokens[:comma]):
        return found
    if any(a < comma < b for _, a, b in found) or any(
        label not in _HEAD for label, a, _ in found if a < comma
    ):
        return found
    # a word the model left to no field before the head (`Bkz.`, `See`) stays the model's
    s = next((a for label, a, _ in found if label != OTHER), comma)
    commas = [k for k in range(s, comma) if tokens[k].text == ","]
    if len(commas) == 1:
        author = (s, commas[0])
    elif len(commas) == _INVERTED and _words(tokens, s, commas[0]) == 1:
        author = (s, commas[1])
    else:
        return found
    start = author[1] + 1
    if len(commas) == 1 and _given(tokens, start, comma):
        return found  # `Faroqhi, Suraiya N., ed. Title, 1603–1839.`: the role closes a name
    if len(commas) == 1 and (given := _initials_end(tokens, start, comma)) > start:
        author, start = (s, given), given  # `Wittgenstein, L. Tractatus …, trans.`
    if start >= comma or not _name(tokens, *author) or _digits(tokens, start, comma):
        return found
    if tokens[start].text in shipped_words("and_"):
        return found  # `Kappeler, Andreas, and Zenon E. Kohut, eds.`: a list of the role's names
    head: list[Run] = [
        ("author", *author),
        *([(OTHER, author[1], start)] if start > author[1] else []),
        ("title", start, comma),
    ]
    tail = _persons_after(tokens, marks, role, [run for run in found if run[1] >= comma])
    if [run for run in found if run[0] != OTHER] == [*head[::2], *_named(tail)]:
        return found
    return [run for run in found if run[2] <= s] + [*head, *tail]


def _initials_end(tokens: list[Token], a: int, b: int) -> int:
    """The end of the initials opening tokens a..b with their periods (`L.`, `D. S.`) when a
    capitalised word follows them; `a` when none do."""
    end = a
    while end + 2 < b and _initial(tokens[end].text) and tokens[end + 1].text == ".":
        end += 2
    return end if end < b and tokens[end].text[:1].isupper() else a


def _given(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are an inverted name's given part: a known given name alone, or
    words closed by an initial and its period (`Suraiya N.`, `Peter B.`)."""
    words = [t.text for t in tokens[a:b]]
    if len(words) == 1:
        return words[0].lower() in given_names()
    closed = len(words) >= _GIVEN and words[-1] == "." and _initial(words[-2])
    return closed and all(w[:1].isupper() or w == "." for w in words)


_GIVEN: Final = 3  # tokens of a given name closed by an initial at least (`Peter B .`)


def _initial(word: str) -> bool:
    """Whether a word is an initial (`L`, `Ch`, `Дж`)."""
    short = len(word) == 1 or (len(word) == _INITIAL and word[1].islower())
    return short and word.isalpha() and word[0].isupper()


_INITIAL: Final = 2  # letters of an initial at most


def _persons_span(tokens: list[Token], a: int) -> bool:
    """Whether the words from `a` to the next comma or bracket are persons' names: a comma or
    a bracket closes them, and no period but an initial's, no colon stands between."""
    for k in range(a, len(tokens)):
        text = tokens[k].text
        if text in ",(":
            return k > a
        if text in ":;)" or (text == "." and len(tokens[k - 1].text) > 1):
            return False
    return False


def _named(found: list[Run]) -> list[Run]:
    return [run for run in found if run[0] != OTHER]


def _persons_after(
    tokens: list[Token], marks: list[set[str]], role: int, found: list[Run]
) -> list[Run]:
    """`found` with a title's or host's run right after the role word and its period read as
    the role's persons (a spaced dash between two of them: `Bekir Sıtkı Baykal - Murat
    Uraz`), up to a comma or an opening bracket."""
    label = ROLES[min(marks[role] & ROLES.keys())]
    a = role + 2
    end = next((k for k in range(a, len(tokens)) if tokens[k].text in ",()"), len(tokens))
    inside = [run for run in found if run[2] > a and run[1] < end]
    if not inside or inside[0][1] != a or inside[0][0] not in _WORKS | {label}:
        return found
    if any(run[0] not in _WORKS | {label, OTHER} for run in inside) or not _name(tokens, a, end):
        return found
    last, _, over = inside[-1]
    if last != OTHER and any(t.text.isalnum() for t in tokens[end:over]):
        return found  # a field's run goes on past the names
    dashes = [
        k for k in range(a + 1, end - 1) if tokens[k].text in SHORT_DASHES and _spaced(tokens, k)
    ]
    cut = [a, *(k for k in dashes for _ in (0, 1)), end]
    out = painted(found, (OTHER, end, over)) if over > end else found
    for i in range(0, len(cut), 2):
        out = painted(out, (label, cut[i] + int(i > 0), cut[i + 1]))
        if i + 2 < len(cut):
            out = painted(out, (OTHER, cut[i + 1], cut[i + 1] + 1))
    return out


def _spaced(tokens: list[Token], k: int) -> bool:
    """Whether token k stands apart from both its neighbours (`Baykal - Murat`, not `al-Dīn`)."""
    return tokens[k].start > tokens[k - 1].end and tokens[k + 1].start > tokens[k].end


_WORKS: Final = frozenset({"title", "container-title", "author"})


_INVERTED: Final = 2  # commas in `Surname, Given Names, Title`


def _first_role(tokens: list[Token], marks: list[set[str]]) -> int | None:
    """The first role word's index after a comma, its period glued, or None."""
    for k in range(2, len(tokens) - 1):
        if marks[k] & ROLES.keys() and tokens[k - 1].text == ",":
            dot = tokens[k + 1]
            return k if dot.text == "." and dot.start == tokens[k].end else None
    return None


def _words(tokens: list[Token], a: int, b: int) -> int:
    return sum(1 for t in tokens[a:b] if t.text[:1].isalpha() and t.text[:1].isupper())


def _name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a name's: capitalised words (a particle's lower-case word,
    an initial's period, a hyphen, an apostrophe or an ayn between), no digit."""
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    if not 1 <= _words(tokens, a, b) <= _NAME_WORDS + 1 or any(
        any(c.isdigit() for c in t.text) for t in tokens[a:b]
    ):
        return False
    return words[0][:1].isupper() and sum(w[:1].isupper() for w in words) <= _NAME_WORDS + 1


def _digits(tokens: list[Token], a: int, b: int) -> bool:
    return all(t.text.isdigit() or not t.text.isalnum() for t in tokens[a:b])
