"""The head of a note or of a name read as another field, and where a quoted title ends.

- A title's head before its subtitle's colon, read as an imprint (`Öz, Hakan. Türkmenistan:
  Bağımsızlıktan Bugüne. İstanbul: İletişim, 2012.`): a note has one imprint, and when a place
  and its publisher follow the title, a name before the title's colon is the title's own.
- An ordinal written as a number with its period opens the name after it (`III. Uluslararası
  Türk Kültürü Sempozyumu`), unless a volume's or an issue's word labels the number.
- A title goes on over an "and" word with no punctuation beside it (`Kırım Hanlığı ve Osmanlı
  Devleti (2. bs.)`): a name or a host after a title is set apart from it by punctuation.
- A body's name heading the note up to its comma before a quoted title is its author
  (`Center for Strategic and International Studies, "…"`), and so is a name after academic
  titles (`Prof. Dr. Ahmet Kaya, …`); a name in quotes opening the note is a title.
- A closing quote after the title's own period or comma ends the title (Chicago's `"Title."
  Blog (blog), Site`; Harvard's `'Title', Journal, 19(40)`), unless a colon and a subtitle in
  small letters follow it (`«Служу Советскому Союзу!»: армия и общество …`). The quote that
  closes is the one that balances the opening: a name in the same marks inside the title
  closes first (`«Участник банкета объяснил выкрики «Жизнь ворам!» на Кавказе»`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.volumes import volume_number
from citekit.languages import available_languages, language

__all__ = [
    "body_before_quote",
    "honorific_head",
    "ordinal_head",
    "quote_closes_title",
    "quoted_head",
    "title_head",
    "title_through_and",
]

_IMPRINT: Final = frozenset({"publisher", "publisher-place"})


def title_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an imprint's run that a colon joins to the title after it made the title's
    head, when the title is followed by a place and a publisher of its own."""
    out = list(found)
    for j in range(len(out) - 2):
        label, a, _ = out[j]
        colon, title = out[j + 1], out[j + 2]
        if label not in _IMPRINT or title[0] != "title" or colon[0] != OTHER:
            continue
        if [t.text for t in tokens[colon[1] : colon[2]]] != [":"]:
            continue
        after = {run[0] for run in out[j + 3 :]}
        if after >= _IMPRINT:
            return [*out[:j], ("title", a, title[2]), *out[j + 3 :]]
    return out


_NUMBERS: Final = frozenset({"volume", "issue", "edition"})
_NAMES: Final = frozenset({"title", "container-title"})


