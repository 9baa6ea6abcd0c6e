"""Decoding facts found by the synthetic references benchmark: repeated names, apostrophes."""

from __future__ import annotations

from citekit.citations.structure import find_exact
from citekit.citations.tagger.decode import Fields, decode
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name


def _decode(text: str, spans: list[tuple[str, str]]) -> Fields:
    """Decode `text` whose tokens inside each (substring, label) carry that label; each
    person's substring starts a new name (as the tagger's B- labels say)."""
    tokens = tokenize(text)
    labels = ["other"] * len(tokens)
    starts: set[int] = set()
    at = 0
    for part, label in spans:
        start = text.index(part, at)
        at = start + len(part)
        inside = [i for i, t in enumerate(tokens) if start <= t.start < at]
        for i in inside:
            labels[i] = label
        if label in ("author", "editor", "translator"):
            starts.add(inside[0])
    return decode(text, tokens, labels, find_exact(text), starts=starts)


def test_gost_writes_the_first_author_twice_and_the_record_keeps_one() -> None:
    text = "Сейітова А.Б. Тіл мен қоғам / А. Б. Сейітова, Н. К. Омаров // Ақиқат. 2011."
    fields = _decode(
        text,
        [
            ("Сейітова А.Б.", "author"),
            ("Тіл мен қоғам", "title"),
            ("А. Б. Сейітова", "author"),
            ("Н. К. Омаров", "author"),
            ("Ақиқат", "container-title"),
        ],
    )
    assert fields["author"] == (
        Name(family="Сейітова", given="А.Б."),
        Name(family="Омаров", given="Н. К."),
    )


def test_a_repeated_name_typed_with_a_twin_letter_is_the_same_name() -> None:
    text = "Сейітова А.Б. Тіл мен қоғам / А. Б. Сейітoва // Ақиқат. 2011."  # a Latin o
    fields = _decode(
        text,
        [
            ("Сейітова А.Б.", "author"),
            ("Тіл мен қоғам", "title"),
            ("А. Б. Сейітoва", "author"),
            ("Ақиқат", "container-title"),
        ],
    )
    assert fields["author"] == (Name(family="Сейітова", given="А.Б."),)


def test_two_people_of_one_family_stay_two() -> None:
    text = "Smith, J., Smith, P. On Twins. London: Penguin, 1990."
    spans = [("Smith, J.", "author"), ("Smith, P.", "author"), ("On Twins", "title")]
    fields = _decode(text, spans)
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert [(n.family, n.given) for n in authors] == [("Smith", "J."), ("Smith", "P.")]


def test_a_bare_surname_of_a_listed_author_is_that_author() -> None:
    text = "Петренко та ін. Козацька доба / В. В. Петренко, О. І. Мороз // Праці. 2014."
    fields = _decode(
        text,
        [
            ("Петренко", "author"),
            ("Козацька доба", "title"),
            ("В. В. Петренко", "author"),
            ("О. І. Мороз", "author"),
        ],
    )
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert [n.family for n in authors] == ["Петренко", "Мороз"]


def test_an_apostrophe_inside_a_word_does_not_close_a_quote() -> None:
    text = "Kaya, Ali. Bank CEO’su paraları ‘eziyor’. İstanbul: Yapı, 2001."
    fields = _decode(text, [("Kaya, Ali", "author"), ("Bank CEO’su paraları ‘eziyor’", "title")])
    assert fields["title"] == "Bank CEO’su paraları ‘eziyor’"
    text = "O'Brien, Pat. The 'Dublin' O'Neills. Cork: Mercier, 1999."
    fields = _decode(text, [("O'Brien, Pat", "author"), ("The 'Dublin' O'Neills", "title")])
    assert fields["title"] == "The 'Dublin' O'Neills"


