"""A body's initials opening a note before its title's comma (`SETA, Türkiye-Orta Asya
İlişkilerinde Yeni Dönem, Rapor No: 212, İstanbul, Temmuz 2022`, `ORSAM, Irak'ta Türkmenler,
Ankara, 2016`, `КИСИ, Внешняя политика Казахстана, Алматы, 2019`): think tanks and offices are
the authors of what they issue, and the note names them first as it names a person. Initials
the model read as no field or as the title's first word, set off by their comma before the
title or by the author-date bracket of the year (`IMF (2019), World Economic Outlook, …`), are
the author; so are initials the model read as an author with the title's head after their comma
(`UNDP, Human Development Report 2020. The Next Frontier: … (New York: …, 2020)`, `UNDP,
Human Development Report 2021/2022, New York, 2022.`), or up to the title's colon (`OECD,
Reforming Kazakhstan: Progress, Challenges and Opportunities (Paris: …)`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.tagger.acronym_publishers import is_acronym
from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import country_names

__all__ = ["acronym_author"]

_OPENING: Final = 3  # the initials, their comma and a title's first word


_DATED: Final = 4  # the initials, the bracket, the year and its closing bracket


def acronym_author(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a note's opening initials, read as no field or as the title's first word
    before the title's comma, as the author (see the module's doc)."""
    if len(tokens) > _DATED and tokens[1].text == "." and acronyms_only([tokens[0].text]):
        return _sentence_acronym(tokens, found)
    if len(tokens) >= _DATED and is_acronym(tokens[0].text) and tokens[1].text == "(":
        if (expanded := _expanded_acronym(tokens, found)) is not None:
            return expanded
        return _dated_acronym(tokens, found)
    if len(tokens) < _OPENING or not is_acronym(tokens[0].text) or tokens[1].text != ",":
        return found  # most notes
    if tokens[0].text.casefold() in country_names():
        return found  # `ABD, Rusya ve Çin Arasında …`: a country's initials open a title's list
    if found and found[0][0] == "author":
        return _titled_acronym(tokens, found)
    if not found or any(label == "author" for label, _, _ in found):
        return found
    label, _, end = found[0]
    if label == "title" and end > _OPENING:  # `SETA , Title ,`: the model ran the title over it
        return [("author", 0, 1), (OTHER, 1, 2), ("title", 2, end), *found[1:]]
    if found[0] not in ((OTHER, 0, 2), (OTHER, 0, 1)):
        return found
    rest = found[1:] if found[0][2] == 2 else found[2:] if found[1] == (OTHER, 1, 2) else None
    if not rest or rest[0][0] != "title" or rest[0][1] != 2:
        return found
    return [("author", 0, 1), (OTHER, 1, 2), *rest]


_EXPANSION: Final = 12  # words of the initials' expansion at most


