"""A site's name before its headline (`Azattyq.org — «Жаңаөзендегі оқиғаға 10 жыл», 16.12.2021`,
a news site's source line): the model read the site's address-like name as the title and the
quoted headline as the host. A title that is one domain-like word (`Azattyq.org`, `Vlast.kz`)
before a host opened by a quote is the host, and the quoted words the title."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["site_before_headline"]

_DOMAIN_TOKENS: Final = 5  # `Azattyq . org`, `Kun . uz`: a name, its dots and labels
_DOMAIN: Final = re.compile(r"[^\W\d_][\w-]*(?:\.[^\W\d_]{2,})+")


def site_before_headline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a site's name and its quoted headline read the right way round."""
    for j in range(len(found) - 2):
        label, a, b = found[j]
        if label != "title" or b - a > _DOMAIN_TOKENS:
            continue
        if not _DOMAIN.fullmatch(written_text(tokens, a, b)):
            continue
        host = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
        if host is None or found[host][0] != "container-title":
            return found
        _, c, d = found[host]
        if c < 1 or tokens[c - 1].text not in QUOTES:
            return found
        out = list(found)
        out[j] = ("container-title", a, b)
        out[host] = ("title", c, d)
        return out
    return found
