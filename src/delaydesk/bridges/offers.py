"""Bridge offers for a renewal whose delay runs past the contract end.

``bridge_offers`` prices every bridge from the ARR, dates it from the day after the
contract end, writes its title and terms in the CSM's language and says whether it fits
the diagnosed delay, with the reasons.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, localcontext
from typing import Any

from delaydesk.bridges.dates import (
    Lang,
    add_months,
    days_inclusive,
    format_date,
    month_name,
    next_fiscal_quarter_start,
    span_end,
)
from delaydesk.bridges.terms import DEFAULT_BRIDGE_SETTINGS, BridgeSettings, RenewalTerms
from delaydesk.money import format_money, round_money

KINDS: tuple[str, ...] = (
    "extension_30",
    "extension_60",
    "quarterly",
    "month_to_month",
    "paid_pilot",
    "grace_period",
    "account_hold",
    "auto_renewal_clause",
)
# Bridges that only buy time; after repeated extensions without progress they are held back.
TIME_BUYING_KINDS = frozenset(KINDS) - {"paid_pilot", "auto_renewal_clause"}
STALLED_EXTENSIONS_LIMIT = 2
DAYS_PER_YEAR = 365
# Enough digits that ARR x days / 365 is exact to far below a cent before the final rounding.
PRECISION = 50

Reason = tuple[str, str]  # (English, German)
Verdict = tuple[bool, list[Reason]]  # fits, and why (or why not)


@dataclass(frozen=True)
class BridgeQuote:
    """One priced bridge: what it costs, which days it covers and whether it fits.

    ``price`` is rounded to the currency's minor unit; ``price_unit`` is ``"total"`` or
    ``"per_month"``. ``start`` and ``end`` are both included in the ``days`` covered.
    """

    kind: str
    price: Decimal
    price_unit: str
    currency: str
    start: date
    end: date
    days: int
    title: str
    terms: str
    fits: bool
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict: the price as a string, dates in ISO format."""
        return {
            "kind": self.kind,
            "price": str(self.price),
            "price_unit": self.price_unit,
            "currency": self.currency,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "title": self.title,
            "terms": self.terms,
            "fits": self.fits,
            "reasons": list(self.reasons),
        }


def pro_rata(arr: Decimal, days: int) -> Decimal:
    """Return ARR x days / 365 at high precision, not rounded."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return arr * days / DAYS_PER_YEAR


def percent(rate: Decimal, lang: Lang) -> str:
    """Format a rate such as 0.20 as ``20%`` (English) or ``20 %`` (German)."""
    number = (rate * 100).normalize()
    text = f"{number:f}"
    if lang == "de":
        return text.replace(".", ",") + "\u00a0%"
    return text + "%"


@dataclass(frozen=True)
class _Draft:
    """A bridge's figures before fit and texts are added."""

    kind: str
    price: Decimal
    price_unit: str
    start: date
    end: date


def draft_days(draft: _Draft) -> int:
    """Days covered by a priced bridge, both ends included."""
    return days_inclusive(draft.start, draft.end)


def _drafts(terms: RenewalTerms, settings: BridgeSettings) -> dict[str, _Draft]:
    """Price and date every bridge; prices are rounded here and only here."""
    arr, currency, start = terms.arr, terms.currency, terms.bridge_start

    def total(kind: str, days: int, amount: Decimal) -> _Draft:
        return _Draft(kind, round_money(amount, currency), "total", start, span_end(start, days))

    with localcontext() as ctx:
        ctx.prec = PRECISION
        quarter_start = next_fiscal_quarter_start(start, terms.fiscal_year_start_month)
        quarter_days = (quarter_start - start).days
        next_term_end = add_months(start, 12) - timedelta(days=1)
        drafts = [
            total("extension_30", settings.extension_30_days,
                  pro_rata(arr, settings.extension_30_days)),
            total("extension_60", settings.extension_60_days,
                  pro_rata(arr, settings.extension_60_days) + settings.admin_fee),
            total("quarterly", quarter_days, pro_rata(arr, quarter_days)),
            _Draft("month_to_month",
                   round_money(arr / 12 * (1 + settings.month_to_month_premium), currency),
                   "per_month", start, add_months(start, 1) - timedelta(days=1)),
            total("paid_pilot", settings.pilot_days,
                  pro_rata(arr, settings.pilot_days) * (1 - settings.pilot_discount)),
            total("grace_period", settings.grace_days, Decimal(0)),
            total("account_hold", settings.hold_days, Decimal(0)),
            _Draft("auto_renewal_clause", round_money(0, currency), "total", start,
                   next_term_end),
        ]
    return {draft.kind: draft for draft in drafts}


