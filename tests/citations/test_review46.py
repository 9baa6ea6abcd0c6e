"""Defects a review of session 45's parser changes found (session 46): each note read as
before those changes, or better."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.pasted import unpasted
from citekit.citations.versions import version_of
from citekit.model import Citation, Location
from tests.linear import assert_linear


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("https://www.gov.kz/memleket/entities/mfa-\nastana/press", "mfa-astana"),
        ("DOI: 10.1080/abc-\ndef.2020", "10.1080/abc-def.2020"),
        ("John Smith, “Pre- or post-war Britain,” Past and Present 12 (1990).", "Pre- or"),
        ("John Smith, Two- to Three-Year Olds (London: Penguin, 1999), 12.", "Two- to"),
        ("Иванов И. И. Русско- или англоязычные издания. М., 1990.", "Русско- или"),
        ("Иванов И. И. История России в конце XIX- начале XX века. М., 2001.", "XIX- начале"),
        ("Yılmaz A. Sosyal- veya ekonomik değişim. Ankara, 2000.", "Sosyal- veya"),
        ("2Pac: A Biography. New York: Atria, 2003.", "2Pac"),
        ("1Corinthians in Context. London, 2001.", "1Corinthians"),
    ],
)
def test_what_pasting_leaves_undone_keeps_what_was_written(text: str, kept: str) -> None:
    assert kept in unpasted(text)


def test_a_glued_note_number_still_goes() -> None:
    assert unpasted("3Ahmet Davutoğlu, Stratejik Derinlik, 2001.").startswith("Ahmet")


def test_a_version_search_is_linear_in_white_space() -> None:
    """A run of spaces after a period: doubling it doubles the work (no split of the run is
    tried twice over)."""
    assert_linear(lambda n: "Smith J. Title." + " " * n + "x", version_of, 8_000)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Smith, A.L.: The Stuart Age, 1603–1714. Longman, London (1990)", "A.L."),
        ("Smith, J.P.: Machine Learning. Springer, 2005.", "J.P."),
        ("Иванов А.Л.: Очерки истории, 1900–1917 гг. Наука, 1990.", "А.Л."),
    ],
)
def test_initials_before_a_colon_are_no_abbreviated_place(text: str, given: str) -> None:
    c = _one(text)
    assert c.authors[0].given == given
    assert c.publisher_place not in ("L.", "P.", "Л.")


@pytest.mark.parametrize(
    "text",
    [
        "Halil İnalcık, “Rapor [Report],” Belleten 45 (1981): 12–20.",
        "Ахметов А. Есеп [Отчёт] // Қазақ тарихы. 2010. № 4. Б. 12–18.",
    ],
)
def test_a_translated_title_in_square_brackets_names_no_type(text: str) -> None:
    assert _one(text).type == "article-journal"


def test_a_capitalised_particle_may_be_a_given_name() -> None:
    c = _one("Van Jones, Rebuild the Dream (New York: Nation Books, 2012), 45.")
    assert c.authors[0].family == "Jones"
    assert c.authors[0].given == "Van"


def test_an_archive_leaf_is_no_papers_page() -> None:
    assert _one("Дневник Иванова. 1938. 3 марта. Л. 12.").type != "article-newspaper"


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ("Правда. 1938. 3 марта. С. 3, стб. 2–3.", "стб. 2–3"),
        ('Smith, "Riots", The Times, 4 May 1926, p. 13, cols. 2–3.', "cols. 2–3"),
    ],
)
def test_a_column_range_is_reported_whole(text: str, column: str) -> None:
    assert _one(text).unparsed == (column,)


def test_a_column_is_reported_once() -> None:
    assert _one("Smith J. Title. London, 1990. P. 12, 2 col.").unparsed == ("2 col.",)


def test_a_version_in_a_journal_articles_title_stays_there() -> None:
    c = _one("Иванов И. И. Биография, версия 2 // Вопросы истории. 2001. № 3. С. 4.")
    assert c.title == "Биография, версия 2"
    assert not c.extra


@pytest.mark.parametrize("text", ["O’Brien J.İnsan", "'\xa0М.Ver.Ahbâri\x00И. И.Ў "])
def test_odd_notes_read_without_an_error(text: str) -> None:
    parse_note(1, text, location=Location(path="t"))


def test_a_title_in_a_language_without_data_reads_without_an_error() -> None:
    parse_note(
        1,
        "[Data set] Ð бб.ǅPressvan\ufeff2005 https://x.org/a-( 13 though» \t3\x1bAct (R package "
        "version 1.1.4) İnsan thoughop. cit. 12 ’l-Hüseyn &#0;Kebikeç",
        location=Location(path="t"),
    )


def test_a_sentence_case_title_quoting_a_name_after_its_colon_is_whole() -> None:
    text = (
        "Türkiye’de köy enstitüleri ve eğitim politikası üzerine bir değerlendirme: “Köy "
        "Enstitüleri” tartışması. Ankara: TTK, 2005."
    )
    c = _one(text)
    assert c.title is not None
    assert c.title.startswith("Türkiye’de köy enstitüleri")
    assert c.title.endswith("tartışması")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Kaya A. Türkiye ve Alman-\nya İlişkileri. Ankara: Ötüken, 2001.", "Almanya"),
        ("Smith J. Canada. Toronto: University of Toron-\nto Press, 2001.", "Toronto Press"),
    ],
)
def test_a_word_ending_like_an_or_word_is_joined(text: str, joined: str) -> None:
    assert joined in unpasted(text)


def test_a_doi_with_its_prefix_keeps_its_hyphen() -> None:
    assert "10.1000/abc-def" in unpasted("Smith, J. (2020). Title. doi:10.1000/abc-\ndef")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Smith, J. (2020). Energy security in Central Asia [Report]. Brookings Institution.",
            "report",
        ),
        (
            "Smith, J. (2020, May 3). Why oil matters. Energy Notes [Blog]. "
            "https://energynotes.com/why",
            "post-weblog",
        ),
    ],
)
def test_apa_descriptions_in_capitals_still_type_the_item(text: str, kind: str) -> None:
    assert _one(text).type == kind


def test_a_cited_page_leaves_the_version_read() -> None:
    c = _one(
        "World Bank, Kazakhstan Country Economic Memorandum (Version 2) (Washington, DC: World "
        "Bank, 2022), 45."
    )
    assert c.title == "Kazakhstan Country Economic Memorandum"
    assert ("version", '"2"') in c.extra


@pytest.mark.parametrize(
    "text",
    [
        "Fieldnotes: The Makings of Anthropology, ed. Roger Sanjek (Ithaca: Cornell University "
        "Press, 1990), 45.",
        "Полевые материалы по этнографии казахов / под ред. А. Б. Иванова. – Алматы: Ғылым, 1985.",
        "Saha notları: Anadolu’da halk kültürü. Ankara: Kültür Bakanlığı, 1995.",
    ],
)
def test_a_published_book_named_for_field_notes_is_a_book(text: str) -> None:
    assert _one(text).type == "book"


def test_a_short_forms_given_name_spelt_like_a_particle_stays_given() -> None:
    c = _one("Al Gore, An Inconvenient Truth, 45.")
    assert (c.authors[0].family, c.authors[0].given) == ("Gore", "Al")


def test_a_body_named_like_a_pinpoint_opening_the_note_stays() -> None:
    c = _one(
        "Article 19. (2021). Kazakhstan: Journalists detained. "
        "https://www.article19.org/resources/kazakhstan/"
    )
    assert "Article 19" not in c.unparsed


@pytest.mark.parametrize("space", [" ", "\u00a0", "  "])
def test_an_unpublished_description_reads_alike_whatever_its_spaces(space: str) -> None:
    text = (
        f"Ahmet Kemal ÖZTÜRK, “Trabzon Köylerinde Düğün Gelenekleri” (Yayımlanmamış el{space}"
        "yazması, Trabzon, 1965), s. 23-25."
    )
    assert _one(text).type == "manuscript"


def test_a_review_search_is_linear_in_white_space() -> None:
    """A run of spaces before `//`: doubling it doubles the work."""
    from citekit.citations.reviews import gost_review

    assert_linear(lambda n: "Аксёнов В. Б." + " " * n + "x // Вопросы истории.", gost_review, 8_000)


@pytest.mark.parametrize("text", ["&#00;", "&#xD800; Title", "Smith, &#1; Title, 2001."])
def test_a_reference_naming_no_character_stays_as_written(text: str) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.text == text
    for c in note.citations:
        assert c.raw in text


@pytest.mark.parametrize(
    "text",
    [
        "&#40;",
        "Smith J. Sustain-\nability of things. London, 2001; Jones K. Pub-\nlishing now. Paris, "
        "2002.",
        "Smith, &quot;Title&quot;, Journal 5 (2001): 3.",
        "â€œWomen in Powerâ€\x9d, Journal, 2001.",
    ],
)
def test_a_citations_raw_text_is_a_piece_of_the_note_as_written(text: str) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.citations
    for c in note.citations:
        assert c.raw in text


def test_reading_raw_texts_back_is_linear_in_pasted_damage() -> None:
    """Many joined breaks: doubling them doubles the work of finding the raw texts."""
    assert_linear(
        lambda n: "Smith J. " + "Sustain-\nability " * n + "of things. London, 2001.",
        lambda t: parse_note(1, t, location=Location(path="t")),
        200,
    )
