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

import functools
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, compress, islice
from typing import Any, Final, NamedTuple

from delaydesk.diagnosis.text import TOKEN_RE, TOKEN_SPLIT_RE, canonical, fold

_MONTHS_EN = "january|february|march|april|june|july|august|september|october|november|december"
_MONTHS_DE = (
    "januar|jänner|februar|feber|märz|april|juni|juli|august|september|oktober|november|dezember"
)
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
        + _MONTHS_EN
        + r"|may)",
        r"next (?:" + _DAYS_EN + r"|week|month)",
        r"(?:" + _DAYS_EN + r")",
        r"(?:in|within) " + _NUM_EN + r" (?:business |working )?(?:days?|weeks?)",
        r"tomorrow",
        r"this (?:week|friday|month)",
        r"(?:eod|eow|eom|cob)",
        r"(?:cw|kw|week) ?\d{1,2}",
        r"(?:" + _MONTHS_DE + r")",
        r"(?:anfang|mitte|ende) (?:" + _MONTHS_DE + r"|nächste[rn]? woche|kommende[rn]? woche|"
        r"des monats|"
        r"dieses monats|diese[rn]? woche|q[1-4]|kw ?\d+)",
        r"~monatsende",
        r"~wochenende",
        r"nächste[nr]? (?:woche|" + _DAYS_DE + r"|monat)",
        r"kommende[nr]? (?:woche|" + _DAYS_DE + r"|monat)",
        r"(?:" + _DAYS_DE + r")\w*",
        r"(?<!guten )morgen",
        r"übermorgen",
        r"in " + _NUM_DE + r" (?:tag|tage|tagen|woche|wochen)",
        r"innerhalb (?:von |der nächsten )?" + _NUM_DE + r" (?:tag|tage|tagen|woche|wochen|"
        r"arbeitstag\w*)",
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
        r"zusenden|zukommen lassen|bereitstellen|ausstellen|vorbereiten|anpassen|halten|"
        r"verlängern)",
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
        r"(?:we'll|i'll|we will|i will|we shall|i shall) (?:let you know|get back to you|be in "
        r"touch|come back to "
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
        r"(?:zweite|dritte|vierte|fünfte|mehrere|wiederholte)\w* (?:nachfrage|erinnerung|anruf|"
        r"mail|"
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
        r"(?:justify|justifying|justification for) (?:the |this |our |another )?(?:cost|spend|"
        r"price|"
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
        r"(?<!no )(?<!any )(?<!without )(?<!zero )complain\w*",
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
        r"(?<!kein )(?<!keine )(?<!keinerlei )(?<!ohne )(?<!no )~problem\w*",
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
        r"(?:schlechte|langsame|mangelhafte|schwache|dürftige)[nrs]? (?:support|service|"
        r"performance|"
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
        r"offerings|systems|quotes|quotations|offers|bids|proposals|prices)",
        r"(?:compar\w*|benchmark\w*|evaluat\w*|assess\w*|explor\w*|review\w*|trial\w*|test\w*|"
        r"pilot\w*|scoping|scouting) (?:the |a |some |other |several |different |alternative |"
        r"competing |cheaper |a few |a couple of |two |three |multiple )?(?:options|alternatives|"
        r"tools|solutions|vendors|providers|market|platforms|products|offers|suppliers|systems)",
        r"(?:shop|shopping) around",
        r"(?:market|vendor) (?:review|scan|comparison|analysis|research|evaluation|check|"
        r"screening)",
        r"(?:benchmark|test|sound out|survey) the market",
        r"what else is (?:out there|on the market|available)",
        r"(?:switch|switching|move|moving|migrat\w*) (?:to|over to) (?:another|a different|a new|"
        r"a cheaper|an other|a competing)",
        r"(?:options|offers) on the table",
        r"keep(?:ing)? (?:our|my) options open",
        r"~alternativ\w*",
        r"andere[nr]? (?:anbieter|lösung|lösungen|tools?|systeme?|produkte?|optionen|plattform\w*|"
        r"software|dienstleister|angebote|offerten)",
        r"(?:weitere|mehrere|zusätzliche) (?:angebote|offerten) (?:ein|an)?(?:holen|einholen|"
        r"anfragen|angefragt|eingeholt|vorliegen)",
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
        r"(?:lost|losing|lack of|eroded|eroding|damaged|broken|shaken) (?:\w+ )?(?:trust|"
        r"confidence|"
        r"faith)",
        r"(?:unacceptable|not acceptable|not good enough|not okay|appalling|ridiculous|a joke|"
        r"a mess|a shambles)",
        r"let (?:us|me) down",
        r"letting us down",
        r"(?:felt|feel|feeling|feels) (?:\w+ )?(?:ignored|neglected|abandoned|let down|"
        r"like a number|"
        r"forgotten|unheard|left alone|not listened)",
        r"(?:nobody|no one) (?:from your side|from your team|has ever|ever|got back|listens|"
        r"listened)",
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
        r"(?:kühl|kalt|frostig|angespannt|gereizt|distanziert|schlecht|negativ|schwierig|"
        r"reserviert)",
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
        r"w9",
        r"w-9",
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
        r"(?:lieferant|lieferanten|neuer lieferant|neuen lieferanten) (?:anlegen|angelegt|"
        r"registrier\w*|"
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
        r"(?:liability|indemnit\w*|termination|auto renewal|renewal|payment) (?:clause|terms|"
        r"cap)\w*",
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
        r"(?:security|infosec|information security|it security|cyber|"
        r"cybersecurity) (?:questionnaire|"
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
        r"(?:new|interim|incoming|acting) (?:head|director|manager|vp|cio|cto|cfo|ceo|coo|owner|"
        r"lead|"
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
        r"(?:untergegangen|liegen geblieben|liegengeblieben|auf der strecke geblieben|"
        r"aus den augen "
        r"verloren)",
        r"nicht dazu gekommen",
        r"(?:hinten angestellt|nach hinten geschoben|hintangestellt)",
        r"(?:hektik|trubel|stress)",
        r"~tagesgeschäft",
    ),
    "value_doubt": (
        r"(?:see|seeing|show|prove|demonstrate|get|getting) (?:more |the |enough |real |any |"
        r"clear |tangible |measurable )?(?:value|roi|return|benefit|impact|results)",
        r"(?:value|roi|return on investment|benefit|business value) (?:is |isn'?t |is not |"
        r"remains |"
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
        r"(?:hatten|haben) uns (?:\w+ )?(?:mehr|anderes|etwas anderes) (?:\w+ )?(?:erhofft|"
        r"erwartet|"
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
        r"(?:ungenutzte|brachliegende|inaktive|leere)[n]? (?:lizenzen|seats|accounts|nutzer|"
        r"zugänge)",
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
        r"(?:not|isn'?t|aren'?t) (?:ready|able) to (?:sign|renew|commit|decide|proceed|"
        r"move forward)"
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
        r"(?<!nothing )(?<!not )(?<!never )(?<!to be )(?<!un)(?:signed|countersigned|executed|"
        r"approved and signed)(?: and returned)?",
        r"(?:attached|attaching|please find|enclosed|here is|here's) (?:is |are |attached |"
        r"enclosed )?(?:the |our )?(?:signed|countersigned|executed|po|purchase order)",
        r"(?:payment|invoice) (?:has been |was |is )?(?:paid|made|sent|processed|settled|"
        r"transferred|released)",
        r"(?:go ahead|green light)",
        r"(?:count us in|we'?re in|all signed|all done|sorted)",
        r"(?:unterschrieben|unterzeichnet|gegengezeichnet)",
        r"(?:im anhang|anbei|beigefügt|anliegend|in der anlage) (?:finden sie |erhalten sie |"
        r"sende ich |senden wir |schicke ich )?(?:ihnen )?(?:den |die |das |unsere |unseren )?"
        r"(?:unterschriebene|unterzeichnete|gegengezeichnete|bestellung|auftrag|vertrag|"
        r"bestätigung)"
        r"\w*",
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
        r"(?:termin|meeting|call|gespräch|webinar) (?:ist |am \S+ )?(?:bestätigt|gebucht|passt|"
        r"steht)",
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
    # A step that is still to be done: "approved, but purchasing still has to raise the PO" is
    # a delay, not a confirmation.
    "_pending": (
        r"(?:still|yet) (?:has|have|needs?|need|got) to",
        r"(?:has|have|is|are) yet to",
        r"still (?:pending|outstanding|in progress|open|with (?:our|the|their))",
        r"(?:once|as soon as|when) (?:\w+ ){0,6}(?:is|are|has been|have been|gets?) (?:raised|"
        r"approved|signed|issued|released|cleared|done|through|set up|created|countersigned)",
        r"(?:muss|müssen|musste|müsste|müssten|soll|sollen) (?:\w+ ){0,4}noch",
        r"noch (?:\w+ ){0,3}(?:anlegen|angelegt werden|freigeben|freigegeben werden|unterschreiben|"
        r"unterschrieben werden|unterzeichnen|genehmigen|genehmigt werden|bestellen|erstellen|"
        r"ausstellen|abzeichnen|prüfen|geprüft werden|durchlaufen)",
        r"(?:steht|stehen|stand|standen) (?:\w+ ){0,2}noch aus",
        r"noch (?:nicht )?(?:offen|ausstehend|in arbeit|in bearbeitung|in prüfung|unterwegs)",
        r"sobald (?:\w+ ){0,6}(?:da ist|vorliegt|vorliegen|durch ist|freigegeben|unterschrieben|"
        r"angelegt|erteilt|genehmigt|gegengezeichnet)",
        r"(?:hängt|hängen|liegt|liegen|steckt|stecken|ist|sind|hing|lag) (?:\w+ ){0,3}noch "
        r"(?:bei|im|in|auf)",
        r"(?:warten|wartet|warte|warteten) (?:\w+ ){0,3}(?:noch )?(?:auf|bis)",
        r"(?:kommt|kommen|folgt|folgen) (?:\w+ ){0,3}(?:voraussichtlich|erst|bis|spätestens|"
        r"nächste|anfang|ende|mitte)",
        r"(?:waiting|wait|waits) (?:for|on|until)",
        r"(?:sits|sitting|stuck|held up|hung up|sat|parked) (?:\w+ ){0,2}(?:with|in|at|on)",
        r"(?:will|should) (?:\w+ ){0,2}(?:come|arrive|be issued|be raised|be signed|follow|"
        r"go out|be released|be approved) (?:by|on|in|next|early|end|before|after|once)",
    ),
}

