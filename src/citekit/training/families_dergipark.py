"""DergiPark's "Kaynak Göster" (cite this article) exports: APA, MLA, Chicago, Harvard, IEEE,
İSNAD, JAMA, Vancouver and AMA, in the site's Turkish and English interfaces.

DergiPark renders them with citeproc from the article's record, so each export is regular; the
variety is in which export a writer copies and which interface they copied it from.
"""

from __future__ import annotations

from citekit.training._context import Ctx

__all__ = ["FAMILIES"]

# interface -> (and, volume, issue, pages, "et al.")
_WORDS = {
    "tr": (" ve ", "c. ", "sy. ", "ss. ", " vd."),
    "en": (" and ", "vol. ", "no. ", "pp. ", " et al."),
}


def _month(c: Ctx) -> None:
    """Give the issue a month (the exports write ``Ekim 2019``)."""
    parts = c.item["issued"]["date-parts"][0]
    if len(parts) == 1:
        c.item["issued"] = {"date-parts": [[parts[0], c.rng.randint(1, 12)]]}


def _doi_url(c: Ctx, before: str, after: str = "") -> None:
    if c.has("DOI"):
        c.t(before).v("DOI").t(after)


def _apa(c: Ctx, w: tuple[str, ...]) -> None:
    amp = c.pick(" & ", ", & ") if c.chance(0.7) else "," + w[0]
    c.names("author", "fam_comma_ini", most=20, last=amp).t(" (").year().t("). ")
    c.v("title").t(". ").v("container-title").t(", ").v("volume").opt("issue", "(", ")")
    c.t(", ").v("page", dash=c.pick("-", "–")).t(".")
    _doi_url(c, " https://doi.org/")


def _mla(c: Ctx, w: tuple[str, ...]) -> None:
    many = len(c.item["author"]) > 2
    c.names(
        "author",
        "full",
        first_form="fam_comma_full",
        most=1 if many else 2,
        last=c.pick(w[0], "," + w[0]),
        etal=", vd." if w[0] == " ve " else ", et al.",
    )
    c.t(". “").v("title").t("”. ").v("container-title").t(", " + w[1]).v("volume")
    c.opt("issue", ", " + w[2]).t(", ").year().t(", " + w[3]).v("page", dash="-")
    _doi_url(c, ", doi:")
    c.t(".")


def _chicago(c: Ctx, w: tuple[str, ...], lang: str) -> None:
    c.names("author", "full", first_form="fam_comma_full", most=10, last="," + w[0])
    c.t(". “").v("title").t("”. ").v("container-title").t(" ").v("volume")
    c.opt("issue", ", " + w[2]).t(" (")
    _month(c)
    c.date("issued", "my_words", lang=lang).t("): ").v("page", dash="-").t(".")
    _doi_url(c, " https://doi.org/", ".")


def _harvard(c: Ctx, w: tuple[str, ...]) -> None:
    c.names("author", "fam_comma_ini", most=3, last=w[0], etal=w[4]).t(" (").year().t(") ")
    c.t("“").v("title").t("”, ").v("container-title").t(", ").v("volume").opt("issue", "(", ")")
    c.t(", " + w[3]).v("page", dash="–").t(".")
    _doi_url(c, " doi: ", ".")


def _ieee(c: Ctx, w: tuple[str, ...]) -> None:
    c.names("author", "ini_fam", most=6, last=w[0], etal=w[4]).t(", “").v("title").t("”, ")
    c.v("container-title").t(", " + w[1]).v("volume").opt("issue", ", " + w[2])
    c.t(", " + w[3]).v("page", dash="–").t(", ").year()
    _doi_url(c, ", doi: ")
    c.t(".")


def _isnad(c: Ctx, lang: str) -> None:
    c.names("author", "fam_comma_full", most=10, sep=" - ").t(". “").v("title").t("”. ")
    c.v("container-title").t(" ").v("volume").opt("issue", "/").t(" (")
    _month(c)
    c.date("issued", "my_words", lang=lang).t("), ").v("page", dash="-").t(".")
    _doi_url(c, " https://doi.org/", ".")


def _medical(c: Ctx, style: str, lang: str) -> None:
    """JAMA, Vancouver and AMA: ``Yılmaz M, Kaya A. Başlık. Dergi. 2019;12(3):45-67.``"""
    c.names("author", "vancouver", most=6, etal=", vd" if lang == "tr" else ", et al").t(". ")
    c.v("title").t(". ").v("container-title").t(". ")
    if style == "ama":
        _month(c)
        c.date("issued", "my_words", lang=lang)
    else:
        c.year()
    c.t(";").v("volume")
    if style != "jama":
        c.opt("issue", "(", ")")
    else:
        c.drop("issue")
    c.t(":").v("page", dash="-" if style == "vancouver" else "–").t(".")
    if style == "ama":
        _doi_url(c, " doi:")
    else:
        c.drop("DOI")


def dergipark(c: Ctx) -> None:
    """One of DergiPark's "Kaynak Göster" exports of a journal article."""
    lang = "tr" if c.chance(0.75) else "en"
    w = _WORDS[lang]
    style = c.rng.choices(
        ("apa", "mla", "chicago", "harvard", "ieee", "isnad", "jama", "vancouver", "ama"),
        weights=(5, 2, 2, 1, 2, 3, 1, 1, 1),
    )[0]
    if c.chance(0.5) and not c.has("DOI"):
        c.item["DOI"] = f"10.{c.rng.choice(('32450', '26466', '17218', '33692', '30803'))}/" + (
            c.pick("aded", "bilig", "tader", "dtcfdergisi", "ataunidcd")
            + f".{c.rng.randint(500000, 1500000)}"
        )
    match style:
        case "apa":
            _apa(c, w)
        case "mla":
            _mla(c, w)
        case "chicago":
            _chicago(c, w, lang)
        case "harvard":
            _harvard(c, w)
        case "ieee":
            _ieee(c, w)
        case "isnad":
            _isnad(c, lang)
        case _:
            _medical(c, style, lang)


FAMILIES = {
    "dergipark": (dergipark, ("tr", "en", "kk", "tk"), ("article-journal",)),
}
