"""Session 28's exact prechecks: a pass that needs a mark, a word or a lexicon mark somewhere
in the note first asks the note's shared sets (`tokens.text_set`, `tokens.casefolded_set`,
`prechecks.marks_union`) instead of scanning its tokens. With the prechecks answering "present"
the parse is the same; the rewritten scans give their old answers; and the passes still read
the notes they are for."""

from __future__ import annotations

import random

import pytest

from citekit._native import mode
from citekit.citations import parse_note, type_cues
from citekit.citations.tagger import (
    chapter_locators,
    imprinted,
    places,
    presented,
    publ,
    role_abbreviations,
    worded_chapters,
    written_numbers,
)
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token, casefolded_set, text_set, tokenize
from citekit.model import Location
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Smith, J. (2017). Media literacy. Paper presented at the National Education Congress, Ankara.",
    "Topçu, E. (2017). Medya okuryazarlığı. Ulusal Eğitim Kongresi'nde sunulan bildiri, Ankara.",
    "Osmanlı Toplumu, Der. Murat Belge, İstanbul: İletişim, 2002.",
    "Der. Ahmet Yıldız, Türk Modernleşmesi, İstanbul: Dergâh, 2010.",
    "Kemal H. Karpat, İslam'ın Siyasallaşması, çev. Şiar Yalçın, İstanbul, 2004.",
    "Иванов И. И. Степные города // Вопросы истории. 2008. №2. С. 1012-1020.",
    "Ахметов А. Қазақ тарихы // Қазақ тарихы. 2015. №1-1. 8-11 б.",
    "Halil İnalcık, Osmanlı İmparatorluğu, Bölüm 3, İstanbul: YKY, 2003, s. 45.",
    "Smith, John. The Silk Road, Chapter Three, London: Routledge, 2010.",
    "Сейфуллин С. Шығармалары. Алматы: «Санат», 1997. 320 б.",
    "Jones, P. The Steppe (London: Routledge, 2005), 12.",
    "Налоговый кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI.",
    "Гражданский кодекс РФ (часть первая) от 30.11.1994 № 51-ФЗ // СЗ РФ. 1994. № 32.",
    "Ata, B. 5-nji sah. Aşgabat, 2012.",
    "Bennett, C. (2019). Water politics. Paper presented at the Annual Meeting, Boston, MA.",
    "Gorenburg, D. Minority Ethnic Mobilization (Cambridge: Cambridge University Press, 2003).",
    "Zhukov, V. Mezhdu Kavkazom i Moskvoi (Between the Caucasus and Moscow). Moskva, 2010.",
    "Ufa, Izd-vo Instituta «Vysshaya shkola» Publ., 1986. 240 p.",
    "UNICEF Europe and Central Asia. Child poverty. Geneva: UNICEF, 2017.",
]

# every text and mark the prechecks ask for: present, the passes run their whole work
_TEXTS = frozenset(
    {"№", "(", *QUOTES, *worded_chapters._numbers(), *chapter_locators._words()}
    | role_abbreviations._cased()
)
_MARKS = frozenset({"Bpage", "editor", "translator"})
_PHRASE_WORDS = frozenset(w for phrase, _ in presented._phrases() for w in phrase)
_WORDS = _PHRASE_WORDS | publ._words()


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=28)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = parsed(notes)
    texts = (role_abbreviations, written_numbers, worded_chapters, chapter_locators, places)
    answer_present(
        monkeypatch,
        texts=(_TEXTS, texts),
        words=(_WORDS, (presented, publ)),
        marks=(_MARKS, (role_abbreviations, written_numbers)),
    )
    assert parsed(notes) == guarded


def _random_tokens(rng: random.Random) -> list[Token]:
    pool = ["(", ")", "«", "»", "“", "”", '"', "„", "a", "B", "1", ".", ",", "Санат"]
    text = " ".join(rng.choices(pool, k=rng.randint(0, 8)))
    return tokenize(text)


def test_quote_and_bracket_sets_as_scans() -> None:
    """The quote and bracket tests read from the note's set answer as the scans did."""
    rng = random.Random(28)
    for _ in range(3000):
        tokens = _random_tokens(rng)
        texts = text_set(tokens)
        assert texts.isdisjoint(QUOTES) == (not any(t.text in QUOTES for t in tokens))
        assert ("(" not in texts or not texts.isdisjoint(imprinted._QUOTES)) == (
            not any(t.text == "(" for t in tokens)
            or any(t.text in imprinted._QUOTES for t in tokens)
        )


def _find_before(tokens: list[Token]) -> tuple[int, int, bool] | None:
    """`presented._find` as written before its phrases were filtered."""
    folded = [t.text.casefold() for t in tokens]
    for phrase, opens in presented._phrases():
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if tuple(folded[i : i + n]) == phrase:
                return i, i + n, opens
    return None


def test_presented_phrases_found_as_before() -> None:
    words = [*sorted(_PHRASE_WORDS), "Paper", "PRESENTED", "at", "the", "Congress", ",", "."]
    rng = random.Random(29)
    for _ in range(3000):
        tokens = tokenize(" ".join(rng.choices(words, k=rng.randint(0, 10))))
        folded = casefolded_set(tokens)
        kept = [(p, o) for p, o in presented._phrases() if folded.issuperset(p)]
        found = presented._find(tokens, kept) if kept else None
        assert found == _find_before(tokens)


def _type_marks_before(text: str) -> list[str]:
    """`type_cues._type_marks` as written before it skipped the words no sequence opens."""
    words = type_cues.folded_words(text)
    first = type_cues.type_word_sequences()
    found: list[str] = []
    if first.keys().isdisjoint(words):
        return found
    for i, word in enumerate(words):
        for seq, key in first.get(word, ()):
            if tuple(words[i : i + len(seq)]) == seq:
                found.append(key)
    return found


def test_type_marks_as_before(notes: list[str]) -> None:
    for text in [*notes, "Resmî Gazete, 12.10.2004, Sayı 25611", "Kanun Hükmünde Kararname", ""]:
        assert type_cues._type_marks(text) == _type_marks_before(text), text


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        ("Osmanlı Toplumu, Der. Murat Belge, İstanbul: İletişim, 2002.", "editor", "Belge"),
        ("Иванов И. И. Степные города // Вопросы истории. 2008. №2. С. 1012-1020.", "issue", "2"),
        ("Иванов И. И. Степные города // Вопросы истории. 2008. №2. С. 1012-1020.", "page", "1012"),
        ("Ахметов А. Қазақ тарихы // Қазақ тарихы. 2015. №1-1. 8-11 б.", "page", "8"),
        (
            "Smith, J. (2017). Media literacy. Paper presented at the National Education "
            "Congress, Ankara.",
            "container-title",
            "National Education Congress",
        ),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = parse_note(1, note, location=Location(path="prechecks")).citations[0]
    got = {
        "editor": " ".join(p.family or "" for p in record.editors),
        "issue": record.issue or "",
        "page": record.page or "",
        "container-title": record.container or "",
    }[field]
    assert value in got
