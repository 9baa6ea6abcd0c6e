"""A body's place in its hierarchy written part by part before the work (Chicago's government
documents: `U.S. Congress, Senate, Committee on Foreign Relations, U.S. Policy in Central Asia:
Hearing …`; `U.S. Department of State, Bureau of Democracy, Human Rights, and Labor, 2022
Country Reports …`). The parts between the commas are one author: the first a body (an
organisation's word in it, `[names] organisation`, or a unit's, `[names] body_unit`), each
one after it a unit of the one before, opening on its head word (`Senate`, `Committee on …`,
`House Committee on …`). A unit named by a list of its fields goes on after its commas to the
list's `and` (`Bureau of Democracy, Human Rights, and Labor`). Bodies that write a work
together close on their head words (`World Bank, International Monetary Fund`) and stay apart.
The part after the hierarchy opens the title."""

from __future__ import annotations

from typing import Final

from citekit.citations._words import lower
from citekit.citations.body_acronyms import acronyms_only, demonyms
from citekit.citations.name_sets import body_units, organisation_words
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.month_spans import month_word
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names

__all__ = ["body_chain", "chain_author"]

_STOPS: Final = frozenset('([«“"„:;')  # what ends the parts' reach
_JOINING: Final = 4  # letters of a lower-case word inside a unit's name at most (`of`, `on`)
_UNIT_WORDS: Final = 9  # words of one part at most
_LIST_PARTS: Final = 3  # parts a unit's list of fields runs on for at most
_HEAD_AT: Final = 1  # words before a unit's head word at most (`House Committee on …`)


def _parts(tokens: list[Token], a: int, b: int, *, last: bool = False) -> list[tuple[int, int]]:
    """The comma-parted spans of tokens `a`…`b` (the one after the last comma too if `last`),
    up to a stop or a sentence's period."""
    out: list[tuple[int, int]] = []
    start = a
    for k in range(a, b):
        text = tokens[k].text
        if text in _STOPS or (text == "." and _closes(tokens, k)):
            return out
        if text == ",":
            out.append((start, k))
            start = k + 1
    if last and start < b:
        out.append((start, b))
    return out


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether the period at `k` closes a sentence: after a word, a space after it."""
    spaced = k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end
    return spaced and k > 0 and len(tokens[k - 1].text) > 1


def _words(tokens: list[Token], a: int, b: int) -> list[str] | None:
    """The words of a part, if it is written as a name: capitalised words, initials and short
    joining words in lower case, no digit."""
    words = [t.text for t in tokens[a:b] if t.text.isalnum()]
    if not words or len(words) > _UNIT_WORDS:
        return None
    headed = _head(words[0])  # `Департамент информации и печати`: its fields in small letters
    for word in words:
        if not word.isalpha() or not (word[0].isupper() or len(word) <= _JOINING or headed):
            return None
    return words


def _head(word: str) -> bool:
    low = lower(word)
    return low in organisation_words() or low in body_units()


def _body(words: list[str]) -> bool:
    """Whether a part is a body's name: a head word anywhere in it, or a listed body's acronym
    alone (`OECD`, `UNDP`)."""
    return words[0][0].isupper() and (any(_head(w) for w in words) or acronyms_only(words))


def _unit(words: list[str]) -> bool:
    """Whether a part is a unit of a body: opening on a head word (`Bureau of …`, `Senate`), a
    unit's own head word among its first words (`House Committee on …`) or closing it
    (`Ekonomik İşler Genel Müdürlüğü`, `Foreign Affairs Committee`), or any head word second
    (`Migration Service`, `Davis Center for …`); no part naming a country. A body's name opened
    by a people's adjective (`[words] demonym`: `European Commission`, `European Union`) is a
    body of its own, writing the work with the one before."""
    if not words[0][0].isupper() or any(w.casefold() in country_names() for w in words):
        return False  # `OSCE/ODIHR, Republic of Kazakhstan, …`: a state, the work's subject
    units = body_units()
    if words[0] in demonyms():
        return False  # `European Commission`, `Eurasian Development Bank`: a body of its own
    return any(_head(w) for w in words[: _HEAD_AT + 1]) or lower(words[-1]) in units


def _listing(words: list[str]) -> bool:
    """Whether a unit's name lists fields after a joining word (`Bureau of Democracy`)."""
    return any(w.islower() for w in words[1:])


def _chain(tokens: list[Token], parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The parts' count and the token where the hierarchy of `parts` ends (see the module's
    doc), when two parts at least make it; else None."""
    if len(parts) < 2:
        return None
    first = _words(tokens, *parts[0])
    if first is None or not _body(first):
        return None
    count, end, listing = 1, parts[0][1], _listing(first)
    k = 1
    while k < len(parts):
        words = _words(tokens, *parts[k])
        if words is None:
            break
        if _unit(words) and words[0] != "and":
            count, end, listing = count + 1, parts[k][1], _listing(words)
            k += 1
            continue
        closing = next(
            (
                j
                for j in range(k, min(k + _LIST_PARTS, len(parts)))
                if (w := _words(tokens, *parts[j])) is not None and w[0] in ("and", "&")
            ),
            None,
        )
        if not listing or closing is None:
            break
        end, k, listing = parts[closing][1], closing + 1, False
    return (count, end) if count >= 2 else None


def _date_only(tokens: list[Token]) -> bool:
    """Whether `tokens` are a date alone: numbers and months' names (`5 May 2020`)."""
    words = [t.text for t in tokens if t.text.isalnum()]
    return bool(words) and all(w.isdecimal() or month_word(w) for w in words)


def body_chain(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` are wholly a body's hierarchy (see the module's doc)."""
    found = _chain(tokens, _parts(tokens, a, b, last=True))
    return found is not None and found[1] == b


def chain_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's hierarchy opening the note read as its author, the part after it
    opening the title (see the module's doc)."""
    if len(tokens) < 2 or "," not in {t.text for t in tokens[:40]}:
        return found
    chain = _chain(tokens, _parts(tokens, 0, len(tokens)))
    if chain is None or chain[1] + 1 >= len(tokens):
        return found
    end = chain[1]
    start = end + 1
    title_end = next(
        (k for k in range(start, len(tokens)) if tokens[k].text in {",", "("}), len(tokens)
    )
    if _date_only(tokens[start:title_end]):
        return found  # `The Astana Times, Senate Adopts Law …, 5 May 2020`: an outlet's headline
    for label, a, b in found:
        if label == "title" and start <= a < title_end:
            title_end = max(title_end, b)  # a title's own commas, as the model read them …
    numbered = (k for k in range(start, title_end - 1) if tokens[k].text == ",")
    # … up to a numbered part after one (`…: Hearing Before …, 116th Cong., 1st sess.`)
    title_end = next((k for k in numbered if tokens[k + 1].text[:1].isdigit()), title_end)
    out = painted(found, ("author", 0, end))
    out = painted(out, (OTHER, end, start))
    for label, a, b in found:
        if label == "title" and a < title_end < b:
            out = painted(out, (OTHER, title_end, b))  # the numbered parts: no title's
    return painted(out, ("title", start, title_end))
