"""A requirements sheet of keys and values saved as plain text is read value by value, each
cited by its path of keys; comments are the writer's notes."""

from __future__ import annotations

from decimal import Decimal

from tenderguard.api import check
from tenderguard.models import BlockKind
from tenderguard.parsing.key_values import is_key_value_sheet, read_key_values

SHEET = """\
# Supplier requirements - portal hosting (rev 2)
# Lines starting with '#' are notes, not requirements.

scope:
  buyer: Northbay Housing Trust
  estimated_value: GBP 200,000   # budget only

insurance:
  professional_indemnity: GBP 3,000,000 per claim
  cyber:
    required: yes
    limit: GBP 1,000,000 per policy year
  evidence:
    - certificate of insurance with the tender
  # the Trust insures its own offices

hosting:
  providers_allowed: [AWS London, Azure UK South]
  background: |
    The current portal runs on a single server
    in the Trust's own office.
"""


def test_a_sheet_of_keys_is_read_value_by_value_under_its_path() -> None:
    lines = SHEET.splitlines()
    assert is_key_value_sheet(lines)
    blocks = read_key_values(lines)
    headings = [b.number for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        "scope.buyer",
        "scope.estimated_value",
        "insurance.professional_indemnity",
        "insurance.cyber.required",
        "insurance.cyber.limit",
        "insurance.evidence",
        "hosting.providers_allowed",
        "hosting.background",
    ]
    texts = [b.text for b in blocks if b.kind is not BlockKind.HEADING]
    assert "insurance – cyber – limit : GBP 1,000,000 per policy year" in texts
    assert "hosting – providers allowed : AWS London, Azure UK South" in texts
    assert (
        "hosting – background : The current portal runs on a single server in the Trust's own "
        "office." in texts
    )
    assert not any("budget only" in t or "own offices" in t for t in texts)


def test_a_demand_of_the_sheet_is_cited_by_its_path(tmp_path) -> None:
    sheet = tmp_path / "requirements.txt"
    sheet.write_text(SHEET, encoding="utf-8")
    requirements = check([sheet]).requirements
    (pi,) = [r for r in requirements if r.kind == "insurance.rc_pro"]
    assert pi.sources[0].clause == "insurance.professional_indemnity"
    assert pi.values.amount is not None and pi.values.amount.value == Decimal(3_000_000)


def test_prose_and_labelled_lines_are_no_sheet() -> None:
    prose = [
        "Article 4 - Insurance",
        "The supplier holds professional indemnity insurance: GBP 3,000,000 per claim.",
        "Note: the certificate is sent with the tender.",
    ] * 4
    assert not is_key_value_sheet(prose)
