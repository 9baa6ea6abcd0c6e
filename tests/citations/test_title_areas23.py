"""GOST's title area (session 23, titles23): the pieces the model split off a title at a
period, a comma, a quote or a meeting's bracket are the title's; a title opening with a joining
word in small letters takes the name before it. Notes written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.title_areas import title_area
from citekit.citations.tagger.tokens import Token, tokenize
from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # two sentences of one title before a language mark and the host
            "Kendirbai G. Land and People. The Russian Colonization of the Kazak Steppe, "
            "1850–1910 (англ.) // Central Asian Survey. — 2001. — Vol. 20, no. 3. — P. 5—30.",
            "Land and People. The Russian Colonization of the Kazak Steppe, 1850–1910",
        ),
        (  # a meeting's place and date in brackets before the imprint
            "Материалы республиканской научной конференции «Абай и современность» "
            "(Семей, 14–15 августа 2020 г.). – Семей, 2020. – 210 с.",
            "Материалы республиканской научной конференции «Абай и современность» "
            "(Семей, 14–15 августа 2020 г.)",
        ),
        (  # the clause that goes on in small letters after the comma
            "Сборник статей научной конференции, посвященной 90-летию академика Ш. Ш. "
            "Уалиханова. – Алматы, 2019. – 280 с.",
            "Сборник статей научной конференции, посвященной 90-летию академика Ш. Ш. Уалиханова",
        ),
        (  # a quoted name at the head of the title's sentence
            "Омаров Б. «Ақ жол» газеті және Алаш зиялылары. – Алматы : Ғылым, 2014. – 190 б.",
            "«Ақ жол» газеті және Алаш зиялылары",
        ),
    ],
)
def test_the_title_area_is_one_title(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_meeting_date_in_the_title_is_no_issued_date() -> None:
    found = _first(
        "Труды Международного симпозиума тюркологов (Астана, 3–5 июня 2019 г.). "
        "– Астана : Л. Н. Гумилев атындағы ЕҰУ, 2019. – 400 с."
    )
    assert found.title == "Труды Международного симпозиума тюркологов (Астана, 3–5 июня 2019 г.)"
    assert found.issued == PartialDate(2019)


def test_a_title_opening_with_a_joining_word_takes_the_name_before_it() -> None:
    found = _first("Сейтқали А. Мағжан Ж. және «Алқа» тобы // Қазақ әдебиеті. – 2015. – 3 сәуір.")
    assert found.title == "Мағжан Ж. және «Алқа» тобы"
    assert [a.family for a in found.authors] == ["Сейтқали"]


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (  # a host after the title's sentence stays the host
            "Ахметов Б. Дала өркениеті. Қазақ тарихы. – 2017. – № 4. – 12–15 б.",
            "Дала өркениеті",
            "Қазақ тарихы",
        ),
        (
            "Иванов И. И. История степи // Вестник КазНУ. – 2015. – № 2. – С. 3–9.",
            "История степи",
            "Вестник КазНУ",
        ),
    ],
)
def test_a_host_after_the_title_stays(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert (found.title, found.container) == (title, host)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a hyphen typed for GOST's dash
            "Материалы научной конференции «Тюркская цивилизация» (Туркестан, 2 мая 2016 г.). "
            "- Туркестан, 2016. - 180 с.",
            "Материалы научной конференции «Тюркская цивилизация» (Туркестан, 2 мая 2016 г.)",
        ),
        (  # the words a quoted name is the head of
            "Мемлекеттік бағдарлама: «Цифрлы Қазақстан» жобасы. – Астана, 2018. – 60 б.",
            "Мемлекеттік бағдарлама: «Цифрлы Қазақстан» жобасы",
        ),
    ],
)
def test_the_title_area_in_typed_forms(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_year_heading_the_title_before_the_host_is_the_titles() -> None:
    found = _first(
        "Сәрсенов Б. 1932 ж. ашаршылық: мұрағат деректері // Ақиқат. – 2017. – № 6. – Б. 3–9."
    )
    assert found.title == "1932 ж. ашаршылық: мұрағат деректері"
    assert found.issued == PartialDate(2017)


def test_a_glued_hyphen_joins_one_word_of_the_title() -> None:
    found = _first(
        "Kyrgyzstan Jails Former Ex-President Atambayev (англ.). BBC News (23 June 2020). "
        "Дата обращения: 24 июня 2020."
    )
    assert found.title == "Kyrgyzstan Jails Former Ex-President Atambayev"
    assert found.authors == ()


def test_after_initials_only_the_glued_word_is_the_titles() -> None:
    found = _first(
        "Жумабаев Д. С. Экспо-2017 завершилась рекордом посещений [Электронный ресурс] // "
        "Zakon.kz. - 10.09.2017. - Режим доступа: https://www.zakon.kz/expo (дата обращения: "
        "11.09.2017)."
    )
    assert found.title == "Экспо-2017 завершилась рекордом посещений"
    assert [a.family for a in found.authors] == ["Жумабаев"]


def _runs(text: str, spans: list[tuple[str, str]]) -> tuple[list[Token], list[Run]]:
    """The note's tokens and the runs of `spans` (each a piece of `text` and its label)."""
    tokens = tokenize(text)
    found: list[Run] = []
    start = 0
    for piece, label in spans:
        start = text.index(piece, start)
        a = next(k for k, t in enumerate(tokens) if t.start == start)
        b = next(k for k, t in enumerate(tokens) if t.end == start + len(piece)) + 1
        if found and found[-1][2] < a:
            found.append((OTHER, found[-1][2], a))
        found.append((label, a, b))
        start += len(piece)
    return tokens, found


def test_a_glued_hyphen_after_initials_leaves_the_name_its_own() -> None:
    text = "Колесникова-Ли В. И. Универсиаду-2028 решили перенести // Kapital. - 2024."
    tokens, found = _runs(
        text,
        [
            ("Колесникова-Ли В. И. Универсиаду", "author"),
            ("-", OTHER),
            ("2028 решили перенести", "title"),
            ("Kapital", "container-title"),
        ],
    )
    out = title_area(tokens, token_marks(tokens), found)
    pieces = [(label, text[tokens[a].start : tokens[b - 1].end]) for label, a, b in out]
    assert ("author", "Колесникова-Ли В. И.") in pieces
    assert ("title", "Универсиаду-2028 решили перенести") in pieces
