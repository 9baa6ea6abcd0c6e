"""The CSL type of a cited item, inferred from its predicted fields and the cue words of the
language files (thesis, law, proceedings, archive, encyclopedia, video, newspaper words)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Set

from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.tokens import tokenize
from citekit.languages import shipped_words

__all__ = ["infer_type"]

_VIDEO_HOST = re.compile(r"(?:youtube\.com|youtu\.be|vimeo\.com|rutube\.ru)", re.IGNORECASE)
_WIKI_HOST = re.compile(r"wikipedia\.org|wikiwand\.com|britannica\.com", re.IGNORECASE)


@functools.cache
def _news_path() -> re.Pattern[str]:
    """A news article's address: a dated or long-numbered path, or a language's news word."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("news_path")))
    return re.compile(rf"/(?:\d{{4}}/\d{{1,2}}|{words}|[a-z-]*\d{{5,}})", re.IGNORECASE)


@functools.cache
def _law_path() -> re.Pattern[str]:
    """A site's section of laws ("bp.gov.tm/laws/205", "/zakon/"): a language's law words."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("law_path")))
    return re.compile(rf"/(?:{words})\w*/", re.IGNORECASE)


def _cues(text: str) -> set[str]:
    tokens = tokenize(text, 400)
    marks = token_marks(tokens)
    return {k for m in marks for k in m if not k.startswith("B")}


def infer_type(fields: Mapping[str, object], text: str, cues: Set[str] | None = None) -> str:
    """A CSL type for one citation: the fields it has and the words around them decide.
    `cues` are the lexicon keys found in `text`, when already known."""
    url = str(fields.get("URL") or "")
    container = str(fields.get("container-title") or "")
    title = str(fields.get("title") or "")
    if cues is None:
        cues = _cues(text)
    if _VIDEO_HOST.search(url):
        return "motion_picture"
    if _WIKI_HOST.search(url) or "encyclopedia" in _cues(container + " " + url):
        return "entry-encyclopedia"
    if "thesis" in cues:
        return "thesis"
    law_site = _law_path().search(url) and not fields.get("author")
    if "legislation" in _cues(title) or ("legislation" in cues and not container) or law_site:
        return "legislation"
    if "archive" in cues and not title:
        return "manuscript"
    journal = "journal" in _cues(container)
    conference = "conference" in _cues(container) or ("conference" in _cues(title) and container)
    if conference and not journal:
        return "paper-conference"
    has_book = any(
        fields.get(k)
        for k in ("publisher", "publisher-place", "number-of-pages", "ISBN", "edition")
    )
    if container and (fields.get("editor") or "in" in cues) and has_book:
        return "chapter"
    if container and (fields.get("volume") or fields.get("issue") or fields.get("DOI")):
        return "article-journal"
    if journal:
        return "article-journal"
    if has_book and not url:
        return "book"
    if container and fields.get("page") and not url:
        return "article-journal"
    if "video" in cues:
        return "motion_picture"
    if url or container:
        # GOST's "//" joins a part to the serial it appeared in: an article, not a page
        part = container and "//" in text.replace("://", "")
        if part or "newspaper" in _cues(container) or _news_path().search(url):
            return "article-newspaper"
        issued = fields.get("issued")
        if container and issued is not None and getattr(issued, "day", None) is not None:
            return "article-newspaper"
        return "webpage" if url else "article-newspaper"
    if title and not container:
        return "book"
    return "document"
