"""YAML for the rule and lexicon files, refusing a key written twice in one mapping.

YAML itself keeps the last of two equal keys without a word: an example given a second
`values:` line would silently test the wrong thing.
"""

from __future__ import annotations

from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):  # type: ignore[misc]
    """The safe loader (libyaml's when installed), with duplicate keys refused."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark
                )
            seen.add(key)
        return dict(super().construct_mapping(node, deep=deep))


def load(text: str) -> Any:
    return yaml.load(text, Loader=StrictLoader)
