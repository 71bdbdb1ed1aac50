"""An e-mail thread saved as text: the newest message holds, and the earlier message its
sender's side wrote still holds where the newest says it stands; the other side's quoted
answer is history."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from tenderguard.api import check
from tenderguard.models import Requirement
from tenderguard.parsing.thread import thread
from tenderguard.rules.loader import RuleSet

Write = Callable[[str, bytes | str], Path]

_NEWEST = """\
De : Mathilde Roussin <m.roussin@transports-exemple.fr>
À : Yann Kerhervé <yann@esn-exemple.fr>
Objet : RE: RE: Exigences hébergement

Bonjour Yann,

Voici les ajustements à notre liste du 3 novembre. {standing}

a) RC Pro : nous demandons finalement 2 000 000 € par sinistre, et non plus 1 M€.
b) Disponibilité : nous passons à 99,9 % par mois.

Mathilde

----- Message d'origine -----
De : Yann Kerhervé <yann@esn-exemple.fr>
Date : lundi 10 novembre 2025 09:15

> Bonjour Mathilde,
>
> - Notre RC Pro actuelle couvre 1 500 000 € par sinistre.
> - Nous proposons de plafonner notre responsabilité à une fois le montant annuel du contrat.
>
> Yann
>
> Le 3 nov. 2025 à 11:02, Mathilde Roussin <m.roussin@transports-exemple.fr> a écrit :
>> Bonjour Yann,
>>
>> 1) Responsabilité civile professionnelle : 1 000 000 € par sinistre minimum.
>> 2) Attestation d'assurance à nous transmettre avant la signature du contrat.
>> 3) Notification de toute violation de données dans les 72 heures.
>> 4) Disponibilité de 99,5 % par mois.
>>
>> Mathilde
"""

_STANDS = "Ils remplacent les valeurs correspondantes ; tous les autres points restent inchangés."
_REPLACES = "Elle annule et remplace intégralement ma liste du 3 novembre."


def _rows(write: Write, ruleset: RuleSet, standing: str) -> list[Requirement]:
    path = write("fil.txt", _NEWEST.format(standing=standing))
    return check([path], ruleset=ruleset).requirements


def _cited(rows: list[Requirement], kind: str) -> list[str | None]:
    return [r.sources[0].clause for r in rows if r.kind == kind]


def test_the_points_of_an_earlier_message_that_still_stand_are_demands_at_their_number(
    write: Write, ruleset: RuleSet
) -> None:
    rows = _rows(write, ruleset, _STANDS)
    assert _cited(rows, "insurance.certificate") == ["2"]
    assert _cited(rows, "gdpr.breach_notification") == ["3"]


def test_a_point_the_newest_message_speaks_of_anew_sets_the_earlier_one_aside(
    write: Write, ruleset: RuleSet
) -> None:
    rows = _rows(write, ruleset, _STANDS)
    (rc_pro,) = [r for r in rows if r.kind == "insurance.rc_pro"]
    assert rc_pro.sources[0].clause == "a" and rc_pro.values.amount is not None
    assert rc_pro.values.amount.value == 2_000_000
    assert [s.clause for s in rc_pro.sources] == ["a", "1"]  # the old point cited, not quoted
    (sla,) = [r for r in rows if r.kind == "cloud.sla"]
    assert sla.sources[0].clause == "b" and sla.values.percent == Decimal("99.9")


def test_the_other_sides_quoted_answer_demands_nothing(write: Write, ruleset: RuleSet) -> None:
    rows = _rows(write, ruleset, _STANDS)
    assert not [r for r in rows if "1 500 000" in r.text or "plafonner" in r.text]
    assert not _cited(rows, "contract.liability_cap")


def test_a_message_that_replaces_the_earlier_list_leaves_it_unread(
    write: Write, ruleset: RuleSet
) -> None:
    rows = _rows(write, ruleset, _REPLACES)
    assert not _cited(rows, "insurance.certificate")
    assert not _cited(rows, "gdpr.breach_notification")
    assert _cited(rows, "insurance.rc_pro") == ["a"]


def test_a_forwarded_message_numbers_its_points_afresh(write: Write, ruleset: RuleSet) -> None:
    text = """\
