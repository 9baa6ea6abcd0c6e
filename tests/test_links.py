"""The link checker against a real site on 127.0.0.1: every verdict, politeness, cache, archive."""

from __future__ import annotations

import json
import random
import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import trustme

from citekit.cli import main
from citekit.links import LinkResult, LinkSettings, LinkStatus, check_links
from citekit.links.cache import LinkCache
from citekit.links.checker import _failure
from citekit.links.guard import is_private_address
from citekit.links.politeness import RetryPolicy, parse_retry_after, retry_delay
from citekit.links.soft404 import is_home_redirect, not_found_phrase
from citekit.model import PartialDate
from tests.servers import NOT_FOUND_PAGES, Site, serve

FAST = LinkSettings(allow_private=True, timeout=2.0, retry_budget=5.0)


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, Site]]:
    with serve() as running:
        yield running


def one(url: str, settings: LinkSettings = FAST) -> LinkResult:
    (result,) = check_links([url], settings=settings)
    return result


@pytest.mark.parametrize(
    ("path", "status", "http_status"),
    [
        ("/ok", LinkStatus.OK, 200),
        ("/status/404", LinkStatus.DEAD, 404),
        ("/status/410", LinkStatus.DEAD, 410),
        ("/status/500", LinkStatus.ERROR, 500),
        ("/status/503", LinkStatus.ERROR, 503),
        ("/status/401", LinkStatus.BLOCKED, 401),
        ("/bot-wall", LinkStatus.BLOCKED, 403),
        ("/denied", LinkStatus.BLOCKED, 999),
        ("/redirect/3", LinkStatus.REDIRECT, 200),
        ("/moved-home/article-2019", LinkStatus.DEAD, 200),
        ("/loop/a", LinkStatus.ERROR, 302),
    ],
)
def test_each_answer_gets_its_verdict(
    site: tuple[str, Site], path: str, status: LinkStatus, http_status: int
) -> None:
    base, _ = site
    result = one(base + path)
    assert (status, http_status) == (result.status, result.http_status)
    assert result.detail or status is LinkStatus.OK


def test_redirect_chain_and_final_url_are_recorded(site: tuple[str, Site]) -> None:
    base, _ = site
    result = one(f"{base}/redirect/3")
    assert f"{base}/final" == result.final_url
    assert [hop.status for hop in result.chain] == [301, 302, 301]


def test_redirect_loop_is_named(site: tuple[str, Site]) -> None:
    base, _ = site
    assert "redirect loop" in one(f"{base}/loop/a").detail


def test_bot_wall_is_not_called_dead(site: tuple[str, Site]) -> None:
    base, _ = site
    result = one(f"{base}/bot-wall")
    assert result.detail.startswith("bot wall")
    assert not result.status.is_broken


@pytest.mark.parametrize("lang", sorted(NOT_FOUND_PAGES))
def test_soft_404_found_in_each_language(site: tuple[str, Site], lang: str) -> None:
    base, _ = site
    result = one(f"{base}/soft404/{lang}")
    assert result.status == LinkStatus.DEAD
    assert NOT_FOUND_PAGES[lang][0] in result.detail


def test_article_mentioning_not_found_is_alive(site: tuple[str, Site]) -> None:
    base, _ = site
    assert one(f"{base}/article/long").status == LinkStatus.OK


def test_no_head_request_is_sent(site: tuple[str, Site]) -> None:
    base, served = site
    one(f"{base}/ok?head-check")
    assert served.methods["HEAD"] == 0


def test_timeout() -> None:
    # a site of its own: the answer it still owes must not count in the shared site's load
    with serve() as (base, served):
        # the page answers after 30 s: a checker ignoring its 0.5 s limit would see it OK
        result = one(f"{base}/slow/timeout?s=30", LinkSettings(allow_private=True, timeout=0.5))
        assert result.status == LinkStatus.TIMEOUT
        served.wait_until(lambda: served.hits["/slow/timeout"] > 0, "the request")
        assert served.hits["/slow/timeout"] == 1  # given up, not retried


def test_connection_reset(site: tuple[str, Site]) -> None:
    base, _ = site
    result = one(f"{base}/reset")
    assert result.status == LinkStatus.ERROR
    assert "connection" in result.detail


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = one(f"http://127.0.0.1:{port}/gone")
    assert (result.status, result.detail) == (LinkStatus.ERROR, "connection refused")


@pytest.mark.parametrize("kind", ["bin", "html"])
def test_two_gigabyte_body_is_not_read(site: tuple[str, Site], kind: str) -> None:
    base, served = site
    result = one(f"{base}/huge/{kind}")
    assert result.status == LinkStatus.OK
    assert served.hits[f"/huge/{kind}"] == 1
    # what the server wrote before the checker hung up: the read limit plus socket buffers
    assert served.wait_sent(f"/huge/{kind}") < 64 * 1024**2


def test_retry_after_is_waited_then_ok(site: tuple[str, Site]) -> None:
    base, served = site
    result = one(f"{base}/ratelimited/once-{random.random()}?retry_after=0.5")
    assert result.status == LinkStatus.OK
    assert sum(n for p, n in served.hits.items() if p.startswith("/ratelimited/once")) >= 2


