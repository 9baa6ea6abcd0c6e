"""What a repeated citation points at, and remarks that name no source (session 19): an op.
cit. that names its note (`Roy, supra note 1, at 60`), an op. cit.'s author found in an
earlier note's prose in another case (`в монографии Н. А. Абдирова`) or with other marks
(`Гумилёв`), an author parted from a short title by a comma, "the same author" opening a note,
and remarks with a year inside a sentence, a role's signature or a person's initials. The
notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import classify, parse_note, resolve_references
from citekit.citations.pointers import pointed_note, spelled_alike, written_in
from citekit.model import Location, Note, NoteKind

_LOC = Location(path="t")


def _notes(*texts: str) -> list[Note]:
    return resolve_references([parse_note(i + 1, t, location=_LOC) for i, t in enumerate(texts)])


_ROY = "Olivier Roy, The New Central Asia (London: I.B. Tauris, 2000), 52."
_OLCOTT = "Martha Brill Olcott, Kazakhstan: Unfulfilled Promise (Washington: Carnegie, 2002), 10."


def test_supra_note_points_at_the_note_it_names() -> None:
    notes = _notes(_ROY, _OLCOTT, "Ibid., 12.", "Supra note 1.")
    assert notes[-1].kind is NoteKind.OPCIT
    assert notes[-1].refers_to == 1


def test_an_author_before_supra_note_and_the_page_after_at() -> None:
    last = _notes(_ROY, _OLCOTT, "Roy, supra note 1, at 60.")[-1]
    assert (last.kind, last.refers_to, last.page) == (NoteKind.OPCIT, 1, "60")
    assert [str(a) for a in last.citations[0].authors] == ["Roy"]


def test_a_note_number_of_no_earlier_note_is_not_followed() -> None:
    last = _notes(_ROY, "Roy, supra note 7, at 3.")[-1]
    assert last.refers_to == 1  # by its author, as with no number


@pytest.mark.parametrize(
    ("upto", "rest", "expected"),
    [
        ("Roy, supra note", " 3, at 5.", (3, ", at 5.")),
        ("Smith, op. cit.", ", n. 4, p. 7.", (4, ", p. 7.")),
        ("Smith, op. cit.", ", p. 7.", None),  # a page, no note
        ("Иванов И. И. Указ. соч.", " С. 5.", None),
    ],
)
def test_the_note_an_op_cit_names(upto: str, rest: str, expected: tuple[int, str] | None) -> None:
    assert pointed_note(upto, rest) == expected


def test_an_op_cit_finds_its_author_declined_in_an_earlier_notes_prose() -> None:
    notes = _notes(
        "Подробнее об этом см. в монографии Н. А. Абдирова «Завоевание Сибири» (Алматы, 2000).",
        "Петров П. П. Степь и город. М., 1999. С. 7.",
        "Абдиров Н. А. Указ. соч. С. 20.",
    )
    assert notes[-1].refers_to == 1


@pytest.mark.parametrize(
    ("surname", "text", "found"),
    [
        ("абдиров", "в монографии Н. А. Абдирова «Завоевание»", True),
        ("әуезов", "М. Әуезовтің «Абай жолы» романында", True),
        ("абдиров", "Абдированов Б. Очерки. М., 2001.", False),  # another name
    ],
)
def test_a_surname_written_in_a_case(surname: str, text: str, found: bool) -> None:
    assert written_in(surname, text) is found


def test_surnames_are_compared_without_marks() -> None:
    notes = _notes(
        "Гумилёв Л. Н. Древние тюрки. М., 1967. С. 45.",
        "Петров П. П. Степь и город. М., 1999. С. 7.",
        "Гумилев Л. Н. Указ. соч. С. 50.",
    )
    assert notes[-1].refers_to == 1


@pytest.mark.parametrize(
    ("first", "repeat"),
    [
        (
            "Nurpeisov K. Dala tarikhy. Almaty: Gylym, 2004. B. 12.",
            "Нурпеисов К. Указ. соч. С. 30.",
        ),
        ("Shcherbakova O. Step' i gorod. SPb., 2011.", "Щербакова О. Указ. соч. С. 8."),
        ("Аристов Н. А. Заметки. СПб., 1896. С. 4.", "Aristov, op. cit., p. 9."),
        ("Васильев В. Очерки. М., 1990.", "Vasilyev, op. cit., 17."),  # vowels romanized apart
    ],
)
def test_an_op_cit_finds_its_author_written_in_the_other_script(first: str, repeat: str) -> None:
    notes = _notes(first, "Петров П. П. Степь и город. М., 1999. С. 7.", repeat)
    assert notes[-1].refers_to == 1


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("жумабаев", "zhumabaev", True),
        ("ахметов", "ahmedov", False),  # another consonant, another name
        ("смирнов", "smith", False),
        ("иванов", "иванова", False),  # one script: compared as written
    ],
)
def test_surnames_spelled_alike_across_scripts(one: str, other: str, alike: bool) -> None:
    assert spelled_alike({one}, {other}) is alike


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Olcott, Kazakhstan, op. cit., 17.", ["Olcott"]),
        ("Yılmaz, “Hazar”, a.g.m., s. 45.", ["Yılmaz"]),
        ("Katz and Lindell, op. cit., 34.", ["Katz", "Lindell"]),
        ("Иванов И. И., Петров П. П. Указ. соч. С. 5.", ["Иванов И. И.", "Петров П. П."]),
    ],
)
def test_an_op_cits_author_is_parted_from_its_short_title(text: str, author: list[str]) -> None:
    note = parse_note(1, text, location=_LOC)
    assert note.kind is NoteKind.OPCIT
    assert [str(a) for a in note.citations[0].authors] == author


def test_an_op_cit_record_has_the_type_of_the_work_it_repeats() -> None:
    notes = _notes(_ROY, _OLCOTT, "Roy, op. cit., p. 4.")
    assert notes[-1].citations[0].type == notes[0].citations[0].type == "book"


@pytest.mark.parametrize(
    ("before", "text", "title", "author"),
    [
        (
            "Петров П. П. Степь и город. М., 1999. С. 7.",
            "Он же. Кочевники и государство. М., 2004. С. 18.",
            "Кочевники и государство",
            "Петров П. П.",
        ),
        (
            "Гумилев Л. Н. Хунну. М., 1960. С. 7.",
            "Его же. Древние тюрки. М., 1967. С. 45.",
            "Древние тюрки",
            "Гумилев Л. Н.",
        ),
        (_ROY, "Idem, The Failure of Political Islam (Cambridge, MA: HUP, 1994), 3.", None, None),
    ],
)
def test_the_same_author_opening_a_note(
    before: str, text: str, title: str | None, author: str | None
) -> None:
    last = _notes(before, text)[-1]
    assert last.kind is NoteKind.CITATION
    first = last.citations[0]
    if title is not None:
        assert first.title == title
    expected = author or str(_notes(before)[0].citations[0].authors[0])
    assert [str(a) for a in first.authors] == [expected]


def test_the_same_author_after_an_op_cit_is_the_op_cits() -> None:
    notes = _notes(
        "Сейфуллин С. Тернистый путь. Алматы, 1964. С. 5.",
        "Абдиров Н. А. Указ. соч. С. 20.",
        "Он же. Хан Кене. Алматы, 2005. С. 3.",
    )
    assert [str(a) for a in notes[-1].citations[0].authors] == ["Абдиров Н. А."]


def test_an_ibid_locator_before_prose() -> None:
    last = _notes(_OLCOTT, "Ibid., 20, quoting a 2001 interview with the minister.")[-1]
    assert (last.kind, last.page) == (NoteKind.IBID, "20")


@pytest.mark.parametrize(
    "text",
    [
        "Burada 1990'lı yılların başındaki göç dalgası kastedilmektedir.",  # a year's ending
        "Курсив наш. — Ред.",  # a role's signature
        "Italics in the original.",
        "Автор благодарит профессора А. Б. Сейтказину за ценные замечания.",  # initials
    ],
)
def test_remarks_that_name_no_source(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Bu konuda bkz. yazarın 2015 tarihli kitabı.",  # "see" and a year: a work
        "О множественном образовании частиц ГА Оренбургской области. Ф. 1212. Оп. 30. Д. 1444.",
    ],
)
def test_notes_that_still_cite(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("3. Масанов Н. Э. Указ. соч. С. 90.", ["Масанов Н. Э."]),  # the note's own number
        ("[3] Масанов Н. Э. Указ. соч. С. 90.", ["Масанов Н. Э."]),
        ("Масанов Н.Э. Указ. соч. – С. 90.", ["Масанов Н.Э."]),  # joined initials keep a period
        ("Масанов. Указ. соч. С. 90.", ["Масанов"]),
    ],
)
def test_an_op_cits_author_as_written(text: str, author: list[str]) -> None:
    note = parse_note(1, text, location=_LOC)
    assert [str(a) for a in note.citations[0].authors] == author


@pytest.mark.parametrize(
    "text",
    [
        "Там же. С. 45. Ср.: Петров П. П. Степь и город. М., 1999. С. 7.",
        "Ibid., 12. See also Jones, Oil and Empire (London, 2001), 10.",
        "Aynı yer, s. 12. Ayrıca bkz. Ahmet Yılmaz, Türkiye ve Orta Asya, Ankara 2012, s. 5.",
    ],
)
def test_an_ibid_then_a_see_sentence_citing_a_work_cites_two(text: str) -> None:
    last = _notes(_ROY, text)[-1]
    assert last.kind is NoteKind.CITATION
    assert len(last.citations) == 2
    assert last.citations[0].refers_to == 1


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Ibid., 12. See the discussion above.", "12"),  # "see" and no work: still an ibid
        ("Ibid., 45. The author goes on to argue that the treaty was never ratified.", "45"),
        ("Там же. C. 120.", "120"),  # a Latin C typed for the Cyrillic С
        ("Ibid., 2019. Vol. 3.", None),  # no sentence after the number
    ],
)
def test_an_ibid_page_before_prose_or_typed_in_the_other_alphabet(
    text: str, page: str | None
) -> None:
    last = _notes(_ROY, text)[-1]
    assert (last.kind, last.page) == (NoteKind.IBID, page)


@pytest.mark.parametrize(
    "text",
    [
        "Интервью автора с местным жителем, 2019 г.",  # a date after a comma: a source's
        "Bu konuda bkz. yazarın 2015 tarihli kitabı.",
    ],
)
def test_a_year_where_a_citation_writes_its_date_is_no_remark(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("Roy, 52.", ["Roy"], None),  # the author of an earlier note, alone with a page
        ("Roy, p. 53.", ["Roy"], None),
        ("Central Asia, 12.", [], "Central Asia"),  # no earlier author: a short title
    ],
)
def test_an_earlier_author_alone_with_a_page(
    text: str, author: list[str], title: str | None
) -> None:
    first = _notes(_ROY, text)[-1].citations[0]
    assert [str(a) for a in first.authors] == author
    assert first.title == title
