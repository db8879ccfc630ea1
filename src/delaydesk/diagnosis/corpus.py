"""The labelled corpus: loading, validation and the fixed train/dev split.

Records follow docs/labelling-guide.md (``id, lang, channel, text, delay_type, category, hard``).

The split is computed from the id alone: the first 8 hex digits of SHA-256 of the id, modulo
100; values below ``DEV_PERCENT`` (20) go to dev, the rest to train. So an item never changes
sides when others are added, every writer's file is split about 80/20, and nothing about the
split needs storing. The dev split is for measuring only: no setting is ever chosen on it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES, VALID_COMBINATIONS

CORPUS_DIR = Path(__file__).with_name("corpus")
DEV_PERCENT = 20
CHANNELS = ("email", "chat", "voicemail", "call_note", "meeting_note")


class CorpusError(ValueError):
    """A labelled record is malformed."""


@dataclass(frozen=True, slots=True)
class CorpusItem:
    """One labelled message."""

    id: str
    lang: str
    text: str
    delay_type: str
    category: str
    channel: str = "email"
    hard: bool = False


def split_of(item_id: str) -> str:
    """``dev`` or ``train`` for an id, stable forever."""
    bucket = int(hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_PERCENT else "train"


def parse_record(record: object, where: str = "") -> CorpusItem:
    """Validate one decoded JSON record and turn it into a CorpusItem."""
    prefix = f"{where}: " if where else ""
    if not isinstance(record, dict):
        raise CorpusError(f"{prefix}a record must be a JSON object")
    for key in ("id", "text", "delay_type", "category"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise CorpusError(f"{prefix}missing or empty {key!r}")
    delay_type, category = record["delay_type"], record["category"]
    if delay_type not in DELAY_TYPES:
        raise CorpusError(f"{prefix}unknown delay_type {delay_type!r}")
    if category not in CATEGORIES:
        raise CorpusError(f"{prefix}unknown category {category!r}")
    if (delay_type, category) not in VALID_COMBINATIONS:
        raise CorpusError(f"{prefix}{delay_type}/{category} is not a valid combination")
    lang = record.get("lang", "en")
    if lang not in ("de", "en"):
        raise CorpusError(f"{prefix}lang must be 'de' or 'en'")
    channel = record.get("channel", "email")
    hard = record.get("hard", False)
    if not isinstance(hard, bool):
        raise CorpusError(f"{prefix}'hard' must be true or false")
    return CorpusItem(
        id=record["id"],
        lang=lang,
        text=record["text"],
        delay_type=delay_type,
        category=category,
        channel=str(channel),
        hard=hard,
    )


def load_file(path: Path | str) -> list[CorpusItem]:
    """Read one JSON Lines file of labelled records (blank lines are skipped)."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not JSON ({exc.msg})") from None
            items.append(parse_record(record, f"{path}:{number}"))
    return items


def corpus_files(directory: Path = CORPUS_DIR) -> list[Path]:
    """The corpus files in a stable order."""
    return sorted(directory.glob("*.jsonl"))


def load_corpus(paths: Iterable[Path | str] | None = None) -> list[CorpusItem]:
    """All items of the packaged corpus (or of the given files), in file order."""
    items: list[CorpusItem] = []
    for path in corpus_files() if paths is None else paths:
        items.extend(load_file(path))
    return items


def train_split(items: Iterable[CorpusItem]) -> list[CorpusItem]:
    """The items whose id falls into the training split."""
    return [item for item in items if split_of(item.id) == "train"]


def dev_split(items: Iterable[CorpusItem]) -> list[CorpusItem]:
    """The items whose id falls into the dev split (for measuring only)."""
    return [item for item in items if split_of(item.id) == "dev"]