# More phrasings per signal, grouped by what they describe. Merged into RULES below.
_MORE_RULES: Final[dict[str, tuple[str, ...]]] = {
    "satisfied": (
        r"(?:no|zero|without) (?:real |major |big )?(?:complaints?|concerns?|issues|problems|"
        r"objections?|worries)",
        r"(?<!not )(?<!never )(?<!than )(?<!less )(?:happy|satisfied|pleased|delighted|thrilled) "
        r"with (?:it|you|the|your|\w+)",
        r"(?:we|they|the team|everyone|the crews|staff|users|people) (?:really |all )?(?:love|like|"
        r"use) (?:it|the tool|the app|the platform|the product|the system)",
        r"(?:works|working|worked|running) (?:great|fine|well|perfectly|smoothly|nicely)",
        r"(?:nothing|nought) (?:wrong|negative|bad)",
        r"(?:does|did) (?:its|the) job",
        r"(?:usage|adoption|engagement) (?:is |has been |was )?(?:\w+ )?(?:up|high|steady|stable|"
        r"strong|growing|great)",
        r"(?:daily|every day|heavily|widely) used",
        r"uses? it (?:daily|every day|all the time|heavily)",
        r"(?:no|nae) bother",
        r"(?:all good|it'?s fine|all fine|sure it'?s fine)",
        r"(?:kein|keine|keinerlei|ohne) (?:problem|probleme|beschwerden|einwände|bedenken|"
        r"klagen|sorgen|schwierigkeiten|beanstandungen)",
        r"(?<!nicht )(?<!nie )(?<!kaum )(?<!wenig )(?:sehr |echt |wirklich |total |voll |ganz )?"
        r"(?:zufrieden|glücklich|begeistert|happy)",
        r"(?:läuft|laufen|funktioniert|klappt) (?:\w+ )?(?:gut|super|prima|einwandfrei|bestens|"
        r"tadellos|problemlos|rund|stabil)",
        r"(?:nichts negatives|nix negatives|alles gut|passt schon|passt alles|alles bestens|"
        r"alles prima|stimmung gut|stimmung positiv)",
        r"(?:wir |die kollegen |das team |alle )?(?:mögen|lieben|schätzen) (?:das tool|"
        r"die software|"
        r"die app|es|euch|sie|ihr tool|\w+ sehr)",
        r"(?:nutzung|auslastung) (?:ist |bleibt |war )?(?:\w+ )?(?:hoch|stabil|gut|gestiegen|"
        r"konstant)",
        r"(?:lobt|loben|gelobt|lob)\w*",
        r"(?:tolles|super|großartiges|klasse) (?:team|tool|produkt|arbeit|betreuung)",
    ),
    "intends_to_renew": (
        r"(?:we|we'?ll|we will|we'?re|we are|we do|we'?d|going to) (?:\w+ )?(?:definitely |"
        r"certainly |absolutely |of course |still |fully )?(?:renew|renewing|continue|keep|"
        r"keeping|stay|staying) (?:with|on|it|the|using|going)?",
        r"(?:want|wants|intend|plan|planning|intention is|keen) to (?:renew|continue|keep|stay)",
        r"(?:of course|definitely|absolutely|certainly|obviously) (?:we'?ll |we will |we are "
        r"|we'?re )?(?:renew|continue|keep|going)",
        r"(?:def|defo) renewing",
        r"(?:it|the renewal) (?:will|'?ll) (?:happen|get done|be done|come)",
        r"(?:no question|not in question|not a question of if)",
        r"(?:wir )?(?:wollen|möchten|werden|würden) (?:\w+ ){0,3}(?:verlängern|weitermachen|"
        r"weiter nutzen|weiterhin nutzen|dabei bleiben|behalten|weiterarbeiten|fortsetzen)",
        r"(?:verlängern|machen) wir (?:sicher|auf jeden fall|natürlich|selbstverständlich|"
        r"bestimmt|definitiv|gern|gerne)",
        r"(?:wird gemacht|machen wir|das kommt|kommt noch|kommt!)",
        r"(?:ausdrücklich|fest) (?:gewollt|geplant|eingeplant)",
        r"(?:wollen|möchten) (?:das|es)(?:'s)? (?:eh |ja |auf jeden fall )?(?:weiter|behalten)",
        r"(?:steht|stand) (?:gar )?nicht zur debatte",
        r"(?:grundsätzlich|prinzipiell|eigentlich) (?:ja|wollen wir|verlängern)",
    ),
    "busy": (
        r"(?:tied|caught) up (?:with|in)",
        r"(?:buried|drowning|knee deep|neck deep|swamped) (?:in|with|under)",
        r"all hands",
        r"(?:not|isn'?t|wasn'?t) on (?:my|his|her|our|their) radar",
        r"(?:out of|full) hands",
        r"context switch\w*",
        r"(?:in the (?:middle|thick|midst|hot phase) of)",
        r"mid (?:migration|audit|season|launch|move|rollout|project|close|quarter)",
        r"crunch\w*",
        r"(?:holiday|christmas|summer|peak|high|harvest|festive|exam|budget|tourist) "
        r"(?:rush|season|peak|period)",
        r"(?:festival|fundraising|fundraise|recertification|inspection|bottling|harvest|"
        r"accreditation|year end close|month end|quarter end|quarterly close|"
        r"go live|cut over|conference season|open day)",
        r"(?:comes?|coming|come) (?:after|first|second)",
        r"(?:when|once|until) (?:things|it|everything|work) (?:calm|quiet|settle|slow)s? (?:down)?",
        r"(?:back to normal|more air|breathing room|breathing space|quieter|calmer)",
        r"not (?:today'?s|a pressing|an urgent|a priority) (?:problem|issue|topic)",
        r"(?:least|last) (?:interesting )?thing (?:on my mind|in my week|on my list|on the list)",
        r"(?:remind|ping|nudge) me (?:in|next|again|after|later)",
        r"(?:not|isn'?t) (?:so |that |very |really )?important (?:for me |to me |for us )?"
        r"(?:right now|at the moment|now)",
        r"(?:pick up|take up|revisit|come back to|look at|deal with|handle) (?:the renewal|this|it|"
        r"that) (?:after|once|when|post|in|next)",
        r"post that",
        r"(?:hasn'?t|haven'?t|don'?t|didn'?t) (?:got |have )?(?:a spare|the) (?:hour|minute|"
        r"moment|time)",
        r"(?:can'?t|cannot|won'?t) (?:touch|look at|get to) (?:anything|it|this)",
        r"(?:dragging|stretched|spread) (?:thin|too thin)",
        r"(?:keinen?|kein) (?:kopf|nerv|luft) (?:dafür|frei|für)",
        r"(?:alle )?hände voll",
        r"ausnahmezustand",
        r"(?:~hochsaison|~hauptsaison|~saisonstart|~erntezeit|~weihnachtsgeschäft|~peak|"
        r"~bilanz\w*|~gemeinderatswahl|~wahlkampf|~prüfungsphase|~baustelle\w*|~grippewelle|"
        r"~jahresrevision|~revision|~zulassung\w*|~semesterstart|~verbandstag|~closing|~audit\w*|"
        r"~zertifizierung\w*|~umbau\w*|~inbetriebnahme)",
        r"(?:auf dem|am) (?:teller|schirm|radar|zettel)",
        r"(?:komm|komme|kommen|kam|kommt) (?:da |ich |erst |gerade |grad |im moment |momentan "
        r")*(?:später |nicht |kaum |überhaupt nicht )?dazu",
        r"am limit",
        r"(?:von früh bis spät|bis mitternacht|rund um die uhr|nonstop|non stop)",
        r"wenn es (?:wieder )?ruhiger (?:wird|ist)",
        r"(?:danach|nachher|anschließend) (?:kümmern|schauen|melden|machen|drum|angehen|"
        r"unterschreiben)",
        r"(?:kümmer|kümmere|kümmert)\w* (?:mich |sich )?(?:danach|später|drum|darum)",
        r"(?:steht|stehen) (?:alles|sonst alles) (?:andere )?still",
        r"(?:geht|läuft) (?:sonst )?nichts (?:durch|anderes)",
        r"(?:nebenher|nebenbei)",
        r"(?:spring|springe|springen) (?:überall )?ein",
        r"(?:unterwegs|auf achse|im außendienst|auf montage)",
        r"(?:zu )?(?:wenig|knapp) (?:leute|personal|besetzt)",
    ),
    "budget_cycle": (
        r"(?:grant|council|government|public|donor|eu|lottery|seed|series [a-d]) (?:funding|money|"
        r"payment|tranche|round|close|closing)",
        r"funding (?:round|tranche|comes|arrives|decision|cycle|application)",
        r"tranche\w*",
        r"cash ?flow",
        r"(?:big|large|annual) payments",
        r"(?:start|beginning|end) of (?:the )?(?:quarter|financial year|fiscal year|month)",
        r"(?:money|cash|funds|budget|budgets) (?:side|stuff|situation|question|things?|wise)",
        r"budget considerations",
        r"(?:budget|budgets|money|funds) (?:is |are )?(?:tight|being (?:worked out|sorted|"
        r"looked at|"
        r"finalised|finalized|set)|not (?:yet )?(?:there|approved|available|released|signed off))",
        r"(?:still )?(?:working out|sorting out|finalising|finalizing|setting) (?:the |our |next "
        r"year'?s )?budget",
        r"budget (?:for|is|has|was|line|request|owner|holder|year|next)",
        r"(?:queue|queued|in line|next in line|sitting behind|behind two|behind other)",
        r"(?:after|once) (?:the |our )?(?:budget|funding|money|allocation|grant|invoice run|"
        r"payment run)",
        r"~liquidität\w*",
        r"(?:kein|keine|wenig) (?:geld|mittel|budget)",
        r"~drittmittel\w*",
        r"~mittelabruf",
        r"~fördermittel\w*",
        r"~förderung\w*",
        r"~zuschuss\w*",
        r"~finanzierungsrunde\w*",
        r"~werbebudget\w*",
        r"~budget\w*",
        r"(?:am |noch am )?rechnen",
        r"(?:heuer|dieses jahr|nächstes jahr) (?:drin|drinnen|möglich|machbar)",
        r"(?:zahl|zahle|zahlen|bezahl\w*|überweis\w*) (?:\w+ ){0,3}(?:erst|ab|im|nach|zum|anfang|"
        r"mitte|ende)",
        r"(?:rechnung|rechnungsstellung|fakturierung|abrechnung)\w* (?:erst |bitte )?(?:zum|ab|im|"
        r"nach|per|mit)",
        r"~investor\w*",
        r"~kostenträger\w*",
    ),
    "sudden_budget_concerns": (
        r"(?:suddenly|out of the blue|all of a sudden|overnight|new rule|new policy|since last "
        r"month)",
        r"(?:costs?|spend|spending|budget) (?:down|cut|reduced|reduction) (?:by )?\d+",
        r"(?:bring|get|cut|push|take) (?:the |our |it |costs |spend |this )?(?:\w+ )?(?:down|back) "
        r"by",
        r"(?:hard stop|freeze|pause|hold) on (?:all )?(?:renewals|software|spend|tools|purchases|"
        r"new contracts)",
        r"(?:all|every|each) (?:non[- ]essential |non[- ]critical |software |tool |recurring )"
        r"(?:renewals?|spend|costs?|subscriptions?|contracts?|payments?|tools?|line)",
        r"(?:justify|justifies|justified) (?:itself|themselves|each|every|their|its)",
        r"line by line",
        r"(?:earn|earns|earning) (?:their|its) keep",
        r"(?:cost[- ]saving|cost saving|saving) (?:measures|exercise|programme|program|plan)",
        r"(?:operating|opex|operational) (?:expenditure|costs|spend)",
        r"(?:re ?assess\w*|re ?evaluat\w*|review\w*) (?:\w+ )?against (?:cost|value|budget)",
        r"(?:what|how much) (?:we|they) (?:spend|pay) (?:on|for)",
        r"(?:why|whether) (?:we|they) (?:\w+ )?pay (?:separately|for|so much|this much)",
        r"(?:something|anything) cheaper",
        r"(?:doubled|tripled|double|triple|went up|gone up|increased|jumped)",
        r"(?:cost|price|invoice)s? (?:doubled|went up|increase|jumped|rose)",
        r"(?:fixkosten|kosten|ausgaben|softwarekosten|itkosten)\w* (?:\w+ ){0,4}(?:senken|"
        r"reduzieren|runter|kürzen|halbieren|drücken|einsparen)",
        r"(?:plötzlich|auf einmal|neuerdings|überraschend|kurzfristig|seit neuestem)",
        r"(?:neue|neuen) (?:vorgabe|regel|richtlinie|sparvorgabe)",
        r"~vorgabe\w*",
        r"(?:streicht|streichen|gestrichen|streichung)\w*",
        r"nice to have",
        r"(?:neu )?(?:begründet|begründen|rechtfertigen) (?:werden|muss|müssen)",
        r"(?:auf den prüfstand|unter beobachtung|unter der lupe|genau angeschaut|durchleuchtet)",
        r"(?:rechnen|rechne) sie mir (?:vor|aus)",
        r"(?:günstiger|billiger)\w*",
        r"(?:preis|preise|kosten)\w* (?:gestiegen|verdoppelt|erhöht|explodiert)",
    ),
    "value_doubt": (
        r"(?:pays|pay|paid|paying) off",
        r"(?:worth|worthwhile) (?:what we pay|the money|it|the cost|the price|keeping)",
        r"(?:not sure|unsure|unclear|wonder|wondering|questioning|question|doubt) (?:\w+ )?(?:if|"
        r"whether|what|why)",
        r"(?:what|why) (?:we|they) (?:bought|pay|are paying|use|need) (?:this|it|the tool|you)",
        r"(?:duplicate|double|redundant|overlapping) (?:effort|work|tools?|systems?|entry|"
        r"data entry)",
        r"overkill",
        r"proof of (?:roi|value)",
        r"(?:actually|really) (?:leading|leads|lead) to (?:anything|results|something)",
        r"(?:give|gives|gave|giving) (?:us )?(?:routes|results|data|numbers|reports) (?:nobody|"
        r"no one)",
        r"(?:given up|giving up|gave up) on",
        r"(?:never|don'?t|didn'?t) (?:really )?trust\w*",
        r"(?:made|makes|making) (?:\w+ )?(?:harder|worse)",
        r"(?:what (?:we|you) (?:paid|promised) for|we paid for)",
        r"(?:seat count|fewer seats|reduce (?:the )?(?:seats|licen[cs]es)|downgrade|scale back|"
        r"cut back)",
        r"(?:instead of the current|fewer|less) (?:seats|licen[cs]es|users)",
        r"(?:nicht|kaum|schwer) (?:nachvollziehen|nachvollziehbar|erschließt)",
        r"(?:erschließt sich|erschliesst sich) (?:mir )?(?:nicht|noch nicht)",
        r"(?:wofür|wozu|warum|weshalb|wieso) (?:wir|man|ich) (?:\w+ ){0,3}(?:bezahlen|zahlen|"
        r"brauchen|betreiben)",
        r"(?:doppelt|parallel|zusätzlich) (?:pflegen|gepflegt|erfassen|betreiben|arbeiten)",
        r"(?:spielzeug|spielerei|luxus|overkill)",
        r"(?:was|welchen nutzen|welchen mehrwert) (?:\w+ ){0,4}(?:gebracht|bringt|messen|nützt)",
        r"(?:bezahlt|gezahlt) (?:\w+ ){0,6}(?:bekommen|erhalten)",
        r"(?:für mehr geld|mehr geld für) (?:\w+ )?(?:weniger|nichts)",
        r"(?:lizenzen|plätze|nutzer|seats) (?:\w+ )?(?:reduzieren|kündigen|abbauen|runterfahren)",
        r"(?:ob|wie) (?:man|wir) (?:\w+ )?(?:reduzieren|verkleinern|abspecken)",
        r"(?:blind|einfach so|automatisch) (?:\w+ )?verlängern",
        r"(?:nicht|nichts|nix) (?:mehr )?automatisch",
        r"(?:vorsichtig|skeptisch|zurückhaltend) (?:geworden|bin|sind)",
    ),
    "low_adoption": (
        r"(?:\d+|two|three|four|five|few|only a few|a handful) (?:of|out of) (?:\d+|our|the|\w+) "
        r"(?:seats|users|licen[cs]es|people|staff|agents|reps|recruiters)? ?(?:are )?(?:active|use|"
        r"using|log in|logged in)",
        r"(?:export|exports|exporting) (?:everything|it all|\w+ )?(?:to|into) (?:excel|sheets|csv)",
        r"(?:nobody|no one|hardly anyone|barely anyone) (?:reads|looks at|opens|uses|touches|"
        r"trusts)",
        r"(?:override|overrides|overriding|ignore|ignores|ignoring) (?:most|all|half) of (?:them|"
        r"it)",
        r"(?:back|reverted|went back|gone back) (?:to|in) (?:the )?(?:whatsapp|excel|paper|email|"
        r"spreadsheets|old)",
        r"(?:\d+|drei|zwei|vier|wenige|nur wenige) (?:von|aus) (?:\d+|unseren|den) ?(?:\w+ )?"
        r"(?:nutzen|nutzt|arbeiten|aktiv|verwenden)",
        r"(?:pflegen|arbeiten|arbeitet|planen) (?:\w+ ){0,4}(?:in|mit) (?:excel|listen|tabellen|"
        r"papier|whatsapp)",
        r"(?:excel|whatsapp)\w*",
        r"(?:praktisch|quasi|faktisch|so gut wie) (?:nicht|nie|kaum) (?:\w+ )?(?:genutzt|benutzt|"
        r"verwendet|angeschaut|gelesen)",
        r"(?:schaut|liest|nutzt|öffnet) (?:\w+ ){0,3}(?:kaum|keiner|niemand|eh keiner)",
        r"(?:eh|sowieso) (?:keiner|niemand)",
        r"(?:kommen|kommt|kamen|kam) (?:\w+ ){0,3}(?:nicht|kaum|schlecht) (?:damit )?zurecht",
    ),
    "raises_problems": (
        r"(?:went|goes|gone|was|were) down (?:during|twice|again|for|on)",
        r"(?:near miss|near-miss|incident|incidents|outage|breach|data breach|security incident)",
        r"(?:temperamental|flaky|unreliable|buggy|clunky|painful|cumbersome|fiddly|slow)",
        r"(?:moaning|grumbling|complaining|kicking off|up in arms)",
        r"(?:not|isn'?t|aren'?t|wasn'?t) (?:accurate|reliable|stable|working|right|correct|"
        r"safe|fixed|there yet)",
        r"(?:wrong|double|duplicate|incorrect) (?:invoices|patients|data|numbers|results|routes|"
        r"customers|texts|emails|entries|bookings|charges)",
        r"(?:sorts?|sort out|fixes|fix|fixed|resolves?|resolved|closed|works?) (?:\w+ ){0,3}"
        r"(?:first|properly|before)",
        r"(?:until|till|once|when|unless) (?:someone|you|your team|it|the \w+|this|that|the bug|"
        r"the issue|the problem) (?:\w+ ){0,3}(?:fixed|sorted|resolved|explains?|works|behaves|"
        r"closed|safe)",
        r"(?:gets?|got) fixed",
        r"(?:sla|slas|service levels?) (?:\w+ ){0,4}(?:missed|breached|broken|gerissen|verfehlt)",
        r"(?:root cause|rca|post mortem|postmortem)",
        r"(?:been asking|keep asking|kept asking|asked (?:\w+ )?(?:twice|three times|several times|"
        r"repeatedly))",
        r"(?:kaputt|defekt|fehlerhaft|instabil|umständlich|holprig|mühsam|unbrauchbar)\w*",
        r"(?:hakt|streikt|spinnt|zickt|ruckelt)",
        r"(?:klagen|klagt|klagten|meckern|meckert|schimpfen|schimpft|murren)",
        r"(?:im griff|in den griff)",
        r"(?:nur halb|nur teilweise|halbherzig)",
        r"(?:verschwunden|abgetaucht|funkstille seitens)",
        r"(?:zugesagt|versprochen|angekündigt)\w* (?:\w+ ){0,6}(?:nicht|nie|immer noch nicht|bis "
        r"heute nicht)",
        r"(?:bis heute|immer noch|noch immer) (?:nicht|kein|keine)",
        r"(?:wenn|sobald|bis) (?:sie|ihr|das|die|der) (?:\w+ ){0,5}(?:liefern|behoben|gelöst|"
        r"gefixt|repariert|im griff|funktioniert|läuft|erklärt)",
        r"(?:die sache|der vorfall|das thema|dem vorfall|der sache) mit",
        r"(?:~vorfall|~vorfälle|~zwischenfall\w*|~datenpanne|~sicherheitsvorfall)",
        r"(?:sla|slas) (?:\w+ ){0,5}gerissen",
        r"gerissen",
        r"(?:zum|zum \d+\.|zum dritten|zum zweiten) mal (?:\w+ ){0,3}(?:dass|ausgefallen|hängt)",
    ),
    "evaluating_alternatives": (
        r"(?:trialling|trialing|piloting|test driving|testdriving)",
        r"(?:compare|comparing|compared|comparison|side by side|benchmark|benchmarking) "
        r"(?:your|you|the|with|against|them|it|us|for|of|options)",
        r"for comparison",
        r"(?:weighing|weigh|weighed) (?:up )?(?:our|the|all|some|other) options",
        r"options for next year",
        r"what(?:'s| is) (?:best|out there|available|on offer)",
        r"(?:see|seeing|look at|looking at|check|checking) what(?:'s| is)? (?:else|other|"
        r"out there)",
        r"(?:vendor|supplier|provider) names",
        r"(?:two|three|four|five|several|a few|\d+) (?:other )?(?:vendors?|providers?|suppliers?|"
        r"bidders?|candidates?|packages?|bundles?|options|alternatives|tools)",
        r"(?:another|a different|a new|an other|some other|a cheaper) (?:package|software|tool|"
        r"system|product|platform|solution|vendor|provider|crm|app|supplier|option)",
        r"(?:in house|own|internal|homegrown|home grown|our own|custom built|bespoke) (?:solution|"
        r"tool|system|build|version|platform|app|chatbot)",
        r"(?:build|building|built) (?:our own|it ourselves|in house|internally|an internal)",
        r"open source",
        r"(?:instead of|rather than|in place of) (?:you|your|yours|us)",
        r"(?:switch|switching|move|moving|migrate|migrating) (?:away )?from (?:you|your)",
        r"(?:replace|replacing|replacement of) (?:you|your|the tool|it)",
        r"(?:previous|old|former|last) (?:company|employer|job|firm|role)",
        r"(?:knows|used|ran on|running on|prefers|brought|brings) (?:\w+ )?(?:from|at) (?:his|her|"
        r"their|my) (?:old|previous|last|former)",
        r"(?:free migration|migration support|switching (?:bonus|offer|deal)|\d+ months free)",
        r"(?:consultation|selection process|selection procedure|re ?procure\w*|market test|"
        r"market testing|market consultation)",
        r"~markt(?!ing)\w*",
        r"(?:vorführen|vorgeführt|vorführung|präsentieren lassen|ausprobieren|angucken|anschauen)",
        r"(?:testen|pilotieren|erproben|evaluieren|teste|testet)\w* (?:\w+ ){0,2}(?:gerade|grad|"
        r"derzeit|aktuell|parallel|auch)",
        r"parallel (?:\w+ ){0,2}(?:testen|getestet|ansehen|anschauen|prüfen|laufen|angeschaut)",
        r"(?:zwei|drei|vier|fünf|mehrere|verschiedene|verschiedener|andere|anderen|weitere|"
        r"weiteren|"
        r"alternative|neue|neuen)[rn]? (?:\w+ )?(?:anbieter\w*|kandidaten|lösungen|systeme|"
        r"tools|produkte|bewerber|bieter|optionen)",
        r"~anbietern",
        r"(?:interne|eigene|eigenen|eigener|eigenes|selbst gebaute)[nrs]? (?:\w+ )?(?:lösung|"
        r"entwicklung|system|tool|chatbot|software|toolchain|variante|app)",
        r"(?:eigenbau|selbst bauen|selbst entwickeln|selber bauen|inhouse)",
        r"(?:durchrechn|durchgerechnet|gegenüberstell)\w*",
        r"(?:rechnen|rechnet) (?:\w+ ){0,3}durch",
        r"vergleich\w*",
        r"(?:statt|anstatt|anstelle) (?:euch|ihnen|ihrer|eurer|ihres|eures|ihrem|eurem|von euch|"
        r"von ihnen)",
        r"(?:ablösen|ablösung|abgelöst|ersetzen|ersetzt)",
        r"(?:alten|vorherigen|früheren|letzten|bisherigen) (?:firma|stelle|arbeitgeber|job|"
        r"unternehmen)",
        r"open source",
        r"(?:was es (?:so )?gibt|was (?:es )?(?:sonst|noch) (?:so )?gibt)",
        r"kandidat\w*",
    ),
    "competitor": (
        r"(?:proposal|quote|offer|pitch|bid|deal|offering) from (?!you|your|us)",
        r"(?:sales rep|account team|account manager|rep|salesperson|vendor) (?:is |has been |was "
        r")?(?:offering|pitched|pitching|offered|approached)",
        r"(?:had|got|have|booked|saw|seen|did|attended|watched) (?:a |the |their |two )?"
        r"(?:demo|demos|presentation|pitch|trial)",
        r"(?:demo|demos|pitch|presentation|trial) (?:last|next|this|on|yesterday)",
        r"bundle\w*",
        r"(?:hubspot|salesforce|pipedrive|zoho|zendesk|freshdesk|freshworks|intercom|clickup|"
        r"monday\.com|asana|trello|notion|airtable|smartsheet|wrike|basecamp|personio|bamboohr|"
        r"workday|datadog|dynatrace|qualtrics|surveymonkey|typeform|mindbody|gitlab|github|"
        r"bitbucket|samsara|mailchimp|klaviyo|brevo|pandadoc|lexoffice|sevdesk|weclapp|odoo|"
        r"shopify|xero|quickbooks|netsuite|powerschool|openproject|nextcloud|servicenow|topdesk|"
        r"hootsuite|semrush|canva|miro|calendly|gong|dynamics|power apps|sharepoint|confluence|"
        r"jira|atlassian|teamleader|bexio|abacus|datev|agendo|doctolib|deputy|planday|"
        r"lucca|factorial|sage|tableau|looker|power bi|powerbi|qlik|matomo)",
        r"(?:angebot|offerte|vorschlag|paket|bundle|preis)\w* (?:von|vom|des|der|eines|einer) "
        r"(?!ihnen|euch|ihrer|eurer|uns)",
        r"(?:hat|haben) uns (?:\w+ ){0,5}(?:angeboten|vorgestellt|gezeigt|präsentiert)",
        r"(?:günstiger|billiger|besser) (?:\w+ )?(?:an|angeboten|anbieten|im bundle)",
        r"(?:bietet|bieten|anbietet|angeboten)",
        r"(?:auf dem tisch|vorliegen|liegt vor)",
        r"(?:hersteller|dienstleister|anbieter|partner|konzern|vertrieb)\w* (?:hat|haben|bietet|"
        r"will)",
    ),
    "tender": (
        r"(?:submission|zuschlag|vergabe|neu vergeben|neu ausschreiben|neu auszuschreiben|"
        r"auswahlverfahren|auswahlprozess|marktabfrage|markterkundung|bieterverfahren)\w*",
        r"(?:simap|ted|etenders?|evergabe|dtvp|bund\.de|procurement portal|tenders? portal)",
        r"(?:bidders?|bidding|bids)",
        r"(?:specifications|specification document|spec document|statement of requirements)",
        r"(?:published|publish) (?:on|the|a)",
        r"(?:lanciert|lanciere|lancieren)",
        r"(?:gemeinsame|zentrale) beschaffung",
        r"(?:bundesbeschaffung|beschaffungsamt|vergabegesetz|vergaberecht|ivöb|gwb|uvgo)\w*",
        r"(?:standing orders|contract regulations|procurement rules|procurement regulations|"
        r"framework (?:agreement|contract)s?)",
    ),
    "champion_left": (
        r"(?:introduce|introducing) myself",
        r"(?:i|i'?ve|i have) (?:took|taken) over",
        r"(?:now|recently|just) (?:own|owns|owning|responsible|in charge|looking after|handling)",
        r"(?:i'?m|i am|now) (?:the )?(?:new )?(?:owner|point of contact|contact|"
        r"person responsible)",
        r"(?:shifted|moved|relocated|transferred) to (?:our|the|a) (?:\w+ )?(?:branch|office|site|"
        r"team|division|subsidiary)",
        r"(?:move|moved|moving|transfer) to (?:our|the) \w+ (?:office|branch|team)",
        r"(?:handover|hand over|handed over|handing over)",
        r"(?:geerbt|erbe|übergabe|übergeben|übergibt)\w*",
        r"(?:in rente|ruhestand|pension|elternzeit antritt|mutterschutz)",
        r"(?:neue|neuer|neuen) (?:teamleitung|leitung|chefin|chef|geschäftsführung|"
        r"geschäftsführerin|geschäftsführer|it leiter|cto|ceo|cfo|head of|vorgesetzte\w*|"
        r"inhaber\w*|eigentümer\w*|besitzer\w*)",
        r"(?:mein|meine|meinem|meiner) (?:vorgänger|vorgängerin|vater|mutter|vorgesetzter)",
        r"(?:liegt|ist) (?:jetzt|nun|seit \w+) (?:bei mir|in meiner verantwortung)",
        r"(?:verantwortung|zuständigkeit) (?:für|liegt) (?:\w+ ){0,4}(?:bei mir|übernommen)",
        r"(?:bin|ist) (?:jetzt|nun|seit \w+) (?:zuständig|verantwortlich|im sales|im vertrieb|in "
        r"einer anderen abteilung)",
        r"(?:nicht mehr|nicht länger) (?:bei|im|in der|für)",
        r"(?:kenn|kenne|kennt) (?:\w+ ){0,3}(?:nur vom hörensagen|noch nicht|nicht)",
        r"(?:verschaffen|verschaffe|verschafft) (?:mir|sich) (?:einen|erst einen)? ?überblick",
        r"(?:understand|learn|learning|get to know|getting to know) (?:the product|how|what|why|"
        r"the tool|the platform|more about)",
        r"(?:form|forming) my own (?:view|opinion)",
    ),
    "several_approvers": (
        r"(?:my|his|her) boss'?s? boss",
        r"(?:boss|manager|director|ceo|cfo|md) says (?:yes|no|wait)",
        r"(?:org chart|organisation chart|organization chart|reporting lines)",
        r"(?:who(?:'s| is)? (?:approving|approves|signs|owns|decides|pays|budget))",
        r"(?:between|stuck between) (?:\w+ ){0,2}(?:and|&) ",
        r"(?:each|every) (?:side|team|department|partner|owner|site) (?:\w+ )?(?:wants|waiting|"
        r"has)",
        r"(?:nobody|no one) agrees",
        r"(?:joint|shared|common) (?:proposal|decision|position|view)",
        r"(?:partners|owners|directors|founders|shareholders|trustees|governors|board members)",
        r"(?:partners|owners|board)'? meeting",
        r"(?:gesellschafter|inhaber|partner|geschäftsführer|vorstände|direktoren|teilhaber)\w*",
        r"(?:jeder|jede) hat (?:ne|eine|seine|ihre) (?:meinung|vorstellung|idee)",
        r"(?:einigen|einig werden|zusammensetzen|zusammenraufen|an einen tisch)",
        r"(?:diskussion|diskutieren|uneinig|uneins|streit|klärung)\w*",
        r"(?:über|via) (?:marketing|vertrieb|it|einkauf|controlling|hr) oder (?:über )?"
        r"(?:marketing|vertrieb|it|einkauf|controlling|hr)",
        r"(?:führungsrunde|leitungsrunde|leitungsteam|führungskreis|managementrunde|"
        r"gemeinderat|stadtrat|kreistag|kuratorium|stiftungsrat|verwaltungsrat)\w*",
        r"(?:sehen|sieht) (?:das )?(?:\w+ )?(?:unterschiedlich|anders)",
        r"(?:will|möchte|wollen) (?:es )?unbedingt",
        r"(?:blockt|blockiert|blocken|veto)\w*",
    ),
    "generic_delay": (
        r"(?:sit|sitting) on (?:the renewal|it|this)",
        r"(?:park|parked|parking|parken|geparkt)",
        r"(?:defer|deferred|deferring)",
        r"(?:not (?:before|until|this side of))",
        r"(?:wait n see|wait and see)",
        r"(?:a bit|a little|slightly) longer",
        r"(?:sistieren|sistiert|aussetzen|ausgesetzt|pausieren|pausiert|zurückgestellt|vertagt|"
        r"schieben|warten)",
        r"(?:dauert|dauern) (?:noch|halt|wohl|etwas)",
        r"(?:noch|erst) (?:bisschen|ein bisschen|ein eckerl|ein paar|etwas|nicht so weit)",
        r"(?:jetzt|gerade|grad) nicht",
        r"(?:noch nicht so weit|noch nicht entschieden|noch nichts entschieden)",
    ),
    "renewal_confirmed": (
        r"(?:renewal|verlängerung|it|contract|vertrag) (?:is|was|has been|ist|wurde) (?:already |"
        r"schon |bereits )?(?:done|through|paid|signed|countersigned|bezahlt|unterschrieben|"
        r"erledigt|approved|genehmigt|durch)",
        r"(?:already|bereits|schon) (?:paid|signed|renewed|bezahlt|unterschrieben|verlängert|"
        r"überwiesen|countersigned|approved|sent)",
        r"nothing(?:'s| is)? pending",
        r"(?:it'?s|alles|is) (?:done|erledigt)",
        r"(?:unterschrift|signatur|bestellung|po) (?:kommt|geht) (?:heute|morgen|gleich|"
        r"noch heute)",
        r"(?:heute noch|noch heute)",
        r"(?:just|gerade|soeben) (?:paid|signed|unterschrieben|bezahlt|überwiesen)",
    ),
    "out_of_office": (
        r"(?:bin|ist) (?:bis (?:und mit |einschließlich |zum )?\S+ )?(?:in den ferien|im urlaub|in "
        r"elternzeit|abwesend|nicht im büro|ausser haus|außer haus)",
        r"(?:meine|ihre) (?:e ?mails|mails|nachrichten) (?:\w+ ){0,3}(?:schaue|lese|bearbeite|"
        r"beantworte|werden)",
        r"(?:wird|werden) (?:\w+ ){0,4}weitergeleitet",
        r"(?:dringende|dringenden) (?:anliegen|fälle|fällen|angelegenheiten)",
        r"(?:vertreter\w*|vertretung|vertritt mich|vertreten durch|in vertretung)",
        r"(?:i'?ll|i will) be back (?:on|in|from)",
        r"(?:returning|back in the office|back in office) on",
        r"(?:mit eingeschränktem|eingeschränktem|ohne) (?:zugriff|e ?mail zugriff)",
    ),
    "unrelated_request": (
        r"(?:move|reschedule|shift|push) (?:our|the|my|this) (?:call|meeting|check in|session|"
        r"training|demo|appointment|slot|qbr)",
        r"(?:verschieben|absagen|ausweichen|verlegen) (?:\w+ )?(?:den|unseren|die|das|unser|"
        r"unsere) (?:termin|call|schulung|meeting|gespräch|webinar|training)",
        r"(?:termin|schulung|call|meeting|training|gespräch) (?:\w+ )?(?:absagen|verschieben|"
        r"verlegen|ausweichen)",
        r"(?:passt|klappt) (?:uns |mir )?(?:gut|prima|bestens|super) (?:für|am|um)",
        r"(?:works|suits) (?:for )?(?:me|us) (?:fine|well)?",
        r"(?:rechnungsanschrift|rechnungsadresse|firmenname|firmierung|anschrift|ust id\w*|"
        r"umsatzsteuer\w*|bestellnummer auf)",
        r"(?:company name|billing address|invoice address|vat number|tax id|remittance)",
        r"(?:zusätzliche|weitere|neue|\d+) (?:\w+ )?(?:lizenzen|nutzer|user|seats|zugänge|plätze)",
        r"(?:additional|extra|more|new) (?:\w+ )?(?:licen[cs]es|users|seats|logins)",
        r"(?:wie viele|how many) (?:lizenzen|licen[cs]es|users|seats|nutzer)",
        r"(?:drop|reduce|add|go) (?:from \d+ )?to \d+ (?:users|seats|licen[cs]es)",
        r"(?:freischalten|freischaltung)",
        r"(?:invoice|rechnung) (?:\w+ ){0,3}(?:show|zeigen|ausweisen|ändern|change|correct|"
        r"korrigieren)",
        r"(?:interne übersicht|für ne interne|für eine interne)",
    ),
    "signature_pending": (
        r"(?:countersign|sign off|sign the|signing the|unterschreib\w*|unterschriib\w*|"
        r"unterzeichn\w*)",
    ),
    "process": (),
}
for _signal, _extra in _MORE_RULES.items():
    if _extra:
        RULES[_signal] = RULES.get(_signal, ()) + _extra

