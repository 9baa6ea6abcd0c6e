"""What a note's words tell of a work that its fields do not (the language files' `[types]`
court, decision, normative, speech_opens, speech_closes, interview, ebook, magazine and
magazine_label words).
One meaning per key, for every language:

- A court's decision: a court's name (`court`: `Yargıtay 4. HD`, `AYM`) with its case number
  (`E. 2019/123, K. 2020/45`, `Başvuru No: 28749/18`, `D. 3/2015`), or a case's name with its
  law report (`Brown v. Board of Education, 347 U.S. 483 (1954)`) or its docket (`Prosecutor
  v. Tadić, Case No. IT-94-1-A`); or a decision's kind (`decision`) and
  a court's name in the note's head (`Постановление Конституционного Суда РФ от … № 12-П`,
  Kazakh writes the kind last: `… Жоғарғы Сотының … шешімі`), signed by no person: a case,
  not a law (a court's normative act, `normative`, a plenum's resolution, is the law's kind).
- A speech: `speech_opens` words open its title (`Выступление на пленарном заседании …`,
  `Remarks by …`), `speech_closes` words close it (`… Yaptıkları Konuşma`, `… отырысында
  сөйлеген сөзі`), or a `speech_word` does after a word of the place it was given in, its
  `speech_place_ending` (`… отырысындағы сөзі`, `… mejlisindäki sözi`), or a phrase of two words
  or more of either stands outside the title (`…, address to the Koç University Conference`, `…,
  TOBB Genel Kurulu'nda yapılan konuşma`) or one closes a part of its own named in capitals (`…,
  AB Sertifika Programı Sunusu`), or a `speech_genre` word stands right after the title as its
  descriptor (Chicago's `"Title" (speech, Astana, September 1, 2022)`, MLA's `"Title." Speech,
  …`): a speech, unless a paper, a periodical or a book's imprint printed it. A title naming
  itself a speech at its edge is one even in a paper of its day (`Выступление на … //
  Казахстанская правда. 2020. 15 июля`): only a journal's volume or DOI or a book's imprint make
  it a part.
- An interview: an `interview` word in the note outside its host (`«…»: интервью газете …`,
  `[беседовала М. Ким]`, `… ile Söyleşi`): an interview, unless a journal's numbered issue
  printed it with the word alone in its title (an article on interviewing; a phrase naming
  the one interviewed, `X ile söyleşi`, `Interview with X`, is an interview still).
- An electronic book: an e-book's mark (`e-kitap`, `[Kindle version]`, `Kindle loc. 1234`)
  outside the title, in a note that names no periodical's numbers.
- A broadcast: a `broadcast` word outside the title (`…, Первый канал, эфир от 15 февраля`,
  `The Eurasia Podcast, episode 45`), or MLA 7's medium word alone as the note's last
  sentence (`broadcast_medium`: `…, 5 Apr. 2019. Television.`): a programme aired or a
  podcast's episode, unless a periodical's numbers or a book's imprint printed it; so is MLA's
  programme with its network after it, before the date, with no address (`"…." All Things
  Considered, NPR, 17 Sept. 2022`: `[types] broadcaster`).
- A report: a `report` word opens the title of what was read as a book or a document
  (`Отчет о научно-исследовательской работе «…»`, `Report on the …`, `Доклад о …`).
- A press release: a `press_release` word outside the title or opening it (`Пресс-релиз «О
  заседании …» // Евразийская экономическая комиссия`): a body's own page, unless a paper,
  a periodical's numbers or a book's imprint printed it; the quoted name after the word is
  its title, the word its genre.
- A social platform's post (its address on `twitter.com`, `x.com`, `t.me`, `facebook.com`,
  …): a page of the platform, never a paper's item; the platform named on its own between
  the note's commas or periods (`…," Twitter, May 10, 2022`; `[types] social`) is its host.
- A blog's post: a host named a blog by its own `blog` word (`Eurasianet Blog`, `Блог …`),
  or in brackets after its name (`Window on Eurasia (blog)`).
- A resolution or a treaty cited by its symbol or its series (`S/RES/2231 (2015)`,
  `A/RES/70/1`, `729 U.N.T.S. 161`, the Bluebook's `G.A. Res. 76/300`): an act,
  legislation. So is a treaty cited by its name: a `treaty` word among the first three words
  of its title or of the note, or the title's last two (`Convention on the Law of the Sea,
  signed …`, `Договор о коллективной безопасности от …`, `… Dostluk ve İşbirliği
  Antlaşması`), no author signing it, no book's imprint, no news outlet's headline (nor a
  periodical's named by its kind: `Dünya Gazetesi`).
- A court's decision names its court, no author: a court's name read as the author is none
  (`Yargıtay Hukuk Genel Kurulu, E. …, K. …`; the court is the decision's authority).
- A magazine's article: the host is a magazine named whole (`Foreign Affairs`, `Огонёк`,
  `журнал «Эксперт»`), cited by its date or issue, in print or on its site; with a volume
  (`Foreign Affairs 98, no. 3`) it is cited as a journal.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit._text import unmixed
from citekit.citations.addresses import social_host
from citekit.citations.court_cases import court_numbered
from citekit.citations.headlines import reports_event
from citekit.citations.informants import names_informant
from citekit.citations.magazine_names import listed_magazine, magazine_named
from citekit.citations.named_data_sets import named_data_set
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.periodical_kinds import named_by_kind
from citekit.citations.reprinted_speeches import names_a_speech
from citekit.citations.speech_titles import given_at, printed_whole
from citekit.citations.type_cues import (
    bracket_after,
    casefold,
    has_cue,
    has_type_cue,
    quoted,
    type_cues,
    type_phrases,
    word_after,
)
from citekit.languages import shipped_type_words
from citekit.model import PartialDate

__all__ = ["court_free", "episode_key", "given_on_a_day", "network_named", "worded_type"]

_HEAD_WORDS: Final = 12  # words of a note's head that name a court's decision
_WHOLE: Final = frozenset({"book", "document"})  # what a report's word may retype
_KEPT: Final = frozenset({"manuscript", "thesis", "entry-encyclopedia", "motion_picture"})
# a periodical's numbers and a book's imprint (a place alone is where a speech was given)
_PRINTS: Final = ("volume", "issue", "DOI", "publisher", "number-of-pages", "ISBN")
_WORD: Final = re.compile(r"\w+")
_PART_MARK: Final = re.compile(r"[,.;:()]\s")  # what closes a note's part
_CLOSING_QUOTES: Final = ("»", "”", '"')
_QUOTED_TAIL: Final = re.compile(r"\s*[«“\"][^«»“”\"]*[»”\"]$")  # a name in quotes closing a title
_MARKS: Final = ' .,«»"“”'  # a name's quotes and closing stop
# an intergovernmental resolution's document symbol: the issuing organ's parts, slash-separated,
# then `RES/` (`S/RES/2231`, `A/RES/70/1`, a subsidiary organ's `A/HRC/RES/45/1`, a committee's
# `A/C.3/RES/74/168`), or the treaty series (`U.N.T.S.`). Not one body's quirk: the UN system's
# symbols are how notes in every family cite a resolution, which often has no title of its own
_ACT_SYMBOL: Final = re.compile(
    r"\b[A-Z]+(?:/[A-Z][A-Z0-9.]*)*/RES/\d|\bU\.\s?N\.\s?T\.\s?S\b|\bUNTS\b"
    # the Bluebook's resolution: its organ's dotted initials, `Res.` and its number (`G.A. Res.
    # 76/300`, `S.C. Res. 2231`, `H.R.C. Res. 31/32`)
    r"|\b(?:[A-Z]\.){1,4}\s?Res\.\s?\d"
)


def _text(fields: Mapping[str, object], key: str) -> str:
    value = fields.get(key)
    return value if isinstance(value, str) else ""


def _words(text: str) -> list[str]:
    return _WORD.findall(casefold(text))


def _at(words: list[str], phrase: tuple[str, ...], start: int) -> bool:
    return tuple(words[start : start + len(phrase)]) == phrase


def _opens(words: list[str], key: str) -> bool:
    """Whether one of the `[types] key` phrases opens `words`."""
    return any(_at(words, p, 0) for p in type_phrases(key))


def _within(words: list[str], phrase: tuple[str, ...]) -> bool:
    return any(_at(words, phrase, i) for i in range(len(words) - len(phrase) + 1))


def _printed(fields: Mapping[str, object], container: str) -> bool:
    """Whether a paper, a periodical's numbered issue or a book's imprint printed the work."""
    numbered = any(fields.get(k) for k in _PRINTS)
    return numbered or news_outlet(container) or has_cue("newspaper", container)


def _case(fields: Mapping[str, object], text: str) -> bool:
    """A decision's kind and a court's name in the note's head, signed by nobody."""
    head = " ".join(text.split()[:_HEAD_WORDS])
    if not (has_type_cue("decision", head) and has_type_cue("court", head)):
        return False
    title = _text(fields, "title")
    if quoted(title, text) and news_outlet(_text(fields, "container-title")):
        # a news outlet's headline about a ruling (`«Суд вынес решение …» // …`), unless the
        # decision's kind and its court stand before the quoted name, as the paper that prints
        # decisions cites one (`Постановление Конституционного Суда РФ от … «По делу …» //
        # Российская газета`)
        before = text[: max(0, text.find(title))]
        if not (has_type_cue("decision", before) and has_type_cue("court", before)):
            return False
    return not fields.get("author") and not has_type_cue("normative", head)


