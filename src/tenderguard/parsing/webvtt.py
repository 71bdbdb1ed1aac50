"""WebVTT, the captions a meeting tool writes when it transcribes a call (saved as .vtt or .txt).

What is read: each cue's words, without its speaker tag ("<v Hélène Marchetti>") or styling,
as a clause cited by the cue's number ("12"), or by its start time ("00:12:31") when the cue
has none. What is not text: the header, the timecodes, NOTE and STYLE blocks. The format is
parsed by webvtt-py, which knows its timecodes, settings and voice spans.
"""

from __future__ import annotations

from tenderguard.models import Block, BlockKind
from tenderguard.text import clean

_SIGNATURE = "WEBVTT"


def is_webvtt(text: str) -> bool:
    """Whether a text (decoded, its byte-order mark dropped) is a WebVTT file: its first line
    is the signature "WEBVTT"."""
    return text.startswith(_SIGNATURE)


def read_webvtt(text: str) -> list[Block] | None:
    """A heading per cue (its number, no title) and the cue's words; None when the file is
    not well-formed WebVTT or holds no cue, to be read as plain text."""
    # Imported here: webvtt-py takes 45 ms to import, and few texts are transcripts.
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = webvtt.from_string(text).captions
    except MalformedFileError:
        return None
    if not captions:
        return None
    blocks: list[Block] = []
    for caption in captions:
        words = clean(" ".join(caption.text.split()))
        if not words:
            continue
        cited = (caption.identifier or "").strip() or caption.start.split(".")[0]
        blocks.append(Block("", None, BlockKind.HEADING, number=cited))
        blocks.append(Block(words, None))
    return blocks
