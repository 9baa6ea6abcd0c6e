"""Names with run-together initials (Vancouver's `Smith JA`, `Иванов ИИ`) keep every initial
in the styles that initialize given names; a newspaper's day is printed where the style asks
for it (GOST 7.0.100-2018), not where it asks for the year alone (GOST 7.0.5-2008)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.model import Citation, Location, PartialDate
from citekit.styles import format_bibliography


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Smith JA", "Smith", "J. A."),  # Vancouver, PubMed
        ("Smith, JA", "Smith", "J. A."),
        ("Иванов ИИ", "Иванов", "И. И."),
        ("Сейітов ММ", "Сейітов", "М. М."),
        ("Yılmaz ŞA", "Yılmaz", "Ş. A."),
        ("Wang YeV", "Wang", "Ye. V."),  # a digraph's initial (Yevgeny)
        ("Kim AY", "Kim", "A. Y."),
        ("Tolkien JRR", "Tolkien", "J. R. R."),
        ("Tarasova GYu", "Tarasova", "G. Yu."),
        ("Кудряшов ИЯ", "Кудряшов", "И. Я."),
        ("JK Rowling", "Rowling", "J. K."),
        ("SMITH JK", "SMITH", "J. K."),  # all in capitals, the given name has no vowel
    ],
)
def test_run_initials_are_spelled(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given, name.written) == (family, given, written)


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Louis XIV", "Louis", "XIV"),  # a regnal number
        ("ZHANG LI", "ZHANG", "LI"),  # a whole name in capitals: a given name of two letters
        ("ÖZTÜRK ALİ", "ÖZTÜRK", "ALİ"),
        ("Smith JoAn", "Smith", "JoAn"),
        ("Ercan CAN", "Ercan", "CAN"),  # a family in capitals of three letters with a vowel
        ("Mehmet AK", "Mehmet", "AK"),  # … or of two after a known given name
        ("Aslan K", "Aslan", "K."),
        ("Kaya A. B.", "Kaya", "A. B."),
        ("Al Gore", "Gore", "Al"),
    ],
)
def test_names_are_not_initials(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert given in (name.family, name.given)
    assert family in (name.family, name.given)


@pytest.mark.parametrize(
    ("note", "names"),
    [
        (
            "Smith JA, Jones MB. Effects of aspirin on stroke. Lancet. 2010;375(9720):1234-40.",
            [("Smith", "J. A."), ("Jones", "M. B.")],
        ),
        (
            "Иванов ИИ, Петров АА. Лечение гипертонии. Кардиология. 2015;55(3):12-18.",
            [("Иванов", "И. И."), ("Петров", "А. А.")],
        ),
        (
            "Kaya AB, Demir C, Yıldız ŞN. Diyabetli hastalarda yaşam kalitesi. "
            "Türk Aile Hek Derg. 2018;22(1):10-7.",
            [("Kaya", "A. B."), ("Demir", "C."), ("Yıldız", "Ş. N.")],
        ),
        (
            "Smith JA, Jones M. Effects of aspirin on stroke. Lancet. 2010;375(9720):1234-40.",
            [("Smith", "J. A."), ("Jones", "M.")],
        ),
    ],
)
def test_vancouver_lists(note: str, names: list[tuple[str, str]]) -> None:
    parsed = parse_note(1, note, location=Location(path="notes.txt", line=1))
    authors = parsed.citations[0].authors
    assert [(a.family, a.given) for a in authors] == names


def _article(*written: str, language: str = "en") -> Citation:
    return Citation(
        type="article-journal",
        title="Effects of aspirin",
        authors=tuple(to_name(w) for w in written),
        container="Lancet",
        issued=PartialDate(2010),
        page="12-18",
        language=language,
    )


@pytest.mark.parametrize(
    ("style", "written", "expected"),
    [
        ("gost-r-7-0-5-2008", ("Smith JA", "Li Y"), "Smith J. A., Li Y."),
        ("gost-r-7-0-5-2008", ("Иванов ИИ",), "Иванов И. И."),
        ("gost-r-7-0-100-2018-numeric-alphabetical", ("Ершов ВА",), "Ершов, В. А."),
        ("chicago-notes-bibliography", ("Smith JA", "Ng L"), "Smith, J. A., and L. Ng."),
        ("apa", ("Smith JA", "Jones MB"), "Smith, J. A., & Jones, M. B."),
        ("isnad-dipnotlu", ("Yılmaz ŞA",), "Yılmaz, Ş. A."),
    ],
)
def test_styles_keep_every_initial(style: str, written: tuple[str, ...], expected: str) -> None:
    language = "ru" if written[0][0] in "ИЕ" else "en"
    (entry,) = format_bibliography([_article(*written, language=language)], style=style)
    assert expected in entry.replace("\u00a0", " ")


def _newspaper(language: str, title: str, paper: str) -> Citation:
    return Citation(
        type="article-newspaper",
        title=title,
        authors=(to_name("Иванов И. И."),),
        container=paper,
        issued=PartialDate(2014, 3, 5),
        page="3",
        language=language,
    )


@pytest.mark.parametrize(
    ("language", "title", "paper", "pages", "day"),
    [
        ("ru", "Новый закон", "Известия", "С. 3", "5 марта"),
        ("kk", "Жаңа заң", "Егемен Қазақстан", "Б. 3", "5 нау"),
    ],
)
def test_newspaper_day_as_the_style_asks(
    language: str, title: str, paper: str, pages: str, day: str
) -> None:
    item = _newspaper(language, title, paper)
    # GOST 7.0.5-2008 as published (its `year-date` macro: the year alone) prints no day
    (short,) = format_bibliography([item], style="gost-r-7-0-5-2008")
    assert f"{title} // {paper}. 2014. {pages}." in short
    # GOST 7.0.100-2018 asks for a newspaper's day and month after its year
    (full,) = format_bibliography([item], style="gost-r-7-0-100-2018-numeric-alphabetical")
    full = full.replace("\u00a0", " ")
    assert f"{paper}. – 2014. – {day}. – {pages}." in full