_MORE_RULES_2: Final[dict[str, tuple[str, ...]]] = {
    "renewal_confirmed": (
        r"(?:confirm|confirming|confirmed|bestätigen|bestätige|bestätigt) (?:\w+ ){0,3}(?:the |"
        r"die |our |unsere )?(?:renewal|verlängerung)",
        r"(?:hiermit|hereby) (?:bestätigen|bestätige|erteilen|confirm|accept)",
        r"(?:erteilen|erteilt|erteile) (?:wir |ich )?(?:ihnen )?(?:hiermit )?den auftrag",
        r"(?:no|keine|keinerlei) (?:hold up|holdup|verzögerung|delay)",
        r"(?:payment|zahlung|überweisung) (?:will go|goes|geht|gehen|is going) (?:out|raus)",
        r"(?:yes|ja|yep|yup),? (?:\w+ )?(?:renew|verlängern|please renew|bitte verlängern)",
        r"renew (?:pls|please|bitte)",
        r"same as last (?:yr|year)",
        r"(?:paying|pay|zahle|zahlen|überweise|überweisen) (?:it )?(?:today|heute|now|jetzt)",
        r"(?:just )?send (?:me |us )?(?:the )?invoice",
        r"(?:gezeichnet|freigegeben und unterschrieben|signed off|countersigned)",
        r"(?:scan|kopie|copy) (?:hängt an|attached|anbei|liegt bei)",
        r"(?:original|vertragsurkunde|vertrag) (?:\w+ )?(?:per post|liegt bei|geht heute|"
        r"is in the post)",
        r"(?:ist|is) (?:schon |already )?(?:alles )?(?:durch|through|sorted|done)",
    ),
    "unrelated_request": (
        r"(?:can|could) you (?:please )?(?:look into|check|help|tell me|advise|explain how)",
        r"(?:können|könnten|kannst|koennen) (?:sie|du) (?:mich |mir |uns )?(?:bitte )?(?:kurz )?"
        r"(?:zurückrufen|sagen|helfen|erklären|nachschauen)",
        r"(?:does|do|will) (?:the |your |you )?(?:\w+ )?(?:plan|tier|edition|version|guys|you) "
        r"(?:include|have|support|offer)",
        r"(?:do you|haben sie|habt ihr|gibt es) (?:guys )?(?:have|support|einen|eine|ein)",
        r"(?:case study|agenda|kick ?off|onboarding session|release notes|roadmap call|"
        r"user group|newsletter)",
        r"(?:not due|nicht fällig) (?:until|before|bis|vor)",
        r"(?:läuft|laufen) noch (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
        r"ein paar|einige) (?:monate|wochen)",
        r"(?:kein|no) (?:vertragsthema|thema|issue)",
        r"(?:ist|steht) (?:bei uns )?(?:eingetragen|im kalender|notiert)",
        r"(?:see you|bis dann|bis dienstag|bis montag|bis mittwoch|bis donnerstag|bis freitag|"
        r"speak then|talk then)",
        r"(?:ticket|case|support request) (?:\w+ ){0,3}(?:aufgemacht|opened|raised|erstellt)",
        r"(?:bug|fehler) (?:beim|bei|in|im|with|in the)",
        r"(?:passwort|password) (?:falsch|wrong|vergessen|forgotten|reset)",
        r"(?:komm|komme|kommen) (?:\w+ ){0,3}(?:nicht mehr )?(?:rein|ins system)",
        r"(?:parent company|muttergesellschaft|tochter|subsidiary) (?:\w+ ){0,3}(?:name|address|"
        r"anschrift|adresse|number)",
        r"(?:in the name of|auf den namen)",
    ),
    "generic_delay": (
        r"(?:liegt|liegen) (?:noch )?(?:bei uns|intern)",
        r"(?:in arbeit|in bearbeitung|in progress|being looked into|being worked on)",
        r"(?:klären|klaeren) wir (?:noch|intern)",
        r"(?:noch am überlegen|am überlegen|noch am nachdenken|denken noch|think it over|thinking "
        r"it over|think about it|mull it over)",
        r"(?:under consideration|under review|being considered|being reviewed|being discussed)",
        r"(?:in a bit|a bit longer|a little bit longer|little longer)",
        r"(?:nothing|nichts) (?:to worry|schlimmes|dramatisches|dramatic)",
        r"(?:durch den kopf gehen|überlegen uns|überlegen es)",
        r"(?:need|needs|needed) to (?:think|discuss|consider|review|check)",
        r"(?:gebe|geb|gebe ihnen|geb dir|sag|sage) (?:ihnen |dir )?(?:dann )?bescheid",
    ),
    "defensive": (
        r"(?:stop|stopped|stopping) (?:ringing|calling|emailing|chasing|contacting)",
        r"(?:no|keine) (?:further|more|weiteren) (?:reminders|erinnerungen|nachfragen|anrufe)",
        r"(?:appreciate it if you|would appreciate if you) (?:stopped|stop|didn'?t)",
        r"(?:sehen|sehe) (?:wir |ich )?(?:keinen|keine) (?:anlass|grund|notwendigkeit)",
        r"(?:sie hören von uns|you will hear from us|you'?ll hear from us)",
        r"(?:sobald es eine gibt|when there is one|when there'?s something to say|wenn es etwas zu "
        r"besprechen gibt)",
        r"(?:aufgelegt|hung up|abgeblockt|abgewimmelt|abwimmeln|brushed off|shut down)",
        r"(?:hochachtungsvoll|goodbye\.)",
        r"(?:don'?t|do not) want to discuss",
        r"(?:put|putting) (?:it|whatever|everything) in writing",
        r"(?:nothing|not anything) to (?:tell|report|say)",
        r"(?:keine|keinerlei) (?:information|infos|auskunft|angaben)",
        r"(?:declined|refused|wouldn'?t|would not) (?:to )?(?:say|share|name|tell|commit|engage)",
        r"(?:none|nobody|no one) (?:\w+ )?(?:would|wanted to|willing to) own",
        r"(?:camera off|cooler|kühler|reserviert|distanziert|short with me|kurz angebunden)",
        r"(?:nimmt|nehmen|nahm) (?:\w+ ){0,3}keine anrufe",
    ),
    "several_approvers": (
        r"(?:different|differing|conflicting|divided|split) (?:opinions?|views?|camps|priorities)",
        r"opinions (?:differ|are divided|vary)",
        r"(?:battleground|tug of war|turf|politics)",
        r"herd(?:ing)? (?:the )?cats",
        r"(?:cc'?d|in copy|copied in)",
        r"whose (?:money|budget|call|decision|cost centre|cost center)",
        r"(?:it'?s|its|is) (?:it'?s|ops'?|their|his|her|finance'?s|marketing'?s|sales'?) call",
        r"(?:sign off|signoff|approval|zustimmung|freigabe) (?:from|von|der|des) (?:\w+ ){0,3}"
        r"(?:and|und|,)",
        r"(?:all|alle) (?:four|three|two|vier|drei|zwei|fünf) (?:\w+ )?(?:sites|kitas|teams|"
        r"standorte|praxen|schools|schulen|abteilungen|departments|partners|inhaber)",
        r"(?:gemeinsam|zusammen|jointly|together) (?:entscheiden|decide|agree|abstimmen)",
        r"(?:noch nicht|not) (?:alle|all|everyone) (?:dafür|on board|agreed|agree)",
        r"(?:auf einer linie|auf linie|on the same page|in one room)",
        r"(?:verweist|verweisen|points|pointing) (?:auf|to|at)",
        r"(?:niemand|keiner|nobody|no one) (?:fühlt sich|feels|is|takes|will take) (?:\w+ )?"
        r"(?:zuständig|responsible|ownership|owner)",
        r"align\w*",
        r"(?:intern|internally) (?:noch )?(?:abstimmen|klären|alignen|einig werden|agree|sort out)",
        r"(?:kostenstelle|cost cent(?:re|er)|verbucht|verbuchen|budget line|whose budget|aus "
        r"welchem budget)",
        r"(?:wants|want|will|möchte|wollen) (?:\w+ ){0,6}(?:but|while|whereas|aber|während|"
        r"dagegen)",
        r"(?:hängt|hängen|hangs) (?:sehr )?(?:an|on)",
        r"(?:the other half|die andere hälfte|half of them|die hälfte)",
        r"(?:both|beide) (?:\w+ ){0,3}(?:travelling|traveling|unterwegs|agree|einig)",
        r"(?:distribution|verteilung) of (?:responsibilities|zuständigkeiten)",
        r"(?:upstairs|higher up|the top floor|oben|von oben|chefetage)",
    ),
    "champion_left": (
        r"(?:congratulations|glückwunsch|gratulation)\w* (?:on|zur|zu) (?:the |your |ihrer |"
        r"deiner )?"
        r"(?:new|neuen) (?:role|job|position|stelle|rolle)",
    ),
}
for _signal, _extra in _MORE_RULES_2.items():
    RULES[_signal] = RULES.get(_signal, ()) + _extra

