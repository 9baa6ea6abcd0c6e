"""A title keeps its own text whatever it holds: an abbreviation's period inside its bracket, a
translation in square brackets after its quotes, "and" with a quoted name, a quote it opens,
the periods of a quoted title, a person named at its head, an exclamation. Notes written for
these tests, in several languages and styles."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Петров С. Н. Сельское хозяйство (на примере Ленинградской обл.). — Л.: Лениздат,"
            " 1975. — 210 с.",
            "Сельское хозяйство (на примере Ленинградской обл.)",
            "Лениздат",
        ),
        (
            "Ахметов Б. Қазақ даласы (Алматы обл. мысалында) // Қазақ тарихы. 2015. № 2. Б. 40–46.",
            "Қазақ даласы (Алматы обл. мысалында)",
            "Қазақ тарихы",
        ),
        (
            "Aman Orazow, Pagta önümçiligi (Lebap w. mysalynda), Aşgabat: Ylym, 2010, s. 45.",
            "Pagta önümçiligi (Lebap w. mysalynda)",
            "Ylym",
        ),
        (
            "Atajanow, Serdar. Türkmenistanda ykdysadyýet (1991–2021 ýý.). Aşgabat: Ylym, 2021.",
            "Türkmenistanda ykdysadyýet (1991–2021 ýý.)",
            "Ylym",
        ),
        (
            "Kemal Arslan, Osmanlı Devleti'nde Tımar Sistemi (XVI. yy.). Ankara: TTK, 1998.",
            "Osmanlı Devleti'nde Tımar Sistemi (XVI. yy.)",
            "TTK",
        ),
    ],
)
def test_a_titles_bracket_closes_after_an_abbreviation(text: str, title: str, host: str) -> None:
    citation = _first(text)
    assert (citation.title, citation.container or citation.publisher) == (title, host)


def test_a_role_word_opening_a_bracket_stays_out_of_the_title() -> None:
    citation = _first(
        "Smith, John. The Great Game (transl. from the Russian), London: Routledge, 2001."
    )
    assert citation.title == "The Great Game"


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            "Holt, Charles. “Great Power Rivalry in Eurasia, 1920s–1930s” [Avrasya'da Büyük Güç"
            " Rekabeti]. Post-Soviet Review 78, no. 2 (1988): 411–18.",
            "Great Power Rivalry in Eurasia, 1920s–1930s",
            "Post-Soviet Review",
        ),
        (
            "Akgül Sähedowa, “Sökülip düzülýän tekjeler” [Shelves], Mugallymlar gazeti, № 12,"
            " 1998, sah. 331-355.",
            "Sökülip düzülýän tekjeler",
            "Mugallymlar gazeti",
        ),
        (
            "Rachel Heath, “Great Power Rivalry in Eurasia” [История и память],"
            " Journal of Eurasian Studies 12, no. 3 (2015): 5–20.",
            "Great Power Rivalry in Eurasia",
            "Journal of Eurasian Studies",
        ),
    ],
)
def test_a_bracketed_translation_after_quotes_names_no_host(
    text: str, title: str, container: str
) -> None:
    citation = _first(text)
    assert (citation.title, citation.container) == (title, container)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Кәрібаев М. «Джуниор Еуровижн» және «Қазақ» газеті. – Б. 389.",
         "«Джуниор Еуровижн» және «Қазақ» газеті"),
        ("Құрманова, А. Цифрлық экономика және «Қазақ» газеті. Ұлт тағылымы 2017, 34,"
         " 329-369.", "Цифрлық экономика және «Қазақ» газеті"),
        ("Сейітқали Б. Абай және «Қазақ» газеті. – Алматы: Білім, 2001. – 190 б.",
         "Абай және «Қазақ» газеті"),
    ],
)  # fmt: skip
def test_a_title_never_ends_on_and(text: str, title: str) -> None:
    assert _first(text).title == title


def test_two_names_joined_by_and_stay_names() -> None:
    assert _first("Попова и Максимова-Исакова.").title != "Попова и Максимова-Исакова"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Jones, P. The “Great Game” Revisited. London: Routledge, 2010.",
         "The “Great Game” Revisited"),
        ("Arbol Tyuryakulov, Абай: «Абай жолы» романы бойынша, ред. Орманшы Тайманов"
         " (Тараз, 1990), 157.", "Абай: «Абай жолы» романы бойынша"),
        ("Hunt, G. (2005). CRT typesetting handbook: The “Great Game” Revisited. euronews.com."
         " http://www.euronews.com/ru/crt-typesetting-handbook_24132",
         "CRT typesetting handbook: The “Great Game” Revisited"),
    ],
)  # fmt: skip
def test_a_quote_a_title_opens_closes_in_it(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_label_after_an_inner_quote_stays_out() -> None:
    text = "Orta Koridor Örneğinde Şehirleşme «(BM)» URL: https://amazon.com.tr/en/page/406355"
    assert _first(text).title == "Orta Koridor Örneğinde Şehirleşme «(BM)»"


def test_a_quoted_title_holds_its_periods() -> None:
    text = (
        "Қазақстан Республикасы Президентінің 2020 жылғы 12 тамыздағы № 165 «Мемлекеттік"
        " қызмет туралы. Тарихи очерктер» Жарлығы https://online.zakon.kz/Document/?doc_id=44858"
    )
    assert _first(text).title == "Мемлекеттік қызмет туралы. Тарихи очерктер"


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        ("Кузьмин Л. А., Исаев М. Е. А. С. Пушкин и Кавказ // Литература в школе. 2010. № 2.",
         "А. С. Пушкин и Кавказ", ["Кузьмин Л. А.", "Исаев М. Е."]),
        ("1. Никонова В. В. Л. Н. Гумилёв и евразийство // Сборник научных трудов. Бухара:"
         " Логос, 1983. С. 529–539.", "Л. Н. Гумилёв и евразийство", ["Никонова В. В."]),
        ("Ш. Уәлиханов және «Абай жолы» романы: монография. – Алматы: Арыс, 1999.",
         "Ш. Уәлиханов және «Абай жолы» романы", []),
        ("Иванов А. и Петров Б. История Казахстана. Алматы, 2001.",
         "История Казахстана", ["Иванов А.", "Петров Б."]),
    ],
)  # fmt: skip
def test_a_person_at_the_titles_head(text: str, title: str, authors: list[str]) -> None:
    citation = _first(text)
    assert (citation.title, [str(n) for n in citation.authors]) == (title, authors)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Вперёд, к рынку! Реформы 1990-х годов // Эксперт. 2001. № 12. С. 20–24.",
         "Вперёд, к рынку! Реформы 1990-х годов"),
        ("Прощай, оружие! Роман. — М.: Художественная литература, 1990.",
         "Прощай, оружие! Роман"),
    ],
)  # fmt: skip
def test_a_word_and_a_lower_case_exclamation_open_a_title(text: str, title: str) -> None:
    citation = _first(text)
    assert (citation.title, citation.authors) == (title, ())


@pytest.mark.parametrize(
    ("text", "publisher", "issued"),
    [
        ("Степанова Е. Б. Очерки истории Оренбурга (1743–1917). М. ; Л.: Наука, 1999."
         " С. 283–285.", "Наука", "1999"),
        ("Комар Б. О. Історія кримських татар (1300-1600). — Київ; Чернівці, 2007."
         " — С. 173—176.", None, "2007"),
    ],
)  # fmt: skip
def test_places_joined_by_a_semicolon_stay_one_imprint(
    text: str, publisher: str | None, issued: str
) -> None:
    note = parse_note(1, text, location=Location(path="a"))
    assert len(note.citations) == 1
    citation = note.citations[0]
    assert citation.publisher == publisher
    assert citation.issued is not None
    assert citation.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        ("Иванов И. И. Казахстан: экономика, политика, культура. М.: Наука, 2001.",
         "Казахстан: экономика, политика, культура", "Наука"),
        ("Täçmuhammet Ahmedow, Rezin kabelleri. Tehniki şertler: ykdysadyýet, syýasat,"
         " medeniýet, red. Maksat Kakaýew (Magaryf, 1956).",
         "Rezin kabelleri. Tehniki şertler: ykdysadyýet, syýasat, medeniýet", "Magaryf"),
        ("1. Шеремета Г. В. Історія України: экономика, саясат, мәдениет Львів: Вища школа,"
         " 1960. C. 240—277.", "Історія України: экономика, саясат, мәдениет", "Вища школа"),
    ],
)  # fmt: skip
def test_a_subtitles_list_stays_in_the_title(text: str, title: str, host: str) -> None:
    citation = _first(text)
    assert (citation.title, citation.container or citation.publisher) == (title, host)


def test_a_person_after_and_goes_on_a_title_of_words() -> None:
    text = (
        "Қазақстан Республикасындағы тіл туралы және II Николай, Қазақстан Республикасы"
        " Үкіметінің қаулысы No. 342, Қазақ әдебиеті (2014)."
    )
    citation = _first(text)
    assert (citation.title, citation.authors) == (
        "Қазақстан Республикасындағы тіл туралы және II Николай",
        (),
    )


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        ("Алға, Қазақстан! Ауыл шаруашылығы / А. Ноғаев // ҚазҰУ Хабаршысы. — 2022."
         " — Б. 336–343.", "Алға, Қазақстан! Ауыл шаруашылығы", ["А. Ноғаев"]),
        ("Чернышевский, Что делать? М., 1863.", "Что делать?", ["Чернышевский"]),
        ("Tolstoy, War and Peace, 45.", "War and Peace", ["Tolstoy"]),
    ],
)  # fmt: skip
def test_an_exclaimed_word_is_no_given_name(text: str, title: str, authors: list[str]) -> None:
    citation = _first(text)
    assert (citation.title, [str(n) for n in citation.authors]) == (title, authors)
