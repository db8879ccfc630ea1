"""The model file, deterministic training, and the fast paths matching the reference ones."""

from __future__ import annotations

import json

import pytest

from delaydesk.diagnosis.corpus import DEV_PERCENT, load_corpus, split_of, train_split
from delaydesk.diagnosis.engine import diagnose, read_message
from delaydesk.diagnosis.features import doc_features
from delaydesk.diagnosis.lexicon import RULES, Lexicon, get_lexicon
from delaydesk.diagnosis.model import MODEL_PATH, Model, ModelNotAvailable, get_model
from delaydesk.diagnosis.text import prepare
from delaydesk.diagnosis.train import TrainSettings, build_model, dump_model

SAMPLES = [
    "Our legal team is still reviewing the DPA; we expect to sign on 12 May.",
    "Wir schauen uns gerade andere Anbieter an und melden uns dann.",
    "Hi Tom,\n\nthe PO is raised, you will have it Friday.\n\nBest,\nAnn\n\n"
    "On Mon, 3 Mar 2025, Tom <tom@example.com> wrote:\n> Any news on the budget freeze?\n",
    "<p>Leider h&auml;ngt die Verl&auml;ngerung noch beim Einkauf.</p>",
    "ok",
]


def test_model_file_is_json_and_small() -> None:
    assert MODEL_PATH.stat().st_size <= 5_000_000
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["format"] == "delaydesk-diagnosis/1"
    assert data["training"]["items"] >= 1000
    assert not MODEL_PATH.with_suffix(".pkl").exists()


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_scoring_equals_reference_scoring(text: str) -> None:
    model = get_model()
    reading = read_message(text)
    fast = model.scores(
        reading.main_tokens,
        reading.quoted_tokens,
        reading.main_hits,
        reading.quoted_hits,
        reading.language,
    )
    reference = model.scores_from_features(
        doc_features(
            reading.main_tokens,
            reading.quoted_tokens,
            reading.main_hits,
            reading.quoted_hits,
            reading.language,
        )
    )
    assert fast == pytest.approx(reference, abs=1e-9)


def test_lexicon_compiles_and_fast_scan_finds_what_the_plain_scan_finds() -> None:
    lexicon = Lexicon(RULES)
    lexicon.compile_all()
    texts = [item.text for item in load_corpus()[::7]] + SAMPLES
    for text in texts:
        prepared = prepare(text)
        fast = {(hit.signal, hit.start) for hit in lexicon.match(prepared.norm, prepared.main)}
        assert fast == lexicon.reference_match(prepared.norm, prepared.main), text[:80]


def test_lexicon_spans_are_inside_the_text(assert_offsets) -> None:
    for text in SAMPLES:
        assert_offsets(text, diagnose(text))
    assert get_lexicon() is get_lexicon()


def test_split_is_stable_and_about_a_fifth() -> None:
    items = load_corpus()
    assert split_of("de-a-0001") == split_of("de-a-0001")
    share = sum(1 for item in items if split_of(item.id) == "dev") / len(items)
    assert abs(share - DEV_PERCENT / 100) < 0.04
    for lang in ("de", "en"):
        subset = [item for item in items if item.lang == lang]
        dev = sum(1 for item in subset if split_of(item.id) == "dev") / len(subset)
        assert abs(dev - DEV_PERCENT / 100) < 0.06


def test_training_is_deterministic() -> None:
    items = train_split(load_corpus())
    subset = items[::40] + [i for i in items if i.delay_type == "unknown"][:3]
    settings = TrainSettings(epochs=3)
    first = dump_model(build_model(subset, settings))
    second = dump_model(build_model(subset, settings))
    assert first == second
    model = Model(json.loads(first))
    assert diagnose("We are looking at other vendors.", model=model).category in (
        "administrative",
        "decision",
        "risk",
        "none",
    )


def test_missing_model_gives_a_clear_error(tmp_path) -> None:
    with pytest.raises(ModelNotAvailable, match="diagnose train"):
        Model.load(tmp_path / "nothing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelNotAvailable):
        Model.load(broken)


def test_package_has_no_django_import() -> None:
    import pathlib

    package = pathlib.Path(__file__).parents[2] / "src" / "delaydesk" / "diagnosis"
    for path in package.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import django" not in source and "from django" not in source, path.name
