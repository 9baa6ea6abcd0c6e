"""Forms read in session 64: ABNT's journal with its place after the name; a reference list's
bare entry number before a GOST name or a quoted title; Japanese, Chinese and Korean notes in
their bracketed form; MHRA's bracketed pinpoint; Czech (ČSN ISO 690), Dutch and Romanian notes'
words; ISO 690's dashed names; a thesis genre's abbreviation; a day
and abbreviated month before the year; author-date months and days; a volume glued to its
journal; the Arabic script's comma and digits; a footnote's second author in direct order.
Each with the neighbouring form it must leave alone."""

from __future__ import annotations

from citekit.citations.list_numbers import without_list_number
from citekit.langid import detect_language
from citekit.model import NoteKind
from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


def _families(names: object) -> list[str]:
    return [n.family or n.literal or "" for n in names]  # type: ignore[attr-defined]


def _date(value: object) -> str | None:
    return None if value is None else str(value.isoformat())  # type: ignore[attr-defined]


def test_abnt_journal_named_before_its_place_and_numbers() -> None:
    found = _one(
        "KÖSEOĞLU, Mehmet. Türkiye-Rusya ilişkilerinde Orta Asya boyutu. Uluslararası"
        " İlişkiler, Ankara, v. 15, n. 58, p. 77-96, 2018."
    )
    assert found.type == "article-journal"
    assert found.container == "Uluslararası İlişkiler"
    assert found.publisher_place == "Ankara"
    assert (found.volume, found.issue, found.page) == ("15", "58", "77-96")


def test_a_house_and_place_after_a_volume_stay_a_books_imprint() -> None:
    found = _one(
        "Aksoy, Rukiye, Osmanlı’da Sağlık Kurumları, Cilt 2, Türk Tarih Kurumu, Ankara, 2015,"
        " ss. 401-420."
    )
    assert found.type == "book"
    assert found.publisher == "Türk Tarih Kurumu"


def test_a_bare_entry_number_before_a_gost_name() -> None:
    found = _one("2 Қойгелдиев М.Қ. Алаш қозғалысы. – Алматы:Санат, 1995. – 368 б.")
    assert _families(found.authors) == ["Қойгелдиев"]
    assert found.title == "Алаш қозғалысы"
    latin = _one("6 Sadykova R.O., Kim V.L. (2012) Programmy partii Alash. Vestnik KazNU, 3: 5-9.")
    assert _families(latin.authors) == ["Sadykova", "Kim"]


def test_a_title_opening_on_a_count_keeps_it() -> None:
    assert without_list_number("100 лет революции") == "100 лет революции"
    assert without_list_number("12 Психика: структура") == "12 Психика: структура"
    assert without_list_number("14 «Қазақ» газеті // Қазақстан") == "«Қазақ» газеті // Қазақстан"
    # a period-closed number before initials is the tagger's, as it learned numbered lists
    assert without_list_number("1. Morales A. The printer’s mark").startswith("1. ")


def test_a_numbered_entry_before_a_given_name_and_family() -> None:
    found = _one(
        "2. Gurbanguly Berdimuhamedow. Ösüşiň täze belentliklerine tarap. – A.: Türkmen döwlet"
        " neşirýat gullugy, 2019."
    )
    assert _families(found.authors) == ["Berdimuhamedow"]
    assert found.title == "Ösüşiň täze belentliklerine tarap"


def test_japanese_journal_article() -> None:
    found = _one(
        "青木直人「ソ連初期トルキスタンにおける民族境界画定」『史学雑誌』"
        "第118編第4号, 2009年, 1-34頁."
    )
    assert found.type == "article-journal"
    assert found.title == "ソ連初期トルキスタンにおける民族境界画定"
    assert found.container == "史学雑誌"
    assert (found.volume, found.issue, found.page) == ("118", "4", "1-34")
    assert [(n.family, n.given) for n in found.authors] == [("青木", "直人")]
    assert found.language == "ja"
    assert _date(found.issued) == "2009"


