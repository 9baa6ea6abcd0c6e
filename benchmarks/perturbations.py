"""How the parsed record of a real note holds up when the note is typed another way.

Each labelled note of the two dev corpus files is typed again as other sites and editors type
it: no-break spaces, a line break, two spaces, tabs, soft hyphens and zero-width spaces (HTML
and Word leave them), a letter of a word typed on the other keyboard layout (`Рoссии`), other
quote marks (`«»`, `“”`, straight), other dashes between GOST's areas (`—`, `–`, `-`), no
closing period. A note *changes* when its parsed record (every field the corpus scorer reads)
differs from the record of the note as written, once the values are compared as a reader
reads them (white space, invisible characters, twin letters, quote and dash marks folded).
No gold is needed: the figure is how often the parser's answer depends on how the note was
typed, and every change is a defect of one of the two readings.

Run: uv run python benchmarks/perturbations.py [--show N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from _common import DATA, load_jsonl
from citekit._text import unmixed_word, visible

sys.path.insert(0, str(DATA.parent.parent))
from tests.scoring import norm, predict

FILES = ("notes-dev.jsonl", "notes-dev2.jsonl")
_FOLD = str.maketrans(
    {"—": "-", "–": "-", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'"}
)
_WORD = re.compile(r"[^\W\d_]+")


def _read(value: Any) -> Any:
    """A value as a reader compares it: white space, invisible characters, the twin letters of
    a word typed in two alphabets, quote and dash marks folded."""
    if isinstance(value, list):
        return [_read(v) for v in value]
    if not isinstance(value, str):
        return value
    text = visible(value).replace("\u00a0", " ").translate(_FOLD)
    return norm(_WORD.sub(lambda m: unmixed_word(m.group(), 1), text))


def _record(record: dict[str, Any]) -> dict[str, Any]:
    return {k: _read(v) for k, v in predict(record).items()}


Perturb = Callable[[str, random.Random], str]


def _spaces(char: str, share: float) -> Perturb:
    return lambda t, rng: re.sub(" ", lambda _m: char if rng.random() < share else " ", t)


def _line_break(text: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(" ", text)]
    if not spaces:
        return text
    at = rng.choice(spaces)
    return text[:at] + "\n" + text[at + 1 :]


def _inside_words(char: str, share: float) -> Perturb:
    return lambda t, rng: re.sub(
        r"(\w{4})(?=\w{3})", lambda m: m.group(1) + (char if rng.random() < share else ""), t
    )


_TWINS = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX", strict=True))


def _twin_letter(text: str, rng: random.Random) -> str:
    """One letter of some Cyrillic words (of two letters or more) typed on the Latin layout."""

    def word(match: re.Match[str]) -> str:
        found = match.group()
        places = [i for i, c in enumerate(found) if c in _TWINS]
        if len(found) < 2 or not places or rng.random() >= 0.25:
            return found
        i = rng.choice(places)
        return found[:i] + _TWINS[found[i]] + found[i + 1 :]

    return re.sub(r"[А-Яа-яЁё]+", word, text)


def _quotes(opening: str, closing: str) -> Perturb:
    table = str.maketrans({"«": opening, "“": opening, "„": opening, "»": closing, "”": closing})
    return lambda t, _rng: t.translate(table)


def _dashes(dash: str) -> Perturb:
    return lambda t, _rng: re.sub(r" [—–-] ", f" {dash} ", t)


PERTURBATIONS: dict[str, Perturb] = {
    "no-break spaces (half the spaces)": _spaces("\u00a0", 0.5),
    "a line break for a space": _line_break,
    "two spaces (a third of the spaces)": _spaces("  ", 0.3),
    "tabs (a fifth of the spaces)": _spaces("\t", 0.2),
    "soft hyphens inside words": _inside_words("\u00ad", 0.3),
    "zero-width spaces inside words": _inside_words("\u200b", 0.2),
    "a Latin twin letter in Cyrillic words": _twin_letter,
    "quotes typed « »": _quotes("«", "»"),
    "quotes typed “ ”": _quotes("“", "”"),
    'quotes typed " "': _quotes('"', '"'),
    "spaced dashes typed —": _dashes("—"),
    "spaced dashes typed -": _dashes("-"),
    "no closing period": lambda t, _rng: t.rstrip().rstrip("."),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many changed notes each")
    args = parser.parse_args()
    records = [r for name in FILES for r in load_jsonl(DATA / "corpus" / name)]
    base = [_record(r) for r in records]
    print(f"{len(records)} labelled notes ({' + '.join(FILES)})\n")
    print("| typed with | notes it alters | of them, records that change | fields most changed |")
    print("|---|---|---|---|")
    for name, perturb in PERTURBATIONS.items():
        rng = random.Random(5)
        altered = changed = 0
        fields: Counter[str] = Counter()
        shown = 0
        for record, before in zip(records, base, strict=True):
            text = perturb(record["note"], rng)
            if text == record["note"]:
                continue
            altered += 1
            after = _record({**record, "note": text})
            diff = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
            if diff:
                changed += 1
                fields.update(diff)
                if shown < args.show:
                    shown += 1
                    print(f"  {record['id']} {text[:100]!r}: {diff}", file=sys.stderr)
        top = ", ".join(f"{k} {n}" for k, n in fields.most_common(3))
        share = f"{changed} ({changed / altered:.0%})" if altered else "0"
        print(f"| {name} | {altered} | {share} | {top} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
