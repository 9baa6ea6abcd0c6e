"""Ways other sites and editors type the same note, and a parsed record compared as a reader
reads it: shared by tests/test_typing_variants.py and benchmarks/perturbations.py."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from citekit._text import unmixed_word, visible
from tests.scoring import norm, predict

Retype = Callable[[str, random.Random], str]

_WORD = re.compile(r"[^\W\d_]+")
_FOLD = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "…": "...",
        "<": "",
        ">": "",
    }
)
# a space before a mark of punctuation, a space between initials (`А. Б.` reads `А.Б.`), after a
# label's period or `№` before its number (`No. 4`), the spaces around GOST's `//`: how a reader
# compares two values
_LOOSE = re.compile(
    r"\s+(?=[,.:;)\]])|(?<=[(\[])\s+|(?<=\b\w\.)\s+(?=\w\.)|(?<=[№.])\s+(?=\d)|\s*//\s*"
)
_TO_LATIN = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX", strict=True))
_TO_CYRILLIC = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ", strict=True))


def read(value: Any, *, cased: bool = True, fold: Callable[[str], str] | None = None) -> Any:
    """A value as a reader compares it: white space, invisible characters, the twin letters of
    a word typed in two alphabets, quote, dash, apostrophe and ellipsis marks, a space before
    punctuation or between initials folded; the letters' case too unless `cased`; `fold` first
    (what a retyping changes that a reader reads alike)."""
    if isinstance(value, list):
        return [read(v, cased=cased, fold=fold) for v in value]
    if not isinstance(value, str):
        return value
    text = visible(fold(value) if fold else value).replace("\u00a0", " ").translate(_FOLD)
    text = _LOOSE.sub(lambda m: "//" if "/" in m.group() else "", text)
    text = norm(_WORD.sub(lambda m: unmixed_word(m.group(), 1), text))
    return text if cased or text is None else text.replace("İ", "i").casefold().replace("ı", "i")


def record(
    corpus_record: dict[str, Any],
    note: str | None = None,
    *,
    cased: bool = True,
    fold: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """The parsed record of a corpus record's note (or of `note` in its place), read (the
    letters' case folded unless `cased`, `fold` applied)."""
    given = corpus_record if note is None else {**corpus_record, "note": note}
    return {k: read(v, cased=cased, fold=fold) for k, v in predict(given).items()}


def spaces(char: str, share: float) -> Retype:
    """A share of the spaces typed as `char`."""
    return lambda t, rng: re.sub(" ", lambda _m: char if rng.random() < share else " ", t)


def line_break(text: str, rng: random.Random) -> str:
    """One space typed as a line break."""
    found = [m.start() for m in re.finditer(" ", text)]
    if not found:
        return text
    at = rng.choice(found)
    return text[:at] + "\n" + text[at + 1 :]


def inside_words(char: str, share: float) -> Retype:
    """`char` inside a share of the words of seven letters or more."""
    return lambda t, rng: re.sub(
        r"(\w{4})(?=\w{3})", lambda m: m.group(1) + (char if rng.random() < share else ""), t
    )


def _one_twin(
    table: dict[str, str], share: float, rng: random.Random, shortest: int = 3
) -> Callable[[str], str]:
    def word(found: str) -> str:
        places = [i for i, c in enumerate(found) if c in table]
        if len(found) < shortest or not places or rng.random() >= share:
            return found
        i = rng.choice(places)
        return found[:i] + table[found[i]] + found[i + 1 :]

    return word


def latin_twin(share: float, shortest: int = 3) -> Retype:
    """One letter of a share of the Cyrillic words (of `shortest` letters or more) typed on the
    Latin layout (`Рoссии`)."""

    def retype(text: str, rng: random.Random) -> str:
        word = _one_twin(_TO_LATIN, share, rng, shortest)
        return re.sub(r"[А-Яа-яЁё]+", lambda m: word(m.group()), text)

    return retype


