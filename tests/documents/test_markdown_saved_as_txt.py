"""A Markdown draft saved as `.txt` (Notepad, TextEdit, a CMS's "download as text") is read
for its `[^1]:` notes. It was read as plain text, which has no such notes: `notes` listed
none and `check` said "no problems found"."""

from __future__ import annotations

import pytest

from citekit.documents import detect_format
from citekit.pipeline import read_bytes

ARTICLE = """# Энергетика

Казахстан наращивает экспорт нефти через КТК, сообщили в министерстве энергетики.[^1] Об этом \
писали и ранее.[^2]

[^1]: Назарбаев Н. А. Эра независимости. Астана: Акорда, 2017. 508 с.
[^2]: Там же. С. 45.
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_footnotes_of_a_txt_file_are_read(encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    assert detect_format(data, "статья.txt") == "markdown"
    doc = read_bytes(data, path="статья.txt")
    assert [(n.number, n.kind.value, n.location.line) for n in doc.notes] == [
        (1, "citation", 5),
        (2, "ibid", 6),
    ]
    assert doc.body_markers == (1, 2)


def test_a_plain_text_article_stays_text() -> None:
    plain = ARTICLE.replace("[^1]", "[1]").replace("[^2]", "[2]").replace("]:", "]")
    assert detect_format(plain.encode(), "статья.txt") == "text"
    assert [n.number for n in read_bytes(plain.encode(), path="статья.txt").notes] == [1, 2]


def test_a_definition_inside_a_line_is_not_one() -> None:
    text = "Write a footnote as [^1]: then its text, a reader said.\n"
    assert detect_format(text.encode(), "howto.txt") == "text"
