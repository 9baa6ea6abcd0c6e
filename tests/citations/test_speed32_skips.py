"""Session 32's exact skips: a genre's and a byline label's words are looked for only in a run
that opens on one of their first words, each run's words lowered once; a page's word glued to
its number and a role's list ask the note's marks once (`marks_union`); a heading of names
joined by dashes asks the note's token texts for a dash. With the skips answering "present"
the parse is the same, and the passes still read the notes they are for."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations import cued_types
from citekit.citations.editorial_history import gives_editorial_history
from citekit.citations.tagger import (
    bylines,
    genre_heads,
    glued_pages,
    inverted_roles,
    named_roles,
    number_titles,
    unnumbered_pages,
    written_numbers,
)
from citekit.citations.tagger.prechecks import folds_as_casefold
from citekit.citations.tagger.tokens import DASHES, Token, casefolded_set, decimal_set, tokenize
from tests.citations.parsed import first_citation
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Kara, Mehmet – Yıldız, Ayşe. Osmanlı Tarihi. Ankara: TTK, 2010.",
    "Kafesoğlu, İbrahim – Turan, Osman, Türk Tarihi, İstanbul: Ötüken, 1998, s. 45.",
    "Yazar: Murat Yetkin, “Seçim sonrası dengeler”, Hürriyet, 12 Mart 2019, https://www.hurriyet.com.tr/yazarlar/123",
    "By John Smith, “Budget talks stall”, The Guardian, 3 May 2020, https://www.theguardian.com/politics/123",
    "Analysis, “Kazakhstan’s new constitution”, Eurasianet, 5 June 2022, https://eurasianet.org/kazakhstan-constitution",
    "Комментарий, Российский совет по международным делам, 12.03.2021, https://russiancouncil.ru/analytics/123",
    "Yorum, “Seçim sonrası dengeler”, Hürriyet, 12 Mart 2019, https://www.hurriyet.com.tr/yorum/123",
    "Иванов И. И. История. М.: Наука, 1999. 12с.",
    "Smith J. History of Turkey. London: Routledge, 2001, 25pp.",
    "Ed. by John Smith and Mary Jones, The Steppe Empires, Oxford: OUP, 2004.",
    "Пушкин А. С. Сочинения / под ред. И. И. Иванова, П. П. Петрова. М.: Наука, 1985.",
    "Tolstoy L. War and Peace, trans. Louise Maude and Aylmer Maude. Oxford: OUP, 1998.",
    "Gibbon E. The History of the Decline and Fall. London: Strahan, 1776, 6 vols.",
    "Köprülü, Fuad. Türk Edebiyatı Tarihi. İstanbul: Ötüken, 1981, 3 cilt.",
]


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=32)


@pytest.fixture(scope="module")
def guarded(notes: list[str]) -> list[str]:
    """The notes' parse with every precheck as shipped, read once for the module's tests."""
    return parsed(notes)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_skips_answering_present_change_no_parse(
    notes: list[str], guarded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_present(
        monkeypatch,
        texts=(DASHES, (inverted_roles,)),
        marks=(frozenset({"Bpage", *named_roles._ROLES}), (glued_pages, named_roles)),
    )
    # no first word turns a run away: every genre and byline label is walked
    monkeypatch.setattr(genre_heads, "_genre_heads", lambda: None)
    monkeypatch.setattr(bylines, "_label_heads", lambda: None)
    assert parsed(notes) == guarded


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_number_skips_answering_present_change_no_parse(
    notes: list[str], guarded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_present(monkeypatch, texts=(frozenset({"["}), (unnumbered_pages,)))

    def every_number(tokens: list[Token]) -> frozenset[str]:
        return decimal_set(tokens) | {"0"}  # a number in every note: the passes run whole

    for module in (number_titles, written_numbers):
        monkeypatch.setattr(module, "decimal_set", every_number)
    assert parsed(notes) == guarded


def test_decimal_set_is_the_notes_numbers(notes: list[str]) -> None:
    for note in notes:
        tokens = tokenize(note)
        numbers = decimal_set(tokens)
        assert numbers == {t.text for t in tokens if t.text.isdecimal()}
        assert decimal_set(tokens) is numbers  # made once for the list


def test_folds_as_casefold_asks_every_word(notes: list[str]) -> None:
    for note in [*notes, "İstanbul: İletişim, 2001.", "İİBF Dergisi, 12"]:
        folded = casefolded_set(tokenize(note))
        assert folds_as_casefold(folded) == all("\u0307" not in word for word in folded)


@pytest.mark.parametrize(
    ("text", "history"),
    [
        ("Статья поступила в редакцию 12.03.2021.", True),
        ("Geliş Tarihi: 12.03.2021, Kabul Tarihi: 03.05.2021.", True),
        ("Received 12 March 2021; accepted 3 May 2021.", True),
        ("Received: no date.", False),
        ("Иванов И. И. История. М., 1999.", False),
    ],
)
def test_editorial_history_told_as_before(text: str, history: bool) -> None:
    assert gives_editorial_history(text) is history


def _walked_genre_end(tokens: list[Token], a: int, b: int) -> int | None:
    """`genre_heads._genre_end` as it was written: each genre's words lowered anew."""
    for words in genre_heads._genres():
        end = a + len(words)
        if end > b or tuple(genre_heads.lower(t.text) for t in tokens[a:end]) != words:
            continue
        if end == b or tokens[end].text in genre_heads._MARKS:
            return end
    return None


