"""Measuring the diagnosis against labelled messages.

Per-class precision, recall and F1, macro-F1 for category and type, confusion matrices, and the
risk-miss rate: the share of truly risky messages diagnosed as administrative or as not a delay
(the worst error: waiting patiently while the customer plans to leave).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from delaydesk.diagnosis.corpus import CorpusItem
from delaydesk.diagnosis.engine import diagnose
from delaydesk.diagnosis.model import Model
from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES


@dataclass(frozen=True, slots=True)
class ClassScores:
    """Precision, recall, F1 and support of one class."""

    precision: float
    recall: float
    f1: float
    support: int


def per_class(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, ClassScores]:
    """Precision/recall/F1 per label (0 where undefined)."""
    result = {}
    for label in labels:
        tp = sum(1 for t, p in zip(truth, predicted, strict=False) if t == label and p == label)
        fp = sum(1 for t, p in zip(truth, predicted, strict=False) if t != label and p == label)
        fn = sum(1 for t, p in zip(truth, predicted, strict=False) if t == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = ClassScores(precision, recall, f1, tp + fn)
    return result


def macro_f1(scores: dict[str, ClassScores]) -> float:
    """Mean F1 over the classes that occur in the truth."""
    present = [s.f1 for s in scores.values() if s.support]
    return sum(present) / len(present) if present else 0.0


def confusion(
    truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[list[int]]:
    """Matrix[true][predicted] in label order."""
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(truth, predicted, strict=False):
        matrix[position[t]][position[p]] += 1
    return matrix


def risk_miss_rate(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """Share of true ``risk`` items predicted ``administrative`` or ``none``."""
    risky = [p for t, p in zip(truth, predicted, strict=False) if t == "risk"]
    if not risky:
        return 0.0
    return sum(1 for p in risky if p in ("administrative", "none")) / len(risky)


def evaluate_items(items: Sequence[CorpusItem], model: Model | None = None) -> dict[str, Any]:
    """Diagnose every item and compare with its labels. Returns JSON-ready figures."""
    true_cat = [item.category for item in items]
    true_type = [item.delay_type for item in items]
    pred_cat: list[str] = []
    pred_type: list[str] = []
    errors = []
    for item in items:
        result = diagnose(item.text, model=model)
        pred_cat.append(result.category)
        pred_type.append(result.delay_type)
        if result.category != item.category or result.delay_type != item.delay_type:
            errors.append(
                {
                    "id": item.id,
                    "true": f"{item.delay_type}/{item.category}",
                    "predicted": f"{result.delay_type}/{result.category}",
                }
            )
    cat_scores = per_class(true_cat, pred_cat, CATEGORIES)
    type_scores = per_class(true_type, pred_type, DELAY_TYPES)
    return {
        "items": len(items),
        "category": {
            "macro_f1": round(macro_f1(cat_scores), 4),
            "accuracy": round(_accuracy(true_cat, pred_cat), 4),
            "per_class": {k: _scores_dict(v) for k, v in cat_scores.items()},
            "labels": list(CATEGORIES),
            "confusion": confusion(true_cat, pred_cat, CATEGORIES),
        },
        "delay_type": {
            "macro_f1": round(macro_f1(type_scores), 4),
            "accuracy": round(_accuracy(true_type, pred_type), 4),
            "per_class": {k: _scores_dict(v) for k, v in type_scores.items()},
            "labels": list(DELAY_TYPES),
            "confusion": confusion(true_type, pred_type, DELAY_TYPES),
        },
        "risk_miss_rate": round(risk_miss_rate(true_cat, pred_cat), 4),
        "risk_items": sum(1 for c in true_cat if c == "risk"),
        "errors": errors,
    }


def _accuracy(truth: Sequence[str], predicted: Sequence[str]) -> float:
    if not truth:
        return 0.0
    return sum(1 for t, p in zip(truth, predicted, strict=False) if t == p) / len(truth)


def _scores_dict(scores: ClassScores) -> dict[str, Any]:
    return {
        "precision": round(scores.precision, 4),
        "recall": round(scores.recall, 4),
        "f1": round(scores.f1, 4),
        "support": scores.support,
    }
