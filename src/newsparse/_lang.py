"""Language identification: script first, then a deterministic n-gram model on a bounded sample.

The n-gram statistics are langdetect's shipped language profiles (Apache-2.0), read from
the installed ``langdetect`` package and turned into a naive Bayes model here. Nothing
touches langdetect's module-global factory or its random seed, so results are the same in
every process and thread.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import regex
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.utils.ngram import NGram

from newsparse._errors import InputTypeError, InvalidLanguageError
from newsparse._model import Language, is_language_code
from newsparse._scripts import (
    CJK_SCRIPTS,
    OPEN_SCRIPTS,
    SETTLED,
    dominant_script,
    script_counts,
)
from newsparse._stopwords import (
    ENDINGS,
    LETTERS,
    NGUNI_FIRST_PERSON,
    NGUNI_PREFIXES,
    NGUNI_WORDS,
    PAIRS,
    STOPWORDS,
)

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "is_markup", "paragraph_languages"]

#: Every code :func:`detect_language` may return, besides ``"und"``.
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    {
        *SETTLED.values(),
        *(code for codes in OPEN_SCRIPTS.values() for code in codes),
        "ja",
        "zh",
        "is",
        "xh",
        "zu",
    }
)

# langdetect's profile names that differ from the codes returned here.
_PROFILE_CODE = {"zh-cn": "zh", "zh-tw": "zh"}
# Declared codes that name a language this module reports under another code.
_HINT_ALIASES = {"nb": "no", "nn": "no"}

# --- Tuned constants (on the development half of the labelled sentences only) ---------------
MIN_LETTERS = 3
"""Below this many letters the text is ``"und"``: no script or n-gram says enough."""
SHORT_LETTERS = 40
"""Up to this many letters (about a short title) confidence is capped low (see ``_cap``)."""
ICELANDIC_SHARE = 0.02
"""Latin text whose letters are at least this share thorn (þ) and eth (ð) is Icelandic:
no other language told here writes them (Faroese, which writes eth, is reported as Icelandic)."""
SAMPLE_CHARS = 1600
"""At most this many characters are read, in spread-out windows, however long the text."""
_SAMPLE_WINDOWS = 8
_UNSEEN = 0.1  # smoothing: an n-gram unseen in a profile counts as this share of its rarest one
_ORDER_WEIGHTS = (1.0, 1.0, 1.0)  # weight of 1-, 2- and 3-gram evidence
_SCALE = 20  # quantisation steps per nat of n-gram cost
_MAX_COST = 255  # one n-gram never costs more than this many steps
_FIELD = 24  # bits per language in a packed cost vector (room for 65 000 n-grams)
_STOPWORD_BONUS = 10.0  # nats of evidence per function word of a language
_ENDING_BONUS = 3.0  # nats of evidence per word ending of a language
_LETTER_BONUS = 2.0  # nats of evidence per letter only some languages of the script write
_LETTER_CAP = 3  # a marker letter counts at most this many times
_HINT_BONUS = 4.0
_PAIR_BONUS = 12.0  # nats per word that only one of two close neighbours writes
_PAIR_WINDOW = 24.0  # n-gram nats between close neighbours within which their words decide
_PAIR_CANDIDATES = 3  # the best languages among which close pairs are looked for
_FIRST_WORDS = 60  # words scored first on longer text, spread over the sample
_DECISIVE = 40.0  # nats between the two best languages that end scoring after those words
NGUNI_MIN_WORDS = 3
"""Zulu or Xhosa needs at least this many of their function words in the sample."""
NGUNI_SHARE = 0.12
"""Function words and prefixed words of Zulu or Xhosa must make up this share of the words."""
_NGUNI_WORD_SHARE = 0.02  # share of the words that must be Nguni function words
_NGUNI_DISTINCT = 3  # different Nguni function words needed (one repeated word is no proof)
_KANA_SHARE = 0.05  # share of kana among CJK letters above which the text is Japanese

_URL = regex.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
# Characters that prose rarely has inside a word but markup, code, paths and encoded
# strings do; a whitespace-separated token holding one is dropped.
_CODE_CHARS = "=%<>{}\\_$/"
_CODE = regex.compile(r"(?<!\S)[^\s=%<>{}\\_$/]*+[=%<>{}\\_$/]\S*+")


class _Model:
    """Packed n-gram costs of the languages sharing one script."""

    __slots__ = ("codes", "costs", "mask")

    def __init__(self, codes: tuple[str, ...], costs: dict[str, int]) -> None:
        self.codes = codes
        self.costs = costs
        self.mask = (1 << _FIELD) - 1

    def unpack(self, packed: int) -> list[int]:
        mask = self.mask
        return [(packed >> (_FIELD * i)) & mask for i in range(len(self.codes) + 1)]


def _step(p: float, n: int) -> int:
    """The quantised cost of an n-gram of order ``n + 1`` and probability *p*."""
    return min(_MAX_COST, round(-math.log(p) * _SCALE * _ORDER_WEIGHTS[n]))


def _profile_name(code: str) -> str:
    return {"zh": "zh-cn"}.get(code, code)


@functools.cache
def _model(script: str) -> _Model:
    """Build the model of one shared script from langdetect's profile files (once per process)."""
    codes = tuple(sorted(OPEN_SCRIPTS[script]))
    tables: list[tuple[dict[str, int], list[float], list[float]]] = []
    for code in codes:
        path = Path(PROFILES_DIRECTORY) / _profile_name(code)
        profile = json.loads(path.read_text(encoding="utf-8"))
        totals = [float(n) for n in profile["n_words"]]
        freq: dict[str, int] = profile["freq"]
        floor = [math.inf, math.inf, math.inf]
        for gram, count in freq.items():
            n = len(gram) - 1
            floor[n] = min(floor[n], count / totals[n])
        tables.append((freq, totals, [_UNSEEN * f for f in floor]))
    count_field = 1 << (_FIELD * len(codes))
    # Every n-gram starts from the cost of being unseen everywhere; each profile that
    # holds it then lowers its own field.
    base = [
        count_field
        + sum(_step(unseen[n], n) << (_FIELD * i) for i, (_, _, unseen) in enumerate(tables))
        for n in range(3)
    ]
    costs: dict[str, int] = {}
    for i, (freq, totals, unseen) in enumerate(tables):
        shift = _FIELD * i
        for gram, count in freq.items():
            n = len(gram) - 1
            gain = _step(unseen[n], n) - _step(count / totals[n] + unseen[n], n)
            costs[gram] = costs.get(gram, base[n]) - (gain << shift)
    return _Model(codes, costs)


