"""Forms read in session 68: Russian Turkology's sigla set off by a dash, a book's volume in
its own area after the imprint's year, ICSID dockets and companies' initials in a case's
parties, the Bluebook's book pages, editors and chapters, German issues, subtitles, `f.` and
short forms, an act's day after its quoted name, a title's years before `//`, Vancouver's
two-word families, a host's bare volume, a page inside a bracketed translation. Each with the
neighbouring form it must leave alone."""

from __future__ import annotations

from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def test_a_siglum_set_off_by_a_dash_is_read_apart() -> None:
    found = _one(
        "ДТС — Древнетюркский словарь / ред. В. М. Наделяев, Д. М. Насилов. Л.: Наука, 1969. 676 с."
    )
    assert found.title == "Древнетюркский словарь"
    assert ("citation-label", '"ДТС"') in found.extra
    found = _one(
        "Баскаков 1969 — Баскаков Н. А. Введение в изучение тюркских языков. М.: Высшая школа,"
        " 1969. 384 с."
    )
    assert _families(found.authors) == ["Баскаков"]
    assert found.title == "Введение в изучение тюркских языков"


def test_a_glossary_dash_and_a_titles_dash_are_no_siglum() -> None:
    assert str(_note("Жус — родоплеменное объединение у казахов.").kind) == "comment"
    found = _one("НАТО — Россия / И. Иванов. М.: Наука, 2001. 240 с.")
    assert not any(key == "citation-label" for key, _ in found.extra)


def test_a_books_volume_in_its_own_area_after_the_year() -> None:
    found = _one(
        "Юдахин К. К. Киргизско-русский словарь. М.: Советская энциклопедия, 1985. Кн. 1. 512 с."
    )
    assert (found.volume, found.number_of_pages) == ("1", "512")
    found = _one("Иванов И. И. Сочинения. – М.: Наука, 1985. – Кн. 2. – С. 45.")
    assert (found.volume, found.page, found.unparsed) == ("2", "45", ())


def test_an_icsid_case_is_named_by_its_parties() -> None:
    found = _one(
        "Rumeli Telekom A.S. v. Republic of Kazakhstan, ICSID Case No. ARB/05/16, Decision of"
        " the ad hoc Committee (Mar. 25, 2010), ¶ 72."
    )
    assert (found.type, found.title) == (
        "legal_case",
        "Rumeli Telekom A.S. v. Republic of Kazakhstan",
    )
    found = _one(
        "Sistem Mühendislik İnşaat Sanayi ve Ticaret A.Ş. v. Kyrgyz Republic, ICSID Case No."
        " ARB(AF)/06/1, Award (Sept. 9, 2009), ¶¶ 118–20."
    )
    assert found.title == "Sistem Mühendislik İnşaat Sanayi ve Ticaret A.Ş. v. Kyrgyz Republic"
    assert (found.type, found.language) == ("legal_case", "en")


def test_the_bluebooks_page_before_a_house_in_the_years_bracket() -> None:
    found = _one(
        "Rudolf Dolzer & Christoph Schreuer, Principles of International Investment Law 245 (2d"
        " ed. 2012)."
    )
    assert (found.title, found.page) == ("Principles of International Investment Law", "245")
    found = _one(
        "Christoph H. Schreuer et al., The ICSID Convention: A Commentary 117–18 (2d ed. 2009)."
    )
    assert (found.title, found.page) == ("The ICSID Convention: A Commentary", "117–18")


def test_a_titles_own_number_stays_in_it() -> None:
    assert _one("John Smith, Catch 22 (Knopf 1961).").title == "Catch 22"
    assert _one("John Smith, Agenda 2030 (UN 2015).").title == "Agenda 2030"
    assert _one("John Smith, The Road to Agenda 21 (Earthscan 1993).").title == (
        "The Road to Agenda 21"
    )
    found = _one("Eric Hobsbawm, The Age of Empire 1875–1914 (2d ed. 1989).")
    assert (found.title, found.page) == ("The Age of Empire 1875–1914", None)


