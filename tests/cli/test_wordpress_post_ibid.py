"""An ibid opening a WordPress post repeats nothing: each post is an article of its own, so
`check` reports it, `notes` points it nowhere and `edition` names it (it was resolved to the
previous post's last note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.pipeline import read_document
from tests.wordpress_exports import wordpress_export

POSTS = {
    "tr": (
        ["Ahmet Yılmaz, Orta Asya’da Enerji, İstanbul: Kitap, 2019, s. 45.", "Aynı yer, s. 46."],
        ["Aynı yer, s. 50.", "Mehmet Demir, Türk Tarihi, Ankara: TTK, 2010, s. 4."],
    ),
    "ru": (
        ["Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – С. 45."],
        ["Там же. С. 12.", "Петров П. П. Степь. – М.: Мысль, 2001. – С. 7."],
    ),
    "en": (
        ["John Smith, Caspian Ports (London: Verso, 2019), 45.", "Ibid., 46."],
        ["Ibid., 50.", "Jane Doe, The Steppe (Oxford: OUP, 2001), 7."],
    ),
}


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_an_ibid_opening_a_post_repeats_nothing(tmp_path: Path, lang: str) -> None:
    first = POSTS[lang][0]
    document = read_document(wordpress_export(tmp_path, POSTS[lang]))
    opening = document.notes[len(first)]
    assert (opening.section, opening.number, opening.refers_to) == (1, 1, None)
    if len(first) > 1:  # an ibid inside a post still repeats its post's note
        assert document.notes[1].refers_to == 1


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_check_reports_it(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert main(["check", str(wordpress_export(tmp_path, POSTS[lang]))]) == 1
    out = capsys.readouterr().out
    assert "note 1 in list 2: error" in out
    assert "ibid-without-antecedent" in out


def test_edition_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = wordpress_export(tmp_path, POSTS["tr"])
    assert main(["edition", str(path), "--lang", "en", "-o", "-"]) == 0
    err = capsys.readouterr().err
    assert "note 1 in list 2: ibid with no earlier note to repeat" in err
