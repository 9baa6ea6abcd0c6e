"""How the parsed record of a note holds up when its title's own text changes as real titles do.

Generated notes (the training generator, no value from the dev corpus) whose parsed title is
read right are written again with the TITLE alone rewritten: a subtitle after `:`, ` — ` or
`. `, a year or a range, an abbreviation with periods, a question or exclamation mark, a
quoted name inside (nested quotes when the title is quoted), a number or Roman numeral, a
bracketed translation after it (never a part of the title), a comma list, a person's name, a
place name. A note *breaks* when its title is no longer read as the rewritten title, or when
any other field of its record (every field the corpus scorer reads but the title's language,
which the new words may rightly change) changes. The rewrites are
in the title's language (ru, kk, tr, tk, en), so the figure is how often the parser's answer
depends on what the title says rather than on where it stands.

Run: uv run python benchmarks/title_invariance.py [--n 1000] [--seed 31] [--show N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from _common import DATA

sys.path.insert(0, str(DATA.parent.parent))
from tests.retyping import read
from tests.scoring import predict

Rewrite = Callable[[str, str, str, random.Random], str | None]  # title, lang, outer quote, rng

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_TURKMEN = re.compile(r"[ýňäž]", re.IGNORECASE)
_INNER = {"«": ("„", "“"), "“": ("‘", "’"), '"': ("'", "'"), "„": ("‚", "‘")}
_CLOSE = frozenset("»”\"“’'")
_PLAIN = {"ru": ("«", "»"), "kk": ("«", "»"), "tr": ("“", "”"), "tk": ("«", "»"), "en": ("“", "”")}


def title_lang(title: str, lang: str) -> str:
    """The language the rewrite is written in: the title's script, then the note's language."""
    if _CYRILLIC.search(title):
        return "kk" if lang == "kk" or _KAZAKH.search(title) else "ru"
    if _TURKMEN.search(title) or lang == "tk":
        return "tk"
    return lang if lang in ("tr", "en") else ("tr" if lang in ("az", "uz") else "en")


def _suffix(words: dict[str, tuple[str, ...]]) -> Rewrite:
    """`title` + one of the language's phrases (the title must not end in a mark)."""

    def rewrite(title: str, lang: str, _q: str, rng: random.Random) -> str | None:
        if title[-1] in ".?!…:;,":
            return None
        return title + rng.choice(words[lang])

    return rewrite


def _prefix(words: dict[str, tuple[str, ...]]) -> Rewrite:
    """One of the language's phrases + `title`."""
    return lambda title, lang, _q, rng: rng.choice(words[lang]) + title


def _quoted(title: str, lang: str, outer: str, rng: random.Random) -> str | None:
    """A quoted work's name inside the title, in the marks nested inside the title's own."""
    if title[-1] in ".?!…:;,":
        return None
    left, right = _INNER.get(outer, _PLAIN[lang])
    name = rng.choice(_QUOTED_NAMES[lang])
    return title + name.format(left, right)


_QUOTED_NAMES = {
    "ru": (" в романе {}Тихий Дон{}", ": к 100-летию газеты {}Правда{}"),
    "kk": (": {}Абай жолы{} романы бойынша", " және {}Қазақ{} газеті"),
    "tr": (" ve {}Kutadgu Bilig{}", ": {}Nutuk{} Üzerine"),
    "tk": (" we {}Görogly{} eposy", ": {}Ruhnama{} barada"),
    "en": (" in {}The Waste Land{}", ": The {}Great Game{} Revisited"),
}

