"""Chinese, Japanese and Korean authors cited family first (`[names] family` of zh, ja, ko)."""

from __future__ import annotations

import pytest

from citekit.citations.family_names import family_first_by_family
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "Mori Masao, Kodai Toruko minzoku shi kenkyū (Tokyo: Yamakawa Shuppansha, 1967), 45.",
            "Mori",
            "Masao",
        ),
        (
            "Wang Gungwu, The Chinese Overseas (Cambridge: Harvard University Press, 2000), 112.",
            "Wang",
            "Gungwu",
        ),
        ("Fan Wenlan. Zhongguo tongshi. Beijing: Renmin chubanshe, 1978.", "Fan", "Wenlan"),
        (
            "Kim Dae-jung, Mass-Participatory Economy (Lanham: University Press, 1996), 33.",
            "Kim",
            "Dae-jung",
        ),
        (
            "Park Chung-hee, Our Nation's Path (Seoul: Dong-A Publishing, 1962).",
            "Park",
            "Chung-hee",
        ),
        (
            "Yamada Nobuo, Kita Ajia yūbokumin no kenkyū (Tokyo: Yamakawa Shuppansha, 1989), 120.",
            "Yamada",
            "Nobuo",
        ),
    ],
)
def test_an_east_asian_name_is_family_first(note: str, family: str, given: str) -> None:
    author = first_citation(note).authors[0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize(
    "note",
    [
        "Kim Elliott, Water Politics (London: Routledge, 2001), 12.",
        "Lee Hamilton, A Creed for a Nation (New York: Norton, 1999).",
        "Kim Novak, Memoirs (London: Faber, 2010).",
    ],
)
def test_a_western_name_keeps_its_order(note: str) -> None:
    assert first_citation(note).authors[0].given in ("Kim", "Lee")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Cen", "Zhongmian", True),
        ("Lee", "Ki-baik", True),
        ("Chiang", "Kai-shek", True),
        ("Lee", "Webster", False),
        ("Kim", "Erickson", False),
        ("Sima", "Qian", False),  # both families: the order stays unclear
    ],
)
def test_family_first_by_family(first: str, second: str, expected: bool) -> None:
    assert family_first_by_family(first, second) is expected


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        ("Halasi-Kun T. Philologica I. – Budapest, 1942. – 118 p.", "Halasi-Kun", "Philologica I"),
        ("Halasi-Kun T. A kun nyelv. – Budapest, 1942.", "Halasi-Kun", "A kun nyelv"),
        (
            "Бестужев-Рюмин К. Н. Русская история. – СПб., 1872. – 480 с.",
            "Бестужев-Рюмин",
            "Русская история",
        ),
    ],
)
def test_a_hyphenated_family_before_its_initials(note: str, family: str, title: str) -> None:
    cited = first_citation(note)
    assert (cited.authors[0].family, cited.title) == (family, title)
