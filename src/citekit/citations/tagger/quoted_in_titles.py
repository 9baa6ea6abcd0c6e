"""A quote a title opens inside it closes inside it, and the words glued after the close go on
with the title: `The “Great Game” Revisited. Journal`, `Абай: «Абай жолы» романы бойынша,
ред. …`, `Nutuk'un “Gençliğe Hitabe” Bölümü Üzerine. Ankara`. A field never begins right after a
closing quote with no separator between: the model, seeing a quoted work's name, often ends
the title at its close and gives the words after it to no field or to a host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS, QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = [
    "quote_opens_title",
    "quoted_title_whole",
    "split_quoted_title",
    "title_past_inner_quote",
]

_OPENERS: Final = {"«": "»", "“": "”", "„": "“"}
_GLUED: Final = frozenset({OTHER, "container-title", "collection-title", "publisher"})
_SEPARATORS: Final = frozenset('.,;:/()[]!?«»“”„"')
_REACH: Final = 8  # words after the close, at most


def _open_quote(tokens: list[Token], a: int, b: int) -> str | None:
    """The closer of the last quote opened inside the title's run and not closed in it; not
    one that opens the run (a quoted title's own marks)."""
    for k in range(b - 1, a, -1):
        text = tokens[k].text
        if text in _OPENERS:
            return _OPENERS[text]
        if text in ("»", "”"):
            return None
    return None


def title_past_inner_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title that stops inside a quote it opened run past its close."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    n = len(tokens)
    if b + 1 >= n:
        return found
    closer = _open_quote(tokens, a, b)
    if closer is None or tokens[b].text != closer:
        return found
    if a and tokens[a - 1].text in _OPENERS:
        return found  # `«Title „Inner“» …`: the model's run is inside the outer quotes
    end = b + 1
    while end < n and end - b <= _REACH and tokens[end].text not in _SEPARATORS:
        if not tokens[end].text.isalpha() or not any(
            s <= end < e and label in _GLUED for label, s, e in found
        ):
            return found  # a number, a name: a field of its own may start here
        end += 1
    spaced = end < n and tokens[end].start > tokens[end - 1].end
    if end < n and tokens[end].text not in ".,;/[(" and not (spaced and tokens[end].text == ":"):
        return found  # `«(BM)» URL: https://…`: a label's colon (GOST spaces its own: ` : дис.`)
    return painted(found, ("title", a, end))


_NESTED: Final = {
    "«": frozenset("„“‚‘"),
    "“": frozenset("‘’"),
    "„": frozenset("‚‘"),
    '"': frozenset("'"),
}
_QUOTE_REACH: Final = 40  # tokens from the title run's end to its quote's close, at most


def quoted_title_whole(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens right after a quote mark and stops at a period, a
    question or exclamation mark inside the quote run on to its close: the quote marks hold
    the whole title (`«Мемлекеттік қызмет туралы. Тарихи очерктер» Жарлығы`, `"Neden Şimdi?
    Orta Asya'da Göç". Bilig`); only a quote mark of another kind, or none, ends it sooner. A
    host's run that opens inside the title's quotes is the title's too (`'Informal payments in
    Kazakh public hospitals', Post-Communist Economies`: the model took `in` for a host's)."""
    j = first_run(found, "title")
    if j is None:
        return found
    found = _opened_at_quote(tokens, found, j)
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if a == 0 or tokens[a - 1].text not in _TITLE_QUOTES:
        return found
    opener = tokens[a - 1].text
    if opener in _SINGLE:  # Harvard's single quotes: their mark is an apostrophe too
        return _host_inside_quotes(tokens, found, j) if b < len(tokens) else found
    closer, nested = QUOTES[opener], _NESTED[opener]
    inner = [t.text for t in tokens[a:b]]
    if closer in inner and (opener != closer or inner.count(closer) % 2 == 0):
        return found  # the run holds its close, or a pair of inner marks
    if b >= len(tokens):
        return found
    if tokens[b].text not in ".?!":
        return _host_inside_quotes(tokens, found, j)  # the model stopped at no sentence's end
    c = b
    while c < len(tokens) and c - b <= _QUOTE_REACH and tokens[c].text != closer:
        text = tokens[c].text
        if (text in '«»“”„"/' and text not in nested) or text.startswith("http"):
            return found
        c += 1
    if c >= len(tokens) or c - b > _QUOTE_REACH:
        return found
    if not any(t.text.isalnum() for t in tokens[b:c]):
        return found  # `“Title.”`: only the style's mark inside the quotes
    held = {label for label, s, e in found[j + 1 :] if s < c}
    if held & {"author", "editor", "translator", "issued", "URL", "page", "volume", "issue"}:
        return found
    return painted(found, ("title", a, c))


_LEAD_REACH: Final = 4  # words between a quote's open and the title run, at most


def _opened_at_quote(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the title run `j` opened at the quote mark a few words before it, where the
    model left those words to no field (`“Cumhuriyet Arşivi Belgelerine Göre …”`: it read the
    first words as a newspaper's and an archive's name) and the quote closes after the run."""
    _, a, b = found[j]
    k = a - 1
    while k >= 0 and a - k <= _LEAD_REACH and tokens[k].text.isalpha():
        k -= 1
    if k < 0 or k == a - 1 or tokens[k].text not in _OPENERS:
        return found
    if any(s < a and e > k and label != OTHER for label, s, e in found):
        return found  # the words belong to a field of their own
    closer = _OPENERS[tokens[k].text]
    if not any(t.text == closer for t in tokens[b : b + 3]):
        return found  # the quote closes elsewhere: the words may be a host's or a lead-in's
    return painted(found, ("title", k + 1, b))


_SINGLE: Final = {"'": "'", "‘": "’"}  # Harvard's quotes: an opening mark and its closing one
_TITLE_QUOTES: Final = {**QUOTES, **_SINGLE}
_HOST_REACH: Final = 12  # tokens from the title run's end to its quote's close, at most


def _host_inside_quotes(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the title run `j`, cut short inside its quotes where the model opened a host
    (or left a word to no field), run on to its closing quote: the quote glued to the word
    before it and followed by the comma or period that ends the title's part."""
    _, a, b = found[j]
    closer = _TITLE_QUOTES[tokens[a - 1].text]
    nxt = found[j + 1][0] if j + 1 < len(found) else None
    if nxt not in (OTHER, "container-title"):
        return found
    for c in range(b, min(len(tokens) - 1, b + _HOST_REACH)):
        text = tokens[c].text
        if (text in '«»“”„"' and text != closer) or text == "[":
            return found  # another quote, or the title's translation in square brackets
        glued = tokens[c - 1].end == tokens[c].start
        if text == closer and glued and tokens[c + 1].text in ",.":
            if not any(t.text.isalpha() for t in tokens[b:c]):
                return found
            held = {label for label, s, _ in found[j + 1 :] if s < c}
            if held - {OTHER, "container-title"}:
                return found
            return painted(painted(found, ("title", a, c)), (OTHER, c, c + 2))
    return found


_HEAD_OPENERS: Final = QUOTE_PAIRS
_HEAD_WORDS: Final = 4  # words of a name heading a quoted title at most (`Radio Free Europe`)


def quote_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name, its comma and a quoted title the model read as one title (`Trend,
    'Turkmenistan, Azerbaijan discuss …', 12 March 2021`): the quote closes right after the
    run, so the capitalised words before the comma are the title's host (an outlet, a site),
    the quoted words the title."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if b >= len(tokens) or a + 3 >= b:
        return found
    comma = next(
        (k for k in range(a + 1, min(b, a + _HEAD_WORDS + 1)) if tokens[k].text == ","), None
    )
    if comma is None or comma + 2 >= b:
        return found
    closer = _HEAD_OPENERS.get(tokens[comma + 1].text)
    if closer is None or tokens[b].text != closer:
        return found
    if any(t.text == closer for t in tokens[comma + 2 : b]):
        return found  # the quote closes inside the run: not one quoted title
    if not all(t.text[:1].isupper() for t in tokens[a:comma]):
        return found
    if any(run[0] in ("container-title", "author") for run in found):
        return found  # a host or an author is there already
    out = painted(found, ("container-title", a, comma))
    out = painted(out, (OTHER, comma, comma + 2))
    return painted(out, ("title", comma + 2, b))


def split_quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title the model split (`“Rus` | `Arşiv Belgelerine Göre 1916` |
    `Orta Asya İsyanı”`: a title's run at the quote's open and another at its close, the words
    between given to no field) read as one title: the quote marks hold it whole."""
    j = first_run(found, "title")
    if j is None:
        return found
    found = _opened_late(tokens, found, j)
    a = found[j][1]
    if a == 0 or tokens[a - 1].text not in _OPENERS:
        return found
    closer = _OPENERS[tokens[a - 1].text]
    c = next(
        (k for k in range(a, min(len(tokens), a + _QUOTE_REACH * 2)) if tokens[k].text == closer),
        None,
    )
    if c is None:
        return found
    inside = [run for run in found[j:] if run[1] < c]
    if inside[-1][2] > c or {run[0] for run in inside} != {"title", OTHER}:
        return found
    if inside[-1] != ("title", inside[-1][1], c) or len(inside) < 3:
        return found
    return [*found[:j], ("title", a, c), *found[j + len(inside) :]]


_INSIDE_WORD: Final = frozenset({"'", "’", "-"})  # `Arşivi'nin`, `Kazak-Rus`


def _opened_late(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with title run `j` opened at the quote mark before it when the model gave the
    quoted title's first words to no field (`“Cumhuriyet Arşivi'nin | Türk Tarih
    Yazıcılığına Katkıları”`) and the run closes at the quote's close."""
    label, a, b = found[j]
    if j == 0 or found[j - 1][0] != OTHER or found[j - 1][2] != a or b >= len(tokens):
        return found
    marks = {**_OPENERS, '"': '"'}
    q = next((k for k in range(a - 1, found[j - 1][1] - 1, -1) if tokens[k].text in marks), None)
    if q is None or q == a - 1 or tokens[b].text != marks[tokens[q].text]:
        return found
    if not all(t.text.isalnum() or t.text in _INSIDE_WORD for t in tokens[q + 1 : a]):
        return found
    head = [(OTHER, found[j - 1][1], q + 1)] if q + 1 > found[j - 1][1] else []
    return [*found[: j - 1], *head, (label, q + 1, b), *found[j + 1 :]]
