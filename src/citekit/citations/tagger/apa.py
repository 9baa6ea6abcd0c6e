"""Author-date references (APA and its kin) written `Authors. (Year). Title.`: the year in
brackets closes the heading, so the title is what comes after it, never a bracketed group
before it (a role the language files do not list: `(Redaksiyon-Etimoloji)`, `(Comp.)`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.heads import is_initial, painted
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_cue

__all__ = ["names_before_year", "publisher_after_title", "title_after_year"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_TITLE_YEAR_HOST: Final = frozenset({"title", "issued", "container-title"})


def title_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bracketed title between the names and a bracketed year read as no
    field, and the host's run right after the year read as the title: `AYVERDİ, İ. ve
    TOPALOĞLU, A. (Redaksiyon-Etimoloji). (2008). Misalli Büyük Türkçe Sözlük, İstanbul: …`."""
    if not {run[0] for run in found} >= _TITLE_YEAR_HOST:
        return list(found)
    fields = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    for n in range(1, len(fields) - 2):
        (_, person), (t, title), (_, year), (h, host) = fields[n - 1 : n + 3]
        if person[0] not in _PERSONS or title[0] != "title" or year[0] != "issued":
            continue
        if host[0] != "container-title" or any(r[0] == "title" for r in found[h:]):
            continue
        if _bracketed(tokens, title[1], title[2]) and _bracketed(tokens, year[1], year[2]):
            out = list(found)
            out[t] = (OTHER, title[1], title[2])
            out[h] = ("title", host[1], host[2])
            return out
    return list(found)


