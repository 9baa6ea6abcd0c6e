"""Note sections in shapes beyond the fixtures: pasted wikis, copied PDFs, superscript lists."""

from __future__ import annotations

from citekit import read_bytes


def _pairs(text: str, path: str = "a.txt") -> list[tuple[int, str]]:
    return [(n.number, n.text) for n in read_bytes(text.encode(), path=path).notes]


def test_english_wikipedia_pasted_keeps_references_as_notes_and_links_apart() -> None:
    text = (
        "Contents\n1 History\n2 References\n3 External links\n\n"
        "Turkmenbashi is a port city on the Caspian Sea.[1] It was founded in 1869.[2][1]\n\n"
        "References[edit]\n"
        "^ a b Bartold, V. V. An Historical Geography of Iran. Princeton, 1984. p. 112.\n"
        '^ "Krasnovodsk". Great Soviet Encyclopedia. 1979.\n'
        "External links[edit]\n"
        "Official site of the Turkmenbashi International Seaport\n"
    )
    doc = read_bytes(text.encode(), path="wiki.txt")
    assert [(n.number, n.text, n.numbered) for n in doc.notes] == [
        (1, "Bartold, V. V. An Historical Geography of Iran. Princeton, 1984. p. 112.", False),
        (2, '"Krasnovodsk". Great Soviet Encyclopedia. 1979.', False),
    ]
    assert [n.text for n in doc.bibliography] == [
        "Official site of the Turkmenbashi International Seaport"
    ]
    assert doc.body_markers == (1, 2, 1)


def test_russian_wikipedia_back_links_are_dropped() -> None:
    text = (
        "Город основан в 1869 году[1] и переименован в 1993 году[2].\n\n"
        "Примечания[править | править код]\n"
        "↑ Перейти обратно: 1 2 Бартольд В. В. Сочинения. — М., 1965. — Т. 3. — С. 112.\n"
        "↑ Туркменбаши // Большая российская энциклопедия. — М., 2016. — Т. 32.\n"
    )
    assert _pairs(text) == [
        (1, "Бартольд В. В. Сочинения. — М., 1965. — Т. 3. — С. 112."),
        (2, "Туркменбаши // Большая российская энциклопедия. — М., 2016. — Т. 32."),
    ]


def test_notes_copied_from_a_pdf_keep_their_bare_numbers() -> None:
    text = (
        "Makale metni burada biter ve 2019 yılında yayımlanmıştır.\n\n"
        "Dipnotlar\n"
        "1 Ahmet Yılmaz, Tarafsızlık ve Enerji, Ankara 2019, s. 45.\n"
        "2 Aynı yer, s. 47.\n"
        "3 “Türkmenbaşy porty”, Türkmenistan: Altyn asyr, 2018.\n"
    )
    assert [n for n, _t in _pairs(text)] == [1, 2, 3]
    assert _pairs(text)[1] == (2, "Aynı yer, s. 47.")


def test_a_list_of_superscript_numbers() -> None:
    text = "Metin¹ ve devamı².\n\nNotlar\n¹ “Başlyk”, Biznes Türkmenistan, 2021.\n² Aynı yer.\n"
    assert _pairs(text) == [(1, "“Başlyk”, Biznes Türkmenistan, 2021."), (2, "Aynı yer.")]


def test_markdown_sup_markers_and_a_kaynakca_list() -> None:
    text = (
        "# Başlık\n\nTürkmenistan doğalgaz ihracatını artırdı.<sup>1</sup> Çin en büyük "
        "alıcıdır.<sup>2</sup>\n\n## Kaynakça\n\n1. BP, *Statistical Review*, 2021.\n"
        "2. Aynı yer.\n"
    )
    doc = read_bytes(text.encode(), path="a.md")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "BP, *Statistical Review*, 2021."),
        (2, "Aynı yer."),
    ]
    assert doc.body_markers == (1, 2)


def test_a_numbered_contents_list_is_never_notes() -> None:
    text = (
        "İçindekiler\n1. Giriş\n2. Tarihçe\n3. Dipnotlar\n\nGiriş\nMetin burada.[1]\n\n"
        "Dipnotlar\n[1] Ahmet Yılmaz, Enerji, 2019.\n"
    )
    assert _pairs(text) == [(1, "Ahmet Yılmaz, Enerji, 2019.")]


def test_a_numbered_chapter_heading_opens_its_notes() -> None:
    text = (
        "İçindekiler\n1. Giriş\n2. Sonuç\n\n1. Giriş\nMetin burada (1) ve (2).\n\n"
        "2. Sonuç\nSon söz.\n\n5. Dipnotlar\n(1) Ahmet Yılmaz, Enerji, 2019.\n(2) Aynı yer.\n"
    )
    assert _pairs(text) == [(1, "Ahmet Yılmaz, Enerji, 2019."), (2, "Aynı yer.")]


def test_a_pasted_footer_after_the_last_note_is_not_a_note() -> None:
    text = (
        "Порт открыт в 2018 году[1], паромы ходят в Баку[2].\n\n"
        "Примечания\n\n"
        "↑ Президент открыл порт. ИА «Тренд» (2 мая 2018).\n\n"
        "↑ Паромное сообщение // Нефть и газ Туркменистана. — 2019. — № 2.\n\n"
        "Категория: Порты Каспийского моря\n"
        "Эта страница в последний раз была отредактирована 5 мая 2023 в 10:12.\n"
    )
    assert _pairs(text) == [
        (1, "Президент открыл порт. ИА «Тренд» (2 мая 2018)."),
        (2, "Паромное сообщение // Нефть и газ Туркменистана. — 2019. — № 2."),
    ]


