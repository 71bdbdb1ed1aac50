"""Character-level clean-up and folding shared by the parsers, the matcher and the normalisers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# PDF extractors mark hyphenation and symbols with code points that must not reach the user:
# U+FFFE (pdfium's hyphen marker), soft hyphens, private-use bullets of Symbol/Wingdings fonts.
_CHAR_MAP = {
    0xFFFE: "-",
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


def clean(text: str) -> str:
    """Repair extraction artefacts; keeps line breaks."""
    if _ARTEFACT.search(text) is None:
        return text
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