_MORE_RULES_3: Final[dict[str, tuple[str, ...]]] = {
    "no_timeline": (
        r"(?:on|auf) (?:ice|eis)",
        r"(?:kommen|komme|kommt) (?:\w+ ){0,2}auf (?:sie|dich|euch|ihr angebot) zurück",
        r"(?:zeitnah|demnächst|bei gelegenheit|in absehbarer zeit)",
        r"(?:in|at) (?:the|some) (?:near )?future",
    ),
    "generic_delay": (
        r"bear with (?:us|me)",
        r"(?:noch )?(?:um )?(?:geduld|verständnis) (?:bitten|gebeten)",
    ),
    "champion_left": (
        r"(?:gelandet|landed|ended up|wound up) (?:\w+ ){0,2}(?:bei mir|on my desk|in my inbox|"
        r"with me|auf meinem tisch)",
        r"~nachfolge\w*",
        r"(?:moved|switched) (?:over )?to (?:the )?\w+ (?:team|department|office)",
    ),
    "several_approvers": (
        r"(?:all|alle) (?:\w+ ){0,3}(?:have to|need to|must|müssen|sollen) (?:agree|zustimmen|"
        r"sign off|abnicken|einverstanden)",
        r"(?:zustimmung|einverständnis|okay|ok) (?:von|der|des|vom|from)",
        r"einig (?:sind|werden|sein|ist)",
        r"(?:mitträgt|mittragen|mitgehen|mitzieht|mitziehen)",
        r"(?:see|sees) (?:things|it|this) (?:the same|differently)",
    ),
}
for _signal, _extra in _MORE_RULES_3.items():
    RULES[_signal] = RULES.get(_signal, ()) + _extra

