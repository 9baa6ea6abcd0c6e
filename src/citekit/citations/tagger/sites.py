"""A web source's site is a sentence of its own after the title: Wikipedia's cite templates
(`Перепис за 2009 рік (PDF). Державна служба статистики України. Архів оригіналу за …
Процитовано …`) and GOST's and DSTU's electronic sources (`Автор. Назва. Освіторія. 2023.
URL: … (дата звернення: …)`) write `Title. Site.` before the date, the address and the access
date. When the model ran the title over the site's sentence, in a note read online (an access
date, or an archived copy) that names no host and no book's imprint, the title's last short
sentence is the site when the date, the access date or the archived copy follows it (an
address or a slash follows a subtitle as often: `Aýakgap. Çeýeligi kesgitlemegiň usuly. URL:
…`).

An address tells its site without a date: when the title's last short sentence spells the
address's host (`Energy Security in the Caspian. Chatham House. URL: https://www.chathamhouse.org/…`,
`The Diplomat` beside `thediplomat.com`, `Anadolu Agency` by its initials beside `aa.com.tr`),
or names a body (`…. Dışişleri Bakanlığı. URL: https://www.mfa.gov.tr/…`), that sentence is
the site, whatever follows it (`address_site`)."""

from __future__ import annotations

import functools
from typing import Final
from urllib.parse import urlsplit

from citekit._text import host_folded, unmixed
from citekit.citations._words import lower
from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_type_words

__all__ = [
    "address_site",
    "body_site",
    "format_mark",
    "modified_label",
    "modified_phrases",
    "site_before_date",
    "site_first",
    "site_sentence",
    "spells_host",
]

# a file's format that Wikipedia's cite templates write after the title (`format=`)
_FORMATS: Final = frozenset(
    {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "djvu", "odt"}
)

_MIN_WORD: Final = 3  # letters of the word a title's sentence ends with (no `гг.`, `А.`)
_MAX_SITE: Final = 10  # words of a site's name at most (`Бюро национальной статистики Агентства …`)
# what may follow a site's sentence: its date and the parts of a source read online
_AFTER: Final = frozenset({OTHER, "issued", "accessed", "URL", "DOI"})
# a host or a book's imprint or numbers: the sentence after the title is no site
_PRINTED: Final = frozenset(
    {
        "container-title",
        "collection-title",
        "publisher",
        "publisher-place",
        "number-of-pages",
        "ISBN",
        "edition",
        "volume",
        "issue",
        "page",
        "genre",
    }
)


def _ends_sentence(tokens: list[Token], i: int) -> bool:
    """Whether the period at `i` ends a sentence: glued to a word of three letters or more, a
    number (`перепис населення 2001.`) or a bracket's close (`(PDF).`), a capitalised word
    after it."""
    before, after = tokens[i - 1], tokens[i + 1]
    if tokens[i].text != "." or before.end != tokens[i].start:
        return False
    worded = before.text.isalnum() and len(before.text) >= _MIN_WORD  # a word or a year
    if not (worded or before.text == ")"):
        return False
    return after.text[:1].isupper() and after.text[:1].isalpha()


def _cut(tokens: list[Token], a: int, b: int) -> int | None:
    """The period inside the title's run `a`..`b` after which its last sentence, a site's
    short name, opens; None when there is none."""
    end = b - 1 if tokens[b - 1].text == "." else b
    for i in range(end - 2, a, -1):
        if tokens[i].text != ".":
            continue
        if not _ends_sentence(tokens, i):
            return None
        words = [t.text for t in tokens[i + 1 : end]]
        named = sum(1 for w in words if w[:1].isalpha())
        if named > _MAX_SITE or any(w[:1].isdigit() for w in words):
            return None
        return i
    return None


def _bracket_before(tokens: list[Token], a: int, cut: int) -> int:
    """Where the title ends before its period at `cut`: before a bracketed mark that closes it
    (`(PDF)`), else at the period."""
    if tokens[cut - 1].text != ")":
        return cut
    opened = next((k for k in range(cut - 2, a, -1) if tokens[k].text == "("), None)
    return opened if opened is not None else cut


def _dated_after(tokens: list[Token], marks: list[set[str]], found: list[Run], b: int) -> bool:
    """Whether the site's date, an access date or an archived copy's words come right after
    token `b` (`Освіторія. 2023.`, `Росстат. Дата обращения: …`, `(PDF). Архів оригіналу …`),
    brackets and punctuation apart: an address or a slash there follows a subtitle as often."""
    k = b
    while k < len(tokens) and not tokens[k].text[:1].isalnum():
        k += 1
    if k == len(tokens):
        return False
    if "Barchived" in marks[k] or "Baccessed" in marks[k]:
        return True
    return any(label in ("issued", "accessed") and a <= k < c for label, a, c in found)


