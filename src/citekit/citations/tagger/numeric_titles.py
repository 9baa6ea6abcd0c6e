"""A periodical's pages the model read as the title (APA's `Title. Journal, 8(4), 1301–1318.`
read as `container: Title. Journal`, `title: 1301–1318`): a run of numbers and a dash alone
after the volume or issue is no title but the pages, and the host run that holds a sentence's
end before the journal's name holds the title too, cut at its last sentence."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.hosts import _split_last_sentence
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = ["pages_read_as_title"]

_NUMBERS: Final = frozenset({"volume", "issue"})
_TITLE_WORDS: Final = 3  # words of a title cut from the host at least


def _pages(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a number or a range of two (`1301 – 1318`, `45`)."""
    texts = [t.text for t in tokens[a:b]]
    if len(texts) == 1:
        return texts[0].isdecimal()
    return len(texts) == 3 and texts[0].isdecimal() and texts[1] in DASHES and texts[2].isdecimal()


def pages_read_as_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title of numbers after a volume or issue read as the pages (module doc)."""
    titles = [j for j, run in enumerate(found) if run[0] == "title"]
    if len(titles) != 1 or any(run[0] == "page" for run in found):
        return found
    j = titles[0]
    _, a, b = found[j]
    if j < 2 or found[j - 2][0] not in _NUMBERS or found[j - 1][0] != OTHER:
        return found
    if not _pages(tokens, a, b) or "," not in {t.text for t in tokens[found[j - 1][1] : a]}:
        return found
    out = [*found[:j], ("page", a, b), *found[j + 1 :]]
    hosts = [k for k, run in enumerate(out) if run[0] == "container-title"]
    if len(hosts) != 1:
        return out
    cut = _split_last_sentence(tokens, out, hosts[0])
    if cut == out:
        return out
    _, s, e = cut[hosts[0]]
    words = sum(1 for t in tokens[s:e] if t.text.isalpha())
    if words < _TITLE_WORDS:
        return out  # `Phys. Rev. Lett., 104(4), 1301–1318`: an abbreviated name, no title
    return cut