def test_an_editions_name_is_no_editor() -> None:
    assert _one("Herman Melville, Moby-Dick 12 (Norton Critical ed., 2002).").editors == ()


def test_the_bluebooks_editors_and_chapter() -> None:
    found = _one(
        "See generally The Energy Charter Treaty: An East-West Gateway for Investment and Trade"
        " (Thomas W. Wälde ed., 1996)."
    )
    assert _families(found.editors) == ["Wälde"]
    assert found.title == "The Energy Charter Treaty: An East-West Gateway for Investment and Trade"
    found = _one(
        "Aigerim Sarsenova, Stabilization Clauses, in Investment Treaty Law: Current Issues III"
        " 211, 219–22 (Andrea K. Bjorklund, Ian A. Laird & Sergey Ripinsky eds., 2009)."
    )
    assert _families(found.editors) == ["Bjorklund", "Laird", "Ripinsky"]
    assert (found.type, found.page, found.volume) == ("chapter", "219–22", None)


def test_a_bluebook_journals_dash() -> None:
    found = _one(
        "Timur Nurgaliyev, The Fork-in-the-Road Clause in Central Asian BITs, 28 ICSID"
        " Rev.—Foreign Inv. L.J. 402, 410 (2013)."
    )
    assert (found.title, found.container) == (
        "The Fork-in-the-Road Clause in Central Asian BITs",
        "ICSID Rev.—Foreign Inv. L.J.",
    )
    assert (found.volume, found.page) == ("28", "410")


def test_an_acts_day_and_number_after_its_quoted_name() -> None:
    found = _one(
        "Oʻzbekiston Respublikasi Prezidentining “Tarix fanini oʻqitish sifatini oshirish"
        " chora-tadbirlari toʻgʻrisida”gi 2020-yil 12-maydagi PQ-4712-son qarori."
    )
    assert found.title == "Tarix fanini oʻqitish sifatini oshirish chora-tadbirlari toʻgʻrisida"
    found = _one(
        "Кыргыз Республикасынын Президентинин «1916-жылдагы окуялардын 100 жылдыгын белгилөө"
        " жөнүндө» 2016-жылдын 20-апрелиндеги № 85 Жарлыгы."
    )
    assert found.title == "1916-жылдагы окуялардын 100 жылдыгын белгилөө жөнүндө"


def test_kyrgyz_same_work_after_its_author() -> None:
    assert str(_note("Усенбаев К. Ошол эле эмгек. – 156-б.").kind) == "opcit"


def test_a_titles_years_before_the_slashes() -> None:
    found = _one(
        "Loring B. “Colonizers with Party Cards”: Soviet Internal Colonialism in Central Asia,"
        " 1917–39 // Kritika: Explorations in Russian and Eurasian History. – 2014. – Vol. 15,"
        " No. 1. – P. 77–102."
    )
    assert found.title is not None
    assert found.title.endswith("Central Asia, 1917–39")
    assert found.page == "77–102"


def test_german_issues() -> None:
    found = _one(
        "Vgl. Sebastian Mayer: Kasachstans Energiediplomatie. Zwischen Russland, China und dem"
        " Westen, in: Osteuropa, 7/2011, S. 131–148."
    )
    assert (found.issue, found.volume, found.page) == ("7", None, "131–148")
    found = _one(
        "Rico Isaacs: Neopatrimonialism and Beyond, in: Contemporary Politics, 20 (2014) 2,"
        " S. 229–245."
    )
    assert (found.volume, found.issue) == ("20", "2")


def test_a_subtitle_before_the_imprints_place() -> None:
    found = _one(
        "Andrea Schmitz: Turkmenistan nach Nijasow. Eine Bestandsaufnahme, Berlin: Stiftung"
        " Wissenschaft und Politik 2007, S. 14 f."
    )
    assert (found.title, found.publisher_place) == (
        "Turkmenistan nach Nijasow. Eine Bestandsaufnahme",
        "Berlin",
    )
    assert found.page == "14 f"
    found = _one(
        "Vgl. Marlène Laruelle/Sébastien Peyrouse: Globalizing Central Asia. Geopolitics and"
        " the Challenges of Economic Development, Armonk, NY 2013, S. 112 ff."
    )
    assert found.title == (
        "Globalizing Central Asia. Geopolitics and the Challenges of Economic Development"
    )
    assert found.page == "112 ff"


