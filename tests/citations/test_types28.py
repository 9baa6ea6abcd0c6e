"""Session 28 facts of the item type: an act cited by its "on …" name alone, a body's work
printed by no publishing house, a periodical named a magazine by its own name, a dictionary
named encyclopedic, an Uzbek degree's words. The notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "О языках в Республике Казахстан.",
        "Об образовании в Российской Федерации. 2012.",
        "О средствах массовой информации (1999).",
        "Білім туралы.",
        "Қазақстан Республикасындағы тіл туралы // Егемен Қазақстан. 1997. 15 шілде.",
        "Про освіту // Голос України. 2017. 27 вересня.",
        "Bilim hakynda. Aşgabat, 2013.",
        "Taʼlim toʻgʻrisida. Toshkent, 2020.",
        "Билим берүү жөнүндө. Бишкек, 2003.",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл туралы. 2015.",
    ],
)
def test_an_act_named_on_what_it_rules_is_legislation(text: str) -> None:
    assert str(_first(text).type) == "legislation"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Иванов И. О реформе образования // Известия. 2010. 5 мая.", "article-newspaper"),
        ("О войне. М.: Воениздат, 1934. 580 с.", "book"),
        ("Абай туралы // Әдебиет айдыны. 2015. № 3. Б. 12–15.", "article-journal"),
        (
            "О некоторых вопросах этногенеза казахов // Вопросы истории. 1989. № 4. С. 33–41.",
            "article-journal",
        ),
        ('"О со-бытии". *RUDN*. Retrieved 5 April 2014.', "article-newspaper"),
    ],
)
def test_a_signed_printed_or_online_on_title_keeps_its_type(text: str, kind: str) -> None:
    assert str(_first(text).type) == kind


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF. Situation Analysis of Children in Turkmenistan. Ashgabat, 2019. 120 p.",
        "Министерство национальной экономики РК. Об итогах социально-экономического развития"
        " за 2019 год. Нур-Султан, 2020. 48 с.",
        "Crisis Group. Kyrgyzstan: A Hollow Regime Collapses. Asia Briefing N°102. Bishkek,"
        " 27 April 2010.",
        "World Bank. 2019. “Kazakhstan Economic Update, Spring 2019.” Washington, DC: World Bank.",
    ],
)
def test_a_body_s_work_printed_by_itself_is_its_report(text: str) -> None:
    assert str(_first(text).type) == "report"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ЮНЕСКО. Всеобщая история Африки. М.: Наука, 1990. 480 с.", "book"),
        ("Rashid, Ahmed. Jihad. New Haven: Yale University Press, 2002.", "book"),
    ],
)
def test_a_publishing_house_or_a_person_makes_a_book(text: str, kind: str) -> None:
    assert str(_first(text).type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kurmangaliyeva, A. “Digital Nomads.” Steppe Magazine, Issue 9, Spring 2011, 60–67.",
            "article-magazine",
        ),
        (
            "Stone, Rupert. “The Aral Sea’s Second Life.” Smithsonian Magazine, May 2019.",
            "article-magazine",
        ),
        (
            "Smith J. Slate and schist. Geological Magazine. 2008;145(3):321-330.",
            "article-journal",
        ),
    ],
)
def test_a_periodical_named_magazine_is_one_unless_cited_by_volume(text: str, kind: str) -> None:
    assert str(_first(text).type) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Бартольд В. В. Бухара // Энциклопедический словарь Брокгауза и Ефрона. СПб., 1891."
            " Т. 5. С. 2–4.",
            "entry-encyclopedia",
        ),
        (
            "Glassé, C. “Sufism.” The Concise Encyclopedic Dictionary of Islam. London: Stacey,"
            " 2008.",
            "entry-encyclopedia",
        ),
        (
            "Баласагун // Советский энциклопедический словарь. М., 1980. С. 110.",
            "entry-encyclopedia",
        ),
        ("“Steppe.” Oxford English Dictionary. Oxford University Press.", "entry-dictionary"),
        (
            "«Дала» // Қазақ тілінің түсіндірме сөздігі. Алматы: Дайк-Пресс, 2008. Б. 210.",
            "entry-dictionary",
        ),
    ],
)
def test_a_dictionary_named_encyclopedic_is_an_encyclopedia(text: str, kind: str) -> None:
    assert str(_first(text).type) == kind


def test_an_uzbek_degree_of_sciences_names_a_thesis() -> None:
    text = "Rahimov B. Oʻzbek tilida frazeologizmlar: filol. fanlari nomzodi dis. Toshkent, 2009."
    assert str(_first(text).type) == "thesis"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Cooley A. Tending the Eternal Flame. Washington: PONARS Eurasia, 2013."
            " Policy Memo No. 290.",
            "report",
        ),
        ("Kılıç, A. Orta Asya’da Güç Rekabeti. Ankara: ORSAM, 2015. ORSAM Rapor No. 12.", "report"),
        (
            "World Bank. Kazakhstan: Growth Diagnostic. Washington, DC: World Bank, 2015."
            " Policy Research Working Paper 7241.",
            "report",
        ),
        ("Иванов И. Водная политика. Алматы: КИСИ, 2019. Аналитический доклад № 3.", "report"),
        ("Smith, J. (2010). Water politics. Central Asia Report, 5(2), 1–10.", "article-journal"),
        ("Ahmedov, R. Reports from the Steppe. London: Penguin, 2001.", "book"),
    ],
)
def test_a_report_s_series_after_the_imprint_makes_a_report(text: str, kind: str) -> None:
    assert str(_first(text).type) == kind
