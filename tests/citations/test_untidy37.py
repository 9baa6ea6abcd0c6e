"""Session 37's readers: forms met in notes written by hand for this session, each a family of
notes rather than one source (see `benchmarks/results/tagger.md`, session 37)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


def _cited(text: str) -> Citation:
    note = _note(text)
    assert note.kind is NoteKind.CITATION, note
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Конституция Республики Казахстан (принята на республиканском референдуме 30 августа "
            "1995 года) (с изменениями и дополнениями по состоянию на 19.09.2022 г.).",
            "Конституция Республики Казахстан",
        ),
        (
            "Налоговый кодекс Российской Федерации (часть вторая) (ред. по состоянию на "
            "01.01.2024).",
            "Налоговый кодекс Российской Федерации (часть вторая)",
        ),
    ],
)
def test_an_acts_amended_state_dates_no_data(text: str, title: str) -> None:
    """`по состоянию на` inside an act's amendment bracket gives the version read, not a
    compiled table's date: the note cites the act (it was read as a comment, and lost)."""
    cited = _cited(text)
    assert cited.title == title
    assert cited.type == "legislation"
    assert "по состоянию на" in (cited.note or "")


def test_a_compiled_source_line_is_still_a_comment() -> None:
    note = _note("Источник: составлено автором по данным Росстата (по состоянию на 01.01.2023).")
    assert note.kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "page", "title"),
    [
        (
            "Ivanov, A.B.; Petrova, C.D. Gas pipelines and regional cooperation. "
            "Sustainability 2021, 13, 4567.",
            "Sustainability",
            "13",
            None,
            "4567",
            "Gas pipelines and regional cooperation",
        ),
        (
            "Kuanyshev, S.; Ali, M. Water governance in the Aral basin. J. Environ. Manag. "
            "2018, 210, 45–58.",
            "J. Environ. Manag.",
            "210",
            None,
            "45–58",
            "Water governance in the Aral basin",
        ),
        (
            "Lee, K.; Park, S. Trade and growth in Central Asia. Int. J. Mol. Sci. 2020, "
            "21(4), 1234. https://doi.org/10.3390/ijms21041234",
            "Int. J. Mol. Sci.",
            "21",
            "4",
            "1234",
            "Trade and growth in Central Asia",
        ),
    ],
)
def test_the_acs_journal_form(
    text: str, journal: str, volume: str, issue: str | None, page: str, title: str
) -> None:
    """`Journal Year, Volume(Issue), Pages.`: the words before the year name the journal (an
    abbreviated name keeps its words), the numbers after it are the volume, issue and pages."""
    cited = _cited(text)
    assert (cited.container, cited.volume, cited.issue) == (journal, volume, issue)
    assert (cited.page, cited.title, cited.type) == (page, title, "article-journal")


def test_a_title_closing_on_a_place_is_no_journal_abbreviation() -> None:
    """`Asia.` closes the title: a word ending on a vowel past three letters is no
    abbreviation of a journal's name."""
    cited = _cited("Lee, K. Trade in Central Asia. Int. J. Econ. 2020, 21, 12–30.")
    assert cited.title == "Trade in Central Asia"
    assert cited.container == "Int. J. Econ."


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        (
            "KARPAT Kemal H., Osmanlı Nüfusu (1830-1914), Tarih Vakfı Yurt Yayınları, "
            "İstanbul 2003, s. 45.",
            "KARPAT",
            "Kemal H.",
        ),
        ("Ali K. YILMAZ, Türk Dış Politikası, Ankara 2015, s. 12.", "YILMAZ", "Ali K."),
        ("Ayşe B. KAYA. Kazak Edebiyatı. Ankara: TDK, 2010.", "KAYA", "Ayşe B."),
    ],
)
def test_a_family_in_capitals_beside_initials(text: str, family: str, given: str) -> None:
    """The word in capitals is the family, wherever the given name's initial stands."""
    cited = _cited(text)
    assert [(n.family, n.given) for n in cited.authors] == [(family, given)]
    assert cited.title not in (None, family)


@pytest.mark.parametrize("mark", [":", ","])
def test_a_city_and_its_state_before_a_publisher(mark: str) -> None:
    text = (
        "Rumer, Boris (ed.), Central Asia at the End of the Transition, "
        f"Armonk (NY){mark} M.E. Sharpe, 2005, p. 34."
    )
    cited = _cited(text)
    assert (cited.publisher_place, cited.publisher) == ("Armonk (NY)", "M.E. Sharpe")
    assert cited.type == "book"
    assert not cited.authors


