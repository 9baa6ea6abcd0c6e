"""How law is cited: the Bluebook's and OSCOLA's numbers around a bracketed year, an act's or a
decision's own date, a treaty's place and day in brackets, the database or host an act was
read in, a decision printed under its quoted name, and the Bluebook's resolutions."""

from __future__ import annotations

import pytest

from citekit.model import PartialDate
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "container", "volume", "page", "year"),
    [
        (
            "Paul B. Stephan, Privatizing International Law, 97 Va. L. Rev. 1573, 1590 (2011).",
            "Privatizing International Law",
            "Va. L. Rev.",
            "97",
            "1590",
            2011,
        ),
        (
            "Mark Tushnet, Authoritarian Constitutionalism, 100 Cornell L. Rev. 391, 402 (2015).",
            "Authoritarian Constitutionalism",
            "Cornell L. Rev.",
            "100",
            "402",
            2015,
        ),
        (
            "Tom Ginsburg, Authoritarian International Law?, 114 Am. J. Int'l L. 221, 230 (2020).",
            "Authoritarian International Law?",
            "Am. J. Int'l L.",
            "114",
            "230",
            2020,
        ),
        (
            "Scott Newton, ‘Transnational Law and the Central Asian State’ (2019) 68 ICLQ 811, "
            "829.",
            "Transnational Law and the Central Asian State",
            "ICLQ",
            "68",
            "829",
            2019,
        ),
        (
            "Anne Peters, ‘Compensatory Constitutionalism’ (2006) 19 LJIL 579, 590.",
            "Compensatory Constitutionalism",
            "LJIL",
            "19",
            "590",
            2006,
        ),
    ],
)
def test_law_review_article(
    note: str, title: str, container: str, volume: str, page: str, year: int
) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.container) == ("article-journal", title, container)
    assert (found.volume, found.page) == (volume, page)
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    ("note", "title", "publisher", "page", "year"),
    [
        (
            "Lauri Mälksoo, Russian Approaches to International Law (OUP 2015) 112.",
            "Russian Approaches to International Law",
            "OUP",
            "112",
            2015,
        ),
        (
            "Alexander Trochev, Judging Russia: Constitutional Court in Russian Politics "
            "1990–2006 (CUP 2008) 77.",
            "Judging Russia: Constitutional Court in Russian Politics 1990–2006",
            "CUP",
            "77",
            2008,
        ),
        (
            "James Crawford, Brownlie’s Principles of Public International Law (9th edn, OUP "
            "2019) 611.",
            "Brownlie’s Principles of Public International Law",
            "OUP",
            "611",
            2019,
        ),
        (
            "William E. Butler, Russian Law and Legal Institutions 214 (2d ed. 2018).",
            "Russian Law and Legal Institutions",
            None,
            "214",
            2018,
        ),
        (
            "Kim Lane Scheppele, Autocratic Legalism 57 (2d ed. 2021).",
            "Autocratic Legalism",
            None,
            "57",
            2021,
        ),
    ],
)
def test_law_book(note: str, title: str, publisher: str | None, page: str, year: int) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.publisher, found.page) == (
        "book",
        title,
        publisher,
        page,
    )
    assert found.issued is not None
    assert found.issued.year == year


def test_a_place_in_the_year_bracket_is_no_publisher() -> None:
    found = first_citation("John Smith, Legal Theory (Oxford 2015) 12.")
    assert found.publisher != "Oxford"


@pytest.mark.parametrize(
    ("note", "kind", "issued"),
    [
        (
            "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ (ред. от "
            "08.08.2024) // Собрание законодательства РФ. 05.12.1994. № 32. Ст. 3301.",
            "legislation",
            "1994-11-30",
        ),
        (
            "Определение Верховного Суда РФ от 14.02.2022 № 305-ЭС21-21012 по делу № "
            "А40-12345/2020.",
            "legal_case",
            "2022-02-14",
        ),
        (
            "Tagayeva and Others v Russia App no 26562/07 (ECtHR, 13 April 2017) para 481.",
            "legal_case",
            "2017-04-13",
        ),
        (
            "Anayasa Mahkemesinin 15/10/2020 tarihli ve E.2019/88, K.2020/59 sayılı Kararı (RG, "
            "24/11/2020, S. 31314).",
            "legal_case",
            "2020-10-15",
        ),
        (
            "Council Decision (CFSP) 2022/266 of 23 February 2022, OJ L 42I, 23.2.2022, "
            "p. 109–113.",
            None,
            "2022-02-23",
        ),
        ("6098 sayılı Türk Borçlar Kanunu (RG, 4.2.2011, S. 27836).", "legislation", "2011-02-04"),
    ],
)
def test_the_act_date_is_its_own(note: str, kind: str | None, issued: str) -> None:
    found = first_citation(note)
    assert kind is None or found.type == kind
    assert found.issued is not None
    assert found.issued.isoformat() == issued


