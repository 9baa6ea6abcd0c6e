"""Lists of persons mended by how names are written, whatever the tagger said: a double family
name cut at its hyphen, an inverted list's given names left out, a role shared along a list."""

from __future__ import annotations

from citekit.citations.structure import find_exact
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.decode import decode
from citekit.citations.tagger.lists import list_closing_words
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name
from tests.citations.labelled import decode_labelled as _decode


def _names(value: object) -> list[tuple[str | None, str | None]]:
    assert isinstance(value, tuple)
    return [(n.family, n.given) for n in value if isinstance(n, Name)]


def test_a_double_family_name_cut_at_its_hyphen_is_one_name() -> None:
    text = "A. Rodriguez ve M. Phillips-Morrison, “The Voice”, Mol Biol Evol, 1989."
    fields = _decode(
        text,
        [("A. Rodriguez", "author"), ("M. Phillips", "author"), ("Morrison", "author")],
    )
    assert _names(fields["author"]) == [("Rodriguez", "A."), ("Phillips-Morrison", "M.")]


def test_a_spaced_dash_still_parts_two_names() -> None:
    text = "Tekin, Ali - Zengin, Veli, Eser, 1999."
    fields = _decode(text, [("Tekin, Ali", "author"), ("Zengin, Veli", "author")])
    assert _names(fields["author"]) == [("Tekin", "Ali"), ("Zengin", "Veli")]


def test_an_inverted_list_keeps_the_given_names_the_model_left_out() -> None:
    text = "Pälwanowa, Güljahan - Allaberdiýew, Hajy. Himiki önümler. Gökdepe: Miras, 1995."
    fields = _decode(
        text,
        [
            ("Pälwanowa, Güljahan", "author"),
            ("Allaberdiýew", "author"),
            ("Himiki önümler", "title"),
        ],
    )
    assert _names(fields["author"]) == [("Pälwanowa", "Güljahan"), ("Allaberdiýew", "Hajy")]
    assert fields["title"] == "Himiki önümler"


def test_names_after_an_editors_role_word_share_it_whatever_field_the_model_gave() -> None:
    text = "Авторы А. Б. Тема / ред. А. Әлиев, Ж. Чокина, З. Е. Зимин. Ақтөбе: Баспа, 2009."
    fields = _decode(
        text,
        [
            ("Тема", "title"),
            ("А. Әлиев", "editor"),
            ("Ж. Чокина", "author"),
            ("З. Е. Зимин", "publisher"),
            ("Ақтөбе", "publisher-place"),
        ],
    )
    assert _names(fields["editor"]) == [("Әлиев", "А."), ("Чокина", "Ж."), ("Зимин", "З. Е.")]
    assert fields.get("publisher") == "Баспа"  # after the place's colon; no name of the list
    assert _names(fields["author"]) == []


def test_a_dash_joins_editors_written_in_full() -> None:
    text = "Kaya, Ali. Eser. haz. Mahir Bilge - Cem Erdoğan. İstanbul: YKY, 2003."
    fields = _decode(
        text,
        [
            ("Kaya, Ali", "author"),
            ("Eser", "title"),
            ("Mahir Bilge", "editor"),
            ("Cem Erdoğan", "container-title"),
            ("YKY", "publisher"),
        ],
    )
    assert _names(fields["editor"]) == [("Bilge", "Mahir"), ("Erdoğan", "Cem")]
    assert "container-title" not in fields


def test_a_publisher_after_an_editor_stays_the_publisher() -> None:
    text = "“Bölüm”, Eser, haz. Pirahmet Karadeniz, Metis Kitap, Erzurum, 1953, ss. 489-514."
    fields = _decode(
        text,
        [
            ("Pirahmet Karadeniz", "editor"),
            ("Metis Kitap", "publisher"),
            ("Erzurum", "publisher-place"),
        ],
    )
    assert fields["publisher"] == "Metis Kitap"
    assert _names(fields["editor"]) == [("Karadeniz", "Pirahmet")]


def test_a_name_the_model_called_an_editor_with_no_role_word_is_one_more_author() -> None:
    text = "Tez / R. Çetin, M. Şensoy, M. Aksoy. – Berlin : ODTÜ, 2015."
    fields = _decode(
        text,
        [("R. Çetin", "author"), ("M. Şensoy", "editor"), ("M. Aksoy", "author"), ("Tez", "title")],
    )
    assert _names(fields["author"]) == [("Çetin", "R."), ("Şensoy", "M."), ("Aksoy", "M.")]
    assert _names(fields["editor"]) == []


def test_an_author_list_after_a_role_word_is_not_taken_for_authors() -> None:
    text = "Eser, под ред. Havva Keskin, Oğuz Ekinci и Dilcan Tarhan, 475–86. Ankara, 2001."
    fields = _decode(
        text,
        [("Havva Keskin", "editor"), ("Oğuz Ekinci", "author"), ("Dilcan Tarhan", "editor")],
    )
    assert "Tarhan" in [family for family, _ in _names(fields["editor"])]