_TREATY_HEAD: Final = 3  # a treaty's word stands among its name's first three words …
# a treaty's signing in the bracket that closes its name (`(Актау, 12 августа 2018 года)`)
_SIGNED: Final = re.compile(r"\([^()]*(?<!\d)(?:1[5-9]|20)\d\d(?!\d)[^()]*\)\s*$")
_TREATY_TAIL: Final = 2  # … or its last two (`… Dostluk ve İşbirliği Antlaşması`)
_BOOKISH: Final = ("author", "publisher", "ISBN", "number-of-pages", "edition")


def _treaty(fields: Mapping[str, object], text: str, title: str, container: str) -> bool:
    """Whether the note cites a treaty by its name (see the module's doc)."""
    if any(fields.get(k) for k in _BOOKISH) or (container and news_outlet(container)):
        return False
    if named_by_kind(container):  # a headline on a treaty, printed in `Dünya Gazetesi`
        return False
    if container and reports_event(title):
        return False  # `“Gaz anlaşması imzalandı”, Haber 7`: a headline closes on its verb
    phrases = type_phrases("treaty")
    named = _words(title)
    heads = (named[:_TREATY_HEAD], _words(text[:120])[:_TREATY_HEAD])
    headed = any(_within(head, p) for head in heads for p in phrases)
    if container and fields.get("accessed") and is_organisation(container):
        # a page about it on a body's site, read on a day, as a body's byline is; unless the
        # treaty's name closes on the bracket of its signing before GOST's spaced `//`
        # (`Конвенция о … (Актау, 12 августа 2018 года) //`; a headline's year is no signing)
        before, slashes, _ = text.partition(" // ")
        if not (headed and slashes and _SIGNED.search(before)):
            return False
    if headed:
        return True
    if has_type_cue("site", container):
        return False  # `«Казахстан и ЕС подписали соглашение»` on a site named so: a headline
    return any(_within(named[-_TREATY_TAIL:], p) for p in phrases)


