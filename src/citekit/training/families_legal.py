"""Archival references and legal sources, as Russian, Kazakh, Turkish and Turkmen notes write
them: ``ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–4 об.``, ``ҚР ОМА. 81-қ., 1-т., 120-іс, 5-п.``,
``BOA, DH. MKT., 1234/56.``; GOST 7.0.100 laws (``О некоммерческих организациях : федер.
закон от 12.01.1996 № 7-ФЗ // Собрание законодательства РФ. – 1996. – № 3. – Ст. 145``),
Kazakh laws (``Қазақстан Республикасының 2015 жылғы 24 қарашадағы № 418-V Заңы``) and
Resmî Gazete references (``Tarih: 7.12.2019, Sayı: 30971``).

An archive's name and its fund, inventory and file numbers are left unlabelled (no variable of
the tagger holds them); the sheet (``Л. 3–4``) is the cited page.
"""

from __future__ import annotations

from citekit.training._context import Ctx
from citekit.training._forms import random_date

__all__ = ["FAMILIES"]

_OTTOMAN = ("DH. MKT.", "İ. DH.", "Y. PRK. ASK.", "HAT", "A. MKT. MHM.", "BEO", "DH. EUM. THR.")
# Kazakh months in the attributive locative a law's date takes (``24 қарашадағы``)
_KK_MONTHS = (
    "қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
    "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы",
)  # fmt: skip
_RU_GAZETTES = (
    "Собрание законодательства РФ",
    "Собрание законодательства Российской Федерации",
    "Российская газета",
    "Бюллетень международных договоров",
)
_KZ_GAZETTES = (
    "Ведомости Парламента Республики Казахстан",
    "Казахстанская правда",
    "Собрание актов Президента и Правительства Республики Казахстан",
)
_LAW_SITES = {
    "ru": (
        "adilet.zan.kz/rus/docs/",
        "www.consultant.ru/document/cons_doc_LAW_",
        "base.garant.ru/",
    ),
    "kk": ("adilet.zan.kz/kaz/docs/", "online.zakon.kz/Document/?doc_id="),
    "tr": ("www.mevzuat.gov.tr/mevzuatmetin/1.5.", "www.resmigazete.gov.tr/eskiler/"),
    "tk": ("minjust.gov.tm/ru/mmerkezi/doc_view/", "www.turkmenistan.gov.tm/?id="),
}


def _n(c: Ctx, lo: int, hi: int) -> str:
    return str(c.rng.randint(lo, hi))


def _put(c: Ctx, label: str, value: str) -> Ctx:
    """Write `value` as the item's `label` (a value the family makes itself)."""
    c.item[label] = value
    return c.v(label)


def _sheet(c: Ctx, word: str) -> None:
    """The sheet or sheets: `` Л. 3–4`` (labelled as the cited page)."""
    c.t(word).v("page", dash=c.pick("–", "-", "–"))


def archive(c: Ctx) -> None:
    """An archive file in the note's language's archive: Soviet, Kazakh, Ottoman, Turkmen."""
    if c.lang == "tr":
        _ottoman(c)
        return
    kazakh = c.lang == "kk" and c.chance(0.6)
    if c.has("title") and c.chance(0.35):  # Докладная записка … // ГАРФ. …
        c.v("title").t(c.pick(" // ", ". ", " "))
        if c.chance(0.4):
            c.date("issued", "dmy_dots").t(". ")
        else:
            c.drop("issued")
    else:
        c.drop("title", "issued")
    name = c.item["archive"] if not kazakh else c.pick("ҚР ОМА", "ҚР ПА", "ҚР ОМА", "АОМА")
    c.item["archive"] = name
    c.v("archive")
    fund, inv, file = _n(c, 1, 2000), _n(c, 1, 30), _n(c, 1, 3000)
    if kazakh:  # ҚР ОМА. 81-қ., 1-т., 120-іс, 5-п.
        long = c.chance(0.4)
        words = ("-қор, ", "-тізбе, ", "-іс, ") if long else ("-қ., ", "-т., ", "-іс, ")
        _put(c.t(c.pick(". ", ", ")), "archive_location", fund + words[0] + inv + words[1])
        c.t(file + words[2])
        c.v("page").t("-парақ." if long else c.pick("-п.", "-парақ."))
        return
    if c.lang == "tk" and c.chance(0.5):  # TMDA, F. 1, Sp. 2, I. 35, S. 4.
        loc = f"F. {fund}, Sp. {inv}, I. {file}"
        _put(c.t(", "), "archive_location", loc)
        _sheet(c, c.pick(", S. ", ", sah. "))
        c.t(".")
        return
    lower = c.chance(0.25)  # ЦГА РК, ф. 5, оп. 1, д. 12, л. 3.
    prefix = c.pick("Р-", "", "", "") if name in ("ГАРФ", "ЦГА РК", "РГАЭ") else ""
    if lower:
        loc = f"ф. {prefix}{fund}, оп. {inv}, д. {file}"
        _put(c.t(", "), "archive_location", loc)
        _sheet(c, c.pick(", л. ", ", лл. "))
    else:
        loc = f"Ф. {prefix}{fund}. Оп. {inv}. Д. {file}"
        _put(c.t(". "), "archive_location", loc)
        _sheet(c, c.pick(". Л. ", ". Лл. ", ". Л. "))
    c.t(c.pick(".", " об.", ".", ""))


