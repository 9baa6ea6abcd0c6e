"""Forms read in session 67: an ibid's leaf after a shelf mark's levels and a leaf's side, a
Roman page after an imprint's bracket or before a remark, the older AAA year with no mark, an
Elsevier host's abbreviation before its volume, a title's question mark before its host, a
yearbook's year sentence, a labelled Roman issue and a Roman volumes' range, a list's siglum,
Elsevier's `In: Editors (Eds.), Book.`, initials read as a host, Google Scholar's `11.21`, a
title cut after a small word, a quoted term's definition. Each with the neighbouring form it
must leave alone."""

from __future__ import annotations

from citekit.langid import detect_language
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def _year(found: object) -> int | None:
    issued = found.issued  # type: ignore[attr-defined]
    return None if issued is None else int(issued.year)


def test_an_ibid_keeps_the_side_of_its_leaf() -> None:
    assert _note("Aynı eser, vr. 14b.").page == "14b"
    assert _note("Ibid., fol. 45r.").page == "45r"
    assert _note("Aynı eser, s. 14.").page == "14"
    assert _note("Ibid., p. 45 and n. 3").page == "45"


def test_a_roman_page_alone_after_the_imprints_bracket() -> None:
    found = _one(
        "Ercan Yalçın (ed.), Orta Asya ve Kafkasya: Bağımsızlığın 30 Yılı (Ankara: Nobel"
        " Akademik Yayıncılık, 2021), vii."
    )
    assert found.page == "vii"
    assert _one("John Smith, The Steppe (London: Penguin, 2001), 12.").page == "12"


def test_a_page_after_a_roman_volume_before_a_remark() -> None:
    found = _one(
        "İmâm-ı Rabbânî Ahmed Sirhindî, Mektûbât-ı Rabbânî, trc. Abdülkadir Akçiçek, Çağrı"
        " Yay., İstanbul 1977, I, 214 (193. mektup)."
    )
    assert (found.volume, found.page) == ("I", "214")


def test_romanised_russian_endings_of_the_loc_table() -> None:
    assert (
        detect_language("Neformal’nye praktiki i gosudarstvennoe upravlenie v Kyrgyzstane") == "ru"
    )
    assert detect_language("The genie of the lamp") == "en"


def test_the_older_aaa_year_after_the_name() -> None:
    found = _one(
        "Alimbekova, Gulnara 2014 Sacrifice, Hospitality, and the Moral Economy of the Kazakh"
        " Toi. Central Asian Survey 33(2):214–229."
    )
    assert _families(found.authors) == ["Alimbekova"]
    assert _year(found) == 2014
    assert found.title == "Sacrifice, Hospitality, and the Moral Economy of the Kazakh Toi"
    repeated = _one(
        "2002b “Eurasia,” Ideology and the Political Imagination in Provincial Russia. In"
        " Postsocialism. C. M. Hann, ed. Pp. 258–276. London: Routledge."
    )
    assert _year(repeated) == 2002
    # a year opening a note with no letter after it names a work or opens prose
    assert _one("1916 Uprising in Central Asia: Documents and Materials. Almaty: Gylym.").title == (
        "1916 Uprising in Central Asia: Documents and Materials"
    )
    brill = _one(
        "Olcott, Martha Brill 1995 The Kazakhs. 2nd edition. Stanford: Hoover Institution Press."
    )
    assert (_families(brill.authors), _year(brill), brill.title) == (
        ["Olcott"],
        1995,
        "The Kazakhs",
    )
    # a body, or a person with a given name already, before a title with a year: no AAA date
    bank = _one(
        "Human Rights Watch, World Report 2021 Kazakhstan, https://www.hrw.org/world-report"
    )
    assert bank.issued is None
    gost = _one("Назарбаев Н. Казахстан 2050 Стратегия. Астана: Акорда.")
    assert _families(gost.authors) == ["Назарбаев"]
    lettered = _one(
        "Humphrey, Caroline 2002a The Unmaking of Soviet Life: Everyday Economies after"
        " Socialism. Ithaca, NY: Cornell University Press."
    )
    assert _year(lettered) == 2002
    assert lettered.title == "The Unmaking of Soviet Life: Everyday Economies after Socialism"
    # a year touching a report's name, the work dated again: the title's own
    report = _one("Türkiye İş Bankası A.Ş., 2022 Faaliyet Raporu, İstanbul, 2023.")
    assert _year(report) == 2023


