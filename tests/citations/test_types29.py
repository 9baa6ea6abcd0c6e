"""Session 29 (types29): item types told by a title's own information after its colon, a data
set's repository DOI, news outlets of Uzbekistan and Kyrgyzstan, a talk with someone, archival
shelf marks and interview words of more languages and a post on a blog platform named like a
journal (notes written for these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


def _type(note: str) -> str | None:
    found = parse_citation(note)
    return found.type if found is not None else None


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a report's word opening the title's information after its colon (GOST, a subtitle)
        (
            "Народное хозяйство СССР в 1970 г.: Стат. ежегодник. М.: Статистика, 1971. 824 с.",
            "report",
        ),
        (
            "Народное хозяйство Казахской ССР в 1985 г.: стат. ежегодник. Алма-Ата: Казахстан, "
            "1986. 312 с.",
            "report",
        ),
        (
            "Казахстан в цифрах : стат. сб. / Агентство РК по статистике. Алматы, 2008. 120 с.",
            "report",
        ),
        ("Итоги переписи населения 2009 года: аналитический доклад. Астана, 2011.", "report"),
        ("Kazakhstan: Country Report. London: Economist Intelligence Unit, 2018.", "report"),
        # … not a word of the subtitle's own, nor one in a journal's numbered article
        ("Сулейменов О. Аз и Я: книга благонамеренного читателя. Алма-Ата: Жалын, 1975.", "book"),
        ("Петров И. Отчёт о поездке // Вопросы истории. 2001. № 4. С. 3–9.", "article-journal"),
        # a data set's DOI is its repository's; APA's version before the description
        (
            "Smith, J. (2020). Central Asian household survey 2019 [Data set]. Zenodo. "
            "https://doi.org/10.5281/zenodo.1234567",
            "document",
        ),
        (
            "Ivanov, P. (2019). Soil moisture in Kazakhstan, 2000–2018 (Version 2) [Data set]. "
            "Dryad. https://doi.org/10.5061/dryad.abc123",
            "document",
        ),
        (
            "World Bank. (2021). World Development Indicators [Data set]. https://doi.org/10.57966/6rwy-0b07",
            "document",
        ),
        # a film's description with a DOI stays a periodical's when it has volume and issue
        (
            "Kaya, A. (2015). Winter Sleep [Film review]. Sinema Araştırmaları, 3(2), 45–50. "
            "https://doi.org/10.1234/sa.2015.12",
            "article-journal",
        ),
        # news outlets of Uzbekistan and Kyrgyzstan, named whole
        (
            '"Toshkentda yangi metro bekati ochildi." Daryo. https://daryo.uz/2021/03/03/metro',
            "article-newspaper",
        ),
        (
            "Saidov B. O'zbekistonda paxta islohoti // Toshkent haqiqati. URL: https://th.uz/paxta",
            "article-newspaper",
        ),
        (
            "Бишкекте жаңы мектеп ачылды. Кабар. URL: https://kabar.kg/news/bishkekte-mektep/",
            "article-newspaper",
        ),
        (
            "Ош шаарында жаңы көпүрө ачылды // Кыргыз Туусу. URL: https://kt.kg/news/12345",
            "article-newspaper",
        ),
        # a talk with someone the note names by itself is an interview; a meeting in a
        # journal's or a paper's headline, a book's title are not
        ("Hasan Yıldız ile görüşme, Konya, 3 Haziran 2019.", "interview"),
        ("Ayşe Demir ile yüz yüze görüşme, İstanbul, 12 Ekim 2020.", "interview"),
        ("Mehmet Kaya ile görüşme (12.05.2018).", "interview"),
        (
            "Duran N. Kremlin'den Türkiye ile görüşme açıklaması. Halkbilimi Araştırmaları "
            "Dergisi. 1982;195(1-6):95-102.",
            "article-journal",
        ),
        ("Erdoğan'ın Putin ile görüşmesi sona erdi. Hürriyet, 5 Mart 2020.", "article-newspaper"),
        ("Atatürk ile görüşme. İstanbul: Kitap Yayınları, 2005. 210 s.", "book"),
        # archival shelf marks in Azerbaijani and Uzbek
        (
            "Azərbaycan Respublikası Dövlət Arxivi (ARDA), f. 28, siy. 1, iş 45, v. 12.",
            "manuscript",
        ),
        ("ARDA, f. 411, siy. 2, iş 17, vər. 3–5.", "manuscript"),
        ("O'zMA, F. I-1, ro'yxat 27, ish 1546, varaq 22.", "manuscript"),
        ("Hüseynov A. İş və əmək hüququ. Bakı: Elm, 2010. 240 s.", "book"),
        # an interview in Uzbek and Ukrainian (the apostrophe typed either way)
        ("Aliyev B. bilan suhbat, Samarqand, 2019 yil 5 may.", "interview"),
        ("Інтерв’ю автора з О. Петренком, Київ, 12 травня 2018 р.", "interview"),
        ("Бесіда автора з В. Коваленком, Львів, 3 березня 2020 р.", "interview"),
        (
            "Karimov A. Badiiy suhbat janri // O'zbek tili va adabiyoti. 2015. № 3. B. 22–28.",
            "article-journal",
        ),
        # LiveJournal by its Russian name: a blog, whatever its journal's word
        (
            "Каримов Р. Заметки о поездке в Хиву // Живой журнал. 2015. 8 июля. URL: "
            "https://rkarimov.livejournal.com/45123.html (дата обращения: 02.02.2020).",
            "post-weblog",
        ),
    ],
)
def test_type(note: str, kind: str) -> None:
    assert _type(note) == kind