def _bracketed(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a whole bracketed group, with or without its brackets."""
    start = a + 1 if tokens[a].text == "(" else a
    end = b - 1 if tokens[b - 1].text == ")" else b
    opened = tokens[start - 1].text == "(" if start > 0 else False
    closed = tokens[end].text == ")" if end < len(tokens) else False
    inner = (tokens[k].text for k in range(start, end))
    return start < end and opened and closed and all(t not in "()" for t in inner)


_NAME_MARKS: Final = frozenset({"&", ",", ".", "-", "‐"})
_HEAD: Final = frozenset({"title", "container-title", "publisher", "publisher-place", OTHER})


def names_before_year(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the heading before an author-date year read as its authors when it is
    written as names with initials (`Atar, B., Atalay Kabasakal, K., Ünsal Özberk, E. B. (2019).
    **R ile Veri Analizi**`): the title comes after the year, so a title run before it that
    holds nothing but names, initials and list marks is the names the model misread."""
    if not {"issued", "title"} <= {run[0] for run in found}:
        return list(found)
    years = [j for j, run in enumerate(found) if run[0] == "issued"]
    if not years or not _bracketed(tokens, found[years[0]][1], found[years[0]][2]):
        return list(found)
    year = years[0]
    if not any(run[0] == "title" for run in found[year + 1 :]):
        return list(found)
    head = [run for run in found[:year] if run[0] != OTHER or _named(tokens, marks, run)]
    start = next((run[1] for run in head if tokens[run[1]].text[:1].isupper()), None)
    if start is None or found[year][1] - 1 <= start:
        return list(found)
    end = found[year][1] - 1  # the year's opening bracket
    if not all(run[0] in _HEAD or run[0] == "author" for run in head):
        return list(found)
    if not _named(tokens, marks, ("author", start, end)):
        return list(found)
    if all(run[0] == "author" or run[0] == OTHER for run in head):
        return list(found)  # nothing misread
    kept = [run for run in found if run[2] <= start or run[1] >= end]
    names = _inverted_names(tokens, marks, start, end) or [("author", start, end)]
    return sorted([*kept, *names], key=lambda run: run[1])


def _inverted_names(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> list[Run] | None:
    """Tokens a..b as APA's names, `Family, I. I.` each, apart at commas and `&` / and-words
    (outside any run); None when they are not written so."""
    runs: list[Run] = []
    k = a
    while k < b:
        start = k
        while k < b and tokens[k].text[:1].isupper() and not is_initial(tokens[k].text):
            k += 1  # the family name's words
        if k == start or k >= b or tokens[k].text != ",":
            return None
        k += 1
        initials = k
        while k < b and (is_initial(tokens[k].text) or tokens[k].text in ".-‐"):
            k += 1
        if k == initials:
            return None
        runs.append(("author", start, k))
        while k < b and (tokens[k].text in ",&" or "and" in marks[k]):
            k += 1
    return runs


def _named(tokens: list[Token], marks: list[set[str]], run: Run) -> bool:
    """Whether a run holds only names' words, initials and list marks, with an initial."""
    _, a, b = run
    initial = False
    for k in range(a, b):
        text = tokens[k].text
        if is_initial(text):
            initial = True
        elif not (
            text in _NAME_MARKS or "and" in marks[k] or (text[:1].isupper() and text.isalpha())
        ):
            return False
    return initial


# words of a publisher's name after the title at most (`Leske + Budrich`)
_PUBLISHER_WORDS: Final = 4
_PUBLISHING: Final = frozenset({"publisher", "Bpublisher"})  # its own word (`OECD Publishing`)
_SHORTEST_TITLE: Final = 2  # tokens of the title before its period at least
_JOINERS: Final = frozenset({"&", "+", "-", "‐"})
# what a book's reference has not: a host, a publisher, a link, a page
_NOT_A_BOOK: Final = frozenset(
    {"container-title", "publisher", "URL", "DOI", "page", "volume", "issue"}
)


def publisher_after_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`_publisher_after_title`, the work's link after the publisher's period set aside (APA
    7's `Title. OECD Publishing. https://doi.org/…`): it closes the note, after the book."""
    if len(found) < 2 or (found[-1][0] not in _LINKS and found[-2][0] not in _LINKS):
        return _publisher_after_title(tokens, marks, found)
    j = len(found) - 1 if found[-1][0] in _LINKS else len(found) - 2
    _, c, d = found[j]
    if j + 1 < len(found) and [t.text for t in tokens[d:]] != ["."]:
        return _publisher_after_title(tokens, marks, found)
    head = found[:j]
    if not head or head[-1][0] != OTHER or not _link_lead(tokens, head[-1][1], c):
        return _publisher_after_title(tokens, marks, found)
    cut = head[-1][1] + 1  # the publisher's sentence's period, then the link
    read = _publisher_after_title(tokens[:cut], marks, [*head[:-1], (OTHER, cut - 1, cut)])
    publisher = next((run for run in read if run[0] == "publisher"), None)
    if publisher is None or not _publishing(tokens, marks, found, publisher, c):
        return list(found)  # `Title. Арзамас. https://arzamas.academy/…`: a site's name
    return runs([*labels_at(read, cut), *labels_at(found, len(tokens))[cut:]])


_LINKS: Final = frozenset({"DOI", "URL"})


def _publishing(
    tokens: list[Token], marks: list[set[str]], found: list[Run], publisher: Run, c: int
) -> bool:
    """Whether the sentence read before the link names a publisher, not a site: the link is a
    DOI, or the words hold a publisher's word or one of the author's (`World Bank Group`
    after `World Bank.`)."""
    link = tokens[c].text.casefold()
    if "doi" in link or any(t.text.casefold() == "doi" for t in tokens[publisher[2] : c]):
        return True
    _, a, b = publisher
    if any("publisher" in marks[k] for k in range(a, b)):
        return True
    authors = {t.text for label, x, y in found if label == "author" for t in tokens[x:y]}
    return any(t.text in authors and t.text[:1].isupper() for t in tokens[a:b])


def _link_lead(tokens: list[Token], a: int, c: int) -> bool:
    """Whether tokens `a`…`c` before a link are its sentence's period and a DOI's label."""
    texts = [t.text.casefold() for t in tokens[a:c]]
    return bool(texts) and texts[0] == "." and all(t in (".", "doi", ":") for t in texts)


def _publisher_after_title(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the publisher of an author-date book (`Roy, O. (1997). La nouvelle Asie
    centrale. Seuil.`, `Yılmaz, A. (2010). Orta Asya tarihi. Ötüken.`): APA writes the
    publisher as the last sentence after the title, so a few capitalised words that close the
    note (no lexicon word among them: no place, no volume's word) after the title's period are
    the publisher, whether the title's run took them in or the model read them as the place,
    in a note with a bracketed year before the title and no host, publisher, link or page."""
    labels = [run[0] for run in found]
    if labels.count("title") == 1 and labels.count("container-title") == 1:
        asked = _asked_title(tokens, found, labels)  # `Title: Subtitle? Publisher.`
        if asked is found:
            asked = _body_host(tokens, marks, found, labels)  # `Title. Carnegie Endowment …`
        if asked is not found and _dated_book(tokens, asked, "publisher"):
            return asked
        return list(found)
    if "publisher" in labels and _dated_book(tokens, found, "publisher"):
        return _partners(tokens, marks, found, labels)
    if labels.count("title") != 1 or not _NOT_A_BOOK.isdisjoint(labels) or "issued" not in labels:
        return list(found)
    t, y = labels.index("title"), labels.index("issued")
    if y > t or not _bracketed(tokens, found[y][1], found[y][2]):
        return list(found)
    rest = [j for j in range(t + 1, len(found)) if labels[j] != OTHER]
    a, b = found[t][1], found[t][2]
    if rest == [len(found) - 2] and labels[rest[0]] == "publisher-place":
        _, c, d = found[rest[0]]
        between = [tok.text for tok in tokens[b:c]]
        if between == ["."] and _publisher_words(tokens, marks, c, d) and _closing(tokens, d):
            return [*found[: rest[0]], ("publisher", c, d), *found[rest[0] + 1 :]]
        return list(found)
    if rest or not _closing(tokens, b):
        return list(found)
    end = b - 1 if tokens[b - 1].text == "." else b
    period = next((k for k in range(end - 1, a, -1) if tokens[k].text in _TITLE_ENDS), None)
    if period is None or period - a < _SHORTEST_TITLE or is_initial(tokens[period - 1].text):
        return list(found)
    if not _publisher_words(tokens, marks, period + 1, end):
        return list(found)
    own = 1 if tokens[period].text in _OWN_ENDS else 0  # a title's own `?` stays in it
    out = painted(found, (OTHER, period + own, b))
    return painted(out, ("publisher", period + 1, end))


def _partners(
    tokens: list[Token], marks: list[set[str]], found: list[Run], labels: list[str]
) -> list[Run]:
    """`found` with a word read as the place after the title's period, a comma and a
    publisher joined by "and" or `&` that close the note read as one publisher: a firm of
    partners' names (`Harcourt, Brace and Company`); no known place is among them."""
    t = labels.index("title")
    rest = [j for j in range(t + 1, len(found)) if labels[j] != OTHER]
    if [labels[j] for j in rest] != ["publisher-place", "publisher"]:
        return list(found)
    b = found[t][2]
    (_, c, d), (_, e, f) = found[rest[0]], found[rest[1]]
    if [x.text for x in tokens[b:c]] != ["."] or [x.text for x in tokens[d:e]] != [","]:
        return list(found)
    if any(marks[k] for k in range(c, d)) or not _closing(tokens, f):
        return list(found)
    joined = any(tokens[k].text == "&" or "and" in marks[k] for k in range(e + 1, f - 1))
    if not joined or not all(x.text[:1].isupper() for x in tokens[c:d]):
        return list(found)
    return [*found[: rest[0]], ("publisher", c, f), *found[rest[1] + 1 :]]


def _dated_book(tokens: list[Token], found: list[Run], own: str) -> bool:
    """Whether `found` reads as an author-date book: a bracketed year before its one title,
    and no host, link, page or number (besides its `own` label's run)."""
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or "issued" not in labels:
        return False
    if not (_NOT_A_BOOK - {own}).isdisjoint(labels) or labels.count(own) > 1:
        return False
    t, y = labels.index("title"), labels.index("issued")
    return y < t and _bracketed(tokens, found[y][1], found[y][2])


_TITLE_ENDS: Final = frozenset({".", "?", "!"})  # what closes an author-date title
_OWN_ENDS: Final = frozenset({"?", "!"})  # … of them, the title's own (APA adds no period)


def _asked_title(tokens: list[Token], found: list[Run], labels: list[str]) -> list[Run]:
    """`found` with a host run after the title's colon that holds the subtitle's closing `?`
    or `!` read as the subtitle and what follows (`Kazakhstan: Unfulfilled promise? Carnegie
    Endowment …`): APA ends a title so, without a period, and a book's publisher closes the
    note after it; no host follows a book's title."""
    t, c = labels.index("title"), labels.index("container-title")
    between = [tok.text for tok in tokens[found[t][2] : found[c][1]]]
    if c != t + 2 or between != [":"]:
        return found
    _, x, y = found[c]
    ask = next((k for k in range(x + 1, y - 1) if tokens[k].text in _OWN_ENDS), None)
    if ask is None or not tokens[ask + 1].text[:1].isupper() or not _closing(tokens, y):
        return found
    runs: list[Run] = [("title", found[t][1], ask + 1), ("publisher", ask + 1, y)]
    return [*found[:t], *runs, *found[c + 1 :]]


def _body_host(
    tokens: list[Token], marks: list[set[str]], found: list[Run], labels: list[str]
) -> list[Run]:
    """`found` with a host run that closes the note right after the title's period read as the
    publisher when it names a body or holds a publisher's word (`Central Asia’s second chance.
    Carnegie Endowment for International Peace.`): APA gives a periodical its numbers and a
    site its address, so a bare name closing the entry is the house."""
    t, c = labels.index("title"), labels.index("container-title")
    _, x, y = found[c]
    if c != t + 2 or [tok.text for tok in tokens[found[t][2] : x]] != ["."]:
        return found
    if not _closing(tokens, y) or any(tok.text[:1].isdigit() for tok in tokens[x:y]):
        return found
    name = written_text(tokens, x, y)
    if news_outlet(name) or _periodical(name) or _day_dated(tokens, found, t):
        return found  # `(2020, October 14). Title. Financial Times.`: a paper's item
    body = any("publisher" in marks[k] for k in range(x, y))
    if not body and not is_organisation(name):
        return found
    return [*found[:c], ("publisher", x, y), *found[c + 1 :]]


_PERIODICAL_KEYS: Final = ("newspaper", "magazine", "periodical", "journal", "conference")


def _periodical(name: str) -> bool:
    """Whether a name holds a newspaper's, a magazine's, a journal's or a meeting's word of the
    language files (`Financial Times`, `Dünya Gazetesi`, `Foreign Affairs`, `Journal of the Royal
    Asiatic Society`, `Proceedings of …`)."""
    return any(
        has_cue(key, name)
        for key in ("newspaper", "magazine", "periodical", "journal", "conference")
    )


def _day_dated(tokens: list[Token], found: list[Run], t: int) -> bool:
    """Whether the date run before the title's run `t` gives more than a year (`(2020, October
    14)`, `(2019, Nisan 25)`): a periodical's item, no book's."""
    dated = [run for run in found[:t] if run[0] == "issued"]
    return bool(dated) and any(tok.text.isalpha() for tok in tokens[dated[-1][1] : dated[-1][2]])


def _closing(tokens: list[Token], k: int) -> bool:
    """Whether nothing but a period follows token `k - 1`."""
    return all(tok.text == "." for tok in tokens[k:])


def _publisher_words(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are a few capitalised words (joined by `&`, `+`, a hyphen) that no
    language file lists (a place, a volume's or an edition's word); a firm of partners'
    names is listed with commas and an "and" between (`Farrar, Straus and Giroux`)."""
    listed = {k for k in range(a + 1, b - 1) if tokens[k].text == "," or "and" in marks[k]}
    inner = _inner_apostrophes(tokens, a, b)
    named = [
        _whole(tokens, k, inner)
        for k in range(a, b)
        if tokens[k].text not in _JOINERS
        and k not in listed
        and k not in inner
        and k - 1 not in inner
    ]
    if not named or len(named) > _PUBLISHER_WORDS:
        return False
    if not all(w[:1].isupper() and (w.isalpha() or w == ".") for w in named):
        return False
    if listed and not any("and" in marks[k] for k in listed):
        return False  # `Almaty, Atamura`: a comma alone parts a place and a firm
    return not any(marks[k] - _PUBLISHING for k in range(a, b) if k not in listed)


# a letter written with an apostrophe inside a word: Uzbek `O‘qituvchi`, `G‘afur`, Turkish
# `Kur’an`, Ukrainian `Пам’ять`; the tokens cut the word there
_LETTER_MARKS: Final = frozenset("'‘’ʻʼ`")
_UNMARKED: Final = str.maketrans(dict.fromkeys(_LETTER_MARKS))


def _inner_apostrophes(tokens: list[Token], a: int, b: int) -> set[int]:
    """The tokens in a..b that are an apostrophe glued between two runs of letters."""
    return {
        k
        for k in range(a + 1, b - 1)
        if tokens[k].text in _LETTER_MARKS
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and tokens[k - 1].text.isalpha()
        and tokens[k + 1].text.isalpha()
    }


def _whole(tokens: list[Token], k: int, inner: set[int]) -> str:
    """The word that starts at token k, the letters after each inner apostrophe joined."""
    text = tokens[k].text
    while k + 1 in inner:
        text += tokens[k + 1].text + tokens[k + 2].text
        k += 2
    return text.translate(_UNMARKED)


_AFTER_PUBLISHER: Final = frozenset({OTHER, "ISBN", "DOI", "URL", "accessed"})
_READ_AS_HOST: Final = frozenset({"container-title", "publisher-place", "title"})


def publisher_after_edition(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with the publisher of an author-date book whose edition follows its title in
    brackets (`Kaplan, R. (2012). The revenge of geography (2nd ed.). Random House.`): the few
    capitalised words of the next sentence, before the note's end, its ISBN or its link, are
    the publisher, whatever the model called them."""
    labels = [run[0] for run in found]
    if "edition" not in labels or "publisher" in labels or "issued" not in labels:
        return found
    e = labels.index("edition")
    t, y = e - 2, labels.index("issued")
    if t < 1 or labels[t] != "title" or y > t or not _bracketed(tokens, *found[y][1:]):
        return found
    if not (_is_text(tokens, found[e - 1], "(") and e + 2 < len(found)):
        return found
    closing = [tok.text for tok in tokens[found[e + 1][1] : found[e + 1][2]]]
    if labels[e + 1] != OTHER or closing[-2:] != [")", "."]:
        return found
    label, a, b = found[e + 2]
    if label not in _READ_AS_HOST or not _publisher_words(tokens, marks, a, b):
        return found
    if any(run[0] not in _AFTER_PUBLISHER for run in found[e + 3 :]):
        return found
    return [*found[: e + 2], ("publisher", a, b), *found[e + 3 :]]


def _is_text(tokens: list[Token], run: Run, text: str) -> bool:
    return run[0] == OTHER and [tok.text for tok in tokens[run[1] : run[2]]] == [text]