def _expanded_acronym(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with the initials and their expansion in brackets, then the sentence's period
    and the year (bare or bracketed), read as the author: `IMF (International Monetary Fund).
    2023. World Economic Outlook …`, `TCMB (Türkiye Cumhuriyet Merkez Bankası). (2023).
    Title`; None when the note opens otherwise."""
    close = next(
        (k for k in range(2, min(len(tokens), _EXPANSION + 2)) if tokens[k].text == ")"), None
    )
    if close is None or close + 3 >= len(tokens) or tokens[close + 1].text != ".":
        return None
    words = tokens[2:close]
    if any(t.text[:1].isdecimal() for t in words) or not words[0].text[:1].isupper():
        return None  # `OECD (2019)`: the year's bracket
    k = close + 2 + (tokens[close + 2].text == "(")
    if k >= len(tokens) or not is_year(tokens[k].text[:4]) or len(tokens[k].text) > 5:
        return None
    if any(label == "author" and (a or b > close) for label, a, b in found):
        return None  # an author after the expansion, or over it
    after = [run for run in found if run[1] > k and run[0] != OTHER]
    if after[:1] and after[0][0] == "genre":
        # the title is a series' name and number (`Enflasyon Raporu 2023-III.`): one title;
        # a last word read as a second title after it is the place (`… 2023-III. Ankara.`)
        end = after[1][2] if after[1:2] and after[1][0] == "issue" else after[0][2]
        found = painted(found, ("title", after[0][1], end))
        last = after[-1]
        if last[0] == "title" and last[1] > end and last[2] - last[1] == 1:
            found = painted(found, ("publisher-place", last[1], last[2]))
    elif not any(label == "title" for label, _, _ in after):
        return None  # the title follows the year
    return painted(found, ("author", 0, close + 1))


def _dated_acronym(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the initials before an author-date bracket read as the author (`IMF
    (2019), World Economic Outlook, Washington, DC.`): what opens the note before its year's
    bracket is who wrote the work."""
    if tokens[3].text != ")" or not found or found[0] not in ((OTHER, 0, 1), (OTHER, 0, 2)):
        return found
    if tokens[0].text.casefold() in country_names():
        return found
    if any(label == "author" for label, _, _ in found):
        return found
    year = next((run for run in found if run[1] == 2), None)
    if year is None or year[0] != "issued":
        return found
    bracket = [(OTHER, 1, 2)] if found[0][2] == 2 else []
    return [("author", 0, 1), *bracket, *found[1:]]


_TITLED: Final = 4  # the author's run, its year, the year's period and the title after it


def _titled_acronym(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words after the initials' comma, read with them as the author, and the
    year and the sentence after them read as the title (`UNDP, Human Development Report 2020.
    The Next Frontier: … (New York: …, 2020)`): a name of words with no initials before a
    year that the imprint dates again is the title's head, the year its own."""
    if len(found) <= _TITLED:
        return found
    if (commaed := _comma_titled(tokens, found)) is not None:
        return commaed
    if (coloned := _colon_titled(tokens, found)) is not None:
        return coloned
    if (split := _split_titled(tokens, found)) is not None:
        return split
    (_, _, e), year, stop, (label, c, end) = found[:_TITLED]
    if e <= _OPENING - 1 or year != ("issued", e, e + 1) or stop != (OTHER, e + 1, e + 2):
        return found
    if label != "title" or c != e + 2 or tokens[e + 1].text != ".":
        return found
    if any(t.text == "." or not t.text[:1].isupper() for t in tokens[2:e]):
        return found  # `UNDP, J. Smith 2020.`: initials, a person
    if not any(run[0] == "issued" for run in found[_TITLED:]):
        return found  # the year dates the work: Harvard's `Body, Title 2020.` has no other
    return [("author", 0, 1), (OTHER, 1, 2), ("title", 2, end), *found[_TITLED:]]


def _split_titled(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with a title the model split after a listed body's acronym and its comma into
    the author's run, words of no field, its year and the title's rest (`UNCTAD, World
    Investment Report 2022: International Tax Reforms … (Geneva: United Nations, 2022), 41.`)
    read as one title, up to the imprint's bracket that dates the work again; None when the
    note is not so written."""
    _, _, e = found[0]
    if not acronyms_only([tokens[0].text]):
        return None  # `DEMİR, Hasan, Title`: a family in capitals
    if e <= _OPENING - 1 or any(t.text == "." or not t.text[:1].isupper() for t in tokens[2:e]):
        return None  # `UNDP, J. Smith`: initials, a person
    end, j = e, 1
    while j < len(found):
        label, c, d = found[j]
        if label not in (OTHER, "issued", "title"):
            return None
        if any(t.text in '()."«»“”„' for t in tokens[c:d]):
            break
        end, j = d, j + 1
    else:
        return None
    if found[j][0] != OTHER or not any(label == "title" for label, _, _ in found[1:j]):
        return None  # no title's words before the bracket: the author's run is its own
    split = any(
        label == OTHER and any(t.text.isalpha() for t in tokens[c:d]) for label, c, d in found[1:j]
    )
    if not split:
        return None  # `UN, Security Council, Resolution 2231`: the body's unit, then its title
    if not any(label == "issued" for label, c, _ in found[j:]):
        return None  # the imprint dates the work again: the inner year is the title's
    return [("author", 0, 1), (OTHER, 1, 2), ("title", 2, end), *found[j:]]


def _colon_titled(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with Chicago's `OECD, Reforming Kazakhstan: Progress, Challenges and
    Opportunities (Paris: …)` read whole: the words the model ran on from the initials up to
    the title's colon are the title's head (a body has no given names); None when the note is
    not so written."""
    (_, _, e), colon, (label, c, end) = found[:3]
    if label != "title" or colon != (OTHER, e, e + 1) or tokens[e].text != ":" or c != e + 1:
        return None
    if e <= _OPENING or any(t.text == "." or not t.text[:1].isupper() for t in tokens[2:e]):
        return None  # `UNDP, J. Smith:`: initials, a person; `EROĞLU, Nurhan:`: a given name
    return [("author", 0, 1), (OTHER, 1, 2), ("title", 2, end), *found[3:]]


_PLACE_WORDS: Final = 3  # capitalised words of an imprint's place at most (`New York`)


def _comma_titled(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """`found` with Chicago's `UNDP, Human Development Report 2021/2022, New York, 2022.` read
    whole: the initials the author, the words and year after their comma the title (its year
    its own, as the imprint dates the work again), the place before the imprint's year no
    title; None when the note is not so written."""
    (_, _, e), (year, y0, y1), gap = found[:3]
    if year != "issued" or y0 != e or gap != (OTHER, y1, y1 + 1) or tokens[y1].text != ",":
        return None
    if any(t.text == "." or not (t.text[:1].isupper() or t.text == ",") for t in tokens[2:e]):
        return None  # `UNDP, J. Smith 2020,`: initials, a person
    if any(t.text == "," for t in tokens[2:e]):
        return None
    rest = found[3:]
    if not rest or not any(run[0] == "issued" for run in rest[1:]):
        return None  # the year dates the work: no imprint's year after it
    out: list[Run] = [("author", 0, 1), (OTHER, 1, 2), ("title", 2, y1), *rest]
    label, c, d = rest[0]
    words = [t.text for t in tokens[c:d]]
    follows = rest[1:3]
    imprint = (
        len(follows) == 2
        and follows[0] == (OTHER, d, d + 1)
        and tokens[d].text == ","
        and follows[1][0] == "issued"
    )
    if (
        label == "title"
        and imprint
        and len(words) <= _PLACE_WORDS
        and all(w[:1].isupper() for w in words)
    ):
        out[3] = ("publisher-place", c, d)  # `, New York, 2022.`: the imprint's place
    return out


def _sentence_acronym(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a listed body's acronym closed by its period (`UNDP. Human Development
    Report, 2019. New York, 2019.`, `UNESCO. (2021). Silk Roads Programme. https://…`, `ЕЭК.
    Евразийский экономический союз в цифрах, 2022. Москва, 2022.`) read as the author, and
    the sentence after it (after APA's bracketed year) as the title, whatever the model read."""
    if tokens[1].start != tokens[0].end:
        return found
    if any(label == "author" and not (a == 0 and b > _DATED) for label, a, b in found):
        return found  # an author read, but for the acronym run on into the title's words
    start = 2
    dated = tokens[2].text == "(" and is_year(tokens[3].text) and tokens[4].text == ")"
    if dated:
        start = 6 if len(tokens) > _DATED + 1 and tokens[5].text == "." else 5
    if start >= len(tokens) or not tokens[start].text[:1].isupper():
        return found
    end = next(
        (
            k
            for k in range(start + 1, len(tokens) - 1)
            if tokens[k].text == "."
            and tokens[k - 1].text.isalnum()
            and len(tokens[k - 1].text) > 1
            and tokens[k + 1].start > tokens[k].end
        ),
        None,
    )
    if end is None:
        return found
    out = painted(found, ("author", 0, 1))
    out = painted(out, (OTHER, 1, start))
    if dated:
        out = painted(out, ("issued", 3, 4))
    out = painted(out, ("title", start, end))
    j = next(i for i, run in enumerate(out) if run[0] == "title" and run[1] == start)
    return [*out[: j + 1], *_placed(tokens, out[j + 1 :])]


def _placed(tokens: list[Token], rest: list[Run]) -> list[Run]:
    """`rest` with a title the model read before the imprint's comma and year (`. New York,
    2019.`) read as the place."""
    out = list(rest)
    for i, (label, c, d) in enumerate(rest[:-2]):
        if label != "title":
            continue
        words = [t.text for t in tokens[c:d]]
        comma = rest[i + 1] == (OTHER, d, d + 1) and tokens[d].text == ","
        if comma and rest[i + 2][0] == "issued" and len(words) <= _PLACE_WORDS:
            out[i] = ("publisher-place", c, d)
    return out
