"""Formatting with CSL styles: built-in styles, our Kazakh and Turkmen locales, the languages'
own rules (genitive months, Turkish İ, Kazakh initials), notes with ibid, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.model import Citation, Name, PartialDate
from citekit.styles import BUILTIN_STYLES, StyleError, format_bibliography, format_notes, load_style
from tests.conftest import EXAMPLE, ROOT

TOKAYEV = Citation(
    type="article-newspaper",
    title="Казахстан готов нарастить экспорт в Туркменистан",
    authors=(Name(family="Тоқаев", given="Қасым-Жомарт"),),
    container="Kapital",
    url="https://kapital.kz/economic/100/x.html",
    accessed=PartialDate(2021, 10, 25),
    issued=PartialDate(2021, 10, 20),
    language="ru",
)
BOOK = Citation(
    type="book",
    title="Türkmen diliniň orfografik sözlügi",
    authors=(Name(family="Kyýasowa", given="Gülälek"),),
    publisher="Türkmen döwlet neşirýat gullugy",
    publisher_place="Aşgabat",
    issued=PartialDate(2016),
    language="tk",
)


@pytest.mark.parametrize("style", BUILTIN_STYLES)
def test_every_builtin_style_formats_the_sources(style: str) -> None:
    entries = format_bibliography([TOKAYEV, BOOK], style=style)
    assert len(entries) == 2
    assert all(entries)
    assert any("Тоқаев" in e or "Kapital" in e for e in entries)


def test_russian_day_month_year_uses_the_genitive() -> None:
    style = load_style(
        ROOT / "tests" / "styles" / "day-month.csl",
        locale="ru-RU",
    )
    (text,) = style.bibliography_entries(
        [{"id": "a", "type": "book", "issued": {"date-parts": [[2021, 10, 25]]}}]
    )
    assert text == "25 октября 2021 г."


@pytest.mark.parametrize(
    ("locale", "ibid"), [("kk-KZ", "Сонда."), ("tk-TM", "Şol ýerde."), ("tr-TR", "a.g.e.")]
)
def test_ibid_in_each_locale(locale: str, ibid: str) -> None:
    notes = format_notes(
        [[TOKAYEV], [TOKAYEV]], style="chicago-notes-bibliography-subsequent-ibid", locale=locale
    )
    assert notes[1].lower().startswith(ibid.lower().rstrip("."))


def test_kazakh_initials_keep_their_letters() -> None:
    (entry,) = format_bibliography([TOKAYEV], style="apa")
    assert "Тоқаев, Қ.-Ж." in entry


def test_turkish_uppercase_has_dotted_capital_i() -> None:
    style = load_style(ROOT / "tests" / "styles" / "uppercase.csl")
    item = {"id": "a", "type": "book", "title": "iktisadi bilgiler", "language": "tr"}
    assert style.bibliography_entries([item]) == ["İKTİSADİ BİLGİLER"]


def test_output_formats() -> None:
    html = format_bibliography([BOOK], style="apa", output="html")[0]
    assert "<i>" in html
    assert "*" in format_bibliography([BOOK], style="apa", output="markdown")[0]
    assert "<" not in format_bibliography([BOOK], style="apa", output="text")[0]


def test_malformed_style_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csl"
    bad.write_text("<style><citation>", encoding="utf-8")
    with pytest.raises(StyleError, match=r"bad\.csl"):
        load_style(bad)
    assert main(["format", str(EXAMPLE), "--style", str(bad)]) == 2


def test_items_with_missing_fields_still_render() -> None:
    assert format_bibliography([Citation(title="Sadece başlık")], style="isnad-dipnotlu")


def test_cli_format_notes_tracks_ibid(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "format",
                str(EXAMPLE),
                "--mode",
                "notes",
                "--style",
                "chicago-notes-bibliography-subsequent-ibid",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 9
    assert lines[6].lower().startswith("ibid")


def test_shipped_kazakh_and_turkmen_locales_match_the_language_data(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_csl_locales.py"
    shipped = ROOT / "src" / "citekit" / "styles" / "data" / "locales"
    before = {p.name: p.read_bytes() for p in shipped.glob("locales-*-*.xml")}
    subprocess.run([sys.executable, str(script)], check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in shipped.glob("locales-*-*.xml")}
    assert before == after


def _book(key: str, family: str, title: str, lang: str) -> dict[str, object]:
    return {
        "id": key,
        "type": "book",
        "title": title,
        "author": [{"family": family, "given": "A."}],
        "issued": {"date-parts": [[2020]]},
        "language": lang,
    }


@pytest.mark.parametrize(
    ("locale", "families"),
    [
        ("tr-TR", ["Çelik", "Ilgaz", "İnce", "Özdemir", "Şahin", "Zafer"]),  # ı-I before i-İ
        ("tk-TM", ["Çaryýew", "Esenow", "Ärkinow", "Žumaýew", "Ňazow", "Ýazow"]),  # Ä after E
        ("kk-KZ", ["Абаев", "Әлиев", "Бекова", "Ғабит", "Қасымов", "Ұлы"]),  # Ә after А
    ],
)
def test_bibliography_sorts_in_the_language_order(locale: str, families: list[str]) -> None:
    items = [_book(f"i{n}", f, f"Kitap {n}", locale[:2]) for n, f in enumerate(families)]
    shuffled = items[::-1][1:] + items[-1:]
    entries = format_bibliography(shuffled, style="apa", locale=locale)
    assert [next(f for f in families if e.startswith(f)) for e in entries] == families


def test_gost_lists_cyrillic_before_latin_and_numbers_in_that_order() -> None:
    items = [
        _book("e", "Abbott", "Central Asia", "en"),
        _book("r", "Яковлев", "Экономика", "ru"),
        _book("k", "Бекова", "Тарих", "kk"),
    ]
    entries = format_bibliography(items, style="gost-r-7-0-5-2008", locale="ru-RU")
    expected = [["1.", "Бекова"], ["2.", "Яковлев"], ["3.", "Abbott"]]
    assert [e.split()[:2] for e in entries] == expected


@pytest.mark.parametrize(
    ("scheme", "title", "family"),
    [
        ("ala-lc", "Kazakhstan gotov narastitʹ ėksport", "Tokaev"),
        ("bgn", "Kazakhstan gotov narastit’ eksport", "Tokayev"),
        ("gost779", "Kazaxstan gotov narastit` e`ksport", "Tokaev"),
        ("iso9", "Kazahstan gotov narastitʹ èksport", "Tokaev"),
    ],
)
def test_romanized_russian_titles_keep_the_original(scheme: str, title: str, family: str) -> None:
    item = {
        "id": "r",
        "type": "book",
        "title": "Казахстан готов нарастить экспорт",
        "author": [{"family": "Токаев", "given": "Касым-Жомарт"}],
        "issued": {"date-parts": [[2021]]},
        "language": "ru",
    }
    (entry,) = format_bibliography([item], style="apa", romanize=scheme)
    assert f"{title} [Казахстан готов нарастить экспорт]" in entry
    assert entry.startswith(family)


def test_kazakh_official_latin_and_item_forms() -> None:
    kazakh = {
        "id": "k",
        "type": "book",
        "title": "Қазақстан тарихы",
        "issued": {"date-parts": [[2020]]},
        "language": "kk",
    }
    (entry,) = format_bibliography([kazakh], style="apa", romanize="kazakh-latin")
    assert "Qazaqstan tarihy [Қазақстан тарихы]" in entry
    given = {
        **kazakh,
        "multi": {"_keys": {"title": {"kk-Latn": "Qazaqstan tarikhy", "en": "History"}}},
    }
    (entry,) = format_bibliography([given], style="apa", romanize="ala-lc")
    assert "Qazaqstan tarikhy [Қазақстан тарихы] [History]" in entry


def test_cli_format_romanizes(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["format", str(EXAMPLE), "--style", "apa", "--romanize", "gost779"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Kazaxstan gotov" in out
    assert "[Казахстан готов" in out


def test_isnad_house_variant_writes_the_note_as_practised() -> None:
    item = {
        "id": "w",
        "type": "webpage",
        "title": "Gazagystan bilen Türkmenistanyň arasyndaky söwda dolanyşygy",
        "container-title": "Biznes Türkmenistan",
        "URL": "https://business.com.tm/post/123",
        "accessed": {"date-parts": [[2021, 10, 25]]},
    }
    house = format_notes([[item]], style="isnad-dipnotlu-house", locale="tr-TR")
    official = format_notes([[item]], style="isnad-dipnotlu", locale="tr-TR")
    assert house == [
        "“Gazagystan bilen Türkmenistanyň arasyndaky söwda dolanyşygy”, Biznes Türkmenistan, "
        "https://business.com.tm/post/123, (Erişim Tarihi: 25.10.2021)."
    ]
    assert "Erişim 25 Ekim 2021" in official[0]
    assert "https://" not in official[0]


def test_each_item_gets_its_own_language_terms_in_a_gost_list() -> None:
    def article(key: str, lang: str, families: list[str]) -> dict[str, object]:
        return {
            "id": key,
            "type": "article-journal",
            "title": f"Title {key}",
            "author": [{"family": f, "given": "A." if lang == "en" else "А."} for f in families],
            "container-title": "Journal",
            "volume": "31",
            "page": "145-162",
            "issued": {"date-parts": [[2020]]},
            "language": lang,
        }

    english = article("e", "en", ["Smith", "Brown", "Green", "White"])
    russian = article("r", "ru", ["Иванов", "Петров", "Сидоров", "Смирнов"])
    entries = format_bibliography([english, russian], style="gost-r-7-0-5-2008-numeric")
    assert "Smith A. et al." in entries[0]
    assert "P. 145–162" in entries[0]
    assert "Иванов А. и др." in entries[1]
    assert "С. 145–162" in entries[1]
    off = format_bibliography([english], style="gost-r-7-0-5-2008-numeric", item_terms=False)
    assert "и др." in off[0]


def test_isnad_house_variant_on_the_founding_article(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "format",
            str(EXAMPLE),
            "--mode",
            "notes",
            "--style",
            "isnad-dipnotlu-house",
            "--locale",
            "tr-TR",
        ]
    )
    first = capsys.readouterr().out.splitlines()[0]
    assert code == 0
    assert first == (
        "“Gazagystan bilen Türkmenistanyň arasyndaky söwda dolanyşygy $74,6 milliona ýetdi”, "
        "Biznes Türkmenistan, (Erişim Tarihi: 25.10.2021)."
    )
