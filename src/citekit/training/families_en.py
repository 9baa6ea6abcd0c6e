"""Chicago, MLA and APA written by hand (notes and bibliography), for sources in any language,
with the chapter words of each (``In:``, ``İçinde``, ``В кн.:``)."""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training.pools import pools

__all__ = ["FAMILIES"]

_IN = {
    "en": ("In ", "In: "),
    "tr": ("İçinde ", "içinde: "),
    "ru": ("В кн.: ", "В: "),
    "kk": ("Кітапта: ", "In: "),
    "tk": ("In: ",),
}
_ED = {
    "en": ("edited by ", "ed. "),
    "tr": ("ed. ", "haz. "),
    "ru": ("под ред. ", "ред. "),
    "kk": ("ред. ",),
    "tk": ("red. ",),
}
_TRANS = {
    "en": ("translated by ", "trans. "),
    "tr": ("çev. ",),
    "ru": ("пер. ",),
    "kk": ("ауд. ",),
    "tk": ("terj. ",),
}
_EDITION = {
    "en": ("{} ed.", "{} edition", "{} edn"),
    "tr": ("{}. baskı", "{}. bs."),
    "ru": ("{}-е изд.",),
    "kk": ("{}-басылым",),
    "tk": ("{}-nji neşir",),
}
_PAGE = {
    "en": ("p. ", "pp. ", ""),
    "tr": ("s. ", ""),
    "ru": ("С. ", "с. "),
    "kk": ("Б. ", "б. "),
    "tk": ("S. ", "sah. "),
}


def _in(c: Ctx) -> str:
    return c.pick(*_IN[c.lang])


_TR_ORDINALS = {"2": "İkinci", "3": "Üçüncü", "4": "Dördüncü", "5": "Beşinci", "6": "Altıncı"}


