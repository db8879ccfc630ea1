"""E-mail drafts for delayed renewals, in English and German ("Sie" or "du").

Every draft is filled with the real names, dates and amounts of the renewal. When an optional
fact is missing, the sentence that needs it is rephrased or left out, so a draft never
contains a gap for the CSM to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from delaydesk.money import check_currency, format_money, round_money
from delaydesk.playbooks.language import check_lang, format_date, voice
from delaydesk.playbooks.questions import DEFAULT_DISCOVERY, check_question_ids, question_text
from delaydesk.playbooks.responses import draft_kinds_for

__all__ = ["DRAFT_KINDS", "Draft", "DraftContext", "draft", "draft_kinds_for"]

DRAFT_KINDS: tuple[str, ...] = (
    "discovery",
    "bureaucracy_help",
    "alignment_invitation",
    "champion_kit",
    "new_owner_intro",
    "mutual_plan",
    "listening_call",
    "remediation_plan",
    "three_options",
    "real_deadline",
    "impact_transparency",
    "step_back",
    "professional_exit",
)

# Below this many days the paperwork should be finished "in the next few days".
_SOON_DAYS = 21


@dataclass
class DraftContext:
    """Everything a draft may mention. Required fields first; the rest may stay empty.

    ``csm_company`` is the installation's company name and is required: a draft is never
    signed by an anonymous "our team". ``plan_info_by``, ``plan_reconnect_on`` and
    ``plan_decision_by`` are the mutual plan's dates A, B and C. ``missing_questions`` lists
    the discovery question ids the discovery draft should ask.
    """

    lang: str
    customer_company: str
    csm_name: str
    csm_company: str
    contract_end: date
    arr: Decimal
    currency: str
    today: date
    formal: bool = True
    contact_name: str = ""
    plan_info_by: date | None = None
    plan_reconnect_on: date | None = None
    plan_decision_by: date | None = None
    offer_terms: str = ""
    documents: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    renew_price: Decimal | None = None
    expand_price: Decimal | None = None
    expand_scope: str = ""
    deadline_reason: str = ""
    deadline_date: date | None = None
    consequence: str = ""
    new_owner_name: str = ""
    usage_summary: str = ""
    missing_questions: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lang = check_lang(self.lang)
        self.currency = check_currency(self.currency)
        for name in ("customer_company", "csm_name", "csm_company"):
            value = (getattr(self, name) or "").strip()
            if not value:
                raise ValueError(f"{name} is required for a draft")
            setattr(self, name, value)
        for name in (
            "contact_name", "offer_terms", "expand_scope", "deadline_reason", "consequence",
            "new_owner_name", "usage_summary",
        ):
            setattr(self, name, (getattr(self, name) or "").strip())
        self.arr = Decimal(self.arr)
        if self.renew_price is not None:
            self.renew_price = Decimal(self.renew_price)
        if self.expand_price is not None:
            self.expand_price = Decimal(self.expand_price)
        self.documents = [d.strip() for d in self.documents if d and d.strip()]
        self.concerns = [c.strip() for c in self.concerns if c and c.strip()]
        self.missing_questions = check_question_ids(tuple(self.missing_questions))


@dataclass(frozen=True)
class Draft:
    """A ready-to-send e-mail."""

    subject: str
    body: str
    kind: str
    lang: str
    formal: bool = True

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON and templates."""
        return {
            "kind": self.kind,
            "lang": self.lang,
            "formal": self.formal,
            "subject": self.subject,
            "body": self.body,
        }