From: Olivier Kerbrat <olivier@labo-exemple.fr>
To: Sarah <sarah@freelance-exemple.fr>
Subject: Mission Azure

Bonjour Sarah,

Le message de Claire que je transfère plus bas reste valable, sauf son point b).

1) Ta RC Pro doit couvrir au moins 1 000 000 € par sinistre.
2) Si tu constates une violation de données personnelles, tu nous préviens sous 12 heures.

Olivier

---------- Message transféré ---------
De : Claire Dumoulin <claire@labo-exemple.fr>
Date : mar. 12 mai 2026 à 16:42
Objet : Mission Azure

a) elle ne confie aucun traitement de nos données personnelles à un sous-traitant sans notre
accord écrit préalable ;
b) délai de notification des violations de données : 24 heures.
"""
    rows = check([write("mail.txt", text)], ruleset=ruleset).requirements
    assert _cited(rows, "gdpr.subprocessor_authorization") == ["a"]
    (breach,) = [r for r in rows if r.kind == "gdpr.breach_notification"]
    assert breach.sources[0].clause == "2" and breach.values.hours == 12


def test_a_webmail_address_is_no_organisation() -> None:
    lines = [
        "From: Paul <paul.client@gmail.com>",
        "To: Anne <anne.dev@gmail.com>",
        "Subject: Site",
        "",
        "Tous les autres points de mon premier message restent valables.",
        "",
        "On Mon, 2 Feb 2026 at 09:15, Anne <anne.dev@gmail.com> wrote:",
        "> Mon assurance RC Pro couvre 300 000 €.",
        "",
        "On Sun, 1 Feb 2026 at 18:00, Paul <paul.client@gmail.com> wrote:",
        "> > a) RC Pro d'au moins 500 000 €.",
    ]
    newest, earlier = thread(lines)
    assert [m.sender for m in earlier] == ["Paul <paul.client@gmail.com>"]
    assert earlier[0].lines == ["a) RC Pro d'au moins 500 000 €."]
    assert not any(line.startswith(">") for line in newest)


def test_a_point_the_newest_message_withdraws_is_not_read() -> None:
    lines = [
        "De : Sophie <s.m@agglo-exemple.fr>",
        "À : Yann <yann@esn-exemple.fr>",
        "Objet : Exigences définitives",
        "",
        "Les points de mon message du 10 mars que je ne modifie pas restent valables.",
        "1. Responsabilité : nous retirons le point h) ; votre responsabilité ne sera pas "
        "plafonnée.",
        "",
        "Le 10 mars 2025 à 09:12, Sophie <s.m@agglo-exemple.fr> a écrit :",
        "> g) À la fin du contrat, suppression de toutes les données.",
        "> h) Plafond de responsabilité égal au montant annuel du contrat,",
        ">    hors faute lourde.",
        "> i) Attestation d'assurance RC Pro à joindre au devis.",
    ]
    _, (earlier,) = thread(lines)
    assert earlier.lines == [
        "g) À la fin du contrat, suppression de toutes les données.",
        "h)",
        "i) Attestation d'assurance RC Pro à joindre au devis.",
    ]


def test_an_html_mail_thread_is_read_as_its_text_with_the_newest_message_holding(
    write: Write, ruleset: RuleSet
) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Sandrine <s.l@coop-exemple.fr>"
    message["To"] = "Julien <julien@web-exemple.fr>"
    message["Subject"] = "RE: Mission"
    message.set_content(
        "<html><body><p>Bonjour Julien,</p>"
        "<p>Deux points changent ; tout le reste de mon message reste valable tel quel :</p>"
        "<ol><li>Assurance : responsabilité civile professionnelle d'au moins 1 000 000 € par "
        "sinistre, et non plus 500 000 €.</li>"
        "<li>Tu nous préviens de toute violation de données personnelles dans les 24 heures."
        "</li></ol>"
        "<div>Le mar. 14 mars 2026, Julien &lt;julien@web-exemple.fr&gt; a écrit :</div>"
        "<blockquote><p>Ma RC Pro actuelle est de 500 000 € par sinistre.</p>"
        "<div>Le jeu. 12 mars 2026, Sandrine &lt;s.l@coop-exemple.fr&gt; a écrit :</div>"
        "<blockquote><p>a) Responsabilité civile professionnelle d'au moins 500 000 € par "
        "sinistre.</p><p>b) Les données restent hébergées exclusivement en France.</p>"
        "</blockquote></blockquote></body></html>",
        subtype="html",
    )
    rows = check([write("fil.eml", message.as_bytes())], ruleset=ruleset).requirements
    (rc_pro,) = [r for r in rows if r.kind == "insurance.rc_pro"]
    assert rc_pro.sources[0].clause == "1" and rc_pro.values.amount is not None
    assert rc_pro.values.amount.value == 1_000_000
    assert _cited(rows, "gdpr.breach_notification") == ["2"]
    assert _cited(rows, "gdpr.data_location") == ["b"]


def test_a_point_answered_away_between_the_lines_of_the_quoted_list_is_not_read() -> None:
    """The buyer forwards its list as the legal department answered it point by point; « les
    autres points sont maintenus » keeps the list, the answer « à retirer » drops point h,
    and the points after it keep their labels."""
    lines = [
        "De : Camille <c.a@groupe-exemple.fr>",
        "À : Julien <julien@conseil-exemple.fr>",
        "Objet : Exigences juridiques",
        "",
        "Tous les autres points de ma liste sont maintenus tels quels.",
        "",
        "Le 13/01/2026 à 17:42, Sophie <s.d@groupe-exemple.fr> a écrit :",
        "> Voici mes réponses en ligne.",
        ">",
        "> Le 12/01/2026 à 10:15, Camille <c.a@groupe-exemple.fr> a écrit :",
        ">> g) Les actions d'administration sont tracées.",
        ">> h) Les outils sont hébergés sur une offre qualifiée SecNumCloud.",
        "> Inutile pour cette mission : à retirer.",
        ">> i) À la fin de la mission, il supprime toutes les données.",
        "> OK.",
    ]
    _, (_, listed) = thread(lines)
    assert listed.lines == [
        "g) Les actions d'administration sont tracées.",
        "h) Inutile pour cette mission : à retirer.",
        "i) À la fin de la mission, il supprime toutes les données.",
        "OK.",
    ]


def test_earlier_answers_that_still_stand_are_read_and_a_point_renounced_is_not() -> None:
    """A buyer's second set of answers to the candidates' questions: « les réponses du
    12 février auxquelles il n'est pas touché restent valables », « nous renonçons à
    l'exigence … évoquée au point g) »."""
    lines = [
        "De : Commande publique <marches@syndicat-exemple.fr>",
        "À : Candidats <candidats@syndicat-exemple.fr>",
        "Objet : Réponses aux questions n° 2",
        "",
        "Nos réponses du 12 février auxquelles il n'est pas touché restent valables.",
        "4) SecNumCloud : nous renonçons à l'exigence évoquée au point g) de nos réponses.",
        "",
        "-----Message d'origine-----",
        "De : Commande publique <marches@syndicat-exemple.fr>",
        "Objet : Réponses aux questions n° 1",
        "",
        "> f) Pénalités : 150 € par jour calendaire de retard.",
        "> g) Hébergement : l'offre est qualifiée SecNumCloud.",
        "> h) Les sous-traitants du titulaire sont assurés en responsabilité civile.",
    ]
    _, (earlier,) = thread(lines)
    assert earlier.lines == [
        "f) Pénalités : 150 € par jour calendaire de retard.",
        "g)",
        "h) Les sous-traitants du titulaire sont assurés en responsabilité civile.",
    ]


