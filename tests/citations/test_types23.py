"""Session 23 (types23): the precision of the type cues a note's form holds — a cue's word
where the form does not put it names the work's subject, not its type (notes written for
these tests, in the forms editors write)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_citation


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a film's word in the title's own brackets: the film is the subject
        (
            "Mehmet Arslan, “Babamın Sesi (film) ve bellek”, Radikal, 3 Mart 2013, s. 12.",
            "article-newspaper",
        ),
        (
            "Orazow, B. “Magtymguly” (film) hakynda söhbet. – Aşgabat: Ylym, 2016. – 96 s.",
            "book",
        ),
        # a description naming another genre than the medium (`[Film review]`)
        (
            "Kenzhebayeva, A. (2019, May 2). Kazakh Khanate [Film review]. The Astana Times. "
            "https://astanatimes.com/2019/05/kazakh-khanate-film-review/",
            "article-newspaper",
        ),
        # a film's review in a paper, its medium word alone in the brackets
        (
            "Ахметова Ж. «Ореол» (фильм): заметки зрителя // Казахстанская правда. – 2018. – "
            "14 апреля.",
            "article-newspaper",
        ),
        # a scale in the title, or in an article a journal's numbers print
        (
            "Ким В. П. Масштаб 1:200 000 в почвенном картировании Прибалхашья // Известия "
            "НАН РК. Серия географическая. – 2014. – № 3. – С. 12–20.",
            "article-journal",
        ),
        (
            'Aliyev, R. "Soviet Military Maps at Scale 1:100,000 in Central Asia." Imago '
            "Mundi 71, no. 2 (2019): 201–215.",
            "article-journal",
        ),
        # a year after a patent's word, no number marking it: a headline's subject
        (
            "Патент 2025: новые сроки регистрации изобретений // Zakon.kz. – 2024. – 12 "
            "ноября. – URL: https://www.zakon.kz/patent-2025-6456789.html",
            "article-newspaper",
        ),
        # a small letter after a standard's designation: a sentence about it, a book's title
        (
            "ГОСТ 7.1–2003 в работе библиотекаря : практическое пособие / сост. О. Н. "
            "Сидорова. – СПб. : Профессия, 2006. – 144 с.",
            "book",
        ),
        # a law's number in the signed work's own part, the title cut before it
        (
            "Kaplan, Murat. 6102 Sayılı Türk Ticaret Kanunu Şerhi. İstanbul: On İki Levha, 2014.",
            "book",
        ),
        (
            "Оспанов Е. Закон РК «О государственной службе» от 23 ноября 2015 г. № 416-V: "
            "новеллы // Вестник Института законодательства РК. – 2016. – № 2. – С. 30–36.",
            "article-journal",
        ),
        # a conference's word in a news page's headline
        (
            "«Выступление Президента на Совещании по взаимодействию в Азии: главное» // "
            "Tengrinews.kz. – 2022. – 13 октября. – URL: https://tengrinews.kz/kazakhstan_news/"
            "vyistuplenie-prezidenta-481234/",
            "article-newspaper",
        ),
        # a dictionary's word in a conference's proceedings
        (
            "Demir, N. “Sözlükçülükte Yeni Yöntemler”, Türkçe Sözlük Çalıştayı Bildirileri, "
            "Ankara 2015, s. 101-115.",
            "paper-conference",
        ),
        # an interview's word in the title of a book on interviewing
        (
            "Жүсіпова Г. Интервью в казахстанской прессе: жанр и стиль. – Алматы : Қазақ "
            "университеті, 2014. – 160 с.",
            "book",
        ),
        # an e-book's word in a news item's address, no note's word
        (
            "“Audiobooks overtake print in Almaty,” Kursiv, 3 June 2022, "
            "https://kursiv.media/en/2022/06/03/ebook-audiobook-almaty/.",
            "article-newspaper",
        ),
        # a blog's word in an edited book's name
        (
            'Sultanova, A. "Bloggers and the State." In Central Asian Blogs and Politics, '
            "edited by M. Laruelle, 12–30. London: Routledge, 2016.",
            "chapter",
        ),
        # a journal named a report, cited by its volume
        (
            'Karimov, A. "Water and Power in the Fergana Valley." Middle East Report 48, no. 1 '
            "(2018): 30–35.",
            "article-journal",
        ),
    ],
)
def test_a_cue_where_the_form_does_not_put_it(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # the forms the cues stand for still tell their types
        ("Шал (фильм, реж. Ермек Турсунов, 2012).", "motion_picture"),
        (
            "Salykova, A. (Director). (2019). Tomiris [Film]. Sataifilm.",
            "motion_picture",
        ),
        ("Казахстан: физическая карта. Масштаб 1:2 500 000. – М.: ГУГК, 1990.", "document"),
        (
            "Патент № 34567 Республика Казахстан. Способ очистки воды / Абенов К. К.; опубл. "
            "15.06.2020, Бюл. № 24.",
            "document",
        ),
        (
            "ГОСТ 7.1–2003. Библиографическая запись. Библиографическое описание. – М.: "
            "Стандартинформ, 2004. – 48 с.",
            "document",
        ),
    ],
)
def test_the_cues_form_still_tells_its_type(note: str, kind: str) -> None:
    assert parse_citation(note).type == kind
