"""A title that closes on its question or exclamation mark, then the journal's name, then its
volume (`Do … reduce poverty in developing countries? World Development, Vol. 33, No. 10`):
the mark ends the title as a period would, and the capitalised words after it, closed by the
comma before the volume or the issue (a note that gives the issue and no house), are the
host's; so is a site's one word closed by the period before the page's address (APA's news:
`Kazakistan'da ne oldu? Karar. https://…`; more words are the title's subtitle). The model,
meeting no period there, may read both as one title."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, painted
from citekit.citations.tagger.tokens import Token

__all__ = ["host_after_question"]

_MARKS: Final = frozenset({"?", "!"})
_HOST: Final = 5  # tokens of the host's name at most
_NUMBERS: Final = frozenset({"volume", "issue"})
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})
_ADDRESS: Final = frozenset({"URL"})  # a site's name, its period, then the page's address


def host_after_question(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host's name after a title's closing question mark read apart (see the
    module's doc), in a note with no host."""
    j = first_run(found, "title")
    if j is None or any(run[0] == "container-title" for run in found):
        return found
    _, a, b = found[j]
    q = next((k for k in range(b - 2, a, -1) if tokens[k].text in _MARKS), None)
    if q is None or b - q - 1 > _HOST or b >= len(tokens) or tokens[b].text not in ",.":
        return found
    head = tokens[q + 1].text
    if not (head[:1].isupper() and head.isalpha()):
        return found
    if any(t.text in _MARKS or t.text in ".:;" for t in tokens[q + 1 : b]):
        return found
    labels = {run[0] for run in found}
    if tokens[b].text == "," and (labels & _IMPRINT or "issue" not in labels):
        return found  # a book's volume (`What Is to Be Done? Burning Questions …, vol. 5`)
    if tokens[b].text == "." and b - q - 1 > 1:
        return found  # a site's one word (`Karar`); `Five Scenarios. https://…`: a subtitle
    after = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if after is None or after[0] not in (_NUMBERS if tokens[b].text == "," else _ADDRESS):
        return found
    return painted(painted(found, ("title", a, q + 1)), ("container-title", q + 1, b))