def _texts(draft: _Draft, terms: RenewalTerms, settings: BridgeSettings) -> tuple[str, str]:
    """Return the bridge's title and its terms as full sentences in the terms' language."""
    lang, cur = terms.lang, terms.currency

    def money(amount: Decimal) -> str:
        return format_money(amount, cur, lang)

    def day(value: date) -> str:
        return format_date(value, lang)

    days = days_inclusive(draft.start, draft.end)
    price, start, end = money(draft.price), day(draft.start), day(draft.end)
    de = lang == "de"

    if draft.kind == "extension_30":
        if de:
            return (
                f"Laufzeitverlängerung um {days} Tage",
                f"Der bestehende Vertrag läuft {days} Tage weiter, vom {start} bis zum {end}, "
                f"zu den bisherigen Konditionen: insgesamt {price}, anteilig aus dem ARR "
                f"von {money(terms.arr)}.",
            )
        return (
            f"{days}-day extension",
            f"The current contract continues for {days} days, from {start} to {end}, at the "
            f"current rate: {price} in total, pro rata from an ARR of {money(terms.arr)}.",
        )
    if draft.kind == "extension_60":
        fee = round_money(settings.admin_fee, cur)
        # Derived from the rounded total so the sentence always adds up to the price shown.
        share = money(draft.price - fee)
        if de:
            return (
                f"Laufzeitverlängerung um {days} Tage mit Bearbeitungsgebühr",
                f"Der bestehende Vertrag läuft zu unveränderten Konditionen {days} Tage weiter, "
                f"vom {start} bis zum {end}: anteilig {share} zuzüglich {money(fee)} "
                f"Bearbeitungsgebühr, insgesamt {price}.",
            )
        return (
            f"{days}-day extension with admin fee",
            f"The current contract continues on unchanged terms for {days} days, from {start} "
            f"to {end}: {share} pro rata plus an admin fee of {money(fee)}, {price} in total.",
        )
    if draft.kind == "quarterly":
        next_quarter = day(draft.end + timedelta(days=1))
        fiscal_note = ""
        if terms.fiscal_year_start_month != 1:
            month = month_name(terms.fiscal_year_start_month, lang)
            fiscal_note = (
                f" (Geschäftsjahr ab {month})" if de else f" (fiscal year starting in {month})"
            )
        if de:
            return (
                "Überbrückung bis zum nächsten Geschäftsquartal",
                f"Der bestehende Vertrag läuft bis zum Beginn des nächsten Geschäftsquartals "
                f"des Kunden am {next_quarter}{fiscal_note} weiter: {days} Tage, vom {start} "
                f"bis zum {end}, zu den bisherigen Konditionen, insgesamt {price}.",
            )
        return (
            "Extension to the next fiscal quarter",
            f"The current contract continues until the customer's next fiscal quarter starts "
            f"on {next_quarter}{fiscal_note}: {days} days, from {start} to {end}, at the "
            f"current rate, {price} in total.",
        )
    if draft.kind == "month_to_month":
        monthly = money(terms.arr / 12)
        premium = percent(settings.month_to_month_premium, lang)
        if de:
            return (
                "Monatliche Laufzeit",
                f"Ab dem {start} läuft der Vertrag monatlich weiter, für {price} pro Monat: "
                f"der Monatsbetrag aus dem Jahresvertrag von {monthly} plus {premium} "
                f"Aufschlag. Beide Seiten können zum Monatsende kündigen; der erste Monat "
                f"endet am {end}.",
            )
        return (
            "Month-to-month",
            f"From {start} the contract runs month by month at {price} per month: the annual "
            f"contract's monthly rate of {monthly} plus a {premium} premium. Either side can "
            f"end it at the end of any month; the first month ends on {end}.",
        )
    if draft.kind == "paid_pilot":
        discount = percent(settings.pilot_discount, lang)
        if de:
            return (
                f"Bezahlter Pilot über {days} Tage",
                f"Ein bezahlter Pilot mit vollem Zugang über {days} Tage, vom {start} bis zum "
                f"{end}, mit {discount} Nachlass auf die bisherigen Konditionen: insgesamt "
                f"{price}. Danach verlängert der Kunde vollständig, oder Sie gehen getrennte "
                f"Wege.",
            )
        return (
            f"{days}-day paid pilot",
            f"A paid pilot with full access for {days} days, from {start} to {end}, at "
            f"{discount} off the current rate: {price} in total. At the end, the customer "
            f"either renews in full or you part ways.",
        )
    if draft.kind == "grace_period":
        if de:
            return (
                "Kulanzfrist",
                f"Die vertragliche Kulanzfrist hält den Dienst {days} Tage lang kostenfrei "
                f"aufrecht, vom {start} bis zum {end}, damit die Unterschrift ohne "
                f"Unterbrechung folgen kann.",
            )
        return (
            "Grace period",
            f"The contractual grace period keeps the service running for {days} days, from "
            f"{start} to {end}, at no charge, so the signature can follow without an "
            f"interruption.",
        )
    if draft.kind == "account_hold":
        if de:
            return (
                f"Konto {days} Tage offenhalten",
                f"Das Konto bleibt mit allen Daten {days} Tage bestehen, vom {start} bis zum "
                f"{end}, kostenfrei und ohne neue Vertragslaufzeit.",
            )
        return (
            f"{days}-day account hold",
            f"An ad-hoc hold keeps the account and all its data for {days} days, from {start} "
            f"to {end}, at no charge and without starting a new term.",
        )
    notice_days = settings.auto_renew_notice_days
    notice_by = day(draft.end - timedelta(days=notice_days))
    if de:
        return (
            "Klausel zur automatischen Verlängerung",
            f"Für den nächsten Vertrag vom {start} bis zum {end}: Er verlängert sich "
            f"automatisch, sofern keine Seite mindestens {notice_days} Tage vor Ablauf "
            f"schriftlich kündigt, also spätestens am {notice_by}. Ohne Mehrkosten.",
        )
    return (
        "Auto-renewal clause",
        f"For the next contract, from {start} to {end}: it renews automatically unless "
        f"either side gives written notice at least {notice_days} days before it ends, that "
        f"is by {notice_by}. No extra cost.",
    )