def test_initials_whose_letters_are_a_joining_word_stay_initials() -> None:
    # Kazakh "т.б." (and so on) is written with the same letters as the initials "Т. Б."
    text = "Щербакова Т. Б. Тюркские паралели // Учёные записки. 2010."
    fields = _decode(text, [("Щербакова Т. Б.", "author"), ("Тюркские паралели", "title")])
    assert fields["author"] == (Name(family="Щербакова", given="Т. Б."),)


def test_an_inverted_first_name_cut_at_its_comma_is_one_name() -> None:
    text = "Турова, Ангелина Макаровна, and Регина Мельникова. “Закон.” Правительство, 2023."
    fields = _decode(
        text,
        [("Турова", "author"), ("Ангелина Макаровна", "author"), ("Регина Мельникова", "author")],
    )
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert [(n.family, n.given) for n in authors] == [
        ("Турова", "Ангелина Макаровна"),
        ("Мельникова", "Регина"),
    ]


def test_initials_left_out_after_an_inverted_family_are_counted_in() -> None:
    text = "Калашников, Н. И. Эпос «Манас» // Проблемы языкознания. 2019."
    fields = _decode(text, [("Калашников", "author"), ("Эпос «Манас»", "title")])
    assert fields["author"] == (Name(family="Калашников", given="Н. И."),)


def test_a_comma_list_of_whole_names_is_one_name_each() -> None:
    text = "Networks / G. Parker, N. Johnson, L. Rodriguez // Intelligencer. 2001."
    names = "G. Parker, N. Johnson, L. Rodriguez"
    fields = _decode(text, [("Networks", "title"), (names, "author")])
    authors = fields["author"]
    assert isinstance(authors, tuple)
    assert [n.family for n in authors] == ["Parker", "Johnson", "Rodriguez"]


def test_initials_given_to_the_title_after_an_inverted_family_are_the_name_s() -> None:
    text = "Харитонов, Е. В. Динамика канала / Е. В. Харитонов. – М. : Наука, 2023."
    fields = _decode(text, [("Харитонов", "author"), ("Е. В. Динамика канала", "title")])
    assert fields["author"] == (Name(family="Харитонов", given="Е. В."),)
    assert fields["title"] == "Динамика канала"


def test_a_title_keeps_its_closing_ellipsis() -> None:
    text = "“Keşif: Sanılandan çok daha eskiden beri...”, ANKASAM, 2019."
    fields = _decode(text, [("Keşif: Sanılandan çok daha eskiden beri...", "title")])
    assert fields["title"] == "Keşif: Sanılandan çok daha eskiden beri..."


def test_a_volume_word_opening_a_title_is_the_title_s_when_the_note_has_its_volume() -> None:
    text = "Cilt 2: Eski Uygurca Metinler // Journal of Studies. — 2006. — Т. 37, № 10."
    fields = _decode(
        text,
        [
            ("Cilt 2: Eski Uygurca Metinler", "title"),
            ("Journal of Studies", "container-title"),
            ("Т. 37", "volume"),
        ],
    )
    assert fields["title"] == "Cilt 2: Eski Uygurca Metinler"
    assert fields["volume"] == "37"


def test_a_volume_word_inside_the_title_s_quotes_is_the_title_s() -> None:
    text = "“Т. 3. Театр күні мерекесі,” Қазақ үні, 2016."
    fields = _decode(text, [("Т. 3. Театр күні мерекесі", "title")])
    assert fields["title"] == "Т. 3. Театр күні мерекесі"
    assert "volume" not in fields
    text = "Т. 2. «Сөз өнері». Алматы: Жазушы, 1980."
    fields = _decode(text, [("Т. 2. «Сөз өнері»", "title")])
    assert (fields["volume"], fields["title"]) == ("2", "Сөз өнері")


def test_a_body_s_name_with_a_joining_word_is_one_name() -> None:
    text = "Міністерство освіти і науки України, Звіт за 2017 рік (Київ, 2017)."
    fields = _decode(text, [("Міністерство освіти і науки України", "author")])
    assert fields["author"] == (Name(literal="Міністерство освіти і науки України"),)
