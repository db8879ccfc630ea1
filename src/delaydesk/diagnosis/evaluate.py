"""Measuring the diagnosis against labelled messages.

Per-class precision, recall and F1, macro-F1 for category and type, confusion matrices, and the
risk-miss rate: the share of truly risky messages diagnosed as administrative or as not a delay
(the worst error: waiting patiently while the customer plans to leave).

``cross_validate()`` is the yardstick for every setting: k-fold cross-validation on the training
split (folds from a hash of the id, so they are stable), each fold diagnosed by a model trained
on the others, figures over all held-out predictions together. The dev split is only measured.
"""

from __future__ import annotations

import hashlib
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
    predicted = []
    for item in items:
        result = diagnose(item.text, model=model)
        predicted.append((result.delay_type, result.category))
    return evaluate_predictions(items, predicted)


def evaluate_predictions(
    items: Sequence[CorpusItem], predicted: Sequence[tuple[str, str]]
) -> dict[str, Any]:
    """Figures of (delay type, category) predictions against the items' labels."""
    true_cat = [item.category for item in items]
    true_type = [item.delay_type for item in items]
    pred_type = [p[0] for p in predicted]
    pred_cat = [p[1] for p in predicted]
    errors = []
    for item, (p_type, p_cat) in zip(items, predicted, strict=True):
        if p_cat != item.category or p_type != item.delay_type:
            errors.append(
                {
                    "id": item.id,
                    "true": f"{item.delay_type}/{item.category}",
                    "predicted": f"{p_type}/{p_cat}",
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


def cv_fold_of(item_id: str, k: int) -> int:
    """The cross-validation fold of an id: stable, computed from the id alone (with a salt, so
    folds are independent of the train/dev split)."""
    digest = hashlib.sha256(("cv:" + item_id).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % k


def _folds(items: Sequence[CorpusItem], k: int, by_source: bool) -> list[int]:
    """The fold of each item: by a hash of the id, or (``by_source``) one fold per corpus file,
    i.e. per writer, which measures how well the model reads people it has never seen."""
    if not by_source:
        return [cv_fold_of(item.id, k) for item in items]
    from delaydesk.diagnosis.train import source_of

    sources = sorted({source_of(item.id) for item in items})
    return [sources.index(source_of(item.id)) for item in items]


def _fit_fold(job: tuple[int, list[int], Sequence[CorpusItem], list[dict[str, float]], Any]) -> Any:
    from delaydesk.diagnosis.train import build_model

    fold, folds, items, docs, settings = job
    keep = [i for i in range(len(items)) if folds[i] != fold]
    data = build_model([items[i] for i in keep], settings, docs=[docs[i] for i in keep])
    return fold, data


def cv_models(
    items: Sequence[CorpusItem],
    k: int = 5,
    settings: Any = None,
    jobs: int = 1,
    by_source: bool = False,
) -> list[tuple[dict[str, Any], list[CorpusItem]]]:
    """Train one model per fold on the other folds: [(model data, held-out items)], in fold
    order. Deterministic; ``jobs`` > 1 trains folds in parallel processes. With ``by_source``
    the folds are the corpus files (leave one writer out) and ``k`` is ignored."""
    from delaydesk.diagnosis.train import TrainSettings, featurize

    settings = settings or TrainSettings()
    docs = featurize(items)
    folds = _folds(items, k, by_source)
    k = max(folds) + 1 if folds else k
    work = [(fold, folds, items, docs, settings) for fold in range(k)]
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(min(jobs, k)) as pool:
            fitted = dict(pool.map(_fit_fold, work))
    else:
        fitted = dict(map(_fit_fold, work))
    return [
        (fitted[fold], [item for item, f in zip(items, folds, strict=True) if f == fold])
        for fold in range(k)
    ]


def cross_validate(
    items: Sequence[CorpusItem],
    k: int = 5,
    settings: Any = None,
    jobs: int = 1,
    by_source: bool = False,
) -> dict[str, Any]:
    """k-fold cross-validation: every item is diagnosed by the model that did not see it, and
    the figures are computed over all held-out predictions together (plus per-fold macro-F1)."""
    held: list[CorpusItem] = []
    results: list[tuple[str, str]] = []
    folds = []
    for data, test in cv_models(items, k, settings, jobs, by_source):
        model = Model(data)
        predicted = [diagnose(item.text, model=model) for item in test]
        held.extend(test)
        results.extend((d.delay_type, d.category) for d in predicted)
        part = evaluate_predictions(test, [(d.delay_type, d.category) for d in predicted])
        folds.append(
            {
                "items": len(test),
                "category_macro_f1": part["category"]["macro_f1"],
                "type_macro_f1": part["delay_type"]["macro_f1"],
            }
        )
    report = evaluate_predictions(held, results)
    report["folds"] = folds
    report["k"] = len(folds)
    return report
