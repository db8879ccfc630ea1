"""Playbooks: how to respond to a delayed renewal once the delay is diagnosed.

Pure Python, no Django: playbooks (ordered steps with the discovery questions first), e-mail
drafts in English and German, the mutual plan on the business-day calendar, escalation and
incentive advice, and the urgency guard that catches fake urgency in drafts.
"""

from delaydesk.playbooks.business_days import (
    add_business_days,
    business_days_between,
    is_business_day,
    next_business_day,
    previous_business_day,
)
from delaydesk.playbooks.drafts import DRAFT_KINDS, Draft, DraftContext, draft, draft_kinds_for
from delaydesk.playbooks.escalation import (
    EscalationAdvice,
    EscalationFacts,
    EscalationSettings,
    escalation_advice,
)
from delaydesk.playbooks.incentives import (
    IncentiveAdvice,
    IncentiveOption,
    IncentiveSettings,
    incentive_advice,
)
from delaydesk.playbooks.language import format_date
from delaydesk.playbooks.mutual_plan import MutualPlan, mutual_plan
from delaydesk.playbooks.questions import DISCOVERY_QUESTION_IDS, question_text
from delaydesk.playbooks.response_plan import response_plan
from delaydesk.playbooks.responses import (
    CATEGORIES,
    DELAY_TYPES,
    Playbook,
    PlaybookStep,
    playbook_for,
    suggested_due_date,
)
from delaydesk.playbooks.steps import STEP_KINDS
from delaydesk.playbooks.urgency import (
    Finding,
    UrgencyFacts,
    UrgencySettings,
    check_text,
    detect_lang,
)

__all__ = [
    "CATEGORIES",
    "DELAY_TYPES",
    "DISCOVERY_QUESTION_IDS",
    "DRAFT_KINDS",
    "STEP_KINDS",
    "Draft",
    "DraftContext",
    "EscalationAdvice",
    "EscalationFacts",
    "EscalationSettings",
    "Finding",
    "IncentiveAdvice",
    "IncentiveOption",
    "IncentiveSettings",
    "MutualPlan",
    "Playbook",
    "PlaybookStep",
    "UrgencyFacts",
    "UrgencySettings",
    "add_business_days",
    "business_days_between",
    "check_text",
    "detect_lang",
    "draft",
    "draft_kinds_for",
    "escalation_advice",
    "format_date",
    "incentive_advice",
    "is_business_day",
    "mutual_plan",
    "next_business_day",
    "playbook_for",
    "previous_business_day",
    "question_text",
    "response_plan",
    "suggested_due_date",
]
