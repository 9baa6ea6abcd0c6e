"""Session 29's exact prechecks: the passes added in session 29 first ask the note's shared sets
(`tokens.text_set`, `tokens.casefolded_set`) whether the mark or word they need stands in the
note at all. With the prechecks answering "present" the parse is the same, and the passes
still read the notes they are for."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations import parse_note
from citekit.citations.names import family_suffixes
from citekit.citations.tagger import (
    as_of_dates,
    cased_issues,
    colon_publishers,
    father_words,
    glued_issues,
    ordinal_volumes,
    publisher_series,
    report_kinds,
    signed_titles,
    spaced_volumes,
    titled_initials,
    volume_parts,
)
from citekit.citations.tagger.roles import PERSONS
from citekit.citations.tagger.tokens import DASHES, tokenize
from citekit.model import Location
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Məmmədov Əli Hüseyn oğlu. Azərbaycan tarixi. Bakı: Elm, 2010. 320 s.",
    "Əliyeva Səbinə Rafiq qızı, Quliyev Vaqif Tofiq oğlu. Dilçilik məsələləri. Bakı, 2015.",
    "Численность населения Республики Казахстан на 1 января 2022 г. Астана, 2022.",
    "Отчёт о деятельности за 2019 г. Алматы, 2020. 45 с.",
    "Yılmaz, A. Osmanlı'da vakıf. Tarih Dergisi, C. 12, S. 3, 2010, s. 45-60.",
    "Cooley, A. Great Games, Local Rules. Oxford: Oxford University Press, 2012.",
    "Cummings, S. Understanding Central Asia. Almaty: Kazakhstan Institute for Strategic "
    "Studies, 2015.",
    "Türkiye'nin Enerji Politikası, SETA, Rapor, İstanbul, 2016.",
    "Kaya, M. Göç ve kimlik, Değerlendirme Notu, Ankara, 2018.",
    "Иванов И. И. История края / И. И. Иванов, Институт истории. М.: Наука, 2005. 210 с.",
    "Akar, B. Türk Dili. Ankara: TDK Yayınları, 5. Dizi, No. 12, 2004.",
    "Smith J. Steppe trade. Central Asian Survey 12(3), 2001, 45-67.",
    "Köprülü, F. Türk Edebiyatı Tarihi, II. Cilt, İstanbul, 1981.",
    "Абай. Шығармалар жинағы. Алматы: Жазушы, 1995. – 4 т. – 320 б.",
    "Петров П. Сочинения. Т. 3/1. М., 1999. 400 с.",
    "Brown, T. A. Ph. The Silk Road Cities. London, 2010.",
    "Hayat Mecmuası, S. 45, 3 Ekim 1927, s. 8.",
    "Brown, A. (2018). Bird song. Journal of Neuroscience, 282(1801), 20142155.",
    "Абенова Г. Т. Тарихи зерттеулер / Ин-т истории. – Алматы, 2008.",
    "Uzunçarşılı, İ. H. Osmanlı Tarihi, Ankara 1988, C. III/1, s. 45.",
]

# every text and word the prechecks ask for: present, the passes run their whole work
_TEXTS = frozenset(
    {":", "/", "(", *DASHES}
    | family_suffixes()
    | ordinal_volumes._volume_words()
    | publisher_series._series_words()
    | report_kinds._kind_openers()
    | {page for _, page in cased_issues._cased_labels()}
)
_WORDS = as_of_dates._openers()


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=29)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = parsed(notes)
    texts = (
        cased_issues,
        colon_publishers,
        father_words,
        glued_issues,
        ordinal_volumes,
        publisher_series,
        report_kinds,
        signed_titles,
        spaced_volumes,
        volume_parts,
    )
    answer_present(monkeypatch, texts=(_TEXTS, texts), words=(_WORDS, (as_of_dates,)))
    assert parsed(notes) == guarded


@pytest.mark.parametrize("note", _WRITTEN)
def test_titled_initials_without_persons_change_nothing(note: str) -> None:
    """With no person's run the pass returns its labels unchanged (its precheck's promise)."""
    tokens = tokenize(note)
    labels = ["title"] * len(tokens)
    marks: list[set[str]] = [set() for _ in tokens]
    assert PERSONS.isdisjoint(labels)
    assert titled_initials.initials_opening_titles(tokens, marks, labels) == labels


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        ("Yılmaz, A. Osmanlı'da vakıf. Tarih Dergisi, C. 12, S. 3, 2010, s. 45-60.", "issue", "3"),
        ("Köprülü, F. Türk Edebiyatı Tarihi, II. Cilt, İstanbul, 1981.", "volume", "II"),
        (
            "Cummings, S. Understanding Central Asia. Almaty: Kazakhstan Institute for Strategic "
            "Studies, 2015.",
            "publisher",
            "Kazakhstan Institute for Strategic Studies",
        ),
        ("Məmmədov Əli Hüseyn oğlu. Azərbaycan tarixi. Bakı: Elm, 2010. 320 s.", "title", "tarixi"),
        (
            "Численность населения Республики Казахстан на 1 января 2022 г. Астана, 2022.",
            "title",
            "на 1 января 2022 г.",
        ),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = parse_note(1, note, location=Location(path="prechecks")).citations[0]
    got = {
        "issue": record.issue or "",
        "volume": record.volume or "",
        "publisher": record.publisher or "",
        "title": record.title or "",
    }[field]
    assert value in got
