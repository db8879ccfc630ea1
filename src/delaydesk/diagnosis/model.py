"""The linear model: loading ``model.json`` and scoring messages in pure Python.

The file holds two multinomial logistic-regression heads over one feature space: one for the
delay type (9 classes) and one for the category (4 classes). Each feature maps to 13 integer
weights (real weight times ``weight_scale``), so the file is small and loads fast, and integer
sums stay exact. Never pickle: JSON can be read, diffed and reviewed.

Scoring caches, per distinct token, the summed weights of its unigram and character n-gram
features; a message's score is then a handful of vector additions.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delaydesk.diagnosis.features import (
    length_bucket,
    length_scale,
    lexicon_values,
    stem,
    token_features,
    token_key,
)
from delaydesk.diagnosis.lexicon import Hit
from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES
from delaydesk.diagnosis.text import QUOTED_WEIGHT

MODEL_PATH = Path(__file__).with_name("model.json")
MODEL_FORMAT = "delaydesk-diagnosis/1"


class ModelNotAvailable(RuntimeError):
    """model.json is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class Probabilities:
    """Class probabilities of both heads, in DELAY_TYPES and CATEGORIES order."""

    delay_type: dict[str, float]
    category: dict[str, float]


def softmax(scores: list[float]) -> list[float]:
    """Numerically stable softmax."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class Model:
    """A loaded model.json."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != MODEL_FORMAT:
            raise ModelNotAvailable(f"unsupported model format: {data.get('format')!r}")
        classes = data["classes"]
        if tuple(classes["delay_type"]) != DELAY_TYPES or tuple(classes["category"]) != CATEGORIES:
            raise ModelNotAvailable("model classes do not match this version of DelayDesk")
        self.data = data
        self.types: tuple[str, ...] = DELAY_TYPES
        self.categories: tuple[str, ...] = CATEGORIES
        self.n_types = len(DELAY_TYPES)
        self.size = len(DELAY_TYPES) + len(CATEGORIES)
        self.weight_scale: float = float(data["config"]["weight_scale"])
        self.bias: list[int] = data["bias"]
        self.weights: dict[str, list[int]] = data["weights"]
        self.settings: dict[str, Any] = data.get("decision", {})
        self._token_cache: dict[str, dict[str, tuple[str, list[int] | None]]] = {}

    @classmethod
    def load(cls, path: Path | str = MODEL_PATH) -> Model:
        """Read a model file; raise ModelNotAvailable with a clear message if it is unusable."""
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise ModelNotAvailable(
                f"no diagnosis model at {path}: run `delaydesk diagnose train` first"
            ) from None
        except (OSError, ValueError) as exc:
            raise ModelNotAvailable(f"cannot read the diagnosis model {path}: {exc}") from None
        return cls(data)

    def _token(self, token: str, lang: str) -> tuple[str, list[int] | None]:
        cache = self._token_cache.get(lang)
        if cache is None:
            cache = self._token_cache[lang] = {}
        found = cache.get(token)
        if found is not None:
            return found
        key = token_key(token)
        stemmed = stem(key, lang)
        weights = self.weights
        vectors = [weights[n] for n in token_features(key, stemmed) if n in weights]
        vector: list[int] | None
        if not vectors:
            vector = None
        elif len(vectors) == 1:
            vector = vectors[0]
        else:
            vector = [sum(column) for column in zip(*vectors)]
        if len(cache) > 200_000:
            cache.clear()
        found = (stemmed, vector)
        cache[token] = found
        return found

    def _region_sum(self, tokens: list[str], lang: str) -> list[int] | None:
        weights = self.weights
        vectors: list[list[int]] = []
        previous = ""
        token_vector = self._token
        for token in tokens:
            stemmed, vector = token_vector(token, lang)
            if vector is not None:
                vectors.append(vector)
            if previous:
                bigram = weights.get("b:" + previous + "|" + stemmed)
                if bigram is not None:
                    vectors.append(bigram)
            previous = stemmed
        if not vectors:
            return None
        return [sum(column) for column in zip(*vectors)]

    def scores(
        self,
        main_tokens: list[str],
        quoted_tokens: list[str],
        main_hits: list[Hit],
        quoted_hits: list[Hit],
        lang: str,
    ) -> list[float]:
        """Raw scores (logits) of both heads: 9 type scores then 4 category scores."""
        scale = length_scale(len(main_tokens), len(quoted_tokens))
        total = [0.0] * self.size
        main_sum = self._region_sum(main_tokens, lang)
        if main_sum is not None:
            total = [t + scale * m for t, m in zip(total, main_sum)]
        if quoted_tokens:
            quoted_sum = self._region_sum(quoted_tokens, lang)
            if quoted_sum is not None:
                factor = scale * QUOTED_WEIGHT
                total = [t + factor * q for t, q in zip(total, quoted_sum)]
        extra: dict[str, float] = {}
        lexicon_values(main_hits, 1.0, extra)
        if quoted_hits:
            lexicon_values(quoted_hits, QUOTED_WEIGHT, extra)
        extra["lang:" + lang] = 1.0
        extra[length_bucket(len(main_tokens))] = 1.0
        weights = self.weights
        for name, value in extra.items():
            vector = weights.get(name)
            if vector is not None:
                total = [t + value * w for t, w in zip(total, vector)]
        inverse = 1.0 / self.weight_scale
        return [b * inverse + t * inverse for b, t in zip(self.bias, total)]

    def scores_from_features(self, features: dict[str, float]) -> list[float]:
        """Reference scoring from a feature dict (slow; used by tests and training checks)."""
        total = [0.0] * self.size
        for name, value in features.items():
            vector = self.weights.get(name)
            if vector is not None:
                total = [t + value * w for t, w in zip(total, vector)]
        inverse = 1.0 / self.weight_scale
        return [(b + t) * inverse for b, t in zip(self.bias, total)]

    def probabilities(self, scores: list[float]) -> Probabilities:
        """Split the logits into the two heads and normalise each."""
        p_type = softmax(scores[: self.n_types])
        p_cat = softmax(scores[self.n_types :])
        return Probabilities(
            delay_type=dict(zip(self.types, p_type)), category=dict(zip(self.categories, p_cat))
        )


_MODEL: Model | None = None


def get_model() -> Model:
    """The packaged model, loaded once per process on first use."""
    global _MODEL
    if _MODEL is None:
        _MODEL = Model.load(MODEL_PATH)
    return _MODEL


def reset_model() -> None:
    """Forget the loaded model (after retraining in the same process)."""
    global _MODEL
    _MODEL = None
