"""The pure parts of recovery: title matching, listing readers, dates, the note edit."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from citekit.links.recover import (
    Candidate,
    LostSource,
    RecoverSettings,
    Recovery,
    edits_for,
    lost_sources,
    recovery_edit,
)
from citekit.links.recover.listings import (
    inflate,
    page_meta,
    parse_cdx,
    parse_date,
    parse_feed,
    parse_sitemap,
    parse_wp_search,
    sitemaps_in_robots,
)
from citekit.links.recover.search import date_factor
from citekit.links.recover.titles import best_part_similarity, similarity, slug_title, title_key
from citekit.model import Location, Note, PartialDate
from citekit.pipeline import read_bytes
from tests.linear import growth

D = dt.date
BASE = "https://site.example/"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev"),  # Kazakh Cyrillic / English
        ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev"),  # Kazakh Latin (2021)
        ("Казахстан готов нарастить экспорт", "kazakhstan-gotov-narastit-eksport"),  # a slug
        ("Türkmenistanyň ýoly", "Turkmenistanyn yoly"),  # Turkmen ň ý without marks
        ("İSTANBUL'DA IŞIK", "istanbul’da ışık"),  # Turkish dotted and dotless i, quotes
        ("“Gaz eksporty artdy”", "gaz eksporty, artdy!"),  # quotes and punctuation
    ],
)
def test_titles_meet_across_scripts_and_spellings(a: str, b: str) -> None:
    assert similarity(a, b) == 1.0


def test_token_overlap_not_substring_luck() -> None:
    assert similarity("Gaz", "Gaz eksporty iki essä golaý artdy we täze bazarlar açyldy") < 0.3
    assert similarity("Türkmenistanyň eksporty artdy", "Türkmenistan eksporty artdy") > 0.9
    assert similarity("Eksport artdy", "Import azaldy") == 0.0


def test_site_name_added_to_the_page_title_is_set_aside() -> None:
    key = title_key("Gaz eksporty artdy")
    assert best_part_similarity(key, "Gaz eksporty artdy | Biznes Türkmenistan") == 1.0


def test_slug_words_drop_ids_the_note_does_not_have() -> None:
    assert slug_title("https://x.tm/tk/post/7718/gaz-eksporty-artdy") == "gaz eksporty artdy"
    assert slug_title("https://x.kz/n/kazakhstan-gotov-126745.html") == "kazakhstan gotov"
    assert slug_title("https://x.kz/") == ""


def test_sitemap_index_and_gzip_urlset() -> None:
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://site.example/s-2021-10.xml.gz</loc>"
        b"<lastmod>2021-10-31T10:00:00+00:00</lastmod></sitemap></sitemapindex>"
    )
    children, entries = parse_sitemap(index, BASE)
    assert [("https://site.example/s-2021-10.xml.gz", D(2021, 10, 31))] == [
        (c.url, c.lastmod) for c in children
    ]
    assert entries == []
    urlset = gzip.compress(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>/a/2021/10/20/x</loc><lastmod>2021-11-02</lastmod></url></urlset>"
    )
    _none, (entry,) = parse_sitemap(urlset, BASE)
    assert ("https://site.example/a/2021/10/20/x", D(2021, 10, 20), "sitemap") == (
        entry.url,
        entry.published,
        entry.source,
    )


def test_news_sitemap_gives_title_and_date() -> None:
    news = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        "<loc>https://site.example/p/1</loc><news:news><news:publication_date>2021-10-22"
        "</news:publication_date><news:title>Söwda $74,6 milliona ýetdi</news:title></news:news>"
        "</url></urlset>"
    ).encode()
    (_children, (entry,)) = parse_sitemap(news, BASE)
    assert ("Söwda $74,6 milliona ýetdi", D(2021, 10, 22), "news sitemap") == (
        entry.title,
        entry.published,
        entry.source,
    )


def test_rss_and_atom_items() -> None:
    rss = (
        b"<rss><channel><item><title>A &amp; B</title><link>https://site.example/a</link>"
        b"<pubDate>Fri, 22 Oct 2021 09:00:00 +0000</pubDate></item></channel></rss>"
    )
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title>'
        b'<link rel="alternate" href="/c"/><published>2021-10-23T09:00:00Z</published>'
        b"</entry></feed>"
    )
    got = [(e.url, e.title, e.published) for e in parse_feed(rss, BASE) + parse_feed(atom, BASE)]
    assert [
        ("https://site.example/a", "A & B", D(2021, 10, 22)),
        ("https://site.example/c", "C", D(2021, 10, 23)),
    ] == got


def test_wordpress_search_and_cdx_answers() -> None:
    wp = b'[{"id": 7, "title": "Gaz &#8211; eksport", "url": "https://site.example/?p=7"}]'
    assert [(e.url, e.title) for e in parse_wp_search(wp, BASE)] == [
        ("https://site.example/?p=7", "Gaz \u2013 eksport")
    ]
    cdx_json = (
        b'[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],'
        b'["example,site)/a","20211024120000","https://site.example/a","text/html","200","X","1"],'
        b'["example,site)/b","20211024120000","https://site.example/b","text/html","404","X","1"]]'
    )
    cdx_text = b"example,site)/c 20211001000000 https://site.example/c text/html 200 X 1\n"
    got = [(e.url, e.published) for e in parse_cdx(cdx_json) + parse_cdx(cdx_text)]
    assert [
        ("https://site.example/a", D(2021, 10, 24)),
        ("https://site.example/c", D(2021, 10, 1)),
    ] == got


def test_robots_and_page_meta() -> None:
    robots = b"User-agent: *\nDisallow: /x\nSitemap: https://site.example/news.xml\n"
    assert sitemaps_in_robots(robots, BASE) == ["https://site.example/news.xml"]
    page = (
        b"<html><head><title>Gaz | Site</title><meta property='og:title' content='Gaz'>"
        b"<meta property='article:published_time' content='2021-10-22T10:00:00+05:00'>"
        b"<link rel='alternate' type='application/rss+xml' href='/feed/'>"
        b"<link rel='https://api.w.org/' href='/wp-json/'></head></html>"
    )
    meta = page_meta(page, BASE)
    assert ("Gaz | Site", "Gaz", D(2021, 10, 22), ("https://site.example/feed/",), True) == (
        meta.title,
        meta.og_title,
        meta.published,
        meta.feeds,
        meta.wordpress,
    )


@pytest.mark.parametrize(
    "hostile",
    [
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;'
        b'&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<urlset><url><loc>&c;</loc></url></urlset>",
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>&x;</loc></url></urlset>",
        b"\x1f\x8b not really gzip",
        b"<urlset><url><loc>unclosed",
        b"",
    ],
)
def test_hostile_listings_give_nothing_and_no_error(hostile: bytes) -> None:
    children, entries = parse_sitemap(hostile, BASE)
    assert children == []
    assert all("root:" not in e.url and "aaaa" not in e.url for e in entries)
    assert parse_feed(hostile, BASE) == []
    assert parse_wp_search(hostile, BASE) == []


def test_gzip_bomb_is_inflated_only_to_the_limit() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(inflate(bomb, limit=1000)) == 1000


def test_title_work_does_not_grow_with_hostile_input() -> None:
    key = title_key("x")

    def run(text: str) -> None:
        best_part_similarity(key, text)

    # 25 times the input: linear work would take 25 times as long, capped work the same
    ratio = growth(lambda n: " " * n + "x" + " -" * n, run, 20_000, factor=25)
    assert ratio < 5, f"25 times the input multiplied the work by {ratio:.1f}"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2021-10-22", D(2021, 10, 22)),
        ("2021-10-22T10:00:00+05:00", D(2021, 10, 22)),
        ("20211022120000", D(2021, 10, 22)),
        ("Fri, 22 Oct 2021 09:00:00 GMT", D(2021, 10, 22)),
        ("2021-13-40", None),
        ("soon", None),
    ],
)
def test_dates_of_listings(text: str, day: dt.date | None) -> None:
    assert day == parse_date(text)


def test_date_factor_prefers_just_before_access() -> None:
    read = D(2021, 10, 25)
    near, _ = date_factor(D(2021, 10, 22), read)
    year, _ = date_factor(D(2020, 10, 22), read)
    later, why = date_factor(D(2021, 12, 1), read)
    assert near == 1.0
    assert year < 0.6
    assert later < year
    assert "after" in why


def _note(text: str) -> Note:
    return Note(number=3, text=text, location=Location(path="a.txt", note=3, line=5))


def _recovery(site: str, url: str | None = None) -> Recovery:
    lost = LostSource(
        note=3,
        title="T",
        site=site,
        accessed=PartialDate(2021, 10, 25),
        location=Location(path="a.txt", note=3, line=5),
        url=url,
    )
    return Recovery(lost=lost, home=None)


def test_edit_keeps_the_note_form() -> None:
    note = _note("“T”, Akorda,, (Erişim Tarihi: 25.10.2021).")
    edit = recovery_edit(note, _recovery("Akorda"), "https://akorda.kz/x")
    assert edit is not None
    assert (edit.old, edit.new) == (",,", ", https://akorda.kz/x,")  # the slot after the name
    bare = recovery_edit(_note("“T”, Akorda, (25.10.2021)."), _recovery("Akorda"), "https://a/x")
    assert bare is not None
    assert (bare.old, bare.new) == ("Akorda,", "Akorda, https://a/x,")
    twice = _note("“Akorda, Akorda”, Akorda, 2021.")
    assert recovery_edit(twice, _recovery("Akorda"), "https://a/x") is None
    dead = recovery_edit(
        _note("“T”, A, https://a/old, 2021."), _recovery("A", "https://a/old"), "https://a/new"
    )
    assert dead is not None
    assert (dead.old, dead.new) == ("https://a/old", "https://a/new")
    # Word's zero-width space inside the dead address: the parser's address has none
    spaced = recovery_edit(
        _note("“T”, A, https://a/o\u200bld, 2021."),
        _recovery("A", "https://a/old"),
        "https://a/new",
    )
    assert spaced is not None
    assert (spaced.old, spaced.new) == ("https://a/old", "https://a/new")


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("“T”, *Akorda*,, (Erişim Tarihi: 25.10.2021).", ",,", ", https://a/x,"),
        ("“T”, _Akorda_, (25.10.2021).", "Akorda_,", "Akorda_, https://a/x,"),
        # an HTML note's visible text: the name's <em> is not in it, the slot alone is edited
        ("“T”, Akorda, , (Erişim Tarihi: 25.10.2021).", ", ,", ", https://a/x,"),
        # the slot written twice in the note: the name and the slot together
        ("“T,,”, Akorda,, (25.10.2021).", "Akorda,,", "Akorda, https://a/x,"),
    ],
)
def test_edit_finds_the_site_in_emphasis(text: str, old: str, new: str) -> None:
    edit = recovery_edit(_note(text), _recovery("Akorda"), "https://a/x")
    assert edit is not None
    assert (edit.old, edit.new) == (old, new)


def test_another_place_or_figure_is_a_contradiction_not_a_gap() -> None:
    note = "Gazagystan Türkmenistanyň üsti bilen Eýrana eksportyny artdyrar"
    sibling = "Gazagystan Owganystanyň üsti bilen Eýrana eksportyny artdyrar"
    shorter = "Gazagystan Türkmenistanyň üsti bilen eksportyny artdyrar"
    assert similarity(note, sibling) < 0.75 < similarity(note, shorter)
    assert similarity("Söwda $74,6 milliona ýetdi", "Söwda $62 milliona ýetdi") < 0.6
    shouting = "“TÜRKMENISTAN İRAN TAHIL DEMIRYOLU ITHALAT”"
    assert similarity(shouting, "Türkmenistan Afganistan tahıl demiryolu ithalat") < 0.75


@pytest.mark.parametrize(
    "url",
    [
        "https://a/x y",
        "https://a/x\n[2] forged note",
        'https://a/"><script>',
        "javascript:alert(1)",
    ],
)
def test_odd_addresses_from_listings_are_never_written(url: str) -> None:
    note = _note("“T”, Akorda,, (Erişim Tarihi: 25.10.2021).")
    assert recovery_edit(note, _recovery("Akorda"), url) is None


def test_a_lost_address_is_written_into_the_note_of_its_own_chapter() -> None:
    text = (
        "Türkmenistan ile Kazakistan arasındaki ilişkiler son yıllarda hızla gelişmiştir.[^1]\n\n"
        "**Notlar:**\n\n1. “Söwda artýar”, Akorda, https://akorda.kz/a, (Erişim: 1.2.2021).\n\n"
        "## İkinci Bölüm\n\nTicaret hacmi de önemli ölçüde artmıştır.[^1]\n\n"
        "**Notlar:**\n\n1. “Gaz eksporty”, Akorda,, (Erişim Tarihi: 25.10.2021).\n"
    )
    document = read_bytes(text.encode(), path="makale.md")
    (lost,) = lost_sources(document)
    assert (lost.section, lost.note) == (1, 1)
    found = Candidate(
        url="https://akorda.kz/b",
        title="Gaz eksporty",
        published=None,
        confidence=1.0,
        verified=True,
        reasons=(),
        found_in=(),
    )
    recovery = Recovery(lost=lost, home=None, candidates=(found,))
    (edit,) = edits_for(document, [recovery], RecoverSettings())
    assert (edit.section, edit.note, edit.old) == (1, 1, ",,")
