"""The legend of a checklist's status markers: which marker says an item is not demanded.

A bid manager's checklist opens with its legend (« ✅ exigé par le DCE · ❌ non exigé par le
DCE · 🔲 question ouverte »), then marks each item with one of them. The legend, not the
pictograph, says what a marker means: an item marked as not demanded, or as a question still
open, is no demand, and nor are the quotations nested under it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tenderguard.models import Block
from tenderguard.text import fold

# A pictograph (arrows, symbols, emoji) and its variation selector: « ✅ », « ⚠️ », « 🔲 ».
PICTOGRAPH = "[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?"
_LEGEND = re.compile(r"\b(?:legende|legend|key to (?:the )?(?:status|symbols))\b")
# A pictograph, then the words that say what it means, up to the next pictograph or separator.
_ENTRY = re.compile(
    rf"({PICTOGRAPH})\s*[:=–—-]?\s*([^\u2190-\u2bff\U0001f000-\U0001faff·•|;]{{3,120}})"
)
# What a marker means when its item demands nothing: not demanded, left out, a question.
_NO_DEMAND = re.compile(
    r"\b(?:non\s+(?:exige|demande|requis|applicable|retenu)e?s?|pas\s+exige|not\s+(?:required|"
    r"requested|applicable|demanded)|hors\s+(?:perimetre|sujet)|out\s+of\s+scope|abandonne|"
    r"question\s+ouverte|open\s+question|ne\s+tranche\s+pas)\b"
)


def markers_of_no_demand(blocks: Iterable[Block]) -> frozenset[str]:
    """The markers the document's legend says mark an item that is no demand."""
    found: set[str] = set()
    for block in blocks:
        # (« Légende », "Legend": a cheap look before folding the whole text)
        if "gend" not in block.text.lower() or not _LEGEND.search(fold(block.text)):
            continue
        for marker, meaning in _ENTRY.findall(block.text):
            if _NO_DEMAND.search(fold(meaning)):
                found.add(marker.rstrip("\ufe0f"))
    return frozenset(found)


def marked_by(text: str, markers: frozenset[str]) -> bool:
    """Whether a sentence opens on one of these markers (after a bullet, if any)."""
    opening = text.lstrip("-*• ")[:2]
    return any(opening.startswith(marker) for marker in markers)
