"""Session 25 (types25): a periodical's kind by how it is cited (a journal's word dated to the
day is a magazine's, a paper's own word dated to the day a paper's, numbered or not), a blog
named in brackets after its host, a site named for theses, a report's series read as its
publisher, a meeting's words after a GOST host's name, a dictionary's headword, an "in" of the
title's own words, a presentation's word, an unpublished manuscript, a court's number/year
(notes written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


def _type(note: str) -> str:
    citation = parse_citation(note)
    assert citation is not None
    return str(citation.type)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a journal's word, cited by its day alone: a magazine
        ("Ekonomist Dergisi, “Orta Asya’nın yükselen yıldızı”, 14 Şubat 2021.", "article-magazine"),
        ("Aksiyon Dergisi, “Türkmen gazı ve Avrupa”, 3 Mart 2008.", "article-magazine"),
        # … and with a volume and an issue, a journal
        (
            "Demir, A. “Kazak Hanlığı”, Bilig Dergisi, C. 12, S. 45, 2018, s. 1-22.",
            "article-journal",
        ),
        # a paper by its own word and its day, numbered or not
        (
            "Абенов Е. Новый закон // Парламентская газета. – 2019. – Т. 21. – 5 марта. – № 45.",
            "article-newspaper",
        ),
        (
            "Сейтов А. Жер мәселесі // Ана тілі газеті. – 2016. – 12 мамыр. – № 19.",
            "article-newspaper",
        ),
        (
            "Karimow B. Täze mekdepler // Türkmenistan gazeti. – 2021. – № 28. – 3-nji fewral.",
            "article-newspaper",
        ),
    ],
)
def test_a_periodical_by_how_it_is_cited(note: str, kind: str) -> None:
    assert _type(note) == kind


@pytest.mark.parametrize(
    "note",
    [
        "Goble, P. “Moscow worried about Turkmenistan”, Window on Eurasia (blog), 12 March 2019.",
        "Yılmaz, K. “Orta Asya notları”, Avrasya Gözlem (blog), 4 Nisan 2020.",
    ],
)
def test_a_blog_named_after_its_host(note: str) -> None:
    assert _type(note) == "post-weblog"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Ulusal Tez Merkezi, https://tez.yok.gov.tr/UlusalTezMerkezi/ (Erişim: 02.02.2022).",
            "webpage",
        ),
        # a thesis has its author
        (
            "Oraz, S. Türkmenistan'da tarım politikası. Doktora Tezi. Ankara Üniversitesi, 2019. https://tez.yok.gov.tr/123",
            "thesis",
        ),
    ],
)
def test_a_thesis_has_its_author(note: str, kind: str) -> None:
    assert _type(note) == kind


@pytest.mark.parametrize(
    "note",
    [
        "Türkmenistan’ın Dış Politikası, Stratejik Düşünce Enstitüsü, Analiz Raporu, Ankara, 2013.",
        "European Commission. Country Strategy Paper Turkmenistan 2007–2013. Brussels, 2007.",
    ],
)
def test_a_reports_series(note: str) -> None:
    assert _type(note) == "report"


@pytest.mark.parametrize(
    "note",
    [
        "Myradow B. Bitaraplyk we parahatçylyk // «Bitaraplyk – parahatçylygyň kepili» atly"
        " halkara ylmy-amaly maslahatynyň materiallary. – Aşgabat, 2015. – S. 23–27.",
        "Жақыпов Б. Тіл саясаты // «Тіл және қоғам» атты халықаралық ғылыми-практикалық"
        " конференция материалдары. – Алматы, 2017. – Б. 12–15.",
    ],
)
def test_a_meetings_words_after_a_gost_hosts_name(note: str) -> None:
    assert _type(note) == "paper-conference"


def test_a_dictionarys_headword_is_no_paper() -> None:
    note = "“Kurultay”, Türkçe Sözlük, 11. baskı, Ankara: TDK, 2011, s. 1520."
    assert _type(note) == "entry-dictionary"


def test_an_in_of_the_titles_words_opens_no_host() -> None:
    note = (
        "Freedom House. Nations in Transit 2022: Turkmenistan. Washington, DC, 2022."
        " https://freedomhouse.org/country/turkmenistan/nations-transit/2022"
    )
    assert _type(note) != "chapter"


@pytest.mark.parametrize(
    "note",
    [
        "Çiğdem Yılmaz, “Avrupa Yeşil Mutabakatı”, 12. Enerji Politikaları Programı Sunumu",
        "Türkmenistanyň Prezidentiniň «Türkmenistanyň ykdysady ösüşi» atly çykyşy, Aşgabat, 2018.",
    ],
)
def test_a_presentation(note: str) -> None:
    assert _type(note) == "speech"


def test_an_internet_address_is_no_speech() -> None:
    note = "Ministry of Energy, Annual Review, Internet address: https://energo.gov.kz/review"
    assert _type(note) != "speech"


@pytest.mark.parametrize(
    "note",
    [
        "Smith, A. (2019). Nomadic pastoralism in Kazakhstan [Unpublished manuscript]."
        " Department of Anthropology, University of Oxford.",
        "Аманов Б. Записки о Мангышлаке [Рукопись]. – Ашхабад, 1958.",
    ],
)
def test_an_unpublished_manuscript(note: str) -> None:
    assert _type(note) == "manuscript"


def test_a_courts_number_and_year() -> None:
    note = "Kuzey Kıbrıs Türk Cumhuriyeti Anayasa Mahkemesi, D. 3/2015, 12.05.2015."
    assert _type(note) == "legal_case"


@pytest.mark.parametrize(
    "note",
    [
        "XV съезд ВКП(б). Стенографический отчет. – М.; Л.: Госиздат, 1928. – 1416 с.",
        "Третья сессия Верховного Совета СССР. Стенографический отчёт. – М., 1940.",
        "Қазақстан Компартиясының XIV съезі. Стенографиялық есеп. – Алматы, 1976.",
    ],
)
def test_a_meetings_verbatim_record_is_no_report(note: str) -> None:
    assert _type(note) == "book"


def test_a_research_report_stays_a_report() -> None:
    note = "Отчет о научно-исследовательской работе «Миграция в Казахстане». – Алматы: КИСИ, 2018."
    assert _type(note) == "report"


def test_a_state_bodys_paper_is_a_paper() -> None:
    note = 'Новости дня. ("Парламентская газета" (Москва).- 07.05.2002.- №084.- c.7)'
    assert _type(note) == "article-newspaper"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a scholar's journal cited by a day is no magazine
        ("Smith, J. “Title.” Journal of Eurasian Studies, 12 March 2021.", "article-journal"),
        # a magazine's name read as the title
        ("Forbes Kazakhstan, 12 мая 2020 г.", "article-magazine"),
        ("Журнал «Эксперт», 15 марта 2021 г.", "article-magazine"),
    ],
)
def test_a_magazine_by_its_name_or_word(note: str, kind: str) -> None:
    assert _type(note) == kind


@pytest.mark.parametrize(
    "note",
    [
        "A. Seitkali, personal communication, March 3, 2021.",
        "Yazarın Ahmet Kaya ile kişisel görüşmesi, 3 Mart 2021.",
        "Автордың А. Сейтқалимен жеке әңгімесі, 2021 жылғы 3 наурыз.",
        "Личное сообщение А. Сейткали автору, 3 марта 2021 г.",
    ],
)
def test_a_conversation_with_the_author_is_an_interview(note: str) -> None:
    assert _type(note) == "interview"


@pytest.mark.parametrize(
    "note",
    [
        "Жас Алаш, 2018 жылғы 12 шілде, № 54.",
        "Ана тілі, 2019 жылғы 3 қазан, № 40.",
    ],
)
def test_a_papers_issue_cited_whole(note: str) -> None:
    assert _type(note) == "article-newspaper"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("«Большая игра», Первый канал, 15 февраля 2022 г.", "broadcast"),
        ("«Айтуға оңай», Хабар, 2021 жылғы 3 наурыз.", "broadcast"),
        # read online, a site's page
        (
            "«Айтуға оңай», Хабар, 2021 жылғы 3 наурыз. URL: https://khabar.kz/kk/news/123",
            "article-newspaper",
        ),
    ],
)
def test_a_programme_on_its_network(note: str, kind: str) -> None:
    assert _type(note) == kind
