"""A title and its subtitle read apart at the colon, the title as a host before the subtitle
(`(2021) European Human Rights Law: Text and Materials. 3rd edn. Oxford: …, pp. 233–240.`): no
style writes a host before the work's own title and a colon between them, with no `In` or
`//` before the host, and a book's imprint after the subtitle; the two are one title. A site's
name before its page's title with an address and no imprint (`Энциклопедия Кругосвет: Title.
http://…`) stays the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["host_before_subtitle"]

_IN: Final = frozenset({"in", "içinde", "//", "/", "в", "in:"})
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def host_before_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run, a colon of no field and the first title run after it read as
    one title (see the module's doc)."""
    for j in range(len(found) - 2):
        label, a, _b = found[j]
        if label != "container-title":
            continue
        if any(run[0] == "title" for run in found[:j]):
            return found
        gap, title = found[j + 1], found[j + 2]
        if gap[0] != OTHER or [t.text for t in tokens[gap[1] : gap[2]]] != [":"]:
            return found
        if title[0] != "title" or any(r[0] == "container-title" for r in found[j + 1 :]):
            return found
        after = {r[0] for r in found[j + 3 :]}
        if not after & _IMPRINT or "URL" in after:
            return found  # `Энциклопедия Кругосвет: Title. http://…`: a site and its page
        before = [t.text.casefold() for t in tokens[max(0, a - 2) : a]]
        if any(w in _IN for w in before) or (a > 0 and tokens[a - 1].text == "/"):
            return found
        return [*found[:j], ("title", a, title[2]), *found[j + 3 :]]
    return found
