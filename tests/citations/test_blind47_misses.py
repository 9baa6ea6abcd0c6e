"""Forms the helper-written blind sets `blind47*` and the open findings found unread or dropped
(session 47)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location, Note


def _note(text: str) -> Note:
    return parse_note(1, text, location=Location(path="t"))


def _one(text: str) -> Citation:
    note = _note(text)
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "year", "first"),
    [
        (
            "Karl Marx, Capital: A Critique of Political Economy, vol. 1, trans. Ben Fowkes "
            "(London: Penguin, [1867] 1990), 342.",
            1990,
            1867,
        ),
        ("Adam Smith, The Wealth of Nations (New York: Bantam, [1776] 2003), 15.", 2003, 1776),
    ],
)
def test_a_bracketed_originals_year_is_its_original_date(text: str, year: int, first: int) -> None:
    """Chicago's `[1867] 1990`: the edition's year dates the work, the bracketed year is kept
    as CSL's `original-date` (it was dropped)."""
    c = _one(text)
    assert c.issued is not None
    assert c.issued.year == year
    assert to_csl(c)["original-date"] == {"date-parts": [[first]]}


def test_a_bracketed_year_with_no_year_after_is_no_original() -> None:
    c = _one("Adam Smith, The Wealth of Nations (New York: Bantam, [2003]), 15.")
    assert "original-date" not in to_csl(c)


def test_a_gost_patents_designation_dates_and_holder_are_no_title_author_or_place() -> None:
    c = _one(
        "Пат. 34567 Республика Казахстан, МПК A01B 79/02. Способ обработки почвы при "
        "возделывании зерновых культур / Ахметов Б.С., Ким В.Г.; заявитель и "
        "патентообладатель ТОО «Казахский НИИ земледелия и растениеводства». – № 2019/0456.1; "
        "заявл. 12.06.2019; опубл. 25.12.2020, Бюл. № 51. – 6 с."
    )
    assert c.type == "document"
    assert c.title == "Способ обработки почвы при возделывании зерновых культур"
    assert [a.family for a in c.authors] == ["Ахметов", "Ким"]
    assert c.number == "34567"
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == (2020, 12, 25)  # published, not filed
    assert c.container is None
    assert c.publisher_place is None


def test_a_kazakh_utility_model_patent_is_a_document() -> None:
    c = _one(
        "ҚР пайдалы моделіне патент № 5123. Күнбағыс тұқымын себуге арналған құрылғы / "
        "Омаров А.Н., Есенов Б.Ж. – Жарияланды 14.08.2020, бюл. № 32."
    )
    assert c.type == "document"
    assert c.title == "Күнбағыс тұқымын себуге арналған құрылғы"
    assert c.number == "5123"


def test_apas_bracketed_patent_designation_is_the_number() -> None:
    c = _one(
        "Kenzhebekov, A. & Sadykova, L. (2021). Method for producing biogas from cattle manure "
        "with straw additive (KZ Patent No. 35124). National Institute of Intellectual Property "
        "of the Republic of Kazakhstan."
    )
    assert c.type == "document"
    assert c.number == "35124"
    assert c.issue is None


def test_a_title_opening_on_a_patent_word_with_no_number_keeps_its_words() -> None:
    c = _one("Патент 2030: как изменится патентное право. – М.: Юрайт, 2021. – 240 с.")
    assert c.title is not None
    assert c.title.startswith("Патент 2030")


def test_a_bodys_yearly_outlook_on_its_own_host_is_its_report_and_publisher() -> None:
    """APA's `Body. (Year). Title. Acronym. URL`: a yearly measure named in sentence case on
    the body's own host is a report the body published, no page of a site."""
    c = _one(
        "International Energy Agency. (2022). World energy outlook 2022. IEA. "
        "https://www.iea.org/reports/world-energy-outlook-2022"
    )
    assert c.type == "report"
    assert c.publisher == "IEA"
    assert c.container is None


def test_a_newspapers_yearly_index_story_keeps_its_host() -> None:
    c = _one(
        "Smith, J. (2023, March 3). Global peace index 2023 shows decline. The Guardian. "
        "https://www.theguardian.com/world/2023/mar/03/peace-index"
    )
    assert c.container == "The Guardian"
    assert c.publisher is None


