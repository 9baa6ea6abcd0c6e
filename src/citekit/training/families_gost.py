"""GOST families (Russian, Kazakh, Turkmen; Ukrainian, as DSTU 8302 writes much the same): the
dash forms of GOST 7.1 / 7.0.100, GOST 7.0.5 notes and theses; no CSL style writes these forms
(archives and laws: `families_legal`)."""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._numbers import write_numbers
from citekit.training.pools import pools

__all__ = ["FAMILIES"]


def _w(c: Ctx) -> tuple[str, ...]:
    """The GOST words of the note's language (``[gost]`` of ``data/<lang>.toml``): extent unit,
    page label, volume, issue, edition, translator, editor, e-resource, accessed."""
    words = pools(c.lang).get("gost_words")
    if c.lang == "tk" and c.chance(0.4):  # Turkmen notes often keep the Russian GOST words
        return pools("ru").get("gost_words")
    if c.chance(0.3) and (pages := pools(c.lang).get("gost_pages")):
        return (*pages, *words[2:])
    return words


def _etal(c: Ctx) -> str:
    """The mark of authors left out (``[и др.]``), in the note's language."""
    return " " + c.rng.choice(pools(c.lang).get("gost_etal") or pools("ru").get("gost_etal"))


def _others(c: Ctx) -> str:
    """`` и др.`` after names cut short, in the note's language (``[numbers] others``)."""
    return " " + c.rng.choice(pools(c.lang).get("others") or ("и др.",))


def _dash(c: Ctx) -> str:
    return c.rng.choices((" — ", " – ", " - ", ". — "), weights=(6, 3, 1, 1))[0]


def _head(c: Ctx, form: str) -> bool:
    """The heading author (``Иванов И. И.``) when there are at most three; True if written."""
    if c.has("author") and len(c.item["author"]) <= 3 and c.chance(0.9):
        c.names("author", form, most=1)
        c.t(" " if c.b.ends_with(".") else ". ")
        return True
    return False


def _resp(c: Ctx, w: tuple[str, ...], wrote_head: bool) -> None:
    """The statement of responsibility after the title: ``/ И. И. Иванов [и др.] ; пер. …``."""
    parts = []
    if c.has("author") and (not wrote_head or c.chance(0.35)):
        parts.append("author")
    if c.has("translator"):
        parts.append("translator")
    if c.has("editor"):
        parts.append("editor")
    if not parts:
        return
    c.t(" / ")
    for i, part in enumerate(parts):
        if i:
            c.t(" ; ")
        if part == "translator":
            c.t(w[5] + " ")
        elif part == "editor":
            c.t(w[6] + " ")
        c.names(part, "ini_fam", most=c.rng.choice((1, 3, 4)), etal=_etal(c))


def _sep(d: str) -> str:
    """What goes between areas after a period: ``. — `` (or ``. `` without dashes)."""
    dash = d.strip(". ")
    return f". {dash} " if dash else ". "


def _next(c: Ctx, d: str) -> None:
    """Open the next area after text that may end with a period."""
    if d == ". ":
        c.t(" " if c.b.ends_with(".") else ". ")
    else:
        c.t(d.lstrip(". ") if c.b.ends_with(".") else d)


