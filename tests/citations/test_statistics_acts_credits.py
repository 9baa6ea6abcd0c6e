"""Session 25 (types25): a statistics office's yearbook, collection or census results is a
report; an act's kind closes what stands before its quoted name (its date, its number); Uzbek
acts and speeches by their words; a film's director credit read into its title; a docket's
`Case No.` with a case's name (notes written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


def _type(note: str) -> str:
    citation = parse_citation(note)
    assert citation is not None
    return str(citation.type)


@pytest.mark.parametrize(
    "note",
    [
        "Türkiye İstatistik Yıllığı 2018, TÜİK, Ankara, 2019.",
        "Статистический ежегодник Туркменистана 2015 / Государственный комитет Туркменистана"
        " по статистике. – Ашхабад, 2016. – 318 с.",
        "Казахстан в цифрах: статистический ежегодник. – Астана: Агентство РК по статистике, 2012.",
        "Kyrgyzstan: Statistical Yearbook 2019. Bishkek: National Statistical Committee, 2020.",
        "Статистикалық жылнама: Қазақстан 2017. – Астана: ҚР Статистика комитеті, 2017.",
        "Итоги Всесоюзной переписи населения 1979 года / ЦСУ СССР. – М.: Статистика, 1984.",
        "Agency of Statistics of the Republic of Kazakhstan. Results of the 2009 National"
        " Population Census. Astana, 2011.",
        "Türkiye İstatistik Kurumu. Genel Nüfus Sayımı 2000: Nüfusun Sosyal ve Ekonomik"
        " Nitelikleri. Ankara, 2003.",
        "Türkmenistanyň statistik ýyllyk kitaby 2012–2017. Aşgabat: Türkmenmillihasabat, 2018.",
        "Azərbaycanın Statistik Göstəriciləri: statistik məcmuə. Bakı: DSK, 2019.",
        "O'zbekiston statistik yilnoma 2020. Toshkent: Davstatqo'm, 2021.",
        "Державна служба статистики України. Статистичний щорічник України за 2019 рік. – Київ,"
        " 2020. – 464 с.",
    ],
)
def test_statistical_publications_are_reports(note: str) -> None:
    assert _type(note) == "report"


@pytest.mark.parametrize(
    "note",
    [
        # an article in a journal that studies a census stays an article
        "Алексеенко А. Н. Перепись населения 1897 года в Казахстане // Вопросы истории. –"
        " 2001. – № 4. – С. 22–35.",
        # a book about statistics, by a person, no yearbook's word
        "Yıldız, M. İstatistiğe Giriş. Ankara: Nobel Yayınları, 2015, 288 s.",
        "Иванова Н. Демография Казахстана по данным Агентства по статистике. – Алматы:"
        " Экономика, 2010. – 180 с.",
    ],
)
def test_studies_of_statistics_keep_their_type(note: str) -> None:
    # a person's work citing the office stays the person's (`… по данным Росстата`)
    assert _type(note) in {"article-journal", "book"}


@pytest.mark.parametrize(
    "note",
    [
        "O'zbekiston Respublikasi Prezidentining 2019 yil 8 oktyabrdagi PF-5847-son Farmoni"
        " «Oliy ta'lim tizimini rivojlantirish konsepsiyasi to'g'risida».",
        "O'zbekiston Respublikasi Vazirlar Mahkamasining 2020 yil 12 martdagi 140-son Qarori"
        " «Davlat xizmatlari to'g'risida».",
        "Қазақстан Республикасы Үкіметінің 2019 жылғы 27 желтоқсандағы № 988 Қаулысы"
        " «Білім беруді дамытудың мемлекеттік бағдарламасы туралы».",
        "Türkmenistanyň Prezidentiniň 2017-nji ýylyň 15-nji sentýabrynda çykaran № 345"
        " Permany «Bilim ulgamyny kämilleşdirmek hakynda».",
        "Azərbaycan Respublikası Prezidentinin 2016-cı il 6 dekabr tarixli 1138 nömrəli"
        " Fərmanı «Milli iqtisadiyyat perspektivləri haqqında».",
    ],
)
def test_an_acts_kind_before_its_quoted_name(note: str) -> None:
    assert _type(note) == "legislation"


@pytest.mark.parametrize(
    "note",
    [
        # a headline about a decree, no date nor number before the kind: a paper's item
        "«Токаев подписал указ «О мерах по реформе»» // Tengrinews.kz. 2022. 16 марта.",
        "Мирзиёев подписал указ «О развитии туризма» // Газета.uz. – 2019. – 5 февраля.",
    ],
)
def test_a_headline_about_an_act_is_news(note: str) -> None:
    assert _type(note) == "article-newspaper"


@pytest.mark.parametrize(
    "note",
    [
        "Mirziyoyev Sh. Oliy Majlisga Murojaatnomasi. Toshkent, 2020.",
        "Karimov I. Mustaqillik kuniga bag'ishlangan tantanali marosimdagi nutqi. Toshkent, 2010.",
    ],
)
def test_uzbek_speeches(note: str) -> None:
    assert _type(note) == "speech"


@pytest.mark.parametrize(
    "note",
    [
        "«Шал» (реж. Е. Турсунов). Казахстан, 2012.",
        "«Тюльпан» (реж. С. Дворцевой). Казахстан – Германия, 2008.",
        "Mongol. Directed by Sergei Bodrov. Moscow: CTB Film Company, 2007.",
        "Ayla (yönetmen Can Ulkay), Dijital Sanatlar Prodüksiyon, 2017.",
        "«Қыз Жібек» (реж. С. Қожықов). Қазақфильм, 1970.",
    ],
)
def test_a_directors_credit_in_the_title_read(note: str) -> None:
    assert _type(note) == "motion_picture"


@pytest.mark.parametrize(
    "note",
    [
        "Режиссёр и время: сборник статей. – М.: Искусство, 1987.",
        "Смирнов А. Режиссура документального кино. – М.: Искусство, 1987. – 240 с.",
        "Yönetmen Sineması. İstanbul: Agora Kitaplığı, 2009.",
    ],
)
def test_a_title_about_directing_is_no_film(note: str) -> None:
    assert _type(note) == "book"


@pytest.mark.parametrize(
    "note",
    [
        "Prosecutor v. Tadić, Case No. IT-94-1-A, Judgment, 15 July 1999.",
        "Prosecutor v. Lubanga, Case No. ICC-01/04-01/06, Judgment, 14 March 2012.",
        "Smith v. Jones, Case No. 1:17-cv-00050, slip op. (D.D.C. 2018).",
        "Prosecutor v. Akayesu, Case No. ICTR-96-4-T, Judgement, 2 September 1998.",
        "Doe v. Kazakhstan, Case no. 2019-12, Award, 4 May 2021.",
    ],
)
def test_a_docket_number_with_a_cases_name(note: str) -> None:
    assert _type(note) == "legal_case"


@pytest.mark.parametrize(
    "note",
    [
        "Nurmatov B. O‘zbek adabiyoti tarixi: filol. fanlari nomzodi ... dissertatsiyasi. –"
        " Toshkent, 2010.",
        "Məmmədov R. Azərbaycan ədəbiyyatı: filologiya üzrə fəlsəfə doktoru dis. – Bakı, 2012.",
        "Kuanyshev, A. Sovremennaya politika Kazakhstana: Dis. kand. polit. nauk. Almaty, 2004.",
    ],
)
def test_theses_in_uzbek_azerbaijani_and_romanised_russian(note: str) -> None:
    assert _type(note) == "thesis"


@pytest.mark.parametrize(
    "note",
    [
        "Директива Европейского парламента и Совета ЕС 2009/28/EC от 23 апреля 2009 г.",
        "Azərbaycan Respublikasının Konstitusiyası. – Bakı: Hüquq ədəbiyyatı, 1995. – 64 s.",
        "Қазақстан Республикасы Білім және ғылым министрінің 2018 жылғы 31 қазандағы № 604"
        " Бұйрығы.",
    ],
)
def test_directives_constitutions_and_orders(note: str) -> None:
    assert _type(note) == "legislation"


@pytest.mark.parametrize(
    "note",
    [
        "Кыргыз Республикасынын Президентинин 2019-жылдын 5-мартындагы № 35 Жарлыгы.",
        "Фармони Президенти Ҷумҳурии Тоҷикистон аз 12 марти 2015, № 450.",
        "Татарстан Республикасы Президентының Указы, 2020 ел, 15 май, № 120.",
    ],
)
def test_kyrgyz_tajik_and_tatar_acts(note: str) -> None:
    assert _type(note) == "legislation"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("https://adilet.zan.kz/rus/docs/Z970000151_", "legislation"),
        ("https://www.mevzuat.gov.tr/mevzuatmetin/1.5.5237.pdf", "legislation"),
        ("https://lex.uz/docs/3107036", "legislation"),
        ("https://zakon.rada.gov.ua/laws/show/2145-19", "legislation"),
        # a court's decision the database serves stays a case
        ("Yargıtay 4. HD, E. 2019/1234, K. 2020/567, https://www.mevzuat.gov.tr/", "legal_case"),
        # a news site named for the law is no database
        ("https://www.zakon.kz/6012345-tokaev-podpisal-zakon.html", "article-newspaper"),
    ],
)
def test_a_states_database_of_acts(note: str, kind: str) -> None:
    assert _type(note) == kind
