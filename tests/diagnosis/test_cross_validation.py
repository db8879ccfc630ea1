"""k-fold cross-validation on the training split: stable folds, deterministic figures."""

from __future__ import annotations

import json

from delaydesk.diagnosis.cli import main
from delaydesk.diagnosis.corpus import load_corpus, train_split
from delaydesk.diagnosis.evaluate import cross_validate, cv_fold_of
from delaydesk.diagnosis.train import TrainSettings


def test_folds_are_stable_and_balanced() -> None:
    items = train_split(load_corpus())
    assert cv_fold_of("de-a-0001", 5) == cv_fold_of("de-a-0001", 5)
    sizes = [0] * 5
    for item in items:
        sizes[cv_fold_of(item.id, 5)] += 1
    assert min(sizes) > 0.15 * len(items)


def test_cross_validation_is_deterministic_and_covers_every_item() -> None:
    items = train_split(load_corpus())[::12]
    settings = TrainSettings(epochs=2)
    first = cross_validate(items, 3, settings)
    second = cross_validate(items, 3, settings)
    assert first == second
    assert first["items"] == len(items)
    assert sum(fold["items"] for fold in first["folds"]) == len(items)
    assert 0.0 <= first["category"]["macro_f1"] <= 1.0


def test_cv_option_rejects_a_model(capsys) -> None:
    assert main(["evaluate", "--cv", "5", "--model", "x.json"]) == 2
    assert main(["evaluate", "--cv", "1"]) == 2
    capsys.readouterr()


def test_cv_on_a_small_file(tmp_path, capsys) -> None:
    items = train_split(load_corpus())[::25]
    path = tmp_path / "small.jsonl"
    path.write_text(
        "".join(
            json.dumps(
                {
                    "id": item.id,
                    "lang": item.lang,
                    "text": item.text,
                    "delay_type": item.delay_type,
                    "category": item.category,
                }
            )
            + "\n"
            for item in items
        ),
        encoding="utf-8",
    )
    assert main(["evaluate", "--cv", "2", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cv"] == 2 and data["items"] == len(items)


def test_leave_one_writer_out_has_one_fold_per_file() -> None:
    items = train_split(load_corpus())[::15]
    report = cross_validate(items, 5, TrainSettings(epochs=2), by_source=True)
    files = {item.id.rsplit("-", 1)[0] for item in items}
    assert report["k"] == len(files)
    assert sum(fold["items"] for fold in report["folds"]) == len(items)
