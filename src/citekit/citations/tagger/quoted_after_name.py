"""A person's name written right before the quoted title, with no mark between (`Мұхтар Әуезов
«Абай жолы». Алматы, 1997`, `Бұхар жырау «Толғаулар»`), as Kazakh and Russian notes write a
book by hand: the words before the opening quote are the author when they are a name (two to
four capitalised words, one a known given name, or closed by the epithet a person is known by:
`[names] epithet`; or one word that is a known given name, a writer known by it: `Абай «Қара
сөздер». Алматы, 1993.`), and the quoted words are the title, whatever the model read them as.
A document's kind before its quoted name stays the title's (`Стратегия «Казахстан-2050»`).
Two to four capitalised words and a comma before the quote (`Bill Bowring, ‘…’`) that the model
ran into the title are the author too, known given name or not, unless they name a body or a
news outlet."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import epithets, given_names, is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS, QUOTES
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["name_before_quote"]

_WORDS: Final = (1, 4)  # words of the name (one only when a known given name)
_OPENING: Final = frozenset(QUOTES)
_HEAD: Final = frozenset({"title", "container-title", OTHER})  # what the model made of it


def _name(tokens: list[Token], q: int) -> bool:
    """Whether tokens 0..q are a person's name by the module's rule."""
    words = [t.text for t in tokens[:q] if t.text != "-"]
    if not _WORDS[0] <= len(words) <= _WORDS[1] or not all(w.isalpha() for w in words):
        return False
    if any(tokens[k].text == "-" and tokens[k].start != tokens[k - 1].end for k in range(1, q)):
        return False  # a spaced dash: no hyphen inside a name
    epithet = lower(words[-1]) in epithets()
    if not all(w[0].isupper() for w in (words[:-1] if epithet else words)):
        return False
    known = any(lower(w) in given_names() for w in words)
    if len(words) == 1 and (epithet or not known):
        return False
    return (epithet or known) and not is_organisation(" ".join(words))


def name_before_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the name before a quoted title read as its author (see the module)."""
    if (quoted := _comma_quote(tokens)) is not None:
        return _comma_name(tokens, found, *quoted)
    if _OPENING.isdisjoint(text_set(tokens)):
        return found  # no quote at all (most notes)
    q = next((k for k, t in enumerate(tokens[: _WORDS[1] * 2 + 1]) if t.text in QUOTES), None)
    if q is None or q < _WORDS[0] or any(run[0] == "author" for run in found):
        return found  # no quote after a few words (most notes), or an author found
    close = next(
        (k for k in range(q + 1, len(tokens)) if tokens[k].text == QUOTES[tokens[q].text]), None
    )
    if close is None or close == q + 1 or not _name(tokens, q):
        return found
    if any(run[0] not in _HEAD for run in found if run[1] < close):
        return found
    out = painted(found, ("author", 0, q))
    out = painted(out, (OTHER, q, q + 1))
    out = painted(out, ("title", q + 1, close))
    out = painted(out, (OTHER, close, close + 1))
    return [run for run in sorted(out, key=lambda r: r[1]) if run[1] < run[2]]


_COMMA_WORDS: Final = range(2, 5)  # words of a name before its comma and the quoted title


def _comma_quote(tokens: list[Token]) -> tuple[int, int] | None:
    """The opening quote after a few words and their comma that open the note, and its closing
    quote (single quotes too: a closing one is glued to no word after it), or None."""
    for q in range(_COMMA_WORDS.start + 1, min(len(tokens), _COMMA_WORDS.stop + 1)):
        if tokens[q - 1].text != "," or (closing := QUOTE_PAIRS.get(tokens[q].text)) is None:
            continue
        for k in range(q + 2, len(tokens)):
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            glued = after is not None and after.start == tokens[k].end and after.text.isalnum()
            if tokens[k].text == closing and not glued:
                return q, k
        return None
    return None


def _comma_name(tokens: list[Token], found: list[Run], q: int, close: int) -> list[Run]:
    """`found` with a name before its comma and the quoted title (`Bill Bowring, ‘Russia and
    Human Rights …’ (2009) 1 Göttingen …`) read as the author when the model ran it into the
    title: two to four capitalised words, no body's nor news outlet's name (`Hürriyet, “…”`)."""
    words = [t.text for t in tokens[: q - 1]]
    if len(words) not in _COMMA_WORDS or not all(w.isalpha() and w[0].isupper() for w in words):
        return found
    name = " ".join(words)
    if is_organisation(name) or news_outlet(name) or "/" in text_set(tokens):
        return found  # GOST's slash names the authors after the title (`Title, «…» / B. Şama`)
    if not found or found[0][0] != "title" or found[0][1] != 0 or found[0][2] <= q:
        return found  # the model read the name apart from the title: its reading stands
    out = painted(found, ("author", 0, q - 1))
    out = painted(out, (OTHER, q - 1, q + 1))
    out = painted(out, ("title", q + 1, close))
    out = painted(out, (OTHER, close, close + 1))
    return [run for run in sorted(out, key=lambda r: r[1]) if run[1] < run[2]]
