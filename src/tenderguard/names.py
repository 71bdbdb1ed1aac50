"""File names as the user is shown them.

On Linux a file name is bytes: a name that is not UTF-8 ("contrat_\\xe9t\\xe9.pdf", written by
an old Windows tool or an archive in cp1252) reaches Python with each undecodable byte as a
lone surrogate. Such a string opens the file but cannot be printed, encoded, hashed or stored
in SQLite. The real path is kept to open the file; everywhere a name is shown, stored or
reported, its shown form is used: each byte that is not UTF-8 written as \\xNN.
"""

from __future__ import annotations

import os
from pathlib import PurePath


def shown(path: str | PurePath) -> str:
    """`path` with every byte that is not UTF-8 escaped as \\xNN; a UTF-8 name is unchanged."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text
