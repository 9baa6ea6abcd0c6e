"""A host told by its form: an outlet in the author's place that no person's name can be, and
the issue written after a journal's bracketed year."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _parse


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "Алматы ақшамы. «Қалада жаңа саябақ ашылды». 2013. 27 қыркүйек. "
            "https://www.almaty-akshamy.kz/2013/09/27.",
            "Алматы ақшамы",
        ),
        (
            "Літературна Україна. «Посол Туреччини виступив на форумі в Києві». 2013. 21 жовт. "
            "http://litukraina.com.ua/537049",
            "Літературна Україна",
        ),
        (
            "Ана тілі. «Тіл туралы заң». 2019. 5 наурыз. https://anatili.kazgazeta.kz/news/123",
            "Ана тілі",
        ),
        (
            "Вечерний Бишкек. «Город готовится к зиме». 2018. 3 ноября. "
            "https://www.vb.kg/doc/123.html",
            "Вечерний Бишкек",
        ),
    ],
)
def test_an_outlet_in_the_authors_place_is_the_host(note: str, outlet: str) -> None:
    cited = _parse(note)
    assert cited.container == outlet
    assert not cited.authors


@pytest.mark.parametrize(
    ("note", "author"),
    [
        ('Jordan Peterson. "Twelve Rules." 2018. https://example.com/rules', "Peterson"),
        ('Georgia Smith. "A letter." 2019. https://example.com/letter', "Smith"),
        ('Jack London. "The Road." 1907. https://example.com/road', "London"),
        (
            "Министерство иностранных дел Республики Казахстан. «Заявление МИД». 2021. "
            "https://www.gov.kz/memleket/123",
            "Министерство иностранных дел Республики Казахстан",
        ),
    ],
)
def test_a_person_or_a_body_stays_the_author(note: str, author: str) -> None:
    cited = _parse(note)
    assert cited.authors
    assert author in str(cited.authors[0])


@pytest.mark.parametrize(
    ("note", "container", "volume", "issue"),
    [
        (
            "Seitov K. Kazakh grammar. Turkic Languages 12 (2008) 2: 155–170.",
            "Turkic Languages",
            "12",
            "2",
        ),
        (
            "Johanson L. Turkic language contacts // Turkic Languages 5 (2001) 1: 3–40.",
            "Turkic Languages",
            "5",
            "1",
        ),
        (
            "Cummings S. Soviet rule in Kazakhstan. Europe-Asia Studies 58 (2006) 2: 22–40.",
            "Europe-Asia Studies",
            "58",
            "2",
        ),
        (
            "Menges K. Altaic studies. Central Asiatic Journal 45 (2001) 1/2: 20–45.",
            "Central Asiatic Journal",
            "45",
            "1/2",
        ),
        (
            "Doerfer G. Türkische Elemente. Ural-Altaische Jahrbücher 33 (1961) 3-4: 100–120.",
            "Ural-Altaische Jahrbücher",
            "33",
            "3-4",
        ),
    ],
)
def test_the_issue_after_the_bracketed_year(
    note: str, container: str, volume: str, issue: str
) -> None:
    cited = _parse(note)
    assert (cited.container, cited.volume, cited.issue) == (container, volume, issue)


def test_chicagos_volume_and_year_keep_no_issue() -> None:
    cited = _parse("Olcott M. Kazakhstan's identity. Central Asian Survey 24 (2005): 33–50.")
    assert (cited.volume, cited.issue, cited.page) == ("24", None, "33–50")


@pytest.mark.parametrize(
    ("note", "title", "site"),
    [
        (
            "Gas exports to China. Turkmenistan.ru, 2019. URL: "
            "http://www.turkmenistan.ru/ru/articles/123.html",
            "Gas exports to China",
            "Turkmenistan.ru",
        ),
        (
            "Türkmen gazı Avrupa'ya. Haberler.com, 12.03.2021. https://www.haberler.com/123",
            "Türkmen gazı Avrupa'ya",
            "Haberler.com",
        ),
        (
            "Иванов И. Рынок нефти. Neftegaz.ru, 2018. URL: https://neftegaz.ru/news/123",
            "Рынок нефти",
            "Neftegaz.ru",
        ),
        (
            "Smith J. Kazakhstan and the Eurasian Union. Eurasianet.org, 5 May 2015.",
            "Kazakhstan and the Eurasian Union",
            "Eurasianet.org",
        ),
    ],
)
def test_a_site_named_by_its_domain_after_the_title(note: str, title: str, site: str) -> None:
    cited = _parse(note)
    assert (cited.title, cited.container) == (title, site)


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            "Lee K., Park J. Soil moisture dynamics. Philosophical Transactions of the Royal "
            "Society, Series B, 2012, vol. 367, pp. 1–12.",
            "Philosophical Transactions of the Royal Society, Series B",
        ),
        (
            "Brown T. Sparse models. Journal of the Royal Statistical Society, Ser. B, 58(1), "
            "267–288.",
            "Journal of the Royal Statistical Society, Ser. B",
        ),
        (
            "Petrov A. Migration. Vestnik of Saint Petersburg University, Series 2, 2015, no. 3, "
            "pp. 45–60.",
            "Vestnik of Saint Petersburg University, Series 2",
        ),
    ],
)
def test_a_journals_series_after_its_comma_is_its_name(note: str, container: str) -> None:
    cited = _parse(note)
    assert cited.container == container
    assert all("Series" not in str(name) for name in cited.authors)


@pytest.mark.parametrize(
    ("note", "title", "publisher"),
    [
        (
            "Ahmet Yılmaz, Osmanlı Tarihi, Ötüken Neşriyat A.Ş., İstanbul 2015, s. 45.",
            "Osmanlı Tarihi",
            "Ötüken Neşriyat A.Ş",
        ),
        (
            "Mehmet Kaya, Türk Dünyası, Kültür Yayınları Ltd. Şti., Ankara 2010, s. 12.",
            "Türk Dünyası",
            "Kültür Yayınları Ltd. Şti.",
        ),
        (
            "Kaya, M. (2010). Türk Dünyası. Ankara: Kültür Yayınları Ltd. Şti.",
            "Türk Dünyası",
            "Kültür Yayınları Ltd. Şti.",
        ),
        (
            "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, Yapı Kredi Yayınları A.Ş., "
            "İstanbul 2003, s. 77.",
            "Osmanlı İmparatorluğu Klasik Çağ",
            "Yapı Kredi Yayınları A.Ş",
        ),
        (
            "Ayşe Demir, Türk Romanı, Dergâh Yayınları Tic. Ltd. Şti., İstanbul 2012.",
            "Türk Romanı",
            "Dergâh Yayınları Tic. Ltd. Şti.",
        ),
    ],
)
def test_a_companys_legal_form_closes_the_publisher(note: str, title: str, publisher: str) -> None:
    cited = _parse(note)
    assert (cited.title, cited.publisher) == (title, publisher)
    assert len(cited.authors) == 1


@pytest.mark.parametrize(
    ("note", "place", "publisher"),
    [
        (
            "Kazakhstan: An Economic Overview. Almaty: Kazakhstan Institute for Strategic "
            "Studies, 2015.",
            "Almaty",
            "Kazakhstan Institute for Strategic Studies",
        ),
        (
            "Nurmagambetov A. Kazakhstan's Foreign Policy. Almaty: Kazakhstan Institute for "
            "Strategic Studies, 2015. 210 p.",
            "Almaty",
            "Kazakhstan Institute for Strategic Studies",
        ),
        (
            "Cornell S. Turkey and Central Asia. Stockholm: Institute for Security and "
            "Development Policy, 2012.",
            "Stockholm",
            "Institute for Security and Development Policy",
        ),
    ],
)
def test_the_name_after_a_places_colon_is_the_publisher(
    note: str, place: str, publisher: str
) -> None:
    cited = _parse(note)
    assert (cited.publisher_place, cited.publisher, cited.container) == (place, publisher, None)
    assert not cited.editors
