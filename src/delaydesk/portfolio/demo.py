"""The demo portfolio: realistic German and English accounts, renewals and delays.

Loaded by ``delaydesk demo`` through the same services the app uses; loading twice changes
nothing (the demo accounts carry external ids starting with ``DEMO-``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from delaydesk.delays import services as delay_services
from delaydesk.teams.models import Role, User
from delaydesk.teams.services import team_get_or_create, user_create

from . import services
from .models import Account

DEMO_PREFIX = "DEMO-"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: str
    team: str


LOGINS = [
    DemoLogin("admin", "demo-admin-pass", Role.ADMIN, ""),
    DemoLogin("lena.lead", "demo-lead-pass", Role.TEAM_LEAD, "DACH"),
    DemoLogin("max.csm", "demo-csm-pass", Role.CSM, "DACH"),
    DemoLogin("emma.csm", "demo-csm-pass", Role.CSM, "UK & Ireland"),
]
NAMES = {
    "admin": ("Ada", "Admin", "en"),
    "lena.lead": ("Lena", "Hoffmann", "de"),
    "max.csm": ("Max", "Berger", "de"),
    "emma.csm": ("Emma", "Walsh", "en"),
}

GERMAN_ACCOUNTS = [
    ("Spedition Kraus GmbH", "DE", "Logistik"), ("Stadtwerke Lindenau", "DE", "Öffentlich"),
    ("Bäckerei Huber KG", "AT", "Handel"), ("Klinikum Rheinaue", "DE", "Gesundheit"),
    ("Maschinenbau Vogt AG", "DE", "Industrie"), ("Kanzlei Brandt & Partner", "DE", "Recht"),
    ("Alpenblick Hotels", "AT", "Tourismus"), ("Zürcher Treuhand AG", "CH", "Finanzen"),
    ("Möbelhaus Lehmann", "DE", "Handel"), ("Gemeinde Feldkirchen", "AT", "Öffentlich"),
    ("Nordlicht Versicherung", "DE", "Finanzen"), ("Bergmann Elektrotechnik", "DE", "Industrie"),
    ("Weinkellerei Steiner", "AT", "Handel"), ("Basler Pharma Services", "CH", "Gesundheit"),
    ("Hanse Reederei", "DE", "Logistik"), ("Schulverbund Oberland", "DE", "Bildung"),
    ("Agentur Funkenflug", "DE", "Agentur"), ("Bernina Bergbahnen", "CH", "Tourismus"),
    ("Druckerei Wagner", "DE", "Industrie"), ("Pflegedienst Sonnenhof", "DE", "Gesundheit"),
    ("Autohaus Petersen", "DE", "Handel"), ("Wiener Stadtbau GmbH", "AT", "Bau"),
    ("Energie Schwaben eG", "DE", "Energie"), ("Luzerner Kantonalverlag", "CH", "Medien"),
    ("Brauerei Seidl", "DE", "Handel"), ("Fintech Kontor Berlin", "DE", "Finanzen"),
    ("Hochschule Niederrhein-West", "DE", "Bildung"), ("Steirische Holzwerke", "AT", "Industrie"),
    ("Physiotherapie Keller", "CH", "Gesundheit"), ("Reisebüro Sommerwind", "DE", "Tourismus"),
    ("Landmaschinen Ebner", "AT", "Industrie"), ("Immobilien Falk", "DE", "Immobilien"),
]
ENGLISH_ACCOUNTS = [
    ("Harbourside Logistics Ltd", "GB", "Logistics"),
    ("Greenfield Academy Trust", "GB", "Education"),
    ("Northwind Health Partners", "IE", "Healthcare"), ("Copperleaf Digital", "GB", "Agency"),
    ("Thames Valley Housing", "GB", "Public sector"), ("Brightwater Insurance", "IE", "Finance"),
    ("Ashford Manufacturing", "GB", "Manufacturing"), ("Kestrel Legal LLP", "GB", "Legal"),
    ("Oakridge Retail Group", "GB", "Retail"), ("Liffey Software Labs", "IE", "Technology"),
    ("Pennine Water Services", "GB", "Utilities"), ("Cobalt Events", "GB", "Events"),
    ("Summit Care Homes", "GB", "Healthcare"), ("Atlantic Seafoods", "IE", "Food"),
    ("Redbrick Architects", "GB", "Architecture"), ("Meridian Freight", "NL", "Logistics"),
    ("Highland Distillers Co", "GB", "Food"), ("Clearview Opticians", "GB", "Retail"),
    ("Galway Tourism Board", "IE", "Public sector"), ("Stratus Analytics", "GB", "Technology"),
    ("Bramble & Finch Publishing", "GB", "Media"), ("Westgate Property", "GB", "Real estate"),
    ("Lakeside Veterinary Group", "GB", "Healthcare"), ("Orbit Telecom", "GB", "Telecom"),
    ("Fenwick Engineering", "GB", "Manufacturing"), ("Cedar Hill School", "IE", "Education"),
    ("Marlow Wealth", "GB", "Finance"), ("Silverline Couriers", "GB", "Logistics"),
    ("Blue Fern Charity", "GB", "Non-profit"), ("Quayside Studios", "GB", "Media"),
]

# Customer words of the demo delays: (language, type, category, channel, stated reason, words).
DELAY_STORIES: list[tuple[str, str, str, str, str, str]] = [
    ("de", "process", "administrative", "email", "Einkauf muss Bestellung anlegen",
     "Guten Tag Herr Berger, die Verlängerung ist intern freigegeben, aber unser Einkauf braucht "
     "für neue Bestellungen aktuell rund drei Wochen. Die Bestellnummer schicke ich Ihnen, sobald "
     "sie da ist, voraussichtlich bis zum 12. des Monats. Entschuldigen Sie die Verzögerung!"),
    ("de", "budget", "administrative", "call",
     "Budget erst im neuen Quartal",
     "Telefonat mit Frau Albrecht (Controlling): Budget für Software ist für dieses Quartal "
     "ausgeschöpft, die Verlängerung ist im Plan für Q1 fest eingeplant. Sie bittet um eine "
     "Überbrückung bis Anfang Januar."),
    ("de", "alignment", "decision", "email", "Mehrere Abteilungen müssen zustimmen",
     "Hallo zusammen, wir sind uns intern noch nicht einig. Die IT möchte die Lizenzen "
     "reduzieren, der Vertrieb will eher mehr Nutzer. Wer am Ende entscheidet, ist gerade auch "
     "nicht ganz klar. Wir melden uns."),
    ("de", "champion_change", "decision", "email", "Neue Ansprechpartnerin",
     "Sehr geehrte Damen und Herren, Herr Kühn hat unser Unternehmen Ende letzten Monats "
     "verlassen. Ich habe seine Aufgaben übernommen und muss mir erst einen Überblick "
     "verschaffen, wofür wir Ihr Tool eigentlich einsetzen. Bitte haben Sie etwas Geduld."),
    ("de", "hidden_problem", "risk", "email", "Wir brauchen mehr Zeit",
     "Hallo Max, ehrlich gesagt nutzen die Kolleginnen das System kaum noch, seit die "
     "Schnittstelle zum ERP immer wieder ausfällt. Bevor wir über eine Verlängerung reden, "
     "brauchen wir mehr Zeit, um zu sehen, ob sich das bessert."),
    ("de", "shopping", "risk", "meeting", "Vergleich mit anderen Anbietern",
     "Notiz aus dem Termin: Der Geschäftsführer erwähnte nebenbei, dass sie sich 'der "
     "Vollständigkeit halber' zwei andere Anbieter anschauen. Entscheidung erst nach den "
     "Präsentationen, Termin dafür offen."),
    ("de", "priority", "decision", "chat", "Gerade keine Zeit",
     "sorry, bei uns brennt gerade die Hütte wegen der Systemumstellung. das mit der "
     "verlängerung schauen wir uns an, wenn es ruhiger wird"),
    ("de", "budget", "risk", "email", "Alle Softwareausgaben auf dem Prüfstand",
     "Guten Morgen, unsere neue Geschäftsleitung stellt derzeit sämtliche Softwareausgaben auf "
     "den Prüfstand. Wir müssen den Mehrwert Ihrer Lösung erst noch belegen, bevor wir "
     "verlängern können."),
    ("en", "process", "administrative", "email", "Security questionnaire pending",
     "Hi Emma, apologies for the hold-up. Our InfoSec team needs the updated security "
     "questionnaire and your current ISO certificate before procurement can raise the PO. "
     "Once we have those, signing should take about a week."),
    ("en", "budget", "administrative", "email", "Waiting for the new financial year",
     "Hello, the renewal is approved in principle but our financial year starts in April and "
     "the budget is released on the 1st. Could we keep the service running until then?"),
    ("en", "alignment", "decision", "call", "Operations and finance disagree",
     "Call with Priya: ops loves the tool, finance wants to consolidate vendors, and the COO "
     "hasn't weighed in. No date for a decision; she'll 'try to get everyone together'."),
    ("en", "champion_change", "risk", "email", "New head of operations reviewing tools",
     "Hi, I've taken over from Tom as head of operations. To be honest I'm not yet convinced "
     "we need a separate tool for this; I'll review it alongside everything else this quarter."),
    ("en", "hidden_problem", "risk", "email", "Need to see more value",
     "Thanks for the reminder. We'd like to hold off for now. We need to see more value before "
     "committing to another year, the reporting has been a disappointment for the team."),
    ("en", "shopping", "risk", "email", "Running a tender",
     "Dear Emma, please note that our procurement rules require us to run a competitive tender "
     "for this contract. You are welcome to respond once the RFP is published."),
    ("en", "priority", "administrative", "email", "After the product launch",
     "Hey! Swamped with our launch on the 14th, but renewing is a no-brainer. I'll sign the "
     "week after, promise."),
    ("en", "unknown", "decision", "voicemail", "Needs more time",
     "Hi, it's Jonathan from Cobalt, just calling about the renewal, we need a bit more time on "
     "our side, I'll get back to you. Thanks, bye."),
]

# What the demo CSMs wrote, in their own language: (what we did, how the customer responded).
ACTIONS = {
    ("en", "administrative"): ("Sent all documents and a pre-filled order form.",
                               "Thanked us; expects to finish within two weeks."),
    ("en", "decision"): ("Proposed a joint call with all stakeholders and three possible dates.",
                         "Agreed in principle, no date confirmed yet."),
    ("en", "risk"): ("Offered a listening call with our head of support to hear what is not "
                     "working.", "Accepted; wants to bring two users."),
    ("de", "administrative"): ("Alle Unterlagen und ein vorausgefülltes Bestellformular geschickt.",
                               "Bedankt sich; rechnet mit zwei Wochen bis zur Unterschrift."),
    ("de", "decision"): ("Gemeinsamen Termin mit allen Beteiligten vorgeschlagen, drei Termine "
                         "zur Auswahl.", "Grundsätzlich einverstanden, noch kein Termin fix."),
    ("de", "risk"): ("Gespräch zum Zuhören mit unserer Support-Leitung angeboten.",
                     "Angenommen; bringt zwei Anwenderinnen mit."),
}
NOTES = {
    "en": {"timeline": "Agree the renewal timeline with the champion",
           "follow_up": "Follow up on the open points",
           "signed_order": "Customer sends the signed order form",
           "help": "Executive sponsor call needed"},
    "de": {"timeline": "Zeitplan für die Verlängerung mit dem Champion abstimmen",
           "follow_up": "Offene Punkte nachfassen",
           "signed_order": "Kunde schickt das unterschriebene Bestellformular",
           "help": "Gespräch auf Geschäftsführungsebene nötig"},
}


def load_demo(*, today: dt.date | None = None, seed: int = 7) -> dict[str, Any]:
    """Create the demo users and portfolio unless they exist; returns what was done."""
    today = today or timezone.localdate()
    if Account.objects.filter(external_id__startswith=DEMO_PREFIX).exists():
        return {"created": False, "logins": LOGINS}
    rng = random.Random(seed)
    with transaction.atomic():
        users = _users()
        admin = users["admin"]
        csms = {"de": users["max.csm"], "en": users["emma.csm"]}
        stories = {lang: [s for s in DELAY_STORIES if s[0] == lang] for lang in ("de", "en")}
        accounts = [(n, c, s, "de") for n, c, s in GERMAN_ACCOUNTS]
        accounts += [(n, c, s, "en") for n, c, s in ENGLISH_ACCOUNTS]
        for index, (name, country, segment, lang) in enumerate(accounts):
            owner = csms[lang]
            if lang == "de" and index % 4 == 3:
                owner = users["lena.lead"]
            account = services.account_create(
                by=admin, name=name, external_id=f"{DEMO_PREFIX}{index + 1:03d}", owner=owner,
                team=owner.team, segment=segment, language=lang, country=country,
                strategic=index % 9 == 0, fiscal_year_start_month=rng.choice([1, 1, 1, 4, 7, 10]),
                notes="",
            )
            _contacts(account, lang, rng, admin)
            end = today + dt.timedelta(days=rng.randint(-90, 180))
            arr = Decimal(rng.choice([8, 12, 18, 24, 36, 48, 60, 90, 120, 180, 240])) * 1000
            renewal = services.renewal_create(
                by=admin, account=account, external_id=f"{DEMO_PREFIX}R{index + 1:03d}",
                contract_start=end - dt.timedelta(days=365), contract_end=end, arr=arr,
                currency="GBP" if country in ("GB",) else "EUR", term_months=12,
                auto_renew=index % 5 == 0, notice_days=60, grace_days=0,
                stage="upcoming", forecast_category="pipeline", owner=owner,
                conversation_started_on=(end - dt.timedelta(days=rng.choice([150, 120, 90, 45]))
                                         if end - dt.timedelta(days=120) < today else None),
            )
            _history(renewal, index, lang, stories, rng, today, admin)
    return {"created": True, "logins": LOGINS}


def _users() -> dict[str, User]:
    users = {}
    for login in LOGINS:
        first, last, lang = NAMES[login.username]
        existing = User.objects.filter(username=login.username).first()
        team = team_get_or_create(name=login.team) if login.team else None
        users[login.username] = existing or user_create(
            username=login.username, password=login.password, role=login.role, team=team,
            first_name=first, last_name=last, language=lang,
            email=f"{login.username}@example.com",
        )
    return users


FIRST = {"de": ["Anna", "Jonas", "Sabine", "Thomas", "Katrin", "Florian", "Petra", "Lukas"],
         "en": ["Sarah", "James", "Priya", "Liam", "Olivia", "Connor", "Grace", "Ravi"]}
LAST = {"de": ["Albrecht", "Kühn", "Maier", "Schuster", "Winkler", "Graf", "Pichler", "Roth"],
        "en": ["Hughes", "O'Brien", "Patel", "Turner", "Murphy", "Clarke", "Byrne", "Shah"]}


def _contacts(account: Account, lang: str, rng: random.Random, by: User) -> None:
    roles = ["champion", "economic_buyer", "procurement", "user"]
    for role in roles[: rng.randint(1, 4)]:
        name = f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"
        email = name.lower().replace(" ", ".").replace("ü", "ue").replace("'", "")
        services.contact_create(by=by, account=account, name=name, role=role,
                                email=f"{email}@example.com", phone="", active=True, left_on=None)


def _history(renewal: Any, index: int, lang: str, stories: dict[str, list[tuple]],
             rng: random.Random, today: dt.date, by: User) -> None:
    """Stages, delays, actions and next steps that fit where the renewal stands."""
    days_left = (renewal.contract_end - today).days
    if days_left < -30:
        stage = rng.choice(["renewed", "renewed", "renewed", "churned", "walked_away"])
        services.renewal_update(by=by, renewal=renewal, stage=stage,
                                forecast_category="commit" if stage == "renewed" else "omitted")
        return
    if days_left > 120:
        return
    if index % 3 == 2:
        services.renewal_update(by=by, renewal=renewal, stage="in_conversation")
        delay_services.next_step_add(
            by=by, renewal=renewal, what=NOTES[lang]["timeline"],
            due_on=today + dt.timedelta(days=rng.randint(0, 14)), kind="check_in")
        return
    _lang, dtype, category, channel, reason, words = stories[lang][index % len(stories[lang])]
    communicated = today - dt.timedelta(days=rng.randint(1, 25))
    delay = delay_services.delay_log(
        by=renewal.owner, renewal=renewal, communicated_on=communicated, channel=channel,
        customer_words=words, stated_reason=reason, stated_type="",
        assessed_type=dtype, category=category,
        risk={"administrative": 20, "decision": 55, "risk": 85}[category],
        help_needed=category == "risk" and index % 2 == 0,
        help_text=NOTES[lang]["help"] if category == "risk" and index % 2 == 0 else "",
    )
    did, response = ACTIONS[(lang, category)]
    delay_services.action_record(by=renewal.owner, delay=delay,
                                 taken_on=min(today, communicated + dt.timedelta(days=2)),
                                 description=did, customer_response=response)
    forecast = {"administrative": "best_case", "decision": "pipeline", "risk": "at_risk"}[category]
    services.renewal_update(by=by, renewal=renewal, forecast_category=forecast)
    due = today + dt.timedelta(days=rng.randint(1, 10))
    delay_services.next_step_add(by=renewal.owner, renewal=renewal, delay=delay,
                                 what=NOTES[lang]["follow_up"], due_on=due,
                                 kind="our_action")
    if index % 4 == 0:  # an overdue step to show what slipped (back-dated on purpose)
        step = delay_services.next_step_add(by=renewal.owner, renewal=renewal, delay=delay,
                                            what=NOTES[lang]["signed_order"],
                                            due_on=today, kind="customer_commitment")
        type(step).objects.filter(pk=step.pk).update(due_on=today - dt.timedelta(days=3))