def test_a_years_title_closes_on_its_year() -> None:
    c = _one(
        "OPEC (2020) Annual Statistical Bulletin 2020. 55th edn. Vienna: Organization of the "
        "Petroleum Exporting Countries."
    )
    assert c.title == "Annual Statistical Bulletin 2020"
    assert c.edition == "55th"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Stati and others v. Republic of Kazakhstan, SCC Arbitration No. V116/2010, Award, "
            "19 December 2013, para. 1095.",
            (2013, 12, 19),
        ),
        (
            "PRO, CAB 24/111, C.P. 1806, ‘The Situation in Anatolia’, memorandum by the General "
            "Staff, 20 August 1920.",
            (1920, 8, 20),
        ),
        (
            "Grey, S. (2018) ‘Baku and Ashgabat move closer’, Financial Times, 13 August, p. 6.",
            (2018, 8, 13),
        ),
    ],
)
def test_two_years_are_two_dates_not_one_dates_pieces(text: str, parts: tuple[int, ...]) -> None:
    """A year read from a number (`V116/2010`) and a whole date are no pieces of one date (it
    was `2010-12-19`); a year and a day with no year still are (`(2018) … 13 August`)."""
    c = _one(text)
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == parts


def test_a_meetings_place_and_days_after_its_proceedings_are_no_host_or_pages() -> None:
    c = _one(
        "Ospanov, K. and Lee, J. (2018) ‘Optimisation of compressor station scheduling on the "
        "Central Asia–China gas pipeline’, in Proceedings of the 12th International Pipeline "
        "Conference. Calgary, 24–28 September. New York: ASME, pp. 233–241."
    )
    assert c.container == "Proceedings of the 12th International Pipeline Conference"
    assert c.page == "233–241"
    assert c.translators == ()
    assert c.publisher == "ASME"


def test_a_labelled_page_before_a_month_stays_the_page() -> None:
    c = _one("Sam Grey, “Baku and Ashgabat move closer”, Financial Times, p. 6, 13 August 2018.")
    assert c.page == "6"


def test_a_sets_count_after_its_editor_is_no_title() -> None:
    c = _one(
        "Ibn Khaldūn, ʿAbd al-Raḥmān. Kitāb al-ʿIbar wa-dīwān al-mubtadaʾ wa-l-khabar. Edited by "
        "Khalīl Shaḥāda. 8 vols. Beirut: Dār al-Fikr, 1988."
    )
    assert c.title == "Kitāb al-ʿIbar wa-dīwān al-mubtadaʾ wa-l-khabar"
    assert c.type == "book"
    assert c.container is None
    assert [e.family for e in c.editors] == ["Shaḥāda"]


@pytest.mark.parametrize(
    ("text", "volume", "page"),
    [
        ("İbnü’l-Esîr, a.g.e., XI, 214.", "XI", "214"),
        ("Ibid., IV, 12–14.", "IV", "12–14"),
        ("Ibid., 20, quoting Smith.", None, "20"),
    ],
)
def test_a_repeats_roman_volume_before_its_page(text: str, volume: str | None, page: str) -> None:
    note = _note(text)
    assert note.page == page
    assert note.volume == volume


def test_a_body_closing_an_apa_books_title_is_its_publisher() -> None:
    c = _one(
        "Ščerbak, A. M. (1997). Rannie tjurkso-mongol’skie jazykovye svjazi (VIII–XIV vv.). "
        "Institut lingvističeskich issledovanij RAN."
    )
    assert c.title == "Rannie tjurkso-mongol’skie jazykovye svjazi (VIII–XIV vv.)"
    assert c.publisher == "Institut lingvističeskich issledovanij RAN"


