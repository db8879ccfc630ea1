"""Turn a raw customer message into text the lexicon and the model can read.

Real e-mails arrive with HTML, quoted reply chains, signatures and umlauts written three ways.
``prepare()`` produces:

* ``clean``: the text with HTML tags removed and entities decoded, plus a map from every clean
  character back to the original input, so evidence offsets always point into what the user gave;
* ``norm``: ``clean`` lower-cased with umlauts, accents and typographic punctuation folded to
  ASCII-like letters, one character for one character (so offsets stay valid);
* the regions of the message: the new reply (weighed fully), the quoted history (weighed less)
  and the signature (ignored).

Umlauts written as ``ae/oe/ue`` and ``ss`` for ``ß`` are matched by the lexicon patterns and by
``canonical()``, which folds a token to one spelling for lookups.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from itertools import repeat

from delaydesk.diagnosis.errors import DiagnosisInputError

# Longer input is analysed up to this many characters; the rest is ignored with a warning.
# 20,000 characters is about ten pages of e-mail, far more than any reply a CSM pastes.
MAX_CHARS = 20_000

# How much the words of the quoted history count compared with the new reply (the new reply
# decides; the history only adds context).
QUOTED_WEIGHT = 0.2

# One-to-one folding table: keeps len(norm) == len(clean).
_FOLD = str.maketrans(
    {
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ß": "s",
        "à": "a",
        "á": "a",
        "â": "a",
        "ã": "a",
        "å": "a",
        "è": "e",
        "é": "e",
        "ê": "e",
        "ë": "e",
        "ì": "i",
        "í": "i",
        "î": "i",
        "ï": "i",
        "ò": "o",
        "ó": "o",
        "ô": "o",
        "õ": "o",
        "ù": "u",
        "ú": "u",
        "û": "u",
        "ñ": "n",
        "ç": "c",
        "\u2019": "'",
        "\u2018": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
        "\r": " ",
    }
)

TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# The same tokens as one capturing group: ``split`` gives separators and tokens in turn, so the
# tokens and their offsets come out of C-level calls without a match object per token.
TOKEN_SPLIT_RE = re.compile("(" + TOKEN_RE.pattern + ")")

_HTML_HINT = re.compile(
    r"<[a-zA-Z/!]|&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
_HTML_PART = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|head)\b.*?</\1\s*>"
    r"|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>"
    r"|&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});",
    re.S | re.I,
)
_BLOCK_TAGS = frozenset(
    "br p div li ul ol tr table h1 h2 h3 h4 h5 h6 blockquote hr pre section article header "
    "footer title".split()
)
_CELL_TAGS = frozenset({"td", "th"})

# Lines that start the quoted history of a reply chain (matched on folded lines).
_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b.{0,250}\bwrote\s*:?\s*$"
    r"|am\b.{0,250}\bschrieb\b.{0,200}$"
    r"|.{0,120}\bschrieb\s*:\s*$"
    r"|-{2,}\s*(?:original message|ursprungliche nachricht|urspruengliche nachricht"
    r"|forwarded message|weitergeleitete nachricht|message d'origine)\s*-*\s*$"
    r"|le\b.{0,250}\ba ecrit\s*:?\s*$"
    r"|el\b.{0,250}\bescribio\s*:?\s*$"
    r"|\*?(?:von|from)\s*:\s*\*?\s*\S.{0,200}\b(?:gesendet|sent|date|datum)\s*:.*$"
    r")"
)
_FROM_LINE = re.compile(r"^\s*\*?(?:von|from)\s*:\s*\*?\s*\S")
_SENT_LINE = re.compile(r"^\s*\*?(?:gesendet|sent|datum|date|an|to|betreff|subject)\s*:")

# A short closing line starts the signature block.
_CLOSING = re.compile(
    r"^\s*(?:"
    r"(?:best|kind|warm|warmest|many|with best|with kind|all the)\s+(?:regards|wishes|thanks)"
    r"|regards|cheers|thanks(?: again| a lot| so much)?|thank you(?: very much)?|thx|ta|br|kr"
    r"|mit freundliche[nm] gr\w*|freundliche gr\w*|viele gr\w*|beste gr\w*|liebe gr\w*"
    r"|herzliche gr\w*|schone gr\w*|sonnige gr\w*|gruss|gruse|grusse|gruesse|grueße|grusli"
    r"|mfg|lg|vg|sg|mbg|danke(?: schon| sehr| ihnen| dir| euch)?|vielen dank|besten dank"
    r"|merci|saludos|cordialement|sent from my\b.*|von meinem\b.*gesendet|gesendet von\b.*"
    r"|get outlook for\b.*|--|__+"
    r")[\s,.!:-]*"
)
_NAME_TAIL = re.compile(r"(?:[A-ZÄÖÜ][\w.'-]*\s*){1,3}")

_STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "und der die das ist nicht wir sie ich mit fur auf noch bei ein eine zu den dem es uns "
        "ihnen aber auch wie haben wird werden schon leider bitte dass vom zum im sind war hat "
        "wurde oder nur sehr gerne unsere unser ihre ihr mir mich dann jetzt habe hatte kann "
        "konnen mussen muss des einen einem nach bis uber vielen dank gruse hallo liebe lieber "
        "sehr geehrte geehrter herr frau guten tag moin servus gruezi".split()
    ),
    "en": frozenset(
        "the and is are we you to of for not with on our it this that be have will but as at "
        "would can please just an they been has had was were from your my me i us do does "
        "don't we're we'll i'm it's there their what when which who hi hello thanks thank "
        "regards dear best kind cheers".split()
    ),
    "fr": frozenset(
        "le la les des est nous vous pour pas avec une que qui dans sur je et du au aux ce "
        "cette sont mais ou notre votre bonjour merci cordialement avons besoin plus".split()
    ),
    "es": frozenset(
        "el los las es para con una que por del pero nosotros usted muy y necesitamos mas "
        "gracias hola saludos estamos tenemos renovacion tiempo".split()
    ),
    "it": frozenset(
        "il che per non una con sono abbiamo della questo grazie gli delle nostro vostro "
        "buongiorno cordiali saluti siamo anche".split()
    ),
    "nl": frozenset(
        "het een niet wij voor met zijn maar ook nog dat van jullie wordt hebben graag "
        "groet bedankt alvast".split()
    ),
    "pt": frozenset(
        "os as uma com nao para mais voces obrigado precisamos ainda estamos muito".split()
    ),
}


# str.translate() looks every character up in a dict unless the text is pure ASCII (about 25 µs
# for a German e-mail); bytes.translate() uses a 256-byte table. So Latin-1 text (German and
# English almost always are, once typographic quotes and dashes are made plain) is folded as
# bytes, with exactly the mapping of _FOLD; anything else takes str.translate().
_FOLD_BYTES = bytes(
    (lambda v: ord(v) if isinstance(v, str) else v)(_FOLD.get(code, code)) for code in range(256)
)
_FOLD_WIDE = tuple(
    (chr(code), value if isinstance(value, str) else chr(value))
    for code, value in _FOLD.items()
    if code > 0xFF
)


# Latin-1 text is lower-cased and folded in one pass over the same kind of table (str.lower()
# looks every character up in the Unicode tables once the text has one non-ASCII letter).
_LOWER_FOLD_BYTES = bytes(_FOLD_BYTES[ord(chr(code).lower())] for code in range(256))


def fold(text: str) -> str:
    """Lower-case and fold umlauts, accents and typographic marks, keeping the length."""
    try:
        return text.encode("latin-1").translate(_LOWER_FOLD_BYTES).decode("latin-1")
    except UnicodeEncodeError:
        pass
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters (e.g. the Turkish dotted I) lower-case to two; keep one.
        lowered = "".join(ch.lower()[:1] for ch in text)
    for wide, plain in _FOLD_WIDE:
        if wide in lowered:
            lowered = lowered.replace(wide, plain)
    try:
        return lowered.encode("latin-1").translate(_FOLD_BYTES).decode("latin-1")
    except UnicodeEncodeError:
        return lowered.translate(_FOLD)


_CANON_RE = re.compile(r"ae|oe|ue|ss")
_CANON_MAP = {"ae": "a", "oe": "o", "ue": "u", "ss": "s"}


def canonical(token: str) -> str:
    """One spelling for a folded token: ``pruefung``, ``prüfung`` and ``prufung`` agree."""
    if "e" not in token and "ss" not in token:
        return token
    return _CANON_RE.sub(lambda m: _CANON_MAP[m.group()], token)


@dataclass(slots=True)
class PreparedText:
    """A message ready for matching; all spans are in ``clean`` coordinates."""

    original: str
    clean: str
    norm: str
    offsets: list[int] | None  # clean index -> original index; None means identical
    main: list[tuple[int, int]] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    truncated: bool = False
    has_quote: bool = False
    has_signature: bool = False

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span back to the original input."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _strip_html(text: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """Remove tags, decode entities; return clean text, offset map and blockquote spans."""
    out: list[str] = []
    offsets: list[int] = []
    quotes: list[tuple[int, int]] = []
    depth = 0
    quote_start = 0
    last = 0
    length = 0
    for m in _HTML_PART.finditer(text):
        start = m.start()
        if start > last:
            out.append(text[last:start])
            offsets.extend(range(last, start))
            length += start - last
        last = m.end()
        whole = m.group()
        if whole[0] == "&":
            decoded = html.unescape(whole)
            out.append(decoded)
            offsets.extend([start] * len(decoded))
            length += len(decoded)
            continue
        name = (m.group(3) or "").lower()
        closing = m.group(2) == "/"
        if name == "blockquote":
            if not closing:
                if depth == 0:
                    quote_start = length
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    quotes.append((quote_start, length))
        if name in _BLOCK_TAGS:
            out.append("\n")
            offsets.append(start)
            length += 1
        elif name in _CELL_TAGS:
            out.append(" ")
            offsets.append(start)
            length += 1
    if last < len(text):
        out.append(text[last:])
        offsets.extend(range(last, len(text)))
        length += len(text) - last
    if depth:
        quotes.append((quote_start, length))
    return "".join(out), offsets, quotes


def _lines(norm: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in norm.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _find_regions(prepared: PreparedText, html_quotes: list[tuple[int, int]]) -> None:
    norm = prepared.norm
    if "\n" not in norm and not html_quotes and not norm.lstrip().startswith(">"):
        # One line (a chat message, a call note): no reply chain, no signature block.
        prepared.main = [(0, len(norm))]
        prepared.quoted = []
        return
    clean = prepared.clean
    total = len(norm)
    lines = _lines(norm)
    quote_from = total
    quoted_lines: set[int] = set()
    # Cheap test first: most chat messages and call notes have no reply chain at all.
    maybe_chain = ">" in norm or ":" in norm or "---" in norm
    if maybe_chain:
        for index, (start, end) in enumerate(lines):
            line = norm[start:end]
            stripped = line.lstrip()
            if stripped.startswith(">"):
                quoted_lines.add(index)
                continue
            if ":" not in line and "---" not in line and not stripped.startswith(("on ", "am ")):
                continue
            header = bool(_QUOTE_HEADER.match(line))
            if not header and stripped.startswith(("on ", "am ")) and index + 1 < len(lines):
                # "On Mon, 3 Mar ... <x@y.com>" wrapped before "wrote:".
                nxt_start, nxt_end = lines[index + 1]
                header = bool(_QUOTE_HEADER.match(line + " " + norm[nxt_start:nxt_end]))
            if not header and _FROM_LINE.match(line):
                following = [norm[s:e] for s, e in lines[index + 1 : index + 5]]
                header = any(_SENT_LINE.match(f) for f in following)
            if header:
                quote_from = start
                break
    # Signature: a short closing line after some content, followed by little else.
    sig_from = quote_from
    content_lines = 0
    body_lines = [
        (i, s, e) for i, (s, e) in enumerate(lines) if s < quote_from and i not in quoted_lines
    ]
    for pos, (_index, start, end) in enumerate(body_lines):
        line = norm[start:end]
        if not line.strip():
            continue
        m = _CLOSING.match(line)
        if m and content_lines:
            rest = clean[start + m.end() : end].strip(" ,.!-")
            if not rest or _NAME_TAIL.fullmatch(rest):
                after = [norm[s:e] for _i, s, e in body_lines[pos + 1 :] if norm[s:e].strip()]
                if len(after) <= 10 and all(len(a.split()) <= 12 for a in after):
                    sig_from = start
                    prepared.has_signature = True
                    break
        content_lines += 1
    main: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        if sig_from <= start < quote_from:
            continue
        in_html_quote = any(qs <= start < qe for qs, qe in html_quotes)
        is_quoted = in_html_quote or index in quoted_lines or start >= quote_from
        target = quoted if is_quoted else main
        if end > start:
            if target and target[-1][1] >= start - 1:
                target[-1] = (target[-1][0], end)
            else:
                target.append((start, end))
    if not any(TOKEN_RE.search(norm, s, e) for s, e in main):
        # Nothing new was written (a bare forward): read the quoted text as the message.
        main, quoted = quoted, []
        if not main:
            main = [(0, total)]
    prepared.main = main
    prepared.quoted = quoted
    prepared.has_quote = bool(quoted)


def prepare(text: str) -> PreparedText:
    """Validate, truncate, strip HTML, fold and split a message into its regions.

    Raises DiagnosisInputError for non-string or empty (whitespace-only) text.
    """
    if not isinstance(text, str):
        raise DiagnosisInputError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise DiagnosisInputError("text is empty")
    truncated = len(text) > MAX_CHARS
    original = text
    if truncated:
        text = text[:MAX_CHARS]
    html_quotes: list[tuple[int, int]] = []
    offsets: list[int] | None = None
    clean = text
    if ("<" in text or "&" in text) and _HTML_HINT.search(text):
        clean, offsets, html_quotes = _strip_html(text)
        if not clean.strip():
            raise DiagnosisInputError("text is empty once the HTML markup is removed")
    prepared = PreparedText(
        original=original, clean=clean, norm=fold(clean), offsets=offsets, truncated=truncated
    )
    _find_regions(prepared, html_quotes)
    return prepared


_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _STOPWORD_LANGS[_word] = _STOPWORD_LANGS.get(_word, ()) + (_lang,)

# Stop-word counts are added up in one C-level sum: each stop word maps to an int with a 1 in
# the bit field of each of its languages (fields wide enough for any message of MAX_CHARS).
_LANG_ORDER = tuple(_STOPWORDS)
_LANG_BITS = 20
_LANG_MASK = (1 << _LANG_BITS) - 1
_STOPWORD_PACKED: dict[str, int] = {
    word: sum(1 << (_LANG_BITS * _LANG_ORDER.index(lang)) for lang in langs)
    for word, langs in _STOPWORD_LANGS.items()
}
_DE_SHIFT = _LANG_BITS * _LANG_ORDER.index("de")
_EN_SHIFT = _LANG_BITS * _LANG_ORDER.index("en")


def detect_language(tokens: list[str]) -> str:
    """Guess ``de``, ``en`` or ``other`` from stop words in folded tokens (``unknown`` if none)."""
    # The first million words are plenty (and keep each language's count inside its field).
    packed = sum(map(_STOPWORD_PACKED.get, tokens[:_LANG_MASK], repeat(0)))
    if not packed:
        return "unknown"
    de = (packed >> _DE_SHIFT) & _LANG_MASK
    en = (packed >> _EN_SHIFT) & _LANG_MASK
    top = max(de, en)
    rest = packed & ~((_LANG_MASK << _DE_SHIFT) | (_LANG_MASK << _EN_SHIFT))
    while rest:
        top = max(top, rest & _LANG_MASK)
        rest >>= _LANG_BITS
    # The most stop words wins; on a tie English, then German, before the other languages.
    if en == top:
        return "en"
    if de == top:
        return "de"
    # German or English must clearly lose before a message counts as another language.
    if max(de, en) * 2 > top:
        return "de" if de >= en else "en"
    return "other"
