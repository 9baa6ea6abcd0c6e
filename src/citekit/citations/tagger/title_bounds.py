"""Where a title begins and ends, read from the runs once each has its label.

- An author-date reference writes `Authors (Year). Title. Host.`: the sentence after the
  bracketed date's period is the title whole (`Lillis, J. (2019, March 20). Kazakhstan: Astana
  becomes Nur-Sultan, but not without protest. Eurasianet.`), however the model split it into
  a place, a host and a title at its colon and commas.
- A news headline may open with its speaker and a colon before the quoted words (`Токаев: «Мы
  не допустим …» (рус.). Tengrinews.kz`): one bare word before the colon is the headline's,
  never an author (an author is written with initials or given names).
- A quoted site's name that opens the note, no space inside and a period after it
  (`"Stat.gov.kz". Bureau of …`), is the title whole: its pieces are no name and no host.
- GOST's title area runs to the host's `//`: words after the title's colon that no field
  holds are its subtitle (`«Назад в СССР?»: почему … // Forbes Kazakhstan`).
- Quotation marks close one field: a quoted span that holds a title run is the title whole
  (`"U.S. Troops Leave Kyrgyz Base After 12 Years," BBC News`).
- A place of the lexicon before the year's comma is the place, and the second "name" before
  it the title (`Daniel Goffman, Ottoman Izmir, Seattle, 1990`).
- A dotted abbreviation after a direct-order name's comma (`Richard Weitz, U.S. Policy …`)
  opens the title: a name that opens with a given name has no initials after its comma.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.places import one_place
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.title_before_slashes import slashes_at
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["title_bounds"]

_PERSONS: Final = frozenset({"author", "editor", "translator"})
_SPLIT: Final = frozenset({"title", "container-title", "publisher-place", "publisher"})
_HOSTS: Final = frozenset({"container-title", "publisher", "publisher-place"})  # after a title
_ENDS: Final = frozenset({".", "?", "!"})
_MIN_END_WORD: Final = 3  # letters of a word a title's sentence ends with ("protest.", not "ed.")
_CLOSING: Final = frozenset(QUOTES.values())
_OPENING: Final = frozenset(QUOTES)


def _relabel(found: list[Run], a: int, b: int, label: str) -> list[Run]:
    """`found` with tokens `a`..`b` one run of `label`; the runs it cuts keep their rest."""
    out: list[Run] = []
    placed = False
    for run in found:
        name, s, e = run
        if e <= a or s >= b:
            out.append(run)
            continue
        if s < a:
            out.append((name, s, a))
        if not placed:
            out.append((label, a, b))
            placed = True
        if e > b:
            out.append((name, b, e))
    return out


def _sentence_end(tokens: list[Token], s: int) -> int | None:
    """The first sentence end from token `s` on, outside brackets: a period glued to a word of
    three letters or more or to a number, or a question or exclamation mark, a space after."""
    depth = 0
    for i in range(s + 1, len(tokens)):
        text = tokens[i].text
        if text in "([":
            depth += 1
        elif text in ")]":
            depth = max(0, depth - 1)
        if depth or text not in _ENDS:
            continue
        before = tokens[i - 1]
        if before.end != tokens[i].start:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end:
            continue  # `Stat.gov`, `2.0`: no sentence ends inside a word
        word = before.text
        # `"Title".`, `(and Don't).`, `[Video].`, an ellipsis's last period (`sonuçlar...`), a
        # question's (`Neden Önemlidir?.`)
        closed = word in _CLOSING or word in ").]?!"
        if (
            text != "."
            or closed
            or word.isdigit()
            or (word.isalpha() and len(word) >= _MIN_END_WORD)
        ):
            return i
    return None


def _before_bracket(tokens: list[Token], start: int, close: int) -> int:
    """Where a square-bracketed group that closes the sentence `start`..`close` opens (APA's
    description after a title: `[Video]`, `[Master's thesis, University]`), else `close`."""
    if close - start < 2 or tokens[close - 1].text != "]":
        return close  # a round bracket is the title's (`(1991–2021)`, a translated title)
    depth = 0
    for k in range(close - 1, start, -1):
        text = tokens[k].text
        if text == "]":
            depth += 1
        elif text == "[":
            depth -= 1
        if depth == 0:
            return k
    return close


def _dated_bounds(tokens: list[Token], found: list[Run]) -> tuple[int, int, int] | None:
    """Where the sentence after `Authors (Year).` starts and ends (its mark's token, and where
    a square-bracketed description before that mark opens), when the note opens so."""
    if "(" not in text_set(tokens):
        return None  # no `(Year)` (most notes)
    for j in range(2, len(found) - 1):
        label, a, b = found[j]
        if label != "issued" or found[j - 2][0] not in _PERSONS:
            continue
        if a == 0 or tokens[a - 1].text != "(":
            return None
        while b < len(tokens) and tokens[b].text != ")":  # `(2022, January 6)`: one date
            b += 1
        if b + 2 >= len(tokens) or tokens[b + 1].text != ".":
            return None
        if any(run[0] not in ("issued", OTHER) for run in found if a <= run[1] < b):
            return None
        start = b + 2
        if tokens[start].text in QUOTES:
            return None  # a quoted title is bounded by its quotes
        end = _sentence_end(tokens, start)
        if end is None or start <= slashes_at(tokens) < end:
            return None  # GOST's `//` bounds the title before its host (`(2018). Title // Host.`)
        close = end + 1 if tokens[end].text != "." else end
        return start, end, _before_bracket(tokens, start, close)  # `[Master's thesis, …]`
    return None


def _dated_sentence(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the sentence after `(Year).` given whole to the title, when the model split
    it among a title and a place, host or publisher and a field follows it."""
    bounds = _dated_bounds(tokens, found)
    if bounds is None:
        return found
    start, end, stop = bounds
    inside = {run[0] for run in found if run[2] > start and run[1] < stop and run[0] != OTHER}
    after = [run[0] for run in found if run[2] > end + 1 and run[0] != OTHER]
    if not _INNER.isdisjoint(inside):
        return _dated_year(tokens, found, bounds, inside)
    if not inside <= _SPLIT or "title" in after or not _HOSTS.intersection(after):
        return found
    # the model split the title, or read it as an imprint before the host (`Kazakhstan:
    # What's happening` as place and publisher before `. The Diplomat.`)
    untitled = "title" not in inside and "container-title" in after
    if not (untitled and inside) and ("title" not in inside or len(inside) < 2):
        return found
    out = _relabel(found, start, stop, "title")
    return _relabel(out, end, end + 1, OTHER) if tokens[end].text == "." else out


