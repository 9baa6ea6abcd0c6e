"""A title never ends on a joining word. `Абай және «Қазақ» газеті`, `Цифрлық экономика және
«Қазақ» газеті. Ұлт тағылымы`, `«Джуниор Еуровижн» және «Қазақ» газеті`, `Nutuk ve “Söylev”
üzerine`: when the title's run stops on "and" (`және`, `и`, `ve`, `we`, `and`), or only
quote marks and "and" stand between it and the next run, the words after it up to the next
separator are the title's second half, whatever host, place or name the model read in them (a
newspaper's or a book's name quoted inside a title reads like a host; `… туралы және II
Николай`: a person after a title of words). A list of people is
joined by "and" too, but never after a title with nothing but quotes between."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, painted
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.values import PAIRS

__all__ = [
    "exclaimed_after_name",
    "exclaimed_head",
    "listed_subtitle",
    "person_and_title",
    "title_after_and",
]

_QUOTES: Final = frozenset('«»“”„"‘’‚')
# the runs a quoted name joined to a title reads as
_TAKEN: Final = frozenset({"container-title", "publisher", "publisher-place"})
_SEPARATORS: Final = frozenset(".,;:/()[]")


_PERSONS: Final = frozenset({"author", "editor", "translator"})
_WORDED: Final = 3  # words of a title's run, at least, that a person after "and" goes on


def _worded(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a title's run of `a`..`b` is words, no name's initials (`Иванов И. И. и`)."""
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    return len(words) >= _WORDED and not any(len(w) == 1 and w.isupper() for w in words)


