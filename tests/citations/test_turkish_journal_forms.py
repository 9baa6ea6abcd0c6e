"""How DergiPark authors in law, theology, education and economics write their notes (session
32): law books' `Bası` and slashed co-authors, a date opening a quoted title, APA 7's talks,
APA's part with no in-word, a classical Arabic work's title and house, a thesis's advisor, a
statistics office's release and an unsigned work before its imprint. The notes are written for
these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


def _families(names: object) -> list[str]:
    return [n.family or str(n) for n in names]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        (
            "Fikret Eren, Borçlar Hukuku Genel Hükümler, 24. Bası, Yetkin Yayınları, Ankara 2019.",
            "24",
        ),
        (
            "Hakan Pekcanıtez, Medenî Usûl Hukuku, C. II, 15. Bası, On İki Levha, İstanbul 2017.",
            "15",
        ),
        ("Erdoğan Moroğlu, Ticaret Hukuku, Gözden Geçirilmiş 3. Bası, Beta, İstanbul 2005.", "3"),
    ],
)
def test_basi_is_an_edition_word(text: str, edition: str) -> None:
    found = first_citation(text)
    assert found.edition == edition
    assert found.title is not None
    assert "Bası" not in found.title


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "Mahmut Koca/İlhan Üzülmez, Türk Ceza Hukuku Genel Hükümler, 14. Baskı, Seçkin "
            "Yayıncılık, Ankara 2021, s. 233.",
            ["Koca", "Üzülmez"],
        ),
        (
            "Baki Kuru/Ramazan Arslan/Ejder Yılmaz, Medeni Usul Hukuku, 28. Baskı, Yetkin "
            "Yayınları, Ankara 2017, s. 112.",
            ["Kuru", "Arslan", "Yılmaz"],
        ),
        (
            "Ali Safa Demir/Murat Kaya, “Anonim Şirketlerde Pay Devri”, Banka ve Ticaret Hukuku "
            "Dergisi, C. 30, S. 2, 2014, s. 55-80.",
            ["Demir", "Kaya"],
        ),
        ("Koca/Üzülmez, s. 233.", ["Koca", "Üzülmez"]),
    ],
)
def test_a_slash_between_names_joins_coauthors(text: str, families: list[str]) -> None:
    assert _families(first_citation(text).authors) == families


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Gürkan, Selim. “1 Mayıs 1977: Taksim’de Ne Oldu?”. Toplumsal Tarih 281 (Mayıs "
            "2017), 34-41.",
            "1 Mayıs 1977: Taksim’de Ne Oldu?",
            2017,
        ),
        (
            "Aslan, Fatma. “27 Mayıs 1960: Darbe ve Basın”. İletişim Çalışmaları 5/2 (2019), "
            "45-60.",
            "27 Mayıs 1960: Darbe ve Basın",
            2019,
        ),
    ],
)
def test_a_date_opening_a_quoted_title_is_the_titles(text: str, title: str, year: int) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    "text",
    [
        "Yılmaz, S. (2018, 5 Mayıs). Türkiye'de göç politikaları [Sözlü bildiri]. Uluslararası "
        "Göç Kongresi, İstanbul, Türkiye.",
        "Demir, A. ve Kurt, B. (2022, 12-14 Mayıs). Dijital bağımlılık [Poster bildiri]. 3. "
        "Uluslararası Sağlık Bilimleri Kongresi, Ankara.",
        "Smith, J. (2019, May 3). Teaching with games [Paper presentation]. Annual Meeting of the "
        "American Educational Research Association, Toronto, Canada.",
        "Lee, K. (2020). Reading in the wild [Conference session]. ILA 2020 Conference, Columbus, "
        "OH, United States.",
        "Петров А. А. Цифровая экономика Казахстана [Доклад] // Материалы конференции. Алматы, "
        "2019. С. 10-15.",
    ],
)
def test_a_bracketed_talk_is_a_paper_given_at_a_meeting(text: str) -> None:
    assert first_citation(text).type == "paper-conference"


@pytest.mark.parametrize(
    ("text", "editors", "host"),
    [
        (
            "Kaya, A. (2019). Dijital çağda eğitim. M. Demir ve S. Kurt (Edt.), Eğitim "
            "bilimlerinde güncel konular (ss. 12-30). Ankara: Nobel.",
            ["Demir", "Kurt"],
            "Eğitim bilimlerinde güncel konular",
        ),
        (
            "Koç, M. (2019). Okul yöneticilerinin liderlik stilleri. H. Balcı (Ed.), Eğitim "
            "yönetimi (s. 45-72). Pegem Akademi.",
            ["Balcı"],
            "Eğitim yönetimi",
        ),
        (
            "Erkan Tural, “Yerel Yönetimlerde Yeniden Yapılanma”, Kamu Yönetimi (edt. Mustafa "
            "Ökmen – Adnan Yılmaz), Gazi Kitabevi, Ankara 2011, s. 301-330.",
            ["Ökmen", "Yılmaz"],
            "Kamu Yönetimi",
        ),
    ],
)
def test_an_edited_books_part_with_edt_or_no_in_word(
    text: str, editors: list[str], host: str
) -> None:
    found = first_citation(text)
    assert found.type == "chapter"
    assert _families(found.editors) == editors
    assert found.container == host


def test_an_in_word_before_the_editors_stays_no_name() -> None:
    found = first_citation(
        "Seven, K. (2003). Almanya planı. İçinde G. Sezgin Avcı & T. Akşin (Ed.), 50 Türk "
        "Lehçeleri (pp. 54–81). Akademik Düşünce Enstitüsü."
    )
    assert [n.given for n in found.editors] == ["G.", "T."]


@pytest.mark.parametrize(
    ("text", "author", "title", "publisher", "place"),
    [
        (
            "Serahsî, el-Mebsût, Dâru’l-Ma‘rife, Beyrut 1989, X, 12.",
            "Serahsî",
            "el-Mebsût",
            "Dâru’l-Ma‘rife",
            "Beyrut",
        ),
        (
            "Buhârî, el-Câmiu’s-sahîh, Dâru İbn Kesîr, Dımaşk 2002, s. 12.",
            "Buhârî",
            "el-Câmiu’s-sahîh",
            "Dâru İbn Kesîr",
            "Dımaşk",
        ),
        (
            "al-Ghazali, al-Mustasfa, Dar al-Kutub al-Ilmiyya, Beirut 1993, p. 174.",
            "al-Ghazali",
            "al-Mustasfa",
            "Dar al-Kutub al-Ilmiyya",
            "Beirut",
        ),
    ],
)
def test_a_classical_arabic_works_title_and_house(
    text: str, author: str, title: str, publisher: str, place: str
) -> None:
    found = first_citation(text)
    assert [str(n) for n in found.authors] == [author]
    assert (found.title, found.publisher, found.publisher_place) == (title, publisher, place)


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Mustafa Yazıcı, İlköğretimde Okuma Alışkanlığı, (Yüksek Lisans Tezi), Danışman: Doç. "
            "Dr. Ahmet Kaya, Atatürk Üniversitesi, Erzurum 2008, s. 12.",
            "İlköğretimde Okuma Alışkanlığı",
            "Atatürk Üniversitesi",
        ),
        (
            "Nurhan Akgül, Nitelikli Dolandırıcılık Suçu, Yüksek Lisans Tezi, Danışman: Prof. Dr. "
            "Ahmet Gökcen, Galatasaray Üniversitesi, İstanbul 2019, s. 54.",
            "Nitelikli Dolandırıcılık Suçu",
            "Galatasaray Üniversitesi",
        ),
        (
            "Aydın, S. (2015). Lise öğrencilerinde akademik erteleme (Yüksek lisans tezi, "
            "Danışman: Doç. Dr. Ali Kurt). Hacettepe Üniversitesi, Ankara.",
            "Lise öğrencilerinde akademik erteleme",
            "Hacettepe Üniversitesi",
        ),
    ],
)
def test_a_thesis_advisor_is_no_field(text: str, title: str, publisher: str) -> None:
    found = first_citation(text)
    assert found.type == "thesis"
    assert (found.title, found.publisher) == (title, publisher)
    assert found.publisher_place != "Danışman"


def test_a_russian_advisor_is_no_field() -> None:
    found = first_citation(
        "Иванов А. Б. Политика России в Средней Азии : дис. … канд. ист. наук ; науч. рук. "
        "В. В. Петров. М., 2010. 200 с."
    )
    assert found.title == "Политика России в Средней Азии"
    assert _families(found.authors) == ["Иванов"]


@pytest.mark.parametrize(
    "text",
    [
        "TÜİK, Gelir ve Yaşam Koşulları Araştırması 2022, Haber Bülteni, Sayı: 49747, 2023.",
        "Türkiye İstatistik Kurumu, “Nüfus ve Konut Araştırması 2021”, Haber Bülteni, Sayı "
        "45845, 2022.",
        "Росстат. Социально-экономическое положение России // Статистический бюллетень. 2020. "
        "№ 3. С. 12.",
    ],
)
def test_a_statistics_offices_release_is_its_report(text: str) -> None:
    assert first_citation(text).type == "report"


def test_a_persons_article_in_a_bulletin_stays_an_article() -> None:
    text = "Kaya, A. (2020). TÜİK verileriyle işsizlik. Ekonomi Bülteni, 12(3), 45-60."
    assert first_citation(text).type == "article-journal"


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        ("Nutuk, TTK Yay., Ankara 1989, s. 5.", "Nutuk", "TTK Yay", "Ankara"),
        (
            "Dede Korkut Kitabı, Ötüken Yay., İstanbul 2000, s. 45.",
            "Dede Korkut Kitabı",
            "Ötüken Yay",
            "İstanbul",
        ),
        ("Kutadgu Bilig, TDK Yayınları, Ankara 1988.", "Kutadgu Bilig", "TDK Yayınları", "Ankara"),
        (
            "Safahat, İnkılap Kitabevi, İstanbul 1987, s. 12.",
            "Safahat",
            "İnkılap Kitabevi",
            "İstanbul",
        ),
    ],
)
def test_an_unsigned_works_title_before_its_imprint(
    text: str, title: str, publisher: str, place: str
) -> None:
    found = first_citation(text)
    assert not found.authors
    assert (found.title, found.publisher, found.publisher_place) == (title, publisher, place)


def test_a_bodys_slashed_acronyms_stay_one_name() -> None:
    found = first_citation(
        "OSCE/ODIHR. Kyrgyz Republic, Parliamentary Elections, 4 October 2020: Final Report. "
        "Warsaw, 2021."
    )
    assert [str(n) for n in found.authors] == ["OSCE/ODIHR"]


@pytest.mark.parametrize(
    ("text", "day", "month", "year"),
    [
        ("Yargıtay 9. HD, E. 2015/1234, K. 2016/5678, T. 17/10/2016.", 17, 10, 2016),
        ("AYM, Ahmet Yıldırım Başvurusu, B. No: 2014/1234, 17/10/2016, § 45.", 17, 10, 2016),
        ("“Merkez Bankası Faizi Sabit Tuttu”, Habertürk, 21/09/2023.", 21, 9, 2023),
    ],
)
def test_a_date_with_glued_slashes_is_one_date(text: str, day: int, month: int, year: int) -> None:
    issued = first_citation(text).issued
    assert issued is not None
    assert (issued.day, issued.month, issued.year) == (day, month, year)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Oytun Orhan, Suriye’de Son Durum: Mayıs 2021, ORSAM Analiz No: 268, Ankara: ORSAM, "
            "2021, s. 5.",
            "Suriye’de Son Durum: Mayıs 2021",
        ),
        (
            "OECD (2021), OECD Economic Surveys: Turkey 2021, OECD Publishing, Paris.",
            "OECD Economic Surveys: Turkey 2021",
        ),
    ],
)
def test_a_date_closing_the_subtitle_is_the_titles(text: str, title: str) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == 2021


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        (
            "Carter V. Findley, The Turks in World History, Oxford University Press, New York "
            "2005, s. 12.",
            "Oxford University Press",
            "New York",
        ),
        (
            "Acemoğlu, D. ve Robinson, J. (2012), Why Nations Fail, Crown Publishers, New York.",
            "Crown Publishers",
            "New York",
        ),
    ],
)
def test_a_city_after_the_publishers_comma_is_the_place(
    text: str, publisher: str, place: str
) -> None:
    found = first_citation(text)
    assert (found.publisher, found.publisher_place) == (publisher, place)


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "IMF (2019), World Economic Outlook: Global Manufacturing Downturn, Washington, DC.",
            "IMF",
        ),
        (
            "TCMB (2022), Enflasyon Raporu 2022-IV, Ankara: Türkiye Cumhuriyet Merkez Bankası.",
            "TCMB",
        ),
    ],
)
def test_initials_before_the_year_bracket_are_the_author(text: str, author: str) -> None:
    assert [str(n) for n in first_citation(text).authors] == [author]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "Karakuş, G., Ocak, G. ve Arslan, S. (2021). Öğretmen adaylarının dijital okuryazarlık "
            "düzeyleri. Journal of Computer and Education Research, 9(17), 150-172.",
            ["Karakuş", "Ocak", "Arslan"],
        ),
        (
            "Kaya, A., Temmuz, B., & Demir, C. (2020). Okul yönetimi. Eğitim ve Bilim, 45(1), "
            "1-20.",
            ["Kaya", "Temmuz", "Demir"],
        ),
    ],
)
def test_a_family_spelled_as_a_month_is_a_name(text: str, families: list[str]) -> None:
    found = first_citation(text)
    assert _families(found.authors) == families
    assert found.issued is not None
    assert found.issued.month is None


def test_an_activity_word_in_a_hyphened_compound_tells_no_report() -> None:
    text = (
        "Gürbüz, S. ve Şahin, F. (2018). Sosyal bilimlerde araştırma yöntemleri: "
        "Felsefe-yöntem-analiz (5. baskı). Seçkin Yayıncılık."
    )
    assert first_citation(text).type == "book"