def test_words_that_close_a_list_of_names_are_not_the_titles() -> None:
    text = "Джунь, Г. С. та інші. Синтаксис складного речення / Г. С. Джунь. – Київ, 1990."
    tokens = tokenize(text)
    labels = ["title"] * len(tokens)
    labels[0] = "author"
    labels[1] = OTHER
    fields = decode(text, tokens, list_closing_words(tokens, labels), find_exact(text))
    assert fields["title"].startswith("Синтаксис складного речення")
    assert "інші" not in fields["title"]
    assert _names(fields["author"]) == [("Джунь", "Г. С.")]


def test_a_quoted_title_keeps_its_lower_case_first_words() -> None:
    text = "Hayes, Wanda. “songs. Regional Security in Eurasia.” Financial Times, 2015."
    tokens = tokenize(text)
    labels = [OTHER] * len(tokens)
    labels[0:4] = ["author"] * 4
    labels[6:13] = ["title"] * 7
    assert list_closing_words(tokens, labels) == labels


def test_an_editors_list_goes_on_to_a_name_whose_initials_period_ends_it() -> None:
    text = "Halyçylyk // Laklar / red. Garlyýewa Z., Aşyrowa G. Atamyrat: Ruh, 1954."
    fields = _decode(
        text,
        [
            ("Halyçylyk", "title"),
            ("Garlyýewa Z.", "editor"),
            ("Aşyrowa G", "author"),
            ("Atamyrat", "publisher-place"),
            ("Ruh", "publisher"),
        ],
    )
    assert _names(fields["editor"]) == [("Garlyýewa", "Z."), ("Aşyrowa", "G.")]


def test_a_digraph_initial_keeps_its_period() -> None:
    text = "Taylor, C. C.; Mendoza, E. Ch. Why Borders Matter. Journal 2015, 11, 515-553."
    fields = _decode(text, [("Taylor, C. C.", "author"), ("Mendoza, E. Ch", "author")])
    assert _names(fields["author"]) == [("Taylor", "C. C."), ("Mendoza", "E. Ch.")]


def test_an_inverted_given_name_that_opens_the_title_run_is_the_names() -> None:
    text = "Akar, Yaltırak - Karadeniz, Zebirce. Bir toplumsal değişim. Mardin: Kriter, 2018."
    fields = _decode(
        text,
        [
            ("Akar, Yaltırak", "author"),
            ("Karadeniz", "author"),
            ("Zebirce. Bir toplumsal değişim", "title"),
        ],
    )
    assert _names(fields["author"]) == [("Akar", "Yaltırak"), ("Karadeniz", "Zebirce")]
    assert fields["title"] == "Bir toplumsal değişim"


def test_a_name_that_et_al_follows_is_the_author_not_the_title() -> None:
    for text in ("Фесенко и др.", "Güçlü vd.", "Hojamuhammedow we başg."):
        name = text.split()[0]
        fields = _decode(text, [(name, "title")])
        assert "title" not in fields
        authors = fields["author"]
        assert isinstance(authors, tuple)
        assert [n.literal for n in authors] == [name]
    fields = _decode("Döwranow we başg.", [("Döwranow", "author"), ("başg", "title")])
    assert "title" not in fields


def test_a_short_title_before_et_al_is_no_second_author_when_the_note_has_one() -> None:
    # the author is named elsewhere: the words before "et al." stay the title's
    text = "Smith J. Raymond Carver et al. // Literary Review. 2019. No. 3."
    fields = _decode(
        text,
        [
            ("Smith J", "author"),
            ("Raymond Carver", "title"),
            ("Literary Review", "container-title"),
        ],
    )
    assert fields["title"] == "Raymond Carver"
    assert [n.family for n in _authors(fields)] == ["Smith"]
    # … but the next name of that author's own list is an author
    text = "Иванов И., Петров П. и др. Большие данные. М.: Наука, 2019."
    fields = _decode(
        text, [("Иванов И", "author"), ("Петров П.", "title"), ("Большие данные", "title")]
    )
    assert [n.family for n in _authors(fields)] == ["Иванов", "Петров"]
    assert fields["title"] == "Большие данные"


def _authors(fields: dict[str, object]) -> list[Name]:
    value = fields["author"]
    assert isinstance(value, tuple)
    return [n for n in value if isinstance(n, Name)]


def test_initials_close_a_name_and_the_word_after_them_opens_the_title() -> None:
    text = "Бекжанов, Ә. Диана Мендібаева — жас ана. URL: https://abai.kz/ru/page_1"
    fields = _decode(text, [("Бекжанов, Ә. Диана Мендібаева", "author"), ("жас ана", "title")])
    assert [(n.family, n.given) for n in _authors(fields)] == [("Бекжанов", "Ә.")]
    assert fields["title"] == "Диана Мендібаева — жас ана"
    text = "Молчанова, Р. А., Большаков, О. И. Захарова заявила о властях // Восток. 1977."
    fields = _decode(
        text,
        [
            ("Молчанова, Р. А.", "author"),
            ("Большаков, О. И. Захарова", "author"),
            ("заявила о властях", "title"),
            ("Восток", "container-title"),
        ],
    )
    assert [n.family for n in _authors(fields)] == ["Молчанова", "Большаков"]
    assert fields["title"] == "Захарова заявила о властях"


