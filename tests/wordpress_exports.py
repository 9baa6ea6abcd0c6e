"""WordPress exports (WXR) built for tests: posts of a paragraph with note marks and a
`Kaynakça` list of the notes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def post(number: int, notes: Sequence[str]) -> str:
    """One `<item>`: a paragraph marked `[1]`… and the notes listed under a heading."""
    marks = "".join(f"[{n}]" for n in range(1, len(notes) + 1))
    listed = "".join(f"<p>[{n}] {note}</p>" for n, note in enumerate(notes, 1))
    return (
        f"<item>\n<title>Yazı {number}</title>\n<content:encoded><![CDATA[<p>Bu yazının metni "
        f"uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf yapar.{marks}</p>\n"
        f"<h3>Kaynakça</h3>\n{listed}]]></content:encoded>\n</item>\n"
    )


def wordpress_export(tmp_path: Path, posts: Sequence[Sequence[str]]) -> Path:
    """`export.xml` in `tmp_path`, holding one post for each list of notes."""
    items = "".join(post(n, notes) for n, notes in enumerate(posts, 1))
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Site</title>\n'
        f"<wp:wxr_version>1.2</wp:wxr_version>\n{items}</channel></rss>\n",
        encoding="utf-8",
    )
    return path
