"""A journal's name and pages in Vancouver's and AMA's numbers. `Title. JAMA.
2020;323(5):441-449.`: the sentence between a title and a year that `;` glues to its volume is
the journal's name, however short (`JAMA`, `BMJ`, `Lancet`), or the title run's last sentence
when the model joined them (`Air pollution in Almaty. Environ Res. 2021;195:110812`); and the
number after the volume's (or issue's) colon is the pages or the article's number, never an
issue, an edition or an ISBN. A journal read online is marked so after its name (`Title. Eur
Respir J [Internet]. 2020 [cited 2021 Apr 3];56(2):1234-40`): the title run's last sentence
before the mark is the journal's name."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.hosts import _split_last_sentence
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import shipped_words

__all__ = ["vancouver_journal"]

_MAX_WORDS: Final = 8  # words of a journal's name at most
_MISREAD: Final = frozenset({"issue", "edition", "number-of-pages", "accessed", "issued"})


def _numbers_after(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether the year run `j` is followed by `;` glued to it and a volume (`2020;323`), or
    an issue in brackets with no volume (`2018;(2):17-22`)."""
    _, _, b = found[j]
    if b + 1 >= len(tokens) or tokens[b].text != ";" or tokens[b].start != tokens[b - 1].end:
        return False
    if j + 2 >= len(found):
        return False
    label, a, _ = found[j + 2]
    return (label, a) == ("volume", b + 1) or (label, a, tokens[b + 1].text) == (
        "issue",
        b + 2,
        "(",
    )


