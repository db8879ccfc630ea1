"""Training the linear model in pure Python, deterministically.

Two multinomial logistic-regression heads (delay type, category) share one feature space
(see ``features``). Training is plain stochastic gradient descent with:

* a fixed seed for the order of examples, so the same records give byte-identical JSON;
* L2 regularisation (weight decay once per epoch) and weight averaging over the second half of
  the epochs, both for generalisation to messages written by other people;
* class weights (square root of inverse frequency) so rare types are not ignored;
* messages labelled ``hard`` (the surface and the label disagree: polite words over
  dissatisfaction, a budget excuse that is really risk) count ``hard_weight`` (2) times, so the
  model learns from the subtle cases rather than the textbook ones;
* a pruned vocabulary: features seen in fewer than ``min_df`` training messages are dropped,
  and after training, features whose weights are all tiny are removed from the file.

The decision settings stored with the model (``lean_ratios``) are fixed values chosen by
cross-validation on the training split, never on dev.
"""

from __future__ import annotations

import json
import math
import operator
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delaydesk.diagnosis.corpus import CorpusItem
from delaydesk.diagnosis.engine import DEFAULT_LEAN_RATIOS, read_message
from delaydesk.diagnosis.features import CHAR_N, LEX_CAP, doc_features
from delaydesk.diagnosis.model import MODEL_FORMAT
from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES
from delaydesk.diagnosis.text import QUOTED_WEIGHT

WEIGHT_SCALE = 10_000

ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """Hyper-parameters; the defaults are what `delaydesk diagnose train` uses."""

    epochs: int = 24
    learning_rate: float = 0.6
    decay: float = 0.15
    l2: float = 2e-4
    min_df: int = 2
    seed: int = 20250601
    prune_below: float = 0.0015
    class_weight_power: float = 0.5
    min_groups: int = 1
    hard_weight: float = 2.0


def source_of(item_id: str) -> str:
    """The source (corpus file, i.e. writer) of an id such as ``de-a-0042``: ``de-a``."""
    return item_id.rsplit("-", 1)[0]


def featurize(
    items: Sequence[CorpusItem], progress: ProgressCallback | None = None
) -> list[dict[str, float]]:
    """Feature dicts of labelled items (language detected as at run time)."""
    result = []
    total = len(items)
    for index, item in enumerate(items):
        reading = read_message(item.text)
        result.append(
            doc_features(
                reading.main_tokens,
                reading.quoted_tokens,
                reading.main_hits,
                reading.quoted_hits,
                reading.language,
            )
        )
        if progress is not None and (index % 25 == 0 or index + 1 == total):
            progress("features", index + 1, total)
    return result


def _class_weights(labels: list[int], n_classes: int, power: float = 0.5) -> list[float]:
    counts = [0] * n_classes
    for label in labels:
        counts[label] += 1
    total = len(labels)
    weights = []
    for count in counts:
        if count == 0:
            weights.append(1.0)
            continue
        weights.append(min(max((total / (n_classes * count)) ** power, 0.5), 3.0))
    return weights


