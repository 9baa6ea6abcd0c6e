"""Types a note's cue words tell when the rules read its fields otherwise (the language files'
`[types]` presented, presented_after, report, statistics, dictionary, film, director and social
words; Chicago's `s.v.`). One meaning per key, for every language:

- An entry of a reference work: Chicago's `s.v.` ("sub verbo", under the word) names the entry
  a dictionary or an encyclopedia is cited by (`Oxford English Dictionary, s.v. "steppe"`,
  `Encyclopaedia Britannica, s.v. "Silk Road"`): a dictionary's entry when a dictionary's word
  names the work or its site's address (`merriam-webster.com/dictionary/…`), else an
  encyclopedia's; a law, a case, an archive's file keep their type.
- A paper presented at a meeting: a `presented` phrase opening a part outside the title (APA's
  `Paper presented at the Annual Meeting of …`), or a `presented_after` phrase closing one
  (`… Kongresi'nde sunulan bildiri`), whatever the meeting is called, printed in no
  periodical's numbered issue.
- A report: a `report` word at an edge of the title (its first or last two words: `Аналитическая
  записка «…»`, `… 2022 Country Report`) of a work a body's site or a body hosts, no news
  outlet, periodical or paper's day (a headline's report is news); or one read into the place
  (`CSIS Report, Washington, DC`: the series before its place) or the publisher, no publishing
  house's words in it (`…, Analiz Raporu, Ankara`).
- An act: the host read is a `legislation` word alone, numbers aside, right after the quoted
  title, and no person signed the work (`Türkmenistanyň “Bilim hakynda” Kanuny, 2013-nji
  ýylyň 4-nji maýy`: the act's word after its quoted name; `“…”, Karar, 12 Mart 2020` names
  a paper).
- A statistics office's report: the office named (`statistics`: `Агентство РК по
  статистике`, `TÜİK`, `Bureau of National Statistics`), in volumes or not, in no periodical's
  issue, of what no person wrote or edited (`Иванов И. Данные Росстата …` is a book); so is
  one in the office's numbered release read as its host (`statistics_bulletin`: `TÜİK, …,
  Haber Bülteni, Sayı: 49747`, `// Статистический бюллетень. № 3`).
- An encyclopedia's entry: an `encyclopedia` word in the subtitle of a GOST host, up to its
  next part (`Түркістан // Қазақ әдебиеті. Энциклопедиялық анықтамалық. – Алматы …`); a
  conference's words there name its proceedings (`// «…» atly halkara ylmy-amaly
  maslahatynyň materiallary. – Aşgabat`).
- A dictionary's entry: a headword (a title of two words at most) in a host a `dictionary`
  word names, no journal's, meeting's or collection's, whoever edited or published it
  (`"Yurt." Cambridge Dictionary. Cambridge University Press`).
- A film: a `film` word right after the title as its descriptor, closed by a comma, a period
  or a bracket (`«Абай жолы» көркем фильмі, Қазақфильм, 1997`); or a `director_credit`
  abbreviation opening a bracket before a name (`Eşkıya (yön. Yavuz Turgul)`, `Borat (dir.
  Larry Charles)`; `Dupont (dir.)`, an editor, names none); or a `director` word outside
  the title (`Тюльпан (реж. С. Дворцевой). Казахстан, 2008`, `"Borat," directed by Larry
  Charles (20th Century Fox, 2006)`), or opening a part of the title read (`«Кочевник» (реж.
  С. Бодров`, `Directed by Sergei Bodrov`), of what was read as a book, a document or a page
  (or a chapter with no pages, a paper's item with no day or address: a host read from the
  credit), with no periodical's numbers and no book's extent, ISBN or edition.
- A social platform's post: the platform named as a part of its own (`…, Facebook,
  12.03.2021`) of a work with no address, no imprint and no periodical's numbers: a page of
  the platform, whatever the rules read its other parts as.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.film_credits import editor_words
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.place_names import place_names
from citekit.citations.type_cues import (
    casefold,
    has_cue,
    has_type_cue,
    type_cues,
    word_after,
)
from citekit.citations.type_cues import day as _day
from citekit.languages import shipped_type_words, shipped_words
from citekit.model import Name

__all__ = ["credited_person", "cued_type", "part_named"]

# what the rules told by their own words, an act's or an archive's marks: kept
_KEPT: Final = frozenset(
    {"legislation", "legal_case", "manuscript", "thesis", "motion_picture", "speech"}
    | {"interview", "broadcast", "entry-encyclopedia", "entry-dictionary"}
)
_NUMBERS: Final = ("volume", "issue", "DOI")  # a periodical's numbers
_IMPRINT: Final = ("publisher", "publisher-place", "number-of-pages", "ISBN", "edition")
_SUB_VERBO: Final = re.compile(r"(?<![^\W\d_])s\.\s?vv?\.")  # `s.v.`, `s. v.`, `s.vv.`
_EDGE: Final = 2  # words at either edge of a title where a report's word names the work
_BEFORE_PART: Final = r"(?:^|[,.][\"”»']?\s+|//\s*)"  # what opens a note's part
# … and GOST's title information (`: доклад`), and Chicago's bracket (`” (paper presented at`)
_BEFORE_TALK: Final = r"(?:^|[,.:][\"”»']?\s+|//\s*|\()"
_AFTER_PART: Final = r"\s*(?:[,.](?:\s|$)|$)"  # what closes it
_RETYPED_REPORT: Final = frozenset({"webpage", "book", "document", "chapter"})
# a report's code: capitals, then digits after a hyphen or slash (`RR-4471-A`, `WP/19/45`)
_REPORT_CODE: Final = re.compile(r"[A-Z]{1,5}[-/]\d+(?:[-/][A-Z0-9]+)*")
_STATISTICAL: Final = frozenset({"book", "document"})  # what a statistics office's name retypes
_RELEASED: Final = frozenset({"article-journal", "book", "document"})  # … and its release's
_SUBTITLE: Final = 120  # characters of a host's subtitle, at most
_GOST_PART: Final = re.compile(r"\s[–—-]\s|//")  # what opens GOST's next part
_RETYPED_ENTRY: Final = frozenset({"chapter", "book", "document", "webpage", "article-journal"})
_IMPRINTED: Final = ("publisher", "publisher-place")  # a book's imprint: no journal's
_HEADWORD: Final = 2  # words of a dictionary's headword, at most
_FILM_GAP: Final = " ,.»”\"'"  # what stands between a title and its medium's word
_FILM_END: Final = ",.;)"  # what closes the medium's word
_CLOSING: Final = "»”\"'"  # a quoted name's closing mark
_RETYPED_FILM: Final = frozenset({"book", "document", "webpage"})
_SHORT_NAME: Final = 2  # letters of a platform's name too few to tell it alone
_RETYPED_POST: Final = frozenset({"book", "document", "article-newspaper"})


def _text(fields: Mapping[str, object], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


def cued_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or the type the note's cue words tell (see the module's doc)."""
    if kind in _KEPT:
        return kind
    if ("s.v" in text or "s. v" in text) and (sub := _SUB_VERBO.search(text)) is not None:
        named = text[: sub.start()] + " " + _text(fields, "container-title")
        # … or its site's address, the work's kind in it (`merriam-webster.com/dictionary/…`)
        url = _text(fields, "URL")
        site = has_type_cue("dictionary", url) and not has_cue("encyclopedia", named + " " + url)
        worded = has_type_cue("dictionary", named) or site
        return "entry-dictionary" if worded else "entry-encyclopedia"
    host, title = _text(fields, "container-title"), _text(fields, "title")
    if host and not fields.get("author") and _law_word(host) and _named_act(title, host, text):
        return "legislation"  # `Türkmenistanyň “Bilim hakynda” Kanuny, …`: the act's word
    cues = type_cues(text)  # read once for the type rules: most notes have none of these
    numbered = any(fields.get(k) for k in _NUMBERS)
    presented = "presented" in cues or "presented_after" in cues
    if presented and not numbered:
        # … or opening the title, the talk named by where it was given (`Доклад на …`; with an
        # extent, a brochure: `Доклад на VIII съезде Советов. М.: Партиздат, 1936. 48 с.`);
        # the phrase's scan (slow: it may open at any place) only for a note with its cue
        untitled = text.replace(title, " ") if title else text
        if _presented(untitled) or (not fields.get("number-of-pages") and _presented(title)):
            return "paper-conference"
    if kind == "book" and _REPORT_CODE.fullmatch(_text(fields, "issue")) and not host:
        return "report"  # `Title, RR-4471-A (Santa Monica, CA: …)`: a think tank's numbered report
    if "report" in cues and kind in _RETYPED_REPORT and not (numbered or "verbatim" in cues):
        if has_type_cue("report", _text(fields, "publisher-place")):
            return "report"  # `CSIS Report, Washington, DC`: the series read into the place
        publisher = _text(fields, "publisher")
        if has_type_cue("report", publisher) and not has_cue("publisher", publisher):
            return "report"  # `…, Analiz Raporu, Ankara`: the series, no publishing house
        if _report_title(title) and _body_host(fields):
            return "report"
    # a statistics office's work, in volumes or not (`Агентство РК по статистике. Итоги
    # переписи …, том 1-2`), in no periodical's issue
    serial = fields.get("issue") or fields.get("DOI")
    if "statistics" in cues and kind in _STATISTICAL and not (serial or _edited(fields)):
        return "report"
    # … or its numbered release, read as a periodical's issue (`TÜİK, Title, Haber Bülteni,
    # Sayı: 49747`, `Росстат. Title // Статистический бюллетень. № 3`)
    released = "statistics" in cues and "statistics_bulletin" in cues and kind in _RELEASED
    # … dated to its day as the office dates its releases, the office signing it (`TÜİK, …,
    # Haber Bülteni, Sayı: 49685, 6 Şubat 2023`): no paper's item
    released = released or (
        kind == "article-newspaper" and "statistics_bulletin" in cues and _office_signed(fields)
    )
    # (the release's name read as the host or, in APA's bracket, as the genre: `Title, 2023
    # (Haber Bülteni No. 49407)`)
    release = host or _text(fields, "genre")
    if not host and kind == "webpage":  # the release's page, its name in the bracket
        released = "statistics" in cues and "statistics_bulletin" in cues
    if released and has_type_cue("statistics_bulletin", release) and not _edited(fields):
        return "report"
    gost_host = kind == "chapter" and host and "//" in text
    subtitle = _subtitle(host, fields, text) if gost_host else ""
    if subtitle and has_cue("encyclopedia", subtitle):
        return "entry-encyclopedia"  # `// Қазақ әдебиеті. Энциклопедиялық анықтамалық. – …`
    if subtitle and has_cue("conference", subtitle) and not has_cue("journal", subtitle):
        # a meeting's words after the host's quoted name (`// «…» atly halkara ylmy-amaly
        # maslahatynyň materiallary. – Aşgabat`): its proceedings
        return "paper-conference"
    imprinted = kind != "article-journal" or any(fields.get(k) for k in _IMPRINTED)
    if (
        kind in _RETYPED_ENTRY
        and imprinted
        and host
        and not fields.get("issue")
        and _headword(title, host)
    ):
        # `"Yurt." Cambridge Dictionary. Cambridge University Press`; one named encyclopedic
        # is an encyclopedia (`"Sufism." The Concise Encyclopedic Dictionary of Islam`)
        encyclopedic = has_type_cue("encyclopedic", host)
        return "entry-encyclopedia" if encyclopedic else "entry-dictionary"
    if "film" in cues and kind in _RETYPED_FILM and not numbered and _film_after(title, text):
        return "motion_picture"  # `«Абай жолы» көркем фильмі, Қазақфильм, 1997`
    # … or a host read from the credit's words (`«Тюльпан» (реж. С. Дворцевой)`: no chapter's
    # pages, no paper's day or address)
    retyped = kind in _RETYPED_FILM or (kind == "chapter" and not fields.get("page"))
    dated = _day(fields.get("issued")) or fields.get("URL")
    retyped = retyped or (kind == "article-newspaper" and not dated)
    abbreviated = "director_credit" in cues and _bracketed_credit(text)
    if ("director" in cues or abbreviated) and retyped and not numbered:
        untitled = text.replace(title, " ") if title else text
        credited = abbreviated or has_type_cue("director", untitled) or _credit_in_title(title)
        if credited and not any(fields.get(k) for k in _IMPRINT[2:]):
            return "motion_picture"
    if kind in _PLATFORM_RETYPED and not (numbered or fields.get("URL")) and _video_platform(host):
        return "motion_picture"  # `YouTube, канал «…», видео «…» (опубл. …)`: no address
    if "social" in cues and kind in _RETYPED_POST and not numbered:
        bare = not (fields.get("URL") or any(fields.get(k) for k in _IMPRINT[2:]))
        if bare and _platform(text):
            return "webpage"
    return kind


_PLATFORM_RETYPED: Final = frozenset({"article-newspaper", "webpage", "document", "book"})


@functools.cache
def _video_platforms() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_words("video_host"))


def _video_platform(host: str) -> bool:
    """Whether `host` is a video platform's name alone (`YouTube`, `Rutube`): what it carries
    is a video, its address left out (a video's own address types it by itself)."""
    return bool(host) and casefold(host.strip(" .,")) in _video_platforms()


def _office_signed(fields: Mapping[str, object]) -> bool:
    """Whether a statistics office is the work's author (`TÜİK`, `Росстат`)."""
    authors = fields.get("author")
    names = (
        [a.literal for a in authors if isinstance(a, Name)] if isinstance(authors, tuple) else []
    )
    return any(n and has_type_cue("statistics", n) for n in names)


def _edited(fields: Mapping[str, object]) -> bool:
    """Whether a person wrote or edited the work (a statistics office's name in it is then
    its subject or source, the work a book: `Иванов И. Данные Росстата …`); the office read
    as a person's name (`ЦСУ СССР`) is none."""
    if _names(fields, "editor"):
        return True
    return any(_person(n) for n in _names(fields, "author"))


def _person(name: object) -> bool:
    family = getattr(name, "family", None)
    given = getattr(name, "given", None) or ""
    return bool(family) and not has_type_cue("statistics", f"{given} {family}")