def test_japanese_book_chapter_and_edited_book() -> None:
    book = _one("秋山健一『遊牧社会とソヴィエト権力』東京大学出版会, 2012年.")
    assert (book.type, book.publisher) == ("book", "東京大学出版会")
    chapter = _one(
        "石田幸子「ブハラにおけるジャディード」小松久男編『中央ユーラシア史の新地平』山川出版社,"
        " 2015年, 211～238頁."
    )
    assert chapter.type == "chapter"
    assert _families(chapter.editors) == ["小松"]
    assert (chapter.container, chapter.page) == ("中央ユーラシア史の新地平", "211～238")
    edited = _one("佐藤亜紀子・鈴木修編『ソ連解体と中央アジア』明石書店, 2010年.")
    assert (_families(edited.authors), _families(edited.editors)) == ([], ["佐藤", "鈴木"])


def test_japanese_newspaper_day_and_translated_book() -> None:
    paper = _one("「ウズベク大統領、歴史教育の見直しを指示」『朝日新聞』2017年9月5日朝刊。")
    assert (paper.type, paper.container, _date(paper.issued)) == (
        "article-newspaper",
        "朝日新聞",
        "2017-09-05",
    )
    translated = _one(
        "ローウェル, A.『ソヴィエト・トルキスタンの誕生』田中誠・山本剛訳, 東洋書店, 2009年."
    )
    assert _families(translated.authors) == ["ローウェル"]
    assert _families(translated.translators) == ["田中", "山本"]
    assert translated.publisher == "東洋書店"


def test_chinese_article_in_double_angle_brackets_and_korean_article() -> None:
    chinese = _one("王明：《丝绸之路上的粟特商人》，《历史研究》2010年第3期，第45—60页。")
    assert (chinese.type, chinese.title, chinese.container) == (
        "article-journal",
        "丝绸之路上的粟特商人",
        "历史研究",
    )
    assert (chinese.issue, chinese.page, chinese.language) == ("3", "45—60", "zh")
    assert _families(chinese.authors) == ["王"]
    korean = _one("김철수, 「고려인의 강제 이주」, 『역사학보』 제58권 제2호, 2015, 1-30쪽.")
    assert (korean.type, korean.container, korean.volume, korean.issue) == (
        "article-journal",
        "역사학보",
        "58",
        "2",
    )
    assert (_families(korean.authors), korean.language) == (["김"], "ko")


def test_a_latin_note_with_a_translations_bracket_is_no_east_asian_note() -> None:
    found = _one(
        "Martin, Terry. The Affirmative Action Empire. Ithaca: Cornell University Press, 2001"
        " (邦訳: テリー・マーチン『アファーマティヴ・アクションの帝国』明石書店, 2011年)."
    )
    assert _families(found.authors) == ["Martin"]
    assert found.title == "The Affirmative Action Empire"


def test_mhra_bracketed_pinpoint_after_the_range() -> None:
    found = _one(
        "Kathryn Whitby, 'Orientalism Revisited', Comparative Literature Studies, 49.3 (2012),"
        " 341–67 (p. 352)."
    )
    assert found.page == "352"


def test_czech_ibid_op_cit_and_iso_690_dashed_names() -> None:
    assert _note("Tamtéž, s. 233–234.").kind is NoteKind.IBID
    assert _note("FIERMAN, c. d., s. 130.").kind is NoteKind.OPCIT
    found = _one(
        "LANDAU, Jacob M. – KELLNER-HEINKELE, Barbara. Politics of Language in the Ex-Soviet"
        " Muslim States. London: Hurst, 2001, s. 45."
    )
    assert _families(found.authors) == ["LANDAU", "KELLNER-HEINKELE"]
    assert found.title == "Politics of Language in the Ex-Soviet Muslim States"
    chapter = _one(
        "HOROVÁ, Lenka. Jazyková politika v sovětském Uzbekistánu. In: NOVÁK, Martin –"
        " SVOBODOVÁ, Eva (eds.). Střední Asie mezi Moskvou a Mekkou. Praha: Karolinum, 2015,"
        " s. 45–67."
    )
    assert _families(chapter.editors) == ["NOVÁK", "SVOBODOVÁ"]
    assert (chapter.container, chapter.language) == ("Střední Asie mezi Moskvou a Mekkou", "cs")