@pytest.mark.parametrize(
    ("text", "series", "number"),
    [
        (
            "International Crisis Group, Tajikistan: The Changing Insurgent Threats, Asia "
            "Report Nº 205, 24 May 2011.",
            "Asia Report",
            "205",
        ),
        (
            "International Crisis Group, Central Asia’s Silk Road Rivalries, Europe and Central "
            "Asia Report N°245, 27 July 2017.",
            "Europe and Central Asia Report",
            "245",
        ),
        (
            "Crisis Group, Kyrgyzstan: A Hollow Regime Collapses, Asia Briefing No. 102, "
            "27 April 2010.",
            "Asia Briefing",
            "102",
        ),
    ],
)
def test_a_reports_number_after_the_ordinal_or_degree_sign(
    text: str, series: str, number: str
) -> None:
    """`N°` (a degree sign, tokenized apart) and `Nº` label a report's number as `No.` does:
    the series is the genre, the number the report's own, the title stops before them."""
    cited = _cited(text)
    assert (cited.genre, cited.issue, cited.type) == (series, number, "report")
    assert cited.title is not None
    assert series not in cited.title


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Ahmet Kaya, Osmanlı Tarihi, Ankara Üniv. Yay., Ankara 2010, s. 5.",
            "Osmanlı Tarihi",
            "Ankara Üniv. Yay",
        ),
        (
            "Ali Yılmaz, Türk Edebiyatı Tarihi, İstanbul Üniv. Edebiyat Fakültesi Yay., "
            "İstanbul 1999, s. 12.",
            "Türk Edebiyatı Tarihi",
            "İstanbul Üniv. Edebiyat Fakültesi Yay",
        ),
        (
            "Brown, K. The Steppe. Cambridge, MA: Harvard Univ. Press, 2001.",
            "The Steppe",
            "Harvard Univ. Press",
        ),
    ],
)
def test_an_abbreviated_word_inside_a_publishers_name(
    text: str, title: str, publisher: str
) -> None:
    """`Univ.`, `Üniv.` (`[words] publisher_abbreviated`): the name goes on past the period."""
    cited = _cited(text)
    assert (cited.title, cited.publisher, cited.type) == (title, publisher, "book")


@pytest.mark.parametrize("place", ["N.Y.", "N. Y."])
def test_new_york_abbreviated(place: str) -> None:
    cited = _cited(f"Kennan, G. American Diplomacy. {place}: Mentor Books, 1951, p. 12.")
    assert (cited.publisher_place, cited.publisher) == (place, "Mentor Books")
    assert cited.unparsed == ()


@pytest.mark.parametrize("quote", ["'{}'", "“{}”", "«{}»"])
def test_an_outlet_before_a_quoted_headline(quote: str) -> None:
    """The quote closes right after the model's title: the name before the comma is no part
    of the title."""
    headline = "Turkmenistan, Azerbaijan discuss energy cooperation"
    cited = _cited(f"Trend, {quote.format(headline)}, 12 March 2021.")
    assert cited.title == headline
    assert "Trend" in (cited.container or "") + "".join(n.literal or "" for n in cited.authors)


_BOOK = "Karal, Enver Ziya. Osmanlı Tarihi. Ankara: TTK, 1988, s. 51."


@pytest.mark.parametrize(
    ("mark", "language"),
    [(" (in Russian).", "ru"), (" (на рус. яз.)", "ru"), (" (Kazakh).", "kk"), (" (Rusça)", "ru")],
)
def test_a_closing_language_mark_moves_no_field(mark: str, language: str) -> None:
    """A round bracket with a language mark after the source's last field is the record's
    language; the fields read as they are without it."""
    plain = _cited(_BOOK)
    marked = _cited(_BOOK + mark)
    assert (marked.title, marked.publisher, marked.page) == (
        plain.title,
        plain.publisher,
        plain.page,
    )
    assert marked.title == "Osmanlı Tarihi"
    assert marked.language == language


def test_a_square_language_mark_moves_no_field() -> None:
    """`[in Kazakh]` after a title given in translation: the title's language stays."""
    cited = _cited("Abdullaev K. Kazakh ancestral laws. Almaty: Zheti Zhargy, 1998. [in Kazakh]")
    assert (cited.title, cited.publisher, cited.language) == (
        "Kazakh ancestral laws",
        "Zheti Zhargy",
        "en",
    )


def test_the_issue_after_the_year_inside_the_bracket() -> None:
    """`Journal 45 (2014/1), 7-34`: the volume, then the year and the issue in one bracket."""
    cited = _cited(
        "Ağayev, Elnur. “Türkmenistan’ın Dış Politikası ve Tarafsızlık Statüsü”. Avrasya "
        "Etüdleri 45 (2014/1), 7-34."
    )
    assert (cited.container, cited.volume, cited.issue) == ("Avrasya Etüdleri", "45", "1")
    assert cited.issued is not None
    assert cited.issued.year == 2014


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tokaev K. Svet i ten'. Moscow: Mezhdunarodnye otnosheniya, 2008. 624 p.", "Svet i ten'"),
        ("Smith J. 'Svet i ten', Moscow, 2008.", "Svet i ten"),
    ],
)
def test_a_soft_sign_closing_a_romanised_title(text: str, title: str) -> None:
    """A transliterated soft sign glued to the title's last word is the title's; a quote that
    opened before the title closes it."""
    assert _cited(text).title == title


def test_a_list_of_countries_in_a_chicago_title() -> None:
    """The places listed in the title, before the imprint's own `Place: Publisher`, are the
    title's: no place, and the last one no editor."""
    cited = _cited(
        "Hiro, Dilip. Inside Central Asia: A Political and Cultural History of Uzbekistan, "
        "Turkmenistan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkey, and Iran. New York: Overlook "
        "Duckworth, 2009."
    )
    assert cited.title is not None
    assert cited.title.endswith("Turkey, and Iran")
    assert (cited.publisher_place, cited.publisher) == ("New York", "Overlook Duckworth")
    assert not cited.editors


def test_a_body_before_apas_date_is_the_author() -> None:
    cited = _cited(
        "Ministry of Foreign Affairs of Turkmenistan. (2020). Foreign policy priorities. "
        "Retrieved from https://www.mfa.gov.tm/en/articles/2"
    )
    assert cited.title == "Foreign policy priorities"
    assert [n.literal for n in cited.authors] == ["Ministry of Foreign Affairs of Turkmenistan"]


def test_a_speechs_day_before_gosts_slashes_and_an_address() -> None:
    """`Послание …, 1 сентября 2020 г. // https://…`: the day closes the title's sentence, it is
    the speech's date, no word of its title."""
    cited = _cited(
        "Послание Главы государства Касым-Жомарта Токаева народу Казахстана, 1 сентября 2020 г. "
        "// https://www.akorda.kz/ru/addresses/poslanie"
    )
    assert cited.title == "Послание Главы государства Касым-Жомарта Токаева народу Казахстана"
    assert cited.issued is not None
    assert (cited.issued.year, cited.issued.month, cited.issued.day) == (2020, 9, 1)


def test_a_quoted_paper_after_the_date_cites() -> None:
    """A note closing on a quoted paper's name and its word (`“Türkmenistan” gazeti.`) cites
    the paper, however its last word ends (`-ti`, a Turkish past tense's ending)."""
    note = _note(
        "Türkmenistanyň Prezidentiniň Türkmen halkyna Ýüzlenmesi, 2019-njy ýylyň 1-nji "
        "ýanwary, “Türkmenistan” gazeti."
    )
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == "Türkmenistanyň Prezidentiniň Türkmen halkyna Ýüzlenmesi"


def test_prose_on_a_paper_stays_a_comment() -> None:
    assert _note("Мақала 2019 жылы «Егемен Қазақстан» газетінде жарияланды.").kind is (
        NoteKind.COMMENT
    )


def test_a_notes_editors_in_direct_order_before_the_title() -> None:
    """Chicago's note: `A, B, and C, eds., Title (Place: Publisher, Year)`: the names are the
    editors, the role word no title."""
    cited = _cited(
        "Nicola Di Cosmo, Allen J. Frank, and Peter B. Golden, eds., The Cambridge History of "
        "Inner Asia: The Chinggisid Age (Cambridge: Cambridge University Press, 2009), 12."
    )
    assert cited.title == "The Cambridge History of Inner Asia: The Chinggisid Age"
    assert [n.family for n in cited.editors] == ["Di Cosmo", "Frank", "Golden"]
    assert not cited.authors


def test_a_name_a_title_and_a_role_stay_so() -> None:
    """`Name, Title, ed., Host.`: the title between is no second editor."""
    cited = _cited("Ahmet Kaya, Türk Tarihi, ed., Türk Devletleri. Ankara: TTK, 2001.")
    assert [n.family for n in cited.authors] == ["Kaya"]
    assert not cited.editors


