"""When to stop chasing a renewal, and how to leave well.

``walk_away_advice`` checks the six signs from the renewal record and recommends keeping
going, considering an exit or walking away; ``professional_exit_draft`` writes the closing
e-mail that leaves the door open, and ``door_open_checkin_date`` when to look in again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from delaydesk.bridges.dates import Lang, add_months, format_date
from delaydesk.bridges.offers import percent
from delaydesk.bridges.terms import (
    LANGS,
    BridgeInputError,
    InvalidSettings,
    Problems,
    to_decimal,
    to_int,
)
from delaydesk.money import UnknownCurrency, check_currency, format_money

SIGN_IDS: tuple[str, ...] = (
    "extensions_without_progress",
    "no_honest_conversation",
    "unfixable_problems",
    "stringing_along",
    "economics",
    "effort_better_spent",
)
RECOMMENDATIONS: tuple[str, ...] = ("keep_going", "consider", "walk_away")
CHECKIN_MONTHS = 6

_SIGN_TITLES: dict[str, tuple[str, str]] = {
    "extensions_without_progress": (
        "Extensions without progress", "Verlängerungen ohne Fortschritt",
    ),
    "no_honest_conversation": ("No honest conversation", "Kein offenes Gespräch möglich"),
    "unfixable_problems": (
        "Problems cannot be fixed in time", "Probleme nicht rechtzeitig lösbar",
    ),
    "stringing_along": ("Shopping while stalling", "Prüft Alternativen und hält hin"),
    "economics": ("Economics no longer work", "Wirtschaftlich nicht mehr sinnvoll"),
    "effort_better_spent": (
        "Effort better spent elsewhere", "Aufwand anderswo besser eingesetzt",
    ),
}


class InvalidFacts(BridgeInputError):
    """The walk-away facts are inconsistent (negative amounts, unknown currency...)."""


@dataclass(frozen=True)
class WalkAwaySettings:
    """Thresholds for the walk-away signs, changeable by an admin.

    ``low_arr_threshold`` is in the renewal's currency; ``economics_margin`` is the share of
    ARR that discounts and bridge costs together may reach.
    """

    stalled_extensions_limit: int = 2
    unanswered_outreach_limit: int = 3
    longest_bridge_days: int = 90
    economics_margin: Decimal = Decimal("0.25")
    low_arr_threshold: Decimal = Decimal("10000")
    long_effort_actions: int = 8

    def __post_init__(self) -> None:
        problems = Problems()
        for name in ("stalled_extensions_limit", "unanswered_outreach_limit",
                     "longest_bridge_days", "long_effort_actions"):
            number = to_int(getattr(self, name))
            if number is None or number < 1:
                problems.add(
                    name,
                    "Enter a whole number of at least 1.",
                    "Bitte geben Sie eine ganze Zahl von mindestens 1 an.",
                )
        margin = to_decimal(self.economics_margin)
        if margin is None or not 0 < margin <= 1:
            problems.add(
                "economics_margin",
                "The margin must be above 0 and at most 1 (up to 100% of ARR).",
                "Die Marge muss größer als 0 und höchstens 1 sein (bis 100 % des ARR).",
            )
        threshold = to_decimal(self.low_arr_threshold)
        if threshold is None or threshold < 0:
            problems.add(
                "low_arr_threshold",
                "The low-ARR threshold must be an amount of zero or more.",
                "Die Schwelle für niedrigen ARR muss ein Betrag von null oder mehr sein.",
            )
        if problems:
            raise InvalidSettings(problems.messages)
        object.__setattr__(self, "economics_margin", margin)
        object.__setattr__(self, "low_arr_threshold", threshold)
        for name in ("stalled_extensions_limit", "unanswered_outreach_limit",
                     "longest_bridge_days", "long_effort_actions"):
            object.__setattr__(self, name, to_int(getattr(self, name)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WalkAwaySettings:
        """Build settings from stored JSON; missing keys keep their defaults."""
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise InvalidSettings({
                "en": {key: "Unknown walk-away setting." for key in unknown},
                "de": {key: "Unbekannte Einstellung für den Abschluss." for key in unknown},
            })
        return cls(**dict(data))

    def to_dict(self) -> dict[str, Any]:
        """Return the settings as JSON-friendly values (amounts and rates as strings)."""
        return {
            f.name: str(value) if isinstance(value := getattr(self, f.name), Decimal) else value
            for f in fields(self)
        }


DEFAULT_WALK_AWAY_SETTINGS = WalkAwaySettings()


@dataclass(frozen=True)
class WalkAwayFacts:
    """What the renewal record says, as far as walking away is concerned.

    ``unanswered_outreach`` counts the latest attempts to reach the customer that got no
    answer; ``remediation_end`` is when the agreed fixes should be done (``None`` if there
    is no remediation plan); ``stalling`` means the customer keeps postponing without a
    timeline; ``discounts`` and ``bridge_costs`` are what this renewal has cost us so far
    in concessions; ``actions_logged`` is the number of entries in its effort log.
    """

    arr: Decimal
    currency: str
    contract_end: date
    extensions_granted: int = 0
    progress_since_last_extension: bool = False
    unanswered_outreach: int = 0
    remediation_end: date | None = None
    shopping_confirmed: bool = False
    stalling: bool = False
    discounts: Decimal = Decimal(0)
    bridge_costs: Decimal = Decimal(0)
    actions_logged: int = 0

    def __post_init__(self) -> None:
        problems = Problems()
        for name, en, de in (
            ("arr", "The ARR must be zero or more.", "Der ARR darf nicht negativ sein."),
            ("discounts", "Discounts must be zero or more.",
             "Rabatte dürfen nicht negativ sein."),
            ("bridge_costs", "Bridge costs must be zero or more.",
             "Die Kosten für Brückenlösungen dürfen nicht negativ sein."),
        ):
            amount = to_decimal(getattr(self, name))
            if amount is None or amount < 0:
                problems.add(name, en, de)
            else:
                object.__setattr__(self, name, amount)
        try:
            object.__setattr__(self, "currency", check_currency(str(self.currency)))
        except UnknownCurrency:
            problems.add(
                "currency",
                "Unknown currency: use an ISO 4217 code such as EUR or USD.",
                "Unbekannte Währung: Bitte geben Sie einen ISO-4217-Code wie EUR oder USD an.",
            )
        for name in ("contract_end", "remediation_end"):
            value = getattr(self, name)
            if isinstance(value, datetime):
                object.__setattr__(self, name, value.date())
            elif not isinstance(value, date) and not (name == "remediation_end" and value is None):
                problems.add(name, "This must be a date.", "Hier wird ein Datum benötigt.")
        for name in ("extensions_granted", "unanswered_outreach", "actions_logged"):
            number = to_int(getattr(self, name))
            if number is None or number < 0:
                problems.add(
                    name,
                    "This must be a whole number of zero or more.",
                    "Hier wird eine ganze Zahl von null oder mehr benötigt.",
                )
            else:
                object.__setattr__(self, name, number)
        if problems:
            raise InvalidFacts(problems.messages)

    @property
    def stalled_extensions(self) -> int:
        """Extensions granted that brought no progress."""
        return 0 if self.progress_since_last_extension else self.extensions_granted


@dataclass(frozen=True)
class WalkAwaySign:
    """One of the six signs: whether the record shows it, and why, in the advice's language."""

    id: str
    title: str
    met: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict."""
        return {"id": self.id, "title": self.title, "met": self.met, "reason": self.reason}


@dataclass(frozen=True)
class WalkAwayAdvice:
    """The recommendation (``keep_going``, ``consider``, ``walk_away``) and its six signs."""

    recommendation: str
    met_count: int
    summary: str
    lang: Lang
    signs: list[WalkAwaySign] = field(default_factory=list)

    def sign(self, sign_id: str) -> WalkAwaySign:
        """Return the sign with ``sign_id``."""
        for sign in self.signs:
            if sign.id == sign_id:
                return sign
        raise KeyError(sign_id)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-friendly dict."""
        return {
            "recommendation": self.recommendation,
            "met_count": self.met_count,
            "summary": self.summary,
            "lang": self.lang,
            "signs": [sign.to_dict() for sign in self.signs],
        }