def _ordinal(number: str) -> str:
    """2 -> 2nd, 3 -> 3rd, 4 -> 4th (English)."""
    last = {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th")
    return number + ("th" if number[-2:-1] == "1" else last)


def _edition(c: Ctx) -> None:
    """The edition as the language writes it; the item keeps the number as written."""
    if not c.has("edition"):
        return
    number = str(c.item["edition"])
    if c.lang == "en":
        c.item["edition"] = _ordinal(number)
    elif c.lang == "tr" and number in _TR_ORDINALS and c.chance(0.4):
        c.item["edition"] = _TR_ORDINALS[number]
        c.t(", ").v("edition").t(c.pick(" basım", " baskı"))
        return
    before, _, after = c.pick(*_EDITION[c.lang]).partition("{}")
    c.t(", " + before).v("edition").t(after)


def chicago_note(c: Ctx) -> None:
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", "full", most=3, last=c.pick(" and ", ", and ")).t(", ")
    if kind == "article-journal":
        c.t("“").v("title").t(",” ").v("container-title").t(" ").v("volume").opt("issue", ", no. ")
        c.t(" (").year().t("): ").v("page", dash="–")
    elif kind in ("chapter", "paper-conference"):
        c.t("“").v("title").t(",” " + _in(c).replace("İ", "i").lower()).v("container-title")
        if c.has("editor"):
            c.t(", " + c.pick(*_ED[c.lang])).names("editor", "full", most=2, last=" and ")
        if c.has("volume") and c.chance(0.5):
            c.t(", " + c.pick("Vol. ", "vol. ")).v("volume")
        c.t(" (").v("publisher-place").opt("publisher", ": ").t(", ").year().t("), ").v(
            "page", dash="–"
        )
    elif kind in ("webpage", "article-newspaper", "entry-encyclopedia"):
        c.t("“").v("title").t(",” ").v("container-title")
        if c.has("issued"):
            c.t(", ").date("issued", c.pick("mdy_words", "dmy_words"))
        c.t(", ").v("URL")
        if c.chance(0.5):
            paren = c.chance(0.5)
            c.t(" (accessed " if paren else ", accessed ").date("accessed", "mdy_words").t(
                ")" if paren else ""
            )
        else:
            c.drop("accessed")
    else:
        c.v("title")
        if c.has("translator"):
            c.t(", " + c.pick(*_TRANS[c.lang])).names("translator", "full", most=1)
        _edition(c)
        c.t(" (").v("publisher-place").opt("publisher", ": ").t(", ").year().t(")")
        if c.has("volume") and c.chance(0.5):
            c.t(c.pick(", Vol. ", ", vol. ")).v("volume")
        if c.has("page"):
            c.t(", " + c.pick(*_PAGE[c.lang])).v("page", dash="–")
    c.t(".")
    c.drop("number-of-pages", "ISBN", "DOI", "collection-title")
    if kind != "book":
        c.drop("translator", "edition")
    if kind not in ("chapter", "paper-conference"):
        c.drop("editor")


def chicago_bib(c: Ctx) -> None:
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", "full", first_form="fam_comma_full", most=3, last=", and ").t(". ")
    if kind == "article-journal":
        c.t("“").v("title").t(".” ").v("container-title").t(" ").v("volume").opt("issue", ", no. ")
        c.t(" (").year().t("): ").v("page", dash="–").t(".")
        if c.has("DOI"):
            c.t(" https://doi.org/").v("DOI").t(".")
    elif kind in ("chapter", "paper-conference"):
        c.t("“").v("title").t(".” " + _in(c)).v("container-title")
        if c.has("editor"):
            c.t(", " + c.pick(*_ED[c.lang])).names("editor", "full", most=2, last=" and ")
        c.t(", ").v("page", dash="–").t(". ").v("publisher-place").opt("publisher", ": ").t(
            ", "
        ).year().t(".")
    elif kind in ("webpage", "article-newspaper", "entry-encyclopedia"):
        c.t("“").v("title").t(".” ").v("container-title").t(". ")
        if c.has("issued"):
            c.date("issued", "mdy_words").t(". ")
        c.v("URL").t(".")
        c.drop("accessed")
    else:
        c.v("title").t(". ")
        if c.has("translator"):
            c.t("Translated by ").names("translator", "full", most=1).t(". ")
        c.v("publisher-place").opt("publisher", ": ").t(", ").year().t(".")
        c.drop("page")
    c.drop(
        "number-of-pages",
        "ISBN",
        "collection-title",
        "edition",
        "volume" if kind != "article-journal" else "",
    )
    if kind != "book":
        c.drop("translator")
    if kind not in ("chapter", "paper-conference"):
        c.drop("editor")


def apa(c: Ctx) -> None:
    kind = c.item["type"]
    edited = kind == "book" and c.chance(0.15)  # an edited book: its editors head the entry
    if edited:
        if not c.has("editor"):
            people = pools(c.lang).person
            c.item["editor"] = [people(c.rng) for _ in range(c.rng.choice((1, 2, 3)))]
        c.drop("author")
        many = len(c.item["editor"]) > 1
        c.names("editor", "fam_comma_ini", most=6, last=c.pick(", & ", " & ", ", ve "))
        c.t(c.pick(" (Eds.). ", " (Ed.). ", " (Ed.). ") if many else " (Ed.). ")
    elif c.has("author"):
        c.names("author", "fam_comma_ini", most=6, last=c.pick(", & ", " & ", ", ve ")).t(" ")
    c.t("(")
    if c.has("issued"):
        c.year()
    else:
        c.t("n.d.")
    c.t("). ").v("title").t(". ")
    if kind == "article-journal":
        c.v("container-title").t(", ").v("volume").opt("issue", "(", ")").t(", ").v(
            "page", dash=c.pick("–", "-")
        ).t(".")
        if c.has("DOI"):
            c.t(" https://doi.org/").v("DOI")
    elif kind in ("chapter", "paper-conference"):
        c.t(_in(c))
        if c.has("editor"):
            c.names("editor", "ini_fam", most=2, last=" & ").t(c.pick(" (Ed.), ", " (Eds.), "))
        c.v("container-title").t(" (" + c.pick("pp. ", "s. ", "")).v("page", dash="–").t("). ")
        c.opt("publisher", after=".")
        c.drop("publisher-place")
    elif kind in ("webpage", "article-newspaper", "entry-encyclopedia", "motion_picture"):
        c.v("container-title").t(". ")
        retrieved = {"tr": ("Erişim adresi: ", "Retrieved from "), "ru": ("Режим доступа: ",)}
        words = retrieved.get(c.lang, ("Retrieved from ",))
        if c.chance(0.4):  # APA 6: Retrieved from …, Erişim adresi: …
            c.t(c.pick(*words))
        c.v("URL")
        if c.chance(0.2):  # (Erişim tarihi: 12.05.2020)
            label = {"tr": "Erişim tarihi: ", "ru": "дата обращения: "}.get(c.lang, "accessed ")
            c.t(" (" + label).date("accessed", c.pick("dmy_dots", "dmy_words")).t(")")
        else:
            c.drop("accessed")
    else:
        if c.has("publisher-place") and c.chance(0.45):  # APA 6 still names the place
            c.v("publisher-place").t(": " if c.has("publisher") else ".")
        else:
            c.drop("publisher-place")
        c.opt("publisher", after=".")
        c.drop("page")
    c.drop("number-of-pages", "ISBN", "collection-title", "edition", "translator", "genre")
    if kind not in ("chapter", "paper-conference") and not edited:
        c.drop("editor")
    if kind != "article-journal":
        c.drop("volume")


def mla(c: Ctx) -> None:
    kind = c.item["type"]
    if c.has("author"):
        people = c.item["author"]
        c.names(
            "author",
            "full",
            first_form="fam_comma_full",
            most=2 if len(people) <= 2 else 1,
            last=", and ",
            etal=", et al",
        )
        c.t(". ")
    if kind == "article-journal" and c.chance(0.4):  # Google Scholar's MLA: 2.1 (1937): 230-265.
        c.t(c.pick('"', "“")).v("title").t(c.pick('." ', ".” ")).v("container-title").t(" ")
        c.v("volume").opt("issue", ".").t(" (").year().t("): ").v("page", dash="-").t(".")
    elif kind == "article-journal":
        c.t("“").v("title").t(".” ").v("container-title").t(", vol. ").v("volume").opt(
            "issue", ", no. "
        )
        c.t(", ").year().t(", pp. ").v("page", dash="-").t(".")
    elif kind in ("webpage", "article-newspaper", "entry-encyclopedia"):
        c.t("“").v("title").t(".” ").v("container-title").t(", ")
        if c.has("issued"):
            c.date("issued", "dmy_words").t(", ")
        c.v("URL").t(". Accessed ").date("accessed", "dmy_words").t(".")
    else:
        c.v("title").t(". ").opt("publisher", after=", ").year().t(".")
        c.drop("publisher-place", "page")
    c.drop("number-of-pages", "ISBN", "collection-title", "edition", "translator", "editor", "DOI")
    if kind != "article-journal":
        c.drop("volume")


def vancouver(c: Ctx) -> None:
    """Vancouver by hand: ``Surname AB. Title. Journal. 2019;84(5):905-49.`` and its book."""
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", "vancouver", most=6, etal=", et al").t(". ")
    c.v("title").t(". ")
    if kind == "article-journal":
        c.v("container-title").t(". ").year().t(";").v("volume").opt("issue", "(", ")")
        c.t(":").v("page", dash="-").t(".")
        if c.has("DOI") and c.chance(0.5):
            c.t(" doi:").v("DOI")
    elif kind in ("webpage", "article-newspaper"):
        c.t("[Internet]. ").v("container-title").t("; ").year().t(" [cited ")
        c.date("accessed", c.pick("ymd_words", "dmy_words")).t("]. Available from: ").v("URL")
    else:
        c.v("publisher-place").t(": ").opt("publisher").t("; ").year().t(".")
    c.drop("number-of-pages", "ISBN", "collection-title", "edition", "translator", "editor")
    if kind != "article-journal":
        c.drop("volume", "page")


def harvard(c: Ctx) -> None:
    """Harvard (Cite Them Right) and Google Scholar's Harvard: ``Surname, A.B. (2015) 'Title',
    Journal, 2(3), pp. 5–10.`` / ``Surname, A.B., 2015. Title. Journal, 2(3), pp.5-10.``"""
    kind = c.item["type"]
    scholar = c.chance(0.35)
    if c.has("author"):
        form = "fam_comma_ini" if not scholar else c.pick("fam_comma_ini", "fam_ini_tight")
        most = 4 if len(c.item["author"]) <= 4 else 1
        c.names("author", form, most=most, last=c.pick(" and ", " & "), etal=" et al.")
    else:
        c.v("title")
    c.t(", " if scholar else " (").year().t(". " if scholar else ") ")
    quote = "" if scholar else c.pick("'", "‘", "“")
    close = {"": "", "'": "'", "‘": "’", "“": "”"}[quote]
    if kind == "article-journal":
        if c.has("author"):
            c.t(quote).v("title").t(close + (". " if scholar else ", "))
        c.v("container-title").t(", ").v("volume").opt("issue", "(", ")")
        c.t(", " + ("pp." if scholar else "pp. ")).v("page", dash="-" if scholar else "–").t(".")
        if c.has("DOI") and not scholar:
            c.t(c.pick(" doi:", " Available at: https://doi.org/")).v("DOI").t(c.pick(".", ""))
        else:
            c.drop("DOI")
    elif kind in ("webpage", "article-newspaper"):
        if c.has("author"):
            c.v("title").t(". ")
        c.v("container-title").t(". ")
        c.t(c.pick("Available at: ", "Available from: ", "[Online] Available at: ")).v("URL")
        c.t(c.pick(" (Accessed: ", " [Accessed ", " (accessed ")).date(
            "accessed", c.pick("dmy_words", "dmy_words", "dmy_dots"), lang="en"
        )
        c.t(").")
    else:
        if c.has("author"):
            c.v("title").t(". ")
        if c.has("edition") and c.lang == "en":
            c.item["edition"] = _ordinal(str(c.item["edition"]))
            c.v("edition").t(c.pick(" edn. ", " ed. "))
        else:
            c.drop("edition")
        c.v("publisher-place").opt("publisher", ": ").t(".")
        c.drop("page")
    c.drop("number-of-pages", "ISBN", "collection-title", "translator", "editor", "genre")
    if kind != "article-journal":
        c.drop("volume", "issue")
    if kind not in ("webpage", "article-newspaper"):
        c.drop("accessed", "URL")


def ieee(c: Ctx) -> None:
    """IEEE: ``A. B. Surname and C. Other, "Title," Journal, vol. 2, no. 3, pp. 5–10, 2015.``"""
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", "ini_fam", most=6, sep=", ", last=c.pick(", and ", " and "))
        c.t(", ")
    if kind == "article-journal":
        q = c.pick('""', "“”")
        c.t(q[0]).v("title").t("," + q[1] + " ").v("container-title")
        c.t(", vol. ").v("volume").opt("issue", ", no. ").t(", pp. ").v("page", dash="–")
        c.t(", ").year().t(".")
        if c.has("DOI") and c.chance(0.6):
            c.t(" doi: ").v("DOI").t(".")
        else:
            c.drop("DOI")
    elif kind in ("webpage", "article-newspaper"):
        q = c.pick('""', "“”")
        c.t(q[0]).v("title").t("," + q[1] + " ").v("container-title")
        c.t(". [Online]. Available: ").v("URL")
        if c.chance(0.7):
            bracket = c.chance(0.5)
            c.t(". [Accessed: " if bracket else " (accessed ")
            c.date("accessed", "mdy_words", lang="en").t("]." if bracket else ").")
        else:
            c.drop("accessed")
    else:
        c.v("title").t(". ").v("publisher-place").opt("publisher", ": ").t(", ").year().t(".")
        c.drop("page")
    c.drop("number-of-pages", "ISBN", "collection-title", "translator", "editor", "edition")
    if kind != "article-journal":
        c.drop("volume", "issue")


FAMILIES = {
    "chicago-note": (
        chicago_note,
        ("en", "tr", "ru", "kk", "tk"),
        ("book", "article-journal", "chapter", "webpage", "article-newspaper"),
    ),
    "chicago-bib": (
        chicago_bib,
        ("en", "tr", "ru", "kk"),
        ("book", "article-journal", "chapter", "webpage", "paper-conference"),
    ),
    "apa": (
        apa,
        ("en", "tr", "ru", "kk", "tk"),
        ("book", "article-journal", "chapter", "paper-conference", "webpage", "article-newspaper"),
    ),
    "vancouver": (
        vancouver,
        ("en", "ru", "kk", "tr"),
        ("book", "article-journal", "webpage", "article-newspaper"),
    ),
    "mla": (mla, ("en", "tr", "ru"), ("book", "article-journal", "webpage", "article-newspaper")),
    "harvard": (
        harvard,
        ("en", "tr", "ru", "kk", "tk"),
        ("book", "article-journal", "webpage", "article-newspaper"),
    ),
    "ieee": (ieee, ("en", "ru", "tr", "kk"), ("book", "article-journal", "webpage")),
}