def test_the_works_author_among_its_hosts_editors() -> None:
    cited = _cited(
        "Allen J. Frank, “The Western Steppe,” in The Cambridge History of Inner Asia, ed. "
        "Nicola Di Cosmo, Allen J. Frank, and Peter B. Golden (Cambridge: Cambridge University "
        "Press, 2009), 237–59."
    )
    assert [n.family for n in cited.authors] == ["Frank"]
    assert [n.family for n in cited.editors] == ["Di Cosmo", "Frank", "Golden"]


@pytest.mark.parametrize(
    ("text", "title", "field"),
    [
        (
            "Ахметова, С. Г. Идентичность казахстанской молодежи : специальность 23.00.02 "
            "«Политические институты, процессы и технологии» : автореферат диссертации на "
            "соискание ученой степени кандидата политических наук / Ахметова Салтанат "
            "Галымжановна. – Алматы, 2012. – 28 с.",
            "Идентичность казахстанской молодежи",
            "специальность 23.00.02",
        ),
        (
            "Әбілқасымов Б. Қазақ әдеби тілінің тарихы : 10.02.02 – қазақ тілі мамандығы "
            "бойынша филол. ғыл. докт. дис. авторефераты. Алматы, 1993. 48 б.",
            "Қазақ әдеби тілінің тарихы",
            "10.02.02",
        ),
    ],
)
def test_a_theses_field_of_study_is_no_title(text: str, title: str, field: str) -> None:
    """GOST 7.0.100's `Title : специальность 23.00.02 «…»`: the field and its code are kept in
    the record's note, not the title."""
    cited = _cited(text)
    assert (cited.title, cited.type) == (title, "thesis")
    assert field in (cited.note or "")


def test_turkmens_access_label_giris_senesi() -> None:
    cited = _cited("https://tdh.gov.tm/tk/post/12345/habar (Giriş senesi: 12.04.2021).")
    assert cited.accessed is not None
    assert (cited.accessed.year, cited.accessed.month, cited.accessed.day) == (2021, 4, 12)


def test_a_kazakh_classic_in_the_latin_alphabet_is_the_author() -> None:
    cited = _cited("Abaı. Qara sózder. Almaty: Jazýshy, 2015. 120 b.")
    assert cited.title == "Qara sózder"
    assert [n.literal or n.family for n in cited.authors] == ["Abaı"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Sarsembayev, Marat. Almaty, Astana and the Politics of Capital Relocation. London: "
            "Routledge, 2019.",
            "Almaty, Astana and the Politics of Capital Relocation",
        ),
        (
            "Иванов И. И. Москва, Ташкент, Алматы: города империи. М.: Наука, 2010. 300 с.",
            "Москва, Ташкент, Алматы: города империи",
        ),
        (
            "Ahmet Kaya, Ankara, Moskova ve Pekin Arasında Orta Asya, İstanbul: Kitap Yayınevi, "
            "2018, s. 12.",
            "Ankara, Moskova ve Pekin Arasında Orta Asya",
        ),
        (
            "Смағұлов Қ. Алматы – Астана: екі астана тарихы. Алматы: Қазақ университеті, 2012.",
            "Алматы – Астана: екі астана тарихы",
        ),
        (
            "Ataýew, A. Aşgabat, Mary, Daşoguz: Türkmenistanyň şäherleri. Aşgabat: Ylym, 2014.",
            "Aşgabat, Mary, Daşoguz: Türkmenistanyň şäherleri",
        ),
    ],
)
def test_cities_opening_a_title(text: str, title: str) -> None:
    """Cities between the author and the title, with the place of publication named after the
    title, are the title's first words: no place, no second author."""
    cited = _cited(text)
    assert cited.title == title
    assert len(cited.authors) == 1


def test_a_given_name_that_is_a_city_stays_the_name() -> None:
    cited = _cited("Smith, Mary, Land Reform in Kazakhstan, London: Routledge, 2001.")
    assert cited.title == "Land Reform in Kazakhstan"
    assert [(n.family, n.given) for n in cited.authors] == [("Smith", "Mary")]


def test_an_initial_shaped_like_a_citys_abbreviation_stays_the_name() -> None:
    # `М.` abbreviates Moscow, `Л.` Leningrad: after `И.` they are initials, no title's city
    cited = _cited("Иванов И. М., Петров П. Л. Очерки. Алматы, 2015.")
    assert cited.title == "Очерки"
    assert [(n.family, n.given) for n in cited.authors] == [
        ("Иванов", "И. М."),
        ("Петров", "П. Л."),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Malcolm N. Shaw, International Law, Sources and Subjects, 8th ed. (Cambridge: "
            "Cambridge University Press, 2017), 92.",
            "International Law, Sources and Subjects",
        ),
        (
            "Bill Bowring, Law, Rights and Ideology in Russia (Routledge 2013) 88.",
            "Law, Rights and Ideology in Russia",
        ),
    ],
)
def test_a_law_book_is_no_act(text: str, title: str) -> None:
    """A book a person wrote and a house published, its title opening with `Law`, is a book:
    the word is the title's, no act's kind."""
    cited = _cited(text)
    assert (cited.title, cited.type, cited.genre) == (title, "book", None)


