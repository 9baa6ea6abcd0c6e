"""Loopback copies of the four sites the founding article cites, with decoys.

Biznes Türkmenistan lists its posts in gzipped monthly sitemaps and an RSS feed; Akorda in
monthly sitemaps whose slugs romanize its Kazakh titles, with pages whose <title> adds the
site's name; Informburo runs WordPress (REST search, a short feed); Kapital has only a short
Atom feed, so its older pages are found through a CDX index. Each site also has decoys: the
same story a year earlier, a near-identical title about another country, a later follow-up.
"""

# ruff: noqa: E501  # real titles and paths read best one to a line

from __future__ import annotations

import datetime as dt
import random

from tests.links.sites import Article, CdxSpec, SiteSpec

D = dt.date

# note number -> (site name, path of the page the note cites)
EXPECTED = {
    1: (
        "Biznes Türkmenistan",
        "/tk/post/7718/gazagystan-bilen-turkmenistanyn-arasyndaky-sowda-dolanysygy-746-milliona-yetdi",
    ),
    2: (
        "Biznes Türkmenistan",
        "/tk/post/7731/turkmenistanyn-gazagystana-eksporty-iki-essa-golay-artdy",
    ),
    3: (
        "Akorda",
        "/kz/events/international_community/foreign_visits/kasym-zhomart-tokaev-pen-gurbanguly-berdimuhamedov-keneytilgen-formatta-ekizhakty-kelissoz-zhurgizdi",
    ),
    4: (
        "Informburo",
        "/novosti/kazakhstan-gotov-postavlyat-v-turkmenistan-produkciyu-na-130-mln-dollarov-tokaev-126745.html",
    ),
    5: (
        "Kapital",
        "/economic/100181/kazahstan-gotov-narastit-eksport-v-turkmenistan-na-130-mln.html",
    ),
    6: (
        "Akorda",
        "/kz/events/international_community/foreign_visits/kasym-zhomart-tokaev-pen-gurbanguly-berdimuhamedov-bak-okilderi-ushin-brifing-otkizdi",
    ),
    8: (
        "Biznes Türkmenistan",
        "/tk/post/7760/gazagystan-turkmenistanyn-usti-bilen-eyrana-eksportyny-artdyrar",
    ),
    9: (
        "Biznes Türkmenistan",
        "/tk/post/7772/gazagystan-turkmenistan-eyran-demir-yolunyn-ahmiyeti-nygtaldy",
    ),
}

_TK_WORDS = [
    "pagta",
    "ýygymy",
    "gallaçy",
    "ussat",
    "türkmen",
    "halysy",
    "bäsleşik",
    "sergi",
    "maslahat",
    "gurluşyk",
    "mekdep",
    "hassahana",
    "ýol",
    "köpri",
    "gämi",
    "demir",
    "ýoly",
    "ykdysadyýet",
    "bazar",
    "önüm",
    "eksport",
    "import",
    "nebit",
    "gaz",
]
_RU_WORDS = [
    "рынок",
    "банк",
    "тенге",
    "нефть",
    "зерно",
    "экспорт",
    "импорт",
    "инвестиции",
    "завод",
    "порт",
    "дорога",
    "налог",
    "бюджет",
    "инфляция",
    "курс",
    "биржа",
    "кредит",
    "строительство",
    "энергетика",
    "транспорт",
]


