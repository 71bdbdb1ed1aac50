"""A civil liability towards third parties demanded beside a professional liability.

« Le titulaire souscrit une assurance de responsabilité civile … pour les dommages … subis par
des tiers. Il souscrit également une assurance de responsabilité professionnelle … » asks for
two covers: the professional liability (insurance.rc_pro) and the general one towards third
parties, the RC exploitation. Read alone, the first sentence names a civil liability of no
stated type (insurance.liability); beside the second, in another sentence of the same clause,
it is the general cover. Where one sentence names both ("une assurance de responsabilité civile
professionnelle couvrant les dommages causés aux tiers"), it is one cover.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from tenderguard.models import Finding

UNTYPED = "insurance.liability"
PROFESSIONAL = "insurance.rc_pro"
GENERAL = "insurance.rc_exploitation"
CUE = "cue.third_parties"


def general_beside_professional(
    findings: Sequence[Finding], cue_of: Callable[[str, str], str | None]
) -> list[Finding]:
    """The findings of one clause, an untyped liability towards third parties read as the
    general cover when another sentence demands the professional one and none the general.
    `cue_of(sentence, kind)` is the id of the cue of that kind the sentence states, if any."""
    kinds = {f.kind for f in findings}
    if UNTYPED not in kinds or PROFESSIONAL not in kinds or GENERAL in kinds:
        return list(findings)
    professional = {f.sentence for f in findings if f.kind == PROFESSIONAL}
    read: list[Finding] = []
    for finding in findings:
        cue = None
        if finding.kind == UNTYPED and finding.sentence not in professional:
            cue = cue_of(finding.sentence, CUE)
        read.append(
            finding if cue is None else replace(finding, kind=GENERAL, rules=(*finding.rules, cue))
        )
    return read
