"""A quoted title closes at its closing quote: the model may run a title on past it into a
bracket that describes the work, a lower-case word and its comma (Chicago's `"Energy Security
…" (speech, Chatham House, London, October 9, 2008)`, `"Title" (lecture, …)`), most often
when the quotes are typed straight. The words in the bracket are no title's.

Around a quoted title too: a title run going past its closing quote into a bare `In` ends at
the quote, the words after `In` the host's (`"Part." In Language, Nation and State …, edited
by`); a second title run right after the closing quote is the host (`”Title”. Tieteessä
tapahtuu 5/2001`), the number closing a host before a slash and the year its issue; a host's
subtitle the model read as a publisher before the house's own name is the host's (MLA's
`Steppe Modernities: Kazakh Society …, Cornell University Press`); a one-word genre run after
`&` is the journal's name's (`Russian Politics & Law`), and one opening a title's list after the
author the title's (`Bowring B. Law, Rights and Ideology in Russia`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.apa_hosts import bare_ins
from citekit.citations.tagger.name_words import name_joins
from citekit.citations.tagger.quotes import QUOTE_PAIRS, QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = [
    "host_after_quote_in",
    "host_subtitle_before_house",
    "joined_by_ampersand",
    "second_title_as_host",
    "slashed_issue",
    "title_closed_at_quote",
]


_WORDS: Final = 4  # words of a bracketed kind at most (`(Kitap Tanıtımı)`)


def _described(tokens: list[Token], i: int) -> bool:
    """Whether the bracket opening at `i` describes the work: it opens on a lower-case word
    (`(speech, Chatham House, …)`, GOST's `(вместе с "…")`) or holds a few words alone before
    the sentence's comma or period (`(Kitap Tanıtımı), Belleten`); never when a colon follows it
    (`«Большая игра» (1813–1907): история …`: the title goes on)."""
    close = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(tokens) or tokens[close + 1].text == ":":
        return False
    word = tokens[i + 1].text
    if word.isalpha() and word.islower():
        return True
    few = close - i - 1 <= _WORDS and all(t.text.isalpha() for t in tokens[i + 1 : close])
    return few and tokens[close + 1].text in ",."


def _closing(tokens: list[Token], a: int, b: int, opener: str) -> int | None:
    """The closing quote of `opener` in tokens a..b, past the pairs nested inside
    (`«Образ степу в романі «Кайдашева сім’я» (…)»`), or None."""
    closer, depth = QUOTES[opener], 0
    for k in range(a, b):
        text = tokens[k].text
        if text == closer and depth == 0:
            return k
        if text == closer:
            depth -= 1
        elif text == opener:
            depth += 1
    return None


def _host_after_in(tokens: list[Token], found: list[Run], j: int, close: int) -> list[Run] | None:
    """`found` with title run `j` cut at its closing quote `close` when a bare `In` follows it
    inside the run (`"Part." In Language, Nation and State in Post-Soviet Central Asia, edited
    by …`, British `‘Part’, in Host`): the words after `In` are the host's, up to the end of a
    host run right after (its own `in` between); None when the note reads otherwise."""
    _, a, b = found[j]
    comma = int(close + 1 < b and tokens[close + 1].text == ",")  # British: `‘Part’, in Host`
    if close + 2 + comma >= b or tokens[close + 1 + comma].text not in bare_ins():
        return None
    if not comma and tokens[close - 1].text not in (".", ","):
        return (
            None  # a style's mark inside the quotes closes a part (`«Большая игра» в …`: words on)
        )
    if any(run[0] == "container-title" for run in found[:j]):
        return None
    opens = close + 2 + comma  # the host's first token
    if any(t.text == "." for t in tokens[opens:b]):
        return None  # `In 12. Kitap. Host`: a sentence before the host, no host's words
    end, rest = b, j + 1
    gap = j + 2 < len(found) and found[j + 1][0] == OTHER and found[j + 1][2] - found[j + 1][1] <= 1
    if gap and found[j + 2][0] == "container-title":
        end, rest = found[j + 2][2], j + 3  # … to the host run's end, past its own `in`
    if tokens[end - 1].text == ",":
        end -= 1  # the host's comma before its editor's role (`…, comp. X`)
    host = ("container-title", opens, end)
    return [*found[:j], ("title", a, close), (OTHER, close, opens), host, *found[rest:]]


def _listed_title_head(tokens: list[Token], found: list[Run], j: int) -> bool:
    """Whether genre run `j` (one word) is the first item of a title's list after the author's
    sentence (`Bowring B. Law, Rights and Ideology in Russia`): a title run right after its
    comma."""
    if j + 2 >= len(found) or found[j + 1] != (OTHER, found[j][2], found[j][2] + 1):
        return False
    if found[j + 2][0] != "title" or tokens[found[j][1] - 1].text != ".":
        return False
    _, e, f = found[j + 2]
    if tokens[e].text.casefold() in _joiners():
        return False  # `Decree, On the State Programme and …`: a genre and its title
    listed = False  # the list goes on to its `and` before the title's colon or period
    for token in tokens[e:f]:
        if token.text in (":", "."):
            break
        listed = listed or token.text.casefold() in name_joins()
    if not listed:
        return False  # `Decree, On the Concept of …`: a genre and the title after it
    return found[j - 1][0] == "author" or (found[j - 1][0] == OTHER and found[j - 2][0] == "author")


@functools.cache
def _joiners() -> frozenset[str]:
    """The small words joining a name's words (`[words] name_joiners`: `of`, `on`), casefolded."""
    return frozenset(w.casefold() for w in shipped_words("name_joiners"))


def joined_by_ampersand(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a one-word run the model read as a genre after `&` joined to the name before
    it, when a comma closes it (`Russian Politics & Law, 52(6)`: a journal's name, no law), or
    opening a title's list (`_listed_title_head`)."""
    for j in range(1, len(found)):
        label, c, d = found[j]
        if label != "genre" or d - c != 1 or d >= len(tokens) or tokens[d].text != ",":
            continue
        if _listed_title_head(tokens, found, j):
            return [*found[:j], ("title", c, found[j + 2][2]), *found[j + 3 :]]
        if (
            j < 2
            or found[j - 1][0] != OTHER
            or [t.text for t in tokens[found[j - 1][1] : c]] != ["&"]
        ):
            continue
        before, a, _ = found[j - 2]
        if before == OTHER or not tokens[c].text[:1].isupper():
            continue
        if before == "author" and any(run[0] == "title" for run in found[: j - 2]):
            before = "container-title"  # after the work's title: its periodical's name
        return [*found[: j - 2], (before, a, d), *found[j + 1 :]]
    return found


def host_after_quote_in(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted title run that holds its closing quote and a bare `In` after it
    cut there, the words after `In` the host's (`_host_after_in`)."""
    for j, (label, a, b) in enumerate(found):
        if label == "title" and tokens[a].text in QUOTE_PAIRS and a + 1 < b:
            # the run took its opening quote in (`‘Title gg.’, in Host, comp. X (Almaty: …`);
            # a single quote's closer may be an apostrophe too: the one before `, in`
            closer = QUOTE_PAIRS[tokens[a].text]
            inner = [*found[:j], (OTHER, a, a + 1), ("title", a + 1, b), *found[j + 1 :]]
            for k in range(a + 1, b):
                if tokens[k].text == closer and (host := _host_after_in(tokens, inner, j + 1, k)):
                    return host
            return found
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        close = _closing(tokens, a, b, tokens[a - 1].text)
        if close is not None and (host := _host_after_in(tokens, found, j, close)) is not None:
            return host
        return found  # the first quoted title only
    return found


def title_closed_at_quote(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run after an opening quote that holds its closing quote before a
    bracket cut at that quote (module doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTE_PAIRS:
            continue
        opener = tokens[a - 1].text
        if opener in QUOTES:
            close = _closing(tokens, a, b, opener)
        else:  # a single quote's closer may be an apostrophe too: the one before the bracket
            closer = QUOTE_PAIRS[opener]
            close = next(
                (
                    k
                    for k in range(a, b - 1)
                    if tokens[k].text == closer and tokens[k + 1].text == "("
                ),
                None,
            )
        if close is None or close + 3 >= len(tokens) or tokens[close + 1].text != "(":
            continue
        shut = next((k for k in range(close + 2, len(tokens)) if tokens[k].text == ")"), None)
        # … or the model's run stops inside it (`‘Title’ (DPhil thesis, University of …`)
        after = tokens[shut + 1].text if shut is not None and shut + 1 < len(tokens) else ""
        inside = shut is not None and b <= shut and after != ":"
        if not (_described(tokens, close + 1) or inside):
            continue  # `«Большая игра» (1813–1907): история …`: the title's own bracket
        rest = found[j + 1 :]
        if rest and rest[0][0] == OTHER:  # one run of no field (`’ (DPhil` + `thesis,`)
            b, rest = rest[0][2], rest[1:]
        return [*found[:j], ("title", a, close), (OTHER, close, b), *rest]
    return found


def host_subtitle_before_house(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a host's subtitle that the model read as a publisher before the house's own
    name joined to the host (MLA's `Steppe Modernities: Kazakh Society under Early Soviet Rule,
    Cornell University Press, 2019`): a publisher run after the host's colon, with no
    publisher's word, followed by a comma and a publisher run that has one."""
    for j in range(2, len(found) - 2):
        label, c, d = found[j]
        if label != "publisher" or found[j - 2][0] != "container-title":
            continue
        if [t.text for t in tokens[found[j - 1][1] : c]] != [":"] or found[j - 1][0] != OTHER:
            continue
        if found[j + 1][0] != OTHER or [t.text for t in tokens[d : found[j + 1][2]]] != [","]:
            continue
        _, e, f = found[j + 2]
        if found[j + 2][0] != "publisher" or any("publisher" in m for m in marks[c:d]):
            continue
        if not any("publisher" in m for m in marks[e:f]):
            continue
        return [*found[: j - 2], ("container-title", found[j - 2][1], d), *found[j + 1 :]]
    return found


_AFTER_QUOTE: Final = frozenset({".", ","})
_MONTHLY: Final = 12  # issues a year at most, for `7/2011` to be an issue (`90/2011` a volume)


def second_title_as_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second title run right after a quoted title's closing quote read as its
    host (`”Altailaisen … ongelma”. Tieteessä tapahtuu 5/2001, 12–17.`), and a number closing
    a host before a slash and the year as its issue (`slashed_issue`)."""
    return slashed_issue(tokens, _second_title(tokens, found))


def _second_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    for j in range(len(found) - 2):
        label, a, _ = found[j]
        if label != "title" or a == 0 or tokens[a - 1].text not in QUOTES:
            continue
        gap, c, d = found[j + 1]
        closer = QUOTES[tokens[a - 1].text]
        between = [t.text for t in tokens[c:d]]
        if gap != OTHER or closer not in between or set(between) - _AFTER_QUOTE - {closer}:
            return found
        if found[j + 2][0] != "title" or any(run[0] == "container-title" for run in found):
            return found
        _, e, f = found[j + 2]
        if len(tokens[e].text) < 2 or any(t.text in QUOTES for t in tokens[e:f]):
            return found  # `«…». Т.2. «…»`: a volume's own title, no host
        return [*found[: j + 2], ("container-title", e, f), *found[j + 3 :]]
    return found


def slashed_issue(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the number closing a host run before a slash and a year read as the issue
    (`Tieteessä tapahtuu 5/2001`, `Osteuropa 5/2001`: the fifth issue of 2001), or standing
    after the host's comma (`Osteuropa, 7/2011`), or after a volume's bracketed year
    (`Nationalities Papers, 42 (2014) 5`)."""
    for j, (label, e, f) in enumerate(found):
        if label != "container-title" or f - e < 2 or f + 1 >= len(tokens):
            continue
        year = tokens[f + 1].text if tokens[f].text == "/" else ""
        if tokens[f - 1].text.isdecimal() and len(year) == 4 and year.isdecimal():
            return [*found[:j], ("container-title", e, f - 1), ("issue", f - 1, f), *found[j + 1 :]]
    return _issue_after_year(tokens, _issue_after_comma(tokens, found))


def _issue_after_year(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a second volume's number after the first one's bracketed year read as the
    issue (German journals' `Nationalities Papers, 42 (2014) 5, S. 733`)."""
    fields = [j for j, run in enumerate(found) if run[0] != OTHER]
    for i in range(len(fields) - 2):
        first, year, second = (found[j] for j in fields[i : i + 3])
        if first[0] != "volume" or year[0] != "issued" or second[0] != "volume":
            continue
        a, b = year[1], second[1]
        if [t.text for t in tokens[first[2] : b]] != ["(", tokens[a].text, ")"] or b != a + 2:
            continue
        if second[2] == b + 1 and tokens[b].text.isdecimal() and len(tokens[b].text) <= 2:
            j = fields[i + 2]
            return [*found[:j], ("issue", b, b + 1), *found[j + 1 :]]
    return found


def _issue_after_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a volume's number after the host's comma, a slash and a year glued to it,
    read as the issue (`in: Osteuropa, 7/2011, S. 131`: the seventh issue of 2011)."""
    for j in range(2, len(found)):
        label, a, b = found[j]
        if label != "volume" or b != a + 1 or b + 1 >= len(tokens):
            continue
        number, slash, year = tokens[a], tokens[b], tokens[b + 1]
        glued = slash.start == number.end and year.start == slash.end
        if not (glued and slash.text == "/" and is_year(year.text)):
            continue
        if not number.text.isdecimal() or not 0 < int(number.text) <= _MONTHLY:
            continue  # `Foreign Affairs, 90/2011`, `Osteuropa, 57/2007`: a volume and its year
        if found[j - 2][0] == "container-title" and tokens[a - 1].text == ",":
            return [*found[:j], ("issue", a, b), *found[j + 1 :]]
    return found
