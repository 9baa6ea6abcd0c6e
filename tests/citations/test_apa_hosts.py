"""An edited book's part as Turkish APA writes it, the "in" word after the host or after the
editors (issue 12). The runs are labelled as the model did wrongly, so the pass is tested
whatever the shipped model does; the notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.labelled import decode_labelled as _decode


def _names(value: object) -> list[str]:
    assert isinstance(value, tuple)
    return [str(name) for name in value]


@pytest.mark.parametrize(
    ("text", "spans", "title", "editors", "host", "pages"),
    [
        (
            "Kurt, S. (2016). Oyun ve Dil. Ü. Tekin (Ed.), Erken Çocukluk içinde (s. 45-68). "
            "Ankara: Anı Yayıncılık.",
            [
                ("Kurt, S.", "author"),
                ("Oyun ve Dil", "title"),
                ("Ü. Tekin", "editor"),
                ("Erken Çocukluk", "translator"),
                ("45-68", "issue"),
            ],
            "Oyun ve Dil",
            ["Ü. Tekin"],
            "Erken Çocukluk",
            "45-68",
        ),
        (
            "Kurt, S. (2016). Oyun ve Dil. Ç. Aksoy, & B. Er (Ed.), Dil Gelişimi içinde (s. 5-9). "
            "İzmir: Ege Yayınları.",
            [
                ("Kurt, S.", "author"),
                ("Oyun ve Dil", "title"),
                ("Ç. Aksoy", "author"),
                ("B. Er", "editor"),
                ("Dil Gelişimi", "author"),
            ],
            "Oyun ve Dil",
            ["Ç. Aksoy", "B. Er"],
            "Dil Gelişimi",
            "5-9",
        ),
        # Word's Turkish APA: `Editors (Dü.) içinde, Host (s. …)`
        (
            "Kurt, S. (2016). Oyun ve Dil. M. Şen (Dü.) içinde, Çocuk ve Dil (s. 11-19). "
            "İstanbul: Kitabevi.",
            [
                ("Kurt, S.", "author"),
                ("Oyun ve Dil. M. Şen", "title"),
                ("Çocuk ve Dil", "container-title"),
                ("11-19", "page"),
            ],
            "Oyun ve Dil",
            ["M. Şen"],
            "Çocuk ve Dil",
            "11-19",
        ),
    ],
)
def test_editors_and_host_of_a_part(
    text: str,
    spans: list[tuple[str, str]],
    title: str,
    editors: list[str],
    host: str,
    pages: str,
) -> None:
    fields = _decode(text, spans)
    assert fields["title"] == title
    assert _names(fields["editor"]) == editors
    assert fields["container-title"] == host
    assert fields["page"] == pages
    assert not fields.get("translator")
    assert "issue" not in fields


def test_the_part_is_a_chapter() -> None:
    text = (
        "Kurt, S. (2016). Oyun ve Dil. Ü. Tekin (Ed.), Erken Çocukluk içinde (s. 45-68). "
        "Ankara: Anı Yayıncılık."
    )
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert (found.type, found.container) == ("chapter", "Erken Çocukluk")


def test_an_english_in_before_the_editors_is_left_to_the_model() -> None:
    # the preposition opens the editors: no postposition's form
    text = "Kurt, S. (2016). Play. In A. Lee (Ed.), Early Years (pp. 45-68). London: Sage."
    spans = [("Play", "title"), ("A. Lee", "editor"), ("Early Years", "container-title")]
    fields = _decode(text, spans)
    assert fields["container-title"] == "Early Years"
    assert _names(fields["editor"]) == ["A. Lee"]
