"""Hostile servers and hostile URLs against the link checker (issue 17).

Compression bombs are served by a loopback site; DNS rebinding goes through an injected
resolver; the guard's IPv6 cases are address literals; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import ssl
import subprocess
import sys
import textwrap
import tracemalloc
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import trustme

from citekit.cli import main
from citekit.links import LinkResult, LinkSettings, LinkStatus, check_links
from citekit.links.cache import LinkCache
from citekit.links.checker import Checker
from citekit.links.decoding import SuspiciousEncoding, read_decoded
from citekit.links.guard import is_private_address
from citekit.links.results import redact
from tests.hostile.site import MIB, Hostile, serve_hostile, zeros_gzip
from tests.servers import Site, serve

OPEN = LinkSettings(allow_private=True, timeout=5.0)
ROOT = Path(__file__).parent.parent.parent


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[int, Hostile]]:
    with serve_hostile(128 * MIB) as running:
        yield running


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, Site]]:
    with serve() as running:
        yield running


# Decoding ---------------------------------------------------------------------------------


def test_double_gzip_is_a_suspicious_answer(hostile: tuple[int, Hostile]) -> None:
    port, _ = hostile
    (result,) = check_links([f"http://127.0.0.1:{port}/gzip2"], settings=OPEN)
    assert result.status == LinkStatus.ERROR
    assert "2 content-encoding layers" in result.detail


def test_a_redirect_to_a_malformed_url_says_so(hostile: tuple[int, Hostile]) -> None:
    # was "could not check: ValueError: Invalid IPv6 URL", from the catch-all
    port, _ = hostile
    (result,) = check_links([f"http://127.0.0.1:{port}/bad-location"], settings=OPEN)
    assert (result.status, result.http_status) == (LinkStatus.ERROR, 302)
    assert result.detail == "redirect to an invalid URL: Invalid IPv6 URL"


def test_single_gzip_bomb_is_read_only_to_the_limit(hostile: tuple[int, Hostile]) -> None:
    port, _ = hostile
    (result,) = check_links([f"http://127.0.0.1:{port}/gzip1"], settings=OPEN)
    assert result.status == LinkStatus.OK


async def _chunks(data: bytes, size: int = 65536) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_decoder_allocates_about_the_limit_not_the_bomb() -> None:
    bomb = zeros_gzip(64 * MIB)
    tracemalloc.start()
    try:
        body = asyncio.run(read_decoded(_chunks(bomb), "gzip", 64 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(body) == 64 * 1024
    assert peak < 2 * MIB  # the bomb is 64 MiB decoded


@pytest.mark.parametrize("header", ["gzip, gzip", "gzip,deflate", "br", "zstd", "compress"])
def test_decoder_refuses_layers_and_unknown_encodings(header: str) -> None:
    with pytest.raises(SuspiciousEncoding):
        asyncio.run(read_decoded(_chunks(b"x"), header, 1024))


def test_raw_and_zlib_deflate_both_decode() -> None:
    import zlib

    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    wrapped = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS)
    text = b"<title>x</title>" * 100
    for packer in (raw, wrapped):
        data = packer.compress(text) + packer.flush()
        assert text == asyncio.run(read_decoded(_chunks(data, 7), "deflate", 10_000))


def _child_peaks(port: int, *runs: list[str]) -> list[tuple[str, int]]:
    """Check each list of paths in turn in one fresh process; verdicts and peak RSS after each."""
    script = textwrap.dedent(
        f"""
        from citekit.links import LinkSettings, check_links
        for paths in {list(runs)!r}:
            urls = ["http://127.0.0.1:{port}" + p for p in paths]
            results = check_links(urls, settings=LinkSettings(allow_private=True, timeout=20))
            # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent (pytest)
            with open("/proc/self/status") as status:
                peak = next(l.split()[1] for l in status if l.startswith("VmHWM:"))
            print(",".join(str(r.status) for r in results), peak)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    lines = [line.split() for line in done.stdout.splitlines()]
    return [(statuses, int(peak_kib) * 1024) for statuses, peak_kib in lines]