def test_an_elsevier_hosts_abbreviation_before_its_volume() -> None:
    found = _one(
        "Tleuova, Z., 2020. Salt and dust emission from the Aralkum. Aeolian Res. 42, 100–112."
    )
    assert (found.container, found.volume, found.page) == ("Aeolian Res.", "42", "100–112")
    lettered = _one(
        "Kholmatov, R., Brandt, J., 1999. Saline dust deposition downwind of the desiccated Aral"
        " Sea floor. J. Geophys. Res. 104 (D14), 16845–16858. doi:10.1029/1999JD900210."
    )
    assert (lettered.container, lettered.issue, lettered.page) == (
        "J. Geophys. Res.",
        "D14",
        "16845–16858",
    )
    assert _one("Smith, J., 2020. Title of the paper. Land. 9, 100–112.").container == "Land"


def test_a_titles_question_mark_before_its_host() -> None:
    found = _one(
        "Adams R. H., Page J. (2005). Do international migration and remittances reduce poverty"
        " in developing countries? World Development, Vol. 33, No. 10, pp. 1645–1669."
    )
    assert found.title == (
        "Do international migration and remittances reduce poverty in developing countries?"
    )
    assert found.container == "World Development"
    news = _one(
        "Kınıklıoğlu, S. (2022, 12 Ocak). Kazakistan'da ne oldu? Karar."
        " https://www.karar.com/yazarlar/suat-kiniklioglu/kazakistanda-ne-oldu-1623456"
    )
    assert (news.title, news.container) == ("Kazakistan'da ne oldu?", "Karar")
    book = _one("Smith, J. (2019). Why Nations Fail? The Origins of Power. London: Profile.")
    assert book.container is None


def test_a_yearbooks_year_sentence_is_its_titles() -> None:
    found = _one("Росстат (2022). Российский статистический ежегодник. 2022. М.: Росстат.")
    assert found.title == "Российский статистический ежегодник. 2022"
    other = _one("Smith J. (2019). Some title. 2018. Moscow: Nauka.")
    assert other.title == "Some title"


def test_a_roman_issue_after_its_label_and_a_roman_volumes_range() -> None:
    found = _one("Грязнов М.П. Памятники на Алтае // КСИИМК. – 1947. – Вып. XVIII. – С. 9–17.")
    assert (found.title, found.issue) == ("Памятники на Алтае", "XVIII")
    young = _one("Young, S. L. Silmaril Consultants. — Singapore : Verso Press, 1952. — 323 p.")
    assert young.issue is None
    assert young.authors[0].given == "S. L."
    coded = _one(
        "“Bowl with Peacock Feathers,” Victoria and Albert Museum, accession no. C.123-1954,"
        " accessed March 3, 2022, https://collections.vam.ac.uk/item/O123456/bowl/."
    )
    assert coded.issue is None
    assert coded.volume is None
    ranged = _one(
        "Радлов, В. В. (1893–1911). Опыт словаря тюркских наречий. Т. I–IV. Санкт-Петербург."
    )
    assert (ranged.title, ranged.volume) == ("Опыт словаря тюркских наречий", "I–IV")


def test_a_lists_siglum_is_the_citation_label() -> None:
    found = _one(
        "CC: Grønbech, K. (1942). Komanisches Wörterbuch. Türkischer Wortindex zu Codex"
        " Cumanicus. København: Einar Munksgaard."
    )
    assert _families(found.authors) == ["Grønbech"]
    assert ("citation-label", '"CC"') in found.extra
    three = _one(
        "KTS: Toparlı, Recep – Vural, Hanifi – Karaatlı, Recep (2003). Kıpçak Türkçesi"
        " Sözlüğü. Ankara: Türk Dil Kurumu Yayınları."
    )
    assert _families(three.authors) == ["Toparlı", "Vural", "Karaatlı"]
    body = _one("NATO: Strategic Concept 2010. Brussels: NATO, 2010.")
    assert not any(key == "citation-label" for key, _ in body.extra)


