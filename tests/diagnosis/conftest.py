"""Shared helpers for the diagnosis tests (pure Python: no database needed)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from delaydesk.diagnosis import Diagnosis


@pytest.fixture
def assert_offsets() -> Callable[[str, Diagnosis], None]:
    """Check that every evidence span points into the original text."""

    def check(text: str, diagnosis: Diagnosis) -> None:
        for item in diagnosis.evidence:
            assert 0 <= item.start < item.end <= len(text)
            assert text[item.start : item.end] == item.text

    return check
