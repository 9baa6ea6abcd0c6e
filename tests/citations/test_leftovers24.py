"""Forms left by session 24's first round: a paper's issue named by its name and day alone
(`Труд. 1961. 13 апреля.`), an outlet written as its domain or as a language edition
(`Лента.ру. Title. Date.`, `BBC News Қазақша`), a chain of role words before one name
(`Haz. ve çev.`, `ed. and trans.`), a body's name after GOST's slash, a body's name holding
commas, an Ottoman press's izafet name (`Matbaa-i Âmire`), a conference's date inside its
host, and titles that are a number or end in one. The notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.scoring import predict


def _predict(note: str) -> dict[str, object]:
    return predict({"note": note, "prev": []})


@pytest.mark.parametrize(
    ("note", "container", "issued", "pages"),
    [
        ("Труд. 1961. 13 апреля.", "Труд", "1961-04-13", None),
        (
            "Социалистік Қазақстан. – 1965. – 7 қараша. – Б. 3.",
            "Социалистік Қазақстан",
            "1965-11-07",
            "3",
        ),
        ("Tan, 14 Şubat 1946, s. 2.", "Tan", "1946-02-14", "2"),
        ("Le Monde, 8 May 1945, p. 1.", "Le Monde", "1945-05-08", "1"),
    ],
)
def test_a_papers_issue_by_its_name_and_day(
    note: str, container: str, issued: str, pages: str | None
) -> None:
    pred = _predict(note)
    assert (pred["container"], pred["title"], pred["author"]) == (container, None, [])
    assert (pred["issued"], pred["pages"], pred["type"]) == (issued, pages, "article-newspaper")


@pytest.mark.parametrize(
    ("note", "container", "title"),
    [
        (
            "Lenta.ru. В Москве открылся новый музей. 3 июня 2020.",
            "Lenta.ru",
            "В Москве открылся новый музей",
        ),
        (
            "BBC News Русский. «Выборы в Казахстане». 20 марта 2023.",
            "BBC News Русский",
            "Выборы в Казахстане",
        ),
    ],
)
def test_an_outlet_opening_the_note_is_the_host(note: str, container: str, title: str) -> None:
    pred = _predict(note)
    assert (pred["container"], pred["title"], pred["author"]) == (container, title, [])


def test_a_name_with_glued_initials_is_no_outlet() -> None:
    pred = _predict("Nurpeisova A.Kh. Qazaq tarihy. Almaty, Mektep Publ., 2001. 200 p.")
    assert pred["author"] == ["Nurpeisova A.Kh."]


@pytest.mark.parametrize(
    ("note", "person"),
    [
        ("Evliya Çelebi. Seyahatname. Haz. ve çev. Ali Kaya. İstanbul: YKY, 2010.", "Ali Kaya"),
        (
            "Al-Biruni. Chronology. Ed. and trans. Edward Sachau. London: W. H. Allen, 1879.",
            "Edward Sachau",
        ),
    ],
)
def test_an_editors_and_a_translators_word_joined(note: str, person: str) -> None:
    pred = _predict(note)
    assert (pred["editor"], pred["translator"]) == ([person], [person])


def test_an_editors_word_in_a_chain_with_an_afterword() -> None:
    note = (
        "Дюркгейм Э. Социология / сост., ред. и послесл. А. Б. Гофмана. – М.: Канон, 1995. – 352 с."
    )
    pred = _predict(note)
    assert (pred["editor"], pred["author"]) == (["А. Б. Гофмана"], ["Дюркгейм Э."])


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Татарстан в цифрах. 2010 : крат. стат. сб. / Татарстанстат. – Казань, 2010. – 200 с.",
            "Татарстанстат",
            "Татарстан в цифрах. 2010",
        ),
        (
            "Қазақстан өңірлері 2018: стат. жинақ / ҚР Статистика комитеті. – Астана, 2018. "
            "– 300 б.",
            "ҚР Статистика комитеті",
            "Қазақстан өңірлері 2018",
        ),
    ],
)
def test_a_body_after_gosts_slash_signs_the_work(note: str, author: str, title: str) -> None:
    pred = _predict(note)
    assert (pred["author"], pred["title"]) == ([author], title)


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Tarım, Orman ve Köyişleri Bakanlığı, Kırsal Kalkınma Planı, Ankara, 2010.",
            "Tarım, Orman ve Köyişleri Bakanlığı",
            "Kırsal Kalkınma Planı",
        ),
        (
            "Gıda, Tarım ve Hayvancılık Bakanlığı, Hayvancılık Stratejisi, Ankara, 2015.",
            "Gıda, Tarım ve Hayvancılık Bakanlığı",
            "Hayvancılık Stratejisi",
        ),
    ],
)
def test_a_bodys_name_holding_commas_is_one_name(note: str, author: str, title: str) -> None:
    pred = _predict(note)
    assert (pred["author"], pred["title"]) == ([author], title)


def test_an_ottoman_press_is_one_publisher() -> None:
    pred = _predict("Ahmed Vefik Paşa, Lehce-i Osmanî, c. 2, Matbaa-i Âmire, 1293.")
    assert (pred["publisher"], pred["place"], pred["issued"]) == ("Matbaa-i Âmire", None, "1293")


def test_a_conferences_date_in_its_host_is_no_issued_date() -> None:
    note = (
        "Сидоров П. П. Этнография казахов // История и современность : материалы Всерос. "
        "конф., 12 ноября 2019 г. – Омск, 2020. – С. 10–14."
    )
    assert _predict(note)["issued"] == "2020"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("Huxley, Aldous. 1958. London: Chatto & Windus, 1960.", "1958"),
        ("Хаксли О. 1958. – М.: АСТ, 2019. – 256 с.", "1958"),
        ("Orhan Kemal, Cemile 2, İstanbul: Everest Yayınları, 2005.", "Cemile 2"),
    ],
)
def test_titles_that_are_or_end_in_a_number(note: str, title: str) -> None:
    assert _predict(note)["title"] == title


@pytest.mark.parametrize(
    ("note", "editor", "title"),
    [
        (
            "Der. Ayşe Kaya, Cumhuriyet Düşüncesi, Ankara: Dost, 2004.",
            "Ayşe Kaya",
            "Cumhuriyet Düşüncesi",
        ),
        (
            "Osmanlı Toplumu, Der. Halil Berktay, İstanbul: Kitap, 1999.",
            "Halil Berktay",
            "Osmanlı Toplumu",
        ),
        ("Mevlana, Mesnevi, sad. Ahmet Yalçın, Konya: Selçuklu, 2011.", "Ahmet Yalçın", "Mesnevi"),
    ],
)
def test_a_shortened_role_word_between_commas(note: str, editor: str, title: str) -> None:
    pred = _predict(note)
    assert (pred["editor"], pred["title"]) == ([editor], title)
    assert editor not in str(pred["place"])


def test_an_ieee_role_word_closing_its_names_keeps_the_place() -> None:
    note = (
        "L. Chen, “Graph models,” in Learning Systems, vol. 4, M. Ortiz et al., Eds. "
        "Cham, Switzerland: Springer, 2020, pp. 5–9."
    )
    assert _predict(note)["editor"] == ["M. Ortiz"]