def court_free(kind: str, fields: dict[str, object]) -> dict[str, object]:
    """`fields` with no court's name as a court decision's author (see the module's doc)."""
    authors = fields.get("author")
    if kind != "legal_case" or not isinstance(authors, tuple) or not authors:
        return fields
    if not all(has_type_cue("court", str(name)) for name in authors):
        return fields
    return {k: v for k, v in fields.items() if k != "author"}


def given_on_a_day(fields: Mapping[str, object]) -> bool:
    """Whether the note dates the work by its day: a speech is, a book's imprint never is (a
    "publisher" beside the day is the hall the speech was given in: `"Remarks by the
    President …," Cairo University, Cairo, 4 June 2009.`)."""
    issued = fields.get("issued")
    return isinstance(issued, PartialDate) and issued.day is not None


def _speech(fields: Mapping[str, object], text: str, title: str, container: str) -> bool:
    dated = given_on_a_day(fields)
    printed = {**fields, "publisher": None} if dated else fields
    words = _words(title)
    opens = any(_at(words, p, 0) or _at(words, p, 1) for p in type_phrases("speech_opens"))
    # … its name in quotes after it as often (`… халқына Жолдауы «Жаңа Қазақстан: …»`)
    bare = _words(_QUOTED_TAIL.sub("", title)) if title.endswith(_CLOSING_QUOTES) else words
    # … or its head before a subtitle's colon, given on a day (`Kazakistan Halkına Sesleniş:
    # Kazakistan-2050 Stratejisi (Astana, 14 Aralık 2012)`; a book on it is dated by its year:
    # `The Gettysburg Address: A Study. Washington, 1990.`)
    head = _words(title.split(":", 1)[0]) if ":" in title and dated else words
    closes = any(
        _at(w, p, len(w) - len(p))
        for w in (words, bare, head)
        for p in type_phrases("speech_closes")
    )
    closes = closes or given_at(words)  # `… отырысындағы сөзі`, `… mejlisindäki sözi`
    paper = _printed(printed, container)
    # a paper prints a speech under its speaker's name; its own item on one has none, or
    # gives its gist after a colon (`Выступление Путина: главное`)
    own = not (paper and (":" in title or not fields.get("author")))
    if (opens or closes) and own and not printed_whole(printed, dated):
        # `Выступление на …`, `Remarks by …`, `… Yaptıkları Konuşma`, `… сөйлеген сөзі`: a
        # title naming itself a speech is one, given, or printed in a paper under its speaker
        return True
    if paper:  # a paper's report of a speech is its article, unless its title names the
        # speech the paper printed with no speaker's name apart (`Выступление Президента … на
        # заседании … // Нейтральный Туркменистан`; no book's imprint: `Речь о достоинстве
        # человека. – Екатеринбург : ЛитРес, 2007` is a book)
        bound = _imprint(fields) or printed_whole(printed, dated)  # a journal's or a book's
        return bool(container) and not bound and names_a_speech(title)
    if title and _described(text, title):
        return True  # `"Title" (speech, Astana, …)`: the genre's word right after the title
    untitled = text.replace(title, " ") if title else text
    rest = _words(untitled)
    longer = [
        p for key in ("speech_opens", "speech_closes") for p in type_phrases(key) if len(p) > 1
    ]
    if any(_within(rest, p) for p in longer):
        return True
    # … or one closes a part of its own, a name's capital (`…”, 120. AB Sertifika Programı
    # Sunusu`; `Internet address: …` names no speech)
    parts = (_WORD.findall(part) for part in _PART_MARK.split(untitled))
    named = [_words(" ".join(w)) for w in parts if w and w[-1][:1].isupper()]
    return any(_at(w, p, len(w) - len(p)) for w in named for p in type_phrases("speech_closes"))


