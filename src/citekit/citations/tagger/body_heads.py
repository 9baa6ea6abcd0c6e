"""A body named as the author in the note's first sentence: `World Health Organization. Global
tuberculosis report 2021 [Internet]. Geneva: …`, `Бюро национальной статистики … РК.
Численность населения …`. The first sentence of a title run that opens the note, when it
names a body (an organisation's head word of the language files: `Organization`, `Бюро`,
`Министерство`, `Kurumu`), is the work's author, and the title starts after it."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, modern_year
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["acronym_after_body", "body_before_year", "body_head"]

_MIN_WORDS: Final = 2  # words of the body's name, and of the title after it, at least
_MAX_BODY: Final = 24  # tokens of the body's name at most (`Bureau of … of Kazakhstan`)
_BRACKETED: Final = 3  # tokens of an acronym in brackets: `( TÜİK )`
_CLOSING_QUOTES: Final = frozenset({"»", "”", '"'})  # closing a company's name (`АО «…».`)
_YEARS: Final = range(1800, 2100)  # a year opening the work's title (`2022 жылғы есеп`)


def _sentence_end(tokens: list[Token], a: int, b: int) -> int | None:
    """The first period of run `a`..`b` after a word of two letters or more, glued to it and
    spaced from what follows, when a capitalised word follows it (a sentence's end), else
    None (`… институты. 1-том.`: a number goes on the heading)."""
    for k in range(a + 1, min(b - 1, a + _MAX_BODY + 1)):
        word, mark, after = tokens[k - 1], tokens[k], tokens[k + 1]
        if mark.text in ":;":
            return None  # `Kazakhstan: Title. Subtitle`: a title's head, not a body's
        if mark.text != "." or word.end != mark.start or after.start == mark.end:
            continue
        # … or after the quote that closes a company's quoted name (`АО «Самрук-Қазына».`)
        quoted = word.text in _CLOSING_QUOTES and tokens[k - 2].text.isalpha()
        if (len(word.text) >= 2 and word.text.isalpha()) or quoted:
            return k if _opens_sentence(tokens, k + 1) else None
    return None


def _opens_sentence(tokens: list[Token], k: int) -> bool:
    """Whether token `k` opens a sentence: a capitalised word, or a year before a word (`2022
    жылғы жылдық есеп`, `2020 Faaliyet Raporu`), not a number of the heading (`1-том`)."""
    word = tokens[k].text
    if word[:1].isupper() and word.isalpha():
        return True
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return word.isdigit() and int(word) in _YEARS and after.isalpha()


def body_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name that opens the note's title run read as the author."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title" or any(run[0] == "author" for run in found):
        return found
    _, a, b = found[j]
    if a + 1 < b and tokens[a].text.isdigit() and tokens[a + 1].text == ".":
        a += 2  # `5. World Health Organization. …`: a numbered list's entry number
    end = _sentence_end(tokens, a, b)
    if end is None:
        return found
    head = [t.text for t in tokens[a:end] if t.text.isalpha()]
    rest = [t.text for t in tokens[end + 1 : b] if t.text.isalpha()]
    if len(head) < _MIN_WORDS or len(rest) < _MIN_WORDS or not is_organisation(" ".join(head)):
        return found
    if is_organisation(" ".join(rest)):
        return found  # `Ministry of National Economy. Bureau of National Statistics.`: its part
    start = found[j][1]
    lead: list[Run] = [(OTHER, start, a)] if a > start else []
    split: list[Run] = [("author", a, end), (OTHER, end, end + 1), ("title", end + 1, b)]
    return [*found[:j], *lead, *split, *found[j + 1 :]]


def acronym_after_body(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's acronym in brackets after its name (`Türkiye İstatistik Kurumu
    (TÜİK). İstatistiklerle Türkiye …`) read as no title: the acronym is the author's other
    name, and the host's run the model laid after it is the work's title."""
    if "(" not in text_set(tokens):
        return found  # no bracket (most notes)
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if (
        j is None
        or found[j][0] != "author"
        or any(run[0] == "title" and run[1] == 0 for run in found)
    ):
        return found
    e = found[j][2]
    if e + _BRACKETED >= len(tokens) or tokens[e].text != "(" or tokens[e + 2].text != ")":
        return found
    acronym = tokens[e + 1].text
    if not (acronym.isalpha() and sum(c.isupper() for c in acronym) >= _MIN_WORDS):
        return found
    if tokens[e + _BRACKETED].text not in ".,":
        return found
    inside = [run for run in found[j + 1 :] if run[1] <= e + _BRACKETED]
    if not inside or any(run[0] not in (OTHER, "title") for run in inside):
        return found
    rest = [run for run in found[j + 1 :] if run[1] > e + _BRACKETED]
    out: list[Run] = [*found[: j + 1], (OTHER, e, e + _BRACKETED + 1)]
    titled = any(r[0] == "title" for r in rest)
    dates = sum(r[0] == "issued" for r in rest)
    for label, a, b in rest:
        if label == "container-title" and not titled:
            label, titled = "title", True
        elif label == "issued" and out[-1][0] == "title" and out[-1][2] == a and dates > 1:
            label, a = "title", out.pop()[1]  # `İstatistiklerle Türkiye 2020. Ankara: …, 2021`
        out.append((label, a, b))
    return out


def body_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name, and its acronym in brackets, that open the note and close
    on the period before an author-date year (`Organisation for Economic Co-operation and
    Development (OECD). 2017. Title.`, `Bureau of National Statistics of … Kazakhstan. 2022.
    Title.`) read as the author, whatever run the model read it in: the year's sentence follows
    the author's name."""
    if not found or found[0][1] != 0 or any(run[0] == "author" for run in found):
        return found
    y = next(
        (k for k in range(2, min(len(tokens) - 1, _MAX_BODY + 4)) if tokens[k].text.isdecimal()),
        None,
    )
    if y is None or not modern_year(tokens[y].text) or tokens[y - 1].text != ".":
        return found
    if tokens[y + 1].text != "." and not tokens[y + 1].text.isalpha():
        return found  # `2017.`, `2020a.`: the year's sentence
    end = y - 1
    if end >= _BRACKETED + 1 and tokens[end - 1].text == ")" and tokens[end - 3].text == "(":
        end -= _BRACKETED  # `(OECD)`: the body's acronym
    labels = {label for label, a, _ in found if a < y - 1}
    if not labels <= {"title", OTHER} or not tokens[0].text[:1].isupper():
        return found
    name = " ".join(t.text for t in tokens[:end])
    if end < _MIN_WORDS or not is_organisation(name):
        return found
    after = [(label, max(a, y - 1), b) for label, a, b in found if b > y - 1]
    if not any(label == "title" and a > y for label, a, _ in after):
        return found  # `Дала уалаятының газеті. 1890. № 12.`: a paper's issue, no work's title
    return [("author", 0, end), (OTHER, end, y - 1), *after]
