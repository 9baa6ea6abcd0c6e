"""Session 31's exact prechecks: the izafet passes ask the note's token texts for a hyphen and an
izafet suffix, the page sums for a plus, APA's bracketed extent for an opening bracket, a
one-letter place for its area's dash and its colon; the later passes ask for an apostrophe
(an inflected name), a number's label (a numbered release), a closing quote (a dated host), a
slash (a letter's head, a host of two sentences) and a month's mark (a month-first day). With
the prechecks answering "present" the parse is the same, and the passes still read the notes
they are for."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations.legal_words import number_labels
from citekit.citations.tagger import (
    dated_hosts,
    host_sentences,
    inflected_names,
    izafet_presses,
    letter_heads,
    letter_places,
    month_first_days,
    numbered_releases,
    page_sums,
)
from citekit.citations.tagger.tokens import DASHES
from tests.citations.parsed import first_citation
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Âşıkpaşazâde, Tevârîh-i Âl-i Osman, II, İstanbul: Matbaa-i Âmire, 1332.",
    "Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.",
    "Mehmed Süreyya, Sicill-i Osmanî, İstanbul: Matbaa-yı Âmire, 1308, c. 2, s. 45.",
    "Lütfi Paşa, Tevârih-i Âl-i Osman, İstanbul: Matbaa-i Âmire, 1341.",
    "Hobsbawm E. The Age of Empire. London: Abacus, 1994. xii + 404 p.",
    "Jones, M. The Steppe (xii + 288 pp.). Oxford: Clarendon, 2004.",
    "Smith, J. (2019). The steppe frontier (304 pp.). Routledge.",
    "Иванов И. И. Очерки истории. М.: Наука, 1979. — xvi + 320 с.",
    "Kaya, Ali. Orta Asya (Ankara: Nobel, 2019), 45.",
    "Рахимов Р. Нефть и газ. Алматы, 2010. 200 б.",
    "Сейфуллин С. Тар жол, тайғақ кешу. – А.: Жазушы, 1991. – 400 б.",
    "Петров П. П. Записки. — М.: Наука, 1985. — 210 с.",
    "Ahmet Yaşar Ocak vd., Türkiye’de Tarikatlar, İstanbul: İSAM, 2005, s. 12.",
    "Mehmet Ali Kaya ve diğerleri, Osmanlı Tarihi, Ankara: TTK, 2010.",
    "Veli Demir, Milliyet’in Yayın Politikası, Ankara: Siyasal, 2011.",
    "Иванов И. И. Реформы // Вестник КазНУ. Серия историческая. 2015. № 2. С. 5–9.",
    "“Deprem bölgesinde son durum.” Habertürk 8 Şubat 2023.",
    "“Senate Passes Budget Bill.” New York Times April 25, 2018.",
    "Пресс-релиз № 45 от 12.03.2021 «О визите Министра» // МИД Туркменистана. 2021.",
    "Письмо А. П. Чехова к А. С. Суворину от 12 мая 1890 г. // Чехов А. П. Полное собрание"
    " сочинений. М.: Наука, 1976. Т. 4. С. 45.",
    "Smith, J. Studies, in Journal of Asian History 104, 1 (Mar. 2022), 45–56.",
    "Kaya, Ali. Wilhelm Radloff ve Türkoloji. Ankara: TDK, 2004.",
]

# every text the prechecks ask for: present, the passes run their whole work
_TEXTS = frozenset({"-", "+", "(", ":", *DASHES, *izafet_presses._izafet()})
# the later passes' texts, words and marks: an apostrophe, a closing quote, a slash; a number's
# label; a month's name
_LATER_TEXTS = frozenset({"'", "’", "/", *dated_hosts._CLOSERS})


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=31)


@pytest.fixture(scope="module")
def guarded(notes: list[str]) -> list[str]:
    """The notes' parse with every precheck as shipped, read once for the module's tests."""
    return parsed(notes)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], guarded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_present(monkeypatch, texts=(_TEXTS, (izafet_presses, letter_places, page_sums)))
    assert parsed(notes) == guarded


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_later_prechecks_answering_present_change_no_parse(
    notes: list[str], guarded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_present(
        monkeypatch,
        texts=(_LATER_TEXTS, (dated_hosts, host_sentences, inflected_names, letter_heads)),
        words=(number_labels(), (numbered_releases,)),
        marks=(frozenset({"month"}), (month_first_days,)),
    )
    assert parsed(notes) == guarded


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        (
            "Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.",
            "publisher",
            "Matbaa-i Âmire",
        ),
        (
            "Lütfi Paşa, Tevârih-i Âl-i Osman, İstanbul: Matbaa-i Âmire, 1341.",
            "title",
            "Tevârih-i Âl-i Osman",
        ),
        ("Hobsbawm E. The Age of Empire. London: Abacus, 1994. xii + 404 p.", "extent", "404"),
        ("Smith, J. (2019). The steppe frontier (304 pp.). Routledge.", "extent", "304"),
        ("Сейфуллин С. Тар жол, тайғақ кешу. – А.: Жазушы, 1991. – 400 б.", "place", "А."),
        ("Ahmet Yaşar Ocak vd., Türkiye’de Tarikatlar, İstanbul: İSAM, 2005.", "author", "Ocak"),
        (
            "Veli Demir, Milliyet’in Yayın Politikası, Ankara: Siyasal, 2011.",
            "title",
            "Milliyet’in",
        ),
        ("“Deprem bölgesinde son durum.” Habertürk 8 Şubat 2023.", "container", "Habertürk"),
        (
            "Иванов И. И. Реформы // Вестник КазНУ. Серия историческая. 2015. № 2. С. 5–9.",
            "container",
            "Вестник КазНУ. Серия историческая",
        ),
        (
            "Пресс-релиз № 45 от 12.03.2021 «О визите Министра» // МИД Туркменистана. 2021.",
            "title",
            "Пресс-релиз № 45",
        ),
        (
            "Письмо А. П. Чехова к А. С. Суворину от 12 мая 1890 г. // Чехов А. П. Полное"
            " собрание сочинений. М.: Наука, 1976. Т. 4. С. 45.",
            "title",
            "Письмо А. П. Чехова",
        ),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = first_citation(note)
    got = {
        "publisher": record.publisher or "",
        "title": record.title or "",
        "extent": record.number_of_pages or "",
        "place": record.publisher_place or "",
        "container": record.container or "",
        "author": " ".join(name.family or "" for name in record.authors),
    }[field]
    assert value in got