REWRITES: dict[str, Rewrite] = {
    "a subtitle after :": _suffix(
        {
            "ru": (": опыт сравнительного анализа", ": проблемы и решения"),
            "kk": (": тарихи-салыстырмалы талдау", ": тарих және қазіргі заман"),
            "tr": (": karşılaştırmalı bir inceleme", ": Bir Değerlendirme"),
            "tk": (": taryhy-deňeşdirme derňewi", ": taryh we häzirki döwür"),
            "en": (": A Comparative Study", ": a reassessment"),
        }
    ),
    "a subtitle after —": _suffix(
        {
            "ru": (" — проблемы и перспективы", " – опыт и уроки"),
            "kk": (" — мәселелер мен болашақ", " – тәжірибе мен сабақ"),
            "tr": (" — sorunlar ve öneriler", " – Dünü ve Bugünü"),
            "tk": (" — meseleler we geljek", " – tejribe we sapaklar"),
            "en": (" — Problems and Prospects", " – lessons learned"),
        }
    ),
    "a subtitle after a period": _suffix(
        {
            "ru": (". Очерки истории", ". Исследование и тексты"),
            "kk": (". Тарихи очерктер", ". Зерттеу мен мәтіндер"),
            "tr": (". Tarihî bir değerlendirme", ". İnceleme ve Metin"),
            "tk": (". Taryhy syn", ". Derňew we tekstler"),
            "en": (". A Historical Survey", ". Texts and Studies"),
        }
    ),
    "a year or a range": _suffix(
        {
            "ru": (" в 1991–2021 гг.", " (1300-1600)", " 1920-х годов"),
            "kk": (" (1991–2021 жж.)", " (1300-1600)", " 1920 жылдары"),
            "tr": (" (1923-1950)", " 1991-2021 Yılları Arasında", " (1300-1600)"),
            "tk": (" (1991–2021 ýý.)", " (1300-1600)", " 2007-nji ýylda"),
            "en": (", 1945–1991", " (1300-1600)", " since 1991"),
        }
    ),
    "an abbreviation with periods": _suffix(
        {
            "ru": (" в XIX в.", " (на примере Ленинградской обл.)", " в г. Оренбурге"),
            "kk": (" (Алматы обл. мысалында)", " XIX ғ. екінші жартысында"),
            "tr": (" (XVI. yy.)", ": Hz. Ali vb. Örnekler", ": Prof. Dr. Ahmet Temir'in Görüşleri"),
            "tk": (" (Lebap w. mysalynda)", " XIX a. ahyrynda"),
            "en": (" in the U.S.", " of St. Petersburg", " in Washington, D.C., 1990–2000"),
        }
    ),
    "a question or exclamation mark": _prefix(
        {
            "ru": ("Что такое реформа? ", "Вперёд, к рынку! "),
            "kk": ("Не істеу керек? ", "Алға, Қазақстан! "),
            "tr": ("Neden Şimdi? ", "Yaşasın Cumhuriyet! "),
            "tk": ("Näme üçin? ", "Alga, Türkmenistan! "),
            "en": ("What Went Wrong? ", "Never Again! "),
        }
    ),
    "a quoted name inside (nested quotes)": _quoted,
    "a number or Roman numeral": _suffix(
        {
            "ru": (" в XX веке", ": 100 лет спустя", " и II Интернационал"),
            "kk": (" ХХ ғасырда", ": 100 жылдан кейін", " және II Николай"),
            "tr": (" (XX. yüzyıl)", ": 100 Yıl Sonra", " ve II. Abdülhamit"),
            "tk": (" XX asyrda", ": 100 ýyldan soň", " we II Nikolaý"),
            "en": (", Part II", " in the 20th Century", ": 100 Years Later"),
        }
    ),
    "a bracketed translation after it": lambda title, lang, _q, rng: (
        title
        + rng.choice(
            {
                "ru": (" [History and Memory]", " [Russian Studies in the 1990s]"),
                "kk": (" [The Steppe and Its People]", " [История казахской степи]"),
                "tr": (" [Turkish Foreign Policy]", " [The Ottoman Archives]"),
                "tk": (" [Turkmen Carpets]", " [Туркменские ковры]"),
                "en": (" [Türk Dış Politikası]", " [История и память]"),
            }[lang]
        )
    ),
    "a comma list": _suffix(
        {
            "ru": (": экономика, политика, культура", ", политика и право"),
            "kk": (": экономика, саясат, мәдениет", ", саясат және құқық"),
            "tr": (": ekonomi, siyaset, kültür", ", Dil ve Edebiyat"),
            "tk": (": ykdysadyýet, syýasat, medeniýet", ", dil we edebiýat"),
            "en": (": Economy, Politics, Culture", ", law and society"),
        }
    ),
    "a person's name": _prefix(
        {
            "ru": ("Л. Н. Гумилёв и ", "Пушкин и "),
            "kk": ("Абай және ", "Ш. Уәлиханов және "),
            "tr": ("Atatürk'ün Gözüyle ", "Ahmet Yesevi ve "),
            "tk": ("Magtymguly we ", "Gorkut ata we "),
            "en": ("Abai and ", "J. S. Mill and "),
        }
    ),
    "a place name": _suffix(
        {
            "ru": (" в Казахстане", " в Средней Азии", " на Кавказе"),
            "kk": (" Қазақстанда", " Орталық Азияда", " Алматыда"),
            "tr": (" Türkmenistan'da", " Orta Asya'da", " İstanbul'da"),
            "tk": (" Türkmenistanda", " Merkezi Aziýada", " Aşgabatda"),
            "en": (" in Central Asia", " in Kazakhstan", " in the Caucasus"),
        }
    ),
}
# the rewrites whose new text is not a part of the title
OUTSIDE = frozenset({"a bracketed translation after it"})


