"""Written forms that mend the runs the model labelled: a place written short before the year
(`М., 1958`), a short note's bare page (`, 60.`), APA's `13(25)`, GOST's statement of
responsibility, a bracketed translator, places joined by semicolons, a page range's ends."""

from __future__ import annotations

import functools
import itertools
import operator
import unicodedata
from collections.abc import Sequence
from typing import Final
from urllib.parse import urlsplit

from citekit._text import unmixed
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.bylines import dated_author
from citekit.citations.tagger.isnad_slashes import single_slash
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = [
    "PLACE_STARTS",
    "abbreviated_place",
    "bracketed_issue",
    "bracketed_numbers",
    "bracketed_role",
    "covered_years",
    "labelled_page",
    "number_label",
    "pages_together",
    "places_together",
    "responsibility_hosts",
    "site_named",
    "trailing_page",
]

PLACE_STARTS: Final = frozenset({"Bcities", "Bplaces"})
_YEAR_DIGITS: Final = 4


def abbreviated_place(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is a place of the lexicon written short, its period glued and a comma
    after (`М.,`, `Л.,`), as GOST writes the place before the year."""
    return (
        k + 2 < len(tokens)
        and bool(marks[k] & PLACE_STARTS)
        and tokens[k].text.isalpha()
        and tokens[k].text[0].isupper()
        and len(tokens[k].text) <= 3
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 2].text == ","
    )


def trailing_page(tokens: list[Token], a: int, b: int) -> list[Run] | None:
    """The tail of a short note after its title, `, 60.` or `, 60-62.`: the page cited (a
    year is no page). None when the tail is not one bare number or range."""
    words = [k for k in range(a, b) if tokens[k].text.isalnum()]
    if not words or tokens[a].text != "," or not all(tokens[k].text.isdigit() for k in words):
        return None
    first, last = words[0], words[-1]
    if len(words) > 2 or (len(words) == 2 and tokens[first + 1].text not in DASHES):
        return None
    if len(words) == 2 and last != first + 2:
        return None
    if any(len(tokens[k].text) >= _YEAR_DIGITS for k in words):
        return None  # "Eser, 2019.": a year, or no page a note would write bare
    return [(OTHER, a, first), ("page", first, last + 1), (OTHER, last + 1, b)]


def bracketed_issue(tokens: list[Token], a: int, b: int) -> list[Run]:
    """The tail after a journal's volume: APA's `13(25)` or `8 (39)` holds the issue in
    brackets; MLA's `22 (1950)` the year; İSNAD's `38/66 (Güz 2019)` the issue after a slash,
    before the bracketed date."""
    bracketed = b - a >= 3 and tokens[a].text == "(" and tokens[a + 2].text == ")"
    if bracketed and tokens[a + 1].text.isdigit() and len(tokens[a + 1].text) < _YEAR_DIGITS:
        return [(OTHER, a, a + 1), ("issue", a + 1, a + 2), (OTHER, a + 2, b)]
    slashed = b - a >= 3 and single_slash(tokens, a) and tokens[a + 2].text == "("
    if slashed and tokens[a + 1].text.isdigit() and len(tokens[a + 1].text) < _YEAR_DIGITS:
        return [(OTHER, a, a + 1), ("issue", a + 1, a + 2), (OTHER, a + 2, b)]
    return [(OTHER, a, b)]


def _area_end(tokens: list[Token], i: int) -> int | None:
    """Where the area opened at token `i` ends: GOST's `. —` or `//`; None when neither comes."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].text == "/":
            return k if k + 1 < len(tokens) and tokens[k + 1].text == "/" else None
        if tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].text in DASHES:
            return k
    return None


