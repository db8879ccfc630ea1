"""The steps playbooks are made of, in English and German.

Titles and details speak to the CSM (German in the neutral infinitive style of checklists);
where a step quotes what to say to the customer, the German text exists once with "Sie"
and once with "du".
"""

from __future__ import annotations

from dataclasses import dataclass

# The NextStep kinds of the app; a step becomes a NextStep of the same kind.
STEP_KINDS: tuple[str, ...] = ("our_action", "customer_commitment", "check_in", "decision_deadline")


@dataclass(frozen=True)
class StepTemplate:
    """A playbook step before it is put in a language."""

    id: str
    kind: str
    due_in_business_days: int
    title: dict[str, str]  # lang -> title
    detail: dict[str, str]  # "en", "de" and optionally "de_du" (customer addressed as "du")
    draft_kind: str | None = None

    def detail_for(self, lang: str, formal: bool) -> str:
        """The detail text in ``lang``; the "du" variant when German and not formal."""
        if lang == "de" and not formal and "de_du" in self.detail:
            return self.detail["de_du"]
        return self.detail[lang]


def _step(
    id: str,
    kind: str,
    due: int,
    en: tuple[str, str],
    de: tuple[str, str],
    *,
    de_du: str | None = None,
    draft: str | None = None,
) -> StepTemplate:
    detail = {"en": en[1], "de": de[1]}
    if de_du is not None:
        detail["de_du"] = de_du
    return StepTemplate(
        id=id,
        kind=kind,
        due_in_business_days=due,
        title={"en": en[0], "de": de[0]},
        detail=detail,
        draft_kind=draft,
    )


