"""Forms of the region's other languages (session 32): Japanese titles in Hepburn's letters no
longer read as pinyin (`no`, `to` are no pinyin syllables), East Asian authors written family
first before a full stop, Belarusian roles and sets (`у 4 т. Т. 2 / рэдкал.`), Tatar and Bashkir
ordinal pages (`45-нче бит`, `88-се б.`), a title read as a name before `Hrsg. von`, plainly
romanised Arabic and Georgian titles and Mongolian titles and towns."""

from __future__ import annotations

import pytest

from citekit import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Chūō Ajia no rekishi", "ja"),
        ("Chūō Ajia to Isurāmu", "ja"),
        ("Chūō Yūrashia no shūen to kindai", "ja"),
        ("Mongoru teikoku no kōbō", "ja"),
        ("Kakumei no Chūō Ajia: aru jadīdo no shōzō", "ja"),
        # pinyin keeps its own (`bo`, `wo`, `guo`)
        ("Zhongguo jindai shi", "zh"),
        ("Zhongya de minzu guanxi", "zh"),
        ("Wo de guxiang", "zh"),
        ("Zhongguo gudai shi bo lun", "zh"),
        # plainly romanised Arabic: the article and particles joined by a hyphen
        ("Tarikh al-rusul wa-l-muluk", "ar"),
        ("Futuh al-buldan", "ar"),
        ("Rawdat al-safa fi sirat al-anbiya", "ar"),
        ("The rise of al-Qaeda in Iraq", "en"),
        ("Ibn Khaldun and al-Andalus", "en"),
        ("Tarikh-e mardom-e Iran", "fa"),
        # romanised Georgian: its words and its plural's endings
        ("Kartveli eris istoria", "ka"),
        ("Sakartvelos istoria XI–XII saukuneebshi", "ka"),
        ("Sakartvelos istoriis sakitkhebi", "ka"),
        ("Dzveli kartuli literaturis istoria", "ka"),
        ("Georgian history and society", "en"),
        ("Studi di storia", "it"),
        # Mongolian: `э` after a consonant, the genitive in -ийн, its words
        ("Монголын түүх", "mn"),
        ("Халх товчоон", "mn"),
        ("Монголын нүүдлийн мал аж ахуйн түүхэн тойм", "mn"),
        ("Түүхийн судлал", "mn"),
        ("Монгол Улсын түүх", "mn"),
        # … and Kyrgyz and Russian keep their own
        ("Кыргызстандын тарыхы", "ky"),
        ("Көчмөн маданияты жана мамлекеттүүлүк", "ky"),
        ("Үй-бүлөлүк мамилелердин өзгөрүшү", "ky"),
        ("История Монголии", "ru"),
    ],
)
def test_the_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "family", "given", "title", "code"),
    [
        (
            "Pan Zhiping. Zhongya de minzu guanxi: lishi, xianzhuang yu qianjing. Urumqi: "
            "Xinjiang renmin chubanshe, 2003. 320 p.",
            "Pan",
            "Zhiping",
            "Zhongya de minzu guanxi: lishi, xianzhuang yu qianjing",
            "zh",
        ),
        (
            "Xing Guangcheng. Zhongguo he xin duli de Zhongya guojia guanxi. Haerbin: "
            "Heilongjiang jiaoyu chubanshe, 1996. P. 45–50.",
            "Xing",
            "Guangcheng",
            "Zhongguo he xin duli de Zhongya guojia guanxi",
            "zh",
        ),
        (
            "Mano Eiji. Chūō Ajia no rekishi. Tōkyō: Kōdansha, 1977. P. 112.",
            "Mano",
            "Eiji",
            "Chūō Ajia no rekishi",
            "ja",
        ),
        (
            "Hamada Masami. Chūō Ajia no Isurāmu to shakai. Kyōto: Kyōto daigaku gakujutsu "
            "shuppankai, 2008. 380 p.",
            "Hamada",
            "Masami",
            "Chūō Ajia no Isurāmu to shakai",
            "ja",
        ),
        (
            "Nakami Tatsuo. Chūō Yūrashia no shūen to kindai. Tōkyō: Tōkyō daigaku "
            "shuppankai, 2013. P. 45.",
            "Nakami",
            "Tatsuo",
            "Chūō Yūrashia no shūen to kindai",
            "ja",
        ),
        (
            "Kim Dae-jung. Mass-participatory economy. Lanham: University Press of America, "
            "1996. P. 4.",
            "Kim",
            "Dae-jung",
            "Mass-participatory economy",
            "en",
        ),
    ],
)
def test_an_east_asian_author_family_first_before_a_full_stop(
    note: str, family: str, given: str, title: str, code: str
) -> None:
    citation = first_citation(note)
    assert [(a.family, a.given) for a in citation.authors] == [(family, given)]
    assert citation.title == title
    assert citation.language == code


