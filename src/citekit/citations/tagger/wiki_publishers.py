"""A wiki reference's publisher. Wikipedia's citation templates write the work, then the site or
periodical, then the publisher, each a sentence of its own (`"Title". www.ons.gov.uk. Office for
National Statistics. 28 June 2022.`, `"Title". Eurasia Daily Monitor. Vol. 14, no. 76. The
Jamestown Foundation. Archived from …`): a body's name (an organisation's head word) as a
sentence of its own after the title and the host, read as a second host, is the publisher,
when the note names none and no address (a web page's body is its site's, its type the
page's). Russian Wikipedia's news template writes the site before the bracketed date (`Доходы
семьи министра: что указано в декларации. Kursiv.media (18 апреля 2021). Дата обращения: …`):
the title's last sentence, the site's name, is the host."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["body_after_host", "house_after_report_number", "site_before_dated_bracket"]

_JOINING: Final = 3  # letters of a small joining word inside a body's name (`of`, `for`)
_HOSTS: Final = frozenset({"container-title"})  # what names the site or periodical


def _body(tokens: list[Token], text: str, a: int, b: int) -> bool:
    """Whether tokens a..b name a body: an organisation's head word among capitalised words
    (`The Jamestown Foundation`), no sentence of prose (`Впоследствии компания опровергла …`)."""
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    if any(w[:1].islower() and len(w) > _JOINING for w in words):
        return False
    return is_organisation(text[tokens[a].start : tokens[b - 1].end])


def body_after_host(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's sentence after the title and the host read as the publisher (see
    the module's doc)."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "title" not in labels or "URL" in labels:
        return found  # a page at its address is typed by its site, its body no house
    first = labels.index("title")
    for j in range(first + 2, len(found)):
        label, a, b = found[j]
        if label != "container-title" or a < 1 or tokens[a - 1].text != ".":
            continue
        if not any(r[0] in _HOSTS for r in found[first + 1 : j]):
            continue
        if b >= len(tokens) or tokens[b].text != ".":
            continue
        if not _body(tokens, text, a, b):
            continue
        return [*found[:j], ("publisher", a, b), *found[j + 1 :]]
    return found


def house_after_report_number(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with APA's body after a report's bracketed number read as the publisher (`Title
    (Policy Research Working Paper No. 9123). World Bank. doi:…`): the report's series names
    it, the sentence after it is the house that issued it."""
    labels = [run[0] for run in found]
    if "publisher" in labels or labels.count("container-title") > 1:
        return found
    if "container-title" in labels:
        j = labels.index("container-title")
    elif labels.count("title") == 2:  # the house read as a second title (`…). National Bank.`)
        j = len(labels) - 1 - labels[::-1].index("title")
    else:
        return found
    _, a, b = found[j]
    if a < 3 or [t.text for t in tokens[a - 2 : a]] != [")", "."]:
        return found
    if not any(r[0] in ("issue", "number") and r[2] == a - 2 for r in found[:j]):
        return found  # the bracket closes on the report's number
    if not _body(tokens, text, a, b):
        return found
    return [*found[:j], ("publisher", a, b), *found[j + 1 :]]


_SITE_WORDS: Final = 4  # tokens of a site's name at most (`Kursiv . media`, `Радио Азаттык`)


def site_before_dated_bracket(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the last sentence of the note's opening title, right before a bracketed
    date, read as the host when the note names none (see the module)."""
    if len(found) < 3 or found[0][0] != "title" or any(r[0] == "container-title" for r in found):
        return found
    _, a, b = found[0]
    k = 1
    while (
        k < len(found)
        and found[k][0] == OTHER
        and "(" not in {t.text for t in tokens[found[k][1] : found[k][2]]}
    ):
        k += 1
    if (
        k >= len(found)
        or found[k][0] != OTHER
        or k + 1 >= len(found)
        or found[k + 1][0] != "issued"
    ):
        return found
    opening = next(i for i in range(found[k][1], found[k][2]) if tokens[i].text == "(")
    if any(tokens[i].text == "(" for i in range(found[k + 1][1], found[k + 1][2])):
        return found
    _, _, e = found[k + 1]
    if e >= len(tokens) or tokens[e].text != ")":
        return found
    stop = next(
        (
            i
            for i in range(b - 2, a, -1)
            if tokens[i].text == "."
            and tokens[i + 1].text[:1].isupper()
            and len(tokens[i - 1].text) > 1
        ),
        None,
    )
    if stop is None or opening - stop - 1 > _SITE_WORDS or opening - stop - 1 < 1:
        return found
    head = [("title", a, stop), (OTHER, stop, stop + 1), ("container-title", stop + 1, opening)]
    return [*head, (OTHER, opening, found[k][2]), *found[k + 1 :]]
