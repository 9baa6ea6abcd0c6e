"""Forms read in session 66: Vancouver and AMA pages and imprints, a body named again as the
publisher, Springer's basic references, an author-date title cut at its comma, countries
opening a headline, a labelled double volume, GOST host words left to no field, a season and
its year, Hungarian names family first, a list's number read as the title, a host's subtitle
before its editors, a prose lead before initials, Greek notes. Each with the neighbouring form
it must leave alone."""

from __future__ import annotations

from citekit.citations.names import to_name
from citekit.langid import detect_language
from citekit.model import NoteKind
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def _date(value: object) -> str | None:
    return None if value is None else str(value.isoformat())  # type: ignore[attr-defined]


def test_ama_pages_before_a_doi() -> None:
    for note, page in (
        (
            "Mukhamedzhanova K, Seitkali D, Ivanova O. Vaccine hesitancy among parents of young"
            " children in Shymkent, Kazakhstan. Vaccine. 2021;39(46):6753-6759."
            " doi:10.1016/j.vaccine.2021.09.071",
            "6753-6759",
        ),
        (
            "Tursynbekova A, Kurmanalina M. Barriers to accessing mental health services among"
            " young adults in Kazakhstan: a qualitative study. BMC Public Health. 2022;22:1452."
            " doi:10.1186/s12889-022-13867-4",
            "1452",
        ),
    ):
        found = _one(note)
        assert found.page == page
        assert found.container in ("Vaccine", "BMC Public Health")


def test_ama_book_imprint_and_a_body_named_again() -> None:
    found = _one(
        "WHO Regional Office for Europe. Primary Health Care in Kazakhstan: Moving From Reform"
        " to Transformation. WHO Regional Office for Europe; 2020."
    )
    assert _families(found.authors) == ["WHO Regional Office for Europe"]
    assert found.title == "Primary Health Care in Kazakhstan: Moving From Reform to Transformation"
    assert found.publisher == "WHO Regional Office for Europe"
    book = _one(
        "Bonita R, Beaglehole R, Kjellström T. Basic Epidemiology. 2nd ed. World Health"
        " Organization; 2006."
    )
    assert book.publisher == "World Health Organization"
    # a journal's `Name. 2020;12:45` is no imprint
    article = _one("Smith J. A title of a study. Lancet. 2020;12:45-50.")
    assert article.container == "Lancet"
    assert article.publisher is None


def test_springer_basic_references() -> None:
    found = _one(
        "Karthe D, Abdullaev I, Boldgiv B, Borchardt D, Chalov S, Jarsjö J, Li L, Nittrouer JA"
        " (2017) Water in Central Asia: an integrated assessment for science-based management."
        " Environ Earth Sci 76:690. https://doi.org/10.1007/s12665-017-6994-x"
    )
    assert _families(found.authors)[-1] == "Nittrouer"
    assert len(found.authors) == 8
    assert found.title == (
        "Water in Central Asia: an integrated assessment for science-based management"
    )
    assert found.container == "Environ Earth Sci"
    assert (found.volume, found.page) == ("76", "690")
    question = _one(
        "Bekchanov M, Ringler C, Bhaduri A, Jeuland M (2015) How would the Rogun Dam affect"
        " water and energy scarcity in Central Asia? Water Int 40(5–6):856–876."
    )
    assert question.title.endswith("Central Asia?")
    assert (question.container, question.volume, question.issue) == ("Water Int", "40", "5–6")
    assert question.page == "856–876"
    book = _one(
        "Mamatkanov DM, Bazhanova LV, Romanovsky VV (2006) Vodnye resursy Kyrgyzstana na"
        " sovremennom etape. Ilim, Bishkek (in Russian)"
    )
    assert _families(book.authors) == ["Mamatkanov", "Bazhanova", "Romanovsky"]
    assert _date(book.issued) == "2006"