@pytest.mark.parametrize(
    ("note", "title", "volume", "editors", "translators"),
    [
        (
            "Гісторыя Беларусі : у 6 т. Т. 4 / рэдкал. М. Касцюк. Мінск : Экаперспектыва, "
            "2005. 519 с.",
            "Гісторыя Беларусі",
            "4",
            ["Касцюк"],
            [],
        ),
        (
            "Гісторыя беларускай літаратуры XX стагоддзя : у 4 т. Т. 2 / рэдкал. "
            "У. В. Гніламёдаў. Мінск : Беларуская навука, 2000. 600 с.",
            "Гісторыя беларускай літаратуры XX стагоддзя",
            "2",
            ["Гніламёдаў"],
            [],
        ),
        (
            "Беларуская энцыклапедыя : у 18 т. Т. 5 / рэдкал. Г. П. Пашкоў [і інш.]. "
            "Мінск : БелЭн, 1997. С. 112.",
            "Беларуская энцыклапедыя",
            "5",
            ["Пашкоў"],
            [],
        ),
        (
            "Дэвіс Н. Божае ігрышча : гісторыя Польшчы / пер. з англ. А. Дынько. Мінск : "
            "Логвінаў, 2012. 560 с.",
            "Божае ігрышча : гісторыя Польшчы",
            None,
            [],
            ["Дынько"],
        ),
    ],
)
def test_belarusian_roles_and_sets(
    note: str, title: str, volume: str | None, editors: list[str], translators: list[str]
) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.volume == volume
    assert citation.publisher_place == "Мінск"
    assert [e.family for e in citation.editors] == editors
    assert [t.family for t in citation.translators] == translators
    assert citation.language == "be"


@pytest.mark.parametrize(
    ("note", "page", "code"),
    [
        ("Гайнетдинов Ә. Татар теле тарихы. – Казан: Мәгариф, 2011. – 45-нче бит.", "45", "tt"),
        (
            "Әхмәтҗанов М. Татар шәҗәрәләре. – Казан: Татар китап нәшрияты, 1995. – 67-се б.",
            "67",
            "tt",
        ),
        ("Йосопов Р. Башҡорт халыҡ ижады. – Өфө: Китап, 2004. – 88-се б.", "88", "ba"),
        ("Ғабдуллин Р. Башҡорт әҙәбиәте тарихы. – Өфө: Китап, 2015. – 112-се б.", "112", "ba"),
        ("Сәлимов Х. Башҡорт халыҡ йолалары. – Өфө: Китап, 2009. – 23-сө б.", "23", "ba"),
        # the neighbours' ordinals keep their page
        ("Қасымов Б. Қазақ тарихы. – Алматы: Білім, 2004. – 45-ші бет.", "45", "kk"),
        ("Ataýew M. Türkmen halkynyň taryhy. Aşgabat: Ylym, 2014. 47-nji sah.", "47", "tk"),
    ],
)
def test_a_turkic_ordinal_page(note: str, page: str, code: str) -> None:
    citation = first_citation(note)
    assert citation.page == page
    assert citation.number_of_pages is None
    assert citation.language == code


