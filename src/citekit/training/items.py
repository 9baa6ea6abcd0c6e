"""Random CSL-JSON items of realistic types, with the fields each type carries, from the pools."""

from __future__ import annotations

import random
from typing import Any

from citekit.languages import shipped_words
from citekit.training._forms import random_date
from citekit.training.pools import LANGS, pools

__all__ = ["TYPES", "make_item"]

TYPES = (
    "article-journal",
    "article-newspaper",
    "book",
    "chapter",
    "paper-conference",
    "thesis",
    "report",
    "legislation",
    "entry-encyclopedia",
    "webpage",
    "motion_picture",
    "manuscript",
)

_FOREIGN_OUTLET = 0.12  # of news and web items, an outlet of another language
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "XII")
_ASCII = str.maketrans("ıİçÇğĞöÖşŞüÜäÄňŇýÝžŽ", "iIcCgGoOsSuUaAnNyYzZ")


def _isbn(rng: random.Random, lang: str) -> str:
    group = {"ru": "5", "kk": "601", "tr": "605", "tk": "9943", "en": "0", "uk": "966"}[lang]
    body = "978" + group + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(group)))
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    cut = [3, 3 + len(group), 3 + len(group) + 2 + rng.randint(0, 2), 12]
    parts = [body[:3], body[cut[0] : cut[1]], body[cut[1] : cut[2]], body[cut[2] :], str(check)]
    return "-".join(parts)


def _doi(rng: random.Random) -> str:
    prefix = rng.choice(
        ("10.1080", "10.1177", "10.1017", "10.32523", "10.26577", "10.1007", "10.31834")
    )
    n = rng.randint
    suffix = rng.choice(
        (
            f"{n(1000000, 9999999)}",
            f"0003122419{n(100000, 999999)}",
            f"ejpse.{n(2015, 2024)}.v{n(100, 199)}.i{n(1, 4)}.{n(1, 20):02d}",
            f"S{n(1000, 9999)}-{n(1000, 9999)}({n(10, 99)}){n(10000, 99999)}-{n(0, 9)}",
        )
    )
    return f"{prefix}/{suffix}"


_NEWS_FOLDERS = (
    "news",
    "article",
    "ru/news",
    "kz/news",
    "tm/habar",
    "haber",
    "politics",
    "novosti",
)
_PAGE_FOLDERS = (
    "about",
    "docs",
    "en/page",
    "contact",
    "wiki",
    "projects",
    "ru/content",
    "tr/sayfa",
)


def _slug(rng: random.Random, title: str, news: bool = True) -> str:
    """A page's path: a news article's sits in a news folder or under its date, another
    page's in a site's own sections (so that the address tells the two kinds apart)."""
    folders = _NEWS_FOLDERS if news else _PAGE_FOLDERS
    if rng.random() < 0.5:
        if news and rng.random() < 0.3:
            return f"{rng.randint(2005, 2025)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
        return f"{rng.choice(folders)}/{rng.randint(1000, 999999)}"
    words = title.translate(_ASCII).lower().split()[:6]
    slug = "-".join("".join(ch for ch in w if ch.isascii() and ch.isalnum()) for w in words)
    folder = rng.choice(("", "en/", "ru/", "tr/", rng.choice(folders) + "/"))
    return f"{folder}{slug.strip('-') or 'page'}_{rng.randint(100, 99999)}"


def _url(rng: random.Random, domain: str, title: str, news: bool = True) -> str:
    scheme = "https://" if rng.random() < 0.85 else "http://"
    www = "www." if rng.random() < 0.3 and domain.count(".") == 1 else ""
    return f"{scheme}{www}{domain}/{_slug(rng, title, news)}"


def _pages(rng: random.Random) -> str:
    first = rng.randint(1, 600)
    return f"{first}-{first + rng.randint(3, 40)}"


def _locator(rng: random.Random) -> str:
    first = rng.randint(1, 450)
    if rng.random() < 0.25:
        return f"{first}-{first + rng.randint(1, 5)}"
    return str(first)


def _volume(rng: random.Random) -> str:
    """A journal's volume: mostly small (young journals), now and then in the hundreds."""
    roll = rng.random()
    top = 40 if roll < 0.5 else 150 if roll < 0.8 else 420
    return str(rng.randint(1, top))


