"""A subtitle after the title's colon that begins in small letters is the title's: a host's
name opens with a capital (a journal, a book, a site, a body), while GOST and the languages that
write a subtitle as a phrase begin it in small letters (`Очерки истории: к 100-летию газеты
«Правда». М.`, `Право и суд (XIX в.): по материалам архивов. СПб.`, `Türk Halk Tiyatrosu:
bir inceleme. Ankara`). The words the model gave to a host right after the colon go on with
the title; a bare "in" (`[words] in_bare`, `in_book`) opening them names a host. So do the
words in small letters after the title's comma up to the next period, or a comma before a
capital (`Türk Dünyası, dil ve edebiyat. Ankara`, `Profiles, law and society, Europe-Asia
Studies`): no field but the title opens with such a word unless it is a role's or a label's
abbreviation (`ed.`, `s.`, `vol.`), which its period shows, or a kind the model read (`genre`);
a host's run the model began at those words ends there, and the host is the sentence after
their period (`Title, law and society. Journal of Nationalism Studies 2015`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, painted
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["small_host_words", "small_list_tail", "small_subtitle"]

_HOSTS: Final = frozenset({"container-title", "collection-title"})
# what stands between the title's run and its subtitle: the colon, after the bracket or the
# quote the title's last words close (`„над коронавирусом“: к 100-летию …`)
_BETWEEN: Final = frozenset({")", ":", "»", "“", "”", '"'})


@functools.cache
def small_host_words() -> frozenset[str]:
    """The words that open a host in small letters (`in`, `в`, `в кн.`'s first word)."""
    words = shipped_words("in_bare") | shipped_words("in_book")
    return frozenset(w.split()[0].rstrip(".:").casefold() for w in words if w)


def small_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that opens in small letters right after the title's colon given
    to the title (see the module's doc)."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    nxt = next((run for run in found[j + 1 :] if run[0] != OTHER), None)
    if nxt is None or nxt[0] not in _HOSTS:
        return found
    _, s, e = nxt
    between = [t.text for t in tokens[b:s]]
    if not between or between[-1] != ":" or any(w not in _BETWEEN for w in between):
        return found
    word = tokens[s].text
    if not (word.isalpha() and word.islower()) or word in small_host_words():
        return found
    return painted(found, ("title", a, e))


_ENDS: Final = frozenset({".", "(", "[", "/", "|"})  # where a title's words in small letters end
_LIST_WORDS: Final = 6  # words of a tail in small letters at most
_ABBREVIATION: Final = 3  # letters of a word before a period that may be its abbreviation


def small_list_tail(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words in small letters after the title's comma up to the next period,
    which the model gave to no field or to a host, given to the title (see the module's doc)."""
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    if b + 2 >= len(tokens) or tokens[b].text != ",":
        return found
    end = b + 1
    while end < len(tokens) and tokens[end].text not in _ENDS:
        word = tokens[end].text
        if word == "," and end + 1 < len(tokens) and not tokens[end + 1].text.islower():
            break  # `…, law and society, Europe-Asia Studies`: the next field's comma
        if not (word.isalpha() and word.islower()) and word != ",":
            return found  # a capital, a number, a colon: a field of its own may start here
        end += 1
    words = [t.text for t in tokens[b + 1 : end] if t.text != ","]
    if not 2 <= len(words) <= _LIST_WORDS or end >= len(tokens) or words[0] in small_host_words():
        return found
    held = [r for r in found[j + 1 :] if r[1] < end]
    if any(r[0] not in {OTHER} | _HOSTS for r in held):
        return found
    if any(r[2] > end for r in held):
        # `…, law and society. Journal of …`: the host the model ran back over the period, or
        # the marks after the words; never an abbreviation's period (`, под ред. X`)
        if tokens[end].text != "." or len(words[-1]) <= _ABBREVIATION:
            return found
        if any(r[2] > end + 1 for r in held) and not tokens[end + 1].text[:1].isupper():
            return found
        return painted(painted(found, ("title", a, end)), (OTHER, end, end + 1))
    return painted(found, ("title", a, end))
