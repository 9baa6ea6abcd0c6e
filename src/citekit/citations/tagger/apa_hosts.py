"""An edited book's part as Turkish APA writes it, with the "in" word after the host or after
the editors (a postposition): `Ç. Yıldız (Ed.), Dijital Çağda Aile içinde (s. 45-68)` and
Word's `İ. Genç (Dü.) içinde, Gündelik Hayat (s. 203-219)`, or with none at all (`Ç. Yıldız
(Ed.), Dijital Çağda Aile (s. 45-68)`). The names before the bracketed
role word are the editors, the words the "in" word closes or opens up to the pages' bracket
the host; the model, which saw neither, calls them anything."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.quotes import CLOSING_MARKS
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_words

__all__ = ["bare_ins", "host_before_in", "in_inside_title", "postposed_host"]

_INITIAL: Final = 2  # letters of an initial at most ("Ç.", "Sh.")
_JOINS: Final = frozenset({",", "&"})
_MAX_HOST: Final = 16  # tokens of a host's title at most
_MAX_PAGES: Final = 6  # tokens inside the pages' bracket at most (`45-68`, `45, 50`)


def _role_bracket(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where the bracketed role word that closes at token `k` opens (`(Ed.)`, `(Dü.)`)."""
    a = k - 1
    while a >= 0 and tokens[a].text != "(" and k - a <= 4:
        a -= 1
    if a < 0 or tokens[a].text != "(" or a + 1 >= k:
        return None
    return (
        a if all("editor" in marks[i] or tokens[i].text == "." for i in range(a + 1, k)) else None
    )


def _names_start(tokens: list[Token], marks: list[set[str]], b: int) -> int | None:
    """Where the names that end before token `b` start: initials, capitalised words and their
    joins, back to a sentence's end (a period after a word longer than an initial)."""
    a = b
    while a > 0:
        text = tokens[a - 1].text
        if text == ".":
            if a < 2 or len(tokens[a - 2].text) > _INITIAL or not tokens[a - 2].text.isalpha():
                break  # the title's own period
            a -= 1
        elif text in _JOINS or "and" in marks[a - 1] or (text[:1].isupper() and text.isalpha()):
            a -= 1
        else:
            return None
    while a < b and not tokens[a].text.isalpha():
        a += 1
    return a if a < b and tokens[a].text[:1].isupper() else None


def _pages_bracket(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k].text == "(" and "page" in marks[k + 1]


def postposed_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with Turkish APA's editors and host read: `Editors (Ed.), Host içinde (s. …)` or
    `Editors (Dü.) içinde, Host (s. …)`, the host's words up to the bracket of its pages."""
    ins = [k for k in range(3, len(tokens)) if "in" in marks[k] and tokens[k].text.isalpha()]
    for k in ins:
        if tokens[k - 1].text == ")" and (bracket := _role_bracket(tokens, marks, k - 1)):
            # `(Dü.) içinde, Host (s.`
            host_start = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "," else k + 1
            end = host_start
            while end < len(tokens) and not _pages_bracket(tokens, marks, end):
                end += 1
            role_end = k + 1
        else:
            # `(Ed.), Host içinde (s.`
            if not _pages_bracket(tokens, marks, k + 1):
                continue
            close = next(
                (i for i in range(k - 1, max(0, k - _MAX_HOST), -1) if tokens[i].text == ")"), None
            )
            if close is None or (bracket := _role_bracket(tokens, marks, close)) is None:
                continue
            host_start = close + 2 if tokens[close + 1].text == "," else close + 1
            end, role_end = k, close + 1
        if (host := _host(tokens, marks, found, (bracket, role_end, host_start, end))) is not None:
            return host
    return _unmarked_host(tokens, marks, found)