def test_checker_process_peak_memory_stays_bounded(hostile: tuple[int, Hostile]) -> None:
    port, _ = hostile
    # the baseline: the same process after checking a plain page (imports, client, pool)
    (plain, baseline), (statuses, peak) = _child_peaks(port, ["/page"], ["/gzip2", "/gzip1"])
    assert plain == "ok"
    assert statuses == "error,ok"
    assert peak - baseline < 32 * MIB  # each bomb inflates to 128 MiB


# The guard --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "::ffff:7f00:1",
        "::ffff:127.0.0.1",
        "::ffff:0:7f00:1",
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",
        "64:ff9b:1::7f00:1",
        "::7f00:1",
        "::127.0.0.1",
        "::a9fe:a9fe",
        "2002:7f00:1::",
        "2002:a00:1::1",
        "2002:c0a8:1::",
        "[::1]",
        "fe80::1%eth0",
        "fc00::1",
        "0.0.0.0",
        "100.64.0.1",
        "224.0.0.1",
    ],
)
def test_ipv6_and_other_forms_of_private_addresses(address: str) -> None:
    assert is_private_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700::1111", "64:ff9b::5db8:d822"])
def test_public_addresses_stay_public(address: str) -> None:
    assert not is_private_address(address)


@pytest.mark.parametrize(
    "host", ["[::ffff:7f00:1]", "[64:ff9b::7f00:1]", "[::7f00:1]", "[2002:7f00:1::]"]
)
def test_ipv6_loopback_urls_are_not_contacted(host: str) -> None:
    (result,) = check_links([f"http://{host}:9/x"], settings=LinkSettings(timeout=2))
    assert result.status == LinkStatus.SKIPPED
    assert "private address" in result.detail


class _Flipping:
    """A DNS server that answers `first`, then `later` (a rebinding attack)."""

    def __init__(self, first: str, later: str) -> None:
        self.answers = [first, later]
        self.calls = 0

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        self.calls += 1
        return [self.answers[min(self.calls - 1, 1)]]


def test_connection_goes_to_the_checked_address_with_host_kept() -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/hop":
            return httpx.Response(302, headers={"Location": "/page"})
        return httpx.Response(200, html="<title>ok</title>")

    resolver = _Flipping("93.184.216.34", "127.0.0.1")

    async def run() -> LinkStatus:
        checker = Checker(LinkSettings(), transport=httpx.MockTransport(record), resolver=resolver)
        try:
            return (await checker.check("https://rebind.test/hop")).status
        finally:
            await checker.aclose()

    assert asyncio.run(run()) == LinkStatus.REDIRECT
    assert resolver.calls == 1  # one answer, used for the check and both connections
    assert [r.url.host for r in seen] == ["93.184.216.34", "93.184.216.34"]
    assert {"rebind.test"} == {r.headers["Host"] for r in seen}
    assert {"rebind.test"} == {r.extensions["sni_hostname"] for r in seen}


def test_rebinding_to_loopback_is_refused_before_any_connection(
    hostile: tuple[int, Hostile],
) -> None:
    port, record = hostile
    before = len(record.paths)
    resolver = _Flipping("127.0.0.1", "127.0.0.1")

    async def run() -> LinkStatus:
        checker = Checker(LinkSettings(), resolver=resolver)
        try:
            return (await checker.check(f"http://rebind.test:{port}/page")).status
        finally:
            await checker.aclose()

    assert asyncio.run(run()) == LinkStatus.SKIPPED
    assert before == len(record.paths)


def test_pinned_connection_reaches_a_real_server_with_its_name(
    hostile: tuple[int, Hostile],
) -> None:
    port, record = hostile
    resolver = _Flipping("127.0.0.1", "10.255.255.1")  # the later answer would never connect

    async def run() -> LinkStatus:
        checker = Checker(OPEN, resolver=resolver)
        try:
            return (await checker.check(f"http://pinned.test:{port}/hop")).status
        finally:
            await checker.aclose()

    assert asyncio.run(run()) == LinkStatus.REDIRECT
    assert f"pinned.test:{port}" == record.hosts[-1]
    assert resolver.calls == 1