@functools.cache
def _normal_table() -> str:
    """langdetect's character normalisation as a ``str.translate`` table over the BMP."""
    return "".join(NGram.normalize(chr(c)) for c in range(0x10000))


def _sample(text: str) -> str:
    """A bounded, spread-out sample of *text*: whole if short, else windows cut at spaces."""
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // _SAMPLE_WINDOWS
    step = (len(text) - size) / (_SAMPLE_WINDOWS - 1)
    parts = []
    for i in range(_SAMPLE_WINDOWS):
        start = round(i * step)
        window = text[start : start + size]
        if start:
            cut = window.find(" ")
            window = window[cut + 1 :] if cut >= 0 else window
        cut = window.rfind(" ")
        parts.append(window[:cut] if cut > 0 else window)
    return "\n".join(parts)


def _words(text: str, *, acronyms: bool = False) -> list[str]:
    """The words of *text* after langdetect's normalisation, all-capital acronyms left out."""
    normal = unicodedata.normalize("NFC", text).translate(_normal_table())
    if acronyms:
        return normal.split()
    return [w for w in normal.split() if not (len(w) > 1 and w.isupper())]


MARKUP_SHARE = 0.03
"""A line is markup when at least this share of its characters are ``<>={}``."""


def is_markup(line: str) -> bool:
    """Whether *line* reads as markup or code (tags, attributes, style rules) rather than prose.

    >>> is_markup('<div class="box"><img src="a.gif" width=1 height=1></div>')
    True
    >>> is_markup("The council met on Tuesday (at 10:00) to vote on the bridge.")
    False
    """
    marks = sum(line.count(c) for c in "<>={}")
    return marks > 0 and marks >= MARKUP_SHARE * len(line)