def _filler(rng: random.Random, words: list[str], prefix: str, n: int, year: int) -> list[Article]:
    made = []
    for i in range(n):
        title = " ".join(rng.sample(words, 6)).capitalize()
        when = D(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        made.append(Article(f"{prefix}{3000 + i}/{'-'.join(title.lower().split())}", title, when))
    return made


def founding_sites() -> list[SiteSpec]:
    """Biznes Türkmenistan, Akorda, Informburo and Kapital, in that order."""
    rng = random.Random(16)
    business = SiteSpec(
        name="Biznes Türkmenistan",
        sitemap="gzip-index",
        feed="rss",
        articles=(
            Article(
                EXPECTED[1][1],
                "Gazagystan bilen Türkmenistanyň arasyndaky söwda dolanyşygy $74,6 milliona ýetdi",
                D(2021, 10, 22),
            ),
            Article(
                EXPECTED[2][1],
                "Türkmenistanyň Gazagystana eksporty iki essä golaý artdy",
                D(2021, 10, 23),
            ),
            Article(
                EXPECTED[8][1],
                "Gazagystan Türkmenistanyň üsti bilen Eýrana eksportyny artdyrar",
                D(2021, 10, 25),
            ),
            Article(
                EXPECTED[9][1],
                "Gazagystan-Türkmenistan-Eýran demir ýolunyň ähmiýeti nygtaldy",
                D(2021, 10, 26),
            ),
            # decoys: the same story a year earlier, a later follow-up, another country
            Article(
                "/tk/post/5502/gazagystan-bilen-turkmenistanyn-arasyndaky-sowda-dolanysygy-62-milliona-yetdi",
                "Gazagystan bilen Türkmenistanyň arasyndaky söwda dolanyşygy $62 milliona ýetdi",
                D(2020, 10, 20),
            ),
            Article(
                "/tk/post/7901/turkmenistanyn-gazagystana-eksporty-iki-essa-golay-artdy-2",
                "Türkmenistanyň Gazagystana eksporty iki essä golaý artdy",
                D(2021, 12, 2),
            ),
            Article(
                "/tk/post/7702/gazagystan-owganystanyn-usti-bilen-eyrana-eksportyny-artdyrar",
                "Gazagystan Owganystanyň üsti bilen Eýrana eksportyny artdyrar",
                D(2021, 10, 12),
            ),
            *_filler(rng, _TK_WORDS, "/tk/post/", 60, 2021),
        ),
    )
    akorda = SiteSpec(
        name="Akorda",
        sitemap="index",
        page_suffix=" — Қазақстан Республикасы Президентінің ресми сайты",
        articles=(
            Article(
                EXPECTED[3][1],
                "Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов кеңейтілген форматта екіжақты келіссөз жүргізді",
                D(2021, 10, 25),
            ),
            # the page's own title is worded differently from the note's
            Article(
                EXPECTED[6][1],
                "Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов БАҚ өкілдері үшін брифинг өткізді",
                D(2021, 10, 25),
                page_title="Мемлекет басшысы мен Түрікменстан Президенті БАҚ өкілдеріне брифинг өткізді",
            ),
            # decoy: the 2019 visit, near-identical wording
            Article(
                "/kz/events/international_community/foreign_visits/kasym-zhomart-tokaev-pen-gurbanguly-berdimuhamedov-keneytilgen-formatta-kelissoz-zhurgizdi",
                "Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов кеңейтілген форматта келіссөздер жүргізді",
                D(2019, 10, 2),
            ),
            Article(
                "/kz/events/international_community/foreign_visits/kasym-zhomart-tokaev-pen-shavkat-mirziyoev-bak-okilderi-ushin-brifing-otkizdi",
                "Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев БАҚ өкілдері үшін брифинг өткізді",
                D(2021, 8, 6),
            ),
        ),
    )
    informburo = SiteSpec(
        name="Informburo",
        sitemap=None,
        feed="rss",
        feed_size=5,
        wordpress=True,
        articles=(
            Article(
                EXPECTED[4][1],
                "Казахстан готов поставлять в Туркменистан продукцию на 130 млн долларов – Токаев",
                D(2021, 10, 25),
                text="Глава государства заявил на брифинге в Ашхабаде",
            ),
            Article(
                "/novosti/kazakhstan-gotov-postavlyat-v-uzbekistan-produkciyu-na-130-mln-dollarov-124410.html",
                "Казахстан готов поставлять в Узбекистан продукцию на 130 млн долларов",
                D(2021, 9, 2),
            ),
            *_filler(rng, _RU_WORDS, "/novosti/", 30, 2022),
        ),
    )
    kapital = SiteSpec(
        name="Kapital",
        sitemap=None,
        robots=False,
        feed="atom",
        feed_size=5,
        articles=(
            Article(
                EXPECTED[5][1],
                "Казахстан готов нарастить экспорт в Туркменистан на $130 млн",
                D(2021, 10, 24),
            ),
            Article(
                "/economic/80214/kazahstan-gotov-narastit-eksport-v-turkmenistan-na-100-mln.html",
                "Казахстан готов нарастить экспорт в Туркменистан на $100 млн",
                D(2020, 6, 3),
            ),
            *_filler(rng, _RU_WORDS, "/economic/", 30, 2022),
        ),
    )
    return [business, akorda, informburo, kapital]


def kapital_captures(base: str) -> CdxSpec:
    """What the CDX index holds for Kapital (served at `base`) around October 2021."""
    return CdxSpec(
        (
            (base + EXPECTED[5][1], D(2021, 10, 24)),
            (
                base
                + "/economic/80214/kazahstan-gotov-narastit-eksport-v-turkmenistan-na-100-mln.html",
                D(2021, 10, 1),
            ),
            (base + "/", D(2021, 10, 20)),
        )
    )
