"""The hostile-input matrix (issue 17): each case in a fresh process, with its time and memory.

Each case runs ``python -m citekit …`` (or a short script, where the case needs an injected
resolver) in a child process against loopback servers and files generated here; the table
records the exit code, whether stderr shows an internal error or a traceback, the wall time and
the child's peak RSS (from ``wait4``). Run: ``uv run python benchmarks/hostile.py``; it writes
``benchmarks/results/hostile.md``.
"""

# ruff: noqa: E501 - the case table reads best one case per line
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.site import MIB, serve_hostile  # noqa: E402
from tests.hostile.test_documents_hostile import (  # noqa: E402
    BODY,
    W,
    _docx,
    _footnotes,
    _lie_about_size,
    _note,
)

Case = tuple[str, str, Callable[[Path], list[str]], str]  # area, name, make argv, expected


RUNNER = """
import sys
def high_water():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0
code = 1
try:
    if sys.argv[1] == "-m":
        from citekit.cli import main
        code = main(sys.argv[3:])
    else:
        exec(sys.argv[2], {"__name__": "__main__"})
        code = 0
finally:
    sys.stderr.write(f"\\nHWM {high_water()}\\n")
sys.exit(code)
"""


def _run(argv: list[str], cwd: Path) -> tuple[int, str, str, float, int]:
    """Exit code, stdout, stderr, seconds and peak RSS (VmHWM: this program's own memory,
    not the high-water mark rusage inherits from the process that forked it)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *argv],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    elapsed = time.perf_counter() - started
    err = done.stderr.decode("utf-8", "replace")
    marks = [line for line in err.splitlines() if line.startswith("HWM ")]
    peak = int(marks[-1].split()[1]) if marks else 0
    err = "\n".join(line for line in err.splitlines() if not line.startswith("HWM ")).strip()
    return done.returncode, done.stdout.decode("utf-8", "replace"), err, elapsed, peak


def _outcome(code: int, out: str, err: str) -> str:
    statuses = []
    for line in out.splitlines():
        try:
            statuses.append(str(json.loads(line)["status"]))
        except (ValueError, KeyError, TypeError):
            break
    else:
        if statuses:
            return ", ".join(statuses)
    lines = [line for line in err.splitlines() if line.strip()]
    text = lines[0] if lines else (out.strip().splitlines() or [""])[-1]
    if text.startswith("citekit: error: "):
        text = text.removeprefix("citekit: error: ").split(": ", 1)[-1]
    text = text.removeprefix("citekit: warning: ")
    text = " ".join(re.sub(r"/tmp/[^/\s]+/", "", text).split())  # no temp folder names
    return text if len(text) <= 70 else text[:67] + "..."


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _links(port: int, *urls: str, extra: tuple[str, ...] = ()) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        listing = _write(folder / "urls.txt", "\n".join(urls).replace("PORT", str(port)) + "\n")
        return ["-m", "citekit", "links", str(listing), "--json", "--no-cache", *extra]

    return make


def _script(code: str) -> Callable[[Path], list[str]]:
    return lambda folder: ["-c", code]


def _config(text: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        _write(folder / "citekit.toml", text)
        article = _write(folder / "a.txt", "Text.[1]\n\nNotes\n\n[1] Akorda, 25.10.2021.\n")
        return ["-m", "citekit", "check", "--no-links", str(article)]

    return make


def _convert(name: str, text: str | bytes, target: str = "out.json") -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        source = _write(folder / name, text)
        return ["-m", "citekit", "convert", str(source), str(folder / target)]

    return make


def _notes(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        path = _write(folder / name, data)
        code = f"""
from citekit.cli import main
from citekit.pipeline import read_bytes
from pathlib import Path
import sys
code = main(["notes", {str(path)!r}])
if code == 0:
    print(repr(read_bytes(Path({str(path)!r}).read_bytes(), path="x.docx").notes[0].text), file=sys.stderr)
