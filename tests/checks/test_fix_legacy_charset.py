"""`fix` and `edition` write an HTML page declared in a legacy charset (``windows-1251``) back
in that charset: they refused it ("the file is not UTF-8, so it is not rewritten"). Only the
edited bytes change; a change writing a character the charset lacks is left, naming it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.cli import main
from citekit.pipeline import read_bytes

BODY = (
    "Транспортный коридор через Каспийское море в прошлом году перевёз больше контейнеров, "
    "чем годом ранее, по данным портовых властей Казахстана и министерства в Ашхабаде."
)
PAGE = f"""<html><head><meta charset="windows-1251"></head><body>
<p>{BODY}<sup>1</sup> {BODY}<sup>2</sup></p>
<h3>Примечания</h3><ol>
<li>Иванов И. И. Порты Каспия. URL: https://example.org/ports (accessed: 02.11.2021).</li>
<li>Ibid. С. 47.</li>
</ol></body></html>
"""


def _plan(page: str, encoding: str, lang: str) -> tuple[bytes, bytes, list[str]]:
    data = page.encode(encoding)
    doc = read_bytes(data, path="old.html")
    plan = plan_fixes(data, doc, check(doc, config=CheckConfig(edition_language=lang)))
    assert codecs.lookup(plan.encoding) == codecs.lookup(encoding)
    return data, plan.fixed, [why for _edit, why in plan.skipped]


@pytest.mark.parametrize(
    ("page", "encoding"),
    [
        (PAGE, "cp1251"),
        (PAGE.replace('charset="windows-1251"', 'charset="koi8-r"'), "koi8_r"),
        (PAGE.replace("\n", "\r\n"), "cp1251"),  # line endings kept: only the edits change
    ],
)
def test_a_legacy_page_is_fixed_in_its_own_encoding(page: str, encoding: str) -> None:
    data, fixed, skipped = _plan(page, encoding, "ru")
    assert skipped == []
    wanted = page.replace("(accessed: 02.11.2021)", "(дата обращения: 02.11.2021)").replace(
        "Ibid. С. 47.", "Там же. С. 47."
    )
    assert fixed == wanted.encode(encoding)
    assert fixed != data


def test_a_character_the_charset_lacks_is_named_and_left() -> None:
    # a Turkish edition of a windows-1251 page: "Erişim Tarihi" has no bytes in windows-1251
    data, fixed, skipped = _plan(PAGE, "cp1251", "tr")
    assert skipped == [
        '"ş" (U+015F) cannot be written in cp1251, the encoding the file declares'
        " (save it as UTF-8)"
    ]
    assert fixed == data  # left as written


def test_fix_rewrites_a_legacy_page_and_its_diff_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(PAGE.encode("cp1251"))
    assert main(["fix", "--diff", "--lang", "ru", str(page)]) == 1
    assert "+<li>Там же. С. 47.</li>" in capsys.readouterr().out
    assert main(["fix", "--lang", "ru", str(page)]) == 0
    assert "Там же. С. 47." in page.read_bytes().decode("cp1251")


def test_edition_writes_a_legacy_page_in_its_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(PAGE.encode("cp1251"))
    assert main(["edition", str(page), "--lang", "ru"]) == 0
    written = (tmp_path / "old.ru.html").read_bytes().decode("cp1251")
    assert "(дата обращения: 02.11.2021)" in written
    assert "Там же. С. 47." in written
