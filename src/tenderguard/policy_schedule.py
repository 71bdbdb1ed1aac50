"""The schedule of an insurance policy, a slip or a cover note laid out in a document: a table
whose row labels include the premium and two more labels of a policy (« Assuré », "PERIOD",
"DEDUCTIBLE"…; patterns/lexicons/policy_schedule.yaml). It states a cover held, with its
limits, deductibles and the insured's duties towards its insurers: no demand of a contract.
"""

from __future__ import annotations

from collections.abc import Sequence

from tenderguard.models import Block, BlockKind
from tenderguard.normalise.lexicon import lexicon
from tenderguard.text import fold

# The premium and two other labels of a policy make a table a policy's schedule.
MIN_OTHER_LABELS = 2


def _label(block: Block) -> str:
    return fold(block.text.split(" | ", 1)[0])


def _is_row(blocks: Sequence[Block], i: int) -> bool:
    return (
        0 <= i < len(blocks) and blocks[i].kind is BlockKind.TABLE_ROW and " | " in blocks[i].text
    )


def schedule_rows(blocks: Sequence[Block]) -> frozenset[int]:
    """Positions in `blocks` of the rows of each table that is a policy's schedule. A slip's
    tables go on under a part's title (« RISK DETAILS », « SECURITY DETAILS »): a single line
    between two tables does not end the schedule."""
    labels = lexicon("policy_schedule")
    rows: set[int] = set()
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if _is_row(blocks, i):
            run.append(i)
            continue
        if run and _is_row(blocks, i + 1):
            continue  # a title between two tables of the schedule
        found = {value for n in run for value in labels.values(_label(blocks[n]))}
        if "premium" in found and len(found - {"premium"}) >= MIN_OTHER_LABELS:
            rows.update(run)
        run = []
    return frozenset(rows)
