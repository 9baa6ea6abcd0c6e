"""Finding and ranking candidate addresses for one lost source.

A site is read once per run (robots.txt, its sitemaps, its home page's feeds, whether it runs
WordPress); each lost source then adds what only it can ask: the child sitemaps nearest its
access date, a WordPress search for its title, the CDX captures around its access date.
Candidates are ranked by title similarity (the listing's title or the URL's slug) and by how
near the page's date is to the access date; the best few pages are fetched, and their own
``<title>``/``og:title`` and publication date confirm or correct the ranking.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import re
from collections.abc import Sequence
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from attrs import evolve, frozen

from citekit.links.recover.fetch import Fetcher
from citekit.links.recover.listings import (
    Entry,
    SitemapRef,
    page_meta,
    parse_cdx,
    parse_feed,
    parse_sitemap,
    parse_wp_search,
    sitemaps_in_robots,
)
from citekit.links.recover.model import Candidate, LostSource, RecoverSettings
from citekit.links.recover.titles import (
    TitleKey,
    best_part_similarity,
    compare,
    key_similarity,
    slug_title,
    title_key,
    title_parts,
)
from citekit.links.soft404 import not_found_phrase

__all__ = ["SiteReader", "date_factor", "rank"]

_WORDS = re.compile(r"[^\W_]+")
_FLOOR = 0.35  # below this title similarity an entry is not a candidate
_COMPARABLE = 0.6  # a page title this close tells the same story, so it may contradict
_SOURCE_ORDER = (
    "news sitemap",
    "feed",
    "WordPress posts",
    "WordPress search",
    "sitemap",
    "CDX index",
)


class SiteReader:
    """What one site lists, read once and shared by every note that cites the site."""

    def __init__(self, home: str, fetcher: Fetcher, settings: RecoverSettings) -> None:
        self.home = home
        self.fetcher = fetcher
        self.settings = settings
        self.children: list[SitemapRef] = []
        self.entries: list[Entry] = []
        self.wordpress = False
        self.reachable = True
        self._loaded: dict[str, asyncio.Future[list[Entry]]] = {}
        self._ready: asyncio.Future[None] | None = None

    async def ready(self) -> None:
        """Read robots.txt, the top sitemaps, the home page and its feeds (once)."""
        if self._ready is None:
            self._ready = asyncio.ensure_future(self._read())
        await asyncio.shield(self._ready)

    async def _read(self) -> None:
        robots, home = await asyncio.gather(
            self.fetcher.get(urljoin(self.home, "/robots.txt")), self.fetcher.get(self.home)
        )
        self.reachable = robots is not None or home is not None
        sitemaps = sitemaps_in_robots(robots.body, self.home) if robots and robots.ok else []
        if not sitemaps:
            sitemaps = [urljoin(self.home, "sitemap.xml"), urljoin(self.home, "sitemap_index.xml")]
        feeds: list[str] = []
        if home is not None and home.ok:
            meta = page_meta(home.body, home.final_url)
            feeds = list(meta.feeds)
            self.wordpress = meta.wordpress
        if not feeds:
            feeds = [urljoin(self.home, "feed/"), urljoin(self.home, "rss.xml")]
        answers = await asyncio.gather(*(self.fetcher.get(u) for u in [*sitemaps, *feeds]))
        for url, page in zip(sitemaps, answers[: len(sitemaps)], strict=True):
            if page is not None and page.ok:
                children, entries = parse_sitemap(page.body, url)
                self.children.extend(children)
                self.entries.extend(entries)
        for url, page in zip(feeds, answers[len(sitemaps) :], strict=True):
            if page is not None and page.ok:
                self.entries.extend(parse_feed(page.body, url))

    async def _child(self, ref: SitemapRef, depth: int = 0) -> list[Entry]:
        page = await self.fetcher.get(ref.url)
        if page is None or not page.ok:
            return []
        children, entries = parse_sitemap(page.body, ref.url)
        if depth < 1:
            for child in children[: self.settings.sitemaps_per_note]:
                entries.extend(await self._load(child, depth + 1))
        return entries

    async def _load(self, ref: SitemapRef, depth: int = 0) -> list[Entry]:
        future = self._loaded.get(ref.url)
        if future is None:
            future = self._loaded[ref.url] = asyncio.ensure_future(self._child(ref, depth))
        return await asyncio.shield(future)

    async def entries_for(self, lost: LostSource) -> list[Entry]:
        """The site's entries, the child sitemaps nearest the access date, and searches."""
        await self.ready()
        accessed = _day(lost)
        chosen = sorted(self.children, key=lambda ref: _nearness(ref, accessed))
        loaded = await asyncio.gather(
            *(self._load(ref) for ref in chosen[: self.settings.sitemaps_per_note])
        )
        found = [*self.entries, *(e for group in loaded for e in group)]
        asks = []
        if self.wordpress:
            asks.append(self._wp_search(lost.title))
            if accessed is not None:
                asks.append(self._wp_posts(accessed))
        if self.settings.cdx_url and accessed is not None:
            asks.append(self._cdx(accessed))
        for group in await asyncio.gather(*asks):
            found.extend(group)
        return found

    async def _wp_search(self, title: str) -> list[Entry]:
        words = _WORDS.findall(title)
        queries = [" ".join(words)]
        longest = sorted({w for w in words if len(w) > 3}, key=lambda w: (-len(w), w))[:3]
        if len(words) > 3 and longest:
            queries.append(" ".join(longest))
        found: list[Entry] = []
        for query in queries:
            url = urljoin(self.home, "wp-json/wp/v2/search?" + urlencode({"search": query}))
            page = await self.fetcher.get(url)
            if page is not None and page.ok:
                found.extend(parse_wp_search(page.body, self.home))
            if found:
                break
        return found

    async def _wp_posts(self, accessed: dt.date) -> list[Entry]:
        """The posts of the month read and the month before (one request per month pair)."""
        first = accessed.replace(day=1)
        start = (first - dt.timedelta(days=1)).replace(day=1)
        end = (first + dt.timedelta(days=32)).replace(day=1)
        query = {
            "after": f"{start.isoformat()}T00:00:00",
            "before": f"{end.isoformat()}T00:00:00",
            "per_page": "100",
            "_fields": "link,title,date",
        }
        url = urljoin(self.home, "wp-json/wp/v2/posts?" + urlencode(query))
        page = await self.fetcher.get(url)
        return parse_wp_search(page.body, self.home) if page is not None and page.ok else []

    async def _cdx(self, accessed: dt.date) -> list[Entry]:
        assert self.settings.cdx_url is not None
        start = accessed - dt.timedelta(days=self.settings.window_days)
        end = accessed + dt.timedelta(days=self.settings.window_days)
        query = {
            "url": f"{urlsplit(self.home).netloc}/*",
            "from": start.strftime("%Y%m%d"),
            "to": end.strftime("%Y%m%d"),
            "output": "json",
            "filter": "statuscode:200",
            "collapse": "urlkey",
            "limit": "5000",
        }
        page = await self.fetcher.get(f"{self.settings.cdx_url}?{urlencode(query)}")
        return parse_cdx(page.body) if page is not None and page.ok else []


