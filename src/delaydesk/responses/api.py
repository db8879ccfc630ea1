"""API of the playbooks: the urgency guard and a renewal's full playbook."""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router

from delaydesk.api.params import RecordId
from delaydesk.playbooks.language import LANGS
from delaydesk.portfolio.selectors import renewal_get

from . import selectors
from .schemas import CheckDraftIn, CheckDraftOut, RenewalPlaybookOut

router = Router(tags=["playbooks"])


def _lang(value: str | None, field: str) -> str | None:
    if not value:
        return None
    value = value.strip().lower()
    if value not in LANGS:
        raise ValidationError({field: _("Use de or en.")})
    return value


@router.post("/check-draft", response=CheckDraftOut)
def check_draft(request: HttpRequest, payload: CheckDraftIn) -> Any:
    """Find fake urgency in a draft; with ``renewal_id`` its real dates count as backed."""
    lang = _lang(payload.lang, "lang")
    renewal = renewal_get(request.user, payload.renewal_id) if payload.renewal_id else None
    findings = selectors.draft_check(payload.text, lang=lang, renewal=renewal)
    return {"findings": [f.to_dict() for f in findings], "clean": not findings}


@router.get("/renewals/{renewal_id}/playbook", response=RenewalPlaybookOut)
def renewal_playbook(request: HttpRequest, renewal_id: RecordId, lang: str | None = None,
                     draft_lang: str | None = None, formal: bool = True) -> Any:
    """The playbook for the renewal's latest open delay, with drafts, mutual plan and advice.

    ``lang`` is the reader's language (default: the user's), ``draft_lang`` the drafts'
    (default: the account's); ``formal=false`` addresses German customers as "du".
    """
    renewal = renewal_get(request.user, renewal_id)
    reader = _lang(lang, "lang") or (request.user.language or "en")[:2]  # type: ignore[union-attr]
    book = selectors.renewal_playbook(
        renewal, user=request.user, lang=reader if reader in LANGS else "en",
        draft_lang=_lang(draft_lang, "draft_lang"), formal=formal,
    )
    return book.to_dict()
