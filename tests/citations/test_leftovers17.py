"""Numbers and designations (session 17): GOST's running number with the issue, a number after
an issue's word, İSNAD's issue before a season's date, a law's number in its title, and a
news headline about a decision. The notes are written for these tests; they run through the
shipped model."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Петров А. В. Реформы Столыпина // Вопросы истории. – 2012. – № 4 (88). – С. 101–115.",
            "4",
        ),
        ("Жұмабаев Н. Ақын // ҚазҰУ Хабаршысы. – 2019. – №2(174). – Б. 45–51.", "2"),
        ("Нұрланова А. Қазақ әдебиеті // Ақиқат. – 2016. – № 7. – 34–39 б.", "7"),
    ],
)
def test_a_running_number_in_brackets_is_not_the_issue(text: str, issue: str) -> None:
    found = _first(text)
    assert found.issue == issue
    assert found.page is not None


def test_a_number_after_an_issues_word_is_the_issue() -> None:
    found = _first('Öztürk, Hasan. "Türkistan Cedidleri". Bilig, Sayı 75, Güz 2015, s. 11-36.')
    assert (found.container, found.issue, found.page) == ("Bilig", "75", "11-36")


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Aydın, Erhan. “Orhon Yazıtlarında Ordu”. Bilig 93 (Bahar 2020), 1-22.", None, "93"),
        ("Arslan, Fatma. “Kazak Edebiyatında Abay”. Türkbilig 40 (Güz 2020): 77-95.", None, "40"),
        (
            "Kaya, Ali. “Kırgız Destanları”. Türk Dünyası İncelemeleri Dergisi, 15/2 (2015), "
            "101-120.",
            "15",
            "2",
        ),
    ],
)
def test_isnads_lone_number_before_a_turkish_season_is_the_issue(
    text: str, volume: str | None, issue: str | None
) -> None:
    found = _first(text)
    assert (found.volume, found.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "5237 Sayılı Türk Ceza Kanunu, Resmî Gazete, 12.10.2004, Sayı: 25611.",
            "Türk Ceza Kanunu",
        ),
        (
            "657 Sayılı Devlet Memurları Kanunu, Resmi Gazete, 23.07.1965, Sayı: 12056.",
            "Devlet Memurları Kanunu",
        ),
    ],
)
def test_a_laws_number_before_its_word_is_its_number_not_its_title(text: str, title: str) -> None:
    found = _first(text)
    assert (found.title, found.type) == (title, "legislation")
    assert found.number == text.split()[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"Kazakistan\'da erken seçim kararı". BBC Türkçe. 1 Şubat 2021. '
            "Erişim tarihi: 3 Şubat 2021.",
            "article-newspaper",
        ),
        (
            '"Merkez Bankası faiz kararı açıklandı", Anadolu Ajansı, 23.03.2023.',
            "article-newspaper",
        ),
        (
            "«Суд вынес решение по закону о выборах» // Tengrinews.kz. 2021. 14 апреля.",
            "article-newspaper",
        ),
        ("Bakanlar Kurulu Kararı, Resmî Gazete, 10.07.2018, Sayı: 30474.", "legislation"),
        (
            "Anayasa Mahkemesi, E. 2016/205, K. 2017/57, 27.12.2017, Resmî Gazete, 30.12.2017, "
            "Sayı: 30286.",
            "legal_case",
        ),
    ],
)
def test_a_quoted_headline_on_a_news_outlet_is_news_a_decision_cited_itself_is_not(
    text: str, kind: str
) -> None:
    assert _first(text).type == kind