def _joining(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is a lower-case joining word ("and"; never an initial `И.`)."""
    return "and" in marks[k] and tokens[k].text.isalpha() and tokens[k].text.islower()


def title_after_and(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title that stops on "and" run on to the next separator."""
    j = first_run(found, "title")
    if j is None or j + 1 >= len(found):
        return found
    _, a, b = found[j]
    k = j + 1
    gap = found[k][2] - b if found[k][0] == OTHER else 0
    if gap:
        k += 1
    if k >= len(found) or found[k][1] != b + gap:
        return found
    if found[k][0] not in _TAKEN and (found[k][0] not in _PERSONS or not _worded(tokens, a, b)):
        return found
    between = range(b, b + gap)
    ands = [i for i in between if _joining(tokens, marks, i)]
    if any(tokens[i].text not in _QUOTES for i in between if i not in ands) or len(ands) > 1:
        return found
    if not ands and not _joining(tokens, marks, b - 1):
        return found
    _, s, e = found[k]
    end = next((i for i in range(s, e) if tokens[i].text in _SEPARATORS), e)
    if end == s or (b - a == 1 and end - s == 1 and tokens[s].text[:1].isupper()):
        return found  # `Gurbanow we Döwranowa.`: two names, whatever the model read
    start = a
    if a and tokens[a - 1].text in PAIRS and tokens[a - 1].text in _QUOTES:
        closer = PAIRS[tokens[a - 1].text]
        if any(tokens[i].text == closer for i in between):
            start = a - 1  # `«Джуниор Еуровижн» және «Қазақ» газеті`: its quotes are inside
    return painted(found, ("title", start, end))


def _initialled(tokens: list[Token], k: int) -> bool:
    """Whether a family name and an initial open at token `k` (`Петров П.`): a co-author."""
    return (
        k + 2 < len(tokens)
        and len(tokens[k + 1].text) == 1
        and tokens[k + 1].text.isupper()
        and tokens[k + 2].text == "."
    )


def person_and_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the last author's run of a heading joined by "and" alone to the title's run
    given to the title: `Ш. Уәлиханов және «Абай жолы» романы`, `Л. Н. Гумилёв и евразийство`
    name a person the title is about (co-authors after "and" are a name, never a title)."""
    i = next((i for i, run in enumerate(found) if run[0] not in ("author", OTHER)), None)
    if i is None or i < 2 or found[i][0] != "title" or found[i - 2][0] != "author":
        return found
    _, s, e = found[i - 1]
    if found[i - 1][0] != OTHER or e - s != 1 or not _joining(tokens, marks, s):
        return found
    if found[i][1] != e or _initialled(tokens, e):
        return found
    _, p, q = found[i - 2]
    texts = [t.text for t in tokens[p:q]]
    if not texts[-1].isalpha() or any(
        not (len(w) == 1 and w.isupper() and texts[k + 1] == ".")
        for k, w in enumerate(texts[:-1])
        if w != "."
    ):
        return found  # the person is `И. О. Family`, the note's own author's run holds no more
    if any(label == "author" for label, _, _ in found[i + 1 :]) and not any(
        tokens[k].text == "/" for k in range(found[i][2], len(tokens))
    ):
        return found  # the authors go on after the title: the model read a list
    return painted(found, ("title", found[i - 2][1], found[i][2]))


_ASKED: Final = frozenset("!?")


def exclaimed_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word author's run before a comma and a title's run that opens in
    lower case and closes its first words with `!` or `?`, or whose first word is the one
    exclaimed, given to the title: `Вперёд, к рынку! Реформы …`, `Прощай, оружие!`, `Алға,
    Қазақстан! …`; a name's comma is followed by a given name (never exclaimed) or a title
    that opens with a capital."""
    i = next((i for i, run in enumerate(found) if run[0] != OTHER), None)
    if i is None or i + 2 >= len(found) or found[i][0] != "author":
        return found
    _, a, b = found[i]
    if b - a != 1 or tokens[b].text != "," or found[i + 1] != (OTHER, b, b + 1):
        return found
    _, s, e = found[i + 2]
    if found[i + 2][0] != "title":
        return found
    if not tokens[s].text.islower() and (s + 1 >= e or tokens[s + 1].text not in _ASKED):
        return found  # `Алға, Қазақстан!`: a given name is never exclaimed
    if not any(tokens[k].text in _ASKED for k in range(s, min(e, s + 4))):
        return found
    return painted(found, ("title", a, e))


def exclaimed_after_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the exclaimed word an author's run took after the name's own period or
    comma (`Nurmuhammedow, I. Alga, Türkmenistan! …`, `Доронин А. И. Вперёд, к рынку! …`)
    given to the title: a name's comma is followed by its given name, never by a word exclaimed
    right after it, so the word and its comma open the title (as `exclaimed_head` does at the
    note's head)."""
    for i, (label, a, b) in enumerate(found[:-2]):
        if label != "author" or b >= len(tokens) or tokens[b].text != ",":
            continue
        if found[i + 1] != (OTHER, b, b + 1) or found[i + 2][0] != "title":
            continue
        _, s, e = found[i + 2]
        word = tokens[b - 1].text
        if not (word.isalpha() and word[0].isupper()) or s != b + 1 or e - s < 2:
            continue
        alone = b - 1 == a or tokens[b - 2].text in ".,"
        asked = any(tokens[k].text in _ASKED for k in range(s, min(e, s + 4)))
        if not alone or not asked:
            continue
        if tokens[s + 1].text not in _ASKED and not tokens[s].text.islower():
            continue  # `Вперёд, к рынку!`: a phrase in small letters, else the word exclaimed
        head = [] if b - 1 == a else [(label, a, b - 1)]
        return [*found[:i], *head, ("title", b - 1, e), *found[i + 3 :]]
    return found


_LIST_HEAD: Final = 2  # words of a subtitle's list before its first comma, at most


def listed_subtitle(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a subtitle's list of lower-case words given whole to the title: `Казахстан:
    экономика, политика, культура`, `Tehniki şertler: ykdysadyýet, syýasat, medeniýet, red.
    …`. A title's run that stops at the list's first comma leaves the words after it to a
    host or a place, but a host or a place never opens with a lower-case word of no label."""
    j = first_run(found, "title")
    if j is None or j + 2 >= len(found):
        return found
    _, a, b = found[j]
    colon = next((k for k in range(b - 1, a, -1) if tokens[k].text == ":"), None)
    if colon is None or found[j + 1] != (OTHER, b, b + 1) or tokens[b].text != ",":
        return found
    listed = [tokens[k].text for k in range(colon + 1, b)]
    head = listed.index(",") if "," in listed else len(listed)
    if not 0 < head <= _LIST_HEAD or not all(t.isalpha() or t == "," for t in listed):
        return found
    label, s, e = found[j + 2]
    if label not in _TAKEN or s != b + 1:
        return found
    end = s
    while end < e and (
        tokens[end].text == ","
        or _joining(tokens, marks, end)
        or (tokens[end].text.isalpha() and tokens[end].text.islower() and not marks[end])
    ):
        end += 1
    while end > s and tokens[end - 1].text == ",":
        end -= 1
    if end == s or not tokens[s].text.islower():
        return found
    return painted(found, ("title", a, end))
