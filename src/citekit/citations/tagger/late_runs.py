"""The late passes of `mend`: the facts of citation writing that read the runs as a whole once
each run has its label (places and publishers together, a host after "In", page ranges, a
title's head, a site's name, an author before a colon), applied one after another."""

from __future__ import annotations

from citekit.citations.tagger.abbreviated_hosts import abbreviation_in_host_name, suffix_joins_runs
from citekit.citations.tagger.act_designations import (
    designation_before_quoted_name,
    designation_not_host,
    designation_then_quoted_title,
    kind_after_quoted_name,
    kind_read_as_host,
)
from citekit.citations.tagger.act_headings import act_heading
from citekit.citations.tagger.act_titles import title_before_act
from citekit.citations.tagger.acts import act_date, law_head, unquoted_act
from citekit.citations.tagger.address_label import address_label, label_closing_title
from citekit.citations.tagger.aired import aired_channel
from citekit.citations.tagger.align import Run
from citekit.citations.tagger.and_coauthor import (
    and_coauthor,
    family_after_initial,
    inverted_first,
)
from citekit.citations.tagger.apa_hosts import (
    host_before_in,
    host_from_in,
    in_inside_title,
    postposed_host,
)
from citekit.citations.tagger.apa_journals import journal_after_title
from citekit.citations.tagger.arabic_imprints import arabic_imprint
from citekit.citations.tagger.arabic_script import arabic_row
from citekit.citations.tagger.area_imprints import area_in_title
from citekit.citations.tagger.article_numbers import article_number, e_locator
from citekit.citations.tagger.article_titles import (
    article_opens_title,
    given_opens_author,
    nisba_closes_author,
)
from citekit.citations.tagger.asked_ends import asked_end
from citekit.citations.tagger.body_chains import chain_author
from citekit.citations.tagger.body_commas import body_in_title
from citekit.citations.tagger.body_heads import acronym_after_body, body_before_year, body_head
from citekit.citations.tagger.body_statements import body_statement
from citekit.citations.tagger.bracket_places import bracketed_imprint_place, paper_city
from citekit.citations.tagger.bracket_titles import (
    abbreviated_bracket,
    bracket_in_title,
    host_before_bracket,
)
from citekit.citations.tagger.bracketed_hosts import host_not_in_brackets, subtitle_bracket_in_host
from citekit.citations.tagger.bracketed_imprints import imprint_in_title
from citekit.citations.tagger.bracketed_roles import (
    editor_before_role,
    editor_opens_note,
    role_before_named_bracket,
)
from citekit.citations.tagger.bracketed_volumes import volume_after_title, volume_closing_host
from citekit.citations.tagger.channels import channel_author
from citekit.citations.tagger.city_places import host_as_place, place_publisher_in_title
from citekit.citations.tagger.closed_titles import closed_title
from citekit.citations.tagger.closing_numbers import number_closing_host
from citekit.citations.tagger.closing_runs import closing_passes
from citekit.citations.tagger.coauthors import full_names_in_title
from citekit.citations.tagger.coded_reports import report_code
from citekit.citations.tagger.colon_authors import (
    colon_author,
    editors_in_host,
    inverted_colon_authors,
)
from citekit.citations.tagger.colon_hosts import host_before_subtitle
from citekit.citations.tagger.comma_bodies import joined_body
from citekit.citations.tagger.comma_book_titles import title_to_publisher
from citekit.citations.tagger.conjoined_titles import (
    exclaimed_after_name,
    exclaimed_head,
    listed_subtitle,
    person_and_title,
    title_after_and,
)
from citekit.citations.tagger.copy_hosts import copy_host
from citekit.citations.tagger.counted_sets import count_not_host, count_not_volume
from citekit.citations.tagger.countries import (
    city_before_state,
    city_read_as_host,
    host_before_state,
    place_and_country,
    place_before_state,
    place_then_publisher,
)
from citekit.citations.tagger.dashed_subtitles import dashed_subtitle
from citekit.citations.tagger.dated_heads import bracket_dated_head, dated_head
from citekit.citations.tagger.dated_numbers import issue_before_date
from citekit.citations.tagger.dated_titles import (
    date_before_subtitle,
    series_after_year,
    subtitle_year,
    title_colon_date,
    title_tail_year,
    year_opens_title,
)
from citekit.citations.tagger.designations import (
    degree_after_colon,
    series_genre,
    thesis_designation,
    work_designation,
)
from citekit.citations.tagger.dotted_heads import dotted_title_head
from citekit.citations.tagger.edition_areas import edition_statement
from citekit.citations.tagger.edition_runs import edition_words
from citekit.citations.tagger.edition_tails import edition_closing_title, worded_edition
from citekit.citations.tagger.editions import kind_after_number, kind_only_edition
from citekit.citations.tagger.editors_first import editors_first
from citekit.citations.tagger.editors_heading import editors_heading
from citekit.citations.tagger.elided_names import elided_author
from citekit.citations.tagger.epithet_heads import epithet_head
from citekit.citations.tagger.exports import export_record, scopus_order
from citekit.citations.tagger.family_first_heads import family_first_head
from citekit.citations.tagger.figure_locators import figure_locator
from citekit.citations.tagger.forms import places_together
from citekit.citations.tagger.genre_abbreviations import genre_abbreviations
from citekit.citations.tagger.genre_brackets import genre_after_quoted_title
from citekit.citations.tagger.given_heads import given_head, sole_name_comma, title_head_word
from citekit.citations.tagger.gost import other_title_info
from citekit.citations.tagger.gost_hosts import host_to_period
from citekit.citations.tagger.handwritten import hand_written
from citekit.citations.tagger.harvard_quotes import quoted_chapter
from citekit.citations.tagger.headed_series import (
    series_after_subtitle,
    subtitle_before_publisher,
)
from citekit.citations.tagger.headline_subjects import name_runs_into_headline
from citekit.citations.tagger.headline_subtitles import subtitle_after_headline
from citekit.citations.tagger.hijri_years import calendar_year
from citekit.citations.tagger.host_dates import meeting_date
from citekit.citations.tagger.host_heading import host_heading
from citekit.citations.tagger.host_imprints import imprint_in_host
from citekit.citations.tagger.host_places import city_after_title, place_in_host, year_in_host
from citekit.citations.tagger.hosts import (
    host_after_in,
    host_before_numbers,
    journal_in_title,
    place_after_host,
    title_in_host,
    year_after_host,
)
from citekit.citations.tagger.house_tails import house_before_place
from citekit.citations.tagger.house_titles import house_read_as_title
from citekit.citations.tagger.hyphen_coauthors import hyphenated_coauthor
from citekit.citations.tagger.ieee_hosts import ieee_forms
from citekit.citations.tagger.imprint_counts import count_after_year
from citekit.citations.tagger.imprint_order import (
    author_after_place,
    date_after_host,
    quoted_host_after_title,
)
from citekit.citations.tagger.imprint_pages import page_after_imprint
from citekit.citations.tagger.imprint_spans import joined_places, publisher_to_year
from citekit.citations.tagger.imprint_tails import place_year_in_title
from citekit.citations.tagger.imprints import (
    label_not_place,
    place_after_dash,
    site_not_place,
    title_word_before_place,
)
from citekit.citations.tagger.in_hosts import host_after_in_word, host_before_editor
from citekit.citations.tagger.in_quoted_hosts import in_quoted_host
from citekit.citations.tagger.in_sentences import host_in_sentence
from citekit.citations.tagger.initial_heads import hyphenated_head, initials_head
from citekit.citations.tagger.initials import initials_before_body, second_initial
from citekit.citations.tagger.isnad_parts import part_numbers
from citekit.citations.tagger.izafet_presses import izafet_press, izafet_title
from citekit.citations.tagger.joined_bodies import body_joined
from citekit.citations.tagger.joined_dates import joined_date
from citekit.citations.tagger.kinds import abbreviated_title, genre_alone, host_alone
from citekit.citations.tagger.label_words import label_word_in_title
from citekit.citations.tagger.later_editions import later_edition
from citekit.citations.tagger.laws import law_heads, numbered_law
from citekit.citations.tagger.letter_heads import dated_in_title
from citekit.citations.tagger.listed_titles import listed_title
from citekit.citations.tagger.marked import marked_title
from citekit.citations.tagger.mla_hosts import dated_container, medium_word, mla_container
from citekit.citations.tagger.name_titles import name_read_as_title
from citekit.citations.tagger.named_roles import (
    opening_role_title,
    unroled_publisher,
)
from citekit.citations.tagger.number_runs import host_numbers, page_numbers
from citekit.citations.tagger.number_titles import number_title
from citekit.citations.tagger.numbered import issue_part
from citekit.citations.tagger.numbered_acts import act_opens_note
from citekit.citations.tagger.opening_names import name_opens_title
from citekit.citations.tagger.ordinal_books import ordinal_book
from citekit.citations.tagger.ordinals import host_ordinal
from citekit.citations.tagger.page_ends import page_ends
from citekit.citations.tagger.page_sums import bracketed_extent, page_sum
from citekit.citations.tagger.paper_days import (
    day_after_month,
    day_after_year,
    day_before_month,
    paper_day,
)
from citekit.citations.tagger.parallel_titles import parallel_title
from citekit.citations.tagger.part_hosts import host_after_part
from citekit.citations.tagger.particle_heads import particle_opens_name
from citekit.citations.tagger.particled_given import given_before_particle, given_with_particle
from citekit.citations.tagger.person_publishers import person_publisher, publisher_after_title
from citekit.citations.tagger.pinpoint_pages import pinpoint_page
from citekit.citations.tagger.places import (
    bracketed_place,
    initial_in_place,
    named_after_place,
    place_in_title,
    place_in_translation,
    place_then_place,
    publisher_after_place,
    title_opens_phrase,
    unlabelled_place,
    unlabelled_publisher,
)
from citekit.citations.tagger.preprints import preprint_id
from citekit.citations.tagger.presented import presented_at
from citekit.citations.tagger.print_runs import print_run
from citekit.citations.tagger.proceedings import proceedings_host, title_to_host
from citekit.citations.tagger.publisher_places import city_after_publisher
from citekit.citations.tagger.publishers import (
    body_publishes,
    publisher_titled,
    publisher_word_before,
)
from citekit.citations.tagger.question_titles import question_opens_title
from citekit.citations.tagger.quote_ends import quoted_title_end
from citekit.citations.tagger.quoted_after_name import name_before_quote
from citekit.citations.tagger.quoted_authors import quoted_author_title
from citekit.citations.tagger.quoted_in_titles import (
    quote_opens_title,
    quoted_title_whole,
    split_quoted_title,
    title_past_inner_quote,
)
from citekit.citations.tagger.quoted_subtitles import quoted_head_subtitle
from citekit.citations.tagger.quoted_volumes import volume_in_quotes
from citekit.citations.tagger.record_series import record_series
from citekit.citations.tagger.reviews import reviewed_author
from citekit.citations.tagger.role_abbreviations import role_abbreviation
from citekit.citations.tagger.role_chains import chained_person, dashed_person, joined_after_role
from citekit.citations.tagger.roman_ordinals import roman_opens_title
from citekit.citations.tagger.roman_volumes import (
    volume_before_page,
)
from citekit.citations.tagger.romanized import romanized_repeat
from citekit.citations.tagger.second_imprints import second_imprint
from citekit.citations.tagger.see_clauses import prose_before_see
from citekit.citations.tagger.serial_places import serial_as_number, serial_as_place
from citekit.citations.tagger.set_years import imprint_year_span
from citekit.citations.tagger.short_volumes import volume_after_short_author
from citekit.citations.tagger.signed_titles import signed_title
from citekit.citations.tagger.single_quotes import single_quoted_title
from citekit.citations.tagger.site_heads import site_before_quote
from citekit.citations.tagger.sites import (
    body_site,
    format_mark,
    site_before_date,
    site_first,
    site_sentence,
)
from citekit.citations.tagger.slashed import document_symbol, slashed_name
from citekit.citations.tagger.slashed_volumes import slashed_volume_page
from citekit.citations.tagger.spoken import spoken_head
from citekit.citations.tagger.subtitles import (
    body_before_quote,
    honorific_head,
    ordinal_head,
    quote_closes_title,
    quoted_head,
    title_head,
    title_through_and,
)
from citekit.citations.tagger.syllable_names import whole_syllables
from citekit.citations.tagger.thesis_genres import thesis_after_colon, thesis_kind_genre
from citekit.citations.tagger.title_colons import title_colon
from citekit.citations.tagger.title_edges import title_edges
from citekit.citations.tagger.title_initials import (
    head_before_initials,
    initials_after_year,
    initials_open_title,
    name_joined_to_title,
)
from citekit.citations.tagger.title_roles import (
    role_colon_after_title,
    role_word_alone,
    title_before_statement,
)
from citekit.citations.tagger.title_tails import title_tail_words
from citekit.citations.tagger.titled_authors import title_in_author
from citekit.citations.tagger.titled_years import year_closing_title
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.totals import (
    city_title,
    counted_extent,
    edition_kind,
    front_matter,
    title_after_author,
    title_counts,
)
from citekit.citations.tagger.translated_titles import (
    host_after_translation,
    translation_after_quote,
)
from citekit.citations.tagger.unknown_imprints import unknown_imprint, unknown_place
from citekit.citations.tagger.unnumbered_pages import unnumbered_count
from citekit.citations.tagger.unsigned_imprints import unsigned_imprint
from citekit.citations.tagger.unsigned_quotes import quoted_title_year
from citekit.citations.tagger.unstopped_issues import unstopped_issue
from citekit.citations.tagger.volume_tails import ordinal_volume_in_title, title_words_in_place
from citekit.citations.tagger.volume_titles import volume_area_title, volume_own_title
from citekit.citations.tagger.whole_publishers import abbreviated_house, publisher_whole
from citekit.citations.tagger.worded_persons import work_word_person
from citekit.citations.tagger.worded_volumes import volume_sentence
from citekit.citations.tagger.written_numbers import written_numbers
from citekit.citations.tagger.year_pages import pages_after_year
from citekit.citations.tagger.year_volume_pages import year_volume_pages
from citekit.citations.tagger.years import (
    number_ends_name,
    year_left_out,
)