def _imprint(fields: Mapping[str, object]) -> bool:
    """Whether a book's imprint prints the work: an editor, a place and a publisher, an
    extent or an ISBN."""
    placed = fields.get("publisher") and fields.get("publisher-place")
    return bool(placed or any(fields.get(k) for k in ("editor", "number-of-pages", "ISBN")))


def _medium_last(text: str) -> bool:
    """Whether the note's last sentence is a `broadcast_medium` word alone (`. Television.`)."""
    head, _, last = text.rstrip(" .").rpartition(".")
    return bool(head) and casefold(last.strip()) in _media()


@functools.cache
def _media() -> frozenset[str]:
    return frozenset(casefold(w) for w in shipped_type_words("broadcast_medium"))


def _network(container: str, text: str) -> bool:
    """Whether a `broadcaster` follows the host (its programme), maybe after its episode, after
    a comma, itself closed by a comma: MLA's publisher slot (`All Things Considered, NPR, 17
    Sept. 2022`, `Planet Money, episode 841, NPR, …`)."""
    at = text.find(container) if container else -1
    if at < 0:
        return False
    rest = text[at + len(container) :]
    episode = _EPISODE_AFTER.match(rest)
    if episode is not None and (casefold(episode.group(1)).rstrip("."),) in type_phrases("episode"):
        rest = rest[episode.end() :]  # `Planet Money, episode 841, NPR,`: the episode between
    return any(rest.startswith(f", {name},") for name in _networks())


