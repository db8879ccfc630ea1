"""`delaydesk diagnose`: readable verdict, --json, the JSON Lines contract, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from delaydesk.diagnosis.cli import JSONL_KEYS, main

ADMIN = "Our procurement team will raise the purchase order by 12 May."
SHOPPING = "We are comparing two other vendors before we renew."


class FakeStdin:
    """Stands in for sys.stdin with a binary buffer, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)
        self.buffer.isatty = lambda: False  # type: ignore[method-assign]

    def isatty(self) -> bool:
        return False


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: bytes = b"",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", FakeStdin(stdin))
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl(*records: object) -> bytes:
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]
    return b"\n".join(lines) + b"\n"


def test_readable_verdict(monkeypatch, capsys) -> None:
    status, out, _err = run(monkeypatch, capsys, [SHOPPING])
    assert status == 0
    assert "Churn risk" in out and "Evaluating alternatives" in out
    assert "What to ask next" in out


def test_readable_verdict_in_german_for_a_german_message(monkeypatch, capsys) -> None:
    status, out, _err = run(monkeypatch, capsys, ["Wir vergleichen gerade andere Anbieter."])
    assert status == 0
    assert "Abwanderungsrisiko" in out and "Begründung" in out


def test_output_language_can_be_chosen(monkeypatch, capsys) -> None:
    status, out, _err = run(
        monkeypatch, capsys, ["--lang", "en", "Wir vergleichen gerade andere Anbieter."]
    )
    assert status == 0
    assert "Churn risk" in out


def test_text_from_stdin_as_json(monkeypatch, capsys) -> None:
    status, out, _err = run(monkeypatch, capsys, ["--json"], ADMIN.encode())
    assert status == 0
    result = json.loads(out)
    assert list(result) == [
        "delay_type",
        "category",
        "risk",
        "confidence",
        "language",
        "evidence",
        "missing",
        "warnings",
        "reasons",
    ]
    assert (result["delay_type"], result["category"]) == ("process", "administrative")


@pytest.mark.parametrize("argv", [[""], ["   "], ["--json"]])
def test_empty_text_exits_2(monkeypatch, capsys, argv) -> None:
    status, out, err = run(monkeypatch, capsys, argv, b"  \n")
    assert status == 2
    assert out == ""
    assert "empty" in err


def test_invalid_utf8_is_a_clear_error(monkeypatch, capsys) -> None:
    status, _out, err = run(monkeypatch, capsys, ["--json"], b"Budget \xff\xfe next quarter")
    assert status == 2
    assert "UTF-8" in err and "Traceback" not in err


def test_jsonl_contract(monkeypatch, capsys) -> None:
    stdin = jsonl(
        {"id": "a", "text": ADMIN},
        {
            "id": 7,
            "text": SHOPPING,
            "lang": "en",
            "signals": {"went_silent": False},
            "account": {"usage_trend": -0.2},
        },
        {"id": "c", "text": "Wir melden uns.", "account": {"champion_left": True}},
    )
    status, out, err = run(monkeypatch, capsys, ["--jsonl"], stdin)
    assert status == 0
    assert err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == ["a", 7, "c"]
    for line in lines:
        assert tuple(line) == JSONL_KEYS
    assert lines[0]["category"] == "administrative"
    assert lines[1]["delay_type"] == "shopping"
    assert lines[2]["delay_type"] == "champion_change"
    for item in lines[1]["evidence"]:
        assert SHOPPING[item["start"] : item["end"]] == item["text"]


