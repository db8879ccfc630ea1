"""`delaydesk diagnose`: the diagnosis on the command line (no Django needed).

Usage::

    delaydesk diagnose "TEXT"                 # readable verdict
    echo TEXT | delaydesk diagnose --json     # one JSON object
    delaydesk diagnose --jsonl < in.jsonl > out.jsonl
    delaydesk diagnose train [--extra FILE.jsonl ...] [--output PATH]
    delaydesk diagnose evaluate [FILE.jsonl] [--model PATH] [--compare MODEL.json] [--json]
    delaydesk diagnose evaluate --cv 5 [--by-file] [--jobs 2] [FILE.jsonl] [--json]

JSON Lines contract: one output line per input line, same order. A good line gives
``{"id", "delay_type", "category", "risk", "confidence", "language", "evidence", "missing"}``;
a bad line (blank, invalid UTF-8, not JSON, not an object, no or empty text, wrong types, unknown
signal) gives ``{"id", "line", "error"}`` and the batch goes on. Exit status: 0 when every line
succeeded, 1 otherwise (with "N of M lines failed" on stderr), 2 for no input at all.

Exit status elsewhere: 0 success, 1 the model is missing or unreadable, 2 invalid input or usage.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from delaydesk.diagnosis.errors import DiagnosisInputError

if TYPE_CHECKING:
    from delaydesk.diagnosis.engine import Diagnosis

PROG = "delaydesk diagnose"
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

JSONL_KEYS = (
    "id",
    "delay_type",
    "category",
    "risk",
    "confidence",
    "language",
    "evidence",
    "missing",
)

_TEXTS: dict[str, tuple[str, str]] = {
    # key: (English, German)
    "title": ("Delay diagnosis", "Diagnose der Verzögerung"),
    "category": ("Category", "Kategorie"),
    "type": ("Delay type", "Art der Verzögerung"),
    "risk": ("Risk", "Risiko"),
    "confidence": ("Confidence", "Sicherheit"),
    "language": ("Language", "Sprache"),
    "message": ("Message with evidence", "Nachricht mit Belegstellen"),
    "evidence": ("Evidence", "Belege"),
    "why": ("Why", "Begründung"),
    "ask": ("What to ask next", "Was Sie als Nächstes fragen sollten"),
    "warnings": ("Warnings", "Hinweise"),
    "nothing_missing": ("Nothing essential is missing.", "Es fehlt nichts Wesentliches."),
    "shortened": ("(message shortened for display)", "(Nachricht für die Anzeige gekürzt)"),
}

_LANGUAGE_NAMES = {
    "de": ("German", "Deutsch"),
    "en": ("English", "Englisch"),
    "other": ("other", "andere"),
}


def _t(key: str, lang: str) -> str:
    english, german = _TEXTS[key]
    return german if lang == "de" else english


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {message}\n")


def _diagnose_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Diagnose a customer's delay message: category, delay type, risk, evidence and what "
            "to ask next. Subcommands: 'train' rebuilds the model, 'evaluate' measures it."
        ),
        epilog="Reads the message from standard input when no TEXT is given.",
    )
    parser.add_argument("text", nargs="*", help="the message (quote it); omit to read stdin")
    parser.add_argument(
        "--lang", choices=("de", "en"), help="output language (default: the message's language)"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument(
        "--jsonl", action="store_true", help="batch: JSON Lines on stdin, one result per line"
    )
    return parser


def _read_stdin_bytes(stdin: IO[bytes]) -> bytes:
    return stdin.read()


def _diagnosis_dict(diagnosis: Diagnosis, lang: str | None) -> dict[str, Any]:
    data = diagnosis.to_dict()
    if lang is not None:
        data["reasons"] = diagnosis.reasons_in(lang)
        data["warnings"] = diagnosis.warnings_in(lang)
    return data


def _run_single(args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str]) -> int:
    from delaydesk.diagnosis.engine import diagnose
    from delaydesk.diagnosis.model import ModelNotAvailable

    if args.text:
        text = " ".join(args.text)
    else:
        if stdin.isatty():
            _error("no text given: pass the message as an argument or pipe it to stdin")
            return EXIT_USAGE
        raw = _read_stdin_bytes(stdin)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            _error(f"the input is not valid UTF-8 (byte {exc.start}): save it as UTF-8 and retry")
            return EXIT_USAGE
        if text.startswith("\ufeff"):
            text = text[1:]
    if not text.strip():
        _error("the text is empty")
        return EXIT_USAGE
    try:
        diagnosis = diagnose(text)
    except DiagnosisInputError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except ModelNotAvailable as exc:
        _error(str(exc))
        return EXIT_FAILED
    if args.json:
        json.dump(_diagnosis_dict(diagnosis, args.lang), stdout, ensure_ascii=False)
        stdout.write("\n")
        return EXIT_OK
    _render(diagnosis, text, args.lang or ("de" if diagnosis.language == "de" else "en"), stdout)
    return EXIT_OK


def _render(diagnosis: Diagnosis, text: str, lang: str, stdout: IO[str]) -> None:
    """A readable verdict with the evidence highlighted in the message."""
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from delaydesk.diagnosis.missing import missing_question
    from delaydesk.diagnosis.signals import (
        BAD_SIGNALS,
        GOOD_SIGNALS,
        category_label,
        signal_label,
        type_label,
    )

    def style_of(signal: str) -> str:
        if signal in BAD_SIGNALS:
            return "bold red"
        if signal in GOOD_SIGNALS:
            return "bold green"
        return "bold yellow"

    console = Console(file=stdout, highlight=False, soft_wrap=False)
    category_style = {
        "risk": "bold white on red",
        "decision": "bold black on yellow",
        "administrative": "bold white on green",
        "none": "bold white on blue",
    }[diagnosis.category]
    summary = Table.grid(padding=(0, 2))
    summary.add_column(style="dim")
    summary.add_column()
    summary.add_row(
        _t("category", lang),
        Text(f" {category_label(diagnosis.category, lang)} ", style=category_style),
    )
    summary.add_row(_t("type", lang), type_label(diagnosis.delay_type, lang))
    filled = round(diagnosis.risk / 5)
    bar = Text("█" * filled, style="red" if diagnosis.risk >= 60 else "yellow")
    bar.append("░" * (20 - filled), style="dim")
    bar.append(f"  {diagnosis.risk}/100")
    summary.add_row(_t("risk", lang), bar)
    summary.add_row(_t("confidence", lang), f"{diagnosis.confidence:.0%}")
    english, german = _LANGUAGE_NAMES[diagnosis.language]
    summary.add_row(_t("language", lang), german if lang == "de" else english)

    limit = 3000
    shown = text[:limit]
    message = Text(shown)
    for item in diagnosis.evidence:
        if item.end <= limit:
            message.stylize(style_of(item.signal), item.start, item.end)
    if len(text) > limit:
        message.append("\n" + _t("shortened", lang), style="dim")

    parts: list[Any] = [summary, Text(""), Panel(message, title=_t("message", lang))]
    if diagnosis.evidence:
        legend = Text()
        seen: list[str] = []
        for item in diagnosis.evidence:
            if item.signal not in seen:
                seen.append(item.signal)
        for signal in seen:
            legend.append("■ ", style=style_of(signal))
            legend.append(signal_label(signal, lang) + "   ")
        parts.append(legend)
    parts.append(Text(_t("why", lang), style="bold"))
    for reason in diagnosis.reasons_in(lang):
        parts.append(Text("• " + reason))
    if diagnosis.category != "none":
        parts.append(Text(_t("ask", lang), style="bold"))
        if diagnosis.missing:
            for missing_id in diagnosis.missing:
                parts.append(Text("? " + missing_question(missing_id, lang)))
        else:
            parts.append(Text(_t("nothing_missing", lang)))
    warnings = diagnosis.warnings_in(lang)
    if warnings:
        parts.append(Text(_t("warnings", lang), style="bold"))
        for warning in warnings:
            parts.append(Text("! " + warning, style="yellow"))
    console.print(Panel(Group(*parts), title=_t("title", lang), expand=False))


def _jsonl_error(record_id: Any, line: int, message: str) -> dict[str, Any]:
    return {"id": record_id, "line": line, "error": message}


def _process_line(raw: bytes, number: int) -> dict[str, Any]:
    from delaydesk.diagnosis.engine import _batch_result

    stripped = raw.rstrip(b"\r\n")
    try:
        decoded = stripped.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _jsonl_error(None, number, f"line is not valid UTF-8 (byte {exc.start})")
    if decoded.startswith("\ufeff"):
        decoded = decoded[1:]
    if not decoded.strip():
        return _jsonl_error(None, number, "blank line")
    try:
        record = json.loads(decoded)
    except json.JSONDecodeError as exc:
        return _jsonl_error(None, number, f"not JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(record, dict):
        return _jsonl_error(None, number, "not a JSON object")
    record_id = record.get("id")
    text = record.get("text")
    if "text" not in record:
        return _jsonl_error(record_id, number, "no 'text' field")
    if not isinstance(text, str):
        return _jsonl_error(record_id, number, "'text' must be a string")
    if not text.strip():
        return _jsonl_error(record_id, number, "text is empty")
    try:
        delay_type, category, risk, confidence, language, evidence, missing = _batch_result(
            text, record.get("lang"), record.get("signals"), record.get("account")
        )
    except DiagnosisInputError as exc:
        return _jsonl_error(record_id, number, str(exc))
    except Exception as exc:  # keep the batch going; the line says what happened
        return _jsonl_error(record_id, number, f"internal error: {type(exc).__name__}: {exc}")
    return {
        "id": record_id,
        "delay_type": delay_type,
        "category": category,
        "risk": risk,
        "confidence": confidence,
        "language": language,
        "evidence": evidence,
        "missing": missing,
    }


def _run_jsonl(stdin: IO[bytes], stdout: IO[str]) -> int:
    # Loading the model and the batch create many objects and no reference cycles: the cyclic
    # garbage collector would only rescan the (large, long-lived) model and caches again and
    # again.
    gc.disable()
    try:
        return _run_jsonl_lines(stdin, stdout)
    finally:
        gc.enable()


def _run_jsonl_lines(stdin: IO[bytes], stdout: IO[str]) -> int:
    from delaydesk.diagnosis.model import ModelNotAvailable, get_model

    try:
        get_model()
    except ModelNotAvailable as exc:
        _error(str(exc))
        return EXIT_FAILED
    total = 0
    failed = 0
    buffer: list[str] = []
    dumps = json.dumps
    for raw in stdin:
        total += 1
        out = _process_line(raw, total)
        if "error" in out:
            failed += 1
        buffer.append(dumps(out, ensure_ascii=False))
        if len(buffer) >= 256:
            stdout.write("\n".join(buffer) + "\n")
            buffer.clear()
    if buffer:
        stdout.write("\n".join(buffer) + "\n")
    stdout.flush()
    if total == 0:
        _error("no input: expected JSON Lines on stdin")
        return EXIT_USAGE
    if failed:
        sys.stderr.write(f"{failed} of {total} lines failed\n")
        return EXIT_FAILED
    return EXIT_OK


def _train(argv: list[str], stdout: IO[str]) -> int:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} train",
        description=(
            "Rebuild the model from the corpus train split plus extra labelled records "
            "(same format as the corpus, e.g. CSM corrections). Deterministic."
        ),
    )
    parser.add_argument("--extra", action="append", default=[], metavar="FILE.jsonl")
    parser.add_argument("--output", metavar="PATH", help="where to write (default: the package)")
    args = parser.parse_args(argv)

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from delaydesk.diagnosis.corpus import CorpusError, load_corpus, load_file, train_split
    from delaydesk.diagnosis.model import MODEL_PATH, reset_model
    from delaydesk.diagnosis.train import build_model, write_model

    console = Console(file=stdout, highlight=False)
    try:
        items = train_split(load_corpus())
        extra = [item for path in args.extra for item in load_file(path)]
    except (CorpusError, OSError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    output = Path(args.output) if args.output else MODEL_PATH
    started = time.perf_counter()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        tasks: dict[str, Any] = {}
        labels = {"features": "Reading messages", "epochs": "Training"}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(labels.get(stage, stage), total=total)
            progress.update(tasks[stage], completed=done)

        data = build_model(items + extra, progress=report)
    size = write_model(data, output)
    if output.resolve() == MODEL_PATH.resolve():
        reset_model()
    elapsed = time.perf_counter() - started
    info = data["training"]
    console.print(
        f"Trained on {info['items']} messages ({len(items)} corpus train split, {len(extra)} "
        f"extra; {info['de']} German, {info['en']} English) in {elapsed:.1f} s."
    )
    console.print(
        f"Features kept: {info['features_kept']} of {info['features_seen']}. "
        f"Wrote {output} ({size / 1_000_000:.2f} MB)."
    )
    return EXIT_OK


def _metrics_tables(report: dict[str, Any], title: str) -> list[Any]:
    from rich.table import Table

    tables: list[Any] = []
    for head in ("category", "delay_type"):
        block = report[head]
        table = Table(title=f"{title}: {head} (macro-F1 {block['macro_f1']:.3f})")
        table.add_column("class")
        for column in ("precision", "recall", "F1", "support"):
            table.add_column(column, justify="right")
        for label, scores in block["per_class"].items():
            table.add_row(
                label,
                f"{scores['precision']:.3f}",
                f"{scores['recall']:.3f}",
                f"{scores['f1']:.3f}",
                str(scores["support"]),
            )
        tables.append(table)
        matrix = Table(title=f"{title}: {head} confusion (rows: true, columns: predicted)")
        matrix.add_column("")
        for label in block["labels"]:
            matrix.add_column(label[:8], justify="right")
        for label, row in zip(block["labels"], block["confusion"], strict=False):
            matrix.add_row(label, *[str(v) for v in row])
        tables.append(matrix)
    return tables


def _evaluate(argv: list[str], stdout: IO[str]) -> int:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} evaluate",
        description="Measure the model on the dev split (default) or on a labelled JSONL file.",
    )
    parser.add_argument("file", nargs="?", help="labelled records (default: corpus dev split)")
    parser.add_argument("--model", metavar="PATH", help="model to measure (default: the package)")
    parser.add_argument("--compare", metavar="MODEL.json", help="a second model to compare with")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="K-fold cross-validation on the corpus train split (or FILE): train K models "
        "with the default settings, each measured on the fold it did not see",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="with --cv: folds trained in parallel"
    )
    parser.add_argument(
        "--by-file",
        action="store_true",
        help="with --cv: one fold per corpus file, i.e. leave one writer out (K is ignored)",
    )
    args = parser.parse_args(argv)

    from delaydesk.diagnosis.corpus import (
        CorpusError,
        dev_split,
        load_corpus,
        load_file,
        train_split,
    )
    from delaydesk.diagnosis.evaluate import evaluate_items
    from delaydesk.diagnosis.model import MODEL_PATH, Model, ModelNotAvailable

    if args.cv is not None and (args.cv < 2 or args.model or args.compare):
        _error("--cv needs K >= 2 and trains its own models (no --model or --compare)")
        return EXIT_USAGE
    try:
        if args.file:
            items = load_file(args.file)
        elif args.cv is not None:
            items = train_split(load_corpus())
        else:
            items = dev_split(load_corpus())
    except (CorpusError, OSError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    if not items:
        _error("no labelled items to evaluate")
        return EXIT_USAGE
    if args.cv is not None:
        return _cross_validate(args, items, stdout)
    try:
        model = Model.load(args.model or MODEL_PATH)
        other = Model.load(args.compare) if args.compare else None
    except ModelNotAvailable as exc:
        _error(str(exc))
        return EXIT_FAILED
    report = evaluate_items(items, model)
    compared = evaluate_items(items, other) if other is not None else None
    source = args.file or "corpus dev split"
    if args.json:
        data: dict[str, Any] = {"source": source, "model": str(args.model or MODEL_PATH)}
        data.update(report)
        if compared is not None:
            data["compare"] = {"model": args.compare, **compared}
        json.dump(data, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return EXIT_OK

    from rich.console import Console
    from rich.table import Table

    console = Console(file=stdout, highlight=False)
    console.print(f"Evaluated on {report['items']} messages ({source}).")
    if compared is not None:
        table = Table(title="Before / after")
        table.add_column("figure")
        table.add_column(Path(args.compare).name, justify="right")
        table.add_column(Path(args.model or MODEL_PATH).name, justify="right")
        table.add_column("change", justify="right")
        rows = [
            ("category macro-F1", compared["category"]["macro_f1"], report["category"]["macro_f1"]),
            (
                "type macro-F1",
                compared["delay_type"]["macro_f1"],
                report["delay_type"]["macro_f1"],
            ),
            ("risk-miss rate", compared["risk_miss_rate"], report["risk_miss_rate"]),
        ]
        for name, before, after in rows:
            table.add_row(name, f"{before:.3f}", f"{after:.3f}", f"{after - before:+.3f}")
        console.print(table)
    for table in _metrics_tables(report, "model"):
        console.print(table)
    console.print(
        f"Risk-miss rate (true risk predicted administrative or none): "
        f"{report['risk_miss_rate']:.1%} of {report['risk_items']} risk messages."
    )
    return EXIT_OK


def _cross_validate(args: argparse.Namespace, items: list[Any], stdout: IO[str]) -> int:
    from delaydesk.diagnosis.evaluate import cross_validate

    started = time.perf_counter()
    report = cross_validate(items, args.cv, jobs=max(1, args.jobs), by_source=args.by_file)
    elapsed = time.perf_counter() - started
    source = args.file or "corpus train split"
    if args.json:
        data: dict[str, Any] = {"source": source, "cv": report["k"], "by_file": args.by_file}
        data.update(report)
        json.dump(data, stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return EXIT_OK

    from rich.console import Console
    from rich.table import Table

    console = Console(file=stdout, highlight=False)
    how = " (one fold per corpus file)" if args.by_file else ""
    console.print(
        f"{report['k']}-fold cross-validation{how} on {report['items']} messages ({source}), "
        f"{elapsed:.0f} s."
    )
    folds = Table(title="Per fold")
    for column in ("fold", "messages", "category macro-F1", "type macro-F1"):
        folds.add_column(column, justify="right")
    for number, fold in enumerate(report["folds"], start=1):
        folds.add_row(
            str(number),
            str(fold["items"]),
            f"{fold['category_macro_f1']:.3f}",
            f"{fold['type_macro_f1']:.3f}",
        )
    console.print(folds)
    for table in _metrics_tables(report, "held-out folds"):
        console.print(table)
    console.print(
        f"Risk-miss rate (true risk predicted administrative or none): "
        f"{report['risk_miss_rate']:.1%} of {report['risk_items']} risk messages."
    )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run `delaydesk diagnose` with the given arguments; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = sys.stdout
    if argv and argv[0] == "train":
        return _train(argv[1:], stdout)
    if argv and argv[0] == "evaluate":
        return _evaluate(argv[1:], stdout)
    parser = _diagnose_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the message
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
    if args.jsonl:
        if args.text:
            _error("--jsonl reads JSON Lines from stdin; do not pass TEXT as well")
            return EXIT_USAGE
        return _run_jsonl(stdin, stdout)  # type: ignore[arg-type]
    return _run_single(args, stdin, stdout)  # type: ignore[arg-type]
