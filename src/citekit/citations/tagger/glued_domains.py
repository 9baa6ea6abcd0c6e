"""A name written as its site's domain (`Kaktus.media`, `Report.az`, `Hürriyet.com.tr`,
`Haber7.com`) is one name: its glued period and the domain's last labels are no sentence's end
and no field of their own, whatever the model made of them. The name's label (an outlet named
first, an author's slot, a host) is the whole domain's; opening the note right before
a bracketed date, unlabelled, it is the outlet the item is in (`APA.az (2022, 18 aprel).`;
with its period, `Haber7.com. (2023, 12 20).`, APA's author slot)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.tokens import Token

__all__ = ["glued_domain"]

_LABEL: Final = re.compile(r"[a-z]{2,6}(?:\.[a-z]{2,3})?")  # `az`, `media`, `com.tr`
_NAME: Final = re.compile(r"[^\W_][\w-]*")  # `Kaktus`, `Haber7`, `24`
_KEPT: Final = frozenset({OTHER, "URL", "DOI"})


def _glued(tokens: list[Token], k: int) -> bool:
    return tokens[k].end == tokens[k + 1].start


def _headline_after(tokens: list[Token], out: list[str], end: int) -> None:
    """Label the run after the date's bracket (`). Headline.`) the title when the model
    read it as the host: the outlet is named before the date."""
    close = next((i for i in range(end, min(len(tokens), end + 12)) if tokens[i].text == ")"), None)
    if close is None or close + 2 >= len(tokens) or tokens[close + 1].text != ".":
        return
    i = close + 2
    while i < len(tokens) and out[i] == "container-title":
        out[i] = "title"
        i += 1


def glued_domain(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with each name glued to a period and a domain's lowercase last label read
    whole, in the name's field (or the label's, when the model gave the name none)."""
    out = list(labels)
    for k in range(len(tokens) - 2):
        name, dot, tld = tokens[k], tokens[k + 1], tokens[k + 2]
        if dot.text != "." or not (_glued(tokens, k) and _glued(tokens, k + 1)):
            continue
        if not (_NAME.fullmatch(name.text) and _LABEL.fullmatch(tld.text)):
            continue
        if k > 0 and _glued(tokens, k - 1) and tokens[k - 1].text not in '«“"(':
            continue  # a part of a longer address or name (`www.baq.kz`, `e.g`)
        end = k + 3
        while end + 1 < len(tokens) and tokens[end].text == "." and _glued(tokens, end - 1):
            if not (_glued(tokens, end) and _LABEL.fullmatch(tokens[end + 1].text)):
                break
            end += 2  # `Hürriyet.com.tr`: the domain's labels after the first
        if end < len(tokens) and _glued(tokens, end - 1) and tokens[end].text.isalnum():
            continue  # the domain goes on (`site.kz/path` is an address)
        field = out[k] if out[k] not in _KEPT else out[k + 2]
        dated = end < len(tokens) and tokens[end].text == "("
        dated = dated or (
            end + 1 < len(tokens) and [t.text for t in tokens[end : end + 2]] == [".", "("]
        )
        if k == 0 and dated and (field in _KEPT or field == "title"):
            # `APA.az (2022, 18 aprel). Title.`, APA's `Kun.uz. (2023, 17 января). Title.`: the
            # outlet's name, no title
            field = "container-title"
            _headline_after(tokens, out, end)
        if field in _KEPT or not name.text[:1].isupper():
            continue
        out[k:end] = [field] * (end - k)
    return out
