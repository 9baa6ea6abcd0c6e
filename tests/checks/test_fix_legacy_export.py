"""`fix` and `edition` write a WordPress export (WXR) declared in a legacy encoding
(``<?xml version="1.0" encoding="windows-1251"?>``, an old Russian or Turkish site's export)
back in that encoding: they refused it ("the file is not UTF-8, so it is not rewritten"). Only
the edited bytes change; a change writing a character the encoding lacks is left, naming it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.cli import main
from citekit.documents.wordpress import legacy_encoding
from citekit.pipeline import read_bytes

POST = (
    "<p>Текст статьи о транспортном коридоре через Каспийское море, о портах Казахстана и "
    "Туркменистана и о перевозках контейнеров в прошлом году.[1][2]</p>\n<h3>Примечания</h3>\n"
    "<p>[1] Иванов И. И. Порты Каспия. М.: Наука, 2015. С. 45. URL: https://example.org/a "
    "(accessed: 25.10.2021).</p>\n<p>[2] Ibid. С. 47.</p>"
)


def _export(encoding: str, post: str = POST, *, newline: str = "\n") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}" ?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        '     xmlns:wp="http://wordpress.org/export/1.2/">\n'
        "<channel>\n<title>Сайт</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n<item>\n"
        f"<title>Статья</title>\n<content:encoded><![CDATA[{post}]]></content:encoded>\n"
        "</item>\n</channel></rss>\n"
    ).replace("\n", newline)


def _plan(text: str, codec: str, lang: str) -> tuple[bytes, bytes, list[str]]:
    data = text.encode(codec)
    doc = read_bytes(data, path="site.xml")
    plan = plan_fixes(data, doc, check(doc, config=CheckConfig(edition_language=lang)))
    assert codecs.lookup(plan.encoding) == codecs.lookup(codec)
    return data, plan.fixed, [why for _edit, why in plan.skipped]


@pytest.mark.parametrize(
    ("declared", "codec", "newline"),
    [("windows-1251", "cp1251", "\n"), ("KOI8-R", "koi8_r", "\n"), ("cp1251", "cp1251", "\r\n")],
)
def test_a_legacy_export_is_fixed_in_its_own_encoding(
    declared: str, codec: str, newline: str
) -> None:
    text = _export(declared, newline=newline)
    data, fixed, skipped = _plan(text, codec, "ru")
    assert skipped == []
    wanted = text.replace("(accessed: 25.10.2021)", "(дата обращения: 25.10.2021)")
    assert fixed == wanted.replace("Ibid. С. 47.", "Там же. С. 47.").encode(codec)
    assert fixed != data


def test_a_character_the_encoding_lacks_is_named_and_left() -> None:
    # a Turkish edition of a windows-1251 export: "Erişim Tarihi" has no bytes in windows-1251
    data, fixed, skipped = _plan(_export("windows-1251"), "cp1251", "tr")
    assert any('"ş" (U+015F) cannot be written in cp1251' in why for why in skipped)
    assert fixed.decode("cp1251").count("\n") == data.decode("cp1251").count("\n")


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b'<?xml version="1.0" encoding="windows-1254"?>', "cp1254"),
        (b"<?xml version='1.0' encoding='koi8-r'?>", "koi8-r"),
        (b'<?xml version="1.0" encoding="UTF-8" ?>', None),
        (b'<?xml version="1.0"?>', None),
        (b'<?xml version="1.0" encoding="no-such-codec"?>', None),
        (b"<rss>", None),
    ],
)
def test_the_declared_encoding(head: bytes, found: str | None) -> None:
    assert legacy_encoding(head + b"\n<rss/>") == found


def test_fix_writes_the_export_back(tmp_path: Path) -> None:
    path = tmp_path / "site.xml"
    path.write_bytes(_export("windows-1251").encode("cp1251"))
    assert main(["fix", "--lang", "ru", str(path)]) == 0
    written = path.read_bytes().decode("cp1251")
    assert "дата обращения: 25.10.2021" in written
    assert "Там же. С. 47." in written