def test_503_with_retry_after_is_retried(site: tuple[str, Site]) -> None:
    base, _ = site
    assert one(f"{base}/ratelimited/503-{random.random()}?retry_after=0.3").status == LinkStatus.OK


def test_endless_429_is_rate_limited_not_dead(site: tuple[str, Site]) -> None:
    base, _ = site
    settings = LinkSettings(allow_private=True, max_retries=2, retry_budget=3.0)
    result = one(f"{base}/ratelimited/always?retry_after=0.2", settings)
    assert (result.status, result.http_status) == (LinkStatus.RATE_LIMITED, 429)


def test_non_web_urls_are_skipped() -> None:
    results = check_links(["mailto:ed@example.org", "javascript:void(0)", "file:///etc/passwd"])
    assert {LinkStatus.SKIPPED} == {r.status for r in results}


def test_private_addresses_are_refused_by_default(site: tuple[str, Site]) -> None:
    base, served = site
    before = served.hits["/ok"]
    result = one(f"{base}/ok", LinkSettings())
    assert result.status == LinkStatus.SKIPPED
    assert "--allow-private" in result.detail
    assert before == served.hits["/ok"]


def test_localhost_name_is_refused_after_dns(site: tuple[str, Site]) -> None:
    base, _ = site
    url = base.replace("127.0.0.1", "localhost") + "/ok"
    assert one(url, LinkSettings()).status == LinkStatus.SKIPPED


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("169.254.169.254", True),
        ("192.168.0.1", True),
        ("::1", True),
        ("::ffff:10.0.0.1", True),
        ("fe80::1", True),
        ("93.184.216.34", False),
        ("2606:4700::1111", False),
    ],
)
def test_private_address_classes(address: str, private: bool) -> None:
    assert private == is_private_address(address)


def test_per_host_and_global_limits_hold(site: tuple[str, Site]) -> None:
    base, served = site
    served.reset()
    other = base.replace("127.0.0.1", "localhost")
    urls = [f"{base}/busy/{n}" for n in range(24)] + [f"{other}/busy/{n}" for n in range(24)]
    settings = LinkSettings(allow_private=True, per_host=3, concurrency=4)
    results = check_links(urls, settings=settings)
    assert {LinkStatus.OK} == {r.status for r in results}
    assert max(served.max_in_flight.values()) <= 3
    assert len(served.max_in_flight) == 2


def test_results_keep_input_order_and_drop_repeats(site: tuple[str, Site]) -> None:
    base, _ = site
    urls = [f"{base}/status/404", f"{base}/ok", f"{base}/status/404"]
    assert urls[:2] == [r.url for r in check_links(urls, settings=FAST)]


def test_warm_cache_sends_no_request(site: tuple[str, Site], tmp_path: Path) -> None:
    base, served = site
    settings = LinkSettings(allow_private=True, cache=tmp_path / "links.sqlite")
    urls = [f"{base}/ok?cache={n}" for n in range(5)] + [f"{base}/status/404"]
    first = check_links(urls, settings=settings)
    requests = served.methods["GET"]
    second = check_links(urls, settings=settings)
    assert requests == served.methods["GET"]
    assert first == second
    assert all(r.from_cache for r in second)


def test_stale_cache_entries_are_checked_again(site: tuple[str, Site], tmp_path: Path) -> None:
    base, served = site
    settings = LinkSettings(allow_private=True, cache=tmp_path / "c.sqlite", max_age=0)
    check_links([f"{base}/ok?stale"], settings=settings)
    before = served.methods["GET"]
    (result,) = check_links([f"{base}/ok?stale"], settings=settings)
    assert not result.from_cache
    assert before + 1 == served.methods["GET"]