_EPISODE_AFTER: Final = re.compile(r",\s*(\w+\.?)\s+\d+(?=,)")  # `, episode 841` before the network


@functools.cache
def _networks() -> tuple[str, ...]:
    return tuple(shipped_type_words("broadcaster"))


@functools.cache
def _network_names() -> frozenset[str]:
    return frozenset(casefold(n) for n in _networks())


def network_named(name: str) -> bool:
    """Whether `name` is a radio or TV network's (`[types] broadcaster`: `BBC Radio 4`,
    `Россия-1`, `Rossiia-1`)."""
    return casefold(name.strip(_MARKS)) in _network_names()


_DESCRIPTOR_GAP: Final = " \"”»'’.,(["  # what stands between a title and its genre
_DESCRIPTOR_END: Final = ",.);]"  # what closes the genre's word (APA's `[Speech]` too)


def _described(text: str, title: str) -> bool:
    """Whether a `speech_genre` word follows the title, set off as its descriptor only by
    quotes, a bracket, a period or a comma, and closed by a comma, a period or a bracket."""
    return word_after(text, title, _genres(), _DESCRIPTOR_GAP, _DESCRIPTOR_END)


@functools.cache
def _genres() -> tuple[str, ...]:
    return tuple(sorted({casefold(w) for w in shipped_type_words("speech_genre")}))


def _interview(fields: Mapping[str, object], text: str, title: str, container: str) -> bool:
    own = text.replace(container, " ") if container else text  # the host's words are not its
    if not has_type_cue("interview", own):
        return False
    journal = has_cue("journal", container) or any(fields.get(k) for k in ("volume", "DOI"))
    # … nor a book's imprint (`Интервью как жанр журналистики. – Алматы : …, 2012. – 180 с.`)
    journal = journal or _imprint(fields)
    # … though a phrase naming the one interviewed is one (`Mehmet Akif Ersoy ile söyleşi`)
    return not journal or not has_type_cue("interview", title) or _interview_phrase(title)


def _talk(fields: Mapping[str, object], container: str) -> bool:
    """Whether a talk with someone (`[types] talk_with`: `… ile görüşme`, a meeting too) is the
    author's interview: nothing hosts, posts, numbers or prints it."""
    hosted = container or any(fields.get(k) for k in ("URL", "volume", "issue", "DOI", "page"))
    return not hosted and not _imprint(fields)


@functools.cache
def _talk_owners() -> tuple[str, ...]:
    return tuple(sorted(shipped_type_words("talk_owner"), key=len, reverse=True))


def _owned_talk(text: str) -> bool:
    """Whether the note opens with the author's possessive (`[types] talk_owner`: `Yazarın`):
    its talk (`… ile görüşmesi`) is the author's interview, not the news of a meeting."""
    head = text.lstrip(' \t"“«')
    return any(head.startswith(f"{owner} ") for owner in _talk_owners())


