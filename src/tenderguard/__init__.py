"""tenderguard: what a tender or a contract demands in insurance, GDPR and cloud, with citations."""

__version__ = "0.1.0"

NOTICE = (
    "Automated check, not legal or insurance advice: verify every requirement against the "
    "documents and with your broker before bidding or signing."
)
