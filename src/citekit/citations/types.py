"""The CSL type of a cited item, inferred from its predicted fields and the cue words of the
language files (thesis, law, proceedings, archive, encyclopedia, video, newspaper words; the
tagger's ``[words]`` and the ``[types]`` words only the type rules read, such as report words).

The hand-ordered rules of `rule_type` decide, unless a learned model sits beside the package
(`citekit.citations.type_model`: ``types.json``, weighing the rules' answer among its
features). None ships: on the dev cross-validation the rules type more notes right
(benchmarks/results/tagger.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from typing import Final

from citekit._text import unmixed
from citekit.citations.about_acts import about_act
from citekit.citations.addresses import (
    blog,
    journal_host,
    law_host,
    law_path,
    report_path,
    site_page,
    video_host,
    wiki_host,
)
from citekit.citations.collected_hosts import collected_host
from citekit.citations.headlines import reports_event
from citekit.citations.law_names import law_at_ends, law_name
from citekit.citations.legal_words import code_series, gazettes
from citekit.citations.lost_hosts import read_host, unnamed_book_part, unnamed_serial
from citekit.citations.meetings import acronym_meeting, names_meeting
from citekit.citations.monthly_magazines import monthly_magazine
from citekit.citations.names import is_organisation
from citekit.citations.news_evidence import (
    STATE_HOST,
    body_page,
    body_published,
    body_report,
    dated_news,
    news_evidence,
    site_host,
)
from citekit.citations.news_outlets import news_outlet
from citekit.citations.paper_cities import without_paper_city
from citekit.citations.periodical_kinds import named_by_kind
from citekit.citations.printed_reports import printed_report, published_online
from citekit.citations.report_titles import month_dated, report_titled, yearly_titled
from citekit.citations.serial_works import serial_works
from citekit.citations.site_periodicals import site_named_periodical
from citekit.citations.title_kinds import report_after_colon
from citekit.citations.trailing_series import (
    coded_report,
    ieee_reported,
    report_series_after,
    series_numbered,
)
from citekit.citations.type_cues import (
    CLOSED_COLON,
    MAX_ABBREVIATION,
    RANGE,
    SHELF_MARK,
    VOLUME_YEAR,
    archival,
    archive_marks,
    book_host,
    bracket_after,
    has_cue,
    has_type_cue,
    quoted_after_word,
    self_published,
    type_cues,
    volume_worded,
)
from citekit.citations.type_cues import (
    day as _day,
)
from citekit.citations.type_cues import (
    note_cues as _cues,
)
from citekit.citations.type_cues import (
    quoted as _quoted,
)
from citekit.citations.type_cues import (
    translation as _translation,
)

__all__ = ["rule_type"]


def _first_cue(container: str) -> str | None:
    """Which of a conference's or a journal's word comes first in `container` (a word of
    both, `жинағы`, is a journal's)."""
    for word in container.split():
        if has_cue("journal", word):
            return "journal"
        if has_cue("conference", word):
            return "conference"
    return None


_SERIAL_NUMBERS: Final = ("volume", "issue", "DOI")
_SQUARE: Final = re.compile(r"\[[^\]]*\]")  # a part in square brackets


def rule_type(fields: Mapping[str, object], text: str, cues: Set[str] | None = None) -> str:
    """A CSL type for one citation by hand-ordered rules (a feature of the learned model):
    the fields it has and the words around them decide. `cues` are the lexicon keys found in
    `text`, when already known."""
    # `… // Host. 2008. № 3.`, `“…”, Milliyet, 12 Ekim 2007`: a host read as no host's
    fields = read_host(fields, text)
    # … and a paper's city in brackets after its name, no book's place (`Правда (Москва)`)
    fields = without_paper_city(fields, text)
    return about_act(_ruled(fields, text, cues), fields)


def _ruled(fields: Mapping[str, object], text: str, cues: Set[str] | None) -> str:
    """`rule_type` of the fields with their host read."""
    url = str(fields.get("URL") or "")
    # words typed with two keyboard layouts read in their own alphabet (`Энциклoпедия`)
    text = unmixed(text)
    title = unmixed(str(fields.get("title") or ""))
    container = unmixed(str(fields.get("container-title") or ""))
    if container and _translation(title, container, text):
        container = ""  # "Title [Its translation]" (APA, romanized references): no host
    genre = unmixed(str(fields.get("genre") or ""))
    cues = (_cues(text) if cues is None else frozenset(cues)) | type_cues(text)
    if video_host().search(url):
        return "motion_picture"
    if wiki_host().search(url) or has_cue("encyclopedia", container + " " + url):
        # a dictionary's name in the host, in volumes or not (`Толковый словарь … Т. 4`)
        worded = not (fields.get("issue") or has_cue("journal", container))
        dictionary = worded and has_type_cue("dictionary", container)
        # … unless named encyclopedic (`Энциклопедический словарь Брокгауза и Ефрона`)
        dictionary = dictionary and not has_type_cue("encyclopedic", container)
        return "entry-dictionary" if dictionary else "entry-encyclopedia"
    # a thesis has its author; a site named for theses has none (`Ulusal Tez Merkezi, https://…`)
    if "thesis" in cues and (fields.get("author") or not url) and not _on_theses(fields, text):
        return "thesis"
    # a word's entry in a dictionary (`"Türkmen", Güncel Türkçe Sözlük, https://…`); a journal
    # of lexicography is no dictionary, nor an edited book's part (`In: …, ed. X. Publisher`)
    other_host = any(fields.get(k) for k in ("volume", "issue", "publisher", "editor"))
    # … nor a conference's proceedings (`Türk Dili Sözlüğü Sempozyumu Bildirileri`)
    other_host = other_host or has_cue("journal", container) or has_cue("conference", container)
    # … nor a collection named one (`Словарь и культура речи : сб. статей`)
    other_host = other_host or has_type_cue("collection", container)
    if title and has_type_cue("dictionary", container) and not other_host:
        return "entry-dictionary"
    law_site = (law_path().search(url) or law_host().match(url)) and not fields.get("author")
    # a law's word heads or closes its name ("Türk Ceza Kanunu", "Федеральный закон …"); in
    # a headline by a person it is the subject ("Президент підписав закон про бюджет")
    # … and so does a genre's, unless a paper series' (`Harvard Law and Economics Discussion
    # Paper`)
    law_genre = has_cue("legislation", genre) and not has_type_cue("report", genre)
    law_words = law_name(title, fields.get("author")) or law_genre
    # what an official gazette prints is an act (`…, Resmî Gazete, 10 Temmuz 2018, Sayı: …`),
    # signed by no person, cited by its issue (a news site's page is a paper's, whatever
    # its host is called)
    gazette = container.strip(" .,").casefold() in gazettes()
    gazette = gazette and not (fields.get("author") or url)
    # … and so does a statute book or code (`131 Stat. 886`, `31 C.F.R. § 589.201`)
    gazette = gazette or container.strip(" ,").casefold() in code_series()
    law_words = law_words or gazette
    # a quoted title on a news outlet is its headline, a law or a ruling its subject
    # (`"Kazakistan'da erken seçim kararı". BBC Türkçe. 1 Şubat 2021.`); so is one whose law's
    # word neither opens it nor closes a part of it (`Yeni Anayasa Taslağı Meclis'te, Hürriyet,
    # 12 Mart 2020`): an act printed in a paper is named by its kind (`… Kanunu // Hürriyet`)
    headline = (
        not gazette
        and (_quoted(title, text) or not law_at_ends(title))
        and (news_outlet(container) or named_by_kind(container))  # `Milliyet Gazetesi`
    )
    # … and so is a quoted one closing on its verb on a dated page (`«Қазақстан жаңа заң
    # қабылдады», Kazpravda, 3 March 2023, https://…`): an act's name closes on a noun
    headline = headline or bool(
        url and container and _quoted(title, text) and reports_event(title) and not gazette
    )
    law_words = law_words and not headline
    if (
        not law_words
        and container
        and not fields.get("author")
        and (at := text.find(container)) > 0
    ):
        # "«…» Заңы // Егемен Қазақстан. 2015.": a law's word outside its name, before the host
        before = text[:at].replace(title, " ") if title else text[:at]
        if "[" in before:  # the title's translation is the title's words (`[… signed a decree]`)
            before = _SQUARE.sub(" ", before)
        law_words = has_cue("legislation", before)
    # a law's word in no title's edge is a headline's subject (`Токаев подписал закон о …`)
    loose = "legislation" in cues and not container and not has_cue("legislation", title)
    if loose and genre and not law_genre and has_cue("legislation", genre):
        loose = has_cue("legislation", text.replace(genre, " "))  # the series' `Law` aside
    if loose and "[" in text:
        # … and so is one in the title's translation (`Konstitutsionnoe pravo … [Constitutional
        # law of the Republic of Kazakhstan: textbook]`, a References entry)
        loose = has_cue("legislation", _SQUARE.sub(" ", text))
    if law_words or loose or law_site:
        return "legislation"
    has_book = any(
        fields.get(k)
        for k in ("publisher", "publisher-place", "number-of-pages", "ISBN", "edition")
    )
    if "deposited" in cues:  # `… – 34 с. – Деп. в ИНИОН АН СССР 15.03.88, № 33125`
        return "manuscript"
    if archival(cues, fields, text) and (
        not title
        or archive_marks(text) >= 3
        or (
            not (container or has_book)
            and (_abbreviation(title) or _numbered(title) or SHELF_MARK.search(text) is not None)
        )
    ):
        return "manuscript"
    # a journal's name: the tagger's journal words, or a [types] periodical word in a host
    # that is no book's ("Avrasya Etüdleri", "Foreign Affairs")
    journal = has_cue("journal", container) or (  # `Ministry of Foreign Affairs`: a body's
        has_type_cue("periodical", container) and not (has_book or is_organisation(container))
    )
    # a body named by its head word first is no journal, whatever its field's word (`Center
    # for Strategic and International Studies`, `Институт востоковедения`)
    journal = journal and not _body_first(container)
    # a dated news address and a day's date, with no volume or issue, are a paper's item,
    # whatever word its name has (`Türkmenistan Habarlary, 2 Sentýabr 2022, …/news/2022/09/02/…`)
    no_numbers = not any(fields.get(k) for k in ("volume", "issue", "DOI", "page"))
    journal = journal and not (no_numbers and _day(fields.get("issued")) and dated_news(url))
    # … and a periodical named by a word for any periodical (`[types] magazine_label`), cited
    # by its day alone, no volume, issue or page, a magazine's (`Ekonomist Dergisi, “…”, 14
    # Şubat 2021`; a journal is cited by its numbers, `Journal of …` is a scholar's), a paper's
    # name aside (`Известия`: a journal's word and a paper's), and a report's (`стат. бюллетень`)
    weekly = journal and no_numbers and _day(fields.get("issued"))
    weekly = weekly and has_type_cue("magazine_label", container)
    weekly = weekly and not (fields.get("number-of-pages") or has_cue("newspaper", container))
    weekly = weekly and not has_type_cue("report", container)
    if weekly and not news_outlet(container):
        return "article-magazine"
    # a serial's name given a publisher and no volume or issue is a collection's, a book
    # (`// Сборник научных трудов. – Алматы : Наука, 2001. – С. 5–9`; an issue is `№ 3`)
    published = fields.get("publisher") and not any(fields.get(k) for k in _SERIAL_NUMBERS)
    journal = journal and not published
    # … nor is a site named like one, read online with no numbers (`Eurasia Review, https://…`)
    journal = journal and not site_named_periodical(fields, container)
    # … nor a collection's book, cited by its place, no issue (`// Сборник научных трудов. –
    # Алматы, 2001. – С. 5–9`; `collected_hosts.py`)
    collected = collected_host(fields, container, text)
    journal = journal and not collected
    numbered = bool(fields.get("volume") and fields.get("issue")) or (
        "(" in text
        and CLOSED_COLON.search(text) is not None
        and VOLUME_YEAR.search(text) is not None  # its year is in brackets
    )
    # a conference's word in the title names a proceedings' paper only when the host is no
    # serial: "… hökümet maslahaty geçirildi // Filologiýa meseleleri. № 49" is an article
    serial = fields.get("volume") or fields.get("issue") or has_cue("newspaper", container)
    title_conference = names_meeting(title) and container and not serial
    # … nor in a dictionary's headword (`“Kurultay”, Türkçe Sözlük, 11. baskı, Ankara: TDK`)
    title_conference = title_conference and not has_type_cue("dictionary", container)
    # … and so it does when the note names its host a book (`// В кн.: …`, `Кітапта:`)
    title_conference = title_conference and not book_host(text)
    # … nor in a headline of a paper's day or a news outlet (`«…» // Tengrinews.kz`)
    paper_day = _day(fields.get("issued")) or (title_conference and news_outlet(container))
    title_conference = title_conference and not paper_day
    # … and a body's numbered `Научные труды …` is its serial (`citations/serial_works.py`); a
    # host holding only the words any book of papers shares with a meeting's (`Сборник научных
    # трудов`, `Ғылыми еңбектер жинағы`, `Труды Института истории`) names no meeting
    host_conference = names_meeting(container) or (bool(container) and names_meeting(genre))
    host_conference = host_conference and not serial_works(fields, container)
    # … and a book of materials or works under its editors, no meeting named, an edited book's
    # (`// Dokma materiallary / red. R. Guwanjow. – Aşgabat, 2002`; `meetings.py`)
    edited_book = fields.get("editor") and not names_meeting(container)
    host_conference = host_conference and not edited_book
    # an extent ("320 с.", "xii, 304 p.") is written of a whole book, never of a part of one
    whole = bool(fields.get("number-of-pages")) and not fields.get("page")
    # a host named a conference's is its proceedings even with a journal's word after that
    # (`Proceedings of the Conference on Eurasian Studies`; `Ғылыми еңбектер жинағы`: a journal)
    proceedings = host_conference and (not journal or _first_cue(container) == "conference")
    conference = proceedings or (title_conference and not journal)
    if conference and not numbered and not whole:
        return "paper-conference"
    if acronym_meeting(container, text) and not whole:
        return "paper-conference"  # `In: Ekštein, K. (ed.) TSD 2019. LNAI, vol. 11697`
    if collected and not whole:
        return "chapter"  # a collection's volume is the book's (`Т. 11`), no serial's
    series = str(fields.get("collection-title") or "")
    # a host named by its domain (`Report.az`) is a site, whatever word its name spells
    named = "" if _DOMAIN.fullmatch(container.strip(" .")) else container
    # … or a journal's by its volume and issue (`Middle East Report 45, no. 2`; not `Rapor 112`)
    named = "" if fields.get("volume") and fields.get("issue") else named
    reported = any(
        has_type_cue("report", v) for v in (named, series, genre, bracket_after(title, text))
    ) or (
        report_titled(title)
        # … on a state body's own site, named by its domain (`nvi.gov.tr`): no outlet's
        and (not container or _own_host(fields, container) or _state_site(container))
    )
    # … or named last, after the imprint's year (`…, 2013. Policy Memo No. 290.`)
    reported = reported or report_series_after(fields, text)
    # … or by its series and number's label (`CAP Paper No. 274`, `Рабочая тетрадь № 47/2019`)
    reported = reported or series_numbered(fields, text) or coded_report(fields)
    reported = reported or ieee_reported(fields, text)  # `…, IEA, Paris, Tech. Rep., 2022`
    # … or a yearly measure named by its year, signed by no person (`Global Peace Index 2023`;
    # `Yılmaz A. Tüketici Güven Endeksi 2020 Üzerine …` is a book on one)
    unsigned = not any(getattr(a, "family", None) for a in _names(fields.get("author")))
    # (its body's own host named after it or none: APA's `IEA. (2022). World energy outlook
    # 2022. IEA. https://…`)
    own = not container or _own_host(fields, container)
    reported = reported or (own and unsigned and yearly_titled(title))
    # … or a house's work read in its section of reports (`rand.org/pubs/research_reports/…`)
    housed = own and fields.get("publisher") and not fields.get("volume")
    reported = reported or bool(housed and report_path().search(url))
    # … or opening the title's own information after its colon (`…: стат. ежегодник. М., 1971`)
    reported = reported or report_after_colon(fields, text)
    # … or dated to its month by an imprint, in no host (`(Moscow: Carnegie Center, June 2016)`)
    reported = reported or month_dated(fields, text)
    # a meeting's verbatim record is its book (`XV съезд ВКП(б). Стенографический отчет. М.`)
    if reported and not has_type_cue("verbatim", text):
        return "report"  # APA's `Title (Policy Brief No. 12)`: the series in brackets after it
    if self_published(fields) and not has_type_cue("dictionary", title):
        return "report"  # `OECD (2019). PISA 2018 … OECD Publishing, Paris`: a body's own
    if blog().search(url) and not (news_outlet(container) or news_outlet(site_host(url))):
        return "post-weblog"  # a news outlet's `/blog/` folder holds its news (Turkmenportal)
    if journal_host().search(url) and not has_book:
        return "article-journal"
    # a periodical's issue, an article's DOI, a paper's day
    serial_no = fields.get("issue") or fields.get("DOI") or _day(fields.get("issued"))
    # an "in" of the title's own words (`Nations in Transit 2022`) opens no host
    hosted = "in" in cues and has_cue("in", text.replace(title, " ") if title else text)
    # … a host's issue, no editor nor publishing house, numbers a serial (`// Наукові праці … –
    # Запоріжжя, 2009. – Вип. 26`): an edited book has editors and a house, a serial issues
    issued_serial = fields.get("issue") and not (fields.get("editor") or fields.get("publisher"))
    edited_host = container and (fields.get("editor") or hosted) and has_book
    if edited_host and not (whole or journal or issued_serial):
        return "chapter"
    if container and not whole and book_host(text):
        return "chapter"  # `В сб.: Вопросы истории Туркмении`: a collection, whatever its words
    edited = fields.get("editor") and "in" in cues and fields.get("publisher")
    if container and edited and not (whole or fields.get("volume") or fields.get("issue")):
        return "chapter"  # `in Central Asian Studies, ed. X (London: Routledge, 2013)`: a book
    periodical = any(fields.get(k) for k in ("volume", "issue", "DOI"))
    bluebook_host = hosted and not url and "//" not in text  # no site's page, no GOST host
    if (
        container
        and bluebook_host
        and fields.get("editor")
        and not (whole or journal or periodical)
    ):
        return "chapter"  # the Bluebook's `, in Book 211, 219 (A & B eds., 2009)`: no house
    if unnamed_book_part(fields, text, title):
        return "chapter"  # `In: Y. (ed.) Book. Leiden: Brill, 2003. P. 1–10`: its book unread
    quoted = _quoted(title, text)
    if (
        container
        and quoted
        and fields.get("publisher")
        and not (whole or journal or serial_no)
        and volume_worded(str(fields.get("volume") or ""), text)
        and (fields.get("publisher-place") or fields.get("issued") or not url)  # a site's owner
    ):
        return "chapter"  # "“Part”, Host, Cilt 9, Publisher, Place, 2002": a book has a publisher
    page_range = RANGE.search(str(fields.get("page") or "")) is not None
    after_name = quoted and quoted_after_word(title, text)  # `Бұхар жырау «Толғаулар»`
    if not (container or after_name) and quoted and fields.get("editor") and page_range:
        # "“Part”, ed. X (Place: Publisher, 2001), 27-31": the host went unnamed, its part's
        # pages cited; one page or none cites a book whose title lost its italics to quotes
        # (`Ahmet Kaya, “Türk Halk Edebiyatı”, ed. Mehmet Öz (İstanbul: Dergâh, 2005), 112.`)
        return "chapter"
    issued = fields.get("issued")
    unnumbered = not (fields.get("volume") or fields.get("issue") or journal or _day(issued))
    if container and quoted and page_range and has_book and unnumbered:
        return "chapter"  # "“Part”, Book, Kırıkkale, 1982, ss. 261-296": a book's pages
    paper = has_cue("newspaper", container) and not (has_book or page_range)
    numbers = any(fields.get(k) for k in ("volume", "issue", "DOI")) or page_range or has_book
    if url and not (container or periodical) and has_type_cue("site", title):
        return "webpage"  # `Официальный сайт Президента России. – Москва. – URL: …`: a site
    # a news outlet's pages are news items, in any folder: named as the host or by its address
    outlet = news_outlet(container) or news_outlet(site_host(url))
    # … and a headline reporting an event, whatever folder its page is in (`headlines.py`)
    reported = bool(container) and reports_event(title)
    if url and not (paper or numbers or outlet or reported) and site_page(url):
        return "webpage"  # an address in a site's own pages ("/about/", "/sayfa/")
    # a state body's site (`МИД Республики Казахстан`) holds its own announcements: pages,
    # dated to the day and under /news/ or not; so does any body's that is no news outlet
    # (`Foreign Policy Research Institute, April 4, 2023`: a think tank's commentary)
    body = is_organisation(container) and not outlet
    state = bool(container) and not paper and (has_type_cue("government", container) or body)
    # a state's domain (`mfa.gov.tm`, `www.gov.kz`, `state.gov`), named or in the address
    gov_site = any(STATE_HOST.search(h) for h in (container.strip(" ."), site_host(url)))
    state = state or (bool(gov_site) and not (paper or outlet)) or body_page(fields)
    day = container and _day(issued) and not (fields.get("volume") or fields.get("issue"))
    # … and a host read online is a news outlet's by its marks alone (`news_evidence`): a
    # site's page dated to the day is any site's (`Statista`, a think tank's commentary)
    site = bool(url) and not news_evidence(container, url)
    # … or a host named a site by its own words (`Официальный сайт Президента России`, any
    # folder: `/events/president/news/`), no paper's site
    site = site or (bool(url) and not paper and has_type_cue("site", container))
    # … or by its headline: a reported event closing on its verb (`headlines.py`) on a named
    # host that is no body's nor a state's (`…yapıldı”, Kirkyama, https://…`)
    headline = reported and not (state or gov_site)
    site = site and not headline
    if body_report(fields) or printed_report(fields):
        return "report"  # `Freedom House, Nations in Transit 2022, Washington, DC, 2022, https://…`
    if body_published(fields):
        return "book"  # `Türk Tarih Kurumu. … Berikan Yayınları, 2018. https://…`: a house's book
    one_day = (_day(issued) and not site) or paper
    if container and one_day and not (fields.get("volume") or journal or state):
        return "article-newspaper"  # a paper of one day: "Sabah, 26 Şubat 2025, s. 4"
    if day and paper:
        return "article-newspaper"  # `Известия. — 1991. — 25 декабря`: a paper's name first
    if container and _day(issued) and has_cue("newspaper", container) and not gov_site:
        # a paper named by its own word, cited by its day, numbered or not (`"Парламентская
        # газета" (Москва).- 07.05.2002.- №084`): a paper's volume and issue are its own too,
        # and a paper of a state body is a paper (not on the state's own domain)
        return "article-newspaper"
    if container and (fields.get("volume") or fields.get("issue") or fields.get("DOI")):
        return "article-journal"
    if journal:
        return "article-journal"
    if unnamed_serial(fields, text):
        return "article-journal"  # `Title. Miras, 2018, № 2, 45–52 s.`: no house prints issues
    issued_no = fields.get("issue") or fields.get("DOI")  # a serial's: no house numbers issues
    if not container and not has_book and page_range and (numbered or quoted or issued_no):
        return "article-journal"  # "“Title”, C. 4, Sayı 2, s. 5-9": the journal went unnamed
    imprint = any(
        fields.get(k) for k in ("publisher-place", "number-of-pages", "ISBN", "edition", "volume")
    )
    if has_book and (not url or (imprint and not container)):
        return "book"  # a place, extent or edition is a whole's imprint, online or not
    if "journal" in cues and not has_cue("journal", title) and not url:
        return "article-journal"  # a journal's name in the note, its role missed
    if container and fields.get("page") and not url:
        # … a magazine's when cited by its month and pages alone (`monthly_magazines.py`)
        return "article-magazine" if monthly_magazine(fields, container) else "article-journal"
    aired = "broadcast" in cues and has_type_cue(
        "broadcast", text.replace(title, " ") if title else text
    )
    if "video" in cues and not aired:  # `…, TRT Belgesel, televizyon programı`: aired
        return "motion_picture"
    # an access date is written of what was read online, its address lost or not
    online = bool(url or fields.get("accessed"))
    if online or container:
        paper = has_cue("newspaper", container) or outlet  # a paper's word, a news outlet
        # GOST's "//" joins a part to its serial (an article), not to a site (`// Сайт …`)
        part = container and "//" in text.replace("://", "")
        part = part and not has_type_cue("site", container)
        if not container and published_online(fields):
            return "book"  # `…, ed. X («Жібек жолы» баспасы, 2017), https://…/news/…`: a house's
        if not (state or site) and (part or paper or headline or dated_news(url)):
            return "article-newspaper"
        if container and _day(issued) and not (state or site):
            return "article-newspaper"
        if container and (is_organisation(container) or has_type_cue("site", container)):
            # a body's site (`…, T.C. Dışişleri Bakanlığı`), or one named as a site
            # (`Официальный сайт акимата`: `[types] site`), holds pages
            return "webpage"
        if container and (fields.get("language") or "archived" in cues):
            # Wikipedia's cite templates (`Title (рус.). Site. Дата обращения: …. Архивировано
            # …`) date a news item beside its site; a site's page with none is a web page
            return "webpage"
        # a site's name with an access date and no address names a paper as often as a
        # site (dev: `Informburo,, (Date of Accession: …)`): the paper, as before
        return "webpage" if url or not container or state else "article-newspaper"
    # a bare title dated to the day, a quoted one with its author: a paper's item (`Sabah, 26
    # Şubat 2025, s. 4`: its name and its page)
    if title and _day(issued) and (not fields.get("author") or (quoted and not fields.get("page"))):
        return "article-newspaper"
    if title and not container:
        return "book"
    # no title nor host: a paper's issue, its name read as a person's (`Жас Алаш, 2018 жылғы
    # 12 шілде, № 54`)
    if _day(issued) and fields.get("issue"):
        return "article-newspaper"
    return "document"


_DOMAIN: Final = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,6}$", re.IGNORECASE)


