"""A host named by a sentence that a postposed "in" word closes (Turkish APA's `Title [Podcast
bölümü]. Tarih Kulübü içinde. Spotify. https://…`): the sentence's words are the host (the
series, the programme, the book), whatever the model called them (a collection's title, often),
and a short sentence of capitalised words after it, before an address or the note's end, is
its publisher (APA's platform: `Spotify`, `YouTube`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["host_in_sentence"]

_HOSTS: Final = frozenset({"collection-title", "container-title"})
_PLATFORM: Final = frozenset({"container-title", "publisher", "collection-title"})
_MAX_HOST: Final = 12  # tokens of the host's sentence at most
_MAX_PLATFORM: Final = 4  # tokens of the platform's sentence at most


def _opening(tokens: list[Token], k: int) -> int:
    """Where the sentence that closes at token `k` opens: after the last period or bracket."""
    a = k
    while a > 0 and k - a < _MAX_HOST and tokens[a - 1].text not in {".", "]", ")"}:
        a -= 1
    return a


def _platform(tokens: list[Token], labels: list[str], start: int) -> int | None:
    """Where a platform's short sentence of capitalised words opening at `start` ends, when an
    address or the note's end follows it; else None."""
    end = start
    while end < len(tokens) and tokens[end].text != "." and labels[end] != "URL":
        end += 1
    words = [t.text for t in tokens[start:end] if t.text.isalnum()]
    after = end + 1 if end < len(tokens) and tokens[end].text == "." else end
    closing = after >= len(tokens) or labels[after] == "URL"
    if not (start < end <= start + _MAX_PLATFORM and words and closing):
        return None
    if not all(w[:1].isupper() for w in words) or any(t.text in ":,;" for t in tokens[start:end]):
        return None  # `New York: Press`: an imprint, no platform
    return end if all(labels[i] in _PLATFORM for i in range(start, end)) else None


def host_in_sentence(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a host's sentence closed by a postposed "in" word, or opened by an "in"
    word and closed by a period (`In History Hour. BBC Sounds. https://…`), and the platform's
    sentence after it read as such (see the module's doc)."""
    labels: list[str] | None = None
    for k in range(2, len(tokens) - 1):
        if "in" not in marks[k] or not tokens[k].text.isalpha():
            continue
        labels = labels or labels_at(found, len(tokens))
        if tokens[k + 1].text == ".":  # `Tarih Kulübü içinde.`
            a, b, skip = _opening(tokens, k), k, (k, k + 2)
        elif tokens[k - 1].text == "." and tokens[k].text[:1].isupper():  # `. In History Hour.`
            a = b = k + 1
            while b < len(tokens) and tokens[b].text != "." and b - a < _MAX_HOST:
                b += 1
            if b >= len(tokens) or tokens[b].text != ".":
                continue
            skip = (k, k + 1)
        else:
            continue
        if a >= b or any(labels[i] not in _HOSTS for i in range(a, b)):
            continue
        start = b + 1 if skip[1] == k + 1 else b + 2  # after the host's period
        end = _platform(tokens, labels, start)
        if skip[1] == k + 1 and end is None:
            continue  # an English host needs its platform after it: a book's part has none
        out = painted(painted(found, (OTHER, *skip)), ("container-title", a, b))
        out = painted(out, (OTHER, b, b + 1)) if skip[1] == k + 1 else out
        return painted(out, ("publisher", start, end)) if end is not None else out
    return found
