"""Turkish families: İSNAD 2 notes and bibliography, Word's Turkish APA, hand-written Turkish
forms (``Ad Soyad, Eser, Yayınevi, Yer, Yıl``); and the Kazakh and Turkmen hand forms."""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._numbers import write_numbers

__all__ = ["FAMILIES"]

_ROLE = {"translator": ("çev.", "Çev."), "editor": ("ed.", "haz.", "hzl.", "Ed.")}


def _roles(c: Ctx, form: str = "full") -> None:
    for role in ("translator", "editor"):
        if c.has(role):
            c.t(", " + c.pick(*_ROLE[role]) + " ").names(role, form, most=2, last=" - ")


def _place_pub_year(c: Ctx) -> None:
    c.v("publisher-place")
    if c.has("publisher"):
        c.t(": ").v("publisher")
    c.t(", ").year()


def _issue_date(c: Ctx) -> None:
    """An issue's date as İSNAD 2 writes it: ``2019``, or with its month, ``Ekim 2019``."""
    parts = c.item["issued"]["date-parts"][0]
    if c.chance(0.4):
        month = parts[1] if len(parts) > 1 else c.rng.randint(1, 12)
        c.item["issued"] = {"date-parts": [[parts[0], month]]}
        c.date("issued", "my_words")
    else:
        c.year()


def isnad_note(c: Ctx) -> None:
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", c.pick("full", "full", "first_fam"), most=3, last=" - ", etal=" vd.")
        c.t(", ")
    if kind in ("article-journal", "chapter", "paper-conference", "webpage", "article-newspaper"):
        c.t("“").v("title").t("”, ")
    else:
        c.v("title")
    if kind == "article-journal":
        c.v("container-title").t(" ").v("volume").opt("issue", "/").t(" (")
        _issue_date(c)
        c.t("), ")
        c.v("page", dash="-")
        if c.has("DOI") and c.chance(0.5):
            c.t(". https://doi.org/").v("DOI")
        else:
            c.drop("DOI")
    elif kind in ("chapter", "paper-conference"):
        c.v("container-title")
        _roles(c)
        c.t(" (")
        _place_pub_year(c)
        c.t("), ").v("page", dash="-")
    elif kind in ("webpage", "article-newspaper"):
        c.v("container-title")
        if c.has("issued") and c.chance(0.6):
            c.t(" (").date("issued", c.pick("dmy_words", "dmy_dots")).t(")")
        else:
            c.drop("issued")
        c.t(", " + c.pick("Erişim ", "Erişim Tarihi ", "erişim ")).date(
            "accessed", c.pick("dmy_words", "dmy_dots")
        )
        c.t(", ").v("URL")
    elif kind == "thesis":
        c.t(" (").v("publisher-place").t(": ").v("publisher").t(", ").v("genre").t(", ").year().t(
            "), "
        ).v("page", dash="-")
    else:
        _roles(c)
        c.t(" (")
        _place_pub_year(c)
        c.t("), ")
        if c.has("volume") and c.chance(0.6):
            c.v("volume").t("/")
        else:
            c.drop("volume")
        c.v("page", dash="-")
    c.t(".")
    c.drop("number-of-pages", "ISBN", "edition", "collection-title")


def isnad_bib(c: Ctx) -> None:
    kind = c.item["type"]
    if c.has("author"):
        c.names(
            "author", "fam_comma_full", most=3, sep=" - ", etal=" vd.", first_form="fam_comma_full"
        )
        c.t(". ")
    if kind in ("article-journal", "chapter", "webpage", "article-newspaper", "paper-conference"):
        c.t("“").v("title").t("”. ")
    else:
        c.v("title").t(". ")
    if kind == "article-journal":
        c.v("container-title").t(" ").v("volume").opt("issue", "/").t(" (")
        _issue_date(c)
        c.t("), ").v("page", dash="-").t(".")
        if c.has("DOI"):
            c.t(" https://doi.org/").v("DOI")
    elif kind in ("chapter", "paper-conference"):
        c.v("container-title").t(". ")
        if c.has("editor"):
            c.t(c.pick("ed. ", "haz. ")).names("editor", "full", most=2, sep=" - ").t(". ")
        _place_pub_year(c)
        c.t(".")
    elif kind in ("webpage", "article-newspaper"):
        c.v("container-title").t(". ").t(c.pick("Erişim ", "Erişim Tarihi: ")).date(
            "accessed", "dmy_words"
        ).t(". ").v("URL")
        c.drop("issued")
    else:
        for role, word in (("translator", "çev. "), ("editor", "haz. ")):
            if c.has(role):
                c.t(c.pick(word, word.capitalize())).names(role, "full", most=2, sep=" - ").t(". ")
        if c.has("edition"):
            c.v("edition").t(". Basım. ")
        _place_pub_year(c)
        c.t(".")
        c.drop("page")
    c.drop(
        "number-of-pages", "ISBN", "collection-title", "volume" if kind != "article-journal" else ""
    )


