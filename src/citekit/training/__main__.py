"""Write labelled training notes as JSON Lines.

    python -m citekit.training --n 1000 --seed 1 --out notes.jsonl

Each line is ``{"text", "spans": [[start, end, label], …], "item", "family", "lang"}`` (plus
``"more"``: the items of the further sources when a note cites several).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from citekit.styles import BUILTIN_STYLES
from citekit.training.pools import LANGS
from citekit.training.rendered import StyleSet
from citekit.training.samples import DEFAULT_CSL_SHARE, FAMILIES, generate_samples

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Write samples as JSON Lines; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m citekit.training", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--n", type=int, default=1000, help="how many notes (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", default="-", help="output file (default: stdout)")
    parser.add_argument(
        "--family", action="append", choices=sorted(FAMILIES), help="only this family (repeatable)"
    )
    parser.add_argument("--lang", action="append", choices=LANGS, help="only this language")
    parser.add_argument("--noise", type=float, default=0.3, help="noise rate, 0 to 1 (default 0.3)")
    parser.add_argument(
        "--no-dev-values", action="store_true", help="keep dev corpus values out of the pools"
    )
    parser.add_argument(
        "--csl-share",
        type=float,
        default=None,
        help="share of the notes written by CSL styles (default 0.3, or 0 with --family)",
    )
    parser.add_argument(
        "--styles-dir",
        action="append",
        default=[],
        help="a folder of .csl styles to render with too (repeatable)",
    )
    parser.add_argument(
        "--no-builtin-styles", action="store_true", help="only the styles of --styles-dir"
    )
    parser.add_argument(
        "--marks",
        type=float,
        default=0.0,
        help="share of the notes whose quote marks and spaced dashes are typed another way",
    )
    args = parser.parse_args(argv)
    if not 0.0 <= args.marks <= 1.0:
        parser.error(f"--marks {args.marks}: a share from 0 to 1")
    sources: list[str] = [] if args.no_builtin_styles else list(BUILTIN_STYLES)
    for folder in args.styles_dir:
        found = sorted(str(p) for p in Path(folder).glob("*.csl"))
        if not found:
            parser.error(f"--styles-dir {folder}: no .csl styles there")
        sources += found
    share = args.csl_share
    if share is None:
        share = 0.0 if args.family else DEFAULT_CSL_SHARE
    styles = StyleSet(sources) if sources and share > 0 else None
    samples = generate_samples(
        args.n,
        seed=args.seed,
        families=args.family,
        langs=tuple(args.lang or LANGS),
        noise=args.noise,
        dev_values=not args.no_dev_values,
        styles=styles,
        csl_share=share if styles is not None else 0.0,
        marks=args.marks,
    )
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for sample in samples:
            out.write(json.dumps(sample.to_json(), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if styles is not None:
        counts = ", ".join(f"{k}: {v}" for k, v in sorted(styles.stats.items()))
        print(f"CSL styles: {len(styles.sources)} given; {counts}", file=sys.stderr)
        for source, reason in sorted(styles.skipped.items()):
            print(f"skipped {source}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