def test_an_act_printed_as_a_book_keeps_its_edition_year() -> None:
    found = first_citation(
        "Қазақстан Республикасының Конституциясы. 1995 жылғы 30 тамызда республикалық "
        "референдумда қабылданған. – Астана: Елорда, 2023. – 56 б."
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2023"


@pytest.mark.parametrize(
    ("note", "title", "issued"),
    [
        (
            "Конвенция о правовом статусе Каспийского моря (Актау, 12 августа 2018 г.) // "
            "Бюллетень международных договоров. 2019. № 5. С. 3–12.",
            "Конвенция о правовом статусе Каспийского моря",
            "2018-08-12",
        ),
        (
            "Соглашение о свободной торговле (Санкт-Петербург, 18 октября 2011 г.) // Бюллетень "
            "международных договоров. 2013. № 3. С. 8–40.",
            "Соглашение о свободной торговле",
            "2011-10-18",
        ),
    ],
)
def test_a_treaty_place_and_day_are_its_date(note: str, title: str, issued: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title) == ("legislation", title)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            "О противодействии коррупции : Федеральный закон от 25.12.2008 № 273-ФЗ. Доступ из "
            "справ.-правовой системы «КонсультантПлюс».",
            "КонсультантПлюс",
        ),
        (
            "Налоговый кодекс Российской Федерации (часть вторая) от 05.08.2000 № 117-ФЗ. Доступ "
            "из справ.-правовой системы «Гарант».",
            "Гарант",
        ),
        (
            "Қазақстан Республикасының Азаматтық кодексі (Жалпы бөлім). 1994 жылғы 27 желтоқсан // "
            "«Әділет» АҚЖ. URL: https://adilet.zan.kz/kaz/docs/K940001000_",
            "«Әділет» АҚЖ",
        ),
    ],
)
def test_the_database_an_act_was_read_in(note: str, container: str) -> None:
    found = first_citation(note)
    assert (found.type, found.container) == ("legislation", container)


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Постановление Конституционного Суда РФ от 19.04.2023 № 19-П «По делу о проверке "
            "конституционности статьи 222 ГПК РФ» // Российская газета. 2023. 28 апр.",
            "legal_case",
        ),
        (
            "«Суд вынес решение по делу Иванова» // Российская газета. 2023. 28 апр.",
            "article-newspaper",
        ),
    ],
)
def test_a_decision_printed_in_a_paper(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    "note",
    [
        "G.A. Res. 76/300, The human right to a clean, healthy and sustainable environment "
        "(July 28, 2022).",
        "G.A. Res. 68/262, Territorial Integrity of Ukraine (Mar. 27, 2014).",
        "S.C. Res. 2231, ¶ 7, U.N. Doc. S/RES/2231 (July 20, 2015).",
    ],
)
def test_a_bluebook_resolution_is_an_act(note: str) -> None:
    assert first_citation(note).type == "legislation"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "O‘zbekiston Respublikasining «Davlat xaridlari to‘g‘risida»gi Qonuni, 22.04.2021, "
            "O‘RQ-684-son // Qonunchilik ma’lumotlari milliy bazasi, www.lex.uz",
            "Davlat xaridlari to‘g‘risida",
        ),
        (
            "O‘zbekiston Respublikasining «Ta’lim to‘g‘risida»gi Qonuni, 23.09.2020, O‘RQ-637-son "
            "// Qonunchilik ma’lumotlari milliy bazasi, www.lex.uz",
            "Ta’lim to‘g‘risida",
        ),
        (
            "Türkmenistanyň Prezidentiniň «Bilim ulgamyny kämilleşdirmek hakynda» Permany, "
            "2007-nji ýylyň 15-nji fewraly.",
            "Bilim ulgamyny kämilleşdirmek hakynda",
        ),
    ],
)
def test_an_act_by_its_quoted_name_dated_after(note: str, title: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title) == ("legislation", title)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "AYM, Ahmet Yıldız Başvurusu, B. No: 2017/12345, 5/3/2020, § 42.",
            "Ahmet Yıldız Başvurusu",
        ),
        ("AİHM, Kavala/Türkiye, B. No: 28749/18, 10.12.2019, par. 220.", "Kavala/Türkiye"),
        (
            "AİHM, Demirtaş/Türkiye (No. 2), B. No: 14305/17, 22.12.2020, par. 270.",
            "Demirtaş/Türkiye (No. 2)",
        ),
    ],
)
def test_a_case_named_after_its_court(note: str, title: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.authors, found.language) == (
        "legal_case",
        title,
        (),
        "tr",
    )