def apa_tr_word(c: Ctx) -> None:
    """Word's Turkish APA: ``(t.y.)``, ``… tarihinde … adresinden alındı``."""
    kind = c.item["type"]
    if c.has("author"):
        c.names("author", "fam_comma_ini", most=6, last=c.pick(", & ", " ve ", ", ve "))
        c.t(" ")
    if c.has("issued"):
        c.t("(")
        parts = c.item["issued"]["date-parts"][0]
        if len(parts) == 3 and kind in ("webpage", "article-newspaper"):
            c.date("issued", "ymd_words")
        else:
            c.year()
        c.t("). ")
    else:
        c.t("(t.y.). ")
    c.v("title").t(". ")
    if kind == "article-journal":
        c.v("container-title").t(", ").v("volume").opt("issue", "(", ")").t(", ").v(
            "page", dash="-"
        ).t(".")
        if c.has("DOI"):
            c.t(" doi:" if c.chance(0.5) else " https://doi.org/").v("DOI")
    elif kind in ("webpage", "article-newspaper", "entry-encyclopedia", "motion_picture"):
        form = c.pick("dmy_words", "mdy_words", "mdy_num")
        if form == "mdy_num":
            parts = c.item["accessed"]["date-parts"][0]
            c.b.value(f"{parts[1]} {parts[2]}, {parts[0]}", "accessed")
        else:
            c.date("accessed", form)
        c.t(" tarihinde ")
        if c.chance(0.5):
            c.v("container-title").t(": ")
        else:
            c.drop("container-title")
        c.v("URL").t(" adresinden alındı")
    else:
        c.v("publisher-place").t(": ")
        c.opt("publisher", after=".")
        c.drop("page")
    c.drop(
        "number-of-pages", "ISBN", "edition", "collection-title", "translator", "editor", "genre"
    )
    if kind != "article-journal":
        c.drop("volume")


def tr_hand(c: Ctx) -> None:
    """``Ad Soyad, Eser, Yayınevi, Yer, Yıl, s. 45.`` and its kin."""
    kind = c.item["type"]
    upper = c.chance(0.15)
    c.upper = c.upper or upper
    tk = c.lang == "tk"
    if c.has("author"):
        and_ = c.pick(" we ", ", ") if tk else c.pick(" ve ", ", ")
        c.names("author", c.pick("full", "first_fam"), most=2, sep=", ", last=and_)
        c.t(", ")
    if kind == "article-journal":
        c.t(c.pick("“", '"', "")).v("title").t(c.pick("”", '"', "")).t(", ").v("container-title")
        volume = c.pick("Tom ", "T. ", "Jilt ") if tk else c.pick("Cilt ", "C. ", "Cilt: ")
        number = c.pick("№ ", "San ", "Sany: ") if tk else c.pick("Sayı ", "S. ", "Sayı: ")
        if c.chance(0.4):  # "C. 5, S. 2", "Sayı: 12", "18(34)", "Sany 3"
            c.t(", ")
            write_numbers(c)
        else:
            c.t(", " + volume).v("volume").opt("issue", ", " + number)
        page = c.pick("sah. ", "s. ") if tk else c.pick("s. ", "ss. ", "s.")
        c.t(", ").year().t(", " + page).v("page", dash="-").t(".")
        c.drop("DOI")
        return
    c.v("title")
    if kind == "thesis":
        c.t(", " + c.pick("(", "")).v("genre").t(c.pick(")", "")).t(", ").v("publisher").t(", ")
        c.v("publisher-place").t(", ").year().t(".")
        c.drop("page")
    elif c.chance(0.5):
        if c.has("volume"):
            c.t(", ").v("volume").t(" Cilt")
        if c.has("edition"):
            c.t(", ").v("edition").t(c.pick(". Baskı", ". bs.", ". basım"))
        if c.has("publisher"):
            c.t(", ").v("publisher")
        c.t(", ").v("publisher-place").t(", ").year()
        if c.chance(0.6):
            c.t(", " + c.pick("s. ", "s.", "ss. ")).v("page", dash="-")
        else:
            c.drop("page")
        c.t(".")
    else:  # Saim Sakaoğlu, Eser, (hzl. Besim Atalay), V Cilt, Ankara 2006.
        c.drop("publisher")
        for role, words in (("editor", ("hzl.", "haz.", "yay. haz.")), ("translator", ("çev.",))):
            if c.has(role) and c.chance(0.7):
                c.t(", (" + c.pick(*words) + " ").names(role, "full", most=1).t(")")
        if c.has("volume"):
            if c.chance(0.5):
                c.t(", ").v("volume").t(" Cilt")
            else:
                c.t(", Cilt ").v("volume")
        c.t(", ").v("publisher-place").t(" ").year().t(c.pick(".", ""))
        c.drop("page", "edition")
    c.drop("number-of-pages", "ISBN", "collection-title")


# what the Kazakh and Turkmen hand-written book forms never write
_UNWRITTEN_BY_HAND = (
    "number-of-pages",
    "ISBN",
    "collection-title",
    "translator",
    "editor",
    "edition",
    "volume",
)


def kk_hand(c: Ctx) -> None:
    """``Әбілғазы. Түрік шежіресі. Алматы, «Ана тілі», 1991, 57-58 беттер.``"""
    if c.has("author"):
        form = c.pick("fam_ini", "ini_fam", "fam_ini_tight", "fam")
        c.names("author", form, most=1).t(c.pick(". ", ", ", " "))
    q = c.chance(0.5)
    c.t("«" if q else "").v("title").t("»" if q else "").t(". ")
    c.v("publisher-place").t(", ")
    if c.has("publisher"):
        c.t("«").v("publisher").t("», ")
    c.year().t(c.pick(" жыл", "", " ж."))
    if c.chance(0.6):
        c.t(", ").v("page", dash="-").t(c.pick(" беттер", " бет", "-б."))
    else:
        c.drop("page")
    c.t(".")
    c.drop(*_UNWRITTEN_BY_HAND)


def tk_hand(c: Ctx) -> None:
    """``A. Atajanow, Kitap, Aşgabat: Ylym, 1990, 45 sah.``"""
    if c.has("author"):
        c.names("author", c.pick("ini_fam", "full", "fam_ini"), most=2, last=" we ").t(", ")
    q = c.pick("", "“", "«")
    c.t(q).v("title").t({"": "", "“": "”", "«": "»"}[q]).t(", ").v("publisher-place")
    if c.has("publisher"):
        c.t(": ").v("publisher")
    c.t(", ").year()
    if c.chance(0.6):
        c.t(", ").v("page", dash="-").t(c.pick(" sah.", " s.", " sahypa"))
    else:
        c.drop("page")
    c.t(".")
    c.drop(*_UNWRITTEN_BY_HAND)


FAMILIES = {
    "isnad-note": (
        isnad_note,
        ("tr",),
        ("book", "article-journal", "chapter", "webpage", "article-newspaper", "thesis"),
    ),
    "isnad-bib": (
        isnad_bib,
        ("tr",),
        ("book", "article-journal", "chapter", "webpage", "paper-conference"),
    ),
    "apa-tr-word": (
        apa_tr_word,
        ("tr",),
        ("book", "article-journal", "webpage", "article-newspaper"),
    ),
    "tr-hand": (tr_hand, ("tr", "tk"), ("book", "article-journal", "thesis")),
    "kk-hand": (kk_hand, ("kk",), ("book",)),
    "tk-hand": (tk_hand, ("tk",), ("book",)),
}
