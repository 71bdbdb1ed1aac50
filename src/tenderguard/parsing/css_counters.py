"""The numbers a page's style sheet prints before its list items.

A document exported from Google Docs (File > Download > Web page) numbers its articles with
CSS counters, not in its text: each level of a list is a class whose items increment a counter
(`.lst-kix_list_1-1>li{counter-increment:lst-ctn-kix_list_1-1}`), a list marked `start` resets
it (`ol.lst-kix_list_1-1.start{counter-reset:lst-ctn-kix_list_1-1 0}`) and the item's marker is
written from the counters (`.lst-kix_list_1-1>li:before{content:"" counter(…1-0,decimal) "."
counter(…1-1,decimal) " "}` prints "5.1"). A reader sees "Article 5 – Pénalités" and "5.1 Le
titulaire…", so the tool reads them so. tinycss2 parses the style sheet (strings with their
escapes decoded, functions with their arguments); counters are page-wide, as these exports
use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import tinycss2
from tinycss2.ast import FunctionBlock, IdentToken, Node, NumberToken, StringToken

# ".lst-kix_list_1-1>li", ".lst-kix_list_1-1 > li:before": the items of a list of one class.
# ("ol.para > li::before" in a hand-written sheet too; "ol.art > li > h2::before": the number
# the item's heading prints)
# ("ol#sec-a > li::before": the items of the one list of that id, named "#sec-a")
_ITEMS = re.compile(
    r"^(?:ol|ul)?(?P<cls>[.#][\w-]+)\s*>\s*li(?P<heading>\s*>\s*h[1-6])?(?P<before>::?before)?$"
)
# "ol.lst-kix_list_1-1.start": lists having all these classes ("ol#sec-a": that list).
_LISTS = re.compile(r"^(?:ol|ul)?(?P<classes>(?:[.#][\w-]+)+)$")
_NAMES = re.compile(r"[.#][\w-]+")


def _name(selector_part: str) -> str:
    """ ".para" -> "para" (a class), "#sec-a" -> "#sec-a" (an id), as html.py names them."""
    return selector_part[1:] if selector_part.startswith(".") else selector_part


Part = str | tuple[str, str]  # printed text, or a counter and its style


@dataclass
class ListStyles:
    """What the style sheet says of numbered lists, by class."""

    increments: dict[str, list[str]] = field(default_factory=dict)
    resets: list[tuple[frozenset[str], dict[str, int]]] = field(default_factory=list)
    markers: dict[str, list[Part]] = field(default_factory=dict)
    # the classes whose marker their items' heading prints, not the item itself
    heading_markers: set[str] = field(default_factory=set)

    def numbers_items(self) -> bool:
        """Whether the sheet prints a marker before list items themselves."""
        return any(cls not in self.heading_markers for cls in self.markers)


def list_styles(css: str) -> ListStyles:
    """The list numbering of a style sheet; nothing for a sheet without counters."""
    styles = ListStyles()
    if "counter" not in css:
        return styles
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        if rule.type != "qualified-rule":
            continue
        declarations = {
            d.name: [t for t in d.value if t.type not in ("whitespace", "comment")]
            for d in tinycss2.parse_declaration_list(
                rule.content, skip_whitespace=True, skip_comments=True
            )
            if d.type == "declaration"
        }
        for selector in tinycss2.serialize(rule.prelude).split(","):
            _learn(styles, selector.strip(), declarations)
    return styles


def _learn(styles: ListStyles, selector: str, declarations: dict[str, list[Node]]) -> None:
    items = _ITEMS.match(selector)
    if items is not None:
        cls = _name(items.group("cls"))
        if items.group("before") and "content" in declarations:
            styles.markers[cls] = _content(declarations["content"])
            if items.group("heading"):
                styles.heading_markers.add(cls)
        elif "counter-increment" in declarations:
            styles.increments[cls] = [n for n, _ in _counters(declarations["counter-increment"])]
        return
    lists = _LISTS.match(selector)
    if lists is not None and "counter-reset" in declarations:
        classes = frozenset(_name(part) for part in _NAMES.findall(lists.group("classes")))
        styles.resets.append((classes, dict(_counters(declarations["counter-reset"]))))


def _counters(tokens: list[Node]) -> Iterable[tuple[str, int]]:
    """ "a 0 b" -> (a, 0), (b, 0): each counter named, with the number after it."""
    for i, token in enumerate(tokens):
        if isinstance(token, IdentToken):
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            value = after.int_value if isinstance(after, NumberToken) and after.is_integer else 0
            yield token.value, value or 0


def _content(tokens: list[Node]) -> list[Part]:
    parts: list[Part] = []
    for token in tokens:
        if isinstance(token, StringToken):
            parts.append(token.value)
        elif isinstance(token, FunctionBlock) and token.lower_name == "counter":
            names = [t.value for t in token.arguments if isinstance(t, IdentToken)]
            if names:
                parts.append((names[0], names[1] if len(names) > 1 else "decimal"))
    return parts


@dataclass
class Counters:
    """The counters of a page as its lists are met in reading order."""

    styles: ListStyles
    values: dict[str, int] = field(default_factory=dict)

    def enter_list(self, classes: set[str]) -> None:
        for wanted, counters in self.styles.resets:
            if wanted <= classes:
                self.values.update(counters)

    def item(self, list_classes: set[str]) -> str | None:
        """The marker printed before an item of a list of these classes, stripped; None when
        the style sheet prints none."""
        marker = None
        for cls in sorted(list_classes):
            for name in self.styles.increments.get(cls, ()):
                self.values[name] = self.values.get(name, 0) + 1
            if cls in self.styles.markers:
                marker = "".join(
                    part if isinstance(part, str) else _shown(self.values.get(part[0], 0), part[1])
                    for part in self.styles.markers[cls]
                )
        return " ".join(marker.split()) or None if marker else None


def _shown(value: int, style: str) -> str:
    if style in ("lower-latin", "lower-alpha", "upper-latin", "upper-alpha") and 1 <= value <= 26:
        letter = chr(ord("a") + value - 1)
        return letter.upper() if style.startswith("upper") else letter
    if style in ("lower-roman", "upper-roman") and 1 <= value < 40:
        roman = _roman(value)
        return roman.upper() if style.startswith("upper") else roman
    return str(value)


def _roman(value: int) -> str:
    tens, units = divmod(value, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]
