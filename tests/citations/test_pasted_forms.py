"""Forms editors paste: a title beside its translation in the other alphabet, a film's genre
in brackets after its quoted title, a website named as the page's host."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Kozybaev M. Aqtaban shubyryndy (Годы великого бедствия). – Almaty: Gylym, 1998. – "
            "S. 12",
            "Aqtaban shubyryndy",
        ),
        (
            "Mamedov R. Neft i politika v Azerbaydzhane (Нефть и политика в Азербайджане). Baku: "
            "Elm, 2005. S. 45",
            "Neft i politika v Azerbaydzhane",
        ),
        (
            "Ахмедов Э. Азербайджанская эмиграция (Azərbaycan mühacirəti). Баку: Элм, 2009. С. 14.",
            "Азербайджанская эмиграция",
        ),
        (
            "Ataýew G. Türkmen halk döredijiligi (Туркменское народное творчество). Aşgabat: "
            "Ylym, 2011. 212 s.",
            "Türkmen halk döredijiligi",
        ),
        (
            "Dzhandosova Z. Kazakhskaia step' (Казахская степь) // Vestnik KazNU. 2010. No 3. "
            "S. 5–12.",
            "Kazakhskaia step'",
        ),
    ],
)
def test_a_bracket_in_the_other_alphabet_is_the_titles_translation(note: str, title: str) -> None:
    assert first_citation(note).title == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Оразбаева А. Тілдік қатынас (Языковая коммуникация) // Хабаршы. – 2014. – №2. – "
            "Б. 33–38.",
            "Тілдік қатынас (Языковая коммуникация)",
        ),
        ("Deny, Jean. Türk Dili Grameri (Osmanlı Lehçesi). İstanbul, 1941.", None),
        ("Токаев К. Казахстан и Североатлантический альянс (NATO). Астана, 2010.", None),
        ("Смагулов Е. Развитие стандарта связи (LTE Advanced). Алматы, 2015.", None),
    ],
)
def test_a_bracket_in_the_titles_own_alphabet_stays(note: str, title: str | None) -> None:
    found = first_citation(note).title or ""
    assert found == title if title else found.endswith(")")


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Qazaqstan TV. «Алаш қайраткерлері: Әлихан Бөкейхан» (деректі фильм). YouTube, "
            "05.03.2020. https://www.youtube.com/watch?v=Ab12Cd34Ef5",
            "Алаш қайраткерлері: Әлихан Бөкейхан",
        ),
        (
            "«Голод в Казахстане 1930-х годов» (документальный фильм). YouTube, 31.05.2018. "
            "https://www.youtube.com/watch?v=Qw3Er5Ty7Ui",
            "Голод в Казахстане 1930-х годов",
        ),
        (
            '"The Aral Sea: A Disappearing Giant" (documentary). YouTube, March 3, 2017. '
            "https://www.youtube.com/watch?v=Mn2Bv4Cx6Za",
            "The Aral Sea: A Disappearing Giant",
        ),
        (
            "«Türkmen halysy» (dokumental film). YouTube, 2020. "
            "https://www.youtube.com/watch?v=Tk1Hl2Ys3Aa",
            "Türkmen halysy",
        ),
        (
            "“Bozkırın Sesi” (belgesel). YouTube, 14.09.2019. "
            "https://www.youtube.com/watch?v=Lk8Jh6Gf4Ds",
            "Bozkırın Sesi",
        ),
    ],
)
def test_a_films_genre_in_brackets_closes_its_title(note: str, title: str) -> None:
    found = first_citation(note)
    assert (found.type, (found.title or "").strip('«»“”"')) == ("motion_picture", title)


@pytest.mark.parametrize(
    ("note", "channel", "title"),
    [
        (
            "Хабар 24. «Ұлы дала мұрасы». YouTube, 2021. https://www.youtube.com/watch?v=Zx9Yw8Vu7Ts",
            "Хабар 24",
            "Ұлы дала мұрасы",
        ),
        (
            "Первый канал. «Тайны Туркестана» (документальный фильм). YouTube, 12.12.2019. "
            "https://www.youtube.com/watch?v=Rt5Yu7Io9Pp",
            "Первый канал",
            "Тайны Туркестана",
        ),
        (
            "TRT Belgesel. “Bozkırın Sesi”. YouTube, 14.09.2019. "
            "https://www.youtube.com/watch?v=Lk8Jh6Gf4Ds",
            "TRT Belgesel",
            "Bozkırın Sesi",
        ),
        (
            "BBC News Русская служба. «Голод в Казахстане». YouTube, 2018. "
            "https://www.youtube.com/watch?v=Lk8Jh6Gf4Ds",
            "BBC News Русская служба",
            "Голод в Казахстане",
        ),
    ],
)
def test_a_sentence_before_a_videos_quoted_title_is_its_channel(
    note: str, channel: str, title: str
) -> None:
    found = first_citation(note)
    assert ([str(a) for a in found.authors], found.title) == ([channel], title)


@pytest.mark.parametrize(
    "note",
    [
        "Türkmenistanyň Prezidentiniň resmi saýty: https://turkmenistan.gov.tm/tk/post/72314/ "
        "(12.04.2024)",
        "T.C. Dışişleri Bakanlığı resmi sitesi: https://www.mfa.gov.tr/turkiye-kazakistan.tr.mfa "
        "(Erişim: 12.03.2021)",
        "Official website of the President of the Republic of Kazakhstan: "
        "https://www.akorda.kz/en/addresses/12 (accessed 3 May 2022).",
    ],
)
def test_a_site_named_as_one_before_its_address_is_a_webpage(note: str) -> None:
    assert first_citation(note).type == "webpage"


@pytest.mark.parametrize(
    ("note", "host", "title"),
    [
        (
            "Официальный сайт Министерства иностранных дел Республики Казахстан, «Казахстан и ЕС "
            "подписали соглашение», 21.12.2015, https://www.gov.kz/memleket/entities/mfa/press/1",
            "Официальный сайт Министерства иностранных дел Республики Казахстан",
            "Казахстан и ЕС подписали соглашение",
        ),
        (
            "Источник: официальный сайт Президента Республики Узбекистан, «Послание Олий "
            "Мажлису», 29 декабря 2020 г., https://president.uz/ru/lists/view/4057",
            "официальный сайт Президента Республики Узбекистан",
            "Послание Олий Мажлису",
        ),
        (
            "Türkmenistanyň Daşary işler ministrliginiň resmi saýty, «Türkmenistan we BMG», "
            "02.03.2022, https://www.mfa.gov.tm/tk/news/3211",
            "Türkmenistanyň Daşary işler ministrliginiň resmi saýty",
            "Türkmenistan we BMG",
        ),
        (
            "Ақорданың ресми сайты, «Мемлекет басшысының Жолдауы», 01.09.2020, "
            "https://www.akorda.kz/kz/1",
            "Ақорданың ресми сайты",
            "Мемлекет басшысының Жолдауы",
        ),
        (
            'Official website of the President of Kazakhstan, "Address to the Nation", '
            "1 September 2020, https://www.akorda.kz/en/addresses/1",
            "Official website of the President of Kazakhstan",
            "Address to the Nation",
        ),
    ],
)
def test_a_site_named_as_one_before_a_quoted_title_is_its_host(
    note: str, host: str, title: str
) -> None:
    found = first_citation(note)
    assert (found.container, found.title, found.authors) == (host, title, ())
    assert found.type in ("webpage", "speech")


@pytest.mark.parametrize(
    ("note", "title", "day"),
    [
        (
            "Abenova, K. (2020, March 5). Kazakh nomads and climate change. The Diplomat. "
            "https://thediplomat.com/2020/03/kazakh-nomads-climate/",
            "Kazakh nomads and climate change",
            5,
        ),
        (
            "Seitkali, D. (2021, October 14). Steppe pastures and climate change. Eurasianet. "
            "https://eurasianet.org/steppe-pastures-climate",
            "Steppe pastures and climate change",
            14,
        ),
        (
            "Иванова, Е. (2020, 5 марта). Кочевники и изменение климата. Ведомости. "
            "https://www.vedomosti.ru/society/2020/03/05/nomads",
            "Кочевники и изменение климата",
            5,
        ),
        (
            "Lillis, J. (2019, October 4). Kazakhstan: Nur-Sultan air pollution reaches alarming "
            "levels. Eurasianet. https://eurasianet.org/kazakhstan-nur-sultan-air-pollution",
            "Kazakhstan: Nur-Sultan air pollution reaches alarming levels",
            4,
        ),
        (
            "Omarova, A. (2021, Mar. 3). Elections: What comes next. The Diplomat.",
            "Elections: What comes next",
            3,
        ),
        (
            "Durdyyev, M. (2022, June 9). Ashgabat: A city of white marble. RFE/RL.",
            "Ashgabat: A city of white marble",
            9,
        ),
    ],
)
def test_an_author_date_bracket_holds_the_date_whole(note: str, title: str, day: int) -> None:
    found = first_citation(note)
    assert (found.title, getattr(found.issued, "day", None)) == (title, day)
    assert (found.publisher_place, found.publisher) == (None, None)  # the title's head: no place


def test_a_books_place_and_publisher_after_its_dated_title_stay() -> None:
    found = first_citation("Smith, J. (2019, October 4). Kazakhstan today. London: Routledge.")
    assert (found.title, found.publisher_place, found.publisher) == (
        "Kazakhstan today",
        "London",
        "Routledge",
    )


@pytest.mark.parametrize(
    ("note", "author"),
    [
        (
            "Напр.: Абжанов Х. Казахстан: история и современность // Отан тарихы. – 2012. – № 2. – "
            "С. 5–14.",
            "Абжанов",
        ),
        (
            "См. напр. Ремнев А.В. Степное генерал-губернаторство // Азиатская Россия: люди и "
            "структуры империи. – Омск, 2005. – С. 163–172. Также: Мартин В. Закон и обычай в "
            "Степи. М., 2012.",
            "Ремнев",
        ),
        ("Мысалы, қараңыз: Қозыбаев М. Ақтабан шұбырынды. Алматы: Ғылым, 1998. 12-б.", "Қозыбаев"),
    ],
)
def test_a_lead_in_of_several_words_names_no_author(note: str, author: str) -> None:
    assert [a.family for a in first_citation(note).authors] == [author]


def test_a_bracket_inside_the_titles_quotes_stays() -> None:
    found = first_citation(
        "«Білім туралы (Smoky letters)» Қазақстан Республикасының 2018 жылғы 13 сәуірдегі № 35 "
        "Заңы https://adilet.zan.kz/kaz/docs/7816578 (қаралған күні: 22.09.2022)."
    )
    assert found.title == "Білім туралы (Smoky letters)"


@pytest.mark.parametrize(
    ("note", "title", "host", "place"),
    [
        (
            "Ergin, M. «Türkmenistan’da Bitaraplık» Ankara, 2016,",
            "Türkmenistan’da Bitaraplık",
            None,
            "Ankara",
        ),
        (
            "Kılıç, A. «Özbekistan’ın Su Politikası» İstanbul: Ötüken, 2018.",
            "Özbekistan’ın Su Politikası",
            None,
            "İstanbul",
        ),
        (
            "Gurbanow, B. ‘Bitaraplyk we parahatçylyk’ –Türkmen dili žurnaly,2019 №3 s.12–18",
            "Bitaraplyk we parahatçylyk",
            "Türkmen dili žurnaly",
            None,
        ),
        (
            "Aydın, S. “Kazakistan’ın Dış Politikası” –Avrasya Etüdleri,2012 №2 s.33–50",
            "Kazakistan’ın Dış Politikası",
            "Avrasya Etüdleri",
            None,
        ),
        (
            "Öztürk, K. «Alaş» partisinin tarihi. Ankara, 2010.",
            "«Alaş» partisinin tarihi",
            None,
            "Ankara",
        ),
    ],
)
def test_a_quoted_title_ends_at_its_closing_quote(
    note: str, title: str, host: str | None, place: str | None
) -> None:
    found = first_citation(note)
    assert (found.title, found.container, found.publisher_place) == (title, host, place)


def test_a_quote_opened_inside_the_title_closes_first() -> None:
    found = first_citation(
        "См. Кондратьев, Ф. Б. «Введение к: «Что такое метафизика?» — Налог на старые автомобили "
        "в России захотели повысить». Научный журнал «Востоковедение», т. 37, вып. 33, 1963 г., "
        "сс. 113-141."
    )
    assert (found.title or "").endswith("захотели повысить")