def _signs(facts: WalkAwayFacts, settings: WalkAwaySettings) -> list[tuple[str, bool, str, str]]:
    """Evaluate each sign: (id, met, English reason, German reason)."""
    cur = facts.currency

    def money(amount: Decimal, in_lang: Lang) -> str:
        return format_money(amount, cur, in_lang)

    signs: list[tuple[str, bool, str, str]] = []

    stalled, limit = facts.stalled_extensions, settings.stalled_extensions_limit
    if stalled >= limit:
        signs.append(("extensions_without_progress", True,
                      f"{stalled} extensions have been granted without progress.",
                      f"Es wurden {stalled} Verlängerungen ohne Fortschritt gewährt."))
    elif facts.extensions_granted and facts.progress_since_last_extension:
        signs.append(("extensions_without_progress", False,
                      "The last extension brought progress.",
                      "Die letzte Verlängerung hat Fortschritt gebracht."))
    elif stalled == 0:
        signs.append(("extensions_without_progress", False,
                      "No extension has been granted so far.",
                      "Bisher wurde keine Verlängerung gewährt."))
    else:
        count_en = "One extension" if stalled == 1 else f"{stalled} extensions"
        count_de = "eine Verlängerung" if stalled == 1 else f"{stalled} Verlängerungen"
        signs.append(("extensions_without_progress", False,
                      f"{count_en} without progress so far, below the limit of {limit}.",
                      f"Bisher {count_de} ohne Fortschritt, unter der Grenze von {limit}."))

    unanswered, limit = facts.unanswered_outreach, settings.unanswered_outreach_limit
    if unanswered >= limit:
        signs.append(("no_honest_conversation", True,
                      f"The last {unanswered} attempts to reach the customer went unanswered.",
                      f"Die letzten {unanswered} Versuche, den Kunden zu erreichen, blieben "
                      f"unbeantwortet."))
    elif unanswered == 0:
        signs.append(("no_honest_conversation", False,
                      "The customer answers when contacted.",
                      "Der Kunde antwortet, wenn Sie ihn ansprechen."))
    else:
        count_en = "One attempt" if unanswered == 1 else f"{unanswered} attempts"
        count_de = "ein Versuch" if unanswered == 1 else f"{unanswered} Versuche"
        signs.append(("no_honest_conversation", False,
                      f"{count_en} to reach the customer went unanswered so far; the limit is "
                      f"{limit}.",
                      f"Bisher blieb {count_de} unbeantwortet; die Grenze liegt bei {limit}."
                      if unanswered == 1 else
                      f"Bisher blieben {count_de} unbeantwortet; die Grenze liegt bei {limit}."))

    reach = facts.contract_end + timedelta(days=settings.longest_bridge_days)
    if facts.remediation_end is None:
        signs.append(("unfixable_problems", False,
                      "No remediation plan is recorded.",
                      "Es ist kein Plan zur Behebung von Problemen erfasst."))
    elif facts.remediation_end > reach:
        signs.append(("unfixable_problems", True,
                      f"The fixes are only due on {format_date(facts.remediation_end, 'en')}, "
                      f"after the contract end plus the longest bridge "
                      f"({format_date(reach, 'en')}).",
                      f"Die Behebung ist erst für den {format_date(facts.remediation_end, 'de')} "
                      f"geplant, also nach Vertragsende plus längster Brückenlösung "
                      f"({format_date(reach, 'de')})."))
    else:
        signs.append(("unfixable_problems", False,
                      f"The fixes are due on {format_date(facts.remediation_end, 'en')}; a "
                      f"bridge can cover the time until then (at the latest until "
                      f"{format_date(reach, 'en')}).",
                      f"Die Behebung ist bis zum {format_date(facts.remediation_end, 'de')} "
                      f"geplant; eine Brückenlösung kann die Zeit bis dahin abdecken "
                      f"(längstens bis {format_date(reach, 'de')})."))

    # Postponing shows in the record as well as in the CSM's judgement.
    stalling = facts.stalling or facts.stalled_extensions >= 1 or facts.unanswered_outreach >= 1
    if facts.shopping_confirmed and stalling:
        signs.append(("stringing_along", True,
                      "They are confirmed to be evaluating alternatives while they keep "
                      "postponing.",
                      "Der Kunde prüft nachweislich Alternativen und vertröstet Sie "
                      "gleichzeitig."))
    elif facts.shopping_confirmed:
        signs.append(("stringing_along", False,
                      "They are evaluating alternatives but still engage openly: compete "
                      "for the decision.",
                      "Der Kunde prüft Alternativen, spricht aber offen mit Ihnen: Kämpfen Sie "
                      "um die Entscheidung."))
    else:
        signs.append(("stringing_along", False,
                      "There is no confirmed evaluation of alternatives.",
                      "Es ist nicht belegt, dass der Kunde Alternativen prüft."))

    concessions = facts.discounts + facts.bridge_costs
    allowed = facts.arr * settings.economics_margin
    share_en = percent(settings.economics_margin, "en")
    share_de = percent(settings.economics_margin, "de")
    met = concessions > allowed
    signs.append((
        "economics", met,
        f"Discounts and bridge costs of {money(concessions, 'en')} "
        f"{'exceed' if met else 'stay within'} {share_en} of the ARR "
        f"({money(allowed, 'en')}).",
        f"Rabatte und Kosten für Brückenlösungen von {money(concessions, 'de')} "
        f"{'übersteigen' if met else 'bleiben innerhalb von'} {share_de} des ARR "
        f"({money(allowed, 'de')}).",
    ))

    actions, threshold = facts.actions_logged, settings.low_arr_threshold
    if facts.arr < threshold and actions >= settings.long_effort_actions:
        signs.append(("effort_better_spent", True,
                      f"An ARR of {money(facts.arr, 'en')} is below "
                      f"{money(threshold, 'en')}, yet {actions} actions have gone into this "
                      f"renewal.",
                      f"Der ARR von {money(facts.arr, 'de')} liegt unter "
                      f"{money(threshold, 'de')}, trotzdem sind schon {actions} Aktionen in "
                      f"diese Verlängerung geflossen."))
    elif facts.arr < threshold:
        signs.append(("effort_better_spent", False,
                      f"The ARR of {money(facts.arr, 'en')} is low, but the effort so far is "
                      f"modest ({actions} actions).",
                      f"Der ARR von {money(facts.arr, 'de')} ist niedrig, der Aufwand mit "
                      f"{actions} Aktionen aber noch überschaubar."))
    else:
        signs.append(("effort_better_spent", False,
                      f"With an ARR of {money(facts.arr, 'en')}, the account is worth the "
                      f"effort so far ({actions} actions).",
                      f"Bei einem ARR von {money(facts.arr, 'de')} lohnt sich der bisherige "
                      f"Aufwand ({actions} Aktionen)."))
    return signs


