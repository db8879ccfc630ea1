"""The `delaydesk diagnose` command-line contract, exactly, through the console entry point."""

import json
import subprocess
import sys

KEYS = ["id", "delay_type", "category", "risk", "confidence", "language", "evidence", "missing"]


def run(args: list[str], data: bytes) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "delaydesk.cli", "diagnose", *args], input=data, capture_output=True
    )


def test_one_output_line_per_input_line_in_order_with_exact_keys():
    lines = (
        b"\n".join(
            json.dumps({"id": n, "text": t}).encode()
            for n, t in [
                (1, "Procurement needs two more weeks to raise the PO."),
                ("b", "Wir schauen uns gerade andere Anbieter an."),
                (3, "Signed order attached, thanks!"),
            ]
        )
        + b"\n"
    )
    result = run(["--jsonl"], lines)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 0
    assert [r["id"] for r in rows] == [1, "b", 3]
    assert all(list(r) == KEYS for r in rows)
    assert rows[1]["category"] == "risk"


def test_bad_lines_give_errors_with_line_numbers_and_processing_goes_on():
    lines = (
        b'{"id": 1, "text": "We need a bit more time."}\n'
        b"not json\n"
        b'{"id": 7}\n'
        b'{"id": 8, "text": "   "}\n'
        b'{"id": 9, "text": 42}\n'
        b'{"id": 10, "text": "ok", "signals": {"made_up": true}}\n'
        b"\xff\xfe broken utf-8\n"
        b'{"id": 11, "text": "Budget kommt erst im Januar."}\n'
    )
    result = run(["--jsonl"], lines)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 1
    assert len(rows) == 8
    assert [r.get("line") for r in rows if "error" in r] == [2, 3, 4, 5, 6, 7]
    assert set(rows[2]) == {"id", "line", "error"} and rows[2]["id"] == 7
    assert rows[1]["id"] is None
    assert "error" not in rows[0] and "error" not in rows[7]
    assert b"6" in result.stderr and b"8" in result.stderr


def test_single_message_json_and_empty_input():
    result = run(["--json", "Our legal team still reviews the DPA."], b"")
    assert result.returncode == 0
    assert set(json.loads(result.stdout)) >= set(KEYS) - {"id"}
    empty = run([], b"  \n")
    assert empty.returncode == 2 and empty.stderr


def test_diagnose_does_not_load_django():
    code = (
        "import sys; from delaydesk.cli import main; rc = main(['diagnose', '--json', "
        "'Wir brauchen mehr Zeit']); assert 'django' not in sys.modules; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "de"
