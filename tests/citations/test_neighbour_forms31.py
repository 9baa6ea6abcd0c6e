"""Forms of the region's other languages: Kyrgyz, Tatar and Uyghur titles in Latin letters, Tajik
headlines without the letters only Tajik writes, a host closed by a Turkic day's date, an
ordinal inside an edited host's title, and the French `Family (Given)` name."""

from __future__ import annotations

import pytest

from citekit import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Kyrgyz tilindegi turuktuu söz aikashtary", "ky"),
        ("Kyrgyz tilinin sözdügündögü kalka sözdör", "ky"),
        ("Kyrgyz elinin oozeki chygarmachylygy", "ky"),
        ("Kyrgyz adabiyatyndagy zamanbap romandar", "ky"),
        ("Tatar ädäbi tele tarixı", "tt"),
        ("Tatar telendä süz yasalışı", "tt"),
        ("Kazan tatarlarınıñ tarixı häm mädäniäte", "tt"),
        ("Tatar xalıq cırları", "tt"),
        ("Uyghur xelq qoshaqliri", "ug"),
        ("Uyghur tilining izahliq lughiti", "ug"),
        ("Uyghur xelq chöchekliri", "ug"),
        ("ئۇيغۇر خەلق قوشاقلىرى", "ug"),
        ("Uyghur Nationalism", "en"),
        ("Dedem Korkudun Kitabı", "tr"),
        ("Uyghur Diaspora in Kazakhstan", "en"),
        ("Сохтмони агрегати шашуми НБО-и Роғун идома дорад", "tg"),
        ("Сохтмони роҳи мошингарди Душанбе – Бохтар оғоз шуд", "tg"),
        # the neighbours keep their own
        ("Kırım Tatar Türkçesi üzerine", "tr"),
        ("Huawei P30 işte bu tarihte karşımıza çıkacak", "tr"),
        ("Türkmen halk döredijiligi", "tk"),
        ("Qazaq tiliniń sózdigi", "kk"),
        ("Qazaq tiliniñ tarixı", "kk"),
        ("Kyrgyz Republic and the Eurasian Union", "en"),
        ("Қазақстан мен Ресей арасындағы сауда", "kk"),
        ("Azərbaycan xalq mahnıları", "az"),
    ],
)
def test_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


def test_turkish_typed_plainly_stays_turkish() -> None:
    assert first_citation("Sahin, K. (2012). Halk edebiyati. Ankara: Akcag.").language == "tr"


@pytest.mark.parametrize(
    ("note", "container", "issued"),
    [
        ("«Нарында жаңы көпүрө курулду» // Кабар. 2021-жылдын 12-июну.", "Кабар", "2021-06-12"),
        (
            "«Жалал-Абадда жаңы мектеп курулат» // Кабар, 2022-жылдын 7-октябры.",
            "Кабар",
            "2022-10-07",
        ),
        (
            "“Samarqandda xalqaro turizm forumi bo‘lib o‘tdi”, Kun.uz, 2023-yil 5-may, "
            "https://kun.uz/news/2023/05/05/samarqandda-xalqaro-turizm-forumi",
            "Kun.uz",
            "2023-05-05",
        ),
        (
            "«Мектеп ашылды» // Кыргыз Туусу, 2020-жылдын 3-марты.",
            "Кыргыз Туусу",
            "2020-03-03",
        ),
        (
            "“Toshkentda yangi metro bekati ochildi”, Daryo, 2021-yil 14-noyabr.",
            "Daryo",
            "2021-11-14",
        ),
    ],
)
def test_host_closed_by_a_day(note: str, container: str, issued: str) -> None:
    cited = first_citation(note)
    assert cited.container == container
    assert cited.issued is not None
    assert cited.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "title", "container", "publisher"),
    [
        (
            "Krüger, Sabine: Sprachpolitik in Usbekistan. In: Schulz, Thomas (Hrsg.): "
            "Zentralasien im 21. Jahrhundert. Wiesbaden: Harrassowitz, 2018, S. 112–130.",
            "Sprachpolitik in Usbekistan",
            "Zentralasien im 21. Jahrhundert",
            "Harrassowitz",
        ),
        (
            "Weber, Martin: Nomadismus und Staat. In: Lange, Petra (Hrsg.): Zentralasien im "
            "20. Jahrhundert. Berlin: De Gruyter, 2015, S. 201–225.",
            "Nomadismus und Staat",
            "Zentralasien im 20. Jahrhundert",
            "De Gruyter",
        ),
        (
            "Braun, Eva: Die Kasachen. In: Vogel, Anna (Hrsg.): Die Steppe vom 15. bis zum "
            "18. Jahrhundert. München: Beck, 2011, S. 45–67.",
            "Die Kasachen",
            "Die Steppe vom 15. bis zum 18. Jahrhundert",
            "Beck",
        ),
    ],
)
def test_ordinal_in_edited_host(note: str, title: str, container: str, publisher: str) -> None:
    cited = first_citation(note)
    assert (cited.title, cited.container, cited.publisher) == (title, container, publisher)


