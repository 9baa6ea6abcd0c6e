"""The record rules fire on notes as parsed: a book without publisher or year
(`book-without-publisher`), an article without volume or pages (`article-without-volume`), in
GOST, Chicago and Vancouver notes of several languages; a whole record gets no finding."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

NOTES = (
    "Иванов И. И. Экономика Казахстана. – М., 2015. – 304 с.",  # 1: no publisher
    "Yılmaz, Ahmet. Orta Asya’da Enerji Politikaları. İstanbul: Ötüken.",  # 2: no year
    "Cooley, Alexander. Great Games, Local Rules. Oxford: Oxford University Press, 2012.",
    "Гумилев Л. Н. Древние тюрки. – М.: Наука, 1967. – 504 с.",
    "Петров П. Рост экономики // Вопросы экономики. – 2020.",  # 5: no volume, no pages
    "Smith JA. Reading skills. J Educ Psychol. 2018;110(4):512-25.",
    "Schatz, Edward. “The Politics of Multiple Identities.” Europe-Asia Studies 52 (2000).",  # 7
    "Қойшыбаев Б. Қазақ тарихының очерктері. – Алматы, 2005.",  # 8: no publisher
    "Berdimuhamedow G. Türkmen alabaýy. Aşgabat: Türkmen döwlet neşirýat gullugy.",  # 9: no year
)


def _findings() -> set[tuple[str, int]]:
    marks = "".join(f"[{i}]" for i in range(1, len(NOTES) + 1))
    listed = "".join(f"[{i}] {note}\n" for i, note in enumerate(NOTES, 1))
    doc = read_bytes(f"Text{marks}.\n\nNotes\n{listed}".encode(), path="a.txt")
    rules = {"book-without-publisher", "article-without-volume"}
    return {
        (f.rule, f.location.note)
        for f in check(doc, config=CheckConfig())
        if f.rule in rules and f.location.note is not None
    }


def test_record_rules_fire_on_parsed_notes() -> None:
    assert _findings() == {
        ("book-without-publisher", 1),
        ("book-without-publisher", 2),
        ("article-without-volume", 5),
        ("article-without-volume", 7),
        ("book-without-publisher", 8),
        ("book-without-publisher", 9),
    }
