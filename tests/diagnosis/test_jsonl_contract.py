"""The `delaydesk diagnose` command-line contract, exactly (other tools depend on it)."""

import io
import json
import subprocess
import sys

from delaydesk.diagnosis.cli import OUTPUT_KEYS, main


def run(lines: bytes, *args: str) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["--jsonl", *args], stdin=io.BytesIO(lines), stdout=out, stderr=err)
    return status, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_one_output_line_per_input_line_in_order_with_exact_keys():
    lines = b"\n".join(json.dumps({"id": n, "text": t}).encode() for n, t in [
        (1, "Procurement needs two more weeks to raise the PO."),
        ("b", "Wir schauen uns gerade andere Anbieter an."),
        (3, "Signed order attached, thanks!")]) + b"\n"
    status, rows, err = run(lines)
    assert status == 0 and err == ""
    assert [r["id"] for r in rows] == [1, "b", 3]
    assert all(tuple(r) == OUTPUT_KEYS for r in rows)
    assert rows[1]["category"] == "risk"


def test_bad_lines_give_errors_with_line_numbers_and_processing_goes_on():
    lines = (b'{"id": 1, "text": "We need a bit more time."}\n'
             b'not json\n'
             b'{"id": 7}\n'
             b'{"id": 8, "text": "   "}\n'
             b'{"id": 9, "text": 42}\n'
             b'{"id": 10, "text": "ok", "signals": {"made_up": true}}\n'
             b'\xff\xfe broken utf-8\n'
             b'{"id": 11, "text": "Budget kommt erst im Januar."}\n')
    status, rows, err = run(lines)
    assert status == 1
    assert len(rows) == 8
    assert [r.get("line") for r in rows if "error" in r] == [2, 3, 4, 5, 6, 7]
    assert rows[2] == {"id": 7, "line": 3, "error": rows[2]["error"]}
    assert rows[1]["id"] is None
    assert "error" not in rows[0] and "error" not in rows[7]
    assert "6 of 8 lines failed" in err


def test_single_message_json_and_empty_input():
    out, err = io.StringIO(), io.StringIO()
    assert main(["--json", "Our legal team still reviews the DPA."], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue())["category"] in ("administrative", "decision")
    assert main([], stdin=io.BytesIO(b"  \n"), stdout=io.StringIO(), stderr=err) == 2
    assert "error" in err.getvalue()


def test_console_module_runs_without_django():
    code = ("import sys; from delaydesk.diagnosis.cli import main; rc = main(['--json', "
            "'Wir brauchen mehr Zeit']); assert 'django' not in sys.modules; sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "de"