def _names(fields: Mapping[str, object], key: str) -> tuple[object, ...]:
    value = fields.get(key)
    return value if isinstance(value, tuple) else ()


def _subtitle(host: str, fields: Mapping[str, object], text: str) -> str:
    """What follows a GOST host up to its next part's dash, its imprint's place or publisher
    (`. Энциклопедиялық анықтамалық`; `. Уральск: Советская энциклопедия` is the imprint)."""
    at = text.find(host)
    if at < 0:
        return ""
    rest = _GOST_PART.split(text[at + len(host) : at + len(host) + _SUBTITLE], maxsplit=1)[0]
    for key in ("publisher-place", "publisher"):
        if (value := _text(fields, key)) and (end := rest.find(value)) >= 0:
            rest = rest[:end]
    return rest


def _headword(title: str, host: str) -> bool:
    """Whether the title is a headword (two words at most) of a host a dictionary's word names,
    no journal's, meeting's or collection's: the dictionary's entry, whoever edited or published
    the dictionary (`"Nurmagambetov, Sagadat," in Historical Dictionary of Kazakhstan, ed. …`)."""
    words = title.split()
    if not (0 < len(words) <= _HEADWORD) or not has_type_cue("dictionary", host):
        return False
    return not (
        has_cue("journal", host) or has_cue("conference", host) or has_type_cue("collection", host)
    )