def test_an_author_date_title_cut_at_its_comma() -> None:
    found = _one(
        "Granit J, Jägerskog A, Löfgren R, Bullock A, de Gooijer G, Pettigrew S, Lindström A"
        " (2012) Regional options for addressing the water, energy and food nexus in Central Asia"
        " and the Aral Sea Basin. Int J Water Resour Dev 28(3):419–432."
        " https://doi.org/10.1080/07900627.2012.684307"
    )
    assert found.title == (
        "Regional options for addressing the water, energy and food nexus in Central Asia and"
        " the Aral Sea Basin"
    )
    assert found.container == "Int J Water Resour Dev"


def test_countries_opening_a_headline() -> None:
    found = _one(
        "Russia, Kazakhstan, Uzbekistan agree to create trilateral gas union // TASS."
        " 28.11.2022. URL: https://tass.com/economy/1542939"
    )
    assert found.title == "Russia, Kazakhstan, Uzbekistan agree to create trilateral gas union"
    assert found.authors == ()
    # a person before a title opening on a country keeps the person
    person = _one("Jonathan Hale, Russia, China and the New Great Game (London: Hurst, 2019), 4.")
    assert _families(person.authors) == ["Hale"]


def test_a_labelled_double_volume() -> None:
    found = _one(
        "Halil Inalcik, “The Khan and the Tribal Aristocracy”, Harvard Ukrainian Studies,"
        " Vol. 3-4, 1979-1980, pp. 445-466."
    )
    assert found.volume == "3-4"
    # two numbers not in a row are no double volume
    other = _one("Smith, “Title”, Journal, Vol. 3-7, 2019, pp. 5-10.")
    assert other.volume != "3-7"


def test_a_gost_host_whole_before_its_editors() -> None:
    found = _one(
        "Karimov B. Uzbekistan’s Transport Diplomacy and the Trans-Caspian Route // China’s Belt"
        " and Road Initiative and Its Impact in Central Asia / ed. by M. Laruelle. Washington,"
        " D.C.: The George Washington University, Central Asia Program, 2018, pp. 112–121."
    )
    assert found.container == "China’s Belt and Road Initiative and Its Impact in Central Asia"
    assert _families(found.editors) == ["Laruelle"]


def test_a_season_and_its_year() -> None:
    found = _one(
        "Ömer Kocaman, “Türk Devletleri Teşkilatı’nın Kurumsallaşma Süreci”, Bilig, Sayı 101,"
        " Bahar 2022, s. 1–28."
    )
    assert _date(found.issued) == "2022"
    assert found.container == "Bilig"


def test_hungarian_names_family_first_before_a_colon() -> None:
    found = _one(
        "Vásáry István: Cumans and Tatars. Oriental Military in the Pre-Ottoman Balkans."
        " Cambridge: Cambridge University Press, 2005, 6–8."
    )
    assert _families(found.authors) == ["Vásáry"]
    assert found.title.startswith("Cumans and Tatars")
    two = _one("Pálóczi Horváth András: Besenyők, kunok, jászok. Budapest: Corvina, 1989, 45. old.")
    assert [(n.family, n.given) for n in two.authors] == [("Pálóczi Horváth", "András")]
    hyphened = _one("Róna-Tas András: A kazár népnévről. Nyelvtudományi Közlemények 84 (1982).")
    assert _families(hyphened.authors) == ["Róna-Tas"]


def test_three_words_family_first_only_before_a_family_first_given_name() -> None:
    assert (to_name("Somfai Kara Dávid").family, to_name("Somfai Kara Dávid").given) == (
        "Somfai Kara",
        "Dávid",
    )
    # a given name first is direct order
    assert to_name("Ivan Petrov Sergei").given == "Ivan Petrov"
    assert to_name("Mary Ann Smith").family == "Smith"


def test_a_list_number_read_as_the_title() -> None:
    found = _one("5. Türkmenistanyň Konstitusiýasy. – A.: Türkmen döwlet neşirýat gullugy, 2016.")
    assert found.title == "Türkmenistanyň Konstitusiýasy"


def test_a_host_subtitle_before_its_editors() -> None:
    found = _one(
        "Marlène Laruelle, “Russia and Central Asia,” in Eurasian Integration: The View from"
        " Within, ed. Piotr Dutkiewicz and Richard Sakwa (London: Routledge, 2015), 149–167."
    )
    assert found.container == "Eurasian Integration: The View from Within"
    assert _families(found.editors) == ["Dutkiewicz", "Sakwa"]


