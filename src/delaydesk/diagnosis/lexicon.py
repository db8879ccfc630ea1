"""The signal lexicon: phrasings of domain.md's signals in German and English.

Each rule is a regular expression over folded text (see ``text.fold``), written in a small dialect
so that it stays readable and tolerant:

* write umlauts and ``ß`` as such: ``prüfung`` also matches ``pruefung`` and ``prufung``,
  ``grüße`` also ``gruesse``/``grüsse``; a written ``ss`` also matches a single ``s``;
* a space matches any run of spaces and hyphens (``follow up`` matches ``follow-up``);
* `` * `` between two words allows up to three words in between;
* a leading ``~`` matches inside a word (German compounds: ``~budget`` finds ``Softwarebudget``);
* every rule ends at a word boundary; end with ``\\w*`` to allow any ending.

Speed: one big alternation over every rule would cost hundreds of microseconds per message. So
each rule is indexed by the literal word it starts with (its trigger); a message's tokens are
looked up in that index (cached per distinct token) and only the few candidate rules run, anchored
at the token. The ``build`` step checks that every rule has a usable trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from delaydesk.diagnosis.text import TOKEN_RE, canonical, fold

_MONTHS_EN = (
    "january|february|march|april|june|july|august|september|october|november|december"
)
_MONTHS_DE = "januar|jänner|februar|feber|märz|april|juni|juli|august|september|oktober|november|dezember"
_MON = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|jän|mär|mai|okt|dez"
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAYS_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
_NUM_EN = r"(?:\d+|one|two|three|four|five|six|ten|a)"
_NUM_DE = r"(?:\d+|einer|einem|zwei|drei|vier|fünf|sechs|zehn)"
_TIME_AFTER = (
    r"(?!(?:\s+\S+){0,4}\s+(?:by|on|next|tomorrow|within|before|in \d|early|end|mid|"
    r"monday|tuesday|wednesday|thursday|friday|am|bis|nächste|morgen|spätestens|anfang|mitte|"
    r"ende|kw|montag|dienstag|mittwoch|donnerstag|freitag|\d))"
)

# signal id -> rules. Internal helper cues (prefix "_") feed the missing-information check only.
RULES: Final[dict[str, tuple[str, ...]]] = {
    # ---------------------------------------------------------------- good signals
    "concrete_timeline": (
        r"\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:" + _MON + r")[a-zä]*",
        r"\d{1,2}\. ?(?:" + _MON + r")[a-zä]*",
        r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?",
        r"\d{4}-\d{2}-\d{2}",
        r"(?:" + _MONTHS_EN + r")(?: \d{1,2}(?:st|nd|rd|th)?)?",
        r"(?:mid|early|late|end of|beginning of|start of|by|in|until|before) may",
        r"(?:mid|early|late) (?:" + _MONTHS_EN + r"|next week|next month)",
        r"(?:end|beginning|start|middle) of (?:the |this |next )?(?:week|month|quarter|"
        + _MONTHS_EN + r"|may)",
        r"next (?:" + _DAYS_EN + r"|week|month)",
        r"(?:" + _DAYS_EN + r")",
        r"(?:in|within) " + _NUM_EN + r" (?:business |working )?(?:days?|weeks?)",
        r"tomorrow",
        r"this (?:week|friday|month)",
        r"(?:eod|eow|eom|cob)",
        r"(?:cw|kw|week) ?\d{1,2}",
        r"(?:" + _MONTHS_DE + r")",
        r"(?:anfang|mitte|ende) (?:" + _MONTHS_DE + r"|nächste[rn]? woche|kommende[rn]? woche|des monats|"
        r"dieses monats|diese[rn]? woche|q[1-4]|kw ?\d+)",
        r"~monatsende",
        r"~wochenende",
        r"nächste[nr]? (?:woche|" + _DAYS_DE + r"|monat)",
        r"kommende[nr]? (?:woche|" + _DAYS_DE + r"|monat)",
        r"(?:" + _DAYS_DE + r")\w*",
        r"(?<!guten )morgen",
        r"übermorgen",
        r"in " + _NUM_DE + r" (?:tag|tage|tagen|woche|wochen)",
        r"innerhalb (?:von |der nächsten )?" + _NUM_DE + r" (?:tag|tage|tagen|woche|wochen|arbeitstag\w*)",
        r"kalenderwoche \d+",
        r"diese woche",
        r"bis (?:zum|spätestens) \d",
        r"spätestens (?:am|bis|zum|ende|anfang|mitte|\d)",
    ),
    "apologetic": (
        r"sorry",
        r"apologi[sz]\w*",
        r"apologies",
        r"my bad",
        r"(?:i|we) regret",
        r"entschuldig\w*",
        r"tut (?:mir|uns) (?:sehr |wirklich |echt )?leid",
        r"verzeihung",
        r"verzeihen sie",
        r"bitte um (?:nachsicht|entschuldigung|verständnis)",
        r"pardon",
        r"sorry für",
        r"bedaure\w*",
    ),
    "proactive_updates": (
        r"(?:quick|short|brief|small|little) (?:update|heads up|status|note)",
        r"heads ?up",
        r"(?:wanted|want) to (?:let you know|give you an update|update you|keep you "
        r"posted|keep you updated|keep you in the loop|flag)",
        r"(?:status|progress) update",
        r"as promised",
        r"fyi",
        r"(?:keep|keeping) you (?:posted|updated|in the loop)",
        r"(?:kurze[sn]?|kleine[sn]?) (?:update|zwischenstand|zwischeninfo|info|statusupdate|"
        r"rückmeldung|stand|nachricht)",
        r"zwischenstand",
        r"zur info\w*",
        r"(?:wollte|möchte|will) (?:ihnen|dir|euch) (?:nur )?kurz (?:bescheid|mitteilen|berichten|"
        r"rückmeldung|info|sagen|schreiben)",
        r"wie versprochen",
        r"wie angekündigt",
        r"stand der dinge",
        r"(?:auf dem laufenden)",
        r"~statusupdate",
    ),
    "asks_how_to_proceed": (
        r"what (?:do you|would you|else do you) need from (?:us|me)",
        r"anything (?:you need|we can do|else you need|i can do)",
        r"how (?:can|could|do|should) we (?:speed|move|get|proceed|make|keep|handle)",
        r"(?:what'?s|what is|what are) the next steps?",
        r"(?:can|could|would) you (?:please )?(?:send|share|provide|resend|prepare|draft|issue|"
        r"update|adjust|hold|extend|keep|confirm|fill)",
        r"(?:send|share) (?:us|me) (?:the|a|an|your)",
        r"how (?:should|do|shall) we proceed",
        r"(?:would|could|is|would it be possible to get) (?:a|an) (?:short |brief |temporary |"
        r"small |\d+[- ]day |one[- ]month |30[- ]day |60[- ]day )?extension",
        r"(?:hold|keep|freeze|extend) (?:the |our )?(?:current )?(?:pricing|price|prices|contract|"
        r"access|licen[cs]es?|subscription|rate)",
        r"(?:happy|glad) to (?:jump on|hop on|join|do) a call",
        r"was (?:brauchen|benötigen) sie (?:noch )?von (?:uns|mir)",
        r"wie (?:können|könnten) wir (?:das |die sache )?(?:beschleunigen|vorgehen|weitermachen|"
        r"verfahren|lösen|überbrücken)",
        r"wie (?:gehen|machen|verfahren) wir (?:jetzt |nun |am besten )?(?:weiter|vor)",
        r"(?:können|könnten|würden) sie (?:uns |mir )?(?:bitte )?(?:\S+ ){0,4}(?:schicken|senden|"
        r"zusenden|zukommen lassen|bereitstellen|ausstellen|vorbereiten|anpassen|halten|verlängern)",
        r"(?:schicken|senden|übermitteln) sie (?:uns|mir)",
        r"(?:wäre|ist|gibt es) (?:eine |die möglichkeit einer )?(?:kurze |kleine |befristete |"
        r"vorübergehende )?(?:verlängerung|übergangslösung|fristverlängerung|überbrückung)",
        r"nächste[nr]? schritte?",
        r"gibt es (?:etwas|noch etwas|irgendetwas),? (?:das|was) (?:wir|ich)",
        r"(?:könnten|können) wir (?:den |die |das )?(?:vertrag|laufzeit|zugang|preis|konditionen)",
    ),
    # ---------------------------------------------------------------- bad signals
    "vague": (
        r"(?:some|a few|several|various|certain|a couple of|a number of) (?:internal )?(?:things|"
        r"issues|matters|topics|reasons|factors|considerations|changes|questions)",
        r"internal (?:matters|reasons|things|discussions|considerations|stuff|topics|changes)",
        r"(?:it'?s|its|it is) (?:complicated|a long story|a bit complicated|difficult to explain)",
        r"(?:for|due to) (?:various|several|a few|different|internal|a number of) reasons",
        r"(?:stuff|things|something) (?:going on|came up|has come up|have come up)",
        r"not (?:the )?right (?:time|moment)",
        r"(?:can'?t|cannot|can not) (?:go into|share|say) (?:more|details|much|anything)",
        r"(?:circumstances|situation|things) (?:has|have) changed",
        r"(?:some|a few) (?:changes|things) on our (?:side|end)",
        r"not (?:in a position|able) to (?:say|share|commit)",
        r"(?:interne|verschiedene|diverse|einige|mehrere|organisatorische|andere) (?:gründe|themen|"
        r"dinge|punkte|angelegenheiten|sachen|faktoren|veränderungen|umstände)",
        r"aus (?:internen|verschiedenen|diversen|organisatorischen|unterschiedlichen|mehreren) "
        r"gründen",
        r"(?:das ist|es ist|ist) (?:kompliziert|schwierig zu erklären|eine lange geschichte)",
        r"kann (?:ich |man )?(?:dazu |ihnen )?(?:noch |leider )?nichts (?:genaues|näheres|"
        r"konkretes|weiter\w*) sagen",
        r"nicht (?:der )?(?:richtige[n]?|passende[n]?) (?:zeitpunkt|moment)",
        r"(?:lage|situation) (?:hat sich|ist) (?:geändert|unklar|schwierig)",
        r"(?:gerade|derzeit|aktuell|momentan) (?:etwas |eher )?(?:schwierig|ungünstig|unklar)",
        r"(?:einiges|manches|vieles) (?:im umbruch|in bewegung|unklar|offen)",
        r"(?:hat sich einiges|ist einiges) (?:geändert|passiert)",
    ),
    "defensive": (
        r"as (?:i|we) (?:already |have already |'ve already |previously )?(?:said|mentioned|told "
        r"you|explained|stated)",
        r"(?:i|we) (?:already |have already |'ve already )told you",
        r"stop (?:chasing|pushing|calling|emailing|following up|sending)",
        r"no need to (?:chase|push|keep asking|follow up|keep following|remind)",
        r"(?:don'?t|do not) (?:need|appreciate) (?:the |all the |this )?(?:pressure|chasing|"
        r"reminders|pushing)",
        r"(?:we'?re|we are) (?:not|under no) obligat\w*",
        r"(?:pushing|pressuring|pressing|chasing) (?:us|me)",
        r"(?:enough|too many|constant) (?:reminders|follow ups|emails|calls|chasers)",
        r"(?:we will|we'll) decide when",
        r"in our own time",
        r"(?:i|we) (?:don'?t|do not) see why",
        r"(?:back off|leave it with us)",
        r"(?:wie|was) (?:ich |wir )?(?:bereits|schon) (?:gesagt|erwähnt|mitgeteilt|geschrieben|"
        r"erklärt)",
        r"(?:habe|hatte|haben) (?:ich |wir )?(?:ihnen )?(?:doch )?(?:bereits|schon) (?:gesagt|"
        r"geschrieben|mitgeteilt|erklärt)",
        r"(?:kein|keinen) (?:druck|stress)",
        r"(?:nicht|kein) (?:drängen|drängeln|nachhaken|hetzen)",
        r"(?:hören sie auf|lassen sie uns (?:bitte )?(?:in ruhe|zeit))",
        r"entscheiden,? wenn wir",
        r"(?:ständig|dauernd|schon wieder|permanent) (?:nachfragen|anrufe|anrufen|mails|"
        r"erinnerungen|nachgefragt)",
        r"(?:unnötig\w*|unangemessen\w*) druck",
        r"(?:fühlen|fühle) (?:uns|mich) (?:unter druck|gedrängt|bedrängt)",
        r"~drängel\w*",
    ),
    "no_timeline": (
        r"(?:we|i)(?:'ll| will| shall) (?:let you know|get back to you|be in touch|come back to "
        r"you|revert|reach out|circle back)" + _TIME_AFTER,
        r"(?:no|not (?:sure|clear)|unclear|hard to say|can'?t say|cannot say|difficult to say|"
        r"don'?t know|no idea) (?:yet )?(?:when|how long)",
        r"no (?:fixed |firm |clear |set |concrete )?(?:date|timeline|timeframe|time frame|eta)",
        r"(?:check|touch|circle|come) back (?:in|after) (?:a few|a couple of|some|several) "
        r"(?:weeks|months)",
        r"(?:in|for|give us) (?:a few|a couple of|some|several) (?:more )?(?:weeks|months)",
        r"at some point",
        r"sometime (?:next year|later|soon|this year|in the future)",
        r"when (?:things|it|the dust) (?:calm|settle)s? down",
        r"down the (?:road|line)",
        r"eventually",
        r"in due course",
        r"when the time is right",
        r"at a later (?:date|stage|point)",
        r"(?:until|till) further notice",
        r"on hold",
        r"(?:put|putting|parked|park) (?:it|this|the renewal|things|everything) (?:on hold|aside)",
        r"no rush",
        r"(?:when|once) (?:we|i) (?:know more|have more clarity|are ready|have clarity)",
        r"(?:wir|ich) (?:melden|melde) (?:uns|mich)" + _TIME_AFTER,
        r"(?:melden|melde) (?:uns|mich) (?:dann|danach|wieder|später|bei ihnen|nochmal|"
        r"zurück)" + _TIME_AFTER,
        r"(?:sobald|wenn) (?:wir|ich) (?:mehr wissen|so weit sind|soweit sind|klarheit haben|"
        r"näheres wissen)",
        r"(?:derzeit|aktuell|momentan|noch|zurzeit) (?:nicht|kaum) (?:absehbar|abzusehen|"
        r"abschätzbar|zu sagen)",
        r"kann (?:ich|man) (?:noch |derzeit |aktuell |leider )?nicht sagen",
        r"kein(?:en)? (?:konkreten |festen |genauen |klaren )?(?:termin|zeitplan|zeitrahmen|"
        r"datum|zeithorizont)",
        r"irgendwann",
        r"zu gegebener zeit",
        r"(?:in|nach) (?:ein paar|einigen|ein, zwei|ein bis zwei|paar) (?:wochen|monaten)",
        r"(?:vorerst|erstmal|erst mal|vorläufig|zunächst) (?:auf eis|zurückgestellt|pausier\w*|"
        r"nicht)",
        r"auf eis",
        r"zu einem späteren zeitpunkt",
        r"bis auf weiteres",
        r"keine eile",
        r"in den sternen",
        r"offen,? (?:wann|bis wann)",
        r"(?:wann|bis wann) (?:genau )?(?:das|es|wir) (?:\w+ )?(?:weitergeht|entschieden)",
    ),
    "went_silent": (
        r"no (?:reply|response|answer|word|reaction|feedback|call back|callback)",
        r"(?:hasn'?t|have not|haven'?t|has not|didn'?t|did not|never) (?:replied|responded|"
        r"answered|gotten back|got back|returned|come back|picked up|called back|heard back)",
        r"(?:haven'?t|have not|hadn'?t) heard (?:back|anything)",
        r"(?:not|no longer|stopped) (?:responding|replying|answering|reachable|returning)",
        r"ghost\w*",
        r"radio silence",
        r"(?:gone|went|has gone|have gone) (?:quiet|silent|dark|mia|awol)",
        r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:follow up|chaser|reminder|attempt|"
        r"voicemail|email|nudge|try)",
        r"(?:left|several|two|three|multiple|four) (?:voicemails?|messages|unanswered)",
        r"unanswered",
        r"unreturned",
        r"silence (?:since|for)",
        r"heard nothing",
        r"nothing (?:since|back|heard)",
        r"keine (?:antwort|rückmeldung|reaktion|rückantwort)",
        r"(?:meldet|meldete|melden) sich (?:nicht|seit|seitdem|seither|kaum)",
        r"(?:reagiert|antwortet|reagierte|antwortete|reagieren|antworten) (?:nicht|seit|kaum|"
        r"überhaupt nicht)",
        r"funkstille",
        r"(?:nicht|schwer|kaum) (?:erreichbar|zu erreichen)",
        r"(?:zweite|dritte|vierte|fünfte|mehrere|wiederholte)\w* (?:nachfrage|erinnerung|anruf|mail|"
        r"versuch|nachricht)\w*",
        r"mehrfach (?:nachgefragt|angerufen|angeschrieben|versucht|erinnert|nachgehakt)",
        r"(?:seitdem|seither) (?:nichts|still|keine|ruhe|funkstille)",
        r"nichts (?:mehr )?(?:gehört|zurück)",
        r"(?:abgetaucht|taucht ab|tauchstation)",
        r"unbeantwortet",
        r"mailbox",
    ),
    "ignores_help": (
        r"(?:declined|turned down|refused|rejected|brushed off|ignored|passed on|didn'?t (?:take|"
        r"accept|want)|did not (?:take|accept|want)) (?:up )?(?:our |my |the |a )?(?:offer|"
        r"invitation|invite|call|meeting|help|workshop|session|demo|training|proposal|support)",
        r"(?:no|not) (?:need|necessary) (?:for|to) (?:a |another |any )?(?:call|meeting|help|"
        r"session|workshop|support)",
        r"(?:don'?t|do not) need (?:any )?(?:help|support|a call|a meeting|anything from you)",
        r"not (?:necessary|needed) (?:at this point|right now|for now)",
        r"(?:lehnte|lehnt|lehnten|lehnen) \w* ?(?:\w+ )?ab",
        r"abgelehnt",
        r"(?:wollte|will|möchte|wollten|wollen) (?:keinen|kein|keine) (?:termin|call|gespräch|"
        r"workshop|hilfe|unterstützung|meeting|schulung|demo)",
        r"(?:brauchen|benötigen) (?:wir )?(?:keine|keinen) (?:hilfe|unterstützung|termin|call|"
        r"workshop|gespräch|schulung)",
        r"(?:ist|sei|wäre) (?:nicht nötig|nicht notwendig|nicht erforderlich|unnötig)",
        r"(?:ging|gingen|geht|gehen) (?:darauf |auf (?:das|unser|mein) angebot )?(?:nicht|nie) ein",
        r"(?:angebot|hilfe|termin|einladung)\w* (?:wurde |wurden )?(?:ignoriert|ausgeschlagen|"
        r"übergangen)",
    ),
    "conflicting_stories": (
        r"(?:said|says|told (?:me|us)|tells (?:me|us)) (?:something|the) (?:different|opposite|"
        r"exact opposite|else)",
        r"(?:different|conflicting|contradictory|mixed|inconsistent) (?:stor(?:y|ies)|messages|"
        r"signals|answers|statements|information|accounts|versions)",
        r"contradict\w*",
        r"(?:that'?s|this is|which is) not what (?:\w+ )?(?:told|said|heard)",
        r"(?:doesn'?t|does not|didn'?t) (?:match|square with|fit) (?:what|with what)",
        r"(?:but|whereas|while|however) (?:\w+ ){0,3}(?:said|says|told (?:me|us)|claims?|"
        r"insisted) (?:that )?(?:they|there|it|the|we|no|nothing)",
        r"widersprüch\w*",
        r"widerspr\w*",
        r"(?:sagt|sagte|meinte|behauptete|behauptet|erzählte|erzählt) (?:aber|dagegen|hingegen|"
        r"jedoch|etwas anderes|das gegenteil)",
        r"(?:andere|unterschiedliche|widersprüchliche|gegensätzliche) (?:aussagen|signale|infos|"
        r"informationen|geschichten|darstellungen|versionen|angaben)",
        r"(?:anders|unterschiedlich) (?:dargestellt|geschildert|erzählt)",
        r"(?:passt|deckt sich) nicht (?:mit|zu) (?:dem|der|den|was)",
        r"(?:hieß|hiess) es (?:noch|aber|dagegen|vorher)",
    ),
    "sudden_budget_concerns": (
        r"(?:review|reviewing|reviews|scrutin\w*|audit\w*|question\w*|cut|cuts|cutting|slash\w*|"
        r"trim\w*|reduc\w*|consolidat\w*|rationali[sz]\w*|look(?:ing)? hard at|going through) "
        r"(?:all |every |our |the |of )?(?:software|saas|tool|tooling|vendor|it|tech|subscription)?"
        r" ?(?:spend|spending|costs?|budgets?|expenses?|subscriptions|licen[cs]es|contracts|stack|"
        r"vendors|tools)",
        r"(?:cost|budget|spend|spending)[- ]?(?:cuts?|cutting|reduction|savings?|review|scrutiny|"
        r"pressure|constraints?|concerns?|tightening)",
        r"(?:savings|cost|efficiency|austerity) (?:programme|program|initiative|exercise|drive|"
        r"measures|plan)",
        r"(?:too|very|quite|rather|really) (?:expensive|pricey|costly|steep)",
        r"(?:justify|justifying|justification for) (?:the |this |our |another )?(?:cost|spend|price|"
        r"investment|renewal|expense|budget|line item)",
        r"(?:cfo|finance|leadership|management|board|the business|our ceo|the ceo|head office|"
        r"group) (?:is|are|has been|have been|has started|have started|now|suddenly) (?:\w+ )?"
        r"(?:questioning|scrutini[sz]ing|reviewing|challenging|looking hard at|cutting|asking)",
        r"every (?:euro|dollar|pound|penny|cent|line item|subscription)",
        r"tighten\w* (?:our |the )?belts?",
        r"price (?:increase|hike|rise)",
        r"(?:can'?t|cannot|can no longer) afford",
        r"(?:headcount|hiring) (?:freeze|cuts|reduction)",
        r"layoffs?",
        r"(?:redundanc\w*|downsizing)",
        r"(?:alle|sämtliche|jede|jeden) (?:software|saas|it|tool|lizenz)?[- ]?(?:ausgaben|kosten|"
        r"verträge|lizenzen|abos|abonnements|tools|posten|anbieter|dienstleister)",
        r"~sparprogramm\w*",
        r"~sparmaßnahme\w*",
        r"~sparkurs",
        r"~sparpaket\w*",
        r"~kostensenkung\w*",
        r"~kostendruck",
        r"~kostenbremse",
        r"~kostenoptimierung\w*",
        r"~kostenreduktion\w*",
        r"kosten (?:senken|reduzieren|sparen|einsparen|drücken|optimieren)",
        r"~einsparung\w*",
        r"sparen (?:müssen|wir|überall)",
        r"(?:auf den|unter die|auf dem) (?:prüfstand|lupe)",
        r"(?:zu|recht|ziemlich|sehr|viel zu|deutlich zu) teuer",
        r"(?:kosten|preis|ausgaben|investition)\w* (?:zu )?(?:rechtfertigen|begründen)",
        r"rechtfertig\w*",
        r"~preiserhöhung\w*",
        r"(?:können|könnten) (?:uns )?(?:das|es|\w+) nicht (?:mehr )?leisten",
        r"(?:geschäftsführung|gf|vorstand|cfo|controlling|management|leitung|konzern|zentrale) "
        r"(?:hinterfragt|prüft|stellt|streicht|kürzt|will|möchte) (?:\w+ )?(?:alle|sämtliche|jede|"
        r"jeden|ausgaben|kosten|budgets?)",
        r"jeden (?:euro|cent|franken|rappen)",
        r"~budgetkürzung\w*",
        r"~kürzung\w*",
        r"(?:gekürzt|zusammengestrichen|gestrichen)",
        r"gürtel enger",
        r"~stellenabbau",
        r"kurzarbeit",
    ),
    "raises_problems": (
        r"(?:ongoing|recurring|constant|repeated|several|many|the same|unresolved|open|persistent|"
        r"major|serious|performance|sync|syncing|data|login|integration|reporting|stability|"
        r"quality|technical|support|billing|recurrent|lingering) (?:issues?|problems?|bugs?|"
        r"errors?|outages?|incidents?|complaints?|hiccups|glitches)",
        r"(?<!no )(?<!any )(?<!without )(?:outages?|downtime|bugs|crash(?:es|ed|ing)?|glitch\w*)",
        r"(?:doesn'?t|does not|didn'?t|did not|isn'?t|is not|never|hasn'?t|has not) (?:really |"
        r"always |quite )?(?:work|working|worked|deliver\w*|perform\w*|lived up)",
        r"(?:not|never) working (?:properly|as expected|well|reliably)",
        r"(?:still|again|keeps?) (?:broken|not fixed|not working|down|failing|crashing|breaking)",
        r"(?:tickets?|cases?|escalations?|issues?) (?:are |is |still )*(?:open|unresolved|"
        r"unanswered|pending|outstanding|ignored)",
        r"(?:unresolved|open|outstanding) (?:tickets?|cases?|escalations?|support requests?)",
        r"support (?:is|has been|was|team) (?:\w+ )?(?:slow|unhelpful|poor|terrible|disappointing|"
        r"unresponsive|useless)",
        r"(?:slow|poor|terrible|disappointing|unhelpful|lacklustre|lackluster) (?:support|service|"
        r"response|performance|onboarding)",
        r"complain\w*",
        r"(?:lost|losing|missing|wrong|corrupt\w*|duplicate\w*|incorrect) (?:data|records|entries|"
        r"numbers|invoices|reports)",
        r"data loss",
        r"(?:takes|took|taking) (?:ages|forever|weeks|far too long)",
        r"(?:keep|kept|keeps) (?:running into|hitting|having)",
        r"workarounds?",
        r"never (?:got|been) (?:fixed|resolved|answered|delivered)",
        r"promised (?:features?|fix|integration|functionality|roadmap)",
        r"(?:integration|sync|export|import|api|reporting|dashboard|app|mobile app|platform|system|"
        r"tool) (?:keeps|kept|is|was|has been|are) (?:still )?(?:failing|breaking|broken|crashing|"
        r"down|slow|buggy|unreliable|unstable|unusable)",
        r"still waiting (?:for|on) (?:a |the |an )?(?:fix|feature|answer|response|resolution|"
        r"solution|update)",
        r"(?:pain points?|headaches?|teething)",
        r"(?<!keine )(?<!keinerlei )(?<!ohne )(?<!kein )probleme?n?",
        r"~problem\w*",
        r"(?<!keine )(?<!ohne )fehler\w*",
        r"~störung\w*",
        r"~ausfäll\w*",
        r"~ausfall\w*",
        r"(?:abstürze|absturz|abgestürzt|stürzt)\w*",
        r"mängel\w*",
        r"funktioniert (?:\w+ )?(?:nicht|kaum|schlecht|nur teilweise|selten)",
        r"(?:läuft|lief|laufen|liefen) (?:\w+ )?(?:nicht|schlecht|instabil|unrund|holprig)",
        r"(?:tickets?|fälle|eskalation\w*|anfragen|supportanfragen) (?:sind |ist |seit \w+ )?"
        r"(?:offen|ungelöst|unbeantwortet|liegen geblieben)",
        r"(?:offene|ungelöste|unbeantwortete|liegengebliebene) (?:tickets?|fälle|punkte|anfragen|"
        r"eskalation\w*|supportfälle|themen)",
        r"(?:support|kundendienst|service|hotline) (?:ist |war |reagiert |antwortet )?(?:\w+ )?"
        r"(?:langsam|schlecht|nicht|kaum|katastrophal|enttäuschend|schwer erreichbar)",
        r"(?:schlechte|langsame|mangelhafte|schwache|dürftige)[nrs]? (?:support|service|performance|"
        r"qualität|datenqualität|erreichbarkeit)",
        r"~beschwerde\w*",
        r"beschwer\w*",
        r"~reklamation\w*",
        r"(?:immer noch|noch immer|schon wieder|wieder|erneut) (?:nicht|kaputt|fehler|down|"
        r"ausgefallen|langsam|hängt|hakt)",
        r"~datenverlust",
        r"(?:falsche|fehlende|verlorene|doppelte|fehlerhafte)[n]? (?:daten|einträge|zahlen|"
        r"rechnungen|werte|berichte)",
        r"~workaround\w*",
        r"umweg\w*",
        r"(?:versprochene|zugesagte|angekündigte)[nrs]? (?:\w+)?(?:funktion|feature|integration|"
        r"schnittstelle|fix|lösung|anbindung)\w*",
        r"(?:warten|wartet|warteten) (?:immer noch|noch immer|seit \w+|seit \w+ \w+) auf",
        r"(?:schnittstelle|integration|synchronisation|sync|export|import|app|auswertung|reporting|"
        r"system|plattform|tool) (?:hakt|spinnt|streikt|fällt aus|ist instabil|ist langsam|"
        r"funktioniert nicht|läuft nicht)",
        r"(?:hakt|spinnt|ruckelt|hängt sich auf)",
        r"~performanceproblem\w*",
    ),
    "evaluating_alternatives": (
        r"(?:look|looking|looked|have a look|take a look) (?:at|into|around|for) (?:other|"
        r"alternative|different|some other|a few other|cheaper|several|a couple of|what other)? ?"
        r"(?:options|tools|solutions|vendors|providers|platforms|alternatives|products|systems|"
        r"suppliers|offerings)",
        r"alternatives?",
        r"other (?:options|tools|solutions|vendors|providers|platforms|products|suppliers|"
        r"offerings|systems)",
        r"(?:compar\w*|benchmark\w*|evaluat\w*|assess\w*|explor\w*|review\w*|trial\w*|test\w*|"
        r"pilot\w*|scoping|scouting) (?:the |a |some |other |several |different |alternative |"
        r"competing |cheaper |a few |a couple of |two |three |multiple )?(?:options|alternatives|"
        r"tools|solutions|vendors|providers|market|platforms|products|offers|suppliers|systems)",
        r"(?:shop|shopping) around",
        r"(?:market|vendor) (?:review|scan|comparison|analysis|research|evaluation|check|screening)",
        r"(?:benchmark|test|sound out|survey) the market",
        r"what else is (?:out there|on the market|available)",
        r"(?:switch|switching|move|moving|migrat\w*) (?:to|over to) (?:another|a different|a new|"
        r"a cheaper|an other|a competing)",
        r"(?:options|offers) on the table",
        r"keep(?:ing)? (?:our|my) options open",
        r"~alternativ\w*",
        r"andere[nr]? (?:anbieter|lösung|lösungen|tools?|systeme?|produkte?|optionen|plattform\w*|"
        r"software|dienstleister)",
        r"(?:schauen|sehen|gucken|umschauen|umsehen|umhören|orientieren|informieren)\w* (?:uns |"
        r"mich )?(?:auch |gerade |derzeit |parallel )?(?:mal )?(?:nach |bei |über )?(?:anderen|"
        r"alternativen|weiteren|dem markt|am markt)",
        r"(?:uns|mich) (?:auch |parallel |gerade |mal )?(?:umschauen|umsehen|umhören|"
        r"neu orientieren)",
        r"~marktvergleich\w*",
        r"~marktanalyse\w*",
        r"~marktsichtung\w*",
        r"~marktrecherche\w*",
        r"~marktüberblick\w*",
        r"~anbietervergleich\w*",
        r"~anbieterauswahl\w*",
        r"~toolvergleich\w*",
        r"(?:vergleich\w*|evaluier\w*|prüf\w*|bewert\w*|sondier\w*|test\w*|anschauen|anschau\w*) "
        r"(?:gerade |derzeit |aktuell |auch |parallel |noch )?(?:verschiedene|mehrere|andere|"
        r"alternative|weitere|zwei|drei) (?:anbieter|lösungen|tools|optionen|systeme|produkte|"
        r"angebote|plattformen)",
        r"markt (?:sondieren|anschauen|beobachten|vergleichen|prüfen|checken)",
        r"(?:umstieg|wechsel|umzug|migration) (?:auf|zu) (?:einem |einen |ein |eine )?(?:anderen|"
        r"neuen|günstigeren|alternativen)",
        r"(?:wechseln|umsteigen) (?:zu|auf)",
        r"(?:optionen|möglichkeiten|alles) offen (?:halten|lassen)",
        r"was (?:es )?(?:sonst noch|sonst|noch) (?:so )?(?:auf dem markt|am markt|gibt)",
    ),
    "strained_relationship": (
        r"(?:disappoint|frustrat|dissatisf|unhappy|annoy|upset|irritat)\w*",
        r"(?:not|no longer|far from|less than) (?:very |too |entirely |really )?(?:happy|satisfied|"
        r"pleased|impressed|thrilled|convinced)",
        r"(?:frankly|honestly|to be honest|to be frank|quite frankly|candidly|tbh)",
        r"(?:lost|losing|lack of|eroded|eroding|damaged|broken|shaken) (?:\w+ )?(?:trust|confidence|"
        r"faith)",
        r"(?:unacceptable|not acceptable|not good enough|not okay|appalling|ridiculous|a joke|"
        r"a mess|a shambles)",
        r"let (?:us|me) down",
        r"letting us down",
        r"(?:felt|feel|feeling|feels) (?:\w+ )?(?:ignored|neglected|abandoned|let down|like a number|"
        r"forgotten|unheard|left alone|not listened)",
        r"(?:nobody|no one) (?:from your side|from your team|has ever|ever|got back|listens|listened)",
        r"(?:haven'?t|have not|hadn'?t|never) heard from (?:you|your team|anyone)",
        r"(?:once again|yet again|again and again|for the third time|for the umpteenth time)",
        r"(?:we'?ll|we will) (?:see|think about it)",
        r"(?:cold|distant|curt|terse|tense|frosty|icy|cool|guarded|lukewarm) (?:tone|reply|answer|"
        r"response|call|meeting|conversation|email|mood)",
        r"(?:tone|mood|atmosphere|call|meeting) (?:was|is|has been|felt) (?:\w+ )?(?:cold|tense|"
        r"frosty|distant|negative|off|strained|guarded)",
        r"(?:not|no longer) (?:interested|keen)",
        r"(?:don'?t|do not) (?:contact|call|email) (?:me|us)",
        r"(?:remove|take) (?:me|us) (?:from|off)",
        r"(?:enttäusch|frustrier|unzufrieden|verärger|genervt|verstimm|irritier)\w*",
        r"(?:ärger|ärgerlich|sauer)",
        r"(?:nicht|nicht mehr|wenig|gar nicht|alles andere als|nur bedingt|nicht wirklich) "
        r"(?:zufrieden|glücklich|begeistert|überzeugt|happy)",
        r"(?:ehrlich gesagt|offen gesagt|ganz ehrlich|um ehrlich zu sein|offen gestanden|"
        r"ehrlicherweise|mit verlaub)",
        r"(?:vertrauen|zuversicht) (?:ist |hat |wurde )?(?:\w+ )?(?:verloren|gelitten|beschädigt|"
        r"erschüttert|weg|angekratzt)",
        r"(?:verlorenes|fehlendes|mangelndes) vertrauen",
        r"(?:inakzeptabel|nicht akzeptabel|unzumutbar|nicht in ordnung|katastrophal|ein witz|"
        r"unterirdisch|enttäuschend|mangelhaft|ungenügend|nicht tragbar)",
        r"(?:im stich gelassen|allein gelassen|alleingelassen|nicht ernst genommen)",
        r"(?:zum (?:dritten|wiederholten|x-ten|vierten) mal)",
        r"(?:kühl|kalt|frostig|distanziert|angespannt|gereizt|kurz angebunden|einsilbig|schroff|"
        r"reserviert|unterkühlt|verhalten)\w*",
        r"(?:stimmung|ton|atmosphäre|gespräch|telefonat) (?:war|ist|wirkte|wirkt) (?:\w+ )?"
        r"(?:kühl|kalt|frostig|angespannt|gereizt|distanziert|schlecht|negativ|schwierig|reserviert)",
        r"(?:kein|wenig|kaum) interesse",
        r"(?:schauen wir mal|mal sehen|wir werden sehen|mal schauen|wir schauen mal)",
    ),
    # ---------------------------------------------------------------- type cues
    "budget_cycle": (
        r"(?:fiscal|financial|budget|budgeting|planning) (?:year|cycle|period|round|process|season|"
        r"calendar|quarter)",
        r"fy ?\d{2,4}",
        r"fy",
        r"(?:next|new|q[1-4]|this|upcoming|following|coming) (?:quarter'?s?|year'?s?|month'?s?|"
        r"fiscal year'?s?) (?:budget|allocation|spend|funds|funding|money)",
        r"(?:budget|funds|money|funding) (?:for|in|from) (?:the )?(?:next|new|q[1-4]|coming|"
        r"following)",
        r"(?:budget|funds|funding|money) (?:is |are |will be |gets |get |has been |to be )?"
        r"(?:released|allocated|available|approved|signed off|freed up|unlocked)",
        r"budgets? (?:allocation|approval|release|planning|sign off|meeting|review|round|line|"
        r"request|holder|owner)",
        r"(?:year|quarter) end (?:close|closing)",
        r"(?:year|quarter) (?:close|closing|end)",
        r"q[1-4] (?:budget|allocation|run|cycle|spend|payment)",
        r"(?:allocation|budget) (?:in|for) q[1-4]",
        r"budget(?:ed|s)? (?:for|into|in) (?:next|the next|q[1-4]|the new)",
        r"fiscal\w*",
        r"(?:new|next) budget",
        r"budgetary",
        r"payment run",
        r"~haushaltsjahr\w*",
        r"~geschäftsjahr\w*",
        r"~wirtschaftsjahr\w*",
        r"~budgetjahr\w*",
        r"~budgetplanung\w*",
        r"~budgetfreigabe\w*",
        r"~budgetrunde\w*",
        r"~budgetzyklus",
        r"~budgetierung\w*",
        r"~budgetposten",
        r"(?:neue|nächste|kommende)[nms]? (?:budget\w*|haushalt\w*|quartal\w*|geschäftsjahr\w*)",
        r"~haushalt\w*",
        r"budget (?:wird|ist|steht|kommt|sind|wurde)\w* (?:\w+ )?(?:freigegeben|genehmigt|"
        r"bewilligt|verfügbar|frei|erst)",
        r"(?:ab|im|mit dem|zum|nach dem|anfang|ende) (?:neuen |nächsten |kommenden |dem "
        r"neuen )?(?:quartal|q[1-4]|geschäftsjahr|haushaltsjahr)",
        r"(?:budget|mittel|gelder|geld) (?:für|im|in) (?:q[1-4]|das nächste|das neue|das "
        r"kommende|nächsten|neuen|kommenden)",
        r"~mittelfreigabe",
        r"(?:mittel|gelder|budget)\w* (?:\w+ )?(?:freigegeben|bewilligt|zugeteilt|verfügbar)",
        r"~jahresabschluss\w*",
        r"~quartalsabschluss\w*",
        r"~jahresbudget\w*",
        r"budgetiert",
        r"eingeplant",
        r"~zahlungslauf",
        r"~zahllauf",
    ),
    "budget_freeze": (
        r"(?:budget|spending|spend|hiring|purchasing|procurement|investment|capex) (?:freeze|stop|"
        r"pause|moratorium|hold)",
        r"(?:frozen|freeze|freezing|froze) (?:all |our )?(?:budgets?|spending|spend|purchases|"
        r"investments|new spend|non[- ]essential)",
        r"(?:spending|purchasing) (?:pause|halt)",
        r"(?:budget|spend|spending) (?:is |are |has been |have been )?frozen",
        r"~budgetstopp\w*",
        r"~ausgabenstopp\w*",
        r"~ausgabensperre\w*",
        r"~investitionsstopp\w*",
        r"~haushaltssperre\w*",
        r"~einkaufsstopp\w*",
        r"~bestellstopp\w*",
        r"~budgetsperre\w*",
        r"(?:budget|ausgaben|mittel|investitionen)\w* (?:\w+ )?(?:eingefroren|gesperrt|gestoppt)",
        r"eingefroren",
    ),
    "finance_pending": (
        r"(?:finance|accounts payable|accounting|controller|controlling|cfo|treasury|bookkeeping|"
        r"finance team|finance department|finance dept|ap team)",
        r"(?:waiting|wait|waiting on) (?:on|for) (?:finance|the cfo|accounting|controlling|the "
        r"controller|budget approval|approval from finance|our cfo)",
        r"(?:payment|invoice) (?:run|approval)",
        r"~finanzabteilung\w*",
        r"~buchhaltung\w*",
        r"controlling",
        r"~kämmerei\w*",
        r"~finanzbuchhaltung\w*",
        r"~kreditorenbuchhaltung\w*",
        r"finanzen",
        r"~finanzchef\w*",
        r"~finanzleitung",
        r"~finanzvorstand",
        r"kaufmännische\w* leitung",
        r"~rechnungsprüfung",
    ),
    "procurement": (
        r"procure\w*",
        r"purchas(?:ing|e order|e requisition|e req)\w*",
        r"po",
        r"pos",
        r"p\.o\.",
        r"(?:vendor|supplier) (?:onboarding|setup|set up|registration|form|portal|number|master|"
        r"creation|approval|management|system|list)",
        r"(?:coupa|ariba|jaggaer|ivalua)",
        r"requisition\w*",
        r"(?:buying|purchasing) (?:team|department|process|system|portal|dept)",
        r"approval (?:workflow|chain|route|routing|process|flow)",
        r"(?:framework|master) (?:agreement|services agreement)",
        r"msa",
        r"onboard(?:ing)? (?:you|your company|you guys) as (?:a )?(?:new )?(?:vendor|supplier)",
        r"w-?9",
        r"(?:order form|order confirmation)",
        r"~einkauf\w*",
        r"~beschaffung\w*",
        r"~bestellanforderung\w*",
        r"~bestellnummer\w*",
        r"~bestellung\w*",
        r"banf\w*",
        r"~lieferantenanlage\w*",
        r"~kreditorenanlage\w*",
        r"~lieferantenstamm\w*",
        r"~kreditor\w*",
        r"~lieferantennummer\w*",
        r"(?:lieferant|lieferanten|neuer lieferant|neuen lieferanten) (?:anlegen|angelegt|registrier\w*|"
        r"aufnehmen)",
        r"~lieferantenportal\w*",
        r"~freigabeprozess\w*",
        r"~freigabeworkflow\w*",
        r"~freigabeschleife\w*",
        r"~genehmigungsprozess\w*",
        r"~genehmigungsweg\w*",
        r"~genehmigungsworkflow\w*",
        r"~genehmigungslauf\w*",
        r"~genehmigungsschleife\w*",
        r"~beschaffungsprozess\w*",
        r"~bestellprozess\w*",
        r"~einkaufsprozess\w*",
        r"~rahmenvertrag\w*",
        r"~rahmenvereinbarung\w*",
        r"~vergabestelle\w*",
        r"~einkäufer\w*",
        r"offerte\w*",
        r"~auftragsbestätigung\w*",
        r"~bestellfreigabe\w*",
    ),
    "legal_review": (
        r"legal\w*",
        r"lawyer\w*",
        r"counsel",
        r"attorney\w*",
        r"solicitor\w*",
        r"(?:contract|terms|t&cs?|tcs|msa) (?:review|redlines?|changes|negotiation|amendments?|"
        r"comments)",
        r"redline\w*",
        r"dpa",
        r"data processing (?:agreement|addendum)",
        r"gdpr",
        r"privacy (?:review|team|office|officer|policy|assessment)",
        r"data protection",
        r"dpo",
        r"sccs?",
        r"standard contractual clauses",
        r"(?:liability|indemnit\w*|termination|auto renewal|renewal|payment) (?:clause|terms|cap)\w*",
        r"clauses?",
        r"mark(?:ed)? up",
        r"works council",
        r"~rechtsabteilung\w*",
        r"jurist\w*",
        r"~justiziar\w*",
        r"~justitiar\w*",
        r"~anwalt\w*",
        r"~anwält\w*",
        r"~rechtsprüfung\w*",
        r"~vertragsprüfung\w*",
        r"~vertragsentwurf\w*",
        r"~vertragsänderung\w*",
        r"avv",
        r"~auftragsverarbeitung\w*",
        r"~datenschutz\w*",
        r"dsgvo",
        r"(?:betriebsrat|personalrat|mitarbeitervertretung|personalvertretung)\w*",
        r"~klausel\w*",
        r"~haftung\w*",
        r"agbs?",
        r"(?:vertrag|verträge|vertragsunterlagen) (?:prüfen|geprüft|liegt bei|liegen bei|"
        r"durchsehen|gegenlesen)",
        r"~vertragsbedingungen",
    ),
    "security_review": (
        r"(?:security|infosec|information security|it security|cyber|cybersecurity) (?:questionnaire|"
        r"review|assessment|team|check|audit|sign off|approval|requirements|department|folks)",
        r"(?:vendor risk|third party risk|risk|supplier risk) (?:assessment|questionnaire|review)",
        r"questionnaire\w*",
        r"soc ?2",
        r"iso ?27001",
        r"pen ?test\w*",
        r"penetration test\w*",
        r"(?:vendor|supplier) (?:risk|assessment|due diligence)",
        r"due diligence",
        r"ciso",
        r"infosec",
        r"~sicherheitsfragebogen\w*",
        r"~fragebogen\w*",
        r"~fragebögen\w*",
        r"~sicherheitsprüfung\w*",
        r"~informationssicherheit\w*",
        r"it sicherheit",
        r"~itsicherheit",
        r"isb",
        r"tisax",
        r"bsi",
        r"~lieferantenbewertung\w*",
        r"~risikobewertung\w*",
        r"~sicherheitsfreigabe\w*",
        r"~sicherheitsabteilung\w*",
        r"~datensicherheit",
        r"~sicherheitsaudit\w*",
    ),
    "signature_pending": (
        r"(?:signature|signatures|signing|sign off|e signature|esignature|docusign|adobe sign|"
        r"countersign\w*|wet ink|signatory)",
        r"(?:to|will|can|ready to|happy to|going to|able to) sign",
        r"(?:awaiting|waiting for|waiting on|pending) (?:the |a )?(?:signature|sign off|"
        r"countersignature)",
        r"~unterschrift\w*",
        r"unterschreib\w*",
        r"unterzeichn\w*",
        r"~gegenzeichn\w*",
        r"~zeichnungsberechtig\w*",
        r"~signatur\w*",
        r"~unterschriftenmappe\w*",
        r"unterschriftsreif",
        r"prokur\w*",
        r"~zeichnungsbefugnis\w*",
    ),
    "signatory_away": (
        r"(?:on|is on|currently on|away on|out on|off on) (?:holiday|holidays|vacation|leave|"
        r"annual leave|parental leave|maternity leave|paternity leave|sick leave|sabbatical|"
        r"a business trip|business travel|pto)",
        r"(?:out|away) (?:until|sick|ill|travelling|traveling|for (?:two|three|\d+) weeks)",
        r"(?:off sick|in hospital|had surgery|medical leave)",
        r"(?:back|returns|returning) (?:on|from (?:holiday|leave|vacation)|next (?:week|monday))",
        r"(?:travelling|traveling|abroad|on the road)",
        r"(?:ceo|cfo|md|managing director|director|signatory|owner|founder|boss|coo|cio|cto)"
        r"(?:'s)? (?:is |are )?(?:away|out|travelling|traveling|on holiday|on leave|off|abroad|"
        r"unavailable)",
        r"~urlaub\w*",
        r"elternzeit",
        r"mutterschutz",
        r"(?:krank|krankgeschrieben|erkrankt|krankenstand|im krankenstand|ausgefallen)",
        r"~dienstreise\w*",
        r"~geschäftsreise\w*",
        r"(?:auf|in) (?:reisen|kur|reha)",
        r"(?:zurück|im haus|im büro|im hause|erreichbar) (?:ab|am)",
        r"wieder (?:zurück|im haus|im büro|erreichbar|da) (?:ab|am)",
        r"(?:ist|sind) (?:gerade |derzeit |aktuell |noch |bis \S+ )?(?:verreist|abwesend|unterwegs|"
        r"in den ferien|in ferien|ausser haus|außer haus|nicht im haus)",
        r"ferien\w*",
        r"~betriebsferien",
        r"~betriebsurlaub",
        r"~werksferien",
        r"sabbatical",
    ),
    "several_approvers": (
        r"(?:several|multiple|many|different|various|three|two|four|all the|all|both) "
        r"(?:stakeholders|departments|teams|people|decision makers|approvers|parties|sign offs|"
        r"managers|heads|directors|sites|business units|owners|board members)",
        r"stakeholder\w*",
        r"(?:steering|executive|investment|budget|management|purchasing) (?:committee|board|group|"
        r"team meeting)",
        r"committee\w*",
        r"(?:board|leadership|management|exec|executive) (?:meeting|approval|decision|sign off|"
        r"has to|needs to|must|level)",
        r"(?:who|whoever) (?:has the final say|decides|makes the (?:final )?call|owns (?:the|this) "
        r"decision|signs off|is responsible)",
        r"(?:final|last) (?:say|word)",
        r"(?:not|isn'?t|aren'?t|are not|is not) (?:yet )?(?:aligned|on the same page|in agreement|"
        r"agreed)",
        r"(?:alignment|consensus|agreement) (?:between|among|across|internally|with)",
        r"(?:get|getting|got|bring|bringing) (?:everyone|them|all|people|both sides|the parties) "
        r"(?:\w+ )?(?:in one room|in a room|together|aligned|on the same page|around the table|"
        r"on board)",
        r"too many cooks",
        r"(?:it|ops|operations|sales|marketing|finance|hr|the it team|management|engineering|"
        r"product) (?:wants?|prefers?|thinks?|insists?|would rather) (?:one|something|a different|"
        r"another|to)",
        r"different (?:priorities|opinions|views|requirements|expectations|agendas|ideas)",
        r"(?:disagree\w*|disagreement)",
        r"(?:politics|power struggle|turf war)",
        r"(?:unclear|not clear|nobody knows|no one knows|not sure|not certain) who",
        r"(?:cross functional|multi department)",
        r"decision making (?:process|body)",
        r"(?:higher|upper) (?:management|ups)",
        r"above my (?:pay grade|head)",
        r"(?:needs?|has|have) to (?:go|be escalated) (?:to|up)",
        r"(?:head office|headquarters|hq|parent company|holding company|group level)",
        r"(?:mehrere|verschiedene|viele|unterschiedliche|alle|diverse|zwei|drei|beide) "
        r"(?:abteilungen|stakeholder|beteiligte\w*|entscheider\w*|bereiche|fachbereiche|teams|"
        r"standorte|parteien|gremien|personen|leute|geschäftsführer|ansprechpartner|"
        r"bereichsleiter\w*|abteilungsleiter\w*|seiten)",
        r"~gremi\w*",
        r"~lenkungs\w*",
        r"~ausschuss\w*",
        r"~steuerkreis\w*",
        r"~steuerungskreis\w*",
        r"~vorstand\w*",
        r"~aufsichtsrat\w*",
        r"~beirat\w*",
        r"~geschäftsleitung\w*",
        r"~konzern\w*",
        r"~muttergesellschaft\w*",
        r"~mutterhaus",
        r"~zentrale",
        r"~holding",
        r"(?:wer|wer genau) (?:entscheidet|das letzte wort|unterschreibt|zuständig|den hut auf|"
        r"final)",
        r"letzte wort",
        r"(?:nicht|noch nicht) (?:einig|abgestimmt|auf einer linie|einer meinung)",
        r"uneinig\w*",
        r"~abstimmung\w*",
        r"abstimmen",
        r"(?:an einen tisch|unter einen hut|auf eine linie)",
        r"(?:unterschiedliche|andere|verschiedene) (?:prioritäten|meinungen|vorstellungen|"
        r"anforderungen|ansichten|interessen|sichtweisen)",
        r"(?:it|die it|vertrieb|der vertrieb|marketing|controlling|die fachabteilung|fachabteilung|"
        r"die geschäftsführung|hr|personal|produktion|logistik)\w* (?:will|möchte|sieht|hätte gern|"
        r"bevorzugt|favorisiert|findet|sagt|besteht) (?:\w+ )?(?:etwas|was|eher|lieber|anders|"
        r"andere|auf)",
        r"viele köche",
        r"(?:keine|noch keine) (?:einigung|einheitliche)",
        r"~zuständigkeit\w*",
        r"(?:nicht|noch nicht) (?:klar|geklärt|sicher),? wer",
        r"(?:höhere|obere|oberste)[n]? (?:ebene|führungsebene|leitung|etage|management)",
        r"~chefetage",
        r"(?:entscheidung|freigabe) (?:liegt|muss) (?:\w+ )?(?:bei|über|durch)",
        r"~entscheidungsträger\w*",
        r"~entscheider\w*",
    ),
    "champion_left": (
        r"(?:left|has left|is leaving|will be leaving|departed|moved on from|no longer (?:with|at|"
        r"works? (?:at|for|with)|part of|in)) (?:the company|the business|us|our company|the "
        r"organisation|the organization|the team|the firm)",
        r"(?:left|moved on|resigned|quit|retired|handed in (?:his|her|their) "
        r"notice)",
        r"(?:no longer|not) (?:with us|with the company|on the team|in (?:this|that|the|his|her) "
        r"role|responsible|in charge|looking after)",
        r"(?:new|changed|different) (?:role|position|job|team|department|division)",
        r"promot\w*",
        r"(?:transferred|moved|switched) (?:to|into|over to) (?:a |another |the )?(?:new |"
        r"different |other )?(?:role|team|department|position|division|group|business unit)",
        r"(?:took|taken|taking|take) over (?:from|the|his|her|their|responsibility|ownership|as)",
        r"(?:successor|predecessor|replacement)",
        r"(?:new|interim|incoming|acting) (?:head|director|manager|vp|cio|cto|cfo|ceo|coo|owner|lead|"
        r"point of contact|contact|leadership|management|boss|team lead)",
        r"(?:i'?m|i am|i have|i've) (?:the |now |just |recently )?(?:new|taken over|inherited|"
        r"joined|new to)",
        r"inherited",
        r"(?:just|recently|only) (?:joined|started|took over)",
        r"(?:first|second|third) (?:week|month|weeks|days|few weeks) (?:here|in the role|in (?:my|"
        r"the|this) (?:new )?(?:job|role|position))",
        r"(?:get|getting) up to speed",
        r"(?:bring|get) (?:me|him|her|them|myself) up to speed",
        r"(?:why|what) (?:you|we|the team|they) (?:originally )?(?:bought|purchased|signed up for|"
        r"chose|use)",
        r"(?:before my time|was not involved|wasn'?t involved|wasn'?t here)",
        r"(?:reorg\w*|restructur\w*|reorganis\w*|reorganiz\w*)",
        r"(?:hat|haben) (?:uns|das unternehmen|die firma|das haus|das team) (?:leider |"
        r"inzwischen |mittlerweile )?verlassen",
        r"(?:verlassen|ausgeschieden|gekündigt|weggegangen|in rente|im ruhestand|pensioniert|"
        r"in pension)",
        r"nicht mehr (?:bei uns|im haus|im unternehmen|zuständig|für \w+ zuständig|an bord|dabei|"
        r"in der firma|verantwortlich)",
        r"(?:neue|andere)[n]? (?:rolle|position|stelle|funktion|aufgabe|abteilung|aufgaben)",
        r"(?:befördert|versetzt|intern gewechselt|gewechselt)",
        r"(?:übernommen|übernimmt|übernehme|übernahme|übernehmen)",
        r"~nachfolger\w*",
        r"~vorgänger\w*",
        r"(?:neue|neuer|neuen|neu) (?:leiter\w*|leitung|ansprechpartner\w*|ansprechperson|"
        r"zuständige\w*|verantwortliche\w*|kollege|kollegin|chef\w*|geschäftsführer\w*|cio|cto|"
        r"head|it leiter\w*|it-leiter\w*|bereichsleiter\w*|abteilungsleiter\w*)",
        r"(?:bin|ist) (?:erst )?(?:seit|neu) (?:kurzem|\w+ wochen|\w+ tagen|letzter woche|dem \d|"
        r"im unternehmen|hier|an bord)",
        r"einarbeit\w*",
        r"(?:überblick|einblick) (?:verschaffen|gewinnen|bekommen)",
        r"(?:warum|wieso|weshalb) (?:wir|man|das team|die kollegen|mein vorgänger|meine "
        r"vorgängerin) (?:\w+ )?(?:gekauft|angeschafft|eingeführt|abgeschlossen|lizenziert)",
        r"(?:vor meiner zeit|war ich nicht dabei|nicht involviert)",
        r"~umstrukturierung\w*",
        r"~reorganisation\w*",
        r"~neuorganisation\w*",
        r"~umorganisation\w*",
    ),
    "busy": (
        r"(?:busy|swamped|slammed|snowed under|stretched|overloaded|flat out|underwater|hectic|"
        r"overwhelmed|overstretched)",
        r"(?:too much|a lot|lots) (?:on (?:our|my) (?:plate|desk|hands)|going on)",
        r"(?:full|maxed out|no|zero|limited) (?:capacity|bandwidth)",
        r"bandwidth",
        r"(?:not|isn'?t|wasn'?t) (?:top of mind|a priority|high on|urgent|pressing|on my radar)",
        r"(?:other|competing|higher|bigger|shifting) priorit\w*",
        r"priorit\w*",
        r"(?:launch|go live|roll ?out|cutover|migration|trade fair|"
        r"trade show|peak season|busy season|stocktake|office move|relocation|audit season|"
        r"tax season|season)",
        r"(?:after|once|when) (?:the|our|this) (?:launch|go live|release|migration|fair|show|"
        r"conference|season|rush|project|busy period|audit|rollout|implementation|holidays)",
        r"(?:hands|head) (?:are |is )?full",
        r"fire ?fighting",
        r"(?:haven'?t|have not|hasn'?t|not) had (?:the |much )?(?:time|a chance|a moment|a minute)",
        r"(?:slipped|fell off|falls off|fallen) (?:through the cracks|my radar|the radar|the list|"
        r"off)",
        r"back burner",
        r"(?:get|got|come) (?:round|around) to (?:it|this)",
        r"(?:viel|sehr viel|einiges|zu viel|jede menge|extrem viel|wahnsinnig viel) (?:los|zu tun|"
        r"um die ohren|auf dem tisch|arbeit|betrieb)",
        r"land unter",
        r"(?:ausgelastet|überlastet|eingespannt|im stress|gestresst|eingedeckt|zugeschüttet|"
        r"unterbesetzt)",
        r"(?:keine|kaum|wenig|null) (?:zeit|kapazität\w*|ressourcen|luft|bandbreite)",
        r"~kapazität\w*",
        r"(?:nicht|gerade nicht) (?:oben auf|ganz oben|prio|priorität|dringend|auf dem radar)",
        r"~priorit\w*",
        r"prio\w*",
        r"(?:~einführung\w*|go live|~umstellung\w*|~migration\w*|~messe\w*|~hochsaison|"
        r"~inventur\w*|~umzug\w*|~relaunch\w*|~rollout\w*|~stichtag\w*|~saisonstart|~saison)",
        r"(?:nach|vor) (?:der|dem|unserer|unserem|unseren|den) (?:\w+ )?(?:messe|umstellung|"
        r"einführung|migration|saison|inventur|jahresabschluss|umzug|relaunch|release|go live|"
        r"launch|projekt|prüfung|audit|feiertagen|ferien)",
        r"(?:untergegangen|liegen geblieben|liegengeblieben|auf der strecke geblieben|aus den augen "
        r"verloren)",
        r"nicht dazu gekommen",
        r"(?:hinten angestellt|nach hinten geschoben|hintangestellt)",
        r"(?:hektik|trubel|stress)",
        r"~tagesgeschäft",
    ),
    "value_doubt": (
        r"(?:see|seeing|show|prove|demonstrate|get|getting) (?:more |the |enough |real |any |"
        r"clear |tangible |measurable )?(?:value|roi|return|benefit|impact|results)",
        r"(?:value|roi|return on investment|benefit|business value) (?:is |isn'?t |is not |remains |"
        r"has been |was )?(?:unclear|not clear|questionable|limited|lower than|not there|hard to "
        r"see|not obvious|doubtful|not visible)",
        r"(?:not|isn'?t|aren'?t|haven'?t been|are not) (?:really )?(?:getting|seeing|realising|"
        r"realizing|finding) (?:the |much |enough |any |real )?(?:value|benefit|roi|results|use)",
        r"(?:is it|if it'?s|whether it'?s|whether it is|if it is) (?:still )?(?:worth|worthwhile)",
        r"whether (?:it|the tool|the platform|the product|we|the software) (?:is|was|are|really|"
        r"still) (?:\w+ )?(?:worth|needed|the right|need|the best)",
        r"(?:expected|promised|hoped for) (?:more|better|different|a lot more)",
        r"(?:fell|falls|falling|fallen) short",
        r"(?:underwhelm\w*|not convinced|unconvinced|on the fence)",
        r"(?:reconsider|rethink|re ?evaluat|reassess|reevaluat)\w* (?:whether|if|the|our|this|it)",
        r"(?:do we|does the team|does anyone) (?:really|actually|still) need",
        r"nice to have",
        r"business case",
        r"before (?:committing|signing up|renewing|signing) (?:to |for )?another year",
        r"(?:another|one more|a further) year",
        r"~mehrwert\w*",
        r"(?:den|einen|mehr|keinen|wenig|kaum|echten|klaren)[n]? (?:nutzen|roi|wert)",
        r"(?:nutzen|roi) (?:ist |sehen|erkennen|zeigen|nachweisen|belegen|unklar|fraglich)",
        r"(?:lohnt|rechnet) sich (?:das|es|\w+)? ?(?:noch|überhaupt|wirklich|für uns)",
        r"ob sich (?:das|es|\w+) (?:\w+ )?(?:lohnt|rechnet|auszahlt)",
        r"(?:nicht|wenig|kaum|noch nicht) (?:ganz |so |wirklich )?überzeugt",
        r"(?:brauchen|benötigen) wir (?:das|\w+) (?:wirklich|überhaupt|noch)",
        r"(?:hatten|haben) uns (?:\w+ )?(?:mehr|anderes|etwas anderes) (?:\w+ )?(?:erhofft|erwartet|"
        r"versprochen|vorgestellt)",
        r"(?:mehr|anderes|etwas anderes) erwartet",
        r"(?:bleibt|blieb|bleiben|blieben) (?:\w+ )?hinter (?:den |unseren )?erwartungen",
        r"~kostennutzen\w*",
        r"kosten nutzen",
        r"~aufwand nutzen",
        r"(?:noch ein|ein weiteres|noch einmal ein) jahr",
        r"(?:überdenken|hinterfragen|infrage stellen|in frage stellen|neu bewerten|"
        r"grundsätzlich)",
        r"(?:sinn|sinnvoll) (?:macht|ist|wäre)",
        r"ob (?:wir|das tool|die software|die lösung) (?:\w+ )?(?:weiter|noch|überhaupt)",
    ),
    "low_adoption": (
        r"(?:hardly|barely|rarely|seldom|not really|no longer|nobody|no one|few people|only "
        r"\w+ (?:people|users|of us)) (?:anyone )?(?:really )?(?:uses?|using|used|logs? in|logging "
        r"in|adopted|touch\w*|opens?|bothers?)",
        r"(?:low|poor|limited|weak|disappointing|patchy|declining) (?:adoption|usage|uptake|"
        r"engagement|utili[sz]ation|login)",
        r"(?:adoption|usage|uptake|engagement) (?:is |has been |was |has |remains )?(?:\w+ )?"
        r"(?:low|poor|down|dropping|dropped|falling|fallen|disappointing|limited|patchy|declined)",
        r"(?:unused|idle|shelfware|inactive|empty) (?:licen[cs]es|seats|accounts|logins)",
        r"(?:went|gone|fell|going) back to (?:excel|spreadsheets|the old|our old|email|paper)",
        r"(?:still|mostly|prefer|rather) (?:use|using|work in|working in) (?:excel|spreadsheets|"
        r"email)",
        r"never (?:really )?(?:took off|got going|rolled out|adopted|caught on|got off the ground)",
        r"(?:didn'?t|did not|never) (?:really )?(?:take off|catch on|stick)",
        r"shelfware",
        r"(?:kaum|selten|wenig|niemand|keiner|nur noch \w+|nur \w+ kollegen) (?:\w+ )?(?:genutzt|"
        r"benutzt|nutzt|nutzen|verwendet|eingesetzt|angemeldet|eingeloggt|arbeitet damit)",
        r"(?:nutzung|akzeptanz|adoption|nutzerzahlen|logins) (?:ist |sind |war |bleibt |ging )?"
        r"(?:\w+ )?(?:gering|niedrig|schwach|rückläufig|gesunken|eingebrochen|mau|überschaubar|"
        r"dürftig|zurück)",
        r"(?:geringe|niedrige|schwache|mäßige|rückläufige)[n]? (?:nutzung|akzeptanz|adoption)",
        r"(?:ungenutzte|brachliegende|inaktive|leere)[n]? (?:lizenzen|seats|accounts|nutzer|zugänge)",
        r"(?:zurück zu|wieder mit|wieder zu|weiter mit|lieber mit|lieber in) (?:excel|tabellen|"
        r"listen|papier|unserem alten|der alten|outlook)",
        r"nie (?:richtig )?(?:angekommen|eingeführt|gestartet|genutzt|etabliert|angenommen)",
        r"(?:hat sich|hat sich bei uns) (?:\w+ )?(?:nie |nicht )?(?:richtig )?(?:durchgesetzt|"
        r"etabliert)",
        r"(?:nicht|nie|kaum) (?:richtig |wirklich )?angenommen",
        r"~nutzungszahl\w*",
    ),
    "competitor": (
        r"(?:competitor|competing|competition|rival)\w*",
        r"(?:another|other|a different|a cheaper|a competing|a second) (?:vendor|provider|supplier|"
        r"tool|platform|solution)(?:'s)?(?: \w+)? ?(?:offer|quote|proposal|demo|pricing|trial)?",
        r"(?:offer|quote|proposal|demo|trial|pitch) (?:from|by|of) (?:another|a different|a "
        r"competing|one of your competitors|two other|other)",
        r"(?:cheaper|lower|better|more attractive) (?:offer|quote|price|deal|proposal) (?:from|"
        r"elsewhere|on the table)",
        r"(?:demo|trial|pilot|poc|proof of concept) (?:with|of|from) (?:another|a different|two "
        r"other|other|a competing|a few)",
        r"elsewhere",
        r"(?:were|was|been|being) (?:approached|contacted|pitched) by",
        r"(?:cheaper|free|open source) (?:alternative|option|tool)",
        r"~wettbewerb\w*",
        r"~mitbewerb\w*",
        r"~konkurren\w*",
        r"(?:angebot|demo|präsentation|testzugang|testversion|pilot|vorführung)\w* (?:von|eines|"
        r"einer|bei) (?:einem |einer |anderen |einem anderen |zwei |mehreren )?(?:anderen|anbieter|"
        r"mitbewerber|wettbewerber|konkurrenz)\w*",
        r"(?:günstigeres|besseres|attraktiveres|interessantes|konkretes) (?:\w+ )?angebot",
        r"(?:anderer|ein anderer|zweiter|neuer|weiterer) anbieter",
        r"(?:von einem|einem|eines) (?:anderen|zweiten) anbieter",
        r"(?:wurden|sind|wurde|bin) (?:von \w+ )?(?:angesprochen|kontaktiert|angeschrieben)",
        r"~gegenangebot\w*",
        r"~vergleichsangebot\w*",
        r"~konkurrenzofferte\w*",
    ),
    "tender": (
        r"rfp\w*",
        r"rfi",
        r"rfq",
        r"request for (?:proposals?|information|quotations?|tender)",
        r"tender\w*",
        r"(?:put|going|go|goes) (?:it |this )?(?:out )?to tender",
        r"shortlist\w*",
        r"longlist\w*",
        r"(?:three|two|several|multiple|3|2) (?:quotes|offers|bids|vendors|providers|proposals)",
        r"(?:vendor selection|selection process|sourcing (?:event|process|exercise)|"
        r"competitive (?:bid|process|tender))",
        r"~ausschreibung\w*",
        r"ausschreiben\w*",
        r"ausgeschrieben",
        r"~vergabeverfahren\w*",
        r"vergabe\w*",
        r"(?:drei|mehrere|zwei|weitere|3|2) (?:vergleichs)?angebote",
        r"(?:angebote|offerten) (?:einholen|eingeholt|vergleichen)",
        r"~lastenheft\w*",
        r"~pflichtenheft\w*",
        r"~vergleichsangebote",
    ),
    "generic_delay": (
        r"(?:need|needs|needed|require|asking for|ask for|give us|get) (?:a bit |a little |some "
        r"|a few more |a little bit |just a bit |slightly )?(?:more |extra |additional )?time",
        r"more time",
        r"(?:hold|holding) off",
        r"(?:push|pushing|pushed|move|moving) (?:back|out) (?:the )?(?:renewal|decision|signing|"
        r"date|deadline)?",
        r"postpon\w*",
        r"delay\w*",
        r"(?:not|isn'?t|aren'?t) (?:ready|able) to (?:sign|renew|commit|decide|proceed|move forward)"
        r"(?: yet)?",
        r"(?:can'?t|cannot|can not|won'?t|will not) (?:sign|renew|commit|decide|confirm|proceed) "
        r"(?:yet|right now|at the moment|just yet|for now|before)",
        r"(?:need|have) to (?:wait|pause)",
        r"(?:later|next) than (?:planned|expected)",
        r"(?:mehr|etwas mehr|noch etwas|noch ein bisschen|noch ein wenig|ein bisschen|ein wenig|"
        r"etwas) zeit",
        r"(?:verschieb|verzöger|vertag|aufschieb|zurückstell)\w*",
        r"später (?:entscheiden|unterschreiben|melden|zurückkommen)",
        r"abwarten",
        r"(?:noch nicht|nicht) (?:unterschreiben|verlängern|entscheiden|zusagen|freigeben|"
        r"bestätigen)",
        r"(?:können|könnten|werden) (?:noch )?(?:nicht|keine) (?:unterschreiben|verlängern|"
        r"entscheiden|zusagen|entscheidung)",
        r"(?:geduld|gedulden)\w*",
        r"~fristverlängerung\w*",
    ),
    "renewal_confirmed": (
        r"(?:signed|countersigned|executed|approved and signed)(?: and returned)?",
        r"(?:attached|attaching|please find|enclosed|here is|here's) (?:is |are |attached |"
        r"enclosed )?(?:the |our )?(?:signed|countersigned|executed|po|purchase order)",
        r"(?:we|we'?re|we are|we'?ll|we will|we'?d|we would|happy to|glad to|pleased to|delighted to)"
        r" (?:going to |be |like to |love to )?(?:happy to |glad to |pleased to |definitely |"
        r"gladly |pleased to |more than happy to )?(?:renew|continue|extend|stay on)",
        r"(?:payment|invoice) (?:has been |was |is )?(?:paid|made|sent|processed|settled|"
        r"transferred|released)",
        r"(?:go ahead|green light)",
        r"(?:count us in|we'?re in|all signed|all done|sorted)",
        r"(?:unterschrieben|unterzeichnet|gegengezeichnet)",
        r"(?:im anhang|anbei|beigefügt|anliegend|in der anlage) (?:finden sie |erhalten sie |"
        r"sende ich |senden wir |schicke ich )?(?:ihnen )?(?:den |die |das |unsere |unseren )?"
        r"(?:unterschriebene|unterzeichnete|gegengezeichnete|bestellung|auftrag|vertrag|bestätigung)"
        r"\w*",
        r"(?:wir verlängern|verlängern wir|wir bleiben|bleiben (?:wir|dabei)|gerne verlängern)",
        r"verlängerung (?:ist |wurde )?(?:freigegeben|genehmigt|bestätigt|unterschrieben|erteilt)",
        r"(?:auftrag|bestellung) (?:ist |wurde )?(?:erteilt|raus|unterwegs|ausgelöst|freigegeben|"
        r"versendet)",
        r"(?:zahlung|rechnung|betrag) (?:ist |wurde )?(?:bezahlt|überwiesen|angewiesen|beglichen)",
        r"(?:grünes licht|zusage|erledigt)",
    ),
    "out_of_office": (
        r"(?:automatic|auto) (?:reply|response|antwort)",
        r"automatische (?:antwort|abwesenheitsnotiz)",
        r"~abwesenheitsnotiz\w*",
        r"out of (?:the )?office",
        r"(?:in dringenden fällen|bei dringenden anliegen|in dringenden angelegenheiten|for urgent "
        r"(?:matters|enquiries|inquiries|requests|issues)|in urgent cases|if urgent)",
        r"(?:i am|i'm|ich bin) (?:currently |derzeit |aktuell |bis (?:zum |einschließlich )?\S+ )?"
        r"(?:out of (?:the )?office|away from|nicht im büro|außer haus|ausser haus|abwesend|nicht "
        r"erreichbar|nicht im hause|on annual leave|on leave)",
        r"(?:limited|no) access to (?:my )?e ?mail",
        r"(?:e ?mails|nachrichten) werden nicht weitergeleitet",
        r"(?:will|werde) (?:respond|reply|get back|antworten|mich) (?:to you |to your (?:e ?mail|"
        r"message) )?(?:upon|after|nach|when) (?:my|meiner|i) (?:return|rückkehr|am back)",
        r"nach meiner rückkehr",
        r"upon my return",
    ),
    "unrelated_request": (
        r"(?:invoice|receipt|billing) (?:copy|address|question|details|contact)",
        r"copy of (?:the |our |last )?(?:invoice|receipt|contract)",
        r"(?:password|login|reset|sso|two factor|2fa|api key|feature request)",
        r"(?:how do i|how can i|where (?:do|can) i|is it possible to|how do we)",
        r"(?:add|remove) (?:a |two |\d+ |another |new )?(?:users?|seats?|licen[cs]es?|colleagues?)",
        r"(?:thanks|thank you) for (?:the|your) (?:invite|invitation|webinar|session|training|"
        r"help|quick|fast)",
        r"(?:confirm|confirming|confirmed) (?:the |our )?(?:meeting|call|appointment|slot|time|"
        r"session)",
        r"(?:meeting|call|appointment|session) (?:is )?(?:confirmed|booked|scheduled)",
        r"(?:rechnungskopie|rechnungsadresse|kopie der rechnung|zweitschrift|gutschrift)\w*",
        r"(?:passwort|zugang|login|anmeldung|benutzer|nutzer)\w* (?:zurücksetzen|hinzufügen|"
        r"entfernen|anlegen|sperren|freischalten)",
        r"(?:wie kann ich|wo finde ich|ist es möglich|wie funktioniert)",
        r"(?:termin|meeting|call|gespräch|webinar) (?:ist |am \S+ )?(?:bestätigt|gebucht|passt|steht)",
        r"(?:danke|vielen dank) für (?:die|das|den|ihre) (?:einladung|webinar|schulung|"
        r"unterstützung|hilfe|schnelle)",
    ),
    # ---------------------------------------------------------------- helper cues (not evidence)
    "_people": (
        r"(?:cfo|ceo|cto|cio|coo|md|vp|ciso|dpo|gm|evp|svp)",
        r"head of",
        r"(?:director|manager|controller|owner|founder|partner|colleague|boss|signatory|"
        r"approver|supervisor|chairman|chair|president|board|team lead|lead)s?",
        r"(?:mr|mrs|ms|dr)\.? [a-z]+",
        r"(?:geschäftsführ|vorgesetzt|leiter|leitung|kolleg|inhaber|prokurist|entscheider|chef|"
        r"vorstand|eigentümer|partner|gesellschafter|datenschutzbeauftragt|abteilungsleit|"
        r"bereichsleit|teamleit)\w*",
        r"gf",
        r"(?:herr|frau|hr|fr)\.? [a-z]+",
    ),
    "_information": (
        r"(?:need|needs|require|requires|missing|waiting for|waiting on|asked for|ask for|"
        r"requested|request|asking for|lack|lacking) (?:the |a |an |your |some |more |further |"
        r"additional |updated |a copy of |an updated |a revised |a new )?(?:information|info|"
        r"details|documents?|documentation|certificate|quote|offer|proposal|figures|numbers|data|"
        r"answers?|clarification|references?|case stud\w*|roi|usage data|report|summary|breakdown|"
        r"dpa|questionnaire|w-?9|invoice|form|comparison|proof|evidence|pricing|price)",
        r"questions? (?:about|on|regarding|around|re)",
        r"(?:brauchen|benötigen|fehlen|fehlt|warten auf|erwarten|anfordern|angefordert|"
        r"nachreichen|benötigt|bräuchten|vermissen)\w* (?:noch |dringend |bitte )?(?:die |den |"
        r"das |eine |einen |ein |ihre |weitere |zusätzliche |aktuelle |von ihnen )?(?:\w+ )?"
        r"(?:informationen|infos|unterlagen|dokumente|nachweis\w*|zertifikat\w*|angebot|offerte|"
        r"zahlen|daten|auswertung\w*|referenzen|antworten|klärung|rechnung|formular\w*|vertrag\w*|"
        r"fragebogen|avv|übersicht|details|preise|kalkulation)",
        r"(?:fragen|rückfragen) (?:zu|zum|zur|bezüglich|wegen|zu ihrem)",
        r"offene fragen",
        r"rückfrage\w*",
    ),
    "_concern": (
        r"(?:concern|worry|worried|doubt|hesitat|reservation|unsure|uncertain|question mark|"
        r"sceptic|skeptic)\w*",
        r"(?:bedenken|sorge|sorgen|zweifel|vorbehalt|unsicher|fragezeichen|skepsis|skeptisch|"
        r"befürcht)\w*",
    ),
    "_contact": (
        r"(?:call|calls|talk|speak|meet|meeting|catch up|chat|reconnect|touch base|follow up|"
        r"check in|get back|come back|be in touch|update you|revert|circle back|sync|ring|phone|"
        r"schedule|book|calendar|invite|appointment|slot|reach out|hear from)",
        r"(?:telefonier|sprechen|anruf|anrufen|rufe|ruf|melde|melden|termin|treffen|austausch|"
        r"rücksprache|besprechung|videocall|zoom|teams|rückmeldung|nachfass|hören|schreibe|"
        r"kontakt|wiedervorlage|gespräch|jour fixe)\w*",
    ),
}

INTERNAL_CUES: Final[frozenset[str]] = frozenset(k for k in RULES if k.startswith("_"))


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled lexicon rule."""

    signal: str
    regex: re.Pattern[str]
    source: str


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon match in clean-text coordinates."""

    signal: str
    start: int
    end: int


_META = set("\\.^$*+?{}[]|()")
_GAP = r"[\s\-]+(?:\S+[\s\-]+){0,3}"


def _expand(pattern: str) -> str:
    """Translate the authoring dialect into a regex over folded text."""
    pattern = pattern.replace(" * ", " \x00 ")
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?<", i):
            # Look-behinds must keep a fixed width: copy them verbatim (folded).
            close = pattern.index(")", i)
            out.append(fold(pattern[i : close + 1]))
            i = close + 1
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        if in_class:
            out.append(fold(ch) if ch in "äöüß" else ch)
        elif ch == "ä":
            out.append("(?:ae?)")
        elif ch == "ö":
            out.append("(?:oe?)")
        elif ch == "ü":
            out.append("(?:ue?)")
        elif ch == "ß":
            out.append("(?:ss?)")
        elif ch == "s" and pattern[i + 1 : i + 2] == "s":
            out.append("ss?")
            i += 2
            continue
        elif ch == " ":
            if pattern[i + 1 : i + 2] == "?":
                out.append(r"[\s\-]*")
                i += 2
                continue
            out.append(r"[\s\-]+")
        elif ch == "\x00":
            out.append("(?:\\S+[\\s\\-]+){0,3}")
            # the surrounding spaces already match one separator each
            i += 1
            if i < len(pattern) and pattern[i] == " ":
                i += 1
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out) + r"(?![^\W_])"


def _leading_group(body: str) -> tuple[list[str], str] | None:
    """Split ``(?:a|b)rest`` into its top-level alternatives and the rest."""
    if not body.startswith("(?:"):
        return None
    depth = 0
    for index, ch in enumerate(body):
        if ch == "\\":
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                inner = body[3:index]
                alternatives: list[str] = []
                level = 0
                current = ""
                for c in inner:
                    if c == "(":
                        level += 1
                    elif c == ")":
                        level -= 1
                    if c == "|" and level == 0:
                        alternatives.append(current)
                        current = ""
                    else:
                        current += c
                alternatives.append(current)
                return alternatives, body[index + 1 :]
    raise ValueError(f"unbalanced group in {body!r}")


_WORD_START = re.compile(r"[a-z0-9äöüß]+")


def _literal_start(text: str) -> str | None:
    """The literal letters a pattern (or alternative) must start with, or None."""
    if text.startswith("\\d"):
        return "#"
    m = _WORD_START.match(text)
    if not m:
        return None
    word = m.group()
    nxt = text[m.end() : m.end() + 1]
    if nxt in ("?", "*", "{"):
        word = word[:-1]
    return word or None


def _triggers(pattern: str) -> tuple[bool, list[str]]:
    """Return (infix, trigger literals) for one authoring pattern."""
    infix = pattern.startswith("~")
    body = pattern[1:] if infix else pattern
    while body.startswith("(?<"):
        depth = 0
        for index, ch in enumerate(body):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    body = body[index + 1 :]
                    break
    group = _leading_group(body)
    if group is not None:
        alternatives, rest = group
        if rest[:1] in ("?", "*", "{"):
            raise ValueError(f"optional leading group in rule {pattern!r}")
        literals = []
        for alternative in alternatives:
            literal = _literal_start(alternative if alternative else rest)
            if literal is None:
                if alternative.startswith("~"):
                    literal = _literal_start(alternative[1:])
                    if literal:
                        literals.append("~" + literal)
                        continue
                raise ValueError(f"alternative {alternative!r} in {pattern!r} has no trigger")
            literals.append(literal)
        return infix, literals
    literal = _literal_start(body)
    if literal is None:
        raise ValueError(f"rule {pattern!r} has no literal trigger")
    return infix, [literal]


class Lexicon:
    """The compiled rule set with its trigger index and a per-token cache."""

    def __init__(self, rules: dict[str, tuple[str, ...]] = RULES) -> None:
        self.rules: list[Rule] = []
        self._prefix: dict[str, list[tuple[str, int]]] = {}
        self._infix: list[tuple[str, int]] = []
        self._digit: list[int] = []
        self._cache: dict[str, tuple[int, ...]] = {}
        for signal, patterns in rules.items():
            for pattern in patterns:
                infix, literals = _triggers(pattern)
                body = pattern[1:] if infix else pattern
                # "~" inside a leading alternative marks only that alternative as infix.
                body = body.replace("(?:~", "(?:").replace("|~", "|")
                has_inner_infix = any(lit.startswith("~") for lit in literals)
                expanded = _expand(body)
                if infix or has_inner_infix:
                    expanded = r"[^\W_]*?" + expanded
                rule_index = len(self.rules)
                self.rules.append(Rule(signal, re.compile(expanded), pattern))
                for literal in literals:
                    if literal == "#":
                        self._digit.append(rule_index)
                        continue
                    inner = literal.startswith("~")
                    key = canonical(fold(literal.lstrip("~")))
                    if infix or inner:
                        self._infix.append((key, rule_index))
                    else:
                        self._prefix.setdefault(key[:3], []).append((key, rule_index))

    def candidates(self, token: str) -> tuple[int, ...]:
        """Rule indices whose trigger fits a folded token (cached per distinct token)."""
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        canon = canonical(token)
        found: list[int] = []
        for size in (1, 2, 3):
            if len(canon) < size:
                break
            for key, index in self._prefix.get(canon[:size], ()):
                if canon.startswith(key):
                    found.append(index)
        for key, index in self._infix:
            if key in canon and index not in found:
                found.append(index)
        if canon[:1].isdigit():
            found.extend(self._digit)
        result = tuple(sorted(set(found)))
        if len(self._cache) > 200_000:
            self._cache.clear()  # bound memory on endless batches
        self._cache[token] = result
        return result

    def match(self, norm: str, spans: list[tuple[int, int]]) -> list[Hit]:
        """All rule hits that start at a token inside the given spans of folded text."""
        return self.scan(norm, spans)[1]

    def scan(self, norm: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[Hit]]:
        """Tokens of the spans (folded) and all rule hits that start at one of them."""
        tokens: list[str] = []
        hits: list[Hit] = []
        rules = self.rules
        candidates = self.candidates
        seen: set[tuple[int, int]] = set()
        append_token = tokens.append
        for span_start, span_end in spans:
            for tm in TOKEN_RE.finditer(norm, span_start, span_end):
                token = tm.group()
                append_token(token)
                found = candidates(token)
                if not found:
                    continue
                start = tm.start()
                for index in found:
                    rule = rules[index]
                    m = rule.regex.match(norm, start, span_end)
                    if m is None or m.end() <= start:
                        continue
                    key = (index, start)
                    if key in seen:
                        continue
                    seen.add(key)
                    hits.append(Hit(rule.signal, start, m.end()))
        return tokens, hits


_LEXICON: Lexicon | None = None


def get_lexicon() -> Lexicon:
    """The process-wide compiled lexicon (compiled on first use)."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON
