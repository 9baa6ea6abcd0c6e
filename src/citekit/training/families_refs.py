"""Two forms of Russian and Kazakh scholarly writing no CSL style makes:

- the romanized "References" list Russian and Kazakh journals print after the Cyrillic one
  (``Ivanov I.I. Nazvanie [Title in English]. Zhurnal, 2015, vol. 2, no. 3, pp. 5–10.
  (In Russ.)``);
- short repeated notes, the second time a work is cited: GOST 7.0.5's ``Иванов И. И. Аз и Я.
  С. 12.`` (the title may be cut short, ``Аз и Я… С. 12``), İSNAD's and Chicago's
  ``Yılmaz, Başlık, 45.``, the Kazakh ``Жұмабаев А. Тақырып. 45-б.``.
"""

from __future__ import annotations

from citekit.romanize import romanize
from citekit.training._context import Ctx
from citekit.training.pools import pools

__all__ = ["FAMILIES"]

_PLACES = {
    "Москва": "Moscow",
    "М.": "Moscow",
    "Санкт-Петербург": "St. Petersburg",
    "СПб.": "St. Petersburg",
    "Алматы": "Almaty",
    "Астана": "Astana",
    "Алма-Ата": "Alma-Ata",
    "Новосибирск": "Novosibirsk",
    "Казань": "Kazan",
    "Екатеринбург": "Ekaterinburg",
}
_IN = {"ru": ("(In Russ.)", "(in Russian)", "(In Russian)"), "kk": ("(In Kazakh)", "(in Kazakh)")}


def _latin(c: Ctx, text: str) -> str:
    return romanize(text, c.lang, "bgn")


def _romanize_item(c: Ctx) -> None:
    """The item as the References list writes it: names, titles and places in Latin letters."""
    it = c.item
    for key in ("title", "container-title", "publisher"):
        if isinstance(it.get(key), str):
            it[key] = _latin(c, it[key])
    if isinstance(it.get("publisher-place"), str):
        place = it["publisher-place"]
        it["publisher-place"] = _PLACES.get(place) or _latin(c, place)
    for role in ("author", "editor", "translator"):
        if it.get(role):
            it[role] = [{k: _latin(c, v) for k, v in person.items()} for person in it[role]]


def references(c: Ctx) -> None:
    """A romanized References entry with the title's translation in brackets."""
    _romanize_item(c)
    english = pools("en").title(c.rng)
    n = len(c.item.get("author") or ())
    if n:
        form = c.pick("fam_ini_tight", "fam_ini_tight", "fam_ini", "fam_comma_ini")
        c.names("author", form, most=min(n, 6), sep=", ").t(" ")
    c.v("title").t(f" [{english}]. ")
    kind = c.item["type"]
    if kind == "article-journal":
        if c.chance(0.3):
            c.t("[").v("container-title").t("]")
        else:
            c.v("container-title")
        c.t(", ").year().t(", ")
        if c.has("volume") and c.chance(0.6):
            c.t("vol. ").v("volume").t(", ")
        else:
            c.drop("volume")
        c.opt("issue", "no. ", ", ").t("pp. ").v("page", dash=c.pick("–", "-")).t(".")
        c.drop("number-of-pages")
    else:
        c.v("publisher-place")
        if c.has("publisher"):
            # "Publ." is part of the house's name as the reference writes it ("Nauka Publ"),
            # its abbreviation's period not (as the parser gives a name)
            publ = c.pick(" Publ.", " Publ.", "")
            c.item["publisher"] += publ.rstrip(".")
            c.t(", ").v("publisher").t(publ[-1:])
        c.t(", ").year().t(". ")
        c.v("number-of-pages").t(" p.")
        c.drop("page", "ISBN", "edition", "volume", "translator", "editor", "collection-title")
    c.t(" " + c.pick(*_IN.get(c.lang, _IN["ru"])))
    if c.has("DOI") and c.chance(0.7):
        c.t(c.pick(" DOI: ", " https://doi.org/")).v("DOI")
    else:
        c.drop("DOI")


def _cut_title(c: Ctx) -> bool:
    """Cut the title to its first words, as a repeated note may; True when cut."""
    words = c.item["title"].split()
    if len(words) < 4 or not c.chance(0.35):
        return False
    short = " ".join(words[: c.rng.randint(2, 3)])
    while short and (short[-1].isspace() or short[-1] in ',:;.—–-«“"('):
        short = short[:-1]
    c.item["title"] = short
    return bool(short)


def short_note(c: Ctx) -> None:
    """The short form of a work already cited: author, title (maybe cut) and the page."""
    lang = c.lang
    cut = _cut_title(c)
    c.drop(
        *(k for k in c.item if k not in ("type", "language", "author", "title", "page")),
    )
    if not c.has("page"):
        c.item["page"] = str(c.rng.randint(1, 400))
    if c.chance(0.15):  # a collection or a document cited by its title alone
        c.drop("author")
    # a volume of a work in several: "КПСС в резолюциях… Т. 2. С. 599."
    volume = c.item["type"] == "book" and c.chance(0.25)
    if volume:
        c.item["volume"] = str(c.rng.choice((1, 2, 2, 3, 4, 5, 7, 12)))
    if lang in ("ru", "kk", "uk") or (lang == "tk" and c.chance(0.5)):
        form = c.pick("fam_ini", "fam_ini", "fam_ini_tight", "fam", "ini_fam")
        if c.has("author"):
            c.names("author", form, most=1).t(" " if c.b.ends_with(".") else ". ")
        c.v("title").t(c.pick("… ", "... ") if cut else ". ")
        if volume:
            c.t(c.pick("Т. ", "Т. ", "Том ") if lang != "tk" else "Tom ").v("volume").t(". ")
        match lang:
            case "kk" if c.chance(0.6):
                c.v("page").t(c.pick("-б.", " б.", "-бет."))
            case "kk":
                c.t(c.pick("Б. ", "– Б. ")).v("page", dash="–").t(".")
            case "tk":
                c.t(c.pick("S. ", "Sah. ")).v("page", dash="–").t(".")
            case _:
                c.t(c.pick("С. ", "С. ", "с. ")).v("page", dash="–").t(".")
        return
    if c.has("author"):
        last = " - " if lang == "tr" else " and "
        c.names("author", c.pick("fam", "fam", "full"), most=2, last=last).t(", ")
    quoted = c.item["type"] != "book" and c.chance(0.7)
    c.t("“" if quoted else "").v("title").t(("…" if cut else "") + ("”" if quoted else ""))
    if volume:
        c.t(", " + {"tr": c.pick("C. ", "Cilt "), "tk": "Tom "}.get(lang, "Vol. ")).v("volume")
    c.t(", " + c.pick("", "", "s. " if lang in ("tr", "tk") else "p. ")).v("page", dash="-").t(".")


FAMILIES = {
    "ru-references": (references, ("ru", "kk"), ("article-journal", "book")),
    "short-note": (
        short_note,
        ("ru", "kk", "tr", "en", "tk", "uk"),
        ("book", "article-journal", "chapter"),
    ),
}
