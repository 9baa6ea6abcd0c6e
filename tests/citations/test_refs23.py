"""Session 23 (refs23): facts of how citations are written, from notes written for the session."""

from __future__ import annotations

from tests.citations.parsed import first_citation as _parse


def test_places_joined_by_a_glued_dash_are_one_place() -> None:
    # Soviet imprints (and Wikipedia's references made from them): `М.—Л.:`, `М.-Л.:`
    for dash in ("—", "-", "–"):
        cited = _parse(
            f"Жданко Т. А. Очерки исторической этнографии каракалпаков. — М.{dash}Л.: "
            "Изд-во АН СССР, 1950. — 172 с."
        )
        assert cited.publisher_place == f"М.{dash}Л."
        assert cited.publisher == "Изд-во АН СССР"


def test_a_publisher_runs_to_the_years_comma_over_its_abbreviations() -> None:
    cited = _parse(
        "Бартольд В. В. Туркестан в эпоху монгольского нашествия. М.: Наука. Гл. ред. вост. "
        "лит., 1963. 760 с."
    )
    assert cited.publisher is not None
    assert cited.publisher.startswith("Наука. Гл. ред. вост. лит")
    assert cited.publisher_place == "М."
    short = _parse("Иванов И. И. Очерки по истории Хорезма. М.: Изд-во вост. лит., 1960. 200 с.")
    assert short.publisher is not None
    assert short.publisher.startswith("Изд-во вост. лит")


def test_a_volume_after_an_abbreviated_publisher_is_a_books() -> None:
    cited = _parse(
        "Валиханов Ч. Ч. Собрание сочинений. Алма-Ата: Гл. ред. Казахской советской "
        "энциклопедии, 1985. Т. 4. С. 56."
    )
    assert cited.type == "book"
    assert cited.publisher == "Гл. ред. Казахской советской энциклопедии"
    assert cited.container is None
    assert (cited.volume, cited.page) == ("4", "56")


def test_a_publisher_the_model_read_whole_is_left_alone() -> None:
    cited = _parse("Кумеков Б. Е. Государство кимаков. Алма-Ата: Наука, 1972. 156 с.")
    assert (cited.publisher_place, cited.publisher) == ("Алма-Ата", "Наука")


def test_more_news_outlets_by_name_or_address() -> None:
    # `[types] news_site`: Kazakh, Russian, Ukrainian and English outlets by name or host
    for note in (
        "«Бюджет на 2022 год утвердили депутаты». Nur.kz. URL: https://www.nur.kz/politics/"
        "1934567-byudzhet/ (дата обращения: 12.01.2022).",
        "Жер мәселесі қайта қаралады // Qazaqstan TV. URL: https://qazaqstantv.kz/kk/view/"
        "society/page_123 (қаралған күні: 03.04.2023).",
        "“Kazakhstan’s new cabinet sworn in,” UPI, https://www.upi.com/Top_News/World-News/2022/"
        "06/05/kazakhstan/1234/ (accessed June 6, 2022).",
        "Митинг в Махачкале // Кавказский узел. URL: https://www.kavkaz-uzel.eu/articles/"
        "123456/ (дата обращения: 10.10.2021).",
    ):
        assert _parse(note).type == "article-newspaper", note


def test_isnad_bibliography_writes_a_parts_numbers_before_the_imprint() -> None:
    # İSNAD 2, a chapter in the bibliography: `“Part”. Host. ed. Names. Cilt/Sayfa. Place:`
    cited = _parse(
        "Yılmaz, Hasan. “Sovyet Dönemi Kazak Edebiyatı”. Türk Dünyası Edebiyat Tarihi. ed. "
        "Ahmet Bican Ercilasun. 9/415-460. Ankara: Atatürk Kültür Merkezi Yayınları, 2006."
    )
    assert cited.type == "chapter"
    assert cited.container == "Türk Dünyası Edebiyat Tarihi"
    assert [n.family for n in cited.editors] == ["Ercilasun"]
    assert (cited.volume, cited.page) == ("9", "415-460")
    paged = _parse(
        "İnalcık, Halil. “Osmanlılarda Saltanat Veraset Usulü”. Osmanlı’da Devlet, Hukuk, "
        "Adalet. 57-74. İstanbul: Eren Yayıncılık, 2000."
    )
    assert (paged.container, paged.page) == ("Osmanlı’da Devlet, Hukuk, Adalet", "57-74")
    listed = _parse(
        "Göksu, Erkan. “Kazak Hanlığı’nın Kuruluşu”. Türkler. ed. Hasan Celal Güzel vd. "
        "8/212-220. Ankara: Yeni Türkiye Yayınları, 2002."
    )
    assert listed.container == "Türkler"
    assert [n.family for n in listed.editors] == ["Güzel"]
    assert (listed.volume, listed.page) == ("8", "212-220")


def test_isnad_journal_article_in_the_bibliography_is_left_alone() -> None:
    cited = _parse(
        "Donuk, Abdulkadir. “Eski Türk Devletlerinde İdari Teşkilat”. Türk Kültürü "
        "Araştırmaları 25/1 (1987), 45-61."
    )
    assert cited.type == "article-journal"
    assert cited.container == "Türk Kültürü Araştırmaları"


def test_a_role_word_the_isnad_host_opens_with_is_left_to_the_other_facts() -> None:
    # the part's translator before the host, or a role word after a word (`под ред.`)
    cited = _parse(
        "Arslan, Kader. “Türk Lehçeleri: İstanbul Örneği”. çev. Cevale Yorulmaz. Türk Dili "
        "Yazıları. ed. Muarra Hayrioğlu. 451-467. Şanlıurfa: Geleneksel Yayıncılık, 1993."
    )
    assert [n.family for n in cited.translators] == ["Yorulmaz"]
    assert cited.container is not None
    assert "çev" not in cited.container
