"""The words a language's notes use (`[words]` of its file), as read into `Language.words`.

Each list is read by the parts of citekit its comment names; `docs/guides/languages.md` says
what each key is for.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Words"]


@frozen
class Words:
    """Words a language uses in notes; each tuple is ordered, preferred form first."""

    ibid: tuple[str, ...]
    opcit: tuple[str, ...]
    accessed: tuple[str, ...]
    archived: tuple[str, ...]
    notes_heading: tuple[str, ...]
    bibliography_heading: tuple[str, ...]  # a reference list, kept apart from the notes
    other_heading: tuple[str, ...]  # section headings that end a note list ("See also")
    edit_words: tuple[str, ...]  # a wiki's "edit" link glued to a pasted heading
    backlink_words: tuple[str, ...]  # a wiki's "jump back" words before a note's back links
    year: tuple[str, ...]
    ordinal_suffixes: tuple[str, ...]
    page: tuple[str, ...]
    volume: tuple[str, ...]
    issue: tuple[str, ...]
    and_: tuple[str, ...]
    et_al: tuple[str, ...]
    not_found: tuple[str, ...]  # what a "page not found" page says (soft 404s)
    online: tuple[str, ...]  # "[Электронный ресурс]": the marker of an online source
    places: tuple[str, ...]  # abbreviated places of publication ("М.", "СПб.")
    bot_wall: tuple[str, ...] = ()  # what a robot check says ("Checking your browser")
    # what the note tagger reads as features and the type inference as cues
    publisher: tuple[str, ...] = ()  # words in publishers' names ("Yayınları", "Press")
    edition: tuple[str, ...] = ()  # "изд.", "baskı", "edn"
    editor: tuple[str, ...] = ()  # "под ред.", "haz.", "eds."
    translator: tuple[str, ...] = ()  # "пер.", "çev.", "trans."
    extent: tuple[str, ...] = ()  # unit words after a total page count ("с.", "б.", "p.")
    see: tuple[str, ...] = ()  # prefixes pointing at a source ("См.", "Bkz.", "See")
    cities: tuple[str, ...] = ()  # places of publication written in full
    in_: tuple[str, ...] = ()  # what opens a host volume ("In:", "içinde", "//")
    in_after: tuple[str, ...] = ()  # … of them, those written after the host ("… içinde")
    # … and those that name the host a book or a collection, read by the type rules only ("В
    # сб.", "В кн.", "Кітапта"): a part written in one is a chapter, whatever its host's words
    in_book: tuple[str, ...] = ()
    thesis: tuple[str, ...] = ()  # cue words of a thesis ("диссертация", "tezi")
    legislation: tuple[str, ...] = ()  # laws and decrees ("Закон", "Kanunu")
    conference: tuple[str, ...] = ()  # proceedings ("конференции", "Sempozyumu")
    archive: tuple[str, ...] = ()  # archival references ("Ф.", "Оп.", "Д.")
    encyclopedia: tuple[str, ...] = ()  # "Википедия", "Ansiklopedisi"
    video: tuple[str, ...] = ()  # "YouTube", "видео"
    newspaper: tuple[str, ...] = ()  # newspapers and news agencies' words ("газета", "Haber")
    journal: tuple[str, ...] = ()  # words in journals' names ("Journal", "Вестник", "Dergisi")
    news_path: tuple[str, ...] = ()  # a news site's address part ("/news/", "/haber/", "/novosti/")
    section_path: tuple[str, ...] = ()  # a news site's section folder ("/politics/", "/ekonomika/")
    law_path: tuple[str, ...] = ()  # a site's section of laws, as a word's start ("/zakon…/")
    page_path: tuple[str, ...] = ()  # a site's own pages, as a path segment ("about", "sayfa")
    report_path: tuple[str, ...] = ()  # a body's reports, as a path segment ("reports", "rapor")
    accessed_after: tuple[str, ...] = ()  # a word after the access date ("… tarihinde … alındı")
    # what follows an address to say the work was read there ("… adresinden erişildi")
    retrieved_after: tuple[str, ...] = ()
    # abbreviations a title may end with, whose period is the title's ("1980-е гг.", "XX ст.")
    closing_abbreviations: tuple[str, ...] = ()
    # a house's closing abbreviation whose period is its name's ("Luzac and Co.", "Ltd. Şti.")
    company_abbreviations: tuple[str, ...] = ()
    # the words a title opens with before the person it is about, read by the decoder only:
    # "Роль М. Дулатова …" after the heading's author is a title, never a second author
    person_heads: tuple[str, ...] = ()
    # the role words of a contributor a record has no field for, read by the decoder only:
    # an illustrator, a preface's author ("худож.", "авт. предисл.", "суретші", "resimleyen")
    contributor: tuple[str, ...] = ()
    # "or" and "to" words a suspended hyphen stands before (`pre- or post-war`, `Two- to
    # Three-Year`, `Русско- или англоязычные`): the hyphen stays when a line's break is undone
    or_: tuple[str, ...] = ()
    # a review's word before the reviewed book and its colon, after the reviewer (GOST's
    # `Аксёнов В. Б. Рец.: Орлов А. С. … // Вопросы истории`: the record is the review)
    review_word: tuple[str, ...] = ()
    # the seasons a periodical's issue is dated by, before its year ("Güz 2019", "Spring
    # 2008"): a date's word, never a place's or a name's; the date keeps it as CSL's season
    spring: tuple[str, ...] = ()
    summer: tuple[str, ...] = ()
    autumn: tuple[str, ...] = ()
    winter: tuple[str, ...] = ()
    # the seasons that date an issue numbered alone, read by the decoder only: İSNAD's lone
    # number before them is the issue ("Bilig 88 (Kış 2019)"), not a volume
    # the labels before a document's symbol (`UN Doc. A/HRC/39/3`), read by the decoder only:
    # the symbol after one is the document's number
    symbol_labels: tuple[str, ...] = ()
    issue_seasons: tuple[str, ...] = ()
    # the words written after a number and its hyphen that say the number is an issue's or a
    # volume's, read by the decoder only ("7-сан", "2-шығарылым", "3-том")
    issue_after: tuple[str, ...] = ()
    volume_after: tuple[str, ...] = ()
    # a multi-volume set's count inside a title, read by the decoder only: the preposition
    # before the count and its volume word ("в 5 т."), and the word after a count that says
    # "of N volumes" ("5 томдық", "3 ciltlik"); neither is the title's nor the volume
    volumes_in: tuple[str, ...] = ()
    volumes_counted: tuple[str, ...] = ()
    # the numbers a set's count is spelt with before its counted word ("В пяти томах", "Бес
    # томдық", "in three volumes"), read by the decoder only: a count, as its digits are
    count_numbers: tuple[str, ...] = ()
    # a journal's series word before its number right after the journal's name, read by the
    # decoder only (`// Вестник МГУ. Сер. 8. – 2005`): the host's name, never the volume
    host_series: tuple[str, ...] = ()
    # a note area's label before a date or pages that are no field of the cited work, read by
    # the decoder only: a law's revision date (`(ред. от 04.08.2023)`), a book's bibliography
    # pages (`– Библиогр.: с. 150–165`)
    area_labels: tuple[str, ...] = ()
    # page words that, written after one number, count the whole's pages, read by the decoder
    # only: this language writes a cited page's word before its number ("352 s." / "s. 45")
    extent_counted: tuple[str, ...] = ()
    # words that qualify an edition before its number, read by the decoder only
    # ("Genişletilmiş 2. Baskı", "Revised 3rd ed."): the edition's, never the title's
    edition_kind: tuple[str, ...] = ()
    # an edition's ordinal spelled out before its word, read by the decoder only ("Second
    # edition", "İkinci baskı"): the edition, never the title's
    edition_ordinal: tuple[str, ...] = ()
    # the numbered divisions of a parliament's record after its name, read by the decoder only
    # ("TBMM Zabıt Ceridesi, Dönem 2, Cilt 14, Birleşim 45"): no field's, the name the title
    record_division: tuple[str, ...] = ()
    # the label of a series' number closing a report's series, read by the decoder only
    # ("Asia Report No. 34", "№ 7"), matched case-folded
    series_number: tuple[str, ...] = ()
    # the last word of a report's series before its bare number, read by the decoder only: after
    # the title's sentence, the series and its number (`FAO Forestry and Rangeland Paper 12`,
    # `Migration and Development Brief 29`), never a type's word alone (`Paper Empires`)
    series_end: tuple[str, ...] = ()
    # the labels a language writes after their number, read by the decoder only: the cited
    # page after the number's period (`87. o.`), the total pages with no period between (`212
    # o.`; the issue's are `issue_after`); kept out of the page and extent words, whose tagger
    # features would read an initial (`D. O. Morgan`) or a word (`old.`) as a label
    page_after: tuple[str, ...] = ()
    extent_after: tuple[str, ...] = ()
    # the words of a part within a volume or an issue, read by the decoder only, after the
    # volume's number and a comma ("Т. 2, ч. 1", "Т. 4, кн. 2", "Vol. 3, pt. 2")
    part: tuple[str, ...] = ()
    # the part words that name a book of a work in books (`Кн. 3`): alone after the title,
    # with no volume or issue in the note, the book's number is the volume; decoder only
    part_book: tuple[str, ...] = ()
    # social platforms a post is cited on, read by the decoder only: standing alone between
    # commas the platform is the post's host ("X", "Twitter", "Telegram"); and the word of a
    # platform's channel before its quoted name ("Telegram-канал «Readovka»")
    platform: tuple[str, ...] = ()
    channel: tuple[str, ...] = ()
    # the medium MLA (7th edition) writes before the date it read a page online ("Web. 4 Mar.
    # 2021."), read by the decoder only: the date after it is the access date
    medium_online: tuple[str, ...] = ()
    # lower-case words inside a place's name, read by the decoder only ("Rio de Janeiro")
    place_joins: tuple[str, ...] = ()
    # a city's word after its name, read by the decoder only ("Алматы қ.: Жазушы")
    city_after: tuple[str, ...] = ()
    # GOST 7.0.100-2018's content and access designation, read by the decoder only: an element
    # of the description, never a title's words ("Текст : электронный", "Мәтін : тікелей")
    content_type: tuple[str, ...] = ()
    # GOST's note on how the work was reached, read before the note is tagged: the words that
    # open it ("Доступ из"); it names the database the document was read in (`Доступ из
    # справ.-правовой системы «КонсультантПлюс»`), no field of the work
    access_note: tuple[str, ...] = ()
    # GOST's note on where the title was read, read before the note is tagged: a whole
    # cataloguing note, no field of the work ("Загл. с экрана", "Title from screen")
    title_source: tuple[str, ...] = ()
    # the words before a date a title is stated as of, read by the decoder only: the date after
    # them is the title's, no issued date ("на", "по состоянию на", "as of": `Численность
    # населения на 1 января 2022 г.`)
    as_of: tuple[str, ...] = ()
    # GOST's other title information that makes the work a report, an interview or a
    # conference's proceedings, read by the decoder only: after the title's colon it is no
    # title's words ("доклад", "препринт", "материалы междунар. конф.", "баяндама")
    designation: tuple[str, ...] = ()
    # a word that counts a print run's copies, read by the decoder only: the number before it
    # is how many were printed, no year, page or extent ("экз.", "дана", "прим.", "nusxa")
    print_run: tuple[str, ...] = ()
    # a calendar's mark after a year given in two calendars, without its period, read by field
    # decoding only: Hijri, solar Hijri or Rumi (`1379 š./2000`, `1421 h./2000`, `1315 R./1897`)
    calendar_marks: tuple[str, ...] = ()
    # country names CLDR does not write, read by the decoder only ("USA", "Turkey"): a place
    # goes on over a country after it ("Astana, Kazakhstan"), which is no publisher
    countries: tuple[str, ...] = ()
    # a wiki's bracketed kind of the cited work or file right after its title, read by the
    # decoder only, as a language mark is: it closes the title, the site follows ("(PDF)",
    # "(Press release)", "(видео)", "(недоступная ссылка)")
    work_marks: tuple[str, ...] = ()
    # the labels of catalogue and database identifiers a reference may end with (a wiki's
    # `OCLC 48619406`, `PMID 28394350`): each with its value is no field's words
    identifier_labels: tuple[str, ...] = ()
    # ibid words whose period is the abbreviation's ("Ibid.", "a.y."), kept before a locator
    # ("Ibid., 15"); other words' period ends a sentence ("Там же.", "Сонда.")
    ibid_abbreviated: tuple[str, ...] = ()
    # ibid words naming "the same work" ("Şol eser"): after its author's name alone, that
    # author's work cited before (an op. cit.)
    work_again: tuple[str, ...] = ()
    # op. cit. words written right after the short title they close (Italian `Titolo cit., p.
    # 12`): no word of the title (a word typed bare elsewhere, Turkish `age`, may be one)
    opcit_after_title: tuple[str, ...] = ()
    # East Asian notes' words written right after a name or around a number, read by
    # `citations/east_asian.py` only (`小松久男編`, `第118編第4号`, `2017年9月5日`; its page's word
    # is `page_after`, `1-34頁`): an editor's word after the name, the ordinal's word before a
    # volume's or an issue's number, and the marks of a year, a month and a day, in that order;
    # `others_after`: "and others" after the first author's name (`정진아 외`, `王明等`)
    editor_after: tuple[str, ...] = ()
    number_before: tuple[str, ...] = ()
    date_marks: tuple[str, ...] = ()
    others_after: tuple[str, ...] = ()
    # the words after a cited page that take in the pages after it, part of the page as written
    # ("S. 240 f.", "S. 105 ff.", "p. 12 sq.", "С. 45 и сл.")
    pages_following: tuple[str, ...] = ()
    # the labels written before a number ("No.", "Nr.", "№", "n°", "Sayı"), read by the decoder
    # only: the number after a report's word with one of them is the report's own (its issue)
    number_labels: tuple[str, ...] = ()
    # a report's abbreviated words, read by the decoder only: IEEE's "Rep. no. 172345", with a
    # qualifier written before the word ("Tech. Rep. TR-12")
    report_abbreviated: tuple[str, ...] = ()
    # an issue's abbreviated word that is as often a name's initial, read by the decoder only
    # where a volume's number or year's bracket and a comma come before it and a number after
    # ("Osteuropa 64 (2014), H. 8": Heft)
    issue_abbreviated: tuple[str, ...] = ()
    # a reprint's or first edition's words, read by the decoder only: the year beside them is
    # the original's, not the work's date ("reprint of the 1899 edition", "репринт изд. 1899 г.")
    reprint: tuple[str, ...] = ()
    # of those, the words that date the first edition itself, read by the decoder only: the
    # year beside them is the record's `original-date` ("Original work published 1905", "1. bs.
    # 1993"); a reprint's own year may stand beside the others ("repr. 1991")
    first_published: tuple[str, ...] = ()
    # an archive's document's form after its shelf mark ("Подлинник", "Машинопись",
    # "Typescript"), read by the record builder only: CSL's `medium`, carried in `extra`
    archival_form: tuple[str, ...] = ()
    # a carrier counted in a non-book item's physical description closing its note ("1 фильм
    # (97 мин)", "1 электрон. опт. диск (CD-ROM)", "1 DVD"), read by the record builder only:
    # the count and carrier are CSL's `medium`, a running time in brackets its `dimensions`
    carrier: tuple[str, ...] = ()
    # the Hijri months ("Ramazan", "Ş"), read by the record builder only: an archive's Hijri
    # date (`15 Ş 1285`) is kept as written in the record's note, no field's
    hijri_month: tuple[str, ...] = ()
    # a people's adjective that heads a body's short name (`Kazakh Invest`), read by name
    # decoding only: such a name is a body's, whole
    demonym: tuple[str, ...] = ()
    # "the same author" words that open a source after `;`, read by the note splitter only:
    # the author is the one of the source before ("…; Он же. Хунну. М., 1960", "Idem, …")
    idem: tuple[str, ...] = ()
    # the note's own commentary after a source, read by the record builder only: carried as
    # the record's `note`, never reported as unparsed ("Translation mine", "Курсив наш")
    commentary: tuple[str, ...] = ()
    # a table's or figure's source line that the author compiled, read by the note classifier
    # only: the note names no work ("Kaynak: TÜİK verilerinden derlenmiştir", "составлено автором")
    compiled: tuple[str, ...] = ()
    # the word after a work's title in a sentence of prose, read by the note builder only: the
    # title is the capitalised words before it ("Klasik Çağ adlı eserinde", "«Абай жолы» атты")
    named: tuple[str, ...] = ()
    # a quoting word after a whole citation, read by the note splitter only: the work quoted,
    # then the one it is quoted from ("…, s. 23'ten aktaran …", "…, 12, quoted in …")
    quoting: tuple[str, ...] = ()
    # opening a bracket that closes a whole citation, before a colon: the work's translation,
    # a source of its own (`(Russ. ed.: …)`, `(Рус. пер.: …)`, `(Türkçesi: …)`; note splitter)
    translated_edition: tuple[str, ...] = ()
    # a single work's literary genre, read by the tagger's name passes only: a known name before
    # one is the work's title, no author ("Абай. Роман-эпопея", "Kemine. A Novel")
    literary_genre: tuple[str, ...] = ()
    # a writer known by one name alone (a pen name, a ruler's or classical poet's name), read by
    # the tagger's name passes only: alone before a period it is the author ("Babur. The
    # Baburnama.", "Nizamülmülk. Siyasetname.", "Навои. Избранное.")
    sole_name: tuple[str, ...] = ()
    # the words that open the reviewed book's description in a review's note, read by the
    # tagger only: the names after them are the reviewed book's authors, not the note's
    # ("Рецензия на кн.: Кляшторный С. Г. Title. М., 2003 // Journal")
    review_of: tuple[str, ...] = ()
    # the last word of a lead-in of prose closed by a colon that says the source follows, read
    # by the note's prefix reader only: a preposition or a verb no title ends with before its
    # colon ("Данные приводятся по: Всемирный банк. …", "Figures are taken from: World Bank,
    # …", "Rakamlar şu kaynaktan alınmıştır: …"); the lead-in is no part of the source
    source_lead_ends: tuple[str, ...] = ()
    # a word that joins one more source after `;`, read by the source splitter only, as it
    # reads an "and" there ("…, s. 91-96; ayrıca Zeki Velidi Togan, …", "…; также Иванов И.
    # И. …", "…; also Anna Brown, …"): the source after it is one of its own
    also_joins: tuple[str, ...] = ()
    # the word that joins a document's kind to its date, read by the decoder only: no part of
    # the title before it ("Постановление Правительства РФ от 12 мая 2015 г.", "Указ … від")
    dated: tuple[str, ...] = ()
    # the word joining a document's kind to its date in English-style notes, read by the
    # decoder only ("Judgment of 13 April 2017"): the kind's run before it is no host
    kind_dated: tuple[str, ...] = ()
    # a person's year of birth marked after it or before it, read by the decoder only: the
    # informant's birth year, no date of the work ("(1931 г. р.)", "1936 ж.т.", "(d. 1940)",
    # "(b. 1950)"): `born_after` follows the year, `born_before` opens it
    born_after: tuple[str, ...] = ()
    # the words that name the person an unpublished interview or a letter is with or from,
    # read for the author of a note typed an interview or a personal communication only:
    # `interviewee_before` opens the name ("Interview with Margaret O’Connell, …",
    # "Görüşme: Mehmet YILMAZ (…)"), `interviewee_after` closes it ("Ayşe Demir ile görüşme")
    interviewee_before: tuple[str, ...] = ()
    # an article's state before its issue, read by the decoder only ("Erken Görünüm", "Early
    # View", "Online First"): after the journal's name it is none of the name's words
    early_view: tuple[str, ...] = ()
    interviewee_after: tuple[str, ...] = ()
    # the words before an interview's interviewer ("interview by Elnar Bainazarov", "беседовал
    # Э. Байназаров"): CSL's `interviewer`, no author (`citations/interviewees.py`)
    interviewer: tuple[str, ...] = ()
    # the two letters a given name's initial keeps when it opens with them (Russian `Дж.` for
    # `Джеймс`): read by the CSL engine when it initialises a given name
    initial_digraph: tuple[str, ...] = ()
    # a column's word after a page, read by the decoder only ("С. 3, стб. 2", "s. 2, 3. sütun",
    # "p. 4, col. 2"): no field holds the column, which is reported
    column: tuple[str, ...] = ()
    # a city's abbreviation before an imprint's colon, read by the decoder only (GOST 7.0.12:
    # "L.: Routledge", "P. : Gallimard", "N. Y.: Knopf"): the place, the house after it
    city_abbreviations: tuple[str, ...] = ()
    # a software's or a data set's version label before its number after the title, read by the
    # decoder only ("(Version 2.1)", "(R package version 1.1.4)", "Версия 1.2.0"): CSL's `version`
    version: tuple[str, ...] = ()
    born_before: tuple[str, ...] = ()
    # words that point inside the work itself, read by the note classifier only: a note that
    # points only at another note or part of the work cites nothing ("См. примеч. 12.",
    # "See note 4 above.", "Bkz. 5. dipnot.", "Подробнее см. главу 3.")
    cross_reference: tuple[str, ...] = ()
    # the work's own tables, figures, maps and appendices, read by the note classifier only
    # (with `cross_reference`, not by an op. cit.'s note number): a note that points only at
    # one cites nothing ("См. табл. 2.", "Bkz. Şekil 3.", "See Table 2 below.")
    figure_reference: tuple[str, ...] = ()
    # the work's own named parts (introduction, conclusion, preface), read by the note
    # classifier only, after a "see" word: a note that points only at one cites nothing
    # ("Bkz. Giriş bölümü.", "См. введение.", "See the Conclusion below.")
    own_part: tuple[str, ...] = ()
    # a chapter's word before its number, read by the decoder only: the chapter a note cites
    # after the title is its locator, no word of the title ("Türk Milli Kültürü, Bölüm 3,
    # İstanbul", "Древнетюркские памятники. Гл. 2. М.", "Steppe Empires, ch. 4.")
    chapter: tuple[str, ...] = ()
    # the words after a cited chapter's number that name the book it is of, read by the
    # decoder only (Chicago's "ch. 1 in Central Asia: A History", "ch. 3 of The Kazakhs")
    chapter_of: tuple[str, ...] = ()
    # a part's or chapter's number written as a word, read by the decoder only: with a
    # chapter's word it is the cited chapter, no title or volume ("Chapter Three", "Üçüncü
    # Bölüm", "глава третья")
    locator_number: tuple[str, ...] = ()
    # the words that open a gloss, read by the note classifier only: a short note that
    # explains a word of the text cites nothing ("Ныне — Алматы.", "Так в оригинале.",
    # "Şimdiki adı Türkmenbaşı.", "That is, in the 1920s.")
    gloss: tuple[str, ...] = ()
    # what a note saying who funded or supported the work writes, read by the note classifier
    # only: such a note cites nothing ("Bu çalışma TÜBİTAK tarafından desteklenmiştir.",
    # "Исследование выполнено при поддержке …", "This work was supported by …")
    funding: tuple[str, ...] = ()
    # the words that open an example the text gives, read by the note classifier only: a
    # short phrase of prose after one names an event, no source ("Örneğin, 1916
    # ayaklanması.", "E.g., the famine of 1931–33.", "Например, восстание 1916 г.")
    example: tuple[str, ...] = ()
    # what a short remark writes of a source it could not reach, read by the note classifier
    # only: a few words in small letters around one cite nothing ("Текст не найден.",
    # "Not available online.", "Metne erişilemiyor.", "Ссылка не работает.")
    unreachable: tuple[str, ...] = ()
    # the label that opens an author's note before a colon, read by the note classifier only:
    # no word of the remark after it ("Not: Bu bilgi yazarın notlarından alınmıştır.")
    note_label: tuple[str, ...] = ()
    # the word a note writes for the work's own author, read by the note classifier only: a
    # note opening with it and a comma is a remark about the author, not a name before a
    # title ("Yazar, bu konudaki görüşlerini daha sonra değiştirmiştir.")
    author_noun: tuple[str, ...] = ()
    # the word naming a quoted term, before or after it, read by the note classifier only: the
    # quoted word is a term of the prose, no work's name ("Burada “Türkistan” terimi, …")
    term_word: tuple[str, ...] = ()
    # a letter's, an email's or a message's word, read by the type rules only: a note naming
    # one by itself, dated and printed nowhere, cites a personal communication ("Email to the
    # author, 4 June 2020.", "Yazarla e-posta yazışması, …", "Письмо автору …")
    correspondence: tuple[str, ...] = ()
    # the endings of a finite verb that closes a sentence of the language's formal prose, read
    # by the note classifier only: a note whose every sentence closes on one cites nothing
    # ("Tanzimat Fermanı, 3 Kasım 1839 tarihinde … okunmuştur.", "… кеңінен қолданылады.")
    predicate_ending: tuple[str, ...] = ()
    # the finite verbs only a sentence of prose writes in lower case, read by the note
    # classifier only: one sentence holding one, with no citation's marks, cites nothing
    # ("The Treaty of Kiakhta was signed between … in 1727.")
    finite_verb: tuple[str, ...] = ()
    # the endings only a finite verb has, read as `finite_verb` ("Дата приводится по …",
    # "Позднее он постригся в …": a reflexive verb's present or past)
    finite_verb_ending: tuple[str, ...] = ()
    # a romanised publisher's word written after its name, read by the decoder only: the
    # name's as written, not a label ("Moscow, Nauka Publ., 1983", the Scopus and RSCI form)
    publisher_after: tuple[str, ...] = ()
    # a publisher's word abbreviated with its period inside the publisher's name, read by the
    # decoder only: the name goes on past its period (`Yale Univ. Press`, `Ankara Üniv. Yay.`)
    publisher_abbreviated: tuple[str, ...] = ()
    # the word before a thesis's field of study and its code after the title's colon, read by
    # the decoder only: `Title : специальность 23.00.02 «…»` (GOST 7.0.100) is no title's words
    specialty: tuple[str, ...] = ()
    # the bare "in" words that open a host without a colon, read by the decoder only (the
    # tagger's `in` words stay as trained): a host's own "in" is its word ("… in Kazakhstan in
    # the Making, ed. …")
    in_bare: tuple[str, ...] = ()
    # the platforms a video is cited on, read by the decoder only: named as the host after the
    # video's title, the name before that title is the channel, the video's author ("Al
    # Jazeera, “…”, YouTube", "Kazinform. «…». YouTube")
    video_host: tuple[str, ...] = ()
    # the domains of social platforms, read by the item-type rules only: a post on one is a web
    # page of the platform ("twitter.com", "t.me", "vk.com")
    social_host: tuple[str, ...] = ()
    # parts of an address that tell the item's type, read by the item-type rules only: a video
    # platform's domain ("youtube.com"), a journal platform's article path ("/article/view/",
    # "dergipark.org.tr/"), a blog platform or section ("wordpress.com", "/blog/"), and a wiki's
    # or an encyclopedia's host name ("wikipedia.org", a language's stem: "ansiklop"), and a
    # state's database of its acts ("adilet.zan.kz", "mevzuat.gov.tr")
    video_address: tuple[str, ...] = ()
    journal_address: tuple[str, ...] = ()
    blog_address: tuple[str, ...] = ()
    wiki_address: tuple[str, ...] = ()
    law_address: tuple[str, ...] = ()
    # the articles that may open a name written after a phrase and are not part of it, read by
    # the decoder only (`Paper presented at the National Congress`: the meeting is `National …`)
    articles: tuple[str, ...] = ()
    # the small words that join the capitalised words of a periodical's or a series' name,
    # beside `and` and the articles, read by the decoder only (`Journal of Phonetics`, `Working
    # Papers in Turkic Linguistics`, `Zeitschrift für …`)
    name_joiners: tuple[str, ...] = ()
    # an issue's label written with no period, read by the decoder only: after the volume, the
    # number after it is the issue (`Cilt 10, No: 1`, `Vol. 5 No 2`)
    issue_bare: tuple[str, ...] = ()
    # an issue's word as a name's possessive, read by the decoder only: the number after it is
    # the issue (`Resmî Gazete Sayısı: 25611`, "the Gazette's issue")
    issue_possessive: tuple[str, ...] = ()
    # a preprint server's name before its identifier, read by the decoder only: the
    # identifier is the work's host, never the title's words (`arXiv:2005.14165`)
    preprint_servers: tuple[str, ...] = ()
    # the first label of an exporter's own record after a reference, read by the decoder
    # only: from it on nothing is a field of the work (Scopus's `Document Type: Article`)
    export_labels: tuple[str, ...] = ()
    # the Persian izafet's suffixes as a Turkic language writes them after a hyphen, read by
    # the decoder only: they join a press's word to its name (`Matbaa-i Âmire`, `-yı`)
    izafet: tuple[str, ...] = ()
    # an editor's shortened word read only as written, with its period, read by the decoder
    # only: the lexicon folds case, and German's article `der` is no role (`Der.`, `der.`)
    editor_cased: tuple[str, ...] = ()
    # a publisher's series' word after its ordinal, read by the decoder only: the series and
    # its number after the publisher are no place and no issue (`TTK Yayınları, VII. Dizi,
    # Sayı 112, Ankara 1976`)
    publisher_series: tuple[str, ...] = ()
    # the label of a book's number in its publisher's series, read by the decoder only
    # (`VII. Dizi, Sa. 32`, `VII. Seri, No. 32`), matched case-folded
    publisher_series_number: tuple[str, ...] = ()
    # a note's label glued between a page and the note's number, read by an ibid's page only
    # (`Ibid., 45n12`: page 45, its note 12)
    note_after: tuple[str, ...] = ()
    # the word between an ibid and its page in legal citation (Bluebook's `Id. at 45`), read by
    # an ibid's page only
    page_at: tuple[str, ...] = ()
    # the word after a part's page range that opens the page the note cites, read by the
    # decoder only (`301–27, at 310`, `С. 33–41, здесь с. 35`): that page is the locator
    pinpoint: tuple[str, ...] = ()
    # the word joining the two years of a span (`1990 to 2015`), read by the decoder only
    year_span: tuple[str, ...] = ()
    # a company's legal form closing its name (`A.Ş.`, `Ltd. Şti.`), read by the decoder only:
    # the name it closes between two commas is the publisher's, no person's initials
    company_end: tuple[str, ...] = ()
    # the head word of an Arabic publishing house (`Dâru’l-Ma‘rife`, `Dār al-Kutub`)
    house_head: tuple[str, ...] = ()
    # a thesis's advisor's role word before the name (`Danışman:`, `науч. рук.`), read by the
    # tagger's fixed roles only: the phrase and the name are no field's
    advisor: tuple[str, ...] = ()
    # the shortened "saint" opening a place's or a church's name (`St. Petersburg`, `St.
    # Andrews`, `Св. Софии`), read by the decoder only: heading a note it opens the title, no
    # person's initial
    saint: tuple[str, ...] = ()
    # the words of an estimate that open a note before its number, read by the note classifier
    # only: a short note giving how many or how much cites nothing ("Около 40 тыс. человек.",
    # "Yaklaşık 300 bin kişi.", "About 40,000 people.")
    approximately: tuple[str, ...] = ()
    # what a journal writes before the dates an article was received and accepted, read by the
    # note classifier only: a note giving them dates the article and cites nothing ("Статья
    # поступила в редакцию 12.03.2021", "Geliş Tarihi: 12.03.2021", "Received 12 March 2021")
    received: tuple[str, ...] = ()
    # a head of state's office written before a name (`Türkmenistanyň Prezidenti Serdar
    # Berdimuhamedow`, `Президент Туркменистана Гурбангулы Бердымухамедов`), read by the name
    # splitter only: the name is the two words after the office's phrase
    office: tuple[str, ...] = ()
    # publishing houses often cited by their name alone, read by the decoder only: a name in the
    # brackets that close a reference before its year is the house, no place (Nature's
    # `(Springer, 2014)`); and the endings of a house's name (`Gidrometeoizdat`, `Politizdat`)
    houses: tuple[str, ...] = ()
    house_endings: tuple[str, ...] = ()
