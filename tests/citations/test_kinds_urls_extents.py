"""Where an address ends (a glued access label, a line break inside it), a book's extent
(a whole page word, the unnumbered pages' count after the numbered), an ordinal inside a
comment's sentence, and GOST's paired places in a note of several sources. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.note_kinds import classify
from citekit.citations.sources import split_sources
from citekit.citations.structure import find_exact
from citekit.model import NoteKind
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "“Enerji Politikası”, Enerji Bakanlığı, "
            "https://enerji.gov.tr/enerji-politikasi(erişim tarihi: 5.3.2021).",
            "https://enerji.gov.tr/enerji-politikasi",
        ),
        (
            "Послание Президента. URL: https://www.akorda.kz/ru/poslanie-2022Дата обращения: "
            "12.01.2023.",
            "https://www.akorda.kz/ru/poslanie-2022",
        ),
        (
            "Hansen, P., “Oil”, Energy Policy, 2020, "
            "https://www.sciencedirect.com/science/article/pii/S0301421520301234,erişim: 5.4.2021",
            "https://www.sciencedirect.com/science/article/pii/S0301421520301234",
        ),
        (
            "Бағдарлама. URL: https://www.gov.kz/memleket/entities/edu/documents/12345?lang=kk"
            "Қаралған күні: 10.02.2022.",
            "https://www.gov.kz/memleket/entities/edu/documents/12345?lang=kk",
        ),
    ],
)
def test_an_access_label_glued_to_an_address_is_no_part_of_it(text: str, url: str) -> None:
    assert find_exact(text).url == url
    assert _first(text).url == url


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Habar, https://tdh.gov.tm/tk/post/12345/prezident—12.04.2022.",
            "https://tdh.gov.tm/tk/post/12345/prezident",
        ),
        (
            "Ekonomi, https://www.aa.com.tr/tr/ekonomi/enflasyon/2512345—Erişim: 12.03.2022.",
            "https://www.aa.com.tr/tr/ekonomi/enflasyon/2512345",
        ),
        (
            "Вики. https://ru.wikipedia.org/wiki/Москва_—_Петушки (дата обращения: 01.01.2020).",
            "https://ru.wikipedia.org/wiki/Москва_—_Петушки",
        ),
        (
            "Wiki. https://en.wikipedia.org/wiki/1998–99_FA_Cup (accessed 1 May 2020).",
            "https://en.wikipedia.org/wiki/1998–99_FA_Cup",
        ),
        (
            "Публіцистика. Режим доступу: https://uk.wikipedia.org/wiki/Публіцистика_(XVIII–XIX_ст.)"
            " (дата звернення: 22.07.2020).",
            "https://uk.wikipedia.org/wiki/Публіцистика_(XVIII–XIX_ст.)",
        ),
    ],
)
def test_a_dash_glued_to_an_address_is_the_note_s(text: str, url: str) -> None:
    assert find_exact(text).url == url
    assert _first(text).url == url


@pytest.mark.parametrize(
    "url",
    [
        "https://example.kz/news/Erisim-Tarihi-12",  # a path's own words, no label
        "https://en.wikipedia.org/wiki/Accessibility_(Disambiguation)",
        "https://kk.wikipedia.org/wiki/Нұрсұлтан_Назарбаев",
    ],
)
def test_a_label_word_inside_a_path_stays_the_address_s(url: str) -> None:
    assert find_exact(f"Сайт. {url} (просмотрено 2021).").url == url


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Kazakhstan Statistics Agency, “Population”, https://stat.gov.kz/official/ "
            "industry/61/statistic/7 (accessed 12 March 2022).",
            "https://stat.gov.kz/official/industry/61/statistic/7",
        ),
        (
            "Ахметова Л. Медиа // Вестник КазНУ. 2019. URL: https://articlekz.com/article/\n"
            "23456 (дата обращения: 14.05.2020).",
            "https://articlekz.com/article/23456",
        ),
        (
            "Yılmaz, H. “Dış Politika”, https://dergipark.org.tr/tr/pub/ankara/issue/12345/\n"
            "678901 (Erişim: 12.03.2021).",
            "https://dergipark.org.tr/tr/pub/ankara/issue/12345/678901",
        ),
        (
            "Annual Report, https://www.example.org/docs/report-\n2020-final.pdf, "
            "accessed 3 May 2021.",
            "https://www.example.org/docs/report-2020-final.pdf",
        ),
        (
            "Kaya, “Başlık”, https://www.example.org/makale/index.php?id=\n5 (Erişim: 1.1.2020)",
            "https://www.example.org/makale/index.php?id=5",
        ),
    ],
)
def test_an_address_broken_by_a_line_or_a_space_goes_on(text: str, url: str) -> None:
    assert _first(text).url == url


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Назарбаев Н. Послание. URL: http:// www.akorda.kz/ru/speeches/12345 "
            "(дата обращения: 12.03.2020).",
            "http://www.akorda.kz/ru/speeches/12345",
        ),
        (
            "Türkmenistanyň Prezidentiniň saýty. https://\nwww.turkmenistan.gov.tm/tk/habar/54321",
            "https://www.turkmenistan.gov.tm/tk/habar/54321",
        ),
    ],
)
def test_a_scheme_parted_from_its_host_is_the_address_s(text: str, url: str) -> None:
    assert _first(text).url == url


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Available at: https://x.org/ and elsewhere.", "https://x.org/"),
        (
            "“Haber”, Hürriyet, https://www.hurriyet.com.tr/ 12-03-2021.",
            "https://www.hurriyet.com.tr/",
        ),
        (
            "“Haber”, Hürriyet, https://www.hurriyet.com.tr/gundem/ 2021.",
            "https://www.hurriyet.com.tr/gundem/",
        ),
        ("Report. https://www.un.org/en/ e-book edition.", "https://www.un.org/en/"),
        ("Text https://x.com/page\nIbid., p. 5.", "https://x.com/page"),
        (
            "Makale. https://dergipark.org.tr/tr/pub/ankara\nhttps://dergipark.org.tr/tr/pub/b",
            "https://dergipark.org.tr/tr/pub/ankara",
        ),
    ],
)
def test_words_dates_and_addresses_after_a_break_are_no_continuation(text: str, url: str) -> None:
    assert find_exact(text).url == url


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Atay, Falih Rıfkı, Çankaya, İstanbul: Pozitif Yayınları, 2004, 608 sayfa.", "608"),
        ("Ahmet Cevdet Paşa, Tezâkir, Ankara: TTK, 1991, 304 sahife.", "304"),
        ("Köprülü, Fuad. Türk Edebiyatı Tarihi. İstanbul: Ötüken, 1980, 412 sayfa.", "412"),
        ("Мусабаев Г. Г. Казахский язык. Алма-Ата: Наука, 1975. 320, [4] с.: ил.", "320, [4]"),
        ("Иванов И. И. История. М.: Наука, 2005. 304, [2] с.", "304, [2]"),
        ("Кенесбаев С. К. Сөздік. – Алматы: Ғылым, 1977. – [2], 712 б.", "[2], 712"),
    ],
)
def test_a_book_s_extent(text: str, extent: str) -> None:
    found = _first(text)
    assert found.number_of_pages == extent
    assert found.page is None


@pytest.mark.parametrize(
    "text",
    [
        "Kemal Karpat, Osmanlı Nüfusu, İstanbul: Timaş, 2003, s. 45.",
        "Лихачёв Д. С. Поэтика древнерусской литературы. Л.: Наука, 1967. С. 45.",
        "Petrov P. Nomads // Central Asian Survey. 2010. Vol. 29, no. 2. P. 905–949.",
    ],
)
def test_a_cited_page_is_no_extent(text: str) -> None:
    assert _first(text).number_of_pages is None


@pytest.mark.parametrize(
    "text",
    [
        "Bu terim ilk kez 19. yüzyılda kullanılmıştır.",
        "Bu terim 20. yüzyılın başında yaygınlaşmıştır.",
        "Термин появился в начале 20-го века и быстро распространился.",
        "Bu söz 20-nji ýyllarda ulanylyp başlandy.",
    ],
)
def test_an_ordinal_inside_a_sentence_is_prose(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Chokan Valikhanov (1835–1865) was a Kazakh scholar and ethnographer.",
        "Ahmet Vefik Paşa (1823-1891) önemli bir devlet adamıydı.",
        "Mahmud Kaşgarî (1008-1105) Divanü Lügati’t-Türk’ü 1072-1074 yılları arasında yazmıştır.",
    ],
)
def test_years_of_a_life_after_a_name_are_prose(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Kemal H. Karpat, Osmanlı Nüfusu (1830-1914), İstanbul 2003.",
        "Smith, J. (2005). The steppe was never empty.",
    ],
)
def test_a_work_s_bracketed_years_still_cite(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "Kaya, Tarih, 45. sayfada anlatılmıştır.",
        "Ahmet Kaya, Osmanlı Tarihi, İstanbul 2005, 45. s.",
    ],
)
def test_a_page_after_an_ordinal_mark_still_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Кляшторный С. Г. Древнетюркские рунические памятники. М.: Наука, 1964. 215 с.; "
            "Малов С. Е. Памятники древнетюркской письменности. М.; Л., 1951.",
            "Кляшторный С. Г. Древнетюркские рунические памятники. М.: Наука, 1964. 215 с.",
        ),
        (
            "Бернштам А. Н. Социально-экономический строй. М., 1946. 207 с.; "
            "Малов С. Е. Енисейская письменность тюрков. М.; Л., 1952.",
            "Бернштам А. Н. Социально-экономический строй. М., 1946. 207 с.",
        ),
    ],
)
def test_paired_places_stay_with_their_source(text: str, first: str) -> None:
    sources = split_sources(text)
    assert sources[0] == first
    assert len(sources) == 2
    assert sources[1].endswith(("М.; Л., 1951.", "М.; Л., 1952."))


def test_paired_places_of_one_source_are_not_parted() -> None:
    text = "Иванов И. История. М.; Л.: Наука, 1950. 300 с."
    assert split_sources(text) == [text]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Anadolu Ajansı (https://www.aa.com.tr), “Rusya açıklama yaptı”, "
            "https://www.aa.com.tr/tr/dunya/rusya-aciklama/2512345, (Erişim: 12.03.2022).",
            "https://www.aa.com.tr/tr/dunya/rusya-aciklama/2512345",
        ),
        (
            "Сайт Акорды www.akorda.kz. Послание Президента. URL: "
            "https://www.akorda.kz/ru/addresses/poslanie-2022 (дата обращения: 12.01.2023).",
            "https://www.akorda.kz/ru/addresses/poslanie-2022",
        ),
        (
            "TÜİK, https://www.tuik.gov.tr/, “Nüfus İstatistikleri 2021”, "
            "https://data.tuik.gov.tr/Bulten/Index?p=45500.",
            "https://data.tuik.gov.tr/Bulten/Index?p=45500",
        ),
        (
            "Kazinform, https://www.inform.kz/ru/, «Новости», "
            "https://www.inform.kz/ru/novosti-2021_a3812345.",
            "https://www.inform.kz/ru/novosti-2021_a3812345",
        ),
        # the deep link first, the home page after it; two sites' pages: the first stays
        (
            "“Başlık”, https://www.aa.com.tr/tr/dunya/123, Anadolu Ajansı, https://www.aa.com.tr/.",
            "https://www.aa.com.tr/tr/dunya/123",
        ),
        (
            "Hürriyet, https://www.hurriyet.com.tr/, Sabah, https://www.sabah.com.tr/gundem/123.",
            "https://www.hurriyet.com.tr/",
        ),
    ],
)
def test_a_home_page_beside_a_deep_link_is_the_container_s(text: str, url: str) -> None:
    assert find_exact(text).url == url
