"""Wikipedia references as the cite templates render them: Russian Шаблон:Книга, :Статья,
:Cite web and :Публикация, their Ukrainian and Kazakh kin, and the CS1 output of the Turkish
and English Wikipedias (``Erişim tarihi``, ``Retrieved``, ``Archived from the original``).

The note's wiki (``ru``, ``uk``, ``kk``, ``tr``, ``en``) sets the template words; the item's
language sets the values and the language mark (``(англ.)``, ``(тур.)``).
"""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._forms import date_text, month_name

__all__ = ["FAMILIES"]

# the mark a wiki writes after a title in another language than its own
_MARKS = {
    "ru": {"en": "англ.", "tr": "тур.", "kk": "каз.", "tk": "туркм.", "ru": "рус.", "uk": "укр."},
    "uk": {"en": "англ.", "tr": "тур.", "kk": "каз.", "tk": "туркм.", "ru": "рос.", "uk": "укр."},
    "kk": {
        "en": "ағыл.",
        "tr": "түрік.",
        "kk": "қаз.",
        "tk": "түрікм.",
        "ru": "орыс.",
        "uk": "укр.",
    },
}
# wiki -> (extent unit, page label, volume, issue, "and others", editor word, translator word)
_BOOK = {
    "ru": ("с.", "С.", "Т.", "№", "и др.", "под ред.", "пер. с англ."),
    "uk": ("с.", "С.", "Т.", "№", "та ін.", "за ред.", "пер. з англ."),
    "kk": ("б.", "Б.", "Т.", "№", "және т.б.", "ред.", "ауд."),
}
_FOREIGN = ("p.", "P.", "Vol.", "no.", "et al.", "ed. by", "transl. by")
_CITY = {"Москва": "М.", "Санкт-Петербург": "СПб.", "Киев": "К.", "Київ": "К.", "Ленинград": "Л."}
# wiki -> (access words, archive words before the date, archive words after it)
_ACCESS = {
    "ru": (("Дата обращения: ", "Проверено "), ("Архивировано ",), (" года.", ".")),
    "uk": (("Процитовано ", "Архів оригіналу за "), ("Архів оригіналу за ",), (".",)),
    "kk": (
        ("Тексерілді ", "Қаралған күні: ", "Тексерілді, "),
        ("Түпнұсқадан мұрағатталған ",),
        (".",),
    ),
}


def _wiki(c: Ctx, *wikis: str) -> str:
    """The wiki the reference stands in: the source's own language's when there is one."""
    if c.lang in wikis and c.chance(0.6):
        return c.lang
    return c.pick(*wikis)


def _mark(c: Ctx, wiki: str) -> None:
    """`` (англ.)`` after a title in another language (the template's ``язык=``)."""
    marks = _MARKS.get(wiki, {})
    if c.lang != wiki and c.lang in marks and c.chance(0.85):
        c.t(f" ({marks[c.lang]})")


def _archive_date(c: Ctx, wiki: str, before: str, after: str) -> None:
    """``Архивировано 6 мая 2020 года.``: a date that is not the access date (unlabelled)."""
    y, m, d = c.item["accessed"]["date-parts"][0]
    day = {"date-parts": [[y, m, min(28, d + c.rng.randint(0, 3))]]}
    c.t(" " + before + date_text(day, wiki, "dmy_words") + after)


def _heads(c: Ctx) -> bool:
    """Up to three authors before the title (``Иванов И. И., Петров П. П.``); True if written."""
    people = c.item.get("author") or []
    if not people or len(people) > 3 or c.chance(0.05):
        return False
    form = c.pick("fam_ini", "fam_ini", "fam_comma_ini", "fam_ini_tight")
    c.names("author", form, most=3, sep=", ")
    c.t(" " if c.b.ends_with(".") else ". ")
    return True


def _responsible(c: Ctx, words: tuple[str, ...], wrote_head: bool) -> None:
    """`` / И. И. Иванов, П. П. Петров [и др.] ; под ред. А. А. Смирнова ; пер. с англ. …``."""
    parts = []
    if c.has("author") and not wrote_head:
        parts.append("author")
    for role in ("editor", "translator"):
        if c.has(role) and c.chance(0.8):
            parts.append(role)
        else:
            c.drop(role)
    if not parts:
        return
    c.t(" / ")
    for i, part in enumerate(parts):
        if i:
            c.t(" ; ")
        if part == "editor":
            c.t(words[5] + " ")
        elif part == "translator":
            c.t(words[6] + " ")
        c.names(part, "ini_fam", most=c.rng.choice((3, 4)), etal=f" [{words[4]}]")


