"""A requirements sheet written as keys and values, the way a YAML file is (« assurances: »,
then indented « rc_pro: 2 000 000 € par sinistre »), saved as plain text.

Each value is a statement of its own, cited by the path of keys that leads to it
(« assurances.rc_pro.montant »), and read with the words of those keys (« assurances – rc pro –
montant : 2 000 000 € par sinistre »): the key says what the value is. The items of a list are
cited by the key above them. Comments (« # … ») are the writer's notes on the sheet, not its
demands; a block of text under « key: | » is that key's value.

The sheet is read line by line rather than by a YAML library: such sheets are written by hand
and often break YAML's rules (a colon inside a value, tabs, an unquoted « # » in a sentence),
and a parser that refuses the file would lose it whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenderguard.models import Block, BlockKind

_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[^\W\d][\w.\-]*)\s*:(?:\s+(?P<value>.*?))?\s*$")
_ITEM = re.compile(r"^(?P<indent>\s*)-\s+(?P<value>\S.*?)\s*$")
# A comment: the whole line, or after a space at the end of a value
_COMMENT = re.compile(r"(?:^|\s)#.*$")
_BLOCK_SCALAR = {"|", ">", "|-", ">-"}
MIN_KEYS = 8  # key lines a sheet holds at least
MIN_NESTED = 3  # of them indented under another key
MIN_SHARE = 0.7  # of the lines of text that are keys, list items or a key's text block
# Keys that say a value is only wished for: "pref: 99.95% 24x7"
_PREFERENCE_KEYS = {"pref": "preferred", "souhaite": "souhaité", "souhait": "souhaité"}
_PREFERENCE = re.compile(r"^(pref|souhaite|souhait)\s*:", re.IGNORECASE)
_INLINE_LIST = re.compile(r"^\[(.*)\]$")
_NOT_APPLICABLE = {"n/a", "na", "n.a.", "-", "—"}


@dataclass(slots=True)
class _Open:
    indent: int
    key: str


def is_key_value_sheet(lines: list[str]) -> bool:
    """Whether a plain text is a sheet of keys and values laid out as YAML."""
    text = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not text:
        return False
    keys = [m for line in text if (m := _KEY.match(line))]
    nested = sum(1 for m in keys if m.group("indent"))
    items = sum(1 for line in text if _ITEM.match(line))
    continued = _block_lines(text)
    share = (len(keys) + items + continued) / len(text)
    return len(keys) >= MIN_KEYS and nested >= MIN_NESTED and share >= MIN_SHARE


def _block_lines(lines: list[str]) -> int:
    """Lines of text blocks under « key: | »."""
    count, block_indent = 0, None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if block_indent is not None and indent > block_indent:
            count += 1
            continue
        block_indent = None
        m = _KEY.match(line)
        if m and (m.group("value") or "").strip() in _BLOCK_SCALAR:
            block_indent = indent
    return count


def _readable(path: list[str]) -> str:
    """« assurances – rc pro – montant »: the keys as words."""
    return " – ".join(_PREFERENCE_KEYS.get(k, k).replace("_", " ") for k in path)


def read_key_values(lines: list[str], page: int | None = None) -> list[Block]:
    """The sheet's values, each under a heading numbered by its path of keys."""
    blocks: list[Block] = []
    open_keys: list[_Open] = []
    cited: str | None = None  # the path of the last heading written

    def state(path: list[str], value: str, kind: BlockKind = BlockKind.LINE) -> None:
        nonlocal cited
        number = ".".join(path)
        # ("[AWS London, Azure UK South]": a list written inline, not a note in brackets;
        # "pref: no exposure to …": a preference opening the value)
        value = _INLINE_LIST.sub(r"\1", value)
        if value.lower() in _NOT_APPLICABLE:
            value = "not applicable"  # "secnumcloud: n/a": a certification not asked for
        value = _PREFERENCE.sub(lambda m: f"{_PREFERENCE_KEYS[m.group(1).lower()]} :", value)
        if number != cited:
            blocks.append(Block(_readable(path), page, BlockKind.HEADING, level=2, number=number))
            cited = number
        blocks.append(Block(f"{_readable(path)} : {value}", page, kind))

    block_key: list[str] | None = None  # the key whose text block is being read
    block_indent = 0
    block_text: list[str] = []
    for raw in lines:
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        if block_key is not None:
            if indent > block_indent:
                block_text.append(raw.strip())
                continue
            state(block_key, " ".join(block_text))
            block_key, block_text = None, []
        line = _COMMENT.sub("", raw).rstrip()
        if not line.strip():
            continue  # a comment
        while open_keys and open_keys[-1].indent >= indent:
            open_keys.pop()
        parents = [o.key for o in open_keys]
        item = _ITEM.match(line)
        key = _KEY.match(line) if item is None else None
        if item is not None:
            state(parents or ["-"], item.group("value"), BlockKind.LIST_ITEM)
        elif key is not None:
            value = (key.group("value") or "").strip()
            path = [*parents, key.group("key")]
            if value in _BLOCK_SCALAR:
                block_key, block_indent = path, indent
            elif value:
                state(path, value)
            else:
                open_keys.append(_Open(indent, key.group("key")))
        elif blocks:
            # a value going on over the next line
            last = blocks[-1]
            blocks[-1] = Block(f"{last.text} {line.strip()}", page, last.kind)
    if block_key is not None and block_text:
        state(block_key, " ".join(block_text))
    return blocks
