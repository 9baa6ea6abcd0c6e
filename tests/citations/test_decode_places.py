"""Places of publication (issue 12): the lexicon knows CLDR's city names in every language, a
known place the model left unlabelled that opens an imprint is the place, and a place no field
holds is reported as unparsed, never dropped."""

from __future__ import annotations

import pytest

from citekit.citations.structure import find_exact
from citekit.citations.tagger.features import text_marks
from citekit.citations.tagger.tokens import tokenize
from citekit.citations.unplaced import unplaced
from tests.citations.labelled import decode_labelled as _decode


@pytest.mark.parametrize("city", ["Ташкент", "Taşkent", "Tashkent", "Тбилиси", "Vilnius"])
def test_cldr_cities_are_places_of_the_lexicon(city: str) -> None:
    assert "Bcities" in text_marks([city])[0]


@pytest.mark.parametrize("word", ["Kabul", "Oral", "Jersey", "Kabil", "Katar"])
def test_city_names_that_are_common_words_are_left_out(word: str) -> None:
    # the lexicon is every language's: "kabul" is Turkish for "acceptance", "kabil" for
    # "possible", "katar" Turkmen for "row", "oral" an English word
    assert "cities" not in text_marks([word])[0]


@pytest.mark.parametrize(
    ("text", "author", "title", "tail", "place"),
    [
        (
            "Назарбаев Н. А. Эра независимости. — Астана, 2017. — 508 с.",
            "Назарбаев Н. А.",
            "Эра независимости",
            "2017",
            "Астана",
        ),
        (
            "Кириллова Э. С. Название статьи. — СПб., 1961. — 379 с.",
            "Кириллова Э. С.",
            "Название статьи",
            "1961",
            "СПб.",
        ),
        (  # the old dashed imprint: `— Place — Year —`
            "Смаилов А. А. Итоги переписи. — Астана — 2011 — 242 с.",
            "Смаилов А. А.",
            "Итоги переписи",
            "2011",
            "Астана",
        ),
    ],
)
def test_a_known_place_left_unlabelled_before_the_year_is_the_place(
    text: str, author: str, title: str, tail: str, place: str
) -> None:
    fields = _decode(text, [(author, "author"), (title, "title"), (tail, "issued")])
    assert fields["publisher-place"] == place
    assert fields["title"] == title


def test_a_known_place_left_unlabelled_before_the_publisher_is_the_place() -> None:
    text = "Смаков Т. Топонимдер. — Алматы: Ғылым, 2008. — 551 б."
    spans = [("Смаков Т.", "author"), ("Топонимдер", "title"), ("Ғылым", "publisher")]
    fields = _decode(text, [*spans, ("2008", "issued")])
    assert fields["publisher-place"] == "Алматы"
    assert fields["publisher"] == "Ғылым"


def test_a_place_before_a_publisher_is_taken_in_a_hosts_volume_but_not_before_its_year() -> None:
    # a multi-volume host (an encyclopedia, collected works) has a book's imprint
    text = "Шымкент // Қазақ энциклопедиясы. — Алматы : Қазақ энциклопедиясы, 2001. — Т. 9."
    spans = [("Шымкент", "title"), ("Қазақ энциклопедиясы.", "container-title")]
    spans += [("Қазақ энциклопедиясы,", "publisher"), ("2001", "issued"), ("9", "volume")]
    fields = _decode(text, spans)
    assert (fields.get("publisher-place"), fields.get("volume")) == ("Алматы", "9")
    # a journal's `— М., 1983. — Т. 5`: the place is left to the type it would change
    text = "Павлов Е. И. Миграция // Этнографическое обозрение. — М., 1983. — Т. 5. — С. 15."
    spans = [("Павлов Е. И.", "author"), ("Миграция", "title"), ("1983", "issued")]
    spans += [("5", "volume"), ("Этнографическое обозрение", "container-title")]
    assert "publisher-place" not in _decode(text, spans)


def test_a_periodicals_place_is_not_taken_and_a_word_inside_the_title_is_not() -> None:
    journal = "Павлов Е. И. Миграция // Этнографическое обозрение. — М., 1983. — № 5. — С. 151–154."
    spans = [("Павлов Е. И.", "author"), ("Миграция", "title"), ("1983", "issued"), ("5", "issue")]
    fields = _decode(journal, [*spans, ("Этнографическое обозрение", "container-title")])
    assert "publisher-place" not in fields  # the type it would change is the journal's
    text = "Bakiyev A. Bishkek, 2010: a year of change. Almaty, 2011."
    spans = [("Bakiyev A.", "author"), ("Bishkek, 2010: a year of change", "title")]
    fields = _decode(text, [*spans, ("2011", "issued")])
    assert fields["publisher-place"] == "Almaty"