def _issue(rng: random.Random) -> str:
    """An issue: mostly 1–12 in the year, often a running number (``13(25)``, ``Sayı 43``),
    now and then a double issue."""
    roll = rng.random()
    if roll < 0.62:
        return str(rng.randint(1, 12))
    if roll < 0.9:
        return str(rng.randint(13, 250 if roll > 0.8 else 60))
    return f"{rng.randint(1, 5)}-{rng.randint(6, 8)}"


def _names(rng: random.Random, lang: str, most: int) -> list[dict[str, str]]:
    p = pools(lang)
    count = rng.choices(range(1, most + 1), weights=[6, 3, 2, 1, 1, 1][:most])[0]
    return [p.person(rng) for _ in range(count)]


def _site(rng: random.Random, lang: str, dev: bool) -> tuple[str, str]:
    name, _, domain = pools(lang).pick(rng, "sites", dev=dev).partition("|")
    if not domain:  # a dev corpus site comes as a name alone
        ascii_name = "".join(ch for ch in name.translate(_ASCII).lower() if ch.isascii())
        domain = name if "." in name else (ascii_name.replace(" ", "") or "site") + ".com"
    return name, domain


def _places(rng: random.Random, lang: str, dev: bool) -> str:
    """A place of publication; now and then two or three, as books name them (``М.; Л.``,
    ``London; Thousand Oaks; New Delhi``), or one with its country (``Astana, Kazakhstan``)."""
    p = pools(lang)
    first = p.pick(rng, "places", dev=dev)
    roll = rng.random()
    if roll < 0.04 and p.get("countries") and not first.endswith("."):
        # a place with its country or state: "Astana, Kazakhstan", "Ankara-Türkiye"
        return first + rng.choice((", ", ", ", ", ", "-")) + rng.choice(p.get("countries"))
    if roll >= 0.09:
        return first
    more = {p.pick(rng, "places", dev=dev) for _ in range(rng.choice((1, 1, 2)))} - {first}
    return "; ".join([first, *sorted(more)])


