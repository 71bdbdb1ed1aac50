"""Footnotes read where they are called: a note at the foot of a page ("¹ …", or a plain
digit in small print) joins the line whose word carries its mark, as a reader reads the note with
the statement it completes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from tenderguard.models import Block, BlockKind

# "¹ L'attestation justifie d'une garantie de 1 000 000 €." at the foot of a page: the note a
# "professionnelle¹" earlier on the page calls.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE = re.compile(r"^(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)\s*(?P<body>\S.*)$")


# "1 A compléter par l'administration" at the foot of a page whose text the converter left in
# plain digits: the note "……… 1" or "marché1" calls, the digit glued to a word or after dots.
_PLAIN_NOTE = re.compile(r"^(?P<mark>[1-9])\s+(?P<body>[A-ZÀ-Þ].*)$")


def _plain_calls(text: str, mark: str) -> bool:
    return re.search(rf"(?:[^\W\d_]{{2,}}|[….]{{2,}}\s?){mark}(?!\d)", text) is not None


def _note_at(
    blocks: list[Block], i: int
) -> tuple[re.Match[str], Callable[[str, str], bool]] | None:
    """The footnote block i is, with the test of the line that calls it: a superscript mark
    anywhere, a plain digit only in the last lines of its page."""
    text = blocks[i].text.strip()
    note = _FOOTNOTE.match(text)
    if note is not None:
        return note, _calls
    plain = _PLAIN_NOTE.match(text)
    if plain is not None and blocks[i].page is not None and _in_page_foot(blocks, i):
        return plain, _plain_calls
    return None


def _in_page_foot(blocks: list[Block], i: int) -> bool:
    """Whether only other notes follow block i on its page."""
    for block in blocks[i + 1 :]:
        if block.page != blocks[i].page:
            return True
        if not _PLAIN_NOTE.match(block.text.strip()):
            return False
    return True


# A page's small print is this much smaller (points) than the size most of its lines have.
SMALL_PRINT = 0.5
_LONE_MARK = re.compile(r"^[1-9]\d?$")


def _small_print_notes(blocks: list[Block]) -> list[Block]:
    """The blocks with each note of a page's small print read where it is called: at the foot
    of a page, a mark set apart in smaller type ("4", then "Trois cents euros hors taxes (300 €
    HT) par jour calendaire de retard.", or "6", then "2 000 000 € par sinistre, dont…" over
    two lines) is a note, its lines up to the next mark its text, which joins the line calling
    it ("…dont le montant est précisé en note4"). Notes whose call is not found stay."""
    out = list(blocks)
    by_page: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.page is not None:
            by_page.setdefault(block.page, []).append(i)
    # Pages from the last, so that a note taken out leaves the indices of earlier pages alone.
    for page in sorted(by_page, reverse=True):
        at = by_page[page]
        if sorted(at) != list(range(at[0], at[-1] + 1)):
            continue  # a page whose lines are not read in one run: no foot to tell
        sizes = Counter(size for i in at if (size := out[i].size) is not None)
        if not sizes:
            continue
        body = sizes.most_common(1)[0][0]
        foot: list[int] = []
        for i in reversed(at):
            size = out[i].size
            if size is None or size > body - SMALL_PRINT:
                break
            foot.insert(0, i)
        notes: list[tuple[str, list[int]]] = []
        for i in foot:
            if _LONE_MARK.match(out[i].text.strip()):
                notes.append((out[i].text.strip(), [i]))
            elif notes:
                notes[-1][1].append(i)
        above = [i for i in at if foot and i < foot[0]]
        for mark, members in reversed(notes):
            text = " ".join(out[i].text.strip() for i in members[1:])
            called = next((j for j in reversed(above) if _plain_calls(out[j].text, mark)), None)
            if called is None or not text:
                continue
            # the mark leaves the calling word: "note6 2 000 000 €" would read as one number
            calling = re.sub(rf"(?<=[^\W\d_]{{2}}){mark}(?!\d)", "", out[called].text, count=1)
            out[called] = replace(out[called], text=f"{calling} {text}")
            for i in reversed(members):
                del out[i]
    return out


def with_footnotes(blocks: list[Block]) -> list[Block]:
    """The blocks with each footnote read where it is called: its text joins the line or row
    whose word carries its mark ("…professionnelle¹ | ✓"), as a reader reads the note with the
    statement it completes. A note whose call is not found stays where it is."""
    out = _small_print_notes(blocks)
    for i in range(len(out) - 1, -1, -1):
        found = _note_at(out, i)
        if found is None:
            continue
        note, calls = found
        called = next(
            (
                j
                for j in range(i - 1, -1, -1)
                if out[j].page == out[i].page and calls(out[j].text, note.group("mark"))
            ),
            None,
        )
        if called is not None:
            wrapped = _note_lines(out, i)
            body = " ".join([note.group("body"), *(out[j].text.strip() for j in wrapped)])
            line = out[called].text
            at = _call_at(line, note["mark"]) if calls is _calls else None
            said = f"{line} {body}" if at is None else _after_calling_sentence(line, at, note, body)
            out[called] = replace(out[called], text=said)
            for j in [*reversed(wrapped), i]:
                del out[j]
    return out


_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)")


def _after_calling_sentence(text: str, at: int, mark: re.Match[str], note: str) -> str:
    """The line with the note after the sentence that calls it at `at` (« … au dossier de
    candidature. [note] Une attestation délivrée par un »), or after the line when that
    sentence goes on below it. The mark leaves its word: « européenne³ » names no zone."""
    text = text[:at] + text[at + len(mark.group("mark")) :]
    end = _SENTENCE_STOP.search(text, at)
    if end is None or end.end() == len(text.rstrip()):
        return f"{text} {note}"
    return f"{text[: end.end()]} {note} {text[end.end() :].lstrip()}"


def _note_lines(blocks: list[Block], i: int) -> list[int]:
    """The lines a footnote at block i wraps onto (« ⁶ Montants minimaux : … et 3 » then
    « 000 000 € par année d'assurance. »): the next lines of its page in its type, up to the
    next note."""
    note, lines = blocks[i], []
    for j in range(i + 1, len(blocks)):
        line = blocks[j]
        if (
            line.page != note.page
            or note.size is None
            or line.size != note.size
            or line.kind is not BlockKind.LINE
            or _note_at(blocks, j) is not None
        ):
            break
        lines.append(j)
    return lines


def _calls(text: str, mark: str) -> bool:
    """Whether a word of the text carries the note's mark: "note²" calls note ², "note¹²" calls
    note ¹² and not note ²."""
    return _call_at(text, mark) is not None


def _call_at(text: str, mark: str) -> int | None:
    """Where a word of the text carries the note's mark, if one does."""
    for found in re.finditer(re.escape(mark), text):
        at, end = found.start(), found.end()
        before, after = text[at - 1 : at], text[end : end + 1]
        glued = at > 0 and not before.isspace() and before not in _SUPERSCRIPTS
        if glued and (not after or after not in _SUPERSCRIPTS):
            return at
    return None