def test_elsevier_editors_after_in() -> None:
    found = _one(
        "Sadykova, G., 2004. Changes in the avifauna of the Amu Darya delta following the"
        " desiccation of the Aral Sea. In: Nihoul, J.C.J., Zavialov, P.O., Micklin, P.P. (Eds.),"
        " Dying and Dead Seas: Climatic Versus Anthropic Causes. Kluwer Academic Publishers,"
        " Dordrecht, pp. 331–346."
    )
    assert found.type == "chapter"
    assert _families(found.authors) == ["Sadykova"]
    assert _families(found.editors) == ["Nihoul", "Zavialov", "Micklin"]
    assert found.container == "Dying and Dead Seas: Climatic Versus Anthropic Causes"
    assert (found.publisher, found.publisher_place) == ("Kluwer Academic Publishers", "Dordrecht")
    house = _one(
        "Kuznetsov, N.T., 1991. Geograficheskie aspekty budushchego Aral'skogo morya. In:"
        " Kotlyakov, V.M. (Ed.), Aral'skii krizis. Institut geografii AN SSSR, Moscow, pp. 45–58."
    )
    assert (house.container, house.publisher) == ("Aral'skii krizis", "Institut geografii AN SSSR")


def test_initials_read_as_a_host_before_the_date() -> None:
    found = _one(
        "Anderson, J. E. & van Wincoop, E. (2003). Gravity with gravitas: A solution to the"
        " border puzzle. American Economic Review, 93(1), 170-192."
    )
    assert found.authors[1].given == "E."
    assert found.container == "American Economic Review"


def test_google_scholars_volume_and_issue() -> None:
    found = _one(
        'Purtaş, Fırat. "Orta Asya\'da Türk kültürel diplomasisinin imkân ve sınırları." Gazi'
        " Akademik Bakış 11.21 (2017): 57-76."
    )
    assert (found.container, found.volume, found.issue) == ("Gazi Akademik Bakış", "11", "21")


def test_a_title_cut_after_a_small_word() -> None:
    found = _one(
        "Shaw, E.M., Beven, K.J., Chappell, N.A., Lamb, R., 2011. Hydrology in Practice, fourth"
        " ed. Spon Press, London."
    )
    assert (found.title, found.container, found.publisher) == (
        "Hydrology in Practice",
        None,
        "Spon Press",
    )


def test_a_titles_bracket_after_a_roman_ordinal() -> None:
    found = _one(
        "Necdet Tosun, Bahâeddîn Nakşbend: Hayatı, Görüşleri, Tarîkatı (XIV.-XV. Asırlar),"
        " İnsan Yay., İstanbul 2002, s. 87-89."
    )
    assert found.title == "Bahâeddîn Nakşbend: Hayatı, Görüşleri, Tarîkatı (XIV.-XV. Asırlar)"
    edition = _one(
        "Balcı, A. (2016). Sosyal bilimlerde araştırma: Yöntem, teknik ve ilkeler (12. Baskı)."
        " Ankara: Pegem Akademi."
    )
    assert (edition.title, edition.edition) == (
        "Sosyal bilimlerde araştırma: Yöntem, teknik ve ilkeler",
        "12",
    )


def test_a_two_word_family_name_written_first() -> None:
    found = _one(
        "Vidal Liy, Macarena. «Xi Jinping reúne en Xi’an a los líderes de Asia Central». El País,"
        " 18 de mayo de 2023."
    )
    assert [(n.family, n.given) for n in found.authors] == [("Vidal Liy", "Macarena")]
    direct = _one("Halil İnalcık, Makaleler. İstanbul: Doğu Batı, 2005.")
    assert [(n.family, n.given) for n in direct.authors] == [("İnalcık", "Halil")]
    assert direct.title == "Makaleler"


