"""A proceedings' host as IEEE writes it after a quoted title's `,” in`: the conference's name
with its words abbreviated (`Proc. IEEE Int. Conf. Commun. (ICC)`, `2020 IEEE Int. Conf. on
Industrial Technology (ICIT)`) runs to the first comma outside brackets, its periods and its
bracketed acronym inside it; the capitalised words between that comma and the year (`Paris,
France, 2017`) are where the conference sat, never an author. The host is only ever widened
to that comma (a name the model read past it keeps its own end)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.place_names import place_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.report_numbers import number_labels
from citekit.citations.tagger.tokens import Token, text_set, token_texts, written_text
from citekit.citations.type_cues import has_cue
from citekit.languages import language, shipped_words

_PLACE_WORDS: Final = 3  # words of a place before its publisher's colon at most
_YEAR: Final = 4  # digits of a year

__all__ = ["ieee_editors", "ieee_forms", "ieee_proceedings", "ieee_report", "ieee_thesis"]

_BEFORE_IN: Final = frozenset({",", "”", '"', "’"})  # `…,” in` closes the quoted title
_OPEN: Final = frozenset("([")
_CLOSE: Final = frozenset(")]")
_HOST_MAX: Final = 40  # tokens of a conference's name at most
_IMPRINT: Final = frozenset({"container-title", "publisher", "publisher-place"})
_PLACE_PARTS: Final = 3  # parts of a report's place at most (`Golden, CO, USA`)
_PLACE_MAX: Final = 8  # tokens of `City, State, Country,` at most
_YEAR_DIGITS: Final = 4
_ABBREVIATED: Final = 6  # letters of an abbreviated word at most (`Commun`, `Intell`)


def _in_at(tokens: list[Token]) -> int | None:
    """The token `in` right after the quoted title's comma or closing quote, or None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text == "in" and tokens[k - 1].text in _BEFORE_IN:
            return k
    return None


def _acronym_at(tokens: list[Token], k: int) -> bool:
    """Whether a bracket opened at token `k` holds only a conference's acronym (`(ICC)`,
    `(ACL 2019)`): capitals, with a year at most, and a comma after its close."""
    close = next(
        (j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].text in _CLOSE), None
    )
    if close is None or close == k + 1 or close + 1 >= len(tokens) or tokens[close + 1].text != ",":
        return False
    inside = [t.text for t in tokens[k + 1 : close]]
    return inside[0].isupper() and inside[0].isalnum() and all(t.isalnum() for t in inside)


def _name_end(tokens: list[Token], h: int) -> int | None:
    """The comma that closes a name opened at token `h`: the one after its bracketed acronym
    (`Proc. Int. Conf. Electron., Comput. Artif. Intell. (ECAI),`), else its first; None
    when a bracket of another kind comes first (`(Almaty, 2015)`: where and when it sat)."""
    stop = min(len(tokens), h + _HOST_MAX)
    for k in range(h, stop):
        if tokens[k].text in _OPEN and _acronym_at(tokens, k):
            return next(j for j in range(k, len(tokens)) if tokens[j].text == ",")
        if tokens[k].text in _OPEN or (_year(tokens[k]) and k > h):
            break
    for k in range(h, stop):
        if tokens[k].text in _OPEN:
            return None
        if tokens[k].text == ",":
            return k
    return None


def _year(token: Token) -> bool:
    return len(token.text) == _YEAR_DIGITS and token.text.isdecimal()


def _place_end(tokens: list[Token], a: int) -> int | None:
    """The end of `City, Country` written from token `a` up to the comma before a year: only
    capitalised words and commas, or None."""
    for k in range(a, min(len(tokens) - 1, a + _PLACE_MAX)):
        text = tokens[k].text
        if text == "," and _year(tokens[k + 1]):
            return k if k > a else None
        if text != "," and not (text.isalpha() and text[0].isupper()):
            return None
    return None