def test_an_apa_title_naming_a_body_in_its_only_sentence_keeps_it() -> None:
    c = _one("Smith, J. (2001). The Institute of Oriental Studies and its founders. Nauka.")
    assert c.title == "The Institute of Oriental Studies and its founders"


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        (
            "Rashīd al-Dīn, Jāmiʿ al-tawārīkh, MS Hazine 1654, Topkapı Sarayı Müzesi Kütüphanesi, "
            "İstanbul, fol. 213b.",
            "Jāmiʿ al-tawārīkh",
            "213b",
        ),
        ("Navoiy, Muhokamat ul-lug'atayn, Ms. Or. 1235, vr. 12a.", "Muhokamat ul-lug'atayn", "12a"),
    ],
)
def test_a_manuscripts_shelf_mark_and_leaf_are_no_title_or_edition(
    text: str, title: str, page: str
) -> None:
    c = _one(text)
    assert c.type == "manuscript"
    assert c.title == title
    assert c.page == page
    assert c.edition is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Farah Jafari, “The Poet Who Outlived the Mongols,” AramcoWorld, March/April 2019, "
            "24–31.",
            "article-magazine",
        ),
        (
            "James Whitfield, “The Sultan of the Steppe,” Foreign Horizons, September 2019, 34–41.",
            "article-magazine",
        ),
        ("Ahmet Kaya, “Başlık,” Bilig 14, no. 2 (2019): 34–41.", "article-journal"),
    ],
)
def test_an_article_cited_by_its_month_and_pages_alone_is_a_magazines(text: str, kind: str) -> None:
    assert _one(text).type == kind


def test_a_body_after_the_host_is_its_publisher() -> None:
    c = _one(
        "“Yarlık”, Güncel Türkçe Sözlük, Türk Dil Kurumu, https://sozluk.gov.tr "
        "(Erişim 12.04.2023)."
    )
    assert c.container == "Güncel Türkçe Sözlük"
    assert c.publisher == "Türk Dil Kurumu"


def test_a_sites_owner_after_its_name_leaves_a_page_a_page() -> None:
    c = _one(
        '"Kazakhstan," The World Factbook, Central Intelligence Agency, accessed May 2, 2024, '
        "https://www.cia.gov/the-world-factbook/countries/kazakhstan/."
    )
    assert c.type == "webpage"
    assert c.container == "The World Factbook"
    assert c.publisher == "Central Intelligence Agency"


def test_a_two_letter_family_after_initials_run_together() -> None:
    c = _one(
        "Ботанико-географическое районирование Северного Приаралья / С.А. Кубентаев, Г.М. "
        "Абиев, Н.В. Ли [и др.]. – Алматы: Ғылым, 2003. – 424 с."
    )
    assert [a.family for a in c.authors] == ["Кубентаев", "Абиев", "Ли"]
    assert c.authors[-1].given == "Н.В."


@pytest.mark.parametrize(
    ("text", "year", "second"),
    [
        (
            "Шалабаев Б.А. Ветеринарно-санитарная экспертиза мяса сайгака // Ғылым және білім. – "
            "2014. – № 2 (35). – С. 18–21. (Цит. по: Есенғалиев, 2016.)",
            2014,
            "Есенғалиев",
        ),
        (
            "Ahmet Kaya, Başlık (İstanbul, 1990), 12 (aktaran: Mehmet Öz, Kitap, Ankara, 2001, "
            "s. 4).",
            1990,
            "Öz",
        ),
    ],
)
def test_a_bracketed_quoted_from_source_is_a_second_source(
    text: str, year: int, second: str
) -> None:
    """`(Цит. по: …)` after a whole citation opens the work it was quoted from: its date and
    page are no part of the first work's (the first's date was 2016)."""
    first, other = _note(text).citations
    assert first.issued is not None
    assert first.issued.year == year
    assert second in (other.authors[0].family, other.authors[0].literal)


@pytest.mark.parametrize(
    "text",
    [
        "Daniel R. Whitaker and Karen Lindsey, Sustaining Forward Presence in the Baltic Region: "
        "Logistics Options for NATO, RR-A1452-3 (Santa Monica, CA: RAND Corporation, 2022), 31.",
        "Callahan, Joanne, Rethinking Deterrence in the Taiwan Strait,PE-A2871-1, Santa Monica, "
        "Calif.: RAND Corporation,2023.",
    ],
)
def test_a_houses_work_numbered_by_a_report_code_is_a_report(text: str) -> None:
    c = _one(text)
    assert c.type == "report"
    assert c.issue is not None
    assert c.issue.startswith(("RR-", "PE-"))
    assert c.title is not None
    assert not c.title.endswith("1")
    assert c.publisher == "RAND Corporation"


