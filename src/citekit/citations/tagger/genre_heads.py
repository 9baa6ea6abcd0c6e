"""An online piece's genre word heading the note before the site: `Commentary, Chatham House,
12 May 2021, URL`, `Analysis. Carnegie Endowment …, 3 March 2020. URL`, `Ali Yılmaz, Yorum,
SETA, 14 Mart 2022, URL`, `Аналитика, Институт …, 5 апреля 2021, URL`. Think tanks and
newspapers label each piece by its kind; a note that copies the label writes it first, set
off by a comma or a period. A word of the language files' `[types] web_genre` (`Commentary`,
`Yorum`, `Аналитика`) that makes the head of the note's title run (after its authors, if
any), in a note with an address, is the genre: the words after it are the site (the host)
when the model read no host, else the title; the genre word alone is no title, nor an
author the model read in it."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_type_words

__all__ = ["genre_head", "genre_in_book_title"]

_MARKS: Final = frozenset({",", "."})
_PERSONS: Final = frozenset({"author", "editor", "translator"})


@functools.cache
def _genres() -> frozenset[tuple[str, ...]]:
    """The `[types] web_genre` words of every shipped language, each as lower-cased words."""
    return frozenset(tuple(lower(w).split()) for w in shipped_type_words("web_genre"))


@functools.cache
def _genre_heads() -> frozenset[str] | None:
    """The first words of the genres (`_genres`); None when a genre has no word (one that
    opens every run: no run is turned away by its first word)."""
    genres = _genres()
    return None if () in genres else frozenset(words[0] for words in genres)


def _genre_end(tokens: list[Token], a: int, b: int) -> int | None:
    """The end of a genre's words opening run `a`..`b`, when they make the whole run or a
    comma or a period sets them off, else None."""
    heads = _genre_heads()
    if heads is not None and (a >= b or lower(tokens[a].text) not in heads):
        return None  # most runs open on no genre's word: no genre is walked
    # the run's words lowered once, not once for each genre (their order kept: the first
    # genre that fits wins, as before)
    low = [lower(t.text) for t in tokens[a:b]]
    for words in _genres():
        end = a + len(words)
        if end > b or tuple(low[: len(words)]) != words:
            continue
        if end == b or tokens[end].text in _MARKS:
            return end
    return None


def _site_after(tokens: list[Token], rest: list[Run]) -> list[Run]:
    """`rest` (the runs after a genre) with its one title read as the site when it is a body's
    name and no host was read: `Комментарий, Российский совет по международным делам, date`."""
    titles = [r for r in rest if r[0] == "title"]
    if len(titles) != 1 or any(r[0] == "container-title" for r in rest):
        return rest
    _, a, b = titles[0]
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    if not (len(words) >= 2 and is_organisation(" ".join(words))):
        return rest
    return [("container-title", a, b) if r == titles[0] else r for r in rest]


def genre_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a genre word heading the note's title run read as the genre."""
    if not any(r[0] == "URL" for r in found) or any(r[0] == "genre" for r in found):
        return found  # a piece online only; a genre the model already read
    first = next((j for j, r in enumerate(found) if r[0] != OTHER), None)
    if first is not None and found[first][0] == "author":
        _, a, b = found[first]
        if _genre_end(tokens, a, b) == b and b < len(tokens) and tokens[b].text in _MARKS:
            after = _site_after(tokens, found[first + 1 :])
            return [*found[:first], ("genre", a, b), *after]  # `Analysis, Title,`
    j = next((j for j, r in enumerate(found) if r[0] not in _PERSONS and r[0] != OTHER), None)
    if j is None or found[j][0] != "title":
        return found
    _, a, b = found[j]
    end = _genre_end(tokens, a, b)
    if end is None:
        return found
    hosted = any(r[0] == "container-title" for r in found)
    if end == b:
        return [*found[:j], ("genre", a, b), *found[j + 1 :]] if hosted else found
    label = "title" if hosted else "container-title"
    rest: list[Run] = [("genre", a, end), (OTHER, end, end + 1), (label, end + 1, b)]
    return [*found[:j], *rest, *found[j + 1 :]]


_GENRE_WORDS: Final = 3  # words of a genre the model read at a book's title's head, at most


def genre_in_book_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a genre the model read between a book's author and its title, set off by
    commas, given back to the title (`Bill Bowring, Law, Rights and Ideology in Russia
    (Routledge 2013)`, `Malcolm N. Shaw, International Law, Sources and Subjects, 8th ed.
    (Cambridge: …)`): a book a person wrote and a house published is no act, and its title's
    first words name no kind of act."""
    if len(found) < 5 or found[0][0] != "author" or found[0][1] != 0:
        return found  # most notes
    gap, (genre, a, b), comma, (title, _, d) = found[1], found[2], found[3], found[4]
    if genre != "genre" or title != "title" or gap[0] != OTHER or comma[0] != OTHER:
        return found
    if [t.text for t in tokens[gap[1] : gap[2]]] != [","] or tokens[b].text != ",":
        return found
    if comma[2] - comma[1] != 1 or b - a > _GENRE_WORDS:
        return found
    if not any(run[0] == "publisher" for run in found[5:]):
        return found  # no house: an act's kind may open the note
    if is_organisation(" ".join(t.text for t in tokens[: found[0][2]])):
        return found  # a body's act
    return [*found[:2], ("title", a, d), *found[5:]]
