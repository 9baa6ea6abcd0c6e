"""Notes that point inside the work, define a word, or discuss the source they cite: what
kind they are and what the cited source's fields hold."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, Note, NoteKind

_AT = Location(path="notes.md")


def _note(text: str) -> Note:
    return parse_note(1, text, location=_AT)


@pytest.mark.parametrize(
    "text",
    [
        "См. таблицу 2.",
        "См. рис. 3.",
        "Bkz. Tablo 3.",
        "Bkz. Şekil 3 ve Tablo 4.",
        "See Table 2 below.",
        "See Figure 3.",
        "Қараңыз: 2-кесте.",
        "Seret: 3-nji tablisa.",
        "Див. табл. 4.",
    ],
)
def test_a_note_pointing_at_the_works_own_table_or_figure_is_a_comment(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Подробнее о деятельности партии Алаш см. ниже.",
        "Türkistan Cemiyeti hakkında ayrıntılı bilgi için aşağıya bakınız.",
        "On the Alash Party, see below.",
        "Kazak Hanlığı için bkz. yukarıda.",
        "Об Алаш-Орде см. выше, примеч. 12.",
    ],
)
def test_prose_closing_on_see_below_is_a_comment_whatever_it_names(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Smith, The Steppe, see below.",
        "Hopkirk. The Great Game. See below.",
        "Иванов И. И. История Казахстана. М., 2001. См. ниже.",
        "Далее – ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3.",
        "Hereafter: Smith J. The Steppe. Oxford, 2005.",
    ],
)
def test_a_source_before_see_below_still_cites(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "Жус — родоплеменное объединение у казахов.",
        "Ýaşuly — obanyň hormatly adamy.",
        "Бай (каз.) — богатый человек.",
        "Kurultay — Türk devletlerinde danışma meclisi.",
        "Ауыл — қазақтардың қоныстану орны.",
        "Алаш-Орда — национальное правительство Казахстана в 1917–1920 гг.",
        "1 пуд = 16,38 кг.",
        "1 verst ≈ 1.07 km.",
        "1 пуд = 16,38 кг; 1 фунт = 409,5 г.",
        "Букв.: «белая кость».",
        "Lit. “black bone”.",
        "Kelime anlamı: “ak kemik”.",
        "Сөзбе-сөз аудармасы: «ақ сүйек».",
        "Sözme-söz: «ak süňk».",
        "Далее – ЦГА РК.",
        "Bundan sonra: BOA.",
        "Hereafter TNA.",
        "Бұдан әрі – ҚР ОМА.",
    ],
)
def test_a_definition_a_measure_a_literal_translation_or_an_abbreviation_is_a_comment(
    text: str,
) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Ylmy terminologiýa – meseleler we geljegi (туркм.). Türkmen milli ensiklopediýasy. "
        "Архів оригіналу за 28 вересня 2017. Процитовано 27 вересня 2017.",
        "Ylmy terminologiýa – meseleler we geljegi.",
        "Ауэзов — Абай жолы.",
        "Тюркские народы — история и культура. М., 2005.",
        "Жусан — материал из Википедии — свободной энциклопедии.",
    ],
)
def test_a_title_with_a_dash_is_no_definition(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "В 1920 г. А. Байтурсынов был назначен наркомом просвещения.",
        "Позднее М. Тынышбаев был арестован и сослан.",
        "В статье И. Иванова этот вопрос был рассмотрен подробно.",
        "Цифры округлены.",
        "Имена информантов изменены.",
        "Авторский перевод.",
        "Авторлық аударма.",
        "Yazarın çevirisi.",
        "Author's translation.",
    ],
)
def test_prose_naming_a_person_by_initials_and_editors_remarks_are_comments(text: str) -> None:
    assert _note(text).kind is NoteKind.COMMENT


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Смирнов А. Почему был распущен парламент.", "Смирнов"),
        ("И. И. Иванов. Как был написан роман.", "Иванов"),
        ("Ахметов, А. Как был основан город.", "Ахметов"),
    ],
)
def test_an_author_with_initials_before_a_title_with_a_verb_still_cites(
    text: str, author: str
) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert author in str(note.citations[0].authors[0])


@pytest.mark.parametrize(
    ("text", "author", "title", "page"),
    [
        (
            "Kafesoğlu, Türk Milli Kültürü, s. 45. Yazarın bu görüşü sonraki çalışmalarda "
            "eleştirilmiştir.",
            "Kafesoğlu",
            "Türk Milli Kültürü",
            "45",
        ),
        (
            "Hopkirk, The Great Game, 45. Hopkirk's account is largely based on British sources.",
            "Hopkirk",
            "The Great Game",
            "45",
        ),
        (
            "Бартольд В. В. Туркестан в эпоху монгольского нашествия. М., 1963. С. 45. "
            "Автор здесь явно преувеличивает.",
            "Бартольд",
            "Туркестан в эпоху монгольского нашествия",
            "45",
        ),
    ],
)
def test_prose_after_the_cited_page_is_no_part_of_the_source(
    text: str, author: str, title: str, page: str
) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    cited = note.citations[0]
    assert str(cited.authors[0]).startswith(author)
    assert cited.title == title
    assert cited.page == page


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Ayrıca: Kafesoğlu İ. Türk Milli Kültürü. İstanbul, 1997.",
            "Kafesoğlu",
            "Türk Milli Kültürü",
        ),
        (
            "Также: Кляшторный С. Г. Древнетюркские рунические памятники. М., 1964.",
            "Кляшторный",
            "Древнетюркские рунические памятники",
        ),
        ("Şeýle hem: Ataýew B. Taryh. Aşgabat, 2001.", "Ataýew", "Taryh"),
    ],
)
def test_an_also_word_with_its_colon_opens_the_source(text: str, author: str, title: str) -> None:
    cited = _note(text).citations[0]
    assert str(cited.authors[0]).startswith(author)
    assert cited.title == title


@pytest.mark.parametrize(("text", "page"), [("Там саме, с. 5.", "5"), ("Там саме.", None)])
def test_ukrainian_tam_same_is_an_ibid(text: str, page: str | None) -> None:
    note = _note(text)
    assert note.kind is NoteKind.IBID
    assert note.page == page


@pytest.mark.parametrize(
    ("text", "page"),
    [("Id. at 5.", "5"), ("Id. at 45–46.", "45–46"), ("Ibid., at 20, quoting the minister.", "20")],
)
def test_the_pinpoint_word_before_an_ibids_page_is_language_data(text: str, page: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.IBID
    assert note.page == page


def test_a_span_of_years_before_a_vancouver_journal_stays_in_the_title() -> None:
    # `to` between the years is English's `[words] year_span`
    cited = parse_note(
        1,
        "GBD 2015 Mortality and Causes of Death Collaborators. Global, regional, and national "
        "life expectancy, 1980 to 2015. Lancet. 2016;388(10053):1459-544.",
        location=_AT,
    ).citations[0]
    assert cited.title == "Global, regional, and national life expectancy, 1980 to 2015"
    assert cited.container == "Lancet"


@pytest.mark.parametrize(
    ("first", "second", "author", "title"),
    [
        (
            "Kafesoğlu İ. Türk Milli Kültürü. İstanbul, 1997.",
            "Idem, Türk Tarihi, s. 45.",
            "Kafesoğlu",
            "Türk Tarihi",
        ),
        ("Гумилев Л. Н. Древние тюрки. М., 1967.", "Он же, Хунну, с. 45.", "Гумилев", "Хунну"),
    ],
)
def test_the_same_author_before_a_short_form_is_the_author_before(
    first: str, second: str, author: str, title: str
) -> None:
    notes = [parse_note(1, first, location=_AT), parse_note(2, second, location=_AT)]
    cited = resolve_references(notes)[1].citations[0]
    assert [author in str(a) for a in cited.authors] == [True]
    assert cited.title == title
    assert cited.page == "45"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Бұл мәселеге М. Әуезов «Абай жолы» романында тоқталған.", "Абай жолы"),
        (
            "Bu konu Kafesoğlu'nun “Türk Milli Kültürü” adlı eserinde ele alınmıştır.",
            "Türk Milli Kültürü",
        ),
        ("Этот сюжет подробно описан в романе М. Ауэзова «Путь Абая».", "Путь Абая"),
    ],
)
def test_a_sentence_closing_on_its_verb_names_the_quoted_work(text: str, title: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Serkebayeva. 1-том. Өнер мектебінің ішінен ашылған «Әуен» вокалды ансамблім "
            "қыздардан құралған. 72-91-б.",
            "«Әуен»",
        ),
    ],
)
def test_a_title_with_a_quotation_inside_keeps_its_words(text: str, title: str) -> None:
    cited = _note(text).citations[0]
    assert cited.title is not None
    assert title in cited.title
    assert cited.title != title.strip("«»")
