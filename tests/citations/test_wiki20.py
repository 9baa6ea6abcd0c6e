"""References copied from rendered Wikipedia pages (session 20), from notes written for these
tests: the back links before a reference, a quoted title's site after its period, a wiki's mark
of the work's kind, catalogue identifiers, the archive's date beside its words, an edited host
after "In … (ed.)", a language mark that the title's own alphabet overrules, and the access and
archive labels of the Azerbaijani and Uzbek wikis."""

from __future__ import annotations

import pytest

from citekit.citations.backlinks import without_backlinks
from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("↑ 1 2 Перепись 2009 года. Агентство.", "Перепись 2009 года. Агентство."),
        ('^ a b c "Steppe". Britannica.', '"Steppe". Britannica.'),
        ("↑ а б Коваленко, Олег (2022).", "Коваленко, Олег (2022)."),
        ("↑\u00a0Численность населения.", "Численность населения."),
        ("^ Jump up to: a b Smith, John.", "Smith, John."),
        ("↑ Перейти обратно: 1 2 Иванов И.", "Иванов И."),
        ("Smith, John. ^ a b", "Smith, John. ^ a b"),  # only an opening arrow is a back link
    ],
)
def test_back_links_before_a_reference(text: str, rest: str) -> None:
    assert without_backlinks(text) == rest


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        (
            '^ a b Pannier, Bruce (March 12, 2021). "Gas Problem". Radio Liberty. '
            "Retrieved March 14, 2021.",
            "Gas Problem",
            "Radio Liberty",
        ),
        (
            "↑ 1 2 Kazakhstan country profile (англ.). BBC News (12 March 2021). Дата "
            "обращения: 15 марта 2021.",
            "Kazakhstan country profile",
            "BBC News",
        ),
        (
            '"Kazakhstan". Human Rights Watch. Archived from the original on 2 March 2021. '
            "Retrieved 1 March 2021.",
            "Kazakhstan",
            "Human Rights Watch",
        ),
        (
            '"Nüfus Sonuçları". TÜİK. 6 Şubat 2023. Erişim tarihi: 10 Şubat 2023.',
            "Nüfus Sonuçları",
            "TÜİK",
        ),
        (
            '"Kazakhstan approves new capital name" (Press release). Government of '
            "Kazakhstan. March 20, 2019. Retrieved March 21, 2019.",
            "Kazakhstan approves new capital name",
            "Government of Kazakhstan",
        ),
        (
            '"Cumhurbaşkanı Erdoğan Türkmenistan\'da" (Basın açıklaması). Cumhurbaşkanlığı. '
            "27 Kasım 2021. Erişim tarihi: 28 Kasım 2021.",
            "Cumhurbaşkanı Erdoğan Türkmenistan'da",
            "Cumhurbaşkanlığı",
        ),
        (
            "Қазақстан Республикасының Конституциясы (каз.). Әділет. Дата обращения: 12 "
            "марта 2021.",
            "Қазақстан Республикасының Конституциясы",
            "Әділет",
        ),
    ],
)
def test_wiki_title_and_site(text: str, title: str, container: str) -> None:
    found = _first(text)
    assert (found.title, found.container) == (title, container)


def test_quoted_title_before_an_imprint_keeps_its_further_words() -> None:
    """GOST's further title after the quotes, then the imprint: no site."""
    found = _first("Бердібай Р. «Тарихи роман». Оку кұралы. — Алматы: «Санат», 1997. - 336 б.")
    assert found.container is None
    assert found.publisher == "Санат"


def test_identifiers_are_no_fields() -> None:
    found = _first(
        "Olcott, Martha Brill (2002). Kazakhstan: Unfulfilled Promise. Washington, DC: "
        "Carnegie Endowment. pp. 45–47. ISBN 978-0-87003-189-0. OCLC 48619406."
    )
    assert found.issue is None
    assert found.type == "book"
    found = _first(
        'Lioubimtseva, E.; Henebry, G. M. (2009). "Climate and environmental change". '
        "Journal of Arid Environments. 73 (11): 963–977. Bibcode:2009JArEn..73..963L. "
        "doi:10.1016/j.jaridenv.2009.04.022. PMID 28394350."
    )
    assert (found.volume, found.issue, found.page) == ("73", "11", "963–977")
    assert found.doi == "10.1016/j.jaridenv.2009.04.022"


