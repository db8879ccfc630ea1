"""``delaydesk bridges``: price the bridges for a renewal from the command line, without Django.

    delaydesk bridges --arr 120000 --currency EUR --contract-end 2027-03-31 --lang de

Prints a table, or with ``--json`` the offers as JSON. Bad input gives a clear message in
the chosen language on stderr and exit code 2. ``--renewal ID`` reads a stored renewal and
is handled by the app's own command line before it gets here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from typing import NoReturn, TextIO

from delaydesk.bridges.dates import Lang, format_date
from delaydesk.bridges.offers import bridge_offers
from delaydesk.bridges.terms import (
    CATEGORIES,
    DEFAULT_BRIDGE_SETTINGS,
    DELAY_TYPES,
    LANGS,
    RELATIONSHIPS,
    BridgeSettings,
    InvalidTerms,
    RenewalTerms,
    to_decimal,
    to_int,
)
from delaydesk.money import format_money

PROG = "delaydesk bridges"
EXIT_USAGE = 2

_TEXTS: dict[str, tuple[str, str]] = {
    "description": (
        "Price the bridges for a renewal whose delay runs past the contract end.",
        "Berechnet die Brückenlösungen für eine Verlängerung, deren Verzögerung über das "
        "Vertragsende hinausgeht.",
    ),
    "arr": ("annual recurring revenue, e.g. 120000", "ARR (Jahresumsatz), z. B. 120000"),
    "currency": ("ISO currency code, e.g. EUR", "ISO-Währungscode, z. B. EUR"),
    "contract_end": (
        "last day of the current contract (YYYY-MM-DD)",
        "letzter Tag des laufenden Vertrags (JJJJ-MM-TT)",
    ),
    "today": ("today's date (YYYY-MM-DD), default: today", "heutiges Datum (JJJJ-MM-TT), "
              "Standard: heute"),
    "fiscal_year_start": (
        "month in which the customer's fiscal year starts (1-12), default: 1",
        "Monat, in dem das Geschäftsjahr des Kunden beginnt (1-12), Standard: 1",
    ),
    "lang": ("language of the output: de or en", "Sprache der Ausgabe: de oder en"),
    "json": ("print JSON instead of a table", "JSON statt einer Tabelle ausgeben"),
    "renewal": (
        "price a stored renewal by its id (needs the DelayDesk app)",
        "eine gespeicherte Verlängerung über ihre ID berechnen (benötigt die DelayDesk-App)",
    ),
    "category": ("diagnosed category of the delay", "diagnostizierte Kategorie der Verzögerung"),
    "delay_type": ("diagnosed delay type", "diagnostizierte Art der Verzögerung"),
    "relationship": ("state of the relationship", "Zustand der Kundenbeziehung"),
    "needs_flexibility": (
        "the customer truly needs flexibility", "der Kunde braucht wirklich Flexibilität",
    ),
    "value_doubts": (
        "the customer wants to see more value first",
        "der Kunde will erst mehr Nutzen sehen",
    ),
    "extensions_granted": (
        "extensions already granted without progress",
        "bereits gewährte Verlängerungen ohne Fortschritt",
    ),
    "error": ("Error", "Fehler"),
    "usage_hint": (
        "See 'delaydesk bridges --help' for the options.",
        "Die Optionen zeigt „delaydesk bridges --help“.",
    ),
    "missing": ("Please give {option}.", "Bitte geben Sie {option} an."),
    "bad_number": (
        "{option} must be a number, not '{value}'.",
        "{option} muss eine Zahl sein, nicht „{value}“.",
    ),
    "bad_whole": (
        "{option} must be a whole number, not '{value}'.",
        "{option} muss eine ganze Zahl sein, nicht „{value}“.",
    ),
    "bad_date": (
        "{option} must be a date in the form YYYY-MM-DD, not '{value}'.",
        "{option} muss ein Datum im Format JJJJ-MM-TT sein, nicht „{value}“.",
    ),
    "bad_choice": (
        "{option} must be one of: {choices}.",
        "{option} muss einer dieser Werte sein: {choices}.",
    ),
    "needs_app": (
        "--renewal reads a stored renewal and needs the DelayDesk app: run it as "
        "'delaydesk bridges --renewal ID' from an installed DelayDesk, or give --arr, "
        "--currency and --contract-end instead.",
        "--renewal liest eine gespeicherte Verlängerung und benötigt die DelayDesk-App: "
        "Rufen Sie „delaydesk bridges --renewal ID“ in einer installierten DelayDesk-Umgebung "
        "auf, oder geben Sie stattdessen --arr, --currency und --contract-end an.",
    ),
    "heading": (
        "Bridges for ARR {arr}, contract end {end} (today: {today})",
        "Brückenlösungen für ARR {arr}, Vertragsende {end} (heute: {today})",
    ),
    "col_bridge": ("Bridge", "Brückenlösung"),
    "col_price": ("Price", "Preis"),
    "col_from": ("From", "Von"),
    "col_to": ("To", "Bis"),
    "col_days": ("Days", "Tage"),
    "col_fits": ("Fits", "Passt"),
    "per_month": ("per month", "pro Monat"),
    "total": ("total", "gesamt"),
    "yes": ("yes", "ja"),
    "no": ("no", "nein"),
}

# Field names of RenewalTerms mapped to the option a CLI user typed.
_OPTION_OF_FIELD = {
    "arr": "--arr",
    "currency": "--currency",
    "contract_end": "--contract-end",
    "today": "--today",
    "fiscal_year_start_month": "--fiscal-year-start",
    "lang": "--lang",
    "category": "--category",
    "delay_type": "--delay-type",
    "relationship": "--relationship",
    "extensions_granted": "--extensions-granted",
}


def _t(key: str, lang: Lang, **values: str) -> str:
    en, de = _TEXTS[key]
    text = de if lang == "de" else en
    return text.format(**values) if values else text


def _detect_lang(argv: list[str]) -> Lang:
    """Find ``--lang`` before parsing, so help and errors come in that language."""
    for index, arg in enumerate(argv):
        value = None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value == "de":
            return "de"
    return "en"


class UsageError(Exception):
    """Input the CLI cannot use; the message is already in the user's language."""


