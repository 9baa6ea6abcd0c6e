"""Session 24 (types24): types a note's cue words tell when its fields read otherwise — `s.v.`,
a presented paper, a report's word at the title's edge, a law's word read as the host, a
director, a social platform named as a part, a quoted title dated to the day, an interview's
phrase in a journal (notes written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # Chicago's `s.v.`: a reference work's entry, a dictionary's when one is named
        ('Oxford English Dictionary, s.v. "steppe," accessed June 1, 2023.', "entry-dictionary"),
        ('Encyclopaedia Britannica, s.v. "Turkmenistan," 2020.', "entry-encyclopedia"),
        ("Collins English Dictionary, s. v. “yurt”.", "entry-dictionary"),
        # APA's `Paper presented at …`, whatever the meeting is called
        (
            "Tulegenova, A. (2018). Digital Kazakhstan: Progress and Challenges. Paper "
            "presented at the Annual Meeting of the Central Eurasian Studies Society, "
            "Pittsburgh, PA.",
            "paper-conference",
        ),
        # a report's word at the title's edge, a body hosting it; or read into the place
        (
            "“Kazakhstan: Freedom in the World 2022 Country Report,” Freedom House, "
            "https://freedomhouse.org/country/kazakhstan/freedom-world/2022.",
            "report",
        ),
        (
            "Аналитическая записка «Миграционные процессы в Центральной Азии» // Институт "
            "мировой экономики и политики. – Астана, 2020. – URL: https://iwep.kz/analytics/10 "
            "(дата обращения: 01.12.2020).",
            "report",
        ),
        (
            "Cooley, A. The Emerging Political Economy of OBOR. CSIS Report, Washington, DC, "
            "October 2016.",
            "report",
        ),
        # a law's word after its quoted name, read as the host
        ("Türkmenistanyň “Bilim hakynda” Kanuny, 2013-nji ýylyň 4-nji maýy.", "legislation"),
        # a director named outside the title
        ("Тюльпан (реж. С. Дворцевой). Казахстан, 2008.", "motion_picture"),
        (
            "“Borat: Cultural Learnings of America,” directed by Larry Charles (20th Century "
            "Fox, 2006).",
            "motion_picture",
        ),
        # a social platform named as a part of its own, no address
        ("Ердос Абенов, «Тіл туралы ойлар», Facebook, 12.03.2021.", "webpage"),
        # a quoted title dated to the day, its author or an outlet before it; a paper's name
        # with its day and page
        ("Kazakhstan Today, «Спикер Мажилиса провел встречу», 02.11.2018.", "article-newspaper"),
        ("Sabah, 26 Şubat 2025, s. 4.", "article-newspaper"),
        # an interview's phrase naming the one interviewed, in a journal's issue
        ("Mehmet Akif Ersoy ile söyleşi, Dergâh Dergisi, Sayı 12, 1990.", "interview"),
        # Kazakh's address to the nation, in Latin letters or its bare word
        ("Toqaev Q.-J. Qazaqstan halqyna Joldauy. Astana, 1 qyrkuiek 2022 j.", "speech"),
        ("Tokaýew, K. “Qazaqstan halqyna Joldau”, Akorda, 1 September 2022.", "speech"),
        # an encyclopedia's word in a GOST host's subtitle
        (
            "Түркістан // Қазақ әдебиеті. Энциклопедиялық анықтамалық. – Алматы: Аруна, 2005. "
            "– 520-б.",
            "entry-encyclopedia",
        ),
        # a headword in a dictionary, whoever edited or published it
        (
            "“Yurt.” Cambridge Dictionary. Cambridge University Press, accessed March 1, 2023.",
            "entry-dictionary",
        ),
        (
            "“Nurmagambetov, Sagadat,” in Historical Dictionary of Kazakhstan, ed. Didar "
            "Kassymova (Lanham: Scarecrow, 2012), 190.",
            "entry-dictionary",
        ),
        # a film's word as the title's descriptor, outside brackets
        ("«Абай жолы» көркем фильмі, Қазақфильм, 1997.", "motion_picture"),
        ("«Тюльпан», художественный фильм, 2008.", "motion_picture"),
        ("TÜİK, Dış Ticaret İstatistikleri Bülteni, Ankara, 2020.", "report"),
        (
            "Harvey, David. Lecture at the Central European University, Budapest, 12 March 2014.",
            "speech",
        ),
        # a programme broadcast on its day
        ("“The Great Game Revisited,” BBC Radio 4, broadcast 12 March 2018.", "broadcast"),
    ],
)
def test_the_cue_tells_the_type(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a report's word inside a headline on a news outlet: news
        (
            "“New report says Kazakhstan's economy grew,” Kursiv, 12 May 2021, "
            "https://kursiv.kz/news/2021-05/new-report.",
            "article-newspaper",
        ),
        # a film's review in a paper names its director: the review is the paper's
        (
            "Ахметова Ж. Степь и человек: о фильме «Тюльпан» (реж. С. Дворцевой) // "
            "Казахстанская правда. – 2008. – 14 июня.",
            "article-newspaper",
        ),
        # a journal on law named whole is no law's word alone
        (
            "Сулейменов М. К. Гражданское право // Право и государство. – 2010. – № 2. – С. 4–10.",
            "article-journal",
        ),
        # the interview's word alone in a journal article's title: an article on interviewing
        (
            "Kaya, A. “Nitel Araştırmada Görüşme ve Söyleşi”, Sosyoloji Dergisi, C. 5, "
            "Sayı 2, 2015, s. 10-25.",
            "article-journal",
        ),
        # a chapter of two words or more in a book on dictionaries, a film's word going on
        (
            "Akalın, Ş. H. “Sözlükçülüğümüzün Sorunları ve Çözüm Önerileri”, Türkçe Sözlük "
            "Hazırlama Kılavuzu, Ankara: TDK, 2005, s. 12-30.",
            "chapter",
        ),
        (
            "Нұрланов Е. «Абай жолы» фильмі туралы ойлар // Егемен Қазақстан. – 2015. – 12 наурыз.",
            "article-newspaper",
        ),
        # an encyclopedia's word in the imprint's publisher, after the GOST host: no subtitle's
        (
            "Степанов М. В. Газпром и Калининград // Сборник научных трудов. Уральск: "
            "Советская энциклопедия, 1997. С. 207–234.",
            "chapter",
        ),
        # a paper named by a law's word, after the title's comma: the paper's item
        ("“Erdoğan Orta Asya turunda”, Karar, 12 Mart 2020.", "article-newspaper"),
        # a board's abbreviation is no director's
        ("Ahmet Kaya, “Bozkırda Kış” (Yön. Kurulu Raporu), İstanbul, 2019.", "book"),
        # a roman numeral as a part is no platform (`X`)
        ("Köprülü, F. Türk Tarihi, X, Ankara, 1985.", "book"),
        # a presented paper published in a journal's numbered issue is the journal's
        (
            "Smith, J. (2015). Water in Central Asia. Central Asian Survey, 34(2), 100–120. "
            "Paper presented at the ESCAS Conference, 2014.",
            "article-journal",
        ),
    ],
)
def test_the_cue_does_not_retype(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind
