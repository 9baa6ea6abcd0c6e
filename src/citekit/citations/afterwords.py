"""A note's discussion after the source it cites. Once the cited page closes a sentence
(`…, 1993, s. 44-46.`), a sentence that opens with the cited author's family name again
(`Saray, Göktürk kitabelerine dayanarak …`, `Edgar argues …`, `Абылхожин отмечает …`) talks
about the source: it is the note's prose (or the same author's next work), never the first
source's title or imprint. The tagger reads the note up to that page's period. So with a
clause after `;` that points at the same source again (`…, 88–90; on Turkmenistan
specifically, see ibid., 112.`): the source ends at the `;`."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import EdgedPattern, literal_alternation
from citekit.languages import shipped_words

__all__ = ["before_discussion"]

_FAMILY_MIN = 3  # letters of a family name at least (`Li` may be any word)
_IBID_MIN = 4  # characters of an ibid word at least (`Ibid`, `a.y.`, `Там же`)


@functools.cache
def _closing_page() -> EdgedPattern:
    """A page's label and its number or range closing a sentence, then a capitalised word (the
    label after no word character: an `EdgedPattern`, which re finds by the label's letters)."""
    words = sorted((w for w in shipped_words("page") if w.endswith(".")), key=len, reverse=True)
    return EdgedPattern(
        r"(?:" + literal_alternation(words) + r")\s*\d+(?:\s*[-–—]\s*\d+)?\.\s+"
        r"([^\W\d_][^\W\d_]+)(?=[\s,])"
    )


@functools.cache
def _ibid_clause() -> re.Pattern[str]:
    """A `;` and a clause after it that points at the same source again: an ibid word opens
    it or follows its see-word, a few words after the `;` and in its sentence (`; see also
    ibid., 112`, `; on X, see ibid.`, `; см. там же`)."""
    # as written, periods kept; none shorter than `Ib.` (`ay.`, `Id.` are words as well); a
    # see-word with its "also" is the language file's (`See also`, `см. также`)
    found = {w.rstrip(",") for w in shipped_words("ibid")}
    ibid = literal_alternation(sorted((w for w in found if len(w) >= _IBID_MIN), key=len)[::-1])
    see = literal_alternation(sorted(shipped_words("see"), key=len, reverse=True))
    return re.compile(
        r";(?:[^;.\d]{0,60}?(?<!\w)(?:" + see + r")[\s:]*)?\s*(?:" + ibid + r")"
        r"(?!\w)[^;]*$",
        re.IGNORECASE,
    )


def before_discussion(text: str) -> str:
    """`text` up to the cited page's period when the sentence after it opens with the name of
    an author the note named before the page, or up to a `;` whose clause points at the same
    source again, else `text` itself."""
    clause = _ibid_clause().search(text) if ";" in text else None
    if clause is not None and text[: clause.start()].strip():
        text = text[: clause.start()]
    for found in _closing_page().finditer(text):
        word = found.group(1)
        if len(word) < _FAMILY_MIN or not word[0].isupper():
            continue
        head = text[: found.start()]
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", head) is None:
            continue
        return text[: found.start(1)].rstrip()
    return text
