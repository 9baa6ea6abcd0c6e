"""A WordPress export of several posts: each post is read alone, in the export's lines.

A second post's notes under "Kaynakça" were read as the first post's reference list (its
ibid lost and a false marker-without-note error), and note lines were the posts' joined HTML's,
not the export's, so messages named the wrong line and `fix` could not find any note.
"""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.pipeline import read_bytes

POST_1 = (
    "<p>Birinci yazı metni burada uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf "
    "yapar.[1]</p>\n<h3>Kaynakça</h3>\n"
    "<p>[1] Ahmet Yılmaz, Orta Asya’da Enerji, İstanbul: Kitap, 2019, s. 45.</p>"
)
POST_2 = (
    "<p>İkinci yazı metni burada da uzun bir paragraf olarak yazılmıştır ve başka kaynaklara "
    "atıf yapar.[1][2]</p>\n<h3>Kaynakça</h3>\n"
    "<p>[1] “Söwda artdy”, Biznes Türkmenistan, https://business.com.tm/post/1, "
    "(Date of Accession: 25.10.2021).</p>\n<p>[2] Aynı yer.</p>"
)


def _export(*posts: str) -> bytes:
    items = "".join(
        f"<item>\n<title>Yazı {n}</title>\n<content:encoded><![CDATA[{post}]]></content:encoded>"
        "\n</item>\n"
        for n, post in enumerate(posts, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '     xmlns:wp="http://wordpress.org/export/1.2/">\n'
        f"<channel>\n<title>Site</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n{items}"
        "</channel></rss>\n"
    ).encode()


def test_each_post_keeps_its_own_notes() -> None:
    doc = read_bytes(_export(POST_1, POST_2), path="site.xml")
    assert [(n.section, n.number, n.kind.value) for n in doc.notes] == [
        (0, 1, "citation"),
        (1, 1, "citation"),
        (1, 2, "ibid"),
    ]
    assert doc.bibliography == ()
    assert not [f for f in check(doc) if f.rule == "marker-without-note"]


def test_note_lines_are_the_exports_lines_and_fix_finds_them() -> None:
    data = _export(POST_1, POST_2)
    doc = read_bytes(data, path="site.xml")
    lines = data.decode().splitlines()
    for note in doc.notes:
        assert note.location.line is not None
        assert note.text[:20] in lines[note.location.line - 1]
    plan = plan_fixes(data, doc, check(doc, config=CheckConfig(edition_language="tr")))
    assert plan.skipped == ()
    assert plan.fixed.decode() == data.decode().replace("Date of Accession", "Erişim Tarihi")
