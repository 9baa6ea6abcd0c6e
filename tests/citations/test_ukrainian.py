"""Ukrainian notes as DSTU 8302:2015 and editors write them (issue 12): the language file's
words (publishers, editions, encyclopedias, laws), a publishing house's word before its
quoted name, an edition closing a title's run, an initial that is no shelf mark's word.

The decoding cases label their tokens as the model did wrongly, so the mending is tested
whatever the shipped model does today; the whole-note cases run the shipped parser."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location
from tests.citations.labelled import decode_labelled as _decode


def _parse(text: str) -> Citation:
    citations = parse_note(1, text, location=Location(path="uk")).citations
    assert len(citations) == 1
    return citations[0]


@pytest.mark.parametrize(
    ("text", "house", "name"),
    [
        (
            "Литвин В. М. Україна: доба незалежності. Київ : Вид. дім «Києво-Могилянська"
            " академія», 2007. 615 с.",
            "Вид. дім",
            "Києво-Могилянська академія»",
        ),
        ("Петров П. Очерки. М. : Изд-во «Наука», 1999. 200 с.", "Изд-во", "Наука»"),
    ],
    ids=["uk", "ru"],
)
def test_a_publishing_house_word_before_its_quoted_name_is_the_publishers(
    text: str, house: str, name: str
) -> None:
    head = text.split(".")[0] + "."
    fields = _decode(
        text,
        [(head, "author"), (name, "publisher"), ("2007" if "2007" in text else "1999", "issued")],
    )
    assert fields["publisher"].startswith(house)
    assert fields["publisher"].endswith(name.rstrip("»") + "»")


def test_a_house_word_with_no_publisher_after_it_is_left_alone() -> None:
    text = "Іванов І. Нарис. 2-ге вид. Київ, 2001."
    fields = _decode(text, [("Іванов І.", "author"), ("Нарис", "title"), ("2001", "issued")])
    assert "publisher" not in fields


def test_an_ordinal_edition_that_closes_the_title_run_is_the_edition() -> None:
    text = (
        "Бойко О. Д. Історія України : посібник. 3-тє вид., випр., допов. Київ : Академвидав, 2004."
    )
    fields = _decode(
        text,
        [
            ("Бойко О. Д.", "author"),
            ("Історія України : посібник. 3-тє вид", "title"),
            ("Київ", "publisher-place"),
            ("Академвидав", "publisher"),
            ("2004", "issued"),
        ],
    )
    assert fields["title"] == "Історія України : посібник"
    assert fields["edition"] == "3"


def test_a_title_that_goes_on_after_a_numbered_word_keeps_it() -> None:
    # the number opens no closing sentence: `3-тє вид.` is inside the title, not its end
    text = "Бойко О. Д. Нотатки про 3-тє вид. словника Грінченка. Київ : Наук. думка, 2004."
    fields = _decode(
        text,
        [
            ("Бойко О. Д.", "author"),
            ("Нотатки про 3-тє вид. словника Грінченка", "title"),
            ("Київ", "publisher-place"),
            ("Наук. думка", "publisher"),
            ("2004", "issued"),
        ],
    )
    assert fields["title"] == "Нотатки про 3-тє вид. словника Грінченка"


def test_whole_ukrainian_notes() -> None:
    book = _parse(
        "Субтельний О. Україна: історія / пер. з англ. Ю. Шевчука. 3-тє вид., перероб. і доп."
        " Київ : Либідь, 1993. 720 с."
    )
    assert (book.type, book.title, book.publisher, book.edition) == (
        "book",
        "Україна: історія",
        "Либідь",
        "3-тє",
    )
    assert book.unparsed == ()
    wiki = _parse(
        "Туркменістан. Вікіпедія. URL: https://uk.wikipedia.org/wiki/Туркменістан"
        " (дата звернення: 10.11.2022)."
    )
    assert (wiki.type, wiki.title, wiki.container) == (
        "entry-encyclopedia",
        "Туркменістан",
        "Вікіпедія",
    )
    law = _parse(
        "Про національну безпеку України : Закон України від 21.06.2018 р. № 2469-VIII."
        " URL: https://zakon.rada.gov.ua/laws/show/2469-19 (дата звернення: 12.03.2021)."
    )
    assert (law.type, law.genre) == ("legislation", "Закон України")


def test_an_initial_that_reads_as_a_shelf_mark_leaves_the_edition_read() -> None:
    # `Д.` is a Russian file's word (`Ф. 5. Оп. 1. Д. 12`): in a name it is an initial
    book = _parse(
        "Бойко О. Д. Історія України : посібник. 3-тє вид., випр., допов."
        " Київ : Академвидав, 2004. 688 с."
    )
    assert book.title == "Історія України : посібник"
    assert book.edition == "3"
    assert book.unparsed == ()


def test_a_second_title_that_an_in_word_opens_is_the_host() -> None:
    text = (
        "Ткаченко В. М. Україна і Туреччина. У кн.: Україна в міжнародних відносинах. Київ,"
        " 2010. С. 55–70."
    )
    fields = _decode(
        text,
        [
            ("Ткаченко В. М.", "author"),
            ("Україна і Туреччина", "title"),
            ("Україна в міжнародних відносинах", "title"),
            ("2010", "issued"),
        ],
    )
    assert fields["title"] == "Україна і Туреччина"
    assert fields["container-title"] == "Україна в міжнародних відносинах"


def test_a_second_title_with_no_in_word_stays_no_host() -> None:
    text = "Ткаченко В. М. Україна і Туреччина. Україна в міжнародних відносинах. Київ, 2010."
    fields = _decode(
        text,
        [
            ("Ткаченко В. М.", "author"),
            ("Україна і Туреччина", "title"),
            ("Україна в міжнародних відносинах", "title"),
            ("2010", "issued"),
        ],
    )
    assert "container-title" not in fields


@pytest.mark.parametrize(
    ("text", "series", "book"),
    [
        (
            "Кульчицький С. В. Україна між двома війнами. Київ : Альтернативи, 1999. 336 с."
            " (Україна крізь віки ; т. 11).",
            "Україна крізь віки",
            True,
        ),
        (
            "Кульчицький С. В. Україна між двома війнами (Україна крізь віки). Київ :"
            " Альтернативи, 1999.",
            "Україна крізь віки",
            False,
        ),
    ],
    ids=["after-imprint", "before-imprint"],
)
def test_a_bracketed_host_after_the_imprint_is_the_series(
    text: str, series: str, book: bool
) -> None:
    fields = _decode(
        text,
        [
            ("Кульчицький С. В.", "author"),
            ("Україна між двома війнами", "title"),
            ("Альтернативи", "publisher"),
            ("1999", "issued"),
            (series, "container-title"),
        ],
    )
    assert ("collection-title" in fields) is book
    assert ("container-title" in fields) is not book


@pytest.mark.parametrize(
    ("text", "head", "rest", "title"),
    [
        (
            "Постанова Кабінету Міністрів України від 12 травня 2015 р. № 285.",
            "Постанова Кабінету",
            "Міністрів України від",
            "Постанова Кабінету Міністрів України",
        ),
        (
            "Постановление Правительства РФ от 12 мая 2015 г. № 285.",
            "Постановление Правительства",
            "РФ от",
            "Постановление Правительства РФ",
        ),
    ],
    ids=["uk", "ru"],
)
def test_a_documents_kind_opens_its_title_and_its_dating_word_is_no_fields(
    text: str, head: str, rest: str, title: str
) -> None:
    date = text.split(rest.split()[-1] + " ")[1].split(" № ")[0]
    fields = _decode(text, [(head, "author"), (rest, "title"), (date, "issued")])
    assert fields["title"] == title
    assert not fields["author"]


def test_a_law_word_inside_a_persons_name_is_no_title() -> None:
    # `Закон` opens no name here: the run is a person's, the law word is not at its start
    text = "Іван Законенко. Нотатки. Київ, 2001."
    fields = _decode(text, [("Іван Законенко", "author"), ("Нотатки", "title"), ("2001", "issued")])
    assert fields["title"] == "Нотатки"


def test_a_title_run_after_place_and_colon_is_the_publisher_when_the_work_has_its_title() -> None:
    text = "Конституция Российской Федерации. М. : Юрид. лит., 2019. 64 с."
    fields = _decode(
        text,
        [
            ("Конституция Российской Федерации", "title"),
            ("М.", "publisher-place"),
            ("Юрид. лит", "title"),
            ("2019", "issued"),
        ],
    )
    assert fields["title"] == "Конституция Российской Федерации"
    assert fields["publisher"].startswith("Юрид. лит")