def cyrillic_twin(share: float) -> Retype:
    """One letter of a share of the Latin words typed on the Cyrillic layout; addresses as
    written."""

    def retype(text: str, rng: random.Random) -> str:
        word = _one_twin(_TO_CYRILLIC, share, rng)

        def run(match: re.Match[str]) -> str:
            found = match.group()
            if re.search(r"[/@]|www\.", found):
                return found
            return re.sub(r"[A-Za-zÀ-ɏ]+", lambda m: word(m.group()), found)

        return re.sub(r"\S+", run, text)

    return retype


def quotes(opening: str, closing: str) -> Retype:
    """Every quote mark typed as `opening` or `closing`."""
    table = str.maketrans({"«": opening, "“": opening, "„": opening, "»": closing, "”": closing})
    return lambda t, _rng: t.translate(table)


def dashes(dash: str) -> Retype:
    """Every dash with a space on each side typed as `dash`."""
    return lambda t, _rng: re.sub(r" [—–-] ", f" {dash} ", t)


# ---- how sites type the same label, number, name, mark or address another way ----------------

_URL = r"(?:https?://|www\.)[^\s<>\"“”«»]+"
# the page labels before a number: GOST's `с.`/`С.`, Kazakh `б.`/`бб.`, Turkish `s.`/`ss.`,
# English `p.`/`pp.`
_PAGE_LABEL = r"(?<![\w.])(?:с|С|б|бб|s|ss|p|pp)\."
_CAPITAL = "A-ZА-ЯЁÇĞİÖŞÜӘІҢҒҮҰҚӨҺ"
_SMALL = "a-zа-яёçğıöşüәіңғүұқөһ"


def _outside_addresses(change: Callable[[str], str]) -> Callable[[str], str]:
    """`change` applied to the text between web addresses (an address is typed as it is)."""

    def apply(text: str) -> str:
        parts = re.split(f"({_URL})", text)
        return "".join(p if i % 2 else change(p) for i, p in enumerate(parts))

    return apply


def _sub(pattern: str, repl: str | Callable[[re.Match[str]], str]) -> Retype:
    """Every match of `pattern` outside web addresses replaced by `repl`."""
    compiled = re.compile(pattern)
    change = _outside_addresses(lambda part: compiled.sub(repl, part))
    return lambda t, _rng: change(t)


# a page label glued to its number (`с.5`) or spaced (`с. 5`); GOST's page label `С. 5` for
# `с. 5` and back
page_label_glued = _sub(f"({_PAGE_LABEL}) (?=\\d)", r"\1")
page_label_spaced = _sub(f"({_PAGE_LABEL})(?=\\d)", r"\1 ")
page_label_capital = _sub(
    r"(?<![\w.])([сС])\.( ?)(?=\d)",
    lambda m: ("С" if m.group(1) == "с" else "с") + "." + m.group(2),
)
# English `pp.` for `p.` and `p.` for `pp.` before a number
pages_label_swapped = _sub(
    r"(?<![\w.])(pp?)\.(?= ?\d)", lambda m: "p." if m.group(1) == "pp" else "pp."
)


def range_dash(dash: str) -> Retype:
    """The dash of every range of pages or years (`45–50`, `1914-1918`) typed as `dash`; an
    ISBN's, ISSN's, ISO date's or address's hyphens are typed as they are."""
    pattern = re.compile(r"(?<![\d/–—-])(?<!\d\.)(\d{1,4})[–—-](\d{1,4})(?!\d|[./:–—-]\d)")

    def retype(part: str) -> str:
        def one(m: re.Match[str]) -> str:
            if "ISSN" in part[max(0, m.start() - 8) : m.start()].upper():
                return m.group()
            return f"{m.group(1)}{dash}{m.group(2)}"

        return pattern.sub(one, part)

    change = _outside_addresses(retype)
    return lambda t, _rng: change(t)