def gost_book(c: Ctx) -> None:
    """``Иванов И. И. Название. — 2-е изд. — М. : Наука, 2015. — 304 с. — ISBN ….``, and
    GOST 7.0.5's bibliography form without dashes (``Название. М.: Наука, 2015. 304 с.``)."""
    w = _w(c)
    d = _dash(c) if c.chance(0.65) else ". "
    sep = _sep(d)
    form = c.pick("fam_ini", "fam_ini", "fam_ini_tight", "fam_comma_ini")
    wrote = _head(c, form)
    quote = c.lang == "kk" and c.chance(0.3)
    c.t("«" if quote else "").v("title").t("»" if quote else "")
    if c.has("volume"):
        c.t(". " + w[2] + " ").v("volume")
    _resp(c, w, wrote)
    if c.has("edition"):
        _next(c, d)
        c.v("edition").t(w[4])
    _next(c, d)
    if c.has("publisher") and c.chance(0.07):  # a place left out: — Наука, 2015.
        c.drop("publisher-place")
    else:
        c.v("publisher-place").t(c.pick(" : ", ": ") if c.has("publisher") else "")
    if c.has("publisher"):
        quoted = c.chance(0.7 if c.lang == "kk" else 0.1)
        c.t("«" if quoted else "").v("publisher").t("»" if quoted else "")
    c.t(", ").year()
    if c.chance(0.6):
        c.t(sep).v("number-of-pages").t(" " + w[0])
        c.drop("page")
    else:
        c.drop("number-of-pages")
        c.t(sep).t(w[1] + " ").v("page", dash="–")
    if c.has("collection-title") and c.chance(0.7):
        c.t(sep + "(").v("collection-title").t(")")
    if c.has("ISBN"):
        c.t(sep + "ISBN ").v("ISBN")
    c.t(".")


def gost_article(c: Ctx) -> None:
    w = _w(c)
    d = _dash(c) if c.chance(0.7) else ". "
    wrote = _head(c, c.pick("fam_ini", "fam_ini", "fam_ini_tight"))
    c.v("title")
    _resp(c, w, wrote)
    c.t(" // ").v("container-title")
    english = c.chance(0.15)
    sep = "." + (d.strip(". ").join("  ") if d != ". " else " ")
    c.t(sep)
    if len(c.item["issued"]["date-parts"][0]) == 3 and c.chance(0.3):
        c.date("issued", "dmy_dots")
    else:
        c.year()
    if english:
        c.t(sep + "Vol. ").v("volume").opt("issue", ", no. ").t(sep + "P. ").v("page", dash="–")
    elif c.chance(0.35):  # the other forms notes take: "Т. 2. Вып. 3", "№ 3 (45)", "18(34)"
        c.t(sep)
        write_numbers(c)
        c.t(sep + w[1] + " ").v("page", dash=c.pick("–", "-"))
    else:
        if c.chance(0.6):
            c.t(sep + w[2] + " ").v("volume").opt("issue", ", " + w[3] + " ")
        else:
            c.drop("volume")
            c.opt("issue", sep + w[3] + " ")
        c.t(sep + w[1] + " ").v("page", dash=c.pick("–", "-"))
    if c.has("DOI"):
        c.t(sep + "DOI: " if c.chance(0.7) else sep + "https://doi.org/").v("DOI")
    c.t(".")


def gost_web(c: Ctx) -> None:
    w = _w(c)
    d = _dash(c) if c.chance(0.6) else ". "
    sep = "." + (d.strip(". ").join("  ") if d != ". " else " ")
    wrote = _head(c, c.pick("fam_ini", "fam_ini_tight"))
    c.v("title")
    if c.chance(0.6):
        c.t(" " + w[7])
    _resp(c, w, wrote)
    c.t(" // ").v("container-title")
    if c.has("issued") and c.chance(0.6):
        c.t(sep).date("issued", c.pick("dmy_dots", "dmy_words", "dmy_dots"))
    else:
        c.drop("issued")
    c.t(sep + c.pick(*(pools(c.lang).get("gost_url") or ("URL: ",)))).v("URL")
    if c.chance(0.85):
        c.t(" (" + w[8] + ": ").date("accessed", "dmy_dots").t(")")
    else:
        c.drop("accessed")
    c.t(".")


def gost_note(c: Ctx) -> None:
    """GOST 7.0.5 notes: no dashes, the cited page last (``Иванов И. И. Аз. М., 2015. С. 45.``)."""
    w = _w(c)
    if c.has("author"):
        c.names("author", c.pick("fam_ini", "ini_fam", "fam_ini_tight"), most=3, etal=_others(c))
        c.t(" ")
    c.v("title")
    if c.item["type"] == "chapter":
        c.t(c.pick(" // ", ". В кн.: " if c.lang == "ru" else " // ")).v("container-title")
        if c.has("editor") and c.chance(0.6):
            c.t(" / " + w[6] + " ").names("editor", "ini_fam", most=2, etal=_others(c))
        else:
            c.drop("editor")
    c.t(". ").v("publisher-place")
    if c.has("publisher") and c.chance(0.7):
        c.t(": ").v("publisher")
    else:
        c.drop("publisher")
    c.t(", ").year().t(". " + w[1] + " ").v("page", dash="–").t(".")
    c.drop("number-of-pages")