def _on_theses(fields: Mapping[str, object], text: str) -> bool:
    """Whether a thesis's word stands in the title alone of a part of a periodical's numbered
    issue: its subject (`Диссертация как жанр научного текста // Вестник КазНУ. 2015. № 3`);
    no periodical's issue prints a thesis, its word outside the title says what a work is."""
    title = str(fields.get("title") or "")
    if not (title and fields.get("container-title")):
        return False
    if not any(fields.get(k) for k in _SERIAL_NUMBERS):
        return False
    return has_cue("thesis", title) and not has_cue("thesis", text.replace(title, " "))


def _own_host(fields: Mapping[str, object], container: str) -> bool:
    """Whether the host is the body that wrote the work, no news outlet (APA's `Human Rights
    Watch. (2021). World Report 2021. Human Rights Watch.`: a body publishing its own)."""
    own = self_published({"author": fields.get("author"), "publisher": container})
    return own and not news_outlet(container)


def _state_site(container: str) -> bool:
    """Whether the host is a state's domain (`nvi.gov.tr`; `STATE_HOST`), no body's name."""
    host = container.strip(" .")
    return " " not in host and STATE_HOST.search(host) is not None


def _names(value: object) -> tuple[object, ...]:
    return value if isinstance(value, tuple) else ()


def _body_first(container: str) -> bool:
    """Whether a host's name opens with a body's head word (`Center for …`, `Институт …`)."""
    words = container.split(maxsplit=1)
    return bool(words) and is_organisation(words[0])


_WORD: Final = re.compile(r"[^\W\d_]{3}")  # three letters: a word, no label's abbreviation


def _numbered(title: str) -> bool:
    """Whether a title is a unit's number alone, its label aside ("9876", "E. 1234", "D.
    12/3"): an archive's shelf mark read as a title, no work's name."""
    return any(c.isdigit() for c in title) and _WORD.search(title) is None


def _abbreviation(title: str) -> bool:
    """Whether a title is only capitals, periods and spaces ("DH. MKT.", "BCA"), any alphabet."""
    return (
        0 < len(title) <= MAX_ABBREVIATION
        and all(c.isupper() or c == "." or c.isspace() for c in title)
        and any(c.isupper() for c in title)
    )
