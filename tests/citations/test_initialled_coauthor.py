"""A person written initials first (`И. О. Фамилия`) before the title with no mark between: a
second author after one so written and a comma, or the note's first words when it names no
author. The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.initialled import initialled_coauthor
from citekit.citations.tagger.tokens import tokenize


def _labelled(text: str, runs: list[tuple[str, str]]) -> list[str]:
    """Each token's label: the first run (in order) whose text holds it, else other."""
    tokens = tokenize(text)
    labels = [OTHER] * len(tokens)
    at = 0
    for run, label in runs:
        start = text.index(run, at)
        end = start + len(run)
        for i, token in enumerate(tokens):
            if start <= token.start and token.end <= end:
                labels[i] = label
        at = end
    return labels


def _run(text: str, runs: list[tuple[str, str]], label: str) -> str:
    tokens = tokenize(text)
    out = initialled_coauthor(tokens, _labelled(text, runs))
    kept = [i for i, found in enumerate(out) if found == label]
    return text[tokens[kept[0]].start : tokens[kept[-1]].end]


def test_a_coauthor_written_initials_first_after_another() -> None:
    text = "И. П. Орлова, К. С. Мельник-Рудько Степные города. Омск, 2001. С. 5."
    runs = [("И. П. Орлова", "author"), ("Мельник-Рудько Степные города", "title")]
    assert _run(text, runs, "author") == "И. П. Орлова, К. С. Мельник-Рудько"
    assert _run(text, runs, "title") == "Степные города"


def test_the_coauthors_initials_already_read_as_a_person() -> None:
    text = "Т. А. Орлова-Ким, С. В. Пак Корейцы Казахстана. Алматы, 2002. С. 31."
    runs = [("Т. А. Орлова-Ким, С. В.", "author"), ("Пак Корейцы Казахстана", "title")]
    assert _run(text, runs, "author") == "Т. А. Орлова-Ким, С. В. Пак"
    assert _run(text, runs, "title") == "Корейцы Казахстана"


def test_a_patronymic_word_after_the_family_name_keeps_the_run() -> None:
    text = "Ж. Оспанова, А. Бекбосын қызы Дала әндері. Тараз, 2014."
    runs = [("Ж. Оспанова", "author"), ("Бекбосын қызы Дала әндері", "title")]
    assert _run(text, runs, "title") == "Бекбосын қызы Дала әндері"


def test_an_author_written_surname_first_does_not_make_the_title_a_name() -> None:
    text = "Орлова И. П., А. С. Пушкин Очерки. М., 1990."
    runs = [("Орлова И. П.", "author"), ("Пушкин Очерки", "title")]
    assert _run(text, runs, "title") == "Пушкин Очерки"


def test_the_notes_first_words_written_initials_first() -> None:
    text = "См.: Т. Б. Ержанов Көшпелілер тарихы // Еуразия. Тараз, 1990. Б. 3–9."
    runs = [("Т. Б. Ержанов Көшпелілер тарихы", "title"), ("Еуразия", "container")]
    assert _run(text, runs, "author") == "Т. Б. Ержанов"
    assert _run(text, runs, "title") == "Көшпелілер тарихы"


def test_a_title_about_a_person_stays_the_title() -> None:
    text = "А. С. Пушкин и его время. М., 1990. С. 4."
    runs = [("А. С. Пушкин и его время", "title")]
    assert initialled_coauthor(tokenize(text), _labelled(text, runs)) == _labelled(text, runs)


def test_one_initial_at_the_notes_start_is_left_to_the_model() -> None:
    text = "В. Ленин Государство и революция. М., 1917."
    runs = [("В. Ленин Государство и революция", "title")]
    assert initialled_coauthor(tokenize(text), _labelled(text, runs)) == _labelled(text, runs)
