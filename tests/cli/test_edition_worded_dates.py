"""`citekit edition` writes the edition's words in the notes' apparatus: its access label, its
ibid word, and an access date written with another language's month word in its own words
(CLDR's long form), also when the article's body is too short to tell its own language."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.editions import edition_edits
from citekit.languages import language
from citekit.pipeline import read_bytes

ARTICLE = """Text.[^1] More.[^2] And.[^3]

[^1]: John Smith, "Oil and Empire," *CA Review*, https://example.org/oil (accessed 5 March 2021).
[^2]: Ibid., 7.
[^3]: Ahmet Kaya, "Türk Tarihi," https://ornek.org.tr/a, Erişim Tarihi: 05.03.2020.
"""


@pytest.mark.parametrize(
    ("lang", "label", "date", "ibid"),
    [
        ("ru", "дата обращения", "5 марта 2021 г.", "Там же, 7."),
        ("tr", "Erişim Tarihi", "5 Mart 2021", "Aynı yer, 7."),
        ("kk", "қаралған күні", "2021 ж. 5 наурыз", "Сонда, 7."),
        ("tk", "Barlanan senesi", "5 mart 2021", "Şol ýerde, 7."),
    ],
)
def test_a_short_article_gets_the_editions_words(
    tmp_path: Path, lang: str, label: str, date: str, ibid: str
) -> None:
    source = tmp_path / "art.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / f"art.{lang}.md"
    assert main(["edition", str(source), "--lang", lang, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert f"({label} {date})" in text
    assert f"[^2]: {ibid}" in text
    assert f"{label}: 05.03.2020." in text  # a numeric date is every edition's


@pytest.mark.parametrize(
    ("note", "lang", "old", "new"),
    [
        (
            "“Türkmen gazı”, AA, https://aa.com.tr/1 (Erişim Tarihi: 5 Mart 2021).",
            "en",
            "5 Mart 2021",
            "March 5, 2021",
        ),
        (
            "«Газ», Курсив, https://kursiv.media/2 (дата обращения: 12 апреля 2022 г.).",
            "tr",
            "12 апреля 2022 г.",
            "12 Nisan 2022",
        ),
        (
            "“Gaz”, Egemen, https://egemen.kz/3 (қаралған күні: 2022 ж. 12 сәуір).",
            "ru",
            "2022 ж. 12 сәуір",
            "12 апреля 2022 г.",
        ),
    ],
)
def test_worded_access_dates_in_the_editions_words(
    note: str, lang: str, old: str, new: str
) -> None:
    body = "Trade between the two countries grows every year, and so do the gas deliveries.[1]\n\n"
    doc = read_bytes(f"{body}[1] {note}\n".encode(), path="a.txt")
    edits = [(e.old, e.new) for e in edition_edits(doc, language(lang))]
    assert (old, new) in edits


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        ("«Газ», Курсив, https://kursiv.media/2 (дата обращения: 12 апреля 2022 г.).", "ru"),
        ("“Gas”, Reuters, https://reuters.com/4 (Accessed: 12 April 2022).", "en"),
        ("“Gaz”, AA, https://aa.com.tr/5 (Erişim Tarihi: 25.10.2021).", "en"),
    ],
)
def test_a_date_in_the_editions_words_or_digits_stays(note: str, lang: str) -> None:
    body = "Trade between the two countries grows every year, and so do the gas deliveries.[1]\n\n"
    doc = read_bytes(f"{body}[1] {note}\n".encode(), path="a.txt")
    dated = [e for e in edition_edits(doc, language(lang)) if any(c.isdigit() for c in e.old)]
    assert dated == []