def _sentence(text: str) -> str:
    """Free text from the CSM as a sentence: capital first letter, closing punctuation."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    return text


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


class _Writer:
    """Language helpers bound to one context: pick a variant, format dates and money."""

    def __init__(self, ctx: DraftContext) -> None:
        self.ctx = ctx
        self.voice = voice(ctx.lang, ctx.formal)
        self.days_left = (ctx.contract_end - ctx.today).days

    def pick(self, en: str, sie: str, du: str | None = None) -> str:
        if self.voice == "en":
            return en
        if self.voice == "de_du" and du is not None:
            return du
        return sie

    def date(self, day: date) -> str:
        return format_date(day, self.ctx.lang)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.ctx.currency, self.ctx.lang)

    @property
    def end(self) -> str:
        return self.date(self.ctx.contract_end)

    @property
    def passed(self) -> bool:
        return self.days_left < 0

    @property
    def soon(self) -> bool:
        return 0 <= self.days_left <= _SOON_DAYS

    def contract_runs(self) -> str:
        """One sentence on the contract term, true whether it lies ahead or has passed."""
        end = self.end
        if self.passed:
            return self.pick(
                f"Your contract ended on {end}.",
                f"Ihr Vertrag ist am {end} ausgelaufen.",
                f"Euer Vertrag ist am {end} ausgelaufen.",
            )
        if self.days_left == 0:
            return self.pick(
                f"Your contract ends today, {end}.",
                f"Ihr Vertrag endet heute, am {end}.",
                f"Euer Vertrag endet heute, am {end}.",
            )
        return self.pick(
            f"Your current contract runs until {end}.",
            f"Ihr aktueller Vertrag läuft noch bis zum {end}.",
            f"Euer aktueller Vertrag läuft noch bis zum {end}.",
        )

    def greeting(self, name: str | None = None) -> str:
        full = (self.ctx.contact_name if name is None else name).strip()
        first = full.split()[0] if full else ""
        if self.voice == "en":
            return f"Hi {first}," if first else "Hello,"
        if self.voice == "de_sie":
            return f"Guten Tag {full}," if full else "Guten Tag,"
        return f"Hallo {first}," if first else "Hallo,"

    def closing(self) -> str:
        regards = self.pick("Best regards,", "Freundliche Grüße", "Viele Grüße")
        return f"{regards}\n{self.ctx.csm_name}\n{self.ctx.csm_company}"

    def body(self, paragraphs: list[str], greeting_name: str | None = None) -> str:
        parts = [self.greeting(greeting_name), *[p for p in paragraphs if p], self.closing()]
        return "\n\n".join(parts)


# --- the drafts -----------------------------------------------------------------------------


def _discovery(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: a few quick questions",
        f"Verlängerung {c}: ein paar kurze Fragen",
    )
    ids = ctx.missing_questions or list(DEFAULT_DISCOVERY)
    questions = [question_text(qid, ctx.lang, formal=ctx.formal) for qid in ids]
    intro = w.pick(
        "Thank you for letting me know that you need a little more time for the renewal. "
        "That is absolutely fine; I just want to make sure the extra time actually moves "
        "things forward for you.",
        "vielen Dank für Ihre Nachricht, dass Sie für die Verlängerung noch etwas Zeit "
        "brauchen. Das ist völlig in Ordnung. Mir ist nur wichtig, dass die zusätzliche Zeit "
        "Sie auch wirklich weiterbringt.",
        "danke dir für die Info, dass ihr für die Verlängerung noch etwas Zeit braucht. Das "
        "passt völlig. Mir ist nur wichtig, dass euch die Zeit auch wirklich weiterbringt.",
    )
    if len(questions) == 1:
        ask = w.pick(
            "So that I can support you properly, one question:",
            "Damit ich Sie gezielt unterstützen kann, eine kurze Frage:",
            "Damit ich euch gezielt helfen kann, eine kurze Frage:",
        ) + "\n" + questions[0]
    else:
        ask = w.pick(
            "So that I can support you properly, could you help me with a few questions?",
            "Damit ich Sie gezielt unterstützen kann, hätte ich ein paar Fragen:",
            "Damit ich euch gezielt helfen kann, hab ich ein paar Fragen:",
        ) + "\n" + _bullets(questions)
    help_offer = w.contract_runs() + " " + w.pick(
        "If it helps, I am happy to join a call with everyone involved or to prepare material "
        "for a colleague who still needs information.",
        "Gern nehme ich an einem Termin mit allen Beteiligten teil oder bereite Unterlagen für "
        "Kolleginnen und Kollegen vor, die noch Informationen brauchen.",
        "Wenn es hilft, komme ich gern zu einem Termin mit allen Beteiligten dazu oder bereite "
        "Unterlagen für alle vor, die noch Infos brauchen.",
    )
    paragraphs = [intro, ask, help_offer]
    if ctx.plan_reconnect_on and ctx.plan_reconnect_on >= ctx.today:
        b = w.date(ctx.plan_reconnect_on)
        paragraphs.append(w.pick(
            f"I have pencilled in {b} for a short catch-up. Does that suit you?",
            f"Für eine kurze Abstimmung habe ich mir den {b} vorgemerkt. Passt Ihnen das?",
            f"Für eine kurze Abstimmung hab ich mir den {b} vorgemerkt. Passt dir das?",
        ))
    return subject, paragraphs


def _bureaucracy_help(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: everything for your approval in one place",
        f"Verlängerung {c}: alle Unterlagen für die Freigabe",
    )
    if ctx.documents:
        documents = w.pick(
            "Thank you for the update on your approval process. To save you and your "
            "colleagues time, here is everything procurement usually needs, in one place:",
            "vielen Dank für den Zwischenstand zu Ihrem Freigabeprozess. Damit Sie und Ihre "
            "Kolleginnen und Kollegen nichts suchen müssen, finden Sie hier alles, was der "
            "Einkauf üblicherweise braucht:",
            "danke für das Update zu eurem Freigabeprozess. Damit niemand lange suchen muss, "
            "hier alles auf einen Blick, was der Einkauf normalerweise braucht:",
        ) + "\n" + _bullets(ctx.documents)
    else:
        documents = w.pick(
            "Thank you for the update on your approval process. I can send the quote, the "
            "order form and our security and privacy documentation right away; just let me "
            "know which of them your procurement team needs, and you will have them the same "
            "day.",
            "vielen Dank für den Zwischenstand zu Ihrem Freigabeprozess. Angebot, "
            "Bestellformular sowie unsere Unterlagen zu Sicherheit und Datenschutz kann ich "
            "Ihnen sofort schicken. Sagen Sie mir einfach, was Ihr Einkauf benötigt, dann haben "
            "Sie es noch am selben Tag.",
            "danke für das Update zu eurem Freigabeprozess. Angebot, Bestellformular und unsere "
            "Unterlagen zu Sicherheit und Datenschutz kann ich dir sofort schicken. Sag mir "
            "einfach, was euer Einkauf braucht, dann hast du es noch am selben Tag.",
        )
    signing = w.pick(
        "Signing should not hold anything up either: you can sign electronically, print and "
        "sign the PDF, or do all of it from your phone. If it helps, I am happy to walk "
        "whoever signs through it in a short call of about ten minutes.",
        "Auch die Unterschrift soll nichts aufhalten: Sie können elektronisch signieren, das "
        "PDF ausdrucken und unterschreiben oder alles bequem am Smartphone erledigen. Wenn es "
        "hilft, führe ich die unterzeichnende Person gern in einem kurzen Telefonat von etwa "
        "zehn Minuten durch den Ablauf.",
        "Auch bei der Unterschrift soll nichts hängen bleiben: Du kannst elektronisch "
        "signieren, das PDF ausdrucken und unterschreiben oder alles direkt am Handy "
        "erledigen. Wenn es hilft, gehe ich den Ablauf gern in einem kurzen Anruf von zehn "
        "Minuten mit der Person durch, die unterschreibt.",
    )
    anything_else = w.pick(
        "If procurement needs anything else, such as a supplier form, a different invoice "
        "address or a purchase order number on the invoice, just forward it to me and I will "
        "take care of it the same day.",
        "Falls der Einkauf noch etwas braucht, etwa ein Lieferantenformular, eine andere "
        "Rechnungsadresse oder eine Bestellnummer auf der Rechnung, leiten Sie es mir einfach "
        "weiter. Ich kümmere mich noch am selben Tag darum.",
        "Falls euer Einkauf noch etwas braucht, etwa ein Lieferantenformular, eine andere "
        "Rechnungsadresse oder eine Bestellnummer auf der Rechnung, schick es mir einfach "
        "weiter. Ich kümmere mich am selben Tag darum.",
    )
    if w.passed:
        timing = w.pick(
            "Let us complete the paperwork quickly so your team can keep working without "
            "interruption.",
            "Lassen Sie uns die Formalitäten zügig abschließen, damit Ihr Team ohne "
            "Unterbrechung weiterarbeiten kann.",
            "Lass uns die Formalitäten schnell abschließen, damit euer Team ohne Unterbrechung "
            "weiterarbeiten kann.",
        )
    elif w.soon:
        timing = w.pick(
            "It would be good to complete the paperwork in the next few days, so there is no "
            "interruption.",
            "Es wäre gut, die Formalitäten in den nächsten Tagen abzuschließen, damit es keine "
            "Unterbrechung gibt.",
            "Am besten schließen wir die Formalitäten in den nächsten Tagen ab, damit nichts "
            "unterbrochen wird.",
        )
    else:
        timing = w.pick(
            "That leaves enough time, and I would like to keep it that way.",
            "Das ist noch ausreichend Zeit, und so soll es auch bleiben.",
            "Das ist noch genug Zeit, und dabei soll es auch bleiben.",
        )
    paragraphs = [documents, signing, anything_else, f"{w.contract_runs()} {timing}"]
    if ctx.offer_terms:
        paragraphs.append(w.pick(
            "To bridge the time until everything is signed, we can offer this: ",
            "Bis alles unterschrieben ist, können wir die Zeit so überbrücken: ",
        ) + _sentence(ctx.offer_terms))
    return subject, paragraphs


def _alignment_invitation(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c, us = ctx.customer_company, ctx.csm_company
    subject = w.pick(
        f"{c} renewal: one conversation with everyone involved",
        f"Verlängerung {c}: ein gemeinsamer Termin mit allen Beteiligten",
    )
    intro = w.pick(
        f"Several people at {c} have a say in the renewal, and each of them rightly brings "
        "their own priorities. Rather than passing messages back and forth, I would suggest "
        "one conversation of about 45 minutes with everyone involved.",
        f"an der Entscheidung über die Verlängerung sind bei {c} mehrere Personen beteiligt, "
        "und jede bringt zu Recht eigene Prioritäten mit. Statt Nachrichten hin und her zu "
        "schicken, schlage ich einen gemeinsamen Termin von etwa 45 Minuten mit allen "
        "Beteiligten vor.",
        f"bei {c} reden bei der Verlängerung mehrere Leute mit, und alle haben zu Recht ihre "
        "eigenen Prioritäten. Statt Nachrichten hin und her zu schicken, schlage ich einen "
        "gemeinsamen Termin von etwa 45 Minuten mit allen vor.",
    )
    agenda_items = [
        w.pick(f"What {c} has achieved with {us} so far",
               f"Was {c} mit {us} bisher erreicht hat"),
        w.pick("The open questions of each participant",
               "Die offenen Fragen aller Teilnehmenden",
               "Die offenen Fragen von allen, die dabei sind"),
        w.pick("What is still needed for a decision, and by when",
               "Was für eine Entscheidung noch fehlt und bis wann"),
    ]
    agenda = w.pick(
        "I will prepare a short agenda and guide us through it:",
        "Ich bereite eine kurze Agenda vor und führe durch das Gespräch:",
        "Ich bereite eine kurze Agenda vor und moderiere das Gespräch:",
    ) + "\n" + _bullets(agenda_items)
    paragraphs = [intro, agenda]
    if ctx.concerns:
        paragraphs.append(w.pick(
            "I would also put the points raised so far on the agenda:",
            "Außerdem würde ich die bisher genannten Punkte aufnehmen:",
            "Die Punkte, die bisher aufgekommen sind, würde ich auch mit draufnehmen:",
        ) + "\n" + _bullets(ctx.concerns))
    a = ctx.plan_info_by
    if a and ctx.today <= a <= ctx.contract_end:
        timing = w.pick(
            f"Ideally we would meet by {w.date(a)}; that leaves enough time for a decision "
            f"before the contract ends on {w.end}.",
            f"Ideal wäre ein Termin bis zum {w.date(a)}. Dann bleibt bis zum Vertragsende am "
            f"{w.end} genug Zeit für eine Entscheidung.",
            f"Ideal wäre ein Termin bis zum {w.date(a)}. Dann bleibt bis zum Vertragsende am "
            f"{w.end} genug Zeit für die Entscheidung.",
        )
    elif w.passed or w.soon:
        timing = w.contract_runs() + " " + w.pick(
            "A date in the next few days would be ideal.",
            "Ideal wäre deshalb ein Termin in den nächsten Tagen.",
        )
    else:
        timing = w.contract_runs() + " " + w.pick(
            "A date within the next two weeks would leave enough room for a decision.",
            "Ein Termin in den nächsten zwei Wochen ließe genug Raum für eine Entscheidung.",
        )
    paragraphs.append(timing + " " + w.pick(
        "Could you let me know who should join and which times would suit?",
        "Wer sollte dabei sein, und welche Termine passen Ihnen?",
        "Sag mir gern, wer dabei sein sollte und welche Termine euch passen.",
    ))
    return subject, paragraphs


def _champion_kit(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c, us = ctx.customer_company, ctx.csm_company
    subject = w.pick(
        f"{c} renewal: material for your internal discussion",
        f"Verlängerung {c}: Unterlagen für Ihre interne Abstimmung",
        f"Verlängerung {c}: Unterlagen für eure interne Abstimmung",
    )
    monthly = w.money(round_money(ctx.arr / 12, ctx.currency))
    weekly = w.money(round_money(ctx.arr / 52, ctx.currency))
    arr = w.money(ctx.arr)
    intro = w.pick(
        "To make the internal discussion easier for you, I have drafted an outline for an "
        "executive summary. Feel free to use it as it is or adapt it:",
        "um Ihnen die interne Abstimmung zu erleichtern, habe ich eine Gliederung für eine "
        "Management-Zusammenfassung entworfen. Sie können sie direkt verwenden oder nach "
        "Belieben anpassen:",
        "damit du es bei der internen Abstimmung leichter hast, hab ich dir eine Gliederung "
        "für eine Management-Zusammenfassung entworfen. Nimm sie gern so, wie sie ist, oder "
        "pass sie an:",
    )
    if ctx.usage_summary:
        results = w.pick("Results so far: ", "Bisherige Ergebnisse: ") + _sentence(
            ctx.usage_summary
        )
    else:
        results = w.pick(
            "Results so far: the key usage figures, which I am happy to pull together for you.",
            "Bisherige Ergebnisse: die wichtigsten Nutzungszahlen, die ich Ihnen gern "
            "zusammenstelle.",
            "Bisherige Ergebnisse: die wichtigsten Nutzungszahlen, die ich dir gern "
            "zusammenstelle.",
        )
    if w.passed:
        risk = w.pick(
            f"Risk of waiting: the contract ended on {w.end}, and setting the service up again "
            "after an interruption takes two to three weeks.",
            f"Risiko des Abwartens: Der Vertrag ist am {w.end} ausgelaufen, und ein Neustart "
            "nach einer Unterbrechung dauert zwei bis drei Wochen.",
        )
    else:
        risk = w.pick(
            f"Risk of not renewing: the service stops after {w.end}, and setting it up again "
            "later takes two to three weeks of re-onboarding.",
            f"Risiko ohne Verlängerung: Nach dem {w.end} endet der Service, und ein späterer "
            "Neustart bedeutet zwei bis drei Wochen Wiedereinführung.",
        )
    outline = [
        w.pick(f"Starting point: the problem {us} solves at {c}, and for whom.",
               f"Ausgangslage: welches Problem {us} bei {c} löst und für wen."),
        results,
        w.pick(f"Cost: {arr} a year, which is {monthly} a month.",
               f"Kosten: {arr} pro Jahr, also {monthly} im Monat."),
        w.pick(
            f"Break-even: the subscription pays for itself as soon as it saves or earns more "
            f"than {monthly} a month, roughly {weekly} a week.",
            f"Break-even: Das Abonnement rechnet sich, sobald es mehr als {monthly} im Monat "
            f"einspart oder einbringt, also rund {weekly} pro Woche.",
        ),
        risk,
        w.pick("Recommendation and next step.", "Empfehlung und nächster Schritt."),
    ]
    numbered = "\n".join(f"{n}. {item}" for n, item in enumerate(outline, start=1))
    more = w.pick(
        "For finance, I can prepare a detailed ROI calculation, a comparison with alternatives "
        "and references from similar customers. I am also happy to join the meeting with your "
        "leadership if that helps.",
        "Für die Finanzabteilung bereite ich gern eine ausführliche ROI-Rechnung, einen "
        "Vergleich mit Alternativen und Referenzen ähnlicher Kunden vor. Wenn es hilft, komme "
        "ich auch gern zum Termin mit Ihrer Geschäftsleitung dazu.",
        "Für eure Finanzabteilung kann ich eine ausführliche ROI-Rechnung, einen Vergleich mit "
        "Alternativen und Referenzen ähnlicher Kunden vorbereiten. Und wenn es hilft, komme "
        "ich gern mit in den Termin mit eurer Geschäftsleitung.",
    )
    paragraphs = [f"{intro}\n\n{numbered}", more]
    if ctx.new_owner_name:
        owner = ctx.new_owner_name
        paragraphs.append(w.pick(
            f"If it is useful, I can also walk {owner} through these points directly.",
            f"Gern stelle ich {owner} die Punkte auch direkt vor.",
        ))
    return subject, paragraphs


def _new_owner_intro(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c, us = ctx.customer_company, ctx.csm_company
    subject = w.pick(
        f"{us} at {c}: a short introduction",
        f"{us} bei {c}: eine kurze Vorstellung",
    )
    intro = w.pick(
        f"I am {ctx.csm_name}, your contact at {us}. I understand you have recently taken over "
        f"responsibility for our collaboration with {c}. Congratulations on the new role!",
        f"mein Name ist {ctx.csm_name}, ich bin Ihre Ansprechperson bei {us}. Wie ich erfahren "
        f"habe, haben Sie vor Kurzem die Verantwortung für unsere Zusammenarbeit mit {c} "
        "übernommen. Herzlichen Glückwunsch zur neuen Aufgabe!",
        f"ich bin {ctx.csm_name} und bei {us} deine Ansprechperson. Ich habe gehört, dass du "
        f"bei {c} die Zusammenarbeit mit uns übernommen hast. Glückwunsch zur neuen Rolle!",
    )
    if ctx.usage_summary:
        usage = _sentence(ctx.usage_summary)
    else:
        usage = w.pick(
            f"{c} uses {us} across the team, and I can show you in detail who uses it and for "
            "what.",
            f"{c} setzt {us} im Team ein, und ich zeige Ihnen gern im Detail, wer es wofür "
            "nutzt.",
            f"{c} nutzt {us} im Team, und ich zeige dir gern genauer, wer es wofür nutzt.",
        )
    arr = w.money(ctx.arr)
    if w.passed:
        contract = w.pick(
            f"The last contract, at {arr} a year, ended on {w.end}.",
            f"Der letzte Vertrag über {arr} pro Jahr ist am {w.end} ausgelaufen.",
        )
    else:
        contract = w.pick(
            f"The current contract, at {arr} a year, runs until {w.end}.",
            f"Der aktuelle Vertrag über {arr} pro Jahr läuft bis zum {w.end}.",
        )
    summary = w.pick(
        "So you do not have to start from scratch, here is a brief summary: ",
        "Damit Sie nicht bei null anfangen müssen, eine kurze Zusammenfassung: ",
        "Damit du nicht bei null anfangen musst, kurz zusammengefasst: ",
    ) + f"{usage} {contract}"
    meeting = w.pick(
        "I would like to understand what matters to you and whether our service fits your "
        "plans. Would you have 30 minutes in the next few days? I will bring the usage "
        "figures, so you can see at a glance what your team does with it.",
        "Ich würde gern verstehen, worauf es Ihnen ankommt und ob unser Service zu Ihren "
        "Plänen passt. Hätten Sie in den nächsten Tagen 30 Minuten Zeit? Ich bringe die "
        "Nutzungszahlen mit, damit Sie auf einen Blick sehen, was Ihr Team damit macht.",
        "Ich würde gern verstehen, worauf es dir ankommt und ob wir zu deinen Plänen passen. "
        "Hast du in den nächsten Tagen 30 Minuten? Ich bringe die Nutzungszahlen mit, dann "
        "siehst du auf einen Blick, was dein Team damit macht.",
    )
    return subject, [intro, summary, meeting]


def _mutual_plan(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: a proposed timeline",
        f"Verlängerung {c}: Vorschlag für einen gemeinsamen Zeitplan",
    )
    milestones: list[str] = []
    if ctx.plan_info_by:
        a = w.date(ctx.plan_info_by)
        milestones.append(w.pick(
            f"By {a}: all information is with the right people and open questions are "
            "settled.",
            f"Bis zum {a}: Alle Informationen liegen bei den richtigen Personen, offene Fragen "
            "sind geklärt.",
        ))
    if ctx.plan_reconnect_on:
        b = w.date(ctx.plan_reconnect_on)
        milestones.append(w.pick(
            f"On {b}: a short call to check where things stand.",
            f"Am {b}: kurzes Gespräch zum aktuellen Stand.",
        ))
    if ctx.plan_decision_by:
        cc = w.date(ctx.plan_decision_by)
        milestones.append(w.pick(
            f"By {cc}: decision on the renewal.",
            f"Bis zum {cc}: Entscheidung über die Verlängerung.",
        ))
    paragraphs: list[str] = []
    if milestones:
        if not w.passed:
            milestones.append(w.pick(
                f"{w.end}: the current contract ends. Without a decision the service stops "
                "then, and setting it up again takes two to three weeks.",
                f"{w.end}: Der aktuelle Vertrag endet. Ohne Entscheidung endet dann auch der "
                "Service, und ein Neustart dauert zwei bis drei Wochen.",
            ))
        paragraphs.append(w.pick(
            "To make sure the renewal does not get lost among everything else, I would "
            "suggest a shared timeline. If a date does not work for you, just say so and we "
            "will find a better one:",
            "damit die Verlängerung im Tagesgeschäft nicht untergeht, schlage ich einen "
            "gemeinsamen Zeitplan vor. Wenn ein Termin nicht passt, sagen Sie es einfach, dann "
            "finden wir einen besseren:",
            "damit die Verlängerung im Alltag nicht untergeht, schlage ich einen gemeinsamen "
            "Zeitplan vor. Wenn ein Termin nicht passt, sag einfach Bescheid, dann finden wir "
            "einen besseren:",
        ) + "\n" + _bullets(milestones))
        if w.passed:
            paragraphs.append(w.pick(
                f"The contract already ended on {w.end}, so the dates are deliberately close "
                "together.",
                f"Der Vertrag ist bereits am {w.end} ausgelaufen, deshalb liegen die Termine "
                "bewusst eng beieinander.",
            ))
    else:
        paragraphs.append(w.pick(
            "To make sure the renewal does not get lost among everything else, I would "
            "suggest we agree three dates together: by when all information is with the right "
            "people, when we speak again, and by when the decision is made.",
            "damit die Verlängerung im Tagesgeschäft nicht untergeht, schlage ich vor, dass "
            "wir gemeinsam drei Termine festlegen: bis wann alle Informationen bei den "
            "richtigen Personen sind, wann wir wieder sprechen und bis wann die Entscheidung "
            "fällt.",
            "damit die Verlängerung im Alltag nicht untergeht, lass uns gemeinsam drei Termine "
            "festlegen: bis wann alle Infos bei den richtigen Leuten sind, wann wir wieder "
            "sprechen und bis wann die Entscheidung fällt.",
        ))
        if w.passed:
            paragraphs.append(w.pick(
                f"The contract already ended on {w.end}, so it would be good to settle these "
                "dates this week. Which dates would work for you?",
                f"Der Vertrag ist bereits am {w.end} ausgelaufen, deshalb sollten wir die "
                "Termine noch diese Woche festlegen. Welche Termine passen Ihnen?",
                f"Der Vertrag ist bereits am {w.end} ausgelaufen, deshalb sollten wir die "
                "Termine am besten noch diese Woche festlegen. Welche Termine passen euch?",
            ))
        else:
            paragraphs.append(w.pick(
                f"The fixed point is the contract end on {w.end}: without a decision the "
                "service stops then, and setting it up again takes two to three weeks. Which "
                "dates would work for you?",
                f"Fester Bezugspunkt ist das Vertragsende am {w.end}: Ohne Entscheidung endet "
                "dann der Service, und ein Neustart dauert zwei bis drei Wochen. Welche Termine "
                "passen Ihnen?",
                f"Fester Bezugspunkt ist das Vertragsende am {w.end}: Ohne Entscheidung endet "
                "dann der Service, und ein Neustart dauert zwei bis drei Wochen. Welche Termine "
                "passen euch?",
            ))
    if ctx.offer_terms:
        paragraphs.append(w.pick(
            "If the decision needs more time than the contract leaves, we can bridge it: ",
            "Falls die Entscheidung mehr Zeit braucht, als der Vertrag lässt, können wir die "
            "Zeit überbrücken: ",
        ) + _sentence(ctx.offer_terms))
    if milestones:
        paragraphs.append(w.pick(
            "Could you confirm the dates or suggest alternatives?",
            "Können Sie die Termine bestätigen oder Alternativen vorschlagen?",
            "Kannst du die Termine kurz bestätigen oder Alternativen vorschlagen?",
        ))
    return subject, paragraphs


def _listening_call(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c, us = ctx.customer_company, ctx.csm_company
    subject = w.pick(
        f"{c}: I would like to hear your honest view",
        f"{c}: Ihre ehrliche Einschätzung ist mir wichtig",
        f"{c}: deine ehrliche Einschätzung ist mir wichtig",
    )
    intro = w.pick(
        f"I have the impression that not everything with {us} is working the way you need it "
        "to, and I would rather hear it directly from you than guess.",
        f"ich habe den Eindruck, dass mit {us} nicht alles so läuft, wie Sie es brauchen, und "
        "ich höre es lieber direkt von Ihnen, als zu raten.",
        f"ich hab den Eindruck, dass bei euch mit {us} nicht alles so läuft, wie ihr es "
        "braucht. Ich höre das lieber direkt von dir, als herumzurätseln.",
    )
    paragraphs = [intro]
    if ctx.concerns:
        paragraphs.append(w.pick(
            "So far I have noted the following points, and I suspect there is more:",
            "Bisher habe ich mir diese Punkte notiert, vermutlich gibt es noch mehr:",
            "Bisher hab ich mir diese Punkte notiert, wahrscheinlich gibt es noch mehr:",
        ) + "\n" + _bullets(ctx.concerns))
    paragraphs.append(w.pick(
        "I would like to suggest a call of about 30 minutes in which I mainly listen: no "
        "presentation, no justifications, just your view of what is not working and what "
        "matters most to you. Afterwards I will send you a summary, so you can check that I "
        "have understood everything correctly.",
        "Ich schlage ein Gespräch von etwa 30 Minuten vor, in dem vor allem ich zuhöre: keine "
        "Präsentation, keine Rechtfertigungen, nur Ihre Sicht darauf, was nicht funktioniert "
        "und was Ihnen am wichtigsten ist. Danach schicke ich Ihnen eine Zusammenfassung, "
        "damit Sie prüfen können, ob ich alles richtig verstanden habe.",
        "Mein Vorschlag: ein Gespräch von etwa 30 Minuten, in dem vor allem ich zuhöre. Keine "
        "Präsentation, keine Rechtfertigungen, nur deine Sicht darauf, was nicht funktioniert "
        "und was dir am wichtigsten ist. Danach schicke ich dir eine Zusammenfassung, damit du "
        "prüfen kannst, ob ich alles richtig verstanden habe.",
    ))
    paragraphs.append(w.pick(
        "Would one of the next few days suit you?",
        "Passt Ihnen einer der nächsten Tage?",
        "Passt dir einer der nächsten Tage?",
    ))
    return subject, paragraphs


def _remediation_plan(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c}: our plan to fix what is not working",
        f"{c}: unser Plan, um die Probleme zu beheben",
    )
    # The horizons are calendar periods ("48 hours", "30 days"), so plain date arithmetic.
    d48 = w.date(ctx.today + timedelta(days=2))
    d30 = w.date(ctx.today + timedelta(days=30))
    d60 = w.date(ctx.today + timedelta(days=60))
    d90 = w.date(ctx.today + timedelta(days=90))
    intro = w.pick(
        "Thank you for being so open about what is not working. Here is how we will address "
        "it.",
        "vielen Dank, dass Sie so offen gesagt haben, was nicht funktioniert. Hier ist unser "
        "Plan, wie wir das angehen.",
        "danke, dass du so offen gesagt hast, was nicht funktioniert. Hier ist unser Plan, wie "
        "wir das angehen.",
    )
    if ctx.concerns:
        intro += " " + w.pick(
            "It starts with the points you raised:",
            "Er setzt bei den Punkten an, die Sie genannt haben:",
            "Er setzt bei den Punkten an, die du genannt hast:",
        ) + "\n" + _bullets(ctx.concerns)
    horizons = [
        w.pick(
            f"Within 48 hours ({d48}): a named contact on our side and a first fix or "
            "workaround for the most urgent point.",
            f"Innerhalb von 48 Stunden ({d48}): eine feste Ansprechperson bei uns und eine "
            "erste Lösung oder Übergangslösung für den dringendsten Punkt.",
        ),
        w.pick(
            f"Within 30 days ({d30}): the short-term fixes, with a progress update from me "
            "every week.",
            f"Innerhalb von 30 Tagen ({d30}): die kurzfristigen Lösungen, mit einem "
            "wöchentlichen Zwischenstand von mir.",
        ),
        w.pick(
            f"In 60 to 90 days (between {d60} and {d90}): structural improvements, so the "
            "problems do not come back.",
            f"In 60 bis 90 Tagen (zwischen dem {d60} und dem {d90}): strukturelle "
            "Verbesserungen, damit die Probleme nicht wiederkommen.",
        ),
    ]
    plan = w.pick(
        "The plan in three steps:",
        "Der Plan in drei Stufen:",
    ) + "\n" + _bullets(horizons)
    paragraphs = [intro, plan]
    if ctx.offer_terms:
        paragraphs.append(w.pick(
            "While we work on this, we would like to make the transition easier for you: ",
            "Solange wir daran arbeiten, möchten wir Ihnen die Übergangszeit erleichtern: ",
            "Solange wir daran arbeiten, wollen wir euch die Übergangszeit leichter machen: ",
        ) + _sentence(ctx.offer_terms))
    paragraphs.append(w.contract_runs() + " " + w.pick(
        "Does this plan address your concerns well enough for you to consider renewing? If "
        "something is missing, I would like to know now rather than later.",
        "Räumt dieser Plan Ihre Bedenken so weit aus, dass eine Verlängerung für Sie in Frage "
        "kommt? Wenn etwas fehlt, möchte ich es lieber jetzt erfahren als später.",
        "Reicht dir der Plan, damit eine Verlängerung für euch in Frage kommt? Wenn noch etwas "
        "fehlt, sag es mir lieber jetzt als später.",
    ))
    return subject, paragraphs


def _three_options(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: three clear options",
        f"Verlängerung {c}: drei klare Optionen",
    )
    intro = w.pick(
        "To make the decision as simple as possible, here are the three options as I see "
        "them:",
        "um Ihnen die Entscheidung so einfach wie möglich zu machen, hier die drei Optionen, "
        "wie ich sie sehe:",
        "damit die Entscheidung so einfach wie möglich wird, hier die drei Optionen, wie ich "
        "sie sehe:",
    )
    price = w.money(ctx.renew_price if ctx.renew_price is not None else ctx.arr)
    renew = w.pick(
        f"Renew as it is: the simplest route. Same scope for {price} a year, and nothing "
        "changes for your team.",
        f"Verlängern wie bisher: der einfachste Weg. Gleicher Umfang für {price} im Jahr, für "
        "Ihr Team ändert sich nichts.",
        f"Verlängern wie bisher: der einfachste Weg. Gleicher Umfang für {price} im Jahr, für "
        "euer Team ändert sich nichts.",
    )
    scope = ctx.expand_scope.rstrip(".")
    if scope:
        expand = w.pick(
            f"Renew and expand: the best value, with {scope}",
            f"Verlängern und erweitern: das beste Preis-Leistungs-Verhältnis, mit {scope}",
        )
    else:
        expand = w.pick(
            "Renew and expand: the best value, for example with more users or additional "
            "modules",
            "Verlängern und erweitern: das beste Preis-Leistungs-Verhältnis, etwa mit "
            "zusätzlichen Nutzern oder Modulen",
        )
    if ctx.expand_price is not None:
        expand_price = w.money(ctx.expand_price)
        joiner = " " if scope else ", "
        expand += joiner + w.pick(f"for {expand_price} a year", f"für {expand_price} im Jahr")
    expand += "."
    if w.passed:
        part = w.pick(
            "Part ways: a legitimate decision too. We would then agree on an orderly handover "
            "of your data, and the door stays open.",
            "Nicht verlängern: auch das ist eine legitime Entscheidung. Dann vereinbaren wir "
            "eine geordnete Übergabe Ihrer Daten, und die Tür bleibt offen.",
            "Nicht verlängern: auch das ist völlig legitim. Dann vereinbaren wir eine geordnete "
            "Übergabe eurer Daten, und die Tür bleibt offen.",
        )
    else:
        part = w.pick(
            f"Part ways: a legitimate decision too. We would then agree on an orderly handover "
            f"of your data by {w.end}, and the door stays open.",
            f"Nicht verlängern: auch das ist eine legitime Entscheidung. Dann vereinbaren wir "
            f"eine geordnete Übergabe Ihrer Daten bis zum {w.end}, und die Tür bleibt offen.",
            f"Nicht verlängern: auch das ist völlig legitim. Dann vereinbaren wir eine geordnete "
            f"Übergabe eurer Daten bis zum {w.end}, und die Tür bleibt offen.",
        )
    options = "\n".join(f"{n}. {text}" for n, text in enumerate((renew, expand, part), start=1))
    paragraphs = [f"{intro}\n\n{options}"]
    if w.passed:
        paragraphs.append(w.contract_runs())
    paragraphs.append(w.pick(
        "Which direction are you leaning towards? A short reply is enough for me to prepare "
        "the next step.",
        "In welche Richtung tendieren Sie? Eine kurze Antwort genügt, dann bereite ich den "
        "nächsten Schritt vor.",
        "Wohin tendierst du? Eine kurze Antwort reicht, dann bereite ich alles Weitere vor.",
    ))
    return subject, paragraphs


def _real_deadline(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: the date that matters",
        f"Verlängerung {c}: das entscheidende Datum",
    )
    intro = w.pick(
        "I would like to be open with you about the timing, so you can plan with it.",
        "ich möchte beim Zeitplan ganz offen mit Ihnen sein, damit Sie gut planen können.",
        "ich will beim Zeitplan ganz offen mit dir sein, damit ihr gut planen könnt.",
    )
    consequence = _sentence(ctx.consequence) if ctx.consequence else ""
    # A deadline needs a real reason. Without a stated reason only the contract end qualifies,
    # so a bare deadline_date is deliberately ignored.
    if ctx.deadline_reason:
        deadline = ctx.deadline_date or ctx.contract_end
        core = w.pick(
            f"The date that matters is {w.date(deadline)}. The reason: ",
            f"Entscheidend ist der {w.date(deadline)}. Der Grund: ",
        ) + _sentence(ctx.deadline_reason)
        if consequence:
            core += " " + w.pick(
                "If nothing is decided by then: ",
                "Die Folge, falls bis dahin nichts entschieden ist: ",
                "Falls bis dahin nichts entschieden ist: ",
            ) + consequence
        elif deadline == ctx.contract_end and not w.passed:
            core += " " + w.pick(
                "It is also the day your current contract ends: without a signed renewal the "
                "service stops, and setting it up again takes two to three weeks.",
                "An diesem Tag endet auch Ihr aktueller Vertrag: Ohne unterschriebene "
                "Verlängerung endet der Service, und ein Neustart dauert zwei bis drei Wochen.",
                "An dem Tag endet auch euer aktueller Vertrag: Ohne unterschriebene Verlängerung "
                "endet der Service, und ein Neustart dauert zwei bis drei Wochen.",
            )
        paragraphs = [intro, core]
        if deadline != ctx.contract_end:
            paragraphs.append(w.contract_runs())
    elif w.passed:
        core = w.pick(
            f"The date that mattered was the contract end on {w.end}, and it has passed. Until "
            "a renewal or a bridge is signed, the service can be interrupted at any time, and "
            "setting it up again takes two to three weeks.",
            f"Entscheidend war das Vertragsende am {w.end}, und es ist verstrichen. Solange "
            "weder Verlängerung noch Brückenlösung unterschrieben sind, kann der Service "
            "jederzeit enden, und ein Neustart dauert zwei bis drei Wochen.",
            f"Entscheidend war das Vertragsende am {w.end}, und das ist jetzt vorbei. Solange "
            "weder Verlängerung noch Übergangslösung unterschrieben sind, kann der Service "
            "jederzeit enden, und ein Neustart dauert zwei bis drei Wochen.",
        )
        if consequence:
            core += " " + w.pick(
                "For you that would also mean: ",
                "Für Sie hieße das außerdem: ",
                "Für euch hieße das außerdem: ",
            ) + consequence
        paragraphs = [intro, core]
    else:
        core = w.pick(
            f"The date that matters is {w.end}, when your current contract ends.",
            f"Entscheidend ist der {w.end}: An diesem Tag endet Ihr aktueller Vertrag.",
            f"Entscheidend ist der {w.end}: An dem Tag endet euer aktueller Vertrag.",
        ) + " " + (
            w.pick(
                "If nothing is decided by then: ",
                "Die Folge, falls bis dahin nichts entschieden ist: ",
                "Falls bis dahin nichts entschieden ist: ",
            ) + consequence
            if consequence else
            w.pick(
                "Without a signed renewal the service stops then, and setting it up again "
                "takes two to three weeks of re-onboarding.",
                "Ohne unterschriebene Verlängerung endet dann der Service, und ein Neustart "
                "dauert zwei bis drei Wochen.",
            )
        )
        paragraphs = [intro, core]
    if w.passed and not ctx.deadline_reason:
        paragraphs.append(w.pick(
            "That is why I would like to agree the next steps with you this week. If something "
            "stands in the way, please tell me early, so we can find a solution together.",
            "Deshalb möchte ich die nächsten Schritte gern noch diese Woche mit Ihnen "
            "abstimmen. Falls etwas im Weg steht, sagen Sie es mir bitte frühzeitig, dann "
            "finden wir gemeinsam eine Lösung.",
            "Deshalb würde ich die nächsten Schritte gern noch diese Woche mit dir abstimmen. "
            "Falls etwas im Weg steht, sag mir bitte früh Bescheid, dann finden wir gemeinsam "
            "eine Lösung.",
        ))
    else:
        paragraphs.append(w.pick(
            "That is why I would like to agree the next steps with you before then. If the "
            "date is a problem for you, please tell me early; then we can look for a solution "
            "together instead of running out of time.",
            "Deshalb möchte ich die nächsten Schritte gern vorher mit Ihnen abstimmen. Falls "
            "das Datum für Sie schwierig ist, sagen Sie es mir bitte frühzeitig. Dann suchen "
            "wir gemeinsam nach einer Lösung, statt dass uns die Zeit davonläuft.",
            "Deshalb würde ich die nächsten Schritte gern vorher mit dir abstimmen. Falls das "
            "Datum für euch schwierig ist, sag mir bitte früh Bescheid. Dann finden wir "
            "gemeinsam eine Lösung, bevor uns die Zeit davonläuft.",
        ))
    return subject, paragraphs


def _impact_transparency(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c, us = ctx.customer_company, ctx.csm_company
    subject = w.pick(
        f"{c} renewal: what the delay means in practice",
        f"Verlängerung {c}: was die Verzögerung konkret bedeutet",
    )
    intro = w.pick(
        "I would like to be transparent about what the open renewal means in practice, so "
        "nothing comes as a surprise.",
        "ich möchte Ihnen transparent machen, was die offene Verlängerung konkret bedeutet, "
        "damit Sie nichts überrascht.",
        "ich möchte dir offen sagen, was die noch offene Verlängerung konkret bedeutet, damit "
        "euch nichts überrascht.",
    )
    if w.passed:
        facts = w.pick(
            f"Your contract ended on {w.end}. Until a renewal or a bridge is signed, access "
            "can be interrupted at any time, and setting everything up again takes two to "
            "three weeks of re-onboarding.",
            f"Ihr Vertrag ist am {w.end} ausgelaufen. Solange weder Verlängerung noch "
            "Brückenlösung unterschrieben sind, kann der Zugang jederzeit enden, und eine "
            "Wiedereinführung dauert zwei bis drei Wochen.",
            f"Euer Vertrag ist am {w.end} ausgelaufen. Solange weder Verlängerung noch "
            "Übergangslösung unterschrieben sind, kann der Zugang jederzeit enden, und ein "
            "Neustart dauert zwei bis drei Wochen.",
        )
    else:
        facts = w.pick(
            f"Your current contract ends on {w.end}. Until then everything continues as usual. "
            "If there is no decision by then, access stops, and setting everything up again "
            f"later takes two to three weeks of re-onboarding, during which your team works "
            f"without {us}.",
            f"Ihr aktueller Vertrag endet am {w.end}. Bis dahin läuft alles wie gewohnt weiter. "
            "Liegt bis dahin keine Entscheidung vor, endet der Zugang, und eine spätere "
            f"Wiedereinführung dauert zwei bis drei Wochen, in denen Ihr Team ohne {us} "
            "arbeitet.",
            f"Euer aktueller Vertrag endet am {w.end}. Bis dahin läuft alles wie gewohnt "
            "weiter. Gibt es bis dahin keine Entscheidung, endet der Zugang, und ein späterer "
            f"Neustart dauert zwei bis drei Wochen, in denen euer Team ohne {us} auskommen "
            "muss.",
        )
    paragraphs = [intro, facts]
    if ctx.consequence:
        paragraphs.append(w.pick(
            "For you specifically, that would also mean: ",
            "Für Sie hieße das außerdem: ",
            "Für euch hieße das außerdem: ",
        ) + _sentence(ctx.consequence))
    if ctx.deadline_reason:
        reason = _sentence(ctx.deadline_reason)
        if ctx.deadline_date:
            paragraphs.append(w.pick(
                f"One more date to keep in mind is {w.date(ctx.deadline_date)}: ",
                f"Außerdem wichtig ist der {w.date(ctx.deadline_date)}: ",
            ) + reason)
        else:
            paragraphs.append(w.pick(
                "One more thing to keep in mind: ",
                "Außerdem wichtig: ",
            ) + reason)
    if ctx.offer_terms:
        paragraphs.append(w.pick(
            "If you need more time beyond the contract end, we can bridge it: ",
            "Wenn Sie über das Vertragsende hinaus mehr Zeit brauchen, können wir die Zeit "
            "überbrücken: ",
            "Wenn ihr über das Vertragsende hinaus mehr Zeit braucht, können wir das "
            "überbrücken: ",
        ) + _sentence(ctx.offer_terms))
    paragraphs.append(w.pick(
        "This is not meant as pressure; I simply want you to be able to plan with the full "
        "picture.",
        "Das soll kein Druck sein. Mir ist nur wichtig, dass Sie mit dem vollständigen Bild "
        "planen können.",
        "Das soll kein Druck sein. Mir ist nur wichtig, dass ihr mit allen Infos planen könnt.",
    ))
    return subject, paragraphs


def _step_back(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"{c} renewal: shall we pause for now?",
        f"Verlängerung {c}: Sollen wir eine Pause einlegen?",
        f"Verlängerung {c}: lieber eine Pause?",
    )
    intro = w.pick(
        "We have been talking about the renewal for a while now, and I have the impression "
        "that the timing is not right for you at the moment. That is perfectly fine.",
        "wir sprechen nun schon eine Weile über die Verlängerung, und ich habe den Eindruck, "
        "dass der Zeitpunkt für Sie gerade nicht passt. Das ist völlig in Ordnung.",
        "wir reden jetzt schon eine Weile über die Verlängerung, und ich hab den Eindruck, "
        "dass es bei euch gerade zeitlich nicht passt. Das ist völlig okay.",
    )
    until = ctx.plan_reconnect_on
    if until and until > ctx.today:
        b = w.date(until)
        pause = w.pick(
            f"I suggest we pause the conversation until {b}, and I will not send any reminders "
            "before then. If the timing gets better sooner, a short message is enough and I "
            "will pick it up straight away.",
            f"Ich schlage vor, dass wir das Thema bis zum {b} ruhen lassen; bis dahin schicke "
            "ich Ihnen keine Erinnerungen. Passt es früher, genügt eine kurze Nachricht, und "
            "ich melde mich sofort.",
            f"Mein Vorschlag: Wir lassen das Thema bis zum {b} ruhen, und bis dahin bekommst du "
            "keine Erinnerungen von mir. Passt es früher, reicht eine kurze Nachricht, und ich "
            "melde mich sofort.",
        )
    else:
        pause = w.pick(
            "I suggest we pause the conversation for now, and I will stop sending reminders. "
            "Whenever the timing is better, a short message is enough and I will pick it up "
            "straight away.",
            "Ich schlage vor, dass wir das Thema vorerst ruhen lassen, und ich schicke Ihnen "
            "keine weiteren Erinnerungen. Sobald der Zeitpunkt besser passt, genügt eine kurze "
            "Nachricht, und ich melde mich sofort.",
            "Mein Vorschlag: Wir lassen das Thema erst mal ruhen, und ich schicke dir keine "
            "weiteren Erinnerungen. Sobald es besser passt, reicht eine kurze Nachricht, und "
            "ich melde mich sofort.",
        )
    if w.passed:
        contract = w.pick(
            f"Just so it does not get lost: your contract ended on {w.end}, so access may be "
            "interrupted during the pause.",
            f"Damit es nicht untergeht: Ihr Vertrag ist am {w.end} ausgelaufen, der Zugang "
            "kann während der Pause also unterbrochen werden.",
            f"Damit es nicht untergeht: Euer Vertrag ist am {w.end} ausgelaufen, der Zugang "
            "kann während der Pause also unterbrochen werden.",
        )
    else:
        contract = w.pick(
            f"Just so it does not get lost: your contract runs until {w.end}. If nothing is "
            "decided by then, access ends on that day.",
            f"Damit es nicht untergeht: Ihr Vertrag läuft bis zum {w.end}. Ist bis dahin "
            "nichts entschieden, endet an diesem Tag der Zugang.",
            f"Damit es nicht untergeht: Euer Vertrag läuft bis zum {w.end}. Ist bis dahin "
            "nichts entschieden, endet an dem Tag der Zugang.",
        )
    thanks = w.pick(
        "Thank you for your time so far.",
        "Vielen Dank für Ihre Zeit bis hierhin.",
        "Danke dir für deine Zeit bis hierhin.",
    )
    return subject, [intro, pause, contract, thanks]


def _professional_exit(w: _Writer) -> tuple[str, list[str]]:
    ctx = w.ctx
    c = ctx.customer_company
    subject = w.pick(
        f"Thank you, and all the best for {c}",
        f"Vielen Dank und alles Gute für {c}",
        f"Danke und alles Gute für {c}",
    )
    intro = w.pick(
        "Thank you for letting me know your decision. Of course I am sorry to hear it, but I "
        "respect it, and I would like to make the transition as smooth as possible for you.",
        "vielen Dank, dass Sie mir Ihre Entscheidung mitgeteilt haben. Natürlich bedauere ich "
        "sie, aber ich respektiere sie und möchte Ihnen den Übergang so leicht wie möglich "
        "machen.",
        "danke, dass du mir eure Entscheidung mitgeteilt hast. Natürlich finde ich das schade, "
        "respektiere es aber und möchte euch den Übergang so leicht wie möglich machen.",
    )
    if w.passed:
        handover = w.pick(
            f"Your contract ended on {w.end}. We will make sure you can still export all your "
            "data, and I am happy to answer any questions your team has about the handover.",
            f"Ihr Vertrag ist am {w.end} ausgelaufen. Wir stellen sicher, dass Sie trotzdem "
            "alle Daten exportieren können, und ich beantworte gern alle Fragen Ihres Teams zur "
            "Übergabe.",
            f"Euer Vertrag ist am {w.end} ausgelaufen. Wir sorgen dafür, dass ihr trotzdem alle "
            "Daten exportieren könnt, und ich beantworte gern alle Fragen aus eurem Team zur "
            "Übergabe.",
        )
    else:
        handover = w.pick(
            f"Your access runs until {w.end}. Before then we will make sure you can export all "
            "your data, and I am happy to answer any questions your team has about the "
            "handover.",
            f"Ihr Zugang bleibt bis zum {w.end} bestehen. Bis dahin stellen wir sicher, dass "
            "Sie alle Daten exportieren können, und ich beantworte gern alle Fragen Ihres Teams "
            "zur Übergabe.",
            f"Euer Zugang bleibt bis zum {w.end} bestehen. Bis dahin sorgen wir dafür, dass ihr "
            "alle Daten exportieren könnt, und ich beantworte gern alle Fragen aus eurem Team "
            "zur Übergabe.",
        )
    door = w.pick(
        "If it is ever worth talking again, my door is open. Thank you for working with us, "
        "and all the best to you and your team.",
        "Falls sich ein Gespräch irgendwann wieder lohnt, bin ich jederzeit für Sie da. Vielen "
        "Dank für die Zusammenarbeit und alles Gute für Sie und Ihr Team.",
        "Falls es irgendwann wieder passt, melde dich jederzeit gern. Danke für die "
        "Zusammenarbeit und alles Gute für dich und dein Team.",
    )
    return subject, [intro, handover, door]


_WRITERS = {
    "discovery": _discovery,
    "bureaucracy_help": _bureaucracy_help,
    "alignment_invitation": _alignment_invitation,
    "champion_kit": _champion_kit,
    "new_owner_intro": _new_owner_intro,
    "mutual_plan": _mutual_plan,
    "listening_call": _listening_call,
    "remediation_plan": _remediation_plan,
    "three_options": _three_options,
    "real_deadline": _real_deadline,
    "impact_transparency": _impact_transparency,
    "step_back": _step_back,
    "professional_exit": _professional_exit,
}


def draft(kind: str, ctx: DraftContext) -> Draft:
    """Write the e-mail ``kind`` (one of ``DRAFT_KINDS``) for the renewal described by ``ctx``.

    Raises ValueError for an unknown kind.
    """
    writer = _WRITERS.get(kind)
    if writer is None:
        raise ValueError(f"unknown draft kind: {kind!r}")
    w = _Writer(ctx)
    subject, paragraphs = writer(w)
    # The new owner is greeted by name even when the context's contact is the old champion.
    greeting_name = ctx.new_owner_name if kind == "new_owner_intro" and ctx.new_owner_name else None
    return Draft(
        subject=subject,
        body=w.body(paragraphs, greeting_name),
        kind=kind,
        lang=ctx.lang,
        formal=ctx.formal,
    )
