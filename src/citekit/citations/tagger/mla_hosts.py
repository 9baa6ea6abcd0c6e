"""MLA 9's containers after a quoted title: `"Title." Container, Publisher, Date, Location.`
(`"Kazakhstan." The World Factbook, Central Intelligence Agency, 2023, www.cia.gov/…`). The
words between the title's closing quote (its period inside it) and the next comma name the
container; a body named after that comma, before the date, is the site's owner, never a part
of the container's name (nor a book's publisher: the work is no chapter). A container of
one name right before the date (`"The Aral Sea Is Coming Back." Time, 12 Apr. 2010, pp.
34-36`) is the container, however short; its date, the day and month before the year with
it, is the issue's; a podcast's episode may stand between the container and the network
(`Far Away Places, episode 12, BBC Sounds, 4 Feb. 2021`). MLA 7's medium word alone as the
note's last sentence (`Print.`, `Web.`, `Television.`: `[types] medium`) is no field's, never
a place or a host."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words

__all__ = ["dated_container", "medium_at", "medium_word", "mla_container"]

_CLOSING: Final = frozenset({'"', "”"})
_NAME_MAX: Final = 12  # tokens of a container's name at most
_DATED: Final = frozenset({"issued", "URL"})  # what follows the publisher
_DAY_DIGITS: Final = 2
# what the model may have called a container's words after the title's quote (a second title)
_HOST_OWNERS: Final = frozenset({OTHER, "container-title", "title"})


def _capitalised(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b open with a capital and hold no comma, period or digit run."""
    return (
        b > a
        and tokens[a].text[:1].isupper()
        and all(t.text not in ",.;:" and not t.text.isdecimal() for t in tokens[a:b])
    )


def _named_after_title(tokens: list[Token], b: int) -> tuple[int, int] | None:
    """Where the capitalised name after a title ending at `b` with `."` starts and the comma
    that closes it (`."` Our Planet`,`), or None."""
    q = next((k for k in range(b - 1, min(b + 2, len(tokens))) if tokens[k].text in _CLOSING), None)
    if q is None or tokens[q - 1].text not in ".?!" or q + 1 >= len(tokens):
        return None
    h = q + 1
    comma = next(
        (k for k in range(h, min(len(tokens), h + _NAME_MAX)) if tokens[k].text == ","), None
    )
    if comma is None or not _capitalised(tokens, h, comma):
        return None
    return h, comma


def mla_container(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the container after an MLA title's `."` told apart from its owner."""
    if text_set(tokens).isdisjoint(_CLOSING):
        return found
    for j, (label, _a, b) in enumerate(found):
        if label != "title" or j + 3 >= len(found):
            continue
        head = _named_after_title(tokens, b)
        if head is None:
            return found
        h, comma = head
        end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].text == ","), None)
        after = next((r for r in found if r[1] == end + 1), None) if end is not None else None
        if end is None or after is None or after[0] not in _DATED:
            return found
        body = " ".join(t.text for t in tokens[comma + 1 : end])
        if not _capitalised(tokens, comma + 1, end) or not is_organisation(body):
            return found
        owners = {r[0] for r in found if r[2] > h and r[1] < end}
        if not owners <= {OTHER, "container-title", "publisher"}:
            return found
        out = painted(found, ("container-title", h, comma))
        return painted(out, (OTHER, comma, end))
    return found


def _day_month(tokens: list[Token], marks: list[set[str]], k: int) -> int:
    """The end of a day and a month's word (its period with it) at `k` (`12 Apr.`), or 0."""
    if k + 1 >= len(tokens) or not tokens[k].text.isdecimal():
        return 0
    if len(tokens[k].text) > _DAY_DIGITS or "Bmonth" not in marks[k + 1]:
        return 0
    return k + 3 if k + 2 < len(tokens) and tokens[k + 2].text == "." else k + 2


def dated_container(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the capitalised name between an MLA title's `."` and the comma before the
    date read as the container, the day and month before the year in the date."""
    if text_set(tokens).isdisjoint(_CLOSING) or "container-title" in (r[0] for r in found[:1]):
        return found
    for label, _a, b in found:
        if label != "title":
            continue
        head = _named_after_title(tokens, b)
        if head is None:
            return found
        h, comma = head
        after = _after_episode(tokens, comma)  # `Far Away Places, episode 12, BBC Sounds, …`
        dated = _date_at(tokens, marks, found, after + 1)
        owner = after  # `Our Planet, Netflix, 5 Apr. 2019`: the network's name before the date
        if dated is None:
            owner = next(
                (
                    k
                    for k in range(after + 1, min(len(tokens), after + _NAME_MAX))
                    if tokens[k].text == ","
                ),
                after,
            )
            if owner == after or not _capitalised(tokens, after + 1, owner):
                return found
            dated = _date_at(tokens, marks, found, owner + 1)
        owners = {r[0] for r in found if r[2] > h and r[1] < owner}
        if dated is None or not owners <= _HOST_OWNERS:
            return found
        out = painted(found, ("container-title", h, comma))
        out = painted(out, (OTHER, comma, owner + 1))
        return painted(out, ("issued", owner + 1, dated[2]))
    return found


@functools.cache
def _episode_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in shipped_type_words("episode"))


def _after_episode(tokens: list[Token], comma: int) -> int:
    """The comma after an episode's word and number right after the container's comma
    (`Far Away Places, episode 12,`, `ep. 12,`), else that comma."""
    k = comma + 1
    if k >= len(tokens) or tokens[k].text not in _episode_words():
        return comma
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1  # `ep. 12`
    if k + 1 < len(tokens) and tokens[k].text.isdecimal() and tokens[k + 1].text == ",":
        return k + 1
    return comma


def _date_at(tokens: list[Token], marks: list[set[str]], found: list[Run], k: int) -> Run | None:
    """The model's date run opened at `k` by its day, or by its year after a day and month."""
    start = _day_month(tokens, marks, k) or k
    return next((r for r in found if r[1] in (k, start) and r[0] == "issued"), None)


@functools.cache
def _media() -> frozenset[str]:
    return frozenset(shipped_type_words("medium"))


def medium_at(tokens: list[Token]) -> int | None:
    """The index of a medium's word closing the note after a period (`… 2000. Print.`)."""
    n = len(tokens)
    last = n - 1 if n and tokens[-1].text == "." else n
    if last < 2 or tokens[last - 1].text not in _media() or tokens[last - 2].text != ".":
        return None
    return last - 1


def medium_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a medium's word closing the note after a period read as no field."""
    k = medium_at(tokens)
    if k is None:
        return found
    titles = [r for r in found if r[0] == "title"]
    out = painted(found, (OTHER, k, k + 1))
    if titles != [("title", k, k + 1)] or found[0][0] != "author":
        return out
    # `Northrop, Douglas. Veiled Empire. Ithaca: …. Print.`: the medium read as the title,
    # the title inside the author's run after the inverted name's period
    _, a, b = found[0]
    inverted = tokens[a + 1].text == "," and tokens[a + 2].text[:1].isupper()
    if b - a > 4 and inverted and tokens[a + 3].text == ".":
        return [("author", a, a + 3), (OTHER, a + 3, a + 4), ("title", a + 4, b), *out[1:]]
    return out