@pytest.mark.parametrize(
    ("note", "title", "issue", "page", "issued"),
    [
        (
            "Council Decision (CFSP) 2022/266 of 23 February 2022, OJ L 42I, 23.2.2022, "
            "p. 109–113.",
            "Council Decision (CFSP) 2022/266",
            "L 42I",
            "109–113",
            "2022-02-23",
        ),
        (
            "Commission Implementing Regulation (EU) 2020/1207 of 19 August 2020, OJ L 272, "
            "20.8.2020, p. 1–4.",
            "Commission Implementing Regulation (EU) 2020/1207",
            "L 272",
            "1–4",
            "2020-08-19",
        ),
        (
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of "
            "27 April 2016 "
            "on the protection of natural persons [2016] OJ L119/1.",
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of "
            "27 April 2016 "
            "on the protection of natural persons",
            "L119",
            "1",
            "2016-04-27",
        ),
    ],
)
def test_an_act_in_the_official_journal(
    note: str, title: str, issue: str, page: str, issued: str
) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.container) == ("legislation", title, "OJ")
    assert (found.issue, found.page, found.language) == (issue, page, "en")
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "container"),
    [
        ("Бюллетень Верховного Суда РФ. 2021. № 6. С. 14–15.", "Бюллетень Верховного Суда РФ"),
        (
            "Вестник Высшего Арбитражного Суда РФ. 2012. № 5. С. 20–25.",
            "Вестник Высшего Арбитражного Суда РФ",
        ),
    ],
)
def test_a_periodical_named_first(note: str, container: str) -> None:
    found = first_citation(note)
    assert (found.title, found.container, found.issue) == (None, container, note.split("№ ")[1][0])


def test_an_article_in_a_periodical_keeps_its_title() -> None:
    found = first_citation("О некоторых вопросах истории // Вопросы истории. 1989. № 4. С. 33–41.")
    assert (found.title, found.container) == ("О некоторых вопросах истории", "Вопросы истории")


@pytest.mark.parametrize(
    ("note", "title", "issued"),
    [
        (
            "Navalnyy v Russia App no 29580/12 (ECtHR, 15 November 2018) para 98.",
            "Navalnyy v Russia",
            "2018-11-15",
        ),
        (
            "Ilgar Mammadov v Azerbaijan App no 15172/13 (ECtHR, 22 May 2014) para 143.",
            "Ilgar Mammadov v Azerbaijan",
            "2014-05-22",
        ),
    ],
)
def test_a_judgment_by_its_parties_and_day(note: str, title: str, issued: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.language) == ("legal_case", title, "en")
    assert (found.volume, found.page) == (None, None)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


def test_a_law_report_keeps_its_volume_and_page() -> None:
    found = first_citation("Brown v. Board of Education, 347 U.S. 483, 495 (1954).")
    assert (found.volume, found.page, found.language) == ("347", "483", "en")


@pytest.mark.parametrize(
    "note",
    [
        "Anayasa Mahkemesinin 15/10/2020 tarihli ve E.2019/88, K.2020/59 sayılı Kararı (RG, "
        "24/11/2020, S. 31314).",
        "Bakanlar Kurulunun 12/3/2015 tarihli ve 2015/7456 sayılı Kararı (RG, 1/4/2015, S. 29313).",
    ],
)
def test_a_bracket_opening_before_the_gazette_is_no_host(note: str) -> None:
    assert first_citation(note).container == "RG"


@pytest.mark.parametrize(
    ("note", "title", "edition"),
    [
        (
            "Kemal Oğuzman ve Nami Barlas, Medenî Hukuk: Giriş, Kaynaklar, Temel Kavramlar, 27. "
            "Bası (İstanbul: Vedat Kitapçılık, 2021), 156.",
            "Medenî Hukuk: Giriş, Kaynaklar, Temel Kavramlar",
            "27",
        ),
        (
            "Kemal Gözler, Anayasa Hukukunun Genel Esasları, Temel Kavramlar, 4. Baskı (Bursa: "
            "Ekin Basım Yayın, 2021), 88.",
            "Anayasa Hukukunun Genel Esasları, Temel Kavramlar",
            "4",
        ),
    ],
)
def test_an_edition_after_the_title_last_part(note: str, title: str, edition: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.container) == ("book", title, None)
    assert found.edition == edition