def test_an_events_date_inside_a_reports_title() -> None:
    found = _one(
        "OSCE/ODIHR. 2017. Republic of Uzbekistan Early Presidential Election, 4 December 2016:"
        " OSCE/ODIHR Election Observation Mission Final Report. Warsaw: OSCE Office for"
        " Democratic Institutions and Human Rights."
    )
    assert found.title == (
        "Republic of Uzbekistan Early Presidential Election, 4 December 2016: OSCE/ODIHR Election"
        " Observation Mission Final Report"
    )
    assert _year(found) == 2017


def test_guards_of_the_sessions_numbers_and_hosts() -> None:
    # a state's initials after a list's number: no Roman issue
    state = _one(
        "28. T.C. Sağlık Bakanlığı. Covid-19 Bilgilendirme Platformu [İnternet]. Ankara; 2022"
        " [Erişim tarihi: 14.02.2023]. Erişim adresi: https://covid19.saglik.gov.tr/TR-66935/x.html"
    )
    assert _families(state.authors) == ["T.C. Sağlık Bakanlığı"]
    # a title that opens on a volume's word keeps it
    quoted = _one(
        "«Том I. Національна ідентичність», Українська радянська енциклопедія, 2020,"
        " https://uk.wikipedia.org/wiki/Tom_I"
    )
    assert (quoted.title, quoted.volume) == ("Том I. Національна ідентичність", None)
    # a book's subtitle after its question mark, then its volume: no host
    book = _one(
        "Sandra Melissa Thompson, Who Owns Identity? A Critical Assessment, vol. 9 (Vancouver:"
        " Continuum Publishing, 2025)."
    )
    assert book.container is None
    assert book.title == "Who Owns Identity? A Critical Assessment"
    # an edition and a bracketed translation after the book's title stay out of it
    edition = _one(
        "Yergaliyev, K., Park, S., 2020. Uranium mining and the nuclear fuel cycle in"
        " Kazakhstan. In: Hensley, R.D., Omarova, A. (Eds.), Handbook of Nuclear Fuel Resources,"
        " 2nd ed. Woodhead Publishing, Cambridge, pp. 301–328."
    )
    assert (edition.container, edition.edition) == ("Handbook of Nuclear Fuel Resources", "2nd")
    translated = _one(
        "Ким, Е.В., 2015. Энергетическая безопасность Казахстана [Energy security of Kazakhstan]."
        " In: Абенов, Т.К. (Ed.), Казахстан в глобальной энергетике [Kazakhstan in global"
        " energy]. КИСИ, Алматы, pp. 45–67."
    )
    assert translated.container == "Казахстан в глобальной энергетике"


def test_a_quoted_words_close_after_the_sentences_period() -> None:
    found = _one(
        "Gullette, David. 2010. The Genealogical Construction of the Kyrgyz Republic: Kinship,"
        " State and “Tribalism.” Folkestone, UK: Global Oriental."
    )
    assert found.title == (
        "The Genealogical Construction of the Kyrgyz Republic: Kinship, State and “Tribalism”"
    )
    german = _one(
        "Цит. по: “философия французская и философия „немецкая“.” Большая советская"
        " энциклопедия. https://encyclopedia.kz/en/page_42613 (дата обращения: 26.04.2016)."
    )
    assert german.title == "философия французская и философия „немецкая“"


def test_manuscripts_labelled_before_their_numbers() -> None:
    assert (
        _one("Türkmenistanyň Milli golýazmalar instituty, golýazma № 123, 45 b sahypa.").type
        == "manuscript"
    )
    assert _one("Петров П. Рукопись № 13 // Известия. – 1995. – 12 мая.").type != "manuscript"