INTERNAL_CUES: Final[frozenset[str]] = frozenset(k for k in RULES if k.startswith("_"))


@dataclass(frozen=True, slots=True)
class Rule:
    """One lexicon rule: its signal, the expanded regex source and the authored pattern."""

    signal: str
    expanded: str
    source: str


class Hit(NamedTuple):
    """A lexicon match in clean-text coordinates (a tuple: many are made per message)."""

    signal: str
    start: int
    end: int


_META = set("\\.^$*+?{}[]|()")
_GAP = r"[\s\-]+(?:\S+[\s\-]+){0,3}"


_EXPAND_TOKEN = re.compile(r"\\.|\(\?<|ss| \?|[\[\]äöüß \x00]", re.S)
_EXPAND_PLAIN = {"ä": "(?:ae?)", "ö": "(?:oe?)", "ü": "(?:ue?)", "ß": "(?:ss?)", "ss": "ss?"}


def _expand(pattern: str) -> str:
    """Translate the authoring dialect into a regex over folded text."""
    pattern = pattern.replace(" * ", " \x00 ")
    out: list[str] = []
    in_class = False
    position = 0
    search = _EXPAND_TOKEN.search
    while True:
        m = search(pattern, position)
        if m is None:
            out.append(pattern[position:])
            break
        start = m.start()
        if start > position:
            out.append(pattern[position:start])
        token = m.group()
        position = m.end()
        if token[0] == "\\":
            out.append(token)
        elif token == "(?<":
            # Look-behinds must keep a fixed width: copy them verbatim (folded).
            close = pattern.index(")", start)
            out.append(fold(pattern[start : close + 1]))
            position = close + 1
        elif token == "[":
            in_class = True
            out.append(token)
        elif token == "]":
            in_class = False
            out.append(token)
        elif in_class:
            if token == " ?":
                out.append(" ")
                position -= 1  # the "?" is an ordinary character here
            else:
                out.append(fold(token) if token in "äöüß" else token)
        elif token == " ?":
            out.append(r"[\s\-]*")
        elif token == " ":
            out.append(r"[\s\-]+")
        elif token == "\x00":
            out.append("(?:\\S+[\\s\\-]+){0,3}")
            # the surrounding spaces already match one separator each
            if pattern.startswith(" ", position):
                position += 1
        else:
            out.append(_EXPAND_PLAIN[token])
    return "".join(out) + r"(?![^\W_])"