# `№ 5` for `№5` and `№5` for `№ 5`; `No. 5`/`No.5`
number_sign_spacing = _sub(
    r"(№|No\.)( ?)(?=\d)", lambda m: m.group(1) + ("" if m.group(2) else " ")
)
# initials spaced (`А. Б.`), glued (`А.Б.`), and the last dot left out before a comma
initials_spaced = _sub(f"(?<![\\w.])([{_CAPITAL}]\\.)(?=[{_CAPITAL}]\\.)", r"\1 ")
initials_glued = _sub(f"(?<![\\w.])([{_CAPITAL}]\\.) (?=[{_CAPITAL}]\\.)", r"\1")
initials_last_dot_dropped = _sub(f"(?<![\\w.])([{_CAPITAL}]\\.[{_CAPITAL}])\\.(?=,)", r"\1")
# a surname before its initials in capitals (`ИВАНОВ А.Б.`, as many Kazakh sites type GOST)
surnames_upper = _sub(
    f"(?<![\\w.])([{_CAPITAL}][{_SMALL}]+)(?= [{_CAPITAL}]\\.)", lambda m: m.group(1).upper()
)


def _title_case(text: str) -> str:
    return re.sub(
        f"(?<![\\w'’-])[{_SMALL}]{{4,}}", lambda m: m.group()[0].upper() + m.group()[1:], text
    )


def title_case(text: str, _rng: random.Random) -> str:
    """Each word of four letters or more of a quoted title, and of a GOST head's title
    (`Иванов А.Б. История края // …`), capitalised, as a style that title-cases titles."""
    quoted = re.sub(
        r"([«“\"])([^«“\"»”]+)([»”\"])",
        lambda m: m.group(1) + _title_case(m.group(2)) + m.group(3),
        text,
    )
    if quoted != text:
        return quoted
    head = re.match(
        f"([{_CAPITAL}][{_SMALL}]+ [{_CAPITAL}]\\.(?: ?[{_CAPITAL}]\\.)? )([^/]+?)(?= //| / )", text
    )
    if head is None:
        return text
    return head.group(1) + _title_case(head.group(2)) + text[head.end() :]


# GOST's `//` with no space either side (`Title//Journal`), or after a period (`Title. // J.`)
slashes_glued = _sub(r"\s+//\s+", "//")
slashes_after_period = _sub(r"(?<=[^\W\d_]) // ", ". // ")
# a space before a colon or semicolon (ISBD's `М. : Наука`), before a comma
space_before_colon = _sub(r"(?<=\w)([:;])(?= )", r" \1")
space_before_comma = _sub(r"(?<=\w),(?= )", " ,")


def apostrophes(mark: str) -> Retype:
    """Every apostrophe inside a word (`Asya'da`, `Asya’da`, Turkmen and Uzbek `oʻ`) typed as
    `mark`."""
    return _sub(r"(?<=\w)['’ʼʻ‘](?=\w)", mark)


def url_wrapped(text: str, _rng: random.Random) -> str:
    """Every web address in angle brackets (`<https://…>`), as e-mail and some styles type it."""
    return re.sub(f"(?<!<){_URL}", lambda m: _wrap(m.group()), text)


def _wrap(url: str) -> str:
    core = url.rstrip(".,;)")
    return f"<{core}>{url[len(core) :]}"


def url_period(text: str, _rng: random.Random) -> str:
    """A period right after every web address that ends the note or a space follows."""
    return re.sub(
        f"({_URL})(?=\\s|$)",
        lambda m: m.group() if m.group()[-1] in ".,;" else m.group() + ".",
        text,
    )


_RESOURCE = re.compile(r"\s*\[(?:Электрон\w* ресурс|Electronic resource|Elektronik kaynak)\]", re.I)


def resource_dropped(text: str, _rng: random.Random) -> str:
    """GOST's `[Электронный ресурс]` (and its Kazakh and English forms) left out."""
    return _RESOURCE.sub("", text)


def resource_added(text: str, _rng: random.Random) -> str:
    """GOST's `[Электронный ресурс]` after the title of a Cyrillic note with an address and
    none yet (before its first ` // ` or ` / `)."""
    if _RESOURCE.search(text) or not re.search(_URL, text) or not re.search("[а-яё]", text):
        return text
    at = re.search(r" //? ", text)
    if at is None:
        return text
    return text[: at.start()] + " [Электронный ресурс]" + text[at.start() :]


def ellipsis(mark: str) -> Retype:
    """Every ellipsis (`...`, `…`) typed as `mark`."""
    return _sub(r"\.\.\.|…", mark)