def notes(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` generated notes that have a title, each with its title's offsets and language."""
    from citekit.training import generate_samples

    found = []
    for i, s in enumerate(generate_samples(n, seed=seed, dev_values=False, csl_share=0.3)):
        spans = [sp for sp in s.text.spans if sp.label == "title"]
        if not spans:
            continue
        text, span = s.text.text, spans[0]
        title = text[span.start : span.end]
        found.append(
            {
                "id": f"g{seed}-{i}",
                "note": text,
                "prev": [],
                "start": span.start,
                "end": span.end,
                "lang": title_lang(title, s.lang),
                "outer": text[span.start - 1] if span.start else "",
            }
        )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="generated notes")
    parser.add_argument("--seed", type=int, default=31, help="the generator's seed")
    parser.add_argument("--show", type=int, default=0, help="print this many broken notes each")
    parser.add_argument("--only", help="the rewrites whose name contains this")
    args = parser.parse_args()
    records = notes(args.n, args.seed)
    raw = [predict(r) for r in records]
    right = [
        (r, p)
        for r, p in zip(records, raw, strict=True)
        if read(p.get("title")) == read(r["note"][r["start"] : r["end"]])
    ]
    print(f"{args.n} generated notes (seed {args.seed}): {len(records)} with a title, ")
    print(f"{len(right)} of them read right and rewritten\n")
    print(
        "| the title rewritten with | notes | title broken | other fields | fields most changed |"
    )
    print("|---|---|---|---|---|")
    total = Counter[str]()
    for name, rewrite in REWRITES.items():
        if args.only and args.only not in name:
            continue
        rng = random.Random(5)
        tried = broken = others = shown = 0
        fields: Counter[str] = Counter()
        for r, before in right:
            title = r["note"][r["start"] : r["end"]]
            new = rewrite(title, r["lang"], r["outer"], rng)
            if new is None:
                continue
            tried += 1
            rest = r["note"][r["end"] :]
            if new.endswith(".") and rest.startswith("."):
                rest = rest[1:]  # a title's closing abbreviation stands for the field's period
            text = r["note"][: r["start"]] + new + rest
            if name in OUTSIDE and r["outer"] and r["note"][r["end"] : r["end"] + 1] in _CLOSE:
                # a translation goes after the title's closing quote mark
                at = r["end"] + 1
                text = r["note"][:at] + new[len(title) :] + r["note"][at:]
            after = predict({**r, "note": text})
            want = title if name in OUTSIDE else new
            diff = sorted(
                k
                for k in before.keys() | after.keys()
                if k not in ("title", "language") and read(before.get(k)) != read(after.get(k))
            )
            bad_title = read(after.get("title")) != read(want)
            broken += bad_title
            others += bool(diff)
            fields.update(diff + (["title"] if bad_title else []))
            if (bad_title or diff) and shown < args.show:
                shown += 1
                print(f"  [{name}] {r['id']} {text!r}", file=sys.stderr)
                if bad_title:
                    print(f"      title: {after.get('title')!r}", file=sys.stderr)
                for k in diff:
                    print(f"      {k}: {before.get(k)!r} -> {after.get(k)!r}", file=sys.stderr)
        total.update(tried=tried, broken=broken, others=others)
        top = ", ".join(f"{k} {n}" for k, n in fields.most_common(3))
        print(f"| {name} | {tried} | {broken} | {others} | {top} |")
    print(f"| **all** | {total['tried']} | {total['broken']} | {total['others']} | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
