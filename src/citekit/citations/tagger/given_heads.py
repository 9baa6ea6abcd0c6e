"""A person named by a known given name at the note's head, closed by a period, is the author;
the sentence after the period is the title; so is a writer known by one name alone (`[words]
sole_name`: `Babur. The Baburnama. New York: …`) before a book's imprint. Kazakh and Russian
notes write a writer by full name or pen name before a book's title (`Шәкәрім Құдайбердіұлы.
үш анық. – Алматы`, `Абай. Шығармаларының толық жинағы. – Алматы`). The model reads the name
and a title typed in small letters as one title, and a pen name alone as the title with the
real title left to no field: the head opens with a `[names] given` word, then at most one
capitalised word, then the period, and a title's sentence follows it, not a literary genre
alone (`Абай. Роман-эпопея.`: the novel is titled with the name; `[words] literary_genre`). A
single word read as a second author between a full name written given name first and the
title (`Yaşar Kemal, Memed, My Hawk, trans. …`) is the title's head: a second author is a
full name too, and a list of two is joined by "and". İSNAD cites a classic by its writer's one
name, a comma and the work's short name (`Mevlânâ, Mesnevî.`, `Sadî, Gülistan, 12.`): a sole
name before a comma the model read into one title with the work is the author."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles, given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["given_head", "sole_name_comma", "title_head_word"]

_MAX_NAME: Final = 4  # words of a full name at most
_IMPRINT: Final = frozenset({"publisher", "publisher-place"})  # a book's, after its title
_HYPHENS: Final = frozenset({"-", "‐"})
_PARTICLED: Final = 5  # tokens of a note that opens with `Аль-Бируни.` and goes on, at least
_MAX_PARTS: Final = 4  # tokens before a hyphened name's last part: `Абу - ль - Гази`


@functools.cache
def _sole_names() -> frozenset[str]:
    """The `[words] sole_name` words, lower-cased (`babur`, `навои`)."""
    return frozenset(lower(w) for w in shipped_words("sole_name"))


@functools.cache
def _genres() -> frozenset[str]:
    """The `[words] literary_genre` words, lower-cased, their spaces out (`роман-эпопея`)."""
    return frozenset(lower(w).replace(" ", "") for w in shipped_words("literary_genre"))


def _genre(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are a literary genre alone (its closing period aside)."""
    return lower("".join(t.text for t in tokens[a:b]).rstrip(".,")) in _genres()


def _capitalised(text: str) -> bool:
    """Whether `text` is a word of two letters or more opening with a capital (`Абай`, `ABAI`)."""
    return len(text) > 1 and text.isalpha() and text[0].isupper()


def _particled(tokens: list[Token]) -> int:
    """The index of the period closing a name at the note's head whose parts hyphens glue, one
    of them a particle (`Аль-Бируни.`, `al-Biruni.`, `Абу-ль-Гази.`, `Ибн-аль-Асир.`): an
    author's name alone, as a pen name is; else 0."""
    k = 0
    while k + 2 < len(tokens) and k < _MAX_PARTS and tokens[k + 1].text in _HYPHENS:
        if tokens[k].end != tokens[k + 1].start or tokens[k + 1].end != tokens[k + 2].start:
            return 0
        k += 2
    parts = [lower(tokens[i].text) for i in range(0, k + 1, 2)]
    if k == 0 or len(tokens) <= k + _PARTICLED - 2 or tokens[k + 1].text != ".":
        return 0
    if not _capitalised(tokens[k].text) or not all(
        tokens[i].text.isalpha() for i in range(0, k, 2)
    ):
        return 0
    if k > 2 and not _capitalised(tokens[0].text):
        return 0
    return k + 1 if family_particles().intersection(parts[:-1]) else 0


def _known(text: str) -> bool:
    """Whether `text` is a `[names] given` word or a `[words] sole_name` one."""
    return text.lower() in given_names() or text.lower() in _sole_names()


def _hyphened_sole(tokens: list[Token]) -> int:
    """The index of the period closing a sole name whose parts hyphens glue at the note's head
    (`Рашид-ад-дин.`, `Ибн-Сина.`: `[words] sole_name`), or 0."""
    k = 0
    while k + 2 < len(tokens) and k < _MAX_PARTS and tokens[k + 1].text in _HYPHENS:
        if tokens[k].end != tokens[k + 1].start or tokens[k + 1].end != tokens[k + 2].start:
            return 0
        k += 2
    if k == 0 or k + 1 >= len(tokens) or tokens[k + 1].text != ".":
        return 0
    name = lower("".join(t.text for t in tokens[: k + 1]))
    return k + 1 if _capitalised(tokens[0].text) and name in _sole_names() else 0


def _name_end(tokens: list[Token]) -> int:
    """The index of the period closing a name at the note's head (`Абай.`, `Ахмет
    Байтұрсынұлы.`, `Аль-Бируни.`, `Рашид-ад-дин.`), or 0."""
    if particled := _particled(tokens) or _hyphened_sole(tokens):
        return particled
    if len(tokens) < 4 or not _known(tokens[0].text):
        return 0
    if not _capitalised(tokens[0].text):
        return 0
    if tokens[1].text == ".":
        return 1
    if _capitalised(tokens[1].text) and tokens[2].text == ".":
        return 2
    # `Ибн ал-Асир.`, `Абу Наср аль-Фараби.`: the family opened by an article its hyphen glues
    return _article_glued(tokens, 2 if _capitalised(tokens[1].text) else 1)


