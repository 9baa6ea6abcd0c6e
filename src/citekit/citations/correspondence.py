"""A letter, an email or a message the note cites by itself (`Email to the author, 4 June
2020.`, `Yazarla e-posta yazışması, 4 Haziran 2020.`, `Письмо автору от директора архива, 12
марта 2019 г.`, `Авторға жазған хаты, …`): CSL's `personal_communication`, no newspaper's item
whose name the model read the phrase as.

A note is one when the words that name its work (its title and host, whichever the model
read) hold a correspondence word of the language files (`[words] correspondence`: `email`,
`e-posta`, `письмо`, `хат`), no other host names a place that printed it (a paper's `Open
letter to …`, `Karavan`), no imprint, periodical's numbers, address or archive's shelf mark
is written, and it is addressed to the work's own author (`[words] author_noun` in any case
form: `автору`, `Yazarla`, `Awtora`) or dated to its month and described in small letters
(`Letter from Dr. A. Sadykova, 2 February 2022`; `Hat Sanatı, Mart 2015` is a name). A
conversation or an interview stays an `interview` (`Personal communication`, `Kişisel
görüşme`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.own_author import to_own_author
from citekit.citations.type_cues import archive_marks
from citekit.languages import shipped_words

__all__ = ["as_letter", "names_correspondence", "personal_communication"]

# fields that print a work or place it: a letter with one was published or kept in an archive
_PRINTED: Final = (
    "publisher",
    "publisher-place",
    "volume",
    "issue",
    "page",
    "URL",
    "DOI",
    "ISBN",
    "number-of-pages",
    "editor",
    "edition",
    "collection-title",
)
_KINDS: Final = frozenset({"article-newspaper", "book", "webpage", "document", "article-journal"})


@functools.cache
def _word() -> re.Pattern[str]:
    """A correspondence word of the language files, whole, in any case."""
    words = sorted(shipped_words("correspondence"), key=len, reverse=True)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


def names_correspondence(text: str) -> bool:
    """Whether `text` holds a letter's, an email's or a message's word (`[words]
    correspondence`), whole, in any case."""
    return _word().search(text) is not None


def personal_communication(kind: str, fields: Mapping[str, object], text: str) -> bool:
    """Whether a note typed `kind` cites a letter, an email or a message by itself (see the
    module's doc)."""
    if kind not in _KINDS or "//" in text or any(fields.get(k) for k in _PRINTED):
        return False
    title = str(fields.get("title") or "")
    host = str(fields.get("container-title") or "")
    if not (_word().search(host) if host else _word().search(title)):
        return False  # … a host of its own printed it (`"Open letter to …", Azattyq, …`)
    if archive_marks(text) or fields.get("genre"):
        return False
    named = host or title
    if to_own_author(named):
        return True
    issued = fields.get("issued")
    dated = issued is not None and getattr(issued, "month", None) is not None
    # … or dated to its month, the phrase written as a description, a word in small letters
    # after its first (`Letter from Dr. A. Sadykova`), no name in capitals (`Hat Sanatı`)
    return dated and any(w[:1].islower() for w in named.split()[1:])


def as_letter(fields: Mapping[str, object]) -> dict[str, object]:
    """A personal communication's fields: the phrase the model read as a host is its title
    (`Email to the author`), no periodical's name."""
    host = fields.get("container-title")
    if not host or fields.get("title"):
        return dict(fields)
    return {**{k: v for k, v in fields.items() if k != "container-title"}, "title": host}
