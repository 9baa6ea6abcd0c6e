"""Note-level facts asked before a word list's scan keep each answer: a text none of whose
word runs opens a word of the list has no match of it (`FoldedPattern`'s `heads`); a note
whose words joined mix no alphabets has no word that does (`mixed_words`); a text's unmixed
reading, remembered, is the one read anew (`unmixed`)."""

from __future__ import annotations

import pytest

from citekit._text import _mixed, _unmixed, mixed_words, unmixed, unmixed_word
from citekit.citations._words import FoldedPattern, Patterns, patterns, word_runs
from citekit.citations.tagger.host_numbers import _mixed_opener, _openers
from citekit.citations.tagger.tokens import text_set, tokenize
from citekit.training import generate_samples

_EDGED = ("ibid", "opcit", "accessed", "archived", "accessed_after", "see", "idem")
_WRITTEN = [
    "See also J. Smith, The Empire (London, 2001), p. 4.",
    "Bkz. Halil İnalcık, Osmanlı İmparatorluğu, İstanbul 2003, s. 12.",
    "См. также: Иванов И. И. История. М., 1999. С. 5.",
    "Қараңыз: Әлиев А. Тарих. Алматы, 2010. 45 б.",
    "Ibid., 45; op. cit., p. 7; idem, Title.",
    "Там же. С. 12.; Указ.соч. С. 4.",
    "Ayni yazar, a.g.e., s. 15.",
    "Erişim tarihi: 12.03.2021. https://example.org.tr/a",
    "Retrieved 5 May 2020, from https://example.org/x. Archived from the original on 2 May.",
    "Дата обращения: 12.03.2021. Архивировано 6 мая 2020 года.",
    "25 Ekim 2021 tarihinde https://example.org adresinden erişildi.",
    "Seemingly unrelated, ibidem, accessedly, archivedness, Seeing.",
    "İBİD. 5; SEE ALSO; ACCESSED: 1 May 2020",
    "Straße, Maßnahme: see ß and İstanbul (both lower to other lengths)",
    "x_see see_x 2see see2 _ibid ibid_",
    "Қолжетімді: https://example.kz. Жүгінген күні: 12.03.2021",
    "",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Written notes, their pieces from each word on, and generated notes."""
    generated = dict.fromkeys(s.text.text for s in generate_samples(400, seed=25))
    pieces = [w[k:] for w in _WRITTEN for k in range(0, len(w), 3)]
    return [*_WRITTEN, *pieces, *generated]


def _ungated(found: FoldedPattern) -> FoldedPattern:
    plain = FoldedPattern("x", edge=True)  # the same pattern without its heads
    plain._pattern, plain._fallback, plain._heads = found._pattern, found._fallback, None
    return plain


@pytest.mark.parametrize("name", _EDGED)
def test_heads_keep_each_search(name: str, texts: list[str]) -> None:
    gated = getattr(patterns(), name)
    assert gated._heads, f"{name} has no heads: its scan is never skipped"
    plain = _ungated(gated)
    for text in texts:
        for pos in (0, 1, len(text) // 2):
            a, b = gated.search(text, pos), plain.search(text, pos)
            assert (a and (a.start(), a.end())) == (b and (b.start(), b.end())), (name, text, pos)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("see", "Ayrıntılı bilgi için bkz. Mehmet Demir, Eser", True),
        ("see", "For a different view, see John Smith, Title", True),
        ("see", "Подробнее см.: Най Дж. Мягкая сила", True),
        ("ibid", "Ibid., p. 45.", True),
        ("ibid", "Там же. С. 12.", True),
        ("accessed", "URL: https://example.org (дата обращения: 12.03.2021)", True),
        ("accessed", "Erişim tarihi: 12 Mart 2021", True),
        ("see", "Seeing is believing, seemingly.", False),
        ("ibid", "Ibidemque, Ankara 1990", False),
        ("accessed", "Accessedly unrelated, 2001", False),
    ],
)
def test_words_found_as_before(name: str, text: str, found: bool) -> None:
    gated = getattr(patterns(), name)
    match, plain = gated.search(text), _ungated(gated).search(text)
    assert (match is not None) == found
    assert (match and match.group()) == (plain and plain.group())


def test_heads_are_first_words() -> None:
    p = Patterns()
    assert p.see._heads is not None
    assert {"see", "bkz", "см"} <= p.see._heads
    assert p.retrieved_after._heads is None  # opens on spaces: never skipped
    assert p.et_al._heads is None


def test_word_runs() -> None:
    assert word_runs("see also: j. smith, 2001") == {"see", "also", "j", "smith", "2001"}
    assert word_runs("x_see 2see") == {"x_see", "2see"}
    assert word_runs("") == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. И. История Рoссии. М., 2001.",  # a Latin o in a Cyrillic word
        "Кulzhanova A. Title. Almaty, 2010.",
        "ИCTOPИЯ КАЗАХСТАНА. https://example.kz/Cер/1",
        "Вестник МГУ. Cер. 8. 2005. № 3.",
        "Plain Latin text, 2001.",
        "Чисто кириллический текст, 2001.",
    ],
)
def test_unmixed_remembered_is_read_anew(text: str) -> None:
    first = unmixed(text)
    assert unmixed(text) == first
    assert first == (_unmixed(text) if _mixed(text) else text)
    assert len(first) == len(text)


@pytest.mark.parametrize(
    "words",
    [
        ["Вестник", "МГУ", ".", "Cер", ".", "8"],
        ["Рoссии", "Kulzhanova", "Москва"],
        ["Plain", "Latin", "words"],
        ["Кириллица", "только"],
        ["Türkçe", "ve", "Қазақша", "бірге"],  # two alphabets, no word mixes them
        [],
    ],
)
def test_mixed_words(words: list[str]) -> None:
    assert mixed_words(words) == [w for w in words if _mixed(w)]


def test_mixed_opener_as_written(texts: list[str]) -> None:
    samples = [*texts, "Вестник МГУ. Cер. 8. – 2005", "Собр. соч. в 5 т. – Л., 1977", "Cер 8"]
    for text in samples:
        tokens = tokenize(text)
        words = text_set(tokens)
        if not words.isdisjoint(_openers()):
            continue  # asked only of notes with no opener as typed
        plain = any(unmixed_word(t) in _openers() for t in words if not t.isascii())
        assert _mixed_opener(tokens) == plain, text