def _name(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The journal's words in an unlabelled run `a:b` written `. Name .` (its tokens)."""
    start, end = a, b
    while start < end and tokens[start].text in ".,":
        start += 1
    while end > start and tokens[end - 1].text in ".,":
        end -= 1
    words = [t for t in tokens[start:end] if t.text.isalpha()]
    if not words or len(words) > _MAX_WORDS or not words[0].text[:1].isupper():
        return None
    if any(not (t.text.isalpha() or t.text in ".&-") for t in tokens[start:end]):
        return None
    return start, end


def _pages(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the run after `Volume:` or `Volume(Issue):` (volume run at `j`) as pages."""
    k = j + 1
    bracket = k + 1 < len(found) and found[k][0] == OTHER and found[k + 1][0] == "issue"
    if bracket and [t.text for t in tokens[found[k][1] : found[k][2]]] == ["("]:
        k += 2  # `(5)`: the issue, then its bracket's close
    if k + 1 >= len(found) or found[k][0] != OTHER or found[k + 1][0] not in _MISREAD:
        return _page_tokens(tokens, found, j)
    between = "".join(t.text for t in tokens[found[k][1] : found[k][2]])
    if between not in (":", "):"):
        return _page_tokens(tokens, found, j)
    _, a, b = found[k + 1]
    return [*found[: k + 1], ("page", a, b), *found[k + 2 :]]


# what the model may make of the pages after the colon besides `_MISREAD`'s runs: no field, an
# ISBN (`2021;39(46):6753-6759. doi:…`); a date only where the year before `;` is the date's
# (`2019;38(1):2019-2025` read with no other date keeps it)
_TOKENS_MISREAD: Final = frozenset({OTHER, "ISBN", "accessed", "number-of-pages"})
_PAGE_DIGITS: Final = 6  # digits of a page or an article's number at most


def _page_tokens(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the number or range that closes its sentence after the colon of the volume
    run `j` (or of its bracketed issue) read as the pages, where the model read it as no field
    or an ISBN and left the colon and the number in one run (`BMC Public Health. 2022;22:1452.
    doi:…`)."""
    n = found[j][2]
    if n + 2 < len(tokens) and tokens[n].text == "(" and tokens[n + 2].text == ")":
        n += 3  # `(46)`: the issue
    if n + 1 >= len(tokens) or tokens[n].text != ":" or not _number(tokens[n + 1]):
        return found
    end = n + 2
    if end + 1 < len(tokens) and tokens[end].text in DASHES and _number(tokens[end + 1]):
        end += 2
    if end < len(tokens) and tokens[end].text not in ".;,":
        return found
    held = {label for label, a, b in found if a < end and b > n + 1}
    year = found[j][1] - 2  # `2022;54`: the year before the volume's semicolon
    dated = any(label == "issued" and a <= year < b for label, a, b in found)
    misread = _TOKENS_MISREAD | {"issued"} if dated else _TOKENS_MISREAD
    return painted(found, ("page", n + 1, end)) if held <= misread else found


def _number(token: Token) -> bool:
    return token.text.isdecimal() and len(token.text) <= _PAGE_DIGITS


@functools.cache
def _year_words() -> frozenset[str]:
    """The words written after a year (`[words] year`: `гг`, `ж`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("year"))


def _dated_end(tokens: list[Token], i: int) -> bool:
    """Whether the period at `i` follows a number, or a year's word after one (`2010–2017 гг.`)."""
    word = tokens[i - 1].text
    if word.isdigit():
        return True
    return i >= 2 and word.casefold() in _year_words() and tokens[i - 2].text[:1].isdigit()


def _split_title(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with the title run `j` cut before the journal's name it holds: at its last
    sentence, or at a period after a number or a year's word (`Incidence in Kazakhstan,
    2000-2015. Int J Tuberc Lung Dis. 2017;21(5)`, `… за 2010–2017 гг. Фтизиопульмонология.
    2018;(2)`: a title may close with a year, a journal's name never opens with one)."""
    out = _split_last_sentence(tokens, found, j)
    if out != found:
        return out
    _, a, b = found[j]
    for i in range(b - 2, a, -1):
        if tokens[i].text != "." or not _dated_end(tokens, i):
            continue
        if tokens[i - 1].end != tokens[i].start or _name(tokens, i + 1, b) is None:
            break
        return [
            *found[:j],
            ("title", a, i),
            (OTHER, i, i + 1),
            ("container-title", i + 1, b),
            *found[j + 1 :],
        ]
    return out


def _bracketed_title(tokens: list[Token], found: list[Run], k: int) -> list[Run] | None:
    """`found` with the journal read as the title (run `k`) after a bracketed sentence the
    model left unread: NLM's translated title (`Ospanova DA. [Incidence of brucellosis …].
    Epidemiologiya i Vaktsinoprofilaktika. 2020;19(5)`) is the title, the run the journal."""
    if k < 1 or found[k - 1][0] != OTHER:
        return None
    _, a, b = found[k - 1]
    texts = [t.text for t in tokens[a:b]]
    if "[" not in texts or "]" not in texts:
        return None
    o, c = a + texts.index("["), a + len(texts) - 1 - texts[::-1].index("]")
    if c - o < _BRACKET_WORDS or any(t.text in "[]" for t in tokens[o + 1 : c]):
        return None
    if any(t.text.isalnum() for t in tokens[c + 1 : b]) or any(
        t.text.isalnum() for t in tokens[a:o]
    ):
        return None  # the bracket alone between the names and the journal
    runs: list[Run] = [(OTHER, a, o + 1), ("title", o + 1, c), (OTHER, c, b)]
    return [*found[: k - 1], *runs, ("container-title", found[k][1], found[k][2]), *found[k + 1 :]]


_BRACKET_WORDS: Final = 3  # tokens of a bracketed title at least


def _host_holds_title(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with a host run right before the year (its period between) that holds the
    title's tail before its last sentence (`… in Aktobe region` + `, ` + `Kazakhstan: a
    cross-sectional study. BMC Public Health` + `. 2019;19(1)`) cut there: the words before
    the sentence end are the title's, joined to the title run before the comma."""
    if j < 2 or found[j - 2][0] != "container-title" or found[j - 1][0] != OTHER:
        return found
    if [t.text for t in tokens[found[j - 1][1] : found[j - 1][2]]] != ["."]:
        return found
    cut = _split_last_sentence(tokens, found, j - 2)
    if cut == found:
        return found
    k = j - 2  # the cut runs: title k, period k + 1, host k + 2
    if k >= 2 and cut[k - 2][0] == "title" and cut[k - 1][0] == OTHER:
        between = [t.text for t in tokens[cut[k - 1][1] : cut[k - 1][2]]]
        # `… region, Kazakhstan: a cross-sectional study`; words the model left between the
        # title's two parts (`… Central Asian` + `migrants in` + `Istanbul. J Migr Health`)
        if between == [","] or all(w.isalpha() for w in between):
            return [*cut[: k - 2], ("title", cut[k - 2][1], cut[k][2]), *cut[k + 1 :]]
    return cut if k >= 1 and "title" not in (r[0] for r in found[:k]) else found


@functools.cache
def _span() -> frozenset[str]:
    """What joins the two years of a span: a dash or a word of the language files
    (`[words] year_span`: `1990 to 2015`)."""
    return DASHES | frozenset(shipped_words("year_span"))


_YEAR_DIGITS: Final = 4


def _years(tokens: list[Token], run: Run) -> bool:
    """Whether a run is a year or a span of years and nothing else (`1990 to 2015`)."""
    words = [t.text for t in tokens[run[1] : run[2]]]
    span = _span()
    return all(w in span or (w.isdecimal() and len(w) == _YEAR_DIGITS) for w in words) and any(
        w.isdecimal() for w in words
    )


def _title_years(tokens: list[Token], found: list[Run], j: int) -> tuple[list[Run], int]:
    """`found` with a date run between the title and the journal given back to the title
    (`Obesity in Almaty, 2015. Obes Rev. 2016;17(2)`, `Mortality, 1990 to 2015. Lancet.
    2017;390`): Vancouver dates the article after the journal's name only, so the years
    before it are the title's; and the index of the dating run `j` then."""
    for i in range(2, j):
        if found[i - 2][0] != "title" or found[i - 1][0] != OTHER:
            continue
        if found[i][0] != "issued" and not (found[i][0] == "title" and _years(tokens, found[i])):
            continue
        comma, after = found[i - 1], found[i + 1]
        if [t.text for t in tokens[comma[1] : comma[2]]] != [","]:
            continue
        if after[0] != OTHER or tokens[after[1]].text != ".":
            continue
        merged: Run = ("title", found[i - 2][1], found[i][2])
        return [*found[: i - 2], merged, *found[i + 1 :]], j - 2
    return found, j


def _place_as_journal(tokens: list[Token], found: list[Run], k: int) -> list[Run]:
    """`found` with a lone place's run `k`, a sentence of its own right before `Year;Volume`,
    read as the journal when the note names no publisher: a place stands before one's colon
    (`Lancet. 2016;388`, never `Geneva: WHO; 2016`)."""
    _, c, d = found[k]
    if any(run[0] == "publisher" for run in found) or c == 0 or tokens[c - 1].text != ".":
        return found
    between = tokens[found[k + 1][1] : found[k + 1][2]]
    if [t.text for t in between] != ["."] or _name(tokens, c, d) != (c, d):
        return found
    return [*found[:k], ("container-title", c, d), *found[k + 1 :]]


@functools.cache
def _online() -> frozenset[str]:
    """The one-word markers of an online source (`[words] online`: `Internet`, `Online`)."""
    return frozenset(w for w in shipped_words("online") if w.isalpha())


def _bracketed_online(tokens: list[Token], b: int) -> bool:
    """Whether tokens b.. are an online marker in square brackets (`[Internet]`)."""
    if b + 2 >= len(tokens) or tokens[b].text != "[" or tokens[b + 2].text != "]":
        return False
    return tokens[b + 1].text in _online()


def _online_journal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that ends before `[Internet]` cut at its last sentence, the
    journal's name, where a volume follows (a journal's numbers, not a book's imprint)."""
    if _online().isdisjoint(text_set(tokens)) or "volume" not in [r[0] for r in found]:
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title" or not _bracketed_online(tokens, b):
            continue
        dot = next((i for i in range(b - 2, a, -1) if tokens[i].text == "."), None)
        if dot is None or _name(tokens, dot + 1, b) != (dot + 1, b):
            return found
        runs: list[Run] = [
            ("title", a, dot),
            (OTHER, dot, dot + 1),
            ("container-title", dot + 1, b),
        ]
        return [*found[:j], *runs, *found[j + 1 :]]
    return found


def _ahead_of_print(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the journal read from the title run's last sentence in an article cited
    ahead of print, by its day and DOI with no volume yet (`Title. J Nurs Manag. 2022 Sep 14.
    doi: 10.1111/…`): Vancouver's day (`Year Mon Day`) after the journal's sentence."""
    if any(r[0] in ("container-title", "volume") for r in found):
        return found
    for j in range(2, len(found) - 1):
        label, a, b = found[j]
        if label != "issued" or b - a < 2 or found[j - 2][0] != "title":
            continue
        if not (
            tokens[a].text.isdigit() and len(tokens[a].text) == 4 and tokens[a + 1].text.isalpha()
        ):
            continue  # Vancouver's `2022 Sep 14`, the year first
        if [t.text for t in tokens[found[j - 1][1] : found[j - 1][2]]] != ["."]:
            continue
        if not any(r[0] == "DOI" for r in found[j + 1 :]):
            continue
        _, c, d = found[j - 2]
        if j >= 4 and found[j - 4][0] == "title" and _name(tokens, c, d) == (c, d):
            return [*found[: j - 2], ("container-title", c, d), *found[j - 1 :]]  # two titles
        out = _split_title(tokens, found, j - 2)
        host = next((r for r in out if r[0] == "container-title"), None)
        # … a journal's name: words alone (`Version 2. 2021 Mar 3.`: a data set's version)
        return out if host is not None and _name(tokens, host[1], host[2]) == host[1:] else found
    return found


def vancouver_journal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Vancouver's journal read before `Year;Volume` when the note has no host,
    and the number after its colon as the pages; or before its day ahead of print."""
    if ";" not in text_set(tokens):
        return _ahead_of_print(tokens, found)  # no `;` (the common case)
    if all(r[0] != "container-title" for r in found):
        found = _online_journal(tokens, found)
    found = _year_in_journal(tokens, found)
    for j in range(1, len(found)):
        if found[j][0] != "issued" or not _numbers_after(tokens, found, j):
            continue
        found, j = _title_years(tokens, found, j)
        found = _pages(tokens, found, j + 2)
        if any(r[0] == "container-title" for r in found):
            return _host_holds_title(tokens, found, j)
        label, a, b = found[j - 1]
        if label == "title":  # `Title. Journal. 2021;…` read as one title
            return _split_title(tokens, found, j - 1)
        if label == OTHER and j >= 2 and found[j - 2][0] == "publisher-place":
            return _place_as_journal(tokens, found, j - 2)
        if label != OTHER or j < 2 or found[j - 2][0] != "title":
            return found
        if all(not t.text.isalnum() for t in tokens[a:b]):  # … and a period
            _, c, d = found[j - 2]
            if j >= 4 and found[j - 4][0] == "title" and _name(tokens, c, d) == (c, d):
                # `Title, 2012. Pediatr Res. 2014;75`: the second title is the journal
                return [*found[: j - 2], ("container-title", c, d), *found[j - 1 :]]
            bracketed = _bracketed_title(tokens, found, j - 2)
            return bracketed if bracketed is not None else _split_title(tokens, found, j - 2)
        name = _name(tokens, a, b)
        if name is None:
            return found
        s, e = name
        runs: list[Run] = [(OTHER, a, s)] if a < s else []
        runs.append(("container-title", s, e))
        if e < b:
            runs.append((OTHER, e, b))
        return [*found[: j - 1], *runs, *found[j:]]
    return found


def _year_in_journal(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the year that closes a journal's run before `;Volume` read as the date
    (`Ration Pharmacother Cardiol 2018;14(2):156–166`, the period before the year left out),
    when the note has no other date."""
    if any(r[0] == "issued" for r in found):
        return found
    for j, (label, a, b) in enumerate(found):
        if label not in ("container-title", "title") or b - a < 2 or b >= len(tokens):
            continue
        if tokens[b].text != ";" or not is_year(tokens[b - 1].text):
            continue
        split = [*found[:j], (label, a, b - 1), ("issued", b - 1, b), *found[j + 1 :]]
        if _numbers_after(tokens, split, j + 1):
            return split
    return found
