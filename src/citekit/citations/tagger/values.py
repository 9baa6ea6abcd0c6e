"""A field's value as a note writes it, and what is taken off it: the punctuation and the
quotes or brackets around it (`«Вестник НАН РК»`), and a language mark written in it
(`Vikipedi (Türkçe)`, `… [in Kazakh]`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.languages import available_languages, language

__all__ = ["CLOSERS", "PAIRS", "SPACES", "balanced", "clean", "marked_language", "unmarked"]

PAIRS: Final = {
    "“": "”",
    "«": "»",
    "„": "“",
    '"': '"',
    "‘": "’",
    "'": "'",
    "*": "*",
    "(": ")",
    "[": "]",
}
CLOSERS: Final = {v: k for k, v in PAIRS.items()}
_PUNCT: Final = " ,.;:/—–-\u00a0"
_APOSTROPHE: Final = re.compile(r"(?<=[^\W\d_])[’'](?=[^\W\d_])")


def balanced(text: str, opener: str) -> bool:
    """Whether each `opener` in `text` is closed after it, and no closer comes first
    ("(ML 16.1) K-means (part 1" is not: its ")" closes nothing)."""
    closer = PAIRS[opener]
    if closer in "’'":
        text = _APOSTROPHE.sub("", text)  # "CEO’su", "O'Brien": an apostrophe closes nothing
    if opener == closer:
        return text.count(opener) % 2 == 0
    opened = text.count(opener)  # counted at C speed: most texts hold none, or one pair
    if opened != text.count(closer):
        return False  # the depth cannot end at 0
    if opened <= 1:
        return opened == 0 or text.find(opener) < text.find(closer)
    depth = 0
    for char in filter((opener, closer).__contains__, text):  # the others change nothing
        depth += (char == opener) - (char == closer)
        if depth < 0:
            return False
    return depth == 0


SPACES: Final = re.compile(r"\s+")
_SPACED: Final = re.compile(r"\\ ")  # an escaped space in a word list's pattern
_ELLIPSIS: Final = re.compile(r"(?<=\w)(\.\.\.|…)[\s.,;:]*$")


_DASHED: Final = re.compile(r"(?:^|\s)[-–]\w|\w[-–]\s")  # a subtitle's opening dash
_CLOSING_DASH: Final = re.compile(r"\w[-–][\s.,;:]*$")


def _strip(text: str) -> str:
    """`text` without separators around it; a hyphen glued to the first word stays (a
    suffix such as "-ғы" or "-ing" that a title is about), and so does a closing ellipsis
    ("Sanılandan çok daha eskiden beri...") and the dash that closes a subtitle another
    opened (`Türk Dış Politikası -Olgular, Belgeler-`)."""
    stripped = text.strip(_PUNCT)
    if stripped and ("-" in text[-4:] or "–" in text[-4:]):
        closing = _CLOSING_DASH.search(text)
        if closing is not None and _DASHED.search(text, 0, closing.start() + 1):
            stripped += text[closing.start() + 1]
    ellipsis = _ELLIPSIS.search(text) if "..." in text or "…" in text else None
    if ellipsis is not None and stripped:
        stripped = stripped.rstrip(".…") + ellipsis.group(1)
    head = text[: len(text) - len(text.lstrip(_PUNCT))]
    glued = head.endswith("-") and (len(head) == 1 or head[-2].isspace())
    if stripped and glued and stripped[0].isalpha():
        return "-" + stripped
    return stripped


_OPENING_QUOTES: Final = frozenset("«„“‘‹")
_BRACKETS: Final = frozenset("([")  # opening brackets
_LATIN_WORD: Final = re.compile(r"[A-Za-z]+[’']$")


def _soft_sign(text: str) -> bool:
    """Whether a closing `’` (or a typed `'`) ends a Latin-letter word of a value that opens
    no quote: a transliterated soft sign or apostrophe (`Mezhdunarodnaya zhizn’`, `Istoriya i
    sovremennost'`, `Kuz’min`), not a quote's end."""
    opener = "‘" if text[-1] == "’" else "'"
    if text[-1] not in "’'" or opener in text[:-1]:
        return False
    return _LATIN_WORD.search(text) is not None


