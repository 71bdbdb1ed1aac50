"""Acceptance criteria in Gherkin: each scenario is a clause cited by its title, each outcome
read with the context it holds in, each row of a table or of an outline's examples a demand of
its own."""

from __future__ import annotations

from decimal import Decimal

from tenderguard.api import check
from tenderguard.models import BlockKind
from tenderguard.parsing.gherkin import read_gherkin

FEATURE_FR = """\
# language: fr
Fonctionnalité: Engagements du titulaire
  En tant qu'acheteur je veux vérifier les engagements du titulaire.

  Scénario: Attestation remise après notification
    Étant donné la notification du marché
    Quand 10 jours se sont écoulés
    Alors le titulaire a remis une attestation d'assurance en cours de validité

  Plan du scénario: Garanties minimales
    Alors la garantie <garantie> est d'au moins <montant> par sinistre

    Exemples:
      | garantie                             | montant     |
      | responsabilité civile professionnelle | 1 000 000 € |
      | responsabilité civile exploitation    | 2 000 000 € |
"""

FEATURE_EN = """\
Feature: Supplier insurance
  Scenario: Covers in force
    When the Council reviews the certificates of currency
    Then they show the following covers in force:
      | Cover                  | Minimum limit      |
      | Public liability       | AUD 20,000,000     |
      | Professional indemnity | AUD 10,000,000     |
    And cyber insurance of AUD 5,000,000 is preferred but not required

Feature: Hosting
  Scenario: Data stays onshore
    Then all customer data is stored in Australia only
"""


def test_each_scenario_is_a_clause_and_each_example_row_a_statement() -> None:
    blocks = read_gherkin(FEATURE_FR)
    assert blocks is not None
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == [
        "Attestation remise après notification",
        "Garanties minimales",
    ]
    statements = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert (
        "Étant donné la notification du marché, quand 10 jours se sont écoulés, alors le "
        "titulaire a remis une attestation d'assurance en cours de validité." in statements
    )
    assert (
        "Alors la garantie responsabilité civile exploitation est d'au moins 2 000 000 € par "
        "sinistre." in statements
    )


def test_a_file_of_several_features_is_read_feature_by_feature(tmp_path) -> None:
    feature = tmp_path / "acceptance.feature"
    feature.write_text(FEATURE_EN, encoding="utf-8")
    requirements = check([feature]).requirements
    covers = {
        r.kind: (r.sources[0].heading, r.values.amount and r.values.amount.value, r.recommended)
        for r in requirements
        if r.kind.startswith("insurance.") and r.kind != "insurance.certificate"
    }
    assert covers["insurance.rc_exploitation"] == ("Covers in force", Decimal(20_000_000), False)
    assert covers["insurance.rc_pro"] == ("Covers in force", Decimal(10_000_000), False)
    assert covers["insurance.cyber"] == ("Covers in force", Decimal(5_000_000), True)
    assert any(
        r.kind == "gdpr.data_location" and r.sources[0].heading == "Data stays onshore"
        for r in requirements
    )


def test_a_text_that_is_not_gherkin_is_left_to_the_text_reader() -> None:
    broken = "Feature: grid\n  Scenario: rows\n    Given a table\n      | a | b |\n      | c |\n"
    assert read_gherkin(broken) is None