def test_the_answers_a_candidate_sends_do_not_make_an_earlier_message_stand() -> None:
    """« Vos réponses nous conviennent » names answers without saying anything stands."""
    lines = [
        "De : Commande publique <marches@syndicat-exemple.fr>",
        "À : Yann <yann@esn-exemple.fr>",
        "Objet : RE: Offre",
        "",
        "Vos réponses nous conviennent.",
        "",
        "Le 10 mars 2025 à 09:12, Commande publique <marches@syndicat-exemple.fr> a écrit :",
        "> g) À la fin du contrat, suppression de toutes les données.",
    ]
    assert thread(lines)[1] == []


_ANSWERS = """\
De : Commande publique <marches@syndicat-exemple.fr>
À : Candidats <candidats@syndicat-exemple.fr>
Objet : Réponses aux questions n° 2

Nos réponses du 12 février auxquelles il n'est pas touché restent valables.

1) Hébergement : nous renonçons à la qualification SecNumCloud évoquée au point b).
2) Attestations : l'attributaire remet, avant la notification, les attestations d'assurance.

-----Message d'origine-----
De : Commande publique <marches@syndicat-exemple.fr>
Objet : Réponses aux questions n° 1

> a) Attestation d'assurance : une attestation valide est jointe au dossier de candidature.
>
> b) Hébergement : l'offre d'hébergement est qualifiée SecNumCloud.
>
> c) Sous-traitance : les sous-traitants du titulaire sont assurés en responsabilité civile.
"""


