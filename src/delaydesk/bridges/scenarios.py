"""Scenario planning for one delayed renewal: renews, slips, does not renew, wants changes.

Each scenario names its key dates and what it does to the ARR; the slip scenario also picks
the cheapest fitting bridge that covers the gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from delaydesk.bridges.dates import Lang, add_months, format_date
from delaydesk.bridges.offers import KINDS, BridgeQuote, bridge_offers
from delaydesk.bridges.terms import (
    DEFAULT_BRIDGE_SETTINGS,
    BridgeSettings,
    InvalidTerms,
    Problems,
    RenewalTerms,
)
from delaydesk.money import format_money, round_money

SCENARIO_IDS: tuple[str, ...] = ("renews", "slips", "churns", "changes")
# Without an agreed slip date, plan for a month's slip beyond the later of signature and end.
DEFAULT_SLIP_DAYS = 30

_DATE_LABELS: dict[str, tuple[str, str]] = {
    "today": ("Today", "Heute"),
    "signature": ("Expected signature", "Erwartete Unterschrift"),
    "contract_end": ("Contract end", "Vertragsende"),
    "slip_to": ("Slipped signature", "Verschobene Unterschrift"),
    "bridge_start": ("Bridge starts", "Brückenlösung beginnt"),
    "bridge_end": ("Bridge ends", "Brückenlösung endet"),
    "offboarding_start": ("Offboarding starts", "Offboarding beginnt"),
    "agree_by": ("Agree changes by", "Änderungen vereinbaren bis"),
}


def date_label(date_id: str, lang: Lang) -> str:
    """Return the label of a key date id (``today``, ``contract_end``...) in ``lang``."""
    en, de = _DATE_LABELS[date_id]
    return de if lang == "de" else en


@dataclass(frozen=True)
class KeyDate:
    """A dated milestone of a scenario, with a stable id and a label in the plan's language."""

    id: str
    date: date
    label: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict with the date in ISO format."""
        return {"id": self.id, "date": self.date.isoformat(), "label": self.label}


@dataclass(frozen=True)
class Scenario:
    """One way the renewal can go.

    ``arr_effect`` is the change to ARR if it happens (``-arr`` when the customer leaves),
    ``arr_at_stake`` what is still undecided. The slip scenario names its ``bridge``, what
    covering the gap costs (``bridge_cost``) and whether that bridge fits the diagnosis.
    """

    id: str
    title: str
    description: str
    key_dates: list[KeyDate]
    arr_effect: Decimal
    arr_at_stake: Decimal
    bridge: BridgeQuote | None = None
    bridge_cost: Decimal | None = None
    bridge_fits: bool | None = None
    bridge_months: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict: amounts as strings, dates in ISO format."""
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "key_dates": [key.to_dict() for key in self.key_dates],
            "arr_effect": str(self.arr_effect),
            "arr_at_stake": str(self.arr_at_stake),
            "bridge": self.bridge.to_dict() if self.bridge else None,
            "bridge_cost": None if self.bridge_cost is None else str(self.bridge_cost),
            "bridge_fits": self.bridge_fits,
            "bridge_months": self.bridge_months,
        }


