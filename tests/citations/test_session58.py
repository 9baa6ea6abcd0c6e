"""Forms read in session 58: prose after a book's extent, a title's bracketed year before its
subtitle, a Kazakh thesis's coded designation, a host's "and" read as an editor, a
conference's bracketed acronym, a speech named before its quoted title, a pinpoint after the
article's labelled range, a publisher after the title, two editors a slash joins, İSNAD's
`bk.`, Turkmen `Şol eser` after an author, an address's label closing the host, and a page's
publisher before Wikipedia's access date; each with the neighbouring form it must leave
alone."""

from __future__ import annotations

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation as _first
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def test_prose_after_the_extent_is_no_host() -> None:
    found = _one(
        "Население Казахской ССР / под ред. В.Г. Бондаренко. Алма-Ата: Казахстан, 1991. 156 с."
        " Следует учитывать, что итоги переписи 1939 г. были искажены."
    )
    assert found.container is None
    assert (found.publisher, found.number_of_pages) == ("Казахстан", "156")


def test_a_series_after_the_extent_is_not_cut_as_prose() -> None:
    found = _one("Иванов И. Степь. М.: Наука, 1991. 156 с. Серия «Наука».")
    assert "Серия" in found.unparsed


def test_a_bracketed_year_before_the_subtitle_is_the_titles() -> None:
    found = _one(
        "Шаймерденова Л.К. Кампания по конфискации байских хозяйств в Казахстане (1928 г.):"
        " региональный аспект // Российская история. 2019. № 5. С. 112–124."
    )
    assert found.title == (
        "Кампания по конфискации байских хозяйств в Казахстане (1928 г.): региональный аспект"
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2019"


def test_a_bracketed_year_with_no_later_date_stays_the_date() -> None:
    found = _one("Шаймерденова Л.К. Кампания по конфискации (1928 г.): региональный аспект.")
    assert found.issued is not None
    assert found.issued.isoformat() == "1928"


def test_a_kazakh_thesis_designation_with_its_specialty_code() -> None:
    found = _one(
        "Жақсылықова К.Н. Мектептегі қазақ тілі сабағында функционалдық сауаттылықты"
        " қалыптастыру: 6D010300 – Педагогика және психология мамандығы бойынша философия"
        " докторы (PhD) дәрежесін алу үшін дайындалған диссертация. – Түркістан, 2021. – 158 б."
    )
    assert found.title == "Мектептегі қазақ тілі сабағында функционалдық сауаттылықты қалыптастыру"
    assert found.type == "thesis"


def test_a_hosts_and_is_no_editor_when_no_one_is_named_editor() -> None:
    found = _one(
        "Tulegenova S. Digital storytelling in teaching Kazakh as a second language //"
        " Proceedings of the 5th International Conference on Education and Social Sciences"
        " (INTCESS 2018). – Istanbul, 2018. – P. 1021–1027."
    )
    assert found.container == (
        "Proceedings of the 5th International Conference on Education and Social Sciences"
        " (INTCESS 2018)"
    )
    assert found.editors == ()
    assert found.issued is not None
    assert found.issued.isoformat() == "2018"


def test_named_editors_stay_editors() -> None:
    found = _first(
        "Smith J. Oil and gas // Energy Politics in Eurasia / ed. by A. Brown and C. Green."
        " London: Routledge, 2015. P. 5–9."
    )
    assert [n.family for n in found.editors] == ["Brown", "Green"]


def test_a_speech_named_before_its_quoted_title() -> None:
    found = _first(
        "Қазақстан Республикасының Президенті Қ.Тоқаевтың Қазақстан халқына Жолдауы «Жаңа"
        " Қазақстан: жаңару мен жаңғыру жолы». 16 наурыз 2022 ж. // https://www.akorda.kz/kz/x"
    )
    assert found.type == "speech"


def test_a_pinpoint_after_the_articles_labelled_range() -> None:
    found = _one(
        "Deniz Akçay, “Özel Hayatın Gizliliği Karşısında Kişisel Verilerin Korunması”,"
        " İÜHFM, C. LXXVI, S. 2, 2018, s. 455–490, s. 468."
    )
    assert found.page == "468"


def test_a_page_outside_the_range_is_no_pinpoint() -> None:
    found = _one(
        "Deniz Akçay, “Kişisel Verilerin Korunması”, İÜHFM, C. LXXVI, S. 2, 2018,"
        " s. 455–490, s. 512."
    )
    assert found.page == "455–490"


def test_a_house_named_for_a_person_after_the_title() -> None:
    found = _one(
        "Vgl. Klaus Hartmann, Strafrechtlicher Datenschutz, 3. Aufl., C.H. Beck, München 2016,"
        " S. 88."
    )
    assert found.publisher == "C.H. Beck"
    assert [n.family for n in found.authors] == ["Hartmann"]


def test_two_editors_a_slash_joins() -> None:
    found = _one(
        "Berna Özkaya, “Kişisel Verilerin Ele Geçirilmesi Suçunda Fail ve Mağdur”, Prof. Dr."
        " Kemal Sarıgöl’e Armağan, C. II, (Ed. Ali Demirbaş/Nermin Uysal), On İki Levha"
        " Yayınları, İstanbul 2017, s. 1021–1056."
    )
    assert [n.family for n in found.editors] == ["Demirbaş", "Uysal"]
    assert found.publisher == "On İki Levha Yayınları"


def test_a_publisher_after_the_editors_slash_is_no_editor() -> None:
    found = _one("Иванов И. Степь // История / под ред. А. Петрова / Наука. М., 2001.")
    assert [n.family for n in found.editors] == ["Петрова"]


def test_isnad_bk_is_a_see_word() -> None:
    found = _one(
        "Ayrıntılı bilgi için bk. Michael Ardenne, The Caucasus Between Empires (London: I.B."
        " Tauris, 2013), 102–104."
    )
    assert found.title == "The Caucasus Between Empires"
    assert [n.family for n in found.authors] == ["Ardenne"]


def test_sol_eser_after_an_author_is_an_op_cit() -> None:
    loc = Location(path="t")
    first = parse_note(1, "Orazowa G. Türkmen halylary. Aşgabat: Ylym, 2010. 45 s.", location=loc)
    other = parse_note(2, "Annaýew B. Türkmen dili. Aşgabat: Ylym, 2012. 12 s.", location=loc)
    again = parse_note(3, "Orazowa G. Şol eser, 48 sah.", location=loc)
    note = resolve_references([first, other, again])[-1]
    assert note.kind == NoteKind.OPCIT
    assert note.refers_to == 1
    assert _note("Orazowa G. Şol eser, 48 sah.").kind == NoteKind.OPCIT  # read alone too
    assert _note("Şol eser, 12 s.").kind == NoteKind.IBID


def test_an_address_label_closing_the_host() -> None:
    found = _one(
        "Türkmen halyçylyk sungaty ÝUNESKO-nyň sanawyna girizildi // TDH. Salgy:"
        " https://tdh.gov.tm/tk/post/33918/x (giriş wagty: 2023-nji ýylyň 3-nji fewraly)"
    )
    assert found.container == "TDH"


def test_a_pages_publisher_before_its_access_date() -> None:
    found = _one(
        "Численность населения Республики Казахстан по отдельным этносам на начало 2021 года."
        " Бюро национальной статистики Агентства по стратегическому планированию и реформам"
        " Республики Казахстан. Дата обращения: 14 июля 2021. Архивировано 15 июля 2021 года."
    )
    assert found.title == (
        "Численность населения Республики Казахстан по отдельным этносам на начало 2021 года"
    )


def test_an_abbreviations_period_opens_no_publisher() -> None:
    found = _one(
        "T.C. Dışişleri Bakanlığı resmi sitesi: https://www.mfa.gov.tr/x.tr.mfa"
        " (Erişim: 12.03.2021)"
    )
    assert found.title == "T.C. Dışişleri Bakanlığı resmi sitesi"


def test_an_apa_title_before_its_journal_and_online_first() -> None:
    found = _one(
        "Aydın, B. ve Erdem, C. (2024). Öğretmenlerin yapay zekâ araçlarına yönelik tutumları:"
        " Bir karma yöntem araştırması. Eğitim ve Bilim. Çevrim içi önyayın."
        " https://doi.org/10.15390/EB.2024.12745"
    )
    assert found.title == (
        "Öğretmenlerin yapay zekâ araçlarına yönelik tutumları: Bir karma yöntem araştırması"
    )
    assert found.container == "Eğitim ve Bilim"


def test_a_turkish_apa_host_before_its_icinde() -> None:
    found = _one(
        "Tekin, G. (2017). Suriyeli mülteci çocukların okula uyum süreçleri. Uluslararası Göç ve"
        " Eğitim Sempozyumu Bildiri Kitabı içinde (ss. 412–420). Gaziantep Üniversitesi."
    )
    assert found.title == "Suriyeli mülteci çocukların okula uyum süreçleri"
    assert found.container == "Uluslararası Göç ve Eğitim Sempozyumu Bildiri Kitabı"
    assert found.type == "paper-conference"


def test_turkish_apa_editors_with_no_in() -> None:
    found = _one(
        "Doğan, S. (2020). Toplumsal cinsiyet ve eğitim. H. Kaya ve Y. Güler (Ed.), Eğitim"
        " sosyolojisi (3. bs., ss. 201–228). Pegem Akademi."
    )
    assert found.title == "Toplumsal cinsiyet ve eğitim"
    assert [n.family for n in found.editors] == ["Kaya", "Güler"]
    assert found.type == "chapter"


def test_a_year_closing_an_apa_title_before_its_release_bracket() -> None:
    found = _one(
        "Türkiye İstatistik Kurumu [TÜİK]. (2024, 21 Mart). İşgücü istatistikleri, 2023 (Haber"
        " Bülteni No. 53521). https://data.tuik.gov.tr/Bulten/Index?p=Isgucu-2023-53521"
    )
    assert found.title == "İşgücü istatistikleri, 2023"
    assert (found.genre, found.issue, found.type) == ("Haber Bülteni", "53521", "report")


def test_a_series_bracket_the_model_closed_after_the_title() -> None:
    found = _one(
        "Millî Eğitim Bakanlığı. (2019). Ortaöğretim kurumlarına ilişkin merkezî sınav raporu"
        " (Eğitim Analiz ve Değerlendirme Raporları Serisi No. 7). https://www.meb.gov.tr/x.pdf"
    )
    assert found.title == "Ortaöğretim kurumlarına ilişkin merkezî sınav raporu"
    assert found.issue == "7"


def test_a_bracketed_period_the_model_read_as_an_access_date() -> None:
    found = _one(
        "T.C. Cumhurbaşkanlığı Strateji ve Bütçe Başkanlığı. (2019). On birinci kalkınma planı"
        " (2019–2023). https://www.sbb.gov.tr/wp-content/uploads/2022/07/Plan-2019-2023.pdf"
    )
    assert found.title == "On birinci kalkınma planı (2019–2023)"
    assert found.accessed is None


def test_front_matter_before_a_page_counted_extent() -> None:
    found = _one(
        "Ercan S. Kıpçaklar ve Deşt-i Kıpçak Tarihi. — 3. baskı. — Ankara : Türk Tarih Kurumu"
        " Yayınları, 2014. — XI, 402 s. — (VII. Dizi ; Sayı 214)."
    )
    assert found.number_of_pages == "XI, 402"
    assert (found.volume, found.page) == (None, None)


def test_a_volumes_own_title_after_its_colon() -> None:
    entry = _one(
        "Кимаки // Большая российская энциклопедия : [в 35 т.] / гл. ред. Ю. С. Осипов. — М. :"
        " Большая российская энциклопедия, 2009. — Т. 13 : Канцелярия конфискации — Киргизы. —"
        " С. 640."
    )
    assert (entry.title, entry.volume, entry.page) == ("Кимаки", "13", "640")
    book = _one(
        "The Turkic Peoples of Eurasia: A History / Ed. by L. Harwood, S. Bekmurzaev. — Leiden;"
        " Boston : Brill, 2017. — Vol. 1 : Origins to 1200. — xxii, 610 p. — (Handbook of"
        " Oriental Studies. Section 8 ; vol. 31). — ISBN 978-90-04-33412-8. (англ.)"
    )
    assert (book.title, book.volume) == ("The Turkic Peoples of Eurasia: A History", "1")


def test_gosts_area_mark_ends_the_title() -> None:
    found = _one(
        "Шестаков И. Ф. Киргизская степь и её обитатели. — Репр. воспр. изд. 1872 г. —"
        " Оренбург : Оренбургская книга, 2007. — 196 с."
    )
    assert found.title == "Киргизская степь и её обитатели"


def test_a_dash_inside_the_titles_bracket_ends_nothing() -> None:
    found = _one(
        "БЕКМАХАНОВА Н.Е. Многонациональное население Казахстана и Киргизии в эпоху капитализма"
        " (60-е годы XIX в. – 1917 г.). – М.: Наука, 1986. – 248 с."
    )
    assert found.title == (
        "Многонациональное население Казахстана и Киргизии в эпоху капитализма"
        " (60-е годы XIX в. – 1917 г.)"
    )


def test_a_speechs_day_after_its_quoted_name() -> None:
    found = _one(
        "Послание Главы государства Касым-Жомарта Токаева народу Казахстана «Справедливое"
        " государство. Единая нация. Благополучное общество» от 1 сентября 2022 года //"
        " Официальный сайт Президента Республики Казахстан. URL: https://www.akorda.kz/ru/x"
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2022-09-01"
    assert found.title is not None
    assert found.title.endswith("Благополучное общество»")


def test_a_thesis_front_matter_after_its_institute() -> None:
    found = _one(
        "Kaplan, Ömer. II. Abdülhamid Döneminde Musul Vilayeti'nde Aşiretler. İstanbul: Marmara"
        " Üniversitesi, Türkiyat Araştırmaları Enstitüsü, Yüksek Lisans Tezi, 2019. xvi, 214 s."
    )
    assert (found.number_of_pages, found.page) == ("xvi, 214", None)


def test_a_dictionarys_volume_and_page_as_a_sentence() -> None:
    found = _one(
        'Sarıkaya, Bekir. "Tahrir". Osmanlıca Tarih Terimleri Sözlüğü. 3/412. İstanbul: Milli'
        " Eğitim Basımevi, 1983."
    )
    assert (found.container, found.volume, found.page) == (
        "Osmanlıca Tarih Terimleri Sözlüğü",
        "3",
        "412",
    )
    assert found.type == "entry-dictionary"


def test_a_shelf_mark_pair_stays_the_archives() -> None:
    found = _one("BOA, Y.PRK.ASK. 12/34. İstanbul.")
    assert (found.volume, found.page) == (None, None)


def test_a_year_closing_an_apa_titles_sentence() -> None:
    found = _one(
        "National Testing Center. (2020). Unified national testing: Statistics for 2020."
        " Retrieved from https://testcenter.kz/en/statistics/ent-2020/"
    )
    assert found.title == "Unified national testing: Statistics for 2020"


def test_a_publisher_before_a_books_doi() -> None:
    found = _one(
        "Nurmagambetova, R. (2022). Early childhood education in Kazakhstan: Policy and practice."
        " Springer. https://doi.org/10.1007/978-981-19-1234-5"
    )
    assert (found.publisher, found.container, found.type) == ("Springer", None, "book")


def test_a_journal_before_an_articles_doi_stays_the_host() -> None:
    found = _one(
        "Smith, J. (2020). Teachers and tablets. Computers & Education, 12(3), 45–60."
        " https://doi.org/10.1016/j.compedu.2020.103"
    )
    assert found.container == "Computers & Education"


def test_a_schools_name_is_a_body() -> None:
    found = _one(
        "Nazarbayev Intellectual Schools. (n.d.). About criteria-based assessment. Retrieved"
        " April 2, 2020, from https://www.nis.edu.kz/en/programs/assessment/"
    )
    assert [n.literal for n in found.authors] == ["Nazarbayev Intellectual Schools"]


def test_a_kind_word_in_brackets_is_no_issue() -> None:
    found = _one(
        'Tokayev, Kasım Cömert (1 Eylül 2020). "Yeni Gerçeklikte Kazakistan: Eylem Zamanı"'
        " (Konuşma). Nur-Sultan."
    )
    assert (found.issue, found.type) == (None, "speech")


def test_a_wiki_books_editor_before_the_host() -> None:
    found = _one(
        'Whitfield, Daniel (2010). "Kazakh Resistance to Russian Colonial Expansion". Jones,'
        " Elaine (Ed.). Empire and Frontier in Central Asia (İngilizce). Londra: Routledge."
        " ss. 77-96."
    )
    assert found.container == "Empire and Frontier in Central Asia"
    assert [n.family for n in found.editors] == ["Jones"]


def test_a_place_after_gosts_area_mark_is_no_title() -> None:
    found = _one("Қазақ Совет энциклопедиясы. — Алматы, 1976. — Т. 11.")
    assert (found.title, found.publisher_place, found.volume) == (
        "Қазақ Совет энциклопедиясы",
        "Алматы",
        "11",
    )


def test_gosts_area_dashes_between_shelf_mark_levels() -> None:
    found = _one("ЦГА РК. – Ф. 126. – Оп. 1. – Д. 218. – Л. 14–15.")
    assert (found.type, found.archive, found.page) == ("manuscript", "ЦГА РК", "14–15")
    turkmen = _one(
        "Türkmenistanyň Merkezi döwlet arhiwi (TMDA). – F. 126. – Ýaz. 1. – Iş 218. – 14–15 sah."
    )
    assert turkmen.type == "manuscript"
    assert turkmen.archive_location == "F. 126. – Ýaz. 1. – Iş 218"


def test_a_body_before_apas_date_is_the_author() -> None:
    found = _one(
        "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the"
        " Republic of Kazakhstan. (2022). Gross regional product by regions of the Republic of"
        " Kazakhstan. https://stat.gov.kz/official/industry/11/statistic/7"
    )
    assert found.title == "Gross regional product by regions of the Republic of Kazakhstan"
    assert len(found.authors) == 1
    assert found.authors[0].literal is not None


def test_an_apa_entry_with_no_author_before_its_in() -> None:
    found = _one(
        "Депривация (2016). В кн.: Большой психологический словарь / ред. А.Р. Тимофеев,"
        " О.К. Лыткина. 4-е изд., расшир. М.: Прайм-Еврознак. С. 134."
    )
    assert (found.title, found.container) == ("Депривация", "Большой психологический словарь")
    assert found.authors == ()


def test_a_person_before_a_title_opening_with_in() -> None:
    found = _one(
        "Alimbekova, G. (2021, March 3). In Kazakhstan, Kazakh-language YouTube comes of age."
        " Eurasianet. https://eurasianet.org/in-kazakhstan-kazakh-language-youtube"
    )
    assert found.title == "In Kazakhstan, Kazakh-language YouTube comes of age"
    assert [n.family for n in found.authors] == ["Alimbekova"]


def test_a_wiki_news_site_before_its_bracketed_date() -> None:
    found = _one(
        "Доходы семьи министра: что указано в декларации. Kursiv.media (18 апреля 2021). Дата"
        " обращения: 20 апреля 2021. Архивировано 20 апреля 2021 года."
    )
    assert (found.title, found.container) == (
        "Доходы семьи министра: что указано в декларации",
        "Kursiv.media",
    )


def test_a_volume_number_alone_after_its_word() -> None:
    found = _one(
        "Жумабаев Марат Кайратович // Казахстан. Национальная энциклопедия. — Алматы: Қазақ"
        " энциклопедиясы, 2005. — Т. 2. — С. 318."
    )
    assert (found.title, found.volume, found.page) == ("Жумабаев Марат Кайратович", "2", "318")


def test_a_papers_city_in_brackets() -> None:
    found = _one("“Izvestiia s Kavkaza,” Kavkaz (Tiflis), 14 March 1854, 2.")
    assert (found.container, found.publisher_place) == ("Kavkaz", "Tiflis")
    journal = _one(
        "Тұрғамбаева А.Қ., Иманова Ж.А. Медициналық қызметкерлердің кәсіби күйіп-жануы"
        " синдромы. Медицина (Алматы). 2019;(5):52–7."
    )
    assert journal.container == "Медицина (Алматы)"


def test_review_a_books_number_is_no_see_word() -> None:
    found = _one("Plato, Republic, bk. 7.")
    assert found.title == "Republic"


def test_review_a_lead_in_before_sol_eser_is_no_author() -> None:
    assert _note("Meselem, Şol eser, 12 sah.").kind == NoteKind.IBID
    assert _note("Bu barada giňişleýin: Şol eser, 48 sah.").kind == NoteKind.IBID


def test_review_a_centurys_period_ends_no_area() -> None:
    found = _one(
        "Касымбаев Ж.К. Города Восточного Казахстана во второй половине XIX в. — начале XX в."
        " — Алма-Ата: Наука, 1990. — 200 с."
    )
    assert found.title == "Города Восточного Казахстана во второй половине XIX в. — начале XX в."


def test_review_a_hyphened_host_before_its_address() -> None:
    found = _one(
        "Ахметов А. Инфляция в Казахстане // Курсив-Медиа: https://kz.kursiv.media/2023-01-05/x"
    )
    assert found.container == "Курсив-Медиа"


def test_review_a_second_source_after_the_extent_is_kept() -> None:
    found = _first(
        "Иванов И. Степь. М., 1991. 156 с. Казахстан в годы войны: сборник документов."
        " Алматы, 1995."
    )
    text = " ".join([found.container or "", *found.unparsed])
    assert "Казахстан в годы войны" in text


def test_review_a_range_with_no_host_keeps_the_article() -> None:
    found = _one(
        'Ali Yılmaz, "Ceza Muhakemesinde Delil Yasakları", İÜHFM, C. LXXVI, S. 2, 2018,'
        " s. 455–490, s. 468."
    )
    assert found.type == "article-journal"


def test_review_a_numbers_label_before_a_slash_pair() -> None:
    found = _one(
        "Kara, H. ve Sarıkaya, Ç. (2014). Enflasyon Dinamiklerindeki Değişim. TCMB Ekonomi"
        " Notları, No. 14/12. Ankara: Türkiye Cumhuriyet Merkez Bankası."
    )
    assert (found.volume, found.page) == (None, None)


def test_a_source_label_before_a_dash_is_a_prefix() -> None:
    found = _one("Источник — Петров П. Газ и власть. М.: Наука, 2019. С. 5.")
    assert [n.family for n in found.authors] == ["Петров"]


def test_review_sol_eser_after_a_name_with_its_initial_first() -> None:
    assert _note("G. Orazowa, Şol eser, 48 sah.").kind == NoteKind.OPCIT
    assert _note("Gurbanguly Berdimuhamedow, Şol eser, 45 sah.").kind == NoteKind.OPCIT


def test_review_a_titles_own_in_after_a_body() -> None:
    found = _one("UNESCO. (2019). In pursuit of equity: Education in Central Asia. Paris: UNESCO.")
    assert found.title == "In pursuit of equity: Education in Central Asia"
    assert [n.literal for n in found.authors] == ["UNESCO"]


def test_review_a_volume_before_the_pages_is_no_front_matter() -> None:
    found = _one(
        "Иванов И. Кочевники // История Казахстана. – Алматы: Атамұра, 1996. – Т. II, 544 с."
    )
    assert found.volume == "II"


def test_review_an_issue_and_its_year_are_no_volume_and_page() -> None:
    found = _one("Иванов И. Реформы в Казахстане // Мысль. 3/2019. С. 45–50.")
    assert found.page == "45–50"
    assert found.issued is not None
    assert found.issued.isoformat() == "2019"


def test_review_a_century_closing_the_title_before_its_edition() -> None:
    found = _one(
        "Бекмаханов Е. Присоединение Казахстана к России в XVIII в. — Репр. воспр. изд. 1957 г."
        " — Алматы, 2000."
    )
    assert found.title == "Присоединение Казахстана к России в XVIII в."


def test_review_a_title_before_apas_date_stays_a_title() -> None:
    found = _first("Ekonomik göstergeler. (2021). Türkiye ekonomisi. Ankara: TÜİK.")
    assert found.title == "Ekonomik göstergeler"
    assert found.authors == ()


def test_review_a_journal_of_lexicography_stays_a_journal() -> None:
    found = _one("Smith, J. (2010). Kazakh lexicography. Dictionaries, 31, 1–20.")
    assert found.type == "article-journal"


def test_review_a_chapters_doi_keeps_its_host() -> None:
    found = _one(
        "Ivanov, A. (2021). Kazakh speech recognition. In Speech and Computer."
        " https://doi.org/10.1007/978-3-030-87802-3_12"
    )
    assert (found.container, found.publisher) == ("Speech and Computer", None)