def test_a_subtitle_or_a_quoted_titles_sentences_before_the_medium() -> None:
    quoted = _one(
        "Токаев К.-Ж. Послание народу Казахстана «Справедливое государство. Единая нация."
        " Благополучное общество» [Электронный ресурс]. – 01.09.2022. – Режим доступа:"
        " https://www.akorda.kz/ru/x (дата обращения: 15.03.2023)."
    )
    assert quoted.container is None
    assert quoted.title is not None
    assert quoted.title.endswith("Благополучное общество»")
    report = _one("SMITH, J. Annual report. Executive summary [online]. 12 May 2019.")
    assert report.title == "Annual report. Executive summary"


def test_dutch_and_czech_titles_told_and_ties_left_to_others() -> None:
    assert detect_language("Het stille offensief van de mullahs") == "nl"
    assert detect_language("Kazachstán se loučí s azbukou") == "cs"
    assert detect_language("Geopolítica da Eurásia") not in ("cs", "nl")
    assert detect_language("Povijest Bosne") != "nl"
    assert _note("Roy, t.a.p., p. 160.").kind is NoteKind.OPCIT


def test_romanian_host_after_in_and_two_authors_in_direct_order() -> None:
    found = _one(
        "Anca Popescu, „Circulația demografică tătară în Dobrogea otomană”, în Revista"
        " Istorică, tom XV, 2004, nr. 3-4, p. 141–160."
    )
    assert found.container == "Revista Istorică"
    pair = _one(
        "Adrian Rădulescu, Ion Bitoleanu, Istoria Dobrogei, Constanța, Ex Ponto, 1998, p. 265."
    )
    assert _families(pair.authors) == ["Rădulescu", "Bitoleanu"]
    assert pair.title == "Istoria Dobrogei"


def test_a_thesis_genre_keeps_its_abbreviations_period() -> None:
    found = _one(
        "Azamat Nurlanov, “Transboundary Water Governance in the Aral Sea Basin” (PhD diss.,"
        " University of Cambridge, 2021), 143."
    )
    assert found.genre == "PhD diss."


def test_a_day_and_abbreviated_month_before_the_year() -> None:
    found = _one(
        "PUTIN, Vladimir. Выступление на заседании клуба «Валдай». Moscou, 27 out. 2022."
        " Disponível em: http://kremlin.ru/events/president/news/69695. Acesso em: 20 nov. 2022."
    )
    assert _date(found.issued) == "2022-10-27"
    meeting = _one(
        "Моделирование паводков на реке Есиль / Д. К. Нурбаев [и др.] // Водные ресурсы"
        " Центральной Азии : материалы Междунар. науч.-практ. конф., 22–24 сент. 2016 г. –"
        " Алматы, 2016. – Кн. 1. – С. 310–316."
    )
    assert meeting.volume == "1"  # a meeting's days are no date of the work nor its volume


def test_author_date_month_and_day_after_the_title_or_before_pages() -> None:
    news = _one(
        'Hürriyet Daily News. 2018. "Erdoğan Sworn In as Turkey\'s First Executive President."'
        " July 9. https://www.hurriyetdailynews.com/x-134452 (accessed January 5, 2020)."
    )
    assert _date(news.issued) == "2018-07-09"
    magazine = _one(
        'Harper, Daniel. 2021. "The Loneliness of the Post-Soviet Autocrat." New Yorker, March'
        " 8, pp. 34–41."
    )
    assert (_date(magazine.issued), magazine.page, magazine.issue) == ("2021-03-08", "34–41", None)


def test_a_volume_glued_to_its_journals_name() -> None:
    found = _one(
        "Karimov, Bahodir. 2019. \"O'zbekistonda ma'muriy islohotlar.\" Siyosat va jamiyat 3"
        " (2): 45–59."
    )
    assert (found.container, found.volume, found.issue) == ("Siyosat va jamiyat", "3", "2")