def fit(
    docs: list[dict[str, float]],
    type_labels: list[int],
    cat_labels: list[int],
    settings: TrainSettings = TrainSettings(),
    progress: ProgressCallback | None = None,
    groups: list[str] | None = None,
    example_weights: list[float] | None = None,
) -> tuple[list[str], list[list[float]], list[float]]:
    """Fit both heads. Returns (feature names, weights per class, biases per class).

    ``groups`` names the source of each doc (the corpus file, i.e. the writer): with
    ``min_groups`` > 1 a feature must occur in that many sources, so one writer's names and
    habits do not become weights."""
    df: dict[str, int] = {}
    for doc in docs:
        for name in doc:
            df[name] = df.get(name, 0) + 1
    names = sorted(name for name, count in df.items() if count >= settings.min_df)
    if groups is not None and settings.min_groups > 1:
        seen: dict[str, set[str]] = {}
        for doc, group in zip(docs, groups, strict=True):
            for name in doc:
                seen.setdefault(name, set()).add(group)
        names = [name for name in names if len(seen[name]) >= settings.min_groups]
    index = {name: i for i, name in enumerate(names)}
    rows: list[tuple[list[int], list[float]]] = []
    for doc in docs:
        idx = []
        vals = []
        for name in sorted(doc):
            position = index.get(name)
            if position is not None:
                idx.append(position)
                vals.append(doc[name])
        rows.append((idx, vals))
    n_types = len(DELAY_TYPES)
    n_classes = n_types + len(CATEGORIES)
    n_features = len(names)
    weights = [[0.0] * n_features for _ in range(n_classes)]
    bias = [0.0] * n_classes
    avg_weights = [[0.0] * n_features for _ in range(n_classes)]
    avg_bias = [0.0] * n_classes
    averaged = 0
    type_cw = _class_weights(type_labels, n_types, settings.class_weight_power)
    cat_cw = _class_weights(cat_labels, len(CATEGORIES), settings.class_weight_power)
    rng = random.Random(settings.seed)
    order = list(range(len(rows)))
    # Fetch a row's weights in one C-level call (a 1-tuple getter for one-feature rows).
    getters = [
        operator.itemgetter(*idx) if len(idx) > 1 else (lambda w, _i=idx: [w[j] for j in _i])
        for idx, _vals in rows
    ]
    heads = ((0, n_types, type_labels, type_cw), (n_types, n_classes, cat_labels, cat_cw))
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        lr = settings.learning_rate / (1.0 + settings.decay * epoch)
        for i in order:
            idx, vals = rows[i]
            pick = getters[i]
            for first, last, labels, class_weight in heads:
                target = labels[i] + first
                scores = []
                for c in range(first, last):
                    total = sum(map(operator.mul, pick(weights[c]), vals))
                    scores.append(bias[c] + total)
                top = max(scores)
                exps = [math.exp(s - top) for s in scores]
                norm = sum(exps)
                cw = class_weight[target - first] * (example_weights[i] if example_weights else 1.0)
                for offset, e in enumerate(exps):
                    c = first + offset
                    gradient = e / norm - (1.0 if c == target else 0.0)
                    if -1e-4 < gradient < 1e-4:
                        continue
                    step = lr * cw * gradient
                    wc = weights[c]
                    for j, v in zip(idx, vals, strict=False):
                        wc[j] -= step * v
                    bias[c] -= step
        shrink = (1.0 - lr * settings.l2) ** len(rows)
        for c in range(n_classes):
            wc = weights[c]
            weights[c] = [w * shrink for w in wc]
        if epoch >= settings.epochs // 2:
            averaged += 1
            for c in range(n_classes):
                avg_weights[c] = [a + w for a, w in zip(avg_weights[c], weights[c], strict=False)]
                avg_bias[c] += bias[c]
        if progress is not None:
            progress("epochs", epoch + 1, settings.epochs)
    final_weights = [[a / averaged for a in row] for row in avg_weights]
    final_bias = [b / averaged for b in avg_bias]
    return names, final_weights, final_bias


def build_model(
    items: Sequence[CorpusItem],
    settings: TrainSettings = TrainSettings(),
    progress: ProgressCallback | None = None,
    docs: list[dict[str, float]] | None = None,
) -> dict[str, Any]:
    """Train on labelled items and return the model as JSON-ready data.

    ``docs`` may hold the items' feature dicts already (cross-validation reads every message
    once for all folds)."""
    if not items:
        raise ValueError("no training items")
    if docs is None:
        docs = featurize(items, progress)
    type_labels = [DELAY_TYPES.index(item.delay_type) for item in items]
    cat_labels = [CATEGORIES.index(item.category) for item in items]
    groups = [source_of(item.id) for item in items]
    example_weights = (
        [settings.hard_weight if item.hard else 1.0 for item in items]
        if settings.hard_weight != 1.0
        else None
    )
    names, weights, bias = fit(
        docs, type_labels, cat_labels, settings, progress, groups, example_weights
    )
    kept: dict[str, list[int]] = {}
    for j, name in enumerate(names):
        column = [weights[c][j] for c in range(len(weights))]
        if max(abs(w) for w in column) < settings.prune_below:
            continue
        kept[name] = [int(round(w * WEIGHT_SCALE)) for w in column]
    return {
        "format": MODEL_FORMAT,
        "classes": {"delay_type": list(DELAY_TYPES), "category": list(CATEGORIES)},
        "config": {
            "weight_scale": WEIGHT_SCALE,
            "char_n": CHAR_N,
            "lexicon_cap": LEX_CAP,
            "quoted_weight": QUOTED_WEIGHT,
        },
        "training": {
            "items": len(items),
            "de": sum(1 for item in items if item.lang == "de"),
            "en": sum(1 for item in items if item.lang == "en"),
            "features_seen": len(names),
            "features_kept": len(kept),
            "settings": {
                "epochs": settings.epochs,
                "learning_rate": settings.learning_rate,
                "decay": settings.decay,
                "l2": settings.l2,
                "min_df": settings.min_df,
                "seed": settings.seed,
                "class_weight_power": settings.class_weight_power,
                "min_groups": settings.min_groups,
                "hard_weight": settings.hard_weight,
            },
        },
        "decision": {"lean_ratios": dict(DEFAULT_LEAN_RATIOS)},
        "bias": [int(round(b * WEIGHT_SCALE)) for b in bias],
        "weights": kept,
    }


def dump_model(data: dict[str, Any]) -> str:
    """Canonical JSON text of a model (sorted keys, no spaces): identical input, identical bytes."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_model(data: dict[str, Any], path: Path | str) -> int:
    """Write a model file atomically; returns its size in bytes."""
    target = Path(path)
    text = dump_model(data)
    temporary = target.with_suffix(target.suffix + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    return len(text.encode("utf-8"))
