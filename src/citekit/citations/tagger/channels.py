"""A video's channel. A video cited on a platform names the platform as its host after the
video's title (`Al Jazeera, “…”, YouTube`, `Kazinform. «…». YouTube. 2018`): the name that
stands before the title, read as a host or as a first title, is the channel that posted the
video, its author (`[words] video_host`). So is a sentence the model ran into the title before
a title written whole in quotes (`Хабар 24. «Ұлы дала мұрасы». YouTube`, `Первый канал.
«…» (документальный фильм). YouTube`): the quoted name is the video's, the sentence its
channel's."""

from __future__ import annotations

import functools

from citekit.citations.tagger.align import Run
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["channel_author"]


@functools.cache
def _video_hosts() -> frozenset[str]:
    return frozenset(fold(word) for word in shipped_words("video_host"))


def channel_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the channel before a video's title read as its author (see the module)."""
    hosts = _video_hosts()
    platform = next(
        (
            j
            for j, (label, a, b) in enumerate(found)
            if label == "container-title"
            and _words(tokens, a, b) == 1
            and fold(tokens[a].text) in hosts
        ),
        None,
    )
    if platform is None:
        return list(found)
    labels = [label for label, _, _ in found[:platform]]
    if "author" in labels or "title" not in labels:
        return list(found)
    first = labels.index("title")
    channel = next((j for j in range(first) if labels[j] == "container-title"), None)
    if channel is None and labels.count("title") == 2 and _quoted(tokens, found[first + 1 :]):
        channel = first  # `Channel, “Title”, YouTube`: the first "title" is the channel's name
    if channel is None and labels.count("title") == 1:
        return _sentence_before_quote(tokens, found, first)
    if channel is None:
        return list(found)
    out = list(found)
    _, a, b = out[channel]
    out[channel] = ("author", a, b)
    return out


def _words(tokens: list[Token], a: int, b: int) -> int:
    """Tokens a..b without the marks that close the run (`YouTube ,`: one)."""
    while b > a and tokens[b - 1].text in ".,":
        b -= 1
    return b - a


def _quoted(tokens: list[Token], rest: list[Run]) -> bool:
    """Whether the next title run in `rest` opens after a quotation mark."""
    a = next(a for label, a, _ in rest if label == "title")
    return a > 0 and tokens[a - 1].text in QUOTES


def _sentence_before_quote(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the title run `j` split when it holds a sentence, its period, then a
    title in quotes that closes the run: the sentence is the channel, the quoted name the
    title (`Хабар 24. «Ұлы дала мұрасы»`)."""
    _, a, b = found[j]
    end = b
    while end > a and tokens[end - 1].text in ".,":
        end -= 1
    opening = next((k for k in range(a + 1, end) if tokens[k].text in QUOTES), None)
    if opening is None or opening - a < 2 or tokens[opening - 1].text != ".":
        return list(found)
    closing = QUOTES[tokens[opening].text]
    if tokens[end - 1].text != closing or any(
        t.text == closing for t in tokens[opening + 1 : end - 1]
    ):
        return list(found)
    out = list(found)
    out[j : j + 1] = [("author", a, opening - 1), ("title", opening + 1, end - 1)]
    return out