def clean(text: str) -> str:
    """A field's text without the punctuation around it; quotes and brackets that belong to
    the value ("«Вестник НАН РК»" inside a name, "(ML 16.1) K-means") are kept."""
    if "  " in text or not text.isprintable():  # only a space is a printable space
        text = SPACES.sub(" ", text)
    text = _strip(text)
    while text:
        first, last = text[0], text[-1]
        if first in PAIRS and last == PAIRS[first] and len(text) > 1:
            inner = text[1:-1]
            if balanced(inner, first):
                text = _strip(inner)
                continue
        if first == "‘" and last == "’" and len(text) > 2 and "‘" not in text[1:-1]:
            text = _strip(text[1:-1])  # `‘… zhdat’ ot “preemnikov”’`: soft signs inside
            continue
        if first in PAIRS and not balanced(text, first):
            text = _strip(text[1:])
            continue
        if last in CLOSERS and not balanced(text, CLOSERS[last]) and not _soft_sign(text):
            text = _strip(text[:-1])
            continue
        if first in CLOSERS and first not in PAIRS and not balanced(text, CLOSERS[first]):
            text = _strip(text[1:])  # `» Студії …`: the mark closes the value before
            continue
        if last in _OPENING_QUOTES and last not in CLOSERS and not balanced(text, last):
            text = _strip(text[:-1])  # `Игіліков «`: the mark opens the value after
            continue
        if last in _BRACKETS and not balanced(text, last):
            # `Osmanlı’da toplum (`: the bracket opens the pages after; an abbreviation's
            # period before it stays (`в 1980-е гг. [`)
            text = text[:-1].rstrip(" ,;:\u00a0")
            continue
        break
    return text


@functools.cache
def _language_marks() -> tuple[re.Pattern[str], dict[str, str]]:
    """A bracketed language mark of any shipped language ("(рус.)", "(İngilizce)", "(in
    Russian)"), its closing bracket optional, and the language code of each mark, casefolded.
    An abbreviated or phrased mark may open a bracket that goes on after a comma or a
    semicolon with words (`(In Russ., abstract in Engl.)`, `(In Kazakh; abstr. in Russ.)`,
    the RSCI and Scopus References): the first mark is the work's language, the rest its
    abstract's (`_whole`); a rest with a number is another field's (`(in Russian; accessed 13
    October 2022)`), no mark's."""
    codes: dict[str, str] = {}
    written: set[str] = set()
    for code in available_languages():
        for marked, words in language(code).language_marks.items():
            # `(рус.)`, and `(рус` at a value's end, where its period was cut off with the run
            for word in (*words, *(w[:-1] for w in words if w.endswith(".") and len(w) > 3)):
                codes.setdefault(word.casefold(), marked)
                written.update((word, word.casefold()))
    # a mark's words apart by any white space (`[in  Kazakh]`, a no-break space, a tab)
    alternatives = "|".join(
        _SPACED.sub(r"\\s+", re.escape(w)) for w in sorted(written, key=len, reverse=True)
    )
    pattern = re.compile(
        rf"[(\[]\s*(?P<mark>{alternatives})\s*(?P<more>[,;]\s*[^\W\d][^()\[\]\d]*)?(?:[)\]]|$)",
        re.IGNORECASE,
    )
    return pattern, codes


_OPENING: Final = 3  # letters of a mark's opening word a bracket is checked against first


@functools.cache
def _mark_openings() -> re.Pattern[str]:
    """A bracket before the first letters of a language mark (up to its first space), as
    `_language_marks` reads them: a text without one holds no mark."""
    openings: set[str] = set()
    for code in available_languages():
        for words in language(code).language_marks.values():
            for word in words:  # a word cut of its period opens as the word does
                cut = next((i for i, c in enumerate(word[:_OPENING]) if c.isspace()), _OPENING)
                openings.update((word[:cut], word[:cut].casefold()))
    alternatives = "|".join(re.escape(w) for w in sorted(openings))  # "" (a space first): any
    return re.compile(rf"[(\[]\s*(?:{alternatives})", re.IGNORECASE)


def _whole(found: re.Match[str]) -> bool:
    """Whether a bracket that goes on after its mark is a mark's: the mark abbreviated or of
    more than one word (`In Russ.`, `in Kazakh`, `рус.`), not a bare word that opens a list
    of names (`(Türk, Moğol ve Tunguz)`, `(Rus, …)`)."""
    mark = found.group("mark")
    return found.group("more") is None or mark.endswith(".") or len(mark.split()) > 1


def marked_language(text: str, *, square: bool = True) -> str | None:
    """The language a note marks its source as written in ("Статья // Википедия (англ.)",
    and with `square`, "… [in Kazakh]")."""
    if "(" not in text and ("[" not in text or not square):
        return None  # every mark opens with its bracket
    pattern, codes = _language_marks()
    text = unmixed(text)  # `[in Кazakh]` typed with a Cyrillic К
    if _mark_openings().search(text) is None:
        return None
    for found in pattern.finditer(text):
        if (square or found.group().startswith("(")) and _whole(found):
            return codes.get(" ".join(found.group("mark").split()).casefold())
    return None


def unmarked(value: str) -> str:
    """A work's name without the language mark written in it ("Vikipedi (Türkçe)")."""
    if "(" not in value and "[" not in value:
        return clean(value)  # every mark opens with its bracket: nothing to take out
    pattern, _ = _language_marks()
    return clean(pattern.sub(lambda found: " " if _whole(found) else found.group(), value))