def gost_thesis(c: Ctx) -> None:
    w = _w(c)
    sep = _sep(_dash(c) if c.chance(0.6) else ". ")
    c.names("author", c.pick("fam_ini", "fam_ini_tight"), most=1).t(" ")
    c.v("title").t(" : " if c.chance(0.6) else ": ").v("genre")
    if c.chance(0.5):
        c.t(" : " + c.pick("07.00.02", "10.02.01", "10.01.01", "23.00.04", "08.00.05"))
    if c.chance(0.7):
        c.t(" / ").names("author", "ini_fam", most=1)
    c.t(sep).v("publisher-place").t(", ").year()
    c.t(sep).v("number-of-pages").t(" " + w[0]).t(".")
    c.drop("publisher", "page", "ISBN")


# series words of Kazakh university journals (``ҚазҰУ Хабаршысы. Тарих сериясы``)
_SERIES = {
    "kk": ("Тарих сериясы", "Филология сериясы", "Педагогикалық ғылымдар сериясы",
           "Экономика сериясы", "Заң сериясы", "Шығыстану сериясы"),
    "ru": ("Серия историческая", "Серия филологическая", "Серия педагогическая",
           "Серия экономическая", "Серия юридическая"),
    "en": ("History series", "Philology series", "Economics series", "Pedagogical series"),
    "tk": ("Taryh seriýasy", "Filologiýa seriýasy"),
}  # fmt: skip
# what a textbook calls itself after its title: ``оқу құралы``, ``учебное пособие``
_TEXTBOOK = {
    "kk": (
        "оқу құралы", "оқулық", "монография", "оқу-әдістемелік құрал",
        "жалпы білім беретін мектептің 7-сыныбына арналған оқулық",
    ),
    "ru": (
        "учебное пособие", "учебник", "монография", "учебно-методическое пособие", "хрестоматия",
    ),
    "tk": (
        "okuw kitaby", "okuw gollanmasy", "monografiýa",
        "umumy bilim berýän orta mekdepleriň 7-nji synpy üçin okuw kitaby",
    ),
}  # fmt: skip


def kz_journal(c: Ctx) -> None:
    """Kazakh and Turkmen journals: ``Жұмабаев А.Б. Тақырып // ҚазҰУ Хабаршысы. Тарих
    сериясы. – 2019. – №2(93). – Б. 45–52.``"""
    w = _w(c)
    english = c.chance(0.2)
    d = c.pick(" – ", " – ", " — ", " - ")
    n = len(c.item["author"])
    form = c.pick("fam_ini_tight", "fam_ini_tight", "fam_ini", "fam_comma_ini")
    c.names("author", form, most=n if n <= 3 else 3, sep=", ", etal=c.pick(" и др.", " т.б.", ""))
    c.t(" ").v("title").t(" // ")
    series = _SERIES["en" if english else c.lang]
    name = c.item["container-title"]
    if c.chance(0.5) and "ерия" not in name and "eriýa" not in name and "series" not in name:
        c.item["container-title"] = f"{name}. {c.pick(*series)}"
    c.v("container-title").t("." + d).year()
    running = f"({c.rng.randint(20, 140)})" if c.chance(0.6) else ""
    if english:
        c.t("." + d + "Vol. ").v("volume").opt("issue", c.pick(", No. ", ", №")).t(running)
        c.t("." + d + "P. ")
    elif c.chance(0.3):
        c.t("." + d)
        write_numbers(c)
        c.t("." + d + w[1] + c.pick(" ", ""))
    else:
        c.drop("volume")
        c.opt("issue", "." + d + c.pick("№", "№ ", "No. "), running)
        c.t("." + d + w[1] + c.pick(" ", ""))
    c.v("page", dash=c.pick("–", "-", "-")).t(".")
    if c.has("DOI") and c.chance(0.6):
        c.t(c.pick(" https://doi.org/", d + "DOI: ", " DOI ")).v("DOI")
    else:
        c.drop("DOI")


