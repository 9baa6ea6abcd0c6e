"""Session 23 (names23): persons and bodies as authors, from notes written for the session."""

from __future__ import annotations

from tests.citations.parsed import first_citation as _parse


def _written(names: tuple[object, ...]) -> list[str]:
    return [str(n) for n in names]


def test_ibn_and_ebu_open_a_name_as_a_given_name_does() -> None:
    cited = _parse(
        "İbn Haldun, Mukaddime, çev. Zakir Kadiri Ugan, İstanbul: Milli Eğitim Bakanlığı "
        "Yayınları, 1990, s. 212."
    )
    assert _written(cited.authors) == ["İbn Haldun"]
    assert cited.title == "Mukaddime"
    english = _parse(
        "Ibn Sina, The Canon of Medicine, trans. Laleh Bakhtiar (Chicago: Kazi, 1999), 41."
    )
    assert _written(english.authors) == ["Ibn Sina"]
    assert english.title == "The Canon of Medicine"


def test_a_particle_after_a_known_given_name_keeps_the_name_whole() -> None:
    cited = _parse(
        "Alexis de Tocqueville, The Old Regime and the Revolution, trans. John Bonner "
        "(New York: Harper, 1856), 67."
    )
    assert _written(cited.authors) == ["Alexis de Tocqueville"]
    assert cited.title == "The Old Regime and the Revolution"


def test_a_generation_suffix_closes_a_direct_name_before_its_comma() -> None:
    third = _parse("John A. Smith III, Energy and Empire (Boston: Beacon Press, 2009), 33.")
    assert _written(third.authors) == ["John A. Smith III"]
    assert third.title == "Energy and Empire"
    senior = _parse(
        "William H. Gates Sr., Showing Up for Life (New York: Broadway Books, 2009), 10."
    )
    assert _written(senior.authors) == ["William H. Gates Sr."]
    assert senior.title == "Showing Up for Life"


def test_a_body_read_as_the_title_before_a_host_signs_the_book() -> None:
    kazakh = _parse(
        "Л. Н. Гумилев атындағы Еуразия ұлттық университеті. Ғылыми еңбектер жинағы. – "
        "Астана, 2019. – 210 б."
    )
    assert _written(kazakh.authors) == ["Л. Н. Гумилев атындағы Еуразия ұлттық университеті"]
    assert kazakh.title == "Ғылыми еңбектер жинағы"
    assert kazakh.container is None
    turkish = _parse(
        "Ankara Üniversitesi Dil ve Tarih-Coğrafya Fakültesi, Türkoloji Araştırmaları, "
        "Ankara: AÜ DTCF Yayınları, 2005, s. 70."
    )
    assert _written(turkish.authors) == ["Ankara Üniversitesi Dil ve Tarih-Coğrafya Fakültesi"]
    assert turkish.title == "Türkoloji Araştırmaları"


def test_a_role_word_written_whole_names_one_person() -> None:
    cited = _parse(
        "Mahmud Kaşgarlı, Divanü Lûgat-it-Türk, düzenleyen Besim Atalay, Ankara: TDK, 1992, s. 45."
    )
    assert _written(cited.editors) == ["Besim Atalay"]
    assert cited.title == "Divanü Lûgat-it-Türk"


def test_a_name_glued_to_its_particle_heads_a_book() -> None:
    cited = _parse(
        "Аль-Бируни. Избранные произведения / пер. с араб. М. А. Салье. – Ташкент: Изд-во АН "
        "УзССР, 1957. – Т. 1. – 488 с."
    )
    assert _written(cited.authors) == ["Аль-Бируни"]
    assert cited.title == "Избранные произведения"
    assert _written(cited.translators) == ["М. А. Салье"]
    news = _parse(
        "Al-Monitor. Turkey and Central Asia. https://www.al-monitor.com/x (accessed May 2, 2021)."
    )
    assert news.authors == ()


def test_a_body_before_its_comma_and_a_place_signs_the_book() -> None:
    cited = _parse(
        "Министерство культуры РФ, Культурное наследие России, М.: Министерство культуры, "
        "2012, с. 5."
    )
    assert _written(cited.authors) == ["Министерство культуры РФ"]
    assert cited.title == "Культурное наследие России"


def test_an_acronym_that_publishes_the_work_is_its_author() -> None:
    cited = _parse("TİKA, Faaliyet Raporu 2019, Ankara: TİKA, 2020, s. 44.")
    assert _written(cited.authors) == ["TİKA"]
    assert cited.title == "Faaliyet Raporu 2019"
    assert cited.publisher == "TİKA"
    assert cited.publisher_place == "Ankara"
    person = _parse("KAYA, Ahmet, Türk Tarihi, İstanbul: Ötüken, 1990, s. 3.")
    assert _written(person.authors) == ["KAYA, Ahmet"]


def test_the_name_after_an_and_word_closes_a_list_before_the_title() -> None:
    cited = _parse("Ahmet Hamdi Tanpınar ve Ziya Gökalp, Seçmeler, İstanbul: Dergâh, 2001, s. 4.")
    assert _written(cited.authors) == ["Ahmet Hamdi Tanpınar", "Ziya Gökalp"]
    assert cited.title == "Seçmeler"
    title = _parse("Ahmet Kaya ve Dünyası, Ankara: TTK, 1990, s. 3.")
    assert title.authors == ()


def test_a_role_word_and_its_colon_name_the_people_after_it() -> None:
    cited = _parse("Ahmet Taşağıl, Göktürkler, Çeviren: Ali Kaya, Ankara: TTK, 2004, s. 5.")
    assert _written(cited.translators) == ["Ali Kaya"]
    assert cited.publisher == "TTK"
    untitled = _parse("Mukaddime, Çev.: Süleyman Uludağ, İstanbul: Dergâh, 2004, s. 12.")
    assert _written(untitled.translators) == ["Süleyman Uludağ"]


def test_turkish_turkcelestiren_names_the_translator() -> None:
    cited = _parse(
        "Cengiz Aytmatov, Beyaz Gemi, Türkçeleştiren Mehmet Özdemir, İstanbul: Ötüken, 2012, s. 8."
    )
    assert _written(cited.translators) == ["Mehmet Özdemir"]
    assert cited.title == "Beyaz Gemi"


def test_a_person_before_atyndagy_names_a_body() -> None:
    cited = _parse(
        "Ш. Уәлиханов атындағы Көкшетау университеті. Ғылыми жинақ. – Көкшетау, 2018. – 150 б."
    )
    assert _written(cited.authors) == ["Ш. Уәлиханов атындағы Көкшетау университеті"]
    assert cited.title == "Ғылыми жинақ"
    article = _parse("М. Әуезов атындағы драма театры // Егемен Қазақстан. – 2019. – 3 наурыз.")
    assert article.authors == ()
    assert article.title == "М. Әуезов атындағы драма театры"
