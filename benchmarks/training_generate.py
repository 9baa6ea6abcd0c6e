"""Speed of the training-data generator: notes per second on one core, by CSL share.

Run: uv run python benchmarks/training_generate.py [--n 20000]
"""

from __future__ import annotations

import argparse
import time

from citekit.training import StyleSet, generate_samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000)
    args = parser.parse_args()
    for share in (0.0, 0.3, 1.0):
        styles = StyleSet() if share else None
        began = time.process_time()
        count = sum(1 for _ in generate_samples(args.n, seed=1, styles=styles, csl_share=share))
        spent = time.process_time() - began
        print(f"csl_share={share:.1f}: {count} notes in {spent:.1f} s CPU, {count / spent:,.0f}/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