def _day(lost: LostSource) -> dt.date | None:
    when = lost.accessed
    if when is None:
        return None
    return dt.date(when.year, when.month or 12, when.day or 28)


def _nearness(ref: SitemapRef, accessed: dt.date | None) -> tuple[int, float]:
    if accessed is None:
        return (1, 0.0)
    before = accessed - dt.timedelta(days=28)
    for when in (accessed, before):
        for form in (f"{when.year}-{when.month:02d}", f"{when.year}/{when.month:02d}"):
            if form in ref.url:
                return (0, 0.0)
    if ref.lastmod is None:
        return (2, 0.0)
    days = (ref.lastmod - accessed).days
    if days >= -7:
        return (1, float(days))
    return (3, float(-days))


def date_factor(published: dt.date | None, accessed: dt.date | None) -> tuple[float, str]:
    """How much a page's date supports it, and why: near before the access date is best."""
    if published is None or accessed is None:
        return 0.85, "no date to compare with the access date"
    days = (accessed - published).days
    if days < -1:
        return 0.25, f"dated {published.isoformat()}, after the note's access date"
    if days <= 7:
        return 1.0, f"dated {published.isoformat()}, {max(days, 0)} day(s) before access"
    factor = 0.55 + 0.45 * math.exp(-(days - 7) / 60)
    return round(factor, 4), f"dated {published.isoformat()}, {days} days before access"


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, parts.query, ""))