def test_a_city_and_its_shortened_state_before_the_colon_are_the_place() -> None:
    c = _one(
        "Callahan, Joanne, Rethinking Deterrence in the Taiwan Strait, PE-A2871-1, Santa Monica, "
        "Calif.: RAND Corporation, 2023."
    )
    assert c.publisher_place == "Santa Monica, Calif."
    assert c.container is None


@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "24. Grey, S. (2018) ‘Baku and Ashgabat move closer on Caspian pipeline’, Financial "
            "Times, 13 August, p. 6.",
            "Grey",
        ),
        (
            "3. Jonah Whitcombe, “Global Arms Sales Hit Record as Europe Rearms, Says Sipri,” "
            "Financial Times, December 2, 2024.",
            "Whitcombe",
        ),
    ],
)
def test_a_list_number_before_a_name_is_no_date(text: str, family: str) -> None:
    c = _one(text)
    assert [a.family for a in c.authors] == [family]
    assert c.container == "Financial Times"


def test_an_ordinal_opening_a_title_stays_the_titles() -> None:
    c = _one("25. Yıl Kitabı, Ankara: Türk Tarih Kurumu, 1948.")
    assert c.title is not None
    assert "Yıl Kitabı" in c.title


def test_a_shortened_address_label_is_no_place() -> None:
    c = _one(
        "Панфилова, Н. Д. В Google назвали причину глобального сбоя. – Avail. at: "
        "https://ru.valdaiclub.com/tr/google_56400 (Дата звернення: 13.11.2018). – URL."
    )
    assert c.publisher_place is None


def test_harvards_body_before_its_bracketed_year_is_the_author() -> None:
    c = _one(
        "International Institute for Strategic Studies (2023) The Military Balance 2023. London: "
        "Routledge, pp. 212–215."
    )
    assert c.authors[0].literal == "International Institute for Strategic Studies"
    assert c.title == "The Military Balance 2023"
    assert c.publisher == "Routledge"


def test_harvards_headline_before_its_year_and_site_stays_the_title() -> None:
    c = _one(
        "İstanbul Valiliği faiz kararını açıkladı (2009) Anadolu Ajansı. Available at: "
        "http://aa.com.tr/tr/istanbul-valiligi_60428 (Accessed: 26 November 2020)."
    )
    assert c.title == "İstanbul Valiliği faiz kararını açıkladı"
    assert c.authors == ()


def test_a_hosts_subtitle_split_at_its_commas_is_read_whole() -> None:
    c = _one(
        "Brennan, Moira, and Hans-Peter Lindqvist. “World Nuclear Forces.” In SIPRI Yearbook "
        "2022: Armaments, Disarmament and International Security, 341–412. Oxford: Oxford "
        "University Press, 2022."
    )
    assert c.container == "SIPRI Yearbook 2022: Armaments, Disarmament and International Security"
    assert c.publisher == "Oxford University Press"
    assert c.type == "chapter"


def test_a_reports_series_in_brackets_closing_an_apa_title_is_no_titles_words() -> None:
    c = _one(
        "Marquardt, E., & Okonjo, T. (2023). Trends in arms transfers to sub-Saharan Africa, "
        "2018–2022 (SIPRI Fact Sheet). Stockholm International Peace Research Institute."
    )
    assert c.title == "Trends in arms transfers to sub-Saharan Africa, 2018–2022"
    assert c.collection_title == "SIPRI Fact Sheet"
    assert c.type == "report"


def test_a_bracket_of_other_words_closing_a_title_stays() -> None:
    c = _one("Smith, J. (2020). Oil and gas in Central Asia (1991–2020). Routledge.")
    assert c.title == "Oil and gas in Central Asia (1991–2020)"


def test_a_work_read_in_its_bodys_section_of_reports_is_a_report() -> None:
    c = _one(
        "Hollister M., Tran V. Q. Escalation Management in a Baltic Contingency. Santa Monica : "
        "RAND Corporation, 2021. 96 p. URL: https://www.rand.org/pubs/research_reports/"
        "RRA1125-2.html (дата обращения: 11.03.2022)."
    )
    assert c.type == "report"