def test_a_quoted_part_keeps_its_host_before_the_edition() -> None:
    found = first_citation(
        "“Yurt”, Oxford English Dictionary, 3rd ed. (Oxford University Press, 2015)."
    )
    assert (found.type, found.title) == ("entry-dictionary", "Yurt")


@pytest.mark.parametrize(
    ("note", "title", "number", "section"),
    [
        ("S.C. Res. 2231 (July 20, 2015).", "S.C. Res. 2231", "2231", None),
        (
            "G.A. Res. 3314 (XXIX), Definition of Aggression (Dec. 14, 1974).",
            "Definition of Aggression",
            "3314",
            None,
        ),
        (
            "G.A. Res. 76/300, The human right to a clean, healthy and sustainable environment "
            "(July 28, 2022).",
            "The human right to a clean, healthy and sustainable environment",
            "76/300",
            None,
        ),
        (
            "S.C. Res. 1373, ¶ 1, U.N. Doc. S/RES/1373 (Sept. 28, 2001).",
            "S.C. Res. 1373",
            "1373",
            "1",
        ),
    ],
)
def test_a_bluebook_resolution_is_named_by_its_organ_and_number(
    note: str, title: str, number: str, section: str | None
) -> None:
    found = first_citation(note)
    assert (found.title, found.number, found.section) == (title, number, section)
    assert (found.authors, found.volume, found.language) == ((), None, "en")
    # the name's parts are read, none reported lost; the document's symbol has no field
    assert all(part.startswith("U.N. Doc.") for part in found.unparsed)


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            "5237 sayılı Türk Ceza Kanunu, Kabul Tarihi: 26.09.2004, Resmî Gazete Tarih: "
            "12.10.2004, Sayı: 25611.",
            "Resmî Gazete",
        ),
        (
            "Türkiye Cumhuriyeti Anayasası, Kanun No: 2709, Kabul Tarihi: 18.10.1982, RG: "
            "09.11.1982/17863.",
            "RG",
        ),
    ],
)
def test_an_acts_adoption_label_is_no_host(note: str, container: str) -> None:
    found = first_citation(note)
    assert found.container == container  # the adoption date's label is the date's
    assert found.issued is not None
    assert found.issued.day is not None


@pytest.mark.parametrize(
    ("note", "day", "amended"),
    [
        (
            "Федеральный закон от 29.12.2012 № 273-ФЗ (ред. от 04.08.2023) «Об образовании в "
            "Российской Федерации».",
            PartialDate(2012, 12, 29),
            "ред. от 04.08.2023",
        ),
        (
            "Налоговый кодекс Российской Федерации (часть вторая) от 05.08.2000 № 117-ФЗ (с изм. "
            "и доп., вступ. в силу с 01.01.2024).",
            PartialDate(2000, 8, 5),
            "с изм. и доп., вступ. в силу с 01.01.2024",
        ),
        (
            "Закон Республики Казахстан от 27 июля 2007 года № 319-III «Об образовании» (с "
            "изменениями и дополнениями по состоянию на 01.01.2024 г.).",
            PartialDate(2007, 7, 27),
            "с изменениями и дополнениями по состоянию на 01.01.2024 г.",
        ),
    ],
)
def test_an_acts_amended_state_is_its_note(note: str, day: PartialDate, amended: str) -> None:
    found = first_citation(note)
    assert (found.issued, found.note) == (day, amended)  # the act's date; the version read, kept
    assert found.unparsed == ()


def test_an_editors_bracket_is_no_amended_state() -> None:
    found = first_citation("Иванов И. И. (ред.) История Казахстана. Алматы, 2010.")
    assert (found.note, [name.family for name in found.editors]) == (None, ["Иванов"])


@pytest.mark.parametrize(
    ("note", "court", "numbers", "day"),
    [
        (
            "Yargıtay 9. Hukuk Dairesi, E. 2018/1234, K. 2019/5678, T. 12.03.2019.",
            "Yargıtay 9. Hukuk Dairesi",
            "E. 2018/1234, K. 2019/5678",
            PartialDate(2019, 3, 12),
        ),
        (
            "Danıştay 10. Daire, E. 2015/123, K. 2018/456, 05.04.2018.",
            "Danıştay 10. Daire",
            "E. 2015/123, K. 2018/456",
            PartialDate(2018, 4, 5),
        ),
    ],
)
def test_a_decision_cited_by_its_numbers_after_the_court(
    note: str, court: str, numbers: str, day: PartialDate
) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.number) == ("legal_case", court, numbers)
    assert (found.issued, found.language) == (day, "tr")  # day first, as the labels write it
    assert found.unparsed == ()  # both numbers read, none reported lost
