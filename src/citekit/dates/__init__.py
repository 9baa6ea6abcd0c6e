"""Read dates as footnotes write them, in any of citekit's languages, into `PartialDate` values.

How it works: the text is split into tokens, each token becomes one symbol (``Y`` a plausible
four-digit year, ``D`` a one- or two-digit number, ``M`` a month word, ``R`` a Roman month,
``y`` a year word such as ``г.``/``жылғы``/``ýylyň``, ``o`` an ordinal suffix such as ``-nji``,
``t`` a clock time, ``w`` any other word) and a handful of regular expressions run over that
symbol string. Month words come from CLDR through babel plus each language's data file, matched
whole or as stem plus inflection (``ноябре``, ``қазанда``, ``maýynda``). A date after an
access-date label wins; otherwise the most precise, then the first.

Numeric dates follow the language's order (``numeric_order``/``slash_order`` in its data) and
are marked `ambiguous` when the other order was also possible, unless a weekday in the text
settles it or the language writes only its own order with that mark (``fixed_separators``:
GOST's and Turkish ``05.03.2020`` is day first). Impossible dates give no value and a reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final

from citekit._text import TOKEN, fold, unmixed_word
from citekit.dates._lexicon import DIGIT, WORD_CACHE, Facts, Lexicon, lexicon
from citekit.dates._reading import DateReading
from citekit.languages import Language, language
from citekit.model import PartialDate, day_error

__all__ = ["DateReading", "parse_date", "read_date"]

_MAX_INFLECTION: Final = 6
_ROMAN: Final = {
    r: i
    for i, r in enumerate(
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1
    )
}
_PUNCT: Final = {".": ".", ",": ",", "/": "/", "-": "-", "–": "-", "—": "-", ":": ":"}


def _pick(options: dict[str, int], hint: str | None) -> tuple[str, int]:
    if hint is not None and hint in options:
        return hint, options[hint]
    code = next(iter(options))
    return code, options[code]


def _month_of(word: str, lex: Lexicon, hint: str | None) -> tuple[str, int] | None:
    key = fold(unmixed_word(word))  # `мaя` typed with a Latin a is `мая`
    if key in lex.full:
        return _pick(lex.full[key], hint)
    if key in lex.abbreviations:
        return _pick(lex.abbreviations[key], hint)
    for cut in range(len(key) - 1, 2, -1):
        if len(key) - cut > _MAX_INFLECTION:
            break
        options = lex.stems.get(key[:cut])
        if options:
            return _pick(options, hint)
    return None


class _Scan:
    """A text as the date patterns read it: a symbol per token, and what each stands for."""

    def __init__(
        self,
        symbols: str,
        spans: list[tuple[int, int]],
        values: list[int],
        langs: list[str | None],
        weekdays: frozenset[int],
        label_end: int,
        label_lang: str | None,
    ) -> None:
        self.symbols = symbols
        self.spans = spans
        self.values = values
        self.langs = langs
        self.weekdays = weekdays
        self.label_end = label_end
        self.label_lang = label_lang


# A date lies near its digits: a long text is scanned only this far around each run of digits
# (far enough for a label, a weekday and a month name or two before, and a year word after).
_BEFORE, _AFTER = 64, 40
_DIGITS: Final = re.compile(r"\d+")


def _date_tokens(text: str) -> tuple[list[re.Match[str]], frozenset[int]]:
    """The tokens of `text` that a date could be made of, and the indexes of the tokens that
    open a new window: all of a short text; for a long one, the words around its numbers, in
    windows that break at spaces so no word is cut."""
    if len(text) <= _BEFORE + _AFTER + 40:
        return list(TOKEN.finditer(text)), frozenset()
    matches: list[re.Match[str]] = []
    opens: set[int] = set()
    end = 0
    for run in _DIGITS.finditer(text):
        if run.start() < end:
            continue  # inside the window already scanned
        start = max(end, text.rfind(" ", 0, max(0, run.start() - _BEFORE)) + 1)
        if start > end and matches:
            opens.add(len(matches))
        stop = text.find(" ", run.end() + _AFTER)
        end = len(text) if stop < 0 else stop
        matches.extend(TOKEN.finditer(text, start, end))
    return matches, frozenset(opens)


def _scan(text: str, lex: Lexicon, hint: str | None) -> _Scan:
    matches, opens = _date_tokens(text)
    words = [m.group() for m in matches]
    symbols: list[str] = []
    values: list[int] = []
    langs: list[str | None] = []
    spans: list[tuple[int, int]] = []
    weekdays: set[int] = set()
    label_end, label_lang = -1, None
    skip = 0
    facts_of = lex.words.setdefault(hint, {})
    for i, match in enumerate(matches):
        if skip:
            # The rest of a multi-word month name ("Alp Arslan") belongs to its first word.
            skip -= 1
            spans[-1] = (spans[-1][0], match.end())
            continue
        if i in opens:  # text left out between two windows: no date spans it
            symbols.append("|")
            values.append(0)
            langs.append(None)
            spans.append((match.start(), match.start()))
        tok = words[i]
        facts = facts_of.get(tok)
        if facts is None:
            if len(facts_of) > WORD_CACHE:
                facts_of.clear()  # bounded: a huge archive must not grow it forever
            facts = facts_of[tok] = _token(tok, lex, hint)
        symbol, value, code, day, key, context = facts
        if symbol in "wW" and _year_letter(tok, match.start(), symbols, spans):
            spans[-1] = (spans[-1][0], match.end())  # `2023b`: the year of the author's second work
            continue
        if context:  # a label's or a multi-word month's first word: look ahead
            if label_end < 0 and key in lex.labels:
                following = [fold(t) for t in words[i + 1 : i + 8] if t[0].isalpha()]
                for rest, lang_code in lex.labels[key]:
                    if tuple(following[: len(rest)]) == rest:
                        label_end, label_lang = len(symbols), lang_code
                        break
            phrase = _phrase_month(key, words, i, lex) if key in lex.phrases else None
            if phrase is not None:
                code, value, skip = phrase
                symbol = "M"
        if day is not None:
            weekdays.add(day)
        symbols.append(symbol)
        values.append(value)
        langs.append(code)
        spans.append(match.span())
    # Clock times (15:03, 8:30) are not days or months.
    for i in range(1, len(symbols) - 1):
        if symbols[i] == ":" and symbols[i - 1] in "DY" and symbols[i + 1] == "D":
            symbols[i - 1] = symbols[i] = symbols[i + 1] = "t"
    return _Scan(
        symbols="".join(symbols),
        spans=spans,
        values=values,
        langs=langs,
        weekdays=frozenset(weekdays),
        label_end=label_end,
        label_lang=label_lang,
    )


def _year_letter(tok: str, start: int, symbols: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether `tok` is the letter an author-date list glues to a year to tell one author's
    works of that year apart (`2023b`, `2019а`): one lower-case letter, no word of a date."""
    return (
        len(tok) == 1
        and tok.islower()
        and bool(symbols)
        and symbols[-1] == "Y"
        and (spans[-1][1] == start)
    )


