"""The labelled corpus: size, balance, valid labels, lengths and no near-duplicates."""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter, defaultdict
from itertools import combinations

import pytest

from delaydesk.diagnosis.corpus import CHANNELS, corpus_files, load_corpus
from delaydesk.diagnosis.signals import CATEGORIES, DELAY_TYPES, VALID_COMBINATIONS

WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def items():
    return load_corpus()


def test_corpus_size(items) -> None:
    assert len(items) >= 1200
    languages = Counter(item.lang for item in items)
    assert languages["de"] >= 500 and languages["en"] >= 500


def test_every_type_and_category_is_represented(items) -> None:
    for lang in ("de", "en"):
        subset = [item for item in items if item.lang == lang]
        assert {item.delay_type for item in subset} == set(DELAY_TYPES)
        assert {item.category for item in subset} == set(CATEGORIES)


def test_share_of_non_delays(items) -> None:
    share = sum(1 for item in items if item.category == "none") / len(items)
    assert 0.05 <= share <= 0.20


def test_records_follow_the_labelling_guide() -> None:
    for path in corpus_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            record = json.loads(line)
            where = f"{path.name}:{number}"
            assert set(record) <= {
                "id",
                "lang",
                "channel",
                "text",
                "delay_type",
                "category",
                "hard",
            }, where
            assert record["id"].startswith(path.stem + "-"), where
            assert record["lang"] in ("de", "en"), where
            assert record["channel"] in CHANNELS, where
            assert (record["delay_type"], record["category"]) in VALID_COMBINATIONS, where
            assert isinstance(record.get("hard", False), bool), where


def test_ids_are_unique(items) -> None:
    counts = Counter(item.id for item in items)
    assert [i for i, n in counts.items() if n > 1] == []


def test_lengths(items) -> None:
    for item in items:
        words = len(item.text.split())
        assert 5 <= words <= 200, (item.id, words)


def _shingles(text: str, size: int = 5) -> set[int]:
    words = WORD.findall(text.lower())
    return {
        zlib.crc32(" ".join(words[i : i + size]).encode()) for i in range(len(words) - size + 1)
    }


def test_no_near_duplicates(items) -> None:
    """Pairs sharing most of their word 5-grams (Jaccard > 0.5), found via an inverted index."""
    shingles = [_shingles(item.text) for item in items]
    index: dict[int, list[int]] = defaultdict(list)
    for number, found in enumerate(shingles):
        for shingle in found:
            index[shingle].append(number)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > 1:
            shared.update(combinations(members, 2))
    duplicates = []
    for (a, b), common in shared.items():
        union = len(shingles[a]) + len(shingles[b]) - common
        if union and common / union > 0.5:
            duplicates.append((items[a].id, items[b].id, round(common / union, 2)))
    assert duplicates == []
