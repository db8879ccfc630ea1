import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from delaydesk.portfolio import services
from delaydesk.portfolio.models import Renewal
from factories import AccountFactory, UserFactory


@pytest.fixture
def owner(db):
    return UserFactory(username="owner")


def _renewal(owner, **overrides):
    fields = {"contract_start": dt.date(2026, 1, 1), "contract_end": dt.date(2027, 1, 1),
              "arr": Decimal("1000"), "currency": "EUR"}
    fields.update(overrides)
    return services.renewal_create(by=owner, account=AccountFactory(owner=owner), **fields)


@pytest.mark.parametrize(("overrides", "field"), [
    ({"contract_end": dt.date(2025, 12, 1)}, "contract_end"),
    ({"arr": Decimal("-1")}, "arr"),
    ({"currency": "XYZ"}, "currency"),
    ({"stage": "dreaming"}, "stage"),
    ({"forecast_category": "maybe"}, "forecast_category"),
])
def test_bad_renewals_are_rejected_with_a_field_error_and_nothing_saved(owner, overrides, field):
    with pytest.raises(ValidationError) as error:
        _renewal(owner, **overrides)
    assert field in error.value.message_dict
    assert Renewal.objects.count() == 0


def test_errors_come_in_german_for_german_users(owner):
    with translation.override("de"), pytest.raises(ValidationError) as error:
        _renewal(owner, contract_end=dt.date(2025, 12, 1))
    assert "Vertragsende" in error.value.message_dict["contract_end"][0]


def test_every_change_is_recorded_with_who_and_what(owner):
    renewal = _renewal(owner)
    services.renewal_change_stage(by=owner, renewal=renewal, stage="delayed")
    latest = renewal.history.first()
    assert latest.history_user == owner
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [("stage", "upcoming", "delayed")]


def test_country_code_is_checked(owner):
    with pytest.raises(ValidationError) as error:
        services.account_create(by=owner, name="X", country="Germany")
    assert "country" in error.value.message_dict