def _token(tok: str, lex: Lexicon, hint: str | None) -> Facts:
    """What a token is to the date scanner (numbers, words and punctuation alike)."""
    if tok.isdecimal():
        if len(tok) > 8:
            return "n", 0, None, None, tok, False  # a long number (an ID) is no date part
        value = int(tok)
        if len(tok) == 4 and 1000 <= value <= 2100:
            return "Y", value, None, None, tok, False
        return ("D" if len(tok) <= 2 else "n"), value, None, None, tok, False
    if tok[0].isalpha():
        return _word(tok, fold(tok), lex, hint)
    return _PUNCT.get(tok, "p"), 0, None, None, tok, False


def _word(tok: str, key: str, lex: Lexicon, hint: str | None) -> Facts:
    """What a word is to the date scanner: symbol, value, language, weekday, folded form, and
    whether it may open a label or a multi-word month (then the next words decide)."""
    context = key in lex.labels or key in lex.phrases
    found = _month_of(tok, lex, hint)
    if found is not None:
        # a titles_only language's month (`mayo`) is one only between a day and a year
        symbol = "N" if found[0] in lex.day_months else "M"
        return symbol, found[1], found[0], None, key, context
    if key in lex.joiners:
        return "j", 0, None, None, key, context
    if key in lex.year_words:
        return "y", 0, None, None, key, context
    if key in lex.ordinals:
        return "o", 0, None, None, key, context
    if tok in _ROMAN:
        return "R", _ROMAN[tok], None, None, key, context
    if key in lex.weekdays:
        code, day = _pick(lex.weekdays[key], hint)
        return "W", 0, code, day, key, context
    return "w", 0, None, None, key, context


