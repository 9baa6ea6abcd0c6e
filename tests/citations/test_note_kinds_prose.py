"""A note's kind and what an ibid or op. cit. repeats, in prose and between notes: years inside
a sentence are no publication date, a pointer to another note cites nothing, a "see" in prose
before an author and a title cites, and an op. cit. whose author no earlier note names repeats
no note we have. The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import classify, parse_note, resolve_references
from citekit.citations.prose import cites_after_see
from citekit.model import Location, Note, NoteKind
from citekit.pipeline import read_bytes
from tests.linear import assert_linear


def _notes(*texts: str) -> list[Note]:
    loc = Location(path="t")
    return resolve_references([parse_note(i, t, location=loc) for i, t in enumerate(texts, 1)])


@pytest.mark.parametrize(
    "text",
    [
        "В 1916 году восстание охватило весь Туркестанский край и значительную часть Степного "
        "края.",
        "The treaty was signed in 1994 and ratified by the parliament two years later.",
        "In 2019, the company reported revenues of more than four billion dollars in the region.",
        "1991 yılında bağımsızlığını ilan eden Türkmenistan, 1995 yılında daimi tarafsızlık "
        "statüsü kazanmıştır.",
        "Bu kitap 1925-nji ýylda ilkinji gezek çap edilipdir we soňra birnäçe gezek gaýtadan "
        "neşir edildi.",
        "Эта дата в разных источниках указывается по-разному: 1731 или 1732 г.",
        "Osmanlı arşiv belgelerinde tarih 1307 Rumi olarak geçmektedir ve bu da miladi 1891 "
        "yılına karşılık gelmektedir.",
    ],
)
def test_years_inside_sentences_are_prose(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        # a citation's date: after a comma, in brackets, a day and a month before it
        "Иванов И. И. История казахского народа в период с древнейших времен до наших дней. "
        "Алматы: Наука, 1998. 340 с.",
        "Особенности течений в период шторма 23–28 марта 2013 г. в северо-восточной части "
        "Черного моря. Википедия. Дата обращения: 17 мая 2022.",
        "Smith (2015) argues that the treaty was never ratified by the parliament.",
        "Сборник документов о восстании в Семиречье, изданный в 1932 году, см. на сайте "
        "archive.kz.",
        "Голод 1932–1933 годов в Казахстане и его последствия для казахского населения "
        "республики. Алматы: Наука.",
        "Osmanlı arşiv belgelerinde tarih 1307 Rumi olarak geçmektedir ve bu da miladi 1891 "
        "yılına karşılık gelmektedir; bkz. Karpat, Osmanlı Nüfusu, s. 50.",
    ],
)
def test_a_citation_with_a_year_stays_a_citation(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "См. примеч. 12.",
        "См. выше, прим. 3.",
        "See note 12 above.",
        "Cf. note 4.",
        "Bkz. 5. dipnot.",
        "Bu konuda bkz. yukarıda 12 numaralı dipnot.",
        "Подробнее см. главу 3 настоящей работы.",
        "This is discussed further in Chapter 5.",
        "Бұл туралы толығырақ 2-тарауда айтылады.",
    ],
)
def test_a_pointer_to_another_note_cites_nothing(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    ["See note 12 in Smith, The Caspian Question.", "См. примеч. 5 в кн.: Петров П. П. Степь."],
)
def test_a_pointer_with_a_name_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


def test_see_in_prose_before_an_author_and_title_cites() -> None:
    text = "On this point, see also Jones, Oil and Empire, 10–12, who reaches the opposite view."
    assert classify(text) is NoteKind.CITATION


def test_an_ibid_skips_prose_with_years_and_pointers() -> None:
    notes = _notes(
        "Иванов И. И. История Казахстана. Алматы: Наука, 1998. С. 45.",
        "В 1916 году восстание охватило весь Туркестанский край и значительную часть Степного "
        "края.",
        "См. примеч. 12.",
        "Там же. С. 47.",
    )
    assert [n.kind for n in notes][1:] == [NoteKind.COMMENT, NoteKind.COMMENT, NoteKind.IBID]
    assert notes[3].refers_to == 1


def test_an_op_cit_of_an_author_no_earlier_note_names_repeats_none() -> None:
    notes = _notes(
        "John Smith, The Caspian Question (London: Routledge, 2015), 23.",
        "Mary Jones, Oil and Empire (Oxford: OUP, 2012), 10.",
        "Brown, op. cit., 40.",
        "Op. cit., 41.",
    )
    assert (notes[2].kind, notes[2].refers_to) == (NoteKind.OPCIT, None)
    assert notes[3].refers_to == 3  # no name: the last note that cites (an op. cit. too)


def test_an_op_cit_finds_its_author_in_the_text_and_repeats_the_full_citation() -> None:
    notes = _notes(
        "Плеханов, А. М. ВЧК-ОГПУ в годы НЭПа / А. М. Плеханов. – Москва : Кучково поле, 2006.",
        "Лубянка. Сталин и ВЧК — ГПУ — ОГПУ — НКВД. М., 2003. С. 22.",
        "Плеханов А. М. Указ. соч. С. 109.",
        "Берхин И. Б. Военная реформа в СССР. М., 1958. С. 5.",
        "Плеханов А. М. Указ. соч. С. 112.",
    )
    assert [n.refers_to for n in notes] == [None, None, 1, None, 1]


@pytest.mark.parametrize(
    ("text", "page"),
    [("Id. at 33.", "33"), ("*Ibid.*, 29.", "29"), ("Ibid., 37 (emphasis added).", "37")],
)
def test_an_ibid_pinpoint_written_bare(text: str, page: str) -> None:
    notes = _notes("John Smith, The Caspian Question (London: Routledge, 2015), 23.", text)
    assert (notes[1].kind, notes[1].refers_to, notes[1].page) == (NoteKind.IBID, 1, page)


@pytest.mark.parametrize("text", ["Aynı makale, s. 12.", "Şu ýerde, 36 s."])
def test_more_ibid_words(text: str) -> None:
    notes = _notes("Ahmet Yılmaz, “Hazar Sorunu”, Avrasya Dosyası, 5(2), 2011, s. 40.", text)
    assert (notes[1].kind, notes[1].refers_to) == (NoteKind.IBID, 1)


def test_a_document_resolves_ibid_past_prose_notes() -> None:
    text = """# Статья

