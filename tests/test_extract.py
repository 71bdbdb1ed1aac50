"""Which amount of a sentence is the insurance minimum, and the values around it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tenderguard.extract import extract_values, further_levels
from tenderguard.models import Money
from tenderguard.text import language

INSURANCE = ("amount", "basis", "sublimits", "damages")


def _amount(values) -> tuple[str, str] | None:
    if values.amount is None:
        return None
    return str(values.amount.value.normalize()), values.amount.currency


@pytest.mark.parametrize(
    ("text", "amount", "basis"),
    [
        ("une RC Pro de 2 000 000 € par sinistre", ("2E+6", "EUR"), "per_claim"),
        (
            "une RC Pro de 2 000 000 € par sinistre et par année d'assurance",
            ("2E+6", "EUR"),
            "per_claim_and_year",
        ),
        ("garantie de 3 M€ par année d'assurance", ("3E+6", "EUR"), "per_year"),
        ("Montant par sinistre : 1 500 000 €", ("1.5E+6", "EUR"), "per_claim"),
        ("couverture de 1 000 000 €", ("1E+6", "EUR"), "unspecified"),
        (
            "limits of $1,000,000 each occurrence and $2,000,000 general aggregate",
            ("1E+6", "USD"),
            "per_claim",
        ),
        ("not less than GBP 5,000,000 in the aggregate", ("5E+6", "GBP"), "per_year"),
        # Amounts that are not insurance minimums
        ("le montant maximum du marché est de 400 000 € HT ; une RC Pro est exigée", None, None),
        ("société au capital de 50 000 €, titulaire d'une RC Pro", None, None),
        ("une pénalité de 150 € par jour de retard", None, None),
        ("franchise de 5 000 € par sinistre", None, None),
        ("le prix de 8 400 € HT comprend l'assurance", None, None),
        ("le montant minimum de l'accord-cadre est de 10 000 €", None, None),
        ("pour un montant minimum de 2 000 000 € par sinistre", ("2E+6", "EUR"), "per_claim"),
        # the amount a certificate shows today, before the minimum asked
        (
            "votre attestation mentionne une garantie de 500 000 € ; nous demandons un montant "
            "minimum de 1 000 000 € par année d'assurance",
            ("1E+6", "EUR"),
            "per_year",
        ),
    ],
)
def test_insurance_amount_and_basis(text: str, amount, basis) -> None:
    values = extract_values("insurance.rc_pro", INSURANCE, text, "fr")
    assert _amount(values) == amount
    assert values.basis == basis


@pytest.mark.parametrize(
    ("text", "sublimits"),
    [
        (
            "2 M€ tous dommages confondus, dont dommages immatériels non consécutifs : 300 000 €",
            [("immateriels_non_consecutifs", "300000")],
        ),
        (
            "1,5 M€ par sinistre, dont 300 000 € au titre des dommages immatériels non consécutifs",
            [("immateriels_non_consecutifs", "300000")],
        ),
        (
            "10 000 K€ dont matériels et immatériels consécutifs 1 500 K€",
            [("materiels", "1500000")],
        ),
        (
            "5 M€ dont corporels 5 M€ et dont immatériels 1 M€",
            [("corporels", "5000000"), ("immateriels", "1000000")],
        ),
        (
            "EUR 2,000,000 per claim, including pure financial loss of EUR 250,000",
            [("immateriels_non_consecutifs", "250000")],
        ),
        ("2 M€ par sinistre", []),
        (
            "(1 500 000 € par sinistre, dont 200 000 € au titre des dommages immatériels non "
            "consécutifs) couvrant les dommages corporels, matériels et immatériels",
            [("immateriels_non_consecutifs", "200000")],
        ),
        (
            "2 000 000 € par sinistre, dont cinq cent mille euros (500 000 €) pour les dommages "
            "immatériels non consécutifs",
            [("immateriels_non_consecutifs", "500000")],
        ),
    ],
)
def test_sublimits(text: str, sublimits: list[tuple[str, str]]) -> None:
    values = extract_values("insurance.rc_pro", INSURANCE, text, "fr")
    assert [(s.label, str(s.amount.value.normalize())) for s in values.sublimits] == [
        (label, str(Decimal(v).normalize())) for label, v in sublimits
    ]


@pytest.mark.parametrize(
    ("text", "damages"),
    [
        ("dommages corporels, matériels et immatériels", ["corporels", "materiels", "immateriels"]),
        ("les dommages corporels et matériels", ["corporels", "materiels"]),
        ("dommages immatériels non consécutifs", ["immateriels_non_consecutifs"]),
        (
            "bodily injury, property damage and financial loss",
            ["corporels", "materiels", "immateriels"],
        ),
        ("le matériel informatique livré", []),
        # the damage a sub-limit names is its label, not a damage the cover must guarantee
        ("5 000 000 € par sinistre, dont 500 000 € immatériels consécutifs", []),
        (
            "les dommages corporels et matériels, dont 300 000 € pour les immatériels",
            ["corporels", "materiels"],
        ),
    ],
)
def test_damages(text: str, damages: list[str]) -> None:
    assert list(extract_values("insurance.liability", INSURANCE, text, "fr").damages) == damages


@pytest.mark.parametrize(
    ("text", "lang", "hours", "days", "business"),
    [
        ("dans un délai de quarante-huit (48) heures", "fr", 48, None, None),
        ("sous 24h", "fr", 24, None, None),
        ("sans délai injustifié", "fr", None, None, None),
        ("sous 2 jours ouvrés", "fr", None, 2, True),
        ("within seventy-two (72) hours", "en", 72, None, None),
        ("within 3 days", "en", None, 3, False),
    ],
)
def test_breach_delays(text: str, lang: str, hours, days, business) -> None:
    values = extract_values("gdpr.breach_notification", ("hours", "days"), text, lang)
    assert (values.hours, values.days, values.business_days) == (hours, days, business)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("hébergées exclusivement en France", "FR"),
        ("sur le territoire de l'Union européenne", "EU"),
        ("dans l'Espace économique européen", "EEA"),
        ("en France ou, à défaut, dans l'Union européenne", "EU"),
        ("stockées en France et traitées dans l'Union européenne", "FR"),
        ("within the European Economic Area", "EEA"),
        ("hébergées chez le titulaire", None),
    ],
)
def test_zone(text: str, zone: str | None) -> None:
    assert extract_values("gdpr.data_location", ("zone",), text, "fr").zone == zone


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("un taux de disponibilité de 99,9 %", "99.9"),
        ("available 99.95% of the time", "99.95"),
        ("disponibilité de 99,5 % ; pénalité de 10 % au-delà", "99.5"),
        ("pénalité de 10 %", None),
    ],
)
def test_sla_percent(text: str, percent: str | None) -> None:
    value = extract_values("cloud.sla", ("percent",), text, "fr").percent
    assert (str(value) if value is not None else None) == percent


@pytest.mark.parametrize(
    ("text", "amount", "multiple"),
    [
        ("la responsabilité est limitée au montant total du marché", None, "1"),
        ("plafonnée à deux fois le prix", None, "2"),
        ("limitée à 50 % du montant du marché", None, "0.5"),
        ("shall not exceed two times the annual fees", None, "2"),
        ("limitée à trois mois de redevances", None, "3"),
        ("plafonnée à 500 000 €", "500000", None),
        ("est plafonnée, toutes causes confondues, au montant des redevances versées", None, "1"),
        # the figure repeated in brackets, and a half added: never read as once the price
        ("est limitée à deux (2) fois le montant HT de cette Commande", None, "2"),
        ("shall not exceed three (3) times the Fees paid in that period", None, "3"),
        ("est plafonnée à une fois et demie le montant annuel HT du Contrat", None, "1.5"),
        ("est limitée à une fois et demie (1,5) le montant total HT des bons", None, "1.5"),
        ("shall be limited to one and a half times the annual fees", None, "1.5"),
        # a multiple that cannot be read is no value
        ("est limitée à plusieurs fois le montant du marché", None, None),
        # an amount or a multiple, whichever is greater; "the amount of" beside an amount is
        # not once the price
        (
            "shall not exceed the greater of $2,000,000 or two (2) times the Contract value",
            "2000000",
            "2",
        ),
        ("shall not exceed the amount of EUR 1,000,000", "1000000", None),
        ("shall not exceed the contract price, except in case of fraud", None, "1"),
        ("is limited to one hundred and fifty per cent (150%) of the contract value", None, "1.5"),
    ],
)
def test_liability_cap(text: str, amount: str | None, multiple: str | None) -> None:
    values = extract_values(
        "contract.liability_cap", ("amount", "multiple"), text, language([text])
    )
    assert (str(values.amount.value) if values.amount else None) == amount
    assert (str(values.multiple.normalize()) if values.multiple is not None else None) == multiple


@pytest.mark.parametrize(
    ("text", "amount", "per", "formula"),
    [
        ("une pénalité de 150 € par jour calendaire de retard", "150", "day", None),
        ("500 € HT par jour ouvré de retard", "500", "business_day", None),
        ("pénalité de 50 € par heure de retard", "50", "hour", None),
        ("selon la formule P = V x R / 1000, dans laquelle", None, None, "P = V x R / 1000"),
        ("liquidated damages of EUR 1,000 per day of delay", "1000", "day", None),
        ("liquidated damages of KES 25,000 for each calendar day of delay", "25000", "day", None),
        ("Delay Payments of £250 for each Working Day of delay", "250", "business_day", None),
        ("a contractual penalty of EUR 400 for each commenced calendar day", "400", "day", None),
        ("a penalty of EUR 250 per calendar day of delay", "250", "day", None),
        ("For each Business Day of delay, Supplier shall pay £150", "150", "business_day", None),
        ("chaque jour calendaire de retard donne lieu à une pénalité de 150 €", "150", "day", None),
        ("pénalité de 200 € pour chaque jour de retard", "200", "day", None),
        # a rate reported each month is no penalty per month
        ("une pénalité de 500 € est facturée chaque mois", "500", None, None),
        ("a penalty of EUR 500 applies, reported each month", "500", None, None),
    ],
)
def test_penalties(text: str, amount: str | None, per: str | None, formula: str | None) -> None:
    values = extract_values("contract.delay_penalties", ("amount", "per"), text, "fr")
    assert (str(values.amount.value) if values.amount else None) == amount
    assert values.per == per
    assert values.formula == formula


@pytest.mark.parametrize(
    ("text", "heading", "moment"),
    [
        ("dans les quinze jours à compter de la notification", None, "notification"),
        ("la preuve d'une assurance", "Pièces de la candidature", "candidature"),
        ("sur simple demande de l'acheteur", None, "on_request"),
        # (its ordinal written in figures before the lexicon reads it: « à 1ère demande »)
        ("Il en justifie à première demande.", None, "on_request"),
        ("renouvelée chaque année", None, "annual"),
        ("l'attestation d'assurance", "Prix", None),
    ],
)
def test_moment_uses_heading_when_sentence_is_silent(text: str, heading, moment) -> None:
    assert (
        extract_values("insurance.certificate", ("moment",), text, "fr", heading).moment == moment
    )


def test_providers_fall_back_on_the_clause() -> None:
    values = extract_values(
        "cloud.hosting_subcontractor",
        ("providers",),
        "Tout changement d'hébergeur est soumis à accord.",
        "fr",
        None,
        "Le site est hébergé chez OVHcloud. Tout changement d'hébergeur...",
    )
    assert values.providers == ("OVHcloud",)


@pytest.mark.parametrize(
    ("kind", "text", "field", "value"),
    [
        # the value a sentence sets anew, not the one it replaces
        (
            "gdpr.breach_notification",
            "Le délai de notification des violations, fixé à quarante-huit (48) heures par "
            "l'article 8.5 du CCAP-AC, est ramené à douze (12) heures.",
            "hours",
            12,
        ),
        (
            "cloud.sla",
            "Le taux de disponibilité est porté de 99,5 % (article 6.1 du CCTP de l'accord-cadre) "
            "à 99,9 %.",
            "percent",
            Decimal("99.9"),
        ),
        ("gdpr.breach_notification", "The notice is reduced from 48 to 24 hours.", "hours", 24),
        # (the value replaced named as another text's: « indiqué au CCTP », "stated in")
        (
            "gdpr.breach_notification",
            "Le délai de 72 heures indiqué au CCTP est ramené à 24 heures à compter de la "
            "découverte de la violation.",
            "hours",
            24,
        ),
        (
            "gdpr.breach_notification",
            "The 72 hours stated in the Specification are reduced to 24 hours.",
            "hours",
            24,
        ),
        # (the amended text's words quoted after « de »)
        (
            "contract.delay_penalties",
            "À l'article 17.1 du contrat, le montant de la pénalité de retard, de « 150 € », est "
            "porté à « 300 € » par jour ouvré de retard.",
            "amount",
            Money(Decimal("300"), "EUR"),
        ),
        (
            "cloud.sla",
            "À l'article 6.1, les mots « 99,5 % » sont remplacés par les mots « 99,8 % ».",
            "percent",
            Decimal("99.8"),
        ),
        (
            "gdpr.breach_notification",
            "Notification sous 24 heures (au lieu de 48 heures).",
            "hours",
            24,
        ),
        ("gdpr.breach_notification", "Notify within 12 hours instead of 24 hours.", "hours", 12),
        (
            "cloud.sla",
            "L'article 6.1 (qui fixait le taux à 99,5 %) est modifié comme suit : le taux garanti "
            "est de 99,9 %.",
            "percent",
            Decimal("99.9"),
        ),
        # the value of the article set aside, recalled beside it
        (
            "gdpr.breach_notification",
            "Par dérogation à l'article 11.4 du CCAP-AC (soixante-douze heures), le titulaire "
            "notifie toute violation de données au plus tard vingt-quatre (24) heures après.",
            "hours",
            24,
        ),
        (
            "gdpr.breach_notification",
            "By way of derogation from clause 7.2 of the Framework, which sets 72 hours, the "
            "Supplier shall notify any personal data breach within 12 hours.",
            "hours",
            12,
        ),
        (
            "cloud.sla",
            "Par dérogation à l'article 6.1 du CCAP, qui fixe le taux à 99,5 %, le taux garanti "
            "est de 99,9 %.",
            "percent",
            Decimal("99.9"),
        ),
        # a possible change leaves the value stated first
        (
            "gdpr.breach_notification",
            "Le titulaire notifie sous 24 heures ; ce délai peut être porté à 72 heures.",
            "hours",
            24,
        ),
    ],
)
def test_a_changed_value_is_read_as_changed(kind: str, text: str, field: str, value) -> None:
    values = extract_values(kind, ["hours", "days", "percent", "amount"], text, language(text))
    assert getattr(values, field) == value


def test_a_penalty_set_by_another_pieces_article_names_it() -> None:
    text = (
        "Les pénalités de retard sont calculées et appliquées conformément à l'article 14 du "
        "CCAP-AC, sous réserve de l'article 6.2 ci-dessous."
    )
    values = extract_values("contract.delay_penalties", ["reference"], text, "fr")
    assert values.reference == "CCAP-AC art. 14"


def test_a_second_tier_is_no_change_of_value() -> None:
    text = (
        "Pour interruption de service : 500 € par heure d'interruption, au delà de 24 heures la "
        "pénalité est portée à 15 000 euros par jour d'indisponibilité."
    )
    values = extract_values("contract.delay_penalties", ["amount", "per"], text, "fr")
    assert values.amount is not None and values.amount.value == 500


def test_the_words_a_schedule_of_amendments_puts_in_are_read() -> None:
    text = (
        "In Clause 9.4, the words «seventy-two (72) hours» are deleted and replaced with "
        "«twenty-four (24) hours»."
    )
    assert extract_values("gdpr.breach_notification", ["hours"], text, "en").hours == 24


def test_a_replaced_value_leaves_the_moment_it_was_counted_from() -> None:
    text = (
        "Le titulaire remet l'attestation sous 10 jours au lieu de 15 jours à compter de la "
        "notification du marché."
    )
    values = extract_values("insurance.certificate", ["days", "moment"], text, "fr")
    assert (values.days, values.moment) == (10, "notification")


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("une pénalité de 0,5 % du montant de la commande par jour calendaire de retard", "0.5"),
        ("a fine at the rate of 0.2% (zero point two percent) of the price per day", "0.2"),
        # the cap of the penalties is not their rate
        ("JOD 150 for each calendar day of delay, up to a maximum of ten percent (10%)", None),
        ("0,1 % par jour de retard, dans la limite de 10 % du montant du marché", "0.1"),
        ("pénalités plafonnées à 5 % du montant total", None),
        # the figures in brackets after a rate in words
        ("fines of one tenth of one per cent (0.1%) of the contract value per day", "0.1"),
    ],
)
def test_a_penalty_rate_is_not_its_cap(text: str, percent: str | None) -> None:
    values = extract_values("contract.delay_penalties", ("amount", "per", "percent"), text, "en")
    assert (str(values.percent) if values.percent is not None else None) == percent


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "une disponibilité d'au moins 99,7 %, portée à 99,9 % pendant les périodes d'examens",
            ["99.9"],
        ),
        ("99,9 % pour le portail et 99,5 % pour l'intranet", ["99.5"]),
        # a threshold for credits, a replaced value, a level without a scope of its own
        ("99,9 % par mois ; en dessous de 99,5 % pour le mois, un avoir est dû", []),
        ("Disponibilité d'au moins 99,9 % par mois (et non plus 99,5 % pour le mois).", []),
        ("Votre offre propose une disponibilité de 99,5 % et 99,0 % le week-end", []),
    ],
)
def test_each_level_a_sentence_promises_for_a_scope_of_its_own(text: str, levels) -> None:
    found = further_levels("cloud.sla", ("percent",), text, "fr")
    assert [str(level) for level in found] == levels


def test_a_level_named_as_the_one_it_is_not_is_no_level() -> None:
    text = "Disponibilité de 99,9 % par mois et non 99,5 % pour le mois."
    assert further_levels("cloud.sla", ("percent",), text, "fr") == []


@pytest.mark.parametrize(
    ("text", "providers"),
    [
        (
            "L'application est hébergée sur Microsoft Azure, région France Centre.",
            ["Microsoft Azure"],
        ),
        ("Pas d'hébergement chez Amazon Web Services, Microsoft Azure ou Google Cloud.", []),
        ("Hébergement chez Scaleway, pas chez AWS.", ["Scaleway"]),
        # a restriction names the one allowed
        ("Le titulaire ne peut recourir à aucun autre hébergeur que OVHcloud.", ["OVHcloud"]),
        ("No cloud provider other than OVHcloud may be used.", ["OVHcloud"]),
    ],
)
def test_the_hosts_a_sentence_refuses_are_not_its_providers(text: str, providers) -> None:
    values = extract_values("cloud.hosting_subcontractor", ("providers",), text, "fr")
    assert list(values.providers) == providers


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        ("une assurance responsabilité civile de 2 000 000 $ par sinistre", "fr", "CAD"),
        ("une assurance responsabilité civile de 2 000 000 $ US par sinistre", "fr", "USD"),
        ("professional liability insurance of $2,000,000 per claim", "en", "USD"),
    ],
)
def test_a_dollar_in_a_french_text_is_canadian(text: str, lang: str, currency: str) -> None:
    """A French text writing « $ » is written in Québec or elsewhere in Canada."""
    amount = extract_values("insurance.rc_pro", ["amount"], text, lang).amount
    assert amount is not None and amount.currency == currency


def test_the_yearly_minimum_of_a_french_text_in_dollars_is_canadian_too() -> None:
    """« 2 000 000 $ par réclamation et 4 000 000 $ par période annuelle »: the second
    minimum, read as a demand of its own, is in Canadian dollars as the first is."""
    from tenderguard.extract import annual_aggregate

    text = (
        "une assurance responsabilité professionnelle d'au moins 2 000 000 $ par réclamation "
        "et 4 000 000 $ par période annuelle d'assurance"
    )
    yearly = annual_aggregate("insurance.rc_pro", ("amount", "basis"), text, "fr")
    assert yearly is not None and (yearly.value, yearly.currency) == (4000000, "CAD")


def test_a_cap_replaced_as_follows_is_the_new_one() -> None:
    """« Clause 14.2 of the Terms (which limits liability to 100% of the fees …) is replaced as
    follows: … 150% of the Fees »: the cap set is the new one."""
    text = (
        "Clause 14.2 of the Terms (which limits liability to 100% of the fees paid in the "
        "preceding twelve months) is replaced as follows: each party's aggregate liability "
        "shall not exceed one hundred and fifty per cent (150%) of the Fees paid."
    )
    values = extract_values("contract.liability_cap", ["amount", "multiple"], text, "en")
    assert values.multiple == Decimal("1.5")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        # The signing is the first of the years the certificate is renewed in.
        (
            "Le Prestataire remet une attestation d'assurance à la signature du contrat, puis "
            "chaque année à la date anniversaire du contrat.",
            "annual",
        ),
        (
            "The Supplier shall deliver a certificate of insurance before the Effective Date "
            "and every year thereafter.",
            "annual",
        ),
        # Given with the bid first, it is first asked for with the bid.
        (
            "Le candidat joint à son offre une attestation d'assurance, puis la renouvelle "
            "chaque année.",
            "candidature",
        ),
        ("Le titulaire remet son attestation à la signature du marché.", "award"),
    ],
)
def test_a_certificate_due_on_signing_then_every_year_is_a_yearly_proof(
    text: str, moment: str
) -> None:
    assert extract_values("insurance.certificate", ["moment"], text, language(text)).moment == (
        moment
    )


@pytest.mark.parametrize(
    ("row", "first", "yearly"),
    [
        # two amounts in one cell, their bases in order in the next; an excess in its own cell
        (
            "T1 | Professional indemnity | £5,000,000 £10,000,000 | each and every claim in the "
            "aggregate per period of insurance | £50,000 | ✓ | Claims-made;",
            ("5000000", "per_claim"),
            "10000000",
        ),
        (
            "RC Professionnelle | 1 500 000 € 3 000 000 € | par sinistre par année d'assurance "
            "| 10 000 €",
            ("1500000", "per_claim"),
            "3000000",
        ),
    ],
)
def test_amounts_of_a_row_take_the_bases_of_the_next_cell_in_order(
    row: str, first: tuple[str, str], yearly: str
) -> None:
    """A row whose amounts cell holds two amounts and whose next cell names two bases pairs
    them in order; an amount in a later cell (the excess) takes no basis from a cell already
    paired, so it is never read as the yearly minimum."""
    from tenderguard.extract import annual_aggregate

    values = extract_values("insurance.rc_pro", INSURANCE, row, language(row))
    assert values.amount is not None
    assert (str(values.amount.value), values.basis) == first
    aggregate = annual_aggregate("insurance.rc_pro", ("amount", "basis"), row, language(row))
    assert aggregate is not None and str(aggregate.value) == yearly


def test_an_amount_given_again_in_euros_in_brackets_keeps_its_basis() -> None:
    """« 60 000 000 F CFP (environ 502 800 €) par sinistre et à 120 000 000 F CFP (environ
    1 005 600 €) par année d'assurance »: the euro equivalents are for information; each amount
    keeps the basis written after its bracket, and the yearly one is the second minimum."""
    from tenderguard.extract import annual_aggregate

    text = (
        "une assurance de responsabilité civile professionnelle d'un montant qui ne peut être "
        "inférieur à 60 000 000 F CFP (environ 502 800 €) par sinistre et à 120 000 000 F CFP "
        "(environ 1 005 600 €) par année d'assurance."
    )
    values = extract_values("insurance.rc_pro", INSURANCE, text, "fr")
    assert values.amount is not None
    assert (values.amount.value, values.amount.currency, values.basis) == (
        60000000,
        "XPF",
        "per_claim",
    )
    yearly = annual_aggregate("insurance.rc_pro", ("amount", "basis"), text, "fr")
    assert yearly is not None and (yearly.value, yearly.currency) == (120000000, "XPF")