def ordinal_head(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a lone number read as a volume, an issue or an edition given to the name
    its period opens (`III. Uluslararası … Sempozyumu`): no label word stands before it."""
    out = list(found)
    for j in range(len(out) - 2):
        label, a, b = out[j]
        dot, name = out[j + 1], out[j + 2]
        if (label not in _NUMBERS and label != name[0]) or b - a != 1 or name[0] not in _NAMES:
            continue
        if not volume_number(tokens[a].text) or dot[0] != OTHER or dot[2] != name[1]:
            continue
        if dot[2] - dot[1] != 1 or tokens[dot[1]].text != ".":
            continue
        if a > 0 and marks[a - 1] & _NUMBERS:
            continue  # `Cilt III. …`, `Vol. 5. …`: a labelled number
        out[j : j + 3] = [(name[0], a, name[2])]
        return out
    return out


_AFTER_AND: Final = frozenset({"author", "editor", "container-title", "publisher"})


def title_through_and(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the run after a title and a bare "and" word between them given to the
    title, when the note has no other title, the run ends its sentence and more follows."""
    out = list(found)
    if sum(1 for label, _, _ in out if label == "title") != 1:
        return out
    for j in range(len(out) - 2):
        title, between, after = out[j], out[j + 1], out[j + 2]
        if title[0] != "title" or between[0] != OTHER or after[0] not in _AFTER_AND:
            continue
        if between[2] - between[1] != 1 or "and" not in marks[between[1]]:
            continue
        if not tokens[between[1]].text.isalpha():
            continue  # `&` joins names
        end = after[2]
        if end < len(tokens) and tokens[end].text not in ".(":
            continue  # a list of names goes on (`Title and A. Smith, B. Jones`)
        if all(run[0] == OTHER for run in out[j + 3 :]):
            continue  # `Gurbanow we Döwranowa.`: two names alone are a short note's authors
        out[j : j + 3] = [("title", title[1], end)]
        return out
    return out


@functools.cache
def _honorifics() -> frozenset[str]:
    """The academic and courtesy titles of every language (`[names] honorific`), with a period."""
    found = (w for code in available_languages() for w in language(code).honorifics)
    return frozenset(w if w.endswith(".") else w + "." for w in found)


# what a body's name may hold besides words (`T.C. Dışişleri Bakanlığı`, `Ernst & Young`)
_HEAD: Final = {".": True, "&": True, "-": True}


def body_before_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name that heads the note up to its comma (`Center for Strategic
    and International Studies, "…"`), whatever the model made of it, made the author when a
    quoted name follows the comma and no author was found elsewhere; the quoted name is the
    title."""
    comma = next((i for i, t in enumerate(tokens) if not _HEAD.get(t.text, t.text.isalpha())), None)
    if comma is None or comma == 0 or tokens[comma].text != ",":
        return list(found)
    if comma + 1 >= len(tokens) or tokens[comma + 1].text not in QUOTES:
        return list(found)
    if any(label == "author" and a >= comma for label, a, _ in found):
        return list(found)
    hosts = [a for label, a, _ in found if label == "container-title"]
    if any(a < comma for a in hosts) and not any(a > comma for a in hosts):
        return list(found)  # `Газета.ру, “…”`: a site's name before the title is its host,
        # unless a host follows (`U.S. Energy Information Administration, “…,” Country …`)
    if not is_organisation(" ".join(t.text for t in tokens[:comma])):
        return list(found)
    quoted = next((run for run in found if run[1] == comma + 2 and run[0] in _NAMES), None)
    if quoted is None:
        return list(found)
    out = painted(painted(list(found), ("author", 0, comma)), (OTHER, comma, comma + 2))
    return painted(out, ("title", quoted[1], quoted[2]))


_NAME_WORDS: Final = 4  # words of a person's name after its academic titles at most
# what the model may call the work after its author's comma, when it found no title
_WORK_SLOT: Final = frozenset({"container-title", "editor", "translator", "author"})


def honorific_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the name academic titles open the note with (`Prof. Dr. Ahmet Kaya, …`)
    read as the author up to its comma, and the work after the comma as the title when the
    model gave the name's words to a title or a host."""
    k = 0
    while (
        k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k].text + "." in _honorifics()
    ):
        k += 2
    if k == 0:
        return list(found)
    comma = next(
        (i for i in range(k, min(len(tokens), k + _NAME_WORDS + 1)) if tokens[i].text == ","), None
    )
    if comma is None or comma == k or not all(t.text[:1].isupper() for t in tokens[k:comma]):
        return list(found)
    if any(label == "author" and a >= comma for label, a, _ in found):
        return list(found)
    out = painted(painted(list(found), ("author", 0, comma)), (OTHER, comma, comma + 1))
    if not any(label == "title" for label, _, _ in out):
        after = next((j for j, run in enumerate(out) if run[1] > comma and run[0] != OTHER), None)
        placed = after is not None and any(r[0] == "publisher-place" for r in out[after + 1 :])
        slot = _WORK_SLOT | {"publisher"} if placed else _WORK_SLOT  # the place's publisher later
        if after is not None and out[after][0] in slot and out[after][1] == comma + 1:
            out[after] = ("title", out[after][1], out[after][2])
        elif (
            after is not None and out[after][0] == "publisher-place" and out[after][1] == comma + 1
        ):
            # `Doç. Dr. Ahmet Taşağıl, Gök-Türkler, Ankara: TTK`: the work, then the place
            _, a, b = out[after]
            inner = next((i for i in range(b - 2, a, -1) if tokens[i].text == ","), None)
            if inner is not None:
                out[after : after + 1] = [("title", a, inner), (OTHER, inner, inner + 1)]
                out.insert(after + 2, ("publisher-place", inner + 1, b))
    return out


_QUOTED_NAMES: Final = frozenset({"author", "editor"})


