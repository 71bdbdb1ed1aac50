"""What a tender says of itself: its object ("Objet") and its dates (deadline, start, term)."""

from __future__ import annotations

from datetime import date

import pytest

from tenderguard.api import check
from tenderguard.models import add_months


def _facts(write, text: str, name: str = "rc.txt"):  # type: ignore[no-untyped-def]
    return check([write(name, text)])


def test_object_read_from_the_objet_clause(write) -> None:
    result = _facts(
        write,
        "1. Objet de la consultation\n"
        "La présente consultation a pour objet l'hébergement du site internet de la mairie.\n"
        "2. Durée\nLe marché est conclu pour une durée de trois ans.\n",
    )
    assert result.subject is not None
    assert result.subject.text == "l'hébergement du site internet de la mairie."
    assert result.subject.source.clause == "1"


@pytest.mark.parametrize(
    ("text", "deadline", "start", "months"),
    [
        (
            "Date limite de réception des offres : 2 avril 2026 à 17 h 00.\n"
            "Le marché est conclu pour une durée d'un an à compter de sa notification.",
            date(2026, 4, 2),
            None,
            12,
        ),
        # The label on one line, the date on the next (a cover page).
        (
            "Date et heure limites de réception des offres :\nMERCREDI 15 JUILLET 2026 A 12:00\n",
            date(2026, 7, 15),
            None,
            None,
        ),
        # A term that starts on a date gives the start too.
        (
            "Le marché est conclu pour une durée de 12 mois à compter du 1er janvier 2027.",
            None,
            date(2027, 1, 1),
            12,
        ),
        ("La durée initiale de l'accord-cadre est fixée à 2 ans.", None, None, 24),
        (
            "This Agreement takes effect on 1 March 2026 for an initial term of thirty-six (36) "
            "months.",
            None,
            date(2026, 3, 1),
            36,
        ),
        # Mentions that name the dates without giving them.
        (
            "Les offres restent valables 120 jours à compter de la date limite de réception des "
            "offres. Si la durée du marché est inférieure à douze mois, l'avance est de 5 %.",
            None,
            None,
            None,
        ),
    ],
)
def test_dates_of_the_tender(
    write, text: str, deadline: date | None, start: date | None, months: int | None
) -> None:
    schedule = _facts(write, text).schedule
    assert (schedule.deadline.value if schedule.deadline else None) == deadline
    assert (schedule.start.value if schedule.start else None) == start
    assert (schedule.term.months if schedule.term else None) == months


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le montant estimatif du marché est de 180 000 € HT pour sa durée totale.", 180_000),
        ("Le Prestataire réalise le site pour un prix forfaitaire de 8 400 € HT.", 8_400),
        # Amounts that are not the value of the contract.
        ("Le prix de la maintenance ne peut excéder 12 000 € HT par an.", None),
        ("La valeur estimée sera précisée ultérieurement. Pénalité : 50 € par jour.", None),
    ],
)
def test_value_of_the_contract(write, text: str, value: int | None) -> None:
    found = _facts(write, text).schedule.value
    assert (found.amount.value if found else None) == value


def test_a_term_written_shortly(write) -> None:
    schedule = _facts(write, "Il s'agit d'un accord-cadre conclu pour quatre ans.").schedule
    assert schedule.term is not None and schedule.term.months == 48


def test_earliest_end_runs_the_term_from_the_start_or_else_the_deadline(write) -> None:
    schedule = _facts(
        write,
        "Date limite de remise des offres : 16 mars 2026.\n"
        "Le marché est conclu pour une durée de 18 mois à compter de sa notification.\n",
    ).schedule
    assert schedule.earliest_end() == date(2027, 9, 16)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


@pytest.mark.parametrize(
    ("name", "text", "reference", "buyer"),
    [
        (
            "contrat.txt",
            "Contrat n° AL-2026-012\nEntre la Brasserie des Quais, société à responsabilité "
            "limitée, ci-après « le Client », et Atelier Lumen, ci-après « le Prestataire ».",
            "AL-2026-012",
            "Brasserie des Quais",
        ),
        (
            "msa.txt",
            'This Agreement is made between Northwind Ltd (the "Supplier") and Helios Retail '
            'SAS (the "Customer").',
            None,
            "Helios Retail SAS",
        ),
        (
            "ae.txt",
            "Pouvoir adjudicateur : Ville de Saint-Aurèle, 2 place du Marché",
            None,
            "Ville de Saint-Aurèle",
        ),
        # Running text that merely names a client is not a party.
        (
            "cgv.txt",
            "Le prestataire informe le client par courriel (le Client étant averti).",
            None,
            None,
        ),
    ],
)
def test_reference_and_buyer(
    write, name: str, text: str, reference: str | None, buyer: str | None
) -> None:
    identity = _facts(write, text, name).identity
    assert (identity.reference, identity.buyer) == (reference, buyer)


def test_reference_shared_by_the_file_names_of_a_tender(write) -> None:
    folder = write("dce/RC_2026-XYZ-04.txt", "Règlement de la consultation").parent
    write("dce/CCAP_2026-XYZ-04.txt", "Cahier des clauses administratives particulières")
    assert check([folder]).identity.reference == "2026-XYZ-04"
