"""Incentives that are real trade-offs, and a limit on how much margin they may give away.

Four options (domain.md, "Urgency and incentives"): an early-renewal discount, a multi-year
discount, locking today's price before a recorded increase, and a value-add included if signed
by a real date. Only the two discounts count towards ``max_total_discount``: a price lock keeps
the current price rather than lowering it, and a value-add is given in kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import combinations
from typing import Any

from delaydesk.money import check_currency, format_money, round_money
from delaydesk.playbooks.language import check_lang, format_date

INCENTIVES: tuple[str, ...] = ("early_renewal", "multi_year", "price_lock", "value_add_by_date")
_DISCOUNTS: tuple[str, ...] = ("early_renewal", "multi_year")

TITLES: dict[str, dict[str, str]] = {
    "early_renewal": {"en": "Early-renewal discount", "de": "Rabatt für Frühverlängerung"},
    "multi_year": {"en": "Multi-year discount", "de": "Mehrjahresrabatt"},
    "price_lock": {"en": "Price lock before the increase",
                   "de": "Preisbindung vor der Erhöhung"},
    "value_add_by_date": {"en": "Value-add if signed by a date",
                          "de": "Zusatzleistung bei Unterschrift bis zu einem Datum"},
}


@dataclass(frozen=True)
class IncentiveSettings:
    """Team-wide incentive terms; rates are fractions (0.10 = 10 %)."""

    early_renewal_days: int = 30
    early_renewal_discount: Decimal = Decimal("0.10")
    multi_year_discount: Decimal = Decimal("0.08")
    max_total_discount: Decimal = Decimal("0.15")


@dataclass(frozen=True)
class IncentiveOption:
    """One incentive, whether it applies now, and what it is worth to the customer per year."""

    id: str
    title: str
    eligible: bool
    reason: str
    discount_rate: Decimal  # counts towards the maximum; 0 for price lock and value-add
    amount_saved: Decimal  # per contract year, in the renewal's currency
    requested: bool
    sign_by: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON; Decimals as strings so no precision is lost."""
        return {
            "id": self.id,
            "title": self.title,
            "eligible": self.eligible,
            "reason": self.reason,
            "discount_rate": str(self.discount_rate),
            "amount_saved": str(self.amount_saved),
            "requested": self.requested,
            "sign_by": self.sign_by.isoformat() if self.sign_by else None,
        }


