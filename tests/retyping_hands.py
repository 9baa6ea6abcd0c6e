"""More ways another hand types the same note (session 18): letters typed without their marks
(Turkish in ASCII, Turkmen plainly, Kazakh with Russian letters, `ё` as `е`), no space after a
comma or a period, `г.` after a year, other page labels, dates written another way, the case
of the whole note or of its title, and a web address's brackets, label and scheme. Each comes
with the fold a reader applies when comparing the two records (`Hand.fold`)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from tests.retyping import _URL, Retype, _outside_addresses, _sub

Fold = Callable[[str], str]


@dataclass(frozen=True)
class Hand:
    """A retyping, the fold a reader applies to both records' values, and whether the letters'
    case is folded too."""

    retype: Retype
    fold: Fold | None = None
    cased: bool = True


def _letters(table: dict[str, str]) -> tuple[Retype, Fold]:
    """A retyping that types every letter of `table` as its plain letter (outside addresses),
    and the fold that reads both alike."""
    trans = str.maketrans(table)
    change = _outside_addresses(lambda part: part.translate(trans))
    return (lambda t, _rng: change(t)), (lambda v: v.translate(trans))


def _when(test: Callable[[str], bool], retype: Retype) -> Retype:
    """`retype` applied to the notes `test` accepts, others as written."""
    return lambda t, rng: retype(t, rng) if test(t) else t


_TURKISH = dict(zip("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU", strict=True))
_TURKMEN = dict(zip("ýÝňŇäÄžŽşŞçÇöÖüÜ", "yYnNaAzZsScCoOuU", strict=True))
_KAZAKH = dict(zip("әӘғҒқҚңҢөӨұҰүҮһҺіІ", "аАгГкКнНоОуУуУхХиИ", strict=True))
_turkish, _turkish_fold = _letters(_TURKISH)
_turkmen, _turkmen_fold = _letters(_TURKMEN)
_kazakh, _kazakh_fold = _letters(_KAZAKH)
_yo, _yo_fold = _letters({"ё": "е", "Ё": "Е"})


def _is_turkmen(text: str) -> bool:
    return re.search("[ýÝňŇžŽ]|ä", text) is not None


def _is_kazakh(text: str) -> bool:
    return re.search("[әӘғҒқҚңҢөӨұҰүҮһҺ]", text) is not None


def _is_russian(text: str) -> bool:
    return re.search("[а-яё]", text) is not None and not _is_kazakh(text)


# ---- punctuation typed without its space -------------------------------------------------------

# a comma glued to the next field (`Иванов И.И.,Москва,2015`): not between two digits
_comma_glued = _sub(r"(?<!\d),\s+|(?<=\d),\s+(?=\D)", ",")
# a period glued to the next field after a word of two letters or more (`края.Москва`)
_CAPITAL = "A-ZА-ЯЁÇĞİÖŞÜÝŇÄŽӘІҢҒҮҰҚӨҺ"
_period_glued = _sub(f"(?<=[^\\W\\d_]{{2}})\\. (?=[{_CAPITAL}])", ".")


def _comma_fold(value: str) -> str:
    return re.sub(r",\s+", ",", value)


def _period_fold(value: str) -> str:
    return re.sub(f"\\.\\s+(?=[{_CAPITAL}])", ".", value)


# ---- `г.` after a year -------------------------------------------------------------------------

_YEAR = r"(?<![\d./–—-])((?:1[89]|20)\d\d)"


def _year_g_added(text: str, _rng: random.Random) -> str:
    """` г.` after each year closed by a period or comma in a Russian note (`2015 г., 240 с.`)."""
    if not _is_russian(text):
        return text
    return _outside_addresses(
        lambda part: re.sub(
            _YEAR + r"([.,])(?!\d)(?! ?г)",
            lambda m: f"{m.group(1)} г{'.' if m.group(2) == '.' else '.,'}",
            part,
        )
    )(text)


def _year_g_dropped(text: str, _rng: random.Random) -> str:
    """A year's ` г.` left out (`2015 г. — 240 с.` as `2015. — 240 с.`, `2015 г.,` as `2015,`)."""
    return _outside_addresses(
        lambda part: re.sub(
            _YEAR + r"\s?г\.(?=(\s*[,;:)\]])?)",
            lambda m: m.group(1) + ("" if m.group(2) else "."),
            part,
        )
    )(text)


def _year_g_fold(value: str) -> str:
    return re.sub(r"(?<=\d{4})\s?г\.", "", value)


# ---- page labels -------------------------------------------------------------------------------

_pages_str = _sub(
    r"(?<![\w.])(с|С|стр|Стр)\.(?= ?\d)",
    lambda m: {"с": "стр", "С": "Стр", "стр": "с", "Стр": "С"}[m.group(1)] + ".",
)
_pages_sf = _sub(
    r"(?<![\w.])(s|ss|sf)\.(?= ?\d)", lambda m: {"s": "sf", "ss": "s", "sf": "s"}[m.group(1)] + "."
)

# ---- dates -------------------------------------------------------------------------------------

_DOTTED = r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])"
_RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_TR_MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date_iso(text: str, _rng: random.Random) -> str:
    """Each `15.03.2020` typed `2020-03-15`, and each `2020-03-15` typed `15.03.2020`."""

    def one(part: str) -> str:
        part = re.sub(
            _DOTTED,
            lambda m: (
                f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
                if 1 <= int(m.group(2)) <= 12
                else m.group()
            ),
            part,
        )
        return part

    swapped = _outside_addresses(one)(text)
    if swapped != text:
        return swapped
    return _outside_addresses(
        lambda part: re.sub(
            r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])",
            lambda m: f"{m.group(3)}.{m.group(2)}.{m.group(1)}",
            part,
        )
    )(text)


