"""The shared CSL styles against citeproc-js: does every style load and render, and how much of
what citekit writes is identical to what the reference processor writes?

Every ``.csl`` file of `--styles-dir` (by default the 453 styles of ``../shared/csl/styles-extra``)
renders the golden items (``tests/data/golden/items.json``) in its own default locale, as
``tests/test_golden.py`` does for the built-in styles: the bibliography (every item, in the
style's order) and a first note for each item cited alone. citeproc-js renders the same through
``scripts/citeproc-golden/styles-dir.mjs`` (Node 20; ``cd scripts/citeproc-golden && npm ci``),
or its output is read from `--citeproc-json` (written there when the file is missing). Both see
only the locales citekit ships; a style in another language falls back to en-US in both.

The report names the styles citekit fails to load or render (by kind of error), the styles
identical to citeproc-js on every entry, the share of identical entries, and the most common
kinds of difference (each differing entry classified; word-level changes counted by style).

Run: uv run python benchmarks/styles_extra.py [--styles-dir DIR] [--citeproc-json FILE]
     [--out benchmarks/results/styles_extra.md]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from babel.dates import get_month_names

from citekit.styles import Cite, Style, StyleError, render

ROOT = Path(__file__).resolve().parent.parent
ITEMS: list[dict[str, Any]] = json.loads(
    (ROOT / "tests" / "data" / "golden" / "items.json").read_text(encoding="utf-8")
)
NODE_SCRIPT = ROOT / "scripts" / "citeproc-golden" / "styles-dir.mjs"
SECONDS_PER_STYLE = 60


def default_styles_dir() -> Path:
    """``../shared/csl/styles-extra`` beside the checkout (or beside a parent of a worktree)."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "csl" / "styles-extra"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "csl" / "styles-extra"


