"""diagnose(): from a customer's words (plus the CSM's checklist and account facts) to a verdict.

Steps:
1. read the message (``read_message``): HTML, quotes, signature, folding, language, lexicon hits;
2. score it with the linear model: probabilities for the delay type and the category;
3. let the CSM's checklist and the account facts shift those probabilities, as domain.md says
   (a champion who left, falling usage, open escalations, extensions without progress);
4. pick the most likely valid type/category pair, then lean to the riskier category when the
   evidence is mixed, and apply the checklist's hard rules (e.g. a budget reason plus silence and
   no timeline is not paperwork);
5. derive the risk score, the confidence, the evidence spans, the unanswered questions and the
   reasons.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import reduce
from itertools import repeat
from typing import Any

from delaydesk.diagnosis.errors import DiagnosisInputError
from delaydesk.diagnosis.lexicon import INTERNAL_CUES, Hit, get_lexicon
from delaydesk.diagnosis.model import Model, Probabilities, get_model, softmax
from delaydesk.diagnosis.reasons import Reason, render_reason, render_warning
from delaydesk.diagnosis.signals import (
    BAD_SIGNALS,
    CATEGORIES,
    CATEGORY_SEVERITY,
    CHECKLIST_SIGNALS,
    CUE_TYPE,
    DELAY_TYPES,
    GOOD_SIGNALS,
    VALID_COMBINATIONS,
)
from delaydesk.diagnosis.text import MAX_CHARS, PreparedText, detect_language, prepare

ACCOUNT_FIELDS: dict[str, str] = {
    "champion_left": "bool",
    "usage_trend": "float between -1 and 1",
    "open_escalations": "int >= 0",
    "extensions_granted": "int >= 0",
    "days_to_contract_end": "int",
    "arr": "number >= 0",
}

# Checklist signals that on their own say "the customer may leave".
STRONG_BAD: frozenset[str] = frozenset(
    {
        "defensive",
        "went_silent",
        "ignores_help",
        "conflicting_stories",
        "sudden_budget_concerns",
        "raises_problems",
        "evaluating_alternatives",
        "strained_relationship",
    }
)
WEAK_BAD: frozenset[str] = frozenset({"vague", "no_timeline"})

# Lean to a riskier category when its probability is at least this share of the chosen one's.
# The share depends on the step. From administrative or none to risk is the costly miss (waiting
# patiently while the customer plans to leave), so it leans early (0.4); between the other
# categories both errors cost about the same, so the more likely category wins (1.0; in
# particular decision is not pushed to risk). Chosen by 5-fold cross-validation on the training
# split (never on dev): the highest category macro-F1 whose risk-miss rate stays at or below 3 %,
# on a flat optimum (neighbouring values within 0.002), with some margin on the risk-miss rate.
# The checklist and the account facts are not in the training data: when they make risk more
# likely (falling usage, open escalations, warning signs), every step to risk leans at this share.
FACTS_LEAN_RATIO = 0.5
DEFAULT_LEAN_RATIO = 0.5
DEFAULT_LEAN_RATIOS: dict[str, float] = {
    "none>risk": 0.4,
    "administrative>risk": 0.4,
    "decision>risk": 1.0,
    "none>decision": 1.0,
    "administrative>decision": 1.0,
    "none>administrative": 1.0,
}


_SPECIFIC_CUES = frozenset(
    {
        "budget_cycle",
        "budget_freeze",
        "finance_pending",
        "procurement",
        "legal_review",
        "security_review",
        "signature_pending",
        "signatory_away",
    }
)
_STEP_CUES = _SPECIFIC_CUES | {"several_approvers", "champion_left", "tender"}
_PEOPLE_CUES = frozenset(
    {
        "procurement",
        "legal_review",
        "finance_pending",
        "security_review",
        "several_approvers",
        "champion_left",
        "signatory_away",
        "_people",
    }
)
_CONCERN_CUES = frozenset(
    {s for s, t in CUE_TYPE.items() if t not in ("unknown", "none")} | {"_concern"}
)
_NOT_DELAY_CUES = frozenset({"renewal_confirmed", "out_of_office", "unrelated_request"})
_BAD_TEXT = frozenset(BAD_SIGNALS)
_GOOD_TEXT = frozenset(GOOD_SIGNALS)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the original text that supports the diagnosis."""

    signal: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """``{signal, text, start, end}`` with offsets into the original input."""
        return {"signal": self.signal, "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Diagnosis:
    """The verdict on one message. ``to_dict()`` is the stable public shape."""

    delay_type: str
    category: str
    risk: int
    confidence: float
    language: str
    evidence: list[Evidence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    reason_keys: list[Reason] = field(default_factory=list, repr=False, compare=False)
    warning_keys: list[tuple[str, int]] = field(default_factory=list, repr=False, compare=False)
    probabilities: Probabilities | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """All public fields as plain JSON-ready data."""
        return {
            "delay_type": self.delay_type,
            "category": self.category,
            "risk": self.risk,
            "confidence": self.confidence,
            "language": self.language,
            "evidence": [e.to_dict() for e in self.evidence],
            "missing": list(self.missing),
            "warnings": list(self.warnings),
            "reasons": list(self.reasons),
        }

    def reasons_in(self, lang: str) -> list[str]:
        """The reasons rendered in another language (``de`` or ``en``)."""
        return [render_reason(r, lang) for r in self.reason_keys]

    def warnings_in(self, lang: str) -> list[str]:
        """The warnings rendered in another language (``de`` or ``en``)."""
        return [render_warning(key, lang, n) for key, n in self.warning_keys]


@dataclass(slots=True)
class Reading:
    """A message read for the model: regions, tokens, lexicon hits and language."""

    prepared: PreparedText
    language: str
    main_tokens: list[str]
    quoted_tokens: list[str]
    main_hits: list[Hit]
    quoted_hits: list[Hit]


def _validate_lang(lang: object) -> str | None:
    if lang is None:
        return None
    if not isinstance(lang, str) or lang not in ("de", "en", "other"):
        raise DiagnosisInputError(f"lang must be 'de', 'en' or 'other', not {lang!r}")
    return lang


def validate_signals(signals: object) -> dict[str, bool]:
    """Check the CSM's checklist: known names, boolean values. Returns a plain dict."""
    if signals is None:
        return {}
    if not isinstance(signals, Mapping):
        raise DiagnosisInputError(
            f"signals must be an object of name: true/false, not {type(signals).__name__}"
        )
    checked: dict[str, bool] = {}
    for name, value in signals.items():
        if name not in CHECKLIST_SIGNALS:
            raise DiagnosisInputError(
                f"unknown signal {name!r}; known signals: {', '.join(CHECKLIST_SIGNALS)}"
            )
        if not isinstance(value, bool):
            raise DiagnosisInputError(f"signal {name!r} must be true or false, not {value!r}")
        checked[name] = value
    return checked


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def validate_account(account: object) -> dict[str, Any]:
    """Check the account facts: known fields with the right types. None values are ignored."""
    if account is None:
        return {}
    if not isinstance(account, Mapping):
        raise DiagnosisInputError(f"account must be an object, not {type(account).__name__}")
    checked: dict[str, Any] = {}
    for name, value in account.items():
        if name not in ACCOUNT_FIELDS:
            raise DiagnosisInputError(
                f"unknown account field {name!r}; known fields: {', '.join(ACCOUNT_FIELDS)}"
            )
        if value is None:
            continue
        expected = ACCOUNT_FIELDS[name]
        if name == "champion_left":
            ok = isinstance(value, bool)
        elif name == "usage_trend":
            ok = _number(value) and -1.0 <= float(value) <= 1.0  # type: ignore[arg-type]
        elif name in ("open_escalations", "extensions_granted"):
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        elif name == "days_to_contract_end":
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:  # arr: Decimal is fine too
            try:
                ok = not isinstance(value, (bool, str)) and float(value) >= 0  # type: ignore[arg-type]
                ok = ok and math.isfinite(float(value))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                ok = False
        if not ok:
            raise DiagnosisInputError(f"account field {name!r} must be {expected}, not {value!r}")
        checked[name] = value
    return checked


def read_message(text: str, lang: str | None = None) -> Reading:
    """Prepare a message and find its tokens, lexicon hits and language."""
    lang = _validate_lang(lang)
    prepared = prepare(text)
    lexicon = get_lexicon()
    main_tokens, main_hits = lexicon.scan(prepared.norm, prepared.main)
    if prepared.quoted:
        quoted_tokens, quoted_hits = lexicon.scan(prepared.norm, prepared.quoted)
    else:
        quoted_tokens, quoted_hits = [], []
    if lang is None:
        lang = detect_language(main_tokens)
        if lang == "unknown" and quoted_tokens:
            lang = detect_language(quoted_tokens)
        if lang == "unknown":
            # No stop words at all (e.g. "Budgetfreigabe Q3?"): umlauts or a German cue decide.
            german = any(ch in prepared.clean for ch in "äöüÄÖÜß")
            lang = "de" if german else "en"
    return Reading(prepared, lang, main_tokens, quoted_tokens, main_hits, quoted_hits)


def _kept_hits(hits: list[Hit]) -> list[tuple[int, int, str]]:
    """The hits shown as evidence, as (start, end, signal) in that order: per signal, a hit
    inside a longer hit of the same signal is left out; helper cues are never shown."""
    internal = INTERNAL_CUES
    ordered = sorted([(h[0], h[1], -h[2]) for h in hits if h[0] not in internal])
    kept: list[tuple[int, int, str]] = []
    signal = None
    last_end = -1
    for hit_signal, start, negative_end in ordered:
        if hit_signal != signal:
            signal = hit_signal
            last_end = -1
        end = -negative_end
        if end <= last_end:
            continue  # inside a longer hit of the same signal
        kept.append((start, end, hit_signal))
        last_end = end
    kept.sort()
    return kept


def _evidence_dicts(reading: Reading) -> list[dict[str, Any]]:
    """The evidence as ``{signal, text, start, end}`` dicts with offsets into the original."""
    prepared = reading.prepared
    original = prepared.original
    kept = _kept_hits(reading.main_hits)
    if prepared.offsets is None:
        return [
            {"signal": signal, "text": original[start:end], "start": start, "end": end}
            for start, end, signal in kept
        ]
    out = []
    to_original = prepared.to_original
    for hit_start, hit_end, signal in kept:
        start, end = to_original(hit_start, hit_end)
        out.append({"signal": signal, "text": original[start:end], "start": start, "end": end})
    return out


def _evidence(reading: Reading) -> list[Evidence]:
    return [Evidence(**span) for span in _evidence_dicts(reading)]


def _missing(reading: Reading, signals: dict[str, bool], found: set[str]) -> list[str]:
    missing: list[str] = []
    has_timeline = "concrete_timeline" in found or signals.get("concrete_timeline", False)
    if not has_timeline:
        missing.append("timeline")
    if found.isdisjoint(_STEP_CUES):
        missing.append("pending_step")
    if found.isdisjoint(_PEOPLE_CUES):
        missing.append("people")
    if "_information" not in found:
        missing.append("information")
    if found.isdisjoint(_CONCERN_CUES) and not (
        signals and any(signals.get(s) for s in STRONG_BAD)
    ):
        missing.append("concern")
    agreed = False
    if "_contact" in found and "concrete_timeline" in found:
        hits = reading.main_hits
        contact = [h.start for h in hits if h.signal == "_contact"]
        times = [h.start for h in hits if h.signal == "concrete_timeline"]
        agreed = any(abs(c - t) <= 80 for c in contact for t in times)
    if not agreed:
        missing.append("next_contact")
    return missing


_PAIRS = tuple(sorted(VALID_COMBINATIONS))
_PAIR_TYPE = tuple(DELAY_TYPES.index(t) for t, _c in _PAIRS)
_RISKIEST_FIRST = tuple(sorted(CATEGORIES, key=lambda c: -CATEGORY_SEVERITY[c]))
_TYPES_FOR = {c: tuple(t for t in DELAY_TYPES if (t, c) in VALID_COMBINATIONS) for c in CATEGORIES}
# Per category: the more severe categories a verdict of that category may lean to, riskiest first.
_LEAN_STEPS = {
    c: tuple(
        (candidate, c + ">" + candidate)
        for candidate in _RISKIEST_FIRST
        if CATEGORY_SEVERITY[candidate] > CATEGORY_SEVERITY[c]
    )
    for c in CATEGORIES
}


_PAIR_TYPE_NAMES = tuple(t for t, _c in _PAIRS)
_PAIR_CATEGORY_NAMES = tuple(c for _t, c in _PAIRS)
# Per category (CATEGORIES order): the positions of its pairs in _PAIRS, in that order.
_CATEGORY_PAIRS = tuple(
    tuple(i for i, (_t, c) in enumerate(_PAIRS) if c == category) for category in CATEGORIES
)


def _joint_values(p_type: dict[str, float], p_cat: dict[str, float]) -> list[float]:
    """Renormalised joint probabilities of the valid pairs, in ``_PAIRS`` order."""
    values = list(
        map(
            operator.mul,
            map(p_type.__getitem__, _PAIR_TYPE_NAMES),
            map(p_cat.__getitem__, _PAIR_CATEGORY_NAMES),
        )
    )
    total = sum(values) or 1.0
    return list(map(operator.truediv, values, repeat(total)))


def _category_marginals(values: list[float]) -> dict[str, float]:
    # Added up pair by pair in _PAIRS order, starting from 0.0.
    get = values.__getitem__
    return {
        category: reduce(operator.add, map(get, positions), 0.0)
        for category, positions in zip(CATEGORIES, _CATEGORY_PAIRS, strict=True)
    }


def _type_marginals(values: list[float]) -> dict[str, float]:
    types = [0.0] * len(DELAY_TYPES)
    for index, value in zip(_PAIR_TYPE, values, strict=True):
        types[index] += value
    return dict(zip(DELAY_TYPES, types, strict=True))


def _best_type_for(category: str, joint: dict[tuple[str, str], float]) -> str:
    """The most likely delay type that goes with a category."""
    return max(_TYPES_FOR[category], key=lambda t: joint[(t, category)])


def _shift(
    probabilities: Probabilities,
    signals: dict[str, bool],
    account: dict[str, Any],
) -> tuple[dict[str, float], dict[str, float]]:
    """Apply the checklist and account facts as shifts of the log-probabilities."""
    if not signals and not account:
        return probabilities.delay_type, probabilities.category
    type_shift = dict.fromkeys(DELAY_TYPES, 0.0)
    cat_shift = dict.fromkeys(CATEGORIES, 0.0)
    for name in GOOD_SIGNALS:
        if signals.get(name):
            cat_shift["administrative"] += 0.4
            cat_shift["risk"] -= 0.2
    for name in WEAK_BAD:
        if signals.get(name):
            cat_shift["administrative"] -= 1.0
            cat_shift["decision"] += 0.5
    for name in STRONG_BAD:
        if signals.get(name):
            cat_shift["risk"] += 1.0
            cat_shift["administrative"] -= 0.5
    if signals.get("conflicting_stories"):
        type_shift["alignment"] += 1.0
    if account.get("champion_left"):
        type_shift["champion_change"] += 3.0
    trend = float(account.get("usage_trend", 0.0))
    if trend <= -0.2:
        cat_shift["risk"] += 1.5 * -trend
        type_shift["hidden_problem"] += 1.0 * -trend
    elif trend >= 0.3:
        cat_shift["risk"] -= 0.3
    escalations = int(account.get("open_escalations", 0))
    if escalations:
        cat_shift["risk"] += 0.5 * min(escalations, 3)
        type_shift["hidden_problem"] += 0.4 * min(escalations, 3)
    extensions = int(account.get("extensions_granted", 0))
    if extensions >= 2:
        cat_shift["risk"] += 0.4 * min(extensions - 1, 3)
        cat_shift["administrative"] -= 0.5 * min(extensions - 1, 3)
    if not any(type_shift.values()) and not any(cat_shift.values()):
        return probabilities.delay_type, probabilities.category
    types = list(DELAY_TYPES)
    cats = list(CATEGORIES)
    # The none category stays where the words put it: facts about the account cannot turn a
    # signed order into a delay.
    p_type = softmax([math.log(probabilities.delay_type[t] + 1e-12) + type_shift[t] for t in types])
    p_cat = softmax(
        [
            math.log(probabilities.category[c] + 1e-12) + (cat_shift[c] if c != "none" else 0.0)
            for c in cats
        ]
    )
    return dict(zip(types, p_type, strict=False)), dict(zip(cats, p_cat, strict=False))


_RISK_RANGE = {"none": (0, 15), "administrative": (5, 45), "decision": (30, 70), "risk": (60, 100)}


def _risk_score(
    category: str,
    delay_type: str,
    p_cat: dict[str, float],
    bad: set[str],
    good: set[str],
    account: dict[str, Any],
) -> int:
    score = 100.0 * (
        0.03 * p_cat["none"]
        + 0.18 * p_cat["administrative"]
        + 0.48 * p_cat["decision"]
        + 0.85 * p_cat["risk"]
    )
    if delay_type == "shopping":
        score += 10
    elif delay_type == "hidden_problem":
        score += 5
    low, high = _RISK_RANGE[category]
    score = min(max(score, low), high)
    score += min(4 * len(bad), 16) - min(3 * len(good), 12)
    if not account:
        return int(round(min(max(score, 0.0), 100.0)))
    if account.get("champion_left"):
        score += 8
    trend = float(account.get("usage_trend", 0.0))
    if trend < 0:
        score += 15 * -trend
    score += min(4 * int(account.get("open_escalations", 0)), 12)
    score += min(4 * max(int(account.get("extensions_granted", 0)) - 1, 0), 12)
    days = account.get("days_to_contract_end")
    if days is not None and category != "none":
        if days <= 0:
            score += 8
        elif days <= 30:
            score += 5
        elif days <= 60:
            score += 2
    arr = account.get("arr")
    if arr is not None and category != "none":
        # The same doubt weighs more where more is at stake.
        score += 3 if float(arr) >= 500_000 else 2 if float(arr) >= 100_000 else 0
    return int(round(min(max(score, 0.0), 100.0)))


_RATIOS_OF: dict[int, tuple[Any, dict[str, float]]] = {}


def _lean_ratios(model: Model) -> dict[str, float]:
    """The lean shares of a model: per step (``"decision>risk"``) from ``lean_ratios``, a
    single ``lean_ratio`` for every step in older model files."""
    cached = _RATIOS_OF.get(id(model))
    if cached is not None and cached[0] is model.settings:
        return cached[1]
    settings = model.settings
    if "lean_ratios" in settings:
        ratios = {**DEFAULT_LEAN_RATIOS, **settings["lean_ratios"]}
    else:
        single = float(settings.get("lean_ratio", DEFAULT_LEAN_RATIO))
        ratios = dict.fromkeys(DEFAULT_LEAN_RATIOS, single)
    ratios = {step: float(value) for step, value in ratios.items()}
    if len(_RATIOS_OF) > 64:
        _RATIOS_OF.clear()
    _RATIOS_OF[id(model)] = (settings, ratios)
    return ratios


def diagnose(
    text: str,
    *,
    lang: str | None = None,
    signals: dict[str, bool] | None = None,
    account: dict[str, Any] | None = None,
    model: Model | None = None,
) -> Diagnosis:
    """Diagnose one customer message about a delayed renewal.

    ``lang`` fixes the message language (``de``, ``en`` or ``other``) instead of detecting it;
    ``signals`` are the CSM's checklist (names from CHECKLIST_SIGNALS, booleans); ``account``
    holds facts such as ``champion_left`` or ``usage_trend`` (see ACCOUNT_FIELDS). Raises
    DiagnosisInputError (a ValueError) for empty text or invalid inputs. Text longer than
    MAX_CHARS is analysed up to the limit, with a warning.
    """
    return _diagnose(text, lang, signals, account, model, render=True)


@dataclass(slots=True)
class _Verdict:
    """The decision on one message, before reasons and warnings are put into words."""

    reading: Reading
    signals: dict[str, bool]
    account: dict[str, Any]
    on: set[str]
    found: set[str]
    delay_type: str
    category: str
    risk: int
    confidence: float
    joint_values: list[float]
    p_cat: dict[str, float]
    leaned: bool
    rule_reason: Reason | None


def _decide(
    text: str,
    lang: str | None,
    signals: dict[str, bool] | None,
    account: dict[str, Any] | None,
    model: Model | None,
) -> _Verdict:
    """Read, score and decide: everything of diagnose() but the reasons and warnings."""
    checked_signals = validate_signals(signals)
    checked_account = validate_account(account)
    reading = read_message(text, lang)
    model = model or get_model()
    language = reading.language
    scores = model.scores(
        reading.main_tokens,
        reading.quoted_tokens,
        reading.main_hits,
        reading.quoted_hits,
        language,
    )
    raw = model.probabilities(scores)
    shifted_type, shifted_cat = _shift(raw, checked_signals, checked_account)
    # Only valid pairs count: a likely "shopping" type also makes "risk" likely, and so on.
    values = _joint_values(shifted_type, shifted_cat)
    p_cat = _category_marginals(values)
    joint = dict(zip(_PAIRS, values, strict=True))
    delay_type, category = _PAIRS[values.index(max(values))]
    ratios = _lean_ratios(model)
    facts_to_risk = shifted_cat["risk"] > raw.category["risk"]
    leaned = False
    for candidate, step in _LEAN_STEPS[category]:
        ratio = ratios[step]
        if facts_to_risk and candidate == "risk":
            ratio = min(ratio, FACTS_LEAN_RATIO)
        if p_cat[candidate] >= ratio * p_cat[category]:
            category = candidate
            delay_type = _best_type_for(category, joint)
            leaned = True
            break

    # The checklist's hard rules: what the CSM observed outranks the words.
    on = {name for name, value in checked_signals.items() if value}
    rule_reason: Reason | None = None
    if on:
        strong = on & STRONG_BAD
        weak = on & WEAK_BAD
        if "evaluating_alternatives" in on:
            delay_type, category = "shopping", "risk"
            rule_reason = Reason("checklist_shopping")
        elif "raises_problems" in on:
            delay_type, category = "hidden_problem", "risk"
            rule_reason = Reason("checklist_problem")
        elif "sudden_budget_concerns" in on and category != "none":
            category = "risk"
            if (delay_type, category) not in VALID_COMBINATIONS:
                delay_type = "budget"
            rule_reason = Reason("checklist_budget")
        elif category in ("administrative", "decision") and (len(strong) >= 2 or (strong and weak)):
            stated = delay_type
            category = "risk"
            if (delay_type, category) not in VALID_COMBINATIONS:
                delay_type = _best_type_for(category, joint)
            rule_reason = Reason(
                "checklist_risk", signals=tuple(sorted(strong | weak)), delay_type=stated
            )
        elif category == "administrative" and (strong or weak):
            category = "decision"
            rule_reason = Reason(
                "checklist_decision", signals=tuple(sorted(strong | weak)), delay_type=delay_type
            )
            if (delay_type, category) not in VALID_COMBINATIONS:
                delay_type = _best_type_for(category, joint)
    if checked_account:
        if checked_account.get("champion_left") and delay_type in ("unknown", "priority"):
            # A new owner with no other stated reason: the renewal conversation starts over.
            delay_type = "champion_change"
            if category == "administrative":
                category = "decision"
        if category == "administrative" and (
            checked_account.get("champion_left")
            or int(checked_account.get("extensions_granted", 0)) >= 2
        ):
            category = "decision"
            if (delay_type, category) not in VALID_COMBINATIONS:
                delay_type = _best_type_for(category, joint)
    if (delay_type, category) not in VALID_COMBINATIONS:
        delay_type = _best_type_for(category, joint)

    found = {h.signal for h in reading.main_hits}
    bad = found & _BAD_TEXT
    good = found & _GOOD_TEXT
    if on:
        bad |= on & _BAD_TEXT
        good |= on & _GOOD_TEXT
    if not found.isdisjoint(_SPECIFIC_CUES):
        good.add("specific_reason")
    risk = _risk_score(category, delay_type, p_cat, bad, good, checked_account)

    n_tokens = len(reading.main_tokens)
    confidence = math.sqrt(joint.get((delay_type, category), 0.0))
    if n_tokens < 12:
        confidence *= 0.55 + 0.45 * n_tokens / 12
    if language == "other":
        confidence = min(confidence * 0.35, 0.25)
    confidence = round(min(max(confidence, 0.0), 1.0), 3)
    return _Verdict(
        reading,
        checked_signals,
        checked_account,
        on,
        found,
        delay_type,
        category,
        risk,
        confidence,
        values,
        p_cat,
        leaned,
        rule_reason,
    )


def _reasons(verdict: _Verdict) -> list[Reason]:
    """The reasons of a verdict, as keys with parameters."""
    reading = verdict.reading
    found = verdict.found
    category = verdict.category
    delay_type = verdict.delay_type
    rule_reason = verdict.rule_reason
    account = verdict.account
    reasons: list[Reason] = []
    cues = []
    for hit in reading.main_hits:
        if hit.signal in CUE_TYPE and hit.signal not in cues and hit.signal not in INTERNAL_CUES:
            cues.append(hit.signal)
    if cues:
        reasons.append(Reason("cues", signals=tuple(cues[:4])))
    if rule_reason is not None:
        reasons.append(rule_reason)
    elif category == "none":
        reasons.append(Reason("none"))
    elif category == "administrative":
        key = "administrative_timeline" if "concrete_timeline" in found else "administrative"
        reasons.append(Reason(key))
    elif category == "decision":
        key = {"alignment": "decision_alignment", "champion_change": "decision_champion"}.get(
            delay_type, "decision"
        )
        reasons.append(Reason(key))
    else:
        key = {"shopping": "risk_shopping", "hidden_problem": "risk_problem"}.get(
            delay_type, "risk_general"
        )
        # A verdict that leaned to risk says so below; "warning signs outweigh the reason"
        # would claim signs the words do not show.
        if not (verdict.leaned and key == "risk_general"):
            reasons.append(Reason(key))
    if verdict.leaned and rule_reason is None:
        reasons.append(Reason("leaning", category=category))
    if account.get("champion_left"):
        reasons.append(Reason("champion_left"))
    if float(account.get("usage_trend", 0.0)) <= -0.2:
        reasons.append(Reason("usage_falling"))
    if int(account.get("open_escalations", 0)):
        reasons.append(Reason("escalations", n=int(account["open_escalations"])))
    if int(account.get("extensions_granted", 0)) >= 2:
        reasons.append(Reason("extensions", n=int(account["extensions_granted"])))
    days = account.get("days_to_contract_end")
    if days is not None and category != "none":
        if days < 0:
            reasons.append(Reason("contract_ended"))
        elif days <= 30:
            reasons.append(Reason("contract_end", n=int(days)))
    if reading.prepared.has_quote:
        reasons.append(Reason("quoted"))
    if reading.language == "other":
        reasons.append(Reason("other_language"))
    elif len(reading.main_tokens) < 6:
        reasons.append(Reason("very_short"))
    return reasons


def _diagnose(
    text: str,
    lang: str | None,
    signals: dict[str, bool] | None,
    account: dict[str, Any] | None,
    model: Model | None,
    *,
    render: bool,
) -> Diagnosis:
    """diagnose(); with ``render=False`` the reasons and warnings stay unrendered."""
    verdict = _decide(text, lang, signals, account, model)
    reading = verdict.reading
    language = reading.language
    category = verdict.category
    reasons = _reasons(verdict)
    warning_keys: list[tuple[str, int]] = []
    if reading.prepared.truncated:
        warning_keys.append(("truncated", MAX_CHARS))
    if language == "other":
        warning_keys.append(("other_language", 0))
    out_lang = "de" if language == "de" else "en"
    missing = [] if category == "none" else _missing(reading, verdict.signals, verdict.found)
    values = verdict.joint_values
    return Diagnosis(
        delay_type=verdict.delay_type,
        category=category,
        risk=verdict.risk,
        confidence=verdict.confidence,
        language=language,
        evidence=_evidence(reading),
        missing=missing,
        warnings=[render_warning(k, out_lang, n) for k, n in warning_keys] if render else [],
        reasons=[render_reason(r, out_lang) for r in reasons] if render else [],
        reason_keys=reasons,
        warning_keys=warning_keys,
        probabilities=Probabilities(delay_type=_type_marginals(values), category=verdict.p_cat),
    )


def _batch_result(
    text: str,
    lang: str | None,
    signals: dict[str, bool] | None,
    account: dict[str, Any] | None,
) -> tuple[str, str, int, float, str, list[dict[str, Any]], list[str]]:
    """What a JSON Lines result holds: delay type, category, risk, confidence, language,
    evidence (as dicts) and missing questions; the same values as ``diagnose()``."""
    verdict = _decide(text, lang, signals, account, None)
    reading = verdict.reading
    category = verdict.category
    missing = [] if category == "none" else _missing(reading, verdict.signals, verdict.found)
    return (
        verdict.delay_type,
        category,
        verdict.risk,
        verdict.confidence,
        reading.language,
        _evidence_dicts(reading),
        missing,
    )
