"""Session 22 (types22): items whose form tells their type (a standard, a patent, a map, a
dataset, a film), a dictionary's entry in volumes, a book's host over a conference's word
(notes written for these tests, in the forms editors write). A patent, a standard, a map
and a data set are typed `document`, the annotation's type for what its list does not name."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a standard's designation opens the note
        (
            "ГОСТ Р 7.0.5–2008. Библиографическая ссылка. Общие требования и правила "
            "составления. – М.: Стандартинформ, 2008. – 19 с.",
            "document",
        ),
        ("ISO 690:2021. Information and documentation. Geneva: ISO, 2021.", "document"),
        # a patent's word and its number open the note or a part
        (
            "Патент № 2345678 Российская Федерация. Способ получения урана / Иванов И. И.; "
            "заявл. 12.03.2007; опубл. 20.09.2009, Бюл. № 26.",
            "document",
        ),
        (
            "Пат. 2456789 Рос. Федерация, МПК C22B 60/02. Способ переработки руды / "
            "Сидоров А. А.; опубл. 10.07.2012.",
            "document",
        ),
        (
            "Smith, John. Method for Purifying Water. US Patent 7,654,321, filed March 3, "
            "2005, and issued February 2, 2010.",
            "document",
        ),
        # a map's scale
        ("Карта Казахской ССР. Масштаб 1:1 500 000. – М.: ГУГК, 1985.", "document"),
        (
            "Türkiye Fiziki Haritası, Ölçek 1:1.000.000, Harita Genel Müdürlüğü, Ankara 2010.",
            "document",
        ),
        # a description in brackets right after the title
        (
            "Bureau of National Statistics of Kazakhstan. Population by ethnic group, 2021 "
            "[Data set]. https://stat.gov.kz/en/industries/social-statistics/demography/",
            "document",
        ),
        ("Шал (фильм, реж. Ермек Турсунов, Казахфильм, 2012).", "motion_picture"),
        # a dictionary's entry, the dictionary in volumes
        (
            "Даль В. И. Степь // Толковый словарь живого великорусского языка. Т. 4. М., "
            "1882. С. 325.",
            "entry-dictionary",
        ),
        # `В кн.:` names the host a book: a `материалы` word in the part's title is no
        # proceedings'
        (
            "Смагулов О. Новые материалы по истории Отрара // В кн.: Археологические "
            "исследования в Казахстане. – Алма-Ата: Наука, 1988. – С. 112–130.",
            "chapter",
        ),
        # a report's word in the title, the body that wrote it its host (APA)
        (
            "Human Rights Watch. (2021). World Report 2021: Events of 2020. Human Rights "
            "Watch. https://www.hrw.org/world-report/2021",
            "report",
        ),
    ],
)
def test_form_tells_the_type(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a journal's article on a film (its volume and issue print it)
        (
            "Smith, A. (2015). Shal [Film review]. Central Asian Survey, 34(2), 250-252.",
            "article-journal",
        ),
        # a patent's word with no number after it is a title's word
        (
            "Ахметов Б. Патентное право Республики Казахстан. – Алматы: Жеті жарғы, 2010. – 312 с.",
            "book",
        ),
        # a scale word with no `1:N` is no map's
        (
            "Brown, K. Scale and Power in Central Asia. London: Routledge, 2018.",
            "book",
        ),
        # a dictionary's word in a journal's name with an issue: an article
        (
            "Иванов И. Новые слова // Лексикографический словарный бюллетень. 2019. № 3. С. 5–9.",
            "article-journal",
        ),
        # a conference's word in the part's title with no book word: its proceedings
        (
            "Абенова С. Этнокультурное многообразие Казахстана // Материалы международной "
            "научно-практической конференции «Казахстан в глобальном мире». – Алматы, "
            "2015. – С. 56–60.",
            "paper-conference",
        ),
        # a news agency's own headline with a report's word: its news
        (
            "Reuters. (2022, January 6). Report: Russia-led troops arrive in Kazakhstan. "
            "Reuters. https://www.reuters.com/world/asia-pacific/report-troops-2022-01-06/",
            "article-newspaper",
        ),
    ],
)
def test_kept_types(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a body's own publication: the publisher its acronym
        (
            "International Crisis Group. Central Asia: Decay and Decline. Brussels: ICG, 2011.",
            "report",
        ),
        (
            "Türkiye İstatistik Kurumu, Dış Ticaret İstatistikleri, Ocak 2022, Ankara: TÜİK, "
            "2022, s. 4.",
            "report",
        ),
        # a person's book at a publisher with capitals
        ("Olcott, Martha Brill. Central Asia's Second Chance. Washington, DC: CEIP, 2005.", "book"),
    ],
)
def test_published_by_its_author(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("ADB", "Asian Development Bank", True),
        ("TÜİK", "Türkiye İstatistik Kurumu", True),
        ("KazISS", "Kazakhstan Institute for Strategic Studies", True),
        ("Routledge", "International Crisis Group", False),
        ("ICG", "Crisis Group International", False),
        ("KISI", "Казахстанский институт", False),
        ("UN", "Nations", False),
    ],
)
def test_acronym(short: str, name: str, expected: bool) -> None:
    from citekit.citations.type_cues import acronym

    assert acronym(short, name) is expected


@pytest.mark.parametrize(
    "note",
    [
        "Yılmaz, E. (2018). Türkiye'de Yerel Yönetimler ve 6360 Sayılı Kanun. Ankara: Seçkin "
        "Yayıncılık.",
        "Akıncı, M. 5237 Sayılı Türk Ceza Kanunu Şerhi. İstanbul: Beta Yayınları, 2015.",
    ],
)
def test_a_persons_work_on_a_law(note: str) -> None:
    parsed = parse_citation(note)
    assert (parsed.type, parsed.number) == ("book", None)


def test_a_law_signed_by_no_person() -> None:
    parsed = parse_citation("5237 sayılı Türk Ceza Kanunu, Resmî Gazete, 12.10.2004, Sayı: 25611.")
    assert (parsed.type, parsed.number) == ("legislation", "5237")
