"""Which CSL styles of a folder the training-data generator can write notes with.

Each style is read and tried in every locale (en, tr, ru, kk, tk); a style the engine cannot
read or render is skipped and listed. Then N notes are rendered through the styles drawn at
random, and the script counts the notes whose spans did not check out (dropped) and the labels
the kept notes carry.

Run: uv run python benchmarks/training_styles.py ../shared/csl/styles-extra [--n 3000]
Writes benchmarks/results/training_styles.md.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from citekit.training import StyleSet, generate_samples
from citekit.training.rendered import LOCALES

RESULTS = Path(__file__).parent / "results"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    sources = sorted(str(p) for p in Path(args.folder).glob("*.csl"))
    lines = [f"{len(sources)} styles in {args.folder}", ""]
    began = time.perf_counter()
    skipped: dict[str, str] = {}
    for locale in LOCALES:
        styles = StyleSet(sources, locales=(locale,))
        for source in sources:
            styles.style(source, locale)
        lines.append(f"locale {locale}: {len(styles.skipped)} styles skipped")
        skipped.update(styles.skipped)
    lines += [f"  skipped {Path(s).name}: {why}" for s, why in sorted(skipped.items())]
    styles = StyleSet(sources)
    labels: Counter[str] = Counter()
    used: set[str] = set()
    for sample in generate_samples(args.n, seed=5, csl_share=1.0, styles=styles, dev_values=False):
        used.add(sample.family.split(":")[1])
        labels.update(span.label for span in sample.text.spans)
    tried = styles.stats["notes rendered"] + styles.stats["notes whose spans did not match"]
    dropped = styles.stats["notes whose spans did not match"]
    lines += [
        "",
        f"{args.n} notes: {len(used)} styles drawn; {dropped} of {tried} renders dropped "
        f"({dropped / max(tried, 1):.1%}: spans that did not check out), "
        f"{styles.stats['render errors']} render errors",
        "labels: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()),
        f"({time.perf_counter() - began:.0f} s)",
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "training_styles.md").write_text(
        "# CSL styles for training notes\n\n```\n" + text + "\n```\n", "utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
