"""The hand-written book note `Ad Soyad, Eser, haz. X, Yayınevi, Yer, Yıl` (issue 12): read as
a chapter's `"Title", Host, ed. X` by the model, its name is the author and its work the
title. The runs are labelled as the model did wrongly; the notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled as _decode


def _names(value: object) -> list[str]:
    assert isinstance(value, tuple)
    return [str(name) for name in value]


@pytest.mark.parametrize(
    ("text", "name", "work", "role", "person"),
    [
        (
            "Pir Sultan Abdal, Şiirler, haz. Cahit Öztelli, Milliyet Yayınları, İstanbul, 1971.",
            "Pir Sultan Abdal",
            "Şiirler",
            "haz. ",
            "Cahit Öztelli",
        ),
        (
            "Bkz. Evliya Çelebi, Seyahatname, Haz. Yücel Dağlı, Kredi Yayınları, İstanbul, 2006.",
            "Evliya Çelebi",
            "Seyahatname",
            "Haz. ",
            "Yücel Dağlı",
        ),
        (
            "Magtymguly Pyragy, Goşgular, terjime eden Aman Kerimow, Aşgabat: Ylym, 1992, sah. 5.",
            "Magtymguly Pyragy",
            "Goşgular",
            "terjime eden ",
            "Aman Kerimow",
        ),
    ],
)
def test_a_name_before_the_work_is_its_author(
    text: str, name: str, work: str, role: str, person: str
) -> None:
    label = "translator" if "terjime" in role else "editor"
    imprint = text.split(person + ", ")[1]
    publisher = imprint.split(",")[0].split(": ")[-1]
    spans = [(name, "title"), (work, "container-title"), (person, label), (publisher, "publisher")]
    fields = _decode(text, spans)
    assert _names(fields["author"]) == [name]
    assert fields["title"] == work
    assert "container-title" not in fields


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a quoted chapter in an edited book
        (
            'Cemal Kafadar, "Osmanlı Şehirleri", Türk Tarihi, haz. Ali Öz, Ankara: Kitap, 2001.',
            [
                ("Osmanlı Şehirleri", "title"),
                ("Türk Tarihi", "container-title"),
                ("Ali Öz", "editor"),
                ("Kitap", "publisher"),
            ],
        ),
        # a page of a site: no imprint, no role
        (
            "Enerji Zirvesi Başladı, Anadolu Ajansı, 12 Mart 2021.",
            [
                ("Enerji Zirvesi Başladı", "title"),
                ("Anadolu Ajansı", "container-title"),
                ("12 Mart 2021", "issued"),
            ],
        ),
        # a host opened by an "in" word
        (
            "Kent Tarihi, içinde Türk Şehirleri, ed. Ayla Su, İstanbul: Der, 2010.",
            [
                ("Kent Tarihi", "title"),
                ("Türk Şehirleri", "container-title"),
                ("Ayla Su", "editor"),
                ("Der", "publisher"),
            ],
        ),
    ],
)
def test_a_title_and_its_host_stay(text: str, spans: list[tuple[str, str]]) -> None:
    fields = _decode(text, spans)
    assert "author" not in fields or not fields["author"]
    assert fields["title"] == spans[0][0]
    assert fields["container-title"] == spans[1][0]


@pytest.mark.parametrize(
    ("text", "spans", "title", "publisher"),
    [
        # a body's name read as the host
        (
            "Kemal Sertoğlu, Selçuklu Tarihi, Türk Tarih Kurumu, Ankara, 1978, C. II, s. 40.",
            [
                ("Kemal Sertoğlu", "author"),
                ("Selçuklu Tarihi", "title"),
                ("Türk Tarih Kurumu", "container-title"),
                ("Ankara", "publisher-place"),
                ("1978", "issued"),
            ],
            "Selçuklu Tarihi",
            "Türk Tarih Kurumu",
        ),
        # a publisher read as a second author, after a chapter's host
        (
            'Ali Kaya, "Köy Odaları", Anadolu Kültürü, Cilt 2, Kaynak Yayınevi, İzmir, 1990, s. 9.',
            [
                ("Ali Kaya", "author"),
                ("Köy Odaları", "title"),
                ("Anadolu Kültürü", "container-title"),
                ("2", "volume"),
                ("Kaynak Yayınevi", "author"),
                ("İzmir", "publisher-place"),
                ("1990", "issued"),
            ],
            "Köy Odaları",
            "Kaynak Yayınevi",
        ),
        # a paper's name before the publisher's word: the word decides
        (
            "Oya Baydar, Kent Yazıları, Cumhuriyet Kitapları, İstanbul, 2003, s. 5.",
            [
                ("Oya Baydar", "author"),
                ("Kent Yazıları", "title"),
                ("Cumhuriyet Kitapları", "container-title"),
                ("İstanbul", "publisher-place"),
                ("2003", "issued"),
            ],
            "Kent Yazıları",
            "Cumhuriyet Kitapları",
        ),
        # a body's name read as the title's last words
        (
            "Selim Deringil, Belgeler ve Yorumlar, Tarih Araştırmaları Merkezi, Ankara, 2001.",
            [
                ("Selim Deringil", "author"),
                ("Belgeler ve Yorumlar, Tarih Araştırmaları Merkezi", "title"),
                ("Ankara", "publisher-place"),
                ("2001", "issued"),
            ],
            "Belgeler ve Yorumlar",
            "Tarih Araştırmaları Merkezi",
        ),
        # a short name alone before a known city: a publisher without its word
        (
            "Sabahattin Ali, Kuyucaklı Yusuf, Everest, İstanbul, 2015, s. 40.",
            [
                ("Sabahattin Ali", "author"),
                ("Kuyucaklı Yusuf, Everest", "title"),
                ("İstanbul", "publisher-place"),
                ("2015", "issued"),
            ],
            "Kuyucaklı Yusuf",
            "Everest",
        ),
        (
            "Şerif Mardin, Türk Modernleşmesi, Cilt 4, Yapı Kredi, İstanbul, 1991.",
            [
                ("Şerif Mardin", "author"),
                ("Türk Modernleşmesi", "title"),
                ("Cilt 4", "volume"),
                ("Yapı Kredi", "container-title"),
                ("İstanbul", "publisher-place"),
                ("1991", "issued"),
            ],
            "Türk Modernleşmesi",
            "Yapı Kredi",
        ),
    ],
)
def test_the_name_before_place_and_year_is_the_publisher(
    text: str, spans: list[tuple[str, str]], title: str, publisher: str
) -> None:
    fields = _decode(text, spans)
    assert fields["title"] == title
    assert fields["publisher"] == publisher
    assert "container-title" not in fields or fields["container-title"] != publisher


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a journal's name before its place
        (
            'Ayşe Tan, "Kıyı", Ege Araştırmaları Dergisi, İzmir, 2004, s. 5.',
            [
                ("Kıyı", "title"),
                ("Ege Araştırmaları Dergisi", "container-title"),
                ("İzmir", "publisher-place"),
                ("2004", "issued"),
            ],
        ),
        # a title with a comma, its last piece no short name (a lower-case word)
        (
            "Orhan Veli, Bütün Şiirleri, Garip ve Sonrası, İstanbul, 1951.",
            [
                ("Orhan Veli", "author"),
                ("Bütün Şiirleri, Garip ve Sonrası", "title"),
                ("İstanbul", "publisher-place"),
                ("1951", "issued"),
            ],
        ),
    ],
)
def test_no_publisher_without_its_word(text: str, spans: list[tuple[str, str]]) -> None:
    assert "publisher" not in _decode(text, spans)


@pytest.mark.parametrize(
    ("text", "place_run", "publisher", "place"),
    [
        (
            "Ahmet Kaya, Türk Tarihi, 3. baskı, Ötüken, İstanbul, 2001.",
            "Ötüken, İstanbul",
            "Ötüken",
            "İstanbul",
        ),
        (
            "Nazım Hikmet, Şiirler, Adam, İstanbul 1987, s. 12.",
            "Adam, İstanbul",
            "Adam",
            "İstanbul",
        ),
    ],
)
def test_a_publisher_before_its_place(
    text: str, place_run: str, publisher: str, place: str
) -> None:
    title = text.split(", ")[1]
    year = text.split(place_run)[1].strip(" ,").split(",")[0].rstrip(".")
    spans = [(title, "title"), (place_run, "publisher-place"), (year, "issued")]
    fields = _decode(text, spans)
    assert fields["publisher"] == publisher
    assert fields["publisher-place"] == place


@pytest.mark.parametrize(
    "place_run",
    ["London, New York", "Paris, France", "Washington, DC"],
)
def test_places_together_stay_one_place(place_run: str) -> None:
    text = f"Ann Lee, Harbours, {place_run}, 2001."
    fields = _decode(
        text, [("Harbours", "title"), (place_run, "publisher-place"), ("2001", "issued")]
    )
    assert "publisher" not in fields
    assert fields["publisher-place"] == place_run


@pytest.mark.parametrize(
    ("text", "work", "person", "role"),
    [
        (
            "Fuzûlî, Leylâ ve Mecnûn, Haz. Kenan Akyüz, 3. Baskı, Kitabevi, İstanbul, 1990, s. 8.",
            "Leylâ ve Mecnûn",
            "Kenan Akyüz",
            "editor",
        ),
        (
            "Lev Tolstoy, Savaş ve Barış, çev. Zeki Baştımar, Remzi Kitabevi, İstanbul, 1970.",
            "Savaş ve Barış",
            "Zeki Baştımar",
            "translator",
        ),
    ],
)
def test_a_name_after_a_role_word_is_that_persons(
    text: str, work: str, person: str, role: str
) -> None:
    author = text.split(", ")[0]
    spans = [(author, "author"), (work, "container-title"), (person, "title")]
    fields = _decode(text, [*spans, ("İstanbul", "publisher-place")])
    assert fields["title"] == work
    assert _names(fields[role]) == [person]


def test_a_title_after_an_edition_word_stays() -> None:
    # `2nd ed.` is an edition's word, not an editor's
    text = "Ann Lee, Harbours, 2nd ed. Port Towns, London: Sage, 2001."
    spans = [("Ann Lee", "author"), ("Harbours", "container-title"), ("Port Towns", "title")]
    assert _decode(text, spans)["title"] == "Port Towns"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Bernard W. Lewis, Doğu ve Batı, Çev. Ali Er, Ufuk Yayınları, Ankara, 1999, s. 4.",
            "Bernard W. Lewis",
            "Doğu ve Batı",
        ),
        ("Kenan T. Gök, Köy Odaları, Kitabevi, İzmir, 2010.", "Kenan T. Gök", "Köy Odaları"),
    ],
)
def test_a_family_name_after_a_middle_initial_is_the_names(
    text: str, name: str, title: str
) -> None:
    given_initial, family = name.rsplit(" ", 1)
    spans = [(given_initial, "author"), (f"{family}, {title}", "title")]
    fields = _decode(text, spans)
    assert _names(fields["author"]) == [name]
    assert fields["title"] == title


def test_a_title_a_period_closes_keeps_its_first_word() -> None:
    # `Family I. Title, …. //`: the initial is the family's, the comma the title's own
    text = "Rejepowa A. Gezsem, dünýäni görsem // Nesil. 2021."
    fields = _decode(text, [("Rejepowa A.", "author"), ("Gezsem, dünýäni görsem", "title")])
    assert fields["title"] == "Gezsem, dünýäni görsem"


def test_a_work_read_as_a_second_author_before_a_bare_publisher() -> None:
    text = "Nurhan Ece, Cedit Hareketi, Kapı, İstanbul, 2016, s. 12."
    spans = [
        ("Nurhan Ece", "author"),
        ("Cedit Hareketi", "author"),
        ("Kapı", "title"),
        ("İstanbul", "publisher-place"),
        ("2016", "issued"),
    ]
    fields = _decode(text, spans)
    assert (fields["title"], fields["publisher"]) == ("Cedit Hareketi", "Kapı")
    assert _names(fields["author"]) == ["Nurhan Ece"]


def test_a_second_author_with_a_given_name_stays() -> None:
    text = "Nurhan Ece, Ayşe Kara, Cedit, İstanbul, 2016."
    spans = [
        ("Nurhan Ece", "author"),
        ("Ayşe Kara", "author"),
        ("Cedit", "title"),
        ("İstanbul", "publisher-place"),
        ("2016", "issued"),
    ]
    assert "publisher" not in _decode(text, spans)