def test_a_titles_comma_and_in_before_its_host() -> None:
    found = _one(
        "Vgl. Beate Eschment: Kasachstans Machtwechsel. Vom Präsidenten zum „Elbasy“, in:"
        " Zentralasien-Analysen, Nr. 136, 29.3.2019, S. 2–6."
    )
    assert found.title == "Kasachstans Machtwechsel. Vom Präsidenten zum „Elbasy“"


def test_vancouvers_two_word_family_and_others() -> None:
    found = _one(
        "7. Karaoğlan Kahiloğulları A, Alataş E, Ertuğrul F, ve ark. Afgan ve Türkmen kökenli"
        " göçmen çocuklarda aşılama durumu. Türkiye Klinikleri J Pediatr. 2020;29(3):145-52."
    )
    assert _families(found.authors) == ["Karaoğlan Kahiloğulları", "Alataş", "Ertuğrul"]
    assert found.title == "Afgan ve Türkmen kökenli göçmen çocuklarda aşılama durumu"


def test_a_hosts_bare_volume_before_its_imprint() -> None:
    found = _one(
        'Kafalı, Mustafa (2002). "Kazakistan". TDV İslâm Ansiklopedisi. 25. İstanbul: Türkiye'
        " Diyanet Vakfı. ss. 110-118."
    )
    assert (found.volume, found.publisher_place, found.page) == ("25", "İstanbul", "110-118")


def test_a_page_inside_a_bracketed_translation() -> None:
    found = _one(
        "Zhanbosinova A.S. (2018) Sotsial'naya istoriya Vostochnogo Kazakhstana v 1940–1950-e"
        " gody [Social history of East Kazakhstan in the 1940s–1950s]. Materialy"
        " mezhdunarodnoi nauchno-prakticheskoi konferentsii «Auezovskie chteniya-16». Shymkent,"
        " pp. 112–116. (in Russian)"
    )
    assert found.page == "112–116"


def test_a_titles_acronym_before_a_dash_is_no_siglum() -> None:
    found = _one("США — Россия: история отношений / под ред. А. В. Торкунова. — М.: МГИМО, 2005.")
    assert found.title == "США — Россия: история отношений"
    found = _one("ЕГЭ – 2020. Математика / сост. И. Иванова. – М.: Просвещение, 2019. – 96 с.")
    assert not any(key == "citation-label" for key, _ in found.extra)


def test_a_case_named_in_a_commentarys_title_keeps_its_author() -> None:
    found = _one(
        "Иванов И. И. Комментарий к делу Ilgar Mammadov v. Azerbaijan, App. No. 15172/13 //"
        " Международное правосудие. 2015. № 2. С. 5–10."
    )
    assert _families(found.authors) == ["Иванов"]
    found = _one("Иванов И. И. и Петров П. П. Prosecutor v. Tadić, Case No. IT-94-1-A. М., 2005.")
    assert _families(found.authors) == ["Иванов", "Петров"]


def test_a_part_in_a_range_or_beside_another_is_no_volume_alone() -> None:
    found = _one("Шолохов М. А. Тихий Дон. – М.: Правда, 1985. – Кн. 1–2. – 512 с.")
    assert found.volume != "1"
    found = _one("Иванов И. И. История. – М., 1985. – Кн. 1. Ч. 2. – 512 с.")
    assert found.volume != "1"


def test_a_houses_series_number_is_no_volume() -> None:
    found = _one("Yılmaz, A. Osmanlı Tarihi. Türk Tarih Kurumu Yayınları. 12. Ankara: TTK, 1990.")
    assert found.volume is None


