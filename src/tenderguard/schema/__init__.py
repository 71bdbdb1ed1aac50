"""The JSON Schemas of the files a person writes (rules, lexicons, the company profile) and of
the JSON report, and the problems a document has against one of them, all listed at once."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator of schema/<name>.schema.json, dates checked as ISO 8601."""
    text = (resources.files("tenderguard") / "schema" / f"{name}.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text), format_checker=FormatChecker())


def _as_json(value: Any) -> Any:
    """YAML reads 2027-06-30 as a date: JSON Schema knows strings, so it is written back."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value


def _message(error: ValidationError) -> str:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        rules = error.schema if isinstance(error.schema, dict) else {}
        known = sorted(rules.get("properties", {}))
        unknown = sorted(set(error.instance) - set(known))
        listed = ", ".join(repr(k) for k in unknown)
        return f"unknown key {listed} (known: {', '.join(known)})"
    if error.validator == "enum" and isinstance(error.validator_value, list):
        allowed = ", ".join(str(v) for v in error.validator_value if v is not None)
        return f"must be one of {allowed}, got {error.instance!r}"
    if error.validator == "type":
        wanted = error.validator_value
        types = wanted if isinstance(wanted, list) else [wanted]
        names = [str(t) for t in types if t != "null"]
        return f"expected {' or '.join(names)}, got {error.instance!r}"
    return error.message


def _where(error: ValidationError) -> str:
    """ "hosting[0].zone", "examples.match[2].values" """
    where = ""
    for part in error.absolute_path:
        where += f"[{part}]" if isinstance(part, int) else f".{part}" if where else str(part)
    return where or "(top)"


def problems(document: Any, name: str) -> list[str]:
    """Every way `document` breaks schema `name`, as "where: what", in document order."""
    errors = sorted(
        (_precise(e) for e in validator(name).iter_errors(_as_json(document))),
        key=lambda e: [str(p) for p in e.absolute_path],
    )
    return [f"{_where(e)}: {_message(e)}" for e in errors]


def _precise(error: ValidationError) -> ValidationError:
    """For "valid under none of these" (a string or an example with values), the failure of
    the closest alternative: "examples.match[0].values: unknown key 'amout'"."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        # The alternative that got furthest into the document, a wrong type last.
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error