def _place(c: Ctx) -> None:
    """The place, as Wikipedia abbreviates the capitals (``М.``, ``СПб.``) when it can."""
    place = c.item["publisher-place"]
    if place in _CITY and c.chance(0.7):
        c.item["publisher-place"] = _CITY[place]
    c.v("publisher-place")


def book(c: Ctx) -> None:
    """Шаблон:Книга: ``Иванов И. И. Название / под ред. … — 2-е изд. — М. : Наука, 2015. —
    Т. 2. — 304 с. — (Серия). — ISBN ….``"""
    wiki = _wiki(c, "ru", "uk", "kk")
    words = _BOOK[wiki] if c.lang in ("ru", "kk", "tk") or c.chance(0.3) else _FOREIGN
    wrote = _heads(c)
    c.v("title")
    _mark(c, wiki)
    _responsible(c, words, wrote)
    c.t(". — ")
    if c.has("edition"):
        c.v("edition").t(c.pick("-е изд.", "-е изд., испр. и доп.") if words[0] == "с." else " ed.")
        c.t(" — ")
    _place(c)
    if c.has("publisher"):
        c.t(c.pick(" : ", ": ")).v("publisher")
    c.t(", ").year()
    c.t(".")
    if c.has("volume"):
        c.t(" — " + words[2] + " ").v("volume").t(".")
    if c.chance(0.55):
        c.t(" — ").v("number-of-pages").t(" " + words[0])
        c.drop("page")
    elif c.chance(0.8):
        c.drop("number-of-pages")
        c.t(" — " + words[1] + " ").v("page", dash="—").t(".")
    else:
        c.drop("number-of-pages", "page")
    if c.has("collection-title") and c.chance(0.7):
        c.t(" — (").v("collection-title").t(").")
    else:
        c.drop("collection-title")
    if c.chance(0.2):
        c.t(f" — {c.pick('1000', '3000', '500', '10 000', '50 000')} экз.")
    if c.has("ISBN"):
        c.t(" — ISBN ").v("ISBN")
    if not c.b.ends_with("."):
        c.t(".")


def article(c: Ctx) -> None:
    """Шаблон:Статья: ``Иванов И. И. Название // Журнал. — 2015. — Т. 2, № 3. — С. 5—10. —
    doi:10.….``"""
    wiki = _wiki(c, "ru", "uk", "kk")
    words = _BOOK[wiki] if c.lang in ("ru", "kk", "tk") or c.chance(0.2) else _FOREIGN
    wrote = _heads(c)
    c.v("title")
    _mark(c, wiki)
    _responsible(c, words, wrote)
    c.t(" // ").v("container-title").t(". — ")
    if c.chance(0.2) and words[0] == "с.":
        c.t(c.pick("М.", "Алматы", "СПб.", "Астана") + ", ")
    c.year()
    if c.has("volume") and c.chance(0.7):
        c.t(". — " + words[2] + " ").v("volume")
        c.opt("issue", ", " + words[3] + " ")
    else:
        c.drop("volume")
        c.opt("issue", ". — " + words[3] + " ")
    c.t(". — " + words[1] + " ").v("page", dash=c.pick("—", "—", "–"))
    if c.chance(0.15):
        c.t(f". — ISSN {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}")
    if c.has("DOI"):
        c.t(". — " + c.pick("doi:", "DOI: ")).v("DOI")
    if c.chance(0.1):
        c.t(f". — PMID {c.rng.randint(10000000, 39999999)}")
    c.t(".")


def web(c: Ctx) -> None:
    """Шаблон:Cite web in the Russian, Ukrainian and Kazakh wikis: ``Название (англ.). Сайт
    (5 мая 2020). Дата обращения: 5 мая 2020. Архивировано 6 мая 2020 года.``"""
    wiki = _wiki(c, "ru", "uk", "kk")
    access, archived, after = _ACCESS[wiki]
    if c.has("author") and c.chance(0.5):
        c.names("author", c.pick("full", "fam_ini", "fam_comma_full"), most=2, sep=", ").t(". ")
    else:
        c.drop("author")
    c.v("title")
    _mark(c, wiki)
    c.t(". ").v("container-title")
    if c.has("issued") and c.chance(0.6):
        c.t(" (").date("issued", c.pick("dmy_words", "dmy_words", "iso"), lang=wiki).t(")")
    else:
        c.drop("issued")
    c.t(". ")
    label = c.pick(*access)
    archive_first = wiki == "uk" and label.startswith("Архів")
    if archive_first:  # Архів оригіналу за 6 травня 2020. Процитовано 5 травня 2020.
        y, m, d = c.item["accessed"]["date-parts"][0]
        day = {"date-parts": [[y, m, min(28, d + c.rng.randint(0, 3))]]}
        c.t(label + date_text(day, wiki, "dmy_words") + ". Процитовано ")
    else:
        c.t(label)
    c.date("accessed", c.pick("dmy_words", "dmy_words", "iso"), lang=wiki).t(".")
    if not archive_first and c.chance(0.45):
        _archive_date(c, wiki, c.pick(*archived), c.pick(*after))
    c.drop("URL")  # the link sits behind the title