def test_earlier_answers_stand_at_their_letter_past_a_renounced_point(
    write: Write, ruleset: RuleSet
) -> None:
    rows = check([write("reponses.eml.txt", _ANSWERS)], ruleset=ruleset).requirements
    assert _cited(rows, "insurance.subcontractors") == ["c"]
    assert not _cited(rows, "cloud.secnumcloud")
    # the winner's certificates add a step to the candidature's, which stands
    assert sorted(map(str, _cited(rows, "insurance.certificate"))) == ["2", "a"]


_TICKET = """\
 SUPPORT - EXPORT DE TICKET
 Ticket        : #48213 - Exigences de sécurité
 Ordre         : messages du plus récent au plus ancien
-------------------------------------------------------------------------
 [2] Client - Claire Fontanel - 16/03/2026 17:41
-------------------------------------------------------------------------
Voici la liste définitive ; elle remplace celle de mon premier message.

1. Assurance cyber d'au moins 1 000 000 EUR par année d'assurance.
2. Données de santé hébergées en France, sauvegardes comprises (et non plus
   « dans l'Union européenne »).

-------------------------------------------------------------------------
 [1] Client - Claire Fontanel - 03/03/2026 10:02
-------------------------------------------------------------------------
a) Hébergement des données dans l'Union européenne.
b) Notification des violations de données sous 48 heures.
"""


def test_a_helpdesk_ticket_is_read_as_a_thread_its_newest_message_first(
    write: Write, ruleset: RuleSet
) -> None:
    """A ticket exported as text, its messages opened by « [n] Client - … - date »: the newest
    (the highest number) holds, its points cited by their numbers; the first list, replaced,
    is not read. A point whose words wrap after an open bracket is no title."""
    rows = check([write("ticket.txt", _TICKET)], ruleset=ruleset).requirements
    assert _cited(rows, "insurance.cyber") == ["1"]
    assert _cited(rows, "gdpr.data_location") == ["2"]
    assert not _cited(rows, "gdpr.breach_notification")


_RECALLED = """\
From: Commande publique <marches@agglo-exemple.fr>
To: Candidats <candidats@agglo-exemple.fr>
Subject: RE: Consultation 2026-04 - Questions

Mesdames, Messieurs,

Ces réponses complètent le règlement de la consultation. Les exigences du RC qui ne sont pas
évoquées ci-dessous restent inchangées.

R1 - Oui. Microsoft Azure est admis au même titre qu'OVHcloud, dans une région de l'Union
européenne. Tout autre sous-traitant ultérieur ne pourra intervenir qu'après accord écrit et
préalable de l'Agglomération.

R2 - L'exigence de certification ISO/IEC 27001 figurant à l'article 5.4 du RC est supprimée.

-----Message d'origine-----
> From: Yann <yann@esn-exemple.fr>
> Subject: RE: Consultation 2026-04 - Questions
>
> Q1 - Pouvons-nous héberger sur Microsoft Azure ?
>
> > From: Commande publique <marches@agglo-exemple.fr>
> > Subject: Consultation 2026-04
> >
> > Rappel des principales exigences du RC :
> >
> > a) pénalité de 200 EUR par jour calendaire de retard dans la mise en production ;
> > b) certification ISO/IEC 27001 du titulaire sur le périmètre de l'hébergement.
"""