def _phrase_month(key: str, words: list[str], i: int, lex: Lexicon) -> tuple[str, int, int] | None:
    for rest, code, month in lex.phrases.get(key, ()):
        following = tuple(fold(t) for t in words[i + 1 : i + 1 + len(rest)])
        if following == rest:
            return code, month, len(rest)
    return None


# Symbol patterns; group names say which token holds what. Numeric forms refuse to sit inside
# longer dotted runs (versions, addresses).
_NUMERIC_EDGE_BEFORE: Final = r"(?<![DYn][./-])"
_NUMERIC_EDGE_AFTER: Final = r"(?![./-]?[DYn])"
_FORMS: Final = (
    ("iso", _NUMERIC_EDGE_BEFORE + r"(?P<y>Y)(?P<s>[-./])(?P<m>D)(?P=s)(?P<d>D)"),
    ("num", _NUMERIC_EDGE_BEFORE + r"(?P<a>D)(?P<s>[-./])(?P<b>D)(?P=s)(?P<y>Y)y?"),
    (
        "num2",
        _NUMERIC_EDGE_BEFORE + r"(?P<a>D)(?P<s>[./])(?P<b>D)(?P=s)(?P<y>D)" + _NUMERIC_EDGE_AFTER,
    ),
    ("roman", r"(?P<d>D)[./-]?(?P<m>R)[./-]?(?P<y>Y)"),
    # a span of days is dated by its first day: "12-14 Mayıs 2019", "March 12–14, 2019",
    # "2019, 12-14 Mayıs", "2019, September 5–7", "30 Nisan - 2 Mayıs 2019"
    ("dd-m-y", r"(?P<d>D)\.?-(?P<e>D)\.?(?P<m>M)\.?[,/-]?(?P<y>Y)"),
    ("dm-dm-y", r"(?P<d>D)\.?(?P<m>M)-(?P<f>D)\.?(?P<n>M)\.?,?(?P<y>Y)"),
    ("m-dd-y", r"(?P<m>M)\.?(?P<d>D)-(?P<e>D),?(?P<y>Y)"),
    ("y-dd-m", r"(?P<y>Y)-?o?-?y?\.?,?(?P<d>D)-(?P<e>D)\.?(?P<m>M)"),
    ("dmy", r"(?P<d>D)-?o?-?\.?(?P<m>M)\.?[,/-]?(?P<y>Y)"),
    # a month read only with its day and year, the parts joined by a word (`3 de mayo de 2021`)
    ("dNy", r"(?P<d>D)\.?j?(?P<m>N)\.?,?j?(?P<y>Y)"),
    ("mdy", r"(?P<m>M)\.?(?P<d>D)o?,?(?P<y>Y)"),
    ("ydm", r"(?P<y>Y)-?o?-?y?\.?,?-?(?P<d>D)-?o?-?\.?(?P<m>M)"),
    ("y-m-dd", r"(?P<y>Y)-?o?-?y?\.?,?(?P<m>M)\.?(?P<d>D)-(?P<e>D)"),  # APA's `2019, September 5–7`
    ("ymd", r"(?P<y>Y)-?o?-?y?\.?,?(?P<m>M)\.?(?P<d>D)(?!-?o?\.?M|[./-]?[DY])"),
    ("my", r"(?P<m>M)\.?[,/-]?(?P<y>Y)"),
    # … or with its year joined by a word, no day (`diciembre de 2014`; not `Mayo 2014`)
    ("Njy", r"(?P<m>N)\.?j(?P<y>Y)"),
    ("ym", r"(?P<y>Y)-?o?-?y?\.?,?(?P<m>M)"),
    ("year", r"(?P<y>Y)-?o?-?y"),
    ("bare", r"(?<![./-])(?P<y>Y)(?![./-]?[DY])"),
    # APA with the month as a number, the parts apart by spaces (Word's Turkish APA): the
    # work's `(2015, 10 4)` is year, month, day, read only as a whole text; the access date
    # `12 28, 2022 tarihinde` is month, day, year, read only where the text ends
    ("apa-ymd", r"^p?(?P<y>Y),(?P<m>D)(?P<d>D)p?$"),
    ("apa-mdy", r"(?<![DYn])(?<![DYn][./,-])(?P<m>D)(?P<d>D),(?P<y>Y)$"),
)
# forms read only when they make a possible date: an impossible one says nothing of the year
_LOOSE: Final = frozenset({"apa-ymd", "apa-mdy", "y-m-dd"})  # … and `2019, Sept. 45-47`


