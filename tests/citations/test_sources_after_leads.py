"""Facts of how a note leads to its source and joins more: a lead-in of prose closed by a
colon whose last word says the source follows, an "also" word after `;` that opens one more
source, a range joined by a typesetter's hyphen, a volume's span of two years in brackets, and
the head words of a body that signs a work in Uzbek, Azerbaijani and Kyrgyz. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from tests.citations.parsed import first_citation as _one


def _names(citation: Citation) -> list[str]:
    return [n.family or n.literal or "" for n in citation.authors]


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "Данные приводятся по: Всемирный банк. Перспективы развития Центральной Азии: доклад."
            " – Вашингтон, 2021. – С. 9–12.",
            "Перспективы развития Центральной Азии",
            "Всемирный банк",
        ),
        (
            "Figures are taken from: World Bank, Central Asia Economic Update (Washington, DC:"
            " World Bank, 2022), 14.",
            "Central Asia Economic Update",
            "World Bank",
        ),
        (
            "Rakamlar şu kaynaktan alınmıştır: Dünya Bankası, Orta Asya Ekonomik Görünümü,"
            " Washington, 2022, s. 14.",
            "Orta Asya Ekonomik Görünümü",
            "Dünya Bankası",
        ),
        (
            "Metin şu yayından aktarılmıştır: Ahmet Caferoğlu, Türk Dili Tarihi, İstanbul,"
            " Enderun Kitabevi, 1984, s. 201.",
            "Türk Dili Tarihi",
            "Caferoğlu",
        ),
        (
            "Деректер мына басылымнан алынды: Қазақстан Республикасы Ұлттық статистика бюросы."
            " Қазақстан сандарда. – Астана, 2022. – 45-б.",
            "Қазақстан сандарда",
            "Қазақстан Республикасы Ұлттық статистика бюросы",
        ),
        (
            "Дані наводяться за: Державна служба статистики України. Статистичний щорічник"
            " України за 2019 рік. – Київ, 2020. – С. 17.",
            "Статистичний щорічник України за 2019 рік",
            "Державна служба статистики України",
        ),
    ],
)
def test_a_lead_in_that_says_the_source_follows_is_no_part_of_it(
    text: str, title: str, author: str
) -> None:
    found = _one(text)
    assert found.title == title
    assert _names(found) == [author]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Казахстан: история и современность / под ред. А. Н. Нысанбаева. – Алматы: Ғылым,"
            " 2001. – 320 с.",
            "Казахстан: история и современность",
        ),
        (
            "Women in the Steppe: Gender and Power in Kazakhstan (London: Routledge, 2010), 15.",
            "Women in the Steppe: Gender and Power in Kazakhstan",
        ),
    ],
)
def test_a_title_before_its_subtitle_is_no_lead_in(text: str, title: str) -> None:
    assert _one(text).title == title


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        (
            "Nadir Devlet, Rusya Türklerinin Millî Mücadele Tarihi, Ankara, TTK, 1985, s. 91-96;"
            " ayrıca Zeki Velidi Togan, Bugünkü Türkili Türkistan ve Yakın Tarihi, İstanbul,"
            " 1981, s. 12.",
            "Rusya Türklerinin Millî Mücadele Tarihi",
            1985,
        ),
        (
            "Пайпс Р. Образование СССР. – М.: Наука, 1994. – С. 86; также Оллворт Э. Современные"
            " узбеки. – М., 1990. – С. 14.",
            "Образование СССР",
            1994,
        ),
        (
            "Абашин С. Н. Национализмы в Средней Азии. – СПб.: Алетейя, 2007. – С. 45; а также"
            " Хазанов А. М. Кочевники и внешний мир. – Алматы: Дайк-Пресс, 2000. – С. 310.",
            "Национализмы в Средней Азии",
            2007,
        ),
        (
            "Adeeb Khalid, Making Uzbekistan (Ithaca: Cornell University Press, 2015), 117; also"
            " Marianne Kamp, The New Woman in Uzbekistan (Seattle: University of Washington"
            " Press, 2006), 52.",
            "Making Uzbekistan",
            2015,
        ),
    ],
)
def test_an_also_word_after_a_semicolon_opens_one_more_source(
    text: str, title: str, issued: int
) -> None:
    found = _one(text)
    assert found.title == title
    assert len(found.authors) == 1
    assert found.issued is not None
    assert found.issued.year == issued


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Smith, John, The Steppe Frontier, London, Routledge, 2005, pp. 102‒110.", "102‒110"),
        ("Ахметов А. Степь и город. – Алматы: Ғылым, 2001. – С. 12‑15.", "12‑15"),
        ("Kafesoğlu, İbrahim. Türk Millî Kültürü. İstanbul: Ötüken, 1997, s. 211‑215.", "211‑215"),
        ("Петров П. П. Кочевники Евразии // Вопросы истории. – 1999. – № 4. – С. 33−41.", "33−41"),
    ],
)
def test_a_typesetters_hyphen_joins_a_page_range(text: str, page: str) -> None:
    assert _one(text).page == page


@pytest.mark.parametrize(
    ("text", "volume", "year"),
    [
        (
            "Golden, Peter B. “Cumanica IV: The Tribes of the Cuman-Qıpčaqs.” Archivum Eurasiae"
            " Medii Aevi 9 (1995–97): 99–122.",
            "9",
            1995,
        ),
        ("Pritsak, Omeljan. “Die Karachaniden.” Der Islam 31 (1953–54): 17–68.", "31", 1953),
        (
            "Бартольд В. В. «К истории орошения Туркестана». Записки Восточного отделения 15"
            " (1902–1903): 1–25.",
            "15",
            1902,
        ),
        (
            "Bregel, Yuri. “Tribal Tradition and Dynastic History.” Asian and African Studies 16"
            " (1982-83): 357–398.",
            "16",
            1982,
        ),
    ],
)
def test_a_volumes_span_of_two_years_is_its_date(text: str, volume: str, year: int) -> None:
    found = _one(text)
    assert found.volume == volume
    assert found.issue is None
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "Oʻzbekiston Respublikasi Davlat statistika qoʻmitasi. Oʻzbekiston raqamlarda. –"
            " Toshkent, 2020. – B. 23.",
            "Oʻzbekiston raqamlarda",
            "Oʻzbekiston Respublikasi Davlat statistika qoʻmitasi",
        ),
        (
            "Ўзбекистон Республикаси Давлат статистика қўмитаси. Ўзбекистон рақамларда. –"
            " Тошкент, 2020. – Б. 23.",
            "Ўзбекистон рақамларда",
            "Ўзбекистон Республикаси Давлат статистика қўмитаси",
        ),
        (
            "Azərbaycan Respublikası Dövlət Statistika Komitəsi. Azərbaycanın demoqrafik"
            " göstəriciləri. – Bakı, 2021. – S. 15.",
            "Azərbaycanın demoqrafik göstəriciləri",
            "Azərbaycan Respublikası Dövlət Statistika Komitəsi",
        ),
        (
            "Кыргыз Республикасынын Улуттук статистика комитети. Кыргызстандын"
            " социалдык-экономикалык абалы. – Бишкек, 2022. – 34-б.",
            "Кыргызстандын социалдык-экономикалык абалы",
            "Кыргыз Республикасынын Улуттук статистика комитети",
        ),
    ],
)
def test_a_body_heads_its_work(text: str, title: str, body: str) -> None:
    found = _one(text)
    assert found.title == title
    assert _names(found) == [body]


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        (
            "Mehmed Emin, Türkistan Seyahatnâmesi, İstanbul: Matbaa-i Ebüzziya, 1908, s. 33-34 —"
            " metin Latin harflerine tarafımızca aktarılmıştır.",
            "Türkistan Seyahatnâmesi",
            "33-34",
        ),
        (
            "Eugene Schuyler, Turkistan (London: Sampson Low, 1876), 115 — the figure is"
            " probably exaggerated.",
            "Turkistan",
            "115",
        ),
        (
            "Zeki Velidi Togan, Bugünkü Türkili Türkistan ve Yakın Tarihi, İstanbul, Enderun,"
            " 1981, s. 412 – yazar bu bilgiyi kendi hatıralarına dayandırır.",
            "Bugünkü Türkili Türkistan ve Yakın Tarihi",
            "412",
        ),
    ],
)
def test_a_remark_after_the_page_and_a_dash_is_no_part_of_the_source(
    text: str, title: str, page: str
) -> None:
    found = _one(text)
    assert found.title == title
    assert found.page == page


def test_a_gost_area_after_a_dash_is_no_remark() -> None:
    found = _one("Иванов И. И. История Казахстана. – М.: Наука, 1990. – 320 с. – пер. с англ.")
    assert found.title == "История Казахстана"
    assert found.publisher == "Наука"


@pytest.mark.parametrize(
    "text",
    [
        "Ermekov K.S. Pereselencheskaja politika carizma v Severnom Kazahstane [Resettlement"
        " policy of tsarism in Northern Kazakhstan]. Petropavlovsk, 2004. 215 p.",
        "Nurmagambetova A.K. Sovetskaja nacional'naja politika v Kazahstane. Almaty: Dajk-Press,"
        " 2011. 240 p.",
        "Zhanaev B.T. Agrarnyj vopros v Zapadnom Kazahstane. Almaty, 2006. 180 p.",
    ],
)
def test_a_title_romanised_with_j_for_short_i_is_russian(text: str) -> None:
    assert _one(text).language == "ru"
