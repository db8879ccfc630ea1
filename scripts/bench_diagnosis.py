"""Benchmark of the delay diagnosis: batch throughput, cold start, peak memory, model size.

Builds a JSON Lines file of messages of about 60 words from the corpus texts (deterministic),
runs ``delaydesk diagnose --jsonl`` on it under ``/usr/bin/time -v`` and times cold starts of
``delaydesk diagnose "TEXT"``. Prints the figures as Markdown for docs/benchmarks.md.

    .venv/bin/python scripts/bench_diagnosis.py                 # 10,000 messages, 20 cold starts
    .venv/bin/python scripts/bench_diagnosis.py --messages 2000 --runs 5
    .venv/bin/python scripts/bench_diagnosis.py --pool 500 --runs 5   # little new vocabulary
    .venv/bin/python scripts/bench_diagnosis.py --passes              # where the time goes
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (
    "Hallo Frau Berger, leider hängt die Verlängerung noch bei unserem Einkauf. Die "
    "Bestellnummer kommt voraussichtlich bis zum 15. März. Viele Grüße, Jonas Weber"
)


def build_messages(count: int, words: int, seed: int = 7) -> list[dict[str, str]]:
    """Messages of ``words`` words cut from corpus texts (two texts joined when one is short)."""
    sys.path.insert(0, str(ROOT / "src"))
    from delaydesk.diagnosis.corpus import load_corpus

    texts = [item.text.split() for item in load_corpus()]
    rng = random.Random(seed)
    messages = []
    for number in range(count):
        chosen = rng.choice(texts)
        while len(chosen) < words:
            chosen = chosen + rng.choice(texts)
        start = rng.randint(0, len(chosen) - words)
        text = " ".join(chosen[start : start + words])
        messages.append({"id": f"bench-{number:05d}", "text": text})
    return messages


def repeated_messages(count: int, pool: int, seed: int = 3) -> list[dict[str, str]]:
    """``count`` lines drawn in turn from ``pool`` whole corpus messages of 40-80 words: a batch
    with little new vocabulary (the per-word caches are warm after the first round)."""
    sys.path.insert(0, str(ROOT / "src"))
    from delaydesk.diagnosis.corpus import load_corpus

    texts = [item.text for item in load_corpus() if 40 <= len(item.text.split()) <= 80]
    chosen = random.Random(seed).sample(texts, pool)
    return [{"id": f"bench-{n:05d}", "text": chosen[n % pool]} for n in range(count)]


def command(python: str) -> list[str]:
    """How to start the command line: the console script if installed, else ``-m``."""
    script = Path(python).with_name("delaydesk")
    if script.exists():
        return [str(script), "diagnose"]
    return [python, "-m", "delaydesk.diagnosis"]


def run_batch(cmd: list[str], path: Path) -> dict[str, float]:
    """Run the batch once under /usr/bin/time -v; return wall seconds and max RSS in MB."""
    timer = shutil.which("time") or "/usr/bin/time"
    with (
        open(path, "rb") as stdin,
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
    ):
        started = time.perf_counter()
        if os.path.exists(timer):
            status = subprocess.run(
                [timer, "-v", *cmd, "--jsonl"], stdin=stdin, stdout=out, stderr=err
            ).returncode
        else:
            status = subprocess.run(
                [*cmd, "--jsonl"], stdin=stdin, stdout=out, stderr=err
            ).returncode
        wall = time.perf_counter() - started
        err.seek(0)
        report = err.read().decode("utf-8", "replace")
        out.seek(0)
        lines = sum(1 for _ in out)
    if status != 0:
        raise SystemExit(f"batch failed with status {status}:\n{report[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    user = re.search(r"User time \(seconds\): ([\d.]+)", report)
    system = re.search(r"System time \(seconds\): ([\d.]+)", report)
    cpu = float(user.group(1)) + float(system.group(1)) if user and system else float("nan")
    return {
        "wall": wall,
        "cpu": cpu,
        "lines": lines,
        "rss_mb": int(rss.group(1)) / 1024 if rss else float("nan"),
    }


def cold_starts(cmd: list[str], runs: int) -> list[float]:
    """Wall seconds of ``delaydesk diagnose "TEXT"`` (readable output), one process each."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [*cmd, SAMPLE], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        times.append(time.perf_counter() - started)
    return times


