"""French numbers and dates, whole: "350 000 habitants", "20 %", "le 14 mars", "1er mai", "mi-2022".

A small grammar over the sentence's characters, so that whatever separates digits and units (plain,
no-break U+00A0, narrow no-break U+202F or thin U+2009 space, which tokenizers split differently)
the span stays one. Dates are found first; numbers skip what a date took; the tokens' tags then
add the noun a number counts ("trois jeunes juifs"). No maintained library finds French quantity
and date *spans* offline (dateparser parses dates it is given, and its search is slow and loose),
and the expressions are a regular language, so regular expressions are the right tool here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Span, Token

from workbench.core.detection.matching import doc_strings
from workbench.core.model import AtomKind

# A char span inside a doc: start, end, kind.
CharAtom = tuple[int, int, AtomKind]

_SP = r"[ \u00a0\u202f\u2009]"
_APOS = r"['’]"
_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre)"
)
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:1er|[12]\d|3[01]|0?[1-9])"
_RELATIVE_DAY = rf"(?:hier|aujourd{_APOS}hui|demain|avant-hier|apr[èe]s-demain)"
_PART_OF_DAY = r"(?:matin|soir|midi|après-midi|apr[èe]s-midi|soirée|nuit)"
_AFTER = (
    r"(?:dernier|derni[èe]re|prochain|prochaine|pr[ée]c[ée]dent|pr[ée]c[ée]dente|suivant|suivante)"
)
_ORDINAL = r"(?:premier|première|deuxième|second|seconde|troisième|quatrième|1er|2e|3e|4e)"
_ROMAN = r"(?:[IVX]{1,5}(?:e|ème|ᵉ))"
_NUMBER_WORD = (
    r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neufs?|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingts?|trente|quarante|"
    r"cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix|cents?|mille)"
)
_NUMBER_WORDS = rf"{_NUMBER_WORD}(?:(?:-et-|{_SP}et{_SP}|-|{_SP}){_NUMBER_WORD})*"
_CLOCK = (
    rf"(?:(?:\d{{1,2}}|{_NUMBER_WORDS}){_SP}heures?|\d{{1,2}}{_SP}?h(?:{_SP}?\d{{2}})?|\d{{1,2}}:\d{{2}})"
    rf"(?:{_SP}(?:UTC|GMT|CEST|CET|locales?|heure{_SP}locale|du{_SP}matin|du{_SP}soir|de{_SP}l{_APOS}après-midi))*"
)
_TIMEZONE_AFTER = re.compile(r"(?:UTC|GMT|CEST|CET|locale|du matin|du soir)", re.IGNORECASE)
_LEAD = rf"(?:depuis(?:{_SP}le)?{_SP}|entre(?:{_SP}le)?{_SP})?"
_BOUND = r"(?:d[ée]but|fin|courant)"
_DAY_LIST = rf"{_DAY}(?:(?:,{_SP}?|{_SP}et{_SP}){_DAY})*"

_DATE_PATTERNS = [
    # 2024-11-22 07:22:44+01:00
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    # entre le 3 et le 5 janvier; entre le 1er novembre et le 31 décembre; entre janvier et avril
    rf"entre{_SP}(?:le{_SP})?{_DAY}(?:{_SP}{_MONTH})?{_SP}et{_SP}(?:le{_SP})?{_DAY}{_SP}{_MONTH}(?:{_SP}{_YEAR})?",
    rf"entre{_SP}{_MONTH}(?:{_SP}{_YEAR})?{_SP}et{_SP}{_MONTH}(?:{_SP}{_YEAR})?",
    rf"entre{_SP}{_YEAR}{_SP}et{_SP}{_YEAR}",
    # (depuis le) (ce) (mardi) 3, 4 et 5 juillet (2012) (dernier)
    rf"{_LEAD}(?:ce{_SP})?(?:{_WEEKDAY}{_SP})?{_DAY_LIST}{_SP}{_MONTH}(?:{_SP}{_YEAR})?(?:{_SP}{_AFTER})?",
    # la nuit de vendredi à samedi
    rf"nuit{_SP}de{_SP}{_WEEKDAY}{_SP}à{_SP}{_WEEKDAY}",
    # (ce) vendredi (5) (dernier|matin)
    rf"(?:ce{_SP})?{_WEEKDAY}(?:{_SP}\d{{1,2}}(?!\d|[.,]\d))?(?:{_SP}(?:{_AFTER}|{_PART_OF_DAY}))?",
    # début/fin/mi- ... : fin mars, début 2023, fin de l'année 2012, début du mois dernier,
    # fin du XXe siècle, début des années 2000, deuxième partie des années 1970
    (
        rf"{_LEAD}{_BOUND}{_SP}(?:de{_SP}l{_APOS}ann[ée]e(?:{_SP}{_YEAR})?|du{_SP}mois(?:{_SP}{_AFTER})?|"
        rf"du{_SP}(?:{_ROMAN}{_SP})?si[èe]cle|des{_SP}ann[ée]es{_SP}\d{{2,4}}|{_MONTH}(?:{_SP}{_YEAR})?|{_YEAR})"
    ),
    rf"(?:{_ORDINAL}{_SP})?(?:partie|moiti[ée]){_SP}des{_SP}ann[ée]es{_SP}\d{{2,4}}",
    rf"{_LEAD}mi-(?:{_MONTH}|{_YEAR})",
    # depuis mars 2011, juillet 2019, septembre dernier, janvier prochain
    rf"{_LEAD}{_MONTH}(?:{_SP}{_YEAR}|{_SP}{_AFTER})?",
    rf"{_LEAD}{_YEAR}(?:[-–/]{_YEAR}|[-–]\d{{2}}(?!\d))?",
    rf"{_RELATIVE_DAY}(?:{_SP}{_PART_OF_DAY})?",
    rf"ce{_SP}(?:matin|soir|midi|week-end|mois-ci)",
    rf"(?:l{_APOS}|cette{_SP}|le{_SP}|la{_SP}|ce{_SP})?(?:an|ann[ée]e|mois|semaine|week-end){_SP}{_AFTER}",
    rf"cette{_SP}ann[ée]e|ce{_SP}mois-ci",
    rf"le{_SP}(?:lendemain|surlendemain)(?!{_SP}d)",
    rf"(?:{_ORDINAL}|dernier|prochain){_SP}(?:trimestre|semestre)",
    rf"(?:(?:trois|six|neuf|douze)|\d{{1,2}}){_SP}(?:premiers|derniers){_SP}mois(?:{_SP}de{_SP}l{_APOS}ann[ée]e)?",
    rf"{_ROMAN}{_SP}si[èe]cle",
    rf"il{_SP}y{_SP}a{_SP}(?:une?|deux|trois|quatre|cinq|six|dix|\d+){_SP}(?:ans?|mois|jours?|semaines?|ann[ée]es?)",
]
_DATE = re.compile(
    r"(?<![\w\-])(?:" + "|".join(f"(?:{pattern})" for pattern in _DATE_PATTERNS) + ")",
    re.IGNORECASE,
)
# Words one of the date patterns needs: sentences with none skip the long alternation. Tested on
# the lower-cased sentence, the plain words by substring search: a case-blind alternation of
# thirty words costs more than the date patterns it spares on most sentences.
_DATE_HINT_WORDS = (
    "janv", "fevr", "févr", "mars", "avril", "juin", "juil", "août", "aout", "sept", "octo",
    "nove", "dece", "déce", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "aujourd", "demain", "annee", "année", "semaine", "siecle", "siècle",
    "trimestre", "semestre", "lendemain", "week-end", "heure",
)  # fmt: skip
_DATE_HINT = re.compile(r"\d|\b(?:mai\b|hier|an\b|mois|mi-|il y a\b)")


def _date_hint(lowered: str) -> bool:
    return _DATE_HINT.search(lowered) is not None or any(w in lowered for w in _DATE_HINT_WORDS)


_CLOCK_RE = re.compile(r"(?<![\w\-])" + _CLOCK, re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    r"(?:^|(?<![\w'’])(?:à|vers|dès|depuis|avant|après|entre))\s*$", re.IGNORECASE
)
_DURATION_RANGE_BEFORE = re.compile(r"\d\s*h\s*(?:\d{2})?\s*à\s*$")

_DIGITS = rf"[+\-−±]?(?:\d{{1,3}}(?:(?:{_SP}|\.)\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_MULTIPLIER = r"(?:mille|millions?|milliards?|billions?)"
_COLLECTIVE = (
    r"(?:dizaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|"
    r"centaines?|milliers?|douzaines?|quinzaines?)"
)
_FRACTION = r"(?:tiers|quarts?|moiti[ée]s?)"
_APPROX = (
    rf"(?:(?:un{_SP}peu{_SP})?(?:pr[èe]s|plus|moins|autour|proche)(?:{_SP}de{_SP}|{_SP}d{_APOS}|{_SP}des{_SP})|"
    rf"environ{_SP}|quelques?{_SP}|plusieurs{_SP}|jusqu{_APOS}(?:à|au){_SP}(?:plus{_SP}de{_SP}|plus{_SP})?|"
    rf"au{_SP}(?:moins|plus){_SP}|pas{_SP}(?:moins|plus){_SP}d(?:e{_SP}|{_APOS})|entre{_SP}|plus{_SP})?"
)
_SYMBOL = (
    r"(?:%|‰|€|\$|£|¥|°C|°|km²|km/h|km|m²|m³|mm|cm|kg|mg|g|t|ha|h|min|Go|Mo|To|GW|MW|kW|kWh|"
    r"UA|a\.l\.|mSv/h|mSv|dB|pour[ \u00a0\u202f\u2009]cent)(?![\w])"
)
_CORE = (
    rf"une?{_SP}seule?s?|(?:une?{_SP}|des{_SP}|les{_SP}|la{_SP})?{_COLLECTIVE}"
    rf"|(?:{_DIGITS}|{_NUMBER_WORDS})(?:{_SP}(?:{_MULTIPLIER}|{_FRACTION}))?"
)
_QUANTITY = re.compile(
    rf"(?<![\w\-–/.,])(?P<approx>{_APPROX})(?P<core>{_CORE})(?:{_SP}?(?P<symbol>{_SYMBOL}))?",
    re.IGNORECASE,
)
# What every quantity needs, searched first: most sentences have no number at all.
_QUANTITY_HINT = re.compile(
    r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neufs?|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?|billions?|seule?s?|"
    r"dizaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?|milliers?|"
    r"douzaines?|quinzaines?)\b|(?:\bd['’]|\ben\s)une?\s"
)  # searched in the lower-cased sentence, faster than a case-blind search
_RANGE_JOIN = re.compile(rf"^{_SP}?(?:à|-|–|et){_SP}?$")
_TIMES = re.compile(rf"^{_SP}?[x×]{_SP}?$")
_ID_BEFORE = re.compile(
    r"(?:\b(?:[Nn]°|[Nn]o|[Nn]uméro|[Rr]èglement|[Aa]rticle|[Dd]emande|[Rr]ésolution|"
    r"[Dd]écret|[Ll]oi|[Aa]rrêté|[Dd]ossier|[Vv]ol|[Ll]igne|[Rr]oute|A|N|RN)|n°)\s*$"
)
_STREET_AFTER = re.compile(
    r"^,?\s*(?:boulevard|rue|avenue|av\.|chemin|place|quai|allée|route|bd)\b", re.IGNORECASE
)
_TIME_UNITS = frozenset(
    {
        "an",
        "ans",
        "année",
        "années",
        "mois",
        "jour",
        "jours",
        "semaine",
        "semaines",
        "heure",
        "heures",
        "minute",
        "minutes",
        "siècle",
        "siècles",
        "décennie",
        "décennies",
    }
)
_DEMI = re.compile(rf"^{_SP}et{_SP}demie?", re.IGNORECASE)
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_UNIT_PHRASES = {
    ("degrés", "celsius"),
    ("dollars", "de", "taïwan"),
    ("membres", "d'", "équipage"),
    ("membres", "d’", "équipage"),
    ("kilomètres", "carrés"),
    ("mètres", "carrés"),
    ("années", "-", "lumière"),
    ("années-lumière",),
}
_UNIT_PHRASES_LONGEST_FIRST = sorted(_UNIT_PHRASES, key=len, reverse=True)
_TAKES_DE = re.compile(rf"{_MULTIPLIER}|{_COLLECTIVE}|000$", re.IGNORECASE)
_COUNTS_ITSELF = re.compile(rf"{_MULTIPLIER}|{_COLLECTIVE}$", re.IGNORECASE)
_MORE_OR_LESS = re.compile(rf"{_SP}(?:plus|moins)\b")


def _token_at(sentence: Span, char: int, starting: bool) -> Token | None:
    """The first token starting at or after `char` (`starting`), or the token holding it."""
    doc = sentence.doc
    starts = doc_strings(doc).starts
    low = bisect_left(starts, char, sentence.start, sentence.end)
    if starting:
        return doc[low] if low < sentence.end else None
    index = low if low < sentence.end and starts[low] == char else low - 1
    return doc[index] if sentence.start <= index < sentence.end else None


def _is_clock(text: str, start: int, match: re.Match[str]) -> bool:
    """ "à 15 h", "vers 5 h 25 CEST", "9h05 -" are times of day; "3 h 30 d'autonomie" a duration."""
    if _TIMEZONE_AFTER.search(match.group(0)):
        return True
    before = text[:start]
    if not before.strip():
        return True  # a live-blog stamp opens the line ("9h05 - La Bourse …")
    if re.search(r"jusqu['’](?:à|au)\s*$", before, re.IGNORECASE) or _DURATION_RANGE_BEFORE.search(
        before
    ):
        return False
    return bool(_CLOCK_BEFORE.search(before))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the dates and times of day in `text`, longest first when they overlap."""
    found: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        start, end = match.span()
        if not _word_bounded(text, start, end):
            continue
        found.append((start, end))
    for match in _CLOCK_RE.finditer(text):
        start, end = match.span()
        if _word_bounded(text, start, end) and _is_clock(text, start, match):
            found.append((start, end))
    return _without_overlaps(found)


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after == "-" and text[end + 1 : end + 2].isdigit():
        return False  # "2023-0379": a file number, not a year
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_")


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (-(span[1] - span[0]), span[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end in kept):
            kept.append((start, end))
    return sorted(kept)


def _phrase_end(tokens: list[Token], text_offset: int) -> int | None:
    lowered = tuple(t.lower_ for t in tokens[:3])
    for phrase in _UNIT_PHRASES_LONGEST_FIRST:
        if lowered[: len(phrase)] == phrase:
            last = tokens[len(phrase) - 1]
            return last.idx + len(last.text) - text_offset
    return None


def _counted_noun_end(
    sentence: Span, text_offset: int, end: int, core: str, units: frozenset[str]
) -> int:
    """Extends a number over its unit or counted noun: "13 millions de voix", "trois jeunes juifs"."""
    token = _token_at(sentence, text_offset + end, starting=True)
    if token is None or token.idx > text_offset + end + 1:
        return end
    tokens = list(sentence.doc[token.i : min(token.i + 6, sentence.end)])
    index = 0
    # "millions de voix", "milliers de terminaux", and the loose "2 700 000 de Libyens"
    takes_de = bool(_TAKES_DE.search(core))
    if takes_de and tokens and tokens[0].lower_ in {"de", "d'", "d’"}:
        index = 1
    elif _COUNTS_ITSELF.search(core):
        return end
    phrase = _phrase_end(tokens[index:], text_offset)
    if phrase is not None:
        return phrase
    # Adjectives in front of the noun belong to it ("cinq grandes banques"); not those after.
    first = index
    while (
        index < len(tokens)
        and index - first < 2
        and tokens[index].pos_ in ({"ADJ"} if first else {"ADJ", "DET"})
        and tokens[index].is_alpha
        and tokens[index].lower_ not in {"de", "des", "du", "la", "le", "les"}
        and index + 1 < len(tokens)
        and tokens[index + 1].pos_ in _NOUN_TAGS | {"ADJ"}
    ):
        index += 1
    if index >= len(tokens):
        return end
    noun = tokens[index]
    is_noun = (
        noun.pos_ in _NOUN_TAGS
        or noun.lower_ in _TIME_UNITS
        or noun.lower_ in units
        or (index > first and noun.pos_ == "ADJ")
    )
    if not is_noun or not noun.is_alpha:
        return end
    if noun.pos_ == "PROPN" and noun.ent_type_ in {"PER", "LOC", "ORG"} and index == 0:
        return end  # "en 2012 Barack Obama": a name, not what is counted
    stop = noun.idx + len(noun.text) - text_offset
    if noun.lower_ == "fois":
        more = _MORE_OR_LESS.match(doc_strings(sentence.doc).text[text_offset + stop :])
        if more:
            stop += more.end()
    if noun.lower_ in _TIME_UNITS:
        demi = _DEMI.match(doc_strings(sentence.doc).text[text_offset + stop :])
        if demi:
            stop += demi.end()
    return stop


def quantity_spans(
    sentence: Span,
    text: str,
    text_offset: int,
    taken: list[tuple[int, int]],
    units: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Character ranges (relative to `text`) of the numbers with their units, outside `taken`."""
    found: list[tuple[int, int]] = []
    for match in _QUANTITY.finditer(text):
        start, end = match.span()
        if found and start < found[-1][1]:
            continue  # inside the previous number, widened over its unit or minutes
        core_start = match.start("core")
        core = match.group("core")
        if any(core_start < t_end and end > t_start for t_start, t_end in taken):
            continue
        if (
            match.group("symbol") is None
            and end < len(text)
            and (text[end].isalnum() or text[end] == "-")
        ):
            continue  # an ordinal or a code: "42e", "3DS", "1er"
        lowered = core.lower()
        words_only = not any(character.isdigit() for character in core)
        after = text[end:]
        if re.fullmatch(r"une?", lowered):
            # "un lycéen" counts nothing; "près d'un an", "en un an", "une seule" do.
            duration = re.match(
                rf"{_SP}(?:an|ans|heure|heures|mois|jour|jours|semaine|semaines|année)\b",
                after,
                re.IGNORECASE,
            )
            if not duration or not (match.group("approx") or re.search(r"\ben\s*$", text[:start])):
                continue
        if _ID_BEFORE.search(text[:start]) or _STREET_AFTER.match(after):
            continue
        if match.group("approx").strip().lower() == "entre" and not re.search(
            rf"{_SP}et{_SP}", text[end : end + 30]
        ):
            start = core_start
        # Digits glued to a name ("Falcon 9", "CAC 40"): a capitalised word just before, no unit after.
        if (
            not match.group("symbol")
            and not words_only
            and _glued_to_name(sentence, text_offset + start)
        ):
            continue
        if start == 0 and re.match(r"\.\s", after):
            continue  # "1. Ouverture de la séance": a list number
        symbol = match.group("symbol")
        if symbol is None:
            end = _counted_noun_end(sentence, text_offset, end, core, units)
            if (
                end == match.end()
                and words_only
                and not re.search(rf"{_MULTIPLIER}|{_COLLECTIVE}|{_FRACTION}|seule?", lowered)
                and not re.match(
                    r"\s+(?:des|de\s+ces|d['’]entre|de\s+leurs|de\s+ses)\b", after, re.IGNORECASE
                )
            ):
                continue  # a bare number word with nothing counted ("les deux") is no quantity
        elif symbol.lower() == "h":
            minutes = re.match(rf"{_SP}?\d{{2}}(?!\d)", text[end:])
            if minutes:
                end += minutes.end()
        elif symbol.lower() == "fois" or re.match(rf"{_SP}fois", after):
            pass
        times = re.match(rf"{_SP}fois(?:{_SP}(?:plus|moins))?", text[end:], re.IGNORECASE)
        if times:
            end += times.end()
        found.append((start, end))
    return _joined_ranges(text, found, taken)


def _counts_something_before(text: str, start: int) -> bool:
    return bool(re.search(r"(?:sur|des|parmi)\s*$", text[:start], re.IGNORECASE))


def _glued_to_name(sentence: Span, char: int) -> bool:
    """ "Falcon 9", "CAC 40", "Titan III": a number right after a proper name belongs to it."""
    token = _token_at(sentence, char, starting=True)
    if token is None or token.i == sentence.start:
        return False
    previous = sentence.doc[token.i - 1]
    return (
        previous.text[:1].isupper()
        and previous.is_alpha
        and previous.pos_ in {"PROPN", "NOUN", "X"}
        and previous.ent_type_ != "LOC"
    )


def _joined_ranges(
    text: str, found: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Ranges and products stay one span: "3 à 5 %", "entre 5 % et 6 %", "93 mm x 156 mm x 22 mm"."""
    joined: list[tuple[int, int]] = []
    for start, end in found:
        if joined:
            previous_start, previous_end = joined[-1]
            gap = text[previous_end:start]
            opener = text[previous_start : previous_start + 6].lower()
            if _TIMES.match(gap) or (
                _RANGE_JOIN.match(gap) and ("et" not in gap.split() or opener.startswith("entre"))
            ):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def find_numbers_and_dates(
    sentence: Span, doc_text: str, units: frozenset[str] = frozenset()
) -> list[CharAtom]:
    """Number and date atoms of a French sentence, as character ranges of the doc.

    `units` are words that count as the unit of a number whatever their tag ("voix", "morts").
    """
    offset = sentence.start_char
    text = doc_text[offset : sentence.end_char]
    lowered = text.lower()
    dates = date_spans(text) if _date_hint(lowered) else []
    numbers = (
        quantity_spans(sentence, text, offset, dates, units)
        if _QUANTITY_HINT.search(lowered)
        else []
    )
    atoms = [(offset + start, offset + end, AtomKind.DATE) for start, end in dates]
    atoms += [(offset + start, offset + end, AtomKind.NUMBER) for start, end in numbers]
    return sorted(_trimmed(doc_text, atom) for atom in atoms)


def _trimmed(doc_text: str, atom: CharAtom) -> CharAtom:
    start, end, kind = atom
    while end > start and doc_text[end - 1] in " \u00a0\u202f\u2009,;":
        end -= 1
    return start, end, kind
