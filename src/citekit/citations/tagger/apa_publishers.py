"""An edited book's or proceedings' publisher as APA writes it: after the host and its pages'
bracket, closing the entry before its address (`In Proceedings of the … Conference (pp.
211–220). ACM. https://doi.org/…`, `In T. Ng (Ed.), Host (pp. 3–9). Routledge.`). The model,
having read the host, may read the house's short name as a second host; in that place a
name is the publisher, as it is after a book's edition bracket (`Title (Rev. ed.). Carnegie
Endowment for International Peace.`: a periodical has no edition). A body's name closing a
book's title is its publisher too (`body_closing_title`), and so is the body that signs the
entry named again before the address (`International Monetary Fund. (2022). Title. IMF.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.meetings import names_meeting
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_cue, has_type_cue
from citekit.languages import shipped_words

__all__ = [
    "blog_closing_title",
    "body_as_own_house",
    "body_closing_title",
    "meeting_closing_title",
    "publisher_after_edition",
    "publisher_after_pages",
]

_MISREAD: Final = frozenset({"container-title", "title", "author"})
_AFTER: Final = frozenset({"URL", "DOI", "accessed"})
# a periodical's, a reference work's or a news site's words (`[words]`): a host's name
_PERIODICALS: Final = ("journal", "periodical", "encyclopedia", "dictionary", "news_site")
_BODY_WORDS: Final = 2  # a body's name has two words at least (`Nauka` is read already)


def _pages_bracket(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether run j is a page range in brackets, the bracket closed by `) .` (`(pp. 2–9).`)."""
    if j == 0 or j + 1 >= len(found) or found[j][0] != "page":
        return False
    before, after = found[j - 1], found[j + 1]
    opened = [t.text for t in tokens[before[1] : before[2]]]
    closed = [t.text for t in tokens[after[1] : after[2]]]
    return before[0] == OTHER and "(" in opened and after[0] == OTHER and closed == [")", "."]


def _closes(tokens: list[Token], found: list[Run], k: int) -> bool:
    """Whether run k closes the entry, maybe before its address or DOI."""
    rest = [r for r in found[k + 1 :] if r[0] != OTHER]
    if any(r[0] not in _AFTER for r in rest):
        return False
    b = found[k][2]
    return b == len(tokens) or tokens[b].text in {".", ","}


