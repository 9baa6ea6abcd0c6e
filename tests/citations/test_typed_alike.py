"""The same note typed as another site types it gives the same fields: the quote marks round
a publisher's name, the dash between İSNAD's inverted names, `№5` or `№ 5`, a space before a
comma, white space in the type rules, a closing period (benchmarks/perturbations.py measures
the rest). The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.fields import parse_citation
from citekit.citations.tagger.tokens import as_read, tokenize


def _fields(text: str) -> dict[str, object]:
    c = parse_citation(text)
    return {
        "title": c.title,
        "container": c.container,
        "publisher": c.publisher,
        "place": c.publisher_place,
        "authors": [str(a) for a in c.authors],
        "issue": c.issue,
        "type": c.type,
    }


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("Ахметов Қ. Дала әуендері. Алматы, “Жазушы”, 1987, 45 б.", "Жазушы", "Алматы"),
        ('Ахметов Қ. Дала әуендері. Алматы: "Жазушы", 1987. 210 б.', "Жазушы", "Алматы"),
        ("Сейітов Б. “Көне жырлар”. Астана, “Фолиант”, 2011 жыл.", "Фолиант", "Астана"),
        ("Петров В. Очерки степи. — Москва: “Наука”, 1975. — 180 с.", "Наука", "Москва"),
    ],
)
def test_a_quoted_publisher_between_place_and_year_by_any_quote_marks(
    text: str, publisher: str, place: str
) -> None:
    c = parse_citation(text)
    assert (c.publisher, c.publisher_place) == (publisher, place)
    guillemets = text.replace("“", "«").replace("”", "»")
    assert _fields(guillemets)["publisher"] == publisher


def test_a_quoted_periodical_with_its_issue_stays_the_host() -> None:
    c = parse_citation("Абаев Н. Жаңа кезең // “Ақиқат”, 2015, № 4. 12–18 б.")
    assert c.publisher is None
    assert c.issue == "4"


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_inverted_names_after_any_spaced_dash_stay_whole(dash: str) -> None:
    text = f"Begliýew, Yhlas {dash} Annageldiýew, Myrat. Söwda ýollary. Aşgabat: Ylym, 1990."
    assert _fields(text)["authors"] == ["Begliýew, Yhlas", "Annageldiýew, Myrat"]


def test_a_laws_number_glued_to_its_sign_is_no_issue() -> None:
    spaced = "«Білім туралы» Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319 Заңы."
    glued = spaced.replace("№ 319", "№319")
    assert parse_citation(glued).issue is None
    assert _fields(glued) == _fields(spaced)


def test_an_issue_that_ends_the_note_without_its_period() -> None:
    text = "Ýazgylar barada // Türkmenistan. 2009. № 212"
    assert parse_citation(text).issue == "212"
    assert parse_citation(text + ".").issue == "212"


def test_a_comma_after_a_space_reads_as_a_comma() -> None:
    tokens = tokenize("Caro , D. H. Title , 2017")
    read = as_read(tokens)
    assert [t.text for t in read] == [t.text for t in tokens]
    assert read[1].start == tokens[0].end
    assert read[7].start == tokens[6].end
    assert as_read(tokenize("Caro, D.")) == tokenize("Caro, D.")


def test_white_space_in_the_note_does_not_change_its_type() -> None:
    plain = "Erica Lawson, “Steppe Economic Integration”, 202-221."
    assert _fields(plain.replace(" ", "\u00a0")) == _fields(plain)
    assert _fields(plain.replace(" “", "  “")) == _fields(plain)


@pytest.mark.parametrize(
    "text",
    [
        "См. такжe: Алиев Р. Степные города // Вестник КазНУ. 2012. № 3. С. 10–15.",
        "Cм. Алиев Р. Степные города // Вестник КазНУ. 2012. № 3. С. 10–15.",
    ],
)
def test_a_see_word_typed_with_a_latin_twin_letter_is_the_prefix(text: str) -> None:
    clean = "См. также: Алиев Р. Степные города // Вестник КазНУ. 2012. № 3. С. 10–15."
    assert _fields(text)["title"] == _fields(clean)["title"] == "Степные города"


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_place_after_gosts_dash_of_any_kind_is_the_place(dash: str) -> None:
    text = f"Оспанов Т. Жыр // Ақын мұрасы: жинақ {dash} Өскемен, 1981. {dash} Б. 12–18."
    c = parse_citation(text)
    assert (c.container, c.publisher_place) == ("Ақын мұрасы: жинақ", "Өскемен")


@pytest.mark.parametrize("quote", ['"{}"', "«{}»", "“{}”"])
def test_initials_before_a_quoted_title_stay_the_authors(quote: str) -> None:
    title = quote.format("Көне түркі жазбалары")
    c = parse_citation(f"Сейітов Б. Т. {title} // Тіл мен әдебиет. 2004. № 2. Б. 4–9.")
    assert [str(a) for a in c.authors] == ["Сейітов Б. Т."]
    assert c.title == "Көне түркі жазбалары"


def test_given_names_before_a_straight_quoted_title_stay_the_authors() -> None:
    c = parse_citation('Мұратов, Серік. "Қыз Жібек" жырының нұсқалары. Қарағанды, 1990.')
    assert [str(a) for a in c.authors] == ["Мұратов, Серік"]
    assert c.title is not None
    assert c.title.startswith('"Қыз Жібек"')


@pytest.mark.parametrize(
    "designation", ["", " [Электронный ресурс]", " [Электрондық ресурс]", " [Интернет]"]
)
def test_gosts_material_designation_is_no_part_of_the_title(designation: str) -> None:
    text = (
        f"Ескендиров М. Г. Развитие культуры в 1980-е гг.{designation} / М. Г. Ескендиров"
        " // Вестник ВКГУ. 2015. № 3. URL: http://vestnik.vkgu.kz/a/15"
    )
    assert parse_citation(text).title == "Развитие культуры в 1980-е гг."


@pytest.mark.parametrize("quote", ["«{}»", "“{}”", '"{}"'])
def test_a_site_after_a_quoted_title_cited_by_its_access_date_is_no_place(quote: str) -> None:
    title = quote.format("Ашхабад готовится к выставке")
    c = parse_citation(f"{title}, Orient, (дата обращения: 12.03.2023).")
    assert (c.container, c.publisher_place) == ("Orient", None)


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_isnads_heading_of_dashed_inverted_names_is_the_authors(dash: str) -> None:
    text = (
        f"Kara, Mehmet {dash} Yıldız, Ayşe {dash} Demir, Ali. Orta Asya Tarihi."
        " Ankara: Akçağ Yayınları, 2015."
    )
    c = parse_citation(text)
    assert [str(a) for a in c.authors] == ["Kara, Mehmet", "Yıldız, Ayşe", "Demir, Ali"]
    assert c.publisher_place == "Ankara"


@pytest.mark.parametrize("quote", ["«{}»", "“{}”", '"{}"'])
def test_a_gost_heading_s_title_before_the_imprint(quote: str) -> None:
    publisher = quote.format("Жазушы")
    c = parse_citation(f"Жұмабаев М. Шығармалары. Алматы, {publisher}, 1989.")
    assert (c.title, c.publisher, c.publisher_place) == ("Шығармалары", "Жазушы", "Алматы")
    assert [str(a) for a in c.authors] == ["Жұмабаев М."]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_titles_last_word_before_a_known_place_is_the_titles(dash: str) -> None:
    c = parse_citation(f"Степные крепости. Очерки 1730{dash}1850. Справочник М., 2003. С. 46.")
    assert c.publisher_place == "М."
    assert c.title is not None
    assert c.title.endswith("Справочник")
