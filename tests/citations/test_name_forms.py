"""Names as written into family and given: two-word families beside initials, patronymic
families, run-together Vancouver initials, offices and bodies that sign a work."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.model import Location
from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Майлы ұлы А.", "Майлы ұлы", "А."),  # the initials after a family of two words
        ("Ә. Мұқан ұлы", "Мұқан ұлы", "Ә."),  # … and before it
        ("ТОҒЖАН ҚЫЗЫ Қ.", "ТОҒЖАН ҚЫЗЫ", "Қ."),
        ("van Dijk T. A.", "van Dijk", "T. A."),
        ("Дидара Әуез қызы", "Әуез қызы", "Дидара"),  # a patronymic family, no initials
        ("Ozan Öwez ogly", "Öwez ogly", "Ozan"),
        ("Yakovlev YeV", "Yakovlev", "Ye. V."),  # Vancouver initials with a digraph, spelled
        ("КУЛАГИН МИ", "КУЛАГИН", "МИ"),  # Vancouver with the surname in capitals (or a name)
        ("AKSENOVA NG", "AKSENOVA", "N. G."),  # no vowel: initials beside capitals too
        # unchanged: a two-letter given name is no initial beside a family of two words
        ("Ия Вячеславовна Харитонова", "Харитонова", "Ия Вячеславовна"),
        ("Le J.", "Le", "J."),
        ("A. C. Kozlowski", "Kozlowski", "A. C."),
    ],
)
def test_family_and_given(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    "written",
    ["Kazakh President", "Cumhurbaşkanı Erdoğan", "Посол Турции", "Dışişleri Bakanı",
     "International Crisis Group", "Российская газета", "Қазақстан делегациясы",
     "Ұлттық статистика бюросы", "BBC News", "Federal Bureau of Investigation"],
)  # fmt: skip
def test_an_office_or_body_is_kept_whole(written: str) -> None:
    assert to_name(written).literal == written


def test_vancouver_lists_end_without_an_initials_period() -> None:
    text = "Aslan K, Manço M. Yoğun bakım. Journal. 2020;5(2):1-9."
    fields = decode_labelled(text, [("Aslan K, Manço M.", "author")])
    assert fields["author"] == (to_name("Aslan K"), to_name("Manço M"))
    # with periods after every initial, the last keeps its own
    text = "Иванов И. И., Петров П. П. Заглавие. М., 2001."
    fields = decode_labelled(text, [("Иванов И. И., Петров П. П.", "author")])
    assert fields["author"] == (to_name("Иванов И. И."), to_name("Петров П. П."))


def test_a_videos_channel_is_kept_as_written() -> None:
    note = "Russian Foreign Minister. (2006, July 10). Early Modern Europe. YouTube. https://www.youtube.com/watch?v=3qDRv1fph39"
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.type == "motion_picture"
    assert [n.literal for n in citation.authors] == ["Russian Foreign Minister"]


def test_an_inverted_names_given_names_end_at_their_period() -> None:
    from tests.citations.labelled import decode_labelled

    text = "Cooley, Alexander. Great Games, Local Rules: The New Contest. Oxford: OUP, 2012."
    spans = [
        ("Cooley, Alexander. Great Games", "author"),
        ("Local Rules: The New Contest", "title"),
    ]
    fields = decode_labelled(text, spans)
    assert [str(name) for name in fields["author"]] == ["Cooley, Alexander"]
    assert fields["title"] == "Great Games, Local Rules: The New Contest"


def test_a_period_after_jr_is_inside_the_name() -> None:
    from tests.citations.labelled import decode_labelled

    author = "Smith, John Jr. Adams"
    fields = decode_labelled(
        f"{author}. A Title. London, 2010.", [(author, "author"), ("A Title", "title")]
    )
    assert "Adams" in str(fields["author"])


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Мұхтар Әуезов. Абай жолы. Алматы: Жазушы, 2007.", "Мұхтар Әуезов", "Абай жолы"),
        ("Abai. Book of Words. Almaty: EL-bureau, 2009.", "Abai", "Book of Words"),
        ("Magtymguly. Saýlanan eserler. Aşgabat: Ylym, 1983.", "Magtymguly", "Saýlanan eserler"),
    ],
)
def test_a_known_name_before_a_period_that_opens_the_title_is_the_author(
    text: str, author: str, title: str
) -> None:
    from tests.citations.labelled import decode_labelled

    run = text.split(". ")[0] + ". " + title
    fields = decode_labelled(text, [(run, "title")])
    assert [str(name) for name in fields["author"]] == [author]
    assert fields["title"] == title


def test_a_title_that_opens_with_a_word_no_name_stays() -> None:
    from tests.citations.labelled import decode_labelled

    text = "Kazakhstan. Country Report. London: EIU, 2019."
    fields = decode_labelled(text, [("Kazakhstan. Country Report", "title")])
    assert fields["title"] == "Kazakhstan. Country Report"
    assert not fields.get("author")


@pytest.mark.parametrize(
    ("text", "spans", "names"),
    [
        (
            "Kashgari M. Compendium. Trans. Robert Dankoff and James Kelly. Cambridge, 1982.",
            [("Compendium", "title"), ("James Kelly", "author"), ("Cambridge", "publisher-place")],
            ["Robert Dankoff", "James Kelly"],
        ),
        (
            "René Grousset, Bozkır İmparatorluğu, çev. Ali Kaya ve Veli Demir (İstanbul, 1980).",
            [
                ("René Grousset", "author"),
                ("Bozkır İmparatorluğu", "title"),
                ("Veli Demir", "container-title"),
            ],
            ["Ali Kaya", "Veli Demir"],
        ),
    ],
)
def test_a_list_of_names_after_a_role_word_is_that_roles(
    text: str, spans: list[tuple[str, str]], names: list[str]
) -> None:
    from tests.citations.labelled import decode_labelled

    fields = decode_labelled(text, spans)
    assert [str(name) for name in fields["translator"]] == names
    assert "container-title" not in fields


def test_a_list_the_model_gave_its_role_keeps_every_name() -> None:
    from tests.citations.labelled import decode_labelled

    text = "Гурьев Ф. Т. Статья // Сборник / под ред. А. О. Нестерова, I. Ye. Koroleva. – М., 1970."
    spans = [("Статья", "title"), ("Сборник", "container-title")]
    spans += [("А. О. Нестерова", "editor"), ("I. Ye. Koroleva", "editor")]
    fields = decode_labelled(text, spans)
    assert len(fields["editor"]) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Dr. Emrah Kaya", "Kaya", "Emrah"),
        ("Prof. Dr. Ahmet Yaşar Ocak", "Ocak", "Ahmet Yaşar"),
        ("проф. Иванов И. И.", "Иванов", "И. И."),
    ],
)
def test_an_academic_title_is_no_part_of_the_name(written: str, family: str, given: str) -> None:
    from citekit.citations.names import to_name

    name = to_name(written)
    assert (name.family, name.given) == (family, given)
    assert str(name) == written  # kept as written


def test_a_title_alone_stays_a_name() -> None:
    from citekit.citations.names import to_name

    assert to_name("Dr.").literal == "Dr."


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("S. Frederick Starr", "Starr", "S. Frederick"),  # an initial, a given name, the family
        ("H. Ross Perot", "Perot", "H. Ross"),
        ("J. Paul Getty", "Getty", "J. Paul"),
        ("B. Öztürk Can", "Öztürk Can", "B."),  # no given name first: a family of two words
        ("A. Baitursyn Uly", "Baitursyn Uly", "A."),  # a family suffix closes one
        ("К. Д. Кононова", "Кононова", "К. Д."),
    ],
)
def test_initials_then_a_given_name_then_the_family(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("Erica Marat", "Marat"),  # a common given name first: direct order
        ("Fiona Hill", "Hill"),
        ("Tazhin Marat", "Tazhin"),  # no given name first: family first
    ],
)
def test_a_given_name_first_keeps_the_direct_order(written: str, family: str) -> None:
    assert to_name(written).family == family
