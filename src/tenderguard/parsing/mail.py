"""E-mails saved as files (.eml, RFC 822 / MIME): the message a person reads, its attachments.

The standard library's email package decodes what mail clients encode: the headers' encoded
words (« =?utf-8?q?…?= »), quoted-printable and base64 bodies, each part's charset. The body
read is the plain-text alternative, else the HTML one: they say the same. The message is
given to the text reader with its sender, date and subject on top, as a mail client prints
it, so that it is read as any e-mail saved as text (the messages it quotes below are
history). Attachments are documents of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage

from tenderguard.parsing.archive import Member

_HEADERS = ("From", "To", "Cc", "Date", "Subject")
# An e-mail opens with header fields, one of which names its sender or its MIME structure.
_OPENING = re.compile(rb"^(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+", re.M)
_KEY_FIELDS = re.compile(rb"^(?:From|MIME-Version|Received|Return-Path|Message-ID):", re.I | re.M)


@dataclass(frozen=True, slots=True)
class Mail:
    text: str  # headers on top, then the body (HTML when no plain text was sent)
    # whether the body is the HTML alternative (no plain text was sent, or one only pointing to it)
    html: bool
    attachments: tuple[Member, ...]  # each attached document, by its file name


def is_mail(data: bytes) -> bool:
    """Whether the bytes open with the header fields of an e-mail."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    opening = _OPENING.match(head)
    return opening is not None and _KEY_FIELDS.search(opening.group(0)) is not None


def _content(part: object) -> str:
    """The text of a part of a message, in its charset (cp1252 when the charset lies)."""
    if not isinstance(part, EmailMessage):
        return ""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):  # an unknown or lying charset
        payload = part.get_payload(decode=True)
        return payload.decode("cp1252", "replace") if isinstance(payload, bytes) else ""


# The plain text of a message is a stand-in for its HTML when it is this much shorter
PLACEHOLDER_SHARE = 0.2


# « Please view it in an HTML-capable mail client », « Ce message est au format HTML »
_POINTS_TO_HTML = re.compile(r"\bHTML\b", re.IGNORECASE)


def _placeholder(plain: str, html: str) -> bool:
    """Whether a plain-text alternative only stands in for the HTML one: a line or two against
    a page of HTML, or a shorter text sending the reader to the HTML."""
    shown = len(re.sub(r"<[^>]+>", " ", html).strip())
    plain = plain.strip()
    return len(plain) < PLACEHOLDER_SHARE * shown or (
        len(plain) < shown and _POINTS_TO_HTML.search(plain) is not None
    )


def read_mail(data: bytes) -> Mail:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)  # policy.default makes EmailMessage objects
    shown = "\n".join(f"{name}: {message[name]}" for name in _HEADERS if message[name])
    body = message.get_body(preferencelist=("plain", "html"))
    content = _content(body)
    html = isinstance(body, EmailMessage) and body.get_content_subtype() == "html"
    rich = message.get_body(preferencelist=("html",))
    if not html and isinstance(rich, EmailMessage) and _placeholder(content, _content(rich)):
        # « This message contains an HTML table. Please view it in an HTML-capable mail
        # client. »: the plain text only points to the HTML, which holds the message
        content, html = _content(rich), True
    attachments = []
    for number, part in enumerate(message.iter_attachments(), start=1):
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            name = part.get_filename() or f"attachment-{number}"
            attachments.append(Member(name.replace("/", "_"), payload))
    return Mail(f"{shown}\n\n{content}", html, tuple(attachments))