def test_prose_before_an_author_with_initials() -> None:
    found = _one(
        "The idea was first set out in H. J. Mackinder, “The Geographical Pivot of History,”"
        " The Geographical Journal 23, no. 4 (1904): 421–437."
    )
    assert _families(found.authors) == ["Mackinder"]
    assert found.title == "The Geographical Pivot of History"


def test_azerbaijani_op_cit() -> None:
    note = _note("Əliyev K. Göst. əsəri, s. 88.")
    assert note.kind == NoteKind.OPCIT


def test_greek_footnotes() -> None:
    assert detect_language("Οι Έλληνες του Καζακστάν: εκτοπίσεις και επιβίωση") == "el"
    found = _one(
        "Ι. Κοτσώνης, Οι Έλληνες του Καζακστάν: εκτοπίσεις και επιβίωση, 1937–1956, Αθήνα:"
        " Παπαζήσης, 2004, σσ. 27–41."
    )
    assert found.language == "el"
    assert found.publisher_place == "Αθήνα"
    assert found.page == "27–41"
    assert _note("Στο ίδιο, σ. 260.").kind == NoteKind.IBID
    assert _note("Ό.π., σσ. 115–117.").kind == NoteKind.OPCIT
    dated = _one(
        "«Τα θύματα του 1949 στη μνήμη των Ποντίων του Καζακστάν», Η Καθημερινή, 28 Ιουνίου"
        " 1999, σ. 14."
    )
    assert _date(dated.issued) == "1999-06-28"


def test_a_polish_quoted_host_after_the_title() -> None:
    found = _one(
        "T. Umarov, Kazakhstan’s Tokayev Tries to Have It Both Ways on Russia, „Foreign Policy”,"
        " 28.06.2022, https://foreignpolicy.com/2022/06/28/kazakhstan-tokayev-russia-ukraine-war/"
        " (dostęp: 1.03.2023)."
    )
    assert found.title == "Kazakhstan’s Tokayev Tries to Have It Both Ways on Russia"
    assert found.container == "Foreign Policy"
    # other quotes after a comma hold the title
    assert _one("Miller and Carpenter, “Nomads”, 191-211.").title == "Nomads"


def test_a_gost_host_description_stays_out_of_its_name() -> None:
    found = _one(
        "Абжанов Х.М. Алаш и проблемы модернизации казахского общества // Алаш: история и"
        " современность: сб. статей / отв. ред. Б.Г. Аяган. – Алматы, 2009. – С. 5–12."
    )
    assert found.container == "Алаш: история и современность"
    entry = _one(
        "Тюменское ханство // Большая российская энциклопедия : в 35 т. / гл. ред. Ю. С."
        " Осипов. – Москва : Большая российская энциклопедия, 2016. – Т. 32. – С. 514."
    )
    assert entry.container == "Большая российская энциклопедия"


def test_a_greek_body_as_the_author() -> None:
    found = _one(
        "Γενική Γραμματεία Απόδημου Ελληνισμού, Έκθεση για τους ομογενείς της πρώην ΕΣΣΔ, Αθήνα"
        " 1996, σ. 23."
    )
    assert _families(found.authors) == ["Γενική Γραμματεία Απόδημου Ελληνισμού"]
    assert found.title == "Έκθεση για τους ομογενείς της πρώην ΕΣΣΔ"


def test_initials_before_a_double_family_and_its_comma() -> None:
    found = _one(
        "W. K. Fraser-Tytler, Afghanistan: A Study of Political Developments in Central and"
        " Southern Asia, 3rd ed. (London: Oxford University Press, 1967), 188."
    )
    assert _families(found.authors) == ["Fraser-Tytler"]
    assert found.title == (
        "Afghanistan: A Study of Political Developments in Central and Southern Asia"
    )


# the first review's reproduced regressions, each mended