_GROUP_MARK = re.compile(r"[()|]")


@functools.lru_cache(maxsize=4096)
def _leading_group(body: str) -> tuple[tuple[str, ...], str] | None:
    """Split ``(?:a|b)rest`` into its top-level alternatives and the rest (cached: building
    the index asks about the same pattern parts several times)."""
    if not body.startswith("(?:"):
        return None
    depth = 0
    cuts: list[int] = []
    for m in _GROUP_MARK.finditer(body):
        ch = m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                index = m.start()
                alternatives: list[str] = []
                previous = 3
                for cut in cuts:
                    alternatives.append(body[previous:cut])
                    previous = cut + 1
                alternatives.append(body[previous:index])
                return tuple(alternatives), body[index + 1 :]
        elif depth == 1:
            cuts.append(m.start())
    raise ValueError(f"unbalanced group in {body!r}")


_WORD_START = re.compile(r"[a-z0-9äöüß]+(?:'[a-z0-9äöüß]+(?![?*{]))*")


def _literal_start(text: str, following: str = "") -> str | None:
    """The literal letters a pattern (or alternative) must start with, or None.

    A literal that is a whole word in the pattern (followed by a space or the end) is returned
    as ``=word``: only that exact token can start the rule, which keeps common short words such
    as "in" or "ist" from dragging dozens of rules along.
    """
    if text.startswith("\\d"):
        return "#"
    m = _WORD_START.match(text)
    if not m:
        return None
    word = m.group()
    remainder = text[m.end() :] if m.end() < len(text) else following
    nxt = remainder[:1]
    if nxt in ("?", "*", "{"):
        word = word[:-1]
    elif remainder.startswith(" ?"):
        pass  # an optional space: "fy ?\\d" also matches the single token "fy25"
    elif nxt in (" ", "", "&", ",", ";", ":", "/", "-", "!") or remainder.startswith(
        ("\\.", "\\-", "\\s", "\\W")
    ):
        # The token cannot go on past this point: only this exact word can trigger the rule.
        return "=" + word if word else None
    return word or None