@pytest.mark.parametrize(
    ("note", "authors", "editors", "title"),
    [
        (
            "Roux (Pierre), « Les Turkmènes et l'État soviétique », dans Garnier (Luc) (dir.), "
            "L'Asie centrale contemporaine, Paris, Armand Colin, 2012, p. 45-67.",
            [("Roux", "Pierre")],
            ["Garnier"],
            "Les Turkmènes et l'État soviétique",
        ),
        (
            "Bernard (Sophie), « Langues et pouvoir au Tadjikistan », dans Petit (Henri) et "
            "Moreau (Lucie) (dir.), Politiques linguistiques en Eurasie, Lyon, ENS Éditions, "
            "2017, p. 55-80.",
            [("Bernard", "Sophie")],
            ["Petit", "Moreau"],
            "Langues et pouvoir au Tadjikistan",
        ),
        (
            "Lefèvre (Marc), Les Ouïghours et la Chine, Paris, CNRS Éditions, 2019, 288 p.",
            [("Lefèvre", "Marc")],
            [],
            "Les Ouïghours et la Chine",
        ),
        (
            "Dupont (J.-P.), La Sibérie et ses peuples, Paris, PUF, 1990, p. 12.",
            [("Dupont", "J.-P.")],
            [],
            "La Sibérie et ses peuples",
        ),
        (
            "Carrère d'Encausse (Hélène), L'Empire éclaté, Paris, Flammarion, 1978.",
            [("Carrère d'Encausse", "Hélène")],
            [],
            "L'Empire éclaté",
        ),
    ],
)
def test_bracketed_given_name(
    note: str, authors: list[tuple[str, str]], editors: list[str], title: str
) -> None:
    cited = first_citation(note)
    assert [(a.family, a.given) for a in cited.authors] == authors
    assert [e.family for e in cited.editors] == editors
    assert cited.title == title


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        (
            "Li Xiaohua, “Sichou zhi lu jingji dai yu Hasakesitan,” Eluosi yanjiu, no. 3 "
            "(2016): 45–60.",
            "Li",
            "Xiaohua",
        ),
        ("Xu Jianguo, Zhongya wuguo lishi (Beijing: Renmin chubanshe, 2010), 56.", "Xu", "Jianguo"),
        (
            "Wang Jianguo, “Zhongguo yu Zhongya guojia de nengyuan hezuo,” Guoji wenti yanjiu, "
            "no. 4 (2014): 23–35.",
            "Wang",
            "Jianguo",
        ),
        (
            "Jaʿfarī, ʿAlī. “Rawābeṭ-e Īrān va Torkamanestān pas az forupāshī-ye Shuravī.” "
            "Faṣlnāme-ye Moṭāleʿāt-e Āsiyā-ye Markazī va Qafqāz 21, no. 89 (2015): 33–58.",
            "Jaʿfarī",
            "ʿAlī",
        ),
        ("Rajabī, ʿAbbās. Tārīkh-e Bokhārā. Tehrān: Tūs, 1372 š./1993.", "Rajabī", "ʿAbbās"),
    ],
)
def test_romanised_names(note: str, family: str, given: str) -> None:
    (author,) = first_citation(note).authors
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize(
    ("note", "title", "place", "publisher", "issued"),
    [
        (
            "Afšār, Īraj. Safarnāme-ye Torkestān. Tehrān: Našr-e Ketāb, 1379 š./2000.",
            "Safarnāme-ye Torkestān",
            "Tehrān",
            "Našr-e Ketāb",
            "2000",
        ),
        (
            "Karimī, Reżā. Ravābeṭ-e farhangī-ye Īrān va Tājīkestān. Mašhad: Āstān-e Qods, "
            "1385 š./2006.",
            "Ravābeṭ-e farhangī-ye Īrān va Tājīkestān",
            "Mašhad",
            "Āstān-e Qods",
            "2006",
        ),
        (
            "Ahmed Cevdet, Kısas-ı Enbiyâ, İstanbul: Matbaa-i Âmire, 1315/1897, s. 45.",
            "Kısas-ı Enbiyâ",
            "İstanbul",
            "Matbaa-i Âmire",
            "1897",
        ),
        (
            "Zaydān, Jurjī. Tārīkh al-tamaddun al-islāmī. Bayrūt: Dār al-Hilāl, 1421 h./2000.",
            "Tārīkh al-tamaddun al-islāmī",
            "Bayrūt",
            "Dār al-Hilāl",
            "2000",
        ),
    ],
)
def test_year_in_two_calendars(
    note: str, title: str, place: str, publisher: str, issued: str
) -> None:
    cited = first_citation(note)
    assert (cited.title, cited.publisher_place, cited.publisher) == (title, place, publisher)
    assert cited.issued is not None
    assert cited.issued.isoformat() == issued


def test_two_numbers_no_calendars_apart_stay() -> None:
    from citekit.citations.double_years import common_era_years

    assert common_era_years("Tehrān, 1379 š./2000.") == "Tehrān,         2000."
    assert common_era_years("No. 1990/2000, 12") == "No. 1990/2000, 12"
    assert common_era_years("ss. 1200/2000") == "ss. 1200/2000"


@pytest.mark.parametrize(
    "note",
    [
        "Kazakhstan (Astana), Strategy 2050, 2012.",
        "World Bank (Washington), Kazakhstan Economic Update, 2019.",
        "Martin (Paris), « Le coton », Le Monde, 2008.",
    ],
)
def test_a_bodys_seat_in_brackets_is_no_given_name(note: str) -> None:
    assert all(
        a.given not in ("Astana", "Washington", "Paris") for a in first_citation(note).authors
    )


def test_family_in_capitals_with_bracketed_given() -> None:
    (author,) = first_citation("DUPONT (Jean), La Sibérie, Paris, PUF, 1990, p. 12.").authors
    assert (author.family, author.given) == ("DUPONT", "Jean")
