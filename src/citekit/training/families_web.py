"""Web and export families: the ANKASAM house form, Russian Wikipedia's rendered cite templates,
OJS "how to cite" exports in the Russian locale, YouTube entries."""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._forms import month_name
from citekit.training.pools import LANGS, pools

__all__ = ["FAMILIES"]

_ANKASAM_ACCESS = ("(Erişim Tarihi: ", "(Date of Accession: ", "(дата обращения: ", "(Erişim: ")


def ankasam(c: Ctx) -> None:
    """``“Title”, Site, URL, (Erişim Tarihi: 25.10.2021).`` and its empty ``Site,,`` slot."""
    if c.has("author") and c.chance(0.3):
        c.names("author", "full", most=2, last=" ve ").t(", ")
    else:
        c.drop("author")
    c.t("“").v("title").t(c.pick("”, ", ",” ", "”, "))
    c.v("container-title").t(",")
    if c.chance(0.35):
        c.t(",")
        c.drop("URL")
    else:
        c.t(" ").v("URL").t(",")
    c.t(" " + c.pick(*_ANKASAM_ACCESS)).date("accessed", "dmy_dots").t(").")
    c.drop("issued")


def _access(c: Ctx) -> None:
    """``(дата обращения: 25.10.2021)`` in the note's language, which may not be the source's."""
    lang = c.lang if c.chance(0.6) else c.pick(*LANGS)
    label = c.pick(*pools(lang).get("accessed"))
    paren = c.chance(0.6)
    c.t(" (" if paren else ", ").t(label)
    c.date(
        "accessed",
        c.pick("dmy_dots", "dmy_dots", "dmy_words", "iso", "dmy_slash", "mdy_words", "ymd_words"),
        lang=lang,
    )
    c.t(")" if paren else "")


def web_hand(c: Ctx) -> None:
    """Web sources written by hand: title, site and address in many orders and separators."""
    form = c.rng.randrange(8)
    if form == 0:  # Title - Site, URL (Erişim Tarihi: …)
        c.v("title").t(c.pick(", ", " - ", " – ", " // ", ". ", " | ")).v("container-title")
        c.t(c.pick(", ", ". ", " ")).v("URL")
        c.drop("issued", "author")
    elif form == 1:  # Site, “Title”, 12.03.2021, URL
        c.v("container-title").t(", “").v("title").t("”, ")
        if c.has("issued"):
            c.date("issued", c.pick("dmy_dots", "dmy_words", "iso")).t(", ")
        c.v("URL")
        c.drop("author")
    elif form == 2:  # a bare address and its access date
        c.v("URL")
        c.drop("title", "container-title", "issued", "author")
    elif form == 3:  # Author, “Title”, Site, date, URL
        if c.has("author"):
            c.names("author", c.pick("full", "fam_ini", "fam_comma_full"), most=2).t(", ")
        c.t(c.pick("“", "«", '"', "")).v("title").t(c.pick("”", "»", '"', ""))
        if c.has("issued") and c.chance(0.35):  # the date before the site: “Title” 1 May 2019, Site
            c.t(c.pick(" ", ", ")).date("issued", c.pick("dmy_words", "mdy_words", "dmy_dots"))
            c.t(", ").v("container-title")
        else:
            c.t(", ").v("container-title")
            if c.has("issued"):
                c.t(", ").date("issued", c.pick("dmy_dots", "dmy_words", "mdy_words"))
        if c.chance(0.8):
            c.t(", ").v("URL")
        else:
            c.drop("URL")
    elif form == 4:  # “Title”. Site. URL, or Title. Site October 18 2019. URL
        c.t("“").v("title").t(".” " if c.chance(0.5) else "”. ").v("container-title")
        if c.has("issued") and c.chance(0.4):
            c.t(" ").date("issued", c.pick("mdy_words", "dmy_words", "dmy_dots"))
        else:
            c.drop("issued")
        c.t(". ").v("URL")
        c.drop("author")
    elif form == 5:  # (31 Temmuz 2022). Title. URL — an APA entry without its author
        if c.has("issued"):
            c.t(c.pick("(", "")).date("issued", c.pick("dmy_words", "mdy_words", "dmy_dots"))
            c.t(c.pick("). ", ". "))
        c.v("title").t(c.pick(". ", " ")).v("URL")
        c.drop("author")
    elif form == 6:  # Title [Электронный ресурс]. URL: …
        c.v("title").t(c.pick(" [Электронный ресурс]. ", ". ", " ")).t(c.pick("URL: ", "")).v("URL")
        c.drop("container-title", "issued", "author")
    else:  # Site: Title. URL
        c.v("container-title").t(c.pick(": ", " - ", " | ")).v("title").t(". ").v("URL")
        c.drop("issued", "author")
    if c.chance(0.8):
        _access(c)
    else:
        c.drop("accessed")
    if c.chance(0.5):
        c.t(".")


def press(c: Ctx) -> None:
    """Printed newspapers: ``Иванов И. Заголовок // Казахстанская правда. – 2019. – 5 марта.``"""
    it = c.item
    it["container-title"] = pools(c.lang).pick(c.rng, "newspapers")
    year = it.get("issued", {"date-parts": [[2000]]})["date-parts"][0][0]
    it["issued"] = {"date-parts": [[year, c.rng.randint(1, 12), c.rng.randint(1, 28)]]}
    it["issue"] = str(c.rng.randint(1, 300))
    it["page"] = str(c.rng.randint(1, 16))
    c.drop("URL", "accessed")
    if c.lang == "tr":  # Ad Soyad, “Başlık”, Gazete, 5 Mart 2019, s. 3.
        if c.has("author"):
            c.names("author", "full", most=2, last=" - ").t(", ")
        c.t("“").v("title").t("”, ").v("container-title").t(", ")
        c.date("issued", "dmy_words").opt("page", c.pick(", s. ", ", s.")).t(".")
        return
    form = c.rng.randrange(3)
    if form == 0:
        if c.has("author"):
            c.names("author", c.pick("fam_ini", "fam_ini_tight"), most=1).t(" ")
        c.v("title").t(" // ").v("container-title").t(c.pick(". – ", ". — ", ". "))
        c.year(cut=False).t(c.pick(". – ", ". — ", ". "))
        day, month = it["issued"]["date-parts"][0][2], it["issued"]["date-parts"][0][1]
        c.b.value(f"{day} {_month(c.lang, month)}", "issued")
        c.t(c.pick(". – № ", ". — № ", ". № ")).v("issue")
        label = {"ru": c.pick(". – С. ", ". С. "), "tk": c.pick(". – S. ", ". – Sah. ")}
        c.opt("page", label.get(c.lang, ". – Б. ")).t(".")
    elif form == 1:  # «Қазақ әдебиеті», 1981, 1 январь.
        c.drop("title", "author")
        c.t("«").v("container-title").t("», ").year(cut=False).t(", ")
        day, month = it["issued"]["date-parts"][0][2], it["issued"]["date-parts"][0][1]
        c.b.value(
            f"{day} {_month('ru' if c.chance(0.5) else c.lang, month, standalone=True)}", "issued"
        )
        c.t(".")
    else:
        c.v("title").t(" // ").v("container-title").t(". ").date("issued", "dmy_dots")
        c.opt("issue", ". № ").t(".")


def export(c: Ctx) -> None:
    """Reference lists exported from a database: ``Title;Surname Given.;Journal,2019``."""
    c.v("title").t(";")
    if c.has("author"):
        c.names("author", c.pick("fam_ini", "full", "fam_given"), most=3, sep=";").t(".;")
    c.v("container-title").t(",").year()
    c.drop("volume", "issue", "page", "DOI", "URL", "accessed")


def _month(lang: str, month: int, *, standalone: bool = False) -> str:
    return month_name(lang, month, standalone=standalone)


_LANG_MARK = {
    "en": "(англ.)",
    "tr": "(тур.)",
    "kk": "(каз.)",
    "tk": "(туркм.)",
    "ru": "",
    "uk": "(укр.)",
}


def ruwiki(c: Ctx) -> None:
    """Rendered Wikipedia cite templates: ``(англ.)``, ``Дата обращения``, ``Архивировано``."""
    kind = c.item["type"]
    mark = _LANG_MARK[c.lang]
    if kind == "book":
        if c.has("author"):
            c.names("author", "fam_ini", most=3).t(" ")
        c.v("title").t(". " if not mark else f" {mark}. ")
        c.t("— ").v("publisher-place")
        if c.has("publisher"):
            c.t(" : ").v("publisher")
        c.t(", ").year().t(". — ").v("number-of-pages").t(" с.")
        if c.has("ISBN"):
            c.t(" — ISBN ").v("ISBN")
        c.t(".")
        c.drop("page", "edition", "volume", "translator", "editor", "collection-title")
        return
    if c.has("author") and c.chance(0.5):
        c.names("author", c.pick("full", "fam_ini"), most=2).t(". ")
    else:
        c.drop("author")
    c.v("title")
    if mark:
        c.t(" " + mark)
    c.t(". ").v("container-title")
    if c.has("issued") and c.chance(0.7):
        c.t(" (").date("issued", "dmy_words", lang="ru").t(")")
    else:
        c.drop("issued")
    c.t(". " + c.pick("Дата обращения: ", "Дата обращения ")).date(
        "accessed", "dmy_words", lang="ru"
    ).t(".")
    if c.chance(0.5):
        d = c.item["accessed"]["date-parts"][0]
        c.t(
            f" Архивировано {min(d[2] + 1, 28)} "
            + c.pick("октября", "мая", "января")
            + f" {d[0]} года."
        )
    c.drop("URL")


