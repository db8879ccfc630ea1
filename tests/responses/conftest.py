"""Fixtures for the playbook panel, API and CLI: a renewal with a risk delay and a champion."""

from __future__ import annotations

import pytest

from factories import ContactFactory, DelayFactory


@pytest.fixture
def risk(roles):
    """The roles' renewal with an open hidden-problem risk delay and a champion contact."""
    renewal = roles["renewal"]
    delay = DelayFactory(
        renewal=renewal, assessed_type="hidden_problem", category="risk", risk=80,
        customer_words="We need to see more value before we commit to another year.",
    )
    champion = ContactFactory(account=renewal.account, name="Petra Schmidt",
                              email="petra.schmidt@example.com", role="champion")
    return {**roles, "delay": delay, "champion": champion}
