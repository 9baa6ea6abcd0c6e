"""Parts of larger works: GOST chapters and conference papers (``Иванов И. И. Название //
Материалы Международной конференции. – Алматы, 2015. – С. 5–10.``), Turkish symposium papers
and book chapters (``“Bildiri”, Türk Dünyası Sempozyumu Bildirileri, ed. …, Ankara 2015, s.
45-67.``) and printed encyclopedia entries (``“Osmanlı”, TDV İslâm Ansiklopedisi, C. 33,
İstanbul 2007, s. 487-489.``, ``// Большая российская энциклопедия. – М., 2015. – Т. 2.``).
"""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._forms import random_date
from citekit.training.pools import pools

__all__ = ["FAMILIES"]

# lang -> (page label, volume label, editor word, "and others", "collected papers")
_GOST = {
    "ru": ("С.", "Т.", "под ред.", "и др.", ("сб. ст.", "сб. науч. тр.", "материалы конф.")),
    "kk": ("Б.", "Т.", "ред.", "т.б.", ("ғылыми еңбектер жинағы", "мақалалар жинағы")),
    "tk": ("S.", "T.", "red.", "we başg.", ("ylmy makalalar ýygyndysy",)),
}
_WIKIS = ("ikip", "Википед", "Уикипед", "Wikiped")


def gost_part(c: Ctx) -> None:
    """A chapter or a conference paper in GOST's dash form."""
    page, vol, ed, others, kinds = _GOST[c.lang]
    if c.chance(0.2):
        c.item["volume"] = str(c.rng.randint(1, 12))
    d = c.pick(" – ", " — ", ". – ", ". — ")
    n = len(c.item["author"])
    if n <= 3:
        form = c.pick("fam_ini", "fam_ini", "fam_ini_tight")
        c.names("author", form, most=1).t(" " if c.b.ends_with(".") else ". ")
        c.v("title")
        if n > 1 and c.chance(0.5):
            c.t(" / ").names("author", "ini_fam", most=3, sep=", ")
    else:
        c.v("title").t(" / ").names("author", "ini_fam", most=3, sep=", ", etal=f" [{others}]")
    c.t(" // ")
    if c.item["type"] == "paper-conference" and c.lang == "ru" and c.chance(0.4):
        c.item["container-title"] += c.pick(" (Алматы, 12–13 мая 2015 г.)", "")
    c.v("container-title")
    if c.chance(0.4):
        c.t(" : " + c.pick(*kinds))
    if c.has("editor") and c.chance(0.6):
        c.t(" / " + ed + " ").names("editor", "ini_fam", most=2, sep=", ")
    else:
        c.drop("editor")
    c.t(d.lstrip(".") if c.b.ends_with(".") else d).v("publisher-place")
    if c.has("publisher") and c.chance(0.6):
        c.t(c.pick(" : ", ": ")).v("publisher")
    else:
        c.drop("publisher")
    c.t(", ").year()
    if c.has("volume") and c.chance(0.6):
        c.t("." + d.lstrip(".") + vol + " ").v("volume")
    else:
        c.drop("volume")
    c.t("." + d.lstrip(".") + page + " ").v("page", dash=c.pick("–", "-", "—")).t(".")
    c.drop("number-of-pages", "ISBN", "translator", "edition", "collection-title")


def tr_part(c: Ctx) -> None:
    """Turkish notes for papers and chapters: ``Ad Soyad, “Bildiri”, Kitap, ed. Ad Soyad,
    Yayınevi, Ankara 2015, s. 45-67.``"""
    c.names("author", c.pick("full", "full", "fam_comma_full"), most=2, last=" - ")
    if c.chance(0.2):
        c.item["volume"] = str(c.rng.randint(1, 12))
    c.t(", “").v("title").t("”, ")
    if c.item["type"] == "chapter" and c.chance(0.25):
        c.t("İçinde: ")
    c.v("container-title")
    if c.has("editor") and c.chance(0.7):
        c.t(", " + c.pick("ed. ", "haz. ", "Ed. ")).names("editor", "full", most=2, last=" - ")
    else:
        c.drop("editor")
    if c.has("volume") and c.chance(0.5):
        c.t(c.pick(", C. ", ", Cilt ", ", c. ")).v("volume")
    else:
        c.drop("volume")
    if c.has("publisher") and c.chance(0.6):
        c.t(", ").v("publisher")
    else:
        c.drop("publisher")
    c.t(", ").v("publisher-place").t(c.pick(" ", ", ")).year()
    c.t(c.pick(", s. ", ", ss. ", ", s.")).v("page", dash="-").t(".")
    c.drop("number-of-pages", "ISBN", "translator", "edition", "collection-title")


def encyclopedia(c: Ctx) -> None:
    """A printed encyclopedia's entry, signed or not."""
    p = pools(c.lang)
    names = [e for e in p.get("encyclopedias") if not any(w in e for w in _WIKIS)]
    it = c.item
    it["container-title"] = c.pick(*names) if names else p.pick(c.rng, "encyclopedias")
    it["issued"] = random_date(c.rng, lo=1960, hi=2022, precision=1)
    it["volume"] = str(c.rng.randint(1, 44))
    first = c.rng.randint(1, 700)
    it["page"] = str(first) if c.chance(0.4) else f"{first}-{first + c.rng.randint(1, 4)}"
    it["publisher-place"] = p.pick(c.rng, "places")
    if c.chance(0.5):
        it["author"] = [p.person(c.rng)]
    c.drop("URL", "accessed")
    if c.lang in ("tr", "en"):  # Halil İnalcık, “Osmanlı”, DİA, C. 33, İstanbul 2007, s. 487.
        if c.has("author"):
            c.names("author", "full", most=1).t(", ")
        c.t("“").v("title").t("”, ").v("container-title")
        c.t(c.pick(", C. ", ", Cilt ", ", c. ") if c.lang == "tr" else ", vol. ").v("volume")
        c.t(", ").v("publisher-place").t(c.pick(" ", ", ")).year()
        ranged = "-" in it["page"]
        c.t(
            (", ss. " if ranged else ", s. ")
            if c.lang == "tr"
            else (", pp. " if ranged else ", p. ")
        )
        c.v("page", dash="-")
        c.t(".")
        return
    page, vol, *_ = _GOST[c.lang]
    d = c.pick(" – ", " — ", ". ")
    if c.has("author"):
        c.names("author", c.pick("fam_ini", "fam_ini_tight"), most=1).t(" ")
    c.v("title").t(" // ").v("container-title").t("." + d.lstrip(".")).v("publisher-place")
    c.t(", ").year().t("." + d.lstrip(".") + vol + " ").v("volume")
    c.t("." + d.lstrip(".") + page + " ").v("page", dash="–").t(".")


FAMILIES = {
    "gost-part": (gost_part, ("ru", "kk", "tk"), ("chapter", "paper-conference")),
    "tr-part": (tr_part, ("tr",), ("chapter", "paper-conference")),
    "encyclopedia": (encyclopedia, ("tr", "ru", "kk", "tk", "en"), ("entry-encyclopedia",)),
}