def test_a_place_no_field_holds_is_reported_as_unparsed() -> None:
    text = "Назарбаев Н. А. Эра независимости. — Астана, 2017."
    tokens = tokenize(text)
    labels = ["other"] * len(tokens)
    for i, token in enumerate(tokens):
        if token.start < text.index(" Эра"):
            labels[i] = "author"
        elif token.text in ("Эра", "независимости"):
            labels[i] = "title"
        elif token.text == "2017":
            labels[i] = "issued"
    marks = text_marks([t.text for t in tokens])
    values = ["Назарбаев Н. А.", "Эра независимости"]
    assert unplaced(text, tokens, labels, marks, find_exact(text), values) == ("Астана",)


def test_a_lost_place_before_a_colon_is_reported_not_taken_for_a_label() -> None:
    # a run ending in a colon is read as a label ("Kitapda:"); ending in a place, it is an
    # imprint whose place and publisher no field holds (a second imprint)
    text = "Smith J. Notes. Paris: Gallimard; Berlin: Springer, 1990."
    tokens = tokenize(text)
    fields = {"Smith": "author", "J": "author", "Notes": "title", "Paris": "publisher-place"}
    fields |= {"Springer": "publisher", "1990": "issued"}
    labels = [fields.get(t.text, "other") for t in tokens]
    marks = text_marks([t.text for t in tokens])
    values = ["Smith J.", "Notes", "Paris", "Springer"]
    assert unplaced(text, tokens, labels, marks, find_exact(text), values) == ("Gallimard; Berlin",)


def test_an_initial_after_an_initial_is_not_taken_for_a_place() -> None:
    # `Л.` is Leningrad after a dash, a patronymic's initial after `И.`
    fields = _decode("Petrov И. Л., 2015.", [("Petrov И", "title"), ("2015", "issued")])
    assert "publisher-place" not in fields
    text = "Кириллова Э. С. Название статьи. — Л., 1961."
    spans = [("Кириллова Э. С.", "author"), ("Название статьи", "title"), ("1961", "issued")]
    assert _decode(text, spans)["publisher-place"] == "Л."
    # a volume's Roman number is no initial: `М.` after it is Moscow
    text = "Иванов И. И. История СССР. Т. I. М., 1990."
    spans = [("Иванов И. И.", "author"), ("История СССР", "title"), ("I", "volume")]
    assert _decode(text, [*spans, ("1990", "issued")])["publisher-place"] == "М."


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Иванов И. И. История города. С.-Петербург: Наука, 1999. 300 с.", "С.-Петербург"),
        ("Иванов И. И. История города. — С.-Пб.: Наука, 1999. — 300 с.", "С.-Пб."),
    ],
)
def test_st_petersburg_written_short_is_one_place(text: str, place: str) -> None:
    spans = [("Иванов И. И.", "author"), ("История города", "title"), ("Наука", "publisher")]
    fields = _decode(text, [*spans, ("1999", "issued")])
    assert fields["publisher-place"] == place


def test_a_place_that_took_a_names_last_initial_gives_it_back() -> None:
    # GOST's ". —" typed as a hyphen with no space: `И.И.-СПб.`
    text = "История края / под ред. Иванова И.И.-СПб.: Наука, 1990."
    spans = [("История края", "title"), ("Иванова И.", "editor"), ("И.-СПб.", "publisher-place")]
    fields = _decode(text, [*spans, ("Наука", "publisher"), ("1990", "issued")])
    assert fields["publisher-place"] == "СПб."
    assert [str(name) for name in fields["editor"]] == ["Иванова И.И."]


def test_a_place_named_in_a_bracketed_sentence_is_no_imprint() -> None:
    text = "Ahmedow A. Taryh (Between the Caucasus and Moscow: Nation-Building). Aşgabat, 1993."
    spans = [("Ahmedow A.", "author"), ("Taryh", "title"), ("Moscow", "publisher-place")]
    fields = _decode(text, [*spans, ("1993", "issued")])
    assert fields["publisher-place"] == "Aşgabat"  # the imprint's own, not the translation's
    # Chicago's bracketed imprint keeps its place: a publisher and a year stand beside it
    text = "Tyler Brown, Cultural Heritage (Moscow: Academic Studies Publishing, 1969), 25."
    spans = [
        ("Tyler Brown", "author"),
        ("Cultural Heritage", "title"),
        ("Moscow", "publisher-place"),
    ]
    spans += [("Academic Studies Publishing", "publisher"), ("1969", "issued")]
    assert _decode(text, spans)["publisher-place"] == "Moscow"