def ojs_ru(c: Ctx) -> None:
    """OJS citation exports in the Russian locale (Chicago, APA, Vancouver, MLA, Harvard, ACS)."""
    style = c.pick("chicago", "apa", "vancouver", "mla", "harvard", "turabian", "acs")
    c.ensure_web()
    q = ("«", "»")
    if style == "chicago":
        c.names("author", "fam_comma_full", first_form="fam_comma_full", most=5, last=", и ")
        c.t(". ").t(q[0]).v("title").t(q[1] + ". ").v("container-title").t(" ").v("volume").opt(
            "issue", ", no. "
        )
        c.t(" (").date("issued", "mdy_words", context="stand-alone", lang="ru").t(")")
        if c.chance(0.5):
            c.t(": ").v("page", dash="–")
        else:
            c.drop("page")
        c.t(". просмотрено ").date("accessed", "mdy_words", context="stand-alone", lang="ru").t(
            ". "
        ).v("URL").t(".")
    elif style == "apa":
        c.names("author", "fam_comma_ini", most=5, last=", & ").t(" (").year().t("). ").v(
            "title"
        ).t(". ")
        c.v("container-title").t(", ").v("volume").opt("issue", " (", ")").t(". извлечено от ").v(
            "URL"
        )
        c.drop("page", "accessed")
    elif style == "vancouver":
        c.names("author", "vancouver", most=6, etal=", и др.").t(". ").v("title").t(". ").v(
            "container-title"
        )
        c.t(" [Интернет]. ").date("issued", "dmy_words", context="stand-alone", lang="ru").t(
            " г. [цитируется по "
        )
        c.date("accessed", "dmy_words", context="stand-alone", lang="ru").t(" г.];").v(
            "volume"
        ).opt("issue", "(", ")")
        c.t(". доступно на: ").v("URL")
        c.drop("page")
    elif style == "mla":
        c.names("author", "fam_comma_ini", first_form="fam_comma_ini", most=2, last=", и ")
        c.t(". ").t(q[0]).v("title").t(q[1] + ". ").v("container-title").t(", т. ").v("volume")
        c.opt("issue", ", вып. ").t(", ").date(
            "issued", "my_words", context="stand-alone", lang="ru"
        ).t(" г., сс. ")
        c.v("page", dash="-").t(", ").v("URL").t(".")
        c.drop("accessed")
    elif style == "harvard":
        c.names("author", "fam_ini", most=3, last=" и ").t(" (").year().t(") ").t(q[0]).v(
            "title"
        ).t(q[1] + ", ")
        c.v("container-title").t(", ").v("volume").opt("issue", "(", ")").t(". доступно на: ").v(
            "URL"
        )
        c.t(" (просмотрено: ").date("accessed", "dmy_words", context="stand-alone", lang="ru").t(
            ")."
        )
        c.drop("page")
    elif style == "turabian":
        c.names("author", "fam_ini", most=3, last=", и ").t(". ").year().t(". ").t(q[0]).v(
            "title"
        ).t(q[1] + ". ")
        c.v("container-title").t(" ").v("volume").opt("issue", " (", ")")
        if c.chance(0.5):
            c.t(":").v("page", dash="-")
        else:
            c.drop("page")
        c.t(". ").v("URL").t(".")
        c.drop("accessed")
    else:
        c.names("author", "fam_comma_ini", most=4, sep="; ").t(" ").v("title").t(". ").v(
            "container-title"
        )
        c.t(" ").year().t(", ").v("volume").t(", ").v("page", dash="-").t(".")
        c.drop("issue", "URL", "accessed")
    c.drop("DOI")


def youtube(c: Ctx) -> None:
    """``Channel. (2020, May 5). Title [Video]. YouTube. URL`` and its Turkish and Russian kin."""
    if c.chance(0.4):  # "Title". (Jan 19, 2014). Channel. Youtube. Erişim tarihi: … URL
        c.t(c.pick('"', "“")).v("title").t(c.pick('". (', "”. (")).date("issued", "mdy_words")
        c.t("). ").names("author", "full").t(". ").v("container-title").t(". ")
        if c.chance(0.7):
            label = c.pick(*pools(c.lang if c.chance(0.6) else c.pick(*LANGS)).get("accessed"))
            c.t(label).date("accessed", c.pick("dmy_words", "dmy_dots")).t(". ")
        c.v("URL")
        return
    c.names("author", "full").t(". (")
    c.date("issued", "ymd_words").t("). ").v("title").t(
        c.pick(" [Video]. ", " [Видео]. ", " [Video]. ", ". ")
    ).v("container-title")
    c.t(". ").v("URL")
    c.drop("accessed")


FAMILIES = {
    "ankasam": (ankasam, ("tr", "tk", "kk", "ru", "en"), ("article-newspaper", "webpage")),
    "ruwiki": (
        ruwiki,
        ("ru", "en", "kk", "tr", "tk", "uk"),
        ("webpage", "article-newspaper", "book"),
    ),
    "ojs-ru": (ojs_ru, ("kk", "ru", "en"), ("article-journal",)),
    "web-hand": (web_hand, LANGS, ("webpage", "article-newspaper", "entry-encyclopedia")),
    "export": (export, LANGS, ("article-journal",)),
    "press": (press, ("ru", "kk", "tk", "tr"), ("article-newspaper",)),
    "youtube": (youtube, ("tr", "ru", "en", "kk"), ("motion_picture",)),
}