def _strip_addresses(text: str) -> str:
    """*text* without web and e-mail addresses."""
    if "://" in text or "www." in text or "@" in text:
        return _URL.sub(" ", text)
    return text


def _strip_machine_text(text: str) -> str:
    """*text* without addresses, markup, code and encoded strings, which are no language.

    The patterns run only when a character they need is present, so prose pays a few scans.
    """
    text = _strip_addresses(text)
    if any(c in text for c in _CODE_CHARS):
        text = _CODE.sub(" ", text)
    return text


@functools.cache
def _spans(length: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every 1- to 3-gram of a padded word of *length* characters."""
    return tuple((i, i + n) for n in (1, 2, 3) for i in range(length - n + 1) if (i, n) != (0, 1))


@functools.lru_cache(maxsize=8192)
def _word_cost(script: str, word: str) -> int:
    """The packed cost of one word's n-grams (cached: frequent words recur across texts)."""
    padded = f" {word} "
    get = _model(script).costs.get
    return sum([get(padded[i:j], 0) for i, j in _spans(len(padded))])


def _scores(
    script: str, words: Counter[str], sample: str, hint: str | None
) -> tuple[list[tuple[float, str]], int]:
    """Costs in nats per language (lowest first) and the number of n-grams that were scored."""
    model = _model(script)
    packed = sum(
        map(operator.mul, map(functools.partial(_word_cost, script), words), words.values())
    )
    fields = model.unpack(packed)
    grams = fields[-1]
    costs = [f / _SCALE for f in fields[:-1]]
    index = {code: i for i, code in enumerate(model.codes)}
    for code, bonus in _word_evidence(words, sample).items():
        i = index.get(code)
        if i is not None:
            costs[i] -= bonus
    if hint is not None and hint in index:
        costs[index[hint]] -= _HINT_BONUS
    ranked = sorted(zip(costs, model.codes, strict=True))
    return ranked, grams


def _staged_scores(
    script: str, words: list[str], sample: str, hint: str | None
) -> tuple[list[tuple[float, str]], int]:
    """Score a spread-out part of *words* first; score them all only when that is not decisive."""
    if len(words) > 2 * _FIRST_WORDS:
        step = len(words) / _FIRST_WORDS
        part = [words[int(i * step)] for i in range(_FIRST_WORDS)]
        ranked, grams = _scores(script, Counter(part), " ".join(part), hint)
        if ranked[1][0] - ranked[0][0] >= _DECISIVE:
            return ranked, grams
    return _scores(script, Counter(words), sample, hint)


def _word_evidence(words: Counter[str], sample: str) -> dict[str, float]:
    """Nats of evidence per language from function words, word endings and letters."""
    evidence: dict[str, float] = {}
    for word, count in words.items():
        lower = word.lower()
        codes = STOPWORDS.get(lower, ())
        bonus = _STOPWORD_BONUS
        if not codes:
            for size in range(min(5, len(lower) - 2), 1, -1):
                codes = ENDINGS.get(lower[-size:], ())
                if codes:
                    bonus = _ENDING_BONUS
                    break
        for code in codes:
            evidence[code] = evidence.get(code, 0.0) + bonus * count / len(codes)
    lower_sample = sample.lower()
    present = set(lower_sample)
    for letters, codes in LETTERS.items():
        if letters[0] not in present:
            continue
        n = lower_sample.count(letters)
        if n:
            share = _LETTER_BONUS * min(n, _LETTER_CAP) / len(codes)
            for code in codes:
                evidence[code] = evidence.get(code, 0.0) + share
    return evidence


# Words as the pair markers read them: letters and marks, with the apostrophes, hyphens
# (Catalan and Portuguese pronouns: ``registrar-se``) and the Catalan middle dot that join
# letters inside a word, and a leading apostrophe kept for the Afrikaans article 'n.
_MARKER_WORD = regex.compile(r"['’]?[\p{L}\p{M}]+(?:['’·-][\p{L}\p{M}]+)*+")


def _marker_words(sample: str) -> list[str]:
    """The lower-case words of *sample* for the pair markers, all-capital acronyms left out."""
    if not unicodedata.is_normalized("NFC", sample):
        sample = unicodedata.normalize("NFC", sample)
    words = []
    for match in _MARKER_WORD.finditer(sample):
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue
        word = word.lower().replace("’", "'")
        if word[0] == "'" and word != "'n":
            word = word[1:]
        words.append(word)
    return words


@functools.lru_cache(maxsize=16384)
def _marking(pair: frozenset[str], word: str) -> tuple[str, ...]:
    """The languages of a close *pair* whose markers *word* carries (cached: words recur)."""
    return tuple(code for code, markers in PAIRS[pair].items() if markers.marks(word))


def _settle_pair(ranked: list[tuple[float, str]], sample: str) -> list[tuple[float, str]]:
    """Let hand-written markers decide between close neighbours that lead the scores.

    The best language meets, in rank order, each of the next ones within ``_PAIR_WINDOW``
    nats that forms a known close pair with it (Danish and Norwegian, Catalan and Spanish,
    Czech and Slovak...): each word that only one of the two writes (``PAIRS``) moves that
    one ``_PAIR_BONUS`` nats ahead, and the one ahead then meets the next.
    """
    best = ranked[0][0]
    costs = {code: cost for cost, code in ranked}
    near = [code for cost, code in ranked[1:_PAIR_CANDIDATES] if cost - best < _PAIR_WINDOW]
    leader = ranked[0][1]
    words: list[str] | None = None
    for rival in near:
        pair = frozenset((leader, rival))
        if pair not in PAIRS:
            continue
        if words is None:
            words = _marker_words(sample)
        for word in words:
            for code in _marking(pair, word):
                costs[code] -= _PAIR_BONUS
        if costs[rival] < costs[leader]:
            leader = rival
    if words is None:
        return ranked
    return sorted((cost, code) for code, cost in costs.items())


def _cap(letters: int) -> float:
    """The highest confidence text of *letters* letters may get: low for title-length text."""
    return min(0.99, letters / (letters + SHORT_LETTERS / 4))


def _from_scores(ranked: list[tuple[float, str]], grams: int, letters: int) -> Language:
    best = ranked[0][0]
    # Posterior with a temperature that grows with the evidence: naive Bayes over
    # overlapping n-grams is overconfident, and more so the longer the text.
    temperature = 1.0 + grams / 20
    weights = [math.exp(-(cost - best) / temperature) for cost, _ in ranked]
    total = sum(weights)
    cap = _cap(letters)
    # Only the best and the three alternatives after it are reported.
    probs = [
        (code, round(min(cap, w / total), 4))
        for w, (_, code) in zip(weights[:4], ranked[:4], strict=True)
    ]
    alternatives = tuple((code, p) for code, p in probs[1:4] if p >= 0.01)
    return Language(
        code=probs[0][0],
        confidence=probs[0][1],
        alternatives=alternatives,  # type: ignore[arg-type]  # attrs types its tuple converter loosely
    )


def _check_hint(hint: str | None) -> str | None:
    if hint is None:
        return None
    if not isinstance(hint, str):
        msg = f"hint must be a str or None, not {type(hint).__name__}"
        raise InvalidLanguageError(msg)
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    if not is_language_code(code) or code == "und":
        msg = f"hint must be an ISO 639-1 code such as 'en' or 'zh', got {hint!r}"
        raise InvalidLanguageError(msg)
    return _HINT_ALIASES.get(code, code)


def _detect(text: str, hint: str | None) -> Language:
    raw = _sample(text)
    sample = _strip_machine_text(raw)
    counts = script_counts(sample)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        # Text with no spaces (Chinese, Thai) is one token, which a single % or / would
        # drop whole: with too little left, the text is read as it is, addresses aside.
        sample = _strip_addresses(raw)
        counts = script_counts(sample)
        letters = sum(counts.values())
    script = dominant_script(counts)
    if script is None or letters < MIN_LETTERS:
        return Language.undetermined()
    cap = _cap(counts[script] if script not in CJK_SCRIPTS else letters)
    if script in SETTLED:
        return Language(code=SETTLED[script], confidence=cap)
    if script in CJK_SCRIPTS:
        cjk = sum(counts.get(s, 0) for s in CJK_SCRIPTS)
        kana = cjk - counts.get("Han", 0)
        code = "ja" if kana > _KANA_SHARE * cjk or (hint == "ja" and not kana) else "zh"
        return Language(code=code, confidence=cap)
    if script == "Latin" and any(c in sample for c in "þðÞÐ"):
        if _is_icelandic(sample, counts[script]):
            return Language(code="is", confidence=cap)
        sample = sample.translate(_TURKISH_MOJIBAKE)
    if script == "Cyrillic" and "Latin" in counts:
        sample = _LATIN_I.sub(lambda m: "і" if m.group() == "i" else "І", sample)
    words = _words(sample)
    if script == "Latin":
        nguni = _nguni(words)
        if nguni is not None:
            return Language(code=nguni, confidence=min(cap, 0.9))
    ranked, grams = _staged_scores(script, words, sample, hint)
    if not grams:
        # Only acronyms: a guess from their letters beats no answer.
        ranked, grams = _scores(script, Counter(_words(sample, acronyms=True)), sample, hint)
        if not grams:
            return Language.undetermined()
    return _from_scores(_settle_pair(ranked, sample), grams, counts[script])


# Turkish written in code page 1254 and read as 1252 (or Latin-1) shows thorn, eth and
# y-acute for ş, ğ and ı: once the text is known not to be Icelandic, they are read back.
_TURKISH_MOJIBAKE = str.maketrans("þÞðÐýÝ", "şŞğĞıİ")
# A Latin i inside or beside Cyrillic letters, or alone among them, is the Ukrainian і
# typed on a Latin keyboard layout.
_LATIN_I = regex.compile(r"(?<=\p{Cyrillic})[iI]|[iI](?=\p{Cyrillic})|(?<!\p{L})[iI](?!\p{L})")


def _is_icelandic(text: str, latin: int) -> bool:
    """Whether thorn and eth make up enough of the Latin letters of *text* to settle Icelandic.

    Turkish decoded with the wrong code page turns ş and ğ into þ and ð too, but keeps ç
    and ü, which Icelandic never writes, and turns ı into ý, which it then writes about as
    often as both. Icelandic text nearly always writes an acute vowel or æ, which Turkish
    never does; without one, a text whose þ stands at least half the time inside words
    (where Icelandic writes it only in compounds) or that has no þ at all is Turkish
    too. Such text is left to the model.
    """
    thorn_eth = sum(text.count(c) for c in "þðÞÐ")
    if thorn_eth < ICELANDIC_SHARE * latin or 2 * text.count("ý") >= thorn_eth:
        return False
    if any(c in text for c in "çüÇÜ"):
        return False
    if any(c in text for c in "áéíóúæÁÉÍÓÚÆ"):
        return True
    thorns = text.count("þ") + text.count("Þ")
    return thorns > 0 and 2 * len(_INNER_THORN.findall(text)) < thorns


_INNER_THORN = regex.compile(r"(?<=\p{L})[þÞ]")


def _nguni(words: Sequence[str]) -> str | None:
    """``"zu"`` or ``"xh"`` when *words* read as Zulu or Xhosa, else ``None``.

    langdetect has no profile for either, so a text counts as Nguni when enough of its
    words are their function words and, together with words opening with a noun-class or
    adverb prefix (``uku-``, ``aba-``, ``nga-``, ...), they make up a good share of it.
    Zulu and Xhosa are then told apart by the function words only one of them writes and
    by the first-person prefix (Zulu ``ngi-``, Xhosa ``ndi-``); a tie is Zulu.
    """
    lowered = [w.lower() for w in words if len(w) > 1]
    if len(lowered) < NGUNI_MIN_WORDS:
        return None
    found = [NGUNI_WORDS[w] for w in lowered if w in NGUNI_WORDS]
    if len(found) < max(NGUNI_MIN_WORDS, _NGUNI_WORD_SHARE * len(lowered)):
        return None
    if len({w for w in lowered if w in NGUNI_WORDS}) < _NGUNI_DISTINCT:
        return None
    shaped = sum(1 for w in lowered if len(w) > 5 and w.startswith(NGUNI_PREFIXES))
    if len(found) + shaped < NGUNI_SHARE * len(lowered):
        return None
    votes = Counter(found)
    for w in lowered:
        code = NGUNI_FIRST_PERSON.get(w[:3])
        if code is not None and len(w) > 5:
            votes[code] += 1
    return "xh" if votes["xh"] > votes["zu"] else "zu"


def detect_language(text: str, *, hint: str | None = None) -> Language:
    """Tell the language of *text*.

    The script decides first: Hangul is Korean, kana Japanese, Thai script Thai, and so on
    for every script only one language is told in. Text in a shared script (Latin, Cyrillic,
    Arabic, Devanagari) is scored by a deterministic n-gram model restricted to that
    script's languages. Long text is sampled in spread-out windows of bounded total size, so
    a megabyte costs about what a few kilobytes cost. The same text always gives the same
    answer, in any process or thread.

    Args:
        text: The text, any length.
        hint: A declared language (for example an HTML page's ``lang``), as an ISO 639-1
            code; region suffixes such as ``"pt-BR"`` are accepted and dropped. It is
            evidence weighed against the text, not an override. ``"nb"`` and ``"nn"`` count
            as ``"no"``.

    Returns:
        The :class:`~newsparse.Language`: an ISO 639-1 code from
        ``newsparse._lang.SUPPORTED_LANGUAGES`` (Norwegian is ``"no"``, Chinese ``"zh"``), or
        ``"und"`` when the text has fewer than three letters. Text of up to about forty
        letters gets a confidence capped well below 1.

    Raises:
        InvalidLanguageError: *hint* is not an ISO 639-1 code.
        InputTypeError: *text* is not a ``str`` (also a ``TypeError``).

    >>> import newsparse
    >>> newsparse.detect_language("Der Hund läuft schnell über die Straße und bellt laut.").code
    'de'
    >>> newsparse.detect_language("12:45 — 3/4 !!!").code
    'und'

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        msg = f"text must be a str, not {type(text).__name__}"
        raise InputTypeError(msg)
    return _detect(text, _check_hint(hint))


PARAGRAPH_MIN_LETTERS = 40
"""A paragraph needs this many letters before it may be told apart from its page."""
PARAGRAPH_CONFIDENCE = 0.8
"""A paragraph's own language must reach this confidence to be reported."""
_SCREEN_MIN_HITS = 2  # function words of another language before the detector is asked


_SCREEN_CHARS = 400  # characters of a paragraph the cheap screen reads


def paragraph_languages(paragraphs: Sequence[str], page: Language) -> tuple[Language | None, ...]:
    """The language of each paragraph when it clearly differs from *page*, else ``None``.

    A cheap screen runs first: a paragraph in the page's script whose function words are
    not mostly another language's is taken to be in the page's language without running
    the detector, so a monolingual page costs a word count per paragraph.
    """
    if not page.is_determined:
        return tuple(None for _ in paragraphs)
    return tuple(_paragraph_language(p, page) for p in paragraphs)


def _script_of(code: str) -> str | None:
    for script, codes in OPEN_SCRIPTS.items():
        if code in codes:
            return script
    return None


def _paragraph_language(text: str, page: Language) -> Language | None:
    # The screen reads the paragraph's opening only: another language shows in a few lines.
    head = text[:_SCREEN_CHARS]
    counts = script_counts(head)
    script = dominant_script(counts)
    if script is None or counts[script] < PARAGRAPH_MIN_LETTERS:
        return None
    if script == _script_of(page.code):
        if not _other_words_lead(head, page.code):
            return None
    elif SETTLED.get(script) == page.code or (script in CJK_SCRIPTS and page.code in ("ja", "zh")):
        return None
    found = _detect(head, None)
    if found.code in (page.code, "und") or found.confidence < PARAGRAPH_CONFIDENCE:
        return None
    return found


_WORD_EDGES = ".,;:!?«»\"'()[]"


def _other_words_lead(text: str, page_code: str) -> bool:
    """Whether another language's function words outnumber those of *page_code*."""
    words = map(str.strip, text.lower().split(), itertools.repeat(_WORD_EDGES))
    hits = Counter(itertools.chain.from_iterable(filter(None, map(STOPWORDS.get, words))))
    if not hits:
        return False
    rival, count = max(
        ((code, n) for code, n in hits.items() if code != page_code),
        key=lambda item: (item[1], item[0]),
        default=("", 0),
    )
    return bool(rival) and count >= _SCREEN_MIN_HITS and count > hits[page_code]
