"""``delaydesk diagnose``: one message, a JSON Lines batch, training and evaluation.

Runs without Django and imports only what a command needs, so it starts fast.
The JSON Lines contract is relied on by other tools; keep it exactly.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from delaydesk.diagnosis.errors import DiagnosisInputError

OUTPUT_KEYS = ("id", "delay_type", "category", "risk", "confidence", "language", "evidence",
               "missing")
ACTIONS = ("train", "evaluate")


def main(argv: list[str] | None = None, *, stdin: Any = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Entry point of ``delaydesk diagnose``; returns the exit status."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    out, err = stdout or sys.stdout, stderr or sys.stderr
    if args_in and args_in[0] in ACTIONS:
        return _train(args_in[1:], out, err) if args_in[0] == "train" else _evaluate(
            args_in[1:], out, err)
    parser = argparse.ArgumentParser(
        prog="delaydesk diagnose",
        description="Diagnose a customer's message about a delayed renewal. "
        "Also: 'delaydesk diagnose train' and 'delaydesk diagnose evaluate [FILE]'.")
    parser.add_argument("text", nargs="?", help="the message; read from standard input if omitted")
    parser.add_argument("--lang", choices=["de", "en"], help="language of the output")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--jsonl", action="store_true",
                        help="read JSON Lines from standard input, write one line per input line")
    args = parser.parse_args(args_in)
    raw = stdin if stdin is not None else sys.stdin.buffer
    if args.jsonl:
        return _jsonl(raw, out, err)
    if args.text is not None:
        text = args.text
    else:
        data = raw.read()
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
        except UnicodeDecodeError:
            err.write("error: the input is not valid UTF-8 text\n")
            return 2
    from delaydesk.diagnosis.engine import diagnose

    try:
        result = diagnose(text)
    except (DiagnosisInputError, ValueError) as error:
        err.write(f"error: {error}\n")
        return 2
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        _print_verdict(result.to_dict(), text, args.lang or result.language, out)
    return 0


def _jsonl(raw: Any, out: TextIO, err: TextIO) -> int:
    """One output line per input line, same order; bad lines give an error object."""
    from delaydesk.diagnosis.engine import diagnose

    failed = total = 0
    for number, line in enumerate(raw, start=1):
        total += 1
        record_id = None
        try:
            if isinstance(line, bytes):
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError:
                    raise DiagnosisInputError("the line is not valid UTF-8") from None
            if not line.strip():
                raise DiagnosisInputError("blank line")
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DiagnosisInputError(f"not JSON: {error.msg}") from None
            if not isinstance(record, dict):
                raise DiagnosisInputError("each line must be a JSON object")
            record_id = record.get("id")
            text = record.get("text")
            if not isinstance(text, str):
                raise DiagnosisInputError("'text' is missing or not a string")
            lang = record.get("lang")
            if lang is not None and not isinstance(lang, str):
                raise DiagnosisInputError("'lang' must be a string")
            signals, account = record.get("signals"), record.get("account")
            if signals is not None and not isinstance(signals, dict):
                raise DiagnosisInputError("'signals' must be an object")
            if account is not None and not isinstance(account, dict):
                raise DiagnosisInputError("'account' must be an object")
            result = diagnose(text, lang=lang, signals=signals, account=account).to_dict()
            result["id"] = record_id
            out.write(json.dumps({key: result[key] for key in OUTPUT_KEYS},
                                 ensure_ascii=False) + "\n")
        except (DiagnosisInputError, ValueError) as error:
            failed += 1
            if isinstance(record_id, (dict, list)):
                record_id = None
            out.write(json.dumps({"id": record_id, "line": number, "error": str(error)},
                                 ensure_ascii=False) + "\n")
    if failed:
        err.write(f"{failed} of {total} lines failed\n")
    return 1 if failed else 0


def _print_verdict(result: dict[str, Any], text: str, lang: str, out: TextIO) -> None:
    from rich.console import Console
    from rich.text import Text

    from delaydesk.diagnosis.missing import missing_question
    from delaydesk.diagnosis.signals import category_label, signal_label, type_label

    lang = lang if lang in ("de", "en") else "en"
    console = Console(file=out, highlight=False)
    colour = {"administrative": "green", "decision": "yellow", "risk": "red"}.get(
        result["category"], "white")
    heading = {"de": ("Kategorie", "Art", "Risiko", "Sicherheit", "Belege", "Noch zu klären"),
               "en": ("Category", "Type", "Risk", "Confidence", "Evidence", "Still to ask")}[lang]
    console.print(f"[bold]{heading[0]}:[/] [{colour} bold]{category_label(result['category'], lang)}[/]"
                  f"   [bold]{heading[1]}:[/] {type_label(result['delay_type'], lang)}"
                  f"   [bold]{heading[2]}:[/] {result['risk']}/100"
                  f"   [bold]{heading[3]}:[/] {result['confidence']:.2f}")
    for reason in result.get("reasons", []):
        console.print(f"  {reason}")
    marked = Text(text.strip() if len(text) < 4000 else text[:4000] + " …")
    offset = len(text) - len(text.lstrip())
    for item in result["evidence"]:
        start, end = item["start"] - offset, item["end"] - offset
        if 0 <= start < end <= len(marked.plain):
            marked.stylize("bold reverse", start, end)
    console.print()
    console.print(marked)
    if result["evidence"]:
        console.print(f"\n[bold]{heading[4]}:[/]")
        for item in result["evidence"]:
            console.print(f"  «{item['text']}» – {signal_label(item['signal'], lang)}")
    if result["missing"]:
        console.print(f"\n[bold]{heading[5]}:[/]")
        for item in result["missing"]:
            console.print(f"  • {missing_question(item, lang)}")
    for warning in result.get("warnings", []):
        console.print(f"\n[yellow]{warning}[/]")


def _train(argv: list[str], out: TextIO, err: TextIO) -> int:
    parser = argparse.ArgumentParser(prog="delaydesk diagnose train",
                                     description="Rebuild model.json from the corpus train split.")
    parser.add_argument("--extra", action="append", default=[], type=Path,
                        help="more labelled JSON Lines (e.g. CSM corrections); repeatable")
    parser.add_argument("--output", type=Path, help="where to write the model")
    args = parser.parse_args(argv)
    from rich.progress import Progress

    from delaydesk.diagnosis.corpus import CorpusError, load_corpus, load_file, train_split
    from delaydesk.diagnosis.model import MODEL_PATH, reset_model
    from delaydesk.diagnosis.train import build_model, write_model

    try:
        items = train_split(load_corpus())
        for path in args.extra:
            items += load_file(path)
    except (CorpusError, OSError) as error:
        err.write(f"error: {error}\n")
        return 2
    with Progress(console=None, transient=True) as progress:
        tasks: dict[str, Any] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done)

        data = build_model(items, progress=report)
    target = args.output or MODEL_PATH
    size = write_model(data, target)
    reset_model()
    out.write(f"Trained on {len(items)} messages ({data['training']['de']} German, "
              f"{data['training']['en']} English); {data['training']['features_kept']} features "
              f"kept; {size / 1024:.0f} KiB written to {target}\n")
    return 0


def _evaluate(argv: list[str], out: TextIO, err: TextIO) -> int:
    parser = argparse.ArgumentParser(
        prog="delaydesk diagnose evaluate",
        description="Precision, recall, F1, confusion matrices and the risk-miss rate.")
    parser.add_argument("file", nargs="?", type=Path,
                        help="labelled JSON Lines (default: the corpus dev split)")
    parser.add_argument("--model", type=Path, help="model file (default: the packaged one)")
    parser.add_argument("--compare", type=Path, help="a second model to show side by side")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from delaydesk.diagnosis.corpus import CorpusError, dev_split, load_corpus, load_file
    from delaydesk.diagnosis.evaluate import evaluate_items
    from delaydesk.diagnosis.model import Model, ModelNotAvailable

    try:
        items = load_file(args.file) if args.file else dev_split(load_corpus())
        models = {"model": Model.load(args.model) if args.model else None}
        if args.compare:
            models["compare"] = Model.load(args.compare)
    except (CorpusError, OSError, ModelNotAvailable) as error:
        err.write(f"error: {error}\n")
        return 2
    reports = {name: evaluate_items(items, model) for name, model in models.items()}
    if args.json:
        out.write(json.dumps(reports if args.compare else reports["model"], indent=2) + "\n")
        return 0
    for name, report in reports.items():
        title = "" if len(reports) == 1 else (
            f"== {args.model or 'packaged model'} ==" if name == "model" else f"== {args.compare} ==")
        _print_report(report, title, out)
    return 0


def _print_report(report: dict[str, Any], title: str, out: TextIO) -> None:
    if title:
        out.write(title + "\n")
    out.write(f"{report['items']} messages\n")
    for axis in ("category", "delay_type"):
        block = report[axis]
        out.write(f"\n{axis}: macro-F1 {block['macro_f1']:.3f}, accuracy {block['accuracy']:.3f}\n")
        out.write(f"  {'class':<16}{'precision':>10}{'recall':>8}{'F1':>8}{'support':>9}\n")
        for label, scores in block["per_class"].items():
            out.write(f"  {label:<16}{scores['precision']:>10.3f}{scores['recall']:>8.3f}"
                      f"{scores['f1']:>8.3f}{scores['support']:>9}\n")
        labels = block["labels"]
        short = [label[:6] for label in labels]
        out.write("  confusion (rows: true, columns: predicted)\n")
        out.write("  " + " " * 16 + "".join(f"{s:>8}" for s in short) + "\n")
        for label, row in zip(labels, block["confusion"]):
            out.write(f"  {label:<16}" + "".join(f"{n:>8}" for n in row) + "\n")
    out.write(f"\nrisk-miss rate (true risk predicted administrative or none): "
              f"{report['risk_miss_rate']:.3f} of {report['risk_items']} risk messages\n\n")
