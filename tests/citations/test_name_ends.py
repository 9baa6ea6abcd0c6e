"""Where a person's name ends: an apostrophe typed for a letter's mark, a father's word, a
generation's word, and initials or a conjunction that open the title's own name."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


def _families(names: object) -> list[str | None]:
    return [n.family for n in names]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        (
            "Yo'ldosh Safarov, O'zbek xalq og'zaki ijodi (Toshkent: Fan, 2012), 56.",
            "Safarov",
            "O'zbek xalq og'zaki ijodi",
        ),
        (
            "G'ulom Karimov, O'zbek adabiyoti tarixi (Toshkent: O'qituvchi, 2010), 98.",
            "Karimov",
            "O'zbek adabiyoti tarixi",
        ),
        (
            "Karimov G'.K. O'zbek adabiyoti tarixi. – Toshkent: O'qituvchi, 2010. – 312 b.",
            "Karimov",
            "O'zbek adabiyoti tarixi",
        ),
        (
            "Sean O'Brien, The Irish Land War and Its Aftermath (Dublin: Four Courts Press, "
            "2011), 73.",
            "O'Brien",
            "The Irish Land War and Its Aftermath",
        ),
        (
            "Sh. Mirziyoyev, Yangi O’zbekiston strategiyasi (Toshkent: O’zbekiston, 2021), 14.",
            "Mirziyoyev",
            "Yangi O’zbekiston strategiyasi",
        ),
    ],
)
def test_an_apostrophe_for_a_letters_mark_is_part_of_the_word(
    note: str, family: str, title: str
) -> None:
    cited = first_citation(note)
    assert _families(cited.authors) == [family]
    assert cited.title == title


# a father's word (oğlu, qızı, ұлы, o'g'li, a patronymic) closes a family-first name
_FATHERS_WORDS = [
    (
        "Məmmədov Əli Hüseyn oğlu. Azərbaycan dilinin tarixi. – Bakı: Elm, 2011. – 280 s.",
        ["Məmmədov"],
        "Azərbaycan dilinin tarixi",
    ),
    (
        "Əliyeva Səbinə Rafiq qızı. Nizami Gəncəvi yaradıcılığında qadın obrazları. – "
        "Bakı: Nurlan, 2016. – 190 s.",
        ["Əliyeva"],
        "Nizami Gəncəvi yaradıcılığında qadın obrazları",
    ),
    (
        "Tursunov Alisher Ibrohim o'g'li. O'zbek tilining leksikologiyasi. – Toshkent: "
        "Fan, 2018. – 150 b.",
        ["Tursunov"],
        "O'zbek tilining leksikologiyasi",
    ),
    (
        "Назарбаев Нұрсұлтан Әбіш ұлы. Қазақстан жолы. – Астана: Елорда, 2006. – 372 б.",
        ["Назарбаев"],
        "Қазақстан жолы",
    ),
    (
        "Seyidov Yusif Məmməd oğlu, Quliyev Vaqif Tofiq oğlu. Azərbaycan ədəbiyyatı. – "
        "Bakı: Maarif, 1999. – 300 s.",
        ["Seyidov", "Quliyev"],
        "Azərbaycan ədəbiyyatı",
    ),
    (
        "Karimov Islom Abdug'aniyevich. O'zbekiston mustaqillikka erishish ostonasida. – "
        "Toshkent: O'zbekiston, 2011. – 440 b.",
        ["Karimov"],
        "O'zbekiston mustaqillikka erishish ostonasida",
    ),
]

# a name the title opens with is the title's, not a second author
_TITLES_OWN_NAMES = [
    (
        "Е. С. Сидорова Л. Н. Гумилёв и евразийство // Вопросы философии. – 2001. – № 3. – "
        "С. 22–36.",
        ["Сидорова"],
        "Л. Н. Гумилёв и евразийство",
    ),
    (
        "Шаповал Є. М., Ватаманюк-Джунь Я. С. Ш. Уәлиханов және 50 років в історії степу. "
        "Київ, 1967.",
        ["Шаповал", "Ватаманюк-Джунь"],
        "Ш. Уәлиханов және 50 років в історії степу",
    ),
    (
        'П. Нурмагамбетов, K. Altynbayeva Ш. Уәлиханов және "Алтын қыран". Нұр-Сұлтан, '
        "1953. Б. 81.",
        ["Нурмагамбетов", "Altynbayeva"],
        'Ш. Уәлиханов және "Алтын қыран"',
    ),
    (
        "Barış Karaca, Ahmet Yesevi ve “Sinekli Bakkal” Üzerine Bir İnceleme (Bartın: Kapı "
        "Yayınları, 2018), 381.",
        ["Karaca"],
        "Ahmet Yesevi ve “Sinekli Bakkal” Üzerine Bir İnceleme",
    ),
    (
        "Ali Çelik, Yunus Emre ve Anadolu Sufiliği (Konya: Çizgi Kitabevi, 2015), 44.",
        ["Çelik"],
        "Yunus Emre ve Anadolu Sufiliği",
    ),
    (
        "Олег Смирнов, Лев Толстой и Ясная Поляна (Тула: Приокское, 1988), 5.",
        ["Смирнов"],
        "Лев Толстой и Ясная Поляна",
    ),
]


@pytest.mark.parametrize(
    ("note", "families", "title"),
    [*_FATHERS_WORDS, *_TITLES_OWN_NAMES],
)
def test_the_authors_name_ends_before_the_title(note: str, families: list[str], title: str) -> None:
    cited = first_citation(note)
    assert _families(cited.authors) == families
    assert cited.title == title


@pytest.mark.parametrize(
    ("note", "family"),
    [
        ("Martin Luther King Jr., Why We Can't Wait (New York: Harper & Row, 1964), 80.", "King"),
        (
            "John Hope Franklin Jr., From Slavery to Freedom (New York: Knopf, 1947), 88.",
            "Franklin",
        ),
    ],
)
def test_a_generation_word_closes_a_direct_name(note: str, family: str) -> None:
    assert _families(first_citation(note).authors) == [family]


@pytest.mark.parametrize(
    ("note", "families"),
    [
        (
            "Smith, John, Mary Jones, and Peter Brown. Urban Ecology in Practice. New York: "
            "Springer, 2015.",
            ["Smith", "Jones", "Brown"],
        ),
        (
            "Mehmet Kaya, Ali Demir ve Ayşe Yılmaz, Türk Dili Tarihi (Ankara: TDK, 2001), 12.",
            ["Kaya", "Demir", "Yılmaz"],
        ),
        ("Иванов И. И. Пушкин и Гоголь. – М.: Наука, 1990. – 200 с.", ["Иванов"]),
    ],
)
def test_lists_of_authors_stay_whole(note: str, families: list[str]) -> None:
    assert _families(first_citation(note).authors) == families


@pytest.mark.parametrize(
    ("note", "role", "family"),
    [
        (
            "Әл-Фараби. Философиялық трактаттар / аудар. А. Көбесов. – Алматы: Ғылым, 1973. – "
            "448 б.",
            "translators",
            "Көбесов",
        ),
        (
            "Alisher Navoiy. Xamsa / nashrga tayyorlovchi P. Shamsiyev. – Toshkent: G'afur "
            "G'ulom, 2006. – 720 b.",
            "editors",
            "Shamsiyev",
        ),
    ],
)
def test_role_words(note: str, role: str, family: str) -> None:
    cited = first_citation(note)
    assert _families(getattr(cited, role)) == [family]
    assert family not in _families(cited.authors)


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "Safarov Yo'ldosh. O'zbek xalq og'zaki ijodi. – Toshkent: Fan, 2012. – 240 b.",
            "Safarov",
            "Yo'ldosh",
        ),
        ("Karimov Alisher. O'zbek tili. – Toshkent: Fan, 2010. – 120 b.", "Karimov", "Alisher"),
        ("Alisher Karimov, O'zbek tili (Toshkent: Fan, 2010), 5.", "Karimov", "Alisher"),
        (
            "Orazow Merdan. Türkmen halk döredijiligi. – Aşgabat: Ylym, 2010. – 200 s.",
            "Orazow",
            "Merdan",
        ),
    ],
)
def test_lists_written_family_first(note: str, family: str, given: str) -> None:
    (name,) = first_citation(note).authors
    assert (name.family, name.given) == (family, given)
