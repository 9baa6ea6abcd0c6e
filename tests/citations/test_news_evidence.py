"""A page read online is a news item by a news outlet's marks alone; any other site's page is a
web page, a body's year's work read online its report (`citekit.citations.news_evidence`)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.news_evidence import (
    body_issued,
    body_signed,
    dated_news,
    news_evidence,
    own_work,
    site_host,
)
from citekit.model import Location, Name, PartialDate


def _type(note: str) -> str | None:
    parsed = parse_note(1, note, location=Location(path="t"))
    return parsed.citations[0].type if parsed.citations else None


@pytest.mark.parametrize(
    "note",
    [
        # a data portal's chart, a think tank's commentary: a day's date and a page's id
        'Statista, "Number of internet users in Kazakhstan from 2014 to 2029," June 12, 2024, '
        "https://www.statista.com/statistics/1141221/kazakhstan-internet-users/.",
        '"Share of mobile internet users in Uzbekistan 2023", Statista, 14 May 2023, '
        "https://www.statista.com/statistics/1234567/uzbekistan-mobile-internet-users/",
        "Mehmet Yegin, \"Orta Asya'da Çin'in Artan Etkisi\", SETA, 5 Mayıs 2022, "
        "https://www.setav.org/orta-asyada-cinin-artan-etkisi/",
        'Cavid Veliyev, "Azerbaycan-Türkmenistan İlişkilerinde Yeni Dönem", AVİM, 24 Ocak '
        "2021, https://avim.org.tr/tr/Yorum/Azerbaycan-Turkmenistan-Iliskilerinde-Yeni-Donem",
        "Кузьмина Е. Водные ресурсы Центральной Азии // Валдай. 14.09.2021. URL: "
        "https://ru.valdaiclub.com/a/highlights/vodnye-resursy-tsentralnoy-azii/",
        '"Share of the population using the Internet, Kazakhstan," Our World in Data, 14 March '
        "2023, https://ourworldindata.org/grapher/share-of-individuals-using-the-internet",
        'Jennifer Brick Murtazashvili, "Central Asia\'s Quiet Reformers," Brookings, May 4, '
        "2021, https://www.brookings.edu/articles/central-asias-quiet-reformers/",
        "Казахстан // Freedom House. URL: https://freedomhouse.org/ru/country/kazakhstan "
        "(дата обращения: 12.02.2024).",
        # a body's own announcement under its /news/ folder, signed by its press office
        "Пресс-служба КазНУ. Студенты КазНУ победили на олимпиаде. 05.05.2022. URL: "
        "https://www.kaznu.kz/ru/3/news/one/28765/",
        '"Markaziy Osiyo davlatlari sammiti yakunlari", Strategik va mintaqalararo tadqiqotlar '
        "instituti, 15.09.2022, https://isrs.uz/uz/maqolalar/12345",
    ],
)
def test_a_page_of_a_site_that_is_no_news_outlet_is_a_web_page(note: str) -> None:
    assert _type(note) == "webpage"


@pytest.mark.parametrize(
    "note",
    [
        # named a news outlet, by its address, a news folder, a dated path, a paper's word
        '"Prezident İlham Əliyev Türkmənistana səfər edib", APA, 12 dekabr 2022, '
        "https://apa.az/az/xarici-siyaset/prezident-ilham-eliyev-turkmenistana-sefer-edib-745612",
        "Хабиб А. Цены на хлеб выросли // Вечерний Бишкек. 2022. 11 марта. URL: "
        "https://www.vb.kg/doc/412345_ceny_na_hleb_vyrosli.html",
        "Абдуллаев К. Новая школа открыта // Вечерний Алматы. 12.09.2022. URL: "
        "https://vecher.kz/ru/article/12345-novaya-shkola",
        "Жители Шымкента пожаловались на качество воды // Vlast.kz. 15.07.2021. URL: "
        "https://vlast.kz/novosti/45678-zhiteli-shymkenta.html",
        '"Toshkentda xalqaro investitsiya forumi boshlandi", Kun.uz, 2023-yil 2-may, '
        "https://kun.uz/news/2023/05/02/toshkentda-xalqaro-investitsiya-forumi-boshlandi",
        '"Türk Devletleri Teşkilatı zirvesi Semerkant\'ta başladı", Haber7, 11 Kasım 2022, '
        "https://www.haber7.com/dis-politika/haber/3256789-turk-devletleri-teskilati-zirvesi",
        "Ильин И. Новые транспортные маршруты // Независимая газета. 2023. 12 апреля. URL: "
        "https://www.ng.ru/dipkurer/2023-04-12/9_8701_routes.html",
        'Joanna Lillis, "Kazakhstan: Tokayev unveils reforms," Eurasianet, March 16, 2022, '
        "https://eurasianet.org/kazakhstan-tokayev-unveils-reforms.",
        # a paper of one day in print: its name and its day
        '"Türkmenistan\'da Devlet Başkanlığı seçimi yapıldı", Hürriyet, 12 Mart 2022.',
        "Соловьёв А. Туркменистан закрывает границы // Коммерсантъ. 2020. 15 марта.",
    ],
)
def test_a_news_outlets_item_is_a_newspaper_article(note: str) -> None:
    assert _type(note) == "article-newspaper"


@pytest.mark.parametrize(
    "note",
    [
        "Freedom House, Nations in Transit 2022: Kazakhstan, Washington, DC, 2022, "
        "https://freedomhouse.org/country/kazakhstan/nations-transit/2022.",
        "OECD (2021), Multi-dimensional Review of Kazakhstan, OECD Publishing, Paris, "
        "https://www.oecd.org/publications/multi-dimensional-review-of-kazakhstan.htm.",
        "Türk Tarih Kurumu. 2011. Kazakistan'da Modernleşme Süreci: Sorunlar ve Öneriler. "
        "https://www.ttk.org.tr/yayinlar/kazakistanda-modernlesme-sureci",
    ],
)
def test_a_bodys_year_work_read_online_is_its_report(note: str) -> None:
    assert _type(note) == "report"


@pytest.mark.parametrize(
    "note",
    [
        "Ежегодник ИМЭМО 2021 / под ред. А. А. Дынкина. – М.: ИМЭМО РАН, 2022. – 340 с.",
        "SIPRI Yearbook 2022: Armaments, Disarmament and International Security, ed. Dan "
        "Smith (Oxford: Oxford University Press, 2022).",
        "Central Asia Yearbook 2019, edited by Farkhod Tolipov. Tashkent: University of World "
        "Economy and Diplomacy, 2020.",
    ],
)
def test_a_named_yearbook_with_an_editor_is_a_book(note: str) -> None:
    assert _type(note) == "book"


def test_news_marks() -> None:
    assert news_evidence("Eurasianet", "")
    assert news_evidence("Вечерний Бишкек", "https://www.vb.kg/doc/412345_x.html")
    assert news_evidence("Yeni Gazete", "https://example.com/a/1")  # a paper's own word
    assert news_evidence("Haber7", "https://www.haber7.com/haber/3256789-x")
    assert not news_evidence("Statista", "https://www.statista.com/statistics/1141221/x/")
    assert dated_news("https://lenta.ru/news/2021/02/03/tarif/")
    assert not dated_news("https://carnegieendowment.org/research/89932")
    assert dated_news("https://kun.uz/uz/yangiliklar/2023/05/02/forum")  # Uzbek news folder
    assert dated_news("https://apa.az/az/xeber/745612")  # Azerbaijani
    assert not dated_news("https://isrs.uz/uz/maqolalar/12345")  # an institute's articles
    assert site_host("https://www.statista.com/statistics/1/") == "statista.com"


def test_a_body_signs_and_issues() -> None:
    press = (Name(literal="Пресс-служба КазНУ"),)
    signed = {"author": press, "URL": "https://www.kaznu.kz/ru/3/news/one/28765/"}
    assert body_signed(signed)
    assert not body_signed({**signed, "container-title": "Tengrinews"})  # a host is named
    agency = {"author": (Name(literal="Anadolu Ajansı"),), "URL": "https://aa.com.tr/x"}
    assert not body_signed(agency)  # a news agency signs its news
    assert body_issued({"publisher": "Berikan Yayınları"})
    assert not body_issued({"edition": "7-е изд."})
    work = {
        "container-title": "Freedom House",
        "publisher-place": "Washington, DC",
        "issued": PartialDate(2022),
        "URL": "https://freedomhouse.org/x",
    }
    assert own_work(work)
    assert not own_work({**work, "issued": PartialDate(2022, 3, 1)})  # a day's page
    assert not own_work({**work, "author": (Name(family="Smith", given="J."),)})