def test_given_first_names_of_three_words_keep_their_order() -> None:
    for written, family in (
        ("Zahiriddin Muhammad Bobur", "Bobur"),
        ("Muhammad Taqi Bahar", "Bahar"),
        ("Mohammad Ali Timur", "Timur"),
        ("Prince Achille Murat", "Murat"),
    ):
        assert to_name(written).family == family
    found = _one("Zahiriddin Muhammad Bobur. Boburnoma. – Toshkent: Yulduzcha, 1989. – 368 b.")
    assert _families(found.authors) == ["Bobur"]


def test_titles_opening_on_a_word_and_a_given_name_before_a_colon() -> None:
    for note in (
        "Madame Roland: A Biographical Study. New York: Scribner, 1896.",
        "Hurricane Rita: Lessons Learned from the Gulf Coast Evacuation. Washington, DC: GAO,"
        " 2006, p. 12.",
        "Kabanbay Batyr: The Hero of the Kazakh Steppe. Almaty: Atamura, 2010, p. 45.",
        "Szent László: Törvények. Budapest, 1990.",
    ):
        found = _one(note)
        assert found.authors == ()
        assert found.title is not None
        assert ":" in found.title


def test_a_quoted_phrase_closing_a_polish_title_stays_the_title() -> None:
    found = _one("A. Nowak, Kazachstan, „kraj wielkiego stepu”, Warszawa 2010, s. 12.")
    assert found.container is None
    assert found.title is not None
    assert found.title.startswith("Kazachstan, „kraj")


def test_an_act_in_springer_layout_names_no_person() -> None:
    for note in (
        "Decree RK (2010) On water. Kazakhstanskaya Pravda 12:3.",
        "Water Code RK (2003) Water Code of the Republic of Kazakhstan. Vestn Parlam 12:34.",
    ):
        found = _one(note)
        assert found.authors == ()
        assert found.type == "legislation"


def test_a_title_opening_on_its_publishers_name_names_no_author() -> None:
    for note, title in (
        (
            "SIPRI Yearbook 2022. Armaments, Disarmament and International Security. Stockholm:"
            " SIPRI, 2022.",
            "SIPRI Yearbook 2022. Armaments, Disarmament and International Security",
        ),
        (
            "Brill’s Companion to Turkic Studies. Essays in Honour of Peter Golden. Leiden:"
            " Brill, 2019.",
            "Brill’s Companion to Turkic Studies. Essays in Honour of Peter Golden",
        ),
        (
            "Freedom House Report. Kazakhstan. Freedom House; 2021.",
            "Freedom House Report. Kazakhstan",
        ),
    ):
        found = _one(note)
        assert found.authors == ()
        assert found.title == title


def test_a_vancouver_host_or_whole_title_stays_before_its_year() -> None:
    blog = _one(
        "Smith J. Health care reform. Health Affairs Blog; 2019. Accessed Jan 2, 2020."
        " https://www.healthaffairs.org/do/10.1377/hblog"
    )
    assert blog.container == "Health Affairs Blog"
    assert blog.publisher is None
    whole = _one("Smith J, Jones K. Health Systems in Transition; 2019.")
    assert whole.title == "Health Systems in Transition"
    initial = _one("Smith J. Water management in Central Asia. Interview by K. Jones; 2019.")
    assert initial.publisher is None


def test_persons_named_like_countries_stay_persons() -> None:
    for note in (
        "Chad Jordan, The Politics of Water (New York: Routledge, 2019), 45.",
        "Jordan, Chad, The Politics of Water (New York: Routledge, 2019), 45.",
        "Georgia Washington, Southern Voices (Atlanta: Peachtree, 2015), 33.",
    ):
        found = _one(note)
        assert len(found.authors) == 1
        assert found.title in ("The Politics of Water", "Southern Voices")


def test_a_gost_host_part_or_description_stays_apart() -> None:
    found = _one(
        "Иванов И.И. Название // Казахстан и мир: Сб. науч. тр. / под ред. А. Петрова. М., 2012."
        " С. 45-50."
    )
    assert found.container == "Казахстан и мир"


