"""Citation families written for these tests (session 24): Scopus's export of a journal with no
volume (`Bilig, (74), pp. 1-24`) and a preprint server's identifier (`arXiv:2005.14165`) after
the title's period."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "host", "issue"),
    [
        (
            "Öztürk, M. Türk dış politikasında Orta Asya (2015) Bilig, (74), pp. 1-24. "
            "Source: Scopus",
            "Bilig",
            "74",
        ),
        (
            "Aydın, K. Kazak dili (2012) Türk Dili Araştırmaları Yıllığı - Belleten, (2), "
            "pp. 33-40.",
            "Türk Dili Araştırmaları Yıllığı - Belleten",
            "2",
        ),
    ],
)
def test_scopus_bracketed_number_after_the_hosts_comma_is_the_issue(
    text: str, host: str, issue: str
) -> None:
    found = _first(text)
    assert found.container == host
    assert found.issue == issue


@pytest.mark.parametrize(
    ("text", "title", "host", "issued"),
    [
        (
            "Brown T, Mann B, Ryder N, et al. Language models are few-shot learners. "
            "arXiv:2005.14165 [Preprint]. 2020 [cited 2021 Mar 12]. Available from: "
            "https://arxiv.org/abs/2005.14165",
            "Language models are few-shot learners",
            "arXiv:2005.14165",
            "2020",
        ),
        (
            "Devlin J, Chang MW, Lee K, Toutanova K. BERT: pre-training of deep bidirectional "
            "transformers for language understanding. arXiv:1810.04805. 2018.",
            "BERT: pre-training of deep bidirectional transformers for language understanding",
            "arXiv:1810.04805",
            "2018",
        ),
    ],
)
def test_a_preprints_identifier_is_its_host_not_the_title_or_a_year(
    text: str, title: str, host: str, issued: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container == host
    assert found.issued is not None
    assert found.issued.year == int(issued)


def test_scopus_bracketed_year_parts_the_title_from_the_journal() -> None:
    found = _first(
        "Sultanov, B.K., Muzaparova, L.M. Kazakhstan in the Eurasian Economic Union (2017) "
        "Central Asia and the Caucasus, 18 (2), pp. 7-19. Cited 3 times."
    )
    assert found.title == "Kazakhstan in the Eurasian Economic Union"
    assert found.container == "Central Asia and the Caucasus"
    assert (found.volume, found.issue) == ("18", "2")


def test_scopus_export_record_names_no_field() -> None:
    found = _first(
        "Aliyev, R. Türk dünyasında ortak tarih yazımı (2020) Türk Dünyası İncelemeleri "
        "Dergisi, 20 (1), pp. 101-122. DOI: 10.32449/egetdid.712345 Document Type: Article "
        "Publication Stage: Final Source: Scopus"
    )
    assert [a.written for a in found.authors] == ["Aliyev, R."]
    assert found.publisher is None


def test_turabian_notes_own_number_is_no_authors() -> None:
    found = _first(
        "3. Nursultan Nazarbayev, The Kazakhstan Way, trans. Jan Butler (London: Stacey "
        "International, 2008), 77."
    )
    assert [a.written for a in found.authors] == ["Nursultan Nazarbayev"]
    assert found.title == "The Kazakhstan Way"


def test_din_1505_checked_date_is_the_access_date() -> None:
    found = _first(
        "BAUMANN, Eva: Kasachstan heute. URL https://www.bpb.de/themen/kasachstan/ – "
        "Überprüfungsdatum 2021-03-12"
    )
    assert found.accessed is not None
    assert found.accessed.year == 2021
    assert found.issued is None


def test_harvard_chapters_quote_closes_before_in_and_its_editor() -> None:
    found = _first(
        "Gurbanow, A. (2020) 'Türkmen dilinde işlik', in Orazow, B. (ed.) Türkmen dili: "
        "makalalar ýygyndysy. Aşgabat: Ylym, pp. 55–70."
    )
    assert found.title == "Türkmen dilinde işlik"
    assert found.container == "Türkmen dili: makalalar ýygyndysy"
    assert [e.written for e in found.editors] == ["Orazow, B."]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "7. Marlene Laruelle, Central Asia at 30 (Washington, DC: Central Asia Program, "
            "2021), 18–19.",
            "Marlene Laruelle",
            "Central Asia at 30",
        ),
        (
            "8. Абай Құнанбайұлы, Қара сөздер, ауд. Т. Әлімқұлов (Алматы: Жазушы, 1993), 45.",
            "Абай Құнанбайұлы",
            "Қара сөздер",
        ),
    ],
)
def test_chicago_notes_number_then_name_opens_the_title_run(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert [a.written for a in found.authors] == [author]
    assert found.title == title


def test_scopus_issue_left_to_no_field_after_the_host() -> None:
    found = _first(
        "Demir, N. Türkmenistan'da dil politikası (2018) Bilig, (86), pp. 95-118. Cited 2 times."
    )
    assert (found.container, found.issue) == ("Bilig", "86")


def test_vancouver_journal_read_online_is_the_titles_last_sentence() -> None:
    found = _first(
        "Sadykova R, Bekov A. Tuberculosis in Turkmenistan. Eur Respir J [Internet]. 2020 "
        "[cited 2021 Apr 3];56(2):1234-40. Available from: "
        "https://erj.ersjournals.com/content/56/2/1234"
    )
    assert found.title == "Tuberculosis in Turkmenistan"
    assert found.container == "Eur Respir J"
    assert (found.volume, found.issue) == ("56", "2")