def make_item(rng: random.Random, lang: str, kind: str, *, dev: bool = False) -> dict[str, Any]:
    """A CSL-JSON item of type `kind` whose values are in language `lang` (fields may be absent).

    Families write what they can of it; `prune` then drops what was not written.
    """
    p = pools(lang)
    item: dict[str, Any] = {"type": kind, "language": lang}
    chance = rng.random
    if kind in ("article-newspaper", "webpage", "motion_picture"):
        item["title"] = p.headline(rng, dev=dev) if chance() < 0.6 else p.title(rng, dev=dev)
    elif kind == "legislation":
        item["title"] = p.pick(rng, "law_titles", dev=dev)
    else:
        item["title"] = p.title(rng, dev=dev)
    if kind in ("book", "chapter", "article-journal", "paper-conference", "thesis", "report"):
        item["author"] = _names(rng, lang, 6 if kind == "article-journal" else 4)
        if kind == "report" and chance() < 0.4:
            item["author"] = [{"literal": p.pick(rng, "organisations", dev=dev)}]
    elif kind in ("article-newspaper", "webpage") and chance() < 0.4:
        item["author"] = _names(rng, lang, 2)
    if kind in ("book", "chapter", "report", "thesis", "paper-conference"):
        item["issued"] = random_date(rng, lo=1950, hi=2024, precision=1)
        item["publisher-place"] = _places(rng, lang, dev)
        if kind == "thesis":
            item["publisher"] = p.pick(rng, "universities", dev=dev)
            item["genre"] = p.pick(rng, "thesis_genres", dev=dev)
        elif chance() < 0.9:
            item["publisher"] = p.pick(rng, "publishers", dev=dev)
        item["number-of-pages"] = str(rng.randint(48, 900))
        if chance() < 0.3:
            item["ISBN"] = _isbn(rng, lang)
        item["page"] = _locator(rng)
    if kind == "book":
        if chance() < 0.2:
            item["edition"] = str(rng.randint(2, 7))
        if chance() < 0.2:
            item["volume"] = str(rng.randint(1, 12)) if chance() < 0.7 else rng.choice(_ROMAN)
        if chance() < 0.15:
            item["translator"] = [p.person(rng)]
        if chance() < 0.15:
            item["editor"] = [p.person(rng)]
        if chance() < 0.1:
            item["collection-title"] = p.pick(rng, "series", dev=dev)
    if kind == "chapter":
        item["container-title"] = p.title(rng, dev=dev)
        item["editor"] = _names(rng, lang, 3)
        item["page"] = _pages(rng)
    if kind == "paper-conference":
        item["container-title"] = p.pick(rng, "proceedings", dev=dev)
        item["page"] = _pages(rng)
    if kind == "article-journal":
        item["container-title"] = p.pick(rng, "journals", dev=dev)
        item["issued"] = random_date(rng, lo=1960, hi=2024, precision=rng.choice((1, 1, 1, 2, 3)))
        item["volume"] = _volume(rng)
        item["issue"] = _issue(rng)
        item["page"] = _pages(rng)
        if chance() < 0.3:
            item["DOI"] = _doi(rng)
    if kind in ("article-newspaper", "webpage", "entry-encyclopedia", "motion_picture", "report"):
        if kind == "entry-encyclopedia":
            name = p.pick(rng, "encyclopedias", dev=dev)
            domain = rng.choice(
                (
                    f"{lang}.wikipedia.org/wiki",
                    "encyclopedia.kz",
                    "islamansiklopedisi.org.tr",
                    "bigenc.ru",
                )
            )
        elif kind == "motion_picture":
            name, domain = rng.choice(("YouTube", "Youtube")), "www.youtube.com/watch?v="
        elif kind == "article-newspaper" and chance() < 0.4:
            name, domain = p.pick(rng, "newspapers", dev=dev), _site(rng, lang, dev)[1]
        else:
            # notes cite foreign outlets too: a Turkish note's "Irish Times", a Russian's "BBC"
            outlet = rng.choice(LANGS) if chance() < _FOREIGN_OUTLET else lang
            name, domain = _site(rng, outlet, dev)
            if dev and chance() < 0.1 and p.dev.get("sites"):
                name = rng.choice(p.dev["sites"])
            elif chance() < 0.2:  # a site named by its address: "bp.gov.tm", "ashgabat.in"
                name = domain.removeprefix("www.").split("/")[0]
        if kind != "report":
            item["container-title"] = name
        if kind == "motion_picture":
            item["URL"] = (
                "https://"
                + domain
                + "".join(
                    rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                    for _ in range(11)
                )
            )
            # a channel: a medium, a body or a site, or a person (often in English)
            roll = chance()
            if roll < 0.3:
                person = pools(rng.choice((lang, "en"))).person(rng)
                channel = f"{person['given'].split()[0]} {person['family']}"
            elif roll < 0.55:
                channel = _site(rng, rng.choice((lang, "en")), dev)[0]
            elif roll < 0.7:
                channel = p.pick(rng, "organisations", dev=dev)
            else:
                channel = rng.choice(p.get("newspapers") + p.get("headline_actor"))
            item["author"] = [{"literal": channel}]
        else:
            item["URL"] = (
                _url(rng, domain, item["title"], kind != "webpage")
                if "/" not in domain
                else f"https://{domain}/{item['title'].replace(' ', '_')}"
            )
        item["accessed"] = random_date(rng, lo=2012, hi=2025, precision=3)
        if kind != "entry-encyclopedia" or chance() < 0.3:
            item["issued"] = random_date(rng, lo=2005, hi=2025, precision=rng.choice((1, 3, 3, 3)))
    if kind == "legislation":
        item["genre"] = p.pick(rng, "law_kinds", dev=dev)
        item["issued"] = random_date(rng, lo=1991, hi=2024, precision=3)
        item["number"] = f"{rng.randint(1, 700)}" + (
            rng.choice(("-V", "-IV", "-VI ЗРК", "-ФЗ", "")) if lang in ("ru", "kk") else ""
        )
        item["container-title"] = p.pick(rng, "newspapers", dev=dev)
        if chance() < 0.5:
            item["issue"] = str(rng.randint(100, 32000))
        if chance() < 0.3:  # a site's section of laws: "bp.gov.tm/laws/205", "/zakon/"
            domain = _site(rng, lang, dev)[1]
            section = rng.choice(sorted(shipped_words("law_path")))
            item["URL"] = f"https://{domain}/{section}/{rng.randint(1, 9999)}"
            item["accessed"] = random_date(rng, lo=2012, hi=2025, precision=3)
    if kind == "manuscript":
        item["archive"] = p.pick(rng, "archives", dev=dev)
        item["archive_location"] = (
            f"Ф. {rng.choice(('Р-', '', ''))}{rng.randint(1, 2000)}. "
            f"Оп. {rng.randint(1, 20)}. Д. {rng.randint(1, 3000)}"
        )
        item["page"] = _locator(rng)
        item["issued"] = random_date(rng, lo=1850, hi=1991, precision=rng.choice((1, 3)))
    return item