@dataclass(frozen=True)
class IncentiveAdvice:
    """All options, and the verdict on the requested combination."""

    options: list[IncentiveOption]
    requested: list[str]
    accepted: bool  # the requested combination may be offered
    total_discount_rate: Decimal
    total_saved: Decimal
    currency: str
    reasons: list[str] = field(default_factory=list)
    suggested: list[str] = field(default_factory=list)  # best combination within the limits

    def option(self, option_id: str) -> IncentiveOption:
        """The option with this id."""
        for candidate in self.options:
            if candidate.id == option_id:
                return candidate
        raise KeyError(option_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON; Decimals as strings."""
        return {
            "options": [o.to_dict() for o in self.options],
            "requested": list(self.requested),
            "accepted": self.accepted,
            "total_discount_rate": str(self.total_discount_rate),
            "total_saved": str(self.total_saved),
            "currency": self.currency,
            "reasons": list(self.reasons),
            "suggested": list(self.suggested),
        }


def _percent(rate: Decimal, lang: str) -> str:
    value = (rate * 100).normalize()
    text = f"{value:f}"
    if lang == "de":
        return text.replace(".", ",") + "\u00a0%"
    return f"{text}%"


def incentive_advice(
    *,
    today: date,
    contract_end: date,
    arr: Decimal,
    currency: str,
    price_increase_on: date | None,
    requested: list[str] | tuple[str, ...] = (),
    settings: IncentiveSettings | None = None,
    lang: str = "en",
    price_increase_rate: Decimal | None = None,
) -> IncentiveAdvice:
    """Which incentives are real for this renewal, and whether the requested mix is allowed.

    ``requested`` lists option ids from ``INCENTIVES``. A combination is refused when an
    option in it is not available or when its discounts add up to more than
    ``settings.max_total_discount``; ``suggested`` then names the best combination that is
    allowed. ``price_increase_rate`` (e.g. ``Decimal("0.05")``), when known, puts a figure on
    the price lock. Amounts are per contract year.
    """
    lang = check_lang(lang)
    currency = check_currency(currency)
    settings = settings or IncentiveSettings()
    arr = Decimal(arr)
    for option_id in requested:
        if option_id not in INCENTIVES:
            raise ValueError(f"unknown incentive: {option_id!r}")
    de = lang == "de"

    def money(amount: Decimal) -> str:
        return format_money(amount, currency, lang)

    def saved(rate: Decimal) -> Decimal:
        return round_money(arr * rate, currency)

    options: list[IncentiveOption] = []
    days_left = (contract_end - today).days

    # Early renewal: only while there are still enough days before the contract end.
    rate = settings.early_renewal_discount
    if days_left >= settings.early_renewal_days:
        sign_by = contract_end - timedelta(days=settings.early_renewal_days)
        reason = (
            f"Bei Verlängerung bis zum {format_date(sign_by, lang)}, mindestens "
            f"{settings.early_renewal_days} Tage vor Vertragsende, gibt es "
            f"{_percent(rate, lang)} Rabatt: {money(saved(rate))} Ersparnis."
            if de else
            f"Renewing by {format_date(sign_by, lang)}, at least {settings.early_renewal_days} "
            f"days before the contract end, earns {_percent(rate, lang)} off: "
            f"{money(saved(rate))} saved."
        )
        options.append(IncentiveOption(
            "early_renewal", TITLES["early_renewal"][lang], True, reason, rate, saved(rate),
            "early_renewal" in requested, sign_by,
        ))
    else:
        if days_left < 0:
            reason = (
                "Das Vertragsende ist bereits überschritten; eine Frühverlängerung ist nicht "
                "mehr möglich."
                if de else
                "The contract end has already passed, so early renewal is no longer possible."
            )
        else:
            reason = (
                f"Bis zum Vertragsende bleiben nur {days_left} Tage; eine Frühverlängerung "
                f"setzt mindestens {settings.early_renewal_days} Tage voraus."
                if de else
                f"Only {days_left} days remain until the contract end; early renewal needs at "
                f"least {settings.early_renewal_days}."
            )
        options.append(IncentiveOption(
            "early_renewal", TITLES["early_renewal"][lang], False, reason, rate, Decimal(0),
            "early_renewal" in requested,
        ))

    # Multi-year: a longer commitment in exchange for a lower yearly price.
    rate = settings.multi_year_discount
    options.append(IncentiveOption(
        "multi_year", TITLES["multi_year"][lang], True,
        (
            f"Ein Mehrjahresvertrag bringt {_percent(rate, lang)} Rabatt pro Jahr: "
            f"{money(saved(rate))} Ersparnis pro Jahr."
            if de else
            f"A multi-year term earns {_percent(rate, lang)} off per year: "
            f"{money(saved(rate))} saved each year."
        ),
        rate, saved(rate), "multi_year" in requested,
    ))

    # Price lock: only real when an increase is recorded and still ahead.
    if price_increase_on is not None and price_increase_on > today:
        lock_saved = saved(Decimal(price_increase_rate)) if price_increase_rate else Decimal(0)
        when = format_date(price_increase_on, lang)
        reason = (
            f"Am {when} tritt eine Preiserhöhung in Kraft; wer vorher verlängert, behält den "
            "heutigen Preis."
            if de else
            f"A price increase takes effect on {when}; renewing before then keeps today's "
            "price."
        )
        if lock_saved:
            reason += (
                f" Das erspart {money(lock_saved)} pro Jahr."
                if de else
                f" That avoids {money(lock_saved)} a year."
            )
        options.append(IncentiveOption(
            "price_lock", TITLES["price_lock"][lang], True, reason, Decimal(0), lock_saved,
            "price_lock" in requested, price_increase_on - timedelta(days=1),
        ))
    else:
        if price_increase_on is None:
            reason = (
                "Es ist keine Preiserhöhung erfasst, es gibt also keinen Preis festzuschreiben."
                if de else
                "No price increase is recorded, so there is no price to lock."
            )
        else:
            when = format_date(price_increase_on, lang)
            reason = (
                f"Die Preiserhöhung gilt bereits seit dem {when}."
                if de else
                f"The price increase already took effect on {when}."
            )
        options.append(IncentiveOption(
            "price_lock", TITLES["price_lock"][lang], False, reason, Decimal(0), Decimal(0),
            "price_lock" in requested,
        ))

    # Value-add: tied to the contract end, the one date that is real for every renewal.
    if days_left > 0:
        when = format_date(contract_end, lang)
        options.append(IncentiveOption(
            "value_add_by_date", TITLES["value_add_by_date"][lang], True,
            (
                f"Eine Zusatzleistung (etwa eine Schulung oder zusätzliche Betreuung) bei "
                f"Unterschrift bis zum {when}; kein Preisnachlass."
                if de else
                f"An added service (for example training or extra support) if signed by "
                f"{when}; no discount on the price."
            ),
            Decimal(0), Decimal(0), "value_add_by_date" in requested, contract_end,
        ))
    else:
        options.append(IncentiveOption(
            "value_add_by_date", TITLES["value_add_by_date"][lang], False,
            (
                "Das Vertragsende ist erreicht, es gibt also kein echtes Datum mehr für eine "
                "Zusatzleistung."
                if de else
                "The contract end has been reached, so there is no real date left to tie a "
                "value-add to."
            ),
            Decimal(0), Decimal(0), "value_add_by_date" in requested,
        ))

    by_id = {o.id: o for o in options}
    chosen = [by_id[i] for i in dict.fromkeys(requested)]
    total_rate = sum((o.discount_rate for o in chosen if o.eligible), Decimal(0))
    total_saved = sum((o.amount_saved for o in chosen if o.eligible), Decimal(0))
    reasons: list[str] = []
    unavailable = [o for o in chosen if not o.eligible]
    for o in unavailable:
        reasons.append(
            f"Abgelehnt: {o.title} ist hier nicht möglich. {o.reason}"
            if de else
            f"Refused: {o.title} is not available here. {o.reason}"
        )
    over_limit = total_rate > settings.max_total_discount
    if over_limit:
        reasons.append(
            f"Abgelehnt: Zusammen ergeben diese Rabatte {_percent(total_rate, lang)} und liegen "
            f"damit über der Obergrenze von {_percent(settings.max_total_discount, lang)}. Das "
            "kostet Marge, ohne dass ein echter Gegenwert entsteht."
            if de else
            f"Refused: together these discounts come to {_percent(total_rate, lang)}, above "
            f"the maximum of {_percent(settings.max_total_discount, lang)}. That gives away "
            "margin without a matching trade-off."
        )
    accepted = bool(chosen) and not unavailable and not over_limit
    if accepted:
        reasons.append(
            f"Die Kombination liegt im Rahmen: insgesamt {_percent(total_rate, lang)} Rabatt "
            f"(höchstens {_percent(settings.max_total_discount, lang)})."
            if de else
            f"The combination is within the limit: {_percent(total_rate, lang)} off in total "
            f"(at most {_percent(settings.max_total_discount, lang)})."
        )
    return IncentiveAdvice(
        options=options,
        requested=list(dict.fromkeys(requested)),
        accepted=accepted,
        total_discount_rate=total_rate,
        total_saved=round_money(total_saved, currency),
        currency=currency,
        reasons=reasons,
        suggested=_best_allowed(options, settings.max_total_discount),
    )


def _best_allowed(options: list[IncentiveOption], maximum: Decimal) -> list[str]:
    """All eligible non-discount options plus the largest set of discounts within the limit."""
    eligible_discounts = [o for o in options if o.eligible and o.id in _DISCOUNTS]
    best: tuple[Decimal, list[str]] = (Decimal(0), [])
    for size in range(len(eligible_discounts), 0, -1):
        for combo in combinations(eligible_discounts, size):
            rate = sum((o.discount_rate for o in combo), Decimal(0))
            if rate <= maximum and rate > best[0]:
                best = (rate, [o.id for o in combo])
    in_kind = [o.id for o in options if o.eligible and o.id not in _DISCOUNTS]
    return [o.id for o in options if o.id in best[1] or o.id in in_kind]