@pytest.mark.parametrize(
    ("text", "studio", "place"),
    [
        ("Eşkıya. Yönetmen: Yavuz Turgul. Filmacass, 1996.", "Filmacass", None),
        ("Eşkıya (Yönetmen: Yavuz Turgul, 1996).", None, None),
        ("Eşkıya (yön. Yavuz Turgul). Türkiye, 1996.", None, "Türkiye"),
        ("Eşkıya (yön. Yavuz Turgul). Türkiye: Filmacass, 1996.", "Filmacass", "Türkiye"),
    ],
)
def test_a_films_director_credit(text: str, studio: str | None, place: str | None) -> None:
    """The credit, in brackets or in its own sentence and with a colon, names the director:
    CSL's `director` in the record's extra, no title's words and no publisher; a country after
    it is the place, other words the studio."""
    cited = _cited(text)
    assert (cited.type, cited.title) == ("motion_picture", "Eşkıya")
    assert (cited.publisher, cited.publisher_place) == (studio, place)
    extra = dict(cited.extra)
    assert extra.get("director") == '[{"family": "Turgul", "given": "Yavuz"}]'


def test_a_films_credit_names_no_editor_and_loses_nothing() -> None:
    note = _note("Borat (directed by Larry Charles and Sacha Baron Cohen). USA, 2006.")
    (cited,) = note.citations
    assert (cited.title, cited.publisher_place) == ("Borat", "USA")
    assert (cited.editors, cited.authors) == ((), ())
    assert dict(cited.extra).get("director", "").count("family") == 2
    assert not cited.unparsed


def test_a_see_word_in_a_titles_capitals_opens_no_source() -> None:
    """`As I See It`: the capitalised "see" word follows a word in capitals, so the words
    before it are the note's, no lead-in dropped unread."""
    (cited,) = _note("J. Paul Getty, As I See It (New York: Prentice Hall, 1976), 12.").citations
    assert "As I" in " ".join(cited.unparsed) or cited.title == "As I See It"
    led = _cited("For a different view, See John Smith, The Road (London: Faber, 2001).")
    assert (led.title, [n.family for n in led.authors]) == ("The Road", ["Smith"])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Абенов Е. Реформа власти: дис. … канд. полит. наук: 23.00.02. – Алматы, 2005.",
            "23.00.02",
        ),
        (
            "Белозеров И. В. Религиозная политика Золотой Орды : дис. ... канд. ист. наук : "
            "07.00.02, 23.00.04 / Белозеров Иван Валентинович. – М., 2002. – 215 с.",
            "07.00.02, 23.00.04",
        ),
    ],
)
def test_a_theses_codes_after_its_genre_are_its_field_of_study(text: str, codes: str) -> None:
    """GOST 7.1 writes the field's codes after the genre and a colon: the record's note, as
    `специальность 23.00.02` is, not lost text."""
    (cited,) = _note(text).citations
    assert (cited.type, cited.note) == ("thesis", codes)
    assert not any(code in " ".join(cited.unparsed) for code in codes.split(", "))


def test_gosts_responsibility_list_in_full_names_names_no_host() -> None:
    """GOST 7.1 repeats the authors after the slash, given names in full: the second name of
    that list is an author, not the book's host."""
    cited = _cited(
        "Иванов И. И. История Казахстана : учебник / Иванов Иван Иванович, Петров Петр "
        "Петрович. – Алматы : Мектеп, 2010. – 300 с."
    )
    assert (cited.type, cited.container) == ("book", None)
    assert [n.family for n in cited.authors] == ["Иванов", "Петров"]


@pytest.mark.parametrize(("written", "family"), [("M. Öz", "Öz"), ("L. Le", "Le"), ("A. Ak", "Ak")])
def test_an_initial_before_a_two_letter_family(written: str, family: str) -> None:
    """A two-letter family after an initial (`M. Öz (Ed.)`) is no run of initials."""
    cited = _cited(
        f"Kocaman, Ö. (2010). Başlık. {written} (Ed.), Kitap içinde (ss. 12-30). Ankara: TTK."
    )
    assert [(n.family, n.given) for n in cited.editors] == [(family, written.split()[0])]
