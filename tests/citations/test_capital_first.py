"""`recased`'s precheck: a capital in a note's first word is never a note typed in lower case."""

from __future__ import annotations

import json
import random
from pathlib import Path

from citekit.citations.recased import capital_first
from citekit.citations.tagger.cased import typed_lower
from citekit.citations.tagger.tokens import token_texts

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
PIECES = [
    "Smith",
    "smith",
    "İnalcık",
    "иванов",
    "Иванов",
    "www",
    "WWW",
    "Https",
    "http",
    "://",
    "10.",
    "1234",
    "/",
    ".",
    ",",
    " ",
    " ",
    "doi",
    "Ⅻ",
    "ⅻ",
    "²",
    "x",
    "Ab",
    "e",
    "Bay",
    "example",
    ".com",
    "-",
    "_",
    "«",
    "»",
    "\u0306",
    "ǅ",
    "ß",
    "ẞ",
    "ϒ",
    "a.g.e.",
    "(",
]


def _slow(text: str) -> bool:
    return not typed_lower(token_texts(text))


def test_a_capital_in_the_first_word_is_no_lower_case_note() -> None:
    texts = [
        "Smith J. The Title. 2019.",
        "https://Example.com/Path smith",
        "Https://example.com smith",
        "WWW.site.kz smith",
        "10.1234/ABC smith",
        "ⅻ века история",
        "smith, j. the title",
        "",
    ]
    for line in (CORPUS / "notes-dev.jsonl").read_text("utf-8").splitlines():
        texts.append(json.loads(line)["note"])
    draw = random.Random(19)
    texts += ["".join(draw.choices(PIECES, k=draw.randint(1, 12))) for _ in range(20000)]
    fast = 0
    for text in texts:
        if capital_first(text):
            fast += 1
            assert _slow(text), text  # the precheck never skips a note typed in lower case
    assert fast > 1000  # and it skips most notes with a capital
    assert capital_first("Smith J. The Title. 2019.")
    assert not capital_first("Https://example.com smith")
    assert not capital_first("10.1234/ABC smith")