_NUMBERED: Final = frozenset({"volume", "issue", "page"})


def _bracketed(tokens: list[Token], start: int, stop: int) -> set[int]:
    """The tokens from `start` to `stop` inside a bracket opened after `start`."""
    inside: set[int] = set()
    depth = 0
    for k in range(start, stop):
        text = tokens[k].text
        depth = max(0, depth + (text in ("(", "[")) - (text in (")", "]")))
        if depth:
            inside.add(k)
    return inside


_INNER: Final = frozenset({"issued", "volume", "issue"})  # a number a title's words may hold


def _dated_year(
    tokens: list[Token], found: list[Run], bounds: tuple[int, int, int], inside: set[str]
) -> list[Run]:
    """`found` with a year or a number inside the sentence after `(Year).` given to the title
    (`Smith, J. (2019). Kazakhstan in 2018. Central Asian Survey, 38(1)`, `After 9/11: The
    politics of fear. London:`): the bracket dates the work, a journal's numbers follow its
    name, and the sentence is the title whole; a title run after it before a volume or pages
    is then the journal. A number in brackets is a field of its own."""
    start, end, stop = bounds
    if not inside <= _SPLIT | _INNER or ("issued" not in inside and "title" not in inside):
        return found
    bracketed = _bracketed(tokens, start, stop)
    if any(run[0] in _INNER and run[1] in bracketed for run in found):
        return found  # `Title (2001). Journal`, `(Т. 6)`: a bracketed number is a field
    after = [run for run in found if run[1] > end and run[0] != OTHER]
    if not after:
        return found
    if after[0][0] == "title":
        labels = {run[0] for run in found}
        if "container-title" in labels or not _NUMBERED.intersection(run[0] for run in after):
            return found
        found = _relabel(found, after[0][1], after[0][2], "container-title")
    elif after[0][0] not in _HOSTS:
        return found
    return _relabel(_relabel(found, start, stop, "title"), end, end + 1, OTHER)


