"""The playbook panel shows the right playbook, in the reader's language."""

from __future__ import annotations


def test_panel_shows_remediation_playbook_in_english(client, risk):
    client.force_login(risk["users"]["owner"])
    response = client.get(f"/renewals/{risk['renewal'].pk}/playbook/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html  # a fragment, not a page
    assert "Something is wrong: surface and fix the real problem" in html
    assert "Full intervention" in html
    assert 'name="step" value="remediation_plan"' in html


def test_panel_shows_remediation_playbook_in_german(client, risk):
    owner = risk["users"]["owner"]
    owner.language = "de"
    owner.save()
    client.force_login(owner)
    html = client.get(f"/renewals/{risk['renewal'].pk}/playbook/").content.decode()
    assert "Etwas stimmt nicht: das eigentliche Problem ansprechen und lösen" in html
    assert "Volle Intervention" in html