_ARTICLE: Final = 3  # letters of a name's article at most (`al`, `ал`, `аль`, `ash`)


def _article_glued(tokens: list[Token], i: int) -> int:
    """The index of the period after a family name that a small article opens, its hyphen
    glued on both sides (`ал-Асир.`, `ad-Din.`), at tokens `i`..; else 0."""
    if i + 3 >= len(tokens) or tokens[i + 3].text != ".":
        return 0
    article, hyphen, family = tokens[i], tokens[i + 1], tokens[i + 2]
    if not (article.text.isalpha() and article.text.islower() and len(article.text) <= _ARTICLE):
        return 0
    glued = article.end == hyphen.start and hyphen.end == family.start
    return i + 3 if glued and hyphen.text in _HYPHENS and _capitalised(family.text) else 0


def given_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a given name's head read as the author and the sentence after it as the
    title (see the module's doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0:
        return found  # most notes: their first run is no title
    if any(run[0] == "author" for run in found):
        return found
    dot = _name_end(tokens)
    if not dot or (_particled(tokens) and _IMPRINT.isdisjoint(run[0] for run in found)):
        return found  # `Al-Monitor. Headline. URL`: a glued name heads a book, with its imprint
    if tokens[0].text.lower() not in given_names() and _IMPRINT.isdisjoint(r[0] for r in found):
        return found  # `Navoi. Encyclopaedia Iranica.`: a sole name heads a book, with its imprint
    head: list[Run] = [("author", 0, dot), (OTHER, dot, dot + 1)]
    _, _, b = found[0]
    if b > dot + 1 and tokens[dot + 1].text.isalpha() and not _genre(tokens, dot + 1, b):
        # `Шәкәрім Құдайбердіұлы. үш анық`: one run for the name and the title
        return [*head, ("title", dot + 1, b), *found[1:]]
    if b != dot or len(found) < 2 or found[1][0] != OTHER:
        return found
    _, c, e = found[1]
    if c != dot or e - c < 3 or not _capitalised(tokens[dot + 1].text):
        return found
    if _IMPRINT.isdisjoint(run[0] for run in found[2:]):
        return found  # `Julia. URL: …`: a bare name's page, no book's imprint after it
    end = e - 1 if tokens[e - 1].text == "." else e
    end = _before_volume(tokens, found, dot + 1, end)  # `Абай. Title. Т. 2. – Алматы`
    if any(t.text == "." for t in tokens[dot + 1 : end]) or _genre(tokens, dot + 1, end):
        return found  # more than one sentence: no title alone
    # `Абай. Шығармаларының толық жинағы. 2-т.`: the pen name read as the title
    return [*head, ("title", dot + 1, end), *([(OTHER, end, e)] if end < e else []), *found[2:]]


def _before_volume(tokens: list[Token], found: list[Run], a: int, end: int) -> int:
    """Where the title's sentence `a`..`end` ends when a volume's label closes it before the
    volume's number (`Шығармаларының толық жинағы. Т.` before `2`): at its period; else
    `end`."""
    if len(found) < 3 or found[2][0] != "volume":
        return end
    stops = [k for k in range(a, end) if tokens[k].text == "."]
    if len(stops) != 1 or stops[0] + 2 != end:
        return end
    label = f"{tokens[end - 1].text}."
    return stops[0] if label in _volume_labels() else end


@functools.cache
def _volume_labels() -> frozenset[str]:
    """The `[words] volume` labels (`Т.`, `Cilt`)."""
    return frozenset(shipped_words("volume"))


def title_head_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word second author between a given-name-first full name and the
    title read as the title's head (see the module's doc)."""
    if len(found) < 5 or found[0][0] != "author" or found[2][0] != "author":
        return found  # most notes: no two author runs at their head
    (_, a, b), (_, c, d), (label, e, f) = found[0], found[2], found[4]
    if label != "title" or d - c != 1 or not _capitalised(tokens[c].text):
        return found
    if [t.text for t in tokens[b:c]] != [","] or [t.text for t in tokens[d:e]] != [","]:
        return found
    names = [t.text for t in tokens[a:b]]
    direct = _MAX_NAME >= len(names) >= 2 and all(w.istitle() and w.isalpha() for w in names)
    if not direct or is_organisation(" ".join(names)):
        return found  # `GÜRSOY NASKALİ, Emine, …`: a family name in capitals is inverted
    if tokens[c].text.lower() in given_names():
        return found  # `…, Emine, Title`: the given names of an inverted name
    return [*found[:2], ("title", c, f), *found[5:]]


_SHORT_TITLE: Final = 3  # words of a classic's short name at most (`Fîhi Mâfîh`)


def sole_name_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Sole, Work` read into one title run as author, then title (module doc)."""
    if not found or found[0][0] != "title" or found[0][1] != 0 or len(tokens) < 3:
        return found  # most notes: their first run is no title
    b = found[0][2]
    if tokens[1].text != "," or b < 3 or lower(tokens[0].text) not in _sole_names():
        return found
    words = tokens[2:b]
    if (
        len(words) > _SHORT_TITLE
        or not _capitalised(words[0].text)
        or any(t.text in {",", "."} for t in words)
    ):
        return found
    return [("author", 0, 1), (OTHER, 1, 2), ("title", 2, b), *found[1:]]