def ieee_proceedings(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a conference's host after `,” in` widened to its closing comma, and the
    conference's place after it read as the place."""
    k = _in_at(tokens)
    if k is None:
        return found
    h = k + 1
    host = next((run for run in found if run[0] == "container-title" and run[1] == h), None)
    e = _name_end(tokens, h)
    if host is None or e is None or host[2] > e:
        return found
    text = tokens[h].text if e == h + 1 else " ".join(t.text for t in tokens[h:e])
    if not has_cue("conference", text) or _sentence_ends(tokens, found, host):
        return found
    out = painted(found, ("container-title", h, e)) if host[2] < e else found
    place = _place_end(tokens, e + 1)
    if place is not None:
        out = painted(out, ("publisher-place", e + 1, place))
    return out


def _sentence_ends(tokens: list[Token], found: list[Run], host: Run) -> bool:
    """Whether the model's host ends at a whole word's period with a place after it (Harvard's
    `in Proceedings of … Resources. Tashkent, 12–14 May 2020`, `… 2018. Almaty: Al-Farabi
    Kazakh National University, pp.`): a sentence, no abbreviation."""
    b = host[2]
    dated = b + 1 < len(tokens) and tokens[b].text.isdecimal() and len(tokens[b].text) == _YEAR
    b += dated  # `… Economies 2018. Almaty:`: the meeting's year closing its name
    if b + 1 >= len(tokens) or tokens[b].text != ".":
        return False
    if not dated and len(tokens[b - 1].text) <= _ABBREVIATED:
        return False
    colon = next(
        (k for k in range(b + 2, min(b + _PLACE_WORDS + 2, len(tokens))) if tokens[k].text == ":"),
        None,
    )
    if colon is not None and written_text(tokens, b + 1, colon).casefold() in place_names():
        return True  # `… Economies 2018. Almaty: Al-Farabi …`: Harvard's imprint, IEEE has none
    if dated:
        return False  # `… 2019. New Approaches: Water and Land`: the host's subtitle
    return any(run[0] == "publisher-place" and run[1] == b + 1 for run in found)


@functools.cache
def _report_words() -> frozenset[str]:
    """A report's abbreviated words without their period (`Rep`, `Rept`: IEEE's `Rep. no.
    172345`): the language files' `[words] report_abbreviated` of one word."""
    words = shipped_words("report_abbreviated")
    return frozenset(w[:-1] for w in words if w.endswith(".") and " " not in w)


@functools.cache
def _report_qualifiers() -> frozenset[str]:
    """The words written before a report's word in one entry, without their period (`Tech`:
    `Tech. Rep. TR-12`)."""
    entries = (w.split() for w in shipped_words("report_abbreviated"))
    return frozenset(e[0].rstrip(".") for e in entries if len(e) == 2)


@functools.cache
def _thesis_words() -> frozenset[str]:
    """IEEE's thesis designations (`thesis`, `dissertation`): English's `[words] thesis` of
    one word."""
    return frozenset(w for w in language("en").words.thesis if " " not in w)


@functools.cache
def _editor_words() -> frozenset[str]:
    """IEEE's editors' roles without their period (`Ed`, `Eds`, `eds`): English's `[words]
    editor` of one abbreviated word."""
    words = language("en").words.editor
    return frozenset(w[:-1] for w in words if w.endswith(".") and " " not in w)


@functools.cache
def _et_al_forms() -> tuple[tuple[str, ...], ...]:
    """The tokens of English's `et al.` with its period and the comma after it, as they stand
    before the editors' role (`I. Guyon et al., Eds.`)."""
    forms = (w for w in language("en").words.et_al if w.endswith("."))
    return tuple((*token_texts(w), ",") for w in forms)


def _report_number(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The number after a report's abbreviated word at `k` (`Rep. no. 172345`), or None."""
    n = len(tokens)
    j = k + 1
    if j < n and tokens[j].text == ".":
        j += 1
    if j < n and tokens[j].text.casefold() in number_labels():
        j += 1 + (j + 1 < n and tokens[j + 1].text == ".")
    if j >= n or not tokens[j].text.isalnum():
        return None
    end = j + 1
    while end < n and tokens[end].start == tokens[end - 1].end and tokens[end].text not in ",.;":
        end += 1
    if not any(c.isdigit() for t in tokens[j:end] for c in t.text):
        return None
    return j, end


def ieee_report(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with IEEE's report number (`…, World Bank Group, Washington, DC, USA, Rep. no.
    172345, 2022`; `Tech. Rep. 12`) read as the issue, its words as none, and the body
    named before the place as the report's publisher."""
    report = _report_words()
    at = next((k for k in range(1, len(tokens) - 2) if tokens[k].text in report), None)
    if at is None or tokens[at - 1].text not in {",", "."}:
        return found
    number = _report_number(tokens, at)
    qualified = tokens[at - 1].text == "." and tokens[at - 2].text in _report_qualifiers()
    # with no number, only `Tech. Rep.,` or `, Rep.,`: `Sci. Rep., vol. 12` is a journal's
    bare = number is None and at + 2 < len(tokens) and tokens[at + 1].text == "."
    bare = bare and (qualified or tokens[at - 1].text == ",")
    if number is None and not (bare and tokens[at + 2].text == ","):
        return found
    start = at - 2 if qualified else at
    if number is None:  # `…, IEA, Paris, France, Tech. Rep., Apr. 2022`: no number
        out = _body_and_place(tokens, painted(found, (OTHER, start, at + 2)), start)
    else:
        out = painted(painted(found, (OTHER, start, number[0])), ("issue", number[0], number[1]))
        out = _body_and_place(tokens, out, start)
    places = [run for run in out if run[0] == "publisher-place" and run[2] <= start]
    if places:
        place = places[-1]
        host = next((r for r in out if r[0] == "container-title" and r[2] + 1 == place[1]), None)
        if host is not None:
            out = painted(out, ("publisher", host[1], host[2]))
    return out


def _body_and_place(tokens: list[Token], found: list[Run], start: int) -> list[Run]:
    """`found` with the parts between a quoted title's `,”` and the report's words at `start`
    read as IEEE writes them: the body, then the capitalised parts of its place (`IEA, Paris,
    France,`), when no run that opens before the quote but the host's, the place's or the
    publisher's runs on there."""
    close = next((k for k in range(start - 1, 0, -1) if tokens[k].text in _BEFORE_IN - {","}), None)
    if close is None or tokens[close - 1].text != "," or start - close > _HOST_MAX:
        return found
    inside = [r for r in found if r[1] < start and r[2] > close + 1 and r[0] != OTHER]
    if not inside or any(r[0] not in _IMPRINT and r[1] <= close for r in inside):
        return found
    commas = [k for k in range(close + 1, start) if tokens[k].text == ","]
    if not commas or commas[-1] != start - 1 or len(commas) - 1 > _PLACE_PARTS:
        return found
    parts = [close + 1, *(k + 1 for k in commas)]
    if any(not tokens[p].text[:1].isupper() for p in parts[:-1]):
        return found
    out = painted(painted(found, (OTHER, close + 1, start)), ("publisher", close + 1, commas[0]))
    if len(commas) > 1:
        out = painted(out, ("publisher-place", commas[0] + 1, commas[-1]))
    return out


def ieee_thesis(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the department and university after IEEE's thesis designation (`M.S.
    thesis, Dept. Civil Eng., Satbayev Univ., Almaty, Kazakhstan, 2019`) read as the thesis's
    publisher, never its authors: they run to the place, else to the comma before the year."""
    thesis = _thesis_words()
    at = next((k for k in range(1, len(tokens) - 2) if tokens[k].text in thesis), None)
    if at is None or tokens[at + 1].text != ",":
        return found
    start = at + 2
    title_end = next((run[2] for run in found if run[0] == "title"), len(tokens))
    if title_end > at:
        return found  # the designation is inside the title, or no title comes before it
    place = next((r[1] for r in found if r[0] == "publisher-place" and r[1] > start), None)
    year = next((k for k in range(start, len(tokens)) if _year(tokens[k])), None)
    end = place if place is not None else year
    if end is None or end - 1 <= start or tokens[end - 1].text != ",":
        return found
    if not any(r[0] == "author" and start <= r[1] < end for r in found):
        return found  # the model read the bodies as no person: its reading stands
    return painted(found, ("publisher", start, end - 1))


def _written_before(tokens: list[Token], k: int, form: tuple[str, ...]) -> bool:
    """Whether the tokens right before token `k` are `form`'s."""
    return k >= len(form) and all(
        tokens[k - len(form) + i].text == text for i, text in enumerate(form)
    )


def ieee_editors(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with IEEE's editor list cut short by `et al.` before its role (`in Advances in
    …, vol. 30, I. Guyon et al., Eds. Red Hook, NY, USA: Curran Associates`): the name is an
    editor's, never an author's, and the words from the role's period to the colon are the
    place of publication."""
    roles = _editor_words()
    for k in range(4, len(tokens) - 2):
        if tokens[k].text not in roles or tokens[k + 1].text != ".":
            continue
        form = next((f for f in _et_al_forms() if _written_before(tokens, k, f)), None)
        if form is None:
            continue
        name = next((r for r in found if r[0] == "author" and r[2] == k - len(form)), None)
        if name is None or name[1] == 0:
            return found  # the note's first names: its authors, whatever follows
        out = painted(found, ("editor", name[1], name[2]))
        colon = next(
            (
                j
                for j in range(k + 2, min(len(tokens), k + 2 + _PLACE_MAX))
                if tokens[j].text == ":"
            ),
            None,
        )
        if colon is None or colon == k + 2:
            return out
        words = tokens[k + 2 : colon]
        if all(t.text == "," or (t.text.isalpha() and t.text[0].isupper()) for t in words):
            out = painted(painted(out, (OTHER, k, k + 2)), ("publisher-place", k + 2, colon))
        return out
    return found


def ieee_forms(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` read through IEEE's forms: a proceedings' host, a report's number, a thesis's
    bodies, an editor list cut short."""
    texts = text_set(tokens)  # each form's own word, else the pass costs nothing
    out = ieee_proceedings(tokens, found) if "in" in texts else found
    out = out if texts.isdisjoint(_report_words()) else ieee_report(tokens, out)
    out = out if texts.isdisjoint(_thesis_words()) else ieee_thesis(tokens, out)
    if texts.isdisjoint(_editor_words()) or not any(texts.issuperset(f) for f in _et_al_forms()):
        return out
    return ieee_editors(tokens, out)