def test_a_country_after_a_place_is_the_places_and_no_publisher() -> None:
    text = "Abdrakhmanov S. Tauelsizdik shezhiresi. Astana, Kazakhstan: Elorda, 2001."
    spans = [("Abdrakhmanov S.", "author"), ("Tauelsizdik shezhiresi", "title")]
    spans += [("Astana", "publisher-place"), ("Kazakhstan: Elorda", "publisher")]
    fields = _decode(text, [*spans, ("2001", "issued")])
    assert fields["publisher-place"] == "Astana, Kazakhstan"
    text = "Petek E. “Bir Nüsha”, Türk Dili Dergisi, Sayı 43, Ankara-Türkiye. 207-233 s."
    spans = [("Bir Nüsha", "title"), ("Türk Dili Dergisi", "container-title")]
    fields = _decode(text, [*spans, ("Ankara", "publisher-place"), ("Türkiye", "container-title")])
    assert fields["publisher-place"] == "Ankara-Türkiye"


@pytest.mark.parametrize(
    ("text", "title", "imprint", "place", "publisher"),
    [
        (
            "Shashkova M. R. Epos. Moscow, Mir, 1993. (In Russ.)",
            "Epos",
            "Moscow, Mir",
            "Moscow",
            "Mir",
        ),
        (
            "Smith J. Politics. Washington, DC, 2001.",
            "Politics",
            "Washington, DC",
            "Washington, DC",
            None,
        ),
        (
            "Smith J. Politics. Cambridge, Massachusetts, 2001.",
            "Politics",
            "Cambridge, Massachusetts",
            "Cambridge, Massachusetts",
            None,
        ),
        (
            "Smith J. Politics. Oxford, England, 2001.",
            "Politics",
            "Oxford, England",
            "Oxford, England",
            None,
        ),
        (
            "Иванов И. История. Казань, Татарстан, 2001.",
            "История",
            "Казань, Татарстан",
            "Казань, Татарстан",
            None,
        ),
        (
            "Smith J. Politics. London, Ontario, 2001.",
            "Politics",
            "London, Ontario",
            "London, Ontario",
            None,
        ),
        (
            "Иванов И. История. Москва, Россия, 2001.",
            "История",
            "Москва, Россия",
            "Москва, Россия",
            None,
        ),
    ],
)
def test_a_place_and_a_publisher_after_its_comma(
    text: str, title: str, imprint: str, place: str, publisher: str | None
) -> None:
    fields = _decode(text, [(title, "title"), (imprint, "publisher-place")])
    assert fields["publisher-place"] == place
    assert fields.get("publisher") == publisher


def test_a_bracketed_imprint_that_opens_with_its_place_keeps_it() -> None:
    text = "Smith J. The Rise of the West (London: privately printed by the author)."
    spans = [("Smith J.", "author"), ("The Rise of the West", "title")]
    assert _decode(text, [*spans, ("London", "publisher-place")])["publisher-place"] == "London"
    # a translation that opens with a place is still no imprint beside the note's own
    text = "Ahmedow A. Moskwa (Moscow: A City of Contrasts and Change). Aşgabat, 1993."
    spans = [("Ahmedow A.", "author"), ("Moskwa", "title"), ("Moscow", "publisher-place")]
    fields = _decode(text, [*spans, ("Aşgabat", "publisher-place"), ("1993", "issued")])
    assert fields["publisher-place"] == "Aşgabat"
    # a bracketed title that opens with a place's name is no imprint either
    text = "“Oýunlar (Happy Days: The Production Notebook)”, Türkmenistan, 2008."
    spans = [("Oýunlar", "title"), ("Happy Days", "publisher-place")]
    assert "publisher-place" not in _decode(text, [*spans, ("Türkmenistan", "container-title")])


@pytest.mark.parametrize(
    ("text", "spans", "publisher"),
    [
        (
            "Токаев К.-Ж. Свет и тень. — М.: Известия, 2008. — 384 с.",
            [
                ("Свет и тень", "title"),
                ("М.", "publisher-place"),
                ("Известия", "container-title"),
                ("2008", "issued"),
            ],
            "Известия",
        ),
        (
            "Olcott, Martha. Kazakhstan. Washington, DC: Carnegie Endowment for Peace, 2002.",
            [
                ("Kazakhstan", "title"),
                ("Washington, DC", "publisher-place"),
                ("Carnegie Endowment for Peace", "container-title"),
                ("2002", "issued"),
            ],
            "Carnegie Endowment for Peace",
        ),
        (
            "Laruelle, M. (2013). Globalizing Central Asia. Armonk, NY: M.E. Sharpe.",
            [
                ("Globalizing Central Asia", "title"),
                ("Armonk, NY", "publisher-place"),
                ("M.E. Sharpe", "editor"),
            ],
            "M.E. Sharpe",
        ),
    ],
)
def test_the_name_after_place_and_colon_is_the_publisher(
    text: str, spans: list[tuple[str, str]], publisher: str
) -> None:
    fields = _decode(text, spans)
    assert fields["publisher"] == publisher
    assert "container-title" not in fields
    assert not fields.get("editor")