__all__ = ["late_passes"]


def late_passes(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> list[Run]:
    """`out`, the runs after `mend`'s run-by-run pass, with each late fact applied in turn."""
    out = joined_after_role(
        tokens, marks, editors_heading(tokens, marks, out)
    )  # `ed. by John Smith`
    out = dashed_person(tokens, marks, out)  # `haz. Mehmet Saray – Ali Demir, Ankara`
    out = joined_body(tokens, marks, out)  # `Tarım, Orman ve Köyişleri Bakanlığı, Title`
    out = chain_author(tokens, out)  # `U.S. Congress, Senate, Committee on …, Title`
    out = bracket_in_title(tokens, romanized_repeat(tokens, out))  # `(… XIX в. — 1917 г.)`
    out = host_before_bracket(tokens, marks, out)  # `Türk Dili Grameri (Osmanlı Lehçesi), İstanbul`
    out = abbreviated_bracket(tokens, marks, out)  # `Title (Алматы обл. мысалында) // Host`
    out = title_edges(tokens, out)  # `(1300-1600)`, `St. Petersburg`, `[Translation]`, `: к …`
    out = label_word_in_title(tokens, marks, out)  # `… исторический источник : дис.`
    out = genre_after_quoted_title(tokens, out)  # `“Headline” (Basın Duyurusu), 1 Nisan 2024`
    out = imprint_in_host(tokens, marks, out)  # `in Encyclopaedia Iranica. New York: Publisher`
    out = subtitle_after_headline(tokens, out)  # `“Headline”: Interview with X, Outlet, Date`
    out = page_after_imprint(tokens, out)  # `Title (New York: UNDP, 2019), 33, https://…`
    out = title_after_and(tokens, marks, out)  # `Абай және «Қазақ» газеті. Алматы, 2001`
    out = person_and_title(tokens, marks, out)  # `Ш. Уәлиханов және «Абай жолы» романы. –`
    out = exclaimed_head(tokens, out)  # `Вперёд, к рынку! Реформы 1990-х годов // Host`
    out = exclaimed_after_name(tokens, out)  # `Nurmuhammedow, I. Alga, Türkmenistan! Title`
    out = listed_subtitle(tokens, marks, out)  # `Title: экономика, политика, культура. М.`
    out = title_past_inner_quote(tokens, out)  # `The “Great Game” Revisited. Journal`
    out = split_quoted_title(tokens, out)  # `“Rus | Arşiv Belgelerine Göre 1916 | Orta Asya”`
    out = quoted_title_whole(tokens, out)  # `«Title. Subtitle» Жарлығы`, `"Neden? Title". J.`
    out = quote_opens_title(tokens, out)  # `Trend, 'Turkmenistan, Azerbaijan discuss …', 2021`
    out = places_together(tokens, place_after_host(tokens, marks, out))
    out = host_numbers(tokens, marks, out)  # volume, issue, series: `Journal, 5(2)`
    out = year_after_host(tokens, journal_in_title(tokens, host_before_numbers(tokens, out), marks))
    out = host_after_part(tokens, marks, host_after_in(tokens, marks, out))
    out = publisher_after_place(tokens, title_in_host(tokens, marks, out))
    out = publisher_whole(tokens, marks, out)  # `C. 1, Türkiye Bilimler Akademisi Yayınları`
    out = abbreviated_house(tokens, out)  # `Ankara Üniv. Yay.`, `Yale Univ. Press`
    out = calendar_year(tokens, marks, out)  # `Selanik Matbaası, İstanbul 1327`
    out = publisher_titled(tokens, marks, named_after_place(tokens, marks, out))
    out = unlabelled_publisher(tokens, out)
    out = law_heads(tokens, marks, publisher_word_before(tokens, marks, out))
    out = title_before_act(tokens, marks, out)  # `О статусе … : федер. закон от …`
    out = designation_not_host(tokens, marks, out)  # `«…» Қазақстан Республикасының … Заңы`
    out = kind_after_quoted_name(tokens, marks, out)  # `… № 409 «… туралы» Кодексі`
    out = designation_before_quoted_name(tokens, marks, out)  # `… Prezidentiniň Karary “…”`
    out = designation_then_quoted_title(tokens, marks, out)  # `Federal Law No. … of …, “…,”`
    out = kind_read_as_host(tokens, marks, out)  # `«…» Kanuny, … // Host`
    out = dated_in_title(tokens, out)  # `… Президентінің 2022 жылғы 16 наурыздағы Жолдауы //`
    out = host_not_in_brackets(tokens, out)  # `Конституция … (принята …) // Российская газета`
    out = subtitle_bracket_in_host(tokens, out)  # `// Қазақстан тарихы (көне заманнан …).`
    out = host_to_period(tokens, out)  # `// Central Asia and the Caucasus. 2014.`
    out = later_edition(tokens, out)  # `…, 1947. – 468 с. (2-е изд. – Алматы: …, 1992)`
    out = count_not_volume(tokens, marks, out)  # `Mukaddime, 2 cilt (İstanbul: …), I, 301`
    out = count_not_host(tokens, out)  # `[Translation]. In 5 vols. Vol. 3. Almaty:`
    out = ordinal_book(tokens, out)  # `Seyahatnâmesi, 2. Kitap, haz. …`
    out = imprint_year_span(tokens, out)  # `(Leiden: Brill, 1956–62), 2: 88`
    out = prose_before_see(tokens, marks, out)  # `Jones (2010) argues …; see Jones, S.`
    out = act_opens_note(tokens, numbered_law(tokens, out))  # `1 Numaralı … Kararnamesi,`
    out = unroled_publisher(tokens, marks, title_opens_phrase(marks, out))
    out = body_publishes(tokens, marks, bracketed_place(tokens, marks, out))
    out = place_in_translation(tokens, place_in_title(tokens, marks, out))
    out = host_as_place(tokens, marks, out)  # `Title. Aşgabat ş.: Ylym, 2010.`
    out = serial_as_place(tokens, marks, out)  # `Title. Ekspert, 2019, no. 12, pp. 34–38.`
    out = serial_as_number(tokens, out)  # `“Title.” Bianet, 8 Mart.`
    out = house_read_as_title(tokens, marks, out)  # `Title (1905-1917), TKAE Yay., Ankara`
    out = volume_after_short_author(tokens, marks, out)  # `Oğuzman/Öz, C. I, s. 412.`
    out = volume_sentence(tokens, marks, out)  # `// Türkmen edebiýatynyň taryhy. II tom. – Aşgabat`
    out = place_publisher_in_title(tokens, marks, out)  # `Title, Ankara, Seçkin, 2. Bası`
    out = site_not_place(marks, place_after_dash(tokens, marks, out))
    out = label_not_place(tokens, marks, out)  # `Sayı: 3, Yıl: 2010`
    out = title_word_before_place(tokens, marks, out)  # `…1991. Справочник М., 2003`
    out = place_then_publisher(tokens, marks, place_and_country(tokens, out))
    out = city_before_state(tokens, out)  # `Madison, Wis.: University of Wisconsin Press`
    out = host_before_state(tokens, out)  # `Berkeley (Calif.): University of California Press`
    out = city_read_as_host(tokens, out)  # `Santa Monica, Calif.: RAND Corporation, 2023`
    out = date_after_host(tokens, author_after_place(tokens, place_before_state(tokens, out)))
    out = editor_before_role(tokens, marks, quoted_host_after_title(tokens, out))
    out = role_before_named_bracket(tokens, out)  # `Title: Attila, Timur, (çev. Halil İnan)`
    out = editor_opens_note(tokens, marks, out)  # `Ahmet Yaşar Ocak (haz.), Title, …`
    out = second_imprint(tokens, place_then_place(tokens, marks, out))  # `М. : A ; Б : B`
    out = ordinal_volume_in_title(tokens, marks, out)  # `Title, I. Cilt, Ankara 2001`
    out = volume_after_title(tokens, marks, out)  # APA's `Hunger (Vol. 2). London:`
    out = volume_closing_host(tokens, out)  # `Siyosat va jamiyat 3 (2): 45–59`
    out = title_words_in_place(tokens, marks, out)  # `… Yorumlar-, İstanbul: İletişim`
    out = year_left_out(tokens, marks, unlabelled_place(tokens, marks, out))
    out = bracketed_imprint_place(tokens, marks, out)  # `(Albany: State University of …, 2003)`
    out = paper_city(tokens, marks, out)  # `Kavkaz (Tiflis), 14 March 1854`
    out = abbreviated_title(tokens, genre_alone(initial_in_place(tokens, marks, out), tokens))
    out = genre_abbreviations(tokens, marks, out)  # `Diss. kand. ist. nauk. Almaty`
    out = marked_title(tokens, law_head(tokens, second_initial(tokens, out)))
    out = page_numbers(tokens, marks, out)  # pages, extent: `53(2), 1045-1072.`
    out = article_opens_title(tokens, volume_before_page(tokens, out))  # `Serahsî, el-Mebsût`
    out = given_opens_author(tokens, nisba_closes_author(tokens, out))  # `İbn Haldun, Mukaddime`
    out = slashed_volume_page(tokens, out)  # `Câmiu’l-beyân, 3/45.`
    out = series_after_year(tokens, title_tail_year(tokens, out))  # `(2023). … sonuçları, 2022.`
    out = subtitle_year(tokens, title_colon_date(tokens, marks, out))  # `…: Mayıs 2021, …, 2021`
    out = date_before_subtitle(tokens, out)  # `Kazakhstan, Elections, 10 January 2021: Report.`
    out = presented_at(tokens, out)  # `Title. Paper presented at the Congress, Ankara.`
    out = counted_extent(tokens, unknown_imprint(tokens, city_title(tokens, marks, out)))
    out = unknown_place(tokens, marks, out)  # `— СПб., б. г. — 96 с.`
    out = edition_kind(tokens, marks, title_counts(tokens, marks, out))
    out = count_after_year(tokens, marks, out)  # `London: Routledge, 1965, 2 vols.`
    out = print_run(tokens, out)  # `— 216 с. — 2000 экз.`: no year
    out = issue_before_date(tokens, out)  # `Journal. 104, 1 (Mar. 2022), 45–56.`
    out = pages_after_year(tokens, out)  # `Bilig 8 (2019 ): 1456-1472`
    out = imprint_in_title(tokens, out)  # `Orta Asya 1600 (Ankara: Nobel, 2019)`
    out = family_first_head(tokens, out)  # `Kim Dae-jung, Title (Lanham: …)`
    out = kind_only_edition(tokens, marks, edition_words(tokens, marks, out))  # `(Rev. ed.)`
    out = kind_after_number(tokens, marks, out)  # `2nd rev. ed.`
    out = edition_statement(tokens, marks, out)  # `Изд. 3-е`, `2-nji neşir`, `ed., rev.`
    out = front_matter(tokens, unnumbered_count(tokens, name_opens_title(tokens, out)))
    out = bracketed_extent(tokens, page_sum(tokens, out))  # `pp. xii + 304`, `(304 pp.)`
    out = title_after_author(tokens, out)  # `[4], 320 с.`: both counts the extent
    out = issue_part(tokens, marks, out)
    out = number_ends_name(
        tokens, marks, postposed_host(tokens, marks, hand_written(tokens, marks, out))
    )
    out = host_from_in(tokens, host_before_in(tokens, marks, out))
    out = host_in_sentence(tokens, marks, out)  # `Title [Podcast]. Series içinde. Spotify.`
    out = quoted_title_year(tokens, out)  # `‘Title’ (2021) Meduza, 8 December.`
    out = ordinal_head(tokens, marks, title_head(tokens, out))
    out = roman_opens_title(tokens, out)  # `Yusuf Halaçoğlu, XVIII. Yüzyılda …`
    out = report_code(tokens, out)  # `Title, RR-4471-A (Santa Monica, CA: …)`
    out = name_read_as_title(tokens, out)  # `J. Paul Getty, As I See It (New York: …)`
    out = body_before_quote(tokens, honorific_head(tokens, title_through_and(tokens, marks, out)))
    out = quote_closes_title(tokens, quoted_head(tokens, opening_role_title(tokens, marks, out)))
    out = volume_in_quotes(tokens, out)  # `“Этнокультурное развитие. Том III,” Казинформ`
    out = site_sentence(tokens, marks, full_names_in_title(tokens, host_alone(marks, out)))
    out = body_site(tokens, site_first(tokens, site_before_date(tokens, out)))
    out = title_to_host(tokens, proceedings_host(tokens, out))
    out = spoken_head(tokens, out)
    out = thesis_designation(tokens, marks, other_title_info(tokens, marks, out))
    out = degree_after_colon(tokens, marks, out)  # `Title (1929–1933 гг.): дис. … наук. – М.`
    out = thesis_kind_genre(tokens, marks, out)  # `(MA thesis, University of Washington, 2017)`
    out = thesis_after_colon(tokens, out)  # `Title: filologiya üzrə … dissertasiyası.`
    out = series_genre(tokens, format_mark(tokens, work_designation(tokens, out)))
    out = unquoted_act(tokens, marks, act_date(tokens, marks, written_numbers(tokens, marks, out)))
    out = record_series(tokens, marks, closed_title(tokens, out))  # `TBMM Zabıt Ceridesi, Dönem 2`
    out = initials_before_body(tokens, document_symbol(tokens, slashed_name(tokens, out)))
    out = title_colon(tokens, marks, out)  # `Gandhi, Nehru, Jinnah: Three Lives, New Delhi:`
    out = host_before_subtitle(tokens, marks, out)  # `Дала мен қала: XIX ғасырдағы …. – Алматы:`
    out = site_before_quote(tokens, channel_author(tokens, editors_first(tokens, marks, out)))
    out = quoted_title_end(tokens, out)  # `«Title» Ankara, 2016`, `‘Title’ –Journal,2020`
    out = single_quoted_title(tokens, out)  # `Ministry of …, ‘Statement …’, 11 January 2021`
    out = colon_author(tokens, out)  # `Andreas Kappeler: Russland als Vielvölkerreich.`
    out = abbreviation_in_host_name(tokens, out)  # `T.C. Cumhurbaşkanlığı …`, `акимата г. Алматы`
    out = suffix_joins_runs(tokens, out)  # `Cumhuriyet’in İlk Yüzyılında Eğitim`
    out = inverted_colon_authors(tokens, out)  # `Özgenç, İzzet: Türk Ceza Hukuku, 14. Baskı`
    out = editors_in_host(tokens, out)  # `In: Kappeler, Andreas/Simon, Gerhard (Hrsg.): Host.`
    out = body_head(tokens, out)  # `World Health Organization. Global report 2021.`
    out = body_before_year(tokens, out)  # `Organisation for … Development (OECD). 2017. Title.`
    out = acronym_after_body(tokens, out)  # `Türkiye İstatistik Kurumu (TÜİK). Title`
    out = body_joined(tokens, marks, out)  # `Hazine ve Maliye Bakanlığı, Title`
    out = body_in_title(tokens, out)  # `Gençlik ve Spor Bakanlığı, Title, Ankara, 2013`
    out = host_after_in_word(tokens, marks, out)  # `Title, в кн.: Host. М., 2008`
    out = host_before_editor(tokens, marks, out)  # `In: Orta Asya Tarihi, ed. M. Saray.`
    out = arabic_row(tokens, marks, out)  # `محمد رضایی، تاریخ آسیای مرکزی، تهران: نشر نی`
    out = host_ordinal(tokens, marks, page_ends(tokens, out))  # `S. 22 f.`, `III. Uluslararası …`
    out = ieee_forms(tokens, out)  # `,” in Proc. IEEE Int. Conf. (ICC), Paris,`, `Rep. no. 17`
    out = dated_container(
        tokens, marks, mla_container(tokens, medium_word(tokens, out))
    )  # `"Title." Time, 12 Apr.`
    out = title_head_word(tokens, given_head(tokens, out))  # `Шәкәрім Құдайбердіұлы. үш анық`
    out = sole_name_comma(tokens, out)  # `Mevlânâ, Mesnevî.`
    out = place_year_in_title(tokens, marks, out)  # `Sosyoloji, Ankara 2015 (3. bs.)`
    out = house_before_place(tokens, marks, out)  # `Orientalism, Vintage, New York 1979`
    out = year_closing_title(tokens, marks, out)  # `Human Development Report 2015, New York 2016`
    out = series_after_subtitle(tokens, subtitle_before_publisher(tokens, marks, out))
    out = e_locator(tokens, out)  # `Water Resources Research, 57(4), e2020WR028815.`
    out = in_inside_title(tokens, out)  # `Update: Wellness in Worrying Times. Manila.`
    out = journal_after_title(tokens, marks, out)  # `(1977). Title. Journal, 13(12), 502–505.`
    out = unstopped_issue(tokens, out)  # `Vestnik KazNU, no 2 (77), pp. 45–52.`
    out = act_heading(tokens, out)  # `Российская Федерация. Законы. О политических партиях`
    out = number_closing_host(tokens, marks, out)  # `// Гражданское законодательство. Вып. 41 /`
    out = year_volume_pages(tokens, out)  # `Title. J. Environ. Manag. 2018, 210, 45–58.`
    out = host_after_translation(tokens, out)  # `Title [Translation]. Journal, 2011, no. 3`
    out = translation_after_quote(tokens, out)  # `“Title” [Translation], Journal 5 (2001)`
    out = publisher_to_year(tokens, joined_places(tokens, marks, out))  # `М.—Л.: Наука. Гл. ред.`
    out = part_numbers(tokens, marks, out)  # İSNAD's `“Part”. Host. ed. X. 9/415-460. Place:`
    out = copy_host(tokens, out)  # `… – 312 с. – ISBN …. – Текст : электронный // Юрайт [сайт]`
    out = quoted_author_title(tokens, out)  # `Body, "Kazakhstan," The World Factbook, 2023`
    out = title_in_author(tokens, out)  # `Hüseyin Algül, İslâm Tarihi, Cilt 1, Gonca Yayınevi`
    out = arabic_imprint(tokens, out)  # `Serahsî, el-Mebsût, Dâru’l-Ma‘rife, Beyrut 1989`
    out = unsigned_imprint(tokens, marks, out)  # `Nutuk, TTK Yay., Ankara 1989, s. 5.`
    out = city_after_publisher(tokens, marks, out)  # `Oxford University Press, New York 2005`
    out = address_label(tokens, out)  # `– Қолжетімді: https://…`
    out = label_closing_title(tokens, marks, out)  # `Title. Астана. Қолжетімді: https://…`
    out = year_opens_title(tokens, out)  # `(2018). 1989: The year that changed the world.`
    out = initials_open_title(tokens, out)  # `Волков А. Н. С. М. Киров и Средняя Азия //`
    out = initials_after_year(tokens, out)  # `Кузьмин Л. А. (1999). А. С. Пушкин и …`
    out = name_joined_to_title(tokens, out)  # `Әлиев, Б. (2015). Ш. Уәлиханов және қазақ ғылымы.`
    out = head_before_initials(tokens, out)  # `Бекова Г. Роль М. Дулатова в …`
    out = parallel_title(tokens, out)  # `Қазақ тілінің сөздігі = Словарь казахского языка.`
    out = dashed_subtitle(tokens, out)  # `Türk Dış Politikası -Olgular, Belgeler, Yorumlar-,`
    out = quoted_head_subtitle(tokens, out)  # `“Basmacılar”: Türkistan Millî Mücadele Tarihi`
    out = volume_own_title(tokens, out)  # `Очерки …. Т. I. С древнейших времён … — М.:`
    out = volume_area_title(tokens, marks, out)  # `— Т. 13 : Канцелярия … — С. 640.`
    out = title_tail_words(tokens, marks, out)  # `100 years of the Kazakh press. Almaty:`
    out = place_in_host(tokens, marks, out)  # `Host: Olgular, Belgeler, Yorumlar, C. II,`
    out = year_in_host(tokens, out)  # `Kadın/Woman 2000, C. 1, S. 1 (2000)`
    out = city_after_title(tokens, marks, out)  # `Şiddet: Eylem, Neden, Çözüm, Ankara,`
    out = asked_end(tokens, out)  # `What's happening in Kazakhstan? Retrieved from`
    out = elided_author(tokens, out)  # `Carrère d'Encausse, Hélène. L'Empire éclaté.`
    out = and_coauthor(tokens, out)  # `Bennigsen, Alexandre, et Chantal Lemercier-Quelquejay.`
    out = family_after_initial(tokens, out)  # `Golden, Peter B., and Thomas T. Allsen. Nomads`
    out = inverted_first(tokens, out)  # `Jones Luong, Pauline, and Erika Weinthal.`
    out = hyphenated_coauthor(tokens, out)  # `Bennigsen A., Lemercier-Quelquejay Ch. Les …`
    out = day_after_year(tokens, paper_day(tokens, marks, out))  # `Правда. 1953. 6 марта.`
    out = day_before_month(tokens, marks, out)  # `2022. № 3. 12 янв. С. 7.`
    out = joined_date(tokens, out)  # `El País, 3 de noviembre de 2020, p. 6.`
    out = in_quoted_host(tokens, out)  # `Titolo, in «Oriente Moderno», 89, 2 (2019)`
    out = day_after_month(tokens, marks, out)  # `2022. Sept. 11. URL: …`
    out = body_statement(tokens, marks, out)  # `Россия в цифрах : стат. сб. / Росстат. –`
    out = signed_title(tokens, out)  # `Абенова Г. Т. Тарихи зерттеулер / Ин-т истории. –`
    out = meeting_date(tokens, out)  # `// … конф., 31 мая 2018 г. – Тамбов, 2018.`
    out = role_abbreviation(tokens, marks, out)  # `Title, Der. Murat Belge, İstanbul:`
    out = chained_person(tokens, marks, out)  # `/ сост., ред. и послесл. А. Б. Гофмана.`
    out = izafet_press(tokens, marks, izafet_title(tokens, out))  # `…, Matbaa-i Âmire, 1290.`
    out = number_title(tokens, out)  # `Orwell, George. 1984. London:`, `İnce Memed 1,`
    out = preprint_id(tokens, out)  # `Title. arXiv:2005.14165 [Preprint]. 2020`
    out = export_record(tokens, scopus_order(tokens, out))  # `Title (2017) Journal, 18 (2)`
    out = quoted_chapter(tokens, out)  # `'Türkmen dilinde işlik', in Orazow, B. (ed.)`
    out = reviewed_author(tokens, out)  # `Рецензия на кн.: Кляшторный С. Г. Title. М., 2003`
    out = article_number(tokens, out)  # `Geoderma 375, art. no. 114503.`
    out = pinpoint_page(tokens, out)  # `Kritika 17, no. 2 (2016): 301–27, at 310.`
    out = aired_channel(tokens, out)  # `Title, TRT Belgesel, televizyon programı, 2018.`
    out = dated_head(tokens, out)  # `IMF. 2019. Title. Washington, DC: …`
    out = bracket_dated_head(tokens, out)  # `Trend (2022) Title. Available at: …`
    out = person_publisher(tokens, marks, out)  # `New York: W. W. Norton, 1967`
    out = publisher_after_title(tokens, out)  # `Title, 3. Aufl., C.H. Beck, München 2016`
    out = role_word_alone(tokens, marks, out)  # `/ Составитель А. Иванов. М., 2001`
    out = title_before_statement(tokens, marks, out)  # `Kutadgu Bilig / Yusuf Has Hacib; çev.`
    out = role_colon_after_title(tokens, marks, out)  # `Divan, Hazırlayan: Mustafa Tatçı`
    out = particle_opens_name(tokens, out)  # `ibn Fadlan, Ahmad. Mission to the Volga.`
    out = name_before_quote(tokens, out)  # `Бұхар жырау «Толғаулар». Алматы, 1992`
    out = epithet_head(tokens, out)  # `Abulgazy Bahadyr han. Türkmenleriň şejeresi. Aşgabat:`
    out = question_opens_title(tokens, out)  # `“Türkiye Kimin?” 1990’larda …, İletişim,`
    out = title_to_publisher(tokens, out)  # `Tilly, Coercion, Capital and …, Blackwell, Oxford`
    out = host_heading(tokens, out)  # `Предисловие // Гумилев Л. Н. Древняя Русь. М., 1989`
    out = whole_syllables(tokens, out)  # `Li Ta-chao,`: one given name
    out = initials_head(tokens, marks, out)  # `Дж. Смит. Британская империя …`
    out = hyphenated_head(tokens, marks, out)  # `Halasi-Kun T. Philologica. – Budapest`
    out = listed_title(tokens, out)  # `Tilly C. Coercion, Capital and European States. Cambridge`
    out = dotted_title_head(tokens, out)  # `Иванов И. И. Т. н. «восточный вопрос» …`
    out = area_in_title(tokens, out)  # `ИСТОРИЯ ТУРКМЕНИИ XX В. — АШХАБАД: ЫЛЫМ, 1990`
    out = given_with_particle(tokens, given_before_particle(tokens, out))  # `Humboldt, A. von.`
    out = name_runs_into_headline(tokens, out)  # `Prezident İlham Əliyev Bakıda … // Report.az`
    out = work_word_person(tokens, marks, out)  # `Sempozyumu (…), Bildiri Kitabı, Ankara`
    out = figure_locator(tokens, out)  # `Manila: ADB. Table 2.1.`: the table, no publisher's
    out = edition_closing_title(tokens, marks, out)  # `Title, 55th edition. Manila: ADB.`
    out = worded_edition(tokens, marks, out)  # `Title, new and expanded ed. (Place:`
    return closing_passes(tokens, marks, out)
