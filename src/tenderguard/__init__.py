"""tenderguard: what a tender or a contract demands in insurance, GDPR and cloud, with citations."""

__version__ = "0.1.0"

NOTICE = (
    "Automated check, not legal or insurance advice: verify every requirement against the "
    "documents and with your broker before bidding or signing."
)
# The same notice for the reports written in French (the annex, the terminal report in fr).
NOTICE_FR = (
    "Vérification automatisée, qui ne vaut ni conseil juridique ni conseil en assurance : "
    "vérifiez chaque exigence sur les pièces et avec votre courtier avant de répondre ou de "
    "signer."
)
NOTICES = {"fr": NOTICE_FR, "en": NOTICE}
