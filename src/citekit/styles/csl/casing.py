"""Text case: the language's upper and lower case (Turkish İ), sentence case, English title
case with its lower-case words (language data), field markup kept.
"""

from __future__ import annotations

import functools
import re

from citekit.languages import available_languages, language
from citekit.styles.csl.model import _MARK_CLASS, _MARKS
from citekit.styles.csl.punctuation import _pair_quotes
from citekit.styles.csl.richtext import _MARKUP, _escape, _typography


@functools.cache
def _title_lowercase() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """English title case's lower-case words, and its lower-case phrases as word tuples
    (`title_lowercase` in the English language data)."""
    listed = language("en").title_lowercase
    phrases = tuple(tuple(w.split()) for w in listed if " " in w)
    return frozenset(w for w in listed if " " not in w), phrases


def _dotted(lang: str) -> bool:
    """Whether the language writes dotted İ and dotless ı (its data says `dotted_i`)."""
    code = lang.split("-")[0].lower()
    return code in available_languages() and language(code).dotted_i


def _upper(text: str, lang: str) -> str:
    """Upper case by the language's rules: Turkish i -> İ, ı -> I."""
    if _dotted(lang):
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


def _lower(text: str, lang: str) -> str:
    """Lower case by the language's rules: Turkish İ -> i, I -> ı."""
    if _dotted(lang):
        text = text.replace("İ", "i").replace("I", "ı")
    return text.lower()


def _case(text: str, mode: str | None, lang: str) -> str:
    if not mode or not text:
        return text
    if mode == "lowercase":
        return _lower(text, lang)
    if mode == "uppercase":
        return _upper(text, lang)
    if mode == "capitalize-first":
        return _upper(text[:1], lang) + text[1:]
    if mode == "capitalize-all":
        return " ".join(_upper(w[:1], lang) + w[1:] for w in text.split(" "))
    if mode == "sentence":
        return _sentence(text, first=True)
    if mode == "title":
        return _title_case(text) if lang.startswith("en") else text
    return text


_TITLE_PIECES = re.compile(r"([\s\u00a0/–—-]+)")


def _title_case(text: str) -> str:
    """English title case as citeproc-js writes it (see `_title_word`)."""
    piece = _TitleText(text, False)
    _title_case_pieces([piece], "en")
    return piece.text


def _bare(word: str) -> str:
    """A title word without its quotes, brackets and punctuation, lower case."""
    core = word[len(word) - len(word.lstrip("“‘\"'([¿¡\x01")) :]
    return core.rstrip(".,:;?!”’\"')]\x02\x05").lower()


def _title_word(word: str, opening: bool, last: bool, after_hyphen: bool, stop: bool) -> str:
    """One word of an English title: capitalised but for stop words inside a title ("of",
    "a"), which open it or a subtitle ("…: A Second Story") all the same; words with capitals
    of their own ("iPad", "UK") and words not opening with a Latin letter ("β", "07-x") as
    written; after a hyphen, a stop word or a single letter stays ("Out-of-Fashion")."""
    lead = len(word) - len(word.lstrip("“‘\"'([¿¡\x01"))
    core = word[lead:]
    bare = core.rstrip(".,:;?!”’\"')]\x02\x05").lower()
    if any(c.isupper() for c in core[1:]) or not (core[:1].isascii() and core[:1].isalpha()):
        return word
    if after_hyphen and (stop or len(bare) == 1):
        return word
    if stop and not opening and not last and not lead:
        return word
    return word[:lead] + core[:1].upper() + core[1:]


def _sentence(text: str, *, first: bool) -> str:
    """Sentence case: a capital to start, words written as Title-case words lowered; acronyms
    and other inner capitals stay."""
    words = text.split(" ")
    out = []
    for word in words:
        if word[1:].islower() and word[:1].isupper():
            word = word.lower()
        out.append(word)
    result = " ".join(out)
    return result[:1].upper() + result[1:] if first else result