def test_a_reprint_word_is_no_subtitle() -> None:
    found = _one(
        "Barthold, W. Turkestan Down to the Mongol Invasion. Reprint, New Delhi: Munshiram"
        " Manoharlal, 1992."
    )
    assert found.title == "Turkestan Down to the Mongol Invasion"


def test_a_title_with_a_colon_is_no_short_forms_author() -> None:
    found = _one("Central Asia: A Political History, p. 12.")
    assert (found.title, found.authors) == ("Central Asia: A Political History", ())


def test_a_footnotes_label_after_f_stays_unread() -> None:
    found = _one("Hans Müller: Zentralasien, München 2007, S. 20 f. Fn. 3.")
    assert found.page == "20 f"
    assert "Fn" in found.unparsed


def test_kyrgyz_same_work_inside_prose_is_no_repeat() -> None:
    note = _note(
        "Автор ошол эле эмгек менен алектенген: Осмонов Ө. Кыргызстандын тарыхы. – Бишкек, 2012."
    )
    assert str(note.kind) == "citation"


def test_a_treaty_in_an_edited_collection_stays_a_treaty() -> None:
    found = _one(
        "Anglo-Russian Convention of 1907, in British Documents on the Origins of the War, ed."
        " G. P. Gooch and H. Temperley, vol. 4 (London, 1929)."
    )
    assert found.type != "book"


def test_a_country_opening_the_title_before_the_imprints_place() -> None:
    found = _one(
        "M.B. Olcott, Kazakhstan: Unfulfilled Promise, Washington, Carnegie Endowment for"
        " International Peace, 2010, pp. 112-118."
    )
    assert (found.title, found.publisher_place) == ("Kazakhstan: Unfulfilled Promise", "Washington")
    assert found.publisher == "Carnegie Endowment for International Peace"


def test_a_rulers_numeral_or_a_letter_is_no_initial() -> None:
    found = _one("Иванов И. И., Эпоха Екатерины II. Сборник документов. – СПб., 1998. – 250 с.")
    assert found.title == "Эпоха Екатерины II. Сборник документов"
    found = _one("4. Chronic Hepatitis B. World Health Organization fact sheet. Geneva: WHO; 2020.")
    assert found.authors == ()


def test_a_pinpoint_before_the_slashes_stays_the_page() -> None:
    found = _one("Ленин В. И. Что делать?, 12–15 // Полн. собр. соч. – Т. 6. – С. 1–192.")
    assert (found.title, found.page) == ("Что делать?", "12–15")


def test_a_volume_and_its_year_stay_a_volume() -> None:
    found = _one("Uwe Halbach, „Zentralasien“, in: Osteuropa, 57/2007, S. 131–150.")
    assert (found.volume, found.issue) == ("57", None)


def test_a_role_or_a_reprint_is_no_subtitle() -> None:
    found = _one("John Smith, Central Asia. Translated by the author, London: Routledge, 2005.")
    assert found.title == "Central Asia"
    found = _one("Hans Meier, Geschichte Zentralasiens. Reprint, Berlin: De Gruyter 2009.")
    assert found.title == "Geschichte Zentralasiens"


def test_an_unread_part_after_a_dash_stays_reported() -> None:
    found = _one("Бартольд В. В. Сочинения. – М., 1963. – Т. 2. – Ч. 1. – С. 23.")
    assert "Ч. 1" in found.unparsed
    found = _one("Иванов И. И. Статья // Русская мысль. – 1890. – Кн. 5. – С. 12–40.")
    assert "Кн. 5" in found.unparsed


def test_a_short_titles_number_and_a_hosts_years_are_no_pages() -> None:
    found = _one("Ray Bradbury, Fahrenheit 451 (Ballantine Books ed. 1991).")
    assert (found.title, found.page) == ("Fahrenheit 451", None)
    found = _one(
        "Adeeb Khalid, Title, in Russia and Central Asia, 1800–1917, 45 (Jane Burbank ed., 2005)."
    )
    assert "Russia and Central Asia, 1800–1917" in f"{found.title} {found.container}"
    assert "1917" not in found.unparsed