@frozen
class _Scored:
    url: str
    title: str | None
    similarity: float
    why_title: str
    published: dt.date | None
    sources: tuple[str, ...]


def _score_entries(key: TitleKey, entries: Sequence[Entry], exclude: str | None) -> list[_Scored]:
    best: dict[str, _Scored] = {}
    for entry in entries:
        url = _canonical(entry.url)
        if exclude is not None and url == _canonical(exclude):
            continue
        listed = best_part_similarity(key, entry.title) if entry.title else 0.0
        slug = slug_title(entry.url, key.tokens)
        by_slug = key_similarity(key, title_key(slug)) if slug else 0.0
        similarity = max(listed, by_slug)
        if similarity < _FLOOR:
            continue
        why = (
            f"title {listed:.0%} alike ({entry.source})"
            if listed >= by_slug
            else f"address words {by_slug:.0%} alike ({entry.source})"
        )
        old = best.get(url)
        if old is None:
            best[url] = _Scored(url, entry.title, similarity, why, entry.published, (entry.source,))
            continue
        sources = old.sources if entry.source in old.sources else (*old.sources, entry.source)
        published = old.published
        if entry.published is not None and (
            published is None or _rank_source(entry.source) < _rank_source(old.sources[0])
        ):
            published = entry.published
        if similarity > old.similarity:
            old = evolve(old, title=entry.title or old.title, similarity=similarity, why_title=why)
        best[url] = evolve(old, published=published, sources=sources)
    return list(best.values())


def _own_title(key: TitleKey, *titles: str | None) -> tuple[float, float]:
    """The best (score, raw overlap) of a page's own titles against the note's."""
    best = (0.0, 0.0)
    for title in titles:
        if not title:
            continue
        for part in title_parts(title):
            raw, factor = compare(key, title_key(part))
            best = max(best, (round(raw * factor, 4), raw))
    return best


def _rank_source(source: str) -> int:
    return _SOURCE_ORDER.index(source) if source in _SOURCE_ORDER else len(_SOURCE_ORDER)


async def rank(
    lost: LostSource, entries: Sequence[Entry], fetcher: Fetcher, settings: RecoverSettings
) -> tuple[Candidate, ...]:
    """Candidates for a lost source, best first, the top few confirmed by fetching them."""
    key = title_key(lost.title)
    accessed = _day(lost)
    scored = _score_entries(key, entries, lost.url)
    scored.sort(key=lambda s: (-s.similarity * date_factor(s.published, accessed)[0], s.url))
    top = scored[: settings.verify]
    pages = await asyncio.gather(*(fetcher.get(s.url) for s in top))
    candidates: list[Candidate] = []
    for index, item in enumerate(scored[: max(settings.limit, settings.verify)]):
        similarity, published = item.similarity, item.published
        reasons = [item.why_title]
        verified = False
        if index < len(top):
            page = pages[index]
            if page is None or not page.ok:
                continue  # gone or unreachable: not a place to send readers
            if not_found_phrase(page.body):
                continue  # a soft 404: the site says the page is not there
            meta = page_meta(page.body, page.final_url)
            own, raw = _own_title(key, meta.title, meta.og_title)
            reasons.append(f"page's own title {own:.0%} alike")
            if raw >= _COMPARABLE and own < raw:
                similarity = min(similarity, own)  # the page itself names another figure or place
                reasons.append("page's title contradicts the note's figures or names")
            else:
                similarity = max(similarity, own)
            published = meta.published or published
            verified = True
        factor, why_date = date_factor(published, accessed)
        reasons.append(why_date)
        confidence = similarity * factor * (1.0 if verified else 0.9)
        candidates.append(
            Candidate(
                url=item.url,
                title=item.title,
                published=published,
                confidence=round(confidence, 3),
                verified=verified,
                reasons=tuple(reasons),
                found_in=item.sources,
            )
        )
    candidates.sort(key=lambda c: (-c.confidence, c.url))
    return tuple(candidates[: settings.limit])