# When each bridge is the right tool, for the reasons shown while nothing is diagnosed yet.
_BEST_FOR: dict[str, Reason] = {
    "extension_30": (
        "Best for a short administrative slip.",
        "Geeignet bei einer kurzen Verzögerung aus rein formalen Gründen.",
    ),
    "extension_60": (
        "Best when administrative steps such as procurement or legal review need more than "
        "a month.",
        "Geeignet, wenn formale Schritte wie Einkauf oder rechtliche Prüfung länger als einen "
        "Monat brauchen.",
    ),
    "quarterly": (
        "Best when the customer is waiting for next quarter's budget.",
        "Geeignet, wenn der Kunde auf das Budget des nächsten Quartals wartet.",
    ),
    "month_to_month": (
        "Best when the customer truly needs flexibility, the relationship is strong and the "
        "alternative is losing them now.",
        "Geeignet, wenn der Kunde wirklich Flexibilität braucht, die Beziehung gut ist und er "
        "sonst sofort kündigen würde.",
    ),
    "paid_pilot": (
        "Best when the customer wants to see more value before committing another year.",
        "Geeignet, wenn der Kunde erst mehr Nutzen sehen will, bevor er sich ein weiteres "
        "Jahr bindet.",
    ),
    "grace_period": (
        "Best when only the last paperwork is missing and the contract ends shortly.",
        "Geeignet, wenn nur noch letzte Formalitäten fehlen und der Vertrag in Kürze endet.",
    ),
    "account_hold": (
        "Best as a short ad-hoc measure in the last days before the contract end.",
        "Geeignet als kurzfristige Lösung in den letzten Tagen vor Vertragsende.",
    ),
}

_NOT_BY_TIME: dict[str, Reason] = {
    "decision": (
        "A decision delay is not solved by time alone: first find out who decides and what is "
        "missing, then agree dates.",
        "Eine offene Entscheidung löst sich nicht durch mehr Zeit: Klären Sie zuerst, wer "
        "entscheidet und was noch fehlt, und vereinbaren Sie dann Termine.",
    ),
    "risk": (
        "This is a churn risk, not paperwork: an extension only postpones the real "
        "conversation about what is wrong.",
        "Hier droht eine Kündigung, es geht nicht um Formalitäten: Eine Verlängerung schiebt "
        "nur das eigentliche Gespräch über das Problem auf.",
    ),
}


