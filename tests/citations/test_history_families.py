"""How historians cite: a paper by its name, day and number; a volume written `3-т.`; a set's
count spelt out; an archive's shelf mark before an ibid; a pinpoint page after a range."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind, PartialDate
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "container", "issued", "issue"),
    [
        ("Правда. 1937. 12 мая. № 130.", "Правда", "1937-05-12", "130"),
        ("Тургайская газета. 1916. 4 сентября. № 112.", "Тургайская газета", "1916-09-04", "112"),
        ("Егемен Қазақстан. – 2015. – 12 наурыз. – № 45.", "Егемен Қазақстан", "2015-03-12", "45"),
        (
            "Sovet Türkmenistany, 7-nji noýabr 1947 ý., № 221.",
            "Sovet Türkmenistany",
            "1947-11-07",
            "221",
        ),
        ("Правда, 12 мая 1937 г., № 130.", "Правда", "1937-05-12", "130"),
    ],
)
def test_a_paper_named_by_its_day_gives_its_number_after_the_date(
    note: str, container: str, issued: str, issue: str
) -> None:
    found = first_citation(note)
    assert found.type == "article-newspaper"
    assert found.container == container
    assert found.issued is not None
    assert found.issued.isoformat().startswith(issued)
    assert found.issue == issue
    assert not found.authors


@pytest.mark.parametrize(
    ("note", "volume"),
    [
        ("Түркі деректемелері. – Алматы: Дайк-Пресс, 2006. – 3-т. – 98-б.", "3"),
        ("Қазақ ССР тарихы. – Алматы: Ғылым, 1982. – 3-т. – 45-б.", "3"),
        ("Айтматов Ч. Чыгармалар жыйнагы. – Бишкек: Шам, 1998. – 3-т. – 156-б.", "3"),
        ("Әуезов М. Шығармалар жинағы. – Алматы: Жазушы, 1985. – 12-т. – 45-б.", "12"),
        ("Қазақстан тарихы. Бес томдық. – Алматы: Атамұра, 2010. – 3-т. – 122-б.", "3"),
    ],
)
def test_a_volume_written_number_hyphen_letter_is_the_volume(note: str, volume: str) -> None:
    found = first_citation(note)
    assert found.volume == volume
    assert found.edition is None


@pytest.mark.parametrize(
    ("note", "title", "volume"),
    [
        (
            "История Казахской ССР. В пяти томах. Т. 3. Алма-Ата: Наука, 1979. С. 120.",
            "История Казахской ССР",
            "3",
        ),
        ("Радлов В. В. Из Сибири. В двух томах. Т. 1. М.: Наука, 1989. С. 77.", "Из Сибири", "1"),
        (
            "Стихотворения в двух томах. Т. 1. Л.: Советский писатель, 1990. С. 12.",
            "Стихотворения",
            "1",
        ),
        (
            "Bartold, V. V. Sochineniia. In nine volumes. Vol. 2. Moscow: Nauka, 1963, 45.",
            "Sochineniia",
            "2",
        ),
        (
            "Советская деревня глазами ВЧК–ОГПУ–НКВД. Документы и материалы. В 4 т. 1918–1939. "
            "Т. 2. М.: РОССПЭН, 2000. С. 310.",
            "Советская деревня глазами ВЧК–ОГПУ–НКВД. Документы и материалы",
            "2",
        ),
    ],
)
def test_a_sets_count_spelt_out_or_with_its_years_is_no_title(
    note: str, title: str, volume: str
) -> None:
    found = first_citation(note)
    assert found.title == title
    assert found.volume == volume


def test_a_title_with_a_number_word_keeps_it() -> None:
    assert first_citation("Россия в 2 тысячи лет. М.: Наука, 1990. С. 12.").title == (
        "Россия в 2 тысячи лет"
    )


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3; Там же. Д. 15. Л. 8.", "3"),
        ("ГАРФ. Ф. Р-1235. Оп. 140. Д. 59. Л. 12 об.; Там же. Д. 60. Л. 4.", "12 об."),
        ("РГАСПИ. Ф. 17. Оп. 3. Д. 987. Л. 45–46; Там же. Оп. 162. Д. 14. Л. 2.", "45–46"),
        ("АП РК. Ф. 141. Оп. 1. Д. 5447. Л. 17; там же. Л. 22.", "17"),
        ("ҚР ОМА. 5-қор. 1-тізбе. 12-іс. 34-п.; Сонда. 15-іс. 8-п.", "34"),
    ],
)
def test_a_shelf_mark_before_an_ibid_cites(note: str, page: str) -> None:
    assert parse_note(1, note, location=Location(path="t")).kind is NoteKind.CITATION
    found = first_citation(note)
    assert found.type == "manuscript"
    assert found.page == page


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("Sarah Cameron, “The Hungry Steppe,” Kritika 17, no. 2 (2016): 301–27, at 310.", "310"),
        ("Sarah Cameron, “The Hungry Steppe,” Kritika 17, no. 2 (2016): 301–27, here 305.", "305"),
        ("Абдрахманов Т. Алашорда // Вопросы истории. 2016. № 4. С. 33–48, здесь с. 41.", "41"),
        ("Hasan Kaya, “Türkistan Cemiyeti,” Bilig 88 (2019): 101-124, burada s. 110.", "110"),
        ("Жұмабаев Н. Алаш // ҚазҰУ Хабаршысы. – 2019. – №2. – Б. 45–51, мұнда 47-б.", "47"),
        ("Smith, John. “Oil and Empire.” Central Asian Survey 15 (1996): 144–65.", "144–65"),
    ],
)
def test_a_pinpoint_after_a_range_is_the_cited_page(note: str, page: str) -> None:
    assert first_citation(note).page == page


@pytest.mark.parametrize(
    "note",
    [
        "ҚР ПА, 1465-қ., 10-т., 2703-іс, 290-293-парақ.",
        "АОМА, 861-қ., 14-т., 1749-іс, 39-п.",
        "ҚР ОМА. 1710-қ., 9-т., 2902-іс, 149-парақ.",
    ],
)
def test_a_shelf_marks_inventory_is_no_volume(note: str) -> None:
    assert first_citation(note).volume is None


@pytest.mark.parametrize(
    ("note", "container", "kind"),
    [
        ("Айқап. – 1912. – № 5. – Б. 3.", "Айқап", "article-journal"),
        ("Yeni Türkistan, no. 3 (Istanbul, 1927), 12.", "Yeni Türkistan", "article-journal"),
        ("Шура. 1913. № 5. С. 140.", "Шура", "article-journal"),
        ("Дала уалаятының газеті. 1890. № 12.", "Дала уалаятының газеті", "article-newspaper"),
        ("Sibirskie voprosy, no. 12 (St. Petersburg, 1910), 33.", "Sibirskie voprosy", None),
    ],
)
def test_a_short_name_cited_by_an_issues_number_is_a_periodical(
    note: str, container: str, kind: str | None
) -> None:
    found = first_citation(note)
    assert found.container == container
    assert found.title is None
    if kind is not None:
        assert found.type == kind


@pytest.mark.parametrize(
    ("note", "page"),
    [
        ("Başbakanlık Osmanlı Arşivi (BOA), İ.HR., 312/19988, lef 3.", "3"),
        ("BOA, Y.PRK.UM, 12/34, vr. 2.", "2"),
        ("BOA, HR.SYS, 2245/3, varak 5.", "5"),
        ("BOA, A.MKT.MHM, 512/7, Lef: 4.", "4"),
        ("BOA, DH.MKT, Dosya 12, Gömlek 34, vr. 5.", "5"),
    ],
)
def test_a_leaf_after_a_classification_code_is_the_page(note: str, page: str) -> None:
    found = first_citation(note)
    assert found.type == "manuscript"
    assert found.page == page


@pytest.mark.parametrize(
    ("note", "title", "location"),
    [
        (
            "The National Archives (TNA), FO 371/12345, Smith to Jones, 12 March 1920.",
            "Smith to Jones",
            "FO 371/12345",
        ),
        (
            "TNA, FO 371/12345, Memorandum on Central Asia, 1920.",
            "Memorandum on Central Asia",
            None,
        ),
    ],
)
def test_an_archives_item_described_in_words_is_its_title(
    note: str, title: str, location: str | None
) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.container) == ("manuscript", title, None)
    assert location is None or found.archive_location == location


def test_an_archives_shelf_mark_alone_has_no_title() -> None:
    found = first_citation("ГАРФ, ф. Р-5446, оп. 1, д. 45, л. 3–5.")
    assert (found.title, found.container, found.archive) == (None, None, "ГАРФ")


def test_a_year_and_its_word_before_the_day_are_the_date() -> None:
    found = first_citation(
        "Qazaqstan halqyna Joldaý. 2022 jylǵy 16 naýryz. https://www.akorda.kz/kz/joldau"
    )
    assert (found.issued, found.unparsed) == (PartialDate(2022, 3, 16), ())


@pytest.mark.parametrize(
    ("note", "medium"),
    [
        ("РГАСПИ. Ф. 17. Оп. 3. Д. 987. Л. 45. Подлинник. Машинопись.", "Подлинник, Машинопись"),
        ("АП РК. Ф. 708. Оп. 1. Д. 5. Л. 3–5. Копия.", "Копия"),
    ],
)
def test_an_archive_documents_form_is_its_medium(note: str, medium: str) -> None:
    found = first_citation(note)
    assert (found.publisher_place, found.unparsed) == (None, ())  # no place, nothing lost
    assert dict(found.extra)["medium"] == f'"{medium}"'


def test_a_shelf_mark_alone_after_another_is_in_the_same_archive() -> None:
    note = parse_note(
        1,
        "ЦГА РК. Ф. 1380. Оп. 1. Д. 15. Л. 25; Ф. 1380. Оп. 2. Д. 3. Л. 4; ГАРФ. Ф. 5. Д. 3. Л. 1.",
        location=Location(path="t"),
    )
    assert [c.archive for c in note.citations] == ["ЦГА РК", "ЦГА РК", "ГАРФ"]
    assert [c.page for c in note.citations] == ["25", "4", "1"]


@pytest.mark.parametrize(
    ("note", "hijri"),
    [
        ("BOA, İ.DH, 1234/96543, 12 Ramazan 1310.", "12 Ramazan 1310"),
        ("BOA, A.MKT.MHM, 412/33, 15 Ş 1285.", "15 Ş 1285"),
        ("BOA, DH.MKT, 1520/45, 29 Receb 1306.", "29 Receb 1306"),
    ],
)
def test_an_ottoman_archives_hijri_date_is_kept_in_the_note(note: str, hijri: str) -> None:
    found = first_citation(note)
    assert (found.archive, found.title, found.container) == ("BOA", None, None)
    assert (found.note, found.issued) == (hijri, None)  # as written: no Gregorian date guessed


@pytest.mark.parametrize(
    ("note", "archive", "location"),
    [
        (
            "Архив внешней политики Российской империи (АВПРИ). Ф. Азиатский департамент. "
            "Оп. 486. Д. 1234. Л. 15.",
            "Архив внешней политики Российской империи (АВПРИ)",
            "Ф. Азиатский департамент. Оп. 486. Д. 1234",
        ),
        ("РГВИА. Ф. ВУА. Д. 6789. Л. 5.", "РГВИА", "Ф. ВУА. Д. 6789"),
    ],
)
def test_a_fond_named_in_words_opens_the_shelf_mark(note: str, archive: str, location: str) -> None:
    found = first_citation(note)
    assert (found.type, found.archive, found.archive_location) == ("manuscript", archive, location)
    assert found.title is None
