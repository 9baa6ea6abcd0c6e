"""Harvard writes the author, then the year in brackets with no period after (`Ministry of
Agriculture of the Republic of Kazakhstan (2022) Grain balance …`, `Republic of Kazakhstan
(2015) Law No. 401-V ‘On Access to Information’`): a body named in capitals before the note's
first bracketed year is its author, the year its date, however the model ran them into the
title (or its site's name: `EBRD (2021) Title. Available at: …`). A body's name holds an
organisation's head word (`[names] organisation`) or is a listed acronym; a title before the
year (`Google Haritalar (2018) Haberler.com`, a work with no author) holds none."""

from __future__ import annotations

from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, is_year, labels_at, runs
from citekit.citations.tagger.glued_initials import glued_word
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.undated import no_date_marks

__all__ = [
    "body_before_comma_year",
    "body_before_sentence_year",
    "body_before_year",
    "body_title_pair",
]

_HEAD: Final = 14  # tokens of a body's name before its bracketed year at most
_SHORT: Final = 3  # letters of a word a body's name may write in small letters (`of`, `and`)
_HEAD_LABELS: Final = frozenset({"title", "author", OTHER})
# a body read as the site or house of the page cited (`EBRD (2021) Title. Available at: …`)
_SITES: Final = frozenset({"container-title", "publisher"})
_TITLE_ENDS: Final = frozenset({",", ".", "(", ";", ":"})  # what closes a title after the year
_INNER: Final = frozenset({OTHER, "issued"})  # a title's words the model read as none or a date