def walk_away_advice(
    facts: WalkAwayFacts,
    settings: WalkAwaySettings = DEFAULT_WALK_AWAY_SETTINGS,
    lang: Lang = "en",
) -> WalkAwayAdvice:
    """Check the six walk-away signs and recommend ``keep_going``, ``consider`` or ``walk_away``.

    Three or more signs, or shopping while stalling plus one more sign, mean walking away;
    one or two mean considering it.
    """
    if lang not in LANGS:
        raise ValueError("lang must be 'de' or 'en'")
    pick = 1 if lang == "de" else 0
    evaluated = _signs(facts, settings)
    signs = [
        WalkAwaySign(sign_id, _SIGN_TITLES[sign_id][pick], met, (en, de)[pick])
        for sign_id, met, en, de in evaluated
    ]
    met_count = sum(sign.met for sign in signs)
    stringing = next(sign.met for sign in signs if sign.id == "stringing_along")
    total = len(signs)

    if met_count >= 3 or (stringing and met_count >= 2):
        recommendation = "walk_away"
        if met_count < 3:
            en = ("They are shopping while stalling, and another sign confirms it: it is time "
                  "to walk away. Close professionally and leave the door open; pushing now "
                  "would burn the bridge.")
            de = ("Der Kunde prüft Alternativen und hält Sie hin, und ein weiteres Anzeichen "
                  "bestätigt das: Es ist Zeit loszulassen. Schließen Sie professionell ab und "
                  "lassen Sie die Tür offen; weiteres Drängen würde die Beziehung beschädigen.")
        else:
            en = (f"{met_count} of {total} signs say it is time to walk away. Close "
                  "professionally and leave the door open; pushing now would burn the bridge.")
            de = (f"{met_count} von {total} Anzeichen sprechen dafür loszulassen. Schließen Sie "
                  "professionell ab und lassen Sie die Tür offen; weiteres Drängen würde die "
                  "Beziehung beschädigen.")
    elif met_count:
        recommendation = "consider"
        en = (f"{met_count} of {total} signs point towards walking away. Agree a clear "
              "decision date and prepare a professional exit, without giving up yet.")
        de = (f"{met_count} von {total} Anzeichen deuten darauf hin, dass Loslassen bald die "
              "bessere Wahl sein kann. Vereinbaren Sie einen klaren Entscheidungstermin und "
              "bereiten Sie einen professionellen Abschluss vor, ohne schon aufzugeben.")
    else:
        recommendation = "keep_going"
        en = "None of the six signs applies: keep working on the renewal."
        de = "Keines der sechs Anzeichen trifft zu: Bleiben Sie an der Verlängerung dran."
    return WalkAwayAdvice(
        recommendation=recommendation,
        met_count=met_count,
        summary=(en, de)[pick],
        lang=lang,
        signs=signs,
    )