def quoted_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name in quotes that opens the note (`"Turkmenistan," The World Factbook,
    …`) read as the title, not a person: quotes enclose a work's name, never its author's; the
    title the model found after it is then the host."""
    if not tokens or tokens[0].text not in QUOTES:
        return list(found)
    closer = QUOTES[tokens[0].text]
    end = next((k for k in range(1, len(tokens)) if tokens[k].text == closer), None)
    if end is None:
        return list(found)
    inside = [run for run in found if run[1] < end and run[2] > 0 and run[0] != OTHER]
    if not inside or any(run[0] not in _QUOTED_NAMES for run in inside):
        return list(found)
    out = painted(list(found), ("title", 1, end))
    after = next((j for j, run in enumerate(out) if run[1] > end and run[0] != OTHER), None)
    if after is not None and out[after][0] == "title":
        out[after] = ("container-title", out[after][1], out[after][2])
    return out


_CLOSING_MARKS: Final = frozenset({".", ",", "?", "!"})
_ENGLISH_CLOSERS: Final = frozenset({'"', "”"})


def quote_closes_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title that the model ran on past its closing quote, the title's
    own period or comma inside it (Chicago's `"Turkmenistan's Foreign Policy." Qishloq Ovozi
    (blog), RFE/RL`, Wikipedia's `"Göbeklitepe". Kültür Portalı.`), ended at the quote: the words
    after it are the host, when none is named."""
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        closer = QUOTES[tokens[a - 1].text]
        c = _outer_close(tokens, a, b, tokens[a - 1].text)
        if c is None:
            continue
        # the title's mark inside its quotes, or the sentence's after them (`"Title". Site.`;
        # GOST's `«Title». Genre` goes on with the title's own words)
        outside = tokens[c - 1].text not in _CLOSING_MARKS and tokens[c + 1].text == "."
        outside = outside and closer in _ENGLISH_CLOSERS
        if tokens[c - 1].text not in _CLOSING_MARKS and not outside:
            continue
        after = c + 2 if outside else c + 1
        if not any(t.text.isalnum() for t in tokens[after:b]) or _subtitled(tokens, c, b):
            continue
        hosted = any(run[0] == "container-title" for run in out)
        host = next((run for run in out[j + 1 :] if run[0] != OTHER), None)
        if outside and host is not None and host[0] == "container-title" and host[1] <= b + 1:
            hosted = False  # `"Title". Radio Free Europe/Radio Liberty.`: one host's two halves
        rest = (OTHER if hosted else "container-title", after, b)
        end = c if outside or tokens[c - 1].text in "?!" else c - 1  # `?` is the title's
        out[j : j + 1] = [("title", a, end), (OTHER, end, after), rest]
        return out
    return _single_quoted(tokens, out)


def _outer_close(tokens: list[Token], a: int, b: int, opener: str) -> int | None:
    """Where the quote opened before `a` closes inside the run `a:b`, past the quotes of the same
    marks the title opens inside itself (`«Участник банкета объяснил выкрики «Жизнь ворам!» на
    Кавказе»`: the first `»` closes the inner name), else None."""
    closer = QUOTES[opener]
    depth = 0
    for k in range(a + 1, b - 1):
        text = tokens[k].text
        if text == closer:
            if depth == 0:
                return k
            depth -= 1
        elif text == opener and opener != closer:
            depth += 1
    return None


def _subtitled(tokens: list[Token], c: int, b: int) -> bool:
    """Whether a colon after the closing quote at `c` opens a subtitle in small letters inside
    the run (`«Служу Советскому Союзу!»: армия и общество в 1920-е гг. //`): the title's."""
    word = tokens[c + 2].text if c + 2 < b else ""
    return tokens[c + 1].text == ":" and word.isalpha() and word.islower()


_SINGLE: Final = {"'": "'", "‘": "’"}  # Harvard's quotes: an opening mark and its closing one


def _single_quoted(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title in single quotes (Harvard: `'Title', Journal, 19(40)`) that the
    model ran on past its closing quote ended there: the closing quote is followed by a comma
    or a period (an apostrophe stands between letters: `Turkmenistan's`); the host after it,
    with its volume and issue, is the journal's when none is named."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in _SINGLE:
            continue
        closer = _SINGLE[tokens[a - 1].text]
        c = next(
            (
                k
                for k in range(a + 1, b - 2)
                if tokens[k].text == closer
                and tokens[k + 1].text in ",."
                and tokens[k].start == tokens[k - 1].end
            ),
            None,
        )
        if c is None or any(run[0] == "container-title" for run in found):
            continue
        # Harvard's `in` before a collection's or a reference work's name is no word of it
        # (`'Khiva', in The Oxford Encyclopedia of the Islamic World. Oxford: …`)
        d = c + 2
        if d + 1 < b and tokens[d].text in ("in", "In"):
            d += 2 if tokens[d + 1].text == ":" else 1
        host = _host_numbers(tokens, d, b)
        return [*found[:j], ("title", a, c), (OTHER, c, d), *host, *found[j + 1 :]]
    return found


def _host_numbers(tokens: list[Token], a: int, b: int) -> list[Run]:
    """A journal's run `a`..`b` split from the volume and issue it ends with (`Monitor, 19(40)`)."""
    words = [t.text for t in tokens[a:b]]
    if (
        len(words) >= 6
        and words[-5:-4] == [","]
        and words[-4].isdecimal()
        and words[-3] == "("
        and words[-2].isdecimal()
        and words[-1] == ")"
    ):
        return [
            ("container-title", a, b - 5),
            (OTHER, b - 5, b - 4),
            ("volume", b - 4, b - 3),
            (OTHER, b - 3, b - 2),
            ("issue", b - 2, b - 1),
            (OTHER, b - 1, b),
        ]
    return [("container-title", a, b)]