def cs1(c: Ctx) -> None:
    """CS1 as the Turkish and English Wikipedias render it: ``"Başlık". Site. 5 Mayıs 2020.
    6 Mayıs 2020 tarihinde kaynağından arşivlendi. Erişim tarihi: 5 Mayıs 2020.``"""
    wiki = "tr" if c.lang in ("tr", "tk") and c.chance(0.7) else c.pick("tr", "en")
    form = c.pick("dmy_words", "dmy_words", "iso", "mdy_words") if wiki == "en" else "dmy_words"
    wrote_date = False
    if c.has("author") and c.chance(0.5):
        c.names("author", "fam_comma_full", most=2, sep="; ")
        if c.has("issued") and c.chance(0.6):
            c.t(" (").date("issued", form, lang=wiki).t(")")
            wrote_date = True
        c.t(". ")
    else:
        c.drop("author")
    c.t('"').v("title").t('"')
    if c.lang != wiki and c.chance(0.5):
        names = {"tr": {"en": "İngilizce", "ru": "Rusça", "kk": "Kazakça", "tk": "Türkmence"}}
        word = names.get(wiki, {}).get(c.lang) or {"ru": "Russian", "tr": "Turkish"}.get(c.lang)
        if word:
            c.t(f" ({word})")
    c.t(". ").v("container-title").t(".")
    if not wrote_date and c.has("issued") and c.chance(0.6):
        c.t(" ").date("issued", form, lang=wiki).t(".")
    elif not wrote_date:
        c.drop("issued")
    y, m, d = c.item["accessed"]["date-parts"][0]
    archived = c.chance(0.4)
    if archived:
        day = date_text({"date-parts": [[y, m, d]]}, wiki, form)
        if wiki == "tr":
            c.t(f" {day} tarihinde kaynağından arşivlendi.")
        else:
            c.t(f" Archived from the original on {day}.")
    c.t(" Erişim tarihi: " if wiki == "tr" else " Retrieved ")
    c.date("accessed", form, lang=wiki).t(".")
    c.drop("URL")


def publication(c: Ctx) -> None:
    """Шаблон:Публикация for a site's page, with its link and a line break before the
    access date as the template sets it: ``Иванов И. Название // Сайт. — 2020. — 5 мая. — URL``."""
    wrote = _heads(c)
    c.v("title")
    _mark(c, "ru")
    if not wrote:
        c.drop("author")
    if c.chance(0.2):
        c.t(" " + c.pick("[арх.]", "[архивировано]"))
    c.t(" // ").v("container-title")
    if c.has("issued") and c.chance(0.7):
        c.t(". — ").year(cut=False)
        parts = c.item["issued"]["date-parts"][0]
        if len(parts) == 3:
            c.t(". — ")
            c.b.value(f"{parts[2]} {month_name('ru', parts[1])}", "issued")
    else:
        c.drop("issued")
    if c.chance(0.5):
        c.t(". — URL: ").v("URL")
    else:
        c.drop("URL")
    c.t(" (" + c.pick("дата обращения: ", "Дата обращения: ")).date("accessed", "dmy_dots").t(").")


FAMILIES = {
    "wiki-book": (book, ("ru", "kk", "tk", "en", "tr", "uk"), ("book",)),
    "wiki-article": (article, ("ru", "kk", "en", "tr", "tk", "uk"), ("article-journal",)),
    "wiki-web": (
        web,
        ("ru", "kk", "en", "tr", "tk", "uk"),
        ("webpage", "article-newspaper", "entry-encyclopedia"),
    ),
    "wiki-cs1": (cs1, ("tr", "en", "ru", "tk"), ("webpage", "article-newspaper")),
    "wiki-publication": (publication, ("ru", "kk"), ("webpage", "article-newspaper")),
}
