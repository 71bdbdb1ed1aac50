"""An e-mail saved as text, cut into its messages: the newest one on top, then the earlier
messages it quotes ("> …" under « Le 3 févr. 2026, Claire … a écrit : ») or forwards (under
« ---------- Message transféré ---------- »).

What the newest message says holds. An earlier message still holds where the newest leaves it
standing ("every other point of my first e-mail stands"), but only one its sender's side wrote
is the demanding side's word: the other side's quoted answer (its current cover, its standard
offer) is history. A message forwarded whole was passed on to be read, whoever wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAIL_HEADER = re.compile(
    r"^(?:de|from|envoy[ée]|sent|date|[àa]|to|cc|objet|subject)\s*:", re.IGNORECASE
)
_SENDER_HEADER = re.compile(r"^(?:de|from)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
_MAIL_SEPARATOR = re.compile(
    r"^-{2,}\s*(?:message d'origine|original message|message transf[ée]r[ée]|forwarded message)"
    r"\s*-{2,}$",
    re.IGNORECASE,
)
# « Le lun. 10 mars 2025 à 09:12, Sophie Marchetti <s.m@agglo.fr> a écrit : », « On 2 Feb
# 2026, at 09:15, Claire Whitfield <c.w@harwick.fr> wrote: »
_ATTRIBUTION = re.compile(
    r"^(?:le|on)\s.{4,200}?\s(?P<who>[^,]{2,120}?)\s+(?:a\s+[ée]crit|wrote)\s*:?\s*$",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"^\s*(?:>\s?)+")
_ADDRESS = re.compile(r"[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
# Addresses anyone can hold: two people writing from them are not one organisation.
_WEBMAIL = re.compile(
    r"^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton(?:mail)?|orange|free|"
    r"wanadoo|laposte|sfr|neuf|aol|gmx)\.",
    re.IGNORECASE,
)
MAIL_HEADER_LINES = 10  # an e-mail opens with its headers
# The newest message says the earlier one still holds where it does not speak: « tous les
# autres points restent inchangés », « le message de Claire reste valable », "Every other
# point of my first e-mail stands unchanged", « tous les autres points de ma liste sont
# maintenus ». Without such words, a reply that restates demands replaces what it answers
# (« annule et remplace »).
_STILL_HOLDS = re.compile(
    r"\b(?:rest(?:e|ent)\s+(?:inchang|valable|applicable|en\s+vigueur|d'actualit)"
    r"|(?:est|sont)\s+maintenu(?:e|s|es)?\b|(?:is|are)\s+(?:maintained|kept)\b"
    r"|stands?\b|still\s+(?:stands?|appl|holds?)|remains?\s+(?:valid|unchanged|in\s+force)"
    r"|(?:is|are)\s+unchanged)",
    re.IGNORECASE,
)
# (« nos réponses du 12 février … restent valables »: a buyer's earlier answers to the
# candidates' questions; « les exigences du RC qui ne sont pas évoquées ci-dessous restent
# inchangées »: the demands an earlier message of the buyer's recalled)
_EARLIER = re.compile(
    r"\b(?:points?|messages?|e-?mails?|courriels?|listes?|lists?|r[ée]ponses|answers|replies"
    r"|exigences|requirements)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n")
# « nous retirons le point h) », "we drop item 4", « nous renonçons à l'exigence de
# qualification évoquée au point g) »: a point of the earlier message withdrawn, named within
# the sentence that withdraws it
_LABEL = r"[a-z]|\d{1,2}"
_WITHDRAWN = re.compile(
    r"\b(?:retir|supprim|abandonn|annul|renon[cç]|withdraw|drop|remov|delet|cancel|waiv)\w*"
    r"[^.;:!?]{0,120}?\b(?:point|item)s?\s+"
    rf"(?P<labels>(?:{_LABEL})\)?(?:\s*(?:,|et|and)\s*(?:{_LABEL})\)?)*)(?![\w'’])",
    re.IGNORECASE,
)
_POINT_START = re.compile(rf"^\s*(?P<label>{_LABEL})[.)]\s")
# A reply written under a point of the message it answers, dropping it: « à retirer »,
# « Inutile pour cette mission », "remove this", "not needed".
_ANSWERED_AWAY = re.compile(
    r"\b(?:[àa]\s+(?:retirer|supprimer|enlever)|inutile|(?:pas|plus)\s+n[ée]cessaire"
    r"|remove\s+(?:it|this)|drop\s+(?:it|this)|not\s+needed|no\s+longer\s+needed)\b",
    re.IGNORECASE,
)


def is_mail(lines: list[str]) -> bool:
    opening = [line for line in lines if line.strip()][:MAIL_HEADER_LINES]
    return sum(1 for line in opening if MAIL_HEADER.match(line.strip())) >= 2


@dataclass
class Message:
    """An earlier message of a thread: the line that opens it and its text, unquoted."""

    opening: str
    sender: str | None
    quoted: bool  # answered with "> " marks, rather than forwarded whole
    lines: list[str]


def _party(who: str) -> str | None:
    """Who wrote a message, as far as telling two sides apart goes: the domain of its
    address (the organisation), the whole address on a webmail, else the name."""
    address = _ADDRESS.search(who)
    if address is not None:
        domain = address.group("domain").lower()
        return address.group(0).lower() if _WEBMAIL.match(domain) else domain
    name = " ".join(who.strip(" <>\"'").split()).lower()
    return name or None


def _opens_message(text: str, following: list[str]) -> bool:
    if _ATTRIBUTION.match(text) or _MAIL_SEPARATOR.match(text):
        return True
    # Outlook's reply header with no separator line: « De : … » then « Envoyé : … », « À : … »
    return bool(_SENDER_HEADER.match(text)) and any(
        MAIL_HEADER.match(line) and not _SENDER_HEADER.match(line) for line in following[:3]
    )


def _depth(line: str) -> int:
    marks = _QUOTE_MARKS.match(line)
    return marks.group().count(">") if marks else 0


def _without_answered_away(body: list[tuple[int, str]]) -> list[str]:
    """The lines of a quoted message, without the points a reply written between them
    withdraws: « >> h) Les outils sont hébergés sur une offre qualifiée SecNumCloud. » answered
    « > Inutile pour cette mission : à retirer. » The other answers stay with their point."""
    own = max((depth for depth, text in body if text.strip()), default=0)
    kept: list[str] = []
    point: list[str] = []  # the lines of the point being read, and the answers under it
    answers: list[str] = []

    def close() -> None:
        if not any(_ANSWERED_AWAY.search(answer) for answer in answers):
            kept.extend(point)
        elif point:
            # The answer stands in the point's place, under its label, so that the points
            # after it keep theirs: « h) Inutile pour cette mission : à retirer. »
            start = _POINT_START.match(point[0])
            label = start.group().strip() if start else ""
            kept.append(" ".join([label, *(answer.strip() for answer in answers)]))
        point.clear()
        answers.clear()

    for depth, text in body:
        if depth == own and (_POINT_START.match(text) or not text.strip()):
            close()
        if depth < own and text.strip() and point:
            answers.append(text)
            point.append(text)
        elif point or (depth == own and _POINT_START.match(text)):
            point.append(text)
        else:
            kept.append(text)
    close()
    return kept


def _unquoted(line: str) -> tuple[bool, str]:
    marks = _QUOTE_MARKS.match(line)
    return (marks is not None, line[marks.end() :] if marks else line)


def _top_headers(texts: list[tuple[bool, str]]) -> int:
    """Index of the first line after the headers an e-mail opens with."""
    for i, (_, text) in enumerate(texts):
        if text.strip() and not MAIL_HEADER.match(text.strip()):
            return i
    return len(texts)


MIN_ANSWERED_RUNS = 2


def _quoted_runs(texts: list[tuple[bool, str]]) -> int:
    """How many runs of quoted lines a message holds, each closed by a line of its own text."""
    runs = 0
    in_run = False
    for quoted, text in texts:
        if quoted and text.strip():
            in_run = True
        elif not quoted and text.strip() and in_run:
            runs += 1
            in_run = False
    return runs


def _messages(lines: list[str]) -> tuple[list[str], list[Message]]:
    texts = [_unquoted(line) for line in lines]
    top = _top_headers(texts)
    starts = [
        i
        for i in range(top, len(texts))
        if _opens_message(texts[i][1].strip(), [t.strip() for _, t in texts[i + 1 : i + 4]])
    ]
    # the « De : » under a separator line is that message's header, not one more message
    starts = [i for i in starts if i - 1 not in starts]
    end_of_newest = starts[0] if starts else len(lines)
    # Lines quoted between the newest message's own, with no attribution opening them, and
    # answered one run at a time, are the text it comments point by point (« > Article 10.2 –
    # Il souscrit… » then the broker's comment, then « > Article 10.3 – … »): read where they
    # stand, without their marks. A single quoted run is set aside as before.
    head = texts[:end_of_newest]
    interleaved = _quoted_runs(head) >= MIN_ANSWERED_RUNS
    newest = [text for quoted, text in head if interleaved or not quoted]
    earlier = []
    replied = texts[starts[0] + 1 : starts[1] if len(starts) > 1 else len(lines)] if starts else []
    replied = replied[_top_headers(replied) :]
    if _quoted_runs(replied) >= MIN_ANSWERED_RUNS:
        # "The District's answers are inline below" over the vendor's message quoted with
        # marks under its header, each of its points followed by the answer: the answers are
        # the newest message's, read after the points they answer, which are read with them.
        newest += [text for _, text in replied]
        starts = starts[1:]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        opening = texts[start][1].strip()
        attribution = _ATTRIBUTION.match(opening)
        found = attribution or _SENDER_HEADER.match(opening)
        sender = found.group("who") if found else None
        body: list[tuple[int, str]] = []
        in_headers = attribution is None
        for line, (_, text) in zip(lines[start + 1 : end], texts[start + 1 : end], strict=True):
            stripped = text.strip()
            if in_headers and (MAIL_HEADER.match(stripped) or not stripped):
                who = _SENDER_HEADER.match(stripped)
                if who is not None and sender is None:
                    sender = who.group("who")
                continue
            in_headers = False
            body.append((_depth(line), text))
        quoted = any(marked for marked, _ in texts[start + 1 : end])
        earlier.append(Message(opening, sender, quoted, _without_answered_away(body)))
    return newest, earlier


# A helpdesk ticket exported as text opens each of its messages on a line of its own:
# « [4] Client - Claire Fontanel - 16/03/2026 17:41 », "#3 Agent - Yanis - 2026-03-12 11:20".
_TICKET_MESSAGE = re.compile(
    r"^(?:\[(?P<n>\d{1,3})\]|#(?P<m>\d{1,3}))\s+(?P<who>[^-–—]{2,60}?)\s+[-–—]\s+.{0,80}?"
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.*$"
)
MIN_TICKET_MESSAGES = 2


def _ticket(lines: list[str]) -> tuple[list[str], list[Message], str] | None:
    """A ticket's messages, the newest (highest number) first, whichever order the export
    prints them in: its header and the newest message's lines, the others, and who wrote the
    newest (« Client », « Agent »). Its earlier messages are the thread's replies: they hold as
    quoted ones do. None for another text."""
    openings = [
        (i, m) for i, line in enumerate(lines) if (m := _TICKET_MESSAGE.match(line.strip()))
    ]
    if len(openings) < MIN_TICKET_MESSAGES:
        return None
    parts = []
    for k, (i, m) in enumerate(openings):
        end = openings[k + 1][0] if k + 1 < len(openings) else len(lines)
        number = int(m.group("n") or m.group("m"))
        parts.append((number, lines[i].strip(), m.group("who").strip(), lines[i + 1 : end]))
    parts.sort(key=lambda part: -part[0])
    newest = [*lines[: openings[0][0]], *parts[0][3]]
    earlier = [Message(opening, who, True, body) for _, opening, who, body in parts[1:]]
    return newest, earlier, parts[0][2]


def thread(lines: list[str]) -> tuple[list[str], list[Message]]:
    """The newest message's lines (with the headers on top), and the earlier messages that
    still speak for the demanding side, newest first. A text that is no e-mail is all
    newest."""
    ticket = _ticket(lines)
    if ticket is not None:
        newest, earlier, writer = ticket
    elif is_mail(lines):
        newest, earlier = _messages(lines)
        opening = [line.strip() for line in newest if line.strip()][:MAIL_HEADER_LINES]
        writer = next((m.group("who") for line in opening if (m := _SENDER_HEADER.match(line))), "")
    else:
        return lines, []
    newest = _without_signature(newest)
    side = _party(writer) if writer else None
    holds = any(
        _STILL_HOLDS.search(sentence) and _EARLIER.search(sentence)
        for sentence in _SENTENCE_END.split("\n".join(newest))
    )
    kept = [
        m
        for m in earlier
        if not m.quoted
        or (holds and side is not None and m.sender is not None and _party(m.sender) == side)
    ]
    withdrawn = _withdrawn("\n".join(newest))
    for message in kept:
        message.lines = _without_points(message.lines, withdrawn)
    return newest, kept


# "Best regards," alone on its line: the sender signs off; the lines under it are the signature
# ("Lumen Harbour is an ISO/IEC 27001 certified organisation.")
_VALEDICTION = re.compile(
    r"^(?:(?:best|kind|warm|many\s+thanks\s+and)\s+regards|regards|sincerely|yours\s+"
    r"(?:sincerely|faithfully|truly)|cordialement|bien\s+(?:cordialement|[àa]\s+vous)|"
    r"(?:sinc[èe]res|meilleures|bien\s+sinc[èe]res)\s+salutations)\s*[,.!]?$",
    re.IGNORECASE,
)


def _without_signature(lines: list[str]) -> list[str]:
    """A message's lines without its signatures: each line that signs off (« Bien cordialement, »,
    "Best regards,") and the block of lines under it, the sender's name, titles, address and
    self-description ("… is an ISO/IEC 27001 certified organisation"), which demand nothing.
    What follows a blank line after that block (an extract of clauses pasted below, a message
    answered inline) is read."""
    kept: list[str] = []
    signing = False  # in the block under a sign-off
    started = False  # whether that block has begun
    for line in lines:
        if _VALEDICTION.match(line.strip()):
            signing, started = True, False
            continue
        if signing:
            if line.strip():
                started = True
                continue
            if not started:
                continue  # the blank lines between the sign-off and the name
            signing = False
        kept.append(line)
    return kept


def _withdrawn(text: str) -> set[str]:
    """The labels of the earlier points the newest message withdraws."""
    return {
        label.lower()
        for m in _WITHDRAWN.finditer(text)
        for label in re.findall(rf"\b(?:{_LABEL})\b", m.group("labels"))
    }


def _without_points(lines: list[str], labels: set[str]) -> list[str]:
    """The lines of a message without the text of its points of these labels (a point runs to
    the next point or the next blank line). Each keeps its label alone, so that the points
    after it are still read as the next of their list (« h) » after « g) »)."""
    if not labels:
        return lines
    kept: list[str] = []
    skipping = False
    for line in lines:
        start = _POINT_START.match(line)
        if start is not None:
            skipping = start.group("label").lower() in labels
            if skipping:
                kept.append(start.group(0).rstrip())
                continue
        elif not line.strip():
            skipping = False
        if not skipping:
            kept.append(line)
    return kept