def responsibility_hosts(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with no host inside GOST's statement of responsibility: after a single slash and
    up to the next area (`/ [гл. ред. И. С. Иванов]; НП РСМД. — М.: …`) a note names people
    and bodies, never the journal or book a part is in (that comes after `//`)."""
    if all(label != "container-title" for label, _, _ in found):
        return list(found)  # no host to move (the common case, told without a scan)
    if "/" not in text_set(tokens):
        return list(found)  # no slash, no statement of responsibility (most notes)
    # the slashes, found at C speed
    marks = itertools.compress(itertools.count(), map("/".__eq__, map(_TEXT, tokens)))
    ends = {i: _area_end(tokens, i) for i in marks if single_slash(tokens, i)}
    spans = [(i, end) for i, end in ends.items() if end is not None]
    if not spans:
        return list(found)  # no statement of responsibility: nothing is inside one
    out: list[Run] = []
    # with no author read and no `//` host, a body named there is the work's author (`… :
    # аналитический доклад / Казахстанский институт …. – Астана`)
    unsigned = all(label != "author" for label, _, _ in found) and not any(
        tokens[i].text == tokens[i + 1].text == "/" for i in range(len(tokens) - 1)
    )
    for label, a, b in found:
        inside = any(s < a and b <= e for s, e in spans)
        if label == "container-title" and inside:
            body = unsigned and is_organisation(" ".join(t.text for t in tokens[a:b]))
            label = "author" if body else OTHER
        out.append((label, a, b))
    return out


_TEXT: Final = operator.attrgetter("text")


@functools.cache
def _role_words() -> dict[str, str]:
    """The editor and translator words of every shipped language, lower-cased, without their
    period ("çev", "trans", "ed"), and the role of each."""
    found: dict[str, str] = {}
    for role in ("translator", "editor"):
        for word in shipped_words(role):
            if " " not in word:
                found.setdefault(word.rstrip(".").casefold(), role)
    return found


def bracketed_role(tokens: list[Token], a: int, b: int) -> list[Run] | None:
    """A title run that holds a bracketed role statement after the title (`Eser, (çev: Ad
    Soyad)`, `Title (trans. A. Smith)`): the person in it is the translator or editor, not
    the title's. None when the run holds none."""
    if "(" not in text_set(tokens):
        return None  # no bracket in the note (most notes: one look-up)
    for i in range(a + 1, b - 3):
        role = _role_words().get(tokens[i + 1].text.casefold())
        if tokens[i].text != "(" or role is None or tokens[i + 2].text not in ".:":
            continue
        close = next((k for k in range(i + 3, b) if tokens[k].text == ")"), None)
        if close is None and b < len(tokens) and tokens[b].text == ")":
            close = b  # the bracket that closes the statement is outside the run: no field's
        if close is None or close == i + 3 or not tokens[i + 3].text[0].isupper():
            return None
        tail = [(OTHER, close, b)] if close < b else []
        return [("title", a, i), (OTHER, i, i + 3), (role, i + 3, close), *tail]
    return None


def labelled_page(
    tokens: list[Token], marks: list[set[str]], a: int, b: int, part: bool
) -> list[Run] | None:
    """The tail of a note that ends with a number and its page word after it (`.- 3 б.`,
    `207-233 s.`): a range is the pages; one number is the page of a part (a host is named)
    and a book's extent otherwise (`304 с.`). None when the tail is not that."""
    words = [k for k in range(a, b) if tokens[k].text.isalnum()]
    if len(words) < 2 or "page" not in marks[words[-1]] or "Bpage" not in marks[words[-1]]:
        return None
    numbers = words[:-1]
    if not all(tokens[k].text.isdigit() and len(tokens[k].text) < _YEAR_DIGITS for k in numbers):
        return None
    first, last = numbers[0], numbers[-1]
    if len(numbers) > 2 or (len(numbers) == 2 and tokens[first + 1].text not in DASHES):
        return None
    label = "page" if part or len(numbers) == 2 else "number-of-pages"
    return [(OTHER, a, first), (label, first, last + 1), (OTHER, last + 1, b)]


_MAX_PLACE_TOKENS: Final = 4


def _only(tokens: list[Token], run: Run, marks: str) -> bool:
    """Whether `run` is outside any field and holds only the punctuation `marks`."""
    label, a, b = run
    return label == OTHER and all(tokens[k].text in marks for k in range(a, b))


def places_together(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the places of one imprint joined: `London; Thousand Oaks; New Delhi: Sage`
    separates its places by semicolons before the colon, so the capitalised words between a
    place and the next `;` or `:` are a place too, whatever the model called them; and two
    places with only a comma between are one (`Almaty, Kazakhstan`: a city and its country)."""
    out = list(found)
    if all(label != "publisher-place" for label, _, _ in out):
        return out  # no place to take in the runs after it
    i = 0
    while i + 2 < len(out):
        label, a, _ = out[i]
        kind, c, d = out[i + 2]
        if label != "publisher-place":
            i += 1  # only a place's run takes in the runs after it
            continue
        words = [tokens[k].text for k in range(c, d) if tokens[k].text.isalnum()]
        named = bool(words) and all(w[0].isupper() for w in words) and d - c <= _MAX_PLACE_TOKENS
        comma = kind == "publisher-place" and _only(tokens, out[i + 1], ",")
        joined = label == "publisher-place" and (_only(tokens, out[i + 1], ";") or comma)
        joined = joined and kind != OTHER
        closed = i + 3 < len(out) and _only(tokens, out[i + 3], ";:")
        if joined and named and (kind == "publisher-place" or closed):
            out[i : i + 3] = [("publisher-place", a, d)]
        else:
            i += 1
    return out


_RANGE_MARKS: Final = "-–—~"


def pages_together(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a page range in one run: two runs of pages with only a range mark between
    (`202~204`, `12–14`) are its two ends, whatever the model called the mark."""
    out = list(found)
    if [label for label, _, _ in out].count("page") < 2:
        return out  # no two ends to join
    i = 0
    while i + 2 < len(out):
        label, a, _ = out[i]
        kind, _, d = out[i + 2]
        if label == kind == "page" and _only(tokens, out[i + 1], _RANGE_MARKS):
            out[i : i + 3] = [("page", a, d)]
        else:
            i += 1
    return out


_LONGEST: Final = 100  # digits of a number read as a value (`int` reads no more than 4,300)


def range_end(tokens: list[Token], i: int) -> int | None:
    """The token after a number range's second number when one starts at token `i`, the
    range's mark (`1-2`, `1–3`): numbers below 1,000 (not years), the second greater than the
    first, and short or glued to the mark (a year after a spaced dash, `Т. 1 — 2011`, is not
    a range's end)."""
    if i + 1 >= len(tokens) or tokens[i].text not in _RANGE_MARKS:
        return None
    first, second = tokens[i - 1].text, tokens[i + 1].text
    if not (first.isdecimal() and second.isdecimal()) or len(first) > 3:
        return None  # years (`c. 1850–1914`), not volumes
    if len(second) <= _LONGEST and int(second) <= int(first):  # a longer one is greater
        return None
    glued = tokens[i].start == tokens[i - 1].end and tokens[i + 1].start == tokens[i].end
    return i + 2 if glued or len(second) < 4 else None


def volume_ranges(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume's or issue's range whole: `tom 1-2`, `№ 2–3`, where the model
    ended the run at the first number and left the rest outside any field, or read the
    second number as a run of its own (`iss. 6—7`)."""
    if _NUMBERED.isdisjoint([run[0] for run in found]):
        return list(found)  # no volume, no issue (at C speed)
    out = list(found)
    for i in range(len(out) - 1):
        label, a, b = out[i]
        kind, c, d = out[i + 1]
        if label in _NUMBERED and kind == OTHER and b == c:
            end = range_end(tokens, b)
            if end is not None and end <= d:
                out[i], out[i + 1] = (label, a, end), (OTHER, end, d)
            elif end is not None and i + 2 < len(out) and _range_rest(out[i + 2], label, d, end):
                rest = out[i + 2]
                out[i], out[i + 1], out[i + 2] = (
                    (label, a, end),
                    (OTHER, d, d),
                    (rest[0], end, rest[2]),
                )
    return [run for run in out if run[1] < run[2]]


_NUMBERED: Final = frozenset({"volume", "issue"})


def _range_rest(run: Run, label: str, start: int, end: int) -> bool:
    """Whether `run`, opening at `start`, holds a range's second number ending at `end`: a
    run of the range's own label, a page's (no page's word stands before it: `№ 38–39.
    Ст. 380`) or the other number's (`№ 38–39. С. 12–15`: no volume after an issue's dash),
    that ends there, or one of no field that goes on."""
    whole = (run[0] in (label, "page") or run[0] in _NUMBERED) and run[2] == end
    return run[1] == start and (whole or (run[0] == OTHER and end <= run[2]))


_NUMBER_WORDS: Final = frozenset({"volume", "issue", "page", "extent"})


def number_label(tokens: list[Token], marks: list[set[str]], label: str, a: int) -> str:
    """A volume's or issue's run's field as its own label word says (`Volume 47, Issue 1`:
    the 1 is the issue whatever the model called it): the word that opens the run, or the
    one just before it, or (no word just before: `8. Cilt, 2. Sayı`) the one after its
    ordinal period; `label` when no word, or an ambiguous one (`s.`), says."""
    k = a if tokens[a].text[0].isalpha() else a - 1
    while k >= 0 and not tokens[k].text[0].isalnum() and not marks[k]:
        k -= 1
    own = k >= a - 1 or (k == a - 2 and tokens[a - 1].text == ".")  # `Т. 2`, `Cilt 5`
    if not own and (after := _label_after(tokens, marks, a)) is not None:
        return after  # `8. Cilt, 2. Sayı`: Turkish writes the ordinal, then its label
    said = marks[k] & _NUMBER_WORDS if k >= 0 else set()
    return min(said) if len(said) == 1 and said <= _NUMBERED else label


def _label_after(tokens: list[Token], marks: list[set[str]], a: int) -> str | None:
    """The field a label word names right after a number and its glued ordinal period (`2.
    Sayı`, `12. Cilt`), or None."""
    w = a + 2
    if w >= len(tokens) or not tokens[a].text.isdecimal() or tokens[a + 1].text != ".":
        return None
    if tokens[a + 1].start != tokens[a].end:
        return None
    said = marks[w] & _NUMBER_WORDS
    return min(said) if len(said) == 1 and said <= _NUMBERED else None


_NOT_HOSTS: Final = frozenset({"publisher-place", "publisher", "author"})


def _folded(text: str) -> str:
    """`text`'s letters and digits without case or accents (`Türkmen` -> `turkmen`), each word
    in its own alphabet (`Тürkmen` with a Cyrillic Т too)."""
    plain = unicodedata.normalize("NFKD", unmixed(text).casefold().replace("ı", "i"))
    return "".join(ch for ch in plain if ch.isalnum())


_SITE_NUMBERS: Final = frozenset({"volume", "issue"})


def _numbered_site(tokens: list[Token], text: str, found: list[Run], names: set[str]) -> list[Run]:
    """`found` with a number the model read as the host's volume or issue given to the host
    when the two together spell the address's site (`Haber Merkezi 24` beside
    `habermerkezi24.com`, `Haber 7` beside `haber7.com`): the number is the site's name."""
    for j in range(len(found) - 1):
        label, a, b = found[j]
        number, c, d = found[j + 1]
        if label != "container-title" or number not in _SITE_NUMBERS or c != b:
            continue
        if _folded(text[tokens[a].start : tokens[d - 1].end]) in names:
            return [*found[:j], ("container-title", a, d), *found[j + 2 :]]
    return list(found)


def _acronym_after(tokens: list[Token], b: int, names: set[str]) -> bool:
    """Whether a bracketed word after token `b` (`(TDH)`) spells the address's site."""
    if b + 2 >= len(tokens) or tokens[b].text != "(" or tokens[b + 2].text != ")":
        return False
    word = tokens[b + 1].text
    return word.isupper() and _folded(word) in names


def _named_first(tokens: list[Token], found: list[Run], names: set[str]) -> list[Run]:
    """`found` with a title run and a host run after it swapped when the title's bracketed
    acronym spells the address's site (`Türkmenistanyň Döwlet habarlar agentligi (TDH).
    Headline. … https://tdh.gov.tm/…`): the site's owner opens the note, its headline follows."""
    labels = [label for label, _, _ in found]
    if labels.count("title") != 1 or labels.count("container-title") != 1:
        return found
    j, k = labels.index("title"), labels.index("container-title")
    if k < j or not _acronym_after(tokens, found[j][2], names):
        return found
    out = list(found)
    out[j], out[k] = ("container-title", *found[j][1:]), ("title", *found[k][1:])
    return out


def _after_place(found: list[Run], j: int) -> bool:
    """Whether run `j` follows a place run and the colon between (`Ankara: ORSAM`)."""
    return j >= 2 and found[j - 2][0] == "publisher-place" and found[j - 1][0] == OTHER


def _harvard_year(tokens: list[Token], b: int) -> bool:
    """Whether Harvard's bracketed year follows the run that ends at token `b` (`EBRD (2021)`)."""
    return (
        b + 2 < len(tokens)
        and tokens[b].text == "("
        and is_year(tokens[b + 1].text)
        and tokens[b + 2].text == ")"
    )


def site_named(tokens: list[Token], text: str, found: list[Run], url: str | None) -> list[Run]:
    """`found` with the run that spells the cited address's site (`Türkmenmetbugat` beside
    `turkmenmetbugat.gov.tm`, `Baq.kz` beside `www.baq.kz`) as the host the work is in:
    a site's name is no place, publisher or person, whatever the model called it; but a house
    after an imprint's place and colon is the publisher, which publishes on its own site."""
    if not url:
        return list(found)
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # `https://[`: no address to read a site from
        host = ""
    labels = host.removeprefix("www.").split(".")
    if not host:
        return list(found)
    names = {_folded(labels[0]), _folded("".join(labels))} - {""}
    if any(label == "container-title" for label, _, _ in found):
        # told before the address is read
        return _numbered_site(tokens, text, _named_first(tokens, found, names), names)
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if (
            label == "issued"
            and b - a > 2
            and tokens[a + 1].text == ","
            and _folded(tokens[a].text) in names
        ):
            # `24.kg, March 14, 2019`: the site's name, no date's, opens the date's run
            return [
                *out[:j],
                ("container-title", a, a + 1),
                (OTHER, a + 1, a + 2),
                ("issued", a + 2, b),
                *out[j + 1 :],
            ]
        if label in _NOT_HOSTS and _folded(text[tokens[a].start : tokens[b - 1].end]) in names:
            if label == "author" and dated_author(tokens, b):
                break  # APA's `TRT Haber. (2022, 14 Kasım). Title. URL`: the author's slot
            body = text[tokens[a].start : tokens[b - 1].end]
            if label == "author" and _harvard_year(tokens, b) and not news_outlet(body):
                break  # Harvard's `EBRD (2021) Title. Available at: …`: a body's author slot
            if (
                label == "author"
                and dated_author(tokens, b, sentence=True)
                and not news_outlet(body)
            ):
                break  # `Freedom House. 2022. “Title.”`: a body's, no outlet's, author-date slot
            if label == "author" and any(r[0] == "publisher-place" for r in out[j + 1 :]):
                break  # `World Bank. Title. Washington, DC, 2023. URL`: a body's imprinted work
            if label == "publisher" and _after_place(out, j):
                break  # `(Ankara: ORSAM, Kasım 2021)`: an imprint's house, its site its own
            out[j] = ("container-title", a, b)
            break
    return out


_MAX_ISSUE_TOKENS: Final = 3  # `5`, `1-2`


def bracketed_numbers(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the bracketed number just after a volume as its issue (`141(1-2)`,
    `66 (5)`), whatever the model called the number: an issue, never a date or a page."""
    out = list(labels)
    if "volume" not in out or "(" not in text_set(tokens):
        return out  # no volume, or no bracket: nothing to read (the common case)
    for i in range(len(tokens) - 2):
        if out[i] != "volume" or out[i + 1] == "volume" or tokens[i + 1].text != "(":
            continue
        close = next((k for k in range(i + 2, len(tokens)) if tokens[k].text == ")"), None)
        inner = range(i + 2, close) if close is not None else range(0)
        if not 0 < len(inner) <= _MAX_ISSUE_TOKENS or not tokens[i + 2].text.isdigit():
            continue
        if len(inner) == 1 and len(tokens[i + 2].text) == _YEAR_DIGITS:
            continue  # Chicago's `12 (1937)`: the year
        if all(tokens[k].text.isdigit() or tokens[k].text in "-–/" for k in inner):
            out[i + 2 : i + 2 + len(inner)] = ["issue"] * len(inner)
    return out


def _year(word: str) -> bool:
    return len(word) == _YEAR_DIGITS and word.isdecimal()  # `²⁰¹⁹` has digits, no number


def covered_years(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the bracketed span of years just after a title given to the title
    (`Военная реформа (1924–1925) М., 1958`: the years the work is about) when the note
    dates its publication after it."""
    out = list(labels)
    if ("title" not in out and "container-title" not in out) or "issued" not in out:
        return out  # no title, or no date after one (told at C speed)
    if "(" not in text_set(tokens):
        return out  # no bracket (most notes)
    # the opening brackets right after the title, or the host's (`// Эпоха крайностей:
    # Короткий двадцатый век (1914–1991). М., 2004`)
    last = len(tokens) - 4
    for i in range(1, last):
        titled = out[i - 1]
        if tokens[i].text != "(" or titled not in _TITLED:
            continue  # the bracket must open right after the title
        span = [t.text for t in tokens[i : i + 5]]
        if span[0] != "(" or span[4] != ")" or span[2] not in DASHES:
            continue
        if _year(span[1]) and _year(span[3]) and "issued" in out[i + 5 :]:
            out[i : i + 5] = [titled] * 5
    return out


_TITLED: Final = frozenset({"title", "container-title"})
