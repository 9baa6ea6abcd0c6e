"""Forms read in session 60: IEEE's hyphenated page range after its label, `Trans.` inside a
journal's abbreviated name, IEEE reports with or without a number, standards set off after the
title, an abbreviated host's closing period, a labelled page the model left; APA's bracketed
series named by no report word, APA 7's house read as a place; a body's initials with their
expansion, a lettered year after the repeated author's dashes; Wikipedia's site sentence and
descriptor brackets; a Russian body before its year; the author-and-page short form among
sources; a dictionary's entry named after its imprint; s.v. entries signed in brackets; an
unsigned encyclopedia entry; a company's closing abbreviation; a leaf's side; a country or one
word opening the title after a natural-order author; a film's studio; an unsigned quoted piece
opening the note. Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from citekit.model import NoteKind
from tests.citations.parsed import first_citation as _first
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def test_a_hyphenated_page_range_after_its_label_is_no_date() -> None:
    found = _one('J. Smith, "Grid models," Energy, vol. 3, pp. 12-25, 2020.')
    assert (found.page, found.volume) == ("12-25", "3")
    assert found.issued is not None
    assert found.issued.isoformat() == "2020"
    assert found.accessed is None


def test_a_short_hyphenated_range_with_an_access_date_after_it() -> None:
    found = _one(
        'J. Smith, "Grid models," IEEE Access, vol. 3, pp. 1-5, 2020. Accessed: Mar. 3, 2021.'
    )
    assert found.page == "1-5"
    assert found.issued is not None
    assert found.issued.isoformat() == "2020"
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2021-03-03"


def test_transactions_abbreviated_inside_a_journal_name_is_no_translator() -> None:
    found = _one('J. Smith, "Grid models," IEEE Trans. Smart Grid, vol. 3, no. 2, pp. 1-5, 2020.')
    assert found.container == "IEEE Trans. Smart Grid"
    assert found.translators == ()
    found = _one('J. Smith, "Grid models," ACM Trans. Graph., vol. 38, pp. 1-5, 2020.')
    assert found.container is not None
    assert found.container.startswith("ACM Trans. Graph")
    assert found.translators == ()


def test_a_translator_after_a_comma_stays_a_translator() -> None:
    found = _one("A. Smith, Title of Book, trans. J. Brown (London: Verso, 2001), 5.")
    assert [n.family for n in found.translators] == ["Brown"]


def test_an_apa_series_named_by_no_report_word_is_a_report() -> None:
    found = _one(
        "Kuanyshev, A., & Tulegenova, S. (2020). Estimating the neutral interest rate for"
        " Kazakhstan (Economic Research No. 2020-3). National Bank of Kazakhstan."
        " https://nationalbank.kz/file/download/61234"
    )
    assert found.type == "report"
    assert (found.genre, found.issue) == ("Economic Research", "2020-3")
    assert found.publisher == "National Bank of Kazakhstan"


def test_a_law_number_in_brackets_is_no_report_series() -> None:
    found = _one(
        "О средствах массовой информации (Law No. 323-ФЗ). Постановление Правительства"
        " Республики Казахстан. Ведомости (August 3, 2018)."
    )
    assert found.genre != "Law"


def test_ieee_reports_name_their_body_and_place() -> None:
    found = _one(
        'International Energy Agency, "Kazakhstan energy profile," IEA, Paris, France,'
        " Tech. Rep., Apr. 2022."
    )
    assert (found.type, found.publisher, found.publisher_place) == (
        "report",
        "IEA",
        "Paris, France",
    )
    found = _one('J. Smith, "Grid study," World Bank, Washington, DC, USA, Rep. 12345-KZ, 2019.')
    assert (found.type, found.publisher, found.issue) == ("report", "World Bank", "12345-KZ")


def test_a_standard_set_off_after_its_title() -> None:
    found = _one("IEEE Standard for Low-Rate Wireless Networks, IEEE Std 802.15.4-2020, 2020.")
    assert found.type == "document"
    assert found.title == "IEEE Standard for Low-Rate Wireless Networks"


def test_a_standard_named_inside_a_title_is_no_designation() -> None:
    found = _one("Smith, J. Notes on ISO 690, Library Journal, 2019.")
    assert (found.type, found.title) == ("article-journal", "Notes on ISO 690")


def test_an_abbreviated_host_keeps_its_period_before_a_comma() -> None:
    found = _one(
        'N. Sarsenbayev, "Transformer-based speech recognition," Appl. Sci., vol. 13, no. 4,'
        " p. 2345, 2023."
    )
    assert (found.container, found.page) == ("Appl. Sci.", "2345")


def test_a_vancouver_journal_keeps_no_period() -> None:
    assert _one("Smith J. Grid models. Energy. 2020;3:1-5.").container == "Energy"


def test_initials_with_their_expansion_before_the_year_are_the_author() -> None:
    found = _one(
        "IMF (International Monetary Fund). 2023. World Economic Outlook, October 2023:"
        " Resilience amid Fragmentation. Washington, DC: IMF."
    )
    assert [n.literal for n in found.authors] == ["IMF (International Monetary Fund)"]
    assert found.title == "World Economic Outlook, October 2023: Resilience amid Fragmentation"
    found = _one(
        "TCMB (Türkiye Cumhuriyet Merkez Bankası). 2023. Enflasyon Raporu 2023-III. Ankara: TCMB."
    )
    assert found.title == "Enflasyon Raporu 2023-III"


def test_a_lettered_year_after_the_repeated_authors_dashes() -> None:
    found = _one("———. 2018b. “Verimlilik Artışı ve Sanayileşme.” Sosyoekonomi 26 (38): 203–220.")
    assert found.title == "Verimlilik Artışı ve Sanayileşme"
    assert found.issued is not None
    assert found.issued.isoformat() == "2018"


def test_wikipedias_site_sentence_after_the_quoted_title() -> None:
    found = _one(
        '"Turkmenistan\'s president announces early election". Associated Press. 12 February'
        " 2022. Retrieved 12 February 2022."
    )
    assert (found.container, found.type) == ("Associated Press", "article-newspaper")
    found = _one(
        '"Serdar Berdimuhamedow Ahal welaýatynyň häkimi wezipesine bellenildi" [Serdar'
        " Berdimuhamedow appointed governor of Ahal Province]. Radio Azatlyk (in Turkmen). 10"
        " January 2020. Retrieved 12 January 2020."
    )
    assert found.container == "Radio Azatlyk"


def test_apas_site_after_the_bracketed_date() -> None:
    found = _one(
        "Economy grew. (2023, January 20). Kun.uz. https://kun.uz/en/news/2023/01/20/economy"
    )
    assert found.container == "Kun.uz"


def test_apa_7s_house_read_as_a_place() -> None:
    found = _one(
        "Kaliyeva, G. (2014). Ekonomicheskaya teoriya [Economic theory] (3rd ed.). Ekonomika."
    )
    assert (found.publisher, found.publisher_place) == ("Ekonomika", None)
    found = _one("Smith, J. (2014). Title of the book (3rd ed.). London.")
    assert (found.publisher, found.publisher_place) == (None, "London")


def test_a_descriptor_closes_an_author_date_title() -> None:
    found = _one(
        "Bekmuratov, Ömirzak (5 Eylül 2019). Türkistan'ın Turizm Potansiyeli ve Yatırım"
        " Fırsatları (Konuşma). Uluslararası Türk Kültürü Forumu. Türkistan."
    )
    assert (found.type, found.title) == (
        "speech",
        "Türkistan'ın Turizm Potansiyeli ve Yatırım Fırsatları",
    )
    found = _one("Aksoy, Murat (2019). Türkistan: Bozkırın Kalbi (Belgesel). TRT Belgesel.")
    assert (found.type, found.title) == ("motion_picture", "Türkistan: Bozkırın Kalbi")


def test_a_blogs_descriptor_after_its_host_leaves_the_quoted_title() -> None:
    found = _one(
        'Daulet, Timur (8 June 2018). "Reading the Orkhon inscriptions in the field". Steppe'
        " Notes (blog). Retrieved 5 May 2020."
    )
    assert (found.title, found.container) == (
        "Reading the Orkhon inscriptions in the field",
        "Steppe Notes",
    )


def test_a_russian_bodys_name_before_its_year_and_a_city_alone() -> None:
    found = _one(
        "Агентство Республики Казахстан по статистике (2010). Итоги Национальной переписи"
        " населения Республики Казахстан 2009 года (PDF) (Rapor) (Rusça). Астана. s. 14."
        " Erişim tarihi: 21 Temmuz 2015."
    )
    assert [n.literal for n in found.authors] == ["Агентство Республики Казахстан по статистике"]
    assert found.title == "Итоги Национальной переписи населения Республики Казахстан 2009 года"
    assert (found.publisher_place, found.container, found.type) == ("Астана", None, "report")


def test_author_and_page_short_forms_among_sources() -> None:
    note = _note("Aynı görüşte: Tekin, s. 70; Aydoğan, s. 219; Hendrickson, p. 160.")
    assert [(c.authors[0].literal, c.page) for c in note.citations] == [
        ("Tekin", "70"),
        ("Aydoğan", "219"),
        ("Hendrickson", "160"),
    ]


def test_a_second_see_phrase_after_the_first() -> None:
    note = _note(
        "Anayasa Mahkemesi, B. No: 2016/14523, 21.11.2019, § 48; aynı yönde bkz. AYM, B. No:"
        " 2015/8870, 10.06.2018, § 61."
    )
    assert len(note.citations) == 2


def test_a_dictionarys_entry_named_after_its_imprint() -> None:
    found = _one(
        "Karakuş, Ömer Faruk: Ticaret Hukuku Terimleri Sözlüğü, 2. Bası, Adalet Yayınevi, Ankara"
        " 2015, “İbra” maddesi, s. 188."
    )
    assert (found.type, found.title) == ("entry-dictionary", "İbra")
    assert found.container == "Ticaret Hukuku Terimleri Sözlüğü"


def test_an_entry_signed_in_brackets_after_sub_verbo() -> None:
    found = _one("EI², s.v. “Turkmen” (C. E. Bosworth and M. Reyner), X, 682–85.")
    assert [n.family for n in found.authors] == ["Bosworth", "Reyner"]
    assert (found.title, found.container) == ("Turkmen", "EI²")


def test_an_unsigned_encyclopedia_entry_and_its_roman_volume() -> None:
    found = _one("TDV İslâm Ansiklopedisi, “Hîve Hanlığı”, XVII, 410-14.")
    assert (found.title, found.container, found.volume) == (
        "Hîve Hanlığı",
        "TDV İslâm Ansiklopedisi",
        "XVII",
    )


def test_a_companys_closing_abbreviation_keeps_its_period() -> None:
    found = _one(
        "V. V. Barthold, Turkestan down to the Mongol Invasion, 3rd ed. (London: Luzac and Co.,"
        " 1968), 233–35."
    )
    assert found.publisher == "Luzac and Co."
    assert _one("Ali Veli, Kitap, Seçkin Yayıncılık Ltd. Şti., Ankara 2019, s. 5.").publisher == (
        "Seçkin Yayıncılık Ltd. Şti."
    )


def test_a_leafs_side_names_a_manuscript_with_no_host() -> None:
    found = _first(
        "Muḥammad Riḍā Āgahī, Riyāḍ al-dawla, MS Institute of Oriental Studies, Tashkent, inv."
        " no. 5364, fols. 112a–115b."
    )
    assert found.type == "manuscript"


def test_a_country_or_a_word_opens_the_title_after_a_natural_order_name() -> None:
    found = _one(
        "Jonathan Hale, Russia, China and the New Great Game in Central Asia, 2nd ed. (London:"
        " Routledge, 2020), 77–79."
    )
    assert found.title == "Russia, China and the New Great Game in Central Asia"
    assert [n.family for n in found.authors] == ["Hale"]
    found = _one(
        "Gulnar Serikbaeva, ‘Sultans, Biis and the Orenburg Frontier, 1760–1790’, Central Asian"
        " Survey, 27.2 (2008), 143–61 (p. 150)."
    )
    assert found.title == "Sultans, Biis and the Orenburg Frontier, 1760–1790"
    assert [n.family for n in found.authors] == ["Serikbaeva"]
    found = _one(
        "Jonathan Sherwood (ed.), Empire, Islam and the Steppe: New Perspectives on Russian"
        " Central Asia (London: Routledge, 2015), p. 7."
    )
    assert found.title == "Empire, Islam and the Steppe: New Perspectives on Russian Central Asia"


def test_two_people_listed_before_the_title_stay_two() -> None:
    found = _one("A. Smith, B. Jones, Title of the Book (London: Verso, 2001), 5.")
    assert [n.family for n in found.authors] == ["Smith", "Jones"]


def test_a_films_studio_in_its_bracket() -> None:
    found = _one("Kenesary: The Last Khan, dir. by Aidos Bekov (Kazakhfilm, 2009).")
    assert (found.type, found.publisher) == ("motion_picture", "Kazakhfilm")


def test_an_unsigned_quoted_piece_opening_the_note() -> None:
    found = _one("‘Iz Orenburga’, Sankt-Peterburgskie vedomosti, 14 June 1846, p. 2.")
    assert (found.title, found.container) == ("Iz Orenburga", "Sankt-Peterburgskie vedomosti")
    assert found.authors == ()


def test_an_ibid_then_a_short_form_still_cites_both() -> None:
    note = _note("Ibid., 45; Brown, p. 12.")
    assert note.kind is NoteKind.CITATION
    assert len(note.citations) == 2


def test_natures_abbreviated_journal_after_the_titles_period() -> None:
    found = _one(
        "Kostianoy, A. G., Lebedev, S. A. & Solovyov, D. M. Satellite monitoring of the shrinking"
        " Aral Sea, 1960–2018. Remote Sens. Environ. 231, 111245 (2019)."
    )
    assert found.title == "Satellite monitoring of the shrinking Aral Sea, 1960–2018"
    assert (found.container, found.volume) == ("Remote Sens. Environ.", "231")
    found = _one(
        "Karimov, B. K., Matthies, M. & Talskikh, V. Fisheries collapse and recovery in the Small"
        " Aral Sea. Aquat. Ecosyst. Health Manag. 23, 402–411 (2020)."
        " https://doi.org/10.1080/14634988.2020.1807824"
    )
    assert found.title == "Fisheries collapse and recovery in the Small Aral Sea"
    assert found.container == "Aquat. Ecosyst. Health Manag."


def test_the_bluebooks_volume_before_its_journal_stays_out_of_the_title() -> None:
    found = _one(
        "Kathryn Hendley, Legal Dualism as a Framework for Analyzing the Role of Law under"
        " Authoritarianism, 18 Ann. Rev. L. & Soc. Sci. 211, 215 (2022)."
    )
    assert found.title is not None
    assert "Ann" not in found.title


def test_review_mends_leave_journals_volumes_and_numbered_parts() -> None:
    found = _one(
        'A. Kumar, B. Lee, and C. Park, "Deep learning for solar irradiance forecasting," Sci.'
        " Rep., vol. 12, no. 1, p. 4567, 2022."
    )
    assert found.container is not None
    assert found.container.startswith("Sci. Rep")
    found = _one("Encyclopaedia of Islam, New Edition, s.v. “Khiwa” (Vol. V), 24.")
    assert (found.volume, found.authors) == ("V", ())
    found = _one("Ahmet Kaya, ISO 9001:2015, Kalite Yönetim Sistemleri (Ankara: Seçkin, 2016), 45.")
    assert found.type == "book"
    found = _one("Hamilton, A. (1787). The Federalist (Federalist No. 78). J. & A. McLean.")
    assert found.type == "book"
    found = _one("Smith, J. Title. Journal of Econ. History. 2019, 45, 12-20.")
    assert found.container == "Journal of Econ. History"