def test_arabic_script_comma_and_digits() -> None:
    found = _one(
        "سیدعلی میرزایی، تاجیکستان: از فروپاشی شوروی تا صلح ملی (تهران: دفتر مطالعات، ۱۳۸۷)، ص ۲۳."
    )
    assert _families(found.authors) == ["میرزایی"]
    assert found.title == "تاجیکستان: از فروپاشی شوروی تا صلح ملی"
    assert found.page == "۲۳"  # as written


def test_a_latin_or_cyrillic_note_quoting_a_term_in_brackets() -> None:
    quoted = _one("Smith, J. “The term 『天下』 in early China.” T'oung Pao 90 (2004): 1–30.")
    assert (_families(quoted.authors), quoted.container) == (["Smith"], "T'oung Pao")
    romanised = _one("Komatsu, H. 「中央アジア」 (Central Asia). Tokyo, 1990, p. 4.")
    assert _families(romanised.authors) == ["Komatsu"]
    gost = _one("Сыма Цянь. Исторические записки (《史記》). Т. 1. М.: Наука, 1972. С. 45.")
    assert (gost.title, gost.publisher) == ("Исторические записки", "Наука")


def test_a_subtitle_before_the_medium_stays_the_titles() -> None:
    gost = _one(
        "Иванов И.И. Казахстан. Новая история [Электронный ресурс]. – Режим доступа:"
        " http://kz.ru (дата обращения: 12.03.2021)."
    )
    assert (gost.title, gost.container) == ("Казахстан. Новая история", None)
    iso = _one("Smith J. Central Asia. A new history [online]. London: Routledge, 2010.")
    assert iso.title == "Central Asia. A new history"
    abbreviated = _one("Smith J. Dr. Strangelove and the bomb [online]. 12 May 2010.")
    assert abbreviated.title == "Dr. Strangelove and the bomb"


def test_a_house_place_and_year_before_the_volume_stay_an_imprint() -> None:
    found = _one("Roy, O. The New Central Asia, I.B. Tauris, London, 2000, vol. 12, pp. 45-46.")
    assert found.type != "article-journal"
    assert found.container != "I.B. Tauris" or found.publisher == "I.B. Tauris"


def test_acronyms_and_a_dash_inside_a_title_are_no_iso_names() -> None:
    found = _one("Yılmaz, A. ABD, Rusya – ÇİN, Orta Asya'da Büyük Oyun. Ankara, 2015.")
    assert found.title is not None
    assert "–" in found.title
    assert ";" not in found.title


def test_a_quoted_title_that_is_a_day() -> None:
    found = _one(
        'Auden, W. H. 1940. "September 1." In Another Time, 98–101. New York: Random House.'
    )
    assert found.title == "September 1"
    assert _date(found.issued) == "1940"


def test_a_journals_own_decimal_number() -> None:
    found = _one('Smith, J. 2018. "Title of the Paper." Industry 4.0 (2): 45–59.')
    assert found.container == "Industry 4.0"


def test_a_place_or_a_chapter_after_an_entry_number_is_no_person() -> None:
    assert without_list_number("7. George Town. Penang: Areca Books, 2012.").startswith("7.")
    assert without_list_number("3 Glava I. Toshkent, 1990.").startswith("3 ")
    assert without_list_number("2 Ankara Ü. Yayınları, 2010, s. 45.").startswith("2 ")
    assert without_list_number('2 "Türkistan" dergisi, sayı 5').startswith("2 ")


def test_a_day_and_a_full_month_after_a_preposition_stay_the_titles() -> None:
    found = _one("Фармони Президенти Ҷумҳурии Тоҷикистон аз 12 марти 2015, № 450.")
    assert found.title is not None
    assert found.title.endswith("12 марти")


def test_new_language_words_leave_other_languages_notes_alone() -> None:
    assert _one("Sb. nauchnykh trudov, vyp. 3 (Tashkent, 1980), s. 12.").type != "legislation"
    lege = _one("Lege artis: Studies in Honour of A. Watson, ed. J. Smith (Edinburgh, 2005), 45.")
    assert lege.type != "legislation"
    harris = _one("J. Harris, Constantinople: Capital of Byzantium (London, 2007), 45.")
    assert harris.title == "Constantinople: Capital of Byzantium"
    assert detect_language("Hun Empire") != "nl"
    assert detect_language("Maarif Vekaleti") != "nl"
    assert detect_language("Pro Patria") != "cs"


def test_a_romanian_law_in_its_gazette_and_a_chinese_title_in_a_latin_note() -> None:
    law = _one(
        "Legea nr. 215/2001 privind administrația publică locală, Monitorul Oficial, nr. 204,"
        " 23 aprilie 2001."
    )
    assert (law.type, law.container) == ("legislation", "Monitorul Oficial")
    wang = _one("Wang Ke, 《东突厥斯坦独立运动》 (Hong Kong, 2013), 45.")
    assert _families(wang.authors) == ["Wang"]


def test_abnt_host_and_its_city_before_the_date() -> None:
    found = _one(
        "NURMATOV, Aziz. Uzbekistan joins Turkic Council as full member. Eurasianet, New York,"
        " 15 out. 2019. Disponível em: https://eurasianet.org/x. Acesso em: 8 fev. 2023."
    )
    assert (found.container, found.publisher_place) == ("Eurasianet", "New York")
    assert _date(found.issued) == "2019-10-15"


def test_east_asian_author_date_labels_repeats_and_bodies() -> None:
    korean = _one("김철수 (2005). 「중앙아시아」. 『역사학보』 58(2), 1-30.")
    assert (korean.volume, korean.issue, korean.page, _date(korean.issued)) == (
        "58",
        "2",
        "1-30",
        "2005",
    )
    labelled = _one("佐藤「近代日本」『思想』No. 5, 2010, pp. 45-67.")
    assert (labelled.issue, labelled.page, _families(labelled.authors)) == ("5", "45-67", ["佐藤"])
    assert _note("同上『中央ユーラシア史』, 45頁.").kind is NoteKind.IBID
    body = _one("外務省『外交青書』2019年版, 45頁.")
    assert (_families(body.authors), body.publisher) == (["外務省"], None)
    hosted = _one(
        "毛泽东：《论持久战》，载《毛泽东选集》第2卷，北京：人民出版社，1991年，第450页。"
    )
    assert (hosted.container, hosted.volume, hosted.publisher) == ("毛泽东选集", "2", "人民出版社")
    translated = _one(
        "马克思：《资本论》第1卷，郭大力、王亚南译，北京：人民出版社，1975年，第45页。"
    )
    assert _families(translated.translators) == ["郭", "王"]
    paper = _one("《人民日报》2013年9月8日，第1版。")
    assert (paper.type, paper.container, paper.publisher) == ("article-newspaper", "人民日报", None)
    assert _families(_one("森安孝夫『シルクロードと唐帝国』講談社, 2007年.").authors) == ["森安"]


def test_review_mends_of_the_second_round() -> None:
    assert _one("Smith, J. The Book. Routledge, London, vol. 2, 2005, pp. 34-56.").type == "book"
    assert _one("Smith, J. Title. Verso, London, no. 2, pp. 10-20, 2015.").type == "book"
    issue = _one("Smith, J. Title. Asia Policy, No. 21 Jan. 2016, pp. 1-20.")
    assert (issue.issue, _date(issue.issued)) == ("21", "2016-01")
    lines = _one("Smith, ‘Title’, Journal, 12 (2003), 45–67 (ll. 5–9).")
    assert lines.page == "45–67"
    assert without_list_number("2. Boris Godunov. Moscow, 1831.").startswith("2.")
    viz = _one(
        "On the term, viz. 'jadid', see Khalid, The Politics of Muslim Cultural Reform"
        " (Berkeley, 1998), 93."
    )
    assert viz.container != "Khalid"


def test_a_foreign_name_in_katakana_keeps_its_dot() -> None:
    found = _one("テリー・マーチン『アファーマティヴ・アクションの帝国』明石書店, 2011年.")
    assert _families(found.authors) == ["テリー・マーチン"]
    assert found.publisher == "明石書店"
