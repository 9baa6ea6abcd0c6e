"""GOST 7.0.100's law: the act's name, then after a spaced colon the kind of act and its date as
other title information (`О потребительской кооперации : декрет СНК от 20 марта 1919 г.`, `Об
образовании … : Федеральный закон № 273-ФЗ`, `Конституция … : принята всенародным голосованием
12 декабря 1993 года`, `О Программе … : постановление Президента Туркменистана //`). The name is
the title; what follows the colon, up to the title run's end, describes the act and is no
title's, when the kind's word has its date or number after it (or its issuer's capitalised
words, up to a host's `//`), or the adoption is told (then its colon may be glued and its word
written short: `… до 2030 года: утв. Указом Президента …`), and no author heads the note (a
book's subtitle may open with the word: `Экологическое право : закон и практика`) (`[legal]
law`: the kinds of act; `[legal] adopted`: the words of its adoption)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.legal_words import law_kinds, legal_words
from citekit.citations.name_sets import organisation_words
from citekit.citations.tagger.acts import dating_word
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token, period_glued, text_set

__all__ = ["act_kind_after_colon", "name_before_act_colon"]

_LEAST: Final = 2  # words of the act's name at least (`О кооперации`)


@functools.cache
def _adopted() -> frozenset[str]:
    """The words that open an act's adoption (`принят`, `принята`): the language files'
    `[legal] adopted`, lower-cased."""
    return frozenset(w.casefold() for w in legal_words("adopted"))


def act_kind_after_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at a spaced colon that a kind of act or its adoption
    follows (see the module)."""
    if ":" not in text_set(tokens):
        return found
    kinds = law_kinds()
    s = slashes_at(tokens)
    # a host after `//` that gives the act's address (`// ИС «Әділет». URL: https://…`)
    hosted = s >= 0 and any("://" in t.text for t in tokens[s:])
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        for k in range(a + _LEAST, b - 1):
            colon = tokens[k]
            if colon.text != ":":
                continue
            word = tokens[k + 1].text.casefold()
            spaced = colon.start != tokens[k - 1].end
            short = period_glued(tokens, k + 1) and f"{word}." in _adopted()
            authored = any(run[0] == "author" for run in found[:j])
            glued = (short or word in _adopted()) and hosted and not authored
            if (word in _adopted() and spaced) or glued:
                # `… до 2030 года: утв. Указом Президента … // ИС «Әділет»`: the adoption, its
                # colon glued or its word short when a host follows and no author heads the
                # note (with no host, the act's name and its adoption are the title: `Правила …
                # : утв. решением …`; a signed headline keeps its words: `Иванов И. И. Налоговый
                # кодекс: принят Мажилисом … //`)
                return [*found[:j], ("title", a, k), (OTHER, k, b), *found[j + 1 :]]
            signed = any(run[0] in PERSONS for run in found if run[0] != "title")
            if not signed and _closing_kind(tokens, k, kinds):
                return [*found[:j], ("title", a, k), (OTHER, k, b), *found[j + 1 :]]
            kind = word in kinds or _kind_phrase(tokens, k + 1)
            if not spaced and (not kind or s < 0 or signed or not _dated_by(tokens, k + 1)):
                continue  # GOST's colon before an act's kind is spaced on both sides, or glued
                # in a note's form before the gazette's `//` with the act's `от` date or `№`
            if not kind or not (_dated_or_numbered(tokens, k + 1, b) or _issued_by(tokens, k + 1)):
                continue  # `Экологическое право : закон и практика`: a subtitle
            if any(run[0] == "author" for run in found[:j]):
                return found  # an act has no author: a book's subtitle opens with the word
            return [*found[:j], ("title", a, k), (OTHER, k, b), *found[j + 1 :]]
        return found
    return found


_SLASHES: Final = frozenset({"/", "//"})
_REACH: Final = 7  # tokens after the kind's word that reach its date or number (`СНК от 20`)


def _dated_or_numbered(tokens: list[Token], k: int, b: int) -> bool:
    """Whether a number (a date's, or the act's after `№`) follows the kind's word at token
    `k` within a few tokens, in the run or in the date's run the model read right after it
    (`декрет СНК от 20 марта 1919 г.`, `Федеральный закон № 273-ФЗ`), before any slash."""
    near: list[Token] = []
    for i in range(k + 1, min(len(tokens), k + _REACH)):
        text = tokens[i].text
        if text in _SLASHES or (i >= b and text == "."):
            break  # the area's end past the run (`: Кодекс и комментарий. – 2-е изд.`)
        near.append(tokens[i])
    return any(t.text[:1].isdigit() or t.text == "№" for t in near)