def publisher_after_pages(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with such a name read as the publisher (see the module's doc)."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "container-title" not in labels:
        return found
    for j in range(1, len(found) - 2):
        if not _pages_bracket(tokens, found, j) or found[j + 2][0] not in _MISREAD:
            continue
        if "container-title" not in labels[:j] or not _closes(tokens, found, j + 2):
            continue
        _, a, b = found[j + 2]
        if not tokens[a].text[:1].isupper():
            continue
        return [*found[: j + 2], ("publisher", a, b), *found[j + 3 :]]
    return found


def body_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name read as the title's last sentence given to the publisher, in
    APA's `Author. (Year). Title. Publisher.` (`Ščerbak, A. M. (1997). Rannie … svjazi.
    Institut lingvističeskich issledovanij RAN.`): after the bracketed date, the title's last
    sentence that names a body (`is_organisation`), has no digit and closes the entry or
    stands before its address, is the house that published it. So in a page's reference that
    opens with its title and closes with its access date (`_site_page`), unless its first
    sentence names a body too (Vancouver's group author: `Republican Center for …. Title`)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or not (_dated(tokens, found, j) or _site_page(found, j)):
            continue
        if j + 2 < len(found) and found[j + 2][0] not in _AFTER:
            return found
        stops = [k for k in range(a + 1, b - 1) if tokens[k].text == "."]
        if not stops or any(t.text in "()" for t in tokens[stops[-1] : b]):
            return found
        k = stops[-1]
        words = tokens[k + 1 : b]
        if len(words) < _BODY_WORDS or any(t.text[:1].isdigit() for t in words):
            return found
        if tokens[k - 1].text.isalpha() and len(tokens[k - 1].text) < _BODY_WORDS:
            return found  # `T.C. Dışişleri Bakanlığı …`: an abbreviation's period, no sentence's
        if not words[0].text[:1].isupper() or not is_organisation(written_text(tokens, k + 1, b)):
            return found
        first = next(m for m in range(a + 1, b) if tokens[m].text == ".")
        if _site_page(found, j) and first < k and is_organisation(written_text(tokens, a, first)):
            return found  # `Republican Center for …. Title [Internet]. [cited …]`: the body opens
        return [
            *found[:j],
            ("title", a, k),
            (OTHER, k, k + 1),
            ("publisher", k + 1, b),
            *found[j + 1 :],
        ]
    return found


def _dated(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether title run j follows APA's bracketed date (`(1997).`)."""
    if j < 2 or found[j - 2][0] != "issued":
        return False
    return [t.text for t in tokens[found[j - 1][1] : found[j - 1][2]]] == [")", "."]


def _site_page(found: list[Run], j: int) -> bool:
    """Whether title run j opens the note and only its access date or address follows, as
    Wikipedia renders a page with no author and no site's name (`Title. Бюро национальной
    статистики …. Дата обращения: 14 июля 2021.`)."""
    rest = [r[0] for r in found[j + 1 :] if r[0] != OTHER]
    return j == 0 and bool(rest) and all(label in _AFTER for label in rest)


def blog_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a blog's name read as the title's last sentence given to the host, in
    APA's `Author. (Date). Title. Blog Name. Publisher. URL` (`… shell production. Military
    Balance Blog. International Institute for Strategic Studies. https://…`): the sentence
    names a blog (`[types] blog`); a host the model read after it is the blog's publisher."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        stops = [k for k in range(a + 1, b - 1) if tokens[k].text == "."]
        if not stops or not has_type_cue("blog", written_text(tokens, stops[-1] + 1, b)):
            return found
        k = stops[-1]
        out = [*found[:j], ("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
        rest = found[j + 1 :]
        if len(rest) > 1 and rest[0][0] == OTHER and rest[1][0] == "container-title":
            rest = [rest[0], ("publisher", rest[1][1], rest[1][2]), *rest[2:]]
        return [*out, *rest]
    return found


def _last_sentence(tokens: list[Token], a: int, b: int) -> int | None:
    """The period that opens a run's last sentence, an ordinal's number and period with it
    (`… ilişkisi. 57. Ulusal Diyabet Kongresi`), or None."""
    stops = [k for k in range(a + 1, b - 1) if tokens[k].text == "."]
    if not stops:
        return None
    k = stops[-1]
    ordinal = len(stops) > 1 and stops[-2] == k - 2 and tokens[k - 1].text.isdecimal()
    return stops[-2] if ordinal else k


def meeting_closing_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a meeting's name read as the title's last sentence given to the host, in
    Vancouver's `Authors. Title. 57. Ulusal Diyabet Kongresi; 2021 …`: the sentence names a
    meeting (`meetings.names_meeting`: no book of documents' `материалы`), a paper's host."""
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        if a > 0 and tokens[a - 1].text in OPENING_MARKS:
            return found  # a quoted title's sentences are its own
        if b < len(tokens) and tokens[b].text == ":" and j + 2 < len(found):
            return _proceedings_after_colon(tokens, found, j)
        if b >= len(tokens) or tokens[b].text not in (";", ","):
            return found  # Vancouver's meeting runs on to its date (`Kongresi; 2021`); GOST's
            # `Итоги … форума / НП РСМД` is the title's own information
        k = _last_sentence(tokens, a, b)
        if k is None or k <= a + 1 or not names_meeting(written_text(tokens, k + 1, b)):
            return found
        if has_cue("conference", written_text(tokens, a, k)):
            return found  # the title names a meeting too: a paper on one
        out = [*found[:j], ("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
        return [*out, *found[j + 1 :]]
    return found


_KIND_TOKENS: Final = 12  # tokens of a host's kind after its colon looked at


def _proceedings_after_colon(tokens: list[Token], found: list[Run], j: int) -> list[Run]:
    """`found` with DSTU's host written after the paper's title with no `//` (`Title.
    Архівна справа в умовах цифровізації : матеріали Всеукр. наук.-практ. конф. (…)`): the
    title's last sentence is the proceedings' name when its kind after the colon names a
    meeting."""
    _, a, b = found[j]
    if found[j + 2][0] != "genre" or not names_meeting(
        written_text(tokens, b + 1, min(len(tokens), b + 1 + _KIND_TOKENS))
    ):
        return found
    k = _last_sentence(tokens, a, b)
    if k is None or k <= a + 1 or (a > 0 and tokens[a - 1].text in OPENING_MARKS):
        return found
    out = [*found[:j], ("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
    out = [*out, *found[j + 1 :]]
    window = range(b + 1, min(len(tokens), b + 1 + _KIND_TOKENS))
    close = next((i for i in window if tokens[i].text == "("), None)
    if close is not None and tokens[close - 1].text == ".":
        out = painted(out, ("genre", b + 1, close))  # the kind whole, its abbreviations' periods
    return out


def publisher_after_edition(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the host run that closes a book's entry after its edition's bracket read as
    the publisher (see the module's doc)."""
    labels = [run[0] for run in found]
    if "publisher" in labels or "edition" not in labels:
        return found
    j = labels.index("edition")
    k = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
    if k is None or found[k][0] != "container-title" or "container-title" in labels[:j]:
        return found
    between = [t.text for t in tokens[found[j][2] : found[k][1]]]
    if ")" not in between or between[-1:] != ["."] or not _closes(tokens, found, k):
        return found
    host = written_text(tokens, found[k][1], found[k][2])
    if any(has_cue(cue, host) for cue in _PERIODICALS):
        return found  # `(2nd ed.). Journal of Islamic Studies.`, `Wikipedia`: a host's name
    return painted(found, ("publisher", found[k][1], found[k][2]))


def _own_name(body: list[str], host: list[str]) -> bool:
    """Whether `host`'s words name the body `body` again: its acronym (`IMF` of `International
    Monetary Fund`) or its head of two words or more (`United Nations` of `United Nations
    Conference on Trade and Development`)."""
    capitals = "".join(w[0] for w in body if w[:1].isupper())
    if len(host) == 1 and host[0].isupper() and len(host[0]) > 1:
        return host[0] == capitals
    return 1 < len(host) < len(body) and body[: len(host)] == host


def body_as_own_house(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run that names the body that signs the entry again, before its
    address, read as the publisher (APA's report: `International Monetary Fund. (2022). Title.
    IMF. https://…`): a body publishing its own report under its acronym or its head's name,
    no site's name; a page dated by its day is the body's site's item."""
    if not found or found[0][0] != "author":
        return found
    body = [t.text for t in tokens[found[0][1] : found[0][2]] if t.text.isalnum()]
    if len(body) < _BODY_WORDS or not is_organisation(" ".join(body)):
        return found
    days = [
        r
        for r in found
        if r[0] == "issued" and sum(t.text.isalnum() for t in tokens[r[1] : r[2]]) > 1
    ]
    if days:
        return (
            found  # `Vakfı. (2022, 14 Şubat). Title. TEPAV.`: a page dated by its day, on its site
        )
    for j, (label, a, b) in enumerate(found[1:], 1):
        if label != "container-title":
            continue
        rest = [r[0] for r in found[j + 1 :] if r[0] != OTHER]
        host = [t.text for t in tokens[a:b] if t.text.isalnum()]
        if rest and all(r in _AFTER for r in rest) and _own_name(body, host):
            named = " ".join(host)
            company = body[-1] in shipped_words("company_abbreviations")  # `Asia Times … Ltd.`
            if company or news_outlet(named) or has_type_cue("magazine", named):
                return found  # `Demirören Haber Ajansı. (2022, 18 Ekim). Title. DHA.`: its site
            return painted(found, ("publisher", a, b))
        return found
    return found
