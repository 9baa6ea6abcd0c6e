"""Where a news or web source's title ends when the model ran it on: facts of how headlines are
written before their site and date.

- A spaced dash closes the headline before its site's name when the site and then the date
  follow (`Токаев подписал закон — РБК, 12.03.2021`, `Title – Anadolu Ajansı, 5 Mart 2022`):
  sites and news agencies print `Headline — Site` as their page's name.
- A headline's question or exclamation mark closes it when a short capitalised name and then
  the date follow (`Putin's Russia: Still Dangerous! Brookings, 2015`).
- A site's or newspaper's name never holds a question mark: a host run that does was the
  title's end (`NE OLDU, NE OLACAK? Yeni Şafak, 7 Ocak 2022`).
- A bracketed mark of the work's kind that closes the title run outside its quotes
  (`Türkiye'nin Orta Asya politikası (Rapor). İstanbul: …`, `[words] work_marks`) tells the
  kind of work, not its name.
- A site named by its address keeps the address's end (`Газета.uz`, `Kapital.kz`): a host run
  that stops before a glued period and a domain's short lower-case end takes them in.
- A name is written in capitalised words: an opening "author" run with a plain lower-case word
  (no family's particle or suffix) before a colon and the title was the title's head
  (`Altyn asyr: Türkmenistanyň taryhy. Aşgabat: …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import lower
from citekit.citations.names import family_particles, family_suffixes
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.marked import kind_marks
from citekit.citations.tagger.tokens import DASHES, Token, text_set
from citekit.languages import available_languages, language, shipped_words

__all__ = ["closed_title"]

_ENDS: Final = frozenset({"?", "!"})
_SPLITS: Final = DASHES | _ENDS
_MAX_SITE: Final = 6  # tokens of a site's name after a dash or a headline's `?` at most
_SHORT: Final = 3  # letters of a short word (`al`, `ed.`) a name's run may hold in lower case
_MAX_MARK: Final = 3  # words of a work's kind in brackets at most (`Press release`)
_CLOSING: Final = frozenset("»”\"“'’")


@functools.cache
def _name_words() -> frozenset[str]:
    """The lower-case words a name or a list of names holds: families' particles and suffixes
    (`van`, `uly`) and the word `and` of each shipped language."""
    ands = {lower(w) for w in shipped_words("and_")}
    return family_particles() | family_suffixes() | ands


@functools.cache
def _links() -> frozenset[str]:
    """The lower-case words a site's name may hold (`Carnegie Endowment for International
    Peace`): title case's small words (`[casing] title_lowercase`) and `_name_words`."""
    small = (w for c in available_languages() for w in language(c).title_lowercase)
    return frozenset(w for w in small if " " not in w) | _name_words()


def _spaced(tokens: list[Token], k: int) -> bool:
    """Whether token `k` stands apart from both its neighbours."""
    return 0 < k < len(tokens) - 1 and (
        tokens[k - 1].end < tokens[k].start and tokens[k].end < tokens[k + 1].start
    )


def _name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` read as a site's short name: capitalised words (small linking
    words between), no other punctuation than a glued period (`Kommersant.ru`)."""
    if not 0 < b - a <= _MAX_SITE or not tokens[a].text[0].isupper():
        return False
    for k in range(a, b):
        text = tokens[k].text
        if text[0].isalnum():
            if not (text[0].isupper() or text[0].isdigit() or text in _links()):
                return False
        elif text != "." or not _glued(tokens, k):
            return False
    return True


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is glued to the tokens on both sides (`Kommersant.ru`)."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def _dated(tokens: list[Token], found: list[Run], j: int, b: int) -> bool:
    """Whether the run after run `j` (ending at `b`), past a comma or a period, is a date."""
    if b >= len(tokens) or tokens[b].text not in ",.":
        return False
    rest = [run for run in found[j + 1 :] if not (run[0] == OTHER and run[2] - run[1] == 1)]
    return bool(rest) and rest[0][0] == "issued" and rest[0][1] <= b + 1


def _site_split(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """The title run cut before its dash or after its `?`/`!` when a site's name and a date
    follow it; None when no title run ends so."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or not _dated(tokens, found, j, b):
            continue
        for k in range(b - 2, max(a, b - _MAX_SITE - 2), -1):
            text = tokens[k].text
            if text in DASHES and _spaced(tokens, k) and k > a and _name(tokens, k + 1, b):
                if tokens[k - 1].text in ".:":
                    return None  # GOST's area dash (`Title. — М.`), not a site's
                return painted(painted(found, ("title", a, k)), ("container-title", k + 1, b))
            if text in _ENDS and k > a + 1 and _name(tokens, k + 1, b):
                cut = painted(found, ("title", a, k + 1))
                return painted(cut, ("container-title", k + 1, b))
    return None


