"""Session 22 (names22): persons' names and imprints, from notes written for the session."""

from __future__ import annotations

from tests.citations.parsed import first_citation as _parse


def _written(names: tuple[object, ...]) -> list[str]:
    return [str(n) for n in names]


def test_kyrgyz_fathers_name_word_closes_a_gost_family() -> None:
    cited = _parse("Асанбек уулу Т. Кыргыз тарыхы. – Бишкек: Кыргызстан, 2011. – 256 б.")
    assert _written(cited.authors) == ["Асанбек уулу Т."]
    assert cited.title == "Кыргыз тарыхы"


def test_particle_glued_by_a_hyphen_closes_a_name_that_opens_the_note() -> None:
    cited = _parse("Әбу Насыр әл-Фараби, Философиялық трактаттар, Алматы: Ғылым, 1973, 45-б.")
    assert _written(cited.authors) == ["Әбу Насыр әл-Фараби"]
    assert cited.title == "Философиялық трактаттар"
    other = _parse("Абу Наср аль-Фараби, Трактаты, Алма-Ата: Наука, 1975, с. 12.")
    assert _written(other.authors) == ["Абу Наср аль-Фараби"]


def test_generation_suffix_stays_with_an_inverted_name() -> None:
    cited = _parse("King, Martin Luther, Jr. Stride Toward Freedom. New York: Harper, 1958.")
    assert _written(cited.authors) == ["King, Martin Luther, Jr"]
    assert cited.title == "Stride Toward Freedom"
    third = _parse(
        "Smith, John A., III, and Mary Jones. The Caspian Basin. London: Routledge, 2004."
    )
    assert _written(third.authors)[0] == "Smith, John A., III"
    assert third.title == "The Caspian Basin"


def test_turkish_duz_is_an_editor() -> None:
    cited = _parse(
        "Kaşgarlı Mahmud, Divanü Lügati't-Türk, düz. Besim Atalay, Ankara: TDK Yayınları, "
        "1985, s. 210."
    )
    assert _written(cited.editors) == ["Besim Atalay"]
    assert cited.publisher_place == "Ankara"


def test_bracketed_role_after_the_opening_name_makes_it_the_editor() -> None:
    cited = _parse(
        "Ahmet Yaşar Ocak (haz.), Türk Sufiliğine Bakışlar, İstanbul: İletişim Yayınları, "
        "1996, s. 30."
    )
    assert cited.authors == ()
    assert _written(cited.editors) == ["Ahmet Yaşar Ocak"]
    assert cited.title == "Türk Sufiliğine Bakışlar"
    russian = _parse("Иванов И. И. (ред.) Очерки истории. – М.: Наука, 2001. – 200 с.")
    assert _written(russian.editors) == ["Иванов И. И."]
    assert russian.authors == ()


def test_a_bodys_name_cut_by_the_model_is_one_group_author() -> None:
    cited = _parse(
        "Министерство образования и науки Российской Федерации. Федеральный государственный "
        "образовательный стандарт. – М., 2010. – 48 с."
    )
    assert _written(cited.authors) == ["Министерство образования и науки Российской Федерации"]
    assert cited.title == "Федеральный государственный образовательный стандарт"


def test_last_name_of_an_inverted_list_keeps_its_given_names() -> None:
    cited = _parse(
        "ALTINAY, Ayşe Gül; KILIÇ ARSLAN, Zehra. Kadın ve Ordu. İstanbul: İletişim Yayınları, 2010."
    )
    assert _written(cited.authors) == ["ALTINAY, Ayşe Gül", "KILIÇ ARSLAN, Zehra"]
    assert cited.title == "Kadın ve Ordu"
    initials = _parse(
        "Altınay, A. G.; Kılıç Arslan, Z. Kadın ve Ordu. İstanbul: İletişim Yayınları, 2010."
    )
    assert _written(initials.authors) == ["Altınay, A. G.", "Kılıç Arslan, Z."]


def test_a_body_before_a_comma_and_a_bracketed_imprint_is_the_author() -> None:
    cited = _parse(
        "Ministry of Foreign Affairs of Turkmenistan, Neutral Turkmenistan (Ashgabat: "
        "Türkmenistan, 2015), 8."
    )
    assert _written(cited.authors) == ["Ministry of Foreign Affairs of Turkmenistan"]
    assert cited.title == "Neutral Turkmenistan"


def test_a_name_joined_by_two_particles_opens_the_note() -> None:
    cited = _parse(
        "Muhammad ibn Musa al-Khwarizmi, The Algebra, trans. Frederic Rosen (London: Oriental "
        "Translation Fund, 1831), 5."
    )
    assert _written(cited.authors) == ["Muhammad ibn Musa al-Khwarizmi"]
    assert cited.title == "The Algebra"


def test_a_sultans_ordinal_after_an_inverted_name_opens_the_title() -> None:
    cited = _parse("KAYA, Ahmet, II. Abdülhamid Dönemi, İstanbul: Ötüken Neşriyat, 2001, s. 5.")
    assert "II" not in _written(cited.authors)[0]


def test_names_after_a_slash_and_a_role_word_whatever_their_initials() -> None:
    # `Б.` is Kazakh's page label and `С.` Russian's: after the role word they are initials
    cited = _parse(
        "Қазақ энциклопедиясы / бас ред. Б. Аяған. – Алматы: Қазақ энциклопедиясы, 2011. – 600 б."
    )
    assert _written(cited.editors) == ["Б. Аяған"]
    assert cited.title == "Қазақ энциклопедиясы"
    russian = _parse(
        "Русские летописи / под ред. С. Б. Петрова, Б. А. Орлова. – М.: Наука, 2003. – 310 с."
    )
    assert _written(russian.editors) == ["С. Б. Петрова", "Б. А. Орлова"]
    assert russian.title == "Русские летописи"


def test_names_after_a_slash_end_with_the_initials_after_a_family() -> None:
    cited = _parse(
        "Русские летописи / под ред. И. И. Иванова, П. П. Петрова. – М.: Наука, 2003. – 310 с."
    )
    assert _written(cited.editors) == ["И. И. Иванова", "П. П. Петрова"]
    hosted = _parse(
        "Nazarowa O. Şöhlatlar // Parket önümleri / red. Nobatgulyýewa J. Ашхабад; Aşgabat: "
        "Harp akademiýasy, 1955. S. 332–362."
    )
    assert _written(hosted.editors) == ["Nobatgulyýewa J."]
