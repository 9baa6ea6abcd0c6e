"""Which role a person in a list of editors or translators takes, whatever the tagger said."""

from __future__ import annotations

from citekit.model import Name
from tests.citations.labelled import decode_labelled as _decode


def _families(value: object) -> list[str | None]:
    assert isinstance(value, tuple)
    return [n.family for n in value if isinstance(n, Name)]


def test_a_name_joined_by_and_to_a_translator_translates_too() -> None:
    text = "Ahmet Kaya, Orta Asya, çev. Ruşen Sezer ve Ali Demir (İstanbul: YKY, 2003)."
    fields = _decode(
        text, [("Ruşen Sezer", "translator"), ("Ali Demir", "editor"), ("Orta Asya", "title")]
    )
    assert _families(fields["translator"]) == ["Sezer", "Demir"]
    assert _families(fields["editor"]) == []


def test_a_role_word_just_before_a_name_decides_its_role() -> None:
    text = "Vaughn A. Practical Optimization / eds. J. Jenkins; trans. D. Hughes, R. Taylor."
    fields = _decode(
        text,
        [("J. Jenkins", "editor"), ("D. Hughes", "editor"), ("R. Taylor", "editor")],
    )
    assert _families(fields["editor"]) == ["Jenkins"]
    assert _families(fields["translator"]) == ["Hughes", "Taylor"]


def test_a_role_word_that_closes_a_list_gives_the_whole_list_its_role() -> None:
    text = "Kaya, A. (1974). Tarih (S. Demir & Z. Yıldız, Çev.). Ankara: TTK."
    fields = _decode(text, [("S. Demir", "editor"), ("Z. Yıldız", "translator")])
    assert _families(fields["translator"]) == ["Demir", "Yıldız"]


def test_a_role_word_in_brackets_belongs_to_the_name_before_it() -> None:
    text = "у О. Д. Штокало (ред.), М. А. Ґжицький (пер.) Архівна справа. Львів, 2009."
    fields = _decode(text, [("О. Д. Штокало", "editor"), ("М. А. Ґжицький", "translator")])
    assert _families(fields["editor"]) == ["Штокало"]
    assert _families(fields["translator"]) == ["Ґжицький"]


def test_a_role_word_that_opens_the_next_list_leaves_the_one_before() -> None:
    text = "In Guide, edited by Pam Gonzales and Ann Howard, translated by Kevin Holt, 2001."
    fields = _decode(
        text,
        [("Pam Gonzales", "editor"), ("Ann Howard", "editor"), ("Kevin Holt", "translator")],
    )
    assert _families(fields["editor"]) == ["Gonzales", "Howard"]
    assert _families(fields["translator"]) == ["Holt"]


def test_an_illustrator_or_a_prefaces_author_is_nobodys_author() -> None:
    text = "Казахские сказки / сост. А. Б. Иванов ; худож. В. Г. Петров. – Алма-Ата, 1990."
    fields = _decode(
        text,
        [
            ("Казахские сказки", "title"),
            ("А. Б. Иванов", "editor"),
            ("худож. В. Г. Петров", "author"),
        ],
    )
    assert _families(fields["editor"]) == ["Иванов"]
    assert _families(fields["author"]) == []
    text = "Қара сөздер / құраст. Б. Әбдіғазиұлы ; авт. предисл. М. Әуезов. – Алматы, 2005."
    fields = _decode(text, [("Қара сөздер", "title"), ("М. Әуезов", "author")])
    assert _families(fields["author"]) == []


def test_a_name_after_an_illustrators_word_is_no_host() -> None:
    text = "Dede Korkut, haz. Muharrem Ergin, resimleyen Ali Kaya, İstanbul: Ötüken, 1990."
    fields = _decode(
        text,
        [("Dede Korkut", "title"), ("Muharrem Ergin", "editor"), ("Ali Kaya", "container-title")],
    )
    assert "container-title" not in fields
    assert _families(fields["editor"]) == ["Ergin"]


