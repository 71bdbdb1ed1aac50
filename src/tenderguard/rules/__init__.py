"""Rules as data: loading, validating and matching the spaCy token patterns of patterns/."""

from tenderguard.rules.loader import Rule, RuleSet, default_rules, load_rules, patterns_dir

__all__ = ["Rule", "RuleSet", "default_rules", "load_rules", "patterns_dir"]
