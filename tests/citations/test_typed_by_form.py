"""What a work is, told by the form of its note: a leaf cited by its side, a manuscript's
label and number, a register named as the work, a lone shelf number after an archive (a
manuscript); a barometer, a statistics office's dated release (a report); a podcast named in
its own case (a broadcast)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    "note",
    [
        "Konya Şer'iyye Sicili, No. 42, vr. 23b, hk. 2.",
        "İstanbul Kadı Sicilleri, Üsküdar Mahkemesi 12 Numaralı Sicil, vr. 14a.",
        "Kastamonu Şer'iyye Sicili, nr. 1/2, vr. 5a-6b.",
        "Milli Kütüphane, Yazmalar, 06 Mil Yz A 1234, vr. 3b.",
        "Ms. Or. 123, fol. 45r, Staatsbibliothek zu Berlin.",
        "Biblioteca Apostolica Vaticana, Vat. lat. 3225, f. 45v.",
        "Bodleian Library, MS Marsh 45, fols. 12v–14r.",
        "ИВР РАН, рукопись B 2456, л. 14 об.",
        "Беруни атындағы Шығыстану институты, қолжазба № 3425, 15а-парақ.",
        "Abu Rayhon Beruniy nomidagi Sharqshunoslik instituti, qo‘lyozma № 7845, 23b-varaq.",
        "AMEA Məhəmməd Füzuli adına Əlyazmalar İnstitutu, əlyazma B-1234, vər. 14a.",
    ],
)
def test_a_leaf_side_or_a_manuscript_label_is_a_manuscript(note: str) -> None:
    assert first_citation(note).type == "manuscript"


@pytest.mark.parametrize(
    "note",
    [
        "Bursa Şer'iyye Sicilleri, B 112/3, s. 45.",
        "Topkapı Sarayı Müzesi Arşivi, D. 9876.",
        "Cumhurbaşkanlığı Arşivi, E. 1234.",
    ],
)
def test_an_archive_and_its_shelf_number_alone_is_a_manuscript(note: str) -> None:
    assert first_citation(note).type == "manuscript"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # a printed edition of a manuscript, its imprint given: a book
        (
            "Kâtib Çelebi, Cihannüma, haz. F. Şahin, Ankara: TTK Yayınları, 2009, vr. 12b.",
            "book",
        ),
        # a periodical's part whose title cites a leaf: an article
        (
            "Smith J. “The colophon of fol. 12v”, Manuscripta, vol. 45, no. 2, 2001, pp. 33–40.",
            "article-journal",
        ),
        # a manuscript's word with no shelf number: a book about manuscripts
        ("Ahmetov K. Manuscript Culture in Central Asia. London: Routledge, 2019.", "book"),
        ("Петров И. И. Рукописи Бухары. – Ташкент: Фан, 1985. – 200 с.", "book"),
    ],
)
def test_a_printed_work_keeps_its_type(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


def test_a_statistics_office_named_with_any_apostrophe_publishes_its_report() -> None:
    note = (
        "O‘zbekiston Respublikasi Davlat statistika qo‘mitasi. O‘zbekiston raqamlarda. 2021."
        " – Toshkent, 2022."
    )
    assert first_citation(note).type == "report"


def test_a_host_a_manuscript_label_opens_holds_the_manuscript() -> None:
    note = "Навои А. Мухакамат ал-лугатайн. Рукопись ИВ АН РУз, инв. № 1235, л. 12а."
    assert first_citation(note).type == "manuscript"


@pytest.mark.parametrize(
    "note",
    [
        "“Орта Азия және Ресей”, «Ашық алаң» подкасты, 2022 ж. 5 мамыр.",
        "“Türk Dünyası ve Enerji”, Açık Oturum podcasti, 3. bölüm, 12 Mayıs 2022.",
    ],
)
def test_a_podcast_named_in_its_own_case_is_a_broadcast(note: str) -> None:
    assert first_citation(note).type == "broadcast"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Eurobarometer 98, Public Opinion in the European Union, Winter 2022-2023, Brussels:"
            " European Commission, 2023.",
            "report",
        ),
        ("KONDA, Türkiye’nin Nabzı: KONDA Barometresi, Nisan 2022, İstanbul.", "report"),
        ("Index Islamicus 1906–1955, Cambridge: W. Heffer and Sons, 1958.", "book"),
    ],
)
def test_a_barometer_is_a_report(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "İSAM, İstanbul Kadı Sicilleri, Galata Mahkemesi 30 Numaralı Sicil, hk. 112.",
            "manuscript",
        ),
        ("Konya Şer'iyye Sicili, No. 42, s. 12.", "manuscript"),
        ("Mühimme Defteri 7, hk. 1234.", "manuscript"),
        (
            "Метрическая книга Никольской церкви с. Покровское за 1887 г. // ГАКО. Ф. 12."
            " Оп. 1. Д. 5.",
            "manuscript",
        ),
        # a scholar's book on the registers, an edition printed in a place: books
        ("Akgündüz A., Şer'iyye Sicilleri, 1988.", "book"),
        ("Yılmaz C., Kadı Sicillerinin Önemi, İstanbul, 2005.", "book"),
        (
            "166 Numaralı Muhasebe-i Vilayet-i Anadolu Defteri (937/1530), Ankara: Başbakanlık"
            " Devlet Arşivleri Genel Müdürlüğü, 1995.",
            "book",
        ),
    ],
)
def test_a_register_named_as_the_work_is_a_manuscript(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "TÜİK, Adrese Dayalı Nüfus Kayıt Sistemi Sonuçları, 2022, Haber Bülteni,"
            " Sayı: 49685, 6 Şubat 2023.",
            "report",
        ),
        (
            "Türkiye İstatistik Kurumu, “Tüketici Fiyat Endeksi, Ağustos 2022”, Haber Bülteni,"
            " Sayı: 45796, 5 Eylül 2022.",
            "report",
        ),
        # a paper's headline on the office's figures, a news bulletin: news
        ("“TÜİK: enflasyon yüzde 80”, Hürriyet, 5 Eylül 2022.", "article-newspaper"),
        ("“Enflasyon rakamları açıklandı”, TRT Haber Bülteni, 5 Eylül 2022.", "article-newspaper"),
    ],
)
def test_a_statistics_office_release_dated_to_its_day_is_its_report(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    "note",
    [
        "Интервью с Н. Назарбаевым // Известия. – 2010. – 15 мая.",
        "Інтерв'ю з Л. Кравчуком // Дзеркало тижня. – 2001. – 12 травня.",
        "Әбішпен сұхбат // Егемен Қазақстан. – 2015. – 3 наурыз.",
    ],
)
def test_an_interview_named_with_whom_is_one_in_any_host(note: str) -> None:
    assert first_citation(note).type == "interview"


def test_a_study_of_interviews_is_an_article() -> None:
    note = "Петров И. Интервью как жанр // Вестник МГУ. Сер. 10. 2010. № 3. С. 5–12."
    assert first_citation(note).type == "article-journal"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Merriam-Webster, s.v. “nomad,” accessed May 3, 2023,"
            " https://www.merriam-webster.com/dictionary/nomad.",
            "entry-dictionary",
        ),
        (
            "Encyclopaedia Britannica, s.v. “Silk Road,” accessed May 3, 2023,"
            " https://www.britannica.com/topic/Silk-Road-trade-route.",
            "entry-encyclopedia",
        ),
        (
            "Encyclopedia.com, s.v. “Yurt,” https://www.encyclopedia.com/dictionaries-thesauruses/yurt.",
            "entry-encyclopedia",
        ),
    ],
)
def test_an_entry_by_its_word_is_a_dictionary_s_when_its_address_says_so(
    note: str, kind: str
) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Global Peace Index 2023: Measuring Peace in a Complex World, Institute for Economics"
            " & Peace, Sydney, June 2023.",
            "report",
        ),
        ("Heritage Foundation, 2021 Index of Economic Freedom, Washington, DC, 2021.", "report"),
        # a bibliography's span of years, a person's book on a measure: books
        ("Index Islamicus 1906–1955, Cambridge: W. Heffer and Sons, 1958.", "book"),
        (
            "Yılmaz A. Tüketici Güven Endeksi 2020 Üzerine Bir Değerlendirme. Ankara: Gazi, 2021.",
            "book",
        ),
    ],
)
def test_a_yearly_measure_named_by_its_year_is_a_report(note: str, kind: str) -> None:
    assert first_citation(note).type == kind