def test_a_copied_pdf_note_list_without_a_heading() -> None:
    body = "Türkmenistan 2019 yılında yeni bir ihracat stratejisi kabul etti.\n"
    notes = (
        "1 Ahmet Yılmaz, Tarafsızlık ve Enerji, Ankara 2019, s. 45.\n"
        "2 Aynı yer, s. 47.\n3 Türkmenistan: Altyn asyr, 2018.\n"
    )
    assert [n for n, _t in _pairs(body + "\n" + notes)] == [1, 2, 3]
    # followed by more text they are still read, as footnotes left at a page's foot
    assert [n for n, _t in _pairs(body + "\n" + notes + "\nSon söz burada.\n")] == [1, 2, 3]
    two = "1 Giriş bölümünde yöntem anlatılır.\n2 Sonuç bölümünde bulgular tartışılır.\n"
    assert _pairs(body + two) == []


def test_numbers_in_bold_or_superscript_and_dashed_numbers() -> None:
    bold = (
        "Metin.[1] Devam.[2]\n\n**Notlar**\n\n**1.** Ahmet Yılmaz, Enerji, 2019.\n\n"
        "**2.** Aynı yer.\n"
    )
    assert _pairs(bold, "a.md") == [(1, "Ahmet Yılmaz, Enerji, 2019."), (2, "Aynı yer.")]
    sup = "Текст.<sup>1</sup>\n\n## Примечания\n\n<sup>1</sup> Там же. С. 5.\n"
    assert _pairs(sup, "a.md") == [(1, "Там же. С. 5.")]
    dashed = "Text [1].\n\nNotes\n1 – Smith, Ports of the Caspian, 2019.\n2 – Ibid., 12.\n"
    assert _pairs(dashed) == [(1, "Smith, Ports of the Caspian, 2019."), (2, "Ibid., 12.")]


def test_list_items_holding_paragraphs_are_one_note_each() -> None:
    html = (
        "<article><p>Текст статьи о коврах.</p><h3>Литература</h3><ul>"
        "<li><p>Мошкова В. Г. Ковры народов Средней Азии.</p><p>Ташкент: Фан, 1970.</p></li>"
        "<li><p>Гогелия Н. Туркменские ковры. Ашхабад, 1990.</p></li></ul></article>"
        "<footer><p>© 2022 Культурное наследие</p></footer>"
    )
    assert _pairs(html, "a.html") == [
        (1, "Мошкова В. Г. Ковры народов Средней Азии. Ташкент: Фан, 1970."),
        (2, "Гогелия Н. Туркменские ковры. Ашхабад, 1990."),
    ]


def test_numbered_wikipedia_headings_after_a_numbered_contents_list() -> None:
    text = (
        "Содержание\n1 История\n2 Примечания\n3 Литература\n\n1 История\n"
        "Порт основан в 1896 году[1] и перестроен в 2018 году[2].\n\n2 Примечания\n"
        "↑ Бартольд В. В. Сочинения. — М., 1965.\n↑ ИА «Тренд» (2 мая 2018).\n\n3 Литература\n"
        "Ашыров Г. Каспийские порты Туркменистана. — Ашхабад: Ылым, 2015.\n"
    )
    doc = read_bytes(text.encode(), path="wiki.txt")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Бартольд В. В. Сочинения. — М., 1965."),
        (2, "ИА «Тренд» (2 мая 2018)."),
    ]
    assert [n.text for n in doc.bibliography] == [
        "Ашыров Г. Каспийские порты Туркменистана. — Ашхабад: Ылым, 2015."
    ]


def test_gost_and_vancouver_references_in_the_text_are_markers() -> None:
    text = (
        "Порт основан в 1896 году [1, с. 112]; его роль росла [2; 3], [4–6], [7, 8].\n\n"
        "Список литературы\n"
        + "".join(f"{n}. Автор {n}. Книга {n}. — М., 20{n:02d}.\n" for n in range(1, 9))
    )
    doc = read_bytes(text.encode(), path="a.txt")
    assert len(doc.notes) == 8
    assert doc.body_markers == (1, 2, 3, 4, 5, 6, 7, 8)
    assert doc.uncited_notes == ()


def test_footnotes_at_the_foot_of_each_copied_pdf_page() -> None:
    text = (
        "TÜRKMENİSTAN'IN DIŞ POLİTİKASI\n"
        "Türkmenistan 1995 yılında daimi tarafsızlık statüsü kazanmıştır. Bu statü\n"
        "Birleşmiş Milletler tarafından tanınmıştır. Ülke enerji diplomasisine ağırlık\n"
        "vermektedir.\n"
        "1 Ahmet Yılmaz, Tarafsızlık ve Enerji, Ankara: Nobel, 2019, s. 45.\n"
        "2 Aynı yer, s. 47.\n"
        "Bilig, Sayı 92, 2020, s. 1-20\n"
        "Ülkenin doğalgaz ihracatı 2009 yılından beri Çin'e yönelmiştir. TAPI projesi ise\n"
        "hâlâ tamamlanamamıştır.\n"
        "3 “Türkmenistan – Hytaý gaz geçirijisi”, Nebit-gaz, 2019, № 6, s. 12–15.\n"
    )
    assert _pairs(text) == [
        (1, "Ahmet Yılmaz, Tarafsızlık ve Enerji, Ankara: Nobel, 2019, s. 45."),
        (2, "Aynı yer, s. 47."),
        (3, "“Türkmenistan – Hytaý gaz geçirijisi”, Nebit-gaz, 2019, № 6, s. 12–15."),
    ]
