"""Two facts of titles (session 29): a web page's title copied from the browser names its site
after a spaced dash or a bar, and that name is the site's when it is a body's or stands after
the bar (`page_titles.page_title_site`); a book's period subtitle before GOST's `. —` imprint,
or after a quote the title opened inside itself, is the title's
(`imprint_subtitles.subtitle_before_imprint`). Notes written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _parse


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            "Казахстан в цифрах 2022 | Бюро национальной статистики. URL:"
            " https://stat.gov.kz/ru/news/kaz-cifry-2022/ (дата обращения: 12.03.2023).",
            "Казахстан в цифрах 2022",
            "Бюро национальной статистики",
        ),
        (
            "Türkiye’de Tarım Politikaları - Tarım ve Orman Bakanlığı."
            " https://www.tarimorman.gov.tr/politikalar (Erişim tarihi: 10.01.2023).",
            "Türkiye’de Tarım Politikaları",
            "Tarım ve Orman Bakanlığı",
        ),
        (
            "История города Алматы — Акимат города Алматы [Электронный ресурс]. URL:"
            " https://almaty.gov.kz/history (дата обращения: 01.02.2021).",
            "История города Алматы",
            "Акимат города Алматы",
        ),
        (
            "Visa requirements for foreign citizens — Ministry of Foreign Affairs of the"
            " Republic of Uzbekistan. URL: https://mfa.uz/en/pages/visa (accessed 4 May 2022).",
            "Visa requirements for foreign citizens",
            "Ministry of Foreign Affairs of the Republic of Uzbekistan",
        ),
        (
            "Ýurdumyzda bugdaý ýygnamak möwsümi başlandy | Oba hojalyk ministrligi."
            " https://minagri.gov.tm/tk/news/124 (seredilen senesi: 12.07.2022).",
            "Ýurdumyzda bugdaý ýygnamak möwsümi başlandy",
            "Oba hojalyk ministrligi",
        ),
    ],
)
def test_site_after_a_page_title(text: str, title: str, site: str) -> None:
    cited = _parse(text)
    assert cited.title == title
    assert cited.container == site


def test_a_dash_before_no_body_stays_in_the_title() -> None:
    cited = _parse(
        "Reform and Revival — Lessons from the Steppe. URL: https://example.org/reform"
        " (accessed 3 May 2022)."
    )
    assert cited.title == "Reform and Revival — Lessons from the Steppe"


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Смирнова Е. Судьба романа «Тихий Дон». Очерки истории. — М.: Наука, 1995. — 200 с.",
            "Судьба романа «Тихий Дон». Очерки истории",
            "Наука",
        ),
        (
            "Тимофеев В. А. Министр и его время. Исследование и тексты. — Пермь: Логос, 2007."
            " — 310 с.",
            "Министр и его время. Исследование и тексты",
            "Логос",
        ),
        (
            "Smith, J. Reading “Ulysses”. A Historical Survey. London: Verso, 2001.",
            "Reading “Ulysses”. A Historical Survey",
            "Verso",
        ),
        (
            "Оразов Б. «Абай жолы» және «Көшпенділер». Әдеби очерк. — Алматы: Жазушы, 2004."
            " — 180 б.",
            "«Абай жолы» және «Көшпенділер». Әдеби очерк",
            "Жазушы",
        ),
    ],
)
def test_period_subtitle_before_the_imprint(text: str, title: str, publisher: str) -> None:
    cited = _parse(text)
    assert cited.title == title
    assert cited.publisher == publisher
    assert cited.container is None


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Егоров К. Э. «Участник банкета объяснил выкрики «Жизнь ворам!» на Кавказе» //"
            " Коммерсантъ. 2015. 4 марта.",
            "Участник банкета объяснил выкрики «Жизнь ворам!» на Кавказе",
            "Коммерсантъ",
        ),
        (
            "Сидоренко О. «Дума «Про Марусю Богуславку!» у фольклорі» // Народна творчість та"
            " етнографія. — 2008. — № 3. — С. 40–47.",
            "Дума «Про Марусю Богуславку!» у фольклорі",
            "Народна творчість та етнографія",
        ),
        (
            "Ахметов Б. «Роман «Не істеу керек?» және оның оқырмандары» // Қазақ әдебиеті."
            " — 2010. — № 4.",
            "Роман «Не істеу керек?» және оның оқырмандары",
            "Қазақ әдебиеті",
        ),
        (
            "Kaya, M. «“Nutuk!” ve Cumhuriyet: Bir Okuma» // Türk Dili. — 2015. — № 68.",
            "“Nutuk!” ve Cumhuriyet: Bir Okuma",
            "Türk Dili",
        ),
    ],
)
def test_inner_quote_of_the_same_marks_closes_first(text: str, title: str, container: str) -> None:
    cited = _parse(text)
    assert cited.title == title
    assert cited.container == container


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ahmedov, R. (2005). O‘zbekiston tarixi (1917–1991) (The History of Uzbekistan"
            " under Soviet Rule). Toshkent: Fan.",
            "O‘zbekiston tarixi (1917–1991)",
        ),
        (
            "“Beşiktaş maçı saat kaçta, hangi kanalda? (Which channel shows the match?)”,"
            " Yeni Asır, 27 Ocak 2018, s. 13.",
            "Beşiktaş maçı saat kaçta, hangi kanalda?",
        ),
        (
            "Duran, S. (1984). Türk Lehçeleri: Yeni Yaklaşımlar (16. Yüzyıl) (Turkic dialects"
            " in the sixteenth century). Ankara: Gazi Kitabevi.",
            "Türk Lehçeleri: Yeni Yaklaşımlar (16. Yüzyıl)",
        ),
        (
            "Kushekov, B. ASP [Part 2. Docker. Speech Communications]. Petropavl, Ana tili"
            " baspa uii Publ., 1961. 352 p. (In Kazakh)",
            "ASP",
        ),
    ],
)
def test_translation_after_a_title_that_ends_in_a_mark(text: str, title: str) -> None:
    assert _parse(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "role", "family"),
    [
        (
            "Mehmet Öz, Türk Kültürü: Dil, Din, Sanat, çev. Ali Kaya (Ankara: TTK, 2001), 5.",
            "Türk Kültürü: Dil, Din, Sanat",
            "translators",
            "Kaya",
        ),
        (
            "Ivan Petrov, Russia and the East: Trade, War, Faith, ed. Olga Smirnova (Moscow:"
            " Nauka, 1999), 33.",
            "Russia and the East: Trade, War, Faith",
            "editors",
            "Smirnova",
        ),
        (
            "Ahmet Kaya, Osmanlı Toplumunda Aile, Kadın ve Çocuk, haz. Mehmet Demir (İstanbul:"
            " Kitabevi, 2010), 12.",
            "Osmanlı Toplumunda Aile, Kadın ve Çocuk",
            "editors",
            "Demir",
        ),
        (
            "Holt, Angel. Language Policy in Kazakhstan: Economy, Politics, Culture, ed. Morgan"
            " Austin (London: Routledge, 2012), 45.",
            "Language Policy in Kazakhstan: Economy, Politics, Culture",
            "editors",
            "Austin",
        ),
    ],
)
def test_list_item_before_a_role_word(text: str, title: str, role: str, family: str) -> None:
    cited = _parse(text)
    assert cited.title == title
    assert [name.family for name in getattr(cited, role)] == [family]
    assert cited.container is None


def test_a_thesis_statement_before_the_imprint_is_no_subtitle() -> None:
    cited = _parse(
        "Омаров Б. Ұлттық идея және қоғам. Тарих ғылымдарының кандидаты ғылыми дәрежесін алу"
        " үшін дайындалған диссертация. – Алматы, 2010. – 160 б."
    )
    assert cited.title == "Ұлттық идея және қоғам"