sys.exit(code)
"""
        return ["-c", code]

    return make


ARTICLE = (ROOT / "examples" / "ankasam-tokayev-visit-turkmenistan.txt").read_text("utf-8")


def _fix_with(prepare: Callable[[Path, Path], None], *flags: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        article = _write(folder / "article.txt", ARTICLE)
        prepare(folder, article)
        return ["-m", "citekit", "fix", *flags, str(folder / "target.txt")]

    return make


def _symlinked(folder: Path, article: Path) -> None:
    (folder / "target.txt").symlink_to(article.name)


def _read_only(folder: Path, article: Path) -> None:
    article.rename(folder / "target.txt")
    (folder / "target.txt").chmod(0o444)


def _hard_linked(folder: Path, article: Path) -> None:
    os.link(article, folder / "target.txt")


def _dangling_output(folder: Path) -> list[str]:
    article = _write(folder / "article.txt", ARTICLE)
    (folder / "out.txt").symlink_to(folder / "nowhere" / "victim.txt")
    return ["-m", "citekit", "edition", str(article), "--lang", "en", "-o", str(folder / "out.txt")]


def _locked_cache(port: int) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        code = f"""
import sqlite3
from citekit.links import LinkSettings, check_links
from citekit.links.cache import LinkCache
path = {str(folder / "c.sqlite")!r}
from pathlib import Path
LinkCache(Path(path), max_age=60).close()
holder = sqlite3.connect(path, isolation_level=None)
holder.execute("BEGIN EXCLUSIVE")
s = LinkSettings(allow_private=True, cache=Path(path), cache_wait=1)
r = check_links(["http://127.0.0.1:{port}/page"], settings=s, warn=print)
assert r[0].status == "ok", r
"""
        return ["-c", code]

    return make


def _corrupt_cache(port: int) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        cache = _write(folder / "c.sqlite", b"not a database" * 100)
        listing = _write(folder / "urls.txt", f"http://127.0.0.1:{port}/page\n")
        argv = ["links", str(listing), "--allow-private", "--cache", str(cache)]
        return ["-m", "citekit", *argv]

    return make


def _tampered_cache(port: int) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        url = f"http://127.0.0.1:{port}/page"
        listing = _write(folder / "urls.txt", url + "\n")
        cache = folder / "c.sqlite"
        argv = ["-m", "citekit", "links", str(listing), "--allow-private", "--cache", str(cache)]
        subprocess.run([sys.executable, *argv], capture_output=True, check=False)
        with sqlite3.connect(cache) as db:
            db.execute("UPDATE link_results SET result = '{\"url\": 5}'")
        return argv

    return make


def _html_fix(folder: Path) -> list[str]:
    """A Russian HTML page whose "Ibid." note also stands in an HTML comment."""
    page = (
        '<html><body><p>Текст статьи о портах Казахстана.<sup><a href="#fn1" id="r1">1</a>'
        '</sup> Ещё.<sup><a href="#fn2" id="r2">2</a></sup></p>\n<h2>Примечания</h2><ol>\n'
        '<li id="fn1">Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – 304 с.</li>\n'
        '<li id="fn2"><!-- Ibid. was Op. cit. --> Ibid. С. 47.</li>\n</ol></body></html>\n'
    )
    _write(folder / "citekit.toml", 'language = "ru"\nlinks = false\n')
    return ["-m", "citekit", "fix", str(_write(folder / "page.html", page))]


def _lone_cr(folder: Path, article: Path) -> None:
    text = article.read_text("utf-8").replace("\r\n", "\n").replace("\n", "\r")
    (folder / "target.txt").write_bytes(text.encode())


def _lone_cr_diff(folder: Path) -> list[str]:
    text = ARTICLE.replace("\r\n", "\n").replace("\n", "\r")
    _write(folder / "target.txt", text.encode())
    code = f"""
import io, sys
from citekit.cli import main
out = io.StringIO()
sys.stdout = out
code = main(["fix", "--diff", {str(folder / "target.txt")!r}])
lines = out.getvalue().split("\\n")
print(f"{{len(lines) - 1}} diff lines, longest {{max(map(len, lines)):,}} characters", file=sys.stderr)
sys.exit(code)
"""
    return ["-c", code]


def _stdin_script(command: str, data: str) -> Callable[[Path], list[str]]:
    """`citekit <command> -` reading `data` (a long standard input) from a file."""

    def make(folder: Path) -> list[str]:
        path = _write(folder / "stdin.txt", data)
        code = f"""
import io, sys
from citekit.cli import main
sys.stdin = open({str(path)!r}, encoding="utf-8")
out = io.StringIO()
sys.stdout = out
code = main([{command!r}, "-"])
print(f"{{out.getvalue().count(chr(10)):,}} answer line(s)", file=sys.stderr)
sys.exit(code)
"""
        return ["-c", code]

    return make


def _closed_stdout(folder: Path) -> list[str]:
    path = _write(
        folder / "a.md", "Текст.[^1]\n\n[^1]: Иванов И. И. Порты Каспия. – Алматы, 2019.\n"
    )
    code = f"""