def _asked_host(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """The host run that holds a question mark given up to it to the title run just before it
    (a comma between), or None."""
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label != "container-title" or found[j - 2][0] != "title":
            continue
        between = found[j - 1]
        if between[0] != OTHER or between[2] - between[1] != 1 or tokens[between[1]].text != ",":
            continue
        ask = next((k for k in range(a, b - 1) if tokens[k].text == "?"), None)
        if ask is None or not _name(tokens, ask + 1, b):
            continue
        out = painted(found, ("title", found[j - 2][1], ask + 1))
        return painted(out, ("container-title", ask + 1, b))
    return None


def _kind_mark(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """The title run with its closing bracketed kind of work (`(Rapor)`) given to no field, or
    None when no title run closes so."""
    marks = kind_marks()
    for label, a, b in found:
        end = b - 1 if tokens[b - 1].text == "." else b
        if label != "title" or end - a < 4 or tokens[end - 1].text != ")":
            continue
        if end < len(tokens) and tokens[end].text in _CLOSING:
            continue  # `"… Hard Power (Report)"`: inside the quotes, the title's words
        opening = next(
            (k for k in range(end - 2, max(a, end - _MAX_MARK - 2), -1) if tokens[k].text == "("),
            None,
        )
        if opening is None or opening <= a or tokens[opening - 1].text in _CLOSING:
            continue
        words = "".join(t.text for t in tokens[opening + 1 : end - 1]).casefold()
        if words in marks:
            while tokens[opening - 1].text == ")":  # `Title (PDF) (Report).`: marks one after one
                before = next(
                    (
                        k
                        for k in range(opening - 2, max(a, opening - _MAX_MARK - 3), -1)
                        if tokens[k].text == "("
                    ),
                    None,
                )
                inside = "".join(t.text for t in tokens[before + 1 : opening - 1]) if before else ""
                if before is None or inside.casefold() not in marks:
                    break
                opening = before
            return painted(painted(found, ("title", a, opening)), (OTHER, opening, b))
    return None


def _domain_end(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """The host run carried over its address's glued end (`Газета` `.uz`), or None."""
    for label, a, b in found:
        if label != "container-title" or b + 1 >= len(tokens) or tokens[b].text != ".":
            continue
        end = tokens[b + 1].text
        domain = end.isascii() and end.isalpha() and end.islower() and len(end) <= _SHORT + 1
        if domain and _glued(tokens, b) and (b + 2 == len(tokens) or tokens[b + 2].text in ",.("):
            return painted(found, ("container-title", a, b + 2))
    return None


def _worded_head(tokens: list[Token], found: list[Run]) -> list[Run] | None:
    """The opening author run given to the title after it when a plain lower-case word in it
    tells no name (`Altyn asyr: …`), or None."""
    if len(found) < 3 or found[0][0] != "author" or found[0][1] != 0:
        return None
    _, a, b = found[0]
    colon, title = found[1], found[2]
    if tokens[colon[1]].text != ":" or colon[2] - colon[1] != 1 or title[0] != "title":
        return None
    words = [t.text for t in tokens[a:b]]
    if not all(w.isalpha() for w in words) or not words[0][0].isupper():
        return None
    kept = _name_words()
    if any(w.islower() and len(w) > _SHORT and lower(w) not in kept for w in words[1:]):
        return painted(found, ("title", a, title[2]))
    return None


def closed_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a headline closed before its site's name, its host's question mark given
    back, or its bracketed kind of work left out (see the module's facts)."""
    out = list(found)
    texts = text_set(tokens)  # one look-up each: most notes have none of these marks
    if not texts.isdisjoint(_SPLITS):
        out = _site_split(tokens, out) or out
    if "?" in texts:
        out = _asked_host(tokens, out) or out
    if ")" in texts:
        out = _kind_mark(tokens, out) or out
    if ":" in texts:
        out = _worded_head(tokens, out) or out
    if "." in texts:
        out = _domain_end(tokens, out) or out
    return out