def _date_words(text: str, _rng: random.Random) -> str:
    """Each `15.03.2020` written with its month's name in the note's language (Russian for a
    Russian note, Turkish for a Turkish one, English for an English one)."""
    if _is_russian(text):
        months, form = _RU_MONTHS, "{d} {m} {y}"
    elif re.search("[ıİşŞğĞ]", text):
        months, form = _TR_MONTHS, "{d} {m} {y}"
    elif re.fullmatch(r"[\x00-\x7f–—“”’]*", text):
        months, form = _EN_MONTHS, "{m} {d}, {y}"
    else:
        return text

    def one(m: re.Match[str]) -> str:
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return m.group()
        return form.format(d=int(m.group(1)), m=months[month - 1], y=m.group(3))

    return _outside_addresses(lambda part: re.sub(_DOTTED, one, part))(text)


# ---- the case of the note or of its title ------------------------------------------------------


def _lower(text: str, _rng: random.Random) -> str:
    """The whole note in lower case (addresses as written)."""
    return _outside_addresses(lambda p: p.replace("İ", "i").lower())(text)


def _title_upper(text: str, _rng: random.Random) -> str:
    """A quoted title, or a GOST head's title (`Иванов А.Б. История края // …`), in capitals."""
    quoted = re.sub(
        r"([«“\"])([^«“\"»”]{4,})([»”\"])",
        lambda m: m.group(1) + m.group(2).upper() + m.group(3),
        text,
        count=1,
    )
    if quoted != text:
        return quoted
    small = "a-zа-яёçğıöşüәіңғүұқөһ"
    head = re.match(
        f"([{_CAPITAL}][{small}]+,? [{_CAPITAL}]\\.(?: ?[{_CAPITAL}]\\.)? )([^/]+?)(?= //| / )",
        text,
    )
    if head is None:
        return text
    return head.group(1) + head.group(2).upper() + text[head.end() :]


# ---- web addresses -----------------------------------------------------------------------------


def _url_in(opening: str, closing: str) -> Retype:
    def retype(text: str, _rng: random.Random) -> str:
        def wrap(m: re.Match[str]) -> str:
            url = m.group()
            core = url.rstrip(".,;)")
            return f"{opening}{core}{closing}{url[len(core) :]}"

        return re.sub(f"(?<![<\\[(/\\w.]){_URL}", wrap, text)

    return retype


def _url_label_added(text: str, _rng: random.Random) -> str:
    """`URL: ` before every web address that has no such label."""
    return re.sub(f"(?<!URL: )(?<!URL:)(?<![<\\[(/\\w.])({_URL})", r"URL: \1", text)


def _url_label_dropped(text: str, _rng: random.Random) -> str:
    """An address's `URL:` label left out (`… // Сайт. https://…`)."""
    return re.sub(f"\\b(?:URL|Url|url)\\s?:\\s*(?={_URL})", "", text)


def _url_scheme(text: str, _rng: random.Random) -> str:
    """`https://site` typed `http://www.site`, `http://www.site` typed `https://site`."""

    def one(m: re.Match[str]) -> str:
        url = m.group()
        if url.startswith("http://www."):
            return "https://" + url[len("http://www.") :]
        if url.startswith("https://") and not url.startswith("https://www."):
            return "http://www." + url[len("https://") :]
        return url

    return re.sub(_URL, one, text)


def _scheme_fold(value: str) -> str:
    return re.sub(r"\b(?:https?://)?(?:www\.)?", "", value) if "://" in value else value


HANDS: dict[str, Hand] = {
    "Turkish typed in ASCII (ı→i, ş→s)": Hand(
        _when(lambda t: not _is_turkmen(t), _turkish), _turkish_fold
    ),
    "Turkmen letters typed plainly (ý→y, ň→n)": Hand(_when(_is_turkmen, _turkmen), _turkmen_fold),
    "Kazakh letters typed Russian (қ→к, ә→а)": Hand(_when(_is_kazakh, _kazakh), _kazakh_fold),
    "ё typed е": Hand(_yo, _yo_fold),
    "no space after commas (И.И.,Москва,2015)": Hand(_comma_glued, _comma_fold),
    "no space after a period between fields": Hand(_period_glued, _period_fold),
    "г. added after years (2015 г.)": Hand(_year_g_added, _year_g_fold),
    "г. after years left out": Hand(_year_g_dropped, _year_g_fold),
    "стр. for с. and back": Hand(_pages_str),
    "sf. for s., s. for ss.": Hand(_pages_sf),
    "dates 15.03.2020 typed 2020-03-15 and back": Hand(_date_iso),
    "dates 15.03.2020 typed with the month's name": Hand(_date_words),
    "the whole note in lower case": Hand(_lower, cased=False),
    "titles in capitals": Hand(_title_upper, cased=False),
    "addresses in [ ]": Hand(_url_in("[", "]")),
    "addresses in ( )": Hand(_url_in("(", ")")),
    "URL: added before addresses": Hand(_url_label_added),
    "URL: left out": Hand(_url_label_dropped),
    "https:// for http://www. and back": Hand(_url_scheme, _scheme_fold),
}