@pytest.mark.parametrize(
    ("text", "accessed", "issued"),
    [
        (
            '"Численность населения" (PDF) (in Russian). Bureau of National Statistics. '
            "2021. Archived from the original (PDF) on 2021-03-16. Retrieved 2021-03-15.",
            PartialDate(2021, 3, 15),
            PartialDate(2021),
        ),
        ('"Nüfus". TÜİK. 7 Şubat 2023 tarihinde kaynağından arşivlendi.', None, None),
        (
            '"Kazakhstan profile" (ingilis). BBC News. 12 mart 2021. 13 mart 2021 tarixində '
            "arxivləşdirilib. İstifadə tarixi: 14 mart 2021.",
            PartialDate(2021, 3, 14),
            PartialDate(2021, 3, 12),
        ),
        (
            '"Oʻzbekiston Respublikasi Konstitutsiyasi". lex.uz. Asl nusxadan arxivlandi '
            "(2021-03-13). Qaraldi: 2021-03-14.",
            PartialDate(2021, 3, 14),
            None,
        ),
    ],
)
def test_access_and_archive_dates(
    text: str, accessed: PartialDate | None, issued: PartialDate | None
) -> None:
    found = _first(text)
    assert (found.accessed, found.issued) == (accessed, issued)


def test_tr_archive_before_its_original() -> None:
    found = _first(
        '"Adrese Dayalı Nüfus Kayıt Sistemi Sonuçları". Türkiye İstatistik Kurumu. 6 Şubat '
        "2023. Orijinalinden 7 Şubat 2023 tarihinde arşivlendi. Erişim tarihi: 10 Şubat 2023."
    )
    assert found.container == "Türkiye İstatistik Kurumu"
    assert (found.issued, found.accessed) == (PartialDate(2023, 2, 6), PartialDate(2023, 2, 10))


def test_edited_host_after_in() -> None:
    found = _first(
        'Sinor, Denis (1990). "The Establishment and Dissolution of the Türk Empire". In '
        "Sinor, Denis (ed.). The Cambridge History of Early Inner Asia. Cambridge: Cambridge "
        "University Press. pp. 285–316. ISBN 0-521-24304-1."
    )
    assert found.container == "The Cambridge History of Early Inner Asia"
    assert [str(n) for n in found.editors] == ["Sinor, Denis"]
    assert found.type == "chapter"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Население Казахстана (англ.). Worldometer (2021). Дата обращения: 3 мая 2023.", "ru"),
        ("Aqyldy qala [Smart city]. Almaty, 2019. 120 p. (In Kazakh)", "kk"),
        ("Kazakhstan country profile (англ.). BBC News (12 March 2021).", "en"),
        ("Население Казахстана (рус.). Бюро статистики (2021).", "ru"),
    ],
)
def test_language_mark_and_the_titles_alphabet(text: str, language: str) -> None:
    assert _first(text).language == language


def test_translated_title_and_marks_after_the_quotes() -> None:
    found = _first(
        '^ "Қазақстан тарихы" [History of Kazakhstan] (PDF) (in Kazakh). Ministry of '
        "Education. 2018. Retrieved 3 March 2019."
    )
    assert (found.title, found.container) == ("Қазақстан тарихы", "Ministry of Education")


def test_editors_with_a_particle_before_the_host() -> None:
    found = _first(
        '^ Bosworth, C. E. (1997). "Marw al-Shahidjan". In Bosworth, C. E.; van Donzel, E.; '
        "Lecomte, G. (eds.). The Encyclopaedia of Islam. Vol. VI. Leiden: Brill. pp. 618–621."
    )
    assert found.title == "Marw al-Shahidjan"
    assert found.container == "The Encyclopaedia of Islam"
    assert [str(n) for n in found.editors] == ["Bosworth, C. E.", "van Donzel, E.", "Lecomte, G."]


def test_one_word_title_after_initials_before_a_dashed_imprint() -> None:
    found = _first("↑ Ниязов С. Рухнама. — Ашхабад: Ылым, 2001. — 400 с.")
    assert found.title == "Рухнама"
    assert [str(n) for n in found.authors] == ["Ниязов С."]
