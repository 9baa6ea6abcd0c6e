"""The last of `mend`'s late passes: facts that read a note sentence by sentence once the
runs have their labels (a role opening the note, numbered series and reports, an imprint or a
date as a sentence of its own, a title's sentences before `//`, a role's bracket after it)."""

from __future__ import annotations

from citekit.citations.tagger.acronym_heads import acronym_author
from citekit.citations.tagger.acs_chapters import host_before_editors
from citekit.citations.tagger.adoption_notes import adoption_bracket
from citekit.citations.tagger.align import Run
from citekit.citations.tagger.apa_roles import role_bracket_after_title
from citekit.citations.tagger.as_of_dates import as_of_date
from citekit.citations.tagger.body_sentences import body_sentence
from citekit.citations.tagger.body_series import series_before_publisher
from citekit.citations.tagger.body_statements import signed_body_statement
from citekit.citations.tagger.bracketed_series import bracketed_series, series_sentence
from citekit.citations.tagger.capital_families import capital_family_after_initial
from citekit.citations.tagger.cased_issues import capital_issue
from citekit.citations.tagger.collected_titles import collected_title
from citekit.citations.tagger.comma_hosts import comma_host
from citekit.citations.tagger.comma_quoted_hosts import quoted_host_after_comma
from citekit.citations.tagger.countries import city_before_country
from citekit.citations.tagger.dashed_hosts import quoted_site_after_dash, site_before_day
from citekit.citations.tagger.dated_bodies import (
    body_before_comma,
    body_before_comma_year,
    body_before_sentence_year,
    body_before_year,
    body_title_pair,
)
from citekit.citations.tagger.day_times import time_after_date
from citekit.citations.tagger.deposits import deposit_area
from citekit.citations.tagger.dotted_capitals import dotted_head
from citekit.citations.tagger.doubled_periods import title_to_doubled_period
from citekit.citations.tagger.elsevier_imprints import (
    house_sentence_before_place,
    journal_before_volume_year,
)
from citekit.citations.tagger.folio_sides import glued_folio_side
from citekit.citations.tagger.genre_heads import genre_head, genre_in_book_title
from citekit.citations.tagger.hijri_years import year_after_publisher
from citekit.citations.tagger.host_genres import bracketed_blog, capital_in_name
from citekit.citations.tagger.host_sentences import host_over_period
from citekit.citations.tagger.in_phrase_titles import in_phrase_in_title
from citekit.citations.tagger.initialled_heads import (
    given_in_title,
    inverted_initials_head,
    roman_ordinal_host,
)
from citekit.citations.tagger.letter_places import letter_place
from citekit.citations.tagger.lone_years import year_after_title
from citekit.citations.tagger.middle_initials import middle_initial_name
from citekit.citations.tagger.month_days import host_sentence_before_day, month_day_after_host
from citekit.citations.tagger.month_families import month_family
from citekit.citations.tagger.named_host_editors import editors_read_as_host
from citekit.citations.tagger.ordinal_volumes import ordinal_volume
from citekit.citations.tagger.place_headed_titles import place_heads_title
from citekit.citations.tagger.place_houses import house_in_place, house_year_after_place
from citekit.citations.tagger.prose_tails import prose_title_after_pages
from citekit.citations.tagger.publisher_series import publisher_series
from citekit.citations.tagger.quoted_bodies import body_before_quoted_title
from citekit.citations.tagger.repeated_dates import (
    full_date_again,
    kind_before_date,
    unlabelled_date_before_address,
)
from citekit.citations.tagger.report_kinds import report_kind_after_title
from citekit.citations.tagger.report_numbers import report_number
from citekit.citations.tagger.role_openers import role_opens_note
from citekit.citations.tagger.role_subtitles import subtitle_before_role
from citekit.citations.tagger.second_persons import second_listed_person
from citekit.citations.tagger.sentence_heads import sentence_not_author
from citekit.citations.tagger.sentence_imprints import (
    city_host,
    dated_imprint,
    sentence_imprint,
    titled_year,
)
from citekit.citations.tagger.sentence_years import (
    year_after_author,
    year_in_title,
    year_sentence_after_title,
)
from citekit.citations.tagger.serial_years import serial_year
from citekit.citations.tagger.set_volumes import volume_of_set
from citekit.citations.tagger.slashed_dates import slashed_date
from citekit.citations.tagger.springer_journals import journal_in_title
from citekit.citations.tagger.square_notes import host_not_in_note
from citekit.citations.tagger.sub_verbo import sub_verbo
from citekit.citations.tagger.title_info_tails import info_before_place
from citekit.citations.tagger.title_lists import list_closing_title
from citekit.citations.tagger.title_responsibility import (
    genre_run,
    name_as_title,
    responsibility_out_of_title,
)
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.trailing_labels import labels_after_numbers
from citekit.citations.tagger.treaty_series import treaty_series
from citekit.citations.tagger.unmarked_hosts import (
    host_before_slashes,
    host_glued_to_title,
    sentence_before_slashes,
)
from citekit.citations.tagger.untitled_before_in import title_before_in
from citekit.citations.tagger.volume_parts import volume_part
from citekit.citations.tagger.year_issue_hosts import numbered_host_in_title, year_closing_host

