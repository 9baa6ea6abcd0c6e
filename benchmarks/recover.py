"""Recovering lost addresses at scale: 500 generated notes over 20 loopback sites with decoys.

Each site has a language (Turkmen, Russian, Kazakh, Turkish, English) and a way of listing its
pages (gzipped sitemap index, plain index, news sitemap, one sitemap, WordPress search with a
short feed, an Atom feed with a CDX index), 25 cited articles, and for each cited article three
decoys: the same story a year earlier with another figure, a near-identical title about another
place days apart, and a later follow-up with the same title. Notes cite the articles with their
title as listed, with a word dropped, in another script (romanized Russian and Kazakh), or
where the page's own <title> is worded otherwise; each note's access date is 0-5 days after
the article. The script prints rank-1 accuracy, wrong writes, and precision/recall per
threshold (a write happens when the best candidate is verified, above the threshold and 0.1
ahead of the runner-up).

    uv run python benchmarks/recover.py            # 500 notes, 20 sites
    uv run python benchmarks/recover.py --notes 100
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent))

from tests.links.sites import Article, CdxSpec, SiteSpec, serve, serve_cdx

from citekit.links import LinkSettings
from citekit.links.recover import LostSource, RecoverSettings, recover
from citekit.model import Location, PartialDate
from citekit.romanize import romanize

WORDS = {
    "tk": "gazagystan türkmenistan söwda eksport import dolanyşygy ýetdi artdy demir ýoly gaz "
    "nebit pagta bugdaý gurluşyk maslahat sergi hyzmatdaşlyk ykdysady ösüş täze zawod açyldy "
    "ministr duşuşyk geçirildi halkara bazar önümçilik",
    "ru": "казахстан туркменистан экспорт импорт торговля рост миллион долларов поставки "
    "железная дорога газ нефть зерно завод открыт министр встреча переговоры соглашение "
    "инвестиции рынок производство сотрудничество",
    "kk": "қазақстан түрікменстан экспорт сауда өсті миллион доллар теміржол газ мұнай астық "
    "зауыт ашылды министр кездесу келіссөз келісім инвестиция нарық өндіріс ынтымақтастық "
    "президент мемлекет басшысы",
    "tr": "türkiye kazakistan türkmenistan ihracat ithalat ticaret arttı milyon dolar demiryolu "
    "doğalgaz petrol tahıl fabrika açıldı bakan görüşme anlaşma yatırım pazar üretim işbirliği "
    "zirve ıspanak ılgaz",
    "en": "kazakhstan turkmenistan exports imports trade grew million dollars railway gas oil "
    "grain plant opened minister meeting talks agreement investment market production "
    "cooperation summit corridor",
}
PLACES = {
    "tk": ["Eýran", "Owganystan", "Hytaý", "Russiýa", "Türkiýe"],
    "ru": ["Иран", "Афганистан", "Китай", "Россия", "Турция"],
    "kk": ["Иран", "Ауғанстан", "Қытай", "Ресей", "Түркия"],
    "tr": ["İran", "Afganistan", "Çin", "Rusya", "Azerbaycan"],
    "en": ["Iran", "Afghanistan", "China", "Russia", "Turkey"],
}
LANGS = ["tk", "ru", "kk", "tr", "en"]
KINDS: list[dict[str, Any]] = [
    {"sitemap": "gzip-index", "feed": "rss"},
    {"sitemap": "index"},
    {"sitemap": "news"},
    {"sitemap": "plain"},
    {"sitemap": None, "feed": "rss", "wordpress": True, "feed_size": 10},
    {"sitemap": None, "robots": False, "feed": "atom", "feed_size": 10, "cdx": True},
]


def slug(title: str, lang: str) -> str:
    """What a news site makes of a title: romanized, lower case, hyphens."""
    if lang in ("ru", "kk"):
        title = romanize(title, lang, "bgn" if lang == "ru" else "kazakh-latin")
    plain = unicodedata.normalize("NFKD", title.replace("ı", "i"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", plain))


def make_title(rng: random.Random, lang: str) -> tuple[str, str, int]:
    words = WORDS[lang].split()
    place = rng.choice(PLACES[lang])
    picked = rng.sample(words, rng.randint(5, 8))
    number = rng.randint(12, 990)
    picked.insert(rng.randrange(1, len(picked)), place)
    picked.insert(rng.randrange(1, len(picked)), f"${number}")
    picked[0] = picked[0][:1].upper() + picked[0][1:]
    return " ".join(picked), place, number


def build(
    notes: int, seed: int, absent: int = 0
) -> tuple[list[SiteSpec], list[tuple[int, str, dict[str, object]]]]:
    """The sites and, per note, (site index, expected path or "" when absent, note fields)."""
    rng = random.Random(seed)
    per_site = notes // 20
    gone_per_site = absent // 20
    specs: list[SiteSpec] = []
    plan: list[tuple[int, str, dict[str, object]]] = []
    for s in range(20):
        lang = LANGS[s % len(LANGS)]
        kind = dict(KINDS[s % len(KINDS)])
        cdx = bool(kind.pop("cdx", False))
        articles: list[Article] = []
        for n in range(per_site + gone_per_site):
            gone = n >= per_site
            title, place, number = make_title(rng, lang)
            when = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(330))
            style = rng.choice(["exact", "exact", "drop", "script", "reworded"])
            page_title = None
            if style == "reworded":
                page_title = " ".join(rng.sample(WORDS[lang].split(), 6))
            path = f"/{lang}/news/{4000 + n * 7}/{slug(title, lang)}"
            if not gone:
                articles.append(Article(path, title, when, page_title=page_title))
            other = rng.choice([p for p in PLACES[lang] if p != place])
            decoys = [
                (title.replace(f"${number}", f"${number + 7}"), when - dt.timedelta(days=365)),
                (title.replace(place, other), when + dt.timedelta(days=rng.choice([-4, -2, 3]))),
                (title, when + dt.timedelta(days=rng.randint(20, 90))),
            ]
            for k, (decoy, day) in enumerate(decoys):
                articles.append(
                    Article(f"/{lang}/news/{4001 + n * 7 + k}/{slug(decoy, lang)}", decoy, day)
                )
            note_title = title
            words = title.split()
            if style == "drop":
                words.pop(rng.randrange(1, len(words)))
                note_title = " ".join(words)
            elif style == "script" and lang in ("ru", "kk"):
                note_title = romanize(title, lang, "bgn" if lang == "ru" else "kazakh-latin")
            elif style == "script":
                note_title = f"“{title.upper()}”"
            accessed = when + dt.timedelta(days=rng.randint(0, 5))
            fields = {"title": note_title, "accessed": accessed, "style": style}
            plan.append((s, "" if gone else path, fields))
        for k in range(60):
            title, _place, _number = make_title(rng, lang)
            when = dt.date(2020, 6, 1) + dt.timedelta(days=rng.randrange(700))
            articles.append(Article(f"/{lang}/news/{9000 + k}/{slug(title, lang)}", title, when))
        specs.append(
            SiteSpec(
                name=f"Site {s:02d} {'CDX' if cdx else ''}".strip(),
                articles=tuple(articles),
                **kind,
            )
        )
    return specs, plan


def _partial(day: object) -> PartialDate:
    assert isinstance(day, dt.date)
    return PartialDate(day.year, day.month, day.day)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500)
    parser.add_argument("--absent", type=int, default=100, help="notes whose page is gone")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    specs, plan = build(args.notes, args.seed, args.absent)
    with contextlib.ExitStack() as stack:
        served = [stack.enter_context(serve(spec)) for spec in specs]
        captures = tuple(
            (site.base + a.path, a.published + dt.timedelta(days=1))
            for site in served
            if site.spec.name.endswith("CDX")
            for a in site.spec.articles
        )
        cdx = stack.enter_context(serve_cdx(CdxSpec(captures)))
        sites = {site.spec.name: site.base + "/" for site in served}
        lost = [
            LostSource(
                note=i + 1,
                title=str(fields["title"]),
                site=specs[s].name,
                accessed=_partial(fields["accessed"]),
                location=Location(path="bench.txt", note=i + 1),
                empty_slot=True,
            )
            for i, (s, _path, fields) in enumerate(plan)
        ]
        settings = RecoverSettings(
            links=LinkSettings(allow_private=True), sites=sites, cdx_url=f"{cdx.base}/cdx"
        )
        start = time.perf_counter()
        recoveries = recover(lost, settings=settings)
        wall = time.perf_counter() - start
        requests = sum(sum(site.hits.values()) for site in [*served, cdx])
    expected = [served[s].base + path if path else None for s, path, _fields in plan]
    present = [i for i, want in enumerate(expected) if want is not None]
    gone = [i for i, want in enumerate(expected) if want is None]

    def first(i: int) -> bool:
        found = recoveries[i].candidates
        return bool(found) and found[0].url == expected[i]

    rank1 = sum(1 for i in present if first(i))
    styles: dict[str, list[int]] = {}
    for i in present:
        tally = styles.setdefault(str(plan[i][2]["style"]), [0, 0])
        tally[1] += 1
        tally[0] += first(i)
    total = len(present)
    print(
        f"{total} lost-URL notes + {len(gone)} whose page is gone (decoys remain), "
        f"{len(specs)} sites: {wall:.1f} s, {requests} requests"
    )
    print(f"found at rank 1: {rank1}/{total} = {rank1 / total:.1%}")
    for style, (good, n) in sorted(styles.items()):
        print(f"  {style:<9} {good}/{n}")
    print("threshold  written  right  wrong (of them: page gone)  precision  recall")
    for threshold in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        at = RecoverSettings(threshold=threshold)
        bests = [r.best(at) for r in recoveries]
        written = [(b, w) for b, w in zip(bests, expected, strict=True) if b is not None]
        right = sum(1 for b, w in written if b.url == w)
        wrong = len(written) - right
        wrong_gone = sum(1 for i in gone if bests[i] is not None)
        precision = right / len(written) if written else 1.0
        mark = "  <- default" if threshold == RecoverSettings().threshold else ""
        print(
            f"{threshold:>9.2f}  {len(written):>7}  {right:>5}  {wrong:>5} ({wrong_gone:>3})"
            f"             {precision:>9.1%}  {right / total:>6.1%}{mark}"
        )


if __name__ == "__main__":
    main()
