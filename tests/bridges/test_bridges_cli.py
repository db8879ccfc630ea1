"""``delaydesk bridges`` on the command line: table, JSON, and clear errors without Django."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from delaydesk.bridges.cli import main

ACCEPTANCE = ["--arr", "120000", "--currency", "EUR", "--contract-end", "2027-03-31",
              "--today", "2026-12-01"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_json_output_of_the_acceptance_example() -> None:
    code, out, err = run(*ACCEPTANCE, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == ["currency", "contract_end", "today", "offers"]
    assert (data["currency"], data["contract_end"], data["today"]) == (
        "EUR", "2027-03-31", "2026-12-01")
    prices = {offer["kind"]: offer["price"] for offer in data["offers"]}
    assert prices == {
        "extension_30": "9863.01",
        "extension_60": "20226.03",
        "quarterly": "29917.81",
        "month_to_month": "12000.00",
        "paid_pilot": "20712.33",
        "grace_period": "0.00",
        "account_hold": "0.00",
        "auto_renewal_clause": "0.00",
    }
    assert data["offers"][0]["start"] == "2027-04-01"


def test_json_in_german_with_diagnosis_and_fiscal_year() -> None:
    code, out, _ = run(*ACCEPTANCE, "--json", "--lang", "de", "--fiscal-year-start", "2",
                       "--category", "administrative", "--delay-type", "budget")
    assert code == 0
    offers = {offer["kind"]: offer for offer in json.loads(out)["offers"]}
    assert offers["quarterly"]["end"] == "2027-04-30"
    assert offers["quarterly"]["fits"] is True
    assert "Geschäftsjahr ab Februar" in offers["quarterly"]["terms"]


def test_table_output() -> None:
    code, out, err = run(*ACCEPTANCE, "--lang=de")
    assert (code, err) == (0, "")
    assert "Brückenlösungen für ARR 120.000,00" in out
    for figure in ("9.863,01", "20.226,03", "29.917,81", "12.000,00", "20.712,33", "pro Monat",
                   "01.04.2027", "Kulanzfrist"):
        assert figure in out


def test_jpy_prices_without_decimals() -> None:
    code, out, _ = run("--arr", "1000000", "--currency", "jpy", "--contract-end", "2027-03-31",
                       "--today", "2027-01-05", "--json")
    assert code == 0
    offers = {offer["kind"]: offer["price"] for offer in json.loads(out)["offers"]}
    assert offers["extension_30"] == "82192"


@pytest.mark.parametrize(("argv", "english", "german"), [
    (["--arr", "-5", "--currency", "EUR", "--contract-end", "2027-03-31"],
     "--arr: The ARR must be zero or more.", "--arr: Der ARR darf nicht negativ sein."),
    (["--arr", "100", "--currency", "XYZ", "--contract-end", "2027-03-31"],
     "Unknown currency 'XYZ'", "Unbekannte Währung „XYZ“"),
    (["--arr", "100", "--currency", "EUR", "--contract-end", "2027-02-30"],
     "--contract-end must be a date in the form YYYY-MM-DD",
     "--contract-end muss ein Datum im Format JJJJ-MM-TT sein"),
    (["--arr", "100", "--currency", "EUR", "--contract-end", "31.03.2027"],
     "not '31.03.2027'", "nicht „31.03.2027“"),
    (["--arr", "100", "--currency", "EUR", "--contract-end", "2027-03-31",
      "--fiscal-year-start", "13"],
     "The fiscal year must start in a month from 1 to 12.",
     "Das Geschäftsjahr muss in einem Monat von 1 bis 12 beginnen."),
    (["--arr", "lots", "--currency", "EUR", "--contract-end", "2027-03-31"],
     "--arr must be a number", "--arr muss eine Zahl sein"),
    (["--currency", "EUR", "--contract-end", "2027-03-31"],
     "Please give --arr.", "Bitte geben Sie --arr an."),
    (["--arr", "100", "--currency", "EUR", "--contract-end", "2027-03-31", "--today", "x"],
     "--today must be a date", "--today muss ein Datum"),
    (["--arr", "100", "--bogus"], "Unknown option(s): --bogus", "Unbekannte Angabe(n): --bogus"),
    (["--arr"], "--arr needs a value.", "Für --arr fehlt der Wert."),
    (["--arr", "100", "--currency", "EUR", "--contract-end", "2027-03-31", "--category", "x"],
     "--category must be one of", "--category muss einer dieser Werte sein"),
])
def test_bad_input_gives_a_clear_error_and_exit_2(argv: list[str], english: str,
                                                  german: str) -> None:
    for lang, expected in (("en", english), ("de", german)):
        code, out, err = run(*argv, "--lang", lang)
        assert code == 2
        assert out == ""
        assert expected in err, err
        assert "Traceback" not in err


def test_unknown_language_is_an_error() -> None:
    code, _, err = run(*ACCEPTANCE, "--lang", "fr")
    assert code == 2
    assert "--lang must be one of: de, en." in err


def test_renewal_id_needs_the_app() -> None:
    code, out, err = run("--renewal", "42", "--lang", "de")
    assert (code, out) == (2, "")
    assert "benötigt die DelayDesk-App" in err


def test_help_in_german() -> None:
    out = io.StringIO()
    sys_stdout = sys.stdout
    sys.stdout = out
    try:
        code = main(["--help", "--lang", "de"])
    finally:
        sys.stdout = sys_stdout
    assert code == 0
    assert "delaydesk bridges" in out.getvalue()
    assert "letzter Tag des laufenden Vertrags" in out.getvalue()


def test_python_dash_m_runs_without_django() -> None:
    script = (
        "import runpy, sys\n"
        "sys.argv = ['delaydesk.bridges', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('delaydesk.bridges', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')]\n"
        "    raise\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *ACCEPTANCE, "--json"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["offers"][1]["price"] == "20226.03"
    failed = subprocess.run(
        [sys.executable, "-m", "delaydesk.bridges", "--arr", "-1", "--currency", "EUR",
         "--contract-end", "2027-03-31"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