def test_a_host_after_place_and_colon_with_its_numbers_stays_the_host() -> None:
    text = "Смит Дж. Статья. М.: Вестник МГУ, 2019, № 4, с. 5–9."
    spans = [("Статья", "title"), ("М.", "publisher-place"), ("Вестник МГУ", "container-title")]
    fields = _decode(text, [*spans, ("2019", "issued"), ("4", "issue")])
    assert fields["container-title"] == "Вестник МГУ"


def test_a_title_run_of_a_publishers_name_after_the_books_title_is_the_publisher() -> None:
    text = "Ercilasun, Ahmet, Türk Dili Tarihi, Akçağ Yay., Ankara 2004, s. 355-360."
    spans = [("Ercilasun, Ahmet", "author"), ("Türk Dili Tarihi", "container-title")]
    spans += [("Akçağ Yay", "title"), ("Ankara", "publisher-place"), ("2004", "issued")]
    fields = _decode(text, spans)
    assert fields["title"] == "Türk Dili Tarihi"
    assert fields["publisher"] == "Akçağ Yay"
    assert "container-title" not in fields


def test_a_title_that_ends_with_a_publishers_word_in_a_journal_stays() -> None:
    text = "Smith J. Freedom of the Press. Journal of Media, 2004, 5(2), 1-9."
    spans = [("Freedom of the Press", "title"), ("Journal of Media", "container-title")]
    fields = _decode(text, [*spans, ("2004", "issued"), ("5", "volume")])
    assert fields["title"] == "Freedom of the Press"


def test_a_known_place_in_brackets_after_a_name_is_the_place() -> None:
    text = "«Правда» (Москва). — 1937. — 12 декабря."
    fields = _decode(text, [("Правда", "author"), ("Москва)", "title"), ("1937", "issued")])
    assert fields["publisher-place"] == "Москва"
    assert fields["title"] == "Правда"
    assert not fields.get("author")


def test_a_bracketed_word_that_is_no_place_stays() -> None:
    text = "Smith J. Energy (Politics). London, 2001."
    fields = _decode(
        text, [("Smith J.", "author"), ("Politics)", "title"), ("London", "publisher-place")]
    )
    assert fields["publisher-place"] == "London"


def test_a_university_named_after_its_city_is_the_publisher() -> None:
    text = "Ercan, F. (2019). Enerji güvenliği [Yüksek lisans tezi, Ankara Üniversitesi]."
    spans = [
        ("Enerji güvenliği", "title"),
        ("Ankara Üniversitesi", "publisher"),
        ("2019", "issued"),
    ]
    fields = _decode(text, spans)
    assert fields["publisher"] == "Ankara Üniversitesi"
    assert "publisher-place" not in fields


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        ("Smith J. Essay. London: Journal of Politics, 2015. P. 4.", "Journal of Politics"),
        ("Kaya A. Makale. Ankara: Bilig Dergisi, 2015, s. 4.", "Bilig Dergisi"),
    ],
)
def test_a_periodicals_name_after_place_and_colon_stays_the_host(text: str, journal: str) -> None:
    title = text.split(". ")[1]
    place = text.split(". ")[2].split(":")[0]
    spans = [(title, "title"), (place, "publisher-place"), (journal, "container-title")]
    fields = _decode(text, [*spans, ("2015", "issued")])
    assert fields["container-title"] == journal
    assert "publisher" not in fields


def test_a_host_and_its_date_read_by_their_fields_are_no_lost_text() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = '"Türkmenistan Prezidenti". Türkmenportal. 2022-03-12. Seredilen senesi: 2023-05-05.'
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert citation.container == "Türkmenportal"
    assert citation.unparsed == ()


def test_a_body_before_the_year_after_the_title_is_the_publisher() -> None:
    text = (
        "Akiner, Shirin. The Formation of Kazakh Identity. Royal Institute of International "
        "Affairs, 1995."
    )
    spans = [("Akiner, Shirin", "author"), ("The Formation of Kazakh Identity", "title")]
    spans += [("Royal Institute of International Affairs", "container-title"), ("1995", "issued")]
    fields = _decode(text, spans)
    assert fields["publisher"] == "Royal Institute of International Affairs"
    assert "container-title" not in fields


def test_a_universitys_journal_before_the_year_stays_the_host() -> None:
    text = "Duran A. Şehirleşme. Fırat Üniversitesi İletişim Fakültesi Dergisi, 2018."
    spans = [("Duran A.", "author"), ("Şehirleşme", "title")]
    spans += [
        ("Fırat Üniversitesi İletişim Fakültesi Dergisi", "container-title"),
        ("2018", "issued"),
    ]
    fields = _decode(text, spans)
    assert fields["container-title"] == "Fırat Üniversitesi İletişim Fakültesi Dergisi"