def test_cache_is_safe_for_two_writers(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    now = datetime.now(UTC)

    def write(prefix: str) -> None:
        cache = LinkCache(path, max_age=3600)
        for n in range(50):
            url = f"https://{prefix}.example/{n}"
            cache.store([LinkResult(url=url, status=LinkStatus.OK, checked_at=now)])
        cache.close()

    threads = [threading.Thread(target=write, args=(p,)) for p in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    urls = [f"https://{p}.example/{n}" for p in "ab" for n in range(50)]
    assert len(LinkCache(path, max_age=3600).fresh(urls, now=now)) == 100


def test_archive_snapshot_closest_to_access_date(site: tuple[str, Site]) -> None:
    base, served = site
    settings = LinkSettings(
        allow_private=True, archive=True, archive_url=f"{base}/wayback/available"
    )
    dead = f"{base}/status/404"
    (result,) = check_links([dead], settings=settings, accessed={dead: PartialDate(2021, 10, 25)})
    assert result.archived is not None
    assert result.archived.timestamp == "20211025120000"
    assert served.archive_queries[-1]["timestamp"] == ["20211025"]


def test_archive_not_asked_for_live_links(site: tuple[str, Site]) -> None:
    base, served = site
    served.reset()
    settings = LinkSettings(
        allow_private=True, archive=True, archive_url=f"{base}/wayback/available"
    )
    assert one(f"{base}/ok", settings).archived is None
    assert served.archive_queries == []


@pytest.fixture(scope="module")
def tls_ca() -> trustme.CA:
    return trustme.CA()


def _tls_site(ca: trustme.CA, **cert: datetime) -> Iterator[tuple[str, Site]]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", **cert).configure_cert(context)
    with serve(context) as running:
        yield running


def test_self_signed_certificate_is_an_error(tls_ca: trustme.CA) -> None:
    for base, _ in _tls_site(tls_ca):
        result = one(f"{base}/ok")
        assert result.status == LinkStatus.ERROR
        assert result.detail.startswith("TLS certificate")


def test_trusted_certificate_is_ok(tls_ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    tls_ca.cert_pem.write_to_path(str(bundle))
    for base, _ in _tls_site(tls_ca):
        settings = LinkSettings(allow_private=True, verify=str(bundle))
        assert one(f"{base}/ok", settings).status == LinkStatus.OK


def test_expired_certificate_says_so(tls_ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    tls_ca.cert_pem.write_to_path(str(bundle))
    past = datetime.now(UTC) - timedelta(days=30)
    for base, _ in _tls_site(tls_ca, not_before=past - timedelta(days=30), not_after=past):
        result = one(f"{base}/ok", LinkSettings(allow_private=True, verify=str(bundle)))
        assert (result.status, result.detail) == (LinkStatus.ERROR, "TLS certificate expired")


def test_dns_name_not_found_is_dead() -> None:
    error = httpx.ConnectError("lookup failed")
    error.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    failure = _failure(error)
    assert (failure.status, failure.detail) == (LinkStatus.DEAD, "DNS name not found")


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Fri, 27 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("soon", now) is None


def test_backoff_respects_budget_and_limits() -> None:
    policy = RetryPolicy(max_retries=3, budget=5.0, max_wait=4.0, jitter=0.0)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rng = random.Random(1)
    delays = [
        retry_delay(policy, attempt=n, waited=0.0, retry_after=None, now=now, rng=rng)
        for n in (1, 2, 3, 4)
    ]
    assert delays == [0.5, 1.0, 2.0, None]
    assert retry_delay(policy, attempt=1, waited=4.5, retry_after="1", now=now, rng=rng) is None
    assert retry_delay(policy, attempt=1, waited=0.0, retry_after="60", now=now, rng=rng) is None


def test_jitter_stays_within_its_fraction() -> None:
    policy = RetryPolicy(jitter=0.1)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rng = random.Random(7)
    for _ in range(100):
        delay = retry_delay(policy, attempt=1, waited=0.0, retry_after="2", now=now, rng=rng)
        assert delay is not None
        assert 2.0 <= delay <= 2.2


@pytest.mark.parametrize(
    ("original", "final", "home"),
    [
        ("http://a.kz/news/2019/x", "http://a.kz/", True),
        ("http://a.kz/news/2019/x", "http://a.kz/ru/", True),
        ("http://a.kz/news/2019/x", "http://a.kz/news/2019/x-new", False),
        ("http://a.kz", "https://a.kz/", False),
    ],
)
def test_home_redirect(original: str, final: str, home: bool) -> None:
    assert home == is_home_redirect(original, final)


def test_not_found_phrase_reads_title_in_legacy_encoding() -> None:
    page = "<html><head><meta charset='windows-1251'><title>Страница не найдена</title>"
    assert not_found_phrase(page.encode("cp1251")) == "Страница не найдена"


def test_cli_links_json_lines(
    site: tuple[str, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{base}/ok\n{base}/status/404\nmailto:x@example.org\n", encoding="utf-8")
    code = main(["links", "--json", "--allow-private", "--no-cache", str(urls)])
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert code == 1
    # lines come as results are decided, not in the list's order
    expected = {f"{base}/ok": "ok", f"{base}/status/404": "dead", "mailto:x@example.org": "skipped"}
    assert expected == {ln["url"]: ln["status"] for ln in lines}
    assert {"url", "status", "http_status", "final_url", "detail"} <= set(lines[0])


def test_cli_links_reads_a_documents_notes(
    site: tuple[str, Site], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, _ = site
    doc = tmp_path / "article.md"
    doc.write_text(
        "Text.[^1] More.[^2]\n\n"
        f"[^1]: “Başlık”, Akorda, {base}/ok, (Erişim Tarihi: 25.10.2021).\n"
        f"[^2]: “Другой”, Kapital, {base}/status/410, (дата обращения: 01.02.2022).\n",
        encoding="utf-8",
    )
    code = main(["links", "--allow-private", "--no-cache", str(doc)])
    out = capsys.readouterr().out
    assert code == 1
    assert "2 link(s): 1 dead, 1 ok" in out


def test_cli_links_bad_max_age_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["links", "--max-age", "soon", "x.txt"]) == 2
    assert "--max-age" in capsys.readouterr().err