__all__ = ["closing_passes"]


def closing_passes(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> list[Run]:
    """`out`, the runs after the other late passes, with each closing fact applied in turn."""
    out = body_before_comma(tokens, out)  # `Turkish Petroleum Corp. (TPAO), 2022 Annual Report`
    out = role_opens_note(tokens, marks, out)  # `Çev. Ali Demir.`
    out = host_before_editors(tokens, marks, out)  # `In Host; Ibatullin, S., Ed.; Springer:`
    out = second_listed_person(tokens, marks, out)  # `haz. Ahmet B. Ercilasun, Ziyat Akkoyunlu,`
    out = series_before_publisher(tokens, out)  # `Title, OECD Economic Policy Reviews, OECD …`
    out = letter_place(tokens, out)  # `– Т.: Фан, 1993.`, `– T.: Sharq, 2003.`
    out = report_number(tokens, out)  # `Working Paper No. 8831`, `доклад № 3`
    out = capital_issue(tokens, out)  # `Hayat Mecmuası, S. 45, 3 Ekim 1927, s. 8.`
    out = ordinal_volume(tokens, out)  # `Osmanlı Devleti Tarihi, II. Cilt, İstanbul 1990`
    out = publisher_series(tokens, out)  # `TTK Yayınları, VII. Dizi, Sayı 112, Ankara`
    out = report_kind_after_title(tokens, out)  # `Title, Değerlendirme Notu, Ankara`
    out = acronym_author(tokens, out)  # `SETA, Title, Rapor No: 212, İstanbul`
    out = middle_initial_name(tokens, marks, out)  # `Gordon B. Smith, Reforming the … 112 (1996).`
    out = year_after_publisher(tokens, out)  # `İstanbul: Matbaa-i Âmire, 1293.`
    out = sentence_imprint(tokens, titled_year(tokens, out))  # `Title. Urumqi, 2022.`
    out = signed_body_statement(tokens, out)  # `Иванов И. Title / Нац. исслед. ун-т. – М.`
    out = city_host(tokens, marks, out)  # `Title. Aşgabat, 2003. s. 88.`: no host
    out = volume_of_set(tokens, out)  # `Title, vol. 2 of A History of Inner Asia, ed. …`
    out = dated_imprint(tokens, out)  # `Lin Gan (1986). Tujue shi. Huhehaote: Renmin.`
    out = body_sentence(tokens, out)  # `EBRD. Transition Report 2021-22. London, 2021.`
    out = serial_year(tokens, out)  # `Казахстан в цифрах. 2018. Астана, 2018.`
    out = comma_host(tokens, out)  # `Title, Государство и право, 2012, № 7, с. 45–52.`
    out = as_of_date(tokens, out)  # `Численность населения на 1 января 2022 г. URL: …`
    out = info_before_place(tokens, marks, out)  # `Title : стат. сб. Астана, 2017.`
    out = volume_part(tokens, out)  # a book's `C. III/1`: the volume and its part
    out = genre_head(tokens, out)  # `Commentary, Chatham House, 12 May 2021, URL`
    out = genre_in_book_title(tokens, out)  # `Bill Bowring, Law, Rights and … (Routledge 2013)`
    out = host_before_slashes(tokens, host_glued_to_title(tokens, out))  # `газеты «Правда»`
    out = sentence_before_slashes(tokens, out)  # `Title. Subtitle // Host. 1996.`
    out = subtitle_before_role(tokens, marks, out)  # `Title. A Survey. Edited by X.`
    out = sentence_not_author(tokens, out)  # `Рада заявив про зростання. Очерки (укр.).`
    out = role_bracket_after_title(tokens, marks, out)  # `Title (K. Cunningham, Trans.)`
    out = host_over_period(tokens, out)  # `// Государственное управление. Электронный вестник.`
    out = month_family(tokens, marks, out)  # `Karakuş, G., Ocak, G. ve Arslan, S. (2021).`
    out = slashed_date(tokens, out)  # `Yargıtay 9. HD, E. 2015/1234, K. 2016/5678, T. 17/10/2016`
    out = year_after_title(tokens, out)  # `Title (2018) Site. Available at:`
    out = capital_in_name(
        tokens, marks, bracketed_blog(tokens, out)
    )  # `Registan (blog), 3 October 2017`
    out = city_before_country(tokens, marks, out)  # `," WHO, Geneva, Switzerland, 2023.`
    out = body_before_quoted_title(tokens, out)  # `[22] World Health Organization, "Title,"`
    out = capital_family_after_initial(tokens, out)  # `…, and James A. ROBINSON. Title.`
    out = place_heads_title(tokens, out)  # `Pamuk, Orhan. Istanbul: Memories and the City.`
    out = year_in_title(
        tokens, year_sentence_after_title(tokens, out)
    )  # `Title …, 1882–1945. 2002. Harvard U,`
    out = editors_read_as_host(tokens, marks, out)  # `“Title”, A – B (ed.), Book içinde,`
    out = host_not_in_note(tokens, out, imprint=True)  # `Title [Its translation: A, B]. М.:`
    out = prose_title_after_pages(tokens, out)  # `…, 77–79, for a detailed discussion of …`
    out = dotted_head(tokens, out)  # `Advisory Opinion, I.C.J. Reports 1996, p. 226`
    out = title_to_doubled_period(tokens, out)  # `… vaccine.. N Engl J Med. 2020;383`
    out = treaty_series(tokens, out)  # `…, 23 May 1969, 1155 U.N.T.S. 331`
    out = time_after_date(tokens, out)  # `Twitter, March 3, 2022, 10:14 a.m., https://…`
    out = unlabelled_date_before_address(tokens, marks, out)  # `Blog (blog), March 3, 2015, http`
    out = kind_before_date(
        tokens, full_date_again(tokens, marks, out)
    )  # `Judgment of 13 April`  # `Dave. 2019. “Title.” Blog, March 22, 2019.`
    out = responsibility_out_of_title(tokens, out)  # `Title : отчет о НИР / Институт …`
    out = name_as_title(tokens, out)  # `Шоқан Уәлиханов // Қазақстан. Ұлттық энциклопедия.`
    out = genre_run(tokens, out)  # `Title [Электронный ресурс] : аналитический доклад / …`
    out = adoption_bracket(tokens, out)  # `Конституция … (принята всенародным голосованием …)`
    out = sub_verbo(tokens, out)  # `Encyclopaedia Iranica, s.v. “Khiva,” by Yuri Bregel`
    out = inverted_initials_head(tokens, out)  # `Bartol'd, V. V., "Dvenadtsat' lektsii …"`
    out = given_in_title(tokens, out)  # `Auezov, Mukhtar. The Path of Abai.`
    out = roman_ordinal_host(tokens, out)  # `// IV. Uluslararası Türk Dili Kurultayı …`
    out = quoted_site_after_dash(tokens, out)  # `Headline — «Медуза», 28.12.2023. URL:`
    out = site_before_day(tokens, marks, out)  # `Headline. – Ақорда, 2023 ж. 7 ақпан. – URL:`
    out = body_before_sentence_year(
        tokens, body_before_year(tokens, out)
    )  # `Ministry of … (2022) Grain balance …`
    out = body_before_comma_year(tokens, out)  # `Bureau of National Statistics, 2023. Title.`
    out = body_title_pair(tokens, out)  # `Bureau of …, Environmental Protection … (Astana, 2023)`
    out = list_closing_title(tokens, marks, out)  # `Assessment, Strategy, and Road Map (Manila:`
    out = house_sentence_before_place(tokens, marks, out)  # `Title. IEA, Paris.`
    out = house_in_place(
        tokens, marks, out
    )  # `FAN, Tashkent`, `Dissertation, Humboldt-Universität`
    out = house_year_after_place(tokens, out)  # `München: Beck 2004 (Reihe Osteuropa; 12)`
    out = journal_in_title(tokens, out)  # `Title. J Agric Dev Econ 14(2):133–151`
    out = numbered_host_in_title(tokens, out)  # `Cím. Keletkutatás 2019/2. 33–52.`
    out = year_closing_host(tokens, out)  # `Вопросы языкознания 2005(4). 78–93.`
    out = quoted_host_after_comma(tokens, out)  # `Title, „Polityka” 2021, nr 22`
    out = in_phrase_in_title(tokens, out)  # `Vowel harmony in Kazakh. Turkic Languages 22(1).`
    out = bracketed_series(tokens, out)  # `Title (Working Papers in Turkic Linguistics 7).`
    out = series_sentence(tokens, out)  # `Title. The Ottoman Empire and Its Heritage 71. Leiden:`
    out = glued_folio_side(tokens, out)  # `fol. 112r`, `fols. 12b–45a`, `ll. 30–30ob`
    out = title_before_in(tokens, out)  # `Ruiz P (2021) Turkey. In: Lane D (eds) Host.`
    out = host_sentence_before_day(tokens, marks, out)  # `(2020) Title. Foreign Policy, 3 April.`
    out = labels_after_numbers(tokens, out)  # `2012. 87. o.`, `2. sz.`, `212 o.`
    out = journal_before_volume_year(tokens, out)  # `Title, J. Clean. Prod. 279 (2021) 1234–1247`
    out = year_after_author(tokens, out)  # `Ministry of … . 2023. "Title."`
    out = month_day_after_host(tokens, marks, out)  # `2019. "Title." Kommersant, October 9.`
    out = deposit_area(tokens, out)  # `– 18 с. – Деп. в ВИНИТИ 11.06.92, № 1934-В92.`
    return collected_title(tokens, out)  # `Пушкин А. С. Собр. соч. Т. 6.`