def test_a_journals_year_as_its_volume_repeats_the_aaa_date() -> None:
    found = _one(
        "Nurmanova, Aigul 2011 Pastbishchnye otnosheniia v sovremennom Kazakhstane:"
        " Etnograficheskii ocherk [Pasture relations in contemporary Kazakhstan: An ethnographic"
        " sketch]. Etnograficheskoe obozrenie 2011(5):61–74."
    )
    assert _families(found.authors) == ["Nurmanova"]
    assert found.title == (
        "Pastbishchnye otnosheniia v sovremennom Kazakhstane: Etnograficheskii ocherk"
    )
    assert _year(found) == 2011


def test_a_month_joined_to_its_year_by_a_word() -> None:
    found = _one(
        "De Pedro, Nicolás. «China en Asia Central». Revista CIDOB d’Afers Internacionals, n.º"
        " 108 (diciembre de 2014), pp. 89-109."
    )
    assert (found.issued.year, found.issued.month) == (2014, 12)  # type: ignore[union-attr]
    clinic = _one("Smith, J. Notes from the Mayo Clinic 2014. Rochester: Mayo, 2015.")
    assert _year(clinic) == 2015


def test_review_guards_initials_labels_and_sigla() -> None:
    # initials after a role's word: no Roman volume or issue
    paul = _one(
        "Balance of Power, ed. T. V. Paul, James J. Wirtz, and Michel Fortmann (Stanford:"
        " Stanford University Press, 2004), 45."
    )
    assert paul.volume is None
    assert paul.editors[0].given == "T. V."
    ivanova = _one("Istoriia Kazakhskoi SSR, pod red. S. V. Ivanova (Alma-Ata: Nauka, 1979), 45.")
    assert ivanova.issue is None
    assert ivanova.editors[0].given == "S. V."
    # a Roman issue's range whole; a label inside a title's words stays the title's
    ranged = _one(
        "Аристовъ Н. А. Замѣтки об этническом составе // Живая старина. 1896. Вып. III–IV."
        " С. 277–456."
    )
    assert ranged.issue == "III–IV"
    assert _one("Beethoven, Symphony No. IX, Op. 125. Mainz: Schott, 1826.").issue is None
    # an author's acronym and a colon before a title with a comma: no siglum
    for text in (
        "IMF: Kazakhstan, Selected Issues. Washington, DC: IMF, 2019.",
        "KANT: Werke, Bd. 3, Berlin 1904, S. 45.",
    ):
        assert not any(key == "citation-label" for key, _ in _one(text).extra), text


def test_review_guards_host_periods_and_quotes() -> None:
    studies = _one("Smith, J. (2019). Title. Europe-Asia Studies. 71(5), 12–20.")
    assert studies.container == "Europe-Asia Studies"
    letters = _one(
        "Smith, J., 2019. Dust in Central Asia. Geophysical Research Letters. 46, 100–112."
    )
    assert letters.container == "Geophysical Research Letters"
    report = _one("Report on “Stability.” Brussels: European Commission, 2010.")
    assert report.genre is None


def test_review_guards_in_editors_and_small_words() -> None:
    dc = _one(
        "Smith, J., 2010. Title of chapter. In: Brown, A. (Ed.), Central Asia Today. Washington,"
        " DC: World Bank, pp. 3–25."
    )
    assert (dc.publisher, dc.publisher_place) == ("World Bank", "Washington, DC")
    volume = _one(
        "Smith, J., 2010. Title. In: Brown, A. (Ed.), Central Asia Today, Vol. 2. Springer,"
        " Berlin, pp. 3–25."
    )
    assert (volume.container, volume.volume) == ("Central Asia Today", "2")
    saint = _one(
        "Smith, J., 2010. Title. In: Brown, A. (Ed.), Essays on St. Petersburg History. Academic"
        " Press, London, pp. 1–20."
    )
    assert saint.container == "Essays on St. Petersburg History"
    subtitle = _one(
        "Smith, J., 2010. Title. In: Brown, A. (Ed.), Climate Change 2007. The Physical Science"
        " Basis. Cambridge University Press, Cambridge, pp. 1–20."
    )
    assert subtitle.container == "Climate Change 2007. The Physical Science Basis"
    assert _one("Smith, J. (2010) The economics of tax The Economist, 5 May.").title != (
        "The economics of tax The Economist"
    )