Текст.[^1] Ещё текст.[^2] И ещё.[^3] Конец.[^4]

[^1]: Иванов И. И. История Казахстана. Алматы: Наука, 1998. С. 45.
[^2]: В 1916 году восстание охватило весь Туркестанский край и значительную часть Степного края.
[^3]: Петров П. П. Степь и город. М.: Мысль, 2004. С. 12.
[^4]: Иванов И. И. Указ. соч. С. 50.
"""
    doc = read_bytes(text.encode(), path="statya.md")
    kinds = [(n.number, n.kind, n.refers_to) for n in doc.notes]
    assert kinds == [
        (1, NoteKind.CITATION, None),
        (2, NoteKind.COMMENT, None),
        (3, NoteKind.CITATION, None),
        (4, NoteKind.OPCIT, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Eric Hobsbawm, The Age of Revolution (London: Abacus, 1962), 45.",
        "The Digital Age, BBC News, 2019.",
        "AGE UK, Later Life in the United Kingdom, 2019.",
        "Yılmaz, Son Ay, İstanbul 2010.",
        "Ay Işığı, İstanbul: Can, 2010.",
        "Kaya, Sonda Kalanlar, İstanbul: Can, 2010.",
    ],
)
def test_an_ibid_or_op_cit_word_inside_a_title_is_the_titles(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Yılmaz, age, 52.", NoteKind.OPCIT),
        ("Age, 45.", NoteKind.OPCIT),
        ("Yılmaz (2015), a.g.e.", NoteKind.OPCIT),
        ("Katz and Lindell, ibid.", NoteKind.IBID),
        ("For a fuller discussion see ibid., 52–60.", NoteKind.IBID),
        ("Ibid. The author adds that the figure is too low.", NoteKind.IBID),
        ("<i>Ibid.</i>, 45.", NoteKind.IBID),
        ("↑ 1 2 Там же. С. 45.", NoteKind.IBID),
        ("Yine aynı yer.", NoteKind.IBID),
    ],
)
def test_an_ibid_or_op_cit_word_where_one_is_written(text: str, kind: NoteKind) -> None:
    assert classify(text) is kind


def test_an_op_cit_after_an_author_date_head_finds_the_author() -> None:
    notes = _notes(
        "Yılmaz, A. (2015). Orta Asya siyaseti. Ankara: Nobel.",
        "Kaya, M. (2010). Türk dış politikası. Ankara: Nobel.",
        "Yılmaz (2015), a.g.e., s. 4.",
    )
    assert (notes[2].kind, notes[2].refers_to, notes[2].page) == (NoteKind.OPCIT, 1, "4")


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J., The politics of oil in the former soviet republics of central asia.",
        "Иванов И. И. История казахского народа в период с древнейших времен до наших дней.",
        "И. И. Иванов. История казахского народа в период с древнейших времен до наших дней.",
    ],
)
def test_a_note_opening_with_a_name_and_initials_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "Yine a.g.e., s. 5.",
        "Y.a.g.e., s. 5.",
        "Yılmaz, a.g.t., s. 45.",
        "Yılmaz a.g.e. s. 45.",
        "Yılmaz, “Hazar”, a.g.m., s. 45.",
    ],
)
def test_more_turkish_op_cit_forms(text: str) -> None:
    assert classify(text) is NoteKind.OPCIT


def test_an_op_cit_after_the_same_author_word_repeats_the_last_source() -> None:
    notes = _notes(
        "Fuat Köprülü, Türk Edebiyatında İlk Mutasavvıflar (Ankara: TTK, 1976), s. 88.",
        "Ahmet Yaşar Ocak, Türk Sufiliğine Bakışlar (İstanbul: İletişim, 1996), s. 23.",
        "Aynı müellif, a.g.e., s. 25.",
    )
    assert (notes[2].kind, notes[2].refers_to) == (NoteKind.OPCIT, 2)


@pytest.mark.parametrize(
    "text", ["Иванов И. И. История… Указ. изд. С. 45.", "Иванов И. И. [и др.] Указ. соч. С. 45."]
)
def test_an_op_cit_with_a_short_title_or_others_finds_its_author(text: str) -> None:
    notes = _notes(
        "Иванов И. И. История Казахстана. Алматы: Наука, 1998. С. 45.",
        "Петров П. П. Степь и город. М.: Мысль, 2004. С. 12.",
        text,
    )
    assert (notes[2].kind, notes[2].refers_to) == (NoteKind.OPCIT, 1)


@pytest.mark.parametrize(
    "text",
    [
        "История Казахстана с древнейших времен до наших дней в пяти томах. Т. 3.",
        "Қазақстан тарихы көне заманнан бүгінге дейін: бес томдық. 3-том.",
        "Обвиненный в домогательствах режиссер возмутился поведением актрисы и зрителей. С. 23.",
    ],
)
def test_a_page_or_volume_with_its_number_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [("As cited in ibid., 45.", NoteKind.IBID), ("Akt. Yılmaz, a.g.e., s. 45.", NoteKind.OPCIT)],
)
def test_an_ibid_or_op_cit_after_a_cited_in_word(text: str, kind: NoteKind) -> None:
    assert classify(text) is kind


def test_many_see_words_are_read_in_linear_time() -> None:
    # each "see" looks a few words ahead, not over the rest of the note
    assert_linear(lambda n: "See also the discussion in " * n, cites_after_see, 4000)
    assert cites_after_see("On this point, " + "see the notes above; " * 50 + "see Jones, Oil, 10.")