def test_a_journal_article_in_a_reports_folder_stays_an_article() -> None:
    c = _one(
        "Smith, J. (2020). Oil rent. Energy Policy, 12(3), 45–67. "
        "https://example.org/reports/oil-rent.pdf"
    )
    assert c.type == "article-journal"


def test_an_apa_blogs_name_after_the_title_is_the_host() -> None:
    c = _one(
        "Ferris, T. (2024, March 6). Assessing Russia’s artillery shell production. Military "
        "Balance Blog. International Institute for Strategic Studies. "
        "https://www.iiss.org/online-analysis/military-balance/2024/03/assessing-russias-artillery/"
    )
    assert c.title == "Assessing Russia’s artillery shell production"
    assert c.container == "Military Balance Blog"
    assert c.publisher == "International Institute for Strategic Studies"
    assert c.type == "post-weblog"


def test_a_standards_part_number_is_in_its_designation() -> None:
    c = _one(
        "ISO 233-2:1993. Information and documentation — Transliteration of Arabic characters "
        "into Latin characters — Part 2: Arabic language — Simplified transliteration. Geneva: "
        "ISO, 1993."
    )
    assert c.type == "document"
    assert c.number == "ISO 233-2:1993"
    assert c.title is not None
    assert c.title.startswith("Information and documentation")


def test_a_sites_page_in_a_reports_folder_with_no_house_stays_a_page() -> None:
    c = _one(
        "“Turkmenistan Energy Profile.” IEA, www.iea.org/reports/turkmenistan-energy-profile. "
        "Accessed 12 Jan. 2023."
    )
    assert c.type == "webpage"


def test_mlas_site_between_the_quoted_title_and_the_address_is_the_host() -> None:
    c = _one(
        "“Turkmenistan Energy Profile.” IEA, www.iea.org/reports/turkmenistan-energy-profile. "
        "Accessed 12 Jan. 2023."
    )
    assert c.container == "IEA"


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        (
            "Prof. Dr. Nilüfer Tan, “Dijital Beşeri Bilimlerde Yeni Yöntemler” başlıklı açılış "
            "konuşması, Uluslararası Dijital Beşeri Bilimler Sempozyumu, İstanbul, 12 Mayıs 2022.",
            "Dijital Beşeri Bilimlerde Yeni Yöntemler",
            "açılış konuşması",
        ),
        (
            "Қараев Ә. «Жасанды интеллект және ұлттық тіл» тақырыбындағы пленарлық баяндама // "
            "Астана халықаралық форумы, 2024 ж. 30 мамыр.",
            "Жасанды интеллект және ұлттық тіл",
            "пленарлық баяндама",
        ),
    ],
)
def test_a_quoted_name_then_a_named_word_and_a_talks_genre(
    text: str, title: str, genre: str
) -> None:
    c = _one(text)
    assert c.title == title
    assert c.genre == genre


def test_a_headline_quoting_a_name_before_a_named_word_stays_whole() -> None:
    c = _one(
        "«Garaşsyz, baky Bitarap Türkmenistan» atly sergi açyldy. – Türkmenistan Altyn asyr, "
        "27.10.2021. – https://turkmenistan.gov.tm/tk/post/57812/sergi-acyldy."
    )
    assert c.title == "«Garaşsyz, baky Bitarap Türkmenistan» atly sergi açyldy"


def test_a_working_paper_in_brackets_after_a_quoted_title_and_its_pinpoint() -> None:
    c = _one(
        "14. Margaret Ellison, “Shareholder Voice After Say-on-Pay” (working paper, March 2, "
        "2020), 17, https://ssrn.com/abstract=3547120."
    )
    assert c.type == "report"
    assert c.page == "17"
    assert c.volume is None


def test_a_journals_volume_after_its_bracket_stays_the_volume() -> None:
    c = _one("Ahmet Kaya, “Başlık,” Bilig (Ankara), 45, 2019, s. 12.")
    assert c.page == "12"


