"""A source written in brackets inside prose.

An editor's note may argue in a sentence and put the source it leans on in brackets: `Как
отмечает А. Князев (Князев А. Афганский кризис // Вестник МГУ. 2010. № 3. С. 5.), ситуация
ухудшилась.`, `Roy rightly notes that "…" (Olivier Roy, The New Central Asia, London, 2000,
p. 45).` The bracket holds the whole source; the sentence around it, and the words it quotes,
are no part of it.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.prose import opens_with_name
from citekit.citations.sources import YEAR

_MIN_WORDS: Final = 4  # a name, a title and a year at least: "(Князев А. Кризис. 2010)"
_MIN_PROSE: Final = 2  # words before the bracket: "As Knyazev argues"
_MIN_VERB: Final = 3  # letters of a lower-case word that makes the words before a sentence
_MAX_NAME_WORDS: Final = 3  # "Roy", "Olivier Roy", "Gabriel García Márquez" before a comma
_PLACE_WORDS: Final = 2  # words of a place before an imprint's colon (`New York:`)
_MAX_MARK: Final = 3  # letters of an abbreviation after a year (`г.`, `ж.`, `yy.`)


def _groups(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s outermost round brackets, `(` to its `)`."""
    spans: list[tuple[int, int]] = []
    if "(" not in text:
        return spans  # most notes: no walk over their characters
    depth = start = 0
    i = text.find("(")
    while i >= 0:
        if text[i] == "(":
            if depth == 0:
                start = i
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
        i = _next_bracket(text, i + 1)
    return spans


def _next_bracket(text: str, at: int) -> int:
    """Where the next round bracket of either kind stands in `text` from `at`, or -1."""
    opening, closing = text.find("(", at), text.find(")", at)
    if opening < 0 or 0 <= closing < opening:
        return closing
    return opening


def _listed(text: str) -> bool:
    """Whether `text` opens with a few capitalised words and a comma before a capitalised
    part (`Olivier Roy, The New …`): an author and a title, as citations write them."""
    head, comma, tail = text.partition(",")
    names = head.split()
    return (
        bool(comma)
        and 0 < len(names) <= _MAX_NAME_WORDS
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in names)
        and tail.lstrip(' «“"')[:1].isupper()
    )


def _dated(inner: str) -> bool:
    """Whether a year in `inner` dates a source: a stop, a bracket, a capital or an
    abbreviation with its point follows it (`2010.`, `2010, s. 5`, `1968 г.`, `2000 Tauris`); a
    lower-case word goes on a sentence (`in his 2012 address`)."""
    for found in YEAR.finditer(inner):
        after = inner[found.end() :].split(maxsplit=1)
        word = after[0] if after else ""
        if not word[:1].isalpha() or word[:1].isupper():
            return True
        if word.endswith(".") and len(word) <= _MAX_MARK + 1:
            return True
    return False


def _named(inner: str) -> bool:
    """Whether `inner` opens with an author: a name and initials (`Князев А. …`), or a few
    capitalised words, a comma and a capitalised title (`Olivier Roy, The New …`). A colon
    after its first words, or after a one-word place and its country, makes it an imprint
    (`К.: Генеза`, `Kilis, Türkiye: Vakıf, 1969`), not after an inverted name's given names
    (`Olcott, Martha Brill, Kazakhstan: …`)."""
    head, _, rest = inner.partition(",")
    if ":" in " ".join(inner.split()[:_PLACE_WORDS]):
        return False  # `London: Routledge`, `К.: Генеза`
    if len(head.split()) == 1 and ":" in " ".join(rest.split()[: _PLACE_WORDS + 1]):
        # `Kilis, Türkiye: Vakıf`, `Norfolk, NE, USA: …`: a place, its parts a country or a
        # state's capitals, no person; an inverted name's given names are parted from the
        # title by a comma of their own (`Olcott, Martha Brill, Kazakhstan: Unfulfilled …`)
        parts = rest.partition(":")[0].split(",")
        if all(part.strip().isupper() for part in parts[:-1]):
            return False
    return opens_with_name(inner) or _listed(inner)


def _sentence(before: str) -> bool:
    """Whether the words before a bracket are a sentence naming no source: no number, no
    GOST `//`, no colon nor list of parts, no author opening them as a citation's does, and a
    lower-case word (`отмечает`)."""
    words = before.split()
    if len(words) < _MIN_PROSE or "//" in before or any(c.isdigit() for c in before):
        return False
    if ":" in before or before.count(",") > 1:
        return False  # a citation's parts: `Ryan Hobbs, Title: Subtitle, ed. …`
    if _listed(before):  # "Ahmet Temir, Türkistan'da ceditçilik (İstanbul, Yapı Kredi, 2005)"
        return False
    return any(
        len(w) >= _MIN_VERB and w.isalpha() and w.islower()
        for w in (x.strip(",.:;") for x in words)
    )


def bracketed_source(text: str) -> str | None:
    """The source a sentence puts in brackets (`Как отмечает А. Князев (Князев А. Афганский
    кризис // Вестник МГУ. 2010. № 3. С. 5.), ситуация ухудшилась.` → `Князев А. …. С. 5.`):
    a bracket that opens with an author and holds a year as a source dates itself (not `in his
    2012 address`), after words that are a sentence."""
    for start, end in _groups(text):
        inner = text[start + 1 : end].strip()
        if (
            len(inner.split()) >= _MIN_WORDS
            and _dated(inner)
            and _named(inner)
            and _sentence(text[:start])
        ):
            return inner
    return None
