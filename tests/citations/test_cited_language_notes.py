"""Notes that cite German and French works (session 15), as Russian GOST, Turkish İSNAD,
Chicago and German or French editors write them: the German and French note words
(`Bd.`, `Nr.`, `3. Aufl.`, `hrsg. von`, `Ebd.`, `a.a.O.`, `n°`, `2e éd.`, `trad. par`,
`consulté le`), an inverted name closed by a colon (`Kreiser, Klaus: …`), and the titles'
language. The notes are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, NoteKind, PartialDate
from tests.citations.parsed import first_citation as _first


def test_a_gost_note_with_german_volume_and_page_words() -> None:
    found = _first(
        "Menges K. H. Die türkischen Sprachen Südsibiriens // Central Asiatic Journal. 1956."
        " Bd. 2. S. 12–25."
    )
    assert found.title == "Die türkischen Sprachen Südsibiriens"
    assert found.container == "Central Asiatic Journal"
    assert (found.volume, found.page) == ("2", "12–25")
    assert found.language == "de"


def test_a_german_issue_word() -> None:
    found = _first("Halbach U. Das Kaspische Becken // Osteuropa. 2001. Nr. 4. S. 415–430.")
    assert (found.issue, found.page) == ("4", "415–430")


@pytest.mark.parametrize(
    "text",
    [
        "Gabain, Annemarie von, „Alttürkische Grammatik“, 3. Aufl., Wiesbaden: Harrassowitz,"
        " 1974, S. 12.",
        "Gabain A. von. Alttürkische Grammatik. 3. Aufl. Wiesbaden: Harrassowitz, 1974. S. 58.",
    ],
)
def test_a_german_edition_with_its_number(text: str) -> None:
    found = _first(text)
    assert found.edition == "3"
    assert found.title == "Alttürkische Grammatik"


def test_a_french_edition_with_its_ordinal_letters() -> None:
    found = _first(
        "Bennigsen, Alexandre, Les Tatars de Crimée, 2e éd., Paris, Éditions de l’EHESS,"
        " 1978, p. 14."
    )
    assert found.title == "Les Tatars de Crimée"
    assert found.edition == "2e"


def test_a_century_is_no_volume() -> None:
    # `c.` is Turkish `cilt`, but a number with its ordinal letters is an edition's only
    found = _first("Smith J. Steppe Empires (19th c.). London: Routledge, 2015. P. 12.")
    assert found.volume is None


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Kreiser, Klaus: Der Osmanische Staat 1300–1922, München: Oldenbourg, 2001, S. 23.",
            "Kreiser, Klaus",
            "Der Osmanische Staat 1300–1922",
        ),
        (  # the model read the whole name as the title's: a known given name tells it
            "Kappeler, Andreas: Russland als Vielvölkerreich. München: Beck, 1992, S. 120.",
            "Kappeler, Andreas",
            "Russland als Vielvölkerreich",
        ),
        (
            "Vgl. Babinger, Franz: Mehmed der Eroberer und seine Zeit. München 1953, S. 120.",
            "Babinger, Franz",
            "Mehmed der Eroberer und seine Zeit",
        ),
        (
            "Spuler, Bertold: Die Goldene Horde. Die Mongolen in Rußland 1223–1502. 2. Aufl."
            " Wiesbaden: Harrassowitz, 1965, S. 78.",
            "Spuler, Bertold",
            "Die Goldene Horde. Die Mongolen in Rußland 1223–1502",
        ),
    ],
)
def test_an_inverted_name_closed_by_a_colon_keeps_its_given_names(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert [str(n) for n in found.authors] == [author]
    assert found.title == title


def test_an_editor_after_hrsg_von_in_a_host() -> None:
    found = _first(
        "Baumann R. Die Kasachen // Handbuch der Geschichte Russlands / hrsg. von M. Hellmann."
        " Stuttgart: Hiersemann, 1983. Bd. 3. S. 1210."
    )
    assert [str(n) for n in found.authors] == ["Baumann R."]
    assert [str(n) for n in found.editors] == ["M. Hellmann"]


def test_a_translator_after_trad_par_before_the_place() -> None:
    found = _first(
        "Barthold, V. V., Histoire des Turcs d’Asie centrale, trad. par M. Donskis, Paris,"
        " Adrien-Maisonneuve, 1945, p. 56."
    )
    assert [str(n) for n in found.translators] == ["M. Donskis"]
    assert found.title == "Histoire des Turcs d’Asie centrale"


def test_a_translator_after_uebers_von() -> None:
    found = _first(
        "Lewis, Bernard: Die Welt der Ungläubigen, übers. von Liselotte Julius, Frankfurt am"
        " Main: Propyläen, 1983, S. 66."
    )
    assert [str(n) for n in found.translators] == ["Liselotte Julius"]
    assert found.publisher_place == "Frankfurt am Main"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ebd., S. 122.", NoteKind.IBID),
        ("Ebenda, S. 124.", NoteKind.IBID),
        ("Kappeler, a.a.O., S. 131.", NoteKind.OPCIT),
    ],
)
def test_german_repeat_words(text: str, kind: NoteKind) -> None:
    loc = Location(path="t")
    first = parse_note(
        1, "Kappeler, Andreas: Russland als Vielvölkerreich. München 1992, S. 120.", location=loc
    )
    note = resolve_references([first, parse_note(2, text, location=loc)])[-1]
    assert note.kind == kind
    assert note.refers_to == 1


def test_a_french_access_date() -> None:
    found = _first(
        "Laruelle, Marlène, « Kazakhstan : la construction d’une nation », Hérodote, n° 129,"
        " 2008, p. 60-79, consulté le 12 mars 2021."
    )
    assert found.accessed == PartialDate(2021, 3, 12)
    assert found.issue == "129"


def test_a_german_access_date() -> None:
    found = _first(
        "Die Seidenstraße im 21. Jahrhundert // Frankfurter Allgemeine Zeitung. URL:"
        " https://www.faz.net/aktuell/wirtschaft/seidenstrasse-12345.html (abgerufen am"
        " 03.05.2020)."
    )
    assert found.accessed == PartialDate(2020, 5, 3)
    assert found.language == "de"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Roux, Jean-Paul, Histoire des Turcs, Paris: Fayard, 2000, p. 123.", "fr"),
        ("Carrère d’Encausse H. L’Empire éclaté. Paris: Flammarion, 1978. P. 56.", "fr"),
        (
            "Kappeler A. Russland als Vielvölkerreich. Entstehung, Geschichte, Zerfall."
            " München: C.H. Beck, 1992. S. 120.",
            "de",
        ),
        # a short English title in a Turkish journal: no German without German evidence
        (
            "Şahin, A. (2016). Swift. Süleyman Demirel Üniversitesi Hukuk Fakültesi Dergisi,"
            " 22(2), 113-135.",
            "en",
        ),
    ],
)
def test_a_cited_works_language(text: str, language: str) -> None:
    assert _first(text).language == language


@pytest.mark.parametrize(
    ("text", "extent", "page"),
    [
        (
            "Barthold W. Zwölf Vorlesungen über die Geschichte der Türken Mittelasiens. Berlin:"
            " Deutsche Gesellschaft für Islamkunde, 1935. 270 S.",
            "270",
            None,
        ),
        ("Roy O. La nouvelle Asie centrale. Paris: Seuil, 1997. – 323 p.", "323", None),
        # after a comma, a hand-written note's number with its word is the cited page
        ("Atajanow A. Kitap, Aşgabat: Ylym, 1990, 45 sah.", None, "45"),
    ],
)
def test_a_books_extent_in_its_own_area(text: str, extent: str | None, page: str | None) -> None:
    found = _first(text)
    assert found.number_of_pages == extent
    assert found.page == page


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Gabain A. von. Alttürkische Grammatik. Leipzig: Harrassowitz, 1941. S. 58.",
            "Gabain A. von",
            "Alttürkische Grammatik",
        ),
        (
            "Leeuw C. van der. Oil and Gas in the Caucasus and Caspian. London: Curzon, 2000."
            " P. 12.",
            "Leeuw C. van der",
            "Oil and Gas in the Caucasus and Caspian",
        ),
    ],
)
def test_a_particle_after_the_initials_is_the_names(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert [str(n) for n in found.authors] == [author]
    assert found.title == title


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Roy, O. (1997). La nouvelle Asie centrale ou la fabrication des nations. Seuil.",
            "La nouvelle Asie centrale ou la fabrication des nations",
            "Seuil",
        ),
        ("Yılmaz, A. (2010). Orta Asya tarihi. Ötüken.", "Orta Asya tarihi", "Ötüken"),
        (
            "Mantran, R. (Ed.). (1989). Histoire de l’Empire ottoman. Fayard.",
            "Histoire de l’Empire ottoman",
            "Fayard",
        ),
    ],
)
def test_an_author_date_books_publisher_closes_it(text: str, title: str, publisher: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.publisher == publisher


def test_an_author_date_titles_last_sentence_with_a_volume_word_stays() -> None:
    # `Cilt` is a volume's word: no publisher's name
    found = _first("Yılmaz, A. (2010). Orta Asya tarihi. Cilt.")
    assert found.publisher is None