def _speaker_headline(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a bare word, a colon and a quoted title at the note's head read as one
    headline, when a host (a site or paper) follows and no publisher does."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1:] != (0, 1):
        return found
    word = tokens[0].text
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
        return found
    if len(tokens) < 4 or tokens[1].text != ":" or tokens[2].text not in QUOTES:
        return found
    labels = [run[0] for run in found]
    if "container-title" not in labels or "publisher" in labels or labels.count("author") > 1:
        return found
    closer = QUOTES[tokens[2].text]
    end = next((i for i in range(3, len(tokens)) if tokens[i].text == closer), None)
    if end is None:
        return found
    title = next((run for run in found if run[0] == "title"), None)
    if title is None or title[1] > 3:
        return found
    return _relabel(found, 0, max(end + 1, title[2]), "title")  # `«…» – басты мақсат`


def _quoted_word(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted word that opens the note read as the title whole (`"Stat.gov.kz".
    Bureau of National Statistics.`: a site's name as a page's title), its pieces no fields
    of their own, and a title run after it then the host."""
    if len(tokens) < 5 or tokens[0].text not in QUOTES:
        return found
    closer = QUOTES[tokens[0].text]
    end = next((i for i in range(2, len(tokens)) if tokens[i].text == closer), None)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].text != ".":
        return found
    if any(tokens[i].start != tokens[i - 1].end for i in range(2, end)):
        return found  # words with spaces: the model's reading stands
    if not any(tokens[i].text == "." for i in range(2, end - 1)):
        return found  # a site's name holds its domain's period (`«Коммерсантъ», 2018`: a paper)
    inside = {run[0] for run in found if run[1] < end and run[2] > 1 and run[0] != OTHER}
    if inside <= {"title"}:
        return found
    out = _relabel(found, 1, end, "title")
    if any(run[0] == "container-title" for run in out):
        return out
    later = next((k for k, run in enumerate(out) if run[0] == "title" and run[1] > end), None)
    if later is None:
        return out
    _, a, b = out[later]
    return [*out[:later], ("container-title", a, b), *out[later + 1 :]]


def _dotted_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a dotted abbreviation after a direct-order name's comma given to the title
    that follows it (`Richard Weitz, U.S. Policy toward Central Asia`): a name that opens with
    a given name is whole before its comma, so capitals after it are no initials of its."""
    if len(found) < 2 or found[0][0] != "author" or found[1][0] != "title":
        return found
    _, a, b = found[0]
    if found[1][1] != b or a != 0:
        return found
    comma = next((i for i in range(a, b) if tokens[i].text == ","), None)
    if comma is None or comma < 2 or tokens[0].text.casefold() not in given_names():
        return found
    if not all(t.text.isalpha() and t.text[:1].isupper() for t in tokens[:comma]):
        return found
    dotted = tokens[comma + 1 : b]
    pairs = len(dotted) // 2
    if pairs < 2 or len(dotted) % 2 or tokens[b].start == tokens[b - 1].end:
        return found
    for k in range(pairs):
        letter, period = dotted[2 * k], dotted[2 * k + 1]
        if not (len(letter.text) == 1 and letter.text.isupper() and period.text == "."):
            return found
        if period.start != letter.end or (k and letter.start != dotted[2 * k - 1].end):
            return found
    return [
        ("author", a, comma),
        (OTHER, comma, comma + 1),
        ("title", comma + 1, found[1][2]),
        *found[2:],
    ]


_IN_QUOTES: Final = frozenset(
    {"title", "author", "editor", "container-title", "publisher", "publisher-place", "edition"}
)


def _site_after_dash(tokens: list[Token], found: list[Run]) -> bool:
    """Whether a host's run follows a spaced dash or bar (`"Kazak Hanlığı - Vikipedi"`: a page's
    title and its site's name, as the page's heading writes them)."""
    for label, a, _ in found:
        if label == "container-title" and a > 1 and tokens[a - 1].text in "-–—|":
            return tokens[a - 1].start > tokens[a - 2].end
    return False


def _quoted_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the first quoted span that holds a title run given whole to the title when
    the model called its other words a name, host or place (`"U.S. Troops Leave Kyrgyz Base
    After 12 Years," BBC News`): quotation marks close one field."""
    if text_set(tokens).isdisjoint(_OPENING):
        return found
    for i, token in enumerate(tokens):
        if token.text not in QUOTES:
            continue
        closer = QUOTES[token.text]
        end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == closer), None)
        if end is None:
            return found
        inside = {run[0] for run in found if run[1] < end and run[2] > i + 1 and run[0] != OTHER}
        if "title" not in inside:
            continue
        opened = next((run for run in found if run[0] == "title" and run[1] < i < run[2]), None)
        if opened is not None and token.text == "«":
            # `Послание … народу «Справедливое государство. …»`: a guillemet's quote in a
            # title, closed in it, the title's words after it kept
            return _relabel(found, opened[1], max(end + 1, opened[2]), "title")
        if inside == {"title"} or not inside <= _IN_QUOTES or _site_after_dash(tokens, found):
            return found
        stop = end - 1 if tokens[end - 1].text in ",." else end
        return _relabel(found, i + 1, stop, "title")
    return found


def _place_as_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a second name's run before a title run that is a place of the lexicon read
    as the title, the place as the place (`Daniel Goffman, Ottoman Izmir, Seattle, 1990`): a
    hand-written note's place stands before its year, after the title."""
    if sum(1 for run in found if run[0] == "title") != 1:
        return found
    for j in range(4, len(found) - 2):
        label, a, b = found[j]
        if label != "title":
            continue
        if not one_place(marks, a, b) or found[j + 2][0] != "issued":
            return found
        if [found[k][0] for k in (j - 4, j - 2)] != ["author", "author"]:
            return found
        if any(
            tokens[found[k][1]].text != "," or found[k][2] - found[k][1] != 1
            for k in (j - 3, j - 1, j + 1)
        ):
            return found
        _, c, d = found[j - 2]
        return [
            *found[: j - 2],
            ("title", c, d),
            found[j - 1],
            ("publisher-place", a, b),
            *found[j + 1 :],
        ]
    return found


def _subtitle_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words after a title's colon that no field holds given to the title,
    up to GOST's `//` before the host (`«Назад в СССР?»: почему Центральная Азия дрейфует к
    Москве // Forbes Kazakhstan`): the title's area runs to the host's slashes."""
    texts = text_set(tokens)
    if "/" not in texts or ":" not in texts:
        return found  # no slash or no colon (most notes)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        k = b
        while k < len(tokens) and tokens[k].text in _CLOSING:
            k += 1
        # the title's own colon, glued to it (GOST's spaced ` : ` opens a designation:
        # `: дис. … канд. наук`, `: учеб. пособие`)
        if k >= len(tokens) or tokens[k].text != ":" or tokens[k].start != tokens[k - 1].end:
            return found
        stop = next((i for i in range(k + 1, len(tokens) - 1) if tokens[i].text == "/"), None)
        if stop is None or tokens[stop + 1].text != "/" or stop - k < 2:
            return found
        if any(run[0] != OTHER for run in found[j + 1 :] if run[1] < stop):
            return found
        words = [t.text for t in tokens[k + 1 : stop]]
        if "." in words or not any(w.isalpha() and w.islower() and len(w) > 2 for w in words):
            return found  # a subtitle is prose (`почему …`), no number's label (`Kanun 280`)
        return _relabel(found, a, stop, "title")
    return found


def title_bounds(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with each fact of a title's bounds applied in turn."""
    found = _dated_sentence(tokens, found)
    found = _speaker_headline(tokens, _quoted_word(tokens, _dotted_head(tokens, found)))
    found = _subtitle_before_host(tokens, _quoted_title(tokens, found))
    return _place_as_title(tokens, marks, found)