def body_before_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name before the note's opening bracketed year read as its author,
    the year as its date (see the module's doc)."""
    if any(label == "author" for label, _, _ in found):
        return found  # an author read: most notes
    k = next((i for i in range(1, min(len(tokens) - 3, _HEAD)) if tokens[i].text == "("), None)
    if k is None or tokens[k + 2].text != ")" or not is_year(tokens[k + 1].text):
        return found
    if tokens[k - 1].end == tokens[k].start or not _body(tokens[:k]):
        return found
    labels = labels_at(found, len(tokens))
    if set(labels[:k]) - _HEAD_LABELS - _SITES:
        return found
    if "title" not in labels[k + 3 :]:
        # the title after the year (`Body (2021), Title, City`), which the model, with the
        # body's name in the title's place, may read as a host's name; else none follows
        hosted = _host_after(labels, k + 3)
        if hosted is None or "title" not in labels[:k] or not _capitalised(tokens[:k]):
            return found  # `İstanbul Valiliği faiz kararını açıkladı (2019) Anadolu Ajansı`
        labels[hosted[0] : hosted[1]] = ["title"] * (hosted[1] - hosted[0])
    # the years the title's words close on are the title's (`Framework for 2022-2024`, `for
    # the Period up to 2030`): the bracket gave the work's date
    start = labels.index("title", k + 3)
    end = start
    while end < len(tokens) and labels[end] == "title":
        end += 1
    stop = end
    while stop < len(tokens) and tokens[stop].text not in _TITLE_ENDS and labels[stop] in _INNER:
        stop += 1
    if any(labels[i] == "issued" for i in range(end, stop)):
        labels[end:stop] = ["title"] * (stop - end)
    labels[:k] = ["author"] * k
    labels[k : k + 3] = [OTHER, "issued", OTHER]
    return runs(labels)


def _capitalised(head: list[Token]) -> bool:
    """Whether every longer word of `head` is capitalised, as a body's name is written (a
    headline in sentence case is not)."""
    return all(t.text[:1].isupper() for t in head if t.text.isalpha() and len(t.text) > _SHORT)


def _host_after(labels: list[str], k: int) -> tuple[int, int] | None:
    """The bounds of the host's name the year's bracket and its comma are followed by at `k`
    (its first run after marks), or None."""
    while k < len(labels) and labels[k] == OTHER:
        k += 1
    if k >= len(labels) or labels[k] != "container-title":
        return None
    end = k
    while end < len(labels) and labels[end] == "container-title":
        end += 1
    return k, end


def body_before_sentence_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name that opens the note before Chicago's author-date year as a
    sentence of its own (`Freedom House. 2022. “Title.”`, `Ministry of … . n.d. “Title.”`)
    read as the author, when a title follows: a site's name before a headline has no year."""
    authors = [(a, b) for label, a, b in found if label == "author"]
    if authors and (len(authors) > 1 or authors[0][0] != 0):
        return found  # an author read: most notes
    k = next((i for i in range(2, min(len(tokens) - 3, _HEAD)) if tokens[i].text == "."), None)
    if k is None or (authors and authors[0][1] >= k) or not _body(tokens[:k]):
        return found  # (or the model read the body's name cut short: `Central Bank` of …)
    if is_year(tokens[k + 1].text) and tokens[k + 2].text == ".":
        end = k + 2
    elif (undated := _undated_sentence(tokens, k + 1)) is not None:
        end = undated  # `n.d.`: no date (`[types] no_date`)
    else:
        return found
    labels = labels_at(found, len(tokens))
    if set(labels[:k]) - _HEAD_LABELS - {"container-title", "publisher"}:
        return found
    if authors and "author" in labels[k:]:
        return found
    if "title" not in labels[end:]:
        return found
    labels[:k] = ["author"] * k
    labels[k] = OTHER
    if end == k + 2:
        labels[k + 1] = "issued"
    if end + 1 < len(tokens) and labels[end + 1] == "title":  # `"Title." Almaty.`: the quote's
        stop = end + 1
        while stop < len(tokens) and labels[stop] == "title":
            stop += 1
        bounds = _quoted(tokens, end + 1, stop)
        if bounds is not None:
            labels[end + 1 : stop] = [OTHER] * (stop - end - 1)
            labels[bounds[0] : bounds[1]] = ["title"] * (bounds[1] - bounds[0])
    return runs(labels)


def _quoted(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The bounds of the words inside a quote that opens at `a` and closes before `b`, its
    closing period left out; None when no quote opens at `a` or it is not closed by `b`."""
    if tokens[a].text not in OPENING_MARKS:
        return None
    close = next((j for j in range(a + 1, b) if tokens[j].text in CLOSING_MARKS), None)
    if close is None:
        return None
    stop = close
    while stop > a + 1 and not tokens[stop - 1].text[-1:].isalnum():
        stop -= 1
    return (a + 1, stop) if stop > a + 1 else None


# what the sentence after a body's year may have been read as, to be its title
_TITLE_AFTER: Final = frozenset({"title", OTHER, "container-title"})


def body_before_comma_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name that opens the note before Elsevier Harvard's comma and year
    (`Bureau of National Statistics, 2023. Title [Data set]. …`, `Republic of Kazakhstan, 2009.
    Law No. 165-IV on …. https://…`) read as the author, the year as its date and the
    sentence after it, up to the next run the model read as something else, as the title."""
    k = next((i for i in range(2, min(len(tokens) - 3, _HEAD)) if tokens[i].text == ","), None)
    if k is None or not _body(tokens[:k]):
        return found
    if is_year(tokens[k + 1].text) and tokens[k + 2].text == ".":
        end = k + 2
    elif (undated := _undated_sentence(tokens, k + 1)) is not None:
        end = undated
    else:
        return found
    labels = labels_at(found, len(tokens))
    if set(labels[:k]) - _HEAD_LABELS - _SITES or end + 2 >= len(tokens):
        return found
    stop = end + 1
    titled = labels[stop] == "title"  # the title read: it keeps its end
    while (
        not titled
        and stop < len(tokens)
        and labels[stop] in _TITLE_AFTER
        and tokens[stop].text != "["
    ):
        stop += 1
    while stop > end + 1 and not tokens[stop - 1].text[-1:].isalnum():
        stop -= 1  # the title's closing period
    opened = end + 1
    bounds = None if titled else _quoted(tokens, opened, stop)
    if bounds is not None:  # `"Title." Almaty.`: the quote's words
        opened, stop = bounds
    if not titled and (stop <= opened or labels[stop : stop + 1] == ["title"]):
        return found
    labels[:k] = ["author"] * k
    labels[k : end + 1] = [OTHER] * (end + 1 - k)
    if end == k + 2:
        labels[k + 1] = "issued"
    if not titled:
        labels[opened:stop] = ["title"] * (stop - opened)
    return runs(labels)


def _undated_sentence(tokens: list[Token], k: int) -> int | None:
    """The index of the period closing a no-date mark that opens at `k` (`n.d.`), or None."""
    for end in range(k + 1, min(k + 5, len(tokens))):
        spaced = end + 1 == len(tokens) or tokens[end + 1].start > tokens[end].end
        if tokens[end].text == "." and spaced:
            letters = "".join(t.text for t in tokens[k:end] if t.text.isalpha()).casefold()
            return end if letters in no_date_marks() else None
    return None


def _body(head: list[Token]) -> bool:
    """Whether the words of `head` are a body's name: two or more words, each longer word
    capitalised, no mark but a comma or an ampersand, an organisation's head word among them
    (`Ministry`, `Republic`), or a head word first and small letters after it (`Агентство
    Республики Казахстан по статистике`); or a listed body's acronyms alone (`EBRD`, `OSCE
    ODIHR`)."""
    words = _glued(head)
    if acronyms_only(words):
        return True
    if len(words) < 2 or any(not (w.isalpha() or w in ",&") for w in words):
        return False
    if not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > _SHORT):
        # a headline in sentence case (`İstanbul Valiliği faiz kararını açıkladı`), unless a
        # body's head word opens it, as Russian names a body (`Агентство … по статистике`),
        # or follows the capitalised adjective opening it (`Tsentral'nyi bank Rossii`)
        if any(w == "," for w in words):
            return False
        return is_organisation(words[0]) or (words[0][:1].isupper() and is_organisation(words[1]))
    return is_organisation(" ".join(words))


def _glued(head: list[Token]) -> list[str]:
    """The words of `head`, a romanised soft sign's apostrophe glued inside a capitalised word
    joining its parts into one (`Tsentral'nyi`, `Natsional'nyi`: `glued_word`), written with
    the modifier letter `ʼ` so that the word stays alphabetic."""
    words: list[str] = []
    k = 0
    while k < len(head):
        end = max(glued_word(head, k, _APOSTROPHES, lower_after=True), k + 1)
        words.append("".join("ʼ" if t.text in _APOSTROPHES else t.text for t in head[k:end]))
        k = end
    return words


_APOSTROPHES: Final = frozenset("'’ʼ")


_MIN_BODY: Final = 3  # words of a body's name before the title's comma at least


def body_before_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body named before the first comma of the title's run (Chicago's
    `Bureau of National Statistics …, Statistical Yearbook of Kazakhstan 2022 (Astana, 2022)`,
    `Turkish Petroleum Corporation (TPAO), 2022 Annual Report, Ankara`) read as the author:
    three capitalised words or more (its short joining words and bracketed acronym aside),
    an organisation's head word among them, with no author read."""
    labels = [label for label, _, _ in found]
    if "author" in labels or "title" not in labels:
        return found
    j = labels.index("title")
    _, a, b = found[j]
    if any(label != OTHER for label in labels[:j]):
        return found  # the title's run opens the note (a "see" word before it)
    comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
    genre = j + 2 < len(found) and found[j + 2][0] == "genre" and tokens[b].text == ","
    rest = found[j + 1 :]
    if comma is None and genre:  # `Body (ACR), 2022 Annual Report, Ankara`: read as its genre
        comma, b, rest = b, found[j + 2][2], found[j + 3 :]
    if comma is None or not (
        tokens[comma + 1].text[:1].isupper() or tokens[comma + 1].text.isdigit()
    ):
        return found
    words = [t.text for t in tokens[a:comma]]
    if words[-3:][:1] == ["("] and words[-1] == ")" and words[-2].isupper():
        words = words[:-3]  # `… Corporation (TPAO)`
    named = [w for w in words if len(w) > _SHORT or not w.isalpha()]  # `of`, `and`, `ve` aside
    if len(named) < _MIN_BODY or not all(w.isalpha() and w[:1].isupper() for w in named):
        return found
    if not is_organisation(" ".join(words)):
        return found
    head: list[Run] = [("author", a, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b)]
    return [*found[:j], *head, *rest]