@functools.cache
def _interview_phrases() -> tuple[str, ...]:
    return tuple({casefold(w) for w in shipped_type_words("interview") if " " in w})


def _interview_phrase(title: str) -> bool:
    """Whether an `interview` phrase of two words or more stands in the title (`… ile
    söyleşi`, `Interview with …`, `Беседа с …`)."""
    folded = casefold(title)
    return any(phrase in folded for phrase in _interview_phrases())


_IN_COLLECTION: Final = frozenset({"entry-dictionary", "article-journal", "paper-conference"})


def _field_notes(fields: Mapping[str, object], text: str) -> bool:
    """Whether the author's field notes open the note, named so alone: a comma, a bracket or
    the note's end after the words and no house (`Fieldnotes: The Makings of Anthropology`,
    `Полевые материалы по этнографии …`, a published book, no)."""
    if fields.get("publisher") or not _opens(_words(text), "field_notes"):
        return False
    folded = casefold(text.strip())
    for phrase in shipped_type_words("field_notes"):
        head = casefold(phrase)
        rest = folded[len(head) :].lstrip() if folded.startswith(head) else None
        if rest is not None and (not rest or rest[0] in ",(;"):
            return True
    return False


def worded_type(kind: str, fields: Mapping[str, object], text: str) -> str:
    """`kind`, or the type a court decision's, a speech's, an interview's, an e-book's or a
    magazine's words tell (see the module's doc)."""
    if kind in _KEPT:
        return kind
    cues = type_cues(unmixed(text))  # the type rules' own, cached: most notes have none of these
    if ("decision" in cues and "court" in cues and _case(fields, text)) or court_numbered(text):
        return "legal_case"
    if kind == "legislation":
        return kind
    if social_host().search(_text(fields, "URL")):
        return "webpage"
    symbol = "/RES/" in text or "UNTS" in text or "T." in text or "Res." in text
    if symbol and _ACT_SYMBOL.search(text):
        return "legislation"
    title = _text(fields, "title")
    container = _text(fields, "container-title")
    if "treaty" in cues and _treaty(fields, text, title, container):
        return "legislation"
    spoken = not cues.isdisjoint(("speech_opens", "speech_closes", "speech_genre", "speech_word"))
    if spoken and _speech(fields, text, title, container):
        return "speech"
    if "interview" in cues and _interview(fields, text, title, container):
        return "interview"
    if "talk_with" in cues and _talk(fields, container):
        return "interview"
    if "talk_owned" in cues and _owned_talk(text) and _talk(fields, container):
        return "interview"  # `Yazarın Ahmet Kaya ile görüşmesi, Ankara, 12 Ocak 2020.`
    if "informant" in cues and names_informant(fields, text):
        return "interview"  # `Kaynak kişi: Ayşe Yılmaz, 75 yaşında, Kars, 2015` (`informants.py`)
    if "field_notes" in cues and _field_notes(fields, text):
        return "manuscript"  # `Полевые материалы автора (ПМА), 2019 г.`: the author's own records
    untitled = text.replace(title, " ") if title else text  # a headline about e-books is news
    # … and so is its address's slug (`…/2021/05/12/ebook-market/`)
    untitled = untitled.replace(url, " ") if (url := _text(fields, "URL")) else untitled
    numbered = any(fields.get(k) for k in ("volume", "issue", "DOI"))
    aired = _episode_free(fields, text) if "episode" in cues else fields
    if "broadcast" in cues and not _printed(aired, "") and has_type_cue("broadcast", untitled):
        return "broadcast"
    if "broadcast_medium" in cues and _medium_last(text) and not _printed(aired, ""):
        return "broadcast"  # MLA 7's medium closing the note: `…, 5 Apr. 2019. Television.`
    if "broadcaster" in cues and not fields.get("URL") and _network(container, text):
        return "broadcast"  # MLA's programme and network: `…." All Things Considered, NPR, …`
    # … or the network read as the host, or closing it after the programme, neither read
    # online nor printed (`«…», Первый канал, 15 февраля`, `// Вести недели, Россия-1. 2022.`;
    # an access date is a site's page's)
    aired_on = network_named(container) or network_named(container.rpartition(",")[2])
    online = fields.get("URL") or fields.get("accessed")
    if "broadcaster" in cues and aired_on and not (online or _printed(fields, "")):
        return "broadcast"
    released = "press_release" in cues and not _printed(fields, container)
    if released and (
        has_type_cue("press_release", untitled) or _opens(_words(title), "press_release")
    ):
        return "webpage"
    # … a book named on blogs is none (`In Central Asia Blogs, edited by …, London: Routledge`)
    named_blog = any(has_type_cue("blog", v) for v in (container, bracket_after(container, text)))
    if "blog" in cues and not (numbered or _imprint(fields)) and named_blog:
        return "post-weblog"  # … or by a description after its name (`Window on Eurasia (blog)`)
    if kind in _WHOLE and "report" in cues and _opens(_words(title), "report"):
        return "report"
    if not numbered and has_type_cue("ebook", untitled):
        return "book"  # `Crescent and Star [Kindle version]`, `…, 2012, e-kitap, https://…`
    if container and not fields.get("volume") and magazine_named(container):
        return "article-magazine"  # a magazine is cited by its date; by a volume, as a journal
    if container and kind == "article-journal" and listed_magazine(container):
        return "article-magazine"  # … unless it is listed by name (`Foreign Affairs 101, no. 5`)
    if kind == "article-newspaper" and not container and magazine_named(title):
        return "article-magazine"  # its name read as the title (`Forbes Kazakhstan, 12 мая 2020`)
    if (
        kind in ("article-journal", "paper-conference")
        and "collected_works" in cues
        and not fields.get("issue")
        and fields.get("publisher-place")
        and has_type_cue("collected_works", container.strip(_MARKS))
    ):
        return (
            "chapter"  # an author's collected works hosting a part (`Сочинения, c. II/1, Москва`)
        )
    if "data_set_closes" in cues and named_data_set(kind, fields, title):
        return "document"  # `Central Asian Elections Dataset (CAED), v2.1. Harvard Dataverse.`
    if "collection" in cues and kind in _IN_COLLECTION and has_type_cue("collection", container):
        # a dictionary's word opening a collection's name (`Словарь и культура речи : сб.
        # статей`); a collection's word in a host printed at a place, with no issue (`//
        # Шығармалар жинағы. – Алматы, 1985`): no journal's (`… жинағы. – 2010. – № 3`)
        # a GOST host (`//`; Chicago's `Journal (Place), 2011` is a journal's), named a
        # meeting's by no word but the collection's (`Конференция материалдары : ғылыми
        # еңбектер жинағы`, `… : сб. материалов науч. конф.` stay a conference's)
        placed = fields.get("publisher-place") and not fields.get("issue") and "//" in text
        named = " ".join(w for w in container.split() if not has_type_cue("collection", w))
        if kind == "entry-dictionary" or (
            placed and (kind != "paper-conference" or not has_cue("conference", named))
        ):
            return "chapter"
    return kind


def episode_key(fields: Mapping[str, object], text: str) -> str | None:
    """Which of the volume and the issue is an episode's number (`episode 45`, `Bölüm 12`,
    `выпуск 3`: an `episode` word right before it), or None."""
    words = _words(text)
    for key in ("volume", "issue"):
        value = casefold(_text(fields, key))
        if not value:
            continue
        for i, word in enumerate(words[1:], 1):
            if word == value and any(_at(words, p, i - len(p)) for p in type_phrases("episode")):
                return key
    return None


def _episode_free(fields: Mapping[str, object], text: str) -> Mapping[str, object]:
    key = episode_key(fields, text)
    return fields if key is None else {k: v for k, v in fields.items() if k != key}
