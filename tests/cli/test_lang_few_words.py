"""`citekit lang` on one or two words (a lone name): `und`, with the likeliest language on
stderr, unless the evidence for the answer leads by a letter's worth. `Berdimuhamedow` was a
confident `en`. The parser's title languages (`detect_language`) are not changed."""

from __future__ import annotations

import pytest

from citekit.cli import main
from citekit.langid import detect_language


@pytest.mark.parametrize(
    ("text", "likeliest"),
    [
        ("Berdimuhamedow", "en"),
        ("Gurbanguly Berdimuhamedow", "en"),
        ("Москва", "ru"),  # Russian, Ukrainian, Kazakh … write it so
    ],
)
def test_a_lone_name_is_undetermined(
    text: str, likeliest: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lang", text]) == 0
    captured = capsys.readouterr()
    assert captured.out == "und\n"
    assert "too little evidence" in captured.err
    assert f"likeliest {likeliest}" in captured.err
    assert detect_language(text) == likeliest  # the library's answer, for titles, stays


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Türkmenistanyň", "tk"),  # ň and -yň: Turkmen's own
        ("Қазақстан", "kk"),
        ("Україна", "uk"),
        ("Economy", "en"),
        ("Orta Asya", "tr"),
        ("Нейтральный Туркменистан", "ru"),
    ],
)
def test_a_word_with_clear_evidence_keeps_its_language(
    text: str, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lang", text]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{code}\n"
    assert captured.err == ""


def test_why_still_shows_the_evidence_of_an_undetermined_word(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["lang", "--why", "Berdimuhamedow"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "und"
    assert lines[1].split() == ["en", "+1.0"]