def _strip_optional_lead(body: str) -> str:
    """Drop leading optional groups such as ``(?:still )?``: they never decide a match."""
    while body.startswith("(?:"):
        group = _leading_group(body)
        if group is None:
            break
        _alternatives, rest = group
        if rest[:1] != "?":
            break
        body = rest[1:]
    return body


def _next_words(after: str) -> frozenset[str] | None:
    """Canonical prefixes the next token must start with, given the pattern after a trigger word.

    None when the pattern does not pin the next word down (end of rule, wildcard, a part that
    need not be a word). An optional group of whole words (``(?:still )?``) adds its words to
    those of what follows it.
    """
    if not after.startswith(" ") or after.startswith(" \x00") or after.startswith(" * "):
        return None
    text = after[1:]
    if text.startswith("(?:"):
        group = _leading_group(text)
        if group is None:
            return None
        alternatives, rest = group
        optional = rest[:1] == "?"
        if optional:
            if not all(alternative.endswith(" ") for alternative in alternatives):
                return None
            rest = rest[1:]
        elif rest[:1] in ("*", "{"):
            return None
        words = set()
        for alternative in alternatives:
            literal = _next_literal(alternative or rest, rest)
            if literal is None or alternative.startswith("~"):
                return None
            words.add(literal)
        if optional:
            skipped = _next_words(" " + rest)
            if skipped is None:
                return None
            words |= skipped
        return frozenset(words)
    literal = _next_literal(text)
    if literal is None:
        return None
    return frozenset({literal})


def _next_literal(text: str, following: str = "") -> str | None:
    """What the token that starts where ``text`` starts must begin with (canonical), or None.

    After a separator, an apostrophe is no part of the next token (" 've" reads as "ve").
    """
    if text.startswith("'"):
        text = text[1:]
    literal = _literal_start(text, following)
    if literal is None or literal == "#":
        return None
    return canonical(fold(literal.lstrip("=")))


_DIGITS_LEAD = re.compile(r"\\d(?:\+|\{\d+(?:,\d*)?\})?")


def _digit_next_words(text: str) -> frozenset[str] | None:
    """Like ``_next_words`` for a rule part that starts with digits (``\\d+ (?:of|out of)``):
    when the digits are followed by a separator, the digits are the whole token."""
    m = _DIGITS_LEAD.match(text)
    if m is None:
        return None
    return _next_words(text[m.end() :])


def _follow_sets(pattern: str) -> list[frozenset[str] | None]:
    """For each trigger of a rule (in ``_triggers`` order): what the next token must start with."""
    body = pattern
    while body.startswith("(?<"):
        body = body[body.index(")") + 1 :]
    if body.startswith("~"):
        return [None] * len(_triggers(pattern)[1])
    body = _strip_optional_lead(body)
    group = _leading_group(body)
    if group is None:
        literal = _literal_start(body)
        if literal == "#":
            return [_digit_next_words(body)]
        if literal is None or not literal.startswith("="):
            return [None]
        return [_next_words(body[len(literal) - 1 :])]
    alternatives, rest = group
    follows: list[frozenset[str] | None] = []
    for alternative in alternatives:
        literal = _literal_start(alternative if alternative else rest, rest)
        if literal == "#" and alternative:
            follows.append(_digit_next_words(alternative + rest))
            continue
        if literal is None or not literal.startswith("=") or not alternative:
            follows.append(None)
            continue
        follows.append(_next_words(alternative[len(literal) - 1 :] + rest))
    return follows


_APOSTROPHE_WORD = re.compile(r"([a-zäöüß]+)'\?([a-zäöüß]+)")
_OPTIONAL_SPACE = re.compile(r"([a-z0-9äöüß]+) \?([a-z0-9äöüß]+)")


def _split_leading(pattern: str, word: re.Pattern[str], joiner: str) -> str:
    """Write a leading word with an optional joiner (``word`` matches its two halves) as both
    spellings, ``(?:a<joiner>b|ab)``, also inside a leading group of alternatives."""
    lead = ""
    body = pattern
    while body.startswith("(?<"):
        close = body.index(")")
        lead += body[: close + 1]
        body = body[close + 1 :]
    if body.startswith("~"):
        return pattern

    def split(text: str) -> list[str]:
        m = word.match(text)
        if not m:
            return [text]
        tail = text[m.end() :]
        return [f"{m.group(1)}{joiner}{m.group(2)}{tail}", f"{m.group(1)}{m.group(2)}{tail}"]

    if body.startswith("(?:"):
        group = _leading_group(body)
        if group is None:
            return pattern
        alternatives, rest = group
        if rest[:1] in ("?", "*", "{"):
            return pattern
        expanded = [variant for alternative in alternatives for variant in split(alternative)]
        if len(expanded) == len(alternatives):
            return pattern
        return lead + "(?:" + "|".join(expanded) + ")" + rest
    m = word.match(body)
    if not m:
        return pattern
    first, second = split(body[: m.end()])
    return lead + f"(?:{first}|{second})" + body[m.end() :]


def _split_apostrophes(pattern: str) -> str:
    """Write a leading ``we'?ll`` as ``(?:we'll|well)`` so that both spellings are whole-word
    triggers (otherwise "we" would have to trigger on every word starting with "we")."""
    return _split_leading(pattern, _APOSTROPHE_WORD, "'")


def _split_optional_space(pattern: str) -> str:
    """For finding triggers only: a leading ``e ?mails`` read as ``(?:e mails|emails)``, so
    that it takes the word "e" before "mails" or a word starting with "emails" (rather than
    every word starting with "e"). The same match either way; the rule's regex is unchanged."""
    return _split_leading(pattern, _OPTIONAL_SPACE, " ")


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
    if body.startswith("~"):
        infix = True
        body = body[1:]
    body = _strip_optional_lead(body)
    group = _leading_group(body)
    if group is not None:
        alternatives, rest = group
        if rest[:1] in ("?", "*", "{"):
            raise ValueError(f"optional leading group in rule {pattern!r}")
        literals = []
        for alternative in alternatives:
            literal = _literal_start(alternative if alternative else rest, rest)
            if literal is None:
                if alternative.startswith("~"):
                    literal = (_literal_start(alternative[1:], rest) or "").lstrip("=")
                    if literal:
                        literals.append("~" + literal)
                        continue
                raise ValueError(f"alternative {alternative!r} in {pattern!r} has no trigger")
            literals.append(literal)
        return infix, literals
    literal = _literal_start(body)
    if literal is None:
        raise ValueError(f"rule {pattern!r} has no literal trigger")
    if infix:
        literal = literal.lstrip("=")
    return infix, [literal]


# Per token (or token and next word): for each signal it could start, the rules to try in order
# (their bound ``match`` methods).
_Matcher = Callable[[str, int, int], "re.Match[str] | None"]
_TokenRules = tuple[tuple[str, tuple[_Matcher, ...]], ...]


class _PairState:
    """A token whose rules depend on the next word: the rules per follow mask of the next word
    seen so far, the rules that need no particular next word, (rule, follow mask) for the
    others, and the rules when no other fits."""

    __slots__ = ("by_next", "free", "constrained", "free_entry")

    def __init__(
        self,
        free: list[int],
        constrained: tuple[tuple[int, int], ...],
        free_entry: _TokenRules,
    ) -> None:
        # A next word that starts no required word leaves the rules that need none.
        self.by_next: dict[int, _TokenRules | _PairState] = {0: free_entry}
        self.free = free
        self.constrained = constrained
        self.free_entry = free_entry


# A token's cache entry: a dict from follow masks of the next word to rules, the rules for any
# other next word (``dict.get(entry[0], next_mask & entry[3], entry[1])``), the token's own
# follow mask (the words some rule requires after its trigger word that this token starts, one
# bit each) and the bits its own rules look for in the next word. One C-level map then finds
# the rules of every token of a message. For a token whose rules depend on the next word, the
# dict holds the masks seen so far and the default is its _PairState (the rules are then worked
# out once per mask, and few masks occur).
_TokenInfo = tuple["dict[int, _TokenRules | _PairState]", "_TokenRules | _PairState", int, int]
_NO_NEXT: dict[int, Any] = {}  # shared and never changed
_PAIR_LIMIT = 4096
_DICT_GET = dict.get
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_THIRD = operator.itemgetter(2)
_FOURTH = operator.itemgetter(3)
_AND = operator.and_
_CACHE_LIMIT = 200_000


