"""`fix` edits the text a reader sees, not an HTML comment, a script or a style sheet that
happen to hold the same words: a note with `<!-- Ibid. … -->` or a script quoting its text was
refused ("'Ibid.' occurs more than once in the note"), and such text alone is never edited."""

from __future__ import annotations

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.pipeline import read_bytes

HEAD = (
    "<html><body><p>Текст статьи о транспортном коридоре через Каспийское море и о портах "
    'Казахстана.<sup><a href="#fn1" id="r1">1</a></sup> Ещё.<sup><a href="#fn2" id="r2">2</a>'
    "</sup></p>\n<h2>Примечания</h2><ol>\n"
    '<li id="fn1">Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – 304 с. '
    '<a href="#r1">↩</a></li>\n'
)
TAIL = "</ol></body></html>\n"


@pytest.mark.parametrize(
    "note",
    [
        '<li id="fn2"><!-- Ibid. was Op. cit. --> Ibid. С. 47. <a href="#r2">↩</a></li>\n',
        '<li id="fn2">Ibid. С. 47.<script>var s = "Ibid.";</script> <a href="#r2">↩</a></li>\n',
        '<li id="fn2"><style>/* Ibid. */ li {}</style>Ibid. С. 47. <a href="#r2">↩</a></li>\n',
        '<li id="fn2"><SCRIPT type="text/javascript">\n// Ibid.\n</SCRIPT>Ibid. С. 47.'
        ' <a href="#r2">↩</a></li>\n',
    ],
)
def test_only_the_seen_text_is_edited(note: str) -> None:
    data = (HEAD + note + TAIL).encode()
    document = read_bytes(data, path="page.html")
    plan = plan_fixes(data, document, check(document, config=CheckConfig(edition_language="ru")))
    assert plan.skipped == ()
    fixed = plan.fixed.decode()
    assert "Там же. С. 47." in fixed
    assert fixed.replace("Там же. С. 47.", "Ibid. С. 47.", 1) == HEAD + note + TAIL


def test_a_comment_never_closed_hides_what_follows() -> None:
    note = '<li id="fn2">Ibid. С. 47. <a href="#r2">↩</a></li>\n<!-- Ibid. \n'
    data = (HEAD + note + TAIL).encode()
    document = read_bytes(data, path="page.html")
    plan = plan_fixes(data, document, check(document, config=CheckConfig(edition_language="ru")))
    assert plan.skipped == ()
    assert plan.fixed == (HEAD + note.replace("Ibid.", "Там же.", 1) + TAIL).encode()
