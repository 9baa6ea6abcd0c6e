"""Forms read in session 61: Elsevier Harvard's body before its comma and year, its house
before the city, its abbreviated journal before `VOL(ISS), PAGES`; Elsevier's numbered
`Journal VOL (YEAR) PAGES`; Springer's unpunctuated journal before `VOL(ISS):PAGES`; ACS's and
MDPI's `In Host; Editor, A., Ed.;` and their journal's period before the year; a house or a
university read as the place; a report's series closing on `Paper` before its number; French
`no 14`, a journal read as a place before its issue, `Id.` before a quoted title; German
`Publisher Year`, initials before a colon author; ASA's month and day after the host and the
year's sentence after the author; an act's kind before its quoted name in German, French and
English; pre-1918 Russian letters. Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from citekit.model import NoteKind
from tests.citations.parsed import first_citation as _first
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_elsevier_harvard_body_before_its_comma_and_year() -> None:
    found = _one(
        "Ministry of Agriculture of the Republic of Kazakhstan, 2021. Grain balance of the"
        " Republic, 2015–2020. https://www.gov.kz/memleket/entities/moa (accessed 4 May 2022)."
    )
    assert _families(found.authors) == ["Ministry of Agriculture of the Republic of Kazakhstan"]
    assert found.title == "Grain balance of the Republic, 2015–2020"
    assert found.issued is not None
    assert found.issued.isoformat() == "2021"


def test_elsevier_harvard_house_sentence_before_its_city() -> None:
    found = _one("Asian Development Bank, 2019. Water security outlook for Asia. ADB, Manila.")
    assert found.title == "Water security outlook for Asia"
    assert (found.publisher, found.publisher_place) == ("ADB", "Manila")


def test_an_ordinal_congress_keeps_its_name_before_the_city() -> None:
    found = _one(
        "Ayşe Kaya, “Dijital Kaynaklar”, IX. Uluslararası Türkoloji Kongresi Bildirileri,"
        " Ankara, 2020, ss. 12-20."
    )
    assert found.container == "IX. Uluslararası Türkoloji Kongresi Bildirileri"
    assert found.publisher is None


def test_elsevier_numbered_journal_before_volume_and_year() -> None:
    found = _one(
        "K. Serikbay, T. Ozkan, Thermal storage in district heating, Appl. Therm. Eng. 182"
        " (2021) 116–124."
    )
    assert found.title == "Thermal storage in district heating"
    assert found.container == "Appl. Therm. Eng."
    assert (found.volume, found.page) == ("182", "116–124")
    assert found.issued is not None
    assert found.issued.isoformat() == "2021"


def test_direct_names_opening_with_an_initial_are_no_inverted_name() -> None:
    found = _one("B. Kaya, Sh. Nurlanov, Heat pumps in cold climates, Energy Rep. 9 (2023) 10–18.")
    assert _families(found.authors) == ["Kaya", "Nurlanov"]
    assert found.title == "Heat pumps in cold climates"
    assert found.container == "Energy Rep."


def test_springer_journal_before_volume_issue_and_pages() -> None:
    found = _one(
        "Abenova S, Keller T (2019) Irrigation reform in southern Kazakhstan."
        " Vestn Kazan Gos Univ (4):12–19"
    )
    assert found.title == "Irrigation reform in southern Kazakhstan"
    assert found.container == "Vestn Kazan Gos Univ"
    assert (found.issue, found.page) == ("4", "12–19")
    assert found.type == "article-journal"


def test_a_map_scale_is_no_springer_journal() -> None:
    found = _first("Карта Семиреченской области. Масштаб 1:420 000. – СПб., 1910.")
    assert found.volume is None


def test_acs_and_mdpi_host_before_its_editors() -> None:
    found = _one(
        "Bekova, A.; Ivanov, P. Soil Carbon in Steppe Ecosystems. In Land Use in Eurasia;"
        " Tursunov, K., Marks, L., Eds.; Springer: Cham, Switzerland, 2020; pp. 10–30."
    )
    assert found.container == "Land Use in Eurasia"
    assert _families(found.editors) == ["Tursunov", "Marks"]
    assert (found.publisher, found.publisher_place) == ("Springer", "Cham, Switzerland")


def test_mdpi_abbreviated_journal_keeps_its_period_before_the_year() -> None:
    found = _one(
        "Ospanova, G.; Kim, D. Wheat Yields under Drought. Land Degrad. Dev. 2021, 14, 233–245."
    )
    assert found.container == "Land Degrad. Dev."
    assert found.title == "Wheat Yields under Drought"


def test_a_house_read_into_the_place_and_a_thesis_university() -> None:
    found = _one(
        "Nurova K (2016) Soil erosion on the Ustyurt plateau. In: Petrov AA (ed) Arid lands."
        " Ilim, Bishkek, pp 5–20"
    )
    assert (found.publisher, found.publisher_place) == ("Ilim", "Bishkek")
    found = _one(
        "Tulegenov A (2018) Grain markets in northern Kazakhstan. Dissertation,"
        " University of Göttingen"
    )
    assert found.publisher == "University of Göttingen"
    assert found.type == "thesis"


def test_a_city_and_its_country_stay_the_place() -> None:
    found = _one("Aliyev, R. Oil and State; Nurlan Press: Almaty, Kazakhstan, 2015; p. 45.")
    assert found.publisher_place == "Almaty, Kazakhstan"


def test_a_report_series_closing_on_paper_before_its_number() -> None:
    found = _one(
        "OECD (2021) Water governance in Central Asia. OECD Environment Policy Paper 27."
        " Organisation for Economic Co-operation and Development, Paris"
    )
    assert found.title == "Water governance in Central Asia"
    assert found.issue == "27"
    assert found.type == "report"
    assert found.publisher == "Organisation for Economic Co-operation and Development"


def test_a_book_titled_paper_is_no_report() -> None:
    found = _one("Alan Smith, Paper Trails: Archives of the Steppe (Oxford: Clarendon, 2019), 4.")
    assert found.type == "book"


def test_french_unpunctuated_issue_and_a_journal_read_as_a_place() -> None:
    found = _one("Claire Martin, « Les villes du Ferghana », Anatoli, no 9, 2018, p. 33-50.")
    assert found.container == "Anatoli"
    assert found.issue == "9"
    assert found.issued is not None
    assert found.issued.isoformat() == "2018"


def test_idem_before_a_quoted_title_cites_another_work() -> None:
    note = _note("Id., « Les steppes kazakhes », Revue des études slaves, vol. 80, 2009, p. 5-20.")
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == "Les steppes kazakhes"
    assert _note("Id., p. 47.").kind is NoteKind.IBID


def test_german_publisher_and_year_after_the_imprint_colon() -> None:
    found = _one(
        "Vgl. Ulrike Haas: Die Kasachen und ihre Nachbarn. München: Beck 2004"
        " (Reihe Osteuropa; 12), S. 12–14."
    )
    assert (found.publisher, found.publisher_place) == ("Beck", "München")
    assert found.issued is not None
    assert found.issued.isoformat() == "2004"
    assert found.collection_title == "Reihe Osteuropa"
    assert _families(found.authors) == ["Haas"]


def test_german_initials_before_a_colon_author() -> None:
    found = _one(
        "Vgl. A. P. Kuznecov: Jazykovaja politika v Kirgizskoj SSR (1924–1940)."
        " Frunze: Ilim 1980, S. 12."
    )
    assert _families(found.authors) == ["Kuznecov"]
    assert found.title == "Jazykovaja politika v Kirgizskoj SSR (1924–1940)"


def test_asa_month_and_day_after_the_host() -> None:
    found = _one(
        'Petrova, Anna. 2020. "Migrants Return Home." Vedomosti, March 3. Retrieved'
        " March 5, 2020 (https://www.vedomosti.ru/politics/2020/03/03/migrants)."
    )
    assert found.container == "Vedomosti"
    assert found.issued is not None
    assert found.issued.isoformat() == "2020-03-03"
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2020-03-05"


def test_the_author_date_year_sentence_after_a_body_and_a_given_name() -> None:
    found = _one(
        'Ministry of Labour of the Republic of Uzbekistan. 2022. "Mehnat migratsiyasi'
        ' hisoboti" [Labour Migration Report]. Retrieved May 1, 2023 (https://mehnat.uz/en/r).'
    )
    assert found.title == "Mehnat migratsiyasi hisoboti"
    assert found.issued is not None
    assert found.issued.isoformat() == "2022"
    found = _one(
        "Petrova, Ol'ga. 2021. \"Migranty vernulis'\" [Migrants Returned]. Izvestiia, April 3."
        " Retrieved April 5, 2021 (https://iz.ru/news/1)."
    )
    assert _families(found.authors) == ["Petrova"]
    assert found.title == "Migranty vernulis'"
    assert found.issued is not None
    assert found.issued.isoformat() == "2021-04-03"


def test_an_act_kind_before_its_quoted_name_in_german_french_and_english() -> None:
    found = _one("Gesetz der Republik Kasachstan „Über die Sprachen“ vom 11. Juli 1997, Art. 4.")
    assert (found.title, found.genre) == ("Über die Sprachen", "Gesetz der Republik Kasachstan")
    found = _one("Loi de la République du Kazakhstan « Sur les langues », 11 juillet 1997.")
    assert found.title == "Sur les langues"
    found = _one('Law of the Republic of Tajikistan "On Education" No. 1004, 22 July 2013.')
    assert (found.title, found.genre) == ("On Education", "Law of the Republic of Tajikistan")


def test_a_book_titled_with_law_keeps_its_title() -> None:
    found = _one("Loi et coutume chez les Kazakhs (Paris: CNRS, 2001), 12.")
    assert found.title == "Loi et coutume chez les Kazakhs"


def test_pre_reform_russian_letters_read_as_russian() -> None:
    found = _one(
        "Смирновъ П. Замѣтки о киргизскихъ пѣсняхъ // Туркестанскія вѣдомости. – 1880. – № 12."
    )
    assert found.language == "ru"
    assert found.type == "article-newspaper"
    found = _one("Іванов І. Історія України. Київ, 2001.")
    assert found.language == "uk"


def test_review_mends_idem_op_cit_news_sites_and_titles_with_kind_words() -> None:
    assert _note("Id., « Le Turkménistan », art. cité, p. 45.").kind is NoteKind.IBID
    found = _one("Zakon.kz, «Назарбаев подписал закон», 28.09.2015, http://zakon.kz/4735")
    assert (found.type, found.container) == ("article-newspaper", "Zakon.kz")
    found = _one(
        "Yılmaz, Ahmet, “Kaynaklar: Osmanlı Arşivi ve Türkmenler”, Bilig, S. 45, 2008, s. 12-30."
    )
    assert _families(found.authors) == ["Yılmaz"]
    found = _one(
        "Müller, H. „Im Gespräch mit der Vergangenheit: Erinnerungskultur in Kasachstan“,"
        " in: Osteuropa 45 (1995), S. 12–30."
    )
    assert found.type == "article-journal"


def test_review_mends_book_parts_full_journal_names_editions_and_cities() -> None:
    found = _one("Ivanov I.I. Istoriya Kazakhstana. Tom 2: 45–67.")
    assert (found.container, found.type) == (None, "book")
    found = _one("Smith, A., 2010. History of Central Asia. Volume 2, 45–67.")
    assert found.container is None
    found = _one("Smith, A.; Jones, B. Steppe Life. Water. 2019, 11, 1234.")
    assert found.container == "Water"
    found = _one(
        "Smith, A. Turkmen Carpets. In Textiles of Asia, 2nd ed.; Jones, B., Ed.;"
        " Springer: Cham, 2018; Vol. 2, pp 45–67."
    )
    assert (found.container, found.edition) == ("Textiles of Asia", "2nd")
    found = _one("Dupont J., « Le Turkménistan », Moscou, t. 3, 2016, p. 12.")
    assert (found.publisher_place, found.container) == ("Moscou", None)


def test_a_body_before_its_title_in_a_chicago_note() -> None:
    found = _one(
        "Committee on Statistics of the Ministry of National Economy of the Republic of"
        " Kazakhstan, Foreign Trade of Kazakhstan, 2015–2019 (Nur-Sultan, 2020), 12."
    )
    assert _families(found.authors) == [
        "Committee on Statistics of the Ministry of National Economy of the Republic of Kazakhstan"
    ]
    assert found.title == "Foreign Trade of Kazakhstan, 2015–2019"
    found = _one(
        "Türkmenistanyň Maliýe we ykdysadyýet ministrligi, Türkmenistanyň ykdysadyýeti 2021"
        " (Aşgabat, 2022), s. 40."
    )
    assert _families(found.authors) == ["Türkmenistanyň Maliýe we ykdysadyýet ministrligi"]
    assert found.title == "Türkmenistanyň ykdysadyýeti 2021"


def test_a_title_with_a_comma_keeps_its_words() -> None:
    found = _one("Islam, Politics and Society in Central Asia (London: Routledge, 2019), 5.")
    assert found.title == "Islam, Politics and Society in Central Asia"
    assert found.authors == ()


def test_a_serial_list_closing_the_title_before_its_imprint() -> None:
    found = _one(
        "Asian Development Bank, Central Asia Transport Sector: Assessment, Strategy, and"
        " Road Map (Manila: ADB, 2014), 7."
    )
    assert found.title == "Central Asia Transport Sector: Assessment, Strategy, and Road Map"
    assert found.editors == ()
    found = _one("John Smith, Oil and Gas, ed. Anna Brown (London: Routledge, 2015), 4.")
    assert found.title == "Oil and Gas"
    assert _families(found.editors) == ["Brown"]


def test_springer_host_edition_and_a_thesis_university_left_to_no_field() -> None:
    found = _one(
        "Aliev R (2020) Dams on the Vakhsh. In: Braun K, Said T (eds) Rivers of Central Asia,"
        " 3rd edn. Springer, Cham, pp 12–30"
    )
    assert (found.container, found.edition) == ("Rivers of Central Asia", "3rd")
    found = _one(
        "Sadykova B (2019) Cotton and credit in rural Uzbekistan. Master's thesis,"
        " University of Central Asia"
    )
    assert found.publisher == "University of Central Asia"


def test_a_house_and_city_closing_a_proceedings_host() -> None:
    found = _one(
        "B. Sarsenov, K. Aydın, Load forecasting for a regional grid, in: 2021 IEEE 5th"
        " International Conference on Power Systems (ICPS), IEEE, Istanbul, 2021, pp. 1–6."
    )
    assert found.container == "2021 IEEE 5th International Conference on Power Systems (ICPS)"
    assert (found.publisher, found.publisher_place) == ("IEEE", "Istanbul")


def test_an_mdpi_title_part_before_the_house_semicolon() -> None:
    found = _one(
        "Sultanov, B.K. Zemel'nye Resursy: Ispol'zovanie, Okhrana, Monitoring; Gylym: Almaty,"
        " Kazakhstan, 2014; 320p. (In Russian)"
    )
    assert found.title == "Zemel'nye Resursy: Ispol'zovanie, Okhrana, Monitoring"
    assert (found.publisher, found.publisher_place) == ("Gylym", "Almaty, Kazakhstan")


def test_second_review_mends_a_page_title_site_and_a_meeting_number() -> None:
    found = _one(
        '"Kazakhstan and EU Sign Agreement – Ministry of Foreign Affairs of the Republic of'
        ' Kazakhstan," accessed March 3, 2023, https://www.gov.kz/memleket/entities/mfa/1.'
    )
    assert found.title == "Kazakhstan and EU Sign Agreement"
    assert found.container == "Ministry of Foreign Affairs of the Republic of Kazakhstan"
    found = _one(
        "Smith J (2019) Groundwater. In: Brown K (ed) International Water Congress, 5th edition."
        " Springer, Cham, pp 45–67"
    )
    assert found.container == "International Water Congress, 5th edition"
    assert found.edition is None
