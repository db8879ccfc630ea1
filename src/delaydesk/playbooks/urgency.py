"""The urgency guard: spots fake urgency in a draft while the CSM types.

Real urgency comes from business facts (contract end, a recorded price increase, a budget
cycle closing). Fake urgency (invented expiry dates, personal pressure, panic discounts,
deadlines nothing backs) costs trust and teaches customers to ignore deadlines. The guard
works on English and German text, tolerates inflection, and checks every deadline it finds
against the recorded dates (+-2 days).

All patterns are compiled once at import; checking a typical e-mail (about 1,000 characters)
takes about a millisecond.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from delaydesk.playbooks.language import check_lang, format_date

FINDING_KINDS: tuple[str, ...] = (
    "invented_expiry",
    "personal_pressure",
    "excessive_discount",
    "unbacked_deadline",
)


@dataclass(frozen=True)
class UrgencyFacts:
    """The dates recorded for the renewal; ``today`` anchors "Friday" and "end of month"."""

    contract_end: date | None = None
    price_increase_on: date | None = None
    budget_cycle_closes_on: date | None = None
    today: date = field(default_factory=date.today)
    # Further real dates, e.g. the last day of an early-renewal offer from the incentives.
    extra_dates: tuple[date, ...] = ()

    def recorded(self) -> list[date]:
        """The recorded dates that can back a deadline."""
        fixed = (self.contract_end, self.price_increase_on, self.budget_cycle_closes_on)
        return [d for d in fixed if d is not None] + list(self.extra_dates)


@dataclass(frozen=True)
class UrgencySettings:
    """Limits of the guard."""

    max_discount_percent: Decimal = Decimal("15")
    tolerance_days: int = 2


@dataclass(frozen=True)
class Finding:
    """One problem in the text: where it is, why it hurts and a better wording."""

    kind: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
        }


_FLAGS = re.IGNORECASE | re.UNICODE

# --- dates -------------------------------------------------------------------------------------

_MONTH_NUMBERS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januar", "jänner", "jaenner"),
        ("february", "feb", "februar", "feber"),
        ("march", "mar", "märz", "maerz", "mär", "mrz"),
        ("april", "apr"),
        ("may", "mai"),
        ("june", "jun", "juni"),
        ("july", "jul", "juli"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct", "oktober", "okt"),
        ("november", "nov"),
        ("december", "dec", "dezember", "dez"),
    ),
    start=1,
):
    for _name in _names:
        _MONTH_NUMBERS[_name] = _number
_MONTHS = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))

_WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}
_WEEKDAYS = "|".join(sorted(_WEEKDAY_NUMBERS, key=len, reverse=True))

_DATE = rf"""
(?:
    (?P<iso_y>\d{{4}})-(?P<iso_m>\d{{1,2}})-(?P<iso_d>\d{{1,2}})
  | (?P<nd>\d{{1,2}})\.\s?(?P<nm>\d{{1,2}})\.(?:\s?(?P<ny>\d{{4}}|\d{{2}})\b)?
  | (?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})(?:/(?P<sy>\d{{4}}|\d{{2}}))?\b
  | (?:the\s+)?(?P<dmd>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?P<dmm>{_MONTHS})\b\.?
        (?:,?\s+(?P<dmy>\d{{4}}))?
  | (?P<mdm>{_MONTHS})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy>\d{{4}}))?
  | (?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|this\s+)?(?P<pnext>next\s+)?
        (?P<per>week|month|quarter|year)\b
  | (?:the\s+)?(?P<per2>week|month|quarter|year)[- ]end\b
  | (?:the\s+)?end\s+of\s+(?P<eom>{_MONTHS})\b
  | ende\s+(?:des\s+|dieses\s+|der\s+|dieser\s+)?(?P<pnextde>nächsten\s+|kommenden\s+)?
        (?P<perde>woche|monats?|quartals?|jahres?)\b
  | (?P<perde2>wochen|monats|quartals|jahres)ende\b
  | ende\s+(?P<eomde>{_MONTHS})\b
  | (?:(?P<wdmod>this|next|coming|diesen|diesem|nächsten|nächster|kommenden|kommender)\s+)?
        (?P<wd>{_WEEKDAYS})\b
  | (?P<rel>today|tonight|tomorrow|übermorgen|heute|morgen)\b
)
"""

_TRIGGER = r"""
(?:
    by | until | till | before | no\s+later\s+than | not\s+later\s+than | latest\s+by
  | deadline(?:\s+is)?(?:\s+on)?:? | due(?:\s+(?:on|by))? | (?:valid|good)\s+(?:until|through|till)
  | expires?(?:\s+on)? | expiring(?:\s+on)? | at(?=\s+(?:the\s+)?end\s+of)
  | bis\s+(?:spätestens\s+)?(?:zum|zur|am)? | spätestens\s+(?:am|zum|bis(?:\s+zum)?)?
  | vor\s+(?:dem\s+)? | frist(?:\s+(?:ist|bis|endet\s+am))?:? | deadline\s+ist:?
  | fällig\s+(?:am|bis(?:\s+zum)?)? | gültig\s+bis(?:\s+zum)?
)
"""

_DEADLINE_RE = re.compile(
    rf"\b(?P<trigger>{_TRIGGER})\s*(?:on\s+)?(?P<date>{_DATE})",
    _FLAGS | re.VERBOSE,
)
# Any date, with or without a deadline word: "the offer expires on 31.12." names its date
# without "by" or "until".
_ANY_DATE_RE = re.compile(rf"\b{_DATE}", _FLAGS | re.VERBOSE)

# --- fake expiry -------------------------------------------------------------------------------

_EXPIRY_RE = re.compile(
    "|".join(
        (
            # English
            r"\b(?:offer|deal|discount|price|pricing|quote|proposal|promotion|promo|rate)s?\b"
            r"[^.!?\n]{0,30}?\b(?:expires?|expiring|ends|ending|runs?\s+out|goes\s+away"
            r"|(?:is\s+)?(?:only\s+)?valid(?:\s+only)?\s+(?:until|till|through|for)"
            r"|(?:is\s+)?only\s+good\s+(?:until|till|through|for))\b",
            r"\bonly\s+(?:valid|good|available)\s+(?:until|till|through|for)\b",
            r"\blast\s+chance\b",
            r"\bonly\s+(?:for\s+)?(?:today|tonight|this\s+week(?:end)?)\b",
            r"\b(?:today|tonight|this\s+(?:week(?:end)?|month|quarter))\s+only\b",
            r"\b(?:one[- ]time|limited[- ]time|exploding|once[- ]in[- ]a[- ]lifetime)\s+"
            r"(?:offer|deal|discount|opportunity|price)\b",
            r"\bwon'?t\s+last\b",
            r"\bwhile\s+(?:stocks|supplies)\s+last\b",
            r"\bnow\s+or\s+never\b",
            r"\bact\s+(?:now|fast|quickly)\b",
            r"\bbefore\s+it'?s\s+(?:gone|too\s+late)\b",
            # German
            r"\bletzte[nrs]?\s+(?:chance|gelegenheit|möglichkeit)\b",
            r"\bnur\s+(?:noch\s+)?(?:bis\b[^.!?\n]{1,30}?|heute\b[^.!?\n]{0,20}?"
            r"|morgen\b[^.!?\n]{0,20}?|diese\s+woche\b[^.!?\n]{0,20}?)gültig\w*",
            r"\b(?:gilt|gelten|gültig)\s+nur\s+(?:noch\s+)?(?:bis|heute|morgen)\b",
            r"\b(?:angebot|rabatt|sonderpreis|preis|konditionen|aktion|nachlass)\w*\b"
            r"[^.!?\n]{0,30}?\b(?:verfällt|verfallen|läuft\s+(?:\S+\s+){0,4}?ab|laufen\s+"
            r"(?:\S+\s+){0,4}?ab|erlischt|endet|enden|gültig\s+bis|gilt\s+(?:nur\s+)?"
            r"(?:noch\s+)?bis|gelten\s+(?:nur\s+)?(?:noch\s+)?bis)\b",
            r"\bnur\s+(?:noch\s+)?heute\b",
            r"\bheute\s+(?:ist\s+)?(?:der\s+)?letzte[nr]?\s+tag\b",
            r"\beinmalige[snr]?\s+(?:angebot|gelegenheit|chance)\b",
            r"\bsolange\s+der\s+vorrat\s+reicht\b",
            r"\bnur\s+(?:noch\s+)?(?:für\s+)?kurze\s+zeit\b",
            r"\bjetzt\s+oder\s+nie\b",
            r"\bzeitlich\s+begrenzte[snr]?\s+(?:angebot|rabatt|aktion|preis)\w*",
        )
    ),
    _FLAGS,
)

# --- personal pressure -------------------------------------------------------------------------

_PRESSURE_RE = re.compile(
    "|".join(
        (
            r"\bmy\s+(?:sales\s+|quarterly\s+|annual\s+)?(?:quota|target|targets|numbers"
            r"|commission|bonus|quarter|pipeline)\b",
            r"\bmy\s+(?:boss|manager|director|vp|ceo|head\s+of\s+sales|sales\s+director|"
            r"team\s+lead)\s+(?:is\s+|keeps\s+|has\s+been\s+|will\s+be\s+)?(?:really\s+)?"
            r"(?:asking|pushing|chasing|on\s+me|breathing|wants|needs|expects|asks)\b",
            r"\bI\s+(?:really\s+)?need\s+(?:this|it|the\s+deal|your\s+signature|the\s+signature)"
            r"\s+(?:for\s+my|to\s+(?:hit|make|reach|close)\s+my|before\s+my)\b",
            r"\b(?:help|do)\s+me\s+(?:out\s+)?(?:with\s+)?(?:a\s+favou?r|hit|make|reach)\b",
            r"\bI'?ll\s+(?:get\s+in|be\s+in)\s+trouble\b",
            r"\bmeine[rnms]?\s+(?:quote|zielvorgabe|ziele?|zahlen|provision|bonus"
            r"|quartalsziele?|vertriebsziele?|umsatzziele?|quartalszahlen)\b",
            r"\bmein(?:e)?\s+(?:chef(?:in)?|vorgesetzte[r]?|manager(?:in)?|"
            r"vertriebsleiter(?:in)?|geschäftsführer(?:in)?|teamleiter(?:in)?)\s+"
            r"(?:\S+\s+){0,2}?(?:fragt|fragen|drängt|will|möchte|braucht|wartet|macht\s+druck"
            r"|sitzt\s+mir\s+im\s+nacken|erwartet)\b",
            r"\bich\s+brauche\s+(?:das|die\s+unterschrift|den\s+abschluss|den\s+auftrag)\s+"
            r"(?:noch\s+)?für\s+mein(?:e|en)?\b",
            r"\b(?:tun|tu|tut)\s+(?:sie\s+|du\s+|ihr\s+)?mir\s+(?:doch\s+)?(?:bitte\s+)?"
            r"(?:den|einen)\s+gefallen\b",
        )
    ),
    _FLAGS,
)

# --- discounts ---------------------------------------------------------------------------------

_PERCENT_RE = re.compile(
    r"(?P<pct>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|percent\b|per\s?cent\b|prozent\b)", _FLAGS
)
_DISCOUNT_WORD_RE = re.compile(
    r"\b(?:discount\w*|rebate\w*|price\s+reduction|reduction\s+(?:on|in)\s+(?:the\s+)?price"
    r"|cheaper|markdown|rabatt\w*|nachlass\w*|preisnachlass\w*|ermäßigung\w*|günstiger"
    r"|preisreduktion\w*|preissenkung\w*|skonto|abschlag)\b",
    _FLAGS,
)
_OFF_AFTER_RE = re.compile(r"\s*off\b", _FLAGS)
# A discount word belongs to the nearest percentage in its sentence, at most this far away.
_DISCOUNT_REACH = 40
_PANIC_RE = re.compile(
    "|".join(
        (
            r"\b(?:at\s+)?any\s+price\b",
            r"\bat\s+any\s+cost\b",
            r"\bwhatever\s+it\s+takes\b",
            r"\bname\s+your\s+(?:own\s+)?price\b",
            r"\b(?:massive|huge|crazy|insane|unbeatable|unprecedented)\s+discount\w*\b",
            r"\bwe'?ll\s+(?:beat|match)\s+any\s+(?:price|offer)\b",
            r"\bhalf\s+(?:the\s+)?price\b",
            r"\bum\s+jeden\s+preis\b",
            r"\bkoste\s+es,?\s+was\s+es\s+wolle\b",
            r"\begal\s+(?:zu\s+)?welche[nmr]?\s+preis\w*\b",
            r"\bpreis\s+spielt\s+keine\s+rolle\b",
            r"\bnennen\s+sie\s+(?:uns\s+)?(?:ihren|einen)\s+preis\b",
            r"\bnenn\s+(?:mir|uns)\s+deinen\s+preis\b",
            r"\bsonderrabatt\w*\b[^.!?\n]{0,20}?\b(?:nur|ausnahmsweise|exklusiv|heute|sofort"
            r"|jetzt)\b",
            r"\b(?:nur|ausnahmsweise|exklusiv)\s+(?:heute\s+|jetzt\s+)?(?:einen\s+|ein\s+)?"
            r"sonderrabatt\w*",
            r"\b(?:riesige[nr]?|massive[nr]?|unschlagbare[nr]?|sensationelle[nr]?)\s+"
            r"(?:rabatt|nachlass|preisnachlass)\w*\b",
            r"\bzum\s+halben\s+preis\b",
        )
    ),
    _FLAGS,
)

# A sentence ends at ! or ?, at a line break, or at a period that does not follow a digit
# (so "15.12." and "15. Dezember" stay inside their sentence).
_SENTENCE_END_RE = re.compile(r"(?<!\d)[.!?](?=\s)|[!?]|\n")

_DE_MARKERS = frozenset(
    "der die das und nicht ist wir sie ihr ihnen ich zu den ein eine mit für bis auf dass "
    "wenn noch nur auch bitte vielen dank grüße ihre ihren unser unsere uns zum zur vom im "
    "es sind haben wird werden".split()
)
_EN_MARKERS = frozenset(
    "the and is are we you your to of for with by until it this that please thanks regards "
    "our us be will have can in on as at if only".split()
)
_WORD_RE = re.compile(r"[a-zäöüß']+", _FLAGS)


def detect_lang(text: str) -> str:
    """Guess whether a text is German or English ("de" or "en")."""
    de = en = 0
    for word in _WORD_RE.findall(text.lower()):
        if word in _DE_MARKERS:
            de += 1
        if word in _EN_MARKERS:
            en += 1
        if any(ch in word for ch in "äöüß"):
            de += 1
    return "de" if de > en else "en"


# --- resolving a matched deadline to dates -----------------------------------------------------


def _upcoming(today: date, month: int, day: int, year: int | None) -> date | None:
    """The date meant by day and month: this year, or next year if it lies well behind us."""
    try:
        if year is not None:
            return date(year + 2000 if year < 100 else year, month, day)
        candidate = date(today.year, month, day)
        if candidate < today - timedelta(days=14):
            candidate = date(today.year + 1, month, day)
        return candidate
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period_end(today: date, period: str, nxt: bool) -> list[date]:
    period = period.lower()
    if period.startswith(("week", "woche")):
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        if nxt:
            friday += timedelta(days=7)
        return [friday, friday + timedelta(days=2)]
    if period.startswith("mon"):
        year, month = today.year, today.month
        if nxt:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return [_month_end(year, month)]
    if period.startswith("qu"):
        quarter_end_month = ((today.month - 1) // 3 + 1) * 3
        year = today.year
        if nxt:
            quarter_end_month += 3
            if quarter_end_month > 12:
                quarter_end_month -= 12
                year += 1
        return [_month_end(year, quarter_end_month)]
    year = today.year + (1 if nxt else 0)
    return [date(year, 12, 31)]


def _resolve(match: re.Match[str], today: date) -> list[date]:
    """Candidate dates for a deadline expression (several when the wording is ambiguous)."""
    g = match.groupdict()

    def num(name: str) -> int | None:
        value = g.get(name)
        return int(value) if value else None

    candidates: list[date | None] = []
    if g["iso_y"]:
        candidates.append(_upcoming(today, int(g["iso_m"]), int(g["iso_d"]), int(g["iso_y"])))
    elif g["nd"]:
        candidates.append(_upcoming(today, int(g["nm"]), int(g["nd"]), num("ny")))
    elif g["sd"]:
        # 05/12 is 5 December in Europe and May 12 in the US: accept either reading.
        candidates.append(_upcoming(today, int(g["sm"]), int(g["sd"]), num("sy")))
        candidates.append(_upcoming(today, int(g["sd"]), int(g["sm"]), num("sy")))
    elif g["dmd"]:
        month = _MONTH_NUMBERS[g["dmm"].lower()]
        candidates.append(_upcoming(today, month, int(g["dmd"]), num("dmy")))
    elif g["mdm"]:
        month = _MONTH_NUMBERS[g["mdm"].lower()]
        candidates.append(_upcoming(today, month, int(g["mdd"]), num("mdy")))
    elif g["per"] or g["per2"]:
        candidates.extend(_period_end(today, g["per"] or g["per2"], bool(g["pnext"])))
    elif g["perde"] or g["perde2"]:
        candidates.extend(_period_end(today, g["perde"] or g["perde2"], bool(g["pnextde"])))
    elif g["eom"] or g["eomde"]:
        month = _MONTH_NUMBERS[(g["eom"] or g["eomde"]).lower()]
        first = _upcoming(today, month, 1, None)
        if first is not None:
            candidates.append(_month_end(first.year, month))
    elif g["wd"]:
        weekday = _WEEKDAY_NUMBERS[g["wd"].lower()]
        delta = (weekday - today.weekday()) % 7
        modifier = (g["wdmod"] or "").lower()
        if modifier in ("next", "nächsten", "nächster", "kommenden", "kommender"):
            # "next Friday" is this coming Friday for some and the one after for others.
            candidates.append(today + timedelta(days=delta or 7))
            candidates.append(today + timedelta(days=delta + 7))
        else:
            candidates.append(today + timedelta(days=delta))
    elif g["rel"]:
        rel = g["rel"].lower()
        offset = {"tomorrow": 1, "morgen": 1, "übermorgen": 2}.get(rel, 0)
        candidates.append(today + timedelta(days=offset))
    return [c for c in candidates if c is not None]


def _trimmed_end(text: str, match: re.Match[str]) -> int:
    """End of a deadline match without a sentence-final period ("by 15 December.")."""
    end = match.end()
    if text[end - 1] == "." and not match.group("nd"):
        month = match.group("dmm") or match.group("mdm") or ""
        if len(month) > 4 or not month:
            return end - 1
    return end


@dataclass(frozen=True)
class _Deadline:
    start: int
    end: int
    candidates: tuple[date, ...]
    backed: bool


def _backed(candidates: list[date], facts: UrgencyFacts, tolerance: int) -> bool:
    recorded = facts.recorded()
    return any(
        abs((candidate - fact).days) <= tolerance for candidate in candidates for fact in recorded
    )


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _sentence_of(bounds: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in bounds:
        if start <= position < end:
            return start, end
    return bounds[-1]


# --- wording of the findings -------------------------------------------------------------------


def _real_example(facts: UrgencyFacts | None, lang: str) -> str | None:
    """A sentence built from a recorded fact, to show what real urgency sounds like."""
    if facts is None:
        return None
    if facts.contract_end is not None:
        day = format_date(facts.contract_end, lang)
        if lang == "de":
            return (
                f"Ihr Vertrag endet am {day}; danach endet der Service, und ein Neustart "
                "dauert zwei bis drei Wochen."
            )
        return (
            f"Your contract ends on {day}; after that the service stops, and setting it up "
            "again takes two to three weeks."
        )
    if facts.price_increase_on is not None:
        day = format_date(facts.price_increase_on, lang)
        if lang == "de":
            return (
                f"Am {day} ändern sich die Preise; wer vorher verlängert, behält den heutigen "
                "Preis."
            )
        return f"Prices change on {day}; renewing before then keeps today's price."
    if facts.budget_cycle_closes_on is not None:
        day = format_date(facts.budget_cycle_closes_on, lang)
        if lang == "de":
            return (
                f"Ihr Budgetzyklus schließt am {day}; mit einer Unterschrift davor bleibt die "
                "Verlängerung im laufenden Budget."
            )
        return (
            f"Your budget cycle closes on {day}; signing before then keeps the renewal in "
            "this budget."
        )
    return None


def _with_example(base: str, example: str | None, lang: str) -> str:
    if example is None:
        return base
    if lang == "de":
        return f"{base} Zum Beispiel: \u201e{example}\u201c"
    return f"{base} For example: \u201c{example}\u201d"


def _percent_text(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    if lang == "de":
        return text.replace(".", ",") + "\u00a0%"
    return f"{text}%"


class _Texts:
    """Messages and suggestions in one language, with the recorded facts folded in."""

    def __init__(self, lang: str, facts: UrgencyFacts | None, settings: UrgencySettings) -> None:
        self.lang = lang
        self.de = lang == "de"
        self.example = _real_example(facts, lang)
        self.has_facts = bool(facts and facts.recorded())
        self.max = _percent_text(settings.max_discount_percent, lang)

    def invented_expiry(self) -> tuple[str, str]:
        if self.de:
            message = (
                "Ablaufdatum ohne erfassten Grund. Fristen, die kommen und gehen, gewöhnen "
                "Kunden daran, auch echte Fristen zu ignorieren."
            )
            base = (
                "Streichen Sie das Ablaufdatum. Wenn der Zeitpunkt wichtig ist, nennen Sie den "
                "echten Grund: Vertragsende, Budgetfrist oder eine erfasste Preisänderung."
            )
        else:
            message = (
                "An expiry without a recorded reason. Deadlines that come and go teach "
                "customers to ignore the real ones."
            )
            base = (
                "Remove the expiry. If timing matters, name the real reason: the contract end, "
                "a budget deadline or a recorded price change."
            )
        return message, _with_example(base, self.example, self.lang)

    def personal_pressure(self) -> tuple[str, str]:
        if self.de:
            message = (
                "Persönlicher Druck: Ihre Quote oder Ihre Vorgesetzten sind für den Kunden kein "
                "Grund zu verlängern, und der Hinweis kostet Vertrauen."
            )
            base = (
                "Lassen Sie die eigenen Ziele weg und erklären Sie, was der Zeitpunkt für den "
                "Kunden bedeutet."
            )
        else:
            message = (
                "Personal pressure: your quota or your boss is no reason for the customer to "
                "renew, and mentioning it costs trust."
            )
            base = (
                "Leave your own targets out and explain what the timing means for the "
                "customer."
            )
        return message, _with_example(base, self.example, self.lang)

    def discount_over_limit(self, value: Decimal) -> tuple[str, str]:
        pct = _percent_text(value, self.lang)
        if self.de:
            return (
                f"Ein Rabatt von {pct} liegt über der Grenze von {self.max}.",
                f"Bleiben Sie bei höchstens {self.max} und knüpfen Sie jeden Rabatt an eine "
                "echte Gegenleistung: Frühverlängerung, Mehrjahresvertrag oder Preisbindung.",
            )
        return (
            f"A discount of {pct} is above the limit of {self.max}.",
            f"Stay within {self.max} and tie any discount to a real trade-off: early renewal, "
            "a multi-year term or a price lock.",
        )

    def panic_discount(self) -> tuple[str, str]:
        if self.de:
            return (
                "Panikrabatt: Er verschenkt Marge und signalisiert, dass der Preis nie ernst "
                "gemeint war.",
                "Bieten Sie statt eines Panikrabatts einen echten Tausch an: Frühverlängerung, "
                f"Mehrjahresvertrag oder Preisbindung, insgesamt höchstens {self.max}.",
            )
        return (
            "A panic discount gives away margin and tells the customer the price was never "
            "meant seriously.",
            "Offer a real trade-off instead: early renewal, a multi-year term or a price lock, "
            f"at most {self.max} in total.",
        )

    def unbacked_deadline(self) -> tuple[str, str]:
        if self.de:
            message = (
                "Diese Frist passt zu keinem erfassten Datum (Vertragsende, Preisänderung oder "
                "Budgetzyklus)."
                if self.has_facts else
                "Für diese Verlängerung ist kein Datum erfasst, auf das sich diese Frist "
                "stützen könnte."
            )
            base = (
                "Nennen Sie ein Datum, hinter dem ein echter Grund steht, oder schlagen Sie "
                "stattdessen einen Termin für das nächste Gespräch vor."
            )
        else:
            message = (
                "This deadline matches no recorded date (contract end, price change or budget "
                "cycle)."
                if self.has_facts else
                "No date is recorded for this renewal, so this deadline has nothing to rest on."
            )
            base = (
                "Use a date with a real reason behind it, or propose a date for the next "
                "conversation instead."
            )
        return message, _with_example(base, self.example, self.lang)


# --- the check ---------------------------------------------------------------------------------


def _discount_percentages(
    text: str, bounds: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """Percentages that are discounts: "30% off", or the nearest one to a discount word.

    Pairing each discount word with only its nearest percentage keeps "usage grew by 40%
    and we offer a 10% discount" from being read as a 40 % discount.
    """
    percents = list(_PERCENT_RE.finditer(text))
    if not percents:
        return []
    chosen: dict[int, re.Match[str]] = {}
    for p in percents:
        if _OFF_AFTER_RE.match(text, p.end()):
            chosen[p.start()] = p
    for word in _DISCOUNT_WORD_RE.finditer(text):
        sentence = _sentence_of(bounds, word.start())

        def distance(p: re.Match[str], word: re.Match[str] = word) -> int:
            if p.end() <= word.start():
                return word.start() - p.end()
            return max(0, p.start() - word.end())

        near = [
            p for p in percents
            if sentence[0] <= p.start() < sentence[1] and distance(p) <= _DISCOUNT_REACH
        ]
        if near:
            nearest = min(near, key=distance)
            chosen[nearest.start()] = nearest
    return [chosen[k] for k in sorted(chosen)]


def check_text(
    text: str,
    *,
    lang: str | None = None,
    facts: UrgencyFacts | None = None,
    settings: UrgencySettings | None = None,
) -> list[Finding]:
    """Find fake urgency in ``text``; findings are ordered by position.

    ``lang`` chooses the language of messages and suggestions (detected from the text when
    None); the patterns of both languages always run, since drafts mix them. ``facts`` are the
    renewal's recorded dates: a deadline within ``settings.tolerance_days`` of one of them is
    real urgency and passes. Without facts every deadline counts as unbacked.
    """
    settings = settings or UrgencySettings()
    lang = check_lang(lang) if lang else detect_lang(text)
    today = facts.today if facts is not None else date.today()
    known = facts if facts is not None else UrgencyFacts(today=today)
    texts = _Texts(lang, facts, settings)
    bounds = _sentence_bounds(text)
    findings: list[Finding] = []

    def add(kind: str, start: int, end: int, wording: tuple[str, str]) -> None:
        findings.append(Finding(kind, start, end, text[start:end], wording[0], wording[1]))

    deadlines = [
        _Deadline(
            m.start(), _trimmed_end(text, m), tuple(cands := _resolve(m, today)),
            _backed(cands, known, settings.tolerance_days),
        )
        for m in _DEADLINE_RE.finditer(text)
    ]

    expiry_sentences: set[tuple[int, int]] = set()
    for m in _EXPIRY_RE.finditer(text):
        sentence = _sentence_of(bounds, m.start())
        # "Today's price is valid until 31 March" is real when prices change on 1 April.
        if any(
            _backed(_resolve(d, today), known, settings.tolerance_days)
            for d in _ANY_DATE_RE.finditer(text, sentence[0], sentence[1])
        ):
            continue
        expiry_sentences.add(sentence)
        add("invented_expiry", m.start(), m.end(), texts.invented_expiry())

    for d in deadlines:
        if d.backed or not d.candidates:
            continue
        if _sentence_of(bounds, d.start) in expiry_sentences:
            continue  # already reported as an invented expiry
        add("unbacked_deadline", d.start, d.end, texts.unbacked_deadline())

    for m in _PRESSURE_RE.finditer(text):
        add("personal_pressure", m.start(), m.end(), texts.personal_pressure())

    for m in _discount_percentages(text, bounds):
        value = Decimal(m.group("pct").replace(",", "."))
        if value > settings.max_discount_percent:
            add("excessive_discount", m.start(), m.end(), texts.discount_over_limit(value))

    for m in _PANIC_RE.finditer(text):
        add("excessive_discount", m.start(), m.end(), texts.panic_discount())

    return _without_overlaps(findings)


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep one finding per kind where matches of that kind overlap; sort by position."""
    findings.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for finding in findings:
        if any(
            k.kind == finding.kind and k.start < finding.end and finding.start < k.end
            for k in kept
        ):
            continue
        kept.append(finding)
    return kept