def test_genre_end_is_the_walk_over_every_genre(notes: list[str]) -> None:
    for note in notes:
        tokens = tokenize(note)
        for a in range(min(len(tokens), 12)):
            for b in range(a, min(len(tokens), a + 5) + 1):
                assert genre_heads._genre_end(tokens, a, b) == _walked_genre_end(tokens, a, b)


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        (
            "Kara, Mehmet – Yıldız, Ayşe. Osmanlı Tarihi. Ankara: TTK, 2010.",
            "authors",
            "Kara Yıldız",
        ),
        (
            "Kafesoğlu, İbrahim – Turan, Osman, Türk Tarihi, İstanbul: Ötüken, 1998, s. 45.",
            "authors",
            "Kafesoğlu Turan",
        ),
        (
            "Yazar: Murat Yetkin, “Seçim sonrası dengeler”, Hürriyet, 12 Mart 2019,"
            " https://www.hurriyet.com.tr/yazarlar/123",
            "authors",
            "Yetkin",
        ),
        (
            "By John Smith, “Budget talks stall”, The Guardian, 3 May 2020,"
            " https://www.theguardian.com/politics/123",
            "authors",
            "Smith",
        ),
        (
            "Analysis, “Kazakhstan’s new constitution”, Eurasianet, 5 June 2022,"
            " https://eurasianet.org/kazakhstan-constitution",
            "genre",
            "Analysis",
        ),
        (
            "Комментарий, Российский совет по международным делам, 12.03.2021,"
            " https://russiancouncil.ru/analytics/123",
            "genre",
            "Комментарий",
        ),
        (
            "Yorum, “Seçim sonrası dengeler”, Hürriyet, 12 Mart 2019,"
            " https://www.hurriyet.com.tr/yorum/123",
            "genre",
            "Yorum",
        ),
        ("Иванов И. И. История. М.: Наука, 1999. 12с.", "extent", "12"),
        ("Smith J. History of Turkey. London: Routledge, 2001, 25pp.", "extent", "25"),
        (
            "Ed. by John Smith and Mary Jones, The Steppe Empires, Oxford: OUP, 2004.",
            "editors",
            "Smith Jones",
        ),
        (
            "Tolstoy L. War and Peace, trans. Louise Maude and Aylmer Maude. Oxford: OUP, 1998.",
            "translators",
            "Maude Maude",
        ),
        ("Köprülü, Fuad. Türk Edebiyatı Tarihi. İstanbul: Ötüken, 1981, 3 cilt.", "volume", ""),
        (
            "Gibbon E. The History of the Decline and Fall. London: Strahan, 1776, 6 vols.",
            "volume",
            "",
        ),
        ("Ахмедов Б. Тарих. Ташкент: Фан, 1990. 3 т.", "volume", ""),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = first_citation(note)
    got = {
        "authors": " ".join(n.family or "" for n in record.authors),
        "editors": " ".join(n.family or "" for n in record.editors),
        "translators": " ".join(n.family or "" for n in record.translators),
        "genre": record.genre or "",
        "extent": record.number_of_pages or "",
        "volume": record.volume or "",
    }
    assert got[field] == value


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Smith, John. “Nomads and the State.” Paper presented at the Annual Meeting of the"
            " Central Eurasian Studies Society, Bloomington, October 2019.",
            "paper-conference",
        ),
        (
            "Иванов И. И. Реформы в Средней Азии: доклад на заседании Учёного совета ИВ РАН,"
            " Москва, 12 марта 2015 г.",
            "paper-conference",
        ),
        (
            "Kaya, Ali. “Türk Dilinde Fiilimsiler.” XI. Uluslararası Türk Dili Kurultayında"
            " sunulan bildiri, Ankara, 2008.",
            "paper-conference",
        ),
        (
            "Jones M. Poster presented at the European Congress of Linguists, Vienna, 2021.",
            "paper-conference",
        ),
        (
            "Сейтқали Б. Абай мұрасы: Халықаралық конференцияда жасалған баяндама. Алматы, 2010.",
            "paper-conference",
        ),
        # with an extent, a talk printed as a brochure
        ("Доклад на VIII съезде Советов. М.: Партиздат, 1936. 48 с.", "report"),
    ],
)
def test_talks_still_typed_by_where_given(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
@pytest.mark.parametrize(
    "note",
    [
        "Иванов И. И. История Казахстана. Алматы: Гылым, 1999. 320 с.",
        "Smith, J. (2019). The steppe frontier. Routledge.",
        "Kaya, Ali. Orta Asya Tarihi. Ankara: Nobel, 2019, s. 45.",
    ],
)
def test_presented_phrase_not_scanned_without_its_cue(
    note: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def counted(untitled: str) -> bool:
        asked.append(untitled)
        return False

    monkeypatch.setattr(cued_types, "_presented", counted)
    first_citation(note)
    assert asked == []
