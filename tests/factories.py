"""factory-boy factories for the DelayDesk models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from delaydesk.delays.models import Action, Delay, NextStep
from delaydesk.portfolio.models import Account, Contact, Renewal
from delaydesk.teams.models import Team, User

PASSWORD = "correct-horse-battery"
_HASH: dict[str, str] = {}


def password_hash() -> str:
    # argon2 is slow on purpose; hash the shared test password once.
    if "value" not in _HASH:
        _HASH["value"] = make_password(PASSWORD)
    return _HASH["value"]


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"First{n}")
    last_name = "Tester"
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    role = "csm"
    team = factory.SubFactory(TeamFactory)
    language = "en"
    password = factory.LazyFunction(password_hash)


class AccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Account

    name = factory.Sequence(lambda n: f"Customer {n} GmbH")
    owner = factory.SubFactory(UserFactory)
    team = factory.LazyAttribute(lambda a: a.owner.team if a.owner else None)
    language = "de"
    country = "DE"


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    account = factory.SubFactory(AccountFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    email = factory.Sequence(lambda n: f"contact{n}@example.com")
    role = "champion"


class RenewalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Renewal

    account = factory.SubFactory(AccountFactory)
    owner = factory.LazyAttribute(lambda r: r.account.owner)
    contract_end = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=45))
    contract_start = factory.LazyAttribute(lambda r: r.contract_end - dt.timedelta(days=365))
    arr = Decimal("120000.00")
    currency = "EUR"
    stage = "in_conversation"


class DelayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delay

    renewal = factory.SubFactory(RenewalFactory)
    communicated_on = factory.LazyFunction(timezone.localdate)
    customer_words = "We need more time, legal is still reviewing the DPA."
    assessed_type = "process"
    category = "administrative"
    risk = 20


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    delay = factory.SubFactory(DelayFactory)
    taken_on = factory.LazyFunction(timezone.localdate)
    description = "Sent the signed DPA template."


class NextStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NextStep

    renewal = factory.SubFactory(RenewalFactory)
    what = "Call procurement"
    due_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=3))
