"""Character-level clean-up and folding shared by the parsers, the matcher and the normalisers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# PDF extractors mark hyphenation and symbols with code points that must not reach the user:
# U+FFFE and U+0002 (pdfium's hyphen markers: « TOM-02 » wrapped in a narrow cell comes out
# « TOM\x0202 »), soft hyphens, private-use bullets of Symbol/Wingdings fonts.
_CHAR_MAP = {
    0xFFFE: "-",
    0x0002: "-",
    0x00AD: "-",
    0x00A0: " ",
    0x202F: " ",
    0x2009: " ",
    0x2007: " ",
    0x2002: " ",
    0x2003: " ",
    0x2010: "-",
    0x2011: "-",
    0x2212: "-",
    0xFB01: "fi",
    0xFB02: "fl",
    0x0000: "",
    0xFEFF: "",
    0x200B: "",
}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Most lines hold none of these: one regex scan decides whether the slower repairs are needed.
_ARTEFACT = re.compile("[" + "".join(map(chr, _CHAR_MAP)) + "\ue000-\uf8ff]")


# pdfium joins a word a justified PDF cut at the end of a line and marks the hyphen it printed
# with U+FFFE: the word is whole again (« at\ufffetestations » → « attestations »), save after
# the prefixes a compound is written with (« sous\ufffetraitant » → « sous-traitant »,
# "sub\ufffeprocessor" → "sub-processor").
_CUT_WORD = re.compile(r"(\w+)[\ufffe\x02](?=(\w))")
_COMPOUND_PREFIXES = frozenset(
    [
        "sous",
        "sur",
        "non",
        "co",
        "contre",
        "anti",
        "auto",
        "ci",
        "vis",
        "ex",
        "quasi",
        "semi",
        "demi",
        "mi",
        "porte",
        "apres",
        "avant",
        "arriere",
        "grand",
        "vice",
        "bien",
        "mal",
        "au",
        "peut",
        "est",
        "dit",
        "elle",
        "il",
        "lui",
        "eux",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "quatre",
        "dix",
        "cent",
        "mille",
        "sub",
        "re",
        "pre",
        "post",
        "self",
        "cross",
        "multi",
        "third",
        "long",
        "short",
        "e",
        "opt",
        "follow",
        "start",
        "end",
    ]
)


def _rejoined(cut: re.Match[str]) -> str:
    """The word before a cut, with its hyphen where the hyphen is the word's own: after a
    compound's prefix, and in a code in capitals or figures (« CCAG-FCS », « ISO-27001 »)."""
    prefix, after = cut.group(1), cut.group(2)
    code = prefix.isupper() or after.isupper() or after.isdigit() or prefix[-1].isdigit()
    return prefix + ("-" if code or fold(prefix) in _COMPOUND_PREFIXES else "")


def clean(text: str) -> str:
    """Repair extraction artefacts; keeps line breaks."""
    if _ARTEFACT.search(text) is None:
        return text
    if "\ufffe" in text or "\x02" in text:
        text = _CUT_WORD.sub(_rejoined, text)
    return _PRIVATE_USE.sub("•", text.translate(_CHAR_MAP))


_FOLD_EXTRA = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "œ": "oe", "æ": "ae", "ß": "ss"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: the NORM of a token ("Données" -> "donnees")."""
    lowered = word.lower().translate(_FOLD_EXTRA)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    # Lower again: compatibility forms decompose to capitals ("𝐀ssurance", styled PDF text).
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class _OneForOne(dict[int, str]):
    """str.translate table filled on first sight of each character: its base letter without
    accent, one character for one ("é" -> "e", "’" -> "'"), so offsets stay valid."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        base = unicodedata.normalize("NFKD", c)[:1]
        folded = base.lower()[:1] if base and not unicodedata.combining(base) else c
        self[code] = "'" if c == "’" else folded
        return self[code]


_ONE_FOR_ONE = _OneForOne()


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for one: offsets stay valid."""
    lowered = text.lower()
    if lowered.isascii() or len(lowered) != len(text):
        return lowered
    return lowered.translate(_ONE_FOR_ONE)


_FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "est",
        "une",
        "un",
        "dans",
        "pour",
        "par",
        "sur",
        "au",
        "aux",
        "que",
        "qui",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "by",
        "is",
        "be",
        "shall",
        "any",
        "with",
        "or",
        "this",
        "that",
    ]
)


def language(texts: Iterable[str]) -> str:
    """fr or en, by counting frequent function words."""
    fr = en = 0
    for text in texts:
        for word in text.lower().split():
            if word in _FR_WORDS:
                fr += 1
            elif word in _EN_WORDS:
                en += 1
        if fr + en > 400:
            break
    return "en" if en > fr else "fr"


# « 4. Localisation et hébergement », "3 Service Levels": the number opening a section heading.
# ("Article 3 – Localisation", "Art. 3 : …" too)
_SECTION_NUMBER = re.compile(
    # ("B.1 Assurances", "II.3 Hébergement": a part's letter or Roman numeral, then numbers)
    r"^\s*(?:(?:article|art\.)\s*)?(?P<num>\d{1,3}(?:\.\d{1,3})*|(?:[A-Z]|[IVX]{1,4})(?:\.\d{1,3})+)"
    r"\.?(?:\s*[-–—:])?\s",
    re.IGNORECASE,
)


def section_number(title: str) -> str | None:
    """The number of a section heading ("4" of "4. Localisation"), by which the items of its
    numbered lists are cited ("4.1"); None for a heading without one."""
    numbered = _SECTION_NUMBER.match(title)
    return numbered.group("num") if numbered else None
