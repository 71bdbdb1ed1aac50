# language: fr
# Centre hospitalier intercommunal de la Vère (CHIV) – Marché 2026-CHIV-014
# Critères d'acceptation – Hébergement et TMA du portail patients (annexe 4 du CCTP)

Fonctionnalité: Conformité du titulaire pour l'hébergement du portail patients
  En tant que direction des achats du CHIV
  Je veux vérifier les engagements du titulaire avant et pendant l'exécution
  Afin de sécuriser les données de santé des patients
  Une « violation de données » s'entend au sens de l'article 4 du RGPD.

  Contexte:
    Étant donné le marché n° 2026-CHIV-014 notifié au titulaire
    Et un montant maximum de 350 000 € HT sur la durée du marché
    Et l'historique 2025 fait état d'une disponibilité mesurée de 98,7 %

  Scénario: Attestation d'assurance remise après notification
    Étant donné la notification du marché
    Quand 15 jours se sont écoulés
    Alors le titulaire a remis une attestation d'assurance en cours de validité
    Et l'attestation est émise par l'assureur et non par le courtier

  Scénario: Renouvellement annuel de l'attestation
    Étant donné l'échéance annuelle de la police du titulaire
    Alors le titulaire transmet spontanément la nouvelle attestation au CHIV

  Plan du scénario: Garanties minimales de responsabilité civile
    Étant donné l'attestation remise par le titulaire
    Alors la garantie <garantie> est d'au moins <montant> <base>

    Exemples:
      | garantie                | montant     | base                  |
      | RC professionnelle      | 2 000 000 € | par sinistre          |
      | RC professionnelle      | 4 000 000 € | par année d'assurance |
      | RC exploitation         | 1 000 000 € | par sinistre          |

  Scénario: Sous-traitants assurés
    Étant donné un sous-traitant déclaré par le titulaire
    Alors ce sous-traitant justifie d'une assurance de responsabilité civile professionnelle

  Scénario: Intervention dans les locaux du CHIV
    Étant donné que le CHIV assure ses locaux et ses équipements par un contrat multirisque
    Alors le titulaire n'est pas tenu de souscrire une assurance multirisque pour ces biens

  Scénario: Accord de sous-traitance de données
    Étant donné le démarrage des prestations
    Alors un accord conforme à l'article 28 du RGPD est signé par le titulaire
    Et aucun sous-traitant ultérieur n'intervient sans autorisation écrite préalable du CHIV

  Scénario: Hébergement certifié HDS
    Étant donné l'hébergeur retenu par le titulaire
    Alors il détient le certificat HDS en cours de validité pour les activités 1 à 6
    Et les données sont stockées en France

  Scénario: Pas de soumission au Cloud Act
    Quand une autorité d'un pays tiers demande l'accès aux données
    Alors aucun accès n'est possible en application du Cloud Act ou de la loi FISA

  Scénario: SecNumCloud non requis
    Étant donné une offre dont l'hébergement n'est pas qualifié SecNumCloud
    Alors l'offre n'est pas rejetée pour ce motif

  Scénario: Notification d'une violation de données
    Quand le titulaire détecte une violation de données personnelles
    Alors il informe le DPO du CHIV dans les 24 heures

  Scénario: Rôle du CHIV vis-à-vis de la CNIL (information)
    Étant donné une violation notifiée par le titulaire
    Alors le CHIV, responsable de traitement, notifie la CNIL dans les 72 heures

  Scénario: Exercice de crise annuel
    Quand l'exercice de crise simulant une fuite de données est déroulé
    Alors le délai d'information du CHIV de 24 heures est respecté

  Scénario: Journalisation des accès aux dossiers
    Quand un professionnel consulte un dossier patient
    Alors l'accès est journalisé avec l'identifiant, la date et l'heure
    Et les journaux sont conservés un an

  Scénario: Disponibilité du portail
    Étant donné un mois d'exploitation
    Alors la disponibilité mensuelle mesurée est supérieure ou égale à 99,9 %

  Scénario: Réversibilité en fin de marché
    Quand le marché prend fin
    Alors le titulaire restitue les données dans un format ouvert documenté
    Et les données sont effacées des environnements du titulaire dans les 30 jours, sauvegardes comprises

  Scénario: Pénalités de retard à la mise en service
    Quand la mise en service intervient après la date contractuelle
    Alors une pénalité de 250 € est appliquée par jour calendaire de retard

  Scénario: Plafond des pénalités
    Alors le total des pénalités n'excède pas 10 % du montant du marché

  Scénario: Assurance cyber souhaitée
    Alors il est souhaité que le titulaire dispose d'une assurance cyber

  Scénario: Critère d'attribution
    Étant donné l'analyse des offres
    Alors la valeur technique compte pour 60 %, dont 10 % pour la qualité de l'hébergement HDS proposé