def test_review_guards_names_questions_and_year_sentences() -> None:
    ready = _one(
        "OECD (2020). Is Central Asia ready? Assessing skills for the future."
        " https://www.oecd.org/eurasia/ready.pdf"
    )
    assert ready.container is None
    lenin = _one(
        "Lenin, V. I. What Is to Be Done? Burning Questions of Our Movement, vol. 5, p. 347."
    )
    assert lenin.container is None
    chinese = _one(
        'Wang Hui, Li Ming. "China\'s Belt and Road." Journal of Asian Studies 3 (2018).'
    )
    assert _families(chinese.authors) == ["Wang", "Li"]
    body = _one("Kazakh Academy, Almaty. «История». 2019.")
    assert _families(body.authors) == ["Kazakh Academy"]
    assert _one("Yılmaz, A. (2019). Kitap. 2019. Ankara: Nobel.").title == "Kitap"


def test_second_review_guards() -> None:
    # a comma before a title's year; a place or a body's acronym before one: no AAA date
    for text in (
        "Halaçoğlu, 1915 Ermeni Tehciri, s. 45.",
        "Nazarbayev, Kazakhstan 2050 Strategy, 5.",
        "OECD, Employment Outlook 2019 The Future of Work. Paris: OECD Publishing.",
    ):
        assert _one(text).issued is None, text
    # Elsevier's book: a clipped house word, an edition in words, a series before its volume
    univ = _one(
        "Jones, B., 2010. Title of it. In: Jones, A. (Ed.), Hydrology of Central Asia. Oxford"
        " Univ. Press, Oxford, pp. 1–20."
    )
    assert (univ.container, univ.publisher) == ("Hydrology of Central Asia", "Oxford Univ. Press")
    second = _one(
        "Jones, B., 2010. Title of it. In: Jones, A. (Ed.), Hydrology of Central Asia, second ed."
        " Kluwer Academic Publishers, Dordrecht, pp. 1–20."
    )
    assert (second.container, second.edition) == ("Hydrology of Central Asia", "second")
    series = _one(
        "Jones, B., 2010. Irrigation and salinity in Karakalpakstan. In: Jones, A. (Ed.), Water in"
        " Central Asia. Lecture Notes in Earth Sciences, Vol. 5. Springer, Berlin, pp. 1–20."
    )
    assert (series.container, series.collection_title, series.publisher) == (
        "Water in Central Asia",
        "Lecture Notes in Earth Sciences",
        "Springer",
    )
    # an agency's or a body's acronym before a headline with a comma: no siglum
    for text in (
        "TASS: Russia, Kazakhstan sign agreement (12 May 2019). https://tass.com/politics/1",
        "AA: Türkiye, Azerbaycan ve Gürcistan (2021).",
        "EU: Trade, Aid and Development (Brussels, 2005).",
    ):
        assert not any(key == "citation-label" for key, _ in _one(text).extra), text
    # a genre's words before a quoted name: no closing quote added
    annual = _one(
        "Annual Report on the Implementation of the State Program “Digital Kazakhstan.” Astana,"
        " 2019."
    )
    assert annual.genre is None
    # whole short words closing a journal's name lose the sentence's period
    law = _one(
        "Smith, J., 2001. Sanctions regimes. American Journal of International Law. 95 (2), 1–20."
    )
    assert law.container == "American Journal of International Law"
    # front matter's Roman pages after a page's label: no issue
    assert _one("Radloff W. Aus Sibirien. Leipzig, 1884. S. XII–XV.").issue is None
    # Kazakh `б.` glued to an ibid's page is the page's word
    assert _note("Сонда, 12б.").page == "12"


def test_a_volumes_own_title_after_its_roman_number() -> None:
    found = _one(
        "Гупало А. А. Східна політика. Том I — До питання про тюркські запозичення. — Острог,"
        " 1979. — 572 с."
    )
    assert found.volume is None