def test_a_states_abbreviation_before_colon_publisher_is_no_illustrators_word() -> None:
    # Chicago writes a US state after the city ("Evanston, Ill."): "Ill." is no "ill." (illus.),
    # and "ill." is no role word at all: catalogues write it for illustrations ("304 p. : ill.")
    for mark in (":", ","):
        text = f"Smith, John. The Great Lakes. Evanston, Ill.{mark} Northwestern University Press."
        fields = _decode(
            text,
            [
                ("Smith, John", "author"),
                ("The Great Lakes", "title"),
                ("Evanston, Ill.", "publisher-place"),
                ("Northwestern University Press", "publisher"),
            ],
        )
        assert fields["publisher"] == "Northwestern University Press", mark
    text = "Adams, Jane. Prairie Towns. illus. Mary Brown. Urbana: Prairie Press, 2004."
    fields = _decode(
        text, [("Adams, Jane", "author"), ("Prairie Towns", "title"), ("Mary Brown", "author")]
    )
    assert _families(fields["author"]) == ["Adams"]  # the lower-case word still credits


def test_a_role_word_before_a_semicolon_closes_the_list_before_it() -> None:
    text = "Kaya, A. (1950). Tarih (D. Aksoy, B. Kara, & K. Akın, Ред.; S. Ezer, Пер.; С. 93)."
    fields = _decode(
        text,
        [
            ("D. Aksoy", "editor"),
            ("B. Kara", "editor"),
            ("K. Akın", "editor"),
            ("S. Ezer", "editor"),
        ],
    )
    assert _families(fields["editor"]) == ["Aksoy", "Kara", "Akın"]
    assert _families(fields["translator"]) == ["Ezer"]


def test_a_role_word_before_a_title_in_title_case_is_the_names_before_it() -> None:
    # Chicago: "Name, trans. Title." (the title's words are capitalised, and a period ends them)
    text = "John Smith, trans. Kazakh Poems. London: Penguin, 2001."
    fields = _decode(
        text, [("John Smith", "author"), ("Kazakh Poems", "title"), ("Penguin", "publisher")]
    )
    assert _families(fields["translator"]) == ["Smith"]
    assert _families(fields["author"]) == []


def test_a_role_word_that_opens_the_next_list_gives_the_name_before_no_role() -> None:
    text = "Watson D. Energy / D. Watson, editors M. Kennedy, W. Rodriguez, Princeton, 2016."
    fields = _decode(
        text,
        [
            ("Energy", "title"),
            ("D. Watson", "author"),
            ("M. Kennedy", "editor"),
            ("W. Rodriguez", "editor"),
        ],
    )
    assert _families(fields["author"]) == ["Watson"]
    assert _families(fields["editor"]) == ["Kennedy", "Rodriguez"]


def test_a_role_word_in_capitals_or_mixed_case_is_still_the_illustrators() -> None:
    # the note-wide precheck folds case as the role check does, the Turkic dotted capital too
    for word in ("RESİMLEYEN", "ResimLeyen", "Resimleyen"):
        text = f"Dede Korkut, haz. Muharrem Ergin, {word} Ali Kaya, İstanbul: Ötüken, 1990."
        fields = _decode(
            text,
            [("Dede Korkut", "title"), ("Muharrem Ergin", "editor"), ("Ali Kaya", "author")],
        )
        assert _families(fields["author"]) == [], word
    text = "Казахские сказки / сост. А. Б. Иванов ; ХуДож. В. Г. Петров. – Алма-Ата, 1990."
    fields = _decode(text, [("Казахские сказки", "title"), ("В. Г. Петров", "author")])
    assert _families(fields["author"]) == []


def test_a_name_after_a_role_word_that_the_model_called_a_second_host_is_that_person() -> None:
    text = "Иванов И. И. Статья // Сборник статей / под ред. А. Б. Петрова. М., 2001. С. 5–9."
    fields = _decode(
        text,
        [
            ("Иванов И. И", "author"),
            ("Статья", "title"),
            ("Сборник статей", "container-title"),
            ("А. Б. Петрова", "container-title"),
        ],
    )
    assert fields["container-title"] == "Сборник статей"
    assert _families(fields["editor"]) == ["Петрова"]
    # a host's name after no role word stays the host's
    text = "Иванов И. И. Статья // Сборник статей. Вестник Науки. М., 2001. С. 5–9."
    fields = _decode(
        text,
        [
            ("Статья", "title"),
            ("Сборник статей", "container-title"),
            ("Вестник Науки", "container-title"),
        ],
    )
    assert _families(fields["editor"]) == []