_BODY_WORDS: Final = 3  # words of a body's name closing on its head word at least


def body_title_pair(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the first of two title runs set off by a comma read as the author when it
    names a body (Chicago's `Bureau of National Statistics of the Agency …, Environmental
    Protection in …, 2018–2022 (Astana, 2023)`), and the head of a title's run closing on a
    body's head word before its first comma (Turkic order: `Türkmenistanyň Statistika baradaky
    döwlet komiteti, Türkmenistanyň statistik ýyllyk neşiri 2022 (Aşgabat, 2023)`), when the
    note names no author and an imprint's place follows."""
    labels = [run[0] for run in found]
    if "author" in labels or "publisher-place" not in labels or "title" not in labels:
        return found
    j = labels.index("title")
    if any(label != OTHER for label in labels[:j]):
        return found
    _, a, b = found[j]
    pair = j + 2 < len(found) and labels[j + 1] == OTHER and labels[j + 2] == "title"
    if pair and [t.text for t in tokens[found[j + 1][1] : found[j + 1][2]]] == [","]:
        if _body(tokens[a:b]):
            return [*found[:j], ("author", a, b), *found[j + 1 :]]
        return found
    comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
    if comma is None or comma - a < _BODY_WORDS or not tokens[comma + 1].text[:1].isupper():
        return found
    words = [t.text for t in tokens[a:comma]]
    if not words[0][:1].isupper() or any(not w.isalpha() for w in words):
        return found
    if not is_organisation(words[-1]):
        return found  # the head word closes a Turkic body's name (`komiteti`, `Bakanlığı`)
    head: list[Run] = [("author", a, comma), (OTHER, comma, comma + 1), ("title", comma + 1, b)]
    return [*found[:j], *head, *found[j + 1 :]]
