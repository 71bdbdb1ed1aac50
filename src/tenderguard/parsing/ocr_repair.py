"""Text read from pictures of pages, with the misreadings OCR engines are known for repaired.

Whether the text comes from tesseract or from the text layer a scanner's software laid over its
pictures, the same confusions recur: a zero read as the letter O and a one as l or I inside
figures (« 27OO1 », « (l5) jours », « 1 5OO OOO € »), « 1'article » for « l'article », a capital
I read as l in words in capitals (« ARTlCLE », « lSO/lEC »), a one for an l between letters
(« OVHc1oud »), « ll » for « Il », a figure cut by a space (« (4 8) heures »), and a word cut in
two by a stray space (« profession nelle », « journa lisation »).

Figures are repaired only where a token is made of digits and these look-alike letters and holds
at least one digit: « lO » alone is left as it is. A cut word is rejoined only when the joined
form is a word of the rules' examples (the `words` given: the words demands are written in) and
its two halves are not both such words, so that no two real words are glued together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from tenderguard.text import fold

# A token of digits and the letters OCR takes for them, holding at least one real digit.
_FIGURE = re.compile(r"(?<![\w,.])(?=[0-9OolI]*\d)[0-9OolI]*[OolI][0-9OolI]*(?![\w])")
_AS_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# « 1 5OO OOO » once « 5OO » is read: a group of three O after a group of digits
_ZERO_GROUP = re.compile(r"(?<=\d[ \u00a0\u202f.])[Oo]{3}(?![\w])")
# « 1'article », « 1'effacement »: the elided article, not a one
_ELIDED_L = re.compile(r"(?<![\w'’])1(?=['’][^\W\d_])")
# « OVHc1oud », « c0ntrat »: a one or a zero between letters
_ONE_IN_WORD = re.compile(r"(?<=[^\W\d_])1(?=[^\W\d_])")
_ZERO_IN_WORD = re.compile(r"(?<=[^\W\d_])0(?=[^\W\d_])")
# « (4 8) heures »: a figure in brackets cut by a stray space
_CUT_FIGURE = re.compile(r"\((\d) (\d{1,2})\)")
# « ARTlCLE », « ANSSl », « lSO/lEC »: a word in capitals with a lower-case l among them
_CAPITALS_WITH_L = re.compile(r"\b(?=(?:[A-Zl]*[A-Z]){2})[A-Zl]*l[A-Zl]*\b")
# « ll est », « lls doivent »: the pronoun
_PRONOUN = re.compile(r"\b(ll)(s?)(?= [a-zà-ÿ])")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_JOINED_LETTERS = 7


def repair(text: str, words: frozenset[str]) -> str:
    """`text` with OCR's usual misreadings repaired; `words` are folded words worth rejoining."""
    text = _FIGURE.sub(lambda m: m.group().translate(_AS_DIGIT), text)
    while (fixed := _ZERO_GROUP.sub("000", text)) != text:
        text = fixed
    text = _ELIDED_L.sub("l", text)
    text = _ZERO_IN_WORD.sub("o", _ONE_IN_WORD.sub("l", text))
    text = _CUT_FIGURE.sub(r"(\1\2)", text)
    text = _CAPITALS_WITH_L.sub(lambda m: m.group().replace("l", "I"), text)
    text = _PRONOUN.sub(lambda m: "I" + m.group(1)[1:] + m.group(2), text)
    return _rejoined(text, words)


def _rejoined(text: str, words: frozenset[str]) -> str:
    """`text` with each word cut in two by a space rejoined, read word after word."""
    parts: list[str] = []
    last = 0
    pieces = list(_WORD.finditer(text))
    i = 0
    while i < len(pieces):
        first = pieces[i]
        second = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            second is not None
            and text[first.end() : second.start()] == " "
            and _cut(first.group(), second.group(), words)
        ):
            parts.append(text[last : first.end()])
            last = second.start()  # the space between the halves is dropped
            i += 2
            continue
        i += 1
    parts.append(text[last:])
    return "".join(parts)


def _cut(first: str, second: str, words: frozenset[str]) -> bool:
    joined = fold(first + second)
    return (
        len(joined) >= MIN_JOINED_LETTERS
        and joined in words
        and not (fold(first) in words and fold(second) in words)
    )


_LETTERS = re.compile(r"[^\W\d_]+")


def words_of(texts: Iterable[str]) -> frozenset[str]:
    """The words of some texts (the rules' examples: the words demands are written in), folded."""
    return frozenset(fold(w) for text in texts for w in _LETTERS.findall(text))


def pattern_words(patterns: Iterable[list[dict[str, Any]]]) -> Iterator[str]:
    """The words token patterns look for: their NORM and LOWER values."""
    for pattern in patterns:
        for token in pattern:
            for key in ("NORM", "LOWER"):
                value = token.get(key)
                if isinstance(value, str):
                    yield value
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    yield from map(str, value["IN"])