# argparse words its own errors in English; these cover the ones users actually meet.
_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^unrecognized arguments: (?P<rest>.+)$"),
     "Unknown option(s): {rest}", "Unbekannte Angabe(n): {rest}"),
    (re.compile(r"^argument (?P<option>[^:]+): expected one argument$"),
     "{option} needs a value.", "Für {option} fehlt der Wert."),
)


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors in the chosen language without a traceback."""

    lang: Lang = "en"

    def error(self, message: str) -> NoReturn:
        for pattern, en, de in _ARGPARSE_ERRORS:
            match = pattern.match(message)
            if match:
                raise UsageError((de if self.lang == "de" else en).format(**match.groupdict()))
        raise UsageError(message)


def build_parser(lang: Lang = "en") -> argparse.ArgumentParser:
    """Return the argument parser of ``delaydesk bridges`` with help texts in ``lang``."""
    parser = _Parser(prog=PROG, description=_t("description", lang))
    parser.lang = lang
    parser.add_argument("--arr", help=_t("arr", lang))
    parser.add_argument("--currency", help=_t("currency", lang))
    parser.add_argument("--contract-end", help=_t("contract_end", lang))
    parser.add_argument("--today", help=_t("today", lang))
    parser.add_argument("--fiscal-year-start", default="1", help=_t("fiscal_year_start", lang))
    parser.add_argument("--lang", default="en", help=_t("lang", lang))
    parser.add_argument("--json", action="store_true", help=_t("json", lang))
    parser.add_argument("--renewal", metavar="ID", help=_t("renewal", lang))
    parser.add_argument("--category", help=_t("category", lang))
    parser.add_argument("--delay-type", help=_t("delay_type", lang))
    parser.add_argument("--relationship", help=_t("relationship", lang))
    parser.add_argument("--needs-flexibility", action="store_true",
                        help=_t("needs_flexibility", lang))
    parser.add_argument("--value-doubts", action="store_true", help=_t("value_doubts", lang))
    parser.add_argument("--extensions-granted", default="0", help=_t("extensions_granted", lang))
    return parser


def _parse_date(option: str, value: str, lang: Lang) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(_t("bad_date", lang, option=option, value=value)) from None


def _terms_from_args(args: argparse.Namespace, lang: Lang) -> RenewalTerms:
    """Turn the parsed options into RenewalTerms, with messages in ``lang``."""
    for option, value in (("--arr", args.arr), ("--currency", args.currency),
                          ("--contract-end", args.contract_end)):
        if value is None:
            raise UsageError(_t("missing", lang, option=option))
    arr = to_decimal(args.arr)
    if arr is None:
        raise UsageError(_t("bad_number", lang, option="--arr", value=args.arr))
    fiscal = to_int(args.fiscal_year_start)
    if fiscal is None:
        raise UsageError(_t("bad_whole", lang, option="--fiscal-year-start",
                            value=args.fiscal_year_start))
    extensions = to_int(args.extensions_granted)
    if extensions is None:
        raise UsageError(_t("bad_whole", lang, option="--extensions-granted",
                            value=args.extensions_granted))
    for option, value, choices in (("--category", args.category, CATEGORIES),
                                   ("--delay-type", args.delay_type, DELAY_TYPES),
                                   ("--relationship", args.relationship, RELATIONSHIPS)):
        if value is not None and value not in choices:
            raise UsageError(_t("bad_choice", lang, option=option, choices=", ".join(choices)))
    contract_end = _parse_date("--contract-end", args.contract_end, lang)
    today = _parse_date("--today", args.today, lang) if args.today else date.today()
    return RenewalTerms(
        arr=arr,
        currency=args.currency,
        contract_end=contract_end,
        today=today,
        fiscal_year_start_month=fiscal,
        lang=lang,
        category=args.category,
        delay_type=args.delay_type,
        relationship=args.relationship,
        needs_flexibility=args.needs_flexibility,
        value_doubts=args.value_doubts,
        extensions_granted=extensions,
    )


def _fail(messages: list[str], lang: Lang, stderr: TextIO) -> int:
    for message in messages:
        print(f"{PROG}: {_t('error', lang)}: {message}", file=stderr)
    print(_t("usage_hint", lang), file=stderr)
    return EXIT_USAGE


def _print_table(terms: RenewalTerms, stdout: TextIO, settings: BridgeSettings) -> None:
    # rich is only needed for the table; JSON runs in batch scripts start faster without it.
    from rich.console import Console
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    lang = terms.lang
    offers = bridge_offers(terms, settings)
    console = Console(file=stdout, width=max(Console(file=stdout).width, 110),
                      highlight=False, soft_wrap=False)
    console.print(_t(
        "heading", lang,
        arr=format_money(terms.arr, terms.currency, lang),
        end=format_date(terms.contract_end, lang),
        today=format_date(terms.today, lang),
    ), style="bold")
    table = Table(show_lines=False)
    table.add_column(_t("col_bridge", lang))
    table.add_column(_t("col_price", lang), justify="right")
    table.add_column(_t("col_from", lang))
    table.add_column(_t("col_to", lang))
    table.add_column(_t("col_days", lang), justify="right")
    table.add_column(_t("col_fits", lang))
    for offer in offers:
        unit = _t("per_month" if offer.price_unit == "per_month" else "total", lang)
        table.add_row(
            offer.title,
            f"{format_money(offer.price, offer.currency, lang)} {unit}",
            format_date(offer.start, lang),
            format_date(offer.end, lang),
            str(offer.days),
            _t("yes" if offer.fits else "no", lang),
        )
    console.print(table)
    for offer in offers:
        console.print()
        console.print(Text(offer.title, style="bold"))
        console.print(Padding(Text(offer.terms), (0, 0, 0, 2), expand=False))
        for reason in offer.reasons:
            console.print(Padding(Text(f"- {reason}"), (0, 0, 0, 4), expand=False))


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run ``delaydesk bridges`` with ``argv`` (without the program name); return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    lang = _detect_lang(argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        return _fail([str(error)], lang, stderr)
    except SystemExit as done:  # --help prints and exits 0
        return int(done.code or 0)

    if args.lang not in LANGS:
        return _fail([_t("bad_choice", lang, option="--lang", choices="de, en")], lang, stderr)
    if args.renewal is not None:
        return _fail([_t("needs_app", lang)], lang, stderr)
    try:
        terms = _terms_from_args(args, lang)
    except UsageError as error:
        return _fail([str(error)], lang, stderr)
    except InvalidTerms as error:
        return _fail(
            [f"{_OPTION_OF_FIELD.get(field, field)}: {text}"
             for field, text in error.errors.items()],
            lang, stderr,
        )

    print_offers(terms, stdout, as_json=args.json)
    return 0


def print_offers(terms: RenewalTerms, stdout: TextIO, *, as_json: bool,
                 settings: BridgeSettings = DEFAULT_BRIDGE_SETTINGS) -> None:
    """Print every bridge offer for ``terms`` as a table or as JSON.

    The app's ``delaydesk bridges --renewal`` prints through here too, with the admin's policy.
    """
    if as_json:
        payload = {
            "currency": terms.currency,
            "contract_end": terms.contract_end.isoformat(),
            "today": terms.today.isoformat(),
            "offers": [offer.to_dict() for offer in bridge_offers(terms, settings)],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=stdout)
    else:
        _print_table(terms, stdout, settings)
