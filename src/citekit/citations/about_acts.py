"""An act cited by its name alone: "On X".

Laws and decrees of the Russian-speaking world are named by what they rule on, the name an
"on …" phrase: Russian and Belarusian open it with `О`/`Об`, Ukrainian with `Про`, Kazakh,
Turkmen, Uzbek and Kyrgyz close it with their postposition (`Білім туралы`, `Bilim hakynda`,
`Taʼlim toʻgʻrisida`, `Билим берүү жөнүндө`; the language files' `[types] act_about_opens`
and `act_about_closes`). A note giving such a name and nothing a person's or a publisher's work
has (no author, editor or translator, no publisher, extent or ISBN, no periodical's volume,
page range or DOI, no address nor access date, no site named by its domain for its host)
cites the act: bare (`О языках в Республике Казахстан.`), by its year, or printed in a paper
of a day (`Про освіту // Голос України. 2017. 27 вересня.`). An article signed (`Иванов И. О
реформе …`), a journal's unsigned item with its pages (`О некоторых вопросах … // Вопросы
истории. 1989. № 4. С. 33–41.`), a book with its imprint, a site's headline (`"О …". ria.ru.
24 April 2020.`) and a ministry's page read online (`О визите Министра …. URL: …`) keep their
types.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.type_cues import RANGE, casefold
from citekit.citations.type_cues import day as _day
from citekit.languages import shipped_type_words

__all__ = ["about_act"]

# what the rules may have read an act named so as: a whole work, a paper's item, a host's part
_RETYPED: Final = frozenset({"book", "document", "article-newspaper", "article-journal"})
# what an act has not: a person's, a publisher's or a periodical's marks, an address
_NOT_AN_ACT: Final = (
    *("author", "editor", "translator", "publisher", "number-of-pages", "ISBN"),
    *("volume", "DOI", "URL", "accessed", "collection-title"),
)
_MARKS: Final = " .,:;«»\"“”„'‘’()[]"
_WORD: Final = re.compile(r"\S+")
_DOMAIN: Final = re.compile(r"\w\.[a-z]{2,}\b", re.IGNORECASE)  # `ria.ru`, `Tengrinews.kz`


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words(key))


def _named_about(title: str) -> bool:
    """Whether a title is an "on …" phrase: an `act_about_opens` word first, or an
    `act_about_closes` word last, with one word at least besides it."""
    words = [w.strip(_MARKS) for w in _WORD.findall(title)]
    words = [w for w in words if w]
    if len(words) < 2:
        return False
    return casefold(words[0]) in _words("act_about_opens") or casefold(words[-1]) in _words(
        "act_about_closes"
    )


def about_act(kind: str, fields: Mapping[str, object]) -> str:
    """`kind`, or `legislation` when the note cites an act by its "on …" name alone (see the
    module's doc)."""
    if kind not in _RETYPED or any(fields.get(k) for k in _NOT_AN_ACT):
        return kind
    if RANGE.search(str(fields.get("page") or "")):
        return kind  # a periodical's item spans its pages; an act is cited by its article
    if fields.get("issue") and not _day(fields.get("issued")):
        return kind  # a journal's issue; a paper's number stands beside its day
    if _DOMAIN.search(str(fields.get("container-title") or "")):
        return kind  # a site's headline, named by its domain (`"О …". ria.ru. 24 April 2020.`)
    title = str(fields.get("title") or "")
    return "legislation" if _named_about(title) else kind