def _ottoman(c: Ctx) -> None:
    """``BOA, DH. MKT., 1234/56.`` and the Republic archive's ``BCA, 030.10.0.0/123.456.7``."""
    c.drop("page")
    if c.chance(0.7):
        name = c.pick("BOA", "BOA", "Cumhurbaşkanlığı Osmanlı Arşivi (BOA)", "BOA.")
        c.item["archive"] = name
        c.v("archive").t(c.pick(", ", " "))
        loc = f"{c.pick(*_OTTOMAN)}, {_n(c, 1, 3000)}/{_n(c, 1, 99)}"
    else:
        c.item["archive"] = c.pick("BCA", "Cumhuriyet Arşivi (BCA)")
        c.v("archive").t(", ")
        loc = f"030.{_n(c, 10, 18)}.0.0/{_n(c, 1, 300)}.{_n(c, 1, 900)}.{_n(c, 1, 30)}"
    _put(c, "archive_location", loc)
    if c.chance(0.4):
        c.t(", ").date("issued", c.pick("dmy_dots", "dmy_words"))
    else:
        c.drop("issued")
    c.drop("title")
    c.t(".")


def _number(c: Ctx) -> str:
    """The act's number with the suffix its kind takes (``7-ФЗ``, ``418-V``, ``319-III ЗРК``)."""
    kind = str(c.item.get("genre", ""))
    number = _n(c, 1, 700)
    if "едеральн" in kind:
        number += "-ФЗ"
    elif "Закон" in kind or "Заң" in kind or "Кодек" in kind:
        number += c.pick("-I", "-II", "-III", "-IV", "-V", "-VI", "-VI ЗРК", "-VII ЗРК")
    c.item["number"] = number
    return number


def law_ru(c: Ctx) -> None:
    """Russian laws: the note form (``Федеральный закон от … № … «…» // СЗ РФ. 1996. № 3.
    Ст. 145.``) and GOST 7.0.100's title-first form (``О … : федер. закон от …``)."""
    kind = c.item["genre"]
    gazettes = _KZ_GAZETTES if "Казахстан" in kind else _RU_GAZETTES
    c.item["container-title"] = c.pick(*gazettes)
    c.item["issue"] = _n(c, 1, 52)
    d = c.pick(". – ", ". — ", ". ")
    if c.chance(0.45):  # GOST 7.0.100: title first
        c.v("title").t(" : ")
        if c.chance(0.4):
            kind = kind[:1].lower() + kind[1:]
            c.item["genre"] = kind
        c.v("genre").t(" от ").date("issued", c.pick("dmy_dots", "dmy_words"))
        _put(c.t(c.pick(" г.", " года", "")).t(" № "), "number", _number(c))
        if c.chance(0.3):
            body = c.pick("Государственной думой", "Мажилисом Парламента")
            c.t(f" : [принят {body} {c.rng.randint(1, 28)} {c.pick('мая', 'декабря', 'июня')}")
            c.t(f" {c.item['issued']['date-parts'][0][0]} года]")
    else:
        c.v("genre").t(" от ").date("issued", c.pick("dmy_dots", "dmy_words"))
        _put(c.t(c.pick(" г.", " года", "")).t(" № "), "number", _number(c))
        c.t(c.pick(" «", " «", ' "')).v("title").t(c.pick("»", "»", '"'))
        if c.chance(0.3):
            c.t(c.pick(" (с изменениями и дополнениями)", " (ред. от 05.12.2022)"))
    form = c.rng.randrange(3)
    if form == 0:
        c.t(" // ").v("container-title").t(d).year(cut=False).t(d + "№ ").v("issue")
        c.t(d.rstrip(" ") + " Ст. " + _n(c, 1, 6000) + ".")
    elif form == 1:  # ИС «Әділет», URL, date accessed
        c.drop("container-title", "issue")
        _online(c, "ru")
    else:
        c.drop("container-title", "issue")
        c.t(".")


