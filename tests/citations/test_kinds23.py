"""Note kinds and what a repeat repeats (session 23): romanised and archival / legal repeat
words (`Tam zhe`, `Aynı belge`, `Aynı Kanun`, `Указ. закон`, `Жоғарыда аталған еңбек`); a
remark opening with the word for the work's own author (`Yazar, …`); a pointer with a year
inside its prose; a sentence of prose around a quoted name; a "see" sentence after an ibid's
page; a name after "the same author" as the title; notes of formal prose whose every sentence
closes on a finite verb. The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import classify, parse_note, resolve_references
from citekit.model import Location, Note, NoteKind

_AT = Location(path="t")
_BARTOLD = "Bartol'd V. V. Turkestan v epokhu mongol'skogo nashestviya. Moscow: Nauka, 1963. P. 45."
_KASYMBAEV = "Қасымбаев Ж. Қ. Кенесары хан. – Алматы : Білім, 1993. – 176 б."
_BEKMAKHANOV = "Бекмаханов Е. Б. Қазақстан XIX ғасырдың 20–40 жылдарында. – Алматы : Санат, 1994."
_OLCOTT = "Martha Brill Olcott, The Kazakhs (Stanford, CA: Hoover Institution Press, 1995), 45."
_TEMIR = "Ahmet Temir, “Türkistan’da Cedidcilik Hareketi”, Türk Kültürü, S. 45 (1966), s. 12."


def _last(*texts: str) -> Note:
    notes = [parse_note(i + 1, t, location=_AT) for i, t in enumerate(texts)]
    return resolve_references(notes)[-1]


@pytest.mark.parametrize(
    ("before", "text", "kind"),
    [
        (_BARTOLD, "Tam zhe. P. 47.", NoteKind.IBID),
        ("BOA, DH.MKT, 1523/45.", "Aynı belge.", NoteKind.IBID),
        (
            "5237 sayılı Türk Ceza Kanunu, Resmî Gazete, 12.10.2004, S. 25611.",
            "Aynı Kanun, md. 81.",
            NoteKind.IBID,
        ),
        (
            "Гражданский кодекс РФ от 30.11.1994 № 51-ФЗ // СЗ РФ. 1994. № 32.",
            "Указ. закон. Ст. 12.",
            NoteKind.OPCIT,
        ),
    ],
)
def test_repeat_words_of_archives_laws_and_romanised_russian(
    before: str, text: str, kind: NoteKind
) -> None:
    note = _last(before, text)
    assert note.kind is kind
    assert note.refers_to == 1


def test_an_op_cit_word_after_above_names_no_author() -> None:
    note = _last(_KASYMBAEV, _BEKMAKHANOV, "Жоғарыда аталған еңбек. 60-б.")
    assert note.kind is NoteKind.OPCIT
    assert note.refers_to == 2  # the last source: "above" is no author's name
    assert note.page == "60"


@pytest.mark.parametrize(
    "text",
    [
        "Yazar, bu konudaki görüşlerini daha sonra değiştirmiştir.",
        "Автор, впрочем, не указывает источника этих сведений.",
        "On the famine of 1932–33 see below.",
        "О событиях 1916 г. подробнее см. ниже.",
        "Мақала 2019 жылы «Жас ғалым» конкурсында баяндалған.",
        "Bu ifade ilk kez 1920 yılında “yeni usul” okullarında kullanılmıştır.",
        "Osmanlı Devleti’nde ilk nüfus sayımı 1831 yılında II. Mahmud döneminde yapılmıştır.",
        "Cedid kelimesi Arapça “yeni” anlamına gelmektedir.",
        "The Treaty of Kiakhta was signed between the Russian Empire and Qing China in 1727.",
        "Термин «евразийство» впервые появился в сборнике статей, вышедшем в Софии в 1921 г.",
        "Bu çalışmada “Türkistan” kavramı Batı ve Doğu Türkistan’ı kapsayacak şekilde "
        "kullanılmıştır.",
    ],
)
def test_remarks_and_prose_cite_nothing(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Yılmaz, türk dış politikası hakkında bazı notlar.",  # an author, then a title
        "Мұхтар Әуезовтің «Абай жолы» романында бұл оқиға егжей-тегжейлі суреттеледі.",
        "Бұл туралы М. Қозыбаевтың «Ақтаңдақтар ақиқаты» (Алматы, 1992) еңбегінде айтылған.",
        "Bu bilgi, 12 Mayıs 2019'da Ankara'da yapılan görüşmeden alınmıştır.",  # an interview
        "Мукашев, Қасым-Жомарт Тоқаев ертең Қырғыз Республикасына мемлекеттік сапармен барады.",
        "Kaya, Türk Tarihi, 45. Vurgu tarafımızdan eklenmiştir.",  # a page, then a remark
        "Anadolu Ajansı, “Kazakistan’da erken seçim yapılmıştır”.",  # a headline's verb
        "Why Kazakhstan is changing, BBC News.",  # a headline, then its site
        "Об этом подробно писал Н. Масанов в книге «Кочевая цивилизация казахов».",
    ],
)
def test_notes_that_name_a_work_or_a_source_still_cite(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


def test_a_see_sentence_after_an_ibid_page_is_a_second_source() -> None:
    note = _last(
        "Masanov N. E. Kochevaya tsivilizatsiya kazakhov. Moscow, 1995. P. 90.",
        "Ibid., p. 95. For a different view, see Anatoly M. Khazanov, Nomads and the Outside "
        "World (Madison: University of Wisconsin Press, 1994), 12.",
    )
    assert note.kind is NoteKind.CITATION
    assert len(note.citations) == 2
    assert note.citations[0].page == "95"
    assert note.citations[1].title == "Nomads and the Outside World"


def test_a_name_after_the_same_author_word_is_the_title() -> None:
    note = _last(_TEMIR, "Aynı yazar, Yusuf Akçura (Ankara: Kültür Bakanlığı, 1987), s. 40.")
    assert note.kind is NoteKind.CITATION
    first = note.citations[0]
    assert first.title == "Yusuf Akçura"
    assert [str(n) for n in first.authors] == ["Ahmet Temir"]


@pytest.mark.parametrize(
    ("earlier", "text", "target"),
    [
        ((_OLCOTT, "Yazar, bu konudaki görüşlerini daha sonra değiştirmiştir."), "Ibid., 47.", 1),
        ((_OLCOTT, "On the famine of 1932–33 see below."), "Ibid., 47.", 1),
        (
            (_KASYMBAEV, "Автор бұл деректі көрсеткені үшін Т. Омарбековке алғыс білдіреді."),
            "Сонда. 18-б.",
            1,
        ),
    ],
)
def test_an_ibid_skips_remarks_to_the_last_citing_note(
    earlier: tuple[str, ...], text: str, target: int
) -> None:
    note = _last(*earlier, text)
    assert note.kind is NoteKind.IBID
    assert note.refers_to == target


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (
            (
                "Fuad Köprülü, Türk Edebiyatında İlk Mutasavvıflar (Ankara: Diyanet, 1976), 25.",
                "Ahmet Yaşar Ocak, Babaîler İsyanı (İstanbul: Dergâh, 1996), 78.",
            ),
            "Köprülü’nün adı geçen eseri, s. 40.",
        ),
        ((_KASYMBAEV, _BEKMAKHANOV), "Қасымбаевтың аталған еңбегі, 45-б."),
    ],
)
def test_an_op_cit_of_an_author_in_the_genitive(earlier: tuple[str, ...], text: str) -> None:
    note = _last(*earlier, text)
    assert note.kind is NoteKind.OPCIT
    assert note.refers_to == 1  # the author's work, not the last one cited


@pytest.mark.parametrize(
    "text",
    [
        "По другим данным — 1865 год.",
        "В некоторых источниках — Сарыарка.",
        "Басқа деректер бойынша — 1865 жыл.",
        "Başka kaynaklara göre 1865.",
        "According to other sources, 1865.",
        "За іншими даними — 1865 рік.",
        "Not: Tarihler Rumi takvime göre verilmiştir.",
        "Note: All translations from Kazakh are mine.",
    ],
)
def test_other_data_glosses_and_labelled_remarks_cite_nothing(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT
