"""Where a title begins and ends when it holds punctuation or numbers (session 25): a person
named at the title's head, a parallel title, a quoted head's subtitle, a subtitle between
dashes, a year inside an author-date title, a bracketed or a written volume, a volume's own
title, the last words of a title's sentence and an abbreviation's closing period. Notes
written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.values import clean
from citekit.model import Citation
from tests.citations.parsed import first_citation as _first
from tests.linear import assert_linear


def _families(c: Citation) -> list[str]:
    return [n.family or n.literal or "" for n in c.authors]


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "Бекова Г. Роль М. Дулатова в казахской литературе // Простор. 2011. № 3. С. 5–8.",
            "Роль М. Дулатова в казахской литературе",
            ["Бекова"],
        ),
        (
            "Кузнецов А. В. Творчество А. С. Пушкина и русская историография // Русская "
            "литература. 2003. № 2. С. 15–29.",
            "Творчество А. С. Пушкина и русская историография",
            ["Кузнецов"],
        ),
        (
            "Орлов К. А. Академик В. В. Бартольд и изучение Туркестана. — СПб.: "
            "Нестор-История, 2011. — 288 с.",
            "Академик В. В. Бартольд и изучение Туркестана",
            ["Орлов"],
        ),
        (
            "Иванов И. И., Петров П. П. Жизнь М. В. Ломоносова. — М.: Наука, 1990. — 200 с.",
            "Жизнь М. В. Ломоносова",
            ["Иванов", "Петров"],
        ),
        (
            "Шевченко О. Спогади про М. С. Грушевського // Київська старовина. 1996. № 4. С. 3–10.",
            "Спогади про М. С. Грушевського",
            ["Шевченко"],
        ),
        (
            "Жұмабаев Т. Академик Қ. И. Сәтбаев және қазақ ғылымы // ҚазҰУ Хабаршысы. 2019. "
            "№ 1. Б. 5–9.",
            "Академик Қ. И. Сәтбаев және қазақ ғылымы",
            ["Жұмабаев"],
        ),
        (
            "Smith J. Life of J. S. Mill. London: Routledge, 2000. 300 p.",
            "Life of J. S. Mill",
            ["Smith"],
        ),
    ],
)
def test_a_word_and_initials_after_the_authors_initials_open_the_title(
    text: str, title: str, authors: list[str]
) -> None:
    found = _first(text)
    assert (title, authors) == (found.title, _families(found))


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И., Петров П. П. Жизнь замечательных людей. — М.: Наука, 1990.",
        "Иванов И. И. Петров П. П. Жизнь замечательных людей. — М.: Наука, 1990.",
    ],
)
def test_coauthors_stay_authors(text: str) -> None:
    # a second name of no title word's shape is a co-author, with or without the comma
    found = _first(text)
    assert (_families(found), found.title) == (["Иванов", "Петров"], "Жизнь замечательных людей")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ахметов А. Қазақ тілінің сөздігі = Словарь казахского языка. – Алматы: "
            "Дайк-Пресс, 2008. – 750 б.",
            "Қазақ тілінің сөздігі",
        ),
        ("Байтурсынов А. Тіл – құрал = Язык – орудие. – Алматы: Ана тілі, 1992.", "Тіл – құрал"),
        ("Сулейменов О. Аз и Я = Az i Ya. — Алма-Ата: Жазушы, 1975. — 304 с.", "Аз и Я"),
        (
            "Турсунов Е. Д. Генезис казахской бытовой поэзии = Genesis of Kazakh folk poetry "
            ": монография. — Алматы: Дайк-Пресс, 2004. — 200 с.",
            "Генезис казахской бытовой поэзии",
        ),
    ],
)
def test_a_parallel_title_after_the_equals_sign_is_no_part_of_the_title(
    text: str, title: str
) -> None:
    assert title == _first(text).title


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Соколов А. «Служу Советскому Союзу!»: армия и общество в 1920-е гг. // Родина. "
            "2008. № 2. С. 15–19.",
            "«Служу Советскому Союзу!»: армия и общество в 1920-е гг.",
            "Родина",
        ),
        (
            "Жұмабаев Т. «Алаш қайда?»: тарихи очерк // Қазақ әдебиеті. 2010. 5 қаңтар.",
            "«Алаш қайда?»: тарихи очерк",
            "Қазақ әдебиеті",
        ),
        (
            "Hayit, Baymirza. “Basmacılar”: Türkistan Millî Mücadele Tarihi (1917-1934). "
            "Ankara: TDV, 1997.",
            "“Basmacılar”: Türkistan Millî Mücadele Tarihi (1917-1934)",
            None,
        ),
        (
            "Hayit, Baymirza. “Basmacılar”: Türkistan Millî Mücadele Tarihi. Ankara: TDV, 1997.",
            "“Basmacılar”: Türkistan Millî Mücadele Tarihi",
            None,
        ),
    ],
)
def test_a_quoted_heads_subtitle_after_its_colon_is_the_titles(
    text: str, title: str, container: str | None
) -> None:
    found = _first(text)
    assert (title, container) == (found.title, found.container)


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Yıldız, Hakan. Türk Dış Politikası -Olgular, Belgeler, Yorumlar-, İstanbul: "
            "İletişim, 2001, s. 45.",
            "Türk Dış Politikası -Olgular, Belgeler, Yorumlar-",
            "İstanbul",
        ),
        (
            "Kafalı, Mustafa. Altın Orda Hanlığının Kuruluş ve Yükseliş Devirleri -XIII. "
            "Yüzyıl-. İstanbul: Edebiyat Fakültesi Basımevi, 1976.",
            "Altın Orda Hanlığının Kuruluş ve Yükseliş Devirleri -XIII. Yüzyıl-",
            "İstanbul",
        ),
        (
            "Atik, H. (2017). Mevlevîler- Şiir, Mûsıkî ve Tarih Bakımından-. Ankara: "
            "İlâhiyat Yayınları.",
            "Mevlevîler- Şiir, Mûsıkî ve Tarih Bakımından-",
            "Ankara",
        ),
        (
            "Kurat, A. N. (1972). Rusya Tarihi -Başlangıçtan 1917'ye Kadar-. Ankara: TTK.",
            "Rusya Tarihi -Başlangıçtan 1917'ye Kadar-",
            "Ankara",
        ),
    ],
)
def test_a_subtitle_between_dashes_is_the_titles(text: str, title: str, place: str) -> None:
    found = _first(text)
    assert (title, place) == (found.title, found.publisher_place)


@pytest.mark.parametrize(
    "text",
    [
        "Yılmaz, A. (2018). 1915 olayları ve Türk-Ermeni ilişkileri. Bilig, (85), 1–24.",
        "Жұмабаев Т. Тарих - ғылым. – Алматы: Мектеп, 2001. – 120 б.",
    ],
)
def test_a_joining_hyphen_or_a_spaced_dash_opens_no_subtitle(text: str) -> None:
    title = _first(text).title
    assert title is not None
    assert not title.endswith("-")


@pytest.mark.parametrize(
    ("text", "title", "container", "issued"),
    [
        (
            "Smith, J. (2019). Kazakhstan in 2018. Central Asian Survey, 38(1), 1–20.",
            "Kazakhstan in 2018",
            "Central Asian Survey",
            "2019",
        ),
        (
            "Taylor, C. (2007). Sustainable development in 2005. Environmental Politics, "
            "16(2), 200–215.",
            "Sustainable development in 2005",
            "Environmental Politics",
            "2007",
        ),
        (
            "Taylor, C. (2007). Sustainable development in the 1990s. Environmental Politics, "
            "16(2), 200–215.",
            "Sustainable development in the 1990s",
            "Environmental Politics",
            "2007",
        ),
        (
            "Yılmaz, A. (2018). 2008 krizi ve Türkiye ekonomisi. Bilig, (85), 1–24.",
            "2008 krizi ve Türkiye ekonomisi",
            "Bilig",
            "2018",
        ),
    ],
)
def test_a_year_inside_an_author_date_title_is_the_titles(
    text: str, title: str, container: str, issued: str
) -> None:
    found = _first(text)
    assert found.issued is not None
    assert (title, container, issued) == (found.title, found.container, found.issued.isoformat())


def test_a_number_inside_an_author_date_title_is_no_volume() -> None:
    found = _first("Zieliński, K. (2010). After 9/11: The politics of fear. London: Verso.")
    assert (found.title, found.volume) == ("After 9/11: The politics of fear", None)


def test_a_bracketed_year_after_an_author_date_title_stays_a_date() -> None:
    found = _first(
        "Zengin, T. (1963). Sovyetler Birliği’nde Yerel Yönetimler Üzerine Bir İnceleme (2001). "
        "Sanat Tarihi Dergisi, 237(5), 360-369."
    )
    assert found.title == "Sovyetler Birliği’nde Yerel Yönetimler Üzerine Bir İnceleme"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Carr, E. H. (1950). The Bolshevik revolution, 1917–1923 (Vol. 1). London: Macmillan.",
            "The Bolshevik revolution, 1917–1923",
            "1",
        ),
        ("Smith, J. (2001). Hunger (Vol. 2). London: Verso.", "Hunger", "2"),
        (
            "İnalcık, H. (2000). Osmanlı İmparatorluğu’nun ekonomik ve sosyal tarihi (C. 1). "
            "İstanbul: Eren.",
            "Osmanlı İmparatorluğu’nun ekonomik ve sosyal tarihi",
            "1",
        ),
        (
            "Қазақстан тарихы. 2-том. Қазақ хандығы. – Алматы: Атамұра, 1998. – 640 б.",
            "Қазақстан тарихы",
            "2",
        ),
        (
            "Әуезов М. Шығармалар жинағы. 12-том. Абай жолы. – Алматы: Жазушы, 1969. – 400 б.",
            "Шығармалар жинағы",
            "12",
        ),
    ],
)
def test_a_bracketed_or_written_volume_is_no_titles(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (title, volume) == (found.title, found.volume)


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Вяткин М. П. Очерки по истории Казахской ССР. Т. I. С древнейших времён по "
            "1870 г. — М.: Госполитиздат, 1941. — 368 с.",
            "Очерки по истории Казахской ССР",
            "I",
        ),
        (
            "История Казахской ССР. Т. 3. Казахстан в эпоху феодализма. — Алма-Ата: Наука, "
            "1979. — 500 с.",
            "История Казахской ССР",
            "3",
        ),
    ],
)
def test_a_volumes_own_title_is_no_host(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (title, volume, None, "book") == (found.title, found.volume, found.container, found.type)


def test_small_letter_words_before_the_titles_period_are_the_titles() -> None:
    found = _first("Petrov P. 100 years of the Kazakh press. Almaty: Gylym, 2013. 200 p.")
    assert (found.title, found.publisher_place) == ("100 years of the Kazakh press", "Almaty")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Мамедов Р. Нефть и политика: 1991–2001 гг. — Баку: Элм, 2003. — 180 с.",
            "Нефть и политика: 1991–2001 гг.",
        ),
        (
            "Kozybaev, M. K. (1992). Istoriya i sovremennost' [History and the present]. "
            "Voprosy istorii, (4), 5–15.",
            "Istoriya i sovremennost'",
        ),
    ],
)
def test_a_titles_closing_abbreviation_or_soft_sign_keeps_its_mark(text: str, title: str) -> None:
    assert title == _first(text).title


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "Мұхтар Әуезов «Абай жолы». – Алматы: Жазушы, 2004. – 500 б.",
            "Абай жолы",
            "Әуезов",
        ),
        (
            "Лев Гумилёв «Древняя Русь и Великая степь». М.: Мысль, 1989.",
            "Древняя Русь и Великая степь",
            "Гумилёв",
        ),
    ],
)
def test_a_given_name_and_family_before_a_quoted_title_are_its_author(
    text: str, title: str, author: str
) -> None:
    found = _first(text)
    assert (found.title, _families(found)) == (title, [author])


def test_a_documents_kind_before_its_quoted_name_stays_the_titles() -> None:
    found = _first("Стратегия «Казахстан-2050» [Электронный ресурс]. — URL: http://s.kz/a")
    assert (found.title, found.authors) == ("Стратегия «Казахстан-2050»", ())


@pytest.mark.parametrize("piece", ["a- ", "a-  .", " -a", "a-, "])
def test_many_dashes_are_read_in_linear_time(piece: str) -> None:
    # a subtitle's closing dash is looked for at the value's end alone
    assert_linear(lambda n: "Title -" + piece * (n // len(piece)) + "a-", clean, 20_000)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Central Asia after 1991 : conference proceedings. – Almaty : KIMEP, 2012. – 200 p.",
            "Central Asia after 1991",
        ),
        (
            "Energy security of Kazakhstan : analytical report. – Astana : KISI, 2018. – 60 p.",
            "Energy security of Kazakhstan",
        ),
    ],
)
def test_an_english_gost_designation_after_the_colon_is_no_titles(text: str, title: str) -> None:
    assert _first(text).title == title
