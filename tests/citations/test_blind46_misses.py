"""Forms the helper-written blind sets `blind45o` and `blind46*` found unread (session 46)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location, Note


def _note(text: str) -> Note:
    return parse_note(1, text, location=Location(path="t"))


def _one(text: str) -> Citation:
    note = _note(text)
    assert len(note.citations) == 1
    return note.citations[0]


def test_a_title_word_spelt_like_a_dotless_op_cit_is_no_short_form() -> None:
    """`age` is Turkish a.g.e. without its periods; `The Age of Revolution` is a title."""
    note = _note(
        "See Eric Hobsbawm, The Age of Revolution: Europe 1789–1848 (London: Weidenfeld & "
        "Nicolson, 1962), 44–46; idem, The Age of Capital, 1848–1875 (London: Weidenfeld & "
        "Nicolson, 1975), 112."
    )
    first, second = note.citations
    assert first.title == "The Age of Revolution: Europe 1789–1848"
    assert first.publisher == "Weidenfeld & Nicolson"
    assert first.page == "44–46"
    assert [a.family for a in first.authors] == ["Hobsbawm"]
    assert second.title == "The Age of Capital, 1848–1875"
    assert [a.family for a in second.authors] == ["Hobsbawm"]


def test_a_dotless_op_cit_with_its_page_still_repeats() -> None:
    note = _note("Kotkin, Magnetic Mountain, 201; Karpat, age, s. 45.")
    assert len(note.citations) == 2
    assert note.citations[1].title is None
    assert note.citations[1].page == "45"


def test_a_subtitled_title_is_no_body_named_before_it() -> None:
    c = _one(
        "———. Nations and Nationalism since 1780: Programme, Myth, Reality. 2nd ed. Cambridge: "
        "Cambridge University Press, 1992."
    )
    assert c.title == "Nations and Nationalism since 1780: Programme, Myth, Reality"
    assert not c.authors


@pytest.mark.parametrize(
    ("text", "titles", "pages"),
    [
        (
            "Kotkin, Magnetic Mountain, 201; Fitzpatrick, Everyday Stalinism, 45–49; Kotkin, "
            "Stalin, 1:312.",
            ["Magnetic Mountain", "Everyday Stalinism", "Stalin"],
            ["201", "45–49", "312"],
        ),
        (
            "Sarah K. Whitfield, “Print, Piety and Politics in Restoration Bristol” (PhD diss., "
            "University of Bristol, 2014), 88; Whitfield, “Dissenting Networks,” 14.",
            ["Print, Piety and Politics in Restoration Bristol", "Dissenting Networks"],
            ["88", "14"],
        ),
    ],
)
def test_short_forms_with_a_volume_or_a_comma_inside_quotes_are_sources(
    text: str, titles: list[str], pages: list[str]
) -> None:
    note = _note(text)
    assert [c.title for c in note.citations] == titles
    assert [c.page for c in note.citations] == pages


def test_a_short_forms_volume_before_its_page() -> None:
    note = _note("Kotkin, Magnetic Mountain, 201; Kotkin, Stalin, 1:312.")
    assert note.citations[1].volume == "1"


@pytest.mark.parametrize(
    "text",
    [
        "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), çev. Ruşen Sezer, İstanbul,"
        " Yapı Kredi Yayınları, 2003, s. 77-79; a.mlf., “Osmanlı Padişahı”, Ankara Üniversitesi "
        "Siyasal Bilgiler Fakültesi Dergisi, C. XIII, S. 4 (1958), s. 68-79.",
        "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), İstanbul, Yapı Kredi "
        "Yayınları, 2003, s. 77-79; a. mlf., “Osmanlı Padişahı”, Ankara Üniversitesi Siyasal "
        "Bilgiler Fakültesi Dergisi, C. XIII, S. 4 (1958), s. 68-79.",
    ],
)
def test_turkish_a_mlf_is_the_same_author(text: str) -> None:
    """`a.mlf.` (aynı müellif): the second work's author is the first's."""
    first, second = _note(text).citations
    assert first.issued is not None
    assert first.issued.year == 2003
    assert second.title == "Osmanlı Padişahı"
    assert [a.family for a in second.authors] == ["İnalcık"]


def test_a_host_named_a_site_holds_a_page_in_any_folder() -> None:
    c = _one(
        "Медведев Д. А. Россия, вперёд! [Электронный ресурс] // Официальный сайт Президента "
        "России. 2009. 10 сент. URL: http://kremlin.ru/events/president/news/5413 (дата "
        "обращения: 21.11.2019)."
    )
    assert c.type == "webpage"
    assert c.container == "Официальный сайт Президента России"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Chen, L., & Okafor, B. (2018). Citation graphs in the wild. In Proceedings of the "
            "18th ACM/IEEE Joint Conference on Digital Libraries (pp. 211–220). ACM. "
            "https://doi.org/10.1145/3197026.3197041",
            "ACM",
        ),
        (
            "Brown, J. & Murphy, W. (2004). Why Memory Matters: Lessons Learned. In: L. Bautista "
            "(Ed.), Experiencing Nature (s. 106–131). Zoological Letters.",
            "Zoological Letters",
        ),
    ],
)
def test_apa_publisher_after_the_pages_bracket(text: str, publisher: str) -> None:
    c = _one(text)
    assert c.publisher == publisher
    assert c.page is not None


@pytest.mark.parametrize(
    "text",
    [
        "Иванов А. С. Воспоминания о блокаде : рукопись. 1987. 112 л.",
        "Ahmet Kemal ÖZTÜRK, “Trabzon Köylerinde Düğün Gelenekleri” (Yayımlanmamış el yazması, "
        "Trabzon, 1965), s. 23-25.",
        "Ahmet Temir, Moğolistan Seyahat Günlüğü (1957), yayımlanmamış defter, Türk Tarih Kurumu "
        "Arşivi, s. 14.",
        "Полевые материалы автора (ПМА), 2019 г. Туркестанская обл., Сарыагашский р-н.",
        "Yazarın alan notları, Sivas-Divriği, Temmuz 2018.",
        "Автордың далалық материалдары, 2018 ж., Шығыс Қазақстан облысы, Зайсан ауданы.",
    ],
)
def test_unpublished_writings_and_field_notes_are_manuscripts(text: str) -> None:
    assert _one(text).type == "manuscript"


def test_a_gost_manuscripts_genre_leaves_its_title() -> None:
    c = _one("Иванов А. С. Воспоминания о блокаде : рукопись. 1987. 112 л.")
    assert c.title == "Воспоминания о блокаде"


@pytest.mark.parametrize(
    "text",
    [
        "Евразийский банк развития. Водно-энергетический комплекс Центральной Азии: доклад. "
        "Алматы, 2022. URL: https://eabr.org/analytics/special-reports/vodno-energeticheskiy/",
        "Иванов И. И. Экономика региона : монография. Москва : Наука, 2015. 240 с.",
    ],
)
def test_a_report_or_a_monograph_genre_names_no_manuscript_nor_talk(text: str) -> None:
    assert _one(text).type in ("report", "book")


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        (
            "Росстат. О росте потребительских цен в декабре 2023 года : пресс-выпуск. 12.01.2024. "
            "URL: https://rosstat.gov.ru/storage/mediabank/7_12-01-2024.html",
            "О росте потребительских цен в декабре 2023 года",
            (2024, 1, 12),
        ),
        (
            "Бюро национальной статистики АСПиР РК. Об инфляции в Республике Казахстан в январе "
            "2024 года : экспресс-информация. 01.02.2024. URL: https://stat.gov.kz/ru/news/113204/",
            "Об инфляции в Республике Казахстан в январе 2024 года",
            (2024, 2, 1),
        ),
    ],
)
def test_a_release_genre_and_its_dotted_day(
    text: str, title: str, day: tuple[int, int, int]
) -> None:
    c = _one(text)
    assert c.title == title
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == day


def test_a_section_pinpoint_is_no_title() -> None:
    c = _one("Pay Tebliği (VII-128.1), Resmî Gazete, 22.06.2013, S. 28685, md. 5.")
    assert c.title != "md. 5"


def test_a_quoted_section_heading_stays_a_title() -> None:
    c = _one(
        "Hasan Erman, “Madde 49”, Türk Borçlar Kanunu Şerhi, ed. Cevdet Yavuz, C. 1 (İstanbul: "
        "On İki Levha Yayıncılık, 2021), 512-530."
    )
    assert c.title == "Madde 49"


def test_a_year_opening_a_reports_title_is_the_titles() -> None:
    c = _one("Türkiye İş Bankası A.Ş., 2022 Faaliyet Raporu, İstanbul, 2023, s. 112–118.")
    assert c.title == "2022 Faaliyet Raporu"
    assert c.issued is not None
    assert c.issued.year == 2023


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "page"),
    [
        (
            "Emre Kaplan, Emergency Decrees and Judicial Deference in Turkey, 19 Int'l J. Const. "
            "L. 1214 (2021), https://doi.org/10.1093/icon/moab078.",
            "Emergency Decrees and Judicial Deference in Turkey",
            "Int'l J. Const. L",
            "19",
            "1214",
        ),
        (
            "See, e.g., Olga Semenova & Peter Lindqvist, The Afterlife of Strasbourg Case Law in "
            "Russian Courts, 33 Eur. J. Int'l L. 925 (2022) (documenting continued citation of "
            "ECtHR judgments after March 2022).",
            "The Afterlife of Strasbourg Case Law in Russian Courts",
            "Eur. J. Int'l L",
            "33",
            "925",
        ),
        (
            "Lon L. Fuller, Positivism and Fidelity to Law—A Reply to Professor Hart, 71 Harv. L. "
            "Rev. 630 (1958).",
            "Positivism and Fidelity to Law—A Reply to Professor Hart",
            "Harv. L. Rev",
            "71",
            "630",
        ),
    ],
)
def test_bluebook_articles_with_an_address_or_a_parenthetical(
    text: str, title: str, container: str, volume: str, page: str
) -> None:
    c = _one(text)
    assert c.title == title
    assert c.container == container
    assert c.volume == volume
    assert c.page == page
    assert c.issued is not None
    assert c.issued.month is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Karl Marx, Capital: A Critique of Political Economy, vol. 1, trans. Ben Fowkes "
            "(London: Penguin, [1867] 1990), 342.",
            1990,
        ),
        (
            "Соловьёв С. М. История России с древнейших времён. Т. 1. — Репринт. воспр. изд. "
            "1851 г. — М.  : Голос, 1993. — 800 с.",
            1993,
        ),
        (
            "Wamberi A. Orta Aziýa boýunça syýahat / iňlis dilinden terjime eden N. Hallyýew. – "
            "Aşgabat: Ylym, 1992. – 256 sah. – (Ilkinji neşiri: London, 1864).",
            1992,
        ),
        ("John Smith, Old Days (Reprint, London: Penguin, 1990), 12.", 1990),
    ],
)
def test_an_originals_year_is_no_editions_date(text: str, year: int) -> None:
    c = _one(text)
    assert c.issued is not None
    assert c.issued.year == year


def test_a_turkmen_jilt_is_the_volume() -> None:
    c = _one(
        "Berdimuhamedow G. Türkmenistanyň dermanlyk ösümlikleri. 1-nji jilt. – Aşgabat: Türkmen "
        "döwlet neşirýat gullugy, 2009. – 384 sah."
    )
    assert c.title == "Türkmenistanyň dermanlyk ösümlikleri"
    assert c.volume == "1"


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        (
            "Чайка : программа спектакля / МХАТ им. А. П. Чехова. — М., 1980. — 8 с.",
            "Чайка",
            "программа спектакля",
        ),
        (
            "Әбілхан Қастеев : көрме каталогы / Ә. Қастеев атындағы ҚР Мемлекеттік өнер музейі. – "
            "Алматы, 2014. – 120 б.",
            "Әбілхан Қастеев",
            "көрме каталогы",
        ),
        (
            "Русское искусство XIX–XX веков : каталог аукциона / Аукционный дом «Литфонд». — М., "
            "2021. — 96 с.",
            "Русское искусство XIX–XX веков",
            "каталог аукциона",
        ),
    ],
)
def test_catalogue_and_programme_genres_leave_the_title(text: str, title: str, genre: str) -> None:
    c = _one(text)
    assert c.title == title
    assert c.genre == genre


def test_a_body_opening_the_note_wrote_the_report_after_its_comma() -> None:
    c = _one(
        "Türkiye Cumhuriyet Merkez Bankası, Finansal İstikrar Raporu, Sayı 36, Mayıs 2023, "
        "s. 22–25."
    )
    assert [a.literal for a in c.authors] == ["Türkiye Cumhuriyet Merkez Bankası"]
    assert c.title == "Finansal İstikrar Raporu"
    assert c.container is None


@pytest.mark.parametrize(
    "text",
    [
        "Milli Eğitim Bakanlığı Ortaöğretim Kurumları Yönetmeliği, Resmî Gazete, Sayı: 29810, 7 "
        "Eylül 2016.",
        "Anayasa Mahkemesi, Bireysel Başvuru No: 2014/256, 25.06.2014.",
    ],
)
def test_a_regulation_or_a_court_opening_the_note_is_no_author(text: str) -> None:
    assert not _one(text).authors


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Marquez-Ruiz A, Thompson JK, Huang L, et al. Sleep duration and cognitive decline in "
            "older adults: a prospective cohort study. PLoS One. 2021;16(5):e0251234. "
            "doi:10.1371/journal.pone.0251234",
            "Sleep duration and cognitive decline in older adults: a prospective cohort study",
            "PLoS One",
        ),
        (
            "Chen R, Abbas F, Novak P. Mitochondrial fission drives stem cell exhaustion in aged "
            "muscle. eLife 2022;11:e78310. https://doi.org/10.7554/eLife.78310",
            "Mitochondrial fission drives stem cell exhaustion in aged muscle",
            "eLife",
        ),
        (
            "Gómez-Rivera, P., Novak, J., & Haddad, S. (2022). Wildfire smoke exposure and "
            "emergency visits in California. Environmental Health Perspectives, 130(S1), Article "
            "017003. https://doi.org/10.1289/EHP9876",
            "Wildfire smoke exposure and emergency visits in California",
            "Environmental Health Perspectives",
        ),
    ],
)
def test_an_article_number_is_no_host(text: str, title: str, container: str) -> None:
    c = _one(text)
    assert c.title == title
    assert c.container == container
    assert c.type == "article-journal"


@pytest.mark.parametrize(
    ("text", "container", "issue", "reviewed"),
    [
        (
            "Аксёнов В.Б. Рец.: Орлов А.С. Крестьянство и власть в годы нэпа. – М.: Наука, 2014. "
            "– 312 с. // Вопросы истории. – 2015. – № 7. – С. 163–166.",
            "Вопросы истории",
            "7",
            "Крестьянство и власть в годы нэпа",
        ),
        (
            "Нұрпейісова Г.Қ. Пікір: Қозыбаев М.Қ. Ақтаңдақтар ақиқаты. – Алматы: Ғылым, 1992. – "
            "272 б. // ҚазҰУ Хабаршысы. Тарих сериясы. – 2003. – № 2. – Б. 88–91.",
            "ҚазҰУ Хабаршысы. Тарих сериясы",
            "2",
            "Ақтаңдақтар ақиқаты",
        ),
    ],
)
def test_a_gost_review_is_the_reviewers_article(
    text: str, container: str, issue: str, reviewed: str
) -> None:
    c = _one(text)
    assert c.type == "article-journal"
    assert len(c.authors) == 1
    assert c.container == container
    assert c.issue == issue
    assert c.title is None
    assert ("reviewed-title", f'"{reviewed}"') in c.extra


def test_a_titled_gost_review_keeps_its_title() -> None:
    c = _one(
        "Сидоренко О.В. Историк и его источники: [рец. на кн.: Зимин А.А. Россия на пороге "
        "нового времени. М.: Мысль, 1972. 452 с.] // Российская история. 2012. № 2. С. 178–184."
    )
    assert c.title == "Историк и его источники"
    assert [a.family for a in c.authors] == ["Сидоренко"]
    assert c.container == "Российская история"


def test_a_gost_reviews_raw_text_is_the_notes() -> None:
    text = (
        "Бартольд В. В. Рецензия на: Tarikh-e Sistan. Tehran, 1935 // Записки Восточного "
        "отделения. 1937. Т. 3. С. 12–15."
    )
    c = _one(text)
    assert c.raw in text
    assert c.language == "ru"