def test_the_demands_an_earlier_message_recalled_stand_where_the_answers_leave_them(
    write: Write, ruleset: RuleSet
) -> None:
    """« Les exigences du RC qui ne sont pas évoquées ci-dessous restent inchangées »: the
    buyer's earlier message recalling them still holds, but for the ISO/IEC 27001 demand the
    answers delete (« … est supprimée »); the answers are cited by their number « R1 - »."""
    rows = check([write("reponses.txt", _RECALLED)], ruleset=ruleset).requirements
    cited = {(r.kind, r.sources[0].clause) for r in rows}
    assert ("contract.delay_penalties", "a") in cited
    assert ("cloud.hosting_subcontractor", "R1") in cited
    assert ("gdpr.subprocessor_authorization", "R1") in cited
    assert not [r for r in rows if r.kind == "cloud.iso27001"]


def test_quotes_answered_one_run_at_a_time_are_read_where_they_stand() -> None:
    """A broker quoting a CCAP article, then commenting it, then the next article: the quoted
    articles are the text the message comments, read in place without their marks; a single
    quoted run above an analysis is still set aside."""
    lines = [
        "From: Claire <c@courtage.example>",
        "To: Julien <j@esn.example>",
        "Subject: CCAP assurances",
        "",
        "Bonjour Julien,",
        "> Article 10.2 – Il souscrit une assurance de responsabilité civile exploitation.",
        "Pas de difficulté.",
        "> Article 10.4 – Les sous-traitants justifient d'assurances de même nature.",
        "À vérifier avec vos sous-traitants.",
    ]
    newest, _ = thread(lines)
    assert "Article 10.4 – Les sous-traitants justifient d'assurances de même nature." in newest
    single = [
        *lines[:5],
        "> Article 11 – Assurances",
        "> 11.1 Le titulaire souscrit.",
        "",
        "Mon analyse :",
    ]
    newest, _ = thread(single)
    assert not any("11.1" in line for line in newest)


def test_answers_inline_below_the_quoted_message_are_the_reply_s() -> None:
    """« The District's answers are inline below » over the vendor's message, quoted under its
    header, each comment followed by the answer: the answers, and the points they answer, are
    the newest message's text; a message quoted whole under its header stays an earlier one."""
    lines = [
        "From: Dana <d@district.example>",
        "Subject: RE: redlines",
        "",
        "Marcus, the District's answers are inline below.",
        "",
        "-----Original Message-----",
        "From: Marcus <m@vendor.example>",
        "Sent: Friday, October 10, 2025 11:05 AM",
        "Subject: redlines",
        "",
        "> Section 6.3 (Liquidated damages): we ask that the $500/day be deleted.",
        "",
        "Rejected - the original stands. Liquidated damages of $500 per calendar day apply.",
        "",
        "> Section 8.2 (Cyber Liability): please reduce from $5,000,000 to $2,000,000.",
        "",
        "Counter-proposal: $3,000,000 per claim and in the annual aggregate.",
    ]
    newest, earlier = thread(lines)
    assert "Counter-proposal: $3,000,000 per claim and in the annual aggregate." in newest
    assert "Section 8.2 (Cyber Liability): please reduce from $5,000,000 to $2,000,000." in newest
    assert earlier == []
    quoted_whole = [*lines[:10], "> Section 6.3: we ask that the $500/day be deleted.", "> Thanks."]
    newest, earlier = thread(quoted_whole)
    assert not any("6.3" in line for line in newest)


def test_the_signature_after_the_sign_off_is_no_text_of_the_message() -> None:
    """ "Best regards," then the sender's name, address and "… is an ISO/IEC 27001 certified
    organisation": the signature says who writes, it demands nothing."""
    lines = [
        "From: Mei Ling Tan <procurement@harbour.example.sg>",
        "To: Julien Morel <julien@kestrel.example.fr>",
        "Subject: Conditions",
        "",
        "Kestrel shall notify us of any personal data breach within 48 hours.",
        "",
        "Best regards,",
        "Mei Ling Tan",
        "Harbour Pte Ltd is an ISO/IEC 27001 certified organisation.",
    ]
    newest, _ = thread(lines)
    assert "Kestrel shall notify us of any personal data breach within 48 hours." in newest
    assert not any("ISO/IEC 27001" in line or line == "Mei Ling Tan" for line in newest)
