"""citekit.parse_date against dateparser on the dev date strings: accuracy and speed.

Run: uv run python benchmarks/dates.py
"""

from __future__ import annotations

import warnings
from typing import Any

import dateparser
from dateparser.search import search_dates

from _common import DATA, load_jsonl, median_rate
from citekit import parse_date

ROWS = load_jsonl(DATA / "dates" / "dates-dev.jsonl")
HINTS = {"tr", "ru", "kk", "tk", "en", "uk", "uz", "az"}


def citekit_iso(row: dict[str, Any], hint: bool) -> str | None:
    date = parse_date(row["text"], row["lang"] if hint and row["lang"] in HINTS else None)
    return date.isoformat() if date else None


def dateparser_iso(row: dict[str, Any], hint: bool) -> str | None:
    langs = [row["lang"]] if hint else None
    try:
        value = dateparser.parse(row["text"], languages=langs)
    except Exception:
        return None
    if value is None:
        return None
    precision = row.get("precision") or "day"
    return value.date().isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def dateparser_search_iso(row: dict[str, Any], hint: bool) -> str | None:
    """dateparser's search mode, which finds dates inside longer text."""
    try:
        found = search_dates(row["text"], languages=[row["lang"]] if hint else None)
    except Exception:
        return None
    if not found:
        return None
    precision = row.get("precision") or "day"
    return found[0][1].date().isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def main() -> None:
    warnings.simplefilter("ignore")
    print(f"{len(ROWS)} strings from tests/data/dates/dates-dev.jsonl")
    for hint in (True, False):
        peers = (
            ("citekit", citekit_iso),
            ("dateparser", dateparser_iso),
            ("dp.search", dateparser_search_iso),
        )
        for name, func in peers:
            right = sum(func(r, hint) == r["gold"] for r in ROWS)
            by_lang: dict[str, list[int]] = {}
            for r in ROWS:
                by_lang.setdefault(r["lang"], []).append(int(func(r, hint) == r["gold"]))
            langs = " ".join(f"{k}={sum(v) / len(v):.2f}" for k, v in sorted(by_lang.items()))
            print(f"  hint={hint!s:5} {name:10} accuracy {right / len(ROWS):.3f}  ({langs})")
    texts = [r["text"] for r in ROWS]
    ours = median_rate(lambda items: [parse_date(t) for t in items], texts * 20)
    theirs = median_rate(lambda items: [dateparser.parse(t) for t in items], texts, runs=3)
    print(
        f"  speed: citekit {ours:,.0f} strings/s, dateparser {theirs:,.0f} strings/s "
        f"(median of runs; ratio {ours / theirs:,.0f}x)"
    )


if __name__ == "__main__":
    main()
