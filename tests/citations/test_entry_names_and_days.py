"""Fields a reference entry prints as the note wrote them: a lone initial without its period
(Vancouver's `Smith J`), a particle after initials (`J. De Vries`), and GOST's paper day
written after its year (`– 2016. – 18 Haz.`)."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Smith J", "Smith", "J."),
        ("Иванов И", "Иванов", "И."),
        ("Болғанбайұлы Ә", "Болғанбайұлы", "Ә."),
        ("Kaya Ş", "Kaya", "Ş."),
        ("Seyfullin Zh", "Seyfullin", "Zh."),  # a digraph's initial, no vowel
        ("Ivanov Yu", "Ivanov", "Yu"),  # a vowel: a name as likely (`Yu`, `Li`)
        ("Smith Li", "Smith", "Li"),
        ("Петр I", "Петр", "I"),  # a ruler's numeral after a name of another script
        ("Smith JA", "Smith", "J. A."),
    ],
)
def test_a_lone_initial_gets_its_period(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    ("note", "given"),
    [
        (
            "Aslan K, Manço M. Yoğun bakım. Türk Yoğun Bakım Derg. 2020;5(2):1-9.",
            ("K.", "M."),
        ),
        (
            "Назарбаев С, Тұрсынова З. Екі мың он тоғыз. Хабаршы. 2019;3(4):12-19.",
            ("С.", "З."),
        ),
        ("Smith J, Brown K. Reading skills. J Educ Psychol. 2018;110(4):512-25.", ("J.", "K.")),
        ("Ahmedowa O, Annamyradowa N. Türkmen artistleri. Garagum. 1966;5:45–68.", ("O.", "N.")),
        ("Jones A, Wang YX. Heat islands. Urban Clim. 2022;41:101045.", ("A.", "Y. X.")),
    ],
)
def test_a_vancouver_list_spells_every_initial_alike(note: str, given: tuple[str, ...]) -> None:
    assert tuple(a.given for a in _first(note).authors) == given


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("J. De Vries", "De Vries", "J."),
        ("K. Di Maio", "Di Maio", "K."),
        ("L. Le Goff", "Le Goff", "L."),
        ("M. Du Bois", "Du Bois", "M."),
        ("A. De la Cruz", "De la Cruz", "A."),
        ("J. van Dijk", "van Dijk", "J."),
        ("J. R. R. Tolkien", "Tolkien", "J. R. R."),
    ],
)
def test_a_particle_after_initials_opens_the_family(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        ("Kaya M. Seçim sonuçları // Hürriyet. – 2016. – 18 Haz. – S. 5.", "2016-06-18"),
        ("Smith J. Election results // The Times. – 2009. – 26 Apr. – P. 5.", "2009-04-26"),
        ("Atayev B. Täze döwür // Türkmenistan. – 2019. – 3 Mart. – S. 2.", "2019-03-03"),
        ("Петров И. И. Новые времена // Известия. – 2019. – 12 марта. – С. 3.", "2019-03-12"),
        (
            "Brown T. Markets rally // Financial Times. – 2018. – 9 Jan. – "
            "URL: https://www.ft.com/content/abc123 (accessed: 10.01.2018).",
            "2018-01-09",
        ),
    ],
)
def test_a_papers_day_after_its_year_is_the_date(note: str, issued: str) -> None:
    found = _first(note)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        ("Иванов И. История края. – М.: Наука, 2009. – 26 с.", "2009"),  # the extent
        ("Kaya A. Türk Tarihi. İstanbul: Ötüken, 2011, 3 cilt.", "2011"),  # volumes
        ("Ахметов Б. Тарих. – Алматы: Санат, 2005. – 12 б.", "2005"),
    ],
)
def test_a_number_after_a_year_that_is_no_day_stays_apart(note: str, issued: str) -> None:
    found = _first(note)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "url"),
    [
        (
            "^1^ [[https://www.kaggle.com/c/m5-forecasting-accuracy]{.underline}]"
            "(https://www.kaggle.com/c/m5-forecasting-accuracy)",
            "https://www.kaggle.com/c/m5-forecasting-accuracy",
        ),
        (
            "Smith J. Title of the page. [[BBC News]{.underline}]"
            "(https://www.bbc.com/news/world-123). Accessed 5 May 2020.",
            "https://www.bbc.com/news/world-123",
        ),
        (
            "Иванов И. Статья // [[Известия]{.underline}](https://iz.ru/123). – 2019.",
            "https://iz.ru/123",
        ),
    ],
)
def test_a_pandoc_links_target_is_the_address(note: str, url: str) -> None:
    found = _first(note)
    assert found.url == url
    assert found.title is None or "^" not in found.title


def test_pandocs_superscript_note_number_is_no_part_of_the_note() -> None:
    found = _first("^12^ Гумилев Л. Н. Древние тюрки. – М.: Наука, 1967. – С. 45.")
    assert (found.title, found.authors[0].family) == ("Древние тюрки", "Гумилев")


@pytest.mark.parametrize(
    ("note", "host"),
    [
        (
            "Ahmet Kaya, “Türk Dili”, 5. Uluslararası Türk Dili Kurultayı Bildirileri, "
            "Ankara 2004, s. 45.",
            "5. Uluslararası Türk Dili Kurultayı Bildirileri",
        ),
        (
            "Ahmet Kaya, “Türk Dili”, 5. Uluslararası Türk Dili Kurultayı, Ankara 2004.",
            "5. Uluslararası Türk Dili Kurultayı",
        ),
        (
            "Ali Yıldız, “Kazak Şiiri”, 8. Uluslararası Türkoloji Kongresi, İstanbul, 2015, s. 33.",
            "8. Uluslararası Türkoloji Kongresi",
        ),
        (
            "Mehmet Öz, “Osmanlı Tarihçiliği”, 13. Türk Tarih Kongresi Bildirileri, c. 2, "
            "Ankara: TTK, 2002, s. 120-130.",
            "13. Türk Tarih Kongresi Bildirileri",
        ),
        (
            "Ali Yıldız, “Kazak Şiiri”, III. Uluslararası Türkoloji Kongresi, İstanbul, 2015, "
            "s. 33.",
            "III. Uluslararası Türkoloji Kongresi",
        ),
    ],
)
def test_a_congress_number_before_the_host_is_the_hosts(note: str, host: str) -> None:
    found = _first(note)
    assert (found.container, found.edition) == (host, None)


@pytest.mark.parametrize(
    ("note", "volume", "issue", "page"),
    [
        (
            "Ali Demir, “Kazak Edebiyatı”, Türk Dünyası İncelemeleri Dergisi, 8. Cilt, 2. Sayı, "
            "2008, s. 33-52.",
            "8",
            "2",
            "33-52",
        ),
        (
            "Sevsevil Aslan, Halk Edebiyatı Nedir?, Sosyal Bilimler Enstitüsü Dergisi 20. Cilt, "
            "12. Sayı (1970): s. 318–341.",
            "20",
            "12",
            "318–341",
        ),
        ("Mehmet Kaya, “Abay”, Bilig, Cilt 5, Sayı 12, s. 45-60.", "5", "12", "45-60"),
        (
            "Nuri Erdem, “Ankara Savaşı”, Karadeniz Araştırmaları, 59/42, 1967, s. 152-175.",
            "59",
            "42",
            "152-175",
        ),
        (
            "Ahmet Yaşar Ocak, “Zındık Terimi”, Türk Kültürü Araştırmaları, 28/1-2, 1990, "
            "s. 187-198.",
            "28",
            "1-2",
            "187-198",
        ),
        (  # a book's volume and page after its imprint: no issue
            "Eriş Yıldırım, Kültürel Diplomasi (Ankara: Yeditepe Yayınları, 1970), 4/180.",
            "4",
            None,
            "180",
        ),
    ],
)
def test_turkish_volume_and_issue_forms(
    note: str, volume: str, issue: str | None, page: str
) -> None:
    found = _first(note)
    assert (found.volume, found.issue, found.page) == (volume, issue, page)


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Emre ŞEN", "ŞEN", "Emre"),
        ("Ercan CAN", "CAN", "Ercan"),
        ("Ahmet KOÇ", "KOÇ", "Ahmet"),
        ("Ayşe GÜL", "GÜL", "Ayşe"),
        # Vancouver's initials stay initials, beside a family that is also a given name
        ("Thomas AE", "Thomas", "AE"),
        ("Smith JKR", "Smith", "J. K. R."),
        ("Martin JAE", "Martin", "JAE"),
    ],
)
def test_a_short_family_in_capitals_after_a_given_name(
    written: str, family: str, given: str
) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)
