"""Acceptance criteria written in Gherkin (.feature): « Scénario: Attestation remise après
notification », then its steps « Étant donné … Quand … Alors … ».

Each scenario is a clause cited by its title, its steps read as one statement (the condition
and the outcome together: « … la notification du marché, quand 15 jours se sont écoulés,
alors le titulaire a remis une attestation … »). A scenario outline states one demand per row
of its examples, the row's values put in its steps. The feature's title and description are
the text before the first scenario; the background is a clause of its own. Comments and tags
are not text.

The file is parsed by gherkin-official, Cucumber's own parser, which knows the keywords of
every language Gherkin is written in; a file that does not say its language (« # language:
fr ») is tried in English, then in the languages whose keywords it uses.
"""

from __future__ import annotations

import re
from typing import Any, cast

from tenderguard.models import Block, BlockKind
from tenderguard.text import clean

# The keyword opening a feature in the languages the documents are written in
_FEATURE = re.compile(r"^\s*(?P<keyword>Feature|Fonctionnalité|Ability|Business Need)\s*:", re.M)
_LANGUAGE_OF = {"Fonctionnalité": "fr"}
_PLACEHOLDER = re.compile(r"<([^<>]+)>")


def is_gherkin(text: str) -> bool:
    """Whether a text is a Gherkin feature file: a feature keyword opening one of its lines."""
    return _FEATURE.search(text) is not None


def _parse(text: str) -> dict[str, Any] | None:
    # Imported here: few inputs are feature files.
    from gherkin.errors import CompositeParserException, ParserError
    from gherkin.parser import Parser
    from gherkin.token_scanner import TokenScanner

    tries = [text]
    feature = _FEATURE.search(text)
    language = _LANGUAGE_OF.get(feature.group("keyword")) if feature else None
    if language and "# language:" not in text:
        tries.append(f"# language: {language}\n{text}")
    for attempt in tries:
        try:
            # (read as plain dicts: the parser's typed dicts say more than the reader needs)
            document = cast(dict[str, Any], Parser().parse(TokenScanner(attempt)))
        except (CompositeParserException, ParserError):
            continue
        return document
    return None


def _step(step: dict[str, Any], first: bool, values: dict[str, str] | None, row: int) -> str:
    """A step after its keyword (in lower case inside a statement), an outline's values in
    their place, its table's `row`-th row under the names of its columns."""
    keyword = step["keyword"].strip()
    text = f"{keyword if first else keyword.lower()} {step['text'].strip()}"
    table = step.get("dataTable")
    if table:
        names, *body = [_cells(r) for r in table["rows"]]
        cells = body[row] if row < len(body) else names
        labelled = [f"{name} : {cell}" for name, cell in zip(names, cells, strict=False)]
        text = f"{text.rstrip(':')} : {' | '.join(labelled if body else cells)}"
    if values:
        text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    return text


def _statements(steps: list[dict[str, Any]], values: dict[str, str] | None) -> list[str]:
    """What a scenario states: each outcome (« Alors … », « Et … » after it) with the
    context it holds in (« Étant donné …, quand … »), one statement per row of an outcome's
    table (« Then they show the following covers in force: | Cover | Minimum | »)."""
    first_outcome = next(
        (n for n, st in enumerate(steps) if st.get("keywordType") == "Outcome"), len(steps)
    )
    context, outcomes = steps[:first_outcome], steps[first_outcome:]
    said = [_step(st, n == 0, values, 0) for n, st in enumerate(context)]
    if not outcomes:
        return [", ".join(said)] if said else []
    statements = []
    for outcome in outcomes:
        table = outcome.get("dataTable")
        for row in range(max(1, len(table["rows"]) - 1) if table else 1):
            statements.append(", ".join([*said, _step(outcome, not said, values, row)]))
    return statements


def _scenario_blocks(scenario: dict[str, Any]) -> list[Block]:
    title = scenario["name"].strip() or scenario["keyword"].strip()
    blocks = [Block(clean(title), None, BlockKind.HEADING, level=2)]
    description = (scenario.get("description") or "").strip()
    if description:
        blocks.append(Block(clean(" ".join(description.split())), None, BlockKind.PARAGRAPH))
    examples = scenario.get("examples") or []
    rows: list[dict[str, str] | None] = [
        dict(zip(_cells(ex["tableHeader"]), _cells(row), strict=False))
        for ex in examples
        if ex.get("tableHeader")
        for row in ex.get("tableBody", [])
    ]
    for values in rows or [None]:
        for statement in _statements(scenario["steps"], values):
            ended = statement if statement.endswith(".") else f"{statement}."
            blocks.append(Block(clean(ended), None, BlockKind.PARAGRAPH))
    return blocks


def _cells(row: dict[str, Any]) -> list[str]:
    return [str(cell["value"]) for cell in row["cells"]]


def _children_blocks(children: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = []
    for child in children:
        if "rule" in child:
            rule = child["rule"]
            blocks.append(Block(clean(rule["name"].strip()), None, BlockKind.HEADING, level=2))
            blocks += _children_blocks(rule.get("children", []))
        part = child.get("scenario") or child.get("background")
        if part is not None:
            blocks += _scenario_blocks(part)
    return blocks


def read_gherkin(text: str) -> list[Block] | None:
    """The features' blocks; None when the text is not well-formed Gherkin (read as plain
    text then). A file holding several features, which Gherkin does not allow but writers do,
    is read feature by feature."""
    starts = [m.start() for m in _FEATURE.finditer(text)]
    if len(starts) <= 1:
        return _feature_blocks(text)
    language = next((line for line in text.splitlines() if "# language:" in line), "")
    read: list[Block] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        blocks = _feature_blocks(f"{language}\n{text[start:end]}")
        if blocks is None:
            return None
        read += blocks
    return read


def _feature_blocks(text: str) -> list[Block] | None:
    document = _parse(text)
    feature = document.get("feature") if document else None
    if not feature:
        return None
    blocks = [
        Block(clean(f"{feature['keyword']}: {feature['name']}".strip()), None, BlockKind.LINE)
    ]
    description = (feature.get("description") or "").strip()
    if description:
        blocks.append(Block(clean(" ".join(description.split())), None, BlockKind.PARAGRAPH))
    return blocks + _children_blocks(feature.get("children", []))
