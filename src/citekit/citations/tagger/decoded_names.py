"""A person's run of tokens into the names it writes: split at joining and role words, an
organisation's name kept whole, a family's given names in the run after its comma, and a
list's initials written without periods."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from typing import Final

from citekit.citations.body_acronyms import regional_bodies
from citekit.citations.names import (
    body_before_comma,
    generation_words,
    inverted_first,
    is_initials,
    is_organisation,
    unlist,
)
from citekit.citations.run_initials import spelled_initials
from citekit.citations.tagger.body_chains import body_chain
from citekit.citations.tagger.comma_bodies import comma_body
from citekit.citations.tagger.lists import spaced_dash
from citekit.citations.tagger.shapes import surname_first
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.values import clean
from citekit.model import Name

__all__ = ["family_before", "run_names", "unpunctuated"]

_WORD: Final = re.compile(r"[^\W\d_]")
_NAME_LABELS: Final = frozenset({"editor", "translator", "et_al", "and"})
_BARE_INITIALS: Final = 3  # letters of a list's initials written without periods ("JRR")


def run_names(
    tokens: list[Token],
    marks: list[set[str]],
    text: str,
    a: int,
    b: int,
    starts: Set[int] = frozenset(),
) -> list[str]:
    """The names in a run of name tokens, without role words ("под ред.", "çev.")."""
    whole = text[tokens[a].start : tokens[b - 1].end]
    listed = any(t.text in ",;&" for t in tokens[a:b])  # `Çevre, Şehircilik ve … Bakanlığı`
    if is_organisation(whole) and (not listed or comma_body(tokens, marks, a, b)):
        return [clean(whole)]
    if listed and body_chain(tokens, a, b):  # `U.S. Congress, Senate, Committee on …`: one
        return [clean(whole)]  # "Міністерство освіти і науки України": its "і" joins no names
    if listed and body_before_comma(whole):
        return [clean(whole)]  # `Ministry of Investment, Industry and Trade of …`: one body
    # read only inside the run: the tokens before it join nothing
    joins = [False] * a + [
        bool(m) and not m.isdisjoint(_NAME_LABELS) and not _article(tokens, i)
        for i, m in enumerate(marks[a:b], a)
    ]
    shaped, rest = surname_first(tokens, joins, a, b)
    if len(shaped) > 1 and rest is None:  # "Иванов И. И. Петров П. П.": one name each
        return [text[tokens[s].start : tokens[e - 1].end] for s, e in shaped]
    pieces: list[str] = []
    start = a
    for i in range(a, b + 1):
        # "И." after a surname is an initial, not the joining word "и"
        initial = i + 1 < b and tokens[i].text.isupper() and tokens[i + 1].text == "."
        # "Т. Б.": the period of an initial is no joining word either (Kazakh "т.б.")
        after_initial = i > a and len(tokens[i - 1].text) == 1 and tokens[i - 1].text.isupper()
        initial = initial or (i < b and tokens[i].text == "." and after_initial)
        # Vancouver's initials after a family (`Avner ED, Harmon WE`): no editor's word
        initial = initial or _listed_initials(tokens, i, a, b)
        # a capitalised joining word at the run's edge joins nothing: a name's (`Metin And`)
        own = i < b and (i in (a, b - 1)) and tokens[i].text.istitle()
        joins_here = i < b and joins[i] and not initial and not own
        cut = i == b or joins_here or spaced_dash(tokens, i) or _glued_slash(tokens, i, a, b)
        # a generation's word (`Jr`) closes the name before it, never opens one
        if cut or (i in starts and tokens[i].text not in generation_words()):
            if start < i:
                pieces.append(text[tokens[start].start : tokens[i - 1].end])
            start = i + 1 if cut else i
    # a run of name tokens is one name as the training data writes them ("Муратова, Диана");
    # only joining words and "et al." cut it (a run "A and B" is two names)
    names = regional_bodies(whole, [n for p in pieces for n in unlist(p.strip(" ,;:&"))])
    # an initial keeps its period ("Ş."); a name that ends a sentence does not ("OpenAI.")
    return [n if _initial_last(n) else clean(n) for n in names if _WORD.search(n)]


def _listed_initials(tokens: list[Token], i: int, a: int, b: int) -> bool:
    """Whether token `i` is a Vancouver name's initials in capitals, no periods, after its
    family and before the list's comma or the run's end (`Avner ED,`)."""
    if not a < i < b:
        return False
    text, family = tokens[i].text, tokens[i - 1].text
    return (
        text.isupper()
        and text.isalpha()
        and len(text) <= _BARE_INITIALS
        and family[:1].isupper()
        and family[1:].islower()
        and (i + 1 == b or tokens[i + 1].text == ",")
    )


def _glued_slash(tokens: list[Token], i: int, a: int, b: int) -> bool:
    """Whether token `i` is a slash glued between two names inside the run: co-authors as law
    footnotes join them (`Mahmut Koca/İlhan Üzülmez`, `Oğuzman/Öz`, `OĞUZMAN, M. Kemal/ÖZ, M.
    Turgut`, `M. Kemal Oğuzman/M. Turgut Öz`), never a GOST's spaced
    `Title / Author`."""
    return (
        a < i < b - 1
        and tokens[i].text == "/"
        and tokens[i - 1].end == tokens[i].start
        and tokens[i].end == tokens[i + 1].start
        and tokens[i - 1].text[-1:].isalpha()
        and tokens[i + 1].text[:1].isupper()
        # `OSCE/ODIHR`: a body's acronyms, one name; `Kemal/ÖZ, M. Turgut`: a family in capitals
        and (
            not tokens[i + 1].text.isupper()
            or (i + 2 < b and tokens[i + 2].text == ",")
            # `Oğuzman/M. Turgut Öz`: the next name's initial
            or (len(tokens[i + 1].text) == 1 and i + 2 < b and tokens[i + 2].text == ".")
        )
    )


def _article(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is glued to a hyphen after it: an Arabic name's article (`et-Türkî`,
    `el-Buhârî`), never the joining word it is spelled like."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].text == "-"
        and tokens[i + 1].start == tokens[i].end
        and tokens[i].text.islower()
    )


def family_before(
    tokens: list[Token],
    found: Sequence[Name],
    person: tuple[str, int, int] | None,
    label: str,
    a: int,
    written: Sequence[str],
) -> bool:
    """Whether the run of `label` at `a` gives the given names of the first name just before
    it, a comma between: a family of one word (`Турова, Ангелина Макаровна`), or of two whose
    run `written` is given names only (`García Márquez, Gabriel José`, `inverted_first`), or
    a later name after a list's spaced dash (İSNAD's `Begliýew, Yhlas — Annageldiýew, Myrat`)."""
    if person is None or person[0] != label or not found or not written:
        return False
    _, start, end = person
    if end + 1 != a or tokens[end].text != ",":
        return False
    if len(found) != 1:  # the last name of the list opens after its spaced dash
        dash = next((k for k in range(end - 1, start - 2, -1) if spaced_dash(tokens, k)), None)
        if dash is None:
            return False
        start = dash + 1
    if found[-1].literal is not None:
        return end - start == 1
    before = found[-1].written
    return before is not None and "," not in before and inverted_first(before, written[0])


def _initial_last(name: str) -> bool:
    """Whether a name ends with an initial and its period ("Yılmaz Ş.", "Zh.N."), or is the
    initials alone (`Madden, K.`: the given names after a family's comma, a run of their own)."""
    words = name.split()
    return name.endswith(".") and bool(words) and is_initials(words[-1])


def _bare_initials(given: str | None) -> bool:
    return (
        given is not None and given.isalpha() and given.isupper() and len(given) <= _BARE_INITIALS
    )


def _written_bare(name: Name) -> bool:
    """Whether a name's initials are written without periods, as its given name or as the
    last word the note wrote (`Smith JA`, its given name spelled `J. A.`)."""
    words = (name.written or "").split()
    return _bare_initials(name.given) or (bool(words) and _bare_initials(words[-1]))


def unpunctuated(names: tuple[Name, ...]) -> tuple[Name, ...]:
    """A list whose initials carry no periods (Vancouver's `Aslan K, Manço M.`): the period
    after the last name's is the list's end, not the initial's: the last name's initials are
    read as the others are (`spelled_initials`)."""
    if len(names) < 2 or not all(_written_bare(n) for n in names[:-1]):
        return names
    last = names[-1]
    given = (last.given or "").removesuffix(".")
    if last.given == given or not _bare_initials(given):
        return names
    bare = Name(family=last.family, given=given, written=last.written)
    return (*names[:-1], spelled_initials(bare))  # `M` is the initial `M.`, `JB` is `J. B.`
