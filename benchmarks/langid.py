"""citekit.detect_language against langdetect and lingua on the dev titles: macro-F1 and speed.

Run: uv run python benchmarks/langid.py [--file tests/data/langid/langid-written17.jsonl]

`--file` measures another labelled set (the written titles of session 17, on which langid was
not built); each set also gets its accuracy in the corpus's labels (tr ru kk tk en, any other
language "other", as `tests/data/corpus/README.md` scores a cited title).
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Callable
from pathlib import Path

from langdetect import DetectorFactory, detect
from lingua import LanguageDetectorBuilder

from _common import DATA, load_jsonl, median_rate
from citekit import detect_language

_ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
_ARGS.add_argument("--file", default=str(DATA / "langid" / "langid-dev.jsonl"))
FILE = _ARGS.parse_args().file
ROWS = load_jsonl(Path(FILE))
MAIN = ("tr", "ru", "kk", "tk")
CORPUS = frozenset({"tr", "ru", "kk", "tk", "en"})


def corpus_label(code: str) -> str | None:
    """A code as the corpus labels a title's language: "und" is no label at all."""
    return None if code == "und" else code if code in CORPUS else "other"


def langdetect_code(text: str) -> str:
    DetectorFactory.seed = 0
    try:
        return str(detect(text))
    except Exception:
        return "und"


LINGUA = LanguageDetectorBuilder.from_all_languages().build()


def lingua_code(text: str) -> str:
    found = LINGUA.detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else "und"


def macro_f1(func: Callable[[str], str]) -> tuple[float, dict[str, float]]:
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    for row in ROWS:
        confusion[(row["lang"], func(row["text"]))] += 1
    scores = {}
    for lang in MAIN:
        tp = confusion[(lang, lang)]
        fp = sum(v for (g, p), v in confusion.items() if p == lang and g != lang)
        fn = sum(v for (g, p), v in confusion.items() if g == lang and p != lang)
        scores[lang] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return sum(scores.values()) / len(scores), scores


def main() -> None:
    print(f"{len(ROWS)} strings from {FILE}")
    texts = [r["text"] for r in ROWS]
    rates = {}
    for name, func in (
        ("citekit", detect_language),
        ("langdetect", langdetect_code),
        ("lingua", lingua_code),
    ):
        macro, per = macro_f1(func)
        runs = 5 if name == "citekit" else 3
        rates[name] = median_rate(lambda items, f=func: [f(t) for t in items], texts, runs=runs)
        detail = " ".join(f"{k}={v:.3f}" for k, v in per.items())
        print(f"  {name:10} macro-F1 {macro:.3f} ({detail})  {rates[name]:,.0f} strings/s")
    confusion = collections.Counter((r["lang"], detect_language(r["text"])) for r in ROWS)
    print(
        "  citekit confusion (gold -> predicted, errors only):",
        {f"{g}->{p}": n for (g, p), n in sorted(confusion.items()) if g != p},
    )
    right = sum(corpus_label(r["lang"]) == corpus_label(detect_language(r["text"])) for r in ROWS)
    share = right / len(ROWS)
    print(f"  citekit accuracy in the corpus's labels (tr ru kk tk en other) {share:.3f}")
    print(
        f"  speed ratio citekit/langdetect {rates['citekit'] / rates['langdetect']:.1f}x, "
        f"citekit/lingua {rates['citekit'] / rates['lingua']:.1f}x"
    )


if __name__ == "__main__":
    main()
