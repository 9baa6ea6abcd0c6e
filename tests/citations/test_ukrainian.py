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


def test_a_house_word_that_opens_the_run_before_the_publisher_joins_it() -> None:
    # the run before the publisher's is the house's word alone: the runs after it are read
    text = "Петров П. Очерки. М. : Изд-во «Наука», 1999. 200 с."
    fields = _decode(
        text,
        [
            ("Петров П.", "author"),
            ("Очерки", "title"),
            ("М. :", "publisher-place"),
            ("Наука»", "publisher"),
            ("1999", "issued"),
        ],
    )
    assert fields["publisher"] == "Изд-во «Наука»"
    assert fields["issued"] is not None


def test_a_house_word_with_no_publisher_after_it_is_left_alone() -> None:
    text = "Іванов І. Нарис. 2-ге вид. Київ, 2001."
    fields = _decode(text, [("Іванов І.", "author"), ("Нарис", "title"), ("2001", "issued")])
    assert "publisher" not in fields


def test_a_title_that_opens_with_a_house_word_keeps_it() -> None:
    # the model left `Вид.` (an edition's word too) out of the title: the phrase `Вид. дім`
    # is one run's, and its head no lost text
    text = "Шевчук В. Вид. дім і його автори: нарис. Київ : Темпора, 2011. 150 с."
    fields = _decode(
        text,
        [
            ("Шевчук В.", "author"),
            ("дім і його автори: нарис", "title"),
            ("Темпора", "publisher"),
            ("2011", "issued"),
        ],
    )
    assert fields["title"] == "Вид. дім і його автори: нарис"
    assert "publisher" in fields


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
    assert fields["edition"] == "3-тє"  # as written, its ordinal's suffix kept


def test_a_parts_title_that_ends_with_an_edition_keeps_it() -> None:
    # a review names the edition it reviews: a part in a host has no edition of its own
    text = (
        "Петренко І. Рецензія на: Історія України. 3-тє вид. // Вісник Київського"
        " університету. 2012. № 3. С. 5–8."
    )
    fields = _decode(
        text,
        [
            ("Петренко І.", "author"),
            ("Рецензія на: Історія України. 3-тє вид", "title"),
            ("Вісник Київського університету", "container-title"),
            ("2012", "issued"),
        ],
    )
    assert fields["title"] == "Рецензія на: Історія України. 3-тє вид"
    assert "edition" not in fields


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
    assert book.title == "Історія України"
    assert book.edition == "3-тє"
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


def test_a_books_subtitle_that_opens_with_in_is_no_host() -> None:
    # the book's extent makes the note a whole book's: `In the Shadow …` is its subtitle
    text = (
        "Olcott M. B. Central Asia's Second Chance. In the Shadow of Russia. Washington:"
        " Carnegie, 2005. 400 p."
    )
    fields = _decode(
        text,
        [
            ("Olcott M. B.", "author"),
            ("Central Asia's Second Chance", "title"),
            ("the Shadow of Russia", "title"),
            ("Carnegie", "publisher"),
            ("2005", "issued"),
            ("400", "number-of-pages"),
        ],
    )
    assert "container-title" not in fields


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
        (  # a year in the brackets: a periodical's issue, for a series names no year
            "Кульчицький С. В. Україна між двома війнами. Київ : Альтернативи, 1999. 336 с."
            " (Вісник Київського університету. 1999. № 3).",
            "Вісник Київського університету",
            False,
        ),
    ],
    ids=["after-imprint", "before-imprint", "dated-after-imprint"],
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Наказ О. П. Історія села. Київ : Либідь, 1999. 90 с.", "Наказ О. П."),
        ("Закон Олег. Спогади. Львів : Піраміда, 2003. 120 с.", "Закон Олег"),
    ],
    ids=["initials", "given-name"],
)
def test_a_family_that_is_a_documents_word_stays_a_persons(text: str, name: str) -> None:
    # a document's kind goes on with a body's name (`Постанова Кабінету`), never with an
    # initial or a known given name
    title = text[len(name) + 1 :].split(".")[0].strip()
    spans = [(name, "author"), (title, "title"), (text.split(", ")[1][:4], "issued")]
    fields = _decode(text, spans)
    assert fields["title"] == title
    assert fields["author"]


@pytest.mark.parametrize("label", ["other", "edition"])
def test_an_edition_word_with_no_number_that_ends_a_title_is_the_titles(label: str) -> None:
    # every language file's words are read for every note: Ukrainian's edition word `вид.`
    # is a Russian title's last word (`вид`, a species), and no number goes with it
    text = "Иванов И. Человек как биологический вид. М. : Наука, 2001. 200 с."
    spans = [("Иванов И.", "author"), ("Человек как биологический", "title"), ("вид.", label)]
    fields = _decode(text, [*spans, ("2001", "issued")])
    assert fields["title"] == "Человек как биологический вид"
    assert "edition" not in fields


def test_an_edition_word_after_the_titles_sentence_stays_the_editions() -> None:
    text = "Іванов І. Нарис. 2-ге вид. Київ, 2001."
    fields = _decode(
        text,
        [("Іванов І.", "author"), ("Нарис", "title"), ("2-ге вид.", "edition"), ("2001", "issued")],
    )
    assert fields["title"] == "Нарис"
    assert fields["edition"].startswith("2")


def test_a_common_word_is_no_papers_name() -> None:
    # every language file's words are read, folded, for every note: Kyiv's paper `День` made
    # the Russian word for "day" that closes Aitmatov's title a host
    citation = _parse("Айтматов Ч. И дольше века длится день. Фрунзе : Кыргызстан, 1981. 400 с.")
    assert citation.title == "И дольше века длится день"
    assert citation.container is None


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


def test_a_double_issue_stays_one_issue() -> None:
    text = "Иванов И. Статья // Правда. 1937. № 38–39."
    fields = _decode(
        text,
        [
            ("Иванов И.", "author"),
            ("Статья", "title"),
            ("Правда", "container-title"),
            ("1937", "issued"),
            ("38", "issue"),
            ("39", "page"),
        ],
    )
    assert fields["issue"] == "38–39"
    assert "page" not in fields
