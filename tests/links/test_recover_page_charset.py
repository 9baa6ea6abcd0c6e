"""A page that declares no charset is read as UTF-8, as citekit reads documents: libxml2's
default (Latin-1) turned `Türkmenistan` into `TÃ¼rkmenistan`, so a page with the note's very
title looked only 79% alike and was held to contradict the note. Real servers on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from citekit.cli import main
from citekit.links.recover.listings import page_meta

TITLE = "Türkmenistan Gazagystana gaz eksportyny artdyrýar"
KAZAKH = "Қазақстан мен Түрікменстан арасындағы сауда өсті"


@pytest.mark.parametrize("title", [TITLE, KAZAKH, "Газ Туркменистана идёт в Казахстан"])
def test_an_undeclared_page_is_read_as_utf8(title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body>…</body></html>".encode()
    assert title == page_meta(page, "http://site.example/").title


def test_a_declared_legacy_charset_is_still_honoured() -> None:
    title = "Газ Туркменистана"
    page = (
        b'<html><head><meta charset="windows-1251"><title>'
        + title.encode("cp1251")
        + b"</title></head></html>"
    )
    assert title == page_meta(page, "http://site.example/").title


def test_bytes_that_are_not_utf8_are_still_read() -> None:
    page = b"<html><head><title>Caf\xe9 Asia</title></head></html>"  # Latin-1, undeclared
    assert page_meta(page, "http://site.example/").title is not None


class _Site(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        body = self.pages.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "text/html" if self.path.endswith(".html") else "text/xml")
        body = body or b"not found"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    article = f"{base}/tk/post/57890.html"
    _Site.pages = {
        "/tk/post/57890.html": (
            f"<html><head><title>{TITLE}</title>"
            '<meta property="article:published_time" content="2021-10-12T10:00:00+05:00">'
            f"</head><body><h1>{TITLE}</h1></body></html>"
        ).encode(),
        "/sitemap.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"<url><loc>{article}</loc><news:news><news:publication><news:name>Altyn asyr"
            "</news:name><news:language>tk</news:language></news:publication>"
            "<news:publication_date>2021-10-12</news:publication_date>"
            f"<news:title>{TITLE}</news:title></news:news></url></urlset>"
        ).encode(),
    }
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()
    server.server_close()


def test_fix_recover_writes_the_page_with_the_notes_title(
    tmp_path: Path, site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "citekit.toml"
    config.write_text(f'[sites]\n"Altyn asyr" = "{site}/"\n', encoding="utf-8")
    path = tmp_path / "makale.md"
    path.write_text(
        "Türkmenistan'ın gaz ihracatı son yıllarda artmaktadır ve Kazakistan bu ihracatın "
        f'önemli bir alıcısıdır.[^1]\n\n[^1]: "{TITLE}", *Altyn asyr*,, '
        "(Erişim Tarihi: 25.10.2021).\n",
        encoding="utf-8",
    )
    args = ["--config", str(config), "--allow-private", "--no-cache", str(path)]
    assert main(["fix", "--recover", *args]) == 0
    assert f"*Altyn asyr*, {site}/tk/post/57890.html," in path.read_text(encoding="utf-8")


def test_fix_recover_says_why_a_safe_address_was_not_written(
    tmp_path: Path, site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "citekit.toml"
    config.write_text(f'[sites]\n"Altyn asyr" = "{site}/"\n', encoding="utf-8")
    path = tmp_path / "makale.md"
    text = (
        "Türkmenistan'ın gaz ihracatı son yıllarda artmaktadır ve Kazakistan bu ihracatın "
        f'önemli bir alıcısıdır.[^1]\n\n[^1]: "{TITLE}", Altyn asyr, Altyn asyr, '
        "(Erişim Tarihi: 25.10.2021).\n"
    )
    path.write_text(text, encoding="utf-8")
    args = ["--config", str(config), "--allow-private", "--no-cache", str(path)]
    assert main(["fix", "--recover", *args]) == 1  # a lost address left unwritten, as a fix
    assert path.read_text(encoding="utf-8") == text
    err = capsys.readouterr().err
    assert "note 1: not recovered: the note does not name 'Altyn asyr' once" in err
