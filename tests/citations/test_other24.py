"""Notes citing works in other languages (session 24): a romanized Arabic or Persian name that
opens with an ʿayn (`ʿAbbās`), a medieval period bracketed in a title (`(1136–1225-ci illər)`),
names with particles (`Hélène Carrère d’Encausse,`, `Carrère d’Encausse, Hélène,`, `von Hagen,
Mark:`), a Chinese name with its characters and a title in Han characters, a Georgian imprint,
a Persian bibliography's entry (`Family، Given. Title. Place: Publisher، Year.`). The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.scoring import predict


def _predict(note: str) -> dict[str, object]:
    return predict({"note": note, "prev": []})


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "ʿAbbās Iqbāl Āshtiyānī, Tārīkh-i Mughul (Tehran: Amīr Kabīr, 1986), 134.",
            "ʿAbbās Iqbāl Āshtiyānī",
            "Tārīkh-i Mughul",
        ),
        (
            "Hélène Carrère d’Encausse, L’Empire éclaté (Paris: Flammarion, 1978), 56.",
            "Hélène Carrère d’Encausse",
            "L’Empire éclaté",
        ),
        (
            "Xavier de Planhol, Les nations du Prophète (Paris: Fayard, 1993), 45.",
            "Xavier de Planhol",
            "Les nations du Prophète",
        ),
        (
            "Carrère d’Encausse, Hélène. L’Empire éclaté. Paris : Flammarion, 1978.",
            "Carrère d’Encausse, Hélène",
            "L’Empire éclaté",
        ),
        (
            "Carrère d’Encausse, Hélène, L’Empire éclaté, Paris, Flammarion, 1978, p. 56.",
            "Carrère d’Encausse, Hélène",
            "L’Empire éclaté",
        ),
        (
            "von Hagen, Mark: Die Ukraine. München: Beck, 2004.",
            "von Hagen, Mark",
            "Die Ukraine",
        ),
        (
            "Wang Gungwu 王赓武, Zhongguo yu haiwai huaren 中国与海外华人 (Taipei: Taiwan "
            "shangwu yinshuguan, 1994), 12.",
            "Wang Gungwu 王赓武",
            "Zhongguo yu haiwai huaren 中国与海外华人",
        ),
    ],
)
def test_names_of_other_languages(note: str, author: str, title: str) -> None:
    got = _predict(note)
    assert got["author"] == [author]
    assert got["title"] == title
    assert got["language"] == "other"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Bünyadov Z. Azərbaycan Atabəylər dövləti (1136–1225-ci illər). Bakı: Elm, 1985, "
            "səh. 112.",
            "Azərbaycan Atabəylər dövləti (1136–1225-ci illər)",
        ),
        ("Bartold V. Turkestan (750–1258). London, 1928.", "Turkestan (750–1258)"),
    ],
)
def test_medieval_period_in_title(note: str, title: str) -> None:
    assert _predict(note)["title"] == title


def test_han_title_is_chinese_unless_another_script() -> None:
    assert detect_language("Zhongguo yu haiwai huaren 中国与海外华人") == "zh"
    assert detect_language("Бұқаралық ақпарат құралдары туралы (世界各国和地区名称代码)") == "kk"


def test_bracketed_han_translation_leaves_the_title_its_language() -> None:
    # a square-bracketed part translates the title: the romanised Kazakh title is not Chinese
    title = "Qazaqstan tarihy [哈萨克斯坦历史]"
    assert detect_language(title) != "zh"
    assert detect_language("哈萨克斯坦历史 [Qazaqstan tarihy]") == "zh"


def test_georgian_imprint() -> None:
    got = _predict(
        "ჯავახიშვილი ი. ქართველი ერის ისტორია. თბილისი: თბილისის უნივერსიტეტის "
        "გამომცემლობა, 1979. გვ. 45."
    )
    assert got["title"] == "ქართველი ერის ისტორია"
    assert got["place"] == "თბილისი"
    assert got["pages"] == "45"
    assert got["language"] == "other"


def test_persian_bibliography_entry() -> None:
    got = _predict("زرین‌کوب، عبدالحسین. تاریخ مردم ایران. تهران: امیرکبیر، ۱۳۷۸.")
    assert got["author"] == ["زرین‌کوب، عبدالحسین"]
    assert got["title"] == "تاریخ مردم ایران"
    assert got["place"] == "تهران"
    assert got["publisher"] == "امیرکبیر"


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "ʿAlī b. Muḥammad al-Jurjānī, Kitāb al-Taʿrīfāt (Beirut: Maktabat Lubnān, 1985), 62.",
            "ʿAlī b. Muḥammad al-Jurjānī",
            "Kitāb al-Taʿrīfāt",
        ),
        (
            "Aḥmad ibn Ḥanbal, al-Musnad (Cairo: Dār al-Maʿārif, 1949), 3:45.",
            "Aḥmad ibn Ḥanbal",
            "al-Musnad",
        ),
    ],
)
def test_arabic_names_with_connectors(note: str, author: str, title: str) -> None:
    got = _predict(note)
    assert got["author"] == [author]
    assert got["title"] == title


def test_tajik_title() -> None:
    assert detect_language("Таърихи тоҷикон") == "tg"
    assert detect_language("Самарқанд ва Бухоро") == "uz"
    got = _predict("Масов Р. Таърихи тоҷикон. – Душанбе: Дониш, 2008. – С. 77.")
    assert got["language"] == "other"


def test_german_title_named_by_its_exonym() -> None:
    assert detect_language("Dschingis Khan in Usbekistan") == "de"


def test_arabic_name_inverted_after_its_article() -> None:
    got = _predict(
        "al-Ṭabarī, Muḥammad ibn Jarīr. Taʾrīkh al-rusul wa-al-mulūk. Cairo: Dār al-Maʿārif, 1967."
    )
    assert got["author"] == ["al-Ṭabarī, Muḥammad ibn Jarīr"]
    assert got["title"] == "Taʾrīkh al-rusul wa-al-mulūk"


def test_ayn_inside_a_title_stays_a_title_word() -> None:
    got = _predict("Ibn Khaldūn, Kitāb al-ʿIbar, Beirut: Dār al-Fikr, 1988, vol. 5, p. 112.")
    assert got["author"] == ["Ibn Khaldūn"]
    assert got["title"] == "Kitāb al-ʿIbar"


@pytest.mark.parametrize(
    ("note", "title", "volume"),
    [
        (
            "Əlizadə Ə. Azərbaycan dilinin izahlı lüğəti. 4 cilddə. Bakı: Şərq-Qərb, 2006.",
            "Azərbaycan dilinin izahlı lüğəti",
            None,
        ),
        (
            "Navoiy A. Mukammal asarlar toʻplami. 20 jildlik. 3-jild. Toshkent: Fan, 1988. 45-bet.",
            "Mukammal asarlar toʻplami",
            "3",
        ),
        (
            "Айтматов Ч. Чыгармалар жыйнагы. 4 томдук. 2-том. Бишкек: Шам, 1998. 45-б.",
            "Чыгармалар жыйнагы",
            "2",
        ),
    ],
)
def test_set_counts_of_neighbour_languages(note: str, title: str, volume: str | None) -> None:
    got = _predict(note)
    assert got["title"] == title
    assert got.get("volume") == volume


@pytest.mark.parametrize(
    ("note", "host"),
    [
        ("Jürgen Paul, „Zentralasien“, in: Osteuropa 57 (2007), S. 45–60.", "Osteuropa"),
        (
            "Jürgen Paul, „Zentralasien“, in: Neue Fischer Weltgeschichte, Bd. 10, Frankfurt am "
            "Main: Fischer, 2012, S. 45–60.",
            "Neue Fischer Weltgeschichte",
        ),
    ],
)
def test_host_word_with_its_colon_is_no_host_word(note: str, host: str) -> None:
    got = _predict(note)
    assert got["container"] == host
    assert got["title"] == "Zentralasien"


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        (
            "Alexandre Bennigsen and Chantal Lemercier-Quelquejay, L’Islam en Union soviétique "
            "(Paris: Payot, 1968), 59.",
            ["Alexandre Bennigsen", "Chantal Lemercier-Quelquejay"],
            "L’Islam en Union soviétique",
        ),
        (
            "Hélène Carrère d’Encausse, L’Empire éclaté, Paris: Flammarion, 1978, p. 88.",
            ["Hélène Carrère d’Encausse"],
            "L’Empire éclaté",
        ),
    ],
)
def test_names_before_an_imprint(note: str, authors: list[str], title: str) -> None:
    got = _predict(note)
    assert got["author"] == authors
    assert got["title"] == title


def test_french_elided_article_tells_french() -> None:
    assert detect_language("L’Islam balkanique") == "fr"
    assert detect_language("Islam in Central Asia") == "en"
    assert detect_language("Kazakhstan's oil") == "en"