def test_a_vancouver_page_like_a_year_leaves_the_date() -> None:
    found = _one("See e.g. Smith J. Title. Health Aff (Millwood). 2019;38(1):2019-2025.")
    assert _date(found.issued) == "2019"


def test_greek_raised_dot_parts_two_sources() -> None:
    note = _note(
        "Αυτόθι, σ. 17· πρβλ. Ν. Σβορώνος, Επισκόπηση της νεοελληνικής ιστορίας, Αθήνα:"
        " Θεμέλιο, 1976, σ. 45."
    )
    assert len(note.citations) == 2
    assert note.citations[1].publisher == "Θεμέλιο"
    two = _note(
        "Κ. Θ. Δημαράς, Νεοελληνικός Διαφωτισμός, Αθήνα: Ερμής, 1977, σ. 12· Σβορώνος, ό.π., σ. 45."
    )
    assert two.citations[0].publisher == "Ερμής"
    # a middle dot in a Latin note parts nothing
    assert len(_note("Catalan l·l word· and more, Smith J. Title. 2001.").citations) == 1


def test_a_greek_numeral_volume_is_not_dropped() -> None:
    found = _one("Α. Βακαλόπουλος, Ιστορία του νέου ελληνισμού, τ. Γ΄, Θεσσαλονίκη 1968, σ. 45.")
    assert found.title == "Ιστορία του νέου ελληνισμού"
    assert any("τ. Γ" in piece for piece in found.unparsed)


# the second review's reproduced regressions, each mended


def test_a_greek_note_opening_on_in_the_same_spirit_cites() -> None:
    note = _note(
        "Στο ίδιο πνεύμα βλ. Ν. Σβορώνος, Επισκόπηση της νεοελληνικής ιστορίας, Αθήνα: Θεμέλιο,"
        " 1976, σ. 12."
    )
    assert note.kind == NoteKind.CITATION
    assert note.citations[0].publisher == "Θεμέλιο"
    assert _note("Στο ίδιο, σ. 260.").kind == NoteKind.IBID
    assert _note("Там же с. 45.").kind == NoteKind.IBID


def test_greek_see_also_opens_a_source_after_an_ibid() -> None:
    note = _note("Αυτόθι· βλ. και Κ. Φωτιάδης, Η γενοκτονία, Θεσσαλονίκη 2004, σ. 55.")
    assert len(note.citations) == 2
    assert _date(note.citations[1].issued) == "2004"
    assert _note("Βλ. παραπάνω, σ. 12.").kind == NoteKind.COMMENT


def test_a_raised_dot_parts_sources_only_by_greek_words() -> None:
    note = _note(
        "Ostrogorsky G. Geschichte des byzantinischen Staates. München: Beck, 1963. S. 12· vgl."
        " S. 45 (βασιλεύς)."
    )
    assert len(note.citations) == 1


def test_second_round_neighbours_stay_as_read() -> None:
    chapter = _one(
        "Smith J. Chapter title. In: Jones K, editor. Handbook of Central Asian Studies; 2019."
    )
    assert chapter.publisher is None
    subtitled = _one(
        "Cameron S. The Hungry Steppe. Famine, Violence, and the Making of Soviet Kazakhstan; 2018."
    )
    assert subtitled.publisher is None
    assert _one("Saint István: King and Founder. Budapest, 2000.").authors == ()
    book = _one("H. Müller, Kasachstan und Russland, „Eurasische Union”, Berlin 2019.")
    assert book.container is None
    journal = _one("4. Journal of Eurasian Studies. – 2019. – Vol. 10. – P. 5.")
    assert journal.container == "Journal of Eurasian Studies"
    edited = _one(
        "Yılmaz A. Başlık // Türk Dünyası Araştırmaları Hazırlayan Ahmet Yılmaz / Ankara, 2010."
    )
    assert edited.container == "Türk Dünyası Araştırmaları"


def test_an_ibid_before_its_address_stays_an_ibid() -> None:
    assert _note("Şol ýerde. https://tdh.gov.tm/tk/post/2 (Giriş senesi: 12.01.2022).").kind == (
        NoteKind.IBID
    )