import sys
from citekit.cli import main
sys.stdout = None  # as `citekit notes a.md >&-` starts
sys.exit(main(["notes", {str(path)!r}]))
"""
    return ["-c", code]


def _archive_endpoint(endpoint: str) -> Callable[[Path], list[str]]:
    """`links --archive` against an availability endpoint that drips or never ends."""
    code = f"""
from citekit.links import LinkSettings, check_links
from tests.servers import serve
with serve() as (base, site):
    settings = LinkSettings(allow_private=True, archive=True, archive_url=base + {endpoint!r}, timeout=1.0)
    warnings = []
    results = check_links([base + "/status/404"], settings=settings, warn=warnings.append)
    print(results[0].status.value, "/", warnings[0].split(": ", 2)[-1])
"""
    return _script(code)


def _recover_page(port: int, path: str) -> Callable[[Path], list[str]]:
    code = f"""
import asyncio, sys
from citekit.links import LinkSettings
from citekit.links.recover.fetch import Fetcher
async def get():
    fetcher = Fetcher(LinkSettings(allow_private=True, timeout=20.0, cache=None))
    try:
        return await fetcher.get("http://127.0.0.1:{port}{path}")
    finally:
        await fetcher.aclose()
page = asyncio.run(get())
print("no page" if page is None else f"page of {{len(page.body):,}} bytes", file=sys.stderr)
"""
    return _script(code)


def _style(text: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        style = _write(folder / "evil.csl", text)
        items = _write(folder / "a.json", '[{"id": "a", "type": "book", "title": "T"}]')
        return ["-m", "citekit", "format", str(items), "--style", str(style)]

    return make


def _laughs(root: str) -> str:
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return f'<!DOCTYPE {root} [<!ENTITY l0 "ha">{levels}]>'


EVIL_STYLE = (
    '<?xml version="1.0"?>{doctype}<style xmlns="http://purl.org/net/xbiblio/csl" class="note"'
    ' version="1.0"><info><title>{ref}</title><id>x</id></info><citation><layout>'
    '<text variable="title"/></layout></citation></style>'
)


REBIND = """
import asyncio
from citekit.links import LinkSettings
from citekit.links.checker import Checker
calls = []
async def resolver(host, port):
    calls.append(host)
    return ["127.0.0.1"] if len(calls) > 1 else ["93.184.216.34"]
async def main():
    import httpx
    seen = []
    def record(request):
        seen.append(request.url.host)
        return httpx.Response(200, html="<title>ok</title>")
    c = Checker(LinkSettings(), transport=httpx.MockTransport(record), resolver=resolver)
    r = await c.check("http://rebind.test/a")
    r2 = await c.check("http://rebind.test/b")
    await c.aclose()
    assert seen == ["93.184.216.34", "93.184.216.34"] and len(calls) == 1, (seen, calls)