def _needs(pattern: str) -> str:
    """A symbol every match of the pattern has: a form is tried only on scans holding it."""
    for group in ("m", "y"):
        found = re.search(rf"<{group}>([MNRY])", pattern)
        if found is not None:
            return found.group(1)
    return "D"


_PATTERNS: Final = tuple((form, _needs(pattern), re.compile(pattern)) for form, pattern in _FORMS)
_RANK: Final = {form: rank for rank, (form, _needs, _pattern) in enumerate(_PATTERNS)}
_PRECISION: Final = {"day": 3, "month": 2, "year": 1}
_LAST_DAY: Final = 31


def _year(value: int, digits: int) -> int:
    if digits == 2:
        return 2000 + value if value < 50 else 1900 + value
    return value


def _make(year: int, month: int | None, day: int | None) -> PartialDate | str:
    """The date, or why there is none (said plainly, and without paying for an exception in
    the common case of a numeric date read the wrong way round)."""
    if month is not None and not 1 <= month <= 12:
        return f"impossible date: there is no month {month}"
    if not 1 <= year <= 9999:
        return f"impossible date: year {year} is out of range"
    error = day_error(year, month, day)  # `PartialDate`'s own check of the day
    if error is not None:
        return f"impossible date: {error}"
    return _date(year, month, day)


def _date(
    year: int, month: int | None, day: int | None, ambiguous: bool = False, raw: str | None = None
) -> PartialDate:
    """`PartialDate(year, month, day, ambiguous, raw)` for parts already checked (`_make`),
    without its validators' calls: the same object, set field by field as attrs's
    ``__init__`` sets it."""
    date: PartialDate = object.__new__(PartialDate)
    object.__setattr__(date, "year", year)
    object.__setattr__(date, "month", month)
    object.__setattr__(date, "day", day)
    object.__setattr__(date, "ambiguous", ambiguous)
    object.__setattr__(date, "raw", raw)
    object.__setattr__(date, "season", None)
    return date


def _numeric(
    a: int, b: int, year: int, order: str, weekdays: frozenset[int], fixed: bool = False
) -> PartialDate | str:
    """The date `a`, `b`, `year` give in `order`, else in the other order; ambiguous when
    both orders give one, unless a weekday settles it or the language `fixed` the order."""
    first = (b, a) if order == "DMY" else (a, b)
    readings: list[PartialDate] = []
    reason = ""
    for month, day in (first, first[::-1]):
        made = _make(year, month, day)
        if isinstance(made, PartialDate):
            if made not in readings:
                readings.append(made)
        elif not reason:
            reason = made
    if not readings:
        return reason
    if len(readings) == 2 and weekdays:
        matching = [r for r in readings if r.earliest().weekday() in weekdays]
        if len(matching) == 1:
            return matching[0]
    if len(readings) == 2 and not fixed:
        return _date(readings[0].year, readings[0].month, readings[0].day, ambiguous=True)
    return readings[0]


def _order_language(scan: _Scan, lex: Lexicon, hint: str | None) -> str | None:
    if hint is not None:
        return hint
    if scan.label_lang is not None:
        return scan.label_lang
    return next((code for code in scan.langs if code is not None), None)


