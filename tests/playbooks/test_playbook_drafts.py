"""E-mail drafts: filled with real values, never with a gap, natural in Sie and du."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delaydesk.money import format_money
from delaydesk.playbooks import (
    DRAFT_KINDS,
    DraftContext,
    UrgencyFacts,
    check_text,
    draft,
    format_date,
    mutual_plan,
)

FORBIDDEN = ("{", "}", "[", "]", "XXX", "None", "TBD", "<")
SIE_FORMS = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres)\b")
DU_FORMS = re.compile(r"\b(du|dir|dich|dein\w*|euch|euer|eure\w*|ihr)\b", re.IGNORECASE)
# Kinds that do not need to state the contract end (a listening call is about listening).
WITHOUT_CONTRACT_END = {"listening_call"}
WITH_ARR = {"champion_kit", "new_owner_intro"}
VOICES = [("en", True), ("de", True), ("de", False)]

# Values a CSM might type; none contains a forbidden token or a German pronoun.
_WORDS = (
    "Müller", "Özdemir", "Krüger", "Berg", "Nordwind", "Quartz", "Lagerhalle", "Rechnung",
    "Budget", "Freigabe", "Export", "Helpdesk", "Zürich", "Graz", "Köln", "Werk", "Plätze",
    "Modul", "Reporting", "Kasse", "Anna", "Jörg", "Émile", "Zoë", "Yusuf", "Lea", "Grün",
    "Logistik", "Verbund", "Holding", "Studio", "Werkzeug", "Ablage", "Pilot", "Vertrag",
    "slow", "reports", "seats", "quote", "order", "form", "access", "training", "review",
)
_word = st.sampled_from(_WORDS)
_name = st.lists(_word, min_size=1, max_size=3).map(" ".join)
_phrase = st.lists(_word, min_size=2, max_size=6).map(" ".join)


@st.composite
def contexts(draw: st.DrawFn, lang: str, formal: bool) -> DraftContext:
    today = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)))
    contract_end = today + timedelta(days=draw(st.integers(-90, 400)))

    def maybe_price() -> Decimal | None:
        return draw(st.one_of(st.none(), st.decimals(min_value=500, max_value=9_000_000,
                                                     places=2)))

    def plan_date() -> date | None:
        offset = draw(st.one_of(st.none(), st.integers(0, 60)))
        return None if offset is None else today + timedelta(days=offset)

    return DraftContext(
        lang=lang,
        formal=formal,
        customer_company=draw(_name),
        contact_name=draw(st.one_of(st.just(""), _name)),
        csm_name=draw(_name),
        csm_company=draw(_name),
        contract_end=contract_end,
        arr=draw(st.decimals(min_value=500, max_value=5_000_000, places=2)),
        currency=draw(st.sampled_from(["EUR", "USD", "GBP", "CHF", "JPY"])),
        today=today,
        plan_info_by=plan_date(),
        plan_reconnect_on=plan_date(),
        plan_decision_by=plan_date(),
        offer_terms=draw(st.one_of(st.just(""), _phrase)),
        documents=draw(st.lists(_phrase, max_size=4)),
        concerns=draw(st.lists(_phrase, max_size=3)),
        renew_price=maybe_price(),
        expand_price=maybe_price(),
        expand_scope=draw(st.one_of(st.just(""), _phrase)),
        deadline_reason=draw(st.one_of(st.just(""), _phrase)),
        deadline_date=plan_date(),
        consequence=draw(st.one_of(st.just(""), _phrase)),
        new_owner_name=draw(st.one_of(st.just(""), _name)),
        usage_summary=draw(st.one_of(st.just(""), _phrase)),
        missing_questions=draw(
            st.lists(
                st.sampled_from(
                    ["timeline", "pending_step", "people", "information", "concern",
                     "next_contact"]
                ),
                unique=True,
                max_size=6,
            )
        ),
    )


def _check_no_gaps(text: str) -> None:
    for token in FORBIDDEN:
        assert token not in text, f"{token!r} in draft:\n{text}"
    assert "  " not in text and " ." not in text and " ," not in text and ".." not in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize(("lang", "formal"), VOICES)
@pytest.mark.parametrize("kind", DRAFT_KINDS)
def test_no_draft_ever_has_a_gap_and_real_values_appear(kind: str, lang: str, formal: bool) -> None:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(ctx=contexts(lang, formal))
    def check(ctx: DraftContext) -> None:
        result = draft(kind, ctx)
        assert result.kind == kind and result.lang == lang
        _check_no_gaps(result.subject)
        _check_no_gaps(result.body)
        whole = f"{result.subject}\n{result.body}"
        assert ctx.customer_company in whole
        assert ctx.csm_name in result.body and ctx.csm_company in result.body
        greeted = ctx.new_owner_name if kind == "new_owner_intro" and ctx.new_owner_name else (
            ctx.contact_name
        )
        if greeted:
            assert greeted.split()[0] in result.body.splitlines()[0]
        if kind not in WITHOUT_CONTRACT_END:
            assert format_date(ctx.contract_end, lang) in result.body
        if kind in WITH_ARR:
            assert format_money(ctx.arr, ctx.currency, lang) in result.body
        if kind == "bureaucracy_help":
            assert all(doc in result.body for doc in ctx.documents)
        if kind in {"listening_call", "remediation_plan", "alignment_invitation"}:
            assert all(concern in result.body for concern in ctx.concerns)
        if kind == "mutual_plan":
            for day in (ctx.plan_info_by, ctx.plan_reconnect_on, ctx.plan_decision_by):
                if day is not None:
                    assert format_date(day, lang) in result.body
        if kind in {"bureaucracy_help", "mutual_plan", "remediation_plan",
                    "impact_transparency"} and ctx.offer_terms:
            assert ctx.offer_terms[1:] in result.body
        if lang == "de" and formal:
            assert SIE_FORMS.search(result.body)
        if lang == "de" and not formal:
            assert DU_FORMS.search(result.body), result.body
            assert not SIE_FORMS.search(whole), whole

    check()


def _ctx(**overrides: object) -> DraftContext:
    values: dict[str, object] = {
        "lang": "de",
        "customer_company": "Muster Logistik GmbH",
        "contact_name": "Anna Schmidt",
        "csm_name": "Jonas Weber",
        "csm_company": "Acme Software GmbH",
        "contract_end": date(2027, 3, 31),
        "arr": Decimal("48000"),
        "currency": "EUR",
        "today": date(2027, 1, 15),
    }
    values.update(overrides)
    return DraftContext(**values)  # type: ignore[arg-type]


def test_dates_are_written_the_way_each_language_writes_them() -> None:
    assert "31.03.2027" in draft("mutual_plan", _ctx()).body
    assert "31 March 2027" in draft("mutual_plan", _ctx(lang="en")).body


def test_amounts_use_the_money_helpers() -> None:
    body = draft("champion_kit", _ctx()).body
    assert "48.000,00\u00a0€" in body and "4.000,00\u00a0€" in body  # ARR and per month
    english = draft("champion_kit", _ctx(lang="en", currency="USD")).body
    assert "$48,000.00" in english and "$4,000.00" in english


def test_empty_contact_name_gives_a_neutral_greeting() -> None:
    assert draft("discovery", _ctx(contact_name="")).body.startswith("Guten Tag,\n")
    assert draft("discovery", _ctx(contact_name="", formal=False)).body.startswith("Hallo,\n")
    assert draft("discovery", _ctx(contact_name="", lang="en")).body.startswith("Hello,\n")
    assert draft("discovery", _ctx()).body.startswith("Guten Tag Anna Schmidt,\n")
    assert draft("discovery", _ctx(formal=False)).body.startswith("Hallo Anna,\n")


def test_company_names_are_required_not_replaced_by_a_stand_in() -> None:
    with pytest.raises(ValueError):
        _ctx(csm_company="  ")
    with pytest.raises(ValueError):
        _ctx(customer_company="")
    with pytest.raises(ValueError):
        _ctx(currency="XYZ")
    with pytest.raises(ValueError):
        draft("pep_talk", _ctx())


_PRONOUNS = {
    "sie", "ihnen", "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres", "du", "dir", "dich",
    "dein", "deine", "deinem", "deinen", "deiner", "euch", "euer", "eure", "eurem", "euren",
}


@pytest.mark.parametrize("kind", DRAFT_KINDS)
def test_du_drafts_are_written_for_du_not_a_pronoun_swap(kind: str) -> None:
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"\w+", text.lower()) if w not in _PRONOUNS}

    ctx = {"concerns": ["Berichte laden langsam"], "documents": ["Angebot"]}
    sie = draft(kind, _ctx(**ctx)).body
    du = draft(kind, _ctx(formal=False, **ctx)).body
    # Beyond pronouns, the du variant uses its own words (verb forms, tone, greeting).
    assert len(words(sie) ^ words(du)) >= 6


def test_bureaucracy_help_lists_documents_and_signing_options() -> None:
    body = draft("bureaucracy_help", _ctx(lang="en", documents=["Quote", "W-9 form"])).body
    assert "- Quote\n- W-9 form" in body
    assert "electronically" in body and "PDF" in body and "phone" in body
    assert "walk whoever signs through it" in body


def test_remediation_plan_has_three_horizons_with_dates() -> None:
    body = draft("remediation_plan", _ctx(lang="en", concerns=["Slow reports"])).body
    assert "Within 48 hours (17 January 2027)" in body
    assert "Within 30 days (14 February 2027)" in body
    assert "(between 16 March 2027 and 15 April 2027)" in body
    assert "- Slow reports" in body


def test_three_options_name_renew_expand_and_part() -> None:
    body = draft(
        "three_options",
        _ctx(lang="en", expand_scope="20 more seats", expand_price=Decimal("60000")),
    ).body
    assert "1. Renew as it is" in body and "€48,000.00 a year" in body
    assert "2. Renew and expand: the best value, with 20 more seats for €60,000.00 a year." in body
    assert "3. Part ways" in body


def test_real_deadline_names_reason_and_consequence() -> None:
    body = draft(
        "real_deadline",
        _ctx(
            lang="en",
            deadline_date=date(2027, 2, 26),
            deadline_reason="our list prices rise by 5% on 1 March",
            consequence="the renewal would be priced at the new list price",
        ),
    ).body
    assert "The date that matters is 26 February 2027." in body
    assert "The reason: Our list prices rise by 5% on 1 March." in body
    assert "If nothing is decided by then: The renewal would be priced" in body
    assert "Your current contract runs until 31 March 2027." in body


def test_real_deadline_without_a_reason_falls_back_to_the_contract_end() -> None:
    # A bare date without a reason is not a real deadline; the contract end is.
    body = draft("real_deadline", _ctx(lang="en", deadline_date=date(2027, 2, 1))).body
    assert "1 February 2027" not in body
    assert "The date that matters is 31 March 2027, when your current contract ends." in body


def test_contract_already_ended_is_stated_as_past() -> None:
    ctx = _ctx(lang="en", today=date(2027, 4, 10))
    for kind in DRAFT_KINDS:
        body = draft(kind, ctx).body
        assert "runs until 31 March" not in body, kind


def test_new_owner_intro_greets_the_new_owner_and_brings_usage() -> None:
    result = draft(
        "new_owner_intro",
        _ctx(new_owner_name="Petra Klein", usage_summary="42 aktive Nutzer im letzten Monat"),
    )
    assert result.body.startswith("Guten Tag Petra Klein,")
    assert "42 aktive Nutzer im letzten Monat." in result.body
    assert "48.000,00\u00a0€ pro Jahr" in result.body


def test_discovery_asks_the_missing_questions() -> None:
    body = draft("discovery", _ctx(lang="en", missing_questions=["concern"])).body
    assert "one question:\nIs there a concern the extra time is meant to resolve?" in body
    assert body.count("?") >= 1


def test_draft_to_dict() -> None:
    data = draft("step_back", _ctx()).to_dict()
    assert data["kind"] == "step_back" and data["lang"] == "de" and data["formal"] is True
    assert data["subject"].startswith("Verlängerung Muster Logistik GmbH")


@pytest.mark.parametrize(("lang", "formal"), VOICES)
@pytest.mark.parametrize("today", [date(2027, 1, 15), date(2027, 3, 25), date(2027, 4, 10)])
def test_our_own_drafts_pass_the_urgency_guard(lang: str, formal: bool, today: date) -> None:
    plan = mutual_plan(today, date(2027, 3, 31), "decision", "DE")
    ctx = _ctx(
        lang=lang, formal=formal, today=today, plan_info_by=plan.info_by,
        plan_reconnect_on=plan.reconnect_on, plan_decision_by=plan.decision_by,
        documents=["Angebot"], concerns=["Berichte laden langsam"], usage_summary="42 Nutzer",
        offer_terms="30 Tage Verlängerung zum aktuellen Preis",
    )
    # Agreed mutual-plan dates are recorded facts, so deadlines on them are real.
    facts = UrgencyFacts(
        contract_end=ctx.contract_end, today=today,
        extra_dates=(plan.info_by, plan.reconnect_on, plan.decision_by),
    )
    for kind in DRAFT_KINDS:
        result = draft(kind, ctx)
        assert check_text(f"{result.subject}\n{result.body}", facts=facts, lang=lang) == [], kind