def _fit_extension_30(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    if terms.category == "administrative":
        return True, [(
            f"The customer wants to renew and only the paperwork is late: {draft_days(draft)} "
            "days at the current rate cover a short slip without interrupting the service.",
            f"Der Kunde will verlängern, nur die Formalitäten hängen: {draft_days(draft)} Tage "
            "zu den bisherigen Konditionen überbrücken eine kurze Verzögerung ohne "
            "Unterbrechung.",
        )]
    return False, [_NOT_BY_TIME.get(terms.category or "", _NOT_BY_TIME["decision"])]


def _fit_extension_60(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    if terms.category != "administrative":
        return False, [_NOT_BY_TIME.get(terms.category or "", _NOT_BY_TIME["decision"])]
    if terms.delay_type == "budget":
        return False, [(
            "For a budget-cycle delay, the extension to the next fiscal quarter matches the "
            "customer's timing better.",
            "Bei einer Verzögerung durch den Budgetzyklus passt die Überbrückung bis zum "
            "nächsten Geschäftsquartal besser zum Zeitplan des Kunden.",
        )]
    return True, [(
        "Finalising needs more than a month (procurement, legal review or signatures): "
        f"{draft_days(draft)} days let it finish without a gap, and the admin fee covers the "
        "extra handling.",
        "Der Abschluss braucht länger als einen Monat (Einkauf, rechtliche Prüfung oder "
        f"Unterschriften): {draft_days(draft)} Tage lassen genug Zeit ohne Unterbrechung, die "
        "Bearbeitungsgebühr deckt den Mehraufwand.",
    )]


def _fit_quarterly(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    if terms.delay_type != "budget":
        return False, [(
            "This delay is not about the budget cycle, so aligning to the fiscal quarter "
            "brings nothing.",
            "Diese Verzögerung hängt nicht am Budgetzyklus, daher bringt die Ausrichtung am "
            "Geschäftsquartal nichts.",
        )]
    if terms.category == "risk":
        return False, [(
            "Budget concerns that appear suddenly point to a deeper problem: waiting for the "
            "next quarter would be the wrong kind of patience.",
            "Plötzliche Budgetbedenken deuten auf ein tieferes Problem hin: Auf das nächste "
            "Quartal zu warten, wäre hier falsche Geduld.",
        )]
    quarter = draft.end + timedelta(days=1)
    return True, [(
        "The customer is waiting for next quarter's budget: the extension runs exactly until "
        f"their fiscal quarter starts on {format_date(quarter, 'en')}.",
        "Der Kunde wartet auf das Budget des nächsten Quartals: Die Überbrückung läuft genau "
        f"bis zum Beginn seines Geschäftsquartals am {format_date(quarter, 'de')}.",
    )]


def _fit_month_to_month(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    problems: list[Reason] = []
    if not terms.needs_flexibility:
        problems.append((
            "Only when the customer truly needs flexibility; otherwise a fixed term is better "
            "for both sides.",
            "Nur sinnvoll, wenn der Kunde wirklich Flexibilität braucht; sonst ist eine feste "
            "Laufzeit für beide Seiten besser.",
        ))
    if terms.relationship == "strained":
        problems.append((
            "The relationship is strained: monthly terms would make leaving easy every month.",
            "Die Beziehung ist angespannt: Eine monatliche Laufzeit macht den Ausstieg jeden "
            "Monat leicht.",
        ))
    elif terms.relationship != "strong":
        problems.append((
            "Only with a strong relationship, because we carry the uncertainty month by month.",
            "Nur bei einer guten Beziehung, denn wir tragen Monat für Monat die Unsicherheit.",
        ))
    if terms.category != "risk":
        problems.append((
            "The customer is not about to leave, so a fixed extension is enough; month-to-month "
            "is for when the alternative is immediate churn.",
            "Der Kunde steht nicht kurz vor der Kündigung, daher genügt eine feste Verlängerung; "
            "die monatliche Laufzeit ist für den Fall gedacht, dass sonst die sofortige "
            "Kündigung droht.",
        ))
    if problems:
        return False, problems
    return True, [(
        "The customer needs flexibility, the relationship is strong and the alternative is "
        "losing them now: month-to-month at a premium keeps them while the improvement proves "
        "itself.",
        "Der Kunde braucht Flexibilität, die Beziehung ist gut und die Alternative wäre die "
        "sofortige Kündigung: Eine monatliche Laufzeit mit Aufschlag hält den Kunden, während "
        "sich die Verbesserung beweisen kann.",
    )]


def _fit_paid_pilot(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    days = draft_days(draft)
    if terms.category == "administrative":
        return False, [(
            "The customer already wants to renew; a pilot would give away a discount for "
            "nothing.",
            "Der Kunde will ohnehin verlängern; ein Pilot würde ohne Not einen Rabatt "
            "verschenken.",
        )]
    if terms.delay_type == "hidden_problem":
        return True, [(
            "An unspoken problem sits behind the delay: a paid pilot ties the next "
            f"{days} days to fixing it and proving value, then the customer renews in full or "
            "you part.",
            "Hinter der Verzögerung steckt ein unausgesprochenes Problem: Ein bezahlter Pilot "
            f"nutzt die nächsten {days} Tage, um es zu beheben und den Nutzen zu zeigen; "
            "danach verlängert der Kunde vollständig, oder Sie trennen sich.",
        )]
    if terms.value_doubts:
        return True, [(
            "The customer wants to see more value before committing another year: a paid "
            f"pilot at a reduced rate shows it within {days} days, then they renew in full or "
            "you part.",
            "Der Kunde will erst mehr Nutzen sehen, bevor er sich ein weiteres Jahr bindet: Ein "
            f"bezahlter Pilot zum reduzierten Preis zeigt ihn in {days} Tagen; danach "
            "verlängert der Kunde vollständig, oder Sie trennen sich.",
        )]
    return False, [(
        "Only when the customer doubts the value itself (\"we need to see more value\"); that "
        "is not the case here.",
        "Nur sinnvoll, wenn der Kunde am Nutzen selbst zweifelt („wir müssen erst mehr Nutzen "
        "sehen“); das ist hier nicht der Fall.",
    )]


def _fit_grace_period(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    days = draft_days(draft)
    if terms.category != "administrative":
        return False, [(
            "A grace period is for finishing paperwork; this delay is about more than "
            "paperwork.",
            "Eine Kulanzfrist dient dem Abschluss von Formalitäten; bei dieser Verzögerung "
            "geht es um mehr.",
        )]
    remaining = terms.days_to_contract_end
    if remaining > days:
        return False, [(
            f"The contract end is still {remaining} days away; the grace period is for the "
            "last days of paperwork, so use it only once the signature is close.",
            f"Bis zum Vertragsende sind es noch {remaining} Tage; die Kulanzfrist ist für die "
            "letzten Tage der Formalitäten gedacht. Setzen Sie sie erst kurz vor der "
            "Unterschrift ein.",
        )]
    if remaining < 0:
        return True, [(
            "The contract has just ended and only the last paperwork is missing: the "
            "contractual grace period covers the final steps at no cost.",
            "Der Vertrag ist gerade ausgelaufen und es fehlen nur noch letzte Formalitäten: "
            "Die vertragliche Kulanzfrist deckt die letzten Schritte kostenfrei ab.",
        )]
    return True, [(
        f"Only the last paperwork is missing and the contract ends within {days} days: the "
        "contractual grace period covers the final steps at no cost.",
        "Es fehlen nur noch letzte Formalitäten und der Vertrag endet innerhalb von "
        f"{days} Tagen: Die vertragliche Kulanzfrist deckt die letzten Schritte kostenfrei ab.",
    )]


def _fit_account_hold(terms: RenewalTerms, draft: _Draft, s: BridgeSettings) -> Verdict:
    days = draft_days(draft)
    if terms.category == "risk":
        return False, [(
            "Holding the account for free gives a customer who may leave time without any "
            "commitment; work on the real problem instead.",
            "Ein kostenloses Offenhalten verschafft einem abwanderungsgefährdeten Kunden Zeit "
            "ohne jede Verpflichtung; arbeiten Sie stattdessen am eigentlichen Problem.",
        )]
    remaining = terms.days_to_contract_end
    if remaining > days:
        return False, [(
            f"As an ad-hoc measure, a hold only makes sense in the last {days} days before the "
            f"contract end; it is still {remaining} days away.",
            "Als kurzfristige Lösung lohnt sich das Offenhalten erst in den letzten "
            f"{days} Tagen vor Vertragsende; bis dahin sind es noch {remaining} Tage.",
        )]
    return True, [(
        f"A short ad-hoc measure: the account stays as it is for {days} days while the last "
        "open point is settled, without a new term.",
        f"Eine kurzfristige Lösung: Das Konto bleibt {days} Tage unverändert bestehen, bis der "
        "letzte offene Punkt geklärt ist, ohne neue Vertragslaufzeit.",
    )]


_FIT_RULES: dict[str, Callable[[RenewalTerms, _Draft, BridgeSettings], Verdict]] = {
    "extension_30": _fit_extension_30,
    "extension_60": _fit_extension_60,
    "quarterly": _fit_quarterly,
    "month_to_month": _fit_month_to_month,
    "paid_pilot": _fit_paid_pilot,
    "grace_period": _fit_grace_period,
    "account_hold": _fit_account_hold,
}

def _assess(
    kind: str, terms: RenewalTerms, draft: _Draft, settings: BridgeSettings
) -> tuple[bool, list[Reason]]:
    """Decide whether a bridge fits the diagnosed delay and collect the reasons."""
    if kind == "auto_renewal_clause":
        notice = settings.auto_renew_notice_days
        return True, [(
            "Recommended for every next contract: it renews unless either side gives "
            f"{notice} days' written notice, so the next renewal no longer waits for an active "
            "decision.",
            "Für jeden nächsten Vertrag empfohlen: Er verlängert sich, wenn keine Seite "
            f"{notice} Tage vorher schriftlich kündigt. So hängt die nächste Verlängerung nicht "
            "mehr an einer aktiven Entscheidung.",
        )]
    if terms.today > draft.end:
        return False, [(
            f"This bridge would have ended on {format_date(draft.end, 'en')}, which has "
            "already passed.",
            f"Diese Brückenlösung wäre am {format_date(draft.end, 'de')} abgelaufen; das "
            "Datum liegt bereits in der Vergangenheit.",
        )]
    if terms.category is None:
        return False, [(
            "No diagnosis yet: classify the delay before offering this bridge.",
            "Noch keine Diagnose: Ordnen Sie die Verzögerung ein, bevor Sie diese "
            "Brückenlösung anbieten.",
        ), _BEST_FOR[kind]]
    if terms.category == "none":
        return False, [(
            "The diagnosis found no delay, so no bridge is needed.",
            "Die Diagnose hat keine Verzögerung ergeben, eine Brückenlösung ist daher nicht "
            "nötig.",
        )]

    fits, reasons = _FIT_RULES[kind](terms, draft, settings)

    stalled = terms.stalled_extensions
    if stalled >= STALLED_EXTENSIONS_LIMIT:
        if kind in TIME_BUYING_KINDS:
            fits = False
            reasons.append((
                f"{stalled} extensions have already been granted without progress: another "
                "one postpones the decision instead of making it. Agree on a firm decision "
                "date or consider walking away.",
                f"Es wurden bereits {stalled} Verlängerungen ohne Fortschritt gewährt: Eine "
                "weitere schiebt die Entscheidung nur auf. Vereinbaren Sie einen festen "
                "Entscheidungstermin oder erwägen Sie, loszulassen.",
            ))
        elif fits:
            reasons.append((
                f"Unlike another extension, the pilot ends in a firm decision after "
                f"{draft_days(draft)} days.",
                "Anders als eine weitere Verlängerung endet der Pilot nach "
                f"{draft_days(draft)} Tagen mit einer klaren Entscheidung.",
            ))
    return fits, reasons


def bridge_offers(
    terms: RenewalTerms, settings: BridgeSettings = DEFAULT_BRIDGE_SETTINGS
) -> list[BridgeQuote]:
    """Return every bridge for ``terms``, priced, dated and assessed, in the order of ``KINDS``.

    Prices are ARR / 365 per day at high precision, rounded once per currency at the end.
    """
    drafts = _drafts(terms, settings)
    quotes: list[BridgeQuote] = []
    for kind in KINDS:
        draft = drafts[kind]
        title, text = _texts(draft, terms, settings)
        fits, reasons = _assess(kind, terms, draft, settings)
        pick = 1 if terms.lang == "de" else 0
        quotes.append(BridgeQuote(
            kind=kind,
            price=draft.price,
            price_unit=draft.price_unit,
            currency=terms.currency,
            start=draft.start,
            end=draft.end,
            days=draft_days(draft),
            title=title,
            terms=text,
            fits=fits,
            reasons=[reason[pick] for reason in reasons],
        ))
    return quotes
