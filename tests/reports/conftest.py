"""Fixtures for the reports: a hand-computed portfolio with a history.

The portfolio of team North, built at known moments so every figure can be worked out by
hand (see ``book`` below), plus a renewal of team South that must never show up.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
import time_machine

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> time_machine.travel:
    """Travel to a moment in Berlin (the clock stands still there)."""
    return time_machine.travel(dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN),
                               tick=False)


def berlin(year: int, month: int, day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(year, month, day, hour, tzinfo=BERLIN)


def save(instance: Any, **changes: Any) -> Any:
    """Change fields and save, so the change history records it at the travelled moment."""
    for name, value in changes.items():
        setattr(instance, name, value)
    instance.save()
    return instance


@dataclass
class Book:
    lead: Any
    anna: Any
    ben: Any
    south: Any
    team: Any
    renewals: dict[str, Any]
    delays: dict[str, Any]
    steps: dict[str, Any]


@pytest.fixture
def book(db) -> Book:
    """Team North's renewals, created on Monday 16 Nov 2026 (week 47) and changed in week 48.

    Created 16 Nov 09:00 (Berlin):
      R1 Alpha GmbH    100,000 EUR  ends 31 Dec 2026  in conversation, pipeline    (anna)
      R2 Beta AG        50,000 EUR  ends 31 Jan 2027  delayed, best case          (anna)
         D2 communicated 17 Nov: process / administrative, risk 20
      R3 Gamma KG       80,000 EUR  ends 15 Dec 2026  delayed, at risk            (ben)
         D3 communicated 18 Nov: stated budget, assessed hidden problem / risk, risk 80,
            help needed
      R4 Delta Ltd      30,000 GBP  ends 28 Feb 2027  upcoming, pipeline          (ben)
      R5 Epsilon SE     40,000 EUR  ends 30 Nov 2026  committed, commit           (anna)
      R6 Zeta           20,000 EUR  ends 31 Oct 2026  churned, omitted            (ben)
         D6 communicated 1 Sep, resolved 20 Oct (no post-mortem yet)
      Next steps: S1 on R3 due 20 Nov; S2 on R1 due 26 Nov; S3 on R1 due 30 Nov;
                  S4 on R2 due 23 Nov.
      Action on D2 taken 16 Nov.
    Week 48 (23-29 Nov):
      24 Nov: D1 on R1 communicated (alignment / decision, risk 60); R1 becomes delayed;
              action on D3; S2 done on 26 Nov.
      25 Nov: D2 resolved; R2 committed, commit.
      26 Nov: R5 renewed.
    Team South: R7 Omega 999,000 EUR with an open risk delay (never visible to North).
    """
    from factories import (
        AccountFactory,
        ActionFactory,
        DelayFactory,
        NextStepFactory,
        RenewalFactory,
        TeamFactory,
        UserFactory,
    )

    with at(2026, 11, 16, 9):
        north, south_team = TeamFactory(name="North"), TeamFactory(name="South")
        lead = UserFactory(username="nora", first_name="Nora", last_name="Lead", team=north,
                           role="team_lead")
        anna = UserFactory(username="anna", first_name="Anna", last_name="Adler", team=north)
        ben = UserFactory(username="ben", first_name="Ben", last_name="Berg", team=north)
        south = UserFactory(username="sam", first_name="Sam", last_name="South",
                            team=south_team)

        def renewal(name: str, owner: Any, arr: str, end: dt.date, stage: str,
                    forecast: str, currency: str = "EUR") -> Any:
            account = AccountFactory(name=name, owner=owner, team=owner.team, segment="Retail"
                                     if owner != ben else "Industry", language="de")
            return RenewalFactory(account=account, owner=owner, arr=Decimal(arr),
                                  currency=currency, contract_end=end,
                                  contract_start=end - dt.timedelta(days=365), stage=stage,
                                  forecast_category=forecast)

        r = {
            "R1": renewal("Alpha GmbH", anna, "100000", dt.date(2026, 12, 31),
                          "in_conversation", "pipeline"),
            "R2": renewal("Beta AG", anna, "50000", dt.date(2027, 1, 31), "delayed", "best_case"),
            "R3": renewal("Gamma KG", ben, "80000", dt.date(2026, 12, 15), "delayed", "at_risk"),
            "R4": renewal("Delta Ltd", ben, "30000", dt.date(2027, 2, 28), "upcoming", "pipeline",
                          currency="GBP"),
            "R5": renewal("Epsilon SE", anna, "40000", dt.date(2026, 11, 30), "committed",
                          "commit"),
            "R6": renewal("Zeta", ben, "20000", dt.date(2026, 10, 31), "churned", "omitted"),
            "R7": renewal("Omega South", south, "999000", dt.date(2026, 12, 20), "delayed",
                          "at_risk"),
        }
        d = {
            "D2": DelayFactory(renewal=r["R2"], communicated_on=dt.date(2026, 11, 17),
                               assessed_type="process", category="administrative", risk=20,
                               stated_reason="Legal review of the DPA", stated_type="process"),
            "D3": DelayFactory(renewal=r["R3"], communicated_on=dt.date(2026, 11, 18),
                               assessed_type="hidden_problem", category="risk", risk=80,
                               stated_reason="Budget is frozen", stated_type="budget",
                               help_needed=True, help_text="Need an executive sponsor call"),
            "D6": DelayFactory(renewal=r["R6"], communicated_on=dt.date(2026, 9, 1),
                               assessed_type="shopping", category="risk", risk=90,
                               status="resolved", resolved_on=dt.date(2026, 10, 20)),
            "D7": DelayFactory(renewal=r["R7"], communicated_on=dt.date(2026, 11, 18),
                               assessed_type="shopping", category="risk", risk=95,
                               help_needed=True, help_text="South secret"),
        }
        s = {
            "S1": NextStepFactory(renewal=r["R3"], delay=d["D3"], what="Send the usage report",
                                  due_on=dt.date(2026, 11, 20), owner=ben),
            "S2": NextStepFactory(renewal=r["R1"], what="Call the champion",
                                  due_on=dt.date(2026, 11, 26), owner=anna),
            "S3": NextStepFactory(renewal=r["R1"], what="Joint stakeholder call",
                                  due_on=dt.date(2026, 11, 30), owner=anna),
            "S4": NextStepFactory(renewal=r["R2"], what="Customer returns the signed DPA",
                                  due_on=dt.date(2026, 11, 23), owner=anna,
                                  kind="customer_commitment"),
            "S7": NextStepFactory(renewal=r["R7"], what="South step",
                                  due_on=dt.date(2026, 11, 19), owner=south),
        }
        ActionFactory(delay=d["D2"], taken_on=dt.date(2026, 11, 16),
                      description="Sent the DPA to legal")
    with at(2026, 11, 24, 10):
        d["D1"] = DelayFactory(renewal=r["R1"], communicated_on=dt.date(2026, 11, 24),
                               assessed_type="alignment", category="decision", risk=60,
                               stated_reason="Need more time", stated_type="unknown")
        save(r["R1"], stage="delayed")
        ActionFactory(delay=d["D3"], taken_on=dt.date(2026, 11, 24),
                      description="Listening call with the COO",
                      customer_response="Named the failing ERP interface")
    with at(2026, 11, 25, 10):
        save(d["D2"], status="resolved", resolved_on=dt.date(2026, 11, 25))
        save(r["R2"], stage="committed", forecast_category="commit")
    with at(2026, 11, 26, 10):
        save(r["R5"], stage="renewed")
        save(s["S2"], done_on=dt.date(2026, 11, 26))
    return Book(lead=lead, anna=anna, ben=ben, south=south, team=north, renewals=r, delays=d,
                steps=s)
