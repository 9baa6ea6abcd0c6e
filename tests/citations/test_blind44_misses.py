"""Forms the helper-written blind sets `blind44*` and the misses left by earlier sets found
unread (session 44)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_abbreviated_body_after_gost_slash_leaves_the_title() -> None:
    c = _one(
        "Орлов В.П. Математическая модель миграции населения Сибири / Новосиб. гос. ун-т. – "
        "Новосибирск, 1992. – 18 с."
    )
    assert c.title == "Математическая модель миграции населения Сибири"
    assert c.publisher_place == "Новосибирск"


def test_deposit_statement_is_no_date_nor_act_number() -> None:
    c = _one(
        "Орлов В.П. Математическая модель миграции населения Сибири. – Новосибирск, 1992. – "
        "18 с. – Деп. в ВИНИТИ 11.06.92, № 1934-В92."
    )
    assert c.type == "manuscript"
    assert c.issued is not None
    assert (c.issued.year, c.issued.month) == (1992, None)
    assert c.accessed is None
    assert c.number is None
    assert c.issue is None
    assert any("1934" in lost for lost in c.unparsed)  # reported, not dropped


def test_latin_n_before_a_gazettes_issue() -> None:
    c = _one(
        'Федеральный закон от 29.12.2012 N 273-ФЗ "Об образовании в Российской Федерации" '
        "// Российская газета. - 2012. - 31 дек. - N 303."
    )
    assert (c.number, c.issue, c.container) == ("273-ФЗ", "303", "Российская газета")


@pytest.mark.parametrize(
    ("note", "page"),
    [
        (
            "Kwame Osei, “Foreword,” in Nights at the Lagos Bar Beach: Stories, by Chinelo Eze "
            "(Oxford: Heinemann, 1989), vii–viii.",
            "vii–viii",
        ),
        (
            'MERCER, Joan. "Introduction." The Selected Letters of Edith Wharton, edited by '
            "Joan Mercer, Oxford UP, 2004, pp. vii–xxi.",
            "vii–xxi",
        ),
        ("Smith, J. The Book. London: Verso, 2004, p. xii.", "xii"),
    ],
)
def test_front_matter_pages_in_roman_numerals(note: str, page: str) -> None:
    assert _one(note).page == page


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Bkz. Ayşe Karaca, “Cumhuriyet’in Kayıp Sesleri” (kitap incelemesi), Toplum ve "
            "Bilim, Sayı 128, 2013, s. 244–249.",
            "Cumhuriyet’in Kayıp Sesleri",
        ),
        (
            "Қирабаев С. Ұлттық әдебиеттану жаңа белесте: [пікір] // Егемен Қазақстан. – "
            "2018. – 12 қазан. – Б. 7.",
            "Ұлттық әдебиеттану жаңа белесте",
        ),
    ],
)
def test_bracketed_description_after_a_title_is_no_title(note: str, title: str) -> None:
    c = _one(note)
    assert c.title == title
    assert c.container in ("Toplum ve Bilim", "Егемен Қазақстан")


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            'Ashish Vaswani et al., "Attention Is All You Need," arXiv:1706.03762 [cs.CL], '
            "June 12, 2017, https://arxiv.org/abs/1706.03762.",
            "arXiv:1706.03762",
        ),
        (
            "Kowalski M, Brandt S. Single-cell atlas of the developing zebrafish retina. bioRxiv "
            "[Preprint]. 2022 [cited 2022 Nov 3].",
            "bioRxiv",
        ),
        (
            "Li R, Pei S, Chen B, et al. Substantial undocumented infection facilitates the rapid "
            "dissemination of novel coronavirus (SARS-CoV2). medRxiv 2020.",
            "medRxiv",
        ),
    ],
)
def test_preprint_is_an_article_on_its_server(note: str, container: str) -> None:
    c = _one(note)
    assert c.type == "article"
    assert c.container == container
    assert c.title is not None
    assert "Rxiv" not in c.title


def test_journal_on_a_preprint_server_stays_a_journal() -> None:
    c = _one(
        "Fedorova, A. (2020). Informal employment and the COVID-19 shock in Russia. SSRN "
        "Electronic Journal. https://doi.org/10.2139/ssrn.3612458"
    )
    assert (c.type, c.container) == ("article-journal", "SSRN Electronic Journal")
    assert c.title == "Informal employment and the COVID-19 shock in Russia"


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            "Гаспаров М. Л. От переводчика // Светоний Транквилл Г. Жизнь двенадцати цезарей / "
            "пер. с лат. М. Л. Гаспарова. М.: Наука, 1993. С. 5–10.",
            "Жизнь двенадцати цезарей",
        ),
        (
            "1. Мырзахметов М. Алғысөз // Абай Құнанбайұлы. Шығармаларының толық жинағы. – "
            "Алматы: Жазушы, 1995. – Б. 3–8.",
            "Шығармаларының толық жинағы",
        ),
        (
            "Хобсбаум Э. Предисловие к русскому изданию // Хобсбаум Э. Эпоха крайностей: "
            "Короткий двадцатый век (1914–1991). М.: Независимая газета, 2004. С. 5–7.",
            "Эпоха крайностей: Короткий двадцатый век (1914–1991)",
        ),
    ],
)
def test_host_after_slashes_without_its_authors_name(note: str, host: str) -> None:
    c = _one(note)
    assert c.container == host
    assert c.type == "chapter"


def test_span_of_years_after_a_hosts_name_is_the_hosts() -> None:
    c = _one(
        "1 Halil İnalcık, “Önsöz”, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), çev. Ruşen "
        "Sezer, İstanbul, Yapı Kredi Yayınları, 2003, s. 7-9."
    )
    assert c.container == "Osmanlı İmparatorluğu Klasik Çağ (1300-1600)"
    assert c.issued is not None
    assert c.issued.year == 2003


@pytest.mark.parametrize(
    ("note", "year"),
    [
        (
            "Интервью с Н. П. Сидоровой (1931 г. р.), записано автором в с. Верхний Услон "
            "14.07.2016.",
            2016,
        ),
        ("Ayşe Demir ile görüşme (d. 1940), Kars, 12 Ağustos 2017.", 2017),
        ("ПМА: информант Жумабаев Е. (1942 г. р.), с. Шиели Кызылординской обл., 2015 г.", 2015),
    ],
)
def test_birth_year_is_no_date_of_the_work(note: str, year: int) -> None:
    c = _one(note)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("note", "family"),
    [
        (
            "Interview with Margaret O’Connell, conducted by the author, Galway, 14 June 2016.",
            "O’Connell",
        ),
        ("Ayşe Demir ile görüşme (d. 1940), Kars, 12 Ağustos 2017.", "Demir"),
        ("Kişisel görüşme, Prof. Dr. Halil İnalcık, Ankara, 14 Mart 2009.", "İnalcık"),
        (
            "Ақпарат беруші – Омаров Бақыт Жұмаұлы, 1948 ж.т., Қарағанды облысы, Ұлытау ауданы. "
            "Жазып алған – автор, 12.08.2020.",
            "Омаров",
        ),
        ("Author's interview with A. Karimov, Tashkent, 5 June 2017.", "Karimov"),
    ],
)
def test_interviewee_is_the_author(note: str, family: str) -> None:
    c = _one(note)
    assert c.type == "interview"
    assert [a.family for a in c.authors] == [family]


def test_headline_about_talks_is_no_interview() -> None:
    c = _one(
        "(2018). Dışişleri Bakanı ikili görüşme gerçekleştirdi. Hürriyet. Retrieved from "
        "https://hurriyet.com.tr/disisleri-bakani-ikili-gorusme-gerceklestirdi_93151"
    )
    assert c.type == "article-newspaper"


@pytest.mark.parametrize(
    "note",
    [
        "Рысқұлов Т. Таңдамалы шығармалары - Алматы: Қазақстан, 1984 - 140-142 бб.",
        "Иванов И. И. История Сибири - М.: Наука, 2005 - 304 с.",
    ],
)
def test_spaced_hyphen_for_gosts_dash(note: str) -> None:
    c = _one(note)
    assert c.title in ("Таңдамалы шығармалары", "История Сибири")
    assert c.publisher_place in ("Алматы", "М.")
    assert c.publisher in ("Қазақстан", "Наука")


def test_hyphen_between_listed_names_stays_the_lists() -> None:
    c = _one(
        "Қожамжаров, Әбдіжәміл Мұхтарұлы - Мусабаев, Нөкербек. “Құтты мекен”. Ғылыми "
        "еңбектер жинағы. 535–541. Астана: Өнер, 2020."
    )
    assert [a.family for a in c.authors] == ["Қожамжаров", "Мусабаев"]
    assert c.title == "Құтты мекен"


def test_page_dates_after_their_labels() -> None:
    note = parse_note(
        1,
        "МЕЛЬНИКОВА Т. Как устроена система ОМС в 2024 году // Госуслуги. Опубл. 12 янв. "
        "2024; обновлено 04.03.2024. URL: https://www.gosuslugi.ru/help/faq/oms/101 (дата "
        "обращения: 10.04.2024).",
        location=Location(path="t"),
    )
    assert len(note.citations) == 1  # the clause after `;` is the page's, no second source
    c = note.citations[0]
    assert c.container == "Госуслуги"
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == (2024, 1, 12)
    assert c.url == "https://www.gosuslugi.ru/help/faq/oms/101"


def test_last_change_is_no_date_when_the_work_is_dated() -> None:
    c = _one(
        "Ломоносов Михаил Васильевич // Большая российская энциклопедия : электронная "
        "версия. 2017. Обновлено: 21.06.2022. URL: https://old.bigenc.ru/text/2148404"
    )
    assert c.issued is not None
    assert (c.issued.year, c.issued.month) == (2017, None)


def test_house_word_is_no_date_label() -> None:
    c = _one(
        "Max Weber, Protestan Ahlakı ve Kapitalizmin Ruhu (Çeviren: Zeynep Aruoba), "
        "İstanbul: Hil Yayın, 1985, s. 64."
    )
    assert c.publisher == "Hil Yayın"


@pytest.mark.parametrize(
    ("note", "day"),
    [
        (
            "ГАРФ. Ф. Р-5446. Оп. 1. Д. 245. Л. 12–14 об. Записка В.М. Молотова от 3.IX.1939 г.",
            (1939, 9, 3),
        ),
        ("Интервью автора с Н.П. Сидоровой, г. Томск, 17/VIII 2015 г.", (2015, 8, 17)),
    ],
)
def test_date_with_a_roman_month(note: str, day: tuple[int, int, int]) -> None:
    c = _one(note)
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == day


def test_short_form_with_et_al() -> None:
    c = _one("Bohr et al., Kazakhstan, 31.")
    assert (c.title, c.container, c.page) == ("Kazakhstan", None, "31")


def test_single_quoted_title_with_an_apostrophe_inside() -> None:
    c = _one(
        "Samuel  Ramani, 'Russia's Security Role in Central Asia after the Fall of Kabul', "
        "Commentary, RUSI, 8 September 2021, https://rusi.org/explore"
    )
    assert c.title == "Russia's Security Role in Central Asia after the Fall of Kabul"
    assert c.container == "RUSI"


def test_quoted_phrase_opening_a_longer_title_stays_in_it() -> None:
    c = _one(
        "Umutcan Arslan. ‘Mezarlıkta ağlayan kız’, Türkiye’nin ilk ‘sosyal medya efsanesi’ "
        "olacak. Cumhuriyet. 12 Mart 2019."
    )
    assert c.title is not None
    assert c.title.endswith("olacak")


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            '"Kenesary Kasymov," in Kazakhstan: Natsional\'naya entsiklopediya [Kazakhstan: '
            "National Encyclopedia], vol. 3 (Almaty: Qazaq entsiklopediyasy, 2005), 112.",
            "Kazakhstan: Natsional'naya entsiklopediya",
        ),
        (
            "Mark Galeotti, “Prigozhin’s Last Telegram,” In Moscow’s Shadows (blog), August 24, "
            "2023, https://inmoscowsshadows.wordpress.com/2023/08/24/prigozhins-last-telegram/.",
            "In Moscow’s Shadows",
        ),
    ],
)
def test_in_before_a_host_is_no_word_of_its_name(note: str, host: str) -> None:
    assert _one(note).container == host


def test_access_clause_after_semicolon_is_no_source_of_its_own() -> None:
    c = _one(
        "Times of Central Asia, “Uzbekistan and Kazakhstan to build joint industrial zone,” "
        "published 3 August 2023; accessed Aug. 10, 2023: https://timesca.com/uzbekistan/"
    )
    assert c.url == "https://timesca.com/uzbekistan/"
    assert c.accessed is not None
    assert (c.accessed.year, c.accessed.month, c.accessed.day) == (2023, 8, 10)


def test_ssrn_paper_in_a_law_series_is_a_report() -> None:
    c = _one(
        "Bebchuk, Lucian A. and Fried, Jesse M., Pay Without Performance: Overview of the "
        "Issues (May 2005). Harvard Law and Economics Discussion Paper No. 528, Available at "
        "SSRN: https://ssrn.com/abstract=729633"
    )
    assert c.type == "report"
    assert c.title == "Pay Without Performance: Overview of the Issues"
    assert c.number is None


def test_issue_numbered_with_a_slash() -> None:
    c = _one("Шукуров М. Забони тоҷикӣ // Паёми Донишгоҳи. – 2017. – № 4/2. – С. 112–118.")
    assert c.issue == "4/2"


def test_hosts_year_in_its_name() -> None:
    c = _one(
        "Kemal İnat, “Türkiye-Orta Doğu İlişkileri 2019”, içinde: Burhanettin Duran, Kemal "
        "İnat ve Mehmet Ali Caner (ed.), Türk Dış Politikası Yıllığı 2019, Ankara: SETA, 2020, "
        "s. 233-260."
    )
    assert c.container == "Türk Dış Politikası Yıllığı 2019"
    assert c.issued is not None
    assert c.issued.year == 2020


def test_initials_run_together_stay_the_authors() -> None:
    c = _one(
        "См.: Валиханов Ч.Ч. Собрание сочинений: в 5 т. – Алма-Ата: Главная редакция "
        "Казахской советской энциклопедии, 1985. – Т. 3. – С. 45."
    )
    assert c.title == "Собрание сочинений"
    assert [(a.family, a.given) for a in c.authors] == [("Валиханов", "Ч.Ч.")]
    assert c.unparsed == ("в 5",)  # the title's words are read: only what no field holds


def test_volume_and_page_as_gost_areas() -> None:
    c = _one("Уәлиханов Ш. Шығармалар жинағы. Бес томдық — Алматы: ҚСЭ, 1984 — Т.1 — 300-б.")
    assert (c.volume, c.page) == ("1", "300")


@pytest.mark.parametrize(
    "note",
    [
        "Yılmaz, A. ve Demir, B. (2023). Dijital okuryazarlık ve öğretmen adaylarının "
        "tutumları. Eğitim ve Bilim, Erken Görünüm. https://doi.org/10.15390/EB.2023.12345",
        'Çelik, Ayşe – Korkmaz, Emre. "Pandemi Döneminde Uzaktan Çalışma", Eğitim ve Bilim, '
        "erken görünüm, 2024. Erişim 2 Şubat 2024.",
    ],
)
def test_early_view_is_no_word_of_the_journals_name(note: str) -> None:
    c = _one(note)
    assert c.container == "Eğitim ve Bilim"
    assert c.type == "article-journal"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("«Абай жолы» көркем фильмі, Қазақфильм, 1997.", "Абай жолы"),
        (
            "«Алтын адам» деректі фильмі. Хабар 24, 2021. URL: https://24.kz/kz/video/a",
            "Алтын адам",
        ),
    ],
)
def test_films_descriptor_after_its_quoted_name_is_its_genre(note: str, title: str) -> None:
    c = _one(note)
    assert (c.type, c.title) == ("motion_picture", title)
    assert c.genre is not None
    assert "фильмі" in c.genre


def test_comment_number_after_the_address_is_no_volume() -> None:
    c = _one(
        "Tyler Cowen, “What should I ask Orhan Pamuk?”, Marginal Revolution (blog), 2 May 2022, "
        "https://marginalrevolution.com/2022/05/pamuk.html, comment 14."
    )
    assert c.volume is None
    assert c.type == "post-weblog"


def test_apa_season_after_the_year() -> None:
    c = _one("Morris, K. (2018, Autumn). Reading the margins. Lapham’s Quarterly, 11(4), 88–93.")
    assert c.title == "Reading the margins"
    assert c.issued is not None
    assert (c.issued.year, c.issued.season) == (2018, 3)


def test_editors_particle_after_initials() -> None:
    c = _one(
        "See Muḥammad ibn Jarīr al-Ṭabarī, Tārīkh al-rusul wa-al-mulūk, ed. M. J. de Goeje "
        "(Leiden: Brill, 1879–1901), 1:2345."
    )
    assert [(e.family, e.given) for e in c.editors] == [("de Goeje", "M. J.")]


def test_sites_name_before_its_quoted_headline() -> None:
    c = _one(
        "Дереккөз:Azattyq.org — «Жаңаөзендегі оқиғаға 10 жыл: не өзгерді?», 16.12.2021. "
        "Қаралған күні: 20.12.2021. https://www.azattyq.org/a/zhanaozen/31611234.html"
    )
    assert (c.title, c.container) == ("Жаңаөзендегі оқиғаға 10 жыл: не өзгерді?", "Azattyq.org")


def test_gost_host_of_commas_and_and_is_read_whole() -> None:
    c = _one(
        "Laruelle M. Kazakhstan's nation-branding strategy // Kazakhstan in the Making: "
        "Legitimacy, Symbols, and Social Changes / ed. by M. Laruelle. – Lanham : Lexington "
        "Books, 2016. – P. 1–20."
    )
    assert c.container == "Kazakhstan in the Making: Legitimacy, Symbols, and Social Changes"
    assert [a.family for a in c.authors] == ["Laruelle"]
    assert c.publisher == "Lexington Books"


def test_isnad_volume_and_page_with_a_space_after_the_slash() -> None:
    c = _one("Hodgson, İslâm’ın Serüveni, 2/ 312.")
    assert (c.title, c.volume, c.page) == ("İslâm’ın Serüveni", "2", "312")


# the review's defects (session 44)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ('Ian Sample, "Scientists flock to arXiv," The Guardian, 5 May 2020.', "article-newspaper"),
        (
            "Yıldırım A. Görüşme: Nitel Araştırmada Veri Toplama. Ankara: Anı Yayıncılık, 2018, "
            "s. 45.",
            "book",
        ),
        ("Иванов И. И. Статья // Сборник трудов. М.: Наука, в печати.", "chapter"),
    ],
)
def test_words_that_name_no_such_kind(note: str, kind: str) -> None:
    assert _one(note).type == kind


def test_labelled_numbers_after_the_address_are_kept() -> None:
    c = _one(
        "Ahmet Kaya, “Osmanlı'da Vakıf”, https://dergipark.org.tr/tr/pub/vakif/issue/123, "
        "cilt 5, sayı 3, s. 45."
    )
    assert (c.volume, c.issue) == ("5", "3")


@pytest.mark.parametrize(
    ("note", "family"),
    [
        ("Interview with Margaret O’Connell in Galway, 12 May 2015.", "O’Connell"),
        ("Интервью с Сидоровой Н. П. в г. Омске, 12.07.2005.", "Сидоровой"),
        ("Anlatan – Ayşe Yılmaz, 75 yaşında, Kars, 2015.", "Yılmaz"),
        ("Interview with Ruth de Vries, Leiden, 3 May 2011.", "de Vries"),
    ],
)
def test_interviewee_whatever_follows_the_name(note: str, family: str) -> None:
    assert [a.family for a in _one(note).authors] == [family]


def test_dropped_update_date_is_reported() -> None:
    c = _one(
        "Иванов И. Новость // Госуслуги. 12.01.2024; обновлено: 04.03.2024. URL: "
        "https://www.gosuslugi.ru/news (дата обращения: 10.05.2024)."
    )
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == (2024, 1, 12)
    assert any("04.03.2024" in lost for lost in c.unparsed)
