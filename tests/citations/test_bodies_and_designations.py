"""Russian, Ukrainian and Kazakh notes of reports, statistics pages, proceedings, speeches,
interviews and court decisions (session 16): a body's site after a page's title, GOST's
designation of a report or of proceedings after the title's colon, a conference's bracket in
its host, a year that opens a title, a lead-in before `см.:`, and the types their words tell.
The runs are labelled by hand where the facts are the decoder's; every note is written for
these tests."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.designations import work_designation
from citekit.citations.tagger.tokens import tokenize
from citekit.citations.worded_types import worded_type
from citekit.model import PartialDate
from tests.citations.labelled import decode_labelled
from tests.scoring import predict


@pytest.mark.parametrize(
    ("text", "spans", "title", "host"),
    [
        (  # the page's name read as a person's, the body's as the title
            "Население Казахстана. Бюро национальной статистики. https://stat.gov.kz/ru/demography/",
            [("Население Казахстана", "author"), ("Бюро национальной статистики", "title")],
            "Население Казахстана",
            "Бюро национальной статистики",
        ),
        (  # the body's sentence left inside the title's run
            "Қазақстан халқы. Ұлттық статистика бюросы. URL: https://stat.gov.kz/kz/demography/",
            [("Қазақстан халқы. Ұлттық статистика бюросы", "title")],
            "Қазақстан халқы",
            "Ұлттық статистика бюросы",
        ),
        (  # a site named as one
            "Общая информация. Официальный сайт Президента Республики Казахстан.",
            [
                ("Общая информация", "title"),
                ("Официальный сайт Президента Республики Казахстан", "genre"),
            ],
            "Общая информация",
            "Официальный сайт Президента Республики Казахстан",
        ),
    ],
)
def test_a_bodys_sentence_after_the_title_is_its_site(
    text: str, spans: list[tuple[str, str]], title: str, host: str
) -> None:
    fields = decode_labelled(text, spans)
    assert (fields.get("title"), fields.get("container-title")) == (title, host)
    assert "author" not in fields or not fields["author"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (  # a person's name before a headline that names a body
            "Serkan Kaya. Merkez Bankası faizi sabit tuttu. https://example.org/haber/1",
            [("Serkan Kaya", "author"), ("Merkez Bankası faizi sabit tuttu", "title")],
        ),
        (  # a quoted title is the title
            "Google Books. “Turkish President Meets the Public.” https://example.org/1",
            [("Google Books", "author"), ("Turkish President Meets the Public", "title")],
        ),
    ],
)
def test_a_person_or_a_quoted_title_stays(text: str, spans: list[tuple[str, str]]) -> None:
    assert "container-title" not in decode_labelled(text, spans)


def test_a_reports_issuing_body_after_its_title() -> None:
    text = "Доклад о развитии за 2020 год. Министерство экономики РК. – Нур-Султан, 2021. – 120 с."
    spans = [
        ("Доклад о развитии за 2020 год. Министерство экономики РК", "title"),
        ("Нур-Султан", "publisher-place"),
        ("2021", "issued"),
        ("120", "number-of-pages"),
    ]
    fields = decode_labelled(text, spans)
    assert fields["title"] == "Доклад о развитии за 2020 год"
    assert fields["publisher"] == "Министерство экономики РК"


@pytest.mark.parametrize(
    ("run", "title"),
    [
        ("Жизнь в распадающемся мире: доклад клуба «Валдай»", "Жизнь в распадающемся мире"),
        ("Кризис и рынок труда. Препринт WP3/2009/04.", "Кризис и рынок труда"),
        ("Тіл саясаты : баяндама", "Тіл саясаты"),
        ("Дальний Восток : материалы междунар. науч.-практ. конф.", "Дальний Восток"),
        ("Історія : матеріали міжнар. наук.-практ. конф.", "Історія"),
        # a textbook's word and a capitalised subtitle stay the title's
        ("Экономика : учебник", "Экономика : учебник"),
        ("Русские заговоры: Материалы экспедиций", "Русские заговоры: Материалы экспедиций"),
    ],
)
def test_a_designation_after_the_colon_is_no_titles_words(run: str, title: str) -> None:
    tokens = tokenize(run + " – М., 2015.")
    end = max(i for i, t in enumerate(tokens) if t.end <= len(run)) + 1
    _, a, b = work_designation(tokens, [("title", 0, end)])[0]
    assert run[tokens[a].start : tokens[b - 1].end].rstrip(" .:") == title


def test_a_conference_bracket_belongs_to_the_host() -> None:
    text = (
        "Иванова Е. А. Миграция // Интеграция : сб. материалов Всерос. науч. конф. "
        "(Москва, 5 апреля 2021 г.). М. : Изд-во РУДН, 2021. С. 112–118."
    )
    spans = [
        ("Иванова Е. А.", "author"),
        ("Миграция", "title"),
        ("Интеграция", "container-title"),
        ("Москва", "publisher-place"),
        ("5 апреля 2021 г.", "issued"),
        ("М.", "publisher-place"),
        ("Изд-во РУДН", "publisher"),
        ("2021. С.", "issued"),
        ("112–118", "page"),
    ]
    fields = decode_labelled(text, spans)
    assert str(fields["container-title"]).startswith("Интеграция : сб. материалов")
    assert fields["publisher-place"] == "М."
    assert fields["issued"] == PartialDate(2021)


def test_a_year_before_the_titles_colon_opens_the_title() -> None:
    text = "Шубин А. В. 1989: год перелома. – М. : Вече, 2019. – 384 с."
    spans = [
        ("Шубин А. В.", "author"),
        ("1989", "issued"),
        ("год перелома", "title"),
        ("М.", "publisher-place"),
        ("Вече", "publisher"),
        ("2019", "issued"),
    ]
    fields = decode_labelled(text, spans)
    assert fields["title"] == "1989: год перелома"
    assert fields["issued"] == PartialDate(2019)


def test_a_title_runs_to_the_hosts_slashes() -> None:
    text = "Kozhirova S. Relations in the «Belt and Road» initiative // Вестник КазНУ. 2018. № 3."
    spans = [
        ("Kozhirova S.", "author"),
        ("Relations in the «Belt and Road", "title"),
        ("Вестник КазНУ", "container-title"),
        ("2018", "issued"),
    ]
    assert decode_labelled(text, spans)["title"] == "Relations in the «Belt and Road» initiative"


@pytest.mark.parametrize(
    ("kind", "fields", "text", "expected"),
    [
        (
            "legislation",
            {},
            "Постановление Конституционного Суда РФ от 19.04.2016 № 12-П // СЗ РФ. 2016. № 17.",
            "legal_case",
        ),
        (
            "article-newspaper",
            {},
            "Решение Европейского суда по правам человека по делу «Иванов против России».",
            "legal_case",
        ),
        (
            "legislation",
            {},
            "Нормативное постановление Верховного Суда РК от 10 июля 2008 года № 1.",
            "legislation",
        ),
        (
            "webpage",
            {"title": "Выступление на заседании Совета", "container-title": "Акорда"},
            "Выступление на заседании Совета // Акорда. URL: https://akorda.kz/1",
            "speech",
        ),
        (
            "webpage",
            {"title": "Мемлекет басшысының отырыста сөйлеген сөзі", "container-title": "Ақорда"},
            "Мемлекет басшысының отырыста сөйлеген сөзі // Ақорда. URL: https://akorda.kz/2",
            "speech",
        ),
        (  # a paper's item about a speech is the paper's
            "article-newspaper",
            {"title": "Выступление Путина: главное", "container-title": "РБК"},
            "Выступление Путина: главное // РБК. 2022. 21 сентября.",
            "article-newspaper",
        ),
        (
            "article-newspaper",
            {"title": "Нефть — это не проклятие", "container-title": "Экспресс К"},
            "Кашаган Е. «Нефть — это не проклятие» [беседовала М. Ким] // Экспресс К. 2018.",
            "interview",
        ),
        (  # an article on interviewing in a journal's volume
            "article-journal",
            {"title": "Интервью как метод", "container-title": "Социс", "volume": "3"},
            "Петров И. Интервью как метод // Социс. 2010. Т. 3. С. 5–9.",
            "article-journal",
        ),
    ],
)
def test_the_type_a_works_words_tell(
    kind: str, fields: dict[str, object], text: str, expected: str
) -> None:
    assert worded_type(kind, fields, text) == expected


def test_a_lead_in_before_see_and_a_colon_is_no_source() -> None:
    note = (
        "Подробнее о понятии «мягкой силы» см.: Най Дж. Гибкая власть. Новосибирск : "
        "Тренды, 2006. 221 с."
    )
    found = predict({"note": note, "prev": []})
    assert found["author"] == ["Най Дж."]
    assert found["title"] == "Гибкая власть"


def test_a_speechs_title_holds_its_speakers_name() -> None:
    text = "Речь Н. С. Хрущёва на XX съезде КПСС // Известия ЦК КПСС. 1989. № 3. С. 128–170."
    spans = [
        ("Речь Н. С.", "author"),
        ("Хрущёва на XX съезде КПСС", "title"),
        ("Известия ЦК КПСС", "container-title"),
        ("1989", "issued"),
    ]
    fields = decode_labelled(text, spans)
    assert fields["title"] == "Речь Н. С. Хрущёва на XX съезде КПСС"
    assert not fields.get("author")


@pytest.mark.parametrize(
    ("fields", "text", "expected"),
    [
        (
            {"title": "Нефтяная игла", "container-title": "Огонёк", "issue": "12"},
            "Бабаев К. Нефтяная игла // Огонёк. 2015. № 12. С. 18–20.",
            "article-magazine",
        ),
        (
            {"title": "Сила слабых", "container-title": "журнал «Итоги»", "issue": "47"},
            "Колесников А. Сила слабых // журнал «Итоги». 2009. № 47.",
            "article-magazine",
        ),
        (  # a magazine's article read on its site is the magazine's
            {"title": "Новости", "container-title": "Эксперт", "URL": "https://expert.ru/1"},
            "Новости // Эксперт. URL: https://expert.ru/1",
            "article-magazine",
        ),
        (  # cited by a volume, a listed magazine is still one (session 48)
            {"title": "Сила слабых", "container-title": "Огонёк", "volume": "14"},
            "Колесников А. Сила слабых // Огонёк. 2009. Т. 14.",
            "article-magazine",
        ),
    ],
)
def test_a_magazines_name_hosts_a_magazines_article(
    fields: dict[str, object], text: str, expected: str
) -> None:
    kind = "article-newspaper" if "URL" in fields else "article-journal"
    assert worded_type(kind, fields, text) == expected


def test_an_interviewer_after_the_word_is_nobodys_author() -> None:
    text = "Кузьмин С. Будущее Арктики [беседовал И. Петров] // Российская газета. 2019. 3 апреля."
    spans = [
        ("Кузьмин С.", "author"),
        ("Будущее Арктики", "title"),
        ("Петров", "author"),
        ("Российская газета", "container-title"),
        ("2019. 3 апреля", "issued"),
    ]
    assert [str(n) for n in decode_labelled(text, spans)["author"]] == ["Кузьмин С."]


def test_a_spoken_title_runs_to_the_hosts_slashes() -> None:
    text = "Интервью Президента Токаева газете «Егемен Қазақстан» // Акорда. 2022. 4 января."
    spans = [
        ("Интервью Президента", "title"),
        ("Токаева", "author"),
        ("Егемен Қазақстан", "container-title"),
        ("Акорда", "container-title"),
        ("2022. 4 января", "issued"),
    ]
    fields = decode_labelled(text, spans)
    assert fields["title"] == "Интервью Президента Токаева газете «Егемен Қазақстан»"
    assert fields["container-title"] == "Акорда"
    assert not fields.get("author")


@pytest.mark.parametrize(
    "container",
    ["«Ара – Шмель» журналы", "журналы «Қазақстан әйелдері»", "часопис «Фокус»", "Time magazine"],
)
def test_a_magazines_label_before_or_after_its_name_is_no_part_of_it(container: str) -> None:
    fields = {"title": "Сөз", "container-title": container, "issue": "4"}
    assert worded_type("article-journal", fields, f"Сөз // {container}. 1975. № 4.") == (
        "article-magazine"
    )
