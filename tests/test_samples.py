"""Measured accuracy on the project's own samples against their hand-written expectations."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tenderguard.evaluate import evaluate_samples, report
from tenderguard.kinds import KINDS
from tenderguard.rules import RuleSet

EXPECTED = Path(__file__).resolve().parent.parent / "samples" / "expected"
THRESHOLD = 0.90


def test_precision_recall_and_values_over_the_samples(ruleset: RuleSet) -> None:
    evaluation = evaluate_samples(EXPECTED, ruleset)
    total = evaluation.total()
    print(report(evaluation))
    assert total.precision >= THRESHOLD, report(evaluation)
    assert total.recall >= THRESHOLD, report(evaluation)
    assert evaluation.value_accuracy >= THRESHOLD, report(evaluation)


def test_samples_cover_every_kind_at_least_twice() -> None:
    counts = dict.fromkeys(KINDS, 0)
    for path in [*EXPECTED.glob("*.yaml"), *EXPECTED.parent.glob("batch_*/expected/*.yaml")]:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["requirements"]:
            counts[item["kind"]] += 1
    assert {k: n for k, n in counts.items() if n < 2} == {}


def test_at_least_twelve_sample_pieces() -> None:
    pieces = set()
    for path in EXPECTED.glob("*.yaml"):
        pieces |= {
            item["piece"]
            for item in yaml.safe_load(path.read_text(encoding="utf-8"))["requirements"]
        }
    assert len(pieces) >= 12


CERTIFICATES = EXPECTED.parent / "expected_certificates"
FIELD_THRESHOLD = 0.95


def test_certificate_fields_over_the_samples() -> None:
    from tenderguard.evaluate import evaluate_certificates
    from tenderguard.parsing import ocr

    # Scanned certificates need tesseract, which .ci/run installs.
    assert len(list(CERTIFICATES.glob("*.yaml"))) >= 8
    score = evaluate_certificates(CERTIFICATES, with_ocr=ocr.available())
    assert score.checked >= 120
    assert score.accuracy >= FIELD_THRESHOLD, "\n".join(score.errors)


VERDICTS = EXPECTED.parent / "expected_verdicts"
VERDICT_THRESHOLD = 0.90


def test_verdicts_over_the_sample_pairs(ruleset: RuleSet) -> None:
    from tenderguard.evaluate import evaluate_verdicts

    score = evaluate_verdicts(VERDICTS, ruleset)
    assert score.accuracy >= VERDICT_THRESHOLD, "\n".join(score.errors)


def test_sample_pairs_cover_every_status_three_times() -> None:
    pairs = list(VERDICTS.glob("*.yaml"))
    statuses: dict[str, int] = {}
    for path in pairs:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["verdicts"]:
            statuses[item["status"]] = statuses.get(item["status"], 0) + 1
    assert len(pairs) >= 15
    assert {s: n for s, n in statuses.items() if n >= 3}.keys() == {
        "met",
        "gap",
        "missing",
        "review",
    }


# Documents in formats that hide text and values written badly (samples/batch_formats): their
# measures may not fall below what the reader achieves on them today.
BATCH = EXPECTED.parent / "batch_formats"
# Values: two more are read wrong (a row whose basis is printed apart) among the fifteen more
# demands found since the rows of a grid and the codes of paragraphs are cited.
BATCH_FLOORS = {"precision": 0.80, "recall": 0.85, "values": 0.93, "fields": 0.70, "verdicts": 0.52}


def test_the_formats_batch_does_not_fall(ruleset: RuleSet) -> None:
    from tenderguard.evaluate import evaluate_certificates, evaluate_samples, evaluate_verdicts
    from tenderguard.parsing import ocr

    requirements = evaluate_samples(BATCH / "expected", ruleset)
    total = requirements.total()
    assert total.true_positives + total.false_negatives == 69
    assert total.precision >= BATCH_FLOORS["precision"], requirements.false_positives
    assert total.recall >= BATCH_FLOORS["recall"], requirements.misses
    assert requirements.value_accuracy >= BATCH_FLOORS["values"], requirements.value_errors
    # A value written badly is never read as a number.
    assert not [e for e in requirements.value_errors if "expected 'unreadable'" in e]
    verdicts = evaluate_verdicts(BATCH / "expected_verdicts", ruleset)
    assert verdicts.accuracy >= BATCH_FLOORS["verdicts"], verdicts.errors
    if ocr.available():  # two of the four certificates are a photo and a scan
        fields = evaluate_certificates(BATCH / "expected_certificates")
        assert fields.accuracy >= BATCH_FLOORS["fields"], fields.errors


# Batches of documents that demand, define, describe and repeat, scored at clause level (a
# demand counts only where a requirement's main citation is): size of the answer key, floors.
DEMAND_BATCHES = {
    "batch_demands": (164, {"precision": 0.88, "recall": 0.93, "values": 0.94}),
    "batch_demands_2": (128, {"precision": 0.83, "recall": 0.84, "values": 0.91}),
    "batch_demands_3": (100, {"precision": 0.86, "recall": 0.92, "values": 0.90}),
    "batch_demands_4": (75, {"precision": 0.85, "recall": 0.90, "values": 0.93}),
    "batch_demands_5": (88, {"precision": 0.82, "recall": 0.88, "values": 0.97}),
    "batch_demands_6": (160, {"precision": 0.77, "recall": 0.89, "values": 0.90}),
    "batch_demands_7": (185, {"precision": 0.80, "recall": 0.81, "values": 0.92}),
    "batch_demands_8": (135, {"precision": 0.83, "recall": 0.84, "values": 0.90}),
    "batch_demands_9": (166, {"precision": 0.85, "recall": 0.89, "values": 0.92}),
    "batch_demands_10": (152, {"precision": 0.92, "recall": 0.91, "values": 0.94}),
    "batch_demands_11": (159, {"precision": 0.89, "recall": 0.89, "values": 0.94}),
    "batch_demands_12": (132, {"precision": 0.85, "recall": 0.89, "values": 0.96}),
    "batch_demands_13": (158, {"precision": 0.76, "recall": 0.83, "values": 0.93}),
    "batch_demands_14": (195, {"precision": 0.84, "recall": 0.89, "values": 0.93}),
    "batch_demands_15": (171, {"precision": 0.87, "recall": 0.85, "values": 0.93}),
    "batch_demands_16": (170, {"precision": 0.81, "recall": 0.85, "values": 0.92}),
    "batch_demands_17": (165, {"precision": 0.79, "recall": 0.85, "values": 0.90}),
    "batch_demands_18": (152, {"precision": 0.81, "recall": 0.84, "values": 0.88}),
    "batch_demands_19": (186, {"precision": 0.86, "recall": 0.86, "values": 0.91}),
    "batch_demands_20": (173, {"precision": 0.91, "recall": 0.85, "values": 0.92}),
    "batch_demands_21": (169, {"precision": 0.84, "recall": 0.87, "values": 0.87}),
    "batch_demands_22": (179, {"precision": 0.85, "recall": 0.82, "values": 0.85}),
    "batch_demands_23": (182, {"precision": 0.86, "recall": 0.88, "values": 0.87}),
    "batch_demands_24": (187, {"precision": 0.88, "recall": 0.89, "values": 0.93}),
    "batch_demands_25": (188, {"precision": 0.95, "recall": 0.95, "values": 0.92}),
    "batch_demands_26": (193, {"precision": 0.85, "recall": 0.85, "values": 0.87}),
    "batch_demands_27": (185, {"precision": 0.90, "recall": 0.93, "values": 0.91}),
    "batch_demands_28": (193, {"precision": 0.85, "recall": 0.90, "values": 0.85}),
    "batch_demands_29": (197, {"precision": 0.94, "recall": 0.90, "values": 0.88}),
    "batch_demands_30": (200, {"precision": 0.90, "recall": 0.90, "values": 0.81}),
    "batch_demands_31": (195, {"precision": 0.90, "recall": 0.92, "values": 0.88}),
    "batch_demands_32": (185, {"precision": 0.90, "recall": 0.93, "values": 0.86}),
    "batch_demands_33": (200, {"precision": 0.86, "recall": 0.89, "values": 0.82}),
    "batch_demands_34": (189, {"precision": 0.89, "recall": 0.95, "values": 0.93}),
    "batch_demands_35": (196, {"precision": 0.81, "recall": 0.89, "values": 0.92}),
    "batch_demands_36": (194, {"precision": 0.84, "recall": 0.90, "values": 0.89}),
    "batch_demands_37": (189, {"precision": 0.88, "recall": 0.92, "values": 0.90}),
    "batch_demands_38": (190, {"precision": 0.83, "recall": 0.90, "values": 0.85}),
    "batch_demands_39": (191, {"precision": 0.82, "recall": 0.85, "values": 0.88}),
    "batch_demands_40": (200, {"precision": 0.88, "recall": 0.96, "values": 0.91}),
    "batch_demands_41": (198, {"precision": 0.86, "recall": 0.88, "values": 0.83}),
    "batch_demands_42": (200, {"precision": 0.87, "recall": 0.87, "values": 0.86}),
    "batch_demands_43": (197, {"precision": 0.82, "recall": 0.83, "values": 0.88}),
    "batch_demands_44": (195, {"precision": 0.83, "recall": 0.88, "values": 0.86}),
    "batch_demands_45": (201, {"precision": 0.91, "recall": 0.94, "values": 0.91}),
    "batch_demands_46": (201, {"precision": 0.93, "recall": 0.94, "values": 0.91}),
    "batch_demands_47": (204, {"precision": 0.88, "recall": 0.86, "values": 0.89}),
    "batch_demands_48": (183, {"precision": 0.81, "recall": 0.88, "values": 0.93}),
    "batch_demands_49": (200, {"precision": 0.90, "recall": 0.95, "values": 0.92}),
    "batch_demands_50": (201, {"precision": 0.89, "recall": 0.94, "values": 0.94}),
    "batch_demands_51": (197, {"precision": 0.90, "recall": 0.91, "values": 0.92}),
    "batch_demands_52": (201, {"precision": 0.90, "recall": 0.90, "values": 0.93}),
    "batch_demands_53": (193, {"precision": 0.92, "recall": 0.94, "values": 0.94}),
    "batch_demands_54": (197, {"precision": 0.89, "recall": 0.90, "values": 0.92}),
    "batch_demands_55": (197, {"precision": 0.90, "recall": 0.89, "values": 0.90}),
    "batch_demands_56": (198, {"precision": 0.94, "recall": 0.92, "values": 0.94}),
    "batch_demands_57": (195, {"precision": 0.93, "recall": 0.93, "values": 0.92}),
    "batch_demands_58": (196, {"precision": 0.89, "recall": 0.89, "values": 0.97}),
    "batch_demands_59": (193, {"precision": 0.92, "recall": 0.96, "values": 0.96}),
    "batch_demands_60": (180, {"precision": 0.90, "recall": 0.90, "values": 0.94}),
    "batch_demands_61": (195, {"precision": 0.86, "recall": 0.90, "values": 0.95}),
    "batch_demands_62": (198, {"precision": 0.80, "recall": 0.77, "values": 0.96}),
    "batch_demands_63": (193, {"precision": 0.92, "recall": 0.90, "values": 0.95}),
    "batch_demands_64": (180, {"precision": 0.77, "recall": 0.80, "values": 0.96}),
    "batch_demands_65": (183, {"precision": 0.85, "recall": 0.84, "values": 0.94}),
    "batch_demands_66": (200, {"precision": 0.75, "recall": 0.77, "values": 0.94}),
    "batch_demands_67": (194, {"precision": 0.91, "recall": 0.93, "values": 0.96}),
    "batch_demands_68": (189, {"precision": 0.88, "recall": 0.90, "values": 0.95}),
    "batch_demands_69": (194, {"precision": 0.83, "recall": 0.85, "values": 0.95}),
    "batch_demands_70": (216, {"precision": 0.91, "recall": 0.95, "values": 0.92}),
    "batch_demands_71": (213, {"precision": 0.84, "recall": 0.86, "values": 0.92}),
    "batch_demands_72": (201, {"precision": 0.83, "recall": 0.82, "values": 0.92}),
    "batch_demands_73": (212, {"precision": 0.92, "recall": 0.93, "values": 0.95}),
    "batch_demands_74": (201, {"precision": 0.92, "recall": 0.94, "values": 0.95}),
    "batch_demands_75": (213, {"precision": 0.80, "recall": 0.83, "values": 0.94}),
    "batch_demands_76": (208, {"precision": 0.87, "recall": 0.89, "values": 0.95}),
    "batch_demands_77": (219, {"precision": 0.87, "recall": 0.91, "values": 0.95}),
    "batch_demands_78": (228, {"precision": 0.93, "recall": 0.94, "values": 0.95}),
    "batch_demands_79": (210, {"precision": 0.87, "recall": 0.84, "values": 0.95}),
    "batch_demands_80": (214, {"precision": 0.92, "recall": 0.91, "values": 0.95}),
    "batch_demands_81": (220, {"precision": 0.88, "recall": 0.86, "values": 0.93}),
    "batch_demands_82": (211, {"precision": 0.88, "recall": 0.89, "values": 0.93}),
    "batch_demands_83": (208, {"precision": 0.95, "recall": 0.93, "values": 0.96}),
    "batch_demands_84": (223, {"precision": 0.93, "recall": 0.91, "values": 0.95}),
    "batch_demands_85": (205, {"precision": 0.90, "recall": 0.94, "values": 0.94}),
    "batch_demands_86": (211, {"precision": 0.86, "recall": 0.86, "values": 0.92}),
    "batch_demands_87": (227, {"precision": 0.88, "recall": 0.87, "values": 0.95}),
    "batch_demands_88": (211, {"precision": 0.89, "recall": 0.89, "values": 0.91}),
    "batch_demands_89": (205, {"precision": 0.88, "recall": 0.91, "values": 0.95}),
    "batch_demands_90": (211, {"precision": 0.88, "recall": 0.90, "values": 0.96}),
    "batch_demands_91": (208, {"precision": 0.90, "recall": 0.91, "values": 0.91}),
    "batch_demands_92": (213, {"precision": 0.88, "recall": 0.91, "values": 0.94}),
    "batch_demands_93": (211, {"precision": 0.84, "recall": 0.87, "values": 0.92}),
    "batch_demands_94": (211, {"precision": 0.90, "recall": 0.91, "values": 0.94}),
    "batch_demands_95": (213, {"precision": 0.83, "recall": 0.83, "values": 0.91}),
    "batch_demands_96": (215, {"precision": 0.85, "recall": 0.83, "values": 0.95}),
    "batch_demands_97": (211, {"precision": 0.87, "recall": 0.90, "values": 0.91}),
    "batch_demands_98": (204, {"precision": 0.89, "recall": 0.92, "values": 0.92}),
    "batch_demands_99": (209, {"precision": 0.82, "recall": 0.83, "values": 0.92}),
    "batch_demands_100": (206, {"precision": 0.89, "recall": 0.93, "values": 0.93}),
    "batch_demands_101": (207, {"precision": 0.79, "recall": 0.83, "values": 0.93}),
    "batch_demands_102": (206, {"precision": 0.88, "recall": 0.87, "values": 0.92}),
    "batch_demands_103": (206, {"precision": 0.84, "recall": 0.84, "values": 0.94}),
    "batch_demands_104": (180, {"precision": 0.86, "recall": 0.89, "values": 0.90}),
    "batch_demands_105": (218, {"precision": 0.88, "recall": 0.87, "values": 0.90}),
    "batch_demands_106": (203, {"precision": 0.86, "recall": 0.88, "values": 0.92}),
    "batch_demands_107": (198, {"precision": 0.88, "recall": 0.87, "values": 0.94}),
    "batch_demands_108": (206, {"precision": 0.77, "recall": 0.75, "values": 0.93}),
    "batch_demands_109": (211, {"precision": 0.84, "recall": 0.83, "values": 0.94}),
    "batch_demands_110": (210, {"precision": 0.84, "recall": 0.79, "values": 0.89}),
    "batch_demands_111": (185, {"precision": 0.85, "recall": 0.83, "values": 0.93}),
    "batch_demands_112": (213, {"precision": 0.78, "recall": 0.81, "values": 0.87}),
    "batch_demands_113": (196, {"precision": 0.84, "recall": 0.81, "values": 0.92}),
    "batch_demands_114": (197, {"precision": 0.83, "recall": 0.75, "values": 0.92}),
    "batch_demands_115": (198, {"precision": 0.85, "recall": 0.83, "values": 0.93}),
    "batch_demands_116": (194, {"precision": 0.81, "recall": 0.84, "values": 0.89}),
    "batch_demands_117": (208, {"precision": 0.81, "recall": 0.75, "values": 0.93}),
    "batch_demands_118": (194, {"precision": 0.83, "recall": 0.82, "values": 0.94}),
    "batch_demands_119": (189, {"precision": 0.81, "recall": 0.85, "values": 0.92}),
    "batch_demands_120": (188, {"precision": 0.82, "recall": 0.80, "values": 0.92}),
    "batch_demands_121": (191, {"precision": 0.78, "recall": 0.75, "values": 0.92}),
    "batch_demands_122": (199, {"precision": 0.67, "recall": 0.62, "values": 0.94}),
    "batch_demands_123": (203, {"precision": 0.84, "recall": 0.77, "values": 0.94}),
    "batch_demands_124": (200, {"precision": 0.69, "recall": 0.62, "values": 0.94}),
    "batch_demands_125": (207, {"precision": 0.76, "recall": 0.75, "values": 0.94}),
    "batch_demands_126": (187, {"precision": 0.80, "recall": 0.76, "values": 0.92}),
    "batch_demands_127": (195, {"precision": 0.68, "recall": 0.66, "values": 0.93}),
    "batch_demands_128": (200, {"precision": 0.90, "recall": 0.91, "values": 0.94}),
    "batch_demands_129": (197, {"precision": 0.83, "recall": 0.87, "values": 0.91}),
    "batch_demands_130": (213, {"precision": 0.77, "recall": 0.74, "values": 0.91}),
    "batch_demands_131": (181, {"precision": 0.79, "recall": 0.79, "values": 0.93}),
    "batch_demands_132": (195, {"precision": 0.87, "recall": 0.83, "values": 0.92}),
    "batch_demands_133": (200, {"precision": 0.82, "recall": 0.80, "values": 0.90}),
    "batch_demands_134": (202, {"precision": 0.83, "recall": 0.87, "values": 0.90}),
    "batch_demands_135": (207, {"precision": 0.84, "recall": 0.84, "values": 0.93}),
    "batch_demands_136": (196, {"precision": 0.73, "recall": 0.73, "values": 0.94}),
    "batch_demands_137": (185, {"precision": 0.54, "recall": 0.56, "values": 0.94}),
    "batch_demands_138": (213, {"precision": 0.88, "recall": 0.90, "values": 0.94}),
    "batch_demands_139": (195, {"precision": 0.89, "recall": 0.89, "values": 0.94}),
    "batch_demands_140": (219, {"precision": 0.86, "recall": 0.87, "values": 0.91}),
    "batch_demands_141": (212, {"precision": 0.92, "recall": 0.91, "values": 0.92}),
    "batch_demands_142": (212, {"precision": 0.82, "recall": 0.77, "values": 0.88}),
    "batch_demands_143": (220, {"precision": 0.90, "recall": 0.86, "values": 0.94}),
    "batch_demands_144": (222, {"precision": 0.89, "recall": 0.89, "values": 0.93}),
    "batch_demands_145": (221, {"precision": 0.90, "recall": 0.88, "values": 0.93}),
    "batch_demands_146": (224, {"precision": 0.88, "recall": 0.82, "values": 0.93}),
    "batch_demands_147": (187, {"precision": 0.90, "recall": 0.74, "values": 0.91}),
    "batch_demands_148": (217, {"precision": 0.90, "recall": 0.87, "values": 0.94}),
    "batch_demands_149": (210, {"precision": 0.91, "recall": 0.93, "values": 0.95}),
    "batch_demands_150": (199, {"precision": 0.92, "recall": 0.89, "values": 0.93}),
    "batch_demands_151": (190, {"precision": 0.95, "recall": 0.90, "values": 0.93}),
    "batch_demands_152": (199, {"precision": 0.85, "recall": 0.86, "values": 0.94}),
    "batch_demands_153": (209, {"precision": 0.82, "recall": 0.81, "values": 0.93}),
    "batch_demands_154": (159, {"precision": 0.92, "recall": 0.95, "values": 0.90}),
    "batch_demands_155": (156, {"precision": 0.89, "recall": 0.91, "values": 0.93}),
    "batch_demands_156": (159, {"precision": 0.88, "recall": 0.93, "values": 0.90}),
    "batch_demands_157": (148, {"precision": 0.88, "recall": 0.93, "values": 0.91}),
    "batch_demands_158": (171, {"precision": 0.84, "recall": 0.92, "values": 0.91}),
    "batch_demands_159": (161, {"precision": 0.77, "recall": 0.78, "values": 0.90}),
    "batch_demands_160": (170, {"precision": 0.83, "recall": 0.91, "values": 0.91}),
    "batch_demands_161": (162, {"precision": 0.93, "recall": 0.92, "values": 0.92}),
    "batch_demands_162": (166, {"precision": 0.89, "recall": 0.90, "values": 0.89}),
    "batch_demands_163": (166, {"precision": 0.88, "recall": 0.92, "values": 0.90}),
    "batch_demands_164": (155, {"precision": 0.90, "recall": 0.93, "values": 0.88}),
    "batch_demands_165": (159, {"precision": 0.87, "recall": 0.93, "values": 0.91}),
    "batch_demands_166": (158, {"precision": 0.91, "recall": 0.96, "values": 0.93}),
    "batch_demands_167": (166, {"precision": 0.90, "recall": 0.93, "values": 0.94}),
    "batch_demands_168": (172, {"precision": 0.84, "recall": 0.87, "values": 0.93}),
    "batch_demands_169": (156, {"precision": 0.88, "recall": 0.88, "values": 0.95}),
}


@pytest.mark.parametrize("batch", sorted(DEMAND_BATCHES))
def test_the_demand_batches_do_not_fall(batch: str, ruleset: RuleSet) -> None:
    from tenderguard.evaluate import evaluate_samples

    size, floors = DEMAND_BATCHES[batch]
    expected = EXPECTED.parent / batch / "expected"
    requirements = evaluate_samples(expected, ruleset, main_citation=True)
    total = requirements.total()
    assert total.true_positives + total.false_negatives == size
    assert total.precision >= floors["precision"], requirements.false_positives
    assert total.recall >= floors["recall"], requirements.misses
    assert requirements.value_accuracy >= floors["values"], requirements.value_errors