def test_a_place_after_an_editors_initials_is_the_place() -> None:
    text = "Энергетика / ред. Бекмағанбетова М. Астана: Фолиант, 1982. 94 б."
    fields = _decode(
        text,
        [
            ("Энергетика", "title"),
            ("Бекмағанбетова М. Астана", "editor"),
            ("Фолиант", "publisher"),
        ],
    )
    editors = fields["editor"]
    assert isinstance(editors, tuple)
    assert [(n.family, n.given) for n in editors] == [("Бекмағанбетова", "М.")]
    assert fields["publisher-place"] == "Астана"


def test_a_latin_given_name_after_one_initial_stays_the_names() -> None:
    # `Oppenheimer, J. Robert`: Latin-script names may write a given name after an initial
    text = "Oppenheimer, J. Robert. The Open Mind. New York: Simon and Schuster, 1955."
    fields = _decode(
        text,
        [
            ("Oppenheimer, J. Robert", "author"),
            ("The Open Mind", "title"),
            ("New York", "publisher-place"),
        ],
    )
    assert [(n.family, n.given) for n in _authors(fields)] == [("Oppenheimer", "J. Robert")]


def test_a_list_of_names_in_direct_order_goes_on_into_the_title_run() -> None:
    # GOST notes write `I. I. Family`; after one and a comma, initials and a family name are
    # the list's next name even when no period parts the last one from the title
    text = "О. П. Петлюра, М. Й. Андрієвич Історія козацтва. Київ: Дух і Літера, 2010. С. 194."
    fields = _decode(
        text,
        [
            ("О. П. Петлюра", "author"),
            ("М. Й. Андрієвич Історія козацтва", "title"),
            ("Київ", "publisher-place"),
        ],
    )
    assert [(n.family, n.given) for n in _authors(fields)] == [
        ("Петлюра", "О. П."),
        ("Андрієвич", "М. Й."),
    ]
    assert fields["title"] == "Історія козацтва"
    text = "Ж. Алтынбаева, А. Жансүгір қызы, Д. Е. Ширяев-Волков Биыл жаттықтырды. Тараз, 2014."
    fields = _decode(
        text,
        [
            ("Ж. Алтынбаева", "author"),
            ("А. Жансүгір қызы, Д. Е. Ширяев-Волков Биыл жаттықтырды", "title"),
        ],
    )
    assert [n.family for n in _authors(fields)] == [
        "Алтынбаева",
        "Жансүгір қызы",
        "Ширяев-Волков",
    ]
    assert fields["title"] == "Биыл жаттықтырды"


def test_a_title_that_opens_with_a_name_stays_the_title() -> None:
    # no list before it: `В. И. Ленин и ВЧК` is a work about a person
    text = "В. И. Ленин и ВЧК. Сб. док. М., 1987. С. 507."
    fields = _decode(text, [("В. И. Ленин и ВЧК", "title")])
    assert fields["title"] == "В. И. Ленин и ВЧК"
    assert _authors(fields) == []


def test_a_cyrillic_name_in_direct_order_ends_with_its_family_name() -> None:
    text = "Н. Гадельшин Қасым-Жомарт Тоқаевтың пікірінше. Түркістан: Алматыкітап, 1978. Б. 58."
    fields = _decode(
        text,
        [
            ("Н. Гадельшин Қасым", "author"),
            ("Жомарт Тоқаевтың пікірінше", "title"),
            ("Түркістан", "publisher-place"),
        ],
    )
    assert [(n.family, n.given) for n in _authors(fields)] == [("Гадельшин", "Н.")]
    assert fields["title"] == "Қасым-Жомарт Тоқаевтың пікірінше"


def test_the_given_names_of_an_inverted_first_author_before_the_year_are_the_names() -> None:
    for text in (
        'Walker, Crystal (4 July 2009). "Governor Closes Roads". RFE/RL. Retrieved 15 August 2013.',
        'Walker, Crystal Anne. 2009. "Governor Closes Roads". RFE/RL.',
    ):
        year = "4 July 2009" if "July" in text else "2009"
        fields = _decode(
            text,
            [
                ("Walker", "author"),
                (year, "issued"),
                ("Governor Closes Roads", "title"),
                ("RFE/RL", "container-title"),
            ],
        )
        assert [n.family for n in _authors(fields)] == ["Walker"], text
        assert _authors(fields)[0].given in ("Crystal", "Crystal Anne")
    # a short note's `Family, Title, page` names no given name
    fields = _decode(
        "İnalcık, Osmanlı İmparatorluğu, 45.",
        [("İnalcık", "author"), ("Osmanlı İmparatorluğu", "title"), ("45", "page")],
    )
    assert [(n.family or n.literal, n.given) for n in _authors(fields)] == [("İnalcık", None)]