class Lexicon:
    """The rule set with its trigger index and per-token caches.

    Finding the candidate rules of a token is a few dict lookups: whole-word triggers, word
    prefixes (by their first one to three letters) and parts of compounds (by their first three
    letters at every position of the token). A rule whose trigger is a whole word followed by a
    fixed next word ("in due course") is only tried when the next token fits. Rules are compiled
    on first use; per signal, at most one hit per start position is kept (the first rule that
    matches, longer rules first).
    """

    def __init__(self, rules: dict[str, tuple[str, ...]] = RULES) -> None:
        self.rules: list[Rule] = []
        self._sources: list[str] = []
        self._compiled: list[re.Pattern[str] | None] = []
        self._prefix: dict[str, list[tuple[str, int]]] = {}
        self._infix: dict[str, list[tuple[str, int]]] = {}
        self._short_infix: list[tuple[str, int]] = []
        self._digit: list[tuple[int, frozenset[str] | None]] = []
        self._exact: dict[str, list[tuple[int, frozenset[str] | None]]] = {}
        self._cache: dict[str, _TokenInfo] = {}
        self._entries: dict[tuple[int, ...], _TokenRules] = {}
        for signal, patterns in rules.items():
            for pattern in patterns:
                self._add(signal, pattern)
        # One bit per word that some rule requires after its trigger word (a prefix of it).
        self._follow_bits: dict[str, int] = {}
        for triggers in (*self._exact.values(), self._digit):
            for _index, follow in triggers:
                for word in sorted(follow or ()):
                    if word and word not in self._follow_bits:
                        self._follow_bits[word] = 1 << len(self._follow_bits)
        self._follow_lengths = sorted({len(word) for word in self._follow_bits})
        # The cache entries of tokens that start no rule at all, one per follow mask.
        self._no_rules: dict[int, _TokenInfo] = {}

    def _add(self, signal: str, authored: str) -> None:
        pattern = _split_apostrophes(authored)
        trigger_view = _split_optional_space(pattern)
        infix, literals = _triggers(trigger_view)
        body = pattern
        lead = ""
        while body.startswith("(?<"):
            close = body.index(")")
            lead += fold(body[: close + 1])
            body = body[close + 1 :]
        if infix:
            body = body[1:]
        body = _strip_optional_lead(body)
        # "~" inside a leading alternative marks only that alternative as infix.
        body = body.replace("(?:~", "(?:").replace("|~", "|")
        has_inner_infix = any(lit.startswith("~") for lit in literals)
        expanded = _expand(body)
        if infix or has_inner_infix:
            expanded = r"[^\W_]*?" + expanded
        expanded = lead + expanded
        rule_index = len(self.rules)
        self._sources.append(expanded)
        self._compiled.append(None)
        self.rules.append(Rule(signal, expanded, authored))
        for literal, follow in zip(literals, _follow_sets(trigger_view), strict=False):
            if literal == "#":
                self._digit.append((rule_index, follow))
                continue
            inner = literal.startswith("~")
            key = canonical(fold(literal.lstrip("~=")))
            if infix or inner:
                if len(key) >= 3:
                    self._infix.setdefault(key[:3], []).append((key, rule_index))
                else:
                    self._short_infix.append((key, rule_index))
            elif literal.startswith("="):
                self._exact.setdefault(key, []).append((rule_index, follow))
            else:
                self._prefix.setdefault(key[:3], []).append((key, rule_index))

    def _regex(self, index: int) -> re.Pattern[str]:
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = re.compile(self._sources[index])
        return compiled

    def compile_all(self) -> None:
        """Compile every rule now (checks the whole lexicon; used by tests)."""
        for index in range(len(self._sources)):
            self._regex(index)

    def _exact_for(self, canon: str) -> list[tuple[int, frozenset[str] | None]]:
        """Exact-word triggers of a token; "friday's" also counts as "friday"."""
        found = list(self._exact.get(canon, ()))
        if "'" in canon:
            found.extend(self._exact.get(canon.split("'", 1)[0], ()))
        return found

    def _loose(self, canon: str, digits: bool = True) -> set[int]:
        """Rules triggered by a word prefix, a part of a compound or (``digits``) a leading
        digit, whatever the next word."""
        found: set[int] = set()
        for size in (1, 2, 3):
            if len(canon) < size:
                break
            for key, index in self._prefix.get(canon[:size], ()):
                if canon.startswith(key):
                    found.add(index)
        infix = self._infix
        for position in range(len(canon) - 2):
            for key, index in infix.get(canon[position : position + 3], ()):
                if canon.startswith(key, position):
                    found.add(index)
        for key, index in self._short_infix:
            if key in canon:
                found.add(index)
        if digits and canon[:1].isdigit():
            found.update(index for index, _follow in self._digit)
        return found

    def candidates(self, token: str) -> tuple[int, ...]:
        """Rule indices whose trigger fits a folded token (ignoring the next word)."""
        canon = canonical(token)
        found = self._loose(canon)
        found.update(index for index, _follow in self._exact_for(canon))
        return tuple(sorted(found))

    def _entry(self, indices: Iterable[int]) -> _TokenRules:
        key = tuple(sorted(indices))
        cached = self._entries.get(key)
        if cached is not None:
            return cached
        by_signal: dict[str, list[int]] = {}
        for index in key:
            by_signal.setdefault(self.rules[index].signal, []).append(index)
        entry = []
        for signal, members in by_signal.items():
            ordered = sorted(members, key=lambda i: (-len(self._sources[i]), i))
            entry.append((signal, tuple(self._regex(i).match for i in ordered)))
        result = tuple(entry)
        if len(self._entries) > _CACHE_LIMIT:
            self._entries.clear()
        self._entries[key] = result
        return result

    def _follow_mask(self, canon: str) -> int:
        """The bits of the required next words that a (canonical) token starts with."""
        bits = self._follow_bits
        mask = 0
        for length in self._follow_lengths:
            if length > len(canon):
                break
            mask |= bits.get(canon[:length], 0)
        return mask

    def _token_info(self, token: str) -> _TokenInfo:
        """Rules a token can start regardless of the next word and, when others depend on the
        next word, the state from which ``_pair_entry`` picks them; and its own follow mask."""
        canon = canonical(token)
        mask = self._follow_mask(canon)
        free = self._loose(canon, digits=False)
        constrained: dict[int, int] = {}
        triggers = self._exact_for(canon)
        if canon[:1].isdigit():
            triggers += self._digit
        bits = self._follow_bits
        for index, follow in triggers:
            if follow is None or "" in follow:
                free.add(index)
            else:
                needed = constrained.get(index, 0)
                for word in follow:
                    needed |= bits[word]
                constrained[index] = needed
        for index in free:
            constrained.pop(index, None)  # one unconditional trigger is enough
        free_list = sorted(free)
        free_entry = self._entry(free_list)
        info: _TokenInfo
        if constrained:
            state = _PairState(free_list, tuple(sorted(constrained.items())), free_entry)
            wanted = 0
            for needed in constrained.values():
                wanted |= needed
            info = (state.by_next, state, mask, wanted)
        elif free_list:
            info = (_NO_NEXT, free_entry, mask, 0)
        else:
            cached = self._no_rules.get(mask)
            if cached is None:
                cached = self._no_rules[mask] = (_NO_NEXT, (), mask, 0)
            info = cached
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()  # bound memory on endless batches
        self._cache[token] = info
        return info

    def _pair_entry(self, state: _PairState, following: int) -> _TokenRules:
        """The rules a token (with its pair state) can start when the next word has the follow
        mask ``following``."""
        by_next = state.by_next
        extra = [index for index, needed in state.constrained if needed & following]
        entry = self._entry(state.free + extra) if extra else state.free_entry
        if len(by_next) > _PAIR_LIMIT:
            by_next.clear()
            by_next[0] = state.free_entry
        by_next[following] = entry
        return entry

    def match(self, norm: str, spans: list[tuple[int, int]]) -> list[Hit]:
        """All signal hits that start at a token inside the given spans of folded text."""
        return self.scan(norm, spans)[1]

    def reference_match(self, norm: str, spans: list[tuple[int, int]]) -> set[tuple[str, int]]:
        """The same hits found the slow, obvious way: every candidate rule at every token.

        Returns (signal, start) pairs; tests compare it with ``scan``.
        """
        found = set()
        for span_start, span_end in spans:
            for tm in TOKEN_RE.finditer(norm, span_start, span_end):
                for index in self.candidates(tm.group()):
                    m = self._regex(index).match(norm, tm.start(), span_end)
                    if m is not None and m.end() > tm.start():
                        found.add((self.rules[index].signal, tm.start()))
        return found

    def scan(self, norm: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[Hit]]:
        """Tokens of the spans (folded) and the signal hits that start at one of them."""
        tokens: list[str] = []
        hits: list[Hit] = []
        cache_get = self._cache.get
        token_info = self._token_info
        pair_entry = self._pair_entry
        append_hit = hits.append
        split = TOKEN_SPLIT_RE.split
        for span_start, span_end in spans:
            parts = split(norm[span_start:span_end])
            words = parts[1::2]
            tokens += words
            # Offsets where the parts begin: a word's start is the one after its separator.
            starts = list(accumulate(map(len, parts), initial=span_start))[1::2]
            infos: list[Any] = list(map(cache_get, words))
            if None in infos:
                infos = [
                    token_info(w) if i is None else i for w, i in zip(words, infos, strict=True)
                ]
            # The rules of every word given the next one's follow mask, in one C-level pass;
            # then only the words that start a rule are visited.
            nexts = list(map(_AND, map(_THIRD, islice(infos, 1, None)), map(_FOURTH, infos)))
            nexts.append(0)
            found: list[Any] = list(map(_DICT_GET, map(_FIRST, infos), nexts, map(_SECOND, infos)))
            for position in compress(range(len(found)), found):
                rules = found[position]
                if rules.__class__ is _PairState:
                    # Some rules of this word need a particular next word ("in due course"),
                    # and this kind of next word is new to it: work its rules out once.
                    rules = pair_entry(rules, nexts[position])
                start = starts[position]
                for signal, matchers in rules:
                    for match in matchers:
                        m = match(norm, start, span_end)
                        if m is not None:
                            end = m.end()
                            if end > start:
                                append_hit(Hit(signal, start, end))
                                break
        return tokens, hits


_LEXICON: Lexicon | None = None


def get_lexicon() -> Lexicon:
    """The process-wide compiled lexicon (compiled on first use)."""
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON
