"""A WordPress export of a post written with WordPress's own Footnotes block (6.3+): the notes
are not in `<content:encoded>` (only `<sup data-fn>` markers and `<!-- wp:footnotes /-->`) but
in the post's `footnotes` meta, JSON. They were not read: every marker was "without a note"."""

from __future__ import annotations

import json

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.pipeline import read_bytes

NOTES = [
    {
        "content": '“Söwda artdy”, Biznes Türkmenistan, <a href="https://business.com.tm/post/1">'
        "https://business.com.tm/post/1</a>, (Erişim Tarihi: 25.10.2021).",
        "id": "8e7c-1",
    },
    {"content": "Aynı yer.", "id": "8e7c-2"},
]
BODY = (
    "<p>Kazakistan ile Türkmenistan arasındaki ticaret hacmi 2021 yılının ilk aylarında belirgin "
    'biçimde arttı.<sup data-fn="8e7c-1" class="fn"><a href="#8e7c-1" id="8e7c-1-link">1</a>'
    "</sup> İhracat neredeyse iki katına çıktı."
    '<sup data-fn="8e7c-2" class="fn"><a href="#8e7c-2" id="8e7c-2-link">2</a></sup></p>'
)


def _export(meta: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Analiz</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Ticaret</title>
<content:encoded><![CDATA[<!-- wp:paragraph -->
{BODY}
<!-- /wp:paragraph -->

<!-- wp:footnotes /-->]]></content:encoded>
<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>\
<wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key><![CDATA[footnotes]]></wp:meta_key>\
<wp:meta_value><![CDATA[{meta}]]></wp:meta_value></wp:postmeta>
</item></channel></rss>
""".encode()


def test_the_notes_of_the_footnotes_block_are_read() -> None:
    doc = read_bytes(_export(json.dumps(NOTES, ensure_ascii=False)), path="export.xml")
    assert [(n.number, n.kind.value) for n in doc.notes] == [(1, "citation"), (2, "ibid")]
    assert doc.notes[0].citations[0].url == "https://business.com.tm/post/1"
    assert doc.body_markers == (1, 2)
    assert check(doc, config=CheckConfig(edition_language="tr")) == []


def test_they_are_fixed_in_place() -> None:
    data = _export(json.dumps(NOTES, ensure_ascii=False))
    doc = read_bytes(data, path="export.xml")
    plan = plan_fixes(data, doc, check(doc, config=CheckConfig(edition_language="en")))
    fixed = plan.fixed.decode()
    assert "(Accessed: 25.10.2021)" in fixed
    assert '"content": "Ibid."' in fixed
    assert fixed.replace("Accessed", "Erişim Tarihi").replace("Ibid.", "Aynı yer.") == data.decode()


def test_broken_meta_is_no_notes_not_an_error() -> None:
    doc = read_bytes(_export("[{not json"), path="export.xml")
    assert doc.notes == ()
    assert doc.body_markers == (1, 2)


def test_a_lone_surrogate_in_the_meta_is_a_replacement_character() -> None:
    # JSON allows "\\ud800"; no output can hold it: `notes`, `check` and `fix` ended in an
    # internal UnicodeEncodeError
    meta = json.dumps(NOTES, ensure_ascii=False).replace("Söwda", "S\\ud800wda")
    doc = read_bytes(_export(meta), path="export.xml")
    assert doc.notes[0].text.startswith("“S\ufffdwda artdy”")
    assert [(n.number, n.kind.value) for n in doc.notes] == [(1, "citation"), (2, "ibid")]
