"""Findings -> requirements: one requirement per demand, citing every place it is written.

Sentences of one clause that fire the same kind are one demand (their values completed from
each other). The same demand, with the same values, written in several clauses or pieces is
one requirement citing them all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import fields, replace

from tenderguard.kinds import KIND_ORDER
from tenderguard.models import Finding, Requirement, Source, Values


def _combine(values: Sequence[Values]) -> Values:
    """First stated value of each field; lists are united in order."""
    merged: dict[str, object] = {}
    for f in fields(Values):
        items = [getattr(v, f.name) for v in values]
        if isinstance(items[0], tuple):
            merged[f.name] = tuple(dict.fromkeys(x for item in items for x in item))
        else:
            merged[f.name] = next((x for x in items if x is not None), None)
    return Values(**merged)  # type: ignore[arg-type]


def _source(finding: Finding) -> Source:
    clause = finding.clause
    return Source(
        path=clause.piece.path,
        piece_kind=clause.piece.kind,
        page=finding.page,
        clause=clause.number,
        heading=clause.heading,
        boxes=finding.boxes,
    )


def _richest(findings: Sequence[Finding]) -> Finding:
    """The sentence to quote: the first one that states values, else the first one."""
    return next((f for f in findings if not f.values.is_empty()), findings[0])


def _requirement_id(kind: str, source: Source, text: str) -> str:
    digest = hashlib.sha1(f"{kind}|{source.path}|{source.clause}|{text}".encode()).hexdigest()
    return f"req-{digest[:8]}"


def merge(findings: Iterable[Finding], order: Sequence[str]) -> list[Requirement]:
    """`order` lists the piece paths in input order, for sorting."""
    per_clause: dict[tuple[str, int, str], list[Finding]] = {}
    for finding in findings:
        key = (finding.clause.piece.path, id(finding.clause), finding.kind)
        per_clause.setdefault(key, []).append(finding)

    merged: dict[tuple[str, Values, bool], Requirement] = {}
    for group in per_clause.values():
        quoted = _richest(group)
        values = _combine([f.values for f in group])
        recommended = all(f.recommended for f in group)
        source = _source(quoted)
        signature = (quoted.kind, values, recommended)
        existing = merged.get(signature)
        if existing is None:
            merged[signature] = Requirement(
                id=_requirement_id(quoted.kind, source, quoted.sentence),
                kind=quoted.kind,
                text=quoted.sentence,
                recommended=recommended,
                sources=(source,),
                values=values,
                rules=tuple(dict.fromkeys(r for f in group for r in f.rules)),
            )
        elif source not in existing.sources:
            merged[signature] = replace(
                existing,
                sources=(*existing.sources, source),
                rules=tuple(dict.fromkeys((*existing.rules, *(r for f in group for r in f.rules)))),
            )

    position = {path: i for i, path in enumerate(order)}

    def sort_key(r: Requirement) -> tuple[int, int, int, int]:
        first = r.sources[0]
        return (
            KIND_ORDER.get(r.kind, 99),
            r.recommended,
            position.get(first.path, 0),
            first.page or 0,
        )

    return sorted(merged.values(), key=sort_key)