def test_a_meetings_name_closing_a_vancouver_title_is_the_host() -> None:
    c = _one(
        "Şahin E, Koç D, Aydın N. Tip 2 diyabetli hastalarda D vitamini düzeyleri ve HbA1c "
        "ilişkisi. 57. Ulusal Diyabet Kongresi; 2021 Nisan 28 - Mayıs 2; Antalya. Poster bildiri "
        "P-112."
    )
    assert c.title == "Tip 2 diyabetli hastalarda D vitamini düzeyleri ve HbA1c ilişkisi"
    assert c.container == "57. Ulusal Diyabet Kongresi"


def test_documents_and_materials_closing_a_title_are_no_meeting() -> None:
    c = _one(
        "Советская деревня глазами ВЧК–ОГПУ–НКВД. Документы и материалы. В 4 т. 1918–1939. "
        "Т. 2. М.: РОССПЭН, 2000. С. 310."
    )
    assert c.type == "book"
    assert c.container is None or c.container == "РОССПЭН"


def test_a_meetings_ordinal_before_its_host_is_the_hosts() -> None:
    c = _one(
        "Yılmaz, Ayşe – Demir, Kemal. “Osmanlı Arşiv Belgelerinde Salgın Hastalık Kayıtları”. 5. "
        "Uluslararası Sosyal Bilimler Sempozyumu Bildiri Özetleri Kitabı. ed. Hakan Aksoy. Konya: "
        "Selçuk Üniversitesi Yayınları, 2019, 88-89."
    )
    assert c.container == "5. Uluslararası Sosyal Bilimler Sempozyumu Bildiri Özetleri Kitabı"


def test_a_dstu_patent_after_its_title() -> None:
    c = _one(
        "Спосіб очищення стічних вод від важких металів : пат. 112345 Україна : МПК C02F 1/28. "
        "№ a201506789 ; заявл. 10.07.2015 ; опубл. 25.01.2017, Бюл. № 2. 4 с."
    )
    assert c.type == "document"
    assert c.title == "Спосіб очищення стічних вод від важких металів"
    assert c.number == "112345"
    assert c.issued is not None
    assert (c.issued.year, c.issued.month) == (2017, 1)


def test_a_dstu_films_genre_leaves_its_title() -> None:
    c = _one(
        "Тіні забутих предків : худож. фільм / реж. С. Параджанов ; Кіностудія ім. О. Довженка. "
        "Київ, 1964. 1 фільм (97 хв)."
    )
    assert c.title == "Тіні забутих предків"
    assert c.genre == "худож. фільм"


def test_a_gost_titles_sentence_naming_a_forum_stays_the_titles() -> None:
    c = _one(
        "Интересы России в азиатско-тихоокеанском регионе: безопасность и развитие. Итоги первого "
        "азиатско-тихоокеанского форума / НП РСМД, РЦИ АТЭС. - М.: Проспект, 2012. - 33 с."
    )
    assert c.container is None or c.container == "Проспект"
    assert c.title is not None
    assert c.title.endswith("форума")


def test_an_address_label_closing_a_title_is_no_titles_word() -> None:
    c = _one(
        "Қазақстан Республикасы Ұлттық статистика бюросы (2021) Қазақстан халқының ұлттық "
        "құрамы. Астана. Қолжетімді: https://stat.gov.kz/kk/industries/social-statistics/"
        "demography/ (қаралған күні: 14.02.2022)."
    )
    assert c.title == "Қазақстан халқының ұлттық құрамы"
    assert c.publisher_place == "Астана"


def test_dstus_proceedings_named_after_the_papers_title_with_no_slashes() -> None:
    c = _one(
        "Мельничук Т. І. Цифрові архіви в Україні: проблеми та перспективи. Архівна справа в "
        "умовах цифровізації : матеріали Всеукр. наук.-практ. конф. (Київ, 14–15 жовт. 2020 р.). "
        "Київ, 2020. С. 45–49."
    )
    assert c.title == "Цифрові архіви в Україні: проблеми та перспективи"
    assert c.container == "Архівна справа в умовах цифровізації"
    assert c.type == "paper-conference"
    assert c.page == "45–49"