@pytest.mark.parametrize(
    ("note", "title", "editor"),
    [
        (
            "Geschichte Zentralasiens. Hrsg. von Jürgen Paul. Bd. 2. Berlin: De Gruyter, 2019. "
            "S. 101.",
            "Geschichte Zentralasiens",
            "Paul",
        ),
        (
            "Nomaden Zentralasiens. Hrsg. von Karl Jettmar. Wiesbaden: Harrassowitz, 1981. S. 23.",
            "Nomaden Zentralasiens",
            "Jettmar",
        ),
        (
            "Turcica Selecta. Éd. par Louis Bazin. Paris : Peeters, 1990, p. 45.",
            "Turcica Selecta",
            "Bazin",
        ),
        (
            "Cahiers Turcica. Éd. par Paul Dumont. Paris : Peeters, 1995, p. 12.",
            "Cahiers Turcica",
            "Dumont",
        ),
        (
            "Kutadgu Bilig. Haz. Reşid Rahmeti Arat. Ankara: TTK, 1979, s. 33.",
            "Kutadgu Bilig",
            "Arat",
        ),
        (
            "Bilge Kağan. Haz. Ahmet Taşağıl. Ankara: TTK, 2004, s. 45.",
            "Bilge Kağan",
            "Taşağıl",
        ),
    ],
)
def test_a_title_before_an_editors_word_is_no_author(note: str, title: str, editor: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.authors == ()
    assert [e.family for e in citation.editors] == [editor]


def test_a_person_with_an_initial_before_a_role_word_stays_the_author() -> None:
    citation = first_citation("Kowalski J. Red. Jan Nowak. Warszawa: PWN, 2010, s. 45.")
    assert [a.family for a in citation.authors] == ["Kowalski"]


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Далай Ч. Монголын түүх. Улаанбаатар: Шинжлэх ухааны академийн хэвлэл, 1992. 212 х.",
            "Монголын түүх",
        ),
        (
            "Гонгор Д. Халх товчоон. Улаанбаатар: Шинжлэх ухааны академи, 1970. 45 дахь тал.",
            "Халх товчоон",
        ),
    ],
)
def test_a_mongolian_imprint(note: str, title: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.publisher_place == "Улаанбаатар"
    assert citation.language == "mn"


@pytest.mark.parametrize(
    ("note", "title", "edition"),
    [
        (
            "Qodirov A. O‘zbekiston tarixi. 2-nashr. Toshkent: Sharq, 2008. 45-bet.",
            "O‘zbekiston tarixi",
            "2",
        ),
        (
            "Karimov N. Oʻzbek adabiyoti tarixi. 3-nashri. – Toshkent: Fan, 2012. – 320 b.",
            "Oʻzbek adabiyoti tarixi",
            "3",
        ),
        (
            "Раҳимов А. Ўзбек тили грамматикаси. 2-нашр. – Тошкент: Фан, 2001. – 280 б.",
            "Ўзбек тили грамматикаси",
            "2",
        ),
        (
            "Əliyev R. Azərbaycan tarixi. 2-ci nəşr. Bakı: Elm, 2010, 420 s.",
            "Azərbaycan tarixi",
            "2-ci",
        ),
        (
            "Осмонов Ө. Кыргызстандын тарыхы. 3-басылышы. – Бишкек: Илим, 2012. – 250 б.",
            "Кыргызстандын тарыхы",
            "3",
        ),
        (
            "Хәйретдинов Д. Татар халкы тарихы. 2-нче басма. – Казан: Мәгариф, 2012. – 320 б.",
            "Татар халкы тарихы",
            "2-нче",
        ),
    ],
)
def test_a_turkic_edition_word_closes_the_title(note: str, title: str, edition: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.edition == edition
