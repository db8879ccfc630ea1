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
import operator
import struct
from dataclasses import dataclass
from itertools import islice, repeat
from pathlib import Path
from typing import Any

from delaydesk.diagnosis.features import (
    LEX_CAP,
    LEX_VALUE,
    length_bucket,
    length_scale,
    token_features,
    token_key,
)
from delaydesk.diagnosis.lexicon import Hit
from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES
from delaydesk.diagnosis.text import QUOTED_WEIGHT

MODEL_PATH = Path(__file__).with_name("model.json")

# Weight vectors are also packed into one Python int, 64 bits per class (the sum of w[c] << 64c):
# summing a message's vectors is then one C-level sum() of ints instead of 13 column sums.
# Integer weights keep the packed arithmetic exact (|sum| per class stays far below 2**62).
# Packing and unpacking go through bytes of 64-bit two's complement fields, which differ from
# the packed int only in the carries of negative fields: the top bit of each field tells them.


class _Packing:
    """Packing of weight vectors of one length into ints and back."""

    __slots__ = ("fields", "signs", "size")

    def __init__(self, size: int) -> None:
        self.fields = struct.Struct(f"<{size}q")
        self.size = size
        self.signs = sum(1 << (64 * c + 63) for c in range(size))

    def pack(self, vector: list[int]) -> int:
        """One int holding a vector (of ``size`` signed ints, each below 2**62 in size)."""
        raw = int.from_bytes(self.fields.pack(*vector), "little")
        # A negative field was read as 2**64 more, one unit of the next field.
        return raw - ((raw & self.signs) << 1)

    def unpack(self, packed: int) -> list[int]:
        """The signed per-class values of a packed int (a packed vector or a sum of them)."""
        signs = self.signs
        # Adding the sign bits and flipping them again turns each field into two's complement.
        data = ((packed + signs) ^ signs).to_bytes(8 * self.size, "little")
        return list(self.fields.unpack(data))


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_THIRD = operator.itemgetter(2)
_NO_BIGRAMS: dict[int, int] = {}

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
    exps = list(map(math.exp, map(operator.sub, scores, repeat(top))))
    total = sum(exps)
    return list(map(operator.truediv, exps, repeat(total)))


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
        self._packing = _Packing(self.size)
        # Per distinct token: its packed unigram + n-gram weights, the number of its key as the
        # right half of a bigram feature (0: none) and, as the left half, a dict from right
        # numbers to the bigram's packed weights (one shared empty dict for most tokens).
        # Summing a message's bigrams is then one C-level map over small dicts. The bigram
        # weights are packed when a token with that left half first comes up.
        self._tokens: dict[str, tuple[int, int, dict[int, int]]] = {}
        self._right_ids: dict[str, int] = {}
        self._left_names: dict[str, dict[int, str]] = {}
        self._left_bigrams: dict[str, dict[int, int]] = {}
        self._extra_packed: dict[str, int] = {}
        right_ids = self._right_ids
        left_names = self._left_names
        for name in self.weights:
            if name[:2] == "b:":
                left, right = name[2:].split("|", 1)
                number = right_ids.get(right)
                if number is None:
                    number = right_ids[right] = len(right_ids) + 1
                names = left_names.get(left)
                if names is None:
                    names = left_names[left] = {}
                names[number] = name
            elif name.startswith(("L:", "lang:", "len:")):
                self._extra_packed[name] = self._packing.pack(self.weights[name])

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

    def _learn_token(self, token: str) -> tuple[int, int, dict[int, int]]:
        """Cache a new token's packed unigram and n-gram weights and its bigram entries."""
        key = token_key(token)
        weights = self.weights
        pack = self._packing.pack
        lefts = _NO_BIGRAMS
        names = self._left_names.get(key)
        if names is not None:
            cached = self._left_bigrams.get(key)
            if cached is None:
                bigrams = map(weights.__getitem__, names.values())
                cached = dict(zip(names, map(pack, bigrams), strict=True))
                self._left_bigrams[key] = cached
            lefts = cached
        # The unigram and n-gram weights summed per class, packed once.
        vectors = list(filter(None, map(weights.get, token_features(key))))
        own = pack(list(map(sum, zip(*vectors, strict=True)))) if vectors else 0
        info = (own, self._right_ids.get(key, 0), lefts)
        if len(self._tokens) > 200_000:
            self._tokens.clear()  # bound memory on endless batches
        self._tokens[token] = info
        return info

    def _region_sum(self, tokens: list[str]) -> list[int]:
        """Summed weight vector of a region's unigrams, character n-grams and bigrams.

        Mostly C-level work (map, sum) over the per-token cache: this runs once per message.
        """
        infos = list(map(self._tokens.get, tokens))
        if None in infos:
            learn = self._learn_token
            infos = [learn(t) if i is None else i for t, i in zip(tokens, infos, strict=True)]
        total = sum(map(_FIRST, infos))  # type: ignore[arg-type]
        if len(infos) > 1:
            lefts = map(_THIRD, infos)  # type: ignore[arg-type]
            rights = map(_SECOND, islice(infos, 1, None))  # type: ignore[arg-type]
            total += sum(map(dict.get, lefts, rights, repeat(0)))
        return self._packing.unpack(total)

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
        main_sum = self._region_sum(main_tokens)
        # Lexicon counts of the new reply, language and length are small integers: add their
        # packed weights exactly, in one more sum.
        counts: dict[str, int] = {}
        for hit in main_hits:
            counts[hit.signal] = counts.get(hit.signal, 0) + 1
        packed = self._extra_packed
        whole = packed.get("lang:" + lang, 0) + packed.get(length_bucket(len(main_tokens)), 0)
        for signal, count in counts.items():
            vector = packed.get("L:" + signal)
            if vector is not None:
                whole += vector * min(count, LEX_CAP) * int(LEX_VALUE)
        extra = self._packing.unpack(whole)
        inverse = repeat(1.0 / self.weight_scale)
        # Per class: bias * inverse + ((scale * main [+ factor * quoted]) + extra) * inverse.
        total = map(operator.mul, main_sum, repeat(scale))
        if quoted_tokens:
            factor = scale * QUOTED_WEIGHT
            quoted = self._region_sum(quoted_tokens)
            total = map(operator.add, total, map(operator.mul, quoted, repeat(factor)))
        total = map(operator.mul, map(operator.add, total, extra), inverse)
        return list(map(operator.add, map(operator.mul, self.bias, inverse), total))

    def scores_from_features(self, features: dict[str, float]) -> list[float]:
        """Reference scoring from a feature dict (slow; used by tests and training checks)."""
        total = [0.0] * self.size
        for name, value in features.items():
            vector = self.weights.get(name)
            if vector is not None:
                total = [t + value * w for t, w in zip(total, vector, strict=False)]
        inverse = 1.0 / self.weight_scale
        return [(b + t) * inverse for b, t in zip(self.bias, total, strict=False)]

    def probabilities(self, scores: list[float]) -> Probabilities:
        """Split the logits into the two heads and normalise each."""
        p_type = softmax(scores[: self.n_types])
        p_cat = softmax(scores[self.n_types :])
        return Probabilities(
            delay_type=dict(zip(self.types, p_type, strict=True)),
            category=dict(zip(self.categories, p_cat, strict=True)),
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