def _dated_by(tokens: list[Token], k: int) -> bool:
    """Whether the act's number sign or the word of its date (`[legal] number`, `[words]
    dated`: `№`, `от`) follows the kind's word at token `k` within a few tokens (`Декрет ЦИК и
    СНК КАССР от 27 августа`): a year alone is a subtitle's (`: закон 1924 г. о браке`)."""
    near = tokens[k + 1 : k + _REACH]
    return any(t.text.casefold() in _number_signs() or dating_word(t.text) for t in near)


@functools.cache
def _number_signs() -> frozenset[str]:
    """The words that mark an act's number before or after it (`[legal] number`,
    `number_after`: `№`, `No.`, `sayılı`), casefolded, without their closing mark."""
    words = (*legal_words("number"), *legal_words("number_after"))
    return frozenset(w.casefold().rstrip(".:") for w in words if w.rstrip(".:"))


def _closing_kind(tokens: list[Token], colon: int, kinds: frozenset[str]) -> bool:
    """Whether the sentence after the title's colon at `colon` closes on a kind of act, with
    its number's sign inside, as Kazakh, Turkmen and Turkish write the issuer, the date and
    the number first (`…туралы: ҚР Оқу-ағарту министрінің 2022 жылғы 3 тамыздағы № 348
    бұйрығы. – https://…`)."""
    end = colon + 1
    while end < len(tokens) and tokens[end].text not in _SLASHES and "://" not in tokens[end].text:
        if tokens[end].text == "." and (
            end + 1 == len(tokens) or not tokens[end + 1].text.isalnum()
        ):
            break  # the sentence's period before a dash, a bracket or the note's end
        end += 1
    words = [t.text for t in tokens[colon + 1 : end] if t.text.isalpha()]
    numbered = any(t.text.casefold() in _number_signs() for t in tokens[colon + 1 : end])
    return numbered and len(words) > 1 and words[-1].casefold() in kinds


def _issued_by(tokens: list[Token], k: int) -> bool:
    """Whether the issuer, capitalised, follows the kind's word at token `k` and closes the
    act's designation before `//` (`: постановление Президента Туркменистана //`)."""
    n = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].text.casefold() in law_kinds())
    if n >= len(tokens) or not tokens[n].text[:1].isupper():
        return False
    s = slashes_at(tokens)
    if s <= n or not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[n:s]):
        return False
    return _issuer(tokens[n].text)  # `Президента`, not `письмо Льва Толстого`


_STEM: Final = 5  # letters of a body's word at least, read as a stem before its case ending


@functools.cache
def _issuers() -> tuple[str, ...]:
    """The body words (`[names] organisation`) as stems, their last letter off (`президен`,
    `правительств`), so that a case's ending still matches (`Президента`, `Правительства`)."""
    return tuple(sorted({w[:-1] for w in organisation_words() if len(w) > _STEM}))


def _issuer(word: str) -> bool:
    """Whether a word is a body's, in any case (`Президента`, `Министерства`)."""
    return lower(word).startswith(_issuers())


def _kind_phrase(tokens: list[Token], k: int) -> bool:
    """Whether an adjective and a kind of act open at token `k` (`Федеральный закон`)."""
    return k + 1 < len(tokens) and tokens[k + 1].text.casefold() in law_kinds()


_NAME_TOKENS: Final = 8  # `Д. С. Ермакова`: initials, their periods and the family at most


def name_before_act_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that stops inside a person's initials widened over them and the
    family to the spaced colon before the act's kind (a court's ruling named by its case: `… в
    связи с жалобой гражданина Д. С. Ермакова : Постановление Конституционного Суда …`): a
    person named inside the title is the title's."""
    if ":" not in text_set(tokens):
        return found
    for j, (label, a, b) in enumerate(found):
        if label != "title" or b + 2 >= len(tokens):
            continue
        last = tokens[b - 1].text
        if len(last) != 1 or not last.isupper() or tokens[b].text != ".":
            return found
        k = b + 1
        while k + 1 < len(tokens) and len(tokens[k].text) == 1 and tokens[k + 1].text == ".":
            k += 2  # `С.`
        family = tokens[k].text if k < len(tokens) else ""
        colon = k + 1
        if not (family.isalpha() and family[:1].isupper() and colon - b <= _NAME_TOKENS):
            return found
        if colon + 1 >= len(tokens) or tokens[colon].text != ":":
            return found
        kind = tokens[colon + 1].text.casefold() in law_kinds() or _kind_phrase(tokens, colon + 1)
        if not kind or tokens[colon].start == tokens[k].end:
            return found  # GOST's spaced colon before the act's kind
        rest = [(lab, max(x, colon), y) for lab, x, y in found[j + 1 :] if y > colon]
        return [*found[:j], ("title", a, colon), *rest]
    return found