@functools.cache
def _film_words() -> tuple[str, ...]:
    return tuple(sorted({casefold(w) for w in shipped_type_words("film")}, key=len, reverse=True))


def film_title(kind: str, fields: dict[str, object]) -> dict[str, object]:
    """`fields` with a film's descriptor read into its title after the quoted name (`«Абай
    жолы» көркем фильмі`, `«Алтын адам» деректі фильмі`) moved to the genre: the title is the
    name the quotes hold."""
    if kind != "motion_picture":
        return fields
    fields = _studio(fields)
    title = fields.get("title")
    if not isinstance(title, str) or title[:1] not in _OPENING:
        return fields
    folded = casefold(title)
    for word in _film_words():
        head = title[: len(title) - len(word)].rstrip(" ,")
        if not folded.endswith(word) or head[-1:] not in _CLOSING or len(head) < 3:
            continue
        name = head[1:-1].strip()
        if not name or any(mark in name for mark in _CLOSING):
            return fields  # `«A» и «B» фильм`: more than one name
        genre = fields.get("genre") or title[len(head) :].strip(" ,")
        return {**fields, "title": name, "genre": genre}
    return fields


_OPENING: Final = "«“\"'„"  # a quoted name's opening mark


def _studio(fields: dict[str, object]) -> dict[str, object]:
    """A film's fields with the name its bracket gives before the year, read as a place but
    no place the lexicon knows, as the studio that made it (`Kenesary: The Last Khan, dir. by
    Aidos Bekov (Kazakhfilm, 2009)`)."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or fields.get("publisher") or fields.get("container-title"):
        return fields  # a site's video (`YouTube`) names no studio
    if casefold(place) in place_names():
        return fields
    out = {k: v for k, v in fields.items() if k != "publisher-place"}
    out["publisher"] = place
    return out


def _film_after(title: str, text: str) -> bool:
    """Whether a `film` word follows the title as its descriptor, set off by quotes, a space or
    a comma only and closed by a comma, a period or a bracket (`«Тюльпан», художественный
    фильм, 2008`); a word going on (`«…» фильмі туралы`) names the subject."""
    at = text.find(title) if title else -1
    if at < 0:
        return False
    folded = casefold(title)
    for word in _film_words():  # the descriptor read into the title, after its quoted name
        head = folded[: -len(word)].rstrip()
        if folded.endswith(word) and head[-1:] in _CLOSING and len(head) < len(folded) - len(word):
            return True
    return word_after(text, title, _film_words(), _FILM_GAP, _FILM_END, last=True)


@functools.cache
def _credit() -> re.Pattern[str]:
    """A `director` word opening a part after a bracket or a sentence's stop (`(реж. …`,
    `. Directed by …`), a name after it."""
    words = {w.rstrip(".") for w in shipped_type_words("director")}
    # opening the title, a phrase or an abbreviation only (`Directed by …`, `Реж. …`; a noun,
    # `Yönetmen Sineması`, `Режиссёр и время`, is a title's word)
    phrases = {w.rstrip(".") for w in shipped_type_words("director") if " " in w or "." in w}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    opening = "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))
    # the title read may end at the word's own period (`(реж`): its name went to the authors
    # … or a phrase or an abbreviation after the title's comma (Chicago's `Abai, directed by …`)
    return re.compile(
        rf"(?:(?:^|,\s)(?:{opening or '(?!)'})|(?:\(|[.;]\s)\s*(?:{alternation or '(?!)'}))"
        r"(?!\w)[.:]?"
        r"\s*(?P<next>\w|$)",
        re.IGNORECASE,
    )


@functools.cache
def _abbreviated_credit() -> re.Pattern[str]:
    """A `director_credit` abbreviation opening a bracket, a capitalised name after it."""
    words = sorted({w.rstrip(".") for w in shipped_type_words("director_credit")}, key=len)
    alternation = "|".join(re.escape(w) for w in reversed(words)) or "(?!)"
    # as written, in small letters (`(Yön. Kurulu Raporu)`: a board, `Yönetim`)
    return re.compile(rf"\(\s*(?:{alternation})\.\s*(?P<next>\w)")


@functools.cache
def _credit_after_name() -> re.Pattern[str]:
    """A `director_credit` abbreviation bracketed alone after the director's name (`Nuri Bilge
    Ceylan (yön.), Kış Uykusu`), one no language writes for an editor (`(dir.)` is French's)."""
    editors = editor_words()
    words = {w.rstrip(".") for w in shipped_type_words("director_credit")}
    alternation = "|".join(re.escape(w) for w in sorted(words) if w.casefold() not in editors)
    return re.compile(rf"\(\s*(?:{alternation or '(?!)'})\.\s*\)")


def credited_person(name: str, text: str) -> bool:
    """Whether `name` is written right before a director's bracketed credit (`Nuri Bilge Ceylan
    (yön.)`): a person's name, no channel's."""
    at = text.find(name)
    return at >= 0 and _credit_after_name().match(text, at + len(name) + 1) is not None


def _bracketed_credit(text: str) -> bool:
    """Whether a director's abbreviated credit opens a bracket before a name (`Borat (dir.
    Larry Charles)`, `Eşkıya (yön. Yavuz Turgul)`), or stands bracketed alone after one
    (`Nuri Bilge Ceylan (yön.)`); `(dir.)` after a name, and `, dir. Name` after a title, are
    French's and Spanish's editors."""
    if any(m.group("next").isupper() for m in _abbreviated_credit().finditer(text)):
        return True
    return _credit_after_name().search(text) is not None


def _credit_in_title(title: str) -> bool:
    """Whether the title read holds the director's credit as a part of its own (`«Кочевник»
    (реж. С. Бодров`, `Diamond Sword. Directed by Rustem Abdrashev`), or is the credit alone
    (`Directed by Sergei Bodrov`, its film's name read as the author): a name follows the
    word (`Режиссёр и время`, a book's title, goes on in lower case)."""
    for found in _credit().finditer(title) if title else ():
        following = found.group("next")
        if not following or following.isupper():
            return True
    return False


def _named_act(title: str, host: str, text: str) -> bool:
    """Whether the host follows the quoted title with nothing but its closing mark and a space
    between (`“Bilim hakynda” Kanuny`; `“…”, Karar, 12 Mart 2020` is a paper's)."""
    at = text.find(title) if title else -1
    start = text.find(host, at + len(title)) if at >= 0 else -1
    gap = text[at + len(title) : start] if start >= 0 else ""
    return bool(gap) and gap.strip() in _CLOSING and gap[-1:].isspace()


def _law_word(host: str) -> bool:
    """Whether a host is a law's word alone, numbers aside (`Kanuny`, `Заңы № 319`)."""
    words = [w for w in host.split() if not any(c.isdigit() for c in w) and w not in "№-–"]
    return len(words) == 1 and has_cue("legislation", words[0].strip(" .,;:"))


@functools.cache
def _presented_pattern() -> re.Pattern[str]:
    """A `presented` phrase opening a part, or a `presented_after` phrase closing one."""
    opening = sorted(shipped_type_words("presented"), key=len, reverse=True)
    closing = sorted(shipped_type_words("presented_after"), key=len, reverse=True)
    opens = "|".join(re.escape(w) for w in opening) or "(?!)"
    closes = "|".join(re.escape(w) for w in closing) or "(?!)"
    return re.compile(
        rf"{_BEFORE_TALK}(?:{opens})(?!\w)|(?<!\w)(?:{closes}){_AFTER_PART}", re.IGNORECASE
    )


def _presented(untitled: str) -> bool:
    """Whether the note, its title left out, says where the work was presented."""
    return _presented_pattern().search(untitled) is not None


def _report_title(title: str) -> bool:
    """Whether a report's word stands among the first or the last two words of the title."""
    words = title.split()
    if not words or not has_type_cue("report", title):
        return False
    edges = (" ".join(words[:_EDGE]), " ".join(words[-_EDGE:]))
    return any(has_type_cue("report", casefold(edge).strip(" «»“”\"'.,:")) for edge in edges)


def _body_host(fields: Mapping[str, object]) -> bool:
    """Whether a body, no news outlet, periodical or paper of one day, hosts the work."""
    host = _text(fields, "container-title")
    if not host or news_outlet(host) or has_cue("newspaper", host) or has_cue("journal", host):
        return False
    issued = fields.get("issued")
    day = getattr(issued, "day", None) is not None
    return is_organisation(host) or not (day or fields.get("author"))


def _platform(text: str) -> bool:
    """Whether the note names a social platform as a part of its own (`, Facebook,`)."""
    for name in shipped_type_words("social"):
        # a letter or two alone (`X`, `VK`) is a part's numeral or initials as often
        if len(name) <= _SHORT_NAME or name not in text:
            continue
        if part_named(name, text):
            return True
    return False


def part_named(name: str, text: str) -> bool:
    """Whether the note `text` names `name` as a part of its own, between a part's marks
    (`, Facebook,`, `// Twitter`)."""
    return re.search(_BEFORE_PART + re.escape(name) + _AFTER_PART, text) is not None