def _rich(text: str, case: str | None, lang: str, strip: bool) -> str:
    """Field text with its own markup kept, the rest escaped and cased (not inside nocase)."""
    out: list[str | _TitleText] = []
    nocase = 0
    spans: list[str] = []
    first = True
    # French guillemets hold their text with narrow no-break spaces: « Anonymous »
    text = _pair_quotes(_GUILLEMET_SPACE.sub(_narrow, text))
    pieces = _MARKUP.split(text)
    stray = _stray_closers(pieces)
    for n, piece in enumerate(pieces):
        if not piece:
            continue
        if n in stray:
            out.append(_escape(piece))  # "One TwoF</i> Three": a closing tag opened nowhere
            continue
        if _MARKUP.fullmatch(piece):
            if piece == "<sc>" or "small-caps" in piece:
                piece = '<span style="font-variant:small-caps;">'
            elif piece == "</sc>":
                piece = "</span>"
            if piece.startswith("<span"):
                spans.append(piece)
                nocase += 1  # nocase, and small caps: both keep their own case
                if "nocase" in piece:
                    continue
            elif piece == "</span>" and spans:
                opened = spans.pop()
                nocase -= 1
                if "nocase" in opened:
                    continue
            elif piece in ("<sup>", "<sub>"):
                nocase += 1
            elif piece in ("</sup>", "</sub>"):
                nocase -= 1
            out.append(piece)
            continue
        if strip:
            piece = piece.replace(".", "")
        if case == "title":
            out.append(_TitleText(piece, bool(nocase)))  # cased below, as one title
            continue
        if not nocase and case == "sentence":
            piece = _sentence(piece, first=first)
        elif not nocase and case and (first or case != "capitalize-first"):
            piece = _case(piece, case, lang)
        first = False
        out.append(_escape(_typography(piece)))
    if case == "title":
        _title_case_pieces([p for p in out if isinstance(p, _TitleText)], lang)
        return "".join(
            _escape(_typography(p.text)) if isinstance(p, _TitleText) else p for p in out
        )
    return "".join(p for p in out if isinstance(p, str))


_GUILLEMET_SPACE = re.compile(r"(«)[ \u00a0]+|[ \u00a0]+(»)")


def _narrow(match: re.Match[str]) -> str:
    return f"{match.group(1)}\u202f" if match.group(1) else f"\u202f{match.group(2)}"


def _stray_closers(pieces: list[str]) -> set[int]:
    """Which markup pieces (odd places of a `_MARKUP` split) close a tag never opened."""
    opened: list[str] = []
    stray = set()
    for n in range(1, len(pieces), 2):
        tag = pieces[n]
        if not tag.startswith("</"):
            opened.append("span" if tag.startswith("<span") or tag == "<sc>" else tag[1:-1])
            continue
        name = "span" if tag in ("</span>", "</sc>") else tag[2:-1]
        if name in opened:
            del opened[len(opened) - 1 - opened[::-1].index(name)]
        else:
            stray.add(n)
    return stray


class _TitleText:
    """A run of field text between markup, title-cased with the rest of its title."""

    __slots__ = ("keep", "text")

    def __init__(self, text: str, keep: bool) -> None:
        self.text, self.keep = text, keep


def _title_case_pieces(pieces: list[_TitleText], lang: str) -> None:
    """Title case across the runs of one title (markup between them), nocase runs kept."""
    if not lang.startswith("en") or not pieces:
        return
    split = [_TITLE_PIECES.split(p.text) for p in pieces]
    words = [(n, i) for n, parts in enumerate(split) for i in range(0, len(parts), 2) if parts[i]]
    last = words[-1] if words else None
    singles, phrases = _title_lowercase()
    bare = [_bare(split[n][i]) for n, i in words]
    lowered = {words[k] for k, word in enumerate(bare) if word in singles}
    for k in range(len(bare)):
        for phrase in phrases:
            if tuple(bare[k : k + len(phrase)]) == phrase:
                lowered.update(words[k : k + len(phrase)])
    opening = True
    for n, parts in enumerate(split):
        for i in range(0, len(parts), 2):
            word = parts[i]
            if not word:
                continue
            after_hyphen = i > 0 and parts[i - 1] == "-"
            if not pieces[n].keep:
                # a compound opening with a stop word takes a capital: "Pro-Environmental"
                opens_compound = not after_hyphen and i + 1 < len(parts) and parts[i + 1] == "-"
                stop = (n, i) in lowered and not opens_compound
                parts[i] = _title_word(word, opening, (n, i) == last, after_hyphen, stop)
            core = word.rstrip("”’\"')]\x02\x05")
            opening = core[-1:] in (":", "?", "!")
        pieces[n].text = "".join(parts)


def _case_html(fragment: str, mode: str | None, lang: str) -> str:
    if not mode:
        return fragment
    pieces = re.split(r"(<[^>]+>|&#\d+;|[" + _MARK_CLASS + "])", fragment)
    out = []
    first = True
    for piece in pieces:
        if piece.startswith(("<", "&#")) or not piece or _MARKS.fullmatch(piece):
            out.append(piece)
            continue
        if mode in ("capitalize-first", "sentence") and not first:
            out.append(piece)  # only the first text piece starts the sentence
        else:
            out.append(_case(piece, mode, lang))
        first = False
    return "".join(out)
