"""Delay diagnosis: what a customer's "we need more time" really means.

Pure Python (no Django), so the web app, the API and the CLI in batch mode share one engine::

    from delaydesk.diagnosis import diagnose
    result = diagnose("Our legal team is still reviewing the DPA, we expect to sign on 12 May.")
    result.category, result.delay_type, result.risk   # ('administrative', 'process', 14)

See docs/diagnosis.md for how it works and how well.
"""

from __future__ import annotations

from delaydesk.diagnosis.engine import (
    ACCOUNT_FIELDS,
    Diagnosis,
    Evidence,
    diagnose,
    validate_account,
    validate_signals,
)
from delaydesk.diagnosis.errors import DiagnosisInputError
from delaydesk.diagnosis.missing import MISSING_IDS, missing_question
from delaydesk.diagnosis.model import ModelNotAvailable
from delaydesk.diagnosis.signals import (
    BAD_SIGNALS,
    CATEGORIES,
    CHECKLIST_SIGNALS,
    CUE_SIGNALS,
    DELAY_TYPES,
    GOOD_SIGNALS,
    SIGNALS,
    VALID_COMBINATIONS,
    category_label,
    signal_label,
    type_label,
)
from delaydesk.diagnosis.text import MAX_CHARS

__all__ = [
    "ACCOUNT_FIELDS",
    "BAD_SIGNALS",
    "CATEGORIES",
    "CHECKLIST_SIGNALS",
    "CUE_SIGNALS",
    "DELAY_TYPES",
    "Diagnosis",
    "DiagnosisInputError",
    "Evidence",
    "GOOD_SIGNALS",
    "MAX_CHARS",
    "MISSING_IDS",
    "ModelNotAvailable",
    "SIGNALS",
    "VALID_COMBINATIONS",
    "category_label",
    "diagnose",
    "missing_question",
    "signal_label",
    "type_label",
    "validate_account",
    "validate_signals",
]
