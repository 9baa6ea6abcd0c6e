"""Words session 28 added to the language files and one reading of names, each with a test
that fails without it: German's `hg. v.` names the editor, Turkmen's century `a.` closing a
title keeps its period, and a body's head word typed with a look-alike letter of the other
alphabet still names a body."""

from __future__ import annotations

import pytest

from citekit.citations.names import is_organisation
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "editor"),
    [
        (
            "Kant, Immanuel: Werke in zwölf Bänden, hg. v. Wilhelm Weischedel. Frankfurt am "
            "Main: Suhrkamp, 1977.",
            "Weischedel",
        ),
        ("Goethe J. W. Werke. Hg. v. Erich Trunz. Hamburg: Wegner, 1948.", "Trunz"),
    ],
)
def test_hg_v_names_the_editor(text: str, editor: str) -> None:
    assert [e.family for e in _first(text).editors] == [editor]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Annaýew M. Türkmen halk döredijiligi XIX a. // Türkmenistanda ylym we tehnika. "
            "2010. № 3. S. 12–18.",
            "Türkmen halk döredijiligi XIX a.",
        ),
        (
            "Orazow B. Merw oazisi XVIII–XIX a. // Miras. 2008. № 2. S. 40–47.",
            "Merw oazisi XVIII–XIX a.",
        ),
    ],
)
def test_turkmen_century_closing_a_title_keeps_its_period(text: str, title: str) -> None:
    assert _first(text).title == title


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("T.C. Dışişleri Bak\u0430nlığı", True),  # Cyrillic `а`
        ("Milli Eğitim Bak\u0430nlığı", True),
        ("Минист\u0065рство образования", True),  # Latin `e`
        ("Ahmet K\u0430ya", False),
    ],
)
def test_a_look_alike_letter_reads_as_its_twin_in_a_bodys_name(name: str, body: bool) -> None:
    assert is_organisation(name) is body
