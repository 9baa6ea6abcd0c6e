"""Russian, Ukrainian and Kazakh notes as editors write them (GOST 7.1/7.0.100, DSTU 8302,
Wikipedia's rendered cite templates, cyberleninka's "how to cite"): numbers read whole as the
label beside them writes them, a site's sentence after a web source's title, a father's name
that closes a co-author's name, an act's dotted date, the language of a title its letters
cannot place. Where the facts are the decoder's, the runs are labelled by hand, so the passes
are tested whatever the shipped model does; every note is written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation
from citekit.citations.types import rule_type
from citekit.langid import language_evidence
from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled
from tests.scoring import predict


@pytest.mark.parametrize(
    ("text", "spans", "edition"),
    [
        (
            "Экономика : учебник. – 4-е изд. – СПб. : Питер, 2009. – 544 с.",
            [("Экономика : учебник", "title"), ("4", "edition"), ("СПб.", "publisher-place")],
            "4-е",
        ),
        (
            "Павленко Ю. Історія цивілізації. Вид. 2-ге, доп. Київ : Либідь, 2001. 360 с.",
            [("Павленко Ю.", "author"), ("Історія цивілізації", "title"), ("Вид. 2", "edition")],
            "2-ге",
        ),
    ],
)
def test_an_editions_ordinal_keeps_its_suffix(
    text: str, spans: list[tuple[str, str]], edition: str
) -> None:
    assert decode_labelled(text, spans)["edition"] == edition


@pytest.mark.parametrize(
    ("text", "spans", "page"),
    [
        (  # after the page's word, the model read the range as nothing
            "Тарасов И.Н. Риски // Вестник МГСУ. 2019. Т. 14. № 8. С. 1012-1020.",
            [("Тарасов И.Н.", "author"), ("Риски", "title"), ("Вестник МГСУ", "container-title")],
            "1012-1020",
        ),
        (  # before Kazakh's page word, the model read the range as a volume
            "Нұрғалиев Р. Алаш // Қазақ тарихы. – 2012. – №5. – 8-11 б.",
            [("Нұрғалиев Р.", "author"), ("Алаш", "title"), ("8", "volume")],
            "8-11",
        ),
    ],
)
def test_a_range_beside_a_pages_word_is_the_page(
    text: str, spans: list[tuple[str, str]], page: str
) -> None:
    assert decode_labelled(text, spans)["page"] == page


def test_a_range_of_years_beside_a_pages_word_is_no_page() -> None:
    fields = decode_labelled("Очерки. 1921–1929 с. 5.", [("Очерки", "title")])
    assert "page" not in fields


@pytest.mark.parametrize(("sign", "issue"), [("№2", "2"), ("№1-1", "1-1")])
def test_the_number_glued_to_the_issues_sign_is_the_issue(sign: str, issue: str) -> None:
    text = f"Лебедев С. В. Консерватизм // Общество. 2011. {sign}. URL: https://example.org/a"
    fields = decode_labelled(
        text,
        [("Лебедев С. В.", "author"), ("Консерватизм", "title"), ("Общество", "container-title")],
    )
    assert fields["issue"] == issue


def test_a_volume_written_number_first_closes_the_title() -> None:
    text = "Аймауытов Ж. Шығармалары. 2-том. Алматы: Ана тілі, 1998."
    fields = decode_labelled(
        text, [("Аймауытов Ж.", "author"), ("Шығармалары. 2-том", "title"), ("1998", "issued")]
    )
    assert (fields["title"], fields["volume"]) == ("Шығармалары", "2")


def test_a_quoted_titles_volume_stays_the_titles() -> None:
    text = "“ҰЛЫ ДАЛА ТІЛІ. 12-том,” inform.kz, 2014."
    fields = decode_labelled(text, [("ҰЛЫ ДАЛА ТІЛІ. 12-том", "title"), ("2014", "issued")])
    assert "volume" not in fields


@pytest.mark.parametrize(
    ("text", "spans", "title", "site"),
    [
        (  # Ukrainian Wikipedia: a format mark closes the title, the archive's words follow
            "Населення України (PDF). Держстат України. Архів оригіналу за 4 липня 2022. "
            "Процитовано 10 липня 2022.",
            [("Населення України (PDF). Держстат України", "title"), ("10 липня 2022", "accessed")],
            "Населення України",
            "Держстат України",
        ),
        (  # DSTU's electronic source: the site's year follows it
            "Кузьменко А. Освіта за рік війни. Освіторія. 2023. URL: https://example.org/a "
            "(дата звернення: 20.03.2023).",
            [
                ("Кузьменко А.", "author"),
                ("Освіта за рік війни. Освіторія", "title"),
                ("2023", "issued"),
                ("20.03.2023", "accessed"),
            ],
            "Освіта за рік війни",
            "Освіторія",
        ),
    ],
)
def test_a_web_sources_site_is_the_sentence_after_its_title(
    text: str, spans: list[tuple[str, str]], title: str, site: str
) -> None:
    fields = decode_labelled(text, spans)
    assert (fields.get("title"), fields.get("container-title")) == (title, site)


def test_a_subtitle_before_an_address_stays_the_titles() -> None:
    # an address follows a subtitle as often as a site: no host is read
    text = (
        "Aýakgap. Çeýeligi kesgitlemegiň usuly. URL: https://example.org/a (girilen: 07.08.2020)."
    )
    fields = decode_labelled(
        text, [("Aýakgap. Çeýeligi kesgitlemegiň usuly", "title"), ("07.08.2020", "accessed")]
    )
    assert fields["title"] == "Aýakgap. Çeýeligi kesgitlemegiň usuly"
    assert "container-title" not in fields


def test_a_names_run_that_reaches_the_language_mark_is_the_title() -> None:
    text = "Население области (рус.). Бюро национальной статистики."
    fields = decode_labelled(
        text, [("Население области", "author"), ("Бюро национальной статистики", "title")]
    )
    assert (fields.get("title"), fields.get("container-title")) == (
        "Население области",
        "Бюро национальной статистики",
    )
    assert not fields.get("author")


@pytest.mark.parametrize(
    ("site", "kind"),
    [
        ("Росстат", "webpage"),  # a site's page, with no date of its own
        ("tass.ru", "article-newspaper"),  # a news outlet's page (`[types] news_site`)
    ],
)
def test_an_undated_wikipedia_reference_is_a_web_page_unless_a_news_outlets(
    site: str, kind: str
) -> None:
    text = f"Перепись 2010 года (рус.). {site}. Дата обращения: 1 апреля 2015. Архивировано …"
    fields = {
        "title": "Перепись 2010 года",
        "container-title": site,
        "accessed": PartialDate(2015, 4, 1),
        "language": "ru",
    }
    assert rule_type(fields, text) == kind


def test_a_full_name_closed_by_a_fathers_name_after_an_authors_comma_is_an_author() -> None:
    text = "Жуков Андрей Сергеевич, Ким Ольга Павловна ПРОБЛЕМЫ БЕЗОПАСНОСТИ // Известия. 2014."
    fields = decode_labelled(
        text,
        [
            ("Жуков Андрей Сергеевич", "author"),
            ("Ким Ольга Павловна ПРОБЛЕМЫ БЕЗОПАСНОСТИ", "title"),
            ("Известия", "container-title"),
            ("2014", "issued"),
        ],
    )
    assert fields["title"] == "ПРОБЛЕМЫ БЕЗОПАСНОСТИ"
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert [str(n) for n in authors] == ["Жуков Андрей Сергеевич", "Ким Ольга Павловна"]


def test_a_dotted_date_after_the_acts_dating_word_is_its_date() -> None:
    text = "Про затвердження Порядку : Постанова Кабінету Міністрів України від 11.03.2022 № 252."
    fields = decode_labelled(
        text,
        [
            ("Про затвердження Порядку", "title"),
            ("Постанова Кабінету Міністрів України", "genre"),
            ("11.03", "issued"),
        ],
    )
    assert fields["issued"] == PartialDate(2022, 3, 11)


def test_a_house_named_for_a_place_after_the_places_colon_is_the_publisher() -> None:
    c = parse_citation("Шевченко Т. Г. Кобзар. Київ : Дніпро, 1985. 640 с.")
    assert (c.publisher_place, c.publisher) == ("Київ", "Дніпро")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # `ун-та` is one word: no Kazakh `та`
        (
            "Волков В. В. Силовое предпринимательство, XXI век. СПб. : Изд-во Европейского"
            " ун-та, 2012.",
            "ru",
        ),
        # a title Ukrainian and Kazakh both write: the note's own words tell (`Київ`, `Львів`)
        ("Шевченко Т. Г. Кобзар. Київ : Дніпро, 1985. 640 с.", "uk"),
        (
            "Мороз О. П. Поетика новелістики Стефаника : автореф. дис. … канд. філол. наук."
            " Львів, 2008.",
            "uk",
        ),
        ("Склад Кабміну оновили. УНІАН. 17 липня 2020. Процитовано 18 липня 2020.", "uk"),
        ("Тіл білімі. Алматы: Ғылым, 2010. 250 б.", "kk"),
    ],
)
def test_a_titles_language_when_its_letters_cannot_tell(text: str, language: str) -> None:
    assert parse_citation(text).language == language


def test_a_translators_phrase_names_the_translator() -> None:
    c = parse_citation(
        "Бродель Ф. Грамматика цивилизаций / пер. с фр. Б. А. Бабинцева. – М. : Весь мир, 2008."
    )
    assert [str(n) for n in c.translators] == ["Б. А. Бабинцева"]
    assert [str(n) for n in c.authors] == ["Бродель Ф."]


def test_the_scoring_adapter_writes_the_schemas_languages() -> None:
    # the corpus schema lists tr, ru, kk, tk, en; a Ukrainian title is `other`
    record = {"note": "Кравець Н. Л. Українське козацтво в історіографії. Київ, 2019.", "prev": []}
    assert predict(record)["language"] == "other"


def test_a_hyphen_joins_one_word_for_the_languages_evidence() -> None:
    # `ун-та` (университета) holds no Kazakh or Ukrainian `та`; a part keeps its ending
    assert dict(language_evidence("Изд-во Европейского ун-та")).get("kk", 0.0) <= 0
    scores = dict(language_evidence("İnceleme-Metin-Dizin"))
    assert scores["tr"] > scores.get("en", 0.0)


def test_a_thesiss_designation_after_the_titles_colon_is_no_title() -> None:
    text = (
        "Морозов С. А. Евразийство как идеология : дис. ... канд. полит. наук : 23.00.01 /"
        " Морозов Сергей Александрович. – М., 2015. – 180 с."
    )
    fields = decode_labelled(
        text,
        [
            ("Морозов С. А.", "author"),
            ("Евразийство как идеология : дис. ... канд. полит", "title"),
            ("2015", "issued"),
        ],
    )
    assert fields["title"] == "Евразийство как идеология"


def test_the_acts_own_date_wins_over_its_gazettes_year() -> None:
    text = (
        "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ //"
        " Собрание законодательства РФ. 1994. № 32. Ст. 3301."
    )
    fields = decode_labelled(
        text,
        [
            ("Гражданский кодекс Российской Федерации", "title"),
            ("Собрание законодательства РФ", "container-title"),
            ("1994. №", "issued"),
        ],
    )
    assert fields["issued"] == PartialDate(1994, 11, 30)


def test_a_titles_site_word_makes_a_web_page() -> None:
    c = parse_citation(
        "Официальный сайт Президента России. – Москва. – URL: http://kremlin.ru/"
        " (дата обращения: 05.05.2022). – Текст : электронный."
    )
    assert c.type == "webpage"


@pytest.mark.parametrize(
    "title", ["Казахская литература XX века", "Кочевая цивилизация казахов", "Научный вестник"]
)
def test_russian_endings_tell_a_russian_title(title: str) -> None:
    # `-ская`, `-ная`, `-ение`: Ukrainian writes `-ська`, `-ення`; Kazakh neither
    assert language_evidence(title)[0][0] == "ru"


def test_petrograds_abbreviation_is_a_place() -> None:
    c = parse_citation(
        "Шахматов А. А. Очерк древнейшего периода истории русского языка. Пг., 1915. 369 с."
    )
    assert (c.title, c.publisher_place) == (
        "Очерк древнейшего периода истории русского языка",
        "Пг.",
    )


@pytest.mark.parametrize("title", ["Тарихи роман", "Смарт жолы", "Балалар Евровидение"])
def test_frequent_kazakh_words_tell_a_kazakh_title(title: str) -> None:
    assert language_evidence(title)[0][0] == "kk"


def test_a_multi_volume_books_host_alone_is_its_title() -> None:
    text = (
        "Казахская ССР: краткая энциклопедия. — Алма-Ата: Главная редакция Казахской советской"
        " энциклопедии, 1989. — Т. 3. — 592 с."
    )
    fields = decode_labelled(
        text,
        [
            ("Казахская ССР: краткая энциклопедия", "container-title"),
            ("Алма-Ата", "publisher-place"),
            ("Главная редакция Казахской советской энциклопедии", "publisher"),
            ("1989", "issued"),
            ("3", "volume"),
            ("592", "number-of-pages"),
        ],
    )
    assert (fields.get("title"), fields.get("container-title")) == (
        "Казахская ССР: краткая энциклопедия",
        None,
    )


def test_a_files_format_after_the_title_is_no_part_of_it() -> None:
    text = (
        "Перепис 1989 року (PDF). Архів оригіналу (PDF) за 2 лютого 2013."
        " Процитовано 4 лютого 2017."
    )
    fields = decode_labelled(
        text, [("Перепис 1989 року (PDF)", "title"), ("4 лютого 2017", "accessed")]
    )
    assert fields["title"] == "Перепис 1989 року"