def _online(c: Ctx, lang: str) -> None:
    """`` // ИС «Әділет». URL: https://adilet.zan.kz/… (дата обращения: 05.05.2020).``"""
    y = c.item["issued"]["date-parts"][0][0]
    c.item["URL"] = f"https://{c.pick(*_LAW_SITES[lang])}{_n(c, 10000, 9999999)}"
    c.item["accessed"] = random_date(c.rng, lo=max(y, 2012), hi=2025)
    words = {
        "ru": (" // ИС «Әділет». URL: ", " // КонсультантПлюс. URL: ", ". URL: ", ". – URL: "),
        "kk": (" // «Әділет» АҚЖ. URL: ", ". URL: ", " ", " – URL: "),
        "tr": (", ", ". "),
        "tk": (". ", " // "),
    }[lang]
    access = {
        "ru": (" (дата обращения: ", ")"),
        "kk": (" (қаралған күні: ", ")"),
        "tr": (" (Erişim Tarihi: ", ")"),
        "tk": (" (seredilen senesi: ", ")"),
    }[lang]
    c.t(c.pick(*words)).v("URL").t(access[0]).date("accessed", "dmy_dots").t(access[1] + ".")


def law_kk(c: Ctx) -> None:
    """``Қазақстан Республикасының 2015 жылғы 24 қарашадағы № 418-V «…» Заңы`` and the
    title-first form ``«Білім туралы» Қазақстан Республикасының … Заңы // Егемен Қазақстан.``"""
    whose, _, what = c.item["genre"].rpartition(" ")
    c.drop("genre")
    y, m, d = c.item["issued"]["date-parts"][0]
    title_first = c.chance(0.5)
    if title_first:
        c.t("«").v("title").t("» ")
    c.t(whose + " ")
    c.b.value(f"{y} жылғы {d} {_KK_MONTHS[m - 1]}", "issued")
    _put(c.t(" № "), "number", _number(c))
    if not title_first:
        c.t(" «").v("title").t("»")
    c.t(" " + what)
    form = c.rng.randrange(3)
    if form == 0:
        c.t(" // ").v("container-title").t(c.pick(". – ", ". ")).year(cut=False)
        c.drop("issue")
        c.t(".")
    elif form == 1:
        c.drop("container-title", "issue")
        _online(c, "kk")
    else:
        c.drop("container-title", "issue")
        c.t(".")


def law_tr(c: Ctx) -> None:
    """``5237 sayılı Türk Ceza Kanunu, Resmî Gazete, Sayı: 25611, 12.10.2004.`` and the Resmî
    Gazete header form ``Resmî Gazete, Tarih: 7.12.2019, Sayı: 30971``."""
    c.item["container-title"] = c.pick("Resmî Gazete", "Resmi Gazete", "RG")
    if not c.has("issue"):
        c.item["issue"] = _n(c, 17000, 32500)
    c.drop("genre")
    form = c.rng.randrange(4)
    if form == 0:
        _put(c, "number", _number(c)).t(" sayılı ").v("title").t(", ").v("container-title")
        c.t(c.pick(", Sayı: ", ", S. ", ", sayı ")).v("issue").t(", ")
        c.date("issued", c.pick("dmy_dots", "dmy_words")).t(".")
    elif form == 1:  # Kanun, (RG: 12.10.2004, S. 25611)
        c.v("title").t(" (").v("container-title").t(": ").date("issued", "dmy_dots")
        c.t(c.pick(", S. ", ", Sayı: ")).v("issue").t(")").t(c.pick(".", ""))
    elif form == 2:  # Resmî Gazete, Tarih: 7.12.2019, Sayı: 30971
        if c.chance(0.6):
            c.v("title").t(", ")
        else:
            c.drop("title")
        c.v("container-title").t(c.pick(", Tarih: ", ", T. ", " Tarihi: "))
        c.date("issued", "dmy_dots").t(c.pick(", Sayı: ", ", S. ")).v("issue").t(".")
    else:
        _put(c, "number", _number(c)).t(" Sayılı ").v("title")
        c.drop("container-title", "issue")
        _online(c, "tr")


def law_tk(c: Ctx) -> None:
    """``Türkmenistanyň Kanuny «Bilim hakynda» (15.08.2013 ý.)`` and its online form."""
    quotes = c.pick("«»", "“”")
    c.v("genre").t(" " + quotes[0]).v("title").t(quotes[1]).t(" (")
    c.date("issued", "dmy_dots").t(c.pick(" ý.)", ")"))
    c.drop("number", "container-title", "issue")
    if c.chance(0.4):
        _online(c, "tk")
    else:
        c.t(".")


def law(c: Ctx) -> None:
    """A law in the note's language's form."""
    {"ru": law_ru, "kk": law_kk, "tr": law_tr, "tk": law_tk}[c.lang](c)


FAMILIES = {
    "archive": (archive, ("ru", "kk", "tr", "tk"), ("manuscript",)),
    "law-gost": (law, ("ru", "kk"), ("legislation",)),
    "law-tr": (law_tr, ("tr",), ("legislation",)),
    "law-tk": (law_tk, ("tk",), ("legislation",)),
}
