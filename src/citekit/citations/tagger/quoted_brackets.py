"""A quoted title closes at its closing quote: the model may run a title on past it into a
bracket that describes the work, a lower-case word and its comma (Chicago's `"Energy Security
…" (speech, Chatham House, London, October 9, 2008)`, `"Title" (lecture, …)`), most often
when the quotes are typed straight. The words in the bracket are no title's."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.apa_hosts import bare_ins
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token

__all__ = ["host_after_quote_in", "title_closed_at_quote"]


_WORDS: Final = 4  # words of a bracketed kind at most (`(Kitap Tanıtımı)`)


def _described(tokens: list[Token], i: int) -> bool:
    """Whether the bracket opening at `i` describes the work: it opens on a lower-case word
    (`(speech, Chatham House, …)`, GOST's `(вместе с "…")`) or holds a few words alone before
    the sentence's comma or period (`(Kitap Tanıtımı), Belleten`); never when a colon follows it
    (`«Большая игра» (1813–1907): история …`: the title goes on)."""
    close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(tokens) or tokens[close + 1].text == ":":
        return False
    word = tokens[i + 1].text
    if word.isalpha() and word.islower():
        return True
    few = close - i - 1 <= _WORDS and all(t.text.isalpha() for t in tokens[i + 1 : close])
    return few and tokens[close + 1].text in ",."


def _closing(tokens: list[Token], a: int, b: int, opener: str) -> int | None:
    """The closing quote of `opener` in tokens a..b, past the pairs nested inside
    (`«Образ степу в романі «Кайдашева сім’я» (…)»`), or None."""
    closer, depth = QUOTES[opener], 0
    for k in range(a, b):
        text = tokens[k].text
        if text == closer and depth == 0:
            return k
        if text == closer:
            depth -= 1
        elif text == opener:
            depth += 1
    return None


def _host_after_in(tokens: list[Token], found: list[Run], j: int, close: int) -> list[Run] | None:
    """`found` with title run `j` cut at its closing quote `close` when a bare `In` follows it
    inside the run (`"Part." In Language, Nation and State in Post-Soviet Central Asia, edited
    by …`): the words after `In` are the host's, up to the end of a host run right after (its
    own `in` between); None when the note reads otherwise."""
    _, a, b = found[j]
    if close + 2 >= b or tokens[close + 1].text not in bare_ins():
        return None
    if any(run[0] == "container-title" for run in found[:j]):
        return None
    end, rest = b, j + 1
    if j + 2 < len(found) and found[j + 1][0] == OTHER and found[j + 1][2] - found[j + 1][1] <= 1:
        if found[j + 2][0] == "container-title":
            end, rest = found[j + 2][2], j + 3
    host = ("container-title", close + 2, end)
    return [*found[:j], ("title", a, close), (OTHER, close, close + 2), host, *found[rest:]]


def host_after_quote_in(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title run that holds its closing quote and a bare `In` after it
    cut there, the words after `In` the host's (`_host_after_in`)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        close = _closing(tokens, a, b, tokens[a - 1].text)
        if close is not None and (host := _host_after_in(tokens, found, j, close)) is not None:
            return host
        return found  # the first quoted title only
    return found


def title_closed_at_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run after an opening quote that holds its closing quote before a
    bracket cut at that quote (module doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        close = _closing(tokens, a, b, tokens[a - 1].text)
        if close is None or close + 3 >= len(tokens) or tokens[close + 1].text != "(":
            continue
        if not _described(tokens, close + 1):
            continue  # `«Большая игра» (1813–1907): история …`: the title's own bracket
        return [*found[:j], ("title", a, close), (OTHER, close, b), *found[j + 1 :]]
    return found