@dataclass(frozen=True)
class ScenarioPlan:
    """The four scenarios of one delayed renewal and the dates they hang on."""

    lang: Lang
    currency: str
    arr: Decimal
    today: date
    contract_end: date
    expected_signature: date | None
    slip_to: date
    offboarding_start: date
    scenarios: list[Scenario] = field(default_factory=list)

    def scenario(self, scenario_id: str) -> Scenario:
        """Return the scenario with ``scenario_id`` (``renews``, ``slips``, ``churns``...)."""
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise KeyError(scenario_id)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict: amounts as strings, dates in ISO format."""
        return {
            "lang": self.lang,
            "currency": self.currency,
            "arr": str(self.arr),
            "today": self.today.isoformat(),
            "contract_end": self.contract_end.isoformat(),
            "expected_signature": (
                self.expected_signature.isoformat() if self.expected_signature else None
            ),
            "slip_to": self.slip_to.isoformat(),
            "offboarding_start": self.offboarding_start.isoformat(),
            "scenarios": [scenario.to_dict() for scenario in self.scenarios],
        }


@dataclass(frozen=True)
class _Cover:
    quote: BridgeQuote
    cost: Decimal
    end: date
    months: int | None


def _cover(quote: BridgeQuote, until: date) -> _Cover | None:
    """How a bridge covers the days up to ``until``, or ``None`` if it cannot."""
    if quote.kind == "auto_renewal_clause":
        return None
    if quote.price_unit == "per_month":
        # Month-to-month runs as long as needed: count the months that reach ``until``.
        months = 1
        while add_months(quote.start, months) - timedelta(days=1) < until:
            months += 1
        end = add_months(quote.start, months) - timedelta(days=1)
        return _Cover(quote, quote.price * months, end, months)
    if quote.end < until:
        return None
    return _Cover(quote, quote.price, quote.end, None)


def _cheapest_cover(quotes: list[BridgeQuote], until: date) -> tuple[_Cover | None, bool]:
    """The cheapest fitting bridge reaching ``until``; else the cheapest one at all."""
    covers = [cover for quote in quotes if (cover := _cover(quote, until)) is not None]

    def order(cover: _Cover) -> tuple[Decimal, int]:
        return cover.cost, KINDS.index(cover.quote.kind)

    fitting = [cover for cover in covers if cover.quote.fits]
    if fitting:
        return min(fitting, key=order), True
    if covers:
        return min(covers, key=order), False
    return None, False


def scenario_plan(
    terms: RenewalTerms,
    *,
    expected_signature: date | None,
    slip_to: date | None = None,
    settings: BridgeSettings = DEFAULT_BRIDGE_SETTINGS,
) -> ScenarioPlan:
    """Plan the four scenarios of a delayed renewal.

    ``expected_signature`` is the date the customer expects to sign (X); ``slip_to`` the
    date it may slip to (Y). Without Y the plan assumes a slip of 30 days beyond the later of
    X and the contract end.
    """
    problems = Problems()
    for name, value in (("expected_signature", expected_signature), ("slip_to", slip_to)):
        if value is not None and not isinstance(value, date):
            problems.add(name, "This must be a date.", "Hier wird ein Datum benötigt.")
    if (
        not problems
        and expected_signature is not None
        and slip_to is not None
        and slip_to <= expected_signature
    ):
        problems.add(
            "slip_to",
            "The slipped date must be after the expected signature.",
            "Das verschobene Datum muss nach der erwarteten Unterschrift liegen.",
        )
    if problems:
        raise InvalidTerms(problems.messages, terms.lang)

    lang, cur, arr = terms.lang, terms.currency, terms.arr
    de = lang == "de"
    end = terms.contract_end
    signature = expected_signature or end
    slip = slip_to or max(signature, end) + timedelta(days=DEFAULT_SLIP_DAYS)
    lead = timedelta(days=settings.offboarding_lead_days)
    planned_offboarding = end - lead
    offboarding = max(planned_offboarding, terms.today)
    zero = round_money(0, cur)
    arr_money = round_money(arr, cur)

    def money(amount: Decimal) -> str:
        return format_money(amount, cur, lang)

    def day(value: date) -> str:
        return format_date(value, lang)

    def key(date_id: str, value: date) -> KeyDate:
        return KeyDate(date_id, value, date_label(date_id, lang))

    today_key = key("today", terms.today)

    # Renews by X: the standard process.
    renews_dates = [today_key]
    if expected_signature is not None:
        renews_dates.append(key("signature", expected_signature))
    renews_dates.append(key("contract_end", end))
    if expected_signature is None:
        renews_text = (
            f"Noch ist kein Unterschriftstermin vereinbart. Spätestens zum Vertragsende am "
            f"{day(end)} muss die Verlängerung im normalen Ablauf unterschrieben sein; "
            f"vereinbaren Sie dafür einen festen Termin. Der ARR von {money(arr)} bleibt "
            f"erhalten."
            if de else
            f"No signature date is agreed yet. The standard process needs the signature by "
            f"the contract end on {day(end)}, so agree a firm date with the customer. The ARR "
            f"of {money(arr)} is kept."
        )
    elif expected_signature <= end:
        margin = (end - expected_signature).days
        renews_text = (
            f"Der Kunde unterschreibt bis zum {day(expected_signature)}, {margin} Tage vor dem "
            f"Vertragsende am {day(end)}. Es bleibt beim normalen Ablauf ohne Brückenlösung, "
            f"der ARR von {money(arr)} bleibt erhalten."
            if de else
            f"The customer signs by {day(expected_signature)}, {margin} days before the "
            f"contract ends on {day(end)}. The standard process applies with no bridge, and "
            f"the ARR of {money(arr)} is kept."
        )
    else:
        late = (expected_signature - end).days
        renews_text = (
            f"Die Unterschrift ist erst für den {day(expected_signature)} zu erwarten, "
            f"{late} Tage nach dem Vertragsende am {day(end)}. Ohne Brückenlösung entsteht "
            f"eine Lücke; das Szenario „verschiebt sich“ zeigt, welche sie schließt. Der ARR "
            f"von {money(arr)} bleibt mit der Unterschrift erhalten."
            if de else
            f"The signature is only expected on {day(expected_signature)}, {late} days after "
            f"the contract ends on {day(end)}. Without a bridge there is a gap; the slip "
            f"scenario shows which bridge closes it. The ARR of {money(arr)} is kept once "
            f"they sign."
        )
    renews = Scenario(
        id="renews",
        title=(
            f"Verlängerung bis zum {day(signature)} unterschrieben"
            if de else f"Renews by {day(signature)}"
        ),
        description=renews_text,
        key_dates=renews_dates,
        arr_effect=zero,
        arr_at_stake=zero,
    )

    # Slips to Y: which bridge covers the gap, and at what cost.
    slip_dates = [today_key, key("contract_end", end), key("slip_to", slip)]
    bridge: BridgeQuote | None = None
    bridge_cost: Decimal | None = None
    bridge_fits: bool | None = None
    bridge_months: int | None = None
    if slip <= end:
        slip_text = (
            f"Auch verschoben auf den {day(slip)} liegt die Unterschrift noch vor dem "
            f"Vertragsende am {day(end)}: Es ist keine Brückenlösung nötig, der ARR von "
            f"{money(arr)} bleibt erhalten."
            if de else
            f"Even slipped to {day(slip)}, the signature still comes before the contract "
            f"ends on {day(end)}: no bridge is needed, and the ARR of {money(arr)} is kept."
        )
        bridge_cost = zero
    else:
        gap = (slip - end).days
        cover, bridge_fits = _cheapest_cover(bridge_offers(terms, settings), slip)
        if cover is None:  # pragma: no cover - month-to-month always reaches any date
            raise AssertionError("no bridge can cover the gap")
        bridge, bridge_cost, bridge_months = cover.quote, cover.cost, cover.months
        slip_dates += [key("bridge_start", bridge.start), key("bridge_end", cover.end)]
        if bridge_months is not None:
            cost_en = (
                f"{bridge_months} months at {money(bridge.price)}, {money(bridge_cost)} in "
                f"total"
            )
            cost_de = (
                f"{bridge_months} Monate zu je {money(bridge.price)}, insgesamt "
                f"{money(bridge_cost)}"
            )
        else:
            cost_en = cost_de = money(bridge_cost)
        fit_en = (
            "It is the cheapest bridge that fits the diagnosis and covers the gap."
            if bridge_fits else
            "No bridge fits the diagnosis and covers the whole gap; this is the cheapest "
            "one that covers it, so weigh it against the reasons it does not fit."
        )
        fit_de = (
            "Es ist die günstigste Brückenlösung, die zur Diagnose passt und die Lücke "
            "schließt."
            if bridge_fits else
            "Keine Brückenlösung passt zur Diagnose und schließt zugleich die ganze Lücke; "
            "dies ist die günstigste, die sie schließt. Wägen Sie sie gegen die Gründe ab, "
            "die dagegen sprechen."
        )
        slip_text = (
            f"Verschiebt sich die Unterschrift auf den {day(slip)}, entsteht nach dem "
            f"Vertragsende am {day(end)} eine Lücke von {gap} Tagen. Sie schließt die "
            f"Brückenlösung „{bridge.title}“ vom {day(bridge.start)} bis zum {day(cover.end)} für "
            f"{cost_de}. {fit_de} Der ARR von {money(arr)} bleibt erhalten, wenn der Kunde "
            f"bis dahin unterschreibt."
            if de else
            f"If the signature slips to {day(slip)}, there is a gap of {gap} days after the "
            f"contract ends on {day(end)}. The bridge \u201c{bridge.title}\u201d covers it from "
            f"{day(bridge.start)} to {day(cover.end)} for {cost_en}. {fit_en} The ARR of "
            f"{money(arr)} is kept if the customer signs by then."
        )
    slips = Scenario(
        id="slips",
        title=(
            f"Unterschrift verschiebt sich auf den {day(slip)}"
            if de else f"Slips to {day(slip)}"
        ),
        description=slip_text,
        key_dates=slip_dates,
        arr_effect=zero,
        arr_at_stake=zero,
        bridge=bridge,
        bridge_cost=bridge_cost,
        bridge_fits=bridge_fits,
        bridge_months=bridge_months,
    )

    # Does not renew: offboarding ahead of the contract end.
    lead_days = settings.offboarding_lead_days
    if offboarding > planned_offboarding:
        start_en = (
            f"Start offboarding now: the usual {lead_days} days before the contract end on "
            f"{day(end)} have already begun."
        )
        start_de = (
            f"Beginnen Sie sofort mit dem Offboarding: Die üblichen {lead_days} Tage vor dem "
            f"Vertragsende am {day(end)} laufen bereits."
        )
    else:
        start_en = (
            f"Start offboarding on {day(offboarding)}, {lead_days} days before the contract "
            f"ends on {day(end)}."
        )
        start_de = (
            f"Beginnen Sie am {day(offboarding)} mit dem Offboarding, {lead_days} Tage vor "
            f"dem Vertragsende am {day(end)}."
        )
    churns = Scenario(
        id="churns",
        title="Keine Verlängerung" if de else "Does not renew",
        description=(
            f"{start_de} So bleibt Zeit für Datenexport und Übergabe, und Sie trennen sich "
            f"professionell, ohne Türen zuzuschlagen. Verlorener ARR: {money(arr)}."
            if de else
            f"{start_en} That leaves time for data export and handover, so you part "
            f"professionally and keep the door open. ARR lost: {money(arr)}."
        ),
        key_dates=[today_key, key("offboarding_start", offboarding), key("contract_end", end)],
        arr_effect=-arr_money,
        arr_at_stake=zero,
    )

    # Wants changes: a negotiation with the whole ARR at stake.
    agree_by = min(signature, end)
    changes = Scenario(
        id="changes",
        title="Kunde möchte Änderungen" if de else "Wants changes",
        description=(
            f"Der Kunde möchte Umfang, Preis oder Konditionen ändern: Das wird eine "
            f"Verhandlung. Klären Sie, was sich genau ändern soll und was jede Änderung für "
            f"beide Seiten bedeutet, und vereinbaren Sie die Punkte bis zum {day(agree_by)}, "
            f"damit die Unterschrift vor dem Vertragsende am {day(end)} möglich bleibt. "
            f"Auf dem Spiel steht der ARR von {money(arr)}."
            if de else
            f"The customer wants to change scope, price or terms: this becomes a "
            f"negotiation. Find out exactly what should change and what each change means for "
            f"both sides, and agree the points by {day(agree_by)} so the signature can still "
            f"happen before the contract ends on {day(end)}. The ARR of {money(arr)} is at "
            f"stake."
        ),
        key_dates=[today_key, key("agree_by", agree_by), key("contract_end", end)],
        arr_effect=zero,
        arr_at_stake=arr_money,
    )

    return ScenarioPlan(
        lang=lang,
        currency=cur,
        arr=arr_money,
        today=terms.today,
        contract_end=end,
        expected_signature=expected_signature,
        slip_to=slip,
        offboarding_start=offboarding,
        scenarios=[renews, slips, churns, changes],
    )