def professional_exit_draft(
    lang: Lang,
    *,
    customer_name: str,
    contact_name: str,
    csm_name: str,
    contract_end: date,
    formal: bool = True,
) -> tuple[str, str]:
    """Write the closing e-mail after a customer decided not to renew: (subject, body).

    It accepts the decision, offers help until the contract ends and leaves the door open.
    German uses "Sie", or "du" when ``formal`` is False; English adjusts greeting and tone.
    """
    if lang not in LANGS:
        raise ValueError("lang must be 'de' or 'en'")
    names = {"customer_name": customer_name, "contact_name": contact_name,
             "csm_name": csm_name}
    for key, value in names.items():
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{key} must not be empty")
    customer, contact, csm = (value.strip() for value in names.values())
    first_name = contact.split()[0]
    end = format_date(contract_end, lang)

    if lang == "de" and formal:
        subject = f"Vielen Dank – und die nächsten Schritte bis zum {end}"
        body = (
            f"Guten Tag {contact},\n\n"
            f"vielen Dank, dass Sie mir Ihre Entscheidung offen mitgeteilt haben. Ich "
            f"respektiere, dass {customer} den Vertrag derzeit nicht verlängert, und eine klare "
            f"Antwort ist mir lieber als langes Rätselraten.\n\n"
            f"Bis zum {end} steht Ihnen alles wie gewohnt zur Verfügung. Bis dahin unterstütze "
            f"ich Sie gern bei allem, was den Übergang erleichtert: beim vollständigen Export "
            f"Ihrer Daten, mit einer Übersicht über Ihre aktuelle Einrichtung oder in einem "
            f"kurzen Gespräch mit der Person, die das Thema bei Ihnen übernimmt.\n\n"
            f"Sollten sich Ihre Prioritäten später ändern, melden Sie sich jederzeit gern bei "
            f"mir. Wir setzen dann dort an, wo wir aufgehört haben, statt bei null anzufangen."
            f"\n\n"
            f"Danke für Ihr Vertrauen und die gute Zusammenarbeit. Ihnen und Ihrem Team bei "
            f"{customer} wünsche ich weiterhin viel Erfolg.\n\n"
            f"Mit freundlichen Grüßen\n{csm}"
        )
    elif lang == "de":
        subject = f"Danke dir – so geht es bis zum {end} weiter"
        body = (
            f"Hallo {first_name},\n\n"
            f"danke, dass du mir eure Entscheidung so offen mitgeteilt hast. Ich respektiere, "
            f"dass ihr bei {customer} den Vertrag gerade nicht verlängert, und eine klare "
            f"Antwort ist mir lieber als langes Rätselraten.\n\n"
            f"Bis zum {end} läuft alles wie gewohnt weiter. Bis dahin helfe ich dir gern bei "
            f"allem, was euch den Wechsel leichter macht: beim vollständigen Export eurer "
            f"Daten, mit einer Übersicht über eure aktuelle Einrichtung oder in einem kurzen "
            f"Gespräch mit der Person, die das Thema bei euch übernimmt.\n\n"
            f"Wenn sich eure Prioritäten später ändern, melde dich einfach jederzeit. Dann "
            f"machen wir dort weiter, wo wir aufgehört haben, und fangen nicht bei null an."
            f"\n\n"
            f"Danke für dein Vertrauen und die gute Zusammenarbeit. Dir und dem ganzen Team bei "
            f"{customer} weiterhin viel Erfolg!\n\n"
            f"Viele Grüße\n{csm}"
        )
    elif formal:
        subject = f"Thank you, and next steps until {end}"
        body = (
            f"Dear {contact},\n\n"
            f"Thank you for telling me openly where {customer} stands. I respect the decision "
            f"not to renew at this point, and I would much rather have a clear answer than "
            f"keep guessing.\n\n"
            f"Everything stays available to you as usual until {end}. Until then I am glad to "
            f"help with anything that makes the transition easier: a full export of your "
            f"data, an overview of your current setup, or a short call with whoever takes "
            f"this over on your side.\n\n"
            f"If your priorities change later on, please get in touch at any time. We would "
            f"pick up where we left off rather than start from scratch.\n\n"
            f"Thank you for your trust and for working with us. I wish you and the team at "
            f"{customer} every success.\n\n"
            f"Kind regards,\n{csm}"
        )
    else:
        subject = f"Thanks, and what happens until {end}"
        body = (
            f"Hi {first_name},\n\n"
            f"Thanks for being straight with me about where {customer} has landed. I respect "
            f"the decision not to renew for now, and a clear answer beats guessing every "
            f"time.\n\n"
            f"Everything keeps working as usual until {end}. Until then, I'm happy to help "
            f"with whatever makes the switch easier: a full export of your data, a rundown of "
            f"how things are set up today, or a quick call with whoever picks this up on your "
            f"side.\n\n"
            f"If things change down the line, just drop me a note any time. We'll carry on "
            f"from where we left off instead of starting over.\n\n"
            f"Thanks for your trust and for working with us. All the best to you and the whole "
            f"team at {customer}!\n\n"
            f"Best,\n{csm}"
        )
    return subject, body


def door_open_checkin_date(walked_away_on: date) -> date:
    """Return when to check in again after walking away: six months later.

    Month ends are clamped, so 31 August leads to the last day of February.
    """
    return add_months(walked_away_on, CHECKIN_MONTHS)
