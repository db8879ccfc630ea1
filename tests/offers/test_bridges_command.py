"""``delaydesk bridges --renewal ID --user USERNAME`` prints what the engine's CLI prints."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from delaydesk.bridges.cli import main as engine_main


def _run(*argv: str) -> str:
    out = io.StringIO()
    call_command("bridges", *argv, stdout=out)
    return out.getvalue()


def test_json_matches_the_engine_for_the_same_terms(roles):
    renewal = roles["renewal"]
    data = json.loads(_run("--renewal", str(renewal.pk), "--user", "owner", "--json"))
    engine_out = io.StringIO()
    engine_main(["--arr", str(renewal.arr), "--currency", renewal.currency,
                 "--contract-end", renewal.contract_end.isoformat(),
                 "--today", timezone.localdate().isoformat(), "--json"], stdout=engine_out)
    assert data == json.loads(engine_out.getvalue())


def test_table_in_german_for_a_colleague(roles):
    out = _run("--renewal", str(roles["renewal"].pk), "--user", "colleague", "--lang", "de")
    assert "Brückenlösungen für ARR 120.000,00" in out


@pytest.mark.parametrize("user", ["other", "nobody"])
def test_other_team_or_unknown_user_gets_an_error(roles, user):
    with pytest.raises(CommandError) as error:
        _run("--renewal", str(roles["renewal"].pk), "--user", user)
    assert ("No such renewal" in str(error.value)) == (user == "other")


def test_prices_follow_the_admins_policy(roles):
    from decimal import Decimal

    from delaydesk.offers.models import BridgePolicy

    policy = BridgePolicy.get()
    policy.admin_fee = Decimal("750")
    policy.save()
    data = json.loads(_run("--renewal", str(roles["renewal"].pk), "--user", "owner", "--json"))
    sixty = next(o for o in data["offers"] if o["kind"] == "extension_60")
    assert sixty["price"] == "20476.03"  # 120,000 x 60/365 = 19,726.03, plus the 750 fee