def _host(
    tokens: list[Token], marks: list[set[str]], found: list[Run], at: tuple[int, int, int, int]
) -> list[Run] | None:
    """`found` with the editors before the role bracket `at` opens, the bracket, and the host
    from `at`'s host start to its end painted, or None when the form is not a part's."""
    bracket, role_end, host_start, end = at
    if end >= len(tokens) or not host_start < end <= host_start + _MAX_HOST:
        return None
    names = _names_start(tokens, marks, bracket)
    if names is None:
        return None
    out = painted(list(found), (OTHER, names, end))
    title = next((run for run in out if run[0] == "title" and run[2] == names), None)
    if title is None and not any(r[0] == "title" and r[2] < names for r in out):
        return None  # no work's title before the editors
    out = painted(out, ("editor", names, bracket))
    out = painted(out, (OTHER, bracket, role_end))
    out = painted(out, ("container-title", host_start, end))
    return _pages(tokens, marks, out, end if tokens[end].text == "(" else end + 1)


def _in_word(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is an "in" word opening the editors (`In`, `İçinde`, Russian `В`: a
    lone letter with no initial's period)."""
    lone = len(tokens[k].text) == 1 and (k + 1 >= len(tokens) or tokens[k + 1].text != ".")
    return "in" in marks[k] or tokens[k].text in bare_ins() or lone


def _unmarked_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with APA's part written with no "in" word at all (`M. Demir ve S. Kurt (Edt.),
    Eğitimde Güncel Konular (ss. 12-30). Ankara: Nobel.`, as English APA 6 drops its `In`):
    the role bracket, its comma, then the host's words up to the bracket of its pages."""
    if ")" not in text_set(tokens):
        return list(found)  # no role bracket
    for k in range(2, len(tokens) - 2):
        if tokens[k].text != ")" or tokens[k + 1].text != ",":
            continue
        if (bracket := _role_bracket(tokens, marks, k)) is None:
            continue
        stop = min(len(tokens), k + 3 + _MAX_HOST)
        end = next((e for e in range(k + 3, stop) if tokens[e].text in "()"), None)
        if end is None or not _pages_bracket(tokens, marks, end):
            continue
        names = _names_start(tokens, marks, bracket)
        if (
            any("in" in m for m in marks[k + 2 : end])
            or names is None
            or _in_word(tokens, marks, names)
        ):
            continue  # a host an "in" word marks (`In M. Demir (Ed.), …`): the model's
        if (host := _host(tokens, marks, found, (bracket, k + 1, k + 2, end))) is not None:
            return host
    return list(found)


def _pages(tokens: list[Token], marks: list[set[str]], found: list[Run], k: int) -> list[Run]:
    """`found` with the numbers in the pages' bracket that opens at `k` read as the pages
    (`(s. 12-30)`: Turkish `S.` is an issue's word too)."""
    i = k + 1
    while i < len(tokens) and "page" in marks[i]:
        i += 1
    close = next(
        (j for j in range(i, min(len(tokens), i + _MAX_PAGES)) if tokens[j].text == ")"), None
    )
    if close is None or close == i or not tokens[i].text.isdecimal():
        return found
    return painted(found, ("page", i, close))


@functools.cache
def _postpositions() -> frozenset[str]:
    """The "in" words written after the host's name (`[words] in_after`: "içinde")."""
    return frozenset(shipped_words("in_after"))


_HOST_LABELS: Final = frozenset({"publisher", "publisher-place", "container-title", OTHER})


def _ordinal(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the period of an ordinal number inside a name: set on its digits
    and followed by a word (Turkish `30. Yılında`, `19. Yüzyıl`)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "."
        and tokens[k - 1].text.isdigit()
        and tokens[k].start == tokens[k - 1].end
        and tokens[k + 1].text[:1].isalpha()
    )


def host_before_in(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the words a postposed "in" word closes read as the host (İSNAD's `ed. Ali
    Koç, Türk Eğitim Tarihi içinde (İstanbul: Pegem, 2014)`): a book's name stands before the
    word, back to the punctuation before it; its imprint comes after. A second title so
    closed is the host too."""
    after = _postpositions()
    ins = [k for k in range(1, len(tokens)) if "in" in marks[k] and tokens[k].text in after]
    out = list(found)
    for k in ins:
        if k + 1 < len(tokens) and tokens[k + 1].text.isalnum():
            continue  # a title's word (`Osmanlı Toplumu İçinde Kadın`)
        a = k
        while a > 0 and k - a < _MAX_HOST:
            if tokens[a - 1].text.isalpha():
                a -= 1
            elif _ordinal(tokens, a - 1):
                a -= 2  # `Bağımsızlıklarının 30. Yılında …`: a number's ordinal period
            else:
                break
        if a == k or not (tokens[a].text[0].isupper() or _ordinal(tokens, a + 1)):
            continue
        labels = [label for label, c, d in out if c < k and d > a]
        titled = any(label == "title" and d <= a for label, _, d in out)
        if all(label in _HOST_LABELS or (label == "title" and titled) for label in labels):
            out = painted(painted(out, ("container-title", a, k)), (OTHER, k, k + 1))
    return out


@functools.cache
def bare_ins() -> frozenset[str]:
    """The bare "in" words that open a host (`[words] in_bare`: "in", "In")."""
    return frozenset(shipped_words("in_bare"))


_SERIAL_NUMBERS: Final = frozenset({"volume", "issue", "page"})
_AFTER_TITLE: Final = frozenset({",", ".", "”", '"', "’", "'", "»"})  # what closes a part's title


def host_from_in(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host opened by `in` after a part's title read from the word after that
    `in` (`"Part," in Kazakhstan in the Making, ed. …`: the host's own `in` is its word, not
    where the host begins)."""
    bare = bare_ins()
    ins = [k for k, t in enumerate(tokens) if t.text in bare]
    if len(ins) < 2:  # the opening `in` and the host's own: most notes have neither
        return list(found)
    label_at = labels_at(found, len(tokens))
    out = list(found)
    for label, a, _b in found:
        if label != "container-title" or a == 0 or label_at[a - 1] != OTHER:
            continue
        k = a
        while k > 0 and label_at[k - 1] == OTHER and tokens[k - 1].text.isalpha() and a - k < 8:
            k -= 1
        start = next((j for j in range(k, a - 1) if tokens[j].text in bare), None)
        if start is None or start == 0 or tokens[start - 1].text not in _AFTER_TITLE:
            continue
        before = next((lab for lab in reversed(label_at[: start - 1]) if lab != OTHER), None)
        if before == "title" and tokens[start + 1].text[:1].isupper():
            out = painted(out, ("container-title", start + 1, a))
    return _merged(out)


def _merged(found: list[Run]) -> list[Run]:
    """`found` with touching runs of one label (a host painted before its own) joined."""
    out: list[Run] = []
    for label, a, b in sorted(found, key=lambda run: run[1]):
        if out and out[-1][0] == label and out[-1][2] == a:
            out[-1] = (label, out[-1][1], b)
        else:
            out.append((label, a, b))
    return out


def in_inside_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that a lower-case `in` parts from the title with no mark
    between read back into the title (`Asian Development Outlook 2020 Update: Wellness in
    Worrying Times. Manila.`): a part's title closes on its mark (a period, a comma, a quote)
    before the `in` that opens its host. The note has that one title and one host, and the host
    closes its sentence (no journal's numbers after a comma)."""
    labels = [run[0] for run in found]
    if labels.count("title") != 1 or labels.count("container-title") != 1:
        return found  # `“Chapter,” in Host in … World Politics`: the host read as a second title
    for j in range(len(found) - 2):
        (lt, a, b), (lo, x, y), (lh, _, d) = found[j : j + 3]
        if lt != "title" or lo != OTHER or lh != "container-title" or y - x != 1:
            continue
        word, before = tokens[x].text, tokens[b - 1].text
        if word not in bare_ins() or not word.islower() or not before.isalpha():
            continue
        if d < len(tokens) and tokens[d].text != ".":
            continue  # `… Finite Elements in Analysis and Design, 29 (47)`: a journal's numbers
        if any(run[0] in _SERIAL_NUMBERS for run in found[j + 3 :]):
            continue  # `Party politics in Europe-Asia Studies. 57(3), 45–60.`: a journal's too
        if any(t.text in CLOSING_MARKS for t in tokens[a:b]):
            continue  # `‘Title’ Host`: the quote closed the title
        return [*found[:j], ("title", a, d), *found[j + 3 :]]
    return found