_STEPS: tuple[StepTemplate, ...] = (
    # --- bureaucracy: the customer wants to renew, the process is in the way ---------------
    _step(
        "map_approval_process", "our_action", 2,
        ("Map their approval process",
         "Who reviews at which stage, how long each stage usually takes, where the renewal "
         "is right now and what tends to hold things up there."),
        ("Freigabeprozess skizzieren",
         "Wer prüft in welcher Phase, wie lange dauert jede Phase üblicherweise, wo steht die "
         "Verlängerung gerade und woran hakt es dort erfahrungsgemäß?"),
    ),
    _step(
        "get_procurement_contact", "our_action", 2,
        ("Get the procurement contact",
         "Ask the champion to introduce you to the person in procurement who handles the "
         "renewal, so questions are answered directly instead of through a chain of e-mails."),
        ("Ansprechpartner im Einkauf erfragen",
         "Den Champion um eine direkte Vorstellung bei der zuständigen Person im Einkauf "
         "bitten, damit Rückfragen ohne Umweg über mehrere Postfächer geklärt werden."),
    ),
    _step(
        "send_documents_upfront", "our_action", 1,
        ("Send every document before it is requested",
         "Quote, order form, security and privacy documentation, supplier details: send the "
         "full set in one go, in formats that also open on a phone."),
        ("Alle Unterlagen unaufgefordert schicken",
         "Angebot, Bestellformular, Unterlagen zu Sicherheit und Datenschutz, "
         "Lieferantenstammdaten: alles in einem Rutsch und in Formaten, die sich auch auf dem "
         "Smartphone öffnen lassen."),
        draft="bureaucracy_help",
    ),
    _step(
        "ask_what_speeds_it_up", "check_in", 2,
        ("Ask what would make it quick",
         "Ask procurement what they need from us to process the renewal fast, and deliver it "
         "the same day."),
        ("Fragen, was es beschleunigt",
         "Beim Einkauf nachfragen, was von uns gebraucht wird, damit die Verlängerung zügig "
         "durchläuft, und es noch am selben Tag liefern."),
    ),
    _step(
        "remove_signing_friction", "our_action", 2,
        ("Make signing effortless",
         "Pre-fill the forms, offer e-signature as well as a PDF, and offer a short call to "
         "walk the signatory through it."),
        ("Unterschrift so einfach wie möglich machen",
         "Formulare vorausfüllen, elektronische Signatur und PDF anbieten und einen kurzen "
         "Termin vorschlagen, in dem wir die unterzeichnende Person durch den Ablauf führen."),
        draft="bureaucracy_help",
    ),
    _step(
        "confirm_signing_authority", "our_action", 3,
        ("Confirm who can sign",
         "If your contact cannot sign, find out who can. Go around the champion only when "
         "time is running out, and tell them before you do."),
        ("Zeichnungsberechtigung klären",
         "Falls der Kontakt nicht unterschreiben darf: herausfinden, wer es darf. Den Champion "
         "nur übergehen, wenn die Zeit knapp wird, und ihn vorher informieren."),
    ),
    _step(
        "follow_up_procurement", "check_in", 5,
        ("Follow up with procurement",
         "Check in with procurement directly, not only with the champion; pair an automated "
         "reminder with a short personal note."),
        ("Beim Einkauf nachfassen",
         "Direkt beim Einkauf nachhaken, nicht nur beim Champion; eine automatische "
         "Erinnerung mit einer kurzen persönlichen Nachricht kombinieren."),
    ),
    _step(
        "equip_champion_for_approval", "our_action", 3,
        ("Equip the champion for the internal approval",
         "Offer an executive summary, talking points for leadership and to join the approval "
         "meeting if that helps."),
        ("Champion für die interne Freigabe ausstatten",
         "Eine Management-Zusammenfassung und Argumente für die Geschäftsleitung anbieten, "
         "auf Wunsch auch die Teilnahme am Freigabetermin."),
        draft="champion_kit",
    ),
    # --- budget timing ----------------------------------------------------------------------
    _step(
        "map_budget_cycle", "our_action", 2,
        ("Find out the budget cycle",
         "When is the next budget released, who allocates it, and is the renewal already "
         "planned in it?"),
        ("Budgetzyklus klären",
         "Wann wird das nächste Budget freigegeben, wer verteilt es, und ist die Verlängerung "
         "darin schon eingeplant?"),
    ),
    _step(
        "align_to_budget_cycle", "our_action", 3,
        ("Fit the renewal to the budget cycle",
         "Offer to date or split the invoice so it fits their budget, and check whether a "
         "bridge to the start of the next budget quarter would help."),
        ("Verlängerung an den Budgetzyklus anpassen",
         "Anbieten, die Rechnung passend zum Budget zu datieren oder aufzuteilen, und prüfen, "
         "ob eine Brückenlösung bis zum nächsten Budgetquartal hilft."),
    ),
    _step(
        "follow_up_finance", "check_in", 5,
        ("Stay in touch with finance",
         "A brief, friendly check-in with finance or the budget holder; ask whether anything "
         "is missing, without pushing."),
        ("Mit der Finanzabteilung in Kontakt bleiben",
         "Kurz und freundlich bei der Finanzabteilung oder den Budgetverantwortlichen "
         "nachfragen, ob noch etwas fehlt, ohne zu drängen."),
    ),
    # --- stalled decision: alignment, criteria, arming the champion -------------------------
    _step(
        "probe_real_reason", "check_in", 1,
        ("Find the real reason",
         "Ask what has to happen during the extra time and listen to how they answer, not only "
         "to what they say. Offer specific help instead of \u201clet me know\u201d."),
        ("Den eigentlichen Grund herausfinden",
         "Fragen, was in der zusätzlichen Zeit passieren muss, und darauf achten, wie die "
         "Antwort ausfällt, nicht nur was gesagt wird. Konkrete Hilfe anbieten statt "
         "\u201emelden Sie sich einfach\u201c."),
        de_du=(
            "Fragen, was in der zusätzlichen Zeit passieren muss, und darauf achten, wie die "
            "Antwort ausfällt, nicht nur was gesagt wird. Konkrete Hilfe anbieten statt "
            "\u201emeld dich einfach\u201c."
        ),
        draft="discovery",
    ),
    _step(
        "triangulate", "our_action", 3,
        ("Hear more than one voice",
         "Ask the champion what really holds things up, the economic buyer whether there is a "
         "concern, and a few users how they feel about renewing."),
        ("Mehrere Stimmen einholen",
         "Den Champion fragen, was wirklich bremst, die Budgetverantwortlichen, ob es "
         "Bedenken gibt, und einige Anwender, wie sie zur Verlängerung stehen."),
    ),
    _step(
        "offer_specific_help", "our_action", 2,
        ("Offer specific help",
         "Name what you can do: join a meeting, prepare material for a named colleague, talk "
         "to someone directly or adjust the terms."),
        ("Konkrete Hilfe anbieten",
         "Benennen, was wir tun können: an einem Termin teilnehmen, Unterlagen für eine "
         "bestimmte Person vorbereiten, direkt mit jemandem sprechen oder Konditionen anpassen."),
    ),
    _step(
        "map_stakeholders", "our_action", 2,
        ("Map the stakeholders",
         "Who must agree, what each of them cares about, and where they disagree."),
        ("Beteiligte und ihre Interessen erfassen",
         "Wer muss zustimmen, worauf legt jede Person Wert, und wo gehen die Meinungen "
         "auseinander?"),
    ),
    _step(
        "ask_decision_criteria", "check_in", 3,
        ("Make the decision criteria explicit",
         "Value delivered against expectations, price against budget, us against the "
         "alternatives, strategic fit against priorities: agree the criteria and work through "
         "each one."),
        ("Entscheidungskriterien greifbar machen",
         "Nutzen im Vergleich zu den Erwartungen, Preis im Vergleich zum Budget, wir im "
         "Vergleich zu Alternativen, strategische Passung im Vergleich zu den Prioritäten: "
         "Kriterien gemeinsam festhalten und eins nach dem anderen klären."),
    ),
    _step(
        "convene_stakeholders", "customer_commitment", 5,
        ("Bring everyone into one meeting",
         "Propose one call with everyone who has a say and act as the facilitator: agenda, "
         "open questions, the decision that is needed."),
        ("Alle Beteiligten an einen Tisch holen",
         "Einen gemeinsamen Termin mit allen Entscheidern vorschlagen und ihn moderieren: "
         "Agenda, offene Fragen, die nötige Entscheidung."),
        draft="alignment_invitation",
    ),
    _step(
        "arm_champion", "our_action", 3,
        ("Arm the champion",
         "Executive summary for the boss, ROI calculation for finance, comparison with the "
         "alternatives, the risks of not renewing, references from similar customers."),
        ("Champion mit Argumenten ausstatten",
         "Management-Zusammenfassung für die Vorgesetzten, ROI-Rechnung für die "
         "Finanzabteilung, Vergleich mit Alternativen, Risiken einer Nichtverlängerung, "
         "Referenzen ähnlicher Kunden."),
        draft="champion_kit",
    ),
    _step(
        "consider_executive_contact", "our_action", 5,
        ("Consider executive-to-executive contact",
         "Only if the renewal stays stuck despite your efforts; check the escalation criteria "
         "before involving an executive."),
        ("Kontakt auf Geschäftsleitungsebene prüfen",
         "Nur wenn die Verlängerung trotz aller Bemühungen feststeckt; vorher die "
         "Eskalationskriterien prüfen."),
    ),
    # --- champion change -----------------------------------------------------------------------
    _step(
        "identify_new_owner", "our_action", 1,
        ("Identify the new owner",
         "Find out who is now responsible for the product and the renewal, and how to reach "
         "them."),
        ("Neue Ansprechperson ermitteln",
         "Herausfinden, wer jetzt für das Produkt und die Verlängerung zuständig ist und wie "
         "diese Person erreichbar ist."),
    ),
    _step(
        "prepare_usage_story", "our_action", 2,
        ("Prepare the usage data",
         "Who uses what and how often, and which results the product has delivered since it "
         "was bought: the story the new owner has not heard."),
        ("Nutzungsdaten aufbereiten",
         "Wer nutzt was und wie oft, und welche Ergebnisse das Produkt seit dem Kauf gebracht "
         "hat: die Geschichte, die die neue Person noch nicht kennt."),
    ),
    _step(
        "restart_with_new_owner", "check_in", 3,
        ("Restart the conversation with the new owner",
         "Introduce yourself, explain why the product was bought and what it delivers, and ask "
         "what matters to them. Treat the timeline as reset."),
        ("Das Gespräch mit der neuen Ansprechperson von vorn beginnen",
         "Vorstellen, erklären, warum das Produkt gekauft wurde und was es leistet, und "
         "fragen, worauf es ihr ankommt. Den Zeitplan als neu gestartet betrachten."),
        draft="new_owner_intro",
    ),
    # --- priority: gentle urgency -------------------------------------------------------------
    _step(
        "show_impact", "our_action", 2,
        ("Make the impact visible",
         "Explain what the open renewal causes and what happens if nothing is decided by the "
         "contract end: real facts, no pressure."),
        ("Auswirkungen sichtbar machen",
         "Erklären, was die offene Verlängerung bewirkt und was passiert, wenn bis zum "
         "Vertragsende nichts entschieden ist: echte Fakten, kein Druck."),
        draft="impact_transparency",
    ),
    _step(
        "simplify_choice", "our_action", 3,
        ("Reduce the decision to three options",
         "Renew as is, renew and expand, or part ways: a short choice competes better for "
         "attention than an open question."),
        ("Die Entscheidung auf drei Optionen reduzieren",
         "Verlängern wie bisher, verlängern und erweitern oder sich trennen: Eine kurze "
         "Auswahl setzt sich im Alltag leichter durch als eine offene Frage."),
        draft="three_options",
    ),
    _step(
        "offer_real_incentive", "our_action", 3,
        ("Offer a real trade-off",
         "An early-renewal, multi-year or price-lock incentive where the facts support it; "
         "never an invented expiry date."),
        ("Einen echten Anreiz anbieten",
         "Frühverlängerung, Mehrjahresvertrag oder Preisbindung, wo die Fakten es hergeben; "
         "niemals ein erfundenes Ablaufdatum."),
    ),
    _step(
        "set_real_deadline", "decision_deadline", 5,
        ("Name the real deadline",
         "A date with a real reason and a real consequence, usually the contract end; say "
         "what happens if it passes."),
        ("Die echte Frist benennen",
         "Ein Datum mit echtem Grund und echter Folge, meist das Vertragsende; sagen, was "
         "passiert, wenn es verstreicht."),
        draft="real_deadline",
    ),
    # --- problems: full intervention --------------------------------------------------------
    _step(
        "ask_openly_whats_wrong", "check_in", 1,
        ("Ask openly what is not working",
         "Stop assuming all is well. Ask plainly: \u201cIs something not working the way you "
         "need it to?\u201d"),
        ("Offen fragen, was nicht funktioniert",
         "Nicht länger so tun, als sei alles in Ordnung. Direkt fragen: \u201eFunktioniert "
         "etwas nicht so, wie Sie es brauchen?\u201c"),
        de_du=(
            "Nicht länger so tun, als sei alles in Ordnung. Direkt fragen: \u201eLäuft bei euch "
            "etwas nicht so, wie ihr es braucht?\u201c"
        ),
    ),
    _step(
        "listening_call", "check_in", 2,
        ("Hold a call only to listen",
         "No defending, no explaining, no slides: let them talk, take notes and read the "
         "concerns back at the end."),
        ("Ein reines Zuhörgespräch führen",
         "Nicht verteidigen, nicht erklären, keine Folien: reden lassen, mitschreiben und die "
         "Punkte am Ende zusammenfassen."),
        draft="listening_call",
    ),
    _step(
        "rank_concerns", "customer_commitment", 3,
        ("Separate must-fix from nice-to-fix",
         "List the concerns, ask which one is most critical and whether fixing it would change "
         "the renewal decision."),
        ("Muss-Themen von Kann-Themen trennen",
         "Die Anliegen auflisten und fragen, welches am kritischsten ist und ob seine Lösung "
         "die Entscheidung über die Verlängerung ändern würde."),
    ),
    _step(
        "repair_relationship", "our_action", 3,
        ("Repair the relationship",
         "Acknowledge mistakes, apologise where it is due, commit to specific improvements and "
         "talk more often than before."),
        ("Die Beziehung reparieren",
         "Fehler eingestehen, sich entschuldigen, wo es angebracht ist, konkrete "
         "Verbesserungen zusagen und öfter miteinander sprechen als bisher."),
    ),
    _step(
        "remediation_plan", "our_action", 5,
        ("Send a remediation plan in three horizons",
         "Immediate actions within 48 hours, short-term fixes within 30 days, structural "
         "improvements in 60 to 90 days, each with an owner on our side."),
        ("Maßnahmenplan in drei Stufen schicken",
         "Sofortmaßnahmen innerhalb von 48 Stunden, kurzfristige Lösungen innerhalb von 30 "
         "Tagen, strukturelle Verbesserungen in 60 bis 90 Tagen, jeweils mit einer "
         "verantwortlichen Person bei uns."),
        draft="remediation_plan",
    ),
    _step(
        "offer_bridge_while_fixing", "our_action", 5,
        ("Bridge the time while fixing",
         "A workaround now, a concession during the transition, extra support, or "
         "month-to-month terms while the improvement is proven."),
        ("Die Zeit bis zur Lösung überbrücken",
         "Jetzt eine Übergangslösung, ein Entgegenkommen während der Umstellung, zusätzliche "
         "Betreuung oder monatliche Laufzeit, bis die Verbesserung nachgewiesen ist."),
    ),
    _step(
        "ask_plan_sufficient", "check_in", 7,
        ("Ask whether the plan is enough",
         "Ask directly whether the plan addresses the concerns well enough for them to renew."),
        ("Fragen, ob der Plan ausreicht",
         "Direkt fragen, ob der Plan die Bedenken so weit ausräumt, dass eine Verlängerung in "
         "Frage kommt."),
    ),
    _step(
        "offer_conditional_path", "customer_commitment", 7,
        ("Offer a conditional path",
         "The plan, an improvement period, check-ins at an agreed frequency; renew if there is "
         "real progress, part professionally if not."),
        ("Einen Weg mit Bedingungen anbieten",
         "Der Plan, ein Zeitraum für die Verbesserung, Abstimmungen in festem Rhythmus; bei "
         "echten Fortschritten verlängern, sonst professionell auseinandergehen."),
    ),
    # --- shopping ------------------------------------------------------------------------------
    _step(
        "respond_at_once", "our_action", 0,
        ("Respond today",
         "A shopping delay does not wait: reply the same day and ask for a conversation this "
         "week."),
        ("Noch heute reagieren",
         "Wer sich nach Alternativen umsieht, wartet nicht: noch am selben Tag antworten und "
         "um ein Gespräch in dieser Woche bitten."),
    ),
    _step(
        "ask_about_alternatives", "check_in", 1,
        ("Ask directly about alternatives",
         "Ask plainly: \u201cAre you also looking at other options at the moment?\u201d "
         "A clear answer now is worth more than a polite surprise later."),
        ("Direkt nach Alternativen fragen",
         "Offen fragen: \u201eSchauen Sie sich gerade auch andere Lösungen an?\u201c Eine "
         "klare Antwort jetzt ist mehr wert als eine höfliche Überraschung später."),
        de_du=(
            "Offen fragen: \u201eSchaut ihr euch gerade auch andere Lösungen an?\u201c Eine "
            "klare Antwort jetzt ist mehr wert als eine höfliche Überraschung später."
        ),
        draft="discovery",
    ),
    _step(
        "learn_evaluation", "check_in", 2,
        ("Understand their evaluation",
         "Criteria, timeline, who decides, and where the alternative looks stronger to them."),
        ("Den Auswahlprozess des Kunden verstehen",
         "Kriterien, Zeitplan, wer entscheidet und wo die Alternative aus ihrer Sicht "
         "stärker wirkt."),
    ),
    _step(
        "answer_with_value", "our_action", 3,
        ("Answer with value, not with discounts",
         "A comparison on their criteria, the ROI so far, references from similar customers; "
         "address the points where the alternative looks stronger."),
        ("Mit Nutzen antworten, nicht mit Rabatten",
         "Ein Vergleich anhand ihrer Kriterien, der bisherige ROI, Referenzen ähnlicher "
         "Kunden; gezielt auf die Punkte eingehen, bei denen die Alternative stärker wirkt."),
        draft="champion_kit",
    ),
    _step(
        "check_walk_away", "our_action", 10,
        ("Check the walk-away signs",
         "Several extensions without progress, no honest conversation, problems that cannot be "
         "fixed in time: then close professionally and leave the door open."),
        ("Prüfen, ob es Zeit ist loszulassen",
         "Mehrere Verlängerungen ohne Fortschritt, kein offenes Gespräch, Probleme, die sich "
         "nicht rechtzeitig lösen lassen: dann professionell abschließen und die Tür "
         "offenhalten."),
        draft="professional_exit",
    ),
    # --- closing steps for every situation ------------------------------------------------------
    _step(
        "set_mutual_plan", "customer_commitment", 3,
        ("Agree a mutual plan",
         "Turn \u201clater\u201d into dates: information by A, reconnect on B, decision by C, "
         "with the contract end as the hard deadline, confirmed by the customer."),
        ("Gemeinsamen Zeitplan vereinbaren",
         "Aus \u201espäter\u201c Termine machen: Informationen bis A, Abstimmung am B, "
         "Entscheidung bis C, das Vertragsende als feste Grenze, vom Kunden bestätigt."),
        draft="mutual_plan",
    ),
    _step(
        "confirm_decision_date", "decision_deadline", 10,
        ("Hold the decision date",
         "The date by which the renewal is decided, leaving enough time before the contract "
         "end for the paperwork."),
        ("Entscheidungstermin halten",
         "Das Datum, bis zu dem über die Verlängerung entschieden ist, mit genug Abstand zum "
         "Vertragsende für die Formalitäten."),
    ),
    _step(
        "follow_up_champion", "check_in", 5,
        ("Check in with the champion",
         "A short, friendly check-in on the agreed date: where things stand and whether "
         "anything is missing."),
        ("Beim Champion nachfragen",
         "Am vereinbarten Tag kurz und freundlich nachfragen: Wo steht es, fehlt noch etwas?"),
    ),
    _step(
        "step_back_if_stalled", "our_action", 15,
        ("Offer to step back if nothing moves",
         "If the dates slip without progress, propose a pause and let the customer come back "
         "when the timing is better, with the contract end stated plainly."),
        ("Eine Pause anbieten, wenn sich nichts bewegt",
         "Wenn die Termine ohne Fortschritt verstreichen, eine Pause vorschlagen und den Kunden "
         "wiederkommen lassen, wenn der Zeitpunkt besser passt, mit klarem Hinweis auf das "
         "Vertragsende."),
        draft="step_back",
    ),
)

STEP_LIBRARY: dict[str, StepTemplate] = {step.id: step for step in _STEPS}
