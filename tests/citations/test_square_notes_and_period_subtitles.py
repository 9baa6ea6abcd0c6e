"""Two mends of session 28 that the shipped model seldom needs today, tested on hand-given
labels so they stay tested whatever it does: a square bracket closing a title's run is a note
on the title (`square_notes.title_before_note`), and a title and its period subtitle right
before a book's imprint are one title (`imprint_subtitles.subtitle_before_imprint`)."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "spans", "title"),
    [
        (
            "Ivanova T. Gorodskaya sreda [The urban environment]. Moskva: Nauka, 2012.",
            [
                ("Ivanova T.", "author"),
                ("Gorodskaya sreda [The urban environment]", "title"),
                ("Moskva", "publisher-place"),
                ("Nauka", "publisher"),
                ("2012", "issued"),
            ],
            "Gorodskaya sreda",
        ),
        (
            "Kaya A. Osmanlı sanatı [Ottoman art]. Ankara: Kültür Yayınları, 2017.",
            [
                ("Kaya A.", "author"),
                ("Osmanlı sanatı [Ottoman art]", "title"),
                ("Ankara", "publisher-place"),
                ("Kültür Yayınları", "publisher"),
                ("2017", "issued"),
            ],
            "Osmanlı sanatı",
        ),
        (
            "Әбенов Қ. Дала заңдары [Законы степи]. Алматы: Жалын, 1999.",
            [
                ("Әбенов Қ.", "author"),
                ("Дала заңдары [Законы степи]", "title"),
                ("Алматы", "publisher-place"),
                ("Жалын", "publisher"),
                ("1999", "issued"),
            ],
            "Дала заңдары",
        ),
    ],
)
def test_square_bracket_closing_a_title_run_is_a_note_on_it(
    text: str, spans: list[tuple[str, str]], title: str
) -> None:
    assert decode_labelled(text, spans).get("title") == title


@pytest.mark.parametrize(
    ("text", "spans", "title", "host"),
    [
        (
            "Kaya A., Demir B. Osmanlı Arşiv Belgeleri. Sorunlar ve Öneriler. Ankara: Gazi "
            "Kitabevi, 2012.",
            [
                ("Kaya A.", "author"),
                ("Demir B.", "author"),
                ("Osmanlı Arşiv Belgeleri", "container-title"),
                ("Sorunlar ve Öneriler", "title"),
                ("Ankara", "publisher-place"),
                ("Gazi Kitabevi", "publisher"),
                ("2012", "issued"),
            ],
            "Osmanlı Arşiv Belgeleri. Sorunlar ve Öneriler",
            None,
        ),
        (
            "Иванов И. И. Степь и город. Очерки истории. Омск: Книга, 1990.",
            [
                ("Иванов И. И.", "author"),
                ("Степь и город", "title"),
                ("Очерки истории", "container-title"),
                ("Омск", "publisher-place"),
                ("Книга", "publisher"),
                ("1990", "issued"),
            ],
            "Степь и город. Очерки истории",
            None,
        ),
        (
            "Brown P. Silk Roads. A New History of the World. London: Bloomsbury, 2015.",
            [
                ("Brown P.", "author"),
                ("Silk Roads", "title"),
                ("A New History of the World", "container-title"),
                ("London", "publisher-place"),
                ("Bloomsbury", "publisher"),
                ("2015", "issued"),
            ],
            "Silk Roads. A New History of the World",
            None,
        ),
        (  # a host's word keeps the host
            "Brown P. Silk Roads. Encyclopaedia of Islam. Leiden: Brill, 2015.",
            [
                ("Brown P.", "author"),
                ("Silk Roads", "title"),
                ("Encyclopaedia of Islam", "container-title"),
                ("Leiden", "publisher-place"),
                ("Brill", "publisher"),
                ("2015", "issued"),
            ],
            "Silk Roads",
            "Encyclopaedia of Islam",
        ),
    ],
)
def test_period_subtitle_before_an_imprint_is_the_titles(
    text: str, spans: list[tuple[str, str]], title: str, host: str | None
) -> None:
    fields = decode_labelled(text, spans)
    assert (fields.get("title"), fields.get("container-title")) == (title, host)