def test_jsonl_bad_lines_are_reported_in_place(monkeypatch, capsys) -> None:
    stdin = jsonl(
        {"id": 1, "text": ADMIN},
        b"",
        b"this is not json",
        [1, 2, 3],
        {"id": 5},
        {"id": 6, "text": "   "},
        {"id": 7, "text": 42},
        {"id": 8, "text": ADMIN, "signals": {"telepathy": True}},
        {"id": 9, "text": ADMIN, "account": {"open_escalations": "many"}},
        {"id": 10, "text": ADMIN, "lang": "fr"},
        b'\xff\xfe{"id": 11}',
        {"id": 12, "text": SHOPPING},
    )
    status, out, err = run(monkeypatch, capsys, ["--jsonl"], stdin)
    assert status == 1
    assert err.strip() == "10 of 12 lines failed"
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 12
    errors = {line["line"]: line for line in lines if "error" in line}
    assert sorted(errors) == list(range(2, 12))
    for _number, line in errors.items():
        assert tuple(line) == ("id", "line", "error")
    assert errors[2]["error"] == "blank line" and errors[2]["id"] is None
    assert errors[3]["id"] is None and "not JSON" in errors[3]["error"]
    assert "object" in errors[4]["error"]
    assert errors[5]["id"] == 5 and "text" in errors[5]["error"]
    assert errors[6]["id"] == 6 and "empty" in errors[6]["error"]
    assert errors[7]["id"] == 7 and "string" in errors[7]["error"]
    assert errors[8]["id"] == 8 and "telepathy" in errors[8]["error"]
    assert errors[9]["id"] == 9 and "open_escalations" in errors[9]["error"]
    assert errors[10]["id"] == 10 and "lang" in errors[10]["error"]
    assert errors[11]["id"] is None and "UTF-8" in errors[11]["error"]
    assert lines[0]["id"] == 1 and lines[11]["id"] == 12 and "error" not in lines[11]


def test_jsonl_without_input_exits_2(monkeypatch, capsys) -> None:
    status, out, err = run(monkeypatch, capsys, ["--jsonl"], b"")
    assert status == 2
    assert out == ""
    assert "no input" in err


def test_jsonl_and_text_together_is_a_usage_error(monkeypatch, capsys) -> None:
    status, _out, err = run(monkeypatch, capsys, ["--jsonl", "some text"], b"")
    assert status == 2
    assert "--jsonl" in err


def test_unknown_option_exits_2(monkeypatch, capsys) -> None:
    status, _out, _err = run(monkeypatch, capsys, ["--colour"], b"")
    assert status == 2


def test_evaluate_prints_json_figures(monkeypatch, capsys, tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "id": "t-1",
                    "lang": "en",
                    "text": ADMIN,
                    "delay_type": "process",
                    "category": "administrative",
                },
                {
                    "id": "t-2",
                    "lang": "en",
                    "text": SHOPPING,
                    "delay_type": "shopping",
                    "category": "risk",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    status, out, _err = run(monkeypatch, capsys, ["evaluate", str(labelled), "--json"])
    assert status == 0
    figures = json.loads(out)
    assert figures["items"] == 2
    assert {"macro_f1", "per_class", "confusion", "labels"} <= set(figures["category"])
    assert figures["risk_miss_rate"] == 0.0
    packaged = Path(__file__).parents[2] / "src" / "delaydesk" / "diagnosis" / "model.json"
    status, out, _err = run(
        monkeypatch, capsys, ["evaluate", str(labelled), "--compare", str(packaged)]
    )
    assert status == 0
    assert "Before / after" in out and "macro-F1" in out


def _module(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "delaydesk.diagnosis", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_jsonl_through_python_m() -> None:
    done = _module(
        ["--jsonl"], jsonl({"id": "x", "text": ADMIN}, b"{broken", {"id": "y", "text": SHOPPING})
    )
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "1 of 3 lines failed"
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line.get("id") for line in lines] == ["x", None, "y"]
    assert tuple(lines[0]) == JSONL_KEYS and lines[1]["line"] == 2


def test_single_text_through_python_m() -> None:
    done = _module(["--json", SHOPPING], b"")
    assert done.returncode == 0
    assert json.loads(done.stdout)["delay_type"] == "shopping"
    empty = _module([], b"")
    assert empty.returncode == 2 and b"Traceback" not in empty.stderr
