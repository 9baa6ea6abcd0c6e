"""How a work is issued tells its type: a collection's book by its place, an edited book of
materials, a serial by its issue, a publishing house's book read online, a fond's series
letter."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a collection's host cited by its place, no issue: a book of papers
        (
            "Иванов И. И. Кочевое хозяйство // Сборник научных трудов. – Алматы, 2001. – С. 5–9.",
            "chapter",
        ),
        (
            "Исенғалиева Н. Байқоңыр // Ғылыми еңбектер жинағы. – Өскемен, 1958. – Б. 141–149.",
            "chapter",
        ),
        (
            "Ataýew B. Türkmen halylary // Ylmy makalalar ýygyndysy. – Aşgabat: Ylym, 2012. – "
            "S. 40–45.",
            "chapter",
        ),
        # … with an issue, or its place in brackets after its name (Chicago), a serial
        (
            "Иванов И. И. Кочевое хозяйство // Сборник научных трудов. – 2001. – № 3. – С. 5–9.",
            "article-journal",
        ),
        (
            "Давиденко Т. «Козацтво». Збірник наукових праць (Ужгород), 2004, 270–310.",
            "article-journal",
        ),
        (
            "Ткаченко О. Козацькі літописи // Наукові праці історичного факультету. – "
            "Запоріжжя, 2009. – Вип. 26. – С. 50–55.",
            "article-journal",
        ),
        # materials and works under their editors, no meeting named: an edited book
        (
            "Курманов К. Ислам в степи // Материалы по истории Казахстана: сб. документов / "
            "под ред. М. Козыбаева. – Алматы: Ғылым, 1998. – С. 40–52.",
            "chapter",
        ),
        (
            "Orazowa L. Türkmen edebiýaty // Dokma materiallary / red. R. Guwanjow. – Aşgabat: "
            "Ylym, 2002. – S. 181–204.",
            "chapter",
        ),
        (
            "Тичина А. Архівна справа на Поділлі: матеріали до дослідження // Українська "
            "еміграція / за ред. О. В. Заїка. Острог: Родовід, 2018. С. 54–62.",
            "chapter",
        ),
        # … a meeting named: its proceedings, edited or not
        (
            "Мамедова Л. Архивные материалы о туркменах // Материалы Всесоюзной научной "
            "конференции тюркологов. – Ашхабад, 1987. – С. 33–35.",
            "paper-conference",
        ),
        (
            "Смирнова Л. Ковёр как текст // Материалы Международной научной конференции "
            "«Наследие Востока» / под ред. А. Иванова. – Ашхабад, 2014. – С. 88–93.",
            "paper-conference",
        ),
        (
            "Қасымов Б. Абай мұрасы // Абай оқулары: ғылыми еңбектер жинағы / ред. Т. "
            "Әлімқұлов. – Алматы: Ғылым, 2005. – 12–20 б.",
            "paper-conference",
        ),
    ],
)
def test_collections_and_serials(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    "note",
    [
        "Совет Федерации. Почему внешняя политика важна. Тюмень: Гелиос, 2012. "
        "http://example.ru/politics/552115.",
        "Türk Tarih Kurumu. Kazakistan’da Modernleşme Süreci. Çeviren Onur Fırat. Ötüken "
        "Neşriyat, 2011. http://example.com/kazakistan",
        "UNESCO. Silk Roads: Dialogue, Diversity and Development. London: Routledge, 2008. "
        "https://books.google.com/books?id=x1y2z3",
        "Қуандықов, Рахат. 2022. Сенім. Диалог. Edited by Сейіт Тажибаев. «Жібек жолы» "
        "баспасы. https://example.kz/ru/news/page_78453.",
        "Матвеев, Казимир Викторович. 2019. Эпос «Манас»: новые подходы. Юрайт. "
        "https://example.kz/page_76944.",
    ],
)
def test_a_house_prints_a_book_read_online(note: str) -> None:
    assert first_citation(note).type == "book"


@pytest.mark.parametrize(
    "note",
    [
        "World Bank. Kazakhstan: Country Economic Memorandum. Washington, DC: World Bank, "
        "2013. https://openknowledge.worldbank.org/handle/10986/123",
        "Human Rights Watch. World Report 2021. New York: Human Rights Watch, 2021. "
        "https://www.hrw.org/world-report/2021",
    ],
)
def test_a_body_issuing_its_own_work_reports(note: str) -> None:
    assert first_citation(note).type == "report"


@pytest.mark.parametrize(
    "note",
    [
        "Докладная записка о кочевом хозяйстве, 1928 г. Ф. Р-30. Оп. 1. Д. 12. Л. 5–7. ЦГА РК.",
        "“Aşgabat şäheriniň gurluşygy hakynda”, 1949, Ф. Р-281, Оп. 1, Д. 88, s. 14, TMDA.",
        "“Тәуелсіздік дәуірі”, 17 наурыз 1949, Ф. Р-1089. Оп. 2. Д. 1285, б. 164–65, ЦГА РК.",
        "«Письмо в Совнарком». 1921. Ф. И-64. Оп. 1. Д. 5, л. 12. ЦГА РК.",
    ],
)
def test_a_fond_numbered_with_its_series_letter(note: str) -> None:
    assert first_citation(note).type == "manuscript"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Ахметов А. Ф. Р-Ислам и степь. Алматы: Ғылым, 2003. 200 с.", "book"),
        (
            "Петров П. П. Новые материалы о Чокане Валиханове // Проблемы истории Казахстана / "
            "под ред. С. Асфендиярова. – Алма-Ата: Наука, 1990. – С. 20–30.",
            "chapter",
        ),
    ],
)
def test_initials_and_material_titles_unchanged(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Abai, directed by Ardak Amirkulov (Almaty: Kazakhfilm, 1995).", "motion_picture"),
        # French `dir.` names a book's editor
        ("Histoire de l'Asie centrale / dir. J. Dupont. Paris: PUF, 2004. P. 78.", "book"),
        ("Babamın Sesi (Yönetmen: Orhan Eskiköy, 2012).", "motion_picture"),
        ("Ahmet Kaya, “Bozkırda Kış” (Yön. Kurulu Raporu), İstanbul, 2019.", "book"),
        ("Smith J. Dirty Money in Central Asia. London: Hurst, 2015.", "book"),
        ("Ahmet Yön, Türk Sineması, İstanbul: Yapı Kredi, 2005.", "book"),
    ],
)
def test_a_directors_credit(note: str, kind: str) -> None:
    assert first_citation(note).type == kind