def kz_book(c: Ctx) -> None:
    """University and school books: ``Жұмабаев А.Б. Қазақстан тарихы : оқу құралы. –
    Алматы: Қазақ университеті, 2015. – 200 б.`` (and ``Okuw kitaby. – A.: TDNG, 2009.``)."""
    w = _w(c)
    d = c.pick(" – ", " – ", " — ")
    kind = ""
    if c.lang in _TEXTBOOK and c.chance(0.6):
        # the book's kind after its title is its genre, no words of its title (GOST 7.1)
        kind = c.pick(" : ", ": ")
        c.item["genre"] = c.pick(*_TEXTBOOK[c.lang])

    def title() -> None:
        c.v("title")
        if kind:
            c.t(kind).v("genre")

    roll = c.rng.random()
    if roll < 0.15:  # a collective work: Қазақстан тарихы. 5 томдық. – Алматы: Атамұра, 2010.
        c.drop("author", "editor")
        title()
        if c.chance(0.4):
            c.t(". " + c.pick("5 томдық", "3 томдық", "В 5 т.", "5 tomluk"))
    elif roll < 0.4:  # Тарих. 7-сынып : оқулық / Ж. Қасымбаев. – Алматы: Мектеп, 2017. – 240 б.
        title()
        c.t(" / ").names("author", "ini_fam", most=3, sep=", ", etal=" [т.б.]")
    else:
        if c.lang == "tk" and c.chance(0.4):  # Gurbanguly Berdimuhamedow. Kitap. – A.: …
            if c.chance(0.3):
                c.t("Türkmenistanyň Prezidenti ")
            c.names("author", c.pick("full", "ini_fam"), most=1).t(". ")
            title()
        else:
            c.names("author", c.pick("fam_ini_tight", "fam_ini"), most=1).t(" ")
            title()
        if c.has("editor") and c.chance(0.7):
            c.t(" / " + w[6] + " ").names("editor", "ini_fam", most=1)
        else:
            c.drop("editor")
    place = c.item["publisher-place"]
    if place in ("Ашхабад", "Aşgabat") and c.chance(0.5):
        c.item["publisher-place"] = "A."
    c.t("." + d).v("publisher-place")
    if c.has("publisher"):
        c.t(c.pick(": ", " : ")).v("publisher")
    c.t(", ").year()
    if c.chance(0.8):
        c.t("." + d).v("number-of-pages").t(" " + w[0])
    else:
        c.drop("number-of-pages")
    if c.has("ISBN") and c.chance(0.5):
        c.t(("" if c.b.ends_with(".") else ".") + d + "ISBN ").v("ISBN")
    else:
        c.drop("ISBN")
    if not c.b.ends_with("."):
        c.t(".")
    c.drop("page", "translator", "volume", "edition", "collection-title")


FAMILIES = {
    "gost-book": (gost_book, ("ru", "kk", "tk", "uk"), ("book",)),
    "gost-article": (gost_article, ("ru", "kk", "tk", "uk"), ("article-journal",)),
    "gost-web": (
        gost_web,
        ("ru", "kk", "tk", "uk"),
        ("webpage", "article-newspaper", "entry-encyclopedia"),
    ),
    "gost-note": (gost_note, ("ru", "kk", "uk"), ("book", "chapter")),
    "gost-thesis": (gost_thesis, ("ru", "kk", "uk"), ("thesis",)),
    "kz-journal": (kz_journal, ("kk", "ru", "tk"), ("article-journal",)),
    "kz-book": (kz_book, ("kk", "ru", "tk"), ("book",)),
}
