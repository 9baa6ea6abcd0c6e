"""A review as GOST cites it: the reviewer, maybe the review's own title, a review's word
and the reviewed book's description, then the journal that printed the review after `//`
(`Аксёнов В. Б. Рец.: Орлов А. С. Крестьянство и власть … М.: Наука, 2014. – 312 с. //
Вопросы истории. – 2015. – № 7. – С. 163–166`; `Сидоренко О. В. Историк и его источники:
[рец. на кн.: Зимин А. А. …] // Российская история. …`; `Нұрпейісова Г. Қ. Пікір: …`).
The record is the review's: its author the reviewer, its host the journal; the reviewed
book's author and title are CSL's `reviewed-author` and `reviewed-title` (kept in `extra`),
never the review's own (`[words] review_of`, `review_word`)."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable

from attrs import evolve

from citekit.languages import shipped_words
from citekit.model import Citation

__all__ = ["gost_review", "reviewed"]


@functools.cache
def _word() -> re.Pattern[str]:
    words = shipped_words("review_of") | shipped_words("review_word")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # after the reviewer's name or the review's title (a period, a colon, a bracket), a
    # review's word and its colon
    # (a bracket's white space opens at its first character: linear in a run of spaces)
    return re.compile(rf"(?:(?<=[.:])\s+|(?<!\s)\s*\[)(?i:{alternation})\s*:\s*")


# a reviewer's name alone, no title of the review's own: `Аксёнов В. Б.`, `В. Б. Аксёнов`
_INITIALS = r"(?:[^\W\d_]{1,2}\.\s?){1,3}"
_NAME_ALONE = re.compile(rf"[^\W\d_][\w'’-]*\s+{_INITIALS}|{_INITIALS}\s*[^\W\d_][\w'’-]*")


def _untitled(head: str) -> bool:
    """Whether the words before a review's word are the reviewer's name alone."""
    return _NAME_ALONE.fullmatch(head.strip()) is not None


def gost_review(text: str) -> tuple[str, str, str] | None:
    """The review's own description, the reviewed book's and the part after `//`, when
    `text` is a GOST review (see the module's doc), else None."""
    host = text.find(" //")
    if host < 0:
        return None
    found = _word().search(text, 0, host)
    if found is None or found.start() == 0:
        return None
    book = text[found.end() : host].strip()
    bracketed = text[found.start() : found.end()].lstrip().startswith("[")
    if bracketed:
        book = book.rstrip().removesuffix("]").strip()
    head = text[: found.start()].rstrip(" :")
    if not book or not head:
        return None
    return head, book, text[host:].lstrip()


def reviewed_extra(found: Citation) -> tuple[tuple[str, str], ...]:
    """`extra`'s entries for the reviewed book `found`."""
    out: list[tuple[str, str]] = []
    names = [n.family or n.literal for n in found.authors if n.family or n.literal]
    if names:
        out.append(("reviewed-author", json.dumps(names[0], ensure_ascii=False)))
    title = found.title or found.raw
    out.append(("reviewed-title", json.dumps(title, ensure_ascii=False)))
    return tuple(out)


def reviewed(review: tuple[str, str, str], read: Callable[[str], Citation]) -> Citation:
    """The review's record: read from its own words and the host (a review with no title of
    its own read with the reviewed book's title in its place, then given none, so the host's
    numbers read as they stand), the reviewed book's author and title in `extra`."""
    head, book, host = review
    book_read = read(book)
    if _untitled(head) and book_read.title:
        # its language is its host's (`// Записки Восточного отделения`), no reviewed book's
        own = read(f"{head} {book_read.title} {host}")
        own = evolve(own, title=None, language=read(host.lstrip("/ ")).language)
    else:
        own = read(f"{head} {host}")
    return evolve(own, extra=own.extra + reviewed_extra(book_read))
