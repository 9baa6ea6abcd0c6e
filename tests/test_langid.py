from __future__ import annotations

import collections

from hypothesis import given
from hypothesis import strategies as st

from citekit import detect_language
from tests.conftest import DATA, load_jsonl

ROWS = load_jsonl(DATA / "langid" / "langid-dev.jsonl")
MAIN = ("tr", "ru", "kk", "tk")


def test_macro_f1_over_main_languages_is_at_least_098() -> None:
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    for row in ROWS:
        confusion[(row["lang"], detect_language(row["text"]))] += 1
    scores = []
    for lang in MAIN:
        tp = confusion[(lang, lang)]
        fp = sum(v for (g, p), v in confusion.items() if p == lang and g != lang)
        fn = sum(v for (g, p), v in confusion.items() if g == lang and p != lang)
        scores.append(2 * tp / (2 * tp + fp + fn))
        print(f"{lang}: tp={tp} fp={fp} fn={fn} f1={scores[-1]:.3f}")
    print("confusion:", dict(confusion))
    assert sum(scores) / len(scores) >= 0.98


def test_founding_example_titles() -> None:
    assert detect_language("Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов") == "kk"
    assert detect_language("Türkmenistanyň Gazagystana eksporty iki essä golaý artdy") == "tk"
    assert detect_language("Казахстан готов нарастить экспорт в Туркменистан") == "ru"
    assert detect_language("Kazakistan ile Türkmenistan arasındaki ilişkiler") == "tr"


def test_bad_input_is_und() -> None:
    assert detect_language("") == "und"
    assert detect_language("12345 !!!") == "und"


def test_long_input_is_bounded_to_its_first_characters() -> None:
    # detect_language reads at most its first 2,000 characters: the rest cannot change it
    long = "ab " * 400_000
    assert detect_language(long) == detect_language(long[:2000])
    mixed = "Türkmenistanyň eksporty artdy. " * 70 + "Казахстан готов нарастить " * 20_000
    assert detect_language(mixed) == "tk"


def test_results_are_deterministic() -> None:
    text = "Islomda farzandning huquqlari"
    assert len({detect_language(text) for _ in range(5)}) == 1


@given(st.text(max_size=200))
def test_any_text_gives_a_code(text: str) -> None:
    assert detect_language(text)


def test_a_word_before_an_english_possessive_is_a_name() -> None:
    # a Turkic suffix after an apostrophe is never a bare `s`: the word is a name, its
    # letters and ending are no evidence
    assert detect_language("Stalin's Empire") == "en"
    assert detect_language("Atatürk's Legacy") == "en"
    assert detect_language("Erdoğan's Empire") == "en"
    assert detect_language("Atatürk'ün Söylev ve Demeçleri") == "tr"


def test_a_dotted_capital_i_tells_the_alphabets_with_a_dotless_one() -> None:
    assert detect_language("İnce Memed") == "tr"
    assert detect_language("İstanbul and the Civilization of the Ottoman Empire") == "en"


def test_german_in_and_reise() -> None:
    assert detect_language("Reise in Mittelasien") == "de"
    assert detect_language("Trade in Central Asia") == "en"


def test_kazakh_never_writes_chy() -> None:
    # Kazakh writes `шы` (`шығармалары`); Kyrgyz and Tatar write `чы`
    assert detect_language("Чыгармалары") != "kk"
    assert detect_language("Сүйүү жана чыгармачылык") == "ky"


def test_romanised_russian_plurals_and_dzh() -> None:
    assert detect_language("Pervye dzhadidy") == "ru"
    assert detect_language("Tuzemtsy ran'she i teper'") == "ru"


def test_a_name_in_a_title_in_title_case() -> None:
    # the other words tell a language whose alphabet lacks the name's letters
    assert detect_language("Köprülü Family Politics") == "en"
    assert detect_language("Türk Dili Tarihi") == "tr"
    assert detect_language("Osmanlı Devleti Tarihi") == "tr"


def test_kazakh_never_writes_yi_before_n_or_z() -> None:
    # Kazakh writes `и` (`жиын`, `заң`); Kyrgyz `жыйын`, `мыйзам`
    assert detect_language("Кыргыз Республикасынын Президенти жаңы мыйзамга кол койду") == "ky"
    assert detect_language("Сыйлық иегерлері") == "kk"