class _Timeout(Exception):
    pass


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def stop(_signum: int, _frame: object) -> None:
        raise _Timeout(f"no result in {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def citekit_run(path: Path) -> dict[str, Any]:
    """The style's bibliography and first notes as citekit writes them, or the error."""
    out: dict[str, Any] = {"bibliography": [], "citations": []}
    stage = "load"
    try:
        with _deadline(SECONDS_PER_STYLE):
            style = Style(path.read_bytes(), name=path.name)
            stage = "bibliography"
            registry = style.register(ITEMS)
            out["bibliography"] = [
                {"id": str(item["id"]), "text": render(entry, "text")}
                for item, entry in style.bibliography_items(ITEMS, registry)
            ]
            stage = "note"
            for item in ITEMS:
                one = style.register([item])
                cite = Cite(item, position="first", first_note=1)
                text = render(style.citation_text([cite], one), "text")
                out["citations"].append({"id": str(item["id"]), "text": text})
    except StyleError as exc:
        out["error"] = ("StyleError", stage, exc.reason)
    except _Timeout as exc:
        out["error"] = ("Timeout", stage, str(exc))
    except Exception as exc:  # the point of the benchmark: any internal error is counted
        where = _where(exc)
        out["error"] = (type(exc).__name__, stage, f"{exc} [{where}]")
    return out


def _where(exc: BaseException) -> str:
    """The innermost citekit frame of a traceback, as ``module.py:line``."""
    tb, found = exc.__traceback__, "?"
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "citekit" in name:
            found = f"{Path(name).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def languages(styles_dir: Path) -> dict[str, str]:
    """The language citekit gives each style that declares no ``default-locale`` (by file)."""
    out = {}
    for path in sorted(styles_dir.glob("*.csl")):
        try:
            style = Style(path.read_bytes(), name=path.name)
        except StyleError:
            continue
        if style.root.get("default-locale") is None:
            out[path.name] = style.lang
    return out


def citeproc_run(styles_dir: Path, cache: Path | None) -> dict[str, dict[str, Any]]:
    """citeproc-js's output by style file name, read from `cache` when it was made for the
    languages citekit gives the styles today, else made by Node (and written to `cache`)."""
    wanted = languages(styles_dir)
    data = None
    if cache is not None and cache.is_file():
        data = json.loads(cache.read_text(encoding="utf-8"))
        given = {run["style"]: run["lang"] for run in data["styles"] if "lang" in run}
        if given != wanted:
            print(
                "the cached citeproc-js output is for other languages: made again", file=sys.stderr
            )
            data = None
    if data is None:
        if shutil.which("node") is None:
            sys.exit("node is not installed and no usable --citeproc-json was given")
        target = cache or Path("/tmp/citekit-styles-extra-citeproc-js.json")
        langs = target.with_suffix(".languages.json")
        langs.write_text(json.dumps(wanted), encoding="utf-8")
        subprocess.run(
            ["node", str(NODE_SCRIPT), str(styles_dir), str(target), str(langs)],
            check=True,
            cwd=NODE_SCRIPT.parent,
        )
        data = json.loads(target.read_text(encoding="utf-8"))
    return {run["style"]: run for run in data["styles"]} | {"": {"processor": data["processor"]}}


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _is_punct(text: str) -> bool:
    return all(unicodedata.category(ch)[0] in "PSZ" for ch in text)


def classify(ours: str, theirs: str) -> str:
    """The kind of difference between two renderings of one entry."""
    if not ours:
        return "citekit writes nothing"
    if not theirs:
        return "citeproc-js writes nothing"
    if ours.lower() == theirs.lower():
        return "letter case only"
    squash = re.compile(r"[\s\u00a0\u202f]+")
    if squash.sub("", ours) == squash.sub("", theirs):
        return "spacing only"
    strip = re.compile(r"[\W_]+")
    if strip.sub("", ours) == strip.sub("", theirs):
        return "punctuation only"
    if strip.sub("", ours).lower() == strip.sub("", theirs).lower():
        return "punctuation and case"
    if ours in theirs:
        return "citekit leaves out text"
    if theirs in ours:
        return "citekit adds text"
    return "words differ"


def changes(ours: str, theirs: str) -> list[str]:
    """The word-level edits from citeproc-js's text to citekit's, digits shown as 9."""
    a, b = _TOKEN.findall(theirs), _TOKEN.findall(ours)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        out.append(re.sub(r"\d", "9", f"{old!r} → {new!r}"))
    return out


_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_KAZAKH_CAPITALS = "ӘҒҚҢӨҰҮҺІ"
_KAZAKH_WORD = re.compile(rf"([{_KAZAKH_CAPITALS}])[^\s.,;:()\[\]/]*\.?")


def _same_but_spacing(ours: str, theirs: str) -> bool:
    return _SPACES.sub(" ", ours).strip() == _SPACES.sub(" ", theirs).strip()


# Differences where citekit is right, each undone on both sides (tests/test_golden.py keeps the
# same list for the built-in styles): (reason, citekit's side, citeproc-js's side)
REASONS: list[tuple[str, Callable[[str], str], Callable[[str], str]]] = [
    (
        # citeproc-js does not initialise a given name opening with a Kazakh letter (Ә, Ғ, Қ):
        # each word opening with one is cut to that letter on both sides, spacing aside
        "Kazakh given names initialised (citeproc-js leaves them whole)",
        lambda t: _KAZAKH_WORD.sub(r"\1", t),
        lambda t: _KAZAKH_WORD.sub(r"\1", t),
    ),
    (
        "a term is cased by its own language (English In), not the item's (Turkish İn)",
        str,
        lambda t: re.sub(r"\bİn(?=[\s:.,]|ternet\b)", "In", t).replace("Içinde", "İçinde"),
    ),
    (
        "Russian months after a day take the genitive",
        lambda t: _genitive_to_nominative(t),
        str,
    ),
]


def _genitive_to_nominative(text: str) -> str:
    genitive = get_month_names("wide", context="format", locale="ru")
    nominative = get_month_names("wide", context="stand-alone", locale="ru")
    for month, name in genitive.items():
        text = text.replace(name, nominative[month].lower())
    return text


def _explained(ours: str, theirs: str) -> list[str] | None:
    """The reasons that account for every difference (spacing aside), or None."""
    used = []
    for reason, mend_ours, mend_theirs in REASONS:
        mended = mend_ours(ours), mend_theirs(theirs)
        if mended != (ours, theirs):
            used.append(reason)
            ours, theirs = mended
    return used if used and _same_but_spacing(ours, theirs) else None


def compare(styles_dir: Path, theirs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    files = sorted(styles_dir.glob("*.csl"))
    failures: dict[str, list[str]] = collections.defaultdict(list)
    their_failures: list[str] = []
    kinds: collections.Counter[str] = collections.Counter()
    reasons: collections.Counter[str] = collections.Counter()
    edits: dict[str, set[str]] = collections.defaultdict(set)
    examples: dict[str, tuple[str, str, str]] = {}
    identical_styles: list[str] = []
    agreeing_styles: list[str] = []
    totals = collections.Counter[str]()
    order_differs: list[str] = []
    started = time.perf_counter()
    for n, path in enumerate(files, 1):
        print(f"\r{n}/{len(files)} {path.name[:60]:60}", end="", file=sys.stderr, flush=True)
        ours = citekit_run(path)
        ref = theirs.get(path.name, {"error": "not rendered by citeproc-js"})
        if "error" in ours:
            kind, stage, message = ours["error"]
            failures[f"{kind} ({stage})"].append(f"{path.name}: {message}")
            continue
        if "error" in ref:
            their_failures.append(f"{path.name}: {ref['error']}")
            continue
        all_same = all_agree = True
        mine_bib = {e["id"]: e["text"].strip() for e in ours["bibliography"]}
        their_order = [e["id"] for e in ref["bibliography"]]
        if [e["id"] for e in ours["bibliography"] if e["id"] in their_order] != their_order:
            order_differs.append(path.name)
            all_same = all_agree = False
        mine_notes = {e["id"]: e["text"] for e in ours["citations"]}
        pairs = [
            ("bibliography", mine_bib.get(e["id"], ""), e["text"]) for e in ref["bibliography"]
        ]
        pairs += [("note", mine_notes.get(e["id"], ""), e["text"]) for e in ref["citations"]]
        for part, mine, their in pairs:
            totals[part] += 1
            if mine == their:
                totals[f"{part} identical"] += 1
                continue
            all_same = False
            if _same_but_spacing(mine, their):
                totals[f"{part} spacing"] += 1
                continue
            found = _explained(mine, their)
            if found is not None:
                totals[f"{part} explained"] += 1
                reasons.update(found)
                continue
            all_agree = False
            kind = f"{part}: {classify(mine, their)}"
            kinds[kind] += 1
            examples.setdefault(kind, (path.name, their, mine))
            for _reason, mend_ours, mend_theirs in REASONS:  # what is left to explain
                mine, their = mend_ours(mine), mend_theirs(their)
            for edit in changes(mine, their):
                edits[edit].add(path.name)
        if all_same:
            identical_styles.append(path.name)
        elif all_agree:
            agreeing_styles.append(path.name)
    print(file=sys.stderr)
    return {
        "styles": len(files),
        "seconds": time.perf_counter() - started,
        "failures": failures,
        "their_failures": their_failures,
        "identical_styles": identical_styles,
        "agreeing_styles": agreeing_styles,
        "order_differs": order_differs,
        "totals": totals,
        "kinds": kinds,
        "reasons": reasons,
        "edits": edits,
        "examples": examples,
    }


def report(result: dict[str, Any], styles_dir: Path, processor: str) -> str:
    totals = result["totals"]
    failed = sum(len(v) for v in result["failures"].values())
    compared = result["styles"] - failed - len(result["their_failures"])
    identical, agreeing = len(result["identical_styles"]), len(result["agreeing_styles"])
    lines = [
        "# The shared CSL styles against citeproc-js",
        "",
        f"`uv run python benchmarks/styles_extra.py`: {result['styles']} styles of "
        f"`{styles_dir.name}/`, the {len(ITEMS)} golden items (the bibliography, and a first "
        f"note for each item cited alone), citekit against {processor} "
        "(`scripts/citeproc-golden/styles-dir.mjs`), each style in its own default locale, "
        "both with the locales citekit ships (a style without `default-locale` in the language "
        "citekit gives it, for both). citeproc-js's bibliography entries are trimmed "
        "(as `golden.mjs` does); citekit's are too. "
        f"citekit took {result['seconds']:.0f} s on the shared 2-core machine.",
        "",
        "## Loading and rendering",
        "",
        f"- styles citekit fails to load or render: **{failed}** of {result['styles']}",
    ]
    for kind, entries in sorted(result["failures"].items()):
        lines.append(f"  - {kind}: {len(entries)}")
        lines += [f"    - {entry}" for entry in sorted(entries)]
    lines.append(f"- styles citeproc-js fails on: {len(result['their_failures'])}")
    lines += [f"  - {entry}" for entry in sorted(result["their_failures"])]
    lines += ["", "## Agreement", ""]
    lines.append(f"- styles compared (both render): {compared}")
    lines.append(
        f"- styles identical to citeproc-js on every entry: **{identical}** "
        f"({identical / max(compared, 1):.1%}); with the differences below where citekit is "
        f"right or only spacing differs: {identical + agreeing} "
        f"({(identical + agreeing) / max(compared, 1):.1%})"
    )
    lines += [
        "",
        "| entries | compared | identical | spacing only | citekit right | other |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for part in ("bibliography", "note", ""):
        keys = [part] if part else ["bibliography", "note"]
        count = {
            k: sum(totals[f"{p}{k}"] for p in keys)
            for k in ("", " identical", " spacing", " explained")
        }
        other = count[""] - count[" identical"] - count[" spacing"] - count[" explained"]
        share = count[" identical"] / max(count[""], 1)
        lines.append(
            f"| {part or '**all**'} | {count['']} | {count[' identical']} ({share:.1%}) | "
            f"{count[' spacing']} | {count[' explained']} | {other} |"
        )
    lines.append("")
    lines.append(f"Styles whose bibliography order differs: {len(result['order_differs'])}.")
    lines += ["", "Differences where citekit is right (entries):", ""]
    lines += [f"- {reason}: {count}" for reason, count in result["reasons"].most_common()]
    lines += [
        "",
        "## Other differences, by kind (entries)",
        "",
        "| kind | entries | first example (style: citeproc-js / citekit) |",
        "|---|---:|---|",
    ]
    for kind, count in result["kinds"].most_common():
        style, their, mine = result["examples"][kind]
        lines.append(f"| {kind} | {count} | {style}: `{their[:100]}` / `{mine[:100]}` |")
    lines += [
        "",
        "## The most common word-level changes (citeproc-js → citekit, by styles affected)",
        "",
        "| change | styles |",
        "|---|---:|",
    ]
    ranked = sorted(result["edits"].items(), key=lambda kv: (-len(kv[1]), kv[0]))[:40]
    for edit, styles in ranked:
        shown = edit.replace("|", "\\|")
        lines.append(f"| `{shown}` | {len(styles)} |")
    lines += ["", "Styles identical on every entry:", ""]
    lines.append(", ".join(s.removesuffix(".csl") for s in result["identical_styles"]) or "none")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--styles-dir", type=Path, default=default_styles_dir())
    parser.add_argument("--citeproc-json", type=Path, default=None)
    results = ROOT / "benchmarks" / "results" / "styles_extra.md"
    parser.add_argument("--out", type=Path, default=results)
    args = parser.parse_args()
    theirs = citeproc_run(args.styles_dir, args.citeproc_json)
    processor = theirs.pop("")["processor"]
    result = compare(args.styles_dir, theirs)
    text = report(result, args.styles_dir, processor)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