# Run in a child process of the benchmarked Python: start-up, then the batch's lines through the
# same per-line function as `--jsonl`, twice. The second pass meets no new word, so the
# difference between the passes is the work done once per distinct word.
PASSES_CODE = """
import gc, json, sys, time
started = time.perf_counter()
from delaydesk.diagnosis.cli import _process_line
from delaydesk.diagnosis.lexicon import get_lexicon
from delaydesk.diagnosis.model import get_model
get_model()
get_lexicon()
times = [time.perf_counter() - started]
lines = open(sys.argv[1], "rb").readlines()
gc.disable()
for _ in range(2):
    started = time.perf_counter()
    for number, raw in enumerate(lines, 1):
        json.dumps(_process_line(raw, number), ensure_ascii=False)
    times.append(time.perf_counter() - started)
print(json.dumps(times))
"""


def pass_times(python: str, path: Path) -> list[float]:
    """Seconds for start-up, a first and a second pass over the batch, in one process."""
    done = subprocess.run(
        [python, "-c", PASSES_CODE, str(path)], capture_output=True, text=True, check=True
    )
    times: list[float] = json.loads(done.stdout)
    return times


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=60)
    parser.add_argument("--runs", type=int, default=20, help="cold starts to time")
    parser.add_argument("--batches", type=int, default=3, help="batch runs (best is reported)")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--keep", metavar="PATH", help="also write the input file here")
    parser.add_argument(
        "--pool",
        type=int,
        metavar="N",
        help="instead of cut texts: whole messages of 40-80 words, N distinct ones repeated",
    )
    parser.add_argument(
        "--passes",
        action="store_true",
        help="also time start-up and two passes over the batch in one process",
    )
    args = parser.parse_args()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    messages = (
        repeated_messages(args.messages, args.pool)
        if args.pool
        else build_messages(args.messages, args.words)
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "bench.jsonl"
        path.write_text(
            "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8"
        )
        cmd = command(args.python)
        batches = [run_batch(cmd, path) for _ in range(args.batches)]
        best = min(batches, key=lambda b: b["wall"])
        starts = cold_starts(cmd, args.runs)
        passes = pass_times(args.python, path) if args.passes else None
    model = ROOT / "src" / "delaydesk" / "diagnosis" / "model.json"
    words = sum(len(m["text"].split()) for m in messages) / len(messages)
    print(
        f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average before the run {load:.2f}"
    )
    print(f"command: {' '.join(cmd)}")
    print()
    print("| figure | value |")
    print("|---|---|")
    kind = f", {args.pool} distinct ones repeated" if args.pool else ""
    print(f"| batch input | {len(messages):,} messages, {words:.0f} words each{kind} |")
    print(f"| batch wall time (best of {args.batches}) | {best['wall']:.2f} s |")
    print(f"| batch CPU time, user + system (same run) | {best['cpu']:.2f} s |")
    print(f"| throughput by wall time | {len(messages) / best['wall']:,.0f} messages/s |")
    print(f"| throughput by CPU time (one core) | {len(messages) / best['cpu']:,.0f} messages/s |")
    print(f"| batch peak memory (max RSS) | {best['rss_mb']:.0f} MB |")
    print(
        f'| cold start `diagnose "TEXT"` ({args.runs} runs) | median '
        f"{statistics.median(starts):.3f} s, min {min(starts):.3f} s, max {max(starts):.3f} s |"
    )
    print(f"| model.json size | {model.stat().st_size / 1_000_000:.2f} MB |")
    if passes:
        start, first, second = passes
        count = len(messages)
        print(f"| in one process: start-up (imports, model, lexicon) | {start:.2f} s |")
        print(f"| first pass over the batch | {first:.2f} s, {count / first:,.0f} messages/s |")
        print(f"| second pass (no new words) | {second:.2f} s, {count / second:,.0f} messages/s |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
