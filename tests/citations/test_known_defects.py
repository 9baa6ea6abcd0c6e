"""Defects a hostile review found (issue 12), each as a general fact of how citations are
written, on notes written for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.citations.names import unlist
from citekit.csl import to_csl
from citekit.model import Citation, Location, Note, NoteKind

_AT = Location(path="defects")


def _first(text: str) -> Citation:
    return parse_note(1, text, location=_AT).citations[0]


def _authors(text: str) -> list[tuple[str | None, str | None]]:
    return [(n.family, n.given) for n in _first(text).authors]


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        (
            "García Márquez, Gabriel José, Cien años de soledad, Buenos Aires: Sudamericana, "
            "1967, s. 12.",
            [("García Márquez", "Gabriel José")],
        ),
        (
            "Öztürk Yılmaz, Ayşe Nur, Osmanlı'da Kadın, İstanbul: Kitap Yayınevi, 2015, s. 45.",
            [("Öztürk Yılmaz", "Ayşe Nur")],
        ),
        (  # Chicago's bibliography: the first name inverted, the others not
            "García Márquez, Gabriel José, and Mario Vargas Llosa. Diálogo sobre la novela. "
            "Lima: Milla Batres, 1968.",
            [("García Márquez", "Gabriel José"), ("Llosa", "Mario Vargas")],
        ),
        (  # two names given name first: still two authors
            "Zöhre Jumaýewa, Leýli Baýlyýewa, Türkmen halk döredijiligi, Aşgabat: Ylym, 2015.",
            [("Jumaýewa", "Zöhre"), ("Baýlyýewa", "Leýli")],
        ),
    ],
)
def test_an_inverted_compound_family_keeps_its_compound_given_names(
    note: str, authors: list[tuple[str, str]]
) -> None:
    assert _authors(note) == authors


def test_a_list_tells_an_inverted_name_by_its_given_names() -> None:
    assert unlist("Öztürk Yılmaz, Ayşe Nur") == ("Öztürk Yılmaz, Ayşe Nur",)
    three = "García Márquez, Gabriel José, Mario Vargas Llosa"
    assert unlist(three) == ("García Márquez, Gabriel José", "Mario Vargas Llosa")
    # a first part that opens with a given name is a name of its own
    assert unlist("Mehmet Kaya, Ayşe Nur") == ("Mehmet Kaya", "Ayşe Nur")


@pytest.mark.parametrize(
    "note",
    [
        "Jan Kowalski, Historia Polski, Warszawa: PWN, 2001, s. 5.",
        "Jan Kowalski, The Making of Europe (London: Routledge, 2001), 45.",
        "Kowalski, Jan. The Making of Europe. London: Routledge, 2001.",
    ],
)
def test_jan_as_a_given_name_is_no_january(note: str) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in found.authors] == [("Kowalski", "Jan")]
    assert found.title is not None
    assert "Kowalski" not in found.title
    assert found.issued is not None
    assert found.issued.month is None


@pytest.mark.parametrize(
    "note", ["Smith J. Report. BBC News, 12 Jan 2020.", "Smith J. Report. BBC News, Jan. 12, 2020."]
)
def test_jan_beside_a_number_is_january(note: str) -> None:
    issued = _first(note).issued
    assert issued is not None
    assert (issued.year, issued.month, issued.day) == (2020, 1, 12)


@pytest.mark.parametrize(
    ("note", "place", "publisher"),
    [
        (
            "Smith, John. Networks. Cambridge, Mass.: MIT Press, 1999.",
            "Cambridge, Mass.",
            "MIT Press",
        ),
        ("Smith, John. Networks. Cambridge, MA: MIT Press, 1999.", "Cambridge, MA", "MIT Press"),
        ("Jones, Ann. Cities. New York, NY: Norton, 2004.", "New York, NY", "Norton"),
        (
            "Brown, Tom. Policy. Washington, D.C.: Brookings Institution, 2010.",
            "Washington, D.C.",
            "Brookings Institution",
        ),
        (
            "Tom Brown, Policy (Cambridge, Mass.: MIT Press, 2010), 45.",
            "Cambridge, Mass.",
            "MIT Press",
        ),
    ],
)
def test_a_place_written_with_its_state_is_one_place(note: str, place: str, publisher: str) -> None:
    found = _first(note)
    assert (found.publisher_place, found.publisher) == (place, publisher)
    assert len(found.authors) == 1
    assert found.authors[0].given in ("John", "Ann", "Tom")


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        ("The crisis of 1929. London: Penguin, 2005.", "The crisis of 1929", 2005),
        ("The crisis of 1929. Title and more. London: Penguin, 2005.", "The crisis of 1929", 2005),
        (
            "The Crisis of 1929: Causes and Effects. London: Penguin, 2005, p. 12.",
            "The Crisis of 1929: Causes and Effects",
            2005,
        ),
        ("Smith J. Europe since 1945. London: Penguin, 2005.", "Europe since 1945", 2005),
        (  # a month's name before the year is a date, not a title's word
            "Smith J. Report. BBC News, 12 January 2020.",
            "Report",
            2020,
        ),
    ],
)
def test_a_year_inside_a_title_does_not_cut_it(note: str, title: str, year: int) -> None:
    found = _first(note)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    ("note", "year"),
    [
        (
            "Ключевский В. О. Курс русской истории. М.: Мысль, 1987 (репринт изд. 1899 г.). С. 5.",
            1987,
        ),
        (
            "Smith, John, The Wealth of Nations, London: Penguin, 1999, reprint of the 1899 "
            "edition, p. 4.",
            1999,
        ),
        (
            "Smith, John. The Wealth of Nations. Reprint of the 1899 edition. London: Penguin, "
            "1999.",
            1999,
        ),
        ("Kaya, Ahmet. Lale Devri. İstanbul: Kitabevi, 2010 (1899 baskısının tıpkıbasımı).", 2010),
    ],
)
def test_a_reprinted_originals_year_is_not_the_works_date(note: str, year: int) -> None:
    issued = _first(note).issued
    assert issued is not None
    assert issued.year == year


@pytest.mark.parametrize(
    ("note", "year", "first"),
    [
        (
            "Weber, M. (2002). The Protestant ethic and the spirit of capitalism (T. Parsons, "
            "Trans.). Routledge. (Original work published 1905)",
            2002,
            1905,
        ),
        ("Marx, K. (1990). Capital (Vol. 1). Penguin. (Originally published 1867)", 1990, 1867),
        (
            "Freud, S. (2019). Haz ilkesinin ötesinde (A. Babaoğlu, Çev.). Metis. (Orijinal eser "
            "1920)",
            2019,
            1920,
        ),
    ],
)
def test_an_author_date_originals_year_is_its_original_date(
    note: str, year: int, first: int
) -> None:
    found = _first(note)
    assert found.issued is not None
    assert found.issued.year == year
    assert to_csl(found)["original-date"] == {"date-parts": [[first]]}
    assert found.unparsed == ()  # the first date's words are read with it, not lost


def test_a_reprint_word_alone_leaves_the_only_year_the_date() -> None:
    issued = _first("Ключевский В. О. Курс русской истории. Репринт. М.: Мысль, 1987.").issued
    assert issued is not None
    assert issued.year == 1987


def _notes(*texts: str) -> list[Note]:
    return resolve_references(
        [parse_note(i, t, location=_AT) for i, t in enumerate(texts, start=1)]
    )


def test_several_short_forms_in_one_note_each_repeat_their_own_source() -> None:
    notes = _notes(
        "Smith, John. Energy Politics. London: Verso, 2010.",
        "Jones, Ann. Other Worlds of Power. Oxford: OUP, 2015.",
        "Smith, Energy Politics, 4; Jones, Other Worlds, 7.",
    )
    last = notes[-1]
    assert last.kind is NoteKind.CITATION
    found = [(c.refers_to, c.title, c.publisher, c.page) for c in last.citations]
    assert found == [
        (1, "Energy Politics", "Verso", "4"),
        (2, "Other Worlds of Power", "OUP", "7"),
    ]


def test_several_op_cit_and_ibid_forms_in_one_note_each_repeat_their_authors_source() -> None:
    notes = _notes(
        "Иванов И. И. История Казахстана. Алматы: Наука, 2001. 300 с.",
        "Петров П. П. Степь и город. М.: Мысль, 1999. 200 с.",
        "Иванов. Указ. соч. С. 5; Петров. Там же. С. 7.",
    )
    last = notes[-1]
    assert last.kind is NoteKind.CITATION
    found = [(c.refers_to, c.title, c.page) for c in last.citations]
    assert found == [(1, "История Казахстана", "5"), (2, "Степь и город", "7")]


def test_short_forms_with_no_earlier_source_keep_what_they_write() -> None:
    last = _notes("Kaya, Türk Tarihi, s. 50; Demir, Osmanlı, s. 7.")[-1]
    found = [(c.refers_to, c.authors[0].literal, c.title, c.page) for c in last.citations]
    assert found == [(None, "Kaya", "Türk Tarihi", "50"), (None, "Demir", "Osmanlı", "7")]


def test_one_op_cit_note_is_still_an_op_cit() -> None:
    notes = _notes(
        "Иванов И. И. История Казахстана. Алматы: Наука, 2001.", "Иванов. Указ. соч. С. 5."
    )
    assert notes[-1].kind is NoteKind.OPCIT
    assert notes[-1].refers_to == 1


@pytest.mark.parametrize(
    ("note", "family", "given", "place"),
    [
        (
            "Kenneth N. Waltz, Theory of International Politics (Reading, Mass.: Addison-Wesley, "
            "1979), 102.",
            "Waltz",
            "Kenneth N.",
            "Reading, Mass.",
        ),
        (
            "John J. Mearsheimer, The Tragedy of Great Power Politics (New York: Norton, "
            "2001), 45.",
            "Mearsheimer",
            "John J.",
            "New York",
        ),
        (
            "Smith, John. Networks. Ann Arbor, MI: University of Michigan Press, 2005.",
            "Smith",
            "John",
            "Ann Arbor, MI",
        ),
    ],
)
def test_a_given_name_with_middle_initials_and_a_city_named_by_its_state(
    note: str, family: str, given: str, place: str
) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in found.authors] == [(family, given)]
    assert found.publisher_place == place
    assert found.title is not None
    assert family not in found.title
    assert "Arbor" not in found.title


def test_a_surname_before_its_initials_still_leaves_the_title_its_first_word() -> None:
    found = _first("Rejepbaýewa A. Gezsem, dünýäni görsem // Edebiýat we sungat. 2015. № 3. S. 4.")
    assert found.title == "Gezsem, dünýäni görsem"


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Ahmet Refik Altınay, Lale Devri (1718-1730), İstanbul: Timaş Yayınları, 2010, s. 12.",
            ("Altınay", "Ahmet Refik"),
            "Lale Devri (1718-1730)",
        ),
        (  # one author, then the title: not two authors
            "Ahmet Refik, Lale Devri, İstanbul: Kitabevi, 2010, s. 45.",
            ("Refik", "Ahmet"),
            "Lale Devri",
        ),
    ],
)
def test_a_note_opening_with_a_given_name_and_a_comma_names_its_author(
    note: str, author: tuple[str, str], title: str
) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in found.authors] == [author]
    assert found.title == title


def test_gost_family_and_a_digraph_initial_open_the_note_as_its_author() -> None:
    found = _first(
        "Смит Дж. Исследование о природе и причинах богатства народов / пер. с англ. "
        "П. Клюкина. М.: Эксмо, 2007. 960 с."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Смит", "Дж.")]
    assert found.title == "Исследование о природе и причинах богатства народов"


def test_a_volume_word_and_its_roman_number_are_no_author() -> None:
    found = _first("Том I. Мягкая сила // Большая российская энциклопедия. 2020.")
    assert found.authors == ()


def test_an_op_cit_authors_closing_period_is_no_part_of_the_name() -> None:
    notes = _notes(
        "Ахметов А. А. История. Алматы: Наука, 2001.",
        "Петров П. П. Степь. М.: Мысль, 1999.",
        "Ахметов. Указ. соч. С. 15.",
    )
    assert notes[-1].refers_to == 1
    assert notes[-1].citations[0].authors[0].literal == "Ахметов"


@pytest.mark.parametrize(
    "note",
    [
        'Fukuyama, Francis. "The End of History?" The National Interest, no. 16 (1989): 3–18.',
        'Francis Fukuyama, "The End of History," The National Interest, no. 16 (1989): 3–18.',
    ],
)
def test_a_quoted_title_closed_inside_its_quotes_is_apart_from_its_host(note: str) -> None:
    found = _first(note)
    assert found.title is not None
    assert found.title.startswith("The End of History")
    assert found.container == "The National Interest"
    assert found.type == "article-journal"


def test_a_volumes_quoted_title_after_the_works_is_no_host() -> None:
    found = _first(
        "Нұрғали Р. «Жеті томдык шығармалар жинағы». Т.2. «Сөз өнерінін эстетикасы». — "
        "Астана: «Фолиант», 2005. — 472 б."
    )
    assert found.container is None


def test_a_short_form_by_two_authors_names_both() -> None:
    found = _first("Williamson and Acosta, TUG order form, 123.")
    assert [n.literal for n in found.authors] == ["Williamson", "Acosta"]
    assert (found.title, found.page) == ("TUG order form", "123")


def test_a_second_place_after_the_places_colon_is_the_publisher() -> None:
    found = _first(
        "García Márquez, Gabriel José. Cien años de soledad. Buenos Aires: Sudamericana, 1967."
    )
    assert (found.publisher_place, found.publisher) == ("Buenos Aires", "Sudamericana")


@pytest.mark.parametrize(
    ("note", "container", "volume", "issue"),
    [
        # İSNAD numbers a Turkish journal's issues alone: the number before a Turkish
        # season's date is the issue (`[words] issue_seasons`)
        (
            'Akgül, Aylin. "Türkmenistan\'da Enerji." Bilig 45 (Bahar 2008): 12-30.',
            "Bilig",
            None,
            "45",
        ),
        (
            'Fukuyama, Francis. "The End of History?" The National Interest 16 (Summer 1989): '
            "3–18.",
            "The National Interest",
            "16",
            None,
        ),
    ],
)
def test_a_journals_number_before_a_bracketed_season_and_year_is_no_part_of_its_name(
    note: str, container: str, volume: str | None, issue: str | None
) -> None:
    found = _first(note)
    assert (found.container, found.volume, found.issue) == (container, volume, issue)


def test_a_reprints_word_before_its_place_is_no_part_of_the_place() -> None:
    found = _first("Smith, John. The Wealth of Nations. 1899. Reprint, London: Penguin, 1999.")
    assert (found.publisher_place, found.publisher) == ("London", "Penguin")
    assert found.issued is not None
    assert found.issued.year == 1999


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "James C. Scott, Seeing Like a State (New Haven, CT: Yale University Press, 1998), 2.",
            "Scott",
            "James C.",
        ),
        (
            "Jan de Vries, The Industrious Revolution (Cambridge: Cambridge University Press, "
            "2008), 12.",
            "de Vries",
            "Jan",
        ),
    ],
)
def test_names_given_name_first_before_a_bracketed_imprint(
    note: str, family: str, given: str
) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in found.authors] == [(family, given)]
    assert found.title is not None
    assert family not in found.title


def test_an_access_date_in_brackets_is_no_imprint_for_a_gost_name() -> None:
    found = _first(
        "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmenmetbugat. URL: https://example.org/1 "
        "(дата обращения: 14.09.2022)."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Rejepbaýewa", "A.")]
    assert found.title == "Gezsem, dünýäni görsem"


@pytest.mark.parametrize(
    ("note", "page", "extent"),
    [
        ("Әбдіров М. Хан Кене. Алматы: Жалын, 1992. 45-б.", "45", None),
        ("Тоқаев Қ.-Ж. Жарық пен көлеңке. Алматы: Атамұра, 2008. 45-б.", "45", None),
        ("Ахметов А. Қазақ хандығы. — Алматы: Қазақ университеті, 2010. — 320 б.", None, "320"),
    ],
)
def test_a_number_hyphened_to_a_page_word_is_the_cited_page(
    note: str, page: str | None, extent: str | None
) -> None:
    found = _first(note)
    assert (found.page, found.number_of_pages, found.volume, found.issue) == (
        page,
        extent,
        None,
        None,
    )


def test_the_one_host_after_a_places_colon_is_the_publisher() -> None:
    found = _first(
        "Olcott, Martha Brill. Kazakhstan: Unfulfilled Promise. Washington, D.C.: Carnegie "
        "Endowment for International Peace, 2002."
    )
    assert found.publisher == "Carnegie Endowment for International Peace"
    assert found.container is None


def test_a_journals_name_with_a_colon_stays_the_host() -> None:
    found = _first(
        "Patel E. 2009. «Turkic Languages in Eurasia». Angelaki: Journal of the Theoretical "
        "Humanities 21 (12)."
    )
    assert found.publisher is None


@pytest.mark.parametrize(
    ("note", "role", "name", "title"),
    [
        (
            "Rumer, Boris, ed. Central Asia in Transition. Armonk, NY: M.E. Sharpe, 1996.",
            "editors",
            ("Rumer", "Boris"),
            "Central Asia in Transition",
        ),
        (
            "Kaya, Ahmet, haz. Divan. İstanbul: Kitabevi, 2001.",
            "editors",
            ("Kaya", "Ahmet"),
            "Divan",
        ),
        (
            "Smith, John, trans. The Book of Dede Korkut. London: Penguin, 1974.",
            "translators",
            ("Smith", "John"),
            "The Book of Dede Korkut",
        ),
    ],
)
def test_an_inverted_first_name_with_its_role_word_after_it(
    note: str, role: str, name: tuple[str, str], title: str
) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in getattr(found, role)] == [name]
    assert found.authors == ()
    assert found.title == title


def test_a_volumes_label_after_a_name_is_no_initial() -> None:
    found = _first(
        "Kaşgarlı Mahmud, Divanü Lugati't-Türk, çev. Besim Atalay, C. I, Ankara: TDK, 1998, s. 12."
    )
    assert [(n.family, n.given) for n in found.translators] == [("Atalay", "Besim")]
    assert found.volume == "I"


def test_a_short_form_by_a_two_word_family_finds_its_source() -> None:
    notes = _notes(
        "García Márquez, Gabriel José, Cien años de soledad, Buenos Aires: Sudamericana, 1967.",
        "Smith, John. Energy Politics. London: Verso, 2010.",
        "Smith, Energy Politics, 4; García Márquez, Cien años, 7.",
    )
    found = [(c.refers_to, c.title) for c in notes[-1].citations]
    assert found == [(2, "Energy Politics"), (1, "Cien años de soledad")]


def test_a_reprints_clause_is_no_title_and_the_work_after_the_name_is() -> None:
    found = _first(
        "Ahmet Kaya, Lale Devri, İstanbul: Kitabevi, 2010, 1899 baskısının tıpkıbasımı, s. 45."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Kaya", "Ahmet")]
    assert found.title == "Lale Devri"
    assert found.issued is not None
    assert found.issued.year == 2010


def test_a_place_and_year_after_a_titles_period_are_the_imprint() -> None:
    found = _first(
        "Назарбаев Н.А. Послание Президента Республики Казахстан народу Казахстана. Астана, "
        "2012 // https://www.akorda.kz/ru/addresses (дата обращения: 01.02.2020)."
    )
    assert found.title == "Послание Президента Республики Казахстан народу Казахстана"
    assert found.publisher_place == "Астана"
    assert found.issued is not None
    assert found.issued.year == 2012


def test_an_ibid_before_another_source_repeats_the_note_before_and_keeps_the_other() -> None:
    notes = _notes(
        "Ahmet Kaya, Türk Tarihi, İstanbul: Ötüken, 2001, s. 12.",
        "Mehmet Demir, Osmanlı Devleti, Ankara: TTK, 2005.",
        "Aynı yer, s. 5; ayrıca bkz. Kaya, Türk Tarihi, s. 7.",
        "Ibid.; see also Demir, Osmanlı Devleti, 45.",
    )
    third, fourth = notes[2], notes[3]
    assert third.kind is NoteKind.CITATION
    assert [(c.refers_to, c.title, c.page) for c in third.citations] == [
        (2, "Osmanlı Devleti", "5"),
        (1, "Türk Tarihi", "7"),
    ]
    # a bare ibid repeats the last source of the note before, at its page
    assert [(c.refers_to, c.title, c.page) for c in fourth.citations] == [
        (1, "Türk Tarihi", "7"),
        (2, "Osmanlı Devleti", "45"),
    ]


@pytest.mark.parametrize("note", ["Aynı yer.", "Ibid., 45.", "Там же. С. 47.", "Там же, с. 4; 7."])
def test_an_ibid_alone_is_still_an_ibid(note: str) -> None:
    assert _notes("Smith, John. Energy Politics. London: Verso, 2010.", note)[-1].kind is (
        NoteKind.IBID
    )


@pytest.mark.parametrize(
    "note",
    [
        'Ann Jones, "Nomads and States," in The Oxford Handbook of Central Asia, ed. John Smith '
        "(Oxford: Oxford University Press, 2010), 45–60.",
        'Jones, Ann. "Nomads and States." In The Oxford Handbook of Central Asia, edited by John '
        "Smith, 45–60. Oxford: Oxford University Press, 2010.",
    ],
)
def test_a_chicago_chapter_gives_its_title_host_and_author(note: str) -> None:
    found = _first(note)
    assert [(n.family, n.given) for n in found.authors] == [("Jones", "Ann")]
    assert found.title == "Nomads and States"
    assert found.container == "The Oxford Handbook of Central Asia"
    assert found.type == "chapter"


def test_an_unlabelled_name_between_place_and_year_is_the_publisher() -> None:
    found = _first("Homer, The Odyssey, trans. Robert Fagles (New York: Viking, 1996), 45.")
    assert (found.publisher_place, found.publisher) == ("New York", "Viking")


@pytest.mark.parametrize(
    ("note", "titles", "family"),
    [
        (
            "Гумилев Л. Н. Древние тюрки. М., 1967; Он же. Хунну. М., 1960.",
            ["Древние тюрки", "Хунну"],
            "Гумилев",
        ),
        (
            "Кунаев Д. А. О моем времени. Алма-Ата: Казахстан, 1992. С. 45; Он же. От Сталина до "
            "Горбачева. Алматы: Санат, 1994. С. 12.",
            ["О моем времени", "От Сталина до Горбачева"],
            "Кунаев",
        ),
        (
            "Smith, John. Energy Politics. London: Verso, 2010; idem, Steppe Empires, Oxford: OUP, "
            "2015.",
            ["Energy Politics", "Steppe Empires"],
            "Smith",
        ),
    ],
)
def test_the_same_author_word_gives_the_source_the_authors_before(
    note: str, titles: list[str], family: str
) -> None:
    found = parse_note(1, note, location=_AT).citations
    assert [c.title for c in found] == titles
    assert [[n.family for n in c.authors] for c in found] == [[family], [family]]


@pytest.mark.parametrize(
    "note",
    [
        "Adılov, M. (2019). Söz. Túrkologıa, 6(98), 17-27 (in Kazakh).",
        "Adılov, M. (2019). Söz. Túrkologıa, 6(98), 17-27 (in  Kazakh).",
        "Adılov, M. (2019). Söz. Túrkologıa, 6(98), 17-27 (in\u00a0Kazakh).",
        "Adılov, M. (2019). Söz. Túrkologıa, 6(98), 17-27 (in Кazakh).",  # a Cyrillic К
    ],
)
def test_a_language_mark_is_read_however_its_spaces_and_letters_are_typed(note: str) -> None:
    assert _first(note).language == "kk"


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        (
            "Ayrıntılı bilgi için bkz. Mehmet Demir, Osmanlı Devleti, Ankara: TTK, 2005, s. 12-15.",
            "Demir",
            "Osmanlı Devleti",
        ),
        (
            "For a different view, see John Smith, Energy Politics (London: Verso, 2010), 45.",
            "Smith",
            "Energy Politics",
        ),
    ],
)
def test_a_see_word_after_a_few_words_of_prose_opens_the_source(
    note: str, family: str, title: str
) -> None:
    found = _first(note)
    assert [n.family for n in found.authors] == [family]
    assert found.title == title


def test_a_see_prefix_before_a_second_short_form_is_no_name() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = "Ibid., 23–25; see also Smith, Energy Politics, 50."
    note = parse_note(2, text, location=Location(path="t"))
    names = [str(n) for c in note.citations for n in c.authors]
    assert not any("see" in name for name in names)


@pytest.mark.parametrize("text", ["Moscow, Nauka, 45.", "Алматы, Жазушы, 45."])
def test_a_place_and_publisher_is_no_short_forms_author(text: str) -> None:
    from citekit.citations.shortforms import repeat_citation

    assert repeat_citation(text, None) is None
