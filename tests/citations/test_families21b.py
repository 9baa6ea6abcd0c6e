"""Citation families written for these tests (session 21b): MLA 9's addresses without a scheme,
IEEE's proceedings hosts, report numbers, theses and editor lists, ISO 690's editors after
`In:`, Kazakh `ред. басқарған` and Uzbek Cyrillic titles."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


def _names(found: tuple[object, ...]) -> list[str]:
    return [str(n) for n in found]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            'Omarova, Dana. "Grain Exports Rise." The Astana Times, 2 May 2022, '
            "astanatimes.com/2022/05/grain-exports-rise/. Accessed 9 June 2022.",
            "astanatimes.com/2022/05/grain-exports-rise/",
        ),
        (
            'Lee, Ann. "Water in the Ferghana Valley." Eurasianet, 3 Mar. 2020, '
            "eurasianet.org/water-in-the-ferghana-valley.",
            "eurasianet.org/water-in-the-ferghana-valley",
        ),
    ],
)
def test_mla_address_without_scheme(text: str, url: str) -> None:
    assert _first(text).url == url


def test_slashed_numbers_are_no_address() -> None:
    found = _first("Иванов И. И. История. – М.: Наука, 2001/2002. – 300 с.")
    assert found.url is None


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [
        (
            "B. Nurmagambetov and D. Lee, “Fault detection in substations,” in Proc. IEEE Int. "
            "Conf. Power Syst. Technol. (POWERCON), Guangzhou, China, 2018, pp. 88–93.",
            "Proc. IEEE Int. Conf. Power Syst. Technol. (POWERCON)",
            "Guangzhou, China",
        ),
        (
            "T. Aliyev, “Edge caching for rural networks,” in 2019 IEEE Int. Conf. on "
            "Communications (ICC), Shanghai, China, 2019, pp. 1–6.",
            "2019 IEEE Int. Conf. on Communications (ICC)",
            "Shanghai, China",
        ),
        (
            "K. Bekov, “Solar forecasting with satellite images,” in Proc. Int. Conf. Electr., "
            "Comput. Energy Technol. (ICECET), Cape Town, South Africa, 2021, pp. 7–12.",
            "Proc. Int. Conf. Electr., Comput. Energy Technol. (ICECET)",
            "Cape Town, South Africa",
        ),
    ],
)
def test_ieee_proceedings_host(text: str, host: str, place: str) -> None:
    found = _first(text)
    assert (found.container, found.publisher_place, found.type) == (host, place, "paper-conference")


def test_ieee_report_number() -> None:
    found = _first(
        "Asian Development Bank, “Central Asia regional economic cooperation,” Asian "
        "Development Bank, Manila, Philippines, Rep. no. 45123, 2020."
    )
    assert (found.issue, found.publisher, found.type) == (
        "45123",
        "Asian Development Bank",
        "report",
    )


def test_ieee_thesis_bodies_are_no_authors() -> None:
    found = _first(
        "A. Tulegenov, “Seismic risk of Almaty housing,” Ph.D. dissertation, Dept. Civil Eng., "
        "Kazakh Natl. Tech. Univ., Almaty, Kazakhstan, 2020."
    )
    assert _names(found.authors) == ["A. Tulegenov"]
    assert found.type == "thesis"


def test_ieee_editors_cut_short() -> None:
    found = _first(
        "R. Kim et al., “Sparse transformers,” in Advances in Neural Information Processing "
        "Systems, vol. 32, H. Wallach et al., Eds. Red Hook, NY, USA: Curran Associates, 2019, "
        "pp. 10–19."
    )
    assert _names(found.authors) == ["R. Kim"]
    assert _names(found.editors) == ["H. Wallach"]
    assert (found.publisher, found.publisher_place) == ("Curran Associates", "Red Hook, NY, USA")


def test_iso690_editors_after_in() -> None:
    found = _first(
        "ABAZOV, Rafis. Nomads and cities? In: ROY, Olivier, ed. Central Asian Urbanism. "
        "Paris: Karthala, 2008, pp. 14–30."
    )
    assert _names(found.editors) == ["ROY, Olivier"]
    assert found.container == "Central Asian Urbanism"


def test_kazakh_editor_who_led_the_volume() -> None:
    found = _first(
        "Қазақ тілінің түсіндірме сөздігі / ред. басқарған Т. Жанұзақов. – Алматы: Дайк-Пресс, "
        "2008. – 968 б."
    )
    assert _names(found.editors) == ["Т. Жанұзақов"]


@pytest.mark.parametrize(
    "title",
    ["Ўзбекистоннинг иқтисодий ривожланиши", "Адабиёт назариясининг асослари"],
)
def test_uzbek_cyrillic_titles(title: str) -> None:
    assert detect_language(title) == "uz"


def test_sitting_bracket_is_no_acronym() -> None:
    found = _first(
        'Aigul Sarsen, "Grain Corridors of the Caspian," in Proceedings of the International '
        "Conference on Caspian Trade (Aktau, 2018), 40–47."
    )
    assert found.container == "Proceedings of the International Conference on Caspian Trade"


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            '"Turkmenistan." The World Factbook, Central Intelligence Agency, 2022, '
            "www.cia.gov/the-world-factbook/countries/turkmenistan/. Accessed 4 Feb. 2023.",
            "The World Factbook",
        ),
        (
            '"Dushanbe Declaration." OSCE, Organization for Security and Co-operation in Europe, '
            "5 Nov. 2019, www.osce.org/mc/44123.",
            "OSCE",
        ),
    ],
)
def test_mla_container_before_its_owner(text: str, container: str) -> None:
    assert _first(text).container == container


def test_iso690_host_before_its_imprint() -> None:
    found = _first("SEITOV, A. Steppe law. In: Nomads in transition. Almaty: KISI, 2014, pp. 7–19.")
    assert (found.container, found.publisher_place, found.publisher) == (
        "Nomads in transition",
        "Almaty",
        "KISI",
    )


@pytest.mark.parametrize(
    "title",
    ["Гісторыя беларускай літаратуры", "Нацыянальная палітыка ў Рэспубліцы Беларусь"],
)
def test_belarusian_titles(title: str) -> None:
    assert detect_language(title) == "be"


@pytest.mark.parametrize(
    ("title", "code"),
    [("Қазақ әдебиетінің тарихы", "kk"), ("Історія української мови", "uk")],
)
def test_belarusian_neighbours_keep_theirs(title: str, code: str) -> None:
    assert detect_language(title) == code
