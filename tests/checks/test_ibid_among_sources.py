"""A note of several sources that opens with an ibid word or repeats an earlier source in short
form (`Ibid., 7; Demir, …`, `Сонда.` then `См. также: …`) repeats that source: it is not cited
in full again, and its ibid word is judged against the edition's as a note's own ibid is."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.checks import check
from citekit.cli import main
from citekit.pipeline import read_bytes

BODIES = {
    "ru": (
        "Энергетическое сотрудничество Казахстана и Туркменистана развивается в рамках "
        "нескольких соглашений, и эксперты отмечают рост товарооборота между странами."
    ),
    "en": (
        "Astana has long described its foreign policy as multi-vector, and the January unrest "
        "tested that doctrine more than any event since independence."
    ),
    "tr": (
        "Türkmenistan, dünyanın dördüncü büyük doğal gaz rezervine sahiptir ve Aşkabat yönetimi "
        "son yıllarda ihracat rotalarını çeşitlendirmeye çalışmaktadır."
    ),
}


def _doc(lang: str, notes: list[str]) -> bytes:
    markers = "".join(f"[^{n}]" for n in range(1, len(notes) + 1))
    lines = [f"{BODIES[lang]}{markers}", ""]
    lines += [f"[^{n}]: {text}" for n, text in enumerate(notes, 1)]
    return ("\n".join(lines) + "\n").encode()


CASES = [
    (
        "ru",
        [
            "Елбасы: «Энергетикалық қауіпсіздік» // Егемен Қазақстан. – 2021. – 14 қазан. – "
            "URL: https://egemen.kz/article/293001 (дата обращения: 20.10.2021).",
            "Сонда. 15-б.; Türkmenistanyň statistik ýyllyk neşiri. – Aşgabat, 2021.",
        ],
        "Сонда.",
    ),
    (
        "en",
        [
            "“Kazakhstan unrest: What is going on?,” BBC News, January 7, 2022, "
            "https://www.bbc.com/news/world-asia-59894266.",
            "Aynı yer.; see also Martha Brill Olcott, Kazakhstan: Unfulfilled Promise "
            "(Washington, DC: Carnegie Endowment, 2010), 12.",
        ],
        "Aynı yer.",
    ),
    (
        "tr",
        [
            "“Gazagystanda bolup geçen wakalar barada”, Türkmenportal, 10 Ocak 2022, "
            "https://turkmenportal.com/blog/42100 (Erişim Tarihi: 3.2.2022).",
            "Там же. С. 7; Mehmet Ali Yılmaz, Hazar Politikaları (Ankara: Nobel, 2019), 45.",
        ],
        "Там же.",
    ),
]


@pytest.mark.parametrize(("lang", "notes", "word"), CASES)
def test_an_ibid_opening_several_sources_is_no_full_repeat(
    lang: str, notes: list[str], word: str
) -> None:
    doc = read_bytes(_doc(lang, notes), path="article.md")
    assert doc.notes[1].citations[0].refers_to == 1
    assert "duplicate-citation" not in {f.rule for f in check(doc)}


@pytest.mark.parametrize(("lang", "notes", "word"), CASES)
def test_a_foreign_ibid_opening_several_sources_is_found(
    lang: str, notes: list[str], word: str
) -> None:
    doc = read_bytes(_doc(lang, notes), path="article.md")
    found = [f for f in check(doc) if f.rule == "foreign-ibid"]
    assert [f.location.note for f in found] == [2]
    # another language's page label after the word is fixed with it (user31b)
    olds = {"Сонда.": "Сонда. 15-б.", "Там же.": "Там же. С. 7"}
    assert [e.old for e in found[0].fixes] == [olds.get(word, word)]


def test_the_edition_own_ibid_opening_several_sources_is_not_found() -> None:
    second = "Там же. С. 15; Türkmenistanyň statistik ýyllyk neşiri. – Aşgabat, 2021."
    notes = [CASES[0][1][0], second]
    doc = read_bytes(_doc("ru", notes), path="article.md")
    assert doc.notes[1].citations[0].refers_to == 1
    assert "foreign-ibid" not in {f.rule for f in check(doc)}


def test_a_source_cited_in_full_twice_among_several_is_still_a_duplicate() -> None:
    first = CASES[1][1][0]
    doc = read_bytes(_doc("en", [first, f"See {first[:-1]}; Olcott, Kazakhstan, 12."]), path="a.md")
    assert "duplicate-citation" in {f.rule for f in check(doc)}


def test_fix_writes_the_edition_ibid_in_a_note_of_several_sources(tmp_path: Path) -> None:
    lang, notes, _word = CASES[0]
    path = tmp_path / "статья.md"
    path.write_bytes(_doc(lang, notes))
    assert main(["fix", str(path)]) == 0
    fixed = [notes[0], notes[1].replace("Сонда. 15-б.", "Там же. С. 15.")]
    assert path.read_bytes() == _doc(lang, fixed)