def _candidate(
    form: str, match: re.Match[str], scan: _Scan, lex: Lexicon, order_lang: str | None
) -> PartialDate | str:
    values = scan.values
    if form in ("num", "num2"):
        lang = lex.languages.get(order_lang or "")
        order = "DMY"
        fixed = False
        if lang is not None:
            order = lang.slash_order if match.group("s") == "/" else lang.numeric_order
            fixed = match.group("s") in lang.fixed_separators  # GOST's `05.03.2020`
        first, last = scan.spans[match.start("y")]
        if last - first == 1:  # "1.1.1" is a section number, not 1 January of the year 1
            return "a year needs two or four digits"
        year = _year(values[match.start("y")], last - first)
        a, b = values[match.start("a")], values[match.start("b")]
        return _numeric(a, b, year, order, scan.weekdays, fixed)
    groups = match.re.groupindex
    if "e" in groups and not values[match.start("d")] < values[match.start("e")] <= _LAST_DAY:
        return "not a span of days"  # "No. 3-12 March": a number, then a date
    year = values[match.start("y")]
    month = values[match.start("m")] if "m" in groups else None
    day = values[match.start("d")] if "d" in groups else None
    return _make(year, month, day)


def _candidates(
    scan: _Scan, lex: Lexicon, order_lang: str | None
) -> Iterable[tuple[int, int, int, PartialDate | str]]:
    symbols = scan.symbols
    for form, needs, pattern in _PATTERNS:
        if needs not in symbols:
            continue  # the symbol every match of this form has is not there
        for match in pattern.finditer(symbols):
            made = _candidate(form, match, scan, lex, order_lang)
            if isinstance(made, str) and form in _LOOSE:
                continue  # `(2015, 45 3)`: numbers, not a month and a day
            yield _RANK[form], match.start(), match.end(), made


def read_date(text: str, lang: str | Language | None = None) -> DateReading:
    """Read the date a text gives, with the reason when there is none.

    `lang` is a language code or a `Language` (for one loaded from a file); without it the
    language is inferred from labels and month words in the text.
    """
    if isinstance(lang, Language) or len(text) > _CACHED_LENGTH:
        return _read_date(text, lang)
    return _read_short(text, lang)


# Short texts (a year, "25.10.2021", "Ekim 2021") recur from note to note: their readings
# are kept (a reading is a frozen value).
_CACHED_LENGTH: Final = 40


@functools.lru_cache(maxsize=4096)
def _read_short(text: str, lang: str | None) -> DateReading:
    return _read_date(text, lang)


def _read_date(text: str, lang: str | Language | None) -> DateReading:
    if not text.strip():
        return DateReading(None, "empty text")
    extra = lang if isinstance(lang, Language) else None
    hint = lang.code if isinstance(lang, Language) else lang
    if hint is not None and extra is None:
        language(hint)  # raises UnknownLanguageError for a code citekit has no data for
    if DIGIT.search(text) is None:
        return DateReading(None, "no date found")  # every date has its year in digits
    lex = lexicon(extra)
    scan = _scan(text, lex, hint)
    order_lang = _order_language(scan, lex, hint)
    best: tuple[tuple[int, int, int, int], int, int, PartialDate] | None = None
    reason = None
    found = list(_candidates(scan, lex, order_lang))
    # An impossible full date (29 February 2023) must not fall back to its month and year.
    impossible = [(start, end) for _r, start, end, made in found if isinstance(made, str)]
    for rank, start, end, made in found:
        if isinstance(made, str):
            reason = reason or made
            continue
        if made.day is None and any(s < end and start < e for s, e in impossible):
            continue
        after_label = scan.label_end >= 0 and start > scan.label_end
        key = (0 if after_label else 1, -_PRECISION[made.precision], start, rank)
        if best is None or key < best[0]:
            best = (key, start, end, made)
    if best is None:
        return DateReading(None, reason or "no date found", language=order_lang)
    _key, start, end, made = best
    first, last = scan.spans[start][0], scan.spans[end - 1][1]
    date = _date(made.year, made.month, made.day, made.ambiguous, text[first:last])
    return DateReading(date, None, first, last, order_lang)


def parse_date(text: str, lang: str | Language | None = None) -> PartialDate | None:
    """Return the date a text gives (to the day, month or year it states), or None.

    >>> parse_date("25 октября 2021 г.").isoformat()
    '2021-10-25'
    >>> parse_date("Erişim Tarihi: 31.02.2021") is None
    True
    """
    return read_date(text, lang).date
