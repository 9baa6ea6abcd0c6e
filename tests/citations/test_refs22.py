"""Session 22 (refs22): facts of how citations are written, from notes written for the session."""

from __future__ import annotations

from tests.citations.parsed import first_citation as _parse


def test_transliterated_soft_sign_ends_a_value() -> None:
    # BGN / LC transliteration writes the soft sign `ь` as `’`: it ends the word, no quote
    cited = _parse(
        "Dorofeyev G. G. Ob identifikatsii statisticheskoy modeli transportnykh potokov s "
        "ispol’zovaniyem grupp avtomobil’no-transportnykh sredstv [An intuitionistic theory of "
        "types]. Mezhdunarodnaya zhizn’, 2020, vol. 14, no. 7, pp. 332–356. (In Russ.)"
    )
    assert cited.container == "Mezhdunarodnaya zhizn’"
    book = _parse(
        "Dorofeyev S. A., Gorbunov F. A. Natsional’naya identichnost’. Tom II. Yakutsk, "
        "Bichik Publ., 1963. 203 p. (in Russian)"
    )
    assert book.title == "Natsional’naya identichnost’"


def test_single_quotes_around_a_title_are_still_taken_off() -> None:
    cited = _parse(
        "Katelyn JENKINS, ‘Asymptote: Lifting to three dimensions’, The Inner Asia. "
        "vol. 29, no. 167 (1985): pp. 207-245."
    )
    assert cited.title == "Asymptote: Lifting to three dimensions"


def test_inverted_coauthors_with_a_soft_sign_keep_their_initials() -> None:
    # the References lists of Russian journals: `Family, I. I., Family, I. I. Title`
    cited = _parse(
        "Tret’yakova, D. A., Dement’yeva, V. R. Energetika Kazakhstana [Energy of Kazakhstan]. "
        "Aziya i Afrika segodnya, 2011, no. 32, pp. 105–144. (In Russ.)"
    )
    assert [a.family for a in cited.authors] == ["Tret’yakova", "Dement’yeva"]
    assert cited.authors[1].given == "V. R."
    assert cited.title == "Energetika Kazakhstana"


def test_inverted_coauthor_the_model_read_as_the_title() -> None:
    cited = _parse("Kuz’min, S. L., Vasil’yev, A. D. Istoriya Mongolii. Moscow, KMK Publ., 2011.")
    assert [a.family for a in cited.authors] == ["Kuz’min", "Vasil’yev"]
    assert cited.title == "Istoriya Mongolii"
    three = _parse("Иванов, И. И., Петров, П. П., Сидоров, С. С. История. Алматы: Атамұра, 2005.")
    assert len(three.authors) == 3
    assert three.title == "История"


def test_an_inverted_list_with_an_ampersand_is_left_to_the_model() -> None:
    cited = _parse(
        "Aydın, S., & Kaya, E. (2018). Türkmenistan’da dil reformu. Türk Dili Araştırmaları "
        "Yıllığı-Belleten, 66(1), 77–98."
    )
    assert [a.family for a in cited.authors] == ["Aydın", "Kaya"]
    assert cited.title == "Türkmenistan’da dil reformu"


def test_a_role_word_closes_no_title() -> None:
    cited = _parse(
        "Halil İnalcık, The Ottoman Empire: The Classical Age, 1300–1600, trans. Norman "
        "Itzkowitz and Colin Imber (London: Weidenfeld and Nicolson, 1973), 55."
    )
    assert cited.title == "The Ottoman Empire: The Classical Age, 1300–1600"
    assert cited.authors[0].family == "İnalcık"


def test_apa_report_number_after_the_report_word_is_no_host() -> None:
    cited = _parse(
        "Asian Development Bank. (2020). Kazakhstan: Country partnership strategy "
        "(Report No. 54123). ADB."
    )
    assert cited.type == "report"
    assert cited.issue == "54123"
    assert cited.container is None
    assert cited.publisher == "ADB"
    bank = _parse(
        "World Bank. (2019). Kazakhstan: Reversing productivity stagnation "
        "(Report No. 134399-KZ). World Bank Group."
    )
    assert (bank.issue, bank.publisher, bank.container) == ("134399-KZ", "World Bank Group", None)


def test_apa_journal_the_title_ran_into() -> None:
    cited = _parse(
        "Трофимов, А. А. (1977). Гегель и греки (ЕС). Процессы в геосредах, 13(12), 502—505."
    )
    assert cited.title == "Гегель и греки (ЕС)"
    assert cited.container == "Процессы в геосредах"
    assert (cited.volume, cited.issue) == ("13", "12")
    slashed = _parse(
        "Zamora, R., & Lee, F. R. (1988). Kazakh nomads, 1991–2021 (19th c.). "
        "Modernism/Modernity, 19(5), 215-251."
    )
    assert slashed.title == "Kazakh nomads, 1991–2021 (19th c.)"
    assert slashed.container == "Modernism/Modernity"


def test_a_bracketed_translation_names_no_host() -> None:
    # RSCI / Scopus References: `Title [Translation]. Journal, Year, vol., no., pp.`
    cited = _parse(
        "LYTKINA F.S. Vvedeniye v chteniye Gegelya [Representation of research hypotheses]. "
        "PRONEFT’. Professional’no o nefti, 1966, vol. 90, no. 4, pp. 140-150. (In Russ.)"
    )
    assert cited.title == "Vvedeniye v chteniye Gegelya"
    assert cited.container == "PRONEFT’. Professional’no o nefti"
    other = _parse(
        "FILIPPOVA F. A. Otets Zhanny Friske upreknul vozlyublennuuyu Shepeleva posle rozhdeniya "
        "rebenka (do n. e.) [Akademische Hausarbeiten]. Uchënyye zapiski Tomskogo universiteta, "
        "2017, vol. 38, no. 10, pp. 531-540. (In Russian)"
    )
    assert other.container == "Uchënyye zapiski Tomskogo universiteta"


def test_romanised_publisher_up_to_publ() -> None:
    cited = _parse(
        "Kulakov Z.V. Khudozhestvennyy perevod. Chast’ 2 [Literary translation. Part 2]. Ufa, "
        "Izd-vo Instituta «Vysshaya religiozno-filosofskaya shkola» Publ., 1986. 524 p."
    )
    assert cited.publisher_place == "Ufa"
    assert cited.publisher is not None
    assert cited.publisher.startswith("Izd-vo Instituta «Vysshaya religiozno-filosofskaya shkola»")
