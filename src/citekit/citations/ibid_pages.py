"""An ibid word and the page label after it, written in another language's words together.

An edition (or the foreign-ibid fix) that translates `Aynı yer, s. 47` into Russian writes
`Там же. С. 47`, not `Там же, s. 47`: a note with its ibid word translated and its page label
left is half a translation. The label is the target language's ``[terms] page`` (``pages`` for
a range where the language has a word of its own: `pp.`, `ss.`); a capital label (GOST's `С.`)
opens a sentence after the ibid word, a small one (`s.`, `p.`) follows a comma; a language
that writes its label after the page (Kazakh `Сонда, 47-б.`) says so by ``[terms] page_after``,
the mark that joins them.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations import ibid_replacement, ibid_written
from citekit.languages import Language, shipped_words

__all__ = ["ibid_with_page"]

_RANGE: Final = "–—-"


@functools.cache
def _page_label() -> re.Pattern[str]:
    """A page label (any shipped language's, `s.`, `С.`, `p.`, `б.`) and the pages it names,
    written right after an ibid word (`Aynı yer, s. 47`; after the page, `Сонда, 15-б.`)."""
    labels = "|".join(re.escape(w) for w in sorted(shipped_words("page"), key=len, reverse=True))
    one = r"\d+(?:\s*[–—-]\s*\d+)?"
    page = rf"{one}(?:\s*,\s*{one})*"  # `47`, `47–49`, `47, 52`
    return re.compile(  # GOST's dash after the ibid word (`Там же. – С. 47`) is its separator
        rf"\s*[.,;:]?\s*(?:[–—-]\s*)?(?:(?P<label>{labels})(?![^\W\d_])\s*(?P<page>{page})"
        rf"|(?P<page_first>{page})(?:-|\s)(?P<label_after>{labels})(?![^\W\d_]))"
    )


def ibid_with_page(text: str, target: Language, ibid: str) -> tuple[str, str] | None:
    """The ibid word and the page after it as `text` writes them, and as `target` writes them
    with its ibid word `ibid`; None when no other language's page label follows the word."""
    written = ibid_written(text)
    term = target.terms.get("page")
    if written is None or term is None or not target.words.page:
        return None
    at = text.find(written)
    found = _page_label().match(text, at + len(written)) if at >= 0 else None
    if found is None:
        return None
    label = found.group("label") or found.group("label_after")  # `15-б.`, `12 s.`
    page = found.group("page") or found.group("page_first")
    if label in target.words.page:
        return None
    if any(c in page for c in _RANGE + ","):  # a range or a list: pages
        term = target.terms.get("pages", term)
    lead = ibid_replacement(text[:at] + written + ",", written, ibid)
    joiner = target.terms.get("page_after")
    end = found.end()
    if joiner is not None:  # `Сонда, 47-б.`: the label follows the page, and ends the sentence
        new = f"{lead}, {page}{joiner}{term}"
        if term.endswith(".") and text[end : end + 1] == ".":
            end += 1
        old = text[at:end]
        return (old, new) if old != new else None
    if term[:1].isupper():  # `Там же. С. 47`: the ibid word's sentence ends before the label
        new = f"{lead if lead.endswith('.') else lead + '.'} {term} {page}"
    else:
        new = f"{lead}, {term} {page}"
    if found.group("label_after") and label.endswith("."):
        new += "."  # `15-б.`: the label's period ended the note's sentence
    old = text[at:end]
    return (old, new) if old != new else None