# Malformed URLs and credentials -----------------------------------------------------------

MALFORMED = [
    "http://256.1.1.1/",
    "http://[::1",
    "http://0177.0.0.1/",
    "http://１２７.０.０.１/",
    "http://exa\x01mple.com/",
    "http://host:99999/",
    "http:///nohost",
    "http://xn--zz.test/",
    "http://a" + "b" * 300 + ".test/",
]


@pytest.mark.parametrize("url", MALFORMED)
def test_malformed_url_is_an_error_result(url: str) -> None:
    (result,) = check_links([url], settings=LinkSettings(timeout=2))
    assert result.status == LinkStatus.ERROR
    assert "not a valid URL" in result.detail


def test_one_malformed_url_does_not_stop_the_others(
    site: tuple[str, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join([*MALFORMED[:4], f"{base}/ok"]) + "\n", encoding="utf-8")
    code = main(["links", str(listing), "--json", "--allow-private", "--no-cache"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert [line["status"] for line in lines] == ["error"] * 4 + ["ok"]


def test_credentials_never_printed_cached_or_forwarded(
    site: tuple[str, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, served = site
    secret_url = base.replace("http://", "http://bob:hunter2@") + "/status/404"
    listing = tmp_path / "urls.txt"
    listing.write_text(secret_url + "\n", encoding="utf-8")
    cache = tmp_path / "c.sqlite"
    archive = f"{base}/wayback/available"
    argv = ["links", str(listing), "--allow-private", "--cache", str(cache)]
    code = main([*argv, "--json", "--archive", "--archive-url", archive])
    out = capsys.readouterr().out
    assert code == 1
    assert "hunter2" not in out
    assert "http://***@127.0.0.1" in out
    assert all("hunter2" not in json.dumps(q) for q in served.archive_queries)
    with sqlite3.connect(cache) as db:
        assert "hunter2" not in repr(db.execute("SELECT * FROM link_results").fetchall())
    main(argv)  # the cached replay, printed as text
    assert "hunter2" not in capsys.readouterr().out


def test_redact_masks_every_url_in_a_text() -> None:
    text = "moved from http://a:b@x.test/p to https://c@y.test/?q=@ and ftp://z.test/"
    expected = "moved from http://***@x.test/p to https://***@y.test/?q=@ and ftp://z.test/"
    assert expected == redact(text)


# The cache --------------------------------------------------------------------------------


def test_cached_refusal_is_not_replayed_when_private_is_allowed(
    site: tuple[str, Site], tmp_path: Path
) -> None:
    base, _ = site
    cache = tmp_path / "c.sqlite"
    (refused,) = check_links([f"{base}/ok"], settings=LinkSettings(cache=cache))
    (allowed,) = check_links([f"{base}/ok"], settings=LinkSettings(cache=cache, allow_private=True))
    (again,) = check_links([f"{base}/ok"], settings=LinkSettings(cache=cache))
    assert refused.status == LinkStatus.SKIPPED
    assert (allowed.status, allowed.from_cache) == (LinkStatus.OK, False)
    assert (again.status, again.from_cache) == (LinkStatus.SKIPPED, True)


def test_locked_cache_keeps_the_results(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    path = tmp_path / "locked.sqlite"
    LinkCache(path, max_age=60).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    warnings: list[str] = []
    try:
        settings = LinkSettings(allow_private=True, cache=path, cache_wait=0.1)
        results = check_links(
            [f"{base}/ok", f"{base}/status/404"], settings=settings, warn=warnings.append
        )
    finally:
        holder.rollback()
        holder.close()
    assert [r.status for r in results] == [LinkStatus.OK, LinkStatus.DEAD]
    assert warnings
    assert all("locked" in w for w in warnings)


def test_store_gives_up_after_bounded_retries(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    warnings: list[str] = []
    cache = LinkCache(path, max_age=60, busy_seconds=0.05, warn=warnings.append)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        stored = cache.store(
            [LinkResult(url="https://a.test/", status=LinkStatus.OK, checked_at=datetime.now(UTC))]
        )
    finally:
        holder.rollback()
        holder.close()
        cache.close()
    assert not stored
    assert len(warnings) == 1
    assert "1 result(s) not cached (database is locked)" in warnings[0]


def test_corrupt_cache_is_moved_aside_and_rebuilt(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    path = tmp_path / "links.sqlite"
    # damaged past its header (a file that is not SQLite at all is never touched)
    path.write_bytes(b"SQLite format 3\x00" + b"this is not SQLite at all" * 100)
    warnings: list[str] = []
    settings = LinkSettings(allow_private=True, cache=path)
    (result,) = check_links([f"{base}/ok"], settings=settings, warn=warnings.append)
    (again,) = check_links([f"{base}/ok"], settings=settings)
    assert result.status == LinkStatus.OK
    assert again.from_cache
    assert len(list(tmp_path.glob("links.sqlite.broken-*"))) == 1
    assert "moved to" in warnings[0]


@pytest.mark.parametrize(
    "row",
    [
        "not json",
        "[]",
        '{"url": "URL", "status": "exploded", "checked_at": "2030-01-01T00:00:00+00:00"}',
        '{"url": "URL", "status": "ok", "checked_at": 5}',
        '{"url": "URL", "status": "ok", "checked_at": "2030-01-01T00:00:00+00:00", "chain": 3}',
        '{"url": "URL", "status": "ok", "checked_at": "2030-01-01T00:00:00+00:00",'
        ' "archived": "x"}',
        '{"url": "other", "status": "ok", "checked_at": "2030-01-01T00:00:00+00:00"}',
        '{"url": "URL", "status": "ok", "checked_at": "2030-01-01T00:00:00"}',
    ],
)
def test_tampered_rows_are_checked_again(site: tuple[str, Site], tmp_path: Path, row: str) -> None:
    base, _ = site
    url = f"{base}/ok"
    path = tmp_path / "c.sqlite"
    LinkCache(path, max_age=60).close()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO link_results VALUES (?, 1, '2999-01-01T00:00:00+00:00', ?)",
            (url, row.replace("URL", url)),
        )
    warnings: list[str] = []
    settings = LinkSettings(allow_private=True, cache=path)
    (result,) = check_links([url], settings=settings, warn=warnings.append)
    assert (result.status, result.from_cache) == (LinkStatus.OK, False)
    assert any("invalid" in w for w in warnings)


def test_issue_15_refusal_cached_by_links_is_not_reused_by_check_allowing_private(
    site: tuple[str, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    dead = f"{base}/status/404"
    listing = tmp_path / "urls.txt"
    listing.write_text(dead + "\n", encoding="utf-8")
    article = tmp_path / "art.txt"
    article.write_text(
        f"Body.[1]\n\nNotes\n\n[1] Akorda, “Visit”, {dead}, (Accessed: 25.10.2021).\n",
        encoding="utf-8",
    )
    cache = str(tmp_path / "c.sqlite")
    assert main(["links", str(listing), "--json", "--cache", cache]) == 0  # skipped: private
    assert '"skipped"' in capsys.readouterr().out
    code = main(["check", str(article), "--allow-private", "--cache", cache])
    out = capsys.readouterr().out
    assert code == 1
    assert "dead-link" in out


@pytest.mark.parametrize(("cert_for", "status"), [("pinned.test", "ok"), ("other.test", "error")])
def test_pinned_tls_connection_checks_the_certificate_for_the_name(
    tmp_path: Path, cert_for: str, status: str
) -> None:
    ca = trustme.CA()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(cert_for).configure_cert(context)
    resolver = _Flipping("127.0.0.1", "127.0.0.1")
    with serve(context) as (base, _):
        port = base.rsplit(":", 1)[1]

        async def run() -> LinkStatus:
            settings = LinkSettings(allow_private=True, verify=str(bundle), timeout=5)
            checker = Checker(settings, resolver=resolver)
            try:
                return (await checker.check(f"https://pinned.test:{port}/ok")).status
            finally:
                await checker.aclose()

        assert asyncio.run(run()) == status
