"""Forms the helper-written blind sets `blind43*` found unread (session 43)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def _date(c: Citation, key: str) -> list[int | None] | None:
    value = c.issued if key == "issued" else c.accessed
    return None if value is None else [value.year, value.month, value.day]


def test_quoted_title_keeps_its_first_words() -> None:
    c = _one(
        "Ali Demir, “Cumhuriyet Arşivi Kayıtlarına Göre Dersim Harekâtı (1937-1938)” "
        "(Yayımlanmamış Yüksek Lisans Tezi, Fırat Üniversitesi, 2012), s. 41."
    )
    assert c.title == "Cumhuriyet Arşivi Kayıtlarına Göre Dersim Harekâtı (1937-1938)"


@pytest.mark.parametrize(
    "note",
    [
        "Jane Roe, “Notes from the Archive,” The Mid-Century Map (blog), March 9, 2016, "
        "https://www.midcenturymap.com/2016/03/notes.html.",
        "Jane Roe, “Notes from the Archive,” Neutral Turkmenistan, May 9, 2016, 4.",
    ],
)
def test_unlabelled_day_is_the_works_date(note: str) -> None:
    c = _one(note)
    assert _date(c, "issued") == [2016, 3 if "March" in note else 5, 9]
    assert _date(c, "accessed") is None
    if "http" not in note:
        assert c.page == "4"


def test_labelled_day_stays_an_access_date() -> None:
    c = _one(
        "Jane Roe, “Notes from the Archive,” Old Papers (blog), accessed May 9, 2016, "
        "https://oldpapers.example.org/2016/05/notes.html."
    )
    assert _date(c, "accessed") == [2016, 5, 9]


def test_handle_in_brackets_and_platform_after_the_posts_text() -> None:
    c = _one(
        "Mykhailo Podolyak (@Podolyak_M), “Russia must leave all occupied territories,” "
        "Twitter, April 1, 2022, 9:30 a.m., "
        "https://twitter.com/Podolyak_M/status/1509000000000000000."
    )
    assert [a.family for a in c.authors] == ["Podolyak"]
    assert c.container == "Twitter"
    assert c.title == "Russia must leave all occupied territories"


def test_a_time_of_day_after_the_date_is_no_title() -> None:
    c = _one(
        "Readovka, Telegram post, 2 March 2023, 18:20 MSK, https://t.me/readovka/55012 "
        "(in Russian; accessed 3 March 2023)."
    )
    assert c.title is None or "MSK" not in c.title
    assert _date(c, "accessed") == [2023, 3, 3]


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            "Jane Roe and John Doe, “After the Thaw,” The Eurasia Hour podcast, June 5, 2023, "
            "https://eurasiahour.example.com/ep/55.",
            "The Eurasia Hour",
        ),
        (
            "“Interview with the Minister,” YouTube video, 12:10, posted by Khabar 24, "
            "May 2, 2022, https://www.youtube.com/watch?v=xyz.",
            "YouTube",
        ),
        (
            "Ayşe Kara, “Seçimden sonra”, Gazete Duvar (podcast), 3 Haziran 2023, "
            "https://open.spotify.com/episode/abc",
            "Gazete Duvar",
        ),
    ],
)
def test_a_hosts_kind_after_its_name_is_no_part_of_it(note: str, host: str) -> None:
    assert _one(note).container == host


def test_oscola_chapter_editors_after_a_comma() -> None:
    c = _one(
        "See Anna Kerr, 'Amnesties and the Right to Truth', in Mark Freeman and Ruti Teitel "
        "(eds), Transitional Justice Reader (Cambridge University Press 2015) 201–230."
    )
    assert c.type == "chapter"
    assert [e.family for e in c.editors] == ["Freeman", "Teitel"]
    assert c.container == "Transitional Justice Reader"
    assert (c.publisher, c.page) == ("Cambridge University Press", "201–230")


def test_bluebook_last_visited_is_the_access_date() -> None:
    c = _one(
        "Ilgar Mammadov v. Azerbaijan, Application no. 15172/13, Judgment of 22 May 2014, "
        "https://hudoc.echr.coe.int/eng?i=001-144124 (last visited Feb. 9, 2020)."
    )
    assert _date(c, "accessed") == [2020, 2, 9]


@pytest.mark.parametrize(
    ("note", "series", "volume", "page"),
    [
        (
            "Convention on the Rights of the Child, 20 November 1989, 1577 U.N.T.S. 3.",
            "U.N.T.S.",
            "1577",
            "3",
        ),
        (
            "Convention on Biological Diversity (adopted 5 June 1992) 1760 UNTS 79.",
            "UNTS",
            "1760",
            "79",
        ),
    ],
)
def test_a_treaty_series_volume_and_page(note: str, series: str, volume: str, page: str) -> None:
    c = _one(note)
    assert (c.container, c.volume, c.page) == (series, volume, page)


def test_dotted_capitals_open_the_host() -> None:
    c = _one(
        "Reservations to the Genocide Convention, Advisory Opinion, I.C.J. Reports 1951, p. 15."
    )
    assert c.container == "I.C.J. Reports"


def test_vancouver_volume_and_pages_are_no_time_of_day() -> None:
    c = _one("Ahmedov O, Nurieva N. Title of the study on rural health. Garagum. 1966;5:45–68.")
    assert (c.volume, c.page) == ("5", "45–68")


def test_a_city_and_its_colon_open_the_title_before_the_imprint() -> None:
    c = _one(
        "Mak, Geert. Istanbul: Memories of the City. Translated by Sam Garrett, Vintage, 2009."
    )
    assert c.title == "Istanbul: Memories of the City"


def test_mla_second_family_in_capitals() -> None:
    c = _one(
        "PUTNAM, Robert D., and David E. CAMPBELL. American Grace: How Religion Divides and "
        "Unites Us. Simon & Schuster, 2010."
    )
    assert [a.family for a in c.authors] == ["PUTNAM", "CAMPBELL"]
    assert c.title == "American Grace: How Religion Divides and Unites Us"


def test_harvard_editors_with_digraph_initials() -> None:
    c = _one(
        "Smith, J. (2001) ‘Soviet fields’, in Davies, R., Kozlov, V.Iu. and Wheatcroft, S.G. "
        "(eds) Economic history of the USSR. London: Macmillan, pp. 45–60."
    )
    assert [e.family for e in c.editors] == ["Davies", "Kozlov", "Wheatcroft"]


def test_vancouver_editors_initials_are_no_editor_word() -> None:
    c = _one(
        "Smith J. Title of the chapter on water. In: Davies RW, Harmon WE, Roe P, editors. "
        "Water in Asia. Amsterdam: Elsevier; 2015. p. 1-9."
    )
    assert [e.family for e in c.editors] == ["Davies", "Harmon", "Roe"]


def test_a_numbered_vancouver_entry_reports_no_lost_text() -> None:
    c = _one(
        "6. Pomfret R. Kazakhstan's economy since independence: does the oil boom offer a "
        "second chance. Post-Communist Economies. 2005;17(4):1–9."
    )
    assert [a.family for a in c.authors] == ["Pomfret"]
    assert c.unparsed == ()


def test_ieee_body_before_a_quoted_title_and_its_house_before_the_place() -> None:
    c = _one(
        '[22] World Health Organization, "Global hepatitis report 2017," WHO, Geneva, '
        "Switzerland, 2017."
    )
    assert [a.literal for a in c.authors] == ["World Health Organization"]
    assert c.title == "Global hepatitis report 2017"
    assert (c.publisher, c.publisher_place) == ("WHO", "Geneva, Switzerland")


def test_a_deposited_manuscript() -> None:
    c = _one(
        "Петров А.А. Аграрная миграция в Западной Сибири. – Томск, 1989. – 41 с. – Деп. в "
        "ИНИОН АН СССР 12.04.89, № 37211."
    )
    assert c.type == "manuscript"


def test_echr_applications_and_the_judgments_date() -> None:
    c = _one(
        "Carter v. Russia, Applications nos. 20914/07 and 2 others, Judgment of 21 September "
        "2021, https://hudoc.echr.coe.int/eng?i=001-211973."
    )
    assert c.title == "Carter v. Russia"
    assert c.container != "Judgment of"
    assert _date(c, "issued") == [2021, 9, 21]


def _sources(text: str) -> list[Citation]:
    return list(parse_note(1, text, location=Location(path="t")).citations)


def test_a_see_word_after_a_gost_thesis_opens_a_second_source() -> None:
    found = _sources(
        "Иванова Б. К. Земледелие казахов в XIX веке : дис. … канд. ист. наук : 07.00.02. – "
        "Алматы, 2003. – 190 с.; ср. также: Петров Н. Э. Степь и город. – М., 1991."
    )
    assert [c.issued.year if c.issued else None for c in found] == [2003, 1991]


def test_kazakh_see_and_also_words_open_a_second_source() -> None:
    found = _sources(
        "Әлиев Қ. Қазақ тілінің корпусы // Тіл және қоғам. – 2021. – № 2. – Б. 10–19; "
        "қараңыз, сонымен қатар: Сүлейменов Ш. Терминология. – Алматы, 2012."
    )
    assert len(found) == 2
    assert found[0].issued is not None
    assert found[0].issued.year == 2021


def test_chicago_and_between_two_sources_with_their_imprints() -> None:
    found = _sources(
        "See Ronald Suny, The Soviet Experiment (New York: Oxford University Press, 1998), "
        "12–15, and Yuri Slezkine, The Jewish Century (Princeton: Princeton University Press, "
        "2004), 40."
    )
    assert [c.issued.year if c.issued else None for c in found] == [1998, 2004]
    assert found[0].page == "12–15"


def test_a_doubled_period_ends_the_title_before_the_journal() -> None:
    c = _one(
        "Polack FP, Thomas SJ, Kitchin N, et al. Safety and efficacy of the BNT162b2 mRNA "
        "Covid-19 vaccine.. N Engl J Med. 2020 Dec 31;383(27):2603-15."
    )
    assert c.title == "Safety and efficacy of the BNT162b2 mRNA Covid-19 vaccine"
    assert c.container == "N Engl J Med"


def test_an_mla_year_sentence_after_the_title_is_the_date() -> None:
    c = _one(
        "Aydın, Cemil. The Politics of Anti-Westernism in Asia: Visions of World Order in "
        "Pan-Islamic and Pan-Asian Thought, 1882–1945. 2002. Harvard U, PhD dissertation."
    )
    assert c.title is not None
    assert c.title.endswith("Thought, 1882–1945")
    assert c.issued is not None
    assert c.issued.year == 2002


def test_a_capital_in_after_a_comma_opens_the_hosts_name() -> None:
    c = _one(
        "Sean Guillory, “The Soviet Century Revisited,” In Moscow’s Shadows (blog), May 2, "
        "2021, https://inmoscowsshadows.wordpress.com/2021/05/02/soviet-century/."
    )
    assert c.container == "In Moscow’s Shadows"


def test_turkish_editors_and_their_role_before_the_book() -> None:
    c = _one(
        "Bkz. Suraiya Faroqhi, “Osmanlı Kentlerinde Zanaat”, Halil İnalcık – Donald Quataert "
        "(ed.), Osmanlı İmparatorluğu’nun Ekonomik ve Sosyal Tarihi içinde, Eren Yayıncılık, "
        "İstanbul 2004, s. 51-80."
    )
    assert [e.family for e in c.editors] == ["İnalcık", "Quataert"]
    assert c.container == "Osmanlı İmparatorluğu’nun Ekonomik ve Sosyal Tarihi"
    assert c.publisher == "Eren Yayıncılık"


def test_chicago_author_date_body_before_its_year_sentence() -> None:
    c = _one(
        "Freedom House. 2021. “Kyrgyzstan: Freedom in the World 2021.” Accessed March 3, 2022. "
        "https://freedomhouse.org/country/kyrgyzstan/freedom-world/2021."
    )
    assert [a.literal for a in c.authors] == ["Freedom House"]
    assert c.title == "Kyrgyzstan: Freedom in the World 2021"


def test_an_imprint_read_inside_a_titles_translation_is_no_imprint() -> None:
    c = _one(
        "Малашенко, Алексей. 2012. Время Южного Кавказа: Чем живут Азербайджан, Армения и "
        "Грузия [The time of the South Caucasus: What Azerbaijan, Armenia and Georgia live "
        "by]. Москва: Московский Центр Карнеги."
    )
    assert (c.publisher, c.publisher_place) == ("Московский Центр Карнеги", "Москва")


def test_an_access_label_and_address_after_the_pages_are_read_not_dropped() -> None:
    c = _one(
        "Demir, A. (2015). Okul iklimi ölçeği. Eğitim ve Bilim, 40(1), 12–30. Erişim tarihi: "
        "03.04.2019, http://egitimvebilim.ted.org.tr/x.pdf — ölçeğin kısa formu için bu "
        "çalışmaya bakılabilir."
    )
    assert c.url == "http://egitimvebilim.ted.org.tr/x.pdf"
    assert _date(c, "accessed") == [2019, 4, 3]


@pytest.mark.parametrize(
    ("note", "host", "entry"),
    [
        (
            "Collins English Dictionary Online, s.v. “yurt,” accessed May 2, 2021, "
            "https://www.collinsdictionary.com/dictionary/english/yurt.",
            "Collins English Dictionary Online",
            "yurt",
        ),
        (
            "Sevan Nişanyan, Nişanyan Sözlük: Çağdaş Türkçenin Etimolojisi, s.v. “kımız”, "
            "https://www.nisanyansozluk.com/kelime/kımız (Erişim: 11.01.2024).",
            "Nişanyan Sözlük: Çağdaş Türkçenin Etimolojisi",
            "kımız",
        ),
    ],
)
def test_the_work_before_sub_verbo_is_the_host(note: str, host: str, entry: str) -> None:
    c = _one(note)
    assert (c.container, c.title) == (host, entry)


def test_see_the_article_in_russian() -> None:
    c = _one("См. статью «Узбекистан» в: Большая российская энциклопедия. Т. 33. М.: БРЭ, 2017.")
    assert c.title == "Узбекистан"


def test_a_page_after_a_months_date() -> None:
    c = _one("IMF, World Economic Outlook, April 2024, 17.")
    assert c.page == "17"
    assert _date(c, "issued") == [2024, 4, None]


def test_a_yearbooks_year_stays_in_its_title_when_the_imprint_dates_it() -> None:
    c = _one("Türkiye İstatistik Yıllığı 2015, TÜİK Yayın No: 4512, Ankara 2016, s. 88-90.")
    assert c.title == "Türkiye İstatistik Yıllığı 2015"
    assert c.issued is not None
    assert c.issued.year == 2016


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            "Smith, J. (2010). Early cinema. In A. Jones (Ed.), The Oxford handbook of film "
            "(pp. 12–30). Oxford University Press.",
            "The Oxford handbook of film",
        ),
        (
            'A. Smith, "The Chapter," In The Oxford Handbook of Central Asia, ed. J. Jones '
            "(Oxford: OUP, 2010), 45.",
            "The Oxford Handbook of Central Asia",
        ),
    ],
)
def test_review_a_books_host_keeps_its_words(note: str, host: str) -> None:
    assert _one(note).container == host


def test_review_a_quoted_title_naming_a_body_stays_the_title() -> None:
    c = _one('"World Bank Annual Report 2020," World Bank, Washington, DC, 2020.')
    assert c.title == "World Bank Annual Report 2020"


def test_review_an_apa_description_keeps_its_imprint() -> None:
    c = _one(
        "Smith, J. (2019). Title of the work [Paper presentation, American Psychological "
        "Association, Chicago, IL]."
    )
    assert c.publisher == "American Psychological Association"


def test_review_a_volume_and_pages_after_a_day_are_no_time() -> None:
    c = _one('Jane Doe, "Markets," Journal of Trade, Dec. 3, 2019, 12:34–56.')
    assert (c.volume, c.page) == ("12", "34–56")


def test_review_and_before_small_words_parts_no_source() -> None:
    found = _sources(
        "John Smith, Book Title (London: Verso, 2003), 45, and the second edition (London: "
        "Verso, 2009), 50."
    )
    assert len(found) == 1