asyncio.run(main())
"""


def cases(port: int) -> list[Case]:
    deep = "[" * 100_000 + "]" * 100_000
    many = _footnotes("".join(_note(n, "a") for n in range(1, 20_002)))
    lying = _lie_about_size(
        _docx({"word/document.xml": BODY, "word/footnotes.xml": _footnotes(_note(1, "x" * 10**6))}),
        "word/footnotes.xml",
        100,
    )
    bomb = _docx({"word/document.xml": BODY, "word/footnotes.xml": _footnotes(" " * (65 * MIB))})
    entity = _docx(
        {
            "word/document.xml": BODY,
            "word/footnotes.xml": _footnotes(
                _note(1, "Akorda &x; after"), '<!DOCTYPE w:footnotes SYSTEM "x.dtd">'
            ),
        }
    )
    gzip = ("--allow-private",)
    return [
        ("links", "gzip, gzip (128 MiB of zeros)", _links(port, "http://127.0.0.1:PORT/gzip2", extra=gzip), "error result"),
        ("links", "gzip bomb, one layer (128 MiB)", _links(port, "http://127.0.0.1:PORT/gzip1", extra=gzip), "ok, 64 KiB read"),
        ("links", "DNS rebinding (injected resolver)", _script(REBIND), "pinned to first answer"),
        ("links", "[::ffff:7f00:1]", _links(port, "http://[::ffff:7f00:1]:PORT/page"), "skipped, not contacted"),
        ("links", "[64:ff9b::7f00:1]", _links(port, "http://[64:ff9b::7f00:1]:PORT/page"), "skipped, not contacted"),
        ("links", "[::7f00:1]", _links(port, "http://[::7f00:1]:PORT/page"), "skipped, not contacted"),
        ("links", "[2002:7f00:1::]", _links(port, "http://[2002:7f00:1::]:PORT/page"), "skipped, not contacted"),
        ("links", "malformed URLs (5) + 1 good", _links(port, "http://256.1.1.1/", "http://[::1", "http://0177.0.0.1/", "http://１２７.０.０.１/", "http://a\x01b/", "http://127.0.0.1:PORT/page", extra=gzip), "errors, run completes"),
        ("links", "credentials in URL", _links(port, "http://bob:hunter2@127.0.0.1:PORT/page", extra=gzip), "printed as ***"),
        ("links", "cache locked by another process", _locked_cache(port), "results kept, warning"),
        ("links", "cache file corrupt", _corrupt_cache(port), "moved aside, rebuilt"),
        ("links", "cache rows tampered", _tampered_cache(port), "rows rechecked"),
        ("config", 'allow-private = "false"', _config('[link-settings]\nallow-private = "false"\n'), "config error"),
        ("config", "concurrency = 1e9", _config("[link-settings]\nconcurrency = 1e9\n"), "config error"),
        ("config", "per-host = 0.5", _config("[link-settings]\nper-host = 0.5\n"), "config error"),
        ("config", "article-date = 2021-11-01T10:00:00", _config("article-date = 2021-11-01T10:00:00\n"), "config error"),
        ("config", 'date-format = "QQQQQQQQQQQQQQQQ"', _config('date-format = "QQQQQQQQQQQQQQQQ"\n'), "config error"),
        ("config", "cache = 5 / user-agent = 5", _config("[link-settings]\ncache = 5\nuser-agent = 5\n"), "config error"),
        ("config", 'language = "xx"', _config('language = "xx"\n'), "config error"),
        ("writer", "symlinked article", _fix_with(_symlinked), "target written, link kept"),
        ("writer", "hard-linked article", _fix_with(_hard_linked), "both names updated"),
        ("writer", "0444 article (as root)", _fix_with(_read_only), "refused without --force"),
        ("writer", "edition -o dangling symlink", _dangling_output, "refused"),
        ("csl-json", '"author": ["Smith"]', _convert("a.json", '[{"author": ["Smith"]}]'), "clear error"),
        ("csl-json", "100,000-deep [[[", _convert("a.json", deep), "clear error"),
        ("csl-json", "Infinity", _convert("a.json", '[{"volume": Infinity}]'), "clear error"),
        ("csl-json", 'title {"a":[1,2]}', _convert("a.json", '[{"title": {"a": [1, 2]}}]'), "clear error"),
        ("bibtex", "10 MB @string", _convert("a.bib", '@string{s = "' + "a" * 10**7 + '"}\n@misc{k, title = s}\n'), "clear error"),
        ("bibtex", "broken entry", _convert("a.bib", "@article{b, title = {open\n@misc{c, title={x}}\n"), "one clear error"),
        ("bibtex", "# concatenation", _convert("a.bib", '@string{j = "A"}\n@misc{k, title = j # " and " # {B}}\n'), "expanded"),
        ("ris", "garbage, no TY/ER", _convert("a.ris", "garbage\n"), "error, exit 2"),
        ("ris", "16,000 records (cite keys)", _convert("a.ris", "TY  - JOUR\nTI  - Same\nER  - \n" * 16000, "out.bib"), "linear"),
        ("docx", "central directory lies about sizes", _notes("a.docx", lying), "clear error"),
        ("docx", "part inflating past 64 MB", _notes("a.docx", bomb), "clear error"),
        ("docx", "2,500,001 tags in document.xml", _notes("a.docx", _docx({"word/document.xml": f'<w:document xmlns:w="{W}"><w:body>' + "<w:p/>" * 2_500_001 + "</w:body></w:document>"})), "clear error"),
        ("docx", "20,001 footnotes", _notes("a.docx", _docx({"word/document.xml": BODY, "word/footnotes.xml": many})), "clear error"),
        ("docx", "undefined entity in <w:t>", _notes("a.docx", entity), "text kept"),
        ("docx", "entity bomb (billion laughs)", _notes("a.docx", _docx({"word/document.xml": BODY, "word/footnotes.xml": _footnotes(_note(1, "&l9;"), _laughs("w:footnotes"))})), "clear error, part named"),
        ("csl style", "SYSTEM entity (file:///etc/passwd)", _style(EVIL_STYLE.format(doctype='<!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>', ref="&x;")), "refused, nothing read"),
        ("csl style", "entity bomb (billion laughs)", _style(EVIL_STYLE.format(doctype=_laughs("style"), ref="&l9;")), "refused"),
        ("links", "--archive endpoint dripping a byte / 0.1 s", _archive_endpoint("/drip"), "given up after --timeout"),
        ("links", "--archive endpoint answering without end", _archive_endpoint("/huge/bin"), "given up after 64 KiB"),
        ("recover", "page sent gzip, gzip (128 MiB)", _recover_page(port, "/gzip2"), "no page, small memory"),
        ("stdin", "date - with 17 MiB of dates", _stdin_script("date", "25.10.2021\n" * 1_600_000), "every line answered"),
        ("stdin", "lang - with 17 MiB of text", _stdin_script("lang", "Порты Каспия " * 1_400_000), "refused, exit 2"),
        ("stdout", "notes a.md >&-", _closed_stdout, "said, exit 2"),
        ("writer", "fix, lines ending in a lone CR", _fix_with(_lone_cr), "fixes applied"),
        ("writer", "fix --diff, lines ending in a lone CR", _lone_cr_diff, "one diff line a line"),
        ("writer", "fix, note text also in <!-- -->", _html_fix, "fixed, comment kept"),
        ("bibtex", "braces nested 500 deep", _convert("a.bib", "@misc{k, title = {" + "{" * 500 + "x" + "}" * 500 + "}}\n"), "read, braces dropped"),
        ("csl-json", "date part of 20 digits", _convert("a.json", '[{"id": "a", "type": "book", "issued": {"date-parts": [[99999999999999999999]]}}]'), "clear error"),
        ("csl-json", "UTF-16 with BOM (Notepad)", _convert("a.json", '[{"id": "a", "type": "book", "title": "Порты"}]'.encode("utf-16")), "read"),
        ("csl-json", "windows-1251 bytes", _convert("a.json", '[{"id": "a", "type": "book", "title": "Порты"}]'.encode("cp1251")), "clear error, line and byte"),
        ("markdown", "one note of 3,000,000 characters", _notes("long.md", ("Text.[^1]\n\n[^1]: " + "Порты Каспия. " * 214_286 + "\n").encode()), "clear error, note named"),
        ("markdown", "330 nested [", _notes("a.md", ("[^1]\n\n[^1]: " + "[" * 330 + "x" + "]" * 330).encode()), "clear error"),
        ("html", "5,000 nested <div>", _notes("a.html", ("<div>" * 5000 + "x").encode()), "clear error"),
    ]  # fmt: skip


def main() -> None:
    rows = []
    with serve_hostile(128 * MIB) as (port, _):
        for area, name, make, expected in cases(port):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                code, out, err, seconds, peak = _run(make(folder), folder)
                crashed = "internal error" in err or "Traceback" in err
                left = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
            what = _outcome(code, out, err)
            rows.append((area, name, expected, what, code, crashed, left, seconds, peak))
            print(f"{area:9} {name:38} exit {code} {seconds:5.2f}s {peak / MIB:4.0f} MB  {what}")
    lines = [
        "| area | case | expected | what citekit did | exit | internal error | temp files "
        "| time (s) | peak RSS (MB) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for area, name, expected, what, code, crashed, left, seconds, peak in rows:
        shown = name.replace("|", "\\|").replace("\x01", "\\x01").replace("<", "&lt;")
        lines.append(
            f"| {area} | {shown} | {expected} | {what.replace('|', '/').replace('<', '&lt;')} | {code} "
            f"| {'yes' if crashed else 'no'} | {len(left)} | {seconds:.2f} | {peak / MIB:.0f} |"
        )
    worst_time = max(r[7] for r in rows)
    worst_peak = max(r[8] for r in rows) / MIB
    summary = (
        f"{len(rows)} cases; internal errors: {sum(r[5] for r in rows)}; "
        f"slowest {worst_time:.1f} s; largest peak {worst_peak:.0f} MB."
    )
    out = ROOT / "benchmarks" / "results" / "hostile.md"
    out.write_text(
        "# Hostile-input matrix\n\n"
        "`uv run python benchmarks/hostile.py`: each case in a fresh process "
        "(time includes Python start-up and imports).\n\n" + "\n".join(lines) + f"\n\n{summary}\n",
        encoding="utf-8",
    )
    print(summary)
    print(json.dumps({"cases": len(rows)}))


if __name__ == "__main__":
    main()
