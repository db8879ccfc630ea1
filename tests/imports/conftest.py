"""Shared by the import tests: CSV built from rows, and the example file's teams and users."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from delaydesk.imports.csv_format import COLUMNS
from factories import TeamFactory, UserFactory

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "portfolio.csv"

ROW = {
    "account_external_id": "ACC-1", "account_name": "Kranich Maschinenbau GmbH",
    "segment": "Mid-Market", "language": "de", "country": "DE", "strategic": "false",
    "fiscal_year_start_month": "1", "owner": "owner", "team": "Team A",
    "renewal_external_id": "REN-1", "contract_start": "2025-07-01",
    "contract_end": "2026-06-30", "arr": "48000.00", "currency": "EUR", "term_months": "12",
    "auto_renew": "false", "notice_days": "60", "grace_days": "0", "stage": "upcoming",
    "forecast_category": "pipeline", "contact_name": "Katrin Vogel",
    "contact_email": "k.vogel@kranich.example", "contact_role": "champion",
}


def make_csv(rows: list[dict[str, str]], *, delimiter: str = ",", bom: bool = False) -> bytes:
    """Portfolio CSV with every column, from rows that override ``ROW``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), delimiter=delimiter,
                            lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**ROW, **row})
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


@pytest.fixture
def example_users(db):
    """The teams and owners the example file in docs/examples refers to."""
    dach, uk = TeamFactory(name="DACH"), TeamFactory(name="UK & Ireland")
    return {
        "admin": UserFactory(username="root", role="admin", team=None, is_superuser=True),
        "anna": UserFactory(username="anna.schmidt", team=dach, language="de"),
        "james": UserFactory(username="james.miller", team=uk),
        "dach_lead": UserFactory(username="dach.lead", team=dach, role="team_lead"),
    }
