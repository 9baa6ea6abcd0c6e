"""Whether a host is a news outlet: named whole (`Eurasianet`, `www.tass.ru`), by its site's
host name (`kaz.tengrinews.kz`, `dailysabah.com`, a news word in a label: `salamnews`), or with
the country of its edition (`Sputnik Казахстан`). The outlets' names and news words are the
language files' `[types] news_site`, `news_host` and `news_host_end` words; the type rules ask
it of a note's host."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import host_folded
from citekit.citations.addresses import blog
from citekit.citations.type_cues import casefold
from citekit.languages import country_names, shipped_type_words

__all__ = ["news_outlet"]

_OUTLET_WORDS: Final = 4  # words of a news outlet's name before its edition's country, at most


@functools.cache
def _news_outlets() -> frozenset[str]:
    """The news outlets' names (`[types] news_site`: "tass.ru", "Eurasianet"), casefolded."""
    return frozenset(casefold(w) for w in shipped_type_words("news_site"))


@functools.cache
def _outlet_hosts() -> frozenset[str]:
    """The news outlets' names as host labels write them (`dailysabah`, `hurriyet`): their
    Latin words (`ИА REGNUM` → `regnum`); a word partly in another script spells no host
    (`ЛІГА.net` is no `net`)."""
    names = ([host_folded(w) for w in n.split()] for n in shipped_type_words("news_site"))
    folded = ("".join(w for w in words if w.isascii()) for words in names)
    return frozenset(f for f in folded if len(f) > 2)


_HOST_SUFFIX: Final = 3  # letters of a suffix after a news word closing a host (`gazete-si`)


@functools.cache
def _news_host() -> re.Pattern[str]:
    """A host label that names itself news (`[types] news_host`: `salamnews`, `haberler`,
    `news-kz`): the word opens the label or one of its hyphened parts, or closes it with at
    most a short suffix (`abcgazetesi`); a word inside a longer one is none (`khabarovsk` is
    no `habar`). A `news_host_end` word only closes a label after a name of its own, glued or
    hyphened (`kazakhpress`, `akipress`, `abai-inform`, `almaty-press`; `press.un.org`,
    `pressbooks` are none)."""
    words = "|".join(re.escape(w) for w in sorted(shipped_type_words("news_host")))
    ends = "|".join(re.escape(w) for w in sorted(shipped_type_words("news_host_end"))) or "(?!)"
    suffix = rf"[^\W\d_]{{0,{_HOST_SUFFIX}}}"
    return re.compile(
        rf"(?:^|-)(?:{words})|(?:{words}){suffix}(?:-|$)"
        rf"|(?:(?<=[^\W\d_]{{2}})|(?<=[^\W\d_]{{2}}-))(?:{ends})$",
        re.IGNORECASE,
    )


# labels of a state's, a school's or an army's domain (`resmigazete.gov.tr`, the Official
# Gazette; `gazetecilik.ankara.edu.tr`): no news outlet's, whatever words its host spells; `ac`
# only before a country's (`ac.uk`: alone it is a country's own, `ntv.ac`)
_STATE_LABELS: Final = frozenset({"gov", "gouv", "gob", "edu", "ac", "mil"})
_STATE_ENDS: Final = _STATE_LABELS - {"ac"}


def _news_address(name: str) -> bool:
    """Whether a host name (`kaz.tengrinews.kz`, `dailysabah.com`, `arzuw.news`) is a news
    outlet's: a label is an outlet's name, as written or as hosts write names, or a news word
    (not on a state's or a school's domain)."""
    labels = name.split(".")
    if blog().search(name):
        return False  # a blog platform's host (`x.wordpress.com`) whatever its words spell
    outlets, hosts = _news_outlets(), _outlet_hosts()
    if any(labels[i] in outlets or ".".join(labels[i:]) in outlets for i in range(len(labels))):
        return True
    if not _STATE_LABELS.isdisjoint(labels[1:-1]) or labels[-1] in _STATE_ENDS:
        return False
    return any(label in hosts or _news_host().search(label) for label in labels)


@functools.lru_cache(maxsize=4096)  # the type rules ask it of a note's host several times
def news_outlet(container: str) -> bool:
    """Whether a host is a news outlet named whole (`Eurasianet`, `www.tass.ru`), by its site's
    host name (`kaz.tengrinews.kz`, `ntv.ac`, `dailysabah.com`) or with the country of its
    edition (`Sputnik Казахстан`): a paper's name that opens a longer one (`Dünya Bankası`,
    `Posta ve Telgraf Teşkilatı`) is not it."""
    name = casefold(container.strip(" .,")).removeprefix("www.")
    outlets = _news_outlets()
    if name in outlets:
        return True
    if "." in name and not any(c.isspace() for c in name):
        return _news_address(name)
    words = name.split()
    return any(
        " ".join(words[:k]) in outlets and " ".join(words[k:]) in country_names()
        for k in range(1, min(len(words), _OUTLET_WORDS + 1))
    )
