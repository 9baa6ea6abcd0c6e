"""Forms the helper-written blind set `blind38b` found unread: a Roman ordinal opening a title,
a newspaper's page after its day, the Turkmen access label `giriş wagty` and the Ottoman
archive's file and shirt numbers after a fond's code."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            "Yusuf Halaçoğlu, XVIII. Yüzyılda Osmanlı İmparatorluğu’nun İskân Siyaseti, 3. bs. "
            "(Ankara: Türk Tarih Kurumu, 1991), 45.",
            "XVIII. Yüzyılda Osmanlı İmparatorluğu’nun İskân Siyaseti",
            "Halaçoğlu",
        ),
        (
            "Ahmet Kaya, II. Abdülhamid Dönemi Eğitim Politikası, İstanbul: Dergah, 2005.",
            "II. Abdülhamid Dönemi Eğitim Politikası",
            "Kaya",
        ),
    ],
)
def test_a_roman_ordinal_after_the_authors_comma_opens_the_title(
    note: str, title: str, family: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert [a.family for a in found.authors] == [family]
    assert found.authors[0].given
    assert "X" not in found.authors[0].given


def test_a_one_letter_initial_after_a_comma_stays_the_given_name() -> None:
    found = first_citation("Kaya, I. Hunlar Tarihi. İstanbul: Dergah, 2005.")
    assert found.title == "Hunlar Tarihi"
    assert found.authors[0].given == "I."


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("“Türkmen Heyeti Ankara’da”, Cumhuriyet, 4 Mart 1992, 1.", "1"),
        ("John Smith, “Gas deal signed,” The Times, 12 May 2001, 3.", "3"),
    ],
)
def test_a_bare_number_after_a_papers_day_is_its_page(note: str, page: str) -> None:
    found = first_citation(note)
    assert found.type == "article-newspaper"
    assert found.page == page
    assert found.volume is None


def test_a_volume_before_the_date_stays_the_volume() -> None:
    found = first_citation("Smith, “Gas,” Foreign Affairs 12 (March 2019), 3.")
    assert (found.volume, found.page) == ("12", "3")


def test_the_turkmen_access_label_giris_wagty_gives_the_whole_day() -> None:
    found = first_citation(
        "Türkmen gazy Ýewropa bazaryna çykmaga taýýarlanýar // Türkmenportal, 10.02.2022. "
        "Salgy: https://turkmenportal.com/tk/blog/45123 (giriş wagty: 2022-nji ýylyň 12-nji marty)."
    )
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2022-03-12"
    assert found.issued is not None
    assert found.issued.isoformat() == "2022-02-10"


@pytest.mark.parametrize(
    ("note", "archive", "location"),
    [
        ("BOA, DH.MKT, Dosya 12, Gömlek 34.", "BOA", "DH.MKT, Dosya 12, Gömlek 34"),
        ("BOA, İ.DH., Dosya: 12, Gömlek: 45678.", "BOA", "İ.DH., Dosya: 12, Gömlek: 45678"),
        (
            "Başbakanlık Osmanlı Arşivi, HR.SYS, Dosya 5, Gömlek 2, vr. 3.",
            "Başbakanlık Osmanlı Arşivi",
            "HR.SYS, Dosya 5, Gömlek 2",
        ),
    ],
)
def test_a_file_and_shirt_after_a_fonds_code_are_a_shelf_mark(
    note: str, archive: str, location: str
) -> None:
    found = first_citation(note)
    assert found.type == "manuscript"
    assert (found.archive, found.archive_location) == (archive, location)
    assert found.title is None


def test_a_collection_with_its_code_in_brackets_belongs_to_the_archives_name() -> None:
    found = first_citation(
        "Başbakanlık Osmanlı Arşivi (BOA), İrade-Dahiliye (İ.DH.), nr. 45678, 3 Receb 1278."
    )
    assert found.type == "manuscript"
    assert found.archive == "Başbakanlık Osmanlı Arşivi (BOA), İrade-Dahiliye (İ.DH.)"
    assert found.archive_location == "nr. 45678"
    assert found.title is None
    assert not found.authors


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Yazarın Ahmet Kaya ile görüşmesi, Ankara, 12 Ocak 2020.", "interview"),
        ("Yazarın Prof. Dr. Ahmet Kaya ile görüşmesi, Ankara, 12 Mart 2019.", "interview"),
        ("Yazarın Ölümü, İstanbul: Metis, 2010.", "book"),
    ],
)
def test_the_authors_talk_with_someone_is_an_interview(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


def test_a_leaders_meeting_is_no_interview() -> None:
    assert first_citation("Erdoğan'ın Putin ile görüşmesi, Soçi, 12 Ocak 2020.").type != "interview"


@pytest.mark.parametrize(
    "note",
    [
        "Burada “Türkistan” terimi, tarihî Batı Türkistan coğrafyasını ifade etmek için "
        "kullanılmıştır.",
        "Здесь термин «Туркестан» используется в историческом смысле.",
    ],
)
def test_a_quoted_term_named_by_its_word_is_prose(note: str) -> None:
    found = parse_note(1, note, location=Location(path="t"))
    assert found.kind is NoteKind.COMMENT
    assert not found.citations


def test_a_work_quoted_after_its_authors_name_is_still_cited() -> None:
    found = first_citation("Әуезовтің «Абай жолы» романында бұл мәселе кеңінен қарастырылған.")
    assert found.title == "Абай жолы"


@pytest.mark.parametrize(
    "note",
    [
        "International Energy Agency. (2019). World energy outlook 2019. Paris: IEA Publications.",
        "Türkiye İstatistik Kurumu, Nüfus İstatistikleri (Ankara: TÜİK Yayınları, 2020).",
    ],
)
def test_a_body_published_under_its_acronym_and_a_publishers_word_is_a_report(note: str) -> None:
    assert first_citation(note).type == "report"


def test_a_person_published_by_a_house_stays_a_book() -> None:
    found = first_citation("Ian Edwards, World energy (Paris: IE Publications, 2019).")
    assert found.type == "book"


@pytest.mark.parametrize(
    "note",
    [
        "Gepleşikler geçirildi // Türkmenistan Altyn asyr, 24.08.2023. Salgy: "
        "https://www.turkmenistan.gov.tm/tk/post/78123 (Giriş wagty: 01.09.2023).",
        "Переговоры // Нейтральный Туркменистан, 24.08.2023. Адрес: https://nt.gov.tm/ru/12 "
        "(дата обращения: 01.09.2023).",
    ],
)
def test_a_word_and_colon_before_an_address_labels_it(note: str) -> None:
    found = first_citation(note)
    assert found.publisher_place is None
    assert found.publisher is None
    assert found.type == "article-newspaper"
    assert found.url is not None


@pytest.mark.parametrize(
    ("note", "page", "volume", "place"),
    [
        ("Иванов И. Новости // Правда. 2002. № 84. c. 7.", "7", None, None),
        ("Иванов И. История. M.: Наука, 2010. T. 2. C. 45.", "45", "2", "M."),
    ],
)
def test_a_label_typed_with_the_latin_keyboard_in_a_russian_note_is_read(
    note: str, page: str, volume: str | None, place: str | None
) -> None:
    found = first_citation(note)
    assert (found.page, found.volume, found.publisher_place) == (page, volume, place)


def test_a_turkish_volume_label_around_cyrillic_titles_stays_a_volume() -> None:
    found = first_citation(
        "Аубакирова, Ақнәзік. “Экологиялық мәселелер”. Ұлт тағылымы, c. 398, sy. 38, 2018, "
        "ss. 480-497."
    )
    assert (found.volume, found.issue, found.page) == ("398", "38", "480-497")


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Daniel Whitcombe, The Ottoman Frontier, 1526-1606 (Cambridge: CUP, 2012), 214.",
            "The Ottoman Frontier, 1526-1606",
        ),
        (
            "Ahmet Kaya, Osmanlı Ekonomisi, 1500-1600 (İstanbul: Dergah, 2012), 14.",
            "Osmanlı Ekonomisi, 1500-1600",
        ),
    ],
)
def test_a_period_closing_a_title_before_the_imprint_bracket_is_the_titles(
    note: str, title: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == 2012


def test_a_date_run_no_date_holds_is_reported_not_dropped() -> None:
    found = first_citation("Smith, J. (2019). Title. Journal, 5, 1990-2001.")
    assert found.issued is not None
    assert found.issued.year == 2019
    assert "5, 1990-2001" in found.unparsed


def test_a_day_written_apart_from_its_year_is_the_dates() -> None:
    found = first_citation("Правда. 1937. 12 мая. № 130.")
    assert found.issued is not None
    assert found.issued.isoformat() == "1937-05-12"
    assert not found.unparsed


def test_four_digits_after_an_issue_label_are_the_issue_not_the_year() -> None:
    found = first_citation("Иванов И. Статья // Правда. 1996. № 1782.")
    assert found.issue == "1782"
    assert found.issued is not None
    assert found.issued.year == 1996


def test_a_house_after_the_imprints_place_stays_the_publisher_on_its_own_site() -> None:
    found = first_citation(
        "Barış Gündüz, “Sahel’de Yeni Güç Mücadelesi”, ORSAM Analiz No. 287 (Ankara: ORSAM, "
        "Kasım 2021), 6, https://www.orsam.org.tr/tr/sahelde-yeni-guc-mucadelesi."
    )
    assert (found.publisher, found.container) == ("ORSAM", None)
    assert found.collection_title == "ORSAM Analiz"
    assert found.issue == "287"


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            "“Kuraklık Alarmı”, Haber Merkezi 24, 3 Mayıs 2022, "
            "https://www.habermerkezi24.com/cevre/kuraklik-alarmi (Erişim: 5 Mayıs 2022).",
            "Haber Merkezi 24",
        ),
        (
            "“Gaz anlaşması imzalandı”, Haber 7, 3 Mayıs 2022, "
            "https://www.haber7.com/ekonomi/haber/12345 (Erişim: 5 Mayıs 2022).",
            "Haber 7",
        ),
    ],
)
def test_a_number_that_spells_the_site_with_its_name_is_the_hosts(note: str, host: str) -> None:
    found = first_citation(note)
    assert found.container == host
    assert found.volume is None
    assert found.type == "article-newspaper"


def test_a_treatys_name_in_a_gazette_stays_an_act() -> None:
    found = first_citation(
        "Türkiye ile Türkmenistan Arasında Ticaret Anlaşması, Resmî Gazete, 12.03.2020, "
        "Sayı: 31066."
    )
    assert found.type == "legislation"


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            "Qarańyz: Ómirzaqov S. Túrkistan óńiriniń ekologııasy. – Túrkistan: Iasaýı "
            "ýnıversıteti, 2019. – 176 b.",
            "Túrkistan óńiriniń ekologııasy",
            "Ómirzaqov",
        ),
    ],
)
def test_kazakh_label_words_are_read_in_its_latin_alphabet(
    note: str, title: str, family: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert [a.family for a in found.authors] == [family]


def test_kazakh_op_cit_in_its_latin_alphabet() -> None:
    found = parse_note(1, "Jumabaeva A. Atalǵan eńbek. – 112 b.", location=Location(path="t"))
    assert found.kind is NoteKind.OPCIT


def test_a_turkmen_given_name_ending_like_a_kazakh_sons_word_stays_given() -> None:
    found = first_citation(
        "Gurbanguly Berdimuhamedow. Türkmenistanyň dermanlyk ösümlikleri. Aşgabat: Türkmen "
        "döwlet neşirýat gullugy, 2009."
    )
    assert [a.family for a in found.authors] == ["Berdimuhamedow"]


@pytest.mark.parametrize(
    "note",
    [
        "«Қазақстан жаңа заң қабылдады», Kazpravda, 3 March 2023, https://kazpravda.kz/n/x/",
        '"Qazaqstan jańa zań qabyldady", Kazpravda, 3 March 2023, https://kazpravda.kz/n/x/',
    ],
)
def test_a_quoted_headline_closing_on_its_verb_is_no_act(note: str) -> None:
    assert first_citation(note).type == "article-newspaper"


def test_a_site_owner_named_with_the_addresss_acronym_is_the_host() -> None:
    found = first_citation(
        "Türkmenistanyň Döwlet habarlar agentligi (TDH). Hazar deňziniň ekologiýasy boýunça "
        "halkara maslahat geçirildi. 2021-nji ýylyň 12-nji marty. "
        "https://tdh.gov.tm/tk/post/27845/hazar-denzinin-ekologiyasy"
    )
    assert found.title == "Hazar deňziniň ekologiýasy boýunça halkara maslahat geçirildi"
    assert found.container == "Türkmenistanyň Döwlet habarlar agentligi"


@pytest.mark.parametrize(
    ("note", "editors", "host"),
    [
        (
            "Yilmaz, E. (2015) ‘Turkish schools abroad’, in Clarke, P. and Abenov, N. (eds) "
            "Education and Influence in Eurasia. London: Pallas Academic, pp. 99–118.",
            ["Clarke", "Abenov"],
            "Education and Influence in Eurasia",
        ),
        (
            "Yilmaz, E. (2015) ‘Turkish schools’, in Clarke, P. (ed.) Education in Eurasia. "
            "London: Pallas, pp. 99–118.",
            ["Clarke"],
            "Education in Eurasia",
        ),
    ],
)
def test_harvard_editors_before_the_host_after_in(note: str, editors: list[str], host: str) -> None:
    found = first_citation(note)
    assert [e.family for e in found.editors] == editors
    assert found.container == host


def test_a_chicago_host_title_after_in_is_no_editor() -> None:
    found = first_citation(
        "Emre Yalçınkaya, “The Caspian Pipeline,” in Energy Geopolitics of Eurasia, ed. Laura "
        "Bennet and Timur Akhmetov (London: Routledge, 2018), 45."
    )
    assert found.container == "Energy Geopolitics of Eurasia"
    assert [e.family for e in found.editors] == ["Bennet", "Akhmetov"]


def test_an_apa_reports_body_after_its_number_is_the_publisher() -> None:
    found = first_citation(
        "Haldane, R., & Osmonov, B. (2021). Water security in the Aral Sea basin (Report No. 58). "
        "Eurasia Policy Forum. https://www.eurasiapolicyforum.org/reports/58"
    )
    assert found.type == "report"
    assert (found.publisher, found.container, found.issue) == ("Eurasia Policy Forum", None, "58")


def test_chicagos_bracketed_paper_presented_at_a_meeting() -> None:
    found = first_citation(
        "Arman Seitkali, “Digital Governance in Kazakhstan's Regions” (paper presented at the "
        "Annual Convention of the Association for Eurasian Studies, Chicago, IL, November 18, "
        "2017)."
    )
    assert found.type == "paper-conference"
    assert found.container == "Annual Convention of the Association for Eurasian Studies"
    assert found.title == "Digital Governance in Kazakhstan's Regions"
    assert not found.unparsed


def test_a_think_tanks_report_code_after_the_title_is_its_number() -> None:
    found = first_citation(
        "Michael J. Ostrander et al., Assessing Russian Military Logistics in the Arctic and "
        "Central Asia, RR-4471-A (Santa Monica, CA: Meridian Policy Institute, 2022), 41–44."
    )
    assert found.title == "Assessing Russian Military Logistics in the Arctic and Central Asia"
    assert (found.type, found.issue) == ("report", "RR-4471-A")


def test_a_title_closing_on_a_hyphenated_word_of_capitals_keeps_it() -> None:
    found = first_citation("Ali Kaya, COVID-19 Sonrası Türkiye (Ankara: SETA, 2021), 5.")
    assert found.title == "COVID-19 Sonrası Türkiye"
    assert found.type == "book"


def test_a_name_read_as_the_title_gives_the_author_and_the_title_after_it() -> None:
    found = first_citation("J. Paul Getty, As I See It (New York: Prentice-Hall, 1976), 45.")
    assert found.title == "As I See It"
    assert [a.family for a in found.authors] == ["Getty"]
    assert not found.unparsed


def test_a_papers_day_and_month_after_its_year_are_its_date() -> None:
    found = first_citation(
        "Ержанов Қ. Ауыл мектебі // Ертіс толқыны. – 2018. – 3 наурыз (№ 24). – 5 б."
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2018-03-03"
    assert found.type == "article-newspaper"
    assert found.title == "Ауыл мектебі"
