"""An archive endpoint that gives no answer (a wrong ``--archive-url``, an archive that is
down) is said once, not read as "never archived": dead links looked exactly as if the archive
had no copy of any of them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from citekit.links import LinkSettings, LinkStatus, check_links
from tests.servers import Site, serve


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, Site]]:
    with serve() as running:
        yield running


@pytest.mark.parametrize(
    ("endpoint", "why"),
    [("/status/500", "it answered 500"), ("/status/404", "it answered 404"), ("/ok", "not JSON")],
)
def test_an_archive_that_gives_no_answer_is_said_once(
    site: tuple[str, Site], endpoint: str, why: str
) -> None:
    base, _served = site
    settings = LinkSettings(
        allow_private=True, archive=True, archive_url=f"{base}{endpoint}", timeout=2.0
    )
    warnings: list[str] = []
    dead = [f"{base}/status/404?n={n}" for n in range(3)]
    results = check_links(dead, settings=settings, warn=warnings.append)
    assert [r.status for r in results] == [LinkStatus.DEAD] * 3
    assert all(r.archived is None for r in results)
    assert len(warnings) == 1
    assert f"{base}{endpoint}: the archive gave no answer" in warnings[0]
    assert why in warnings[0]


def test_an_archive_with_no_copy_is_no_warning(site: tuple[str, Site]) -> None:
    base, _served = site
    settings = LinkSettings(
        allow_private=True, archive=True, archive_url=f"{base}/wayback/available", timeout=2.0
    )
    warnings: list[str] = []
    check_links([f"{base}/status/404"], settings=settings, warn=warnings.append)
    assert warnings == []


@pytest.mark.parametrize(
    ("endpoint", "why"),
    [
        ("/drip", "no whole answer within 1 s"),
        ("/huge/bin", "its answer is longer than 64 KiB"),
    ],
)
def test_an_archive_answer_is_bounded_in_time_and_size(
    site: tuple[str, Site], endpoint: str, why: str
) -> None:
    """An endpoint that answers a byte at a time, or without end, is given up on like one
    that fails: the lookup waited for ever (no read waited `timeout`) or held the whole body
    in memory (gigabytes in a minute)."""
    base, served = site
    settings = LinkSettings(
        allow_private=True, archive=True, archive_url=f"{base}{endpoint}", timeout=1.0
    )
    warnings: list[str] = []
    results = check_links([f"{base}/status/404?bounded"], settings=settings, warn=warnings.append)
    assert [r.status for r in results] == [LinkStatus.DEAD]
    assert results[0].archived is None
    assert len(warnings) == 1
    assert why in warnings[0]
    assert served.wait_sent(endpoint) < 64 * 1024**2  # the client hung up long before the end
