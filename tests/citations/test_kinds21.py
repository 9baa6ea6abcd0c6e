"""Note kinds and their antecedents (session 21): a name's capital initials that spell an
ibid or op. cit. abbreviation (`Kaya A.Y.`, `Baijanov A.E.`) are no such word; `a.e.` (aynı
eser) repeats the work before; Turkmen `Agzalan eser` is an op. cit.; short author's remarks
(`Vurgu bana aittir.`, `Підкреслення наше. – Авт.`) and a pointer forward (`… ileride …`)
cite nothing. The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, Note, NoteKind

_AT = Location(path="t")


def _last(*texts: str) -> Note:
    notes = [parse_note(i + 1, t, location=_AT) for i, t in enumerate(texts)]
    return resolve_references(notes)[-1]


def test_capital_initials_that_spell_an_abbreviation_are_a_name() -> None:
    for text, author in (
        ("Kaya A.Y. Türk tarihi. Ankara, 2010.", "Kaya A.Y."),
        ("Kaya A.Y., Türk tarihi, Ankara, 2010, s. 5.", "Kaya A.Y."),
        ("A.Y. Kaya, Türk tarihi, Ankara, 2010, s. 5.", "A.Y. Kaya"),
        ("Baijanov A.E. Qazaq tarihy. Almaty, 1990.", "Baijanov A.E."),
    ):
        note = parse_note(1, text, location=_AT)
        assert note.kind is NoteKind.CITATION, text
        assert [str(a) for a in note.citations[0].authors] == [author], text


def test_initials_open_a_source_among_several() -> None:
    text = "A.Y. Kaya, Türk tarihi, Ankara, 2010, s. 5; Ali Demir, Osmanlı Tarihi, 2010, s. 3."
    first, second = parse_note(1, text, location=_AT).citations
    assert first.title == "Türk tarihi"
    assert second.title == "Osmanlı Tarihi"


def test_the_abbreviation_in_its_own_case_stays_a_repeat() -> None:
    prev = "Kemal Karpat, Osmanlı Nüfusu (1830-1914), İstanbul: Tarih Vakfı, 2003, s. 12."
    for text in ("A.y.", "a.y., s. 5.", "A.Y., s. 5.", "a.e., s. 48."):
        note = _last(prev, text)
        assert note.kind is NoteKind.IBID, text
        assert note.refers_to == 1, text


def test_turkmen_agzalan_eser_is_an_op_cit_of_the_author() -> None:
    note = _last(
        "Ataýew G. Türkmen halkynyň taryhy. Aşgabat: Ylym, 2010. 256 s.",
        "Gurbanow A. Gadymy Merw. Aşgabat: Türkmen döwlet neşirýat gullugy, 2015. 180 s.",
        "Ataýew G. Agzalan eser, 12 s.",
    )
    assert note.kind is NoteKind.OPCIT
    assert note.refers_to == 1
    assert note.page == "12"


def test_short_remarks_cite_nothing() -> None:
    for text in (
        "Vurgu bana aittir.",
        "Bu konuya ileride tekrar değinilecektir.",
        "Підкреслення наше. – Авт.",
        "Перевод с казахского мой.",
        "Подчёркнуто мной. — А. И.",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT, text


def test_a_work_named_in_prose_with_its_imprint_in_brackets() -> None:
    for text, title in (
        (
            "Об этом подробно писал Л. Н. Гумилёв в книге «Древние тюрки» (М., 1967).",
            "Древние тюрки",
        ),
        (
            "Про це йдеться в монографії М. Грушевського «Історія України-Руси» (т. 1, с. 45).",
            "Історія України-Руси",
        ),
        (
            "Бұл туралы М. Қозыбаевтың «Ақтаңдақтар ақиқаты» (Алматы, 1992) еңбегінде айтылған.",
            "Ақтаңдақтар ақиқаты",
        ),
    ):
        note = parse_note(1, text, location=_AT)
        assert note.kind is NoteKind.CITATION, text
        assert note.citations[0].title == title, text


def test_a_headline_that_ends_with_a_quotation_stays_whole() -> None:
    text = "Владелец ресторана ответил на слова о «русской мафии». adyrna.kz (28 января 2006)."
    title = parse_note(1, text, location=_AT).citations[0].title
    assert title is not None
    assert title.startswith("Владелец ресторана")


def test_words_between_a_see_word_and_its_colon_are_no_title() -> None:
    for text in (
        "См. нашу статью: Иванов И. И. Семиречье в XIX веке // Вопросы истории. 2005. № 3. С. 12.",
        "Подробнее см. нашу статью: Иванов И. И. Семиречье в XIX веке // Вопросы истории. 2005.",
    ):
        first = parse_note(1, text, location=_AT).citations[0]
        assert first.title == "Семиречье в XIX веке", text
        assert [str(a) for a in first.authors] == ["Иванов И. И."], text


def test_a_longer_lead_before_a_see_word() -> None:
    text = (
        "Mehmet Fuat Köprülü'nün bu konudaki görüşleri için bkz. Türk Edebiyatında İlk "
        "Mutasavvıflar, Ankara 1966."
    )
    assert parse_note(1, text, location=_AT).citations[0].title == (
        "Türk Edebiyatında İlk Mutasavvıflar"
    )


def test_a_gloss_cites_nothing() -> None:
    for text in (
        "Ныне — Алматы.",
        "Так в оригинале.",
        "Имеется в виду Н. А. Назарбаев.",
        "Т. е. в 1920-е годы.",
        "В оригинале: «кочевники».",
        "Нині — Дніпро.",
        "Şimdiki adı Türkmenbaşı.",
        "Yani 1920'li yıllarda.",
        "Қазіргі Алматы қаласы.",
        "Häzirki Türkmenbaşy şäheri.",
        "That is, in the 1920s.",
        "Also known as Verny until 1921.",
        "Sic!",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT, text


def test_a_work_that_opens_with_a_gloss_word_still_cites() -> None:
    for text in (
        "Sicily in the Middle Ages, London, 1990.",
        "Formerly Known, New York: Vintage, 2001, p. 5.",
        "Ныне и присно. М.: Наука, 1995. С. 12.",
        "Sic transit. https://example.org/sic",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.CITATION, text


def test_an_ibid_after_a_gloss_repeats_the_citation_before() -> None:
    note = _last(
        "Масанов Н. Э. Кочевая цивилизация казахов. Алматы: Социнвест, 1995. 320 с.",
        "Ныне — Алматы.",
        "Там же. С. 45.",
    )
    assert note.kind is NoteKind.IBID
    assert note.refers_to == 1


def test_a_work_named_after_a_possessive_before_its_imprint() -> None:
    text = (
        "This argument is developed at length in Francine Hirsch's Empire of Nations "
        "(Ithaca: Cornell University Press, 2005)."
    )
    assert parse_note(1, text, location=_AT).citations[0].title == "Empire of Nations"


def test_a_gloss_with_a_span_of_years() -> None:
    for text in ("Яғни 1837–1847 жылдардағы көтеріліс.", "Now known as Türkmenbaşy."):
        assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT, text
    cited = parse_note(1, "Formerly Known, London, 1990–1991.", location=_AT)
    assert cited.kind is NoteKind.CITATION


def test_an_ibid_after_its_bracketed_marker() -> None:
    note = _last(
        "Paul Bergne, The Birth of Tajikistan (London: I.B. Tauris, 2007), 33.",
        "[5] Ibid., 70.",
    )
    assert note.kind is NoteKind.IBID
    assert note.refers_to == 1
    assert note.page == "70"


def test_a_funding_note_cites_nothing() -> None:
    for text in (
        "Bu çalışma TÜBİTAK tarafından desteklenmiştir (Proje No: 115K123).",
        "The research was funded by the Science Committee of the Ministry of Education and "
        "Science of Kazakhstan (Grant No. AP09259027).",
        "Мақала ҚР БҒМ Ғылым комитетінің гранттық қаржыландыруы аясында дайындалды (ИРН "
        "AP08856175).",
        "Исследование выполнено при поддержке РФФИ, проект № 19-09-00123.",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT, text


def test_a_work_with_a_funding_phrase_still_cites() -> None:
    for text in (
        "Иванов И. И. Работа выполнена при поддержке фонда // Вопросы истории. 2005. № 3. С. 5.",
        "Отчет о работе в рамках проекта. М.: Наука, 2015.",
        "Smith J. Research that was supported by the state. London, 2010, p. 5.",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.CITATION, text


def test_a_person_with_the_years_of_a_life_is_a_gloss() -> None:
    for text in (
        "Кенесары Касымов (1802–1847) — последний хан Казахского ханства.",
        "Abay Kunanbayev (1845–1904), Kazakh poet and philosopher.",
        "Zeki Velidi Togan (1890-1970): Başkurt asıllı Türk tarihçi.",
        "Грушевський Михайло Сергійович (1866–1934) – історик, голова Центральної Ради.",
        "Алихан Букейханов (1866—1937) — лидер партии «Алаш».",
        "Чокан Валиханов (1835–1865).",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT, text


def test_an_author_with_the_years_of_a_life_before_a_work_cites() -> None:
    for text in (
        "Абай Құнанбайұлы (1845–1904). Шығармалары. Алматы: Жазушы, 1995.",
        "Kant, Immanuel (1724–1804). Kritik der reinen Vernunft. Riga, 1781.",
        "Иванов И. И. (1990–2005). История Казахстана. М., 2010.",
        "Smith (2005–2007) — Journal of Asian Studies // JAS. 2008. Vol. 3.",
    ):
        assert parse_note(1, text, location=_AT).kind is NoteKind.CITATION, text


def test_a_funding_note_may_quote_its_project() -> None:
    text = "Статтю підготовлено в межах проєкту «Українська революція 1917–1921 рр.»."
    assert parse_note(1, text, location=_AT).kind is NoteKind.COMMENT


def test_prose_quoting_the_work_before_with_a_closing_ibid() -> None:
    prev = "Масанов Н. Э. Кочевая цивилизация казахов. Алматы: Социнвест, 1995. 320 с."
    for text, page in (
        (
            "Как отмечает автор, «кочевое общество было внутренне неоднородным» (Там же. С. 45).",
            "45",
        ),
        ("Автор далее пишет, что «степь никогда не была пустой» (там же, с. 47).", "47"),
    ):
        note = _last(prev, text)
        assert note.kind is NoteKind.IBID, text
        assert note.refers_to == 1, text
        assert note.page == page, text
    cited = "Smith argues the opposite at length (Mary Jones, Oil and Empire, London, 2012, 12)."
    assert parse_note(1, cited, location=_AT).kind is NoteKind.CITATION


def test_an_archival_documents_quoted_part_stays_in_its_title() -> None:
    """The bracket after a quotation holds the document's shelf mark: no prose names it."""
    note = parse_note(
        1,
        "Архівна справа у Криму: історіографічний «огляд (1917–1921 рр.)» "
        "(ЦДАМЛМ України, Ф. 895. Оп. 17. Д. 2105).",
        location=Location(path="x"),
    )
    assert (
        note.citations[0].title
        == "Архівна справа у Криму: історіографічний «огляд (1917–1921 рр.)»"
    )
