"""A site named by its domain after the title: web notes write the site's name as its address's
host (`Title. Turkmenistan.ru, 2019. URL: …`, `Başlık. Haberler.com, 12.03.2021.`,
`Title. Kapital.kz, 2020.`). Written so, a name, its glued period and a domain's last label
are one name, the site's: no word of the title, and no title and host split at its period."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import Run, painted
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["domain_host"]

_TLD: Final = (2, 4)  # letters of a domain's last label (`ru`, `kz`, `com`, `info`)
# the longer generic top-level domains a site's name closes on, closing its own sentence
# (`Kazakhstan.travel.`, `Eurasia.expert.`): no language's words, the domain registry's
_LONG_TLDS: Final = frozenset(
    {"travel", "media", "expert", "online", "world", "today", "global", "press", "agency"}
)
_NAME: Final = 3  # letters of the site's name at least
_TAKEN: Final = frozenset({"title", "container-title", "publisher"})  # runs it may be read in
_CLOSE: Final = frozenset({".", ","})  # what closes the site's name


def _domain_at(tokens: list[Token], k: int) -> bool:
    """Whether tokens `k`…`k + 3` are a name, a glued period and a domain's last label, closed
    by a period or a comma and opened after a title's period (no address's part)."""
    if k < 2 or k + 3 >= len(tokens):
        return False
    name, dot, tld, after = tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]
    before = tokens[k - 1]
    return (
        before.text == "."
        and before.end < name.start
        and dot.text == "."
        and name.end == dot.start
        and dot.end == tld.start
        and name.text.isalpha()
        and len(name.text) >= _NAME
        and tld.text.isalpha()
        and tld.text.islower()
        and (_TLD[0] <= len(tld.text) <= _TLD[1] or (after.text == "." and tld.text in _LONG_TLDS))
        and after.text in _CLOSE
        and after.start == tld.end
    )


def domain_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a domain-named site after the title's period read as the host, when the
    note names no other host."""
    if "." not in text_set(tokens):
        return list(found)
    if sum(label == "container-title" for label, _, _ in found) > 1:
        return list(found)
    for label, a, b in found:
        if label != "title":
            continue
        for k in range(a + 1, b):
            if not _domain_at(tokens, k):
                continue
            covering = {lab for lab, c, d in found if c < k + 3 and d > k}
            later = any(lab == "container-title" and c >= k + 3 for lab, c, _ in found)
            if covering <= _TAKEN and not later:
                return painted(painted(found, ("title", a, k)), ("container-title", k, k + 3))
    return list(found)