def site_sentence(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the site's sentence at the end of a web source's title read as the host."""
    labels = [label for label, _, _ in found]
    if labels.count("title") != 1 or not _PRINTED.isdisjoint(labels):
        return list(found)
    online = "accessed" in labels or "Barchived" in marks_union(marks)
    if not online:
        return list(found)
    j = labels.index("title")
    if any(label not in _AFTER for label in labels[j + 1 :]):
        return list(found)
    _, a, b = found[j]
    if not _dated_after(tokens, marks, found, b):
        return list(found)
    cut = _cut(tokens, a, b)
    if cut is None:
        return list(found)
    end = _bracket_before(tokens, a, cut)
    if end <= a:
        return list(found)
    site_end = b - 1 if tokens[b - 1].text == "." else b
    return painted(painted(found, (OTHER, end, b)), ("container-title", cut + 1, site_end))


def format_mark(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a file's format in brackets that closes a title run (`Перепис за 2009 рік
    (PDF). Архів оригіналу …`) given to no field: it tells the file, not the work's name."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        end = b - 1 if tokens[b - 1].text == "." else b
        if label != "title" or end - a < 4 or tokens[end - 1].text != ")":
            continue
        # a format's name typed with a twin letter of another alphabet (`РDF`) is the name
        if tokens[end - 3].text == "(" and unmixed(tokens[end - 2].text).casefold() in _FORMATS:
            out[j : j + 1] = [("title", a, end - 3), (OTHER, end - 3, b)]
            return out
    return out


# what may stand beside a title and a body's site: the site's date and a source read online
_BESIDE_BODY: Final = frozenset({OTHER, "issued", "accessed", "URL"})
_INITIALS_MAX: Final = 2  # letters of an initial (`А`, `Ж`, `Sh`)
_NAMED: Final = frozenset(
    {"title", "author", "genre"}
)  # the runs a page's name and its body's take
_IMPRINT: Final = frozenset(
    {OTHER, "publisher-place", "issued", "number-of-pages", "URL", "accessed"}
)
_QUOTES: Final = frozenset("«»“”„\"'‘’")


def _body_named(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` name a body or a site: an organisation's head word of a
    language file (`Бюро национальной статистики`, `Ұлттық статистика бюросы`) or a site's
    word (`Официальный сайт Президента`), and no digit; a body's name opens on a capital."""
    written = " ".join(t.text for t in tokens[a:b])
    if any(t.text[:1].isdigit() for t in tokens[a:b]):
        return False
    if has_type_cue("site", written):
        return True
    # a body's name opens on a capital (`speech at the plenary session of the … Forum`: no body)
    return a < b and not tokens[a].text[:1].islower() and is_organisation(written)


def _person_shaped(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a run reads as a person's name: one word, an initial (`Н. А.`), a comma or a
    given name of the language files (`Serkan Kaya`)."""
    if b - a < 2:
        return True
    return any(
        t.text == ","
        or (t.text.isalpha() and t.text[:1].isupper() and len(t.text) <= _INITIALS_MAX)
        or lower(t.text) in given_names()
        for t in tokens[a:b]
    )


def _quoted(tokens: list[Token], a: int) -> bool:
    """Whether the run at `a` opens inside quotes: a quoted title is the title."""
    return a > 0 and tokens[a - 1].text in _QUOTES


def body_site(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's or a site's name that is a sentence of its own after the title
    read as the host: statistics offices' and ministries' pages (`Население Казахстана. Бюро
    национальной статистики. https://…`, `Ключевые показатели. Министерство труда РК. URL: …`)
    name the page, then the body whose site holds it, and no person; a report with a place
    and no publisher names the body that issued it so. A body's name after the title's comma,
    read as an author, is the site too (`Paris Anlaşması, T.C. Dışişleri Bakanlığı (Erişim
    Tarihi: …)`)."""
    labels = [label for label, _, _ in found]
    rest = {label for label in labels if label not in _NAMED}
    # a report's imprint with no publisher: the body's sentence is the one that issued it
    # (`Доклад о развитии … 2020 год. Министерство экономики РК. – Нур-Султан, 2021. – 120 с.`)
    issued_by = "publisher-place" in rest and _IMPRINT.issuperset(rest)
    if "container-title" in labels or not (_BESIDE_BODY.issuperset(rest) or issued_by):
        return list(found)
    named = [j for j, label in enumerate(labels) if label != OTHER and label in _NAMED]
    if issued_by and (len(named) != 1 or labels[named[0]] != "title"):
        return list(found)
    host = "publisher" if issued_by else "container-title"
    if len(named) == 1 and labels[named[0]] == "title":
        _, a, b = found[named[0]]
        cut = _cut(tokens, a, b)
        if cut is None or cut <= a:
            return list(found)
        site_end = b - 1 if tokens[b - 1].text == "." else b
        if not _body_named(tokens, cut + 1, site_end) or _body_named(tokens, a, cut):
            return list(found)
        if _quoted(tokens, a):
            return list(found)
        return painted(painted(found, (OTHER, cut, b)), (host, cut + 1, site_end))
    if len(named) != 2:
        return list(found)
    first, a, b = found[named[0]]
    second, c, d = found[named[1]]
    if (first, second) == ("title", "author"):
        # `Title, T.C. Dışişleri Bakanlığı (Erişim Tarihi: …)`: a body named after the title,
        # whose name opens no note, is the site that holds the page (its initials no person's)
        if not is_organisation(" ".join(t.text for t in tokens[c:d])) or _quoted(tokens, c):
            return list(found)
        if _body_named(tokens, a, b) or [t.text for t in tokens[b:c]] != [","]:
            return list(found)
        return painted(found, ("container-title", c, d))
    if (first, second) not in (("author", "title"), ("title", "genre")):
        return list(found)
    if not _body_named(tokens, c, d) or _body_named(tokens, a, b):
        return list(found)
    if _quoted(tokens, a) or _quoted(tokens, c):
        return list(found)
    if first == "author" and _person_shaped(tokens, a, b):
        return list(found)
    out = list(found)
    out[named[0]] = ("title", a, b)
    out[named[1]] = ("container-title", c, d)
    return out


# letters a site's name needs to spell the start of its host's (`SETA`, setav.org)
_MIN_PREFIX: Final = 4
_ADDRESS_SITE: Final = 6  # words of a site's name spelled by its address, at most


def _host_names(url: str) -> tuple[str, ...]:
    """The names an address's host spells: its labels before the domain's end, and them
    joined (`tr.euronews.com` -> `tr`, `euronews`, `treuronews`)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ()
    labels = [host_folded(label) for label in host.removeprefix("www.").split(".")[:-1]]
    labels = [label for label in labels if label]
    return (*labels, "".join(labels)) if labels else ()


def spells_host(name: str, url: str) -> bool:
    """Whether a site's name as written spells the address's host: whole (`The Diplomat`,
    thediplomat.com), by a word of its (`Euronews Türkçe`, tr.euronews.com), by its start
    (`SETA`, setav.org) or by its initials (`Anadolu Agency`, aa.com.tr)."""
    hosts = _host_names(url)
    words = [host_folded(w) for w in name.split()]
    words = [w for w in words if w]
    if not hosts or not words:
        return False
    whole = "".join(words)
    initials = "".join(w[0] for w in words)
    for host in hosts:
        if whole == host or (len(words) > 1 and initials == host):
            return True
        if len(whole) >= _MIN_PREFIX and host.startswith(whole):
            return True
        if any(len(w) >= _MIN_PREFIX and w == host for w in words):
            return True
    return False


def address_site(tokens: list[Token], text: str, found: list[Run], url: str | None) -> list[Run]:
    """`found` with the title's last sentence as the site when it spells the address's host
    or names a body, in a note that names no host; and an author's run
    before a title that is only the site's name as the title (`Kazakh Foreign Policy After
    Nazarbayev. The Diplomat. URL: https://thediplomat.com/…`)."""
    if not url or any(label == "container-title" for label, _, _ in found):
        return list(found)
    labels = [label for label, _, _ in found]
    if labels.count("title") != 1 or not _PRINTED.isdisjoint(labels):
        return list(found)
    j = labels.index("title")
    _, a, b = found[j]
    end = b - 1 if tokens[b - 1].text == "." else b

    def spelled(s: int) -> bool:
        name = text[tokens[s].start : tokens[end - 1].end]
        if len(name.split()) > _ADDRESS_SITE:
            return False
        return spells_host(name, url) or (s > a and is_organisation(name))

    cut = _cut(tokens, a, b)
    if cut is not None and spelled(cut + 1):
        title_end = _bracket_before(tokens, a, cut)
        if title_end > a:
            return painted(painted(found, (OTHER, title_end, b)), ("container-title", cut + 1, end))
    before = [k for k in range(j) if labels[k] != OTHER]
    k = before[-1] if before else -1
    if k >= 0 and labels[k] == "author" and labels.count("author") == 1 and spelled(a):
        _, c, d = found[k]
        written = text[tokens[c].start : tokens[d - 1].end]
        if len(written.split()) >= _MIN_PREFIX and not any(ch in written for ch in ",;&"):
            # a name of four words or more, no list: the headline the site's name follows
            out = list(found)
            out[k] = ("title", c, d)
            out[j] = ("container-title", a, end)
            return out
    return list(found)


@functools.cache
def modified_phrases() -> tuple[tuple[str, ...], ...]:
    """The labels of a page's last change (`[types] modified`: `last modified`, `son
    güncelleme`) as case-folded words, longest first."""
    found = {tuple(w.casefold().split()) for w in shipped_type_words("modified")}
    return tuple(sorted(found, key=len, reverse=True))


@functools.cache
def _modified_lasts() -> frozenset[str]:
    """The last word of each label of `modified_phrases()`: a label closes a run only if its last
    word is one of the note's casefolded texts."""
    return frozenset(phrase[-1] for phrase in modified_phrases() if phrase)


def modified_label(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the label of a page's last change that closes a host's or a title's run
    (Chicago's `Wikipedia, last modified April 12, 2023`) given to no field: it labels the
    date after it."""
    out = list(found)
    if _modified_lasts().isdisjoint(casefolded_set(tokens)):
        return out  # no label's last word in the note (most notes: one look-up)
    for j, (label, a, b) in enumerate(found):
        if label not in ("container-title", "title"):
            continue
        words = [t.text.casefold() for t in tokens[a:b]]
        for phrase in modified_phrases():
            size = len(phrase)
            if size < len(words) and tuple(words[-size:]) == phrase:
                if not _dated_after(tokens, marks, found, b):
                    continue  # `Мүсірепов мұражайы жаңартылды (каз.).`: a title's verb
                cut = b - size
                while cut > a + 1 and not tokens[cut - 1].text[:1].isalnum():
                    cut -= 1  # the comma before the label
                out[j] = (label, a, cut)
                out.insert(j + 1, (OTHER, cut, b))
                return out
    return out


_OPENING: Final = frozenset({"title", "container-title", "author", "publisher", OTHER})
_PAGE_ENDS: Final = frozenset({"URL", "accessed", "issued"})


def site_first(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a first sentence that names itself a site (`Официальный сайт Президента
    РК.`, `… министрлігінің ресми сайты.`; the language files' `[types] site` words) read as
    the host and the sentence after it, up to the address or the date, as the page's title
    (`… ресми сайты. Жаңа оқу жылы туралы. URL: …`), however the model split the two."""
    labels = [label for label, a, b in found for _ in range(a, b)]
    if len(labels) != len(tokens) or "container-title" in labels[len(labels) // 2 :]:
        return list(found)
    a = next((k for k, t in enumerate(tokens) if t.text[:1].isalnum()), None)
    if a is None or (a > 0 and tokens[a - 1].text in _QUOTES):
        return list(found)
    stop = next((k for k in range(a + 1, len(tokens) - 1) if tokens[k].text == "."), len(tokens))
    if stop >= len(tokens) - 1 or stop - a > _MAX_SITE or not _ends_sentence(tokens, stop):
        return list(found)
    end = next(
        (
            k
            for k in range(stop + 1, len(tokens))
            if labels[k] in _PAGE_ENDS
            or (tokens[k].text == "." and k + 1 < len(tokens) and _ends_sentence(tokens, k))
        ),
        None,
    )
    if end is not None and tokens[end - 1].text == ":":
        end = None  # `…. URL: https://…`: the address's label, no page's name
    if end is None or end <= stop + 1 or not set(labels[a:end]) <= _OPENING:
        return list(found)
    first = " ".join(t.text for t in tokens[a:stop])
    page = " ".join(t.text for t in tokens[stop + 1 : end])
    if not has_type_cue("site", first) or has_type_cue("site", page):
        return list(found)
    if not any(t.text[:1].isalpha() for t in tokens[stop + 1 : end]):
        return list(found)
    out = painted(found, ("container-title", a, stop))
    return painted(painted(out, (OTHER, stop, stop + 1)), ("title", stop + 1, end))


def site_before_date(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Wikipedia's `Title. Site (12 мая 2023). Дата обращения: …` read so when
    the model made the title a person and the site the title: the bracketed date follows the
    site, so of two sentences before it the first names the page (an author would be a third
    sentence, or is written as a person is: initials, a comma, a known given name)."""
    named = [(j, run) for j, run in enumerate(found) if run[0] != OTHER]
    if len(named) < 3:
        return list(found)
    (j, (first, a, b)), (k, (second, c, d)), (_, (third, e, _)) = named[:3]
    if first != "author" or second != "title" or third != "issued" or a != 0:
        return list(found)
    if tokens[b - 1].text == ".":
        b -= 1  # the period the name's run took in is the sentence's
    if c - b != 1 or tokens[b].text != "." or e - d != 1 or tokens[d].text != "(":
        return list(found)
    if _person_shaped(tokens, a, b) or d - c > _MAX_SITE:
        return list(found)
    if any(label in ("title", "container-title") for label, _, _ in found[k + 1 :]):
        return list(found)
    out = list(found)
    out[j], out[k] = ("title", a, b), ("container-title", c, d)
    return [*out[: j + 1], (OTHER, b, c), *out[j + 1 :]] if found[j][2] > b else out
