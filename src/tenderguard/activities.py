"""Do the activities a certificate covers include the object of the contract?

Both sides are mapped to the families of patterns/lexicons/activities.yaml (web, hosting,
software...). Every family of the object must be carried by a covered activity, except the
ancillary ones (training) when the object also names a main family. An object that no family
recognises is compared word for word with each covered activity (rapidfuzz token-set ratio,
French and English function words removed) and accepted from MATCH_CUTOFF on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from tenderguard.normalise.lexicon import lexicon
from tenderguard.text import fold

# Token-set ratio, 0-100, from which an activity is taken as naming the object. At 80 the
# activity's meaningful words must nearly all be in the object ("travaux de peinture" in
# "travaux de peinture et ravalement" scores 100), while one shared word between different
# trades stays below ("travaux de plomberie" / "travaux de peinture" 73, "maintenance des
# ascenseurs" / "maintenance informatique" 63).
MATCH_CUTOFF = 80
# Function words left out of the comparison. spaCy's lists would do, but importing
# spacy.lang.fr costs 3.5 s at start-up, longer than a whole one-page check.
_STOP_WORDS = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "et",
        "il",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "l",
        "d",
        "ou",
        "par",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "un",
        "une",
        "y",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "their",
        "this",
        "to",
        "with",
        "within",
    ]
)


@dataclass(frozen=True, slots=True)
class ActivityMatch:
    """The outcome, with what a reader needs to see why."""

    families: tuple[str, ...]  # families of the object
    covered: dict[str, str] = field(default_factory=dict)  # family -> the activity carrying it
    missing: tuple[str, ...] = ()  # main families no activity carries
    accessory: tuple[str, ...] = ()  # ancillary families taken as accessories
    best: tuple[str, float] | None = None  # without family: closest activity and its score

    @property
    def matched(self) -> bool:
        if self.families:
            return not self.missing
        return self.best is not None and self.best[1] >= MATCH_CUTOFF


def _words(text: str) -> str:
    return " ".join(w for w in fold(text).replace("'", " ").split() if w not in _STOP_WORDS)


def match_activities(subject: str, activities: Sequence[str]) -> ActivityMatch:
    families_of = lexicon("activities")
    families = tuple(families_of.values(subject))
    if not families:
        found = process.extractOne(
            _words(subject), [_words(a) for a in activities], scorer=fuzz.token_set_ratio
        )
        best = (activities[found[2]], round(found[1])) if found else None
        return ActivityMatch((), best=best)
    covered: dict[str, str] = {}
    for activity in activities:
        for family in families_of.values(activity):
            covered.setdefault(family, activity)
    ancillary = families_of.tagged("ancillary")
    main = [f for f in families if f not in ancillary]
    uncovered = [f for f in families if f not in covered]
    accessory = tuple(f for f in uncovered if f in ancillary and main)
    missing = tuple(f for f in uncovered if f not in accessory)
    return ActivityMatch(
        families,
        {f: covered[f] for f in families if f in covered},
        missing,
        accessory,
    )
