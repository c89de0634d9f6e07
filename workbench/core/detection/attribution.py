"""Who says it: the source of reported speech ("selon X", "X explique que", "», précise X")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from workbench.core.detection.atoms import PERSON_NAME_PARTICLES
from workbench.core.detection.lexicons import Lexicons, conjugate_first_group
from workbench.core.detection.matching import TokenView, doc_strings, find_entries

_SOURCE_STOPS = frozenset(',.;:!?«»“”"()[]—–')
_NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "MISC", "NORP", "GPE", "LOC"})
_NOUN_PHRASE_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
_MAX_SOURCE_TOKENS = 16
_MAX_UNTAGGED_SUBJECT = 4
_PASSIVE_AGENT = frozenset({"par", "by"})
_CLAUSE_WORDS = frozenset({"que", "qu'", "qu’", "qui", "dont", "that", "who", "which", "whose"})
_NEGATION = frozenset({"ne", "n'", "n’", "not", "n't", "pas"})
# Tags a reporting-verb form must not carry (the small model tags "révèle" as a noun, so NOUN stays).
_NOT_A_VERB = frozenset({"DET", "ADP", "PROPN", "PUNCT", "NUM", "PRON", "CCONJ", "SCONJ"})


@dataclass(frozen=True)
class Attribution:
    """A reported-speech cue and the source it names (None when the source is not in the sentence)."""

    cue: str
    source: str | None
    rank: int = 0  # how explicit the cue is: 0 "selon X", 1 "par X", 2 "», dit X", 3 "X dit que"


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def _phrase_after(doc: Doc, start: int, limit: int) -> Span | None:
    """The words from `start` up to punctuation, a verb, or "que/that" (the source after a cue)."""
    end = start
    while end < limit and end - start < _MAX_SOURCE_TOKENS:
        token = doc[end]
        if token.text in _SOURCE_STOPS or token.text[0] in _SOURCE_STOPS:
            break
        if token.pos_ in {"VERB", "AUX", "SCONJ"} or token.lower_ in _CLAUSE_WORDS:
            break
        end += 1
    return doc[start:end] if end > start else None


def _best_name(phrase: Span) -> str:
    """The name inside a phrase when there is one ("le quotidien américain The Wall Street Journal")."""
    names = [
        entity
        for entity in phrase.ents
        if entity.label_ in _NAME_LABELS and any(character.isupper() for character in entity.text)
    ]
    if names:
        return max(names, key=len).text
    text = phrase.text.strip()
    for prefix in ("-t-", "-"):
        text = text.removeprefix(prefix)
    return text.lstrip("-").strip()


def _noun_phrase_before(doc: Doc, index: int, sentence: Span) -> Span | None:
    """The subject just before a reporting verb: an entity touching it, else the clause's first NP."""
    previous = index - 1
    while previous >= sentence.start and (
        doc[previous].pos_ in {"ADV", "AUX"} or doc[previous].lower_ in _NEGATION
    ):
        previous -= 1
    if previous < sentence.start:
        return None
    token = doc[previous]
    if not token.pos_ and token.is_alpha:
        # No tagger (blank pipeline): the few words before the verb, back to punctuation.
        start = previous
        while (
            start - 1 >= sentence.start
            and previous - start < _MAX_UNTAGGED_SUBJECT - 1
            and doc[start - 1].is_alpha
            and doc[start - 1].lower_ not in _CLAUSE_WORDS
        ):
            start -= 1
        return doc[start : previous + 1]
    if token.ent_type_ in _NAME_LABELS or token.pos_ in {"PROPN", "NOUN", "PRON"}:
        start = previous
        while start - 1 >= sentence.start and (
            doc[start - 1].pos_ in _NOUN_PHRASE_TAGS
            or doc[start - 1].ent_iob_ == "I"
            or (token.ent_iob_ == "I" and doc[start].ent_iob_ == "I")
        ):
            start -= 1
        return doc[start : previous + 1]
    if token.text == ",":
        # An incise sits between subject and verb ("Le journal, dont …, révèle"): take the first NP.
        start = sentence.start
        while start < index and doc[start].is_punct:
            start += 1
        end = start
        while end < index and doc[end].pos_ in _NOUN_PHRASE_TAGS:
            end += 1
        return doc[start:end] if end > start else None
    return None


def _is_inverted(doc: Doc, index: int, sentence: Span) -> bool:
    """ "…», détaille le quotidien." — a cue after a quote or comma with its subject after it."""
    previous = index - 1
    if (
        previous - 3 >= sentence.start
        and doc[previous].text == ","
        and doc[previous - 1].lower_ in _EMPHATIC
        and doc[previous - 2].text == ","
        and doc[previous - 3].pos_ == "AUX"
    ):
        previous -= 3  # "Le ministère a, lui, regretté": the subject is before
    while previous > sentence.start and doc[previous].pos_ == "AUX":  # "», a déclaré X"
        previous -= 1
    if previous > sentence.start and doc[previous].lower_ in {"en", "y"}:
        previous -= 1  # "», en conclut la présidente": the clitic is part of the verb group
    while previous > sentence.start and doc[previous].pos_ == "AUX":  # "», en a conclu X"
        previous -= 1
    incise = _incise_before(doc, previous + 1, sentence)
    if incise <= previous:
        previous = incise - 1  # "Moscou, de son côté, affirme": the subject is before the incise
    if previous < sentence.start or doc[previous].text not in {",", "»", "”", '"'}:
        return False
    following = doc[index + 1 : sentence.end]
    return not any(token.lower_ in {"que", "qu'", "qu’", "that"} for token in following[:3])


def find_attributions(
    sentence: Span,
    lexicons: Lexicons,
    quoted: list[tuple[int, int]],
    view: TokenView | None = None,
) -> list[Attribution]:
    """Attributions of a sentence, most explicit first: markers, passive agents, reporting verbs."""
    doc = sentence.doc
    view = view or TokenView.of(sentence)
    found: list[Attribution] = []
    for start, end in find_entries(view, lexicons["attribution_markers"], use_lemma=False):
        if _inside(start, quoted):
            continue
        phrase = _phrase_after(doc, end, sentence.end)
        found.append(Attribution(doc[start:end].text, _best_name(phrase) if phrase else None, 0))
    for start, _ in find_entries(view, lexicons["attribution_verbs"], use_lemma=False):
        token: Token = doc[start]
        if _inside(start, quoted) or token.pos_ in _NOT_A_VERB:
            continue
        if token.morph.get("VerbForm", []) == ["Inf"] or start == sentence.start:
            continue
        source: Span | None
        following = [t.lower_ for t in doc[start + 1 : min(start + 4, sentence.end)]]
        if start + 1 < sentence.end and doc[start + 1].lower_ in _PASSIVE_AGENT:
            source, rank = _phrase_after(doc, start + 2, sentence.end), 1
        elif _is_inverted(doc, start, sentence):
            source, rank = _phrase_after(doc, start + 1, sentence.end), 2
        elif token.pos_ in {"VERB", "AUX", ""} or _CLAUSE_WORDS & set(following):
            # A form the tagger took for a noun counts only when "que" follows ("révèle que").
            source, rank = _noun_phrase_before(doc, start, sentence), 3
        else:
            continue
        if source is not None and source.text.strip().lower() in {"qui", "que", "who", "which"}:
            source = None
        found.append(Attribution(token.text, _best_name(source) if source else None, rank))
    return sorted(found, key=lambda attribution: attribution.rank)


# --- French, with the tagger and the dependency parse --------------------------------------------

PRONOUN_SOURCES = frozenset(
    {
        "il",
        "elle",
        "ils",
        "elles",
        "ce dernier",
        "cette dernière",
        "ces derniers",
        "celui-ci",
        "celle-ci",
        "ceux-ci",
        "celles-ci",
        "ces dernières",
        "lui",
        "ses",  # "À ses yeux"
        "leurs",
        "he",
        "she",
        "they",
    }
)
_ALLOWED_ADPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "pour", "en"})
_STOP_WORDS = frozenset(
    {
        "qui",
        "que",
        "qu'",
        "qu’",
        "dont",
        "lorsque",
        "lorsqu'",
        "lorsqu’",
        "quand",
        "puisque",
        "puisqu'",
        "puisqu’",
        "tandis",
        "selon",
        "où",
        "mais",
        "car",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "auquel",
        "duquel",
        "lors",  # "a annoncé ce dernier lors d'une conférence de presse"
    }
)
_MONTHS = frozenset(
    {
        *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"),
        *("septembre", "octobre", "novembre", "décembre"),
    }
)
_DATE_WORDS = frozenset(
    {
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "hier",
        "aujourd'hui",
        "aujourd’hui",
        "demain",
        *_MONTHS,
        "ce",
        "cette",
    }
)
# What "ce" or "cette" opens when it dates the words rather than naming the speaker
_TIMES_AFTER_THIS = frozenset(
    {"matin", "soir", "midi", "week-end", "semaine", "mois", "année", "an", "jour", "nuit"}
    | {"après-midi", "printemps", "été", "automne", "hiver", "samedi", "dimanche", "lundi"}
    | {"mardi", "mercredi", "jeudi", "vendredi", "fois", "matinée", "soirée", "journée"}
)
_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_RETIRED = re.compile(r"à la retraite\b", re.IGNORECASE)
_INVERTED_PRONOUNS = {
    "-il": "il",
    "-elle": "elle",
    "-ils": "ils",
    "-elles": "elles",
    "-on": "on",
    "-t-il": "il",
    "-t-elle": "elle",
    "-t-on": "on",
    "il": "il",
    "elle": "elle",
    "on": "on",
}
_BEFORE_INVERSION = frozenset({",", "»", "”", '"', "«"})
_ONLY_WITH_ON = frozenset({"lire", "apprendre"})
_NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère"})


# Adjective endings no finite verb has ("l'armée de l'air ukrainienne/VERB").
_ADJECTIVE_ENDINGS = (
    *("ienne", "iennes", "aise", "aises", "aine", "aines", "ique", "iques", "éenne", "éennes"),
    *("eur", "eurs", "euse", "euses"),  # "Plusieurs spécialistes extérieurs/VERB à l'étude"
)


def _is_finite_verb(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.pos_ == "VERB" and token.lower_.endswith(_ADJECTIVE_ENDINGS):
        return False
    forms = token.morph.get("VerbForm", [])
    return (not forms or "Fin" in forms) and token.text[:1].islower()


_PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")


# Participles the small tagger reads as nouns, whose agent follows ("des habitants joints par").
_PARTICIPLES_BEFORE_PAR = frozenset({"joint", "joints", "jointe", "jointes", "cités", "citées"})
# Roles whose field follows "à": "la commissaire aux Affaires intérieures", "le conseiller à la
# sécurité nationale".
_ROLES_WITH_A = frozenset(
    {
        *("commissaire", "haut-commissaire", "délégué", "déléguée", "adjoint", "adjointe"),
        *("chargé", "chargée", "conseiller", "conseillère"),
    }
)


def _field_after(doc: Doc, index: int, limit: int) -> bool:
    """ "à la gestion des crises", "aux Affaires intérieures": a field, not the medium or the
    people spoken to ("à l'AFP", "à la presse", "au Figaro")."""
    while index < limit and doc[index].lower_ in {"la", "l'", "l’", "le", "les"}:
        index += 1
    if index >= limit:
        return False
    word = doc[index]
    return (
        word.pos_ == "NOUN"
        and not word.ent_type_
        and not word.text.isupper()
        and word.lower_ not in {"presse", "journalistes", "médias", "agence", "chaîne", "radio"}
    )


# What "en" opens after a speaker is where they spoke, not who they are ("le ministre en
# déplacement à Lyon"; "le rédacteur en chef" keeps its "en").
_CIRCUMSTANCES_AFTER_EN = frozenset(
    {"conférence", "déplacement", "visite", "marge", "marges", "réponse", "séance", "direct", "fin"}
)


def _phrase_from(doc: Doc, start: int, limit: int) -> Span | None:
    """A source noun phrase from `start`: up to a comma, quote, finite verb, clause word or date."""
    end = start
    # After a participle its complements belong to the phrase, up to a comma: "des analyses ayant
    # été effectuées sur place", "le rapport publié jeudi par le ministère".
    participle = False
    while end < limit and end - start < _MAX_SOURCE_TOKENS:
        token = doc[end]
        lower = token.lower_
        closers = {"»", "”"} if token.text in {"«", "“"} else {'"'}
        closing = (
            next(
                (k for k in range(end + 1, min(limit, end + 8)) if doc[k].text in closers),
                None,
            )
            if token.text in {"«", "“", '"'}
            and end > start
            # "consulté par « Les Echos »", "le collectif « La Manif pour tous »", "les
            # journalistes de "Quotidien""; but "un responsable « au courant des discussions »"
            # ends before the quote
            and (
                doc[end - 1].lower_ == "par"
                or (
                    (doc[end - 1].pos_ == "NOUN" or doc[end - 1].lower_ in {"de", "du", "des"})
                    and end + 1 < limit
                    and doc[end + 1].text[:1].isupper()
                )
            )
            else None
        )
        if closing is not None:
            end = closing + 1  # "un document consulté par « Les Echos »": a medium in quotes
            continue
        if lower in _PARTICIPLES_BEFORE_PAR:
            participle = True  # "des habitants joints/NOUN par téléphone par l'AFP"
        if (token.text in _SOURCE_STOPS or token.text[0] in '«»“”"') and token.text not in {
            "(",
            ")",
        }:
            break
        if _is_finite_verb(token) or lower in _STOP_WORDS:
            break
        if (
            lower in _DATE_WORDS
            and end > start
            and not participle
            # "Le Journal du dimanche" is a name
            and not (doc[end - 1].lower_ == "du" and lower in _WEEKDAYS)
            # "le maire de cette ville", but "le ministre cette semaine"
            and not (
                lower in {"ce", "cette"}
                and (end + 1 >= limit or doc[end + 1].lower_ not in _TIMES_AFTER_THIS)
            )
        ):
            break
        if (
            lower in {"le", "l'", "l’"}
            and end > start
            and end + 1 < limit
            and doc[end + 1].like_num
            and end + 2 < limit
            and doc[end + 2].lower_ in _MONTHS
        ):
            break  # "a déclaré M. Wauquiez le 16 janvier"
        if (
            lower == "auprès"
            and end > start
            and not (
                doc[end - 1].lower_ in _ROLES_WITH_A or doc[end - 1].lower_ in {"etat", "état"}
            )
        ):
            # "Alain Finkielkraut auprès du Journal du dimanche": whom he spoke to; but "le
            # secrétaire d'État auprès du ministre"
            break
        if lower == "à" and end > start and _RETIRED.match(doc[end : end + 3].text):
            end += 3  # "cet archéologue à la retraite"
            continue
        if (
            lower in {"s'", "s’", "se"}
            and end > start
            and end + 1 < limit
            and doc[end + 1].lower_.endswith("ant")
        ):
            # "un diplomate s'exprimant sous couvert d'anonymat": a participle phrase
            participle = True
            end += 2
            continue
        if token.pos_ == "PRON" and lower in {
            "se",
            "s'",
            "s’",
            "lui",
            "leur",
            "y",
            "en",
            "me",
            "m'",
            "m’",
        }:
            break
        if lower == "au" and end + 1 < limit and doc[end + 1].lower_ in {"sein", "fait", "courant"}:
            end += 2  # "une source au sein de la police", "des personnes au fait du dossier"
            continue

        if (
            lower == "en"
            and end > start
            and not participle
            and (
                doc[end - 1].pos_ == "PROPN"
                or (end + 1 < limit and doc[end + 1].lower_ in _CIRCUMSTANCES_AFTER_EN)
            )
        ):
            break  # "Carlo Ancelotti en conférence de presse"; but "le rédacteur en chef"
        if (
            lower == "en"
            and end > start
            and end + 1 < limit
            and (
                (doc[end + 1].lower_.endswith("ant") and doc[end + 1].is_lower)
                # "annoncé par le gouvernement en septembre", "en 2019"
                or doc[end + 1].lower_ in _MONTHS
                or (doc[end + 1].like_num and len(doc[end + 1].text) == 4)
            )
        ):
            break  # "un jeune homme en agitant son keffieh": what he did as he spoke
        if (
            lower in {"à", "au", "aux"}
            and end > start
            and doc[end - 1].lower_ in _ROLES_WITH_A
            and end + 1 < limit
            and _field_after(doc, end + 1, limit)
        ):
            end += (
                1  # "le commissaire à la gestion des crises", "le ministre délégué aux Transports"
            )
            continue
        if (
            token.pos_ == "ADP"
            and lower not in _ALLOWED_ADPOSITIONS
            and end > start
            and not participle
            and token.ent_iob_ != "I"  # "Reporters sans frontières"
            # "le classement établi par RSF": a participle and its agent belong to the phrase
            and not (
                lower == "par"
                and (
                    doc[end - 1].morph.get("VerbForm", []) == ["Part"]
                    # "un diplomate cité/NOUN par l'AFP", "des habitants joints/NOUN par"
                    or doc[end - 1].lower_.endswith(("é", "ée", "és", "ées"))
                    or doc[end - 1].lower_ in _PARTICIPLES_BEFORE_PAR
                )
            )
        ):
            break
        if (
            # "un communiqué publié/ADJ lundi": the small tagger's participles as adjectives;
            # "ayant été effectuées sur place", but "le président sortant dans un entretien"
            (
                (
                    token.pos_ == "VERB"
                    and token.morph.get("VerbForm", []) == ["Part"]
                    and (
                        lower.endswith(_PAST_PARTICIPLE_ENDINGS)
                        or lower in {"ayant", "étant"}
                        # "l'association militant contre la faim": a present participle with
                        # its own complement, not an adjective ("le président sortant")
                        or any(
                            child.i > token.i and child.dep_ != "punct" for child in token.children
                        )
                    )
                )
                or (token.pos_ == "ADJ" and lower.endswith(("é", "ée", "és", "ées")))
            )
            and end > start
        ):
            participle = True
        end += 1
    while end > start and doc[end - 1].text in {"(", ",", "-", "et", "ou"}:
        end -= 1  # "des vidéos diffusées sur les réseaux sociaux et qui …"
    if end > start and doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    return doc[start:end] if end > start else None


def _source_text(span: Span) -> str:
    text = span.text.strip()
    for prefix in ("-t-", "-"):
        text = text.removeprefix(prefix)
    return text.strip()


def _head_noun(span: Span) -> Token | None:
    return next((token for token in span if token.pos_ in {"NOUN", "PROPN"}), None)


_PAR_ADVERBS = frozenset(
    {"ailleurs", "exemple", "conséquent", "contre", "endroits", "moments", "ici", "là"}
)


def _agent_after(verb: Token, sentence: Span) -> int | None:
    """Where "par" opens the agent of a participle, over a date or adverb between ("publié mardi
    par l'Insee", "annoncé hier soir par le ministère")."""
    doc = verb.doc
    index = verb.i + 1
    limit = min(sentence.end, verb.i + 4)
    while index < limit:
        token = doc[index]
        if token.lower_ == "par":
            following = doc[index + 1].lower_ if index + 1 < sentence.end else ""
            # "craint par ailleurs que": an adverb, not the agent
            return None if following in _PAR_ADVERBS else index
        if token.text in {"«", "“"}:
            # "jugée « peu probable » par les enquêteurs": over a short quoted word or two
            closing = next(
                (
                    i
                    for i in range(index + 1, min(sentence.end, index + 6))
                    if doc[i].text in {"»", "”"}
                ),
                None,
            )
            if closing is None:
                return None
            index = closing + 1
            limit = min(sentence.end, index + 2)
            continue
        if not (
            token.lower_ in _DATE_WORDS or token.lower_ in {"soir", "matin"} or token.pos_ == "ADV"
        ):
            return None
        index += 1
    return None


def _is_non_source(span: Span, lexicons: Lexicons) -> bool:
    if span[0].lower_ in {"nos", "notre", "mes", "mon", "ma"}:
        return True  # "Selon nos informations": the writer's own
    head = _head_noun(span)
    if (
        head is None
        and len(span) >= 2
        and span[0].pos_ == "DET"
        and span[1].pos_ == "ADJ"
        and span[1].dep_ != "amod"
    ):
        return False  # "Selon l'exécutif/ADJ européen": a noun the small tagger missed
    if head is None:
        # "de source indépendante", "selon que": no one is named
        return span.text.lower() in {"que", "qu'", "qu’"} or not any(
            token.pos_ == "PRON" or token.text[:1].isupper() for token in span
        )
    words = lexicons["non_sources"].words
    if any(
        token.lower_ == "par" and doc_token.morph.get("VerbForm", []) == ["Part"]
        for token, doc_token in zip(span[1:], span[:-1], strict=True)
    ):
        return False  # "selon le modèle émis par les scientifiques": someone's, not a kind
    return head.lemma_.lower() in words or head.lower_ in words or head.lower_.rstrip("sx") in words


def _is_source_like(phrase: Span, lexicons: Lexicons) -> bool:
    """ "Pour le procureur fédéral, …": a named or titled source, not "Pour ce tête-à-tête, …"."""
    head = _head_noun(phrase)
    # a finite verb makes it a clause; "l'organisation militant pour …" keeps its participle
    if head is None or any(_is_finite_verb(token) for token in phrase):
        return False
    named = any(token.pos_ == "PROPN" or token.ent_type_ in {"PER", "ORG"} for token in phrase)
    return named or head.lemma_ in lexicons["source_nouns"].words


def _marker_attributions(
    sentence: Span, lexicons: Lexicons, quoted: list[tuple[int, int]], view: TokenView
) -> list[tuple[int, Attribution]]:
    doc = sentence.doc
    found: list[tuple[int, Attribution]] = []
    entries = list(find_entries(view, lexicons["attribution_markers"], use_lemma=False))
    # "à en croire X", "Pour X, …" (at the head of the sentence, X a named or titled source)
    for offset, lower in enumerate(view.lowers):
        if lower not in {"croire", "pour", "yeux"}:
            continue
        token = doc[view.start + offset]
        if (
            token.lower_ == "yeux"
            and token.i - 2 >= sentence.start
            and doc[token.i - 2].lower_ == "à"
            and doc[token.i - 1].lower_ in {"ses", "leurs"}
        ):
            # "À ses yeux, l'accord reste insuffisant": someone's view; whose, the sentences
            # before may say, as for "Selon lui"
            found.append(
                (
                    token.i - 2,
                    Attribution(doc[token.i - 2 : token.i + 1].text, doc[token.i - 1].lower_, 0),
                )
            )
            continue
        if (
            token.lower_ == "croire"
            and token.i - 2 >= sentence.start
            and doc[token.i - 2].lower_ == "à"
            and doc[token.i - 1].lower_ == "en"
        ):
            entries.append((token.i - 2, token.i + 1))
        if token.lower_ == "pour" and (
            token.i == sentence.start
            or (token.i == sentence.start + 1 and doc[sentence.start].lower_ in {"mais", "et"})
        ):
            if (
                token.i + 2 < sentence.end
                and doc[token.i + 1].lower_ in _STRESSED_PRONOUNS
                and doc[token.i + 2].text == ","
            ):
                entries.append((token.i, token.i + 1))  # "Pour eux, il s'agit d'une avancée"
                continue
            phrase = _phrase_from(doc, token.i + 1, sentence.end)
            if (
                phrase is not None
                and phrase.end < sentence.end
                and doc[phrase.end].text == ","
                and (_is_source_like(phrase, lexicons))
            ):
                entries.append((token.i, token.i + 1))
    for start, end in entries:
        if _inside(start, quoted):
            continue
        if end < sentence.end and doc[end].lower_ in {"que", "qu'", "qu’"}:
            continue  # "selon que": a conjunction
        if doc[start].lower_ in {"rapporte", "citant", "cité"}:
            continue  # verbs, judged as verbs below
        if end < sentence.end and doc[end].lower_ in _STRESSED_PRONOUNS:
            # "Les Talibans ont visé cet hôtel car selon eux, …": the subject of the sentence
            # when it comes before and agrees, else the pronoun, resolved like "il".
            found.append(
                (
                    start,
                    Attribution(doc[start:end].text, _stressed_source(doc[end], start, quoted), 0),
                )
            )
            continue
        phrase = _phrase_from(doc, end, sentence.end)
        if phrase is not None and phrase.text.lower() in _LATTER_PHRASES:
            # "Selon ce dernier, …": resolved like the pronoun it is
            latter = "cette dernière" if phrase[-1].lower_ == "dernière" else "ce dernier"
            found.append((start, Attribution(doc[start:end].text, latter, 0)))
            continue
        if phrase is None or _is_non_source(phrase, lexicons):
            continue
        phrase = _name_after_role(phrase, sentence) or phrase
        found.append((start, Attribution(doc[start:end].text, _source_text(phrase), 0)))
    return found


_STRESSED_PRONOUNS = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
_LATTER_PHRASES = frozenset({"ce dernier", "cette dernière"})


def _stressed_source(pronoun: Token, marker: int, quoted: list[tuple[int, int]]) -> str:
    sentence = pronoun.sent
    root = sentence.root
    plural = pronoun.lower_ in {"eux", "elles"}
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubj:pass"} and child.i < marker:
            if _inside(child.i, quoted):
                break  # "« Le temps est venu », selon lui": the quote's subject is not him
            # the determiner tells the number better than a proper noun ("Les Talibans/Sing")
            numbers = [
                number
                for determiner in child.children
                if determiner.dep_ == "det"
                for number in determiner.morph.get("Number", [])
            ] or child.morph.get("Number", [])
            if child.pos_ in {"NOUN", "PROPN"} and ("Plur" in numbers) == plural:
                subject = _noun_phrase_of(child, sentence)
                if subject is not None:
                    return _source_text(subject)
            break
    return _STRESSED_PRONOUNS[pronoun.lower_]


def _subject_of(verb: Token, sentence: Span) -> Token | None:
    current = verb
    for _ in range(3):
        subjects = [
            child
            for child in current.children
            if child.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
            and sentence.start <= child.i < sentence.end
        ]
        if subjects:
            named = [child for child in subjects if child.lower_ not in {"-t", "t"}]
            return (named or subjects)[0]
        if current.dep_ in {"conj", "xcomp"} and current.head.i != current.i:
            current = current.head
            continue
        break
    return None


def _inverted_pronoun(verb: Token, sentence: Span) -> str | None:
    """ "a-t-il lâché", "explique-t-elle", "peut-on lire": the pronoun glued to the verb or its aux."""
    doc = verb.doc
    for index in range(max(sentence.start, verb.i - 3), min(sentence.end, verb.i + 3)):
        text = doc[index].lower_
        if text.startswith("-") and text in _INVERTED_PRONOUNS:
            return _INVERTED_PRONOUNS[text]
    return None


def _noun_phrase_of(token: Token, sentence: Span) -> Span | None:
    doc = token.doc
    start = max(token.left_edge.i, sentence.start)
    for index in range(token.i - 1, start - 1, -1):
        if doc[index].text in {",", "«", "»", ":"}:
            start = index + 1
            break
    phrase = _phrase_from(doc, start, sentence.end)
    if phrase is None or phrase.end <= token.i:
        return _phrase_from(doc, token.i, sentence.end)
    return phrase


def _apposed_name(doc: Doc, phrase: Span, verb: Token) -> Span | None:
    """ "le porte-parole, Dmitri Peskov explique": the name between the comma and the verb."""
    if phrase.end >= verb.i or doc[phrase.end].text != ",":
        return None
    name = doc[phrase.end + 1 : verb.i]
    while len(name) and name[-1].pos_ in {"ADV", "AUX"}:
        name = doc[name.start : name.end - 1]
    if 1 <= len(name) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in name):
        return name
    return None


_NOUN_USE_BEFORE = frozenset(
    {
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "d’",
        "ce",
        "cette",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "au",
        "aux",
        "en",
        "notre",
        "votre",
    }
)
_CLITICS = frozenset(
    {
        "se",
        "s'",
        "s’",
        "ne",
        "n'",
        "n’",
        "y",
        "en",
        "lui",
        "leur",
        "l'",
        "l’",
        "le",
        "la",
        "les",
        "me",
        "m'",
        "m’",
        "nous",
        "vous",
    }
)
# Infinitives that report after "faire": "a fait savoir", "fait valoir", "a fait remarquer"; the
# first three report only so.
_ONLY_AFTER_FAIRE = frozenset({"savoir", "valoir", "remarquer"})
_MADE_TO_REPORT = _ONLY_AFTER_FAIRE | {"observer"}
_SKIP_AFTER_VERB = frozenset(
    {
        "notamment",
        "encore",
        "aussi",
        "également",
        "alors",
        "ainsi",
        "enfin",
        "ensuite",
        "aujourd'hui",
        "aujourd’hui",
        "hier",
        "vendredi",
        "jeudi",
        "mercredi",
        "mardi",
        "lundi",
        "samedi",
        "dimanche",
        "soir",
        "matin",
        "tout",
        "simplement",
    }
)
# After the auxiliary of a writer's tag: "», a même lancé l'eurodéputée".
_SKIP_AFTER_AUXILIARY = _SKIP_AFTER_VERB | {"même", "déjà", "toutefois", "pourtant"}


def _looks_like_verb(token: Token, sentence: Span, words: frozenset[str]) -> bool:
    """A reporting verb the small tagger took for a noun or an adverb ("L'ONG dénonce", "», juge le")."""
    if token.pos_ in {"VERB"}:
        return True
    if token.lower_ not in words or token.i == sentence.start:
        return False
    doc = token.doc
    previous = doc[token.i - 1]
    if previous.lower_ == "en" and token.lower_.endswith("ant"):
        return True  # "en estimant/NOUN que": a gerund the tagger fixed to "en"
    if previous.lower_ in _NOUN_USE_BEFORE or previous.pos_ in {"DET", "ADP"}:
        return False
    if token.lower_.endswith(("é", "ée", "és", "ées", "i", "is", "u")):
        # "s'est félicité/NOUN": a participle after its auxiliary, also past an adverb ("s'est
        # aussi félicité") or an adverbial phrase ("a en particulier dénoncé/NOUN")
        before = _incise_before(doc, token.i, sentence)
        if before == token.i and previous.pos_ == "ADV" and token.i - 2 >= sentence.start:
            before = token.i - 1
        if before - 1 >= sentence.start and (
            doc[before - 1].pos_ == "AUX" or doc[before - 1].lemma_ in {"avoir", "être"}
        ):
            return True
    following = doc[token.i + 1] if token.i + 1 < sentence.end else None
    return (
        following is not None
        and (
            following.pos_ in {"DET", "SCONJ", "ADV", "PROPN", "PRON"}
            or following.morph.get("VerbForm", []) == ["Inf"]  # "Elle raconte avoir été"
            or following.lower_ in {"que", "qu'", "qu’", ":", "«", "“"}  # "dénonce « … »"
            or (following.pos_ == "NOUN" and previous.text[:1].isupper())
            # "», prévient Israël/ADJ": a name after the verb of an incise
            or (following.text[:1].isupper() and previous.text in {",", "»", "”"})
            # "Pyongyang dénonce des/ADP manœuvres": a partitive object after a named subject
            or (following.lower_ in {"des", "du"} and previous.pos_ == "PROPN")
            # "Bruno Le Maire promet/ADJ 16 milliards": a number after a named subject
            or (following.pos_ == "NUM" and previous.text[:1].isupper() and previous.is_alpha)
            # "Le ministère assure/ADJ, pour sa part, que …", "L'ONG affirme, elle, que …"
            or (following.text == "," and _que_after_incise(doc, following.i, sentence))
            # "La CFE-CGC juge/NOUN pour sa part le calendrier …"
            or (
                (previous.pos_ in {"NOUN", "PROPN"} or previous.text == ",")
                and _incise_at(doc, following.i, sentence) > following.i
            )
            # "Le ministre promet/ADJ de présenter un plan"
            or (
                following.lower_ in {"de", "d'", "d’"}
                and previous.pos_ in {"NOUN", "PROPN"}
                and any(
                    later.morph.get("VerbForm", []) == ["Inf"]
                    for later in doc[token.i + 2 : min(sentence.end, token.i + 4)]
                )  # "promet d'y présenter"
            )
        )
    )


# Verbs of asking: their agent is the one who asked ("interrogé par l'AFP", "cité par Le Monde").
_ASKING_VERBS = frozenset(
    {"interroger", "questionner", "contacter", "joindre", "interviewer", "citer", "solliciter"}
)
_EMPHATIC = frozenset({"elle", "elles", "eux", "lui"})
# The small tagger puts some presents in the future ("glisse/Fut"): a future ends so.
_FUTURE_ENDINGS = ("ra", "ront", "rai", "ras", "rez", "rons")
# Adverbial phrases written between the auxiliary and the participle, or between subject and verb
# ("a pour sa part condamné", "a de son côté dénoncé", "a par ailleurs indiqué").
_INCISES = tuple(
    tuple(phrase.split())
    for phrase in (
        "pour sa part",
        "pour leur part",
        "pour son compte",
        "de son côté",
        "de leur côté",
        "de son coté",
        "par ailleurs",
        "en outre",
        "quant à lui",
        "quant à elle",
        "quant à eux",
        "quant à elles",
        "à son tour",
        "à leur tour",
        "lui aussi",
        "elle aussi",
        "eux aussi",
        "elles aussi",
        "de nouveau",
        "à nouveau",
        "une nouvelle fois",
        "une fois de plus",
        "d' ailleurs",
        "d’ ailleurs",
        "dans la foulée",
        "en substance",
        "en effet",
        "pour autant",
        "au contraire",
        "à l' inverse",
        "à l’ inverse",
        "d' ores et déjà",
        "d’ ores et déjà",
        "lui-même",
        "elle-même",
        "eux-mêmes",
        "elles-mêmes",
        "lui aussi",
        "d' emblée",
        "d’ emblée",
        "en particulier",
        "dans la soirée",
        "dans la matinée",
        "dans la nuit",
        "dans la journée",
        "dans l' après-midi",
        "dans l’ après-midi",
        "plus tôt",
        "peu après",
        # single adverbs set off by commas ("la France, notamment, a exigé")
        "notamment",
        "toutefois",
        "cependant",
        "pourtant",
        "néanmoins",
        "surtout",
        "également",
    )
)


# The phrases by their last word: most tokens end none, and are passed over with one lookup.
_INCISES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _INCISES:
    _INCISES_BY_LAST[_phrase[-1]] = (*_INCISES_BY_LAST.get(_phrase[-1], ()), _phrase)


def _incise_before(doc: Doc, end: int, sentence: Span) -> int:
    """Where an adverbial phrase ending just before `end` starts (`end` when there is none)."""
    strings = doc_strings(doc)
    texts, lowers = strings.texts, strings.lowers
    # ", de son côté," between commas: the commas go with the phrase
    comma = end - 1 >= sentence.start and texts[end - 1] == ","
    last = end - 1 if comma else end
    if last - 1 < sentence.start:
        return end
    for phrase in _INCISES_BY_LAST.get(lowers[last - 1], ()):
        start = last - len(phrase)
        if start >= sentence.start and lowers[start:last] == phrase:
            if not comma:
                return start
            if start - 1 >= sentence.start and texts[start - 1] == ",":
                return start - 1
    return end


def _que_after_incise(doc: Doc, comma: int, sentence: Span) -> bool:
    """ ", pour sa part, que …", ", elle, que …": an incise between commas, then "que"."""
    start = comma + 1
    end = _incise_at(doc, start, sentence)
    if end == start and start < sentence.end and doc[start].lower_ in _EMPHATIC:
        end = start + 1
    return (
        end > start
        and end + 1 < sentence.end
        and doc[end].text == ","
        # "que …", or an object: "réclament, eux, un plan", "craignent, elles, une hausse"
        and (doc[end + 1].lower_ in {"que", "qu'", "qu’", "«"} or doc[end + 1].pos_ == "DET")
    )


def _incise_at(doc: Doc, start: int, sentence: Span) -> int:
    """Where an adverbial phrase starting at `start` ends (`start` when there is none)."""
    lowers = doc_strings(doc).lowers
    for phrase in _INCISES:
        end = start + len(phrase)
        if end <= sentence.end and lowers[start:end] == phrase:
            return end
    return start


def _before_verb_group(verb: Token, sentence: Span) -> int:
    """Where the verb group ends on the left: auxiliaries, adverbs, clitics and an emphatic
    pronoun between auxiliary and participle ("a elle relevé", "a lui écrit") are stepped over."""
    doc = verb.doc
    end = verb.i
    incised = False
    while end - 1 >= sentence.start:
        incise = _incise_before(doc, end, sentence)
        if incise < end:
            end, incised = incise, True
            continue
        if (
            end - 4 >= sentence.start
            and doc[end - 1].text == ","
            and doc[end - 2].lower_ in _EMPHATIC
            and doc[end - 3].text == ","
            and doc[end - 4].pos_ == "AUX"
        ):
            end, incised = end - 3, True  # "a, lui, regretté une décision"
            continue
        if not (
            # "Emmanuel Macron/ADV estime": a capitalised "adverb" inside a sentence is a name
            (
                doc[end - 1].pos_ in {"AUX", "ADV"}
                and not (doc[end - 1].pos_ == "ADV" and doc[end - 1].text[:1].isupper())
            )
            or doc[end - 1].lower_ in _CLITICS
            or doc[end - 1].lower_ in {"pas", "-t", "t"}
            # the small tagger reads some auxiliaries as verbs ("et a/VERB nié")
            or (
                doc[end - 1].lemma_ in {"avoir", "être"}
                and (
                    incised
                    # "qui a/VERB toujours nié": only adverbs between it and the participle
                    or all(doc[k].pos_ == "ADV" for k in range(end, verb.i))
                )
            )
            or (
                doc[end - 1].lower_ in _EMPHATIC
                and end - 2 >= sentence.start
                and doc[end - 2].pos_ == "AUX"
            )
        ):
            break
        end -= 1
    return end


def _subject_by_parse(verb: Token, sentence: Span) -> str | None:
    """The subject the dependency parse gives a verb (through coordination: "a réagi et a nié"),
    as its noun phrase; a subject pronoun as itself."""
    subject = _subject_of(verb, sentence)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        lower = subject.lower_
        return lower if lower in {"il", "elle", "ils", "elles", "on"} else None
    if subject.pos_ not in {"NOUN", "PROPN"}:
        if subject.text[:1].isupper() and subject.is_alpha and subject.pos_ in {"VERB", "ADJ"}:
            return subject.text  # "Alger/VERB a rappelé": a name the tagger read as a word
        return None
    phrase = _noun_phrase_of(subject, sentence)
    return _source_text(phrase) if phrase is not None else None


def _relative_opener(doc: Doc, index: int, sentence: Span) -> int | None:
    """Where a relative clause whose verb or opener is at `index` starts, when a noun before it
    is its antecedent ("Les élus qui siègent au conseil", "Le maire que les habitants ont élu");
    None when `index` opens no such clause."""
    opener = index
    if doc[opener].lower_ not in {"qui", "que", "qu'", "qu’"}:
        # back over the verb group and, after "que", its subject
        steps = 0
        while opener - 1 >= sentence.start and steps < 4:
            opener -= 1
            steps += 1
            if doc[opener].lower_ in {"qui", "que", "qu'", "qu’"}:
                break
            if doc[opener].text in {",", "«", "»", ":", ";"} or _is_finite_verb(doc[opener]):
                return None
        else:
            return None
    if doc[opener].lower_ not in {"qui", "que", "qu'", "qu’"}:
        return None
    if opener - 1 < sentence.start or doc[opener - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    return opener


def _relative_antecedent(stretch: Span, verb: Token, sentence: Span) -> Span:
    """Who "qui" stands for in the words before it: the first noun after the last verb or
    preposition of the stretch that agrees with the verb, from its determiner ("Il cite Marx, qui
    écrivait" → "Marx"; "après la libération de quatre journalistes détenus en Syrie, qui ont
    raconté" → "quatre journalistes détenus en Syrie")."""
    doc = stretch.doc
    start = stretch.start
    participle = False
    for token in stretch:
        # "journalistes français détenus au Mali": a participle after a noun, and its
        # complements, belong to the noun
        if (
            token.morph.get("VerbForm", []) == ["Part"]
            and token.i > stretch.start
            and doc[token.i - 1].pos_ in {"NOUN", "ADJ", "PROPN"}
        ):
            participle = True
        elif token.pos_ in {"VERB", "AUX"} or (
            token.pos_ == "ADP" and token.lower_ not in _ALLOWED_ADPOSITIONS and not participle
        ):
            start, participle = token.i + 1, False
    plural = _plural_verb(verb, sentence)
    for token in doc[start : stretch.end]:
        if (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text[:1].isupper())) and (
            "Plur" in token.morph.get("Number", [])
        ) == plural:
            first = token.i
            while first > start and doc[first - 1].pos_ in {"DET", "NUM", "ADJ"}:
                first -= 1
            return doc[first : stretch.end]
    return doc[start : stretch.end] if start < stretch.end else stretch


def _joined_by(verb: Token, sentence: Span) -> Token | None:
    """ "qui" or "et/puis/mais" just before the verb group, when nothing else stands there."""
    end = _before_verb_group(verb, sentence)
    if end - 1 < sentence.start:
        return None
    token = verb.doc[end - 1]
    return token if token.lower_ in {"qui", "et", "puis", "mais"} else None


def _is_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in {"PROPN", "NOUN", "ADJ"}


def _stretch_before(verb: Token, sentence: Span) -> Span | None:
    """The subject written just before the verb: back to a comma, a quote or a clause word."""
    doc = verb.doc
    end = _before_verb_group(verb, sentence)
    start = end
    plural = _plural_verb(verb, sentence, end)
    coordinated_at: int | None = None
    clause_at: int | None = None
    while start - 1 >= sentence.start and end - start < _MAX_SOURCE_TOKENS:
        token = doc[start - 1]
        if token.text == ")" and start - 1 > sentence.start:
            # "Philippe Gosselin (UMP) a dénoncé": a parenthesis inside the subject
            opening = next(
                (i for i in range(start - 2, sentence.start - 1, -1) if doc[i].text == "("), None
            )
            if opening is not None and opening > sentence.start and start - 1 - opening <= 4:
                start = opening
                continue
        if token.text in {",", "«", "»", ":", ";", "(", ")", "“", "”", '"', "–", "—"}:
            break
        if token.text == "-" and token.whitespace_ and doc[token.i - 1].whitespace_:
            break  # a dash between spaces opens a live entry ("12 h 45 - Le ministre a dit")
        if (
            token.lower_ == "et"
            and start < end
            and start - 2 >= sentence.start
            and _is_name_word(doc[start - 2])
            and (_is_name_word(doc[start]) or doc[start].pos_ == "DET")
            and (start - 3 < sentence.start or doc[start - 3].pos_ not in {"ADP", "VERB"})
        ):
            # "Paris et Berlin ont salué", "La France et l'Allemagne ont dit": one subject of two
            start -= 1
            continue
        if (
            token.lower_ == "et"
            and plural
            and coordinated_at is None
            and start < end
            and start - 2 >= sentence.start
            and (doc[start].pos_ == "DET" or doc[start].text[:1].isupper())
            and (doc[start - 2].pos_ in {"NOUN", "ADJ", "PROPN"} or doc[start - 2].text == ")")
        ):
            # "Les policiers et les gendarmes appellent", "Le gouvernement italien et la
            # Commission européenne jugent": two common nouns, one subject, when the first
            # opens the clause (checked below)
            coordinated_at = start - 1
            start -= 1
            continue
        if token.lower_ in _STOP_WORDS | {"et", "alors", "si", "quand", "comme"} or _is_finite_verb(
            token
        ):
            opener = _relative_opener(doc, start - 1, sentence)
            if opener is not None:
                # "Les habitants qui vivent ici ont dénoncé": over the clause to its antecedent,
                # which alone is the source (as "selon les élus qui …" ends before "qui")
                start = clause_at = opener
                continue
            break
        start -= 1
    if coordinated_at is not None and not (
        (start == sentence.start or doc[start - 1].text in {",", "«", "»", ":", ";", "“", "”"})
        and (doc[start].pos_ == "DET" or doc[start].text[:1].isupper())
    ):
        start = coordinated_at + 1  # "L'usine emploie 300 salariés et les syndicats dénoncent"
    while start < end and (
        # "Hillary/CCONJ Clinton": a capitalised word before another is a name, not a link
        (
            doc[start].pos_ in {"ADV", "CCONJ"}
            and (
                not doc[start].text[:1].isupper()
                or (start + 1 < end and not doc[start + 1].text[:1].isupper())
            )
        )
        or doc[start].lower_ in {"mais", "et", "déjà"}
    ):
        start += 1
    stretch = doc[start : clause_at if clause_at is not None and clause_at > start else end]
    if not len(stretch) or not any(
        t.pos_ in {"NOUN", "PROPN", "PRON"}
        or t.text[:1].isupper()
        # "la procureure/ADJ": a noun the small tagger missed, which the parser still makes the subject
        or (t.dep_ == "nsubj" and t.i > start and doc[t.i - 1].pos_ == "DET")
        for t in stretch
    ):
        return None
    return stretch


_RELATIVE_OPENINGS = frozenset(
    {"qui", "dont", "où", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"}
)


def _subject_before_apposition(verb: Token, sentence: Span) -> Span | None:
    """ "Arié Bensemhoun, président de …, a déclaré", "Le journal, dont …, révèle": the subject
    is the first comma-separated stretch, walking back, that opens like a noun phrase."""
    doc = verb.doc
    end = _before_verb_group(verb, sentence)
    if end - 1 < sentence.start or doc[end - 1].text != ",":
        return None
    commas = [index for index in range(sentence.start, end - 1) if doc[index].text == ","]
    bounds = [sentence.start - 1, *commas, end - 1]
    for position in range(len(bounds) - 1, 0, -1):
        segment = doc[bounds[position - 1] + 1 : bounds[position]]
        if not len(segment):
            continue
        first = segment[0]
        if len(segment) >= 3 and segment[-2].lower_ == "en" and segment[-1].lower_ == "tête":
            continue  # "Les organisations patronales, Medef en tête, dénoncent"
        finite = any(_is_finite_verb(token) for token in segment)
        if not finite and any(
            doc[bounds[earlier - 1] + 1].lower_ == "dont"
            for earlier in range(1, position)
            if bounds[earlier - 1] + 1 < bounds[earlier]
        ):
            continue  # "Plusieurs pays, dont le Nigeria, le Niger et le Tchad, ont promis"
        if finite or first.lower_ in _STOP_WORDS:
            if first.lower_ not in _RELATIVE_OPENINGS and any(
                _is_finite_verb(token) for token in segment
            ):
                # "Les diplomates, en poste à Moscou, disposent de sept jours, indique le
                # texte": a main clause came between, whose subject is not the tag's
                return None
            continue
        if first.pos_ in {"DET", "PROPN"} or (first.text[:1].isupper() and first.is_alpha):
            if position >= 2 and first.pos_ != "DET":
                # "Gérald Karsenti, PDG de HP France, a indiqué": the name before the title
                name = doc[bounds[position - 2] + 1 : bounds[position - 1]]
                if (
                    1 <= len(name) <= 4
                    and all(
                        token.text[:1].isupper() and (token.is_alpha or token.text == "-")
                        for token in name
                    )
                    # "A Paris, Sophie Tissier, 40 ans, a expliqué": a place, not a name
                    and name[0].pos_ != "ADP"
                    and name[0].lower_ not in _PLACE_OPENINGS | {"a"}
                ):
                    return name
            if position == len(bounds) - 1 == 1 and _phrase_after_verb(verb, sentence) is not None:
                # "Le groupe construit/ADJ une usine, a indiqué Vestalis": no subject stands
                # alone before its verb's comma; these words are what was said
                return None
            opening = doc[sentence.start : bounds[1]]
            if (
                position >= 2
                and first.pos_ == "DET"
                and opening[0].pos_ == "DET"
                and _plural_phrase(segment) != _plural_phrase(opening)
                and _plural_verb(verb, sentence, end) == _plural_phrase(opening)
            ):
                # "Les journalistes de « Quotidien », l'émission de TMC, ont raconté": the
                # apposition does not agree with the verb, the opening phrase does
                return _phrase_from(doc, opening.start, opening.end)
            return _phrase_from(doc, segment.start, segment.end)
        if position < len(bounds) - 1 - 3:
            break
    return None


def _plural_verb(verb: Token, sentence: Span, group: int | None = None) -> bool:
    """Whether the verb group is plural; "réclament/ADV": the ending says so when the tagger
    does not. `group` is where the group starts, when the caller knows it."""
    doc = verb.doc
    group = _before_verb_group(verb, sentence) if group is None else group
    return (
        "Plur" in verb.morph.get("Number", [])
        or verb.lower_.endswith(("ent", "ont"))
        or any(
            "Plur" in doc[index].morph.get("Number", [])
            for index in range(group, verb.i)
            if doc[index].pos_ == "AUX"
        )
    )


def _plural_phrase(phrase: Span) -> bool:
    """The number of a phrase by its first determiner, which tells it better than a name."""
    return "Plur" in phrase[0].morph.get("Number", []) or phrase[0].lower_ in {"les", "des"}


_PLACE_OPENINGS = frozenset(
    {"sur", "dans", "à", "au", "aux", "lors", "auprès", "devant", "après", "avant", "pendant", "en"}
    | {"depuis"}
)
_PHRASE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "au", "aux", "à"})
_CIVIL_TITLES = frozenset({"M.", "Mme", "Mmes", "MM.", "Me", "Mgr", "Dr"})
# "il y a quelques semaines", "il y a deux ans": how long ago the words were said
_AGO_UNITS = frozenset(
    {"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années", "heures"}
)
_MAX_STEPS_AFTER_VERB = 4


def _adverbials_after(doc: Doc, index: int, sentence: Span) -> int:
    """Where the words between a verb and its subject end: adverbs, dates, adverbial phrases and
    the places or media of the words ("a averti jeudi 12 octobre lors d'une conférence
    téléphonique le directeur", "a estimé dimanche dans un entretien au Journal du dimanche le
    président du Sénat", "a souligné après la rencontre l'entraîneur")."""
    end = sentence.end
    for _ in range(_MAX_STEPS_AFTER_VERB):
        start = index
        while index < end:
            lower = doc[index].lower_
            if lower in _SKIP_AFTER_VERB or doc[index].text in {",", "-t"}:
                index += 1
            elif doc[index].like_num and index + 1 < end and doc[index + 1].lower_ in _MONTHS:
                index += 2  # "jeudi 12 octobre"
            elif lower in _MONTHS:
                index += 1
            elif (ago := _ago_end(doc, index, end)) > index:
                index = ago
            elif (
                lower == "en"
                and index + 1 < end
                and doc[index + 1].like_num
                and len(doc[index + 1].text) == 4
            ):
                index += 2  # "en 2019"
            elif doc[index].like_num and len(doc[index].text) == 4 and index > start:
                index += 1  # the year after a month
            else:
                # "a déclaré de son côté le ministre", but "répond sa mère": a possessive stays
                # with its noun unless it is part of an adverbial phrase.
                incise = _incise_at(doc, index, sentence)
                if incise == index:
                    break
                index = incise
        if index < end and doc[index].lower_ in _PLACE_OPENINGS:
            probe = _place_phrase_end(doc, index, sentence)
            if probe is not None:
                index = probe
        if index == start:
            break
    return index


def _ago_end(doc: Doc, index: int, end: int) -> int:
    """Where "il y a quelques semaines" starting at `index` ends (`index` when it is not one)."""
    if index + 4 >= end or [t.lower_ for t in doc[index : index + 3]] != ["il", "y", "a"]:
        return index
    amount = doc[index + 3]
    if not (amount.like_num or amount.lower_ in {"quelques", "plusieurs", "un", "une"}):
        return index
    return index + 5 if doc[index + 4].lower_ in _AGO_UNITS else index


def _place_phrase_end(doc: Doc, index: int, sentence: Span) -> int | None:
    """Where a place or medium phrase opened at `index` ends, when a subject follows it: "sur
    France Inter le ministre", "auprès du Monde un conseiller", "à l'AFP Marie Durand"."""
    end = sentence.end
    probe = index + 1
    if probe < end and doc[probe].lower_ in {"de", "du", "des", "d'", "d’"}:
        probe += 1  # "auprès du Monde"
    if probe < end and doc[probe].pos_ == "DET":
        probe += 1
    medium = probe
    while probe < end and probe - index < 10:
        token = doc[probe]
        if probe > medium and _starts_name_after_medium(doc, probe):
            break  # "à l'AFP Marie Durand", "sur Facebook M. Salvini": the subject's name
        if token.pos_ == "DET":
            break  # the subject's determiner, even where the recogniser ran the names together
        # "sur France Inter/VERB": a word inside the medium's name, whatever its tag
        if token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.ent_iob_ == "I":
            probe += 1
        elif (
            probe > medium
            and token.lower_ in _PHRASE_LINKS
            and probe + 1 < end
            and doc[probe + 1].pos_ in {"NOUN", "PROPN", "DET"}
        ):
            # "dans un entretien au Journal du dimanche": the phrase goes on after "au", "du"
            probe += 2 if doc[probe + 1].pos_ == "DET" else 1
        else:
            break
    if probe >= end or probe == medium:
        return None
    if doc[probe].text == "," and probe + 1 < end:
        probe += 1  # "a déclaré, en larmes, la mère": the phrase set off by commas
    if doc[probe].pos_ == "DET" or (
        probe > medium
        and (
            doc[probe].ent_type_ == "PER"
            or _starts_name_after_medium(doc, probe)
            # "à l'AFP depuis Montauban le délégué": another phrase of the kind follows
            or doc[probe].lower_ in _PLACE_OPENINGS
        )
    ):
        return probe
    return None


def _starts_name_after_medium(doc: Doc, index: int) -> bool:
    """ "à l'AFP Marie Durand", "sur Facebook M. Salvini", "à l'AFP Laetitia Dewalle" (the
    recogniser running medium and name together): a person's name begins at `index`."""
    token = doc[index]
    if (token.ent_iob_ == "B" and token.ent_type_ == "PER") or token.text in _CIVIL_TITLES:
        return True
    previous = doc[index - 1].text
    return (
        len(previous) > 1
        and previous.isupper()
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and index + 1 < len(doc)
        and doc[index + 1].text[:1].isupper()
        and doc[index + 1].text[1:].islower()
    )


def _phrase_after_verb(verb: Token, sentence: Span) -> Span | None:
    doc = verb.doc
    index = _adverbials_after(doc, verb.i + 1, sentence)
    if index >= sentence.end or (
        doc[index].pos_ not in {"DET", "PROPN", "NOUN", "NUM", "ADJ"}
        and not (doc[index].text[:1].isupper())
        # "», renchérissent d'autres manifestants"
        and not (
            doc[index].lower_ in {"d'", "d’"}
            and index + 1 < sentence.end
            and doc[index + 1].lower_ == "autres"
        )
    ):
        return None
    return _phrase_from(doc, index, sentence.end)


def _not_a_report(verb: Token, sentence: Span, agent_at: int | None) -> bool:
    """Uses of a reporting verb that report nothing: "Après avoir signalé" (no subject of its own),
    "ont été avertis de" (the subject is told, not telling), "accuse une baisse" (shows),
    "rapporterait 2,3 milliards" (yields), "c'est-à-dire" (a gloss)."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    previous = doc[verb.i - 1] if verb.i - 1 >= sentence.start else None
    if (
        previous is not None
        and previous.pos_ == "AUX"
        and previous.morph.get("VerbForm", []) == ["Inf"]
    ):
        return True
    if agent_at is None and any(
        child.dep_ == "aux:pass" and child.pos_ == "AUX" for child in verb.children
    ):
        return True
    group = _before_verb_group(verb, sentence)
    reflexive = _is_reflexive(verb, sentence, group)
    if (
        agent_at is None
        and verb.morph.get("VerbForm", []) == ["Part"]
        and any(doc[index].lemma_ == "être" for index in range(group, verb.i))
        and not reflexive
    ):
        return True  # "l'appareil est pensé pour l'essence": a passive, no one speaks
    if lemma in _ONLY_REFLEXIVE and not reflexive:
        return True  # "Le public attend les résultats"; "Les analystes s'attendent à"
    if reflexive and lemma in _NOT_REPORTS_WHEN_REFLEXIVE:
        return True  # "s'est révélé négatif", "s'explique par la pénurie", "s'ajoute au dividende"
    next_word = doc[verb.i + 1] if verb.i + 1 < sentence.end else None
    if (
        reflexive
        and lemma == "déclarer"
        and not (
            next_word is not None
            and (
                next_word.pos_ == "ADJ"
                or next_word.lower_
                in {"prêt", "prête", "candidat", "candidate", "favorable", "en", "contre", "pour"}
                or next_word.lower_ in {"que", "qu'", "qu’"}
            )
        )
    ):
        return True  # "Un incendie s'est déclaré dans la nuit"; but "s'est déclaré favorable à"
    if (
        lemma == "publier"
        and agent_at is None
        and not any(
            token.lemma_.lower() in _DOCUMENTS or token.lower_ in {"que", "qu'", "qu’", ":", "«"}
            for token in doc[verb.i + 1 : min(sentence.end, verb.i + 5)]
        )
    ):
        return True  # "a publié des résultats"; "a publié un rapport", "un communiqué"
    if lemma == "qualifier" and (
        reflexive
        or not any(
            token.lower_ in {"de", "d"} or token.lower_.startswith(("d'", "d’"))
            for token in doc[verb.i + 1 : min(sentence.end, verb.i + 7)]
        )
    ):
        return True  # "s'est qualifié pour la finale", "un emploi qualifié"; but "a qualifié de"
    if lemma in _ONLY_WITH_INFINITIVE and not any(
        token.morph.get("VerbForm", []) == ["Inf"]
        and doc[token.i - 1].lower_ in {"à", "de", "d'", "d’", "afin"}
        for token in doc[verb.i + 1 : min(sentence.end, verb.i + 8)]
    ):
        return True  # "a invité les journalistes à l'Élysée" reports nothing
    if (lemma in _ONLY_WITH_QUE or verb.lower_ in _ONLY_WITH_QUE_FORMS) and (
        not any(token.lower_ in {"que", "qu'", "qu’"} for token in doc[verb.i + 1 : verb.i + 3])
        or any(token.lower_ in {"ne", "n'", "n’"} for token in doc[group : verb.i])
    ):
        return True  # "a prévu 2 milliards" plans; "prévoit que" forecasts
    if lemma == "dire" and "est-à" in doc[max(sentence.start, verb.i - 4) : verb.i].text:
        return True
    following = doc[verb.i + 1 : min(sentence.end, verb.i + 4)]
    rest = doc[verb.i + 1 : sentence.end]
    if (lemma in {"rapporter", "rapporte"} or verb.lower_.startswith("rapport")) and any(
        token.like_num or token.pos_ == "NUM" for token in following
    ):
        return True
    if lemma in {"accuser", "accuse"} or verb.lower_.startswith("accus"):
        # "d'« hypocrisie »" is cut "d", "'", "«"
        charged = any(
            token.morph.get("VerbForm", []) == ["Inf"]
            and doc[token.i - 1].lower_ in {"de", "d'", "d’", "d"}
            for token in rest
        )  # "accuse une douzaine d'employés d'avoir participé"
        if not any(token.lower_ in {"de", "d'", "d’", "d"} for token in rest) or (
            len(following)
            and following[0].pos_ == "DET"
            and following[0].lower_ in {"un", "une"}
            and not charged
        ):
            return True
    if lemma == "admettre" and any(token.like_num for token in doc[verb.i + 1 : verb.i + 4]):
        return True  # "ont admis plus de 300 enfants": patients taken in, nothing said
    if lemma == "témoigner" and any(token.lower_ in {"de", "d'", "d’"} for token in following[:1]):
        return True  # "Ces chiffres témoignent de l'intensité": a sign; "témoigne : « … »" reports
    if (
        lemma == "déclarer"
        and not any(token.lower_ in {"que", "qu'", "qu’", ":", "«"} for token in following)
        and any(token.lemma_.lower() in _DECLARED_ACTS for token in following)
    ):
        return True  # "a déclaré l'état de catastrophe naturelle", "la loi martiale": an act
    if lemma == "condamner" and any(
        token.lemma_.lower() in _COURTS for token in doc[max(sentence.start, group - 6) : group]
    ):
        return True  # "Le tribunal d'Oslo a condamné vendredi Breivik": a judgment
    if lemma == "parler" and not any(
        token.lower_ in {"de", "d'", "d’", "du", "des", ":", "«"} for token in rest
    ):
        return True  # "Il a parlé à la presse": no content
    if lemma == "appeler" and not any(
        token.lower_ in {"à", "au", "aux"}
        and not (token.i + 1 < sentence.end and doc[token.i + 1].lower_ == "téléphone")
        for token in rest
    ):
        return True  # "a appelé plusieurs dirigeants ce week-end": a phone call
    if (lemma == "relever" or verb.lower_.startswith(("relev", "relèv"))) and any(
        token.lower_ in {"ses", "son", "sa", "leurs", "leur"} or token.lemma_.lower() in _RAISED
        for token in doc[verb.i + 1 : min(sentence.end, verb.i + 3)]
    ):
        return True  # "Vestalis relève ses objectifs", "relève ses prix de 5 %": raises
    if lemma == "expliquer" and any(token.lower_ in {"partie", "largement"} for token in rest[:3]):
        return True  # "La production explique en grande partie ce reflux": a cause
    if lemma in _ONLY_WITH_CONTENT and not (
        _is_inverted(doc, group, sentence)
        or any(token.lower_ in {"que", "qu'", "qu’", ":", "«"} for token in rest[:3])
    ):
        return True  # "Les tensions soutiennent les cours", "Les agences observent la trajectoire"
    if lemma == "reconnaître" and any(
        token.lemma_.lower() in {"état", "indépendance", "souveraineté"}
        for token in doc[verb.i + 1 : min(sentence.end, verb.i + 5)]
    ):
        return True  # "ont reconnu dimanche l'État de Palestine": recognition, not an admission
    if lemma == "rappeler" and any(
        token.lemma_.lower() in _RECALLED
        for token in doc[verb.i + 1 : min(sentence.end, verb.i + 4)]
    ):
        return True  # "ont rappelé leurs ambassadeurs": an act of diplomacy
    # "a condamné l'ancien maire à deux ans de prison": a sentence, not a word
    return lemma == "condamner" and any(
        token.lower_ == "à"
        and token.i + 1 < sentence.end
        and (doc[token.i + 1].like_num or doc[token.i + 1].lemma_.lower() in _PENALTIES)
        for token in doc[verb.i + 1 : min(sentence.end, verb.i + 16)]
    )


def _is_reflexive(verb: Token, sentence: Span, group: int | None = None) -> bool:
    """ "s'est dit", "se déclare": a reflexive clitic in the verb group."""
    start = _before_verb_group(verb, sentence) if group is None else group
    return any(verb.doc[index].lower_ in {"se", "s'", "s’"} for index in range(start, verb.i))


# Verbs that report nothing in the reflexive: they turn out, cause or add up.
# "L'attaque se précise", "le bilan se confirme", "les retours s'annoncent fluides", "des pays
# qui se réclament du socialisme"
_NOT_REPORTS_WHEN_REFLEXIVE = frozenset(
    {"révéler", "expliquer", "ajouter", "relever", "observer"}
    | {"préciser", "confirmer", "annoncer", "réclamer"}
)
# Verbs that report only with content after them or as a writer's tag ("soutient que", "»,
# observe le ministre"); otherwise they prop up, watch, fight back or turn up ("répliquent avec
# des grenades", "ont répondu présent").
_ONLY_WITH_CONTENT = frozenset({"soutenir", "observer", "répliquer", "répondre"})
# What a company or a bank "relève": figures raised, not remarks.
_RAISED = frozenset(
    {"objectif", "prévision", "prix", "taux", "tarif", "salaire", "plafond", "seuil", "dividende"}
    | {"âge", "niveau", "montant", "smic"}
)
# Who "condamne" by a judgment, and whom one "rappelle" home.
_COURTS = frozenset({"tribunal", "cour", "juge", "justice", "juridiction", "jury", "magistrat"})
_RECALLED = frozenset({"ambassadeur", "ambassadrice", "réserviste", "diplomate", "lot", "produit"})


# What "déclarer" does rather than says, and what a court "condamne à".
_DECLARED_ACTS = frozenset({"état", "loi", "guerre", "faillite", "forfait", "indépendance"})
_PENALTIES = frozenset(
    {"peine", "prison", "amende", "réclusion", "mort", "perpétuité", "un", "une"}
)


# Verbs of plans and findings that report only a content clause ("prévoit que", "ont déterminé
# que", "l'étude montre que"), never "ne prévoit qu'une intervention" nor "a prévu 2 milliards".
_ONLY_WITH_QUE = frozenset(
    {"prévoir", "prédire", "déterminer", "établir", "montrer", "démontrer", "découvrir"}
)
# Their forms, for the small tagger's odd lemmas ("montre" -> "montre")
_ONLY_WITH_QUE_FORMS = frozenset(
    form for verb in ("déterminer", "montrer", "démontrer") for form in conjugate_first_group(verb)
) | frozenset(
    {
        *("prévoit", "prévoient", "prévu", "prédit", "prédisent", "prédite", "prédites"),
        *("établit", "établi", "découvre", "découvrent", "découvert"),
    }
)
# Verbs that report only in the incise after a quote ("« … », poursuit-il", "», glisse un proche").
_ONLY_INVERTED = frozenset(
    {
        "lâcher",
        "lâche",
        "lâché",
        "lâchée",
        "lâchés",
        "lâchées",
        "réagir",
        "réagit",
        "réagissent",
        "réagi",
        "poursuivre",
        "poursuit",
        "poursuivent",
        "enchaîner",
        "ironiser",
        "résumer",
        "abonder",
        "renchérir",
        "renchérit",
        "glisser",
        "glisse",
        "tacler",
        "tranche",
        "trancher",
        "sourire",
        "sourit",
        "soupirer",
        "plaisanter",
        "amuser",
        "désoler",
        "indigner",
        "étonner",
        "insurger",
        "agacer",
        "exclamer",
        "tempêter",
        "tempérer",
        "tempère",
        "souffler",
        "souffle",
        "rassurer",
        "rassure",
        "garantir",
        "garantit",
        "garanti",
        # "« … », a tweeté le ministre", but "a tweeté une photo"; "ont crié des manifestants"
        *("tweeter", "tweete", "tweeté", "tweetent", "crier", "crie", "crié", "crient", "criaient"),
        *("scander", "scandé", "scandent", "scandaient"),  # "ont-elles scandé"
        # "« … », lance-t-il", but "il lance le programme ACE"
        *("lancer", "lance", "lancent", "lancé", "lancée", "lancés", "lancées", "lançait"),
    }
)
# Of those, the ones that also report before "que" ("Le ministre a garanti que …", but "La loi
# garantit le droit de grève").
_INVERTED_OR_QUE = frozenset(
    {"garantir", "garantit", "garanti", "rassurer", "rassure", "tweeter", "tweeté"}
)
_FIRST_PERSON = frozenset({"je", "j'", "j’", "nous"})
_ONLY_REFLEXIVE = frozenset(
    {"attendre", "inquiéter", "alarmer", "émouvoir", "plaindre", "plaint", "plaignent"}
)
_DOCUMENTS = frozenset(
    {
        "rapport",
        "communiqué",
        "étude",
        "enquête",
        "lettre",
        "tribune",
        "message",
        "note",
        "avis",
        "déclaration",
        "texte",
        "document",
        "tweet",
        "vidéo",
        "bilan",
        "sondage",
    }
)
_LOCUTION_ADVERBS = frozenset(
    {
        *("également", "aussi", "encore", "notamment", "ainsi", "alors", "ensuite", "déjà"),
        *("enfin", "toutefois", "pourtant", "cependant", "néanmoins", "donc", "désormais"),
    }
)
# Verbs of appeal that report only when an infinitive follows ("invite les Français à boire").
_ONLY_WITH_INFINITIVE = frozenset(
    {"inviter", "encourager", "conseiller", "solliciter", "menacer"}  # "menace de suspendre"
)
# Forms the small tagger reads as adjectives or nouns ("La profession pointe/ADJ du doigt").
_LOCUTION_FORMS = {"pointe": "pointer", "pointent": "pointer", "fait": "faire", "font": "faire"}
# Reporting locutions: a light verb and the words that make it report ("a fait état de").
_LOCUTIONS = {
    "faire": (
        ("état", "de"),
        ("état", "d'"),
        ("état", "d’"),
        ("part", "de"),
        ("part", "d'"),
        ("valoir", "que"),
        ("valoir", "qu'"),
        ("valoir", "qu’"),
    ),
    "mettre": (
        ("en", "cause"),
        ("en", "garde"),
        ("en", "avant"),
        ("l'", "accent", "sur"),
        ("l’", "accent", "sur"),
    ),
    "tirer": (("la", "sonnette", "d'"), ("la", "sonnette", "d’")),
    "pointer": (("du", "doigt"),),
}


def _locution_at(doc: Doc, index: int, sentence: Span) -> tuple[str, ...] | None:
    token = doc[index]
    lemma = _LOCUTION_FORMS.get(token.lower_, token.lemma_.lower())
    if token.pos_ not in {"VERB", "AUX"} and token.lower_ not in _LOCUTION_FORMS:
        return None
    start = index + 1
    while start < sentence.end and doc[start].lower_ in _LOCUTION_ADVERBS:
        start += 1  # "met également en cause", "a aussi fait état de"
    for words in _LOCUTIONS.get(lemma, ()):
        following = doc[start : min(sentence.end, start + len(words))]
        if len(following) == len(words) and all(
            t.lower_ == word for t, word in zip(following, words, strict=True)
        ):
            return words
    return None


def _name_after_role(phrase: Span, sentence: Span) -> Span | None:
    """ "a averti sa représentante au Tchad, Mariam Touré.", "Selon son porte-parole, Yann Le
    Bihan, …": the name set off after a role that names no one, as the source is given when the
    name comes first ("Le maire de Redon, Pascal Guillou, a réagi"); a later "elle" goes to it."""
    doc = sentence.doc
    comma = phrase.end
    # "sa représentante au Tchad, Mariam Touré": over a short place phrase to the comma
    while comma < min(sentence.end, phrase.end + 4) and doc[comma].text != ",":
        if doc[comma].is_punct:
            return None
        comma += 1
    start = comma + 1
    if comma >= sentence.end or doc[comma].text != "," or start >= sentence.end:
        return None
    if any(token.ent_type_ in {"PER", "PERSON"} for token in phrase):
        return None  # the phrase names someone already
    end = start
    while (
        end < sentence.end
        and end - start < 5
        and (
            doc[end].text[:1].isupper()
            or (end > start and doc[end].lower_ in PERSON_NAME_PARTICLES)
        )
    ):
        end += 1
    if end - start < 2 or not doc[end - 1].text[:1].isupper():
        return None
    if end < sentence.end and doc[end].text not in {",", ".", "!", "?", "»", ";"}:
        return None  # "…, Paris Saint-Germain a …" is no apposition
    return doc[start:end]


def _writers_tag(verb: Token, sentence: Span) -> bool:
    """ "« Ce plan, affirme Laurent Vasseur, n'est pas négociable. »": inside the quote, between
    commas, the writer's tag naming who speaks."""
    doc = verb.doc
    group = _before_verb_group(verb, sentence)
    if group - 1 < sentence.start or doc[group - 1].text != ",":
        return False
    phrase = _phrase_after_verb(verb, sentence)
    return (
        phrase is not None
        and phrase.start == verb.i + 1
        and phrase.end < sentence.end
        # "« Nous sommes cent, explique la députée. Nous voulons peser. »": the tag may end
        # a sentence of the quote
        and doc[phrase.end].text in {",", "."}
    )


def _verb_attributions(
    sentence: Span, lexicons: Lexicons, quoted: list[tuple[int, int]], view: TokenView
) -> list[tuple[int, Attribution]]:
    doc = sentence.doc
    words = lexicons["attribution_verbs"].words
    found: list[tuple[int, Attribution]] = []
    lemmas = view.lemmas
    for offset, lower in enumerate(view.lowers):
        # The strings are cached on the doc; a Token object is made only for a candidate.
        lemma_lower = lemmas[offset].lower()
        locution = (lemma_lower in _LOCUTIONS or lower in _LOCUTION_FORMS) and _locution_at(
            doc, view.start + offset, sentence
        ) is not None
        # "…, fait valoir le Quai d'Orsay": "faire valoir" with no "que" reports as an incise
        made_to_count = (
            lower == "valoir"
            and offset > 0
            and lemmas[offset - 1].lower() == "faire"
            and not (
                offset + 1 < len(view.lowers) and view.lowers[offset + 1] in {"que", "qu'", "qu’"}
            )
        )
        if not locution and not made_to_count and lower not in words and lemma_lower not in words:
            continue
        verb = doc[view.start + offset]
        if not locution and not made_to_count and verb.lower_ not in words and verb.pos_ != "VERB":
            continue
        if made_to_count and not _is_inverted(doc, verb.i - 1, sentence):
            continue  # "Il fait valoir ses droits"
        lemma = verb.lemma_.lower()
        if (
            (_inside(verb.i, quoted) and not _writers_tag(verb, sentence))
            or verb.i == sentence.start
            or not (locution or _looks_like_verb(verb, sentence, words))
        ):
            continue
        future = "Fut" in verb.morph.get("Tense", []) and verb.lower_.endswith(_FUTURE_ENDINGS)
        first_person = "1" in verb.morph.get("Person", []) and (
            any(child.lower_ in _FIRST_PERSON for child in verb.children)
            or any(
                token.lower_ in _FIRST_PERSON
                for token in doc[max(sentence.start, verb.i - 4) : verb.i]
            )
        )  # the small tagger says Person=1 of "Navi Pillay a sollicité"
        if future or first_person:
            continue  # "Le CERN annoncera …" reports nothing yet; "nous publions" is the writer
        forms = verb.morph.get("VerbForm", [])
        if forms == ["Inf"] and not verb.lower_.endswith(("r", "re")):
            forms = ["Fin"]  # the small tagger's "promet/Inf": no infinitive ends so
        if forms == ["Ger"] and not verb.lower_.endswith("ant"):
            forms = ["Fin"]
        if (
            forms == ["Part"]
            and verb.i + 1 < sentence.end
            and doc[verb.i + 1].lower_ in {"que", "qu'", "qu’"}
        ):
            forms = ["Fin"]  # "Le syndicat craint/Part que": a participle takes no "que" alone
        if (
            forms == ["Part"]
            and verb.lower_ == "craint"
            and not _is_inverted(doc, verb.i, sentence)
        ):
            forms = ["Fin"]  # "L'organisation craint/Part une propagation"
        came = (
            verb.i - 2 >= sentence.start
            and doc[verb.i - 2].lemma_ == "venir"
            and doc[verb.i - 1].lower_ in {"de", "d'", "d’"}
        )
        made = verb.i - 1 >= sentence.start and doc[verb.i - 1].lemma_ == "faire"
        if lemma in _ONLY_AFTER_FAIRE and not made:
            continue
        anchor = doc[verb.i - 2] if came else doc[verb.i - 1] if made else verb
        read_by_on = lemma in _ONLY_WITH_ON and _inverted_pronoun(verb, sentence) == "on"
        if (
            verb.i - 1 > sentence.start
            # "Alger a rappelé son ambassadeur, dénonçant une décision « inamicale »"
            and (doc[verb.i - 1].lower_ == "en" or doc[verb.i - 1].text == ",")
            and verb.lower_.endswith("ant")
            and verb.head.i != verb.i
            and lemma not in _ONLY_WITH_QUE
            and any(
                token.lower_ in {"que", "qu'", "qu’", ":", "«"}
                for token in doc[verb.i + 1 : min(sentence.end, verb.i + 4)]
            )
        ):
            # "le premier ministre a revu la prévision en affirmant que …": the gerund speaks
            # with the subject of the verb it hangs on.
            subject = _subject_by_parse(verb.head, sentence)
            if subject is None and verb.dep_ == "fixed":
                # "a jeté l'éponge en estimant/NOUN que": the parse hangs the gerund on "en";
                # it speaks with the subject of the verb before it
                earlier = next(
                    (
                        doc[k]
                        for k in range(verb.i - 2, sentence.start - 1, -1)
                        if doc[k].pos_ == "VERB" and _subject_of(doc[k], sentence) is not None
                    ),
                    None,
                )
                subject = _subject_by_parse(earlier, sentence) if earlier is not None else None
            if subject is not None:
                found.append((verb.i, Attribution(verb.text, subject, 3)))
                continue
            if doc[verb.i - 1].lower_ == "en":
                continue
        if (
            not came
            and not read_by_on
            and (
                (forms in (["Inf"], ["Ger"]) and not made)
                or (
                    verb.i > sentence.start
                    and doc[verb.i - 1].lower_ in {"de", "d'", "d’", "à", "pour", "sans", "en"}
                    # "en" before a finite verb is the clitic: "elle en appelle à"
                    and not (doc[verb.i - 1].lower_ == "en" and forms == ["Fin"])
                )
            )
        ):
            continue
        # The negation of the verb group, not one inside the quote before it ("« Nous ne
        # lâcherons rien », lance le secrétaire général").
        floor = max(sentence.start, anchor.i - 5)
        for index in range(anchor.i - 1, floor - 1, -1):
            if doc[index].text in {",", "»", "«", "”", "“", '"', ":"}:
                floor = index + 1
                break
        if any(t.lower_ in {"ne", "n'", "n’"} for t in doc[floor : anchor.i]) and any(
            t.lower_ in {"pas", "jamais", "guère", "rien", "plus"}
            for t in doc[max(floor, anchor.i - 3) : verb.i + 2]
        ):
            continue
        agent_at = _agent_after(verb, sentence)
        if agent_at is not None and _is_reflexive(verb, sentence):
            agent_at = None  # "s'est dit « horrifié » par les informations": a cause, no agent
        if agent_at is not None and lemma in _ASKING_VERBS:
            continue  # "Les experts interrogés par Le Monde jugent": the medium asked, they speak
        group = _incise_before(doc, verb.i, sentence)  # "a pour sa part condamné"
        has_auxiliary = group - 1 >= sentence.start and (
            doc[group - 1].pos_ == "AUX"
            or doc[group - 1].lower_ in {"-t-il", "-il", "-elle", "-on", "-t-elle"}
            or (group < verb.i and doc[group - 1].lemma_ in {"avoir", "être"})
        )
        pronoun = _inverted_pronoun(verb, sentence)
        glued = (
            pronoun is not None
            and verb.i + 1 < sentence.end
            and doc[verb.i + 1].lower_ in _INVERTED_PRONOUNS
        )
        if (
            forms == ["Part"]
            and agent_at is None
            and not has_auxiliary
            and not made
            and not glued  # "qui, dit-on, s'étaient rendus", "…, dit-il."
            and not any(child.dep_.startswith("aux") for child in verb.children)
        ):
            continue  # "un système appelé Alpha Centauri": an adjective, not a report
        if (
            (lemma in _ONLY_INVERTED or verb.lower_ in _ONLY_INVERTED)
            and not (
                pronoun is not None  # "poursuit-il", "a-t-il lâché"
                or (
                    _is_inverted(doc, anchor.i, sentence)
                    and any(t.text in {"»", "”", '"'} for t in doc[sentence.start : anchor.i])
                )
                # "Le ministre a lâché : « … »"
                or any(
                    t.text in {":", "«"} for t in doc[verb.i + 1 : min(sentence.end, verb.i + 3)]
                )
                or (
                    (lemma in _INVERTED_OR_QUE or verb.lower_ in _INVERTED_OR_QUE)
                    and any(
                        t.lower_ in {"que", "qu'", "qu’"}
                        for t in doc[verb.i + 1 : min(sentence.end, verb.i + 3)]
                    )
                )
            )
        ):
            continue  # "La Bourse a réagi", but "« … », a réagi la maire", "poursuit-il"
        if _not_a_report(verb, sentence, agent_at):
            continue
        source: str | None = None
        if agent_at is not None:
            phrase = _phrase_from(doc, agent_at + 1, sentence.end)
            source = _source_text(phrase) if phrase else None
        elif pronoun == "on":
            # "peut-on lire dans Les Échos", "a-t-on appris de sources diplomatiques"
            for index in range(verb.i + 1, min(verb.i + 5, sentence.end)):
                if doc[index].lower_ in {"dans", "de", "d'", "d’", "sur", "auprès"}:
                    if (
                        doc[index].lower_ == "auprès"
                        and index + 1 < sentence.end
                        and doc[index + 1].lower_ in {"de", "d'", "d’"}
                    ):
                        index += 1  # "auprès de la collectivité"
                    phrase = _phrase_from(doc, index + 1, sentence.end)
                    if phrase is not None and _head_noun(phrase) is not None:
                        source = _source_text(phrase)
                        break
            source = source or "on"
        elif lemma in _ONLY_WITH_ON:
            # "…, a appris l'AFP de sources gouvernementales": a named learner in the tag
            learner = _phrase_after_verb(verb, sentence)
            if (
                lemma != "apprendre"
                or learner is None
                or not _is_inverted(doc, anchor.i, sentence)
                or not any(token.pos_ == "PROPN" or token.ent_type_ for token in learner)
            ):
                continue
            # "l'AFP de sources concordantes": from whom it learnt is not who says it
            cut = next(
                (
                    token.i
                    for token in learner[1:]
                    if token.lower_ in {"de", "d'", "d’", "des", "du", "auprès"}
                ),
                learner.end,
            )
            source = _source_text(doc[learner.start : cut])
        elif pronoun is not None:
            source = pronoun
        elif (joined := _joined_by(anchor, sentence)) is not None:
            # "C'est le syndicat qui a révélé", "La Poste a réagi et a nié": the subject is the
            # antecedent of "qui" or that of the first verb, never the object after the verb.
            if joined.lower_ in {"qui"}:
                antecedent = _stretch_before(joined, sentence)
                if (
                    antecedent is None
                    and joined.i - 1 > sentence.start
                    and doc[joined.i - 1].text == ","
                ):
                    # "avec Bernard Bonnet, le successeur de Claude Erignac, qui lui avait rétorqué"
                    antecedent = _stretch_before(doc[joined.i - 1], sentence)
                if antecedent is not None:
                    antecedent = _relative_antecedent(antecedent, verb, sentence)
                source = _source_text(antecedent) if antecedent else None
            else:
                source = _subject_by_parse(verb, sentence)
        else:
            before = _stretch_before(anchor, sentence)
            apposed = _subject_before_apposition(anchor, sentence) if before is None else None
            quote_before = _quote_closes_before(anchor, sentence)
            after_verb = _phrase_after_verb(verb, sentence)
            if after_verb is not None and _is_possessed_act(after_verb, lexicons):
                after_verb = None  # "ont raconté lundi leur détention": what, not who
            # "Le texte, a précisé le rapporteur, sera voté": a reporting incise between commas
            incise = (
                after_verb is not None
                and after_verb.end < sentence.end - 1
                and doc[after_verb.end].text == ","
                and _is_inverted(doc, anchor.i, sentence)
                # "Le ministre, Jean-Yves Le Drian, a annoncé samedi la mort d'un pilote, …":
                # an object set off by a comma is no speaker
                and _is_source_like(after_verb, lexicons)
            )
            # "…, Meta et le site Temu, a rappelé lundi la Commission.": a day between the verb
            # and a phrase ending the sentence marks the inverted subject of the writer's tag
            dated_inversion = (
                after_verb is not None
                and _is_inverted(doc, anchor.i, sentence)
                and any(token.lower_ in _DATE_WORDS for token in doc[verb.i + 1 : after_verb.start])
                and _ends_sentence(after_verb, sentence)
                and after_verb[0].lower_ not in {"ces", "ce", "cette", "cet"}
                and _is_source_like(after_verb, lexicons)
            )
            if (
                apposed is not None
                and not incise
                and not dated_inversion
                and (
                    not _is_inverted(doc, anchor.i, sentence)
                    or _phrase_after_verb(verb, sentence) is None
                    # "Les groupes …, dont Amnesty International, ont condamné ces attaques": with no
                    # quote before it, a verb after a comma has the subject before the incise.
                    or (
                        not quote_before
                        and (
                            apposed[0].pos_ in {"DET", "PROPN", "NOUN"}
                            or apposed[0].ent_type_ in {"PER", "ORG"}  # "Xavier/NUM Bertrand"
                        )
                        and apposed[0].lower_ not in _DATE_WORDS
                        and not any(
                            _is_finite_verb(token)
                            # "Ces déclarations ne changent/ADV rien, affirme le ministère": a
                            # negation makes a clause the tagger missed
                            or token.lower_ in {"ne", "n'", "n’"}
                            for token in doc[sentence.start : apposed.end]
                        )
                    )
                )
            ):
                before = apposed
            inverted = (_is_inverted(doc, anchor.i, sentence) and apposed is None) or before is None
            if before is not None and not inverted:
                first = before[0]
                if (
                    len(before) == 1
                    and first.lower_ in {"qui"}
                    and before.start - 1 >= sentence.start
                ):
                    antecedent = (
                        _stretch_before(doc[before.start], sentence)
                        if before.start > sentence.start
                        else None
                    )
                    source = _source_text(antecedent) if antecedent else None
                elif len(before) == 1 and first.lower_ in {"il", "elle", "ils", "elles", "on"}:
                    source = first.lower_
                elif (
                    len(before) <= 2
                    and first.lower_ in {"ce", "cette", "celui-ci", "celle-ci"}
                    and (before[-1].lower_ in {"dernier", "dernière", "celui-ci", "celle-ci"})
                ):
                    feminine = before[-1].lower_ in {"dernière", "celle-ci"}
                    source = "cette dernière" if feminine else "ce dernier"
                elif not (len(before) == 1 and first.pos_ == "PRON"):
                    source = _source_text(before)
            else:
                phrase = after_verb
                if phrase is not None:
                    source = _source_text(_name_after_role(phrase, sentence) or phrase)
                elif before is None and doc[verb.i - 1].text == ",":
                    # "Le journal, dont …, révèle": the first noun phrase of the sentence.
                    phrase = _phrase_from(doc, sentence.start, verb.i)
                    source = _source_text(phrase) if phrase and _head_noun(phrase) else None
        found.append((verb.i, Attribution(verb.text, source or None, 3)))
    return found


def _quote_closes_before(verb: Token, sentence: Span) -> bool:
    """ "« … », ont dénoncé les syndicats": a quote closes just before the verb group (a quoted
    name earlier in the sentence, "Les journalistes de "Quotidien", …, ont raconté", is none)."""
    doc = verb.doc
    group = _before_verb_group(verb, sentence)
    previous = group - 1
    if previous >= sentence.start and doc[previous].text == ",":
        previous -= 1
    return previous >= sentence.start and doc[previous].text in {"»", "”", '"'}


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_ACT_ENDINGS = ("tion", "sion", "ment", "ure", "ité", "ance", "ence", "age")


def _is_possessed_act(phrase: Span, lexicons: Lexicons) -> bool:
    """ "leur détention", "sa candidature": after the verb, an act of someone's is the object,
    never the speaker ("répond son avocat", "a ajouté sa mère" are speakers)."""
    head = _head_noun(phrase)
    return (
        phrase[0].lower_ in _POSSESSIVES
        and head is not None
        and head.lemma_ not in lexicons["source_nouns"].words
        and head.lower_.rstrip("s").endswith(_ACT_ENDINGS)
    )


# Inverted verbs that hedge or ask rather than report ("Le ministre, semble-t-il, a démissionné").
_NOT_INCISE_LEMMAS = frozenset(
    {"sembler", "paraître", "être", "avoir", "falloir", "pouvoir", "devoir", "aller", "rester"}
)
_GLUED_PRONOUNS = frozenset(text for text in _INVERTED_PRONOUNS if text.startswith("-"))


def _glued_incise_attributions(
    sentence: Span, quoted: list[tuple[int, int]], view: TokenView, taken: set[int]
) -> list[tuple[int, Attribution]]:
    """ "Contrairement aux discours, appuie-t-il, le français …": in a statement, a verb with its
    subject pronoun glued after it, set off by a comma or a closing quote, is a reporting incise
    whatever the verb (the word lists cannot hold every verb a writer uses to say "said")."""
    if "?" in view.texts:
        return []
    doc = sentence.doc
    found: list[tuple[int, Attribution]] = []
    for offset, lower in enumerate(view.lowers):
        if lower not in _GLUED_PRONOUNS or offset == 0:
            continue
        verb_at = view.start + offset - 1
        if view.lowers[offset - 1] == "-t" and offset >= 2:
            verb_at -= 1  # "appuie", "-t", "-il"
        before = verb_at - 1
        if before < sentence.start or doc[before].text not in {",", "»", "”", '"'}:
            continue
        verb = doc[verb_at]
        cue = verb
        after = view.start + offset + 1
        if (
            verb.lemma_.lower() in {"avoir", "être"}
            and after < sentence.end
            and doc[after].is_alpha
            and doc[after].text.islower()
        ):
            cue = doc[after]  # "a-t-il appuyé", "a-t-il promis/NOUN", "s'est-il exclamé"
        elif verb.lemma_.lower() in _NOT_INCISE_LEMMAS:
            continue
        pronoun_at = view.start + offset
        # "« Ce n'est pas une grève de confort, poursuit-il, les collègues sont à bout »": the
        # writer's tag between commas inside the quote
        after_tag = pronoun_at + 1 + (cue is not verb)
        # also at the end of a quote that goes on ("« Nous avons perdu, a-t-il rappelé.",
        # "…, a-t-elle déclaré à la presse.")
        tag_in_quote = doc[before].text == "," and (
            (after_tag < sentence.end and doc[after_tag].text == ",")
            or not any(
                _is_finite_verb(token) or token.text in {"«", "»", "“", "”"}
                for token in doc[after_tag : sentence.end]
            )
        )
        if cue.i in taken or verb.i in taken or (_inside(verb.i, quoted) and not tag_in_quote):
            continue
        found.append((verb.i, Attribution(cue.text, _INVERTED_PRONOUNS[lower], 2)))
    return found


def _quote_incise_attributions(
    sentence: Span, quoted: list[tuple[int, int]], view: TokenView, taken: set[int]
) -> list[tuple[int, Attribution]]:
    """ "« Il faut tout reprendre », s'emporte un élu.": right after a closing quote and a comma,
    a verb with its subject after it, ending the sentence, says who spoke, whatever the verb
    ("grince", "tonne", "s'amuse"; no word list holds them all)."""
    doc = sentence.doc
    found: list[tuple[int, Attribution]] = []
    for offset, text in enumerate(view.texts):
        if text not in {"»", "”"} or offset + 2 >= len(view.texts):
            continue
        if view.texts[offset + 1] == ",":
            index = view.start + offset + 2
        elif view.lowers[offset + 1] in {"s'", "s’", "se"}:
            index = view.start + offset + 1  # "» s'est indigné le député", with no comma
        else:
            continue
        # "», s'emporte un élu", "», en conclut la présidente"
        while index < sentence.end and doc[index].lower_ in {"se", "s'", "s’", "en", "y"}:
            index += 1
        auxiliary = index < sentence.end and doc[index].pos_ == "AUX"
        if auxiliary:
            index += 1  # "s'est emporté"
        while auxiliary and index < sentence.end and doc[index].lower_ in _SKIP_AFTER_AUXILIARY:
            index += 1  # "», a même lancé l'eurodéputée"
        if index >= sentence.end or index in taken or _inside(index, quoted):
            continue
        verb = doc[index]
        if auxiliary and verb.pos_ == "ADV":
            continue  # "surnommé « Eris », est désormais majoritaire": a copula, no tag
        if (
            verb.lower_ in {"fait", "faisait", "fera", "font"}
            and index + 1 < sentence.end
            and doc[index + 1].lower_ in _MADE_TO_REPORT
        ):
            verb = doc[index + 1]  # "», a fait valoir la ministre"
        if not (
            verb.is_alpha and verb.text.islower() and verb.pos_ in {"VERB", "NOUN", "ADJ", "ADV"}
        ):
            continue
        if verb.lemma_.lower() in _NOT_INCISE_LEMMAS:
            continue
        phrase = _phrase_after_verb(verb, sentence)
        # "», a tweeté dans la soirée le ministre": adverbials may come before the speaker
        if (
            phrase is None
            or phrase.start != _adverbials_after(doc, verb.i + 1, sentence)
            or not _ends_sentence(phrase, sentence)
        ):
            continue
        found.append((verb.i, Attribution(verb.text, _source_text(phrase), 2)))
    return found


def _ends_sentence(phrase: Span, sentence: Span) -> bool:
    """Nothing but punctuation, or an apposition after a comma, follows `phrase` in its sentence."""
    rest = [token for token in sentence.doc[phrase.end : sentence.end] if not token.is_punct]
    # "…, a calculé l'entraîneur avant de quitter la salle": a circumstance may follow
    return (
        not rest
        or sentence.doc[phrase.end].text == ","
        or rest[0].lower_ in {"avant", "après", "en", "dans", "lors", "sur", "devant", "à", "au"}
        or rest[0].lower_ in _DATE_WORDS  # "», a tancé ce dernier mercredi devant le bureau"
    )


_MAX_HEADLINE_NAME = 5
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def _opening_participle(
    sentence: Span, lexicons: Lexicons, quoted: list[tuple[int, int]], taken: set[int]
) -> list[tuple[int, Attribution]]:
    """ "Dénonçant un « procès en sorcellerie », la députée a maintenu ses déclarations": a
    reporting verb's present participle opening the sentence speaks for the main clause's subject."""
    first = sentence[0]
    words = lexicons["attribution_verbs"].words
    stem = first.lower_[:-3]
    # the small lemmatiser leaves some participles as they are ("Dénonçant", "Affirmant")
    infinitives = {first.lemma_.lower(), stem + "er", stem.replace("ç", "c") + "er"}
    if stem.endswith("ge"):
        infinitives.add(stem[:-1] + "er")  # "jugeant"
    if (
        first.i in taken
        or not first.lower_.endswith("ant")
        or not infinitives & words
        or first.pos_ not in {"VERB", "NOUN", "ADJ"}
    ):
        return []
    doc = sentence.doc
    comma = next(
        (
            token.i
            for token in sentence[1:]
            if token.text == "," and not _inside(token.i, quoted) and token.i not in taken
        ),
        None,
    )
    if comma is None or comma + 1 >= sentence.end:
        return []
    after = doc[comma + 1]
    if after.lower_ in _SUBJECT_PRONOUNS:
        verb_at = comma + 2
        source = after.lower_
    else:
        phrase = _phrase_from(doc, comma + 1, sentence.end)
        if phrase is None or _head_noun(phrase) is None or phrase[0].pos_ not in {"DET", "PROPN"}:
            return []
        verb_at = phrase.end
        source = _source_text(phrase)
    # the phrase is the subject only when the main verb follows it
    if verb_at >= sentence.end or not (
        _is_finite_verb(doc[verb_at]) or doc[verb_at].lemma_ in {"avoir", "être"}
    ):
        return []
    return [(first.i, Attribution(first.text, source, 3))]


def _headline_speaker(sentence: Span) -> list[tuple[int, Attribution]]:
    """ "Pierre Laurent : « Je crois plus à la dignité de la politique »": a person's name, a
    colon, then a quote is the headline form of reported speech ("Retraites : « … »", a topic
    before the colon, names no one)."""
    doc = sentence.doc
    colon = next(
        (
            token.i
            for token in sentence[: _MAX_HEADLINE_NAME + 1]
            if token.text == ":" and token.i > sentence.start
        ),
        None,
    )
    if colon is None or colon + 1 >= sentence.end or doc[colon + 1].text not in {"«", "“", '"'}:
        return []
    name = doc[sentence.start : colon]
    titled = name[0].text in _CIVIL_TITLES and len(name) >= 2
    if not all(token.text[:1].isupper() or token.lower_ in PERSON_NAME_PARTICLES for token in name):
        return []
    # a person by the recogniser, or names it did not tag (not a place, a team or a body)
    person = len(name) >= 2 and (
        all(token.ent_type_ == "PER" for token in name)
        or all(token.pos_ == "PROPN" and not token.ent_type_ for token in name)
    )
    if not (titled or person):
        return []
    return [(sentence.start, Attribution(":", name.text, 1))]


def find_french_attributions(
    sentence: Span, lexicons: Lexicons, quoted: list[tuple[int, int]], view: TokenView | None = None
) -> list[Attribution]:
    """Attributions of a French sentence in the order they come; the first one with a source first."""
    view = view or TokenView.of(sentence, lexicons)
    found = _marker_attributions(sentence, lexicons, quoted, view) + _verb_attributions(
        sentence, lexicons, quoted, view
    )
    taken = {index for index, _ in found}
    found += _glued_incise_attributions(sentence, quoted, view, taken)
    taken = {index for index, _ in found}
    found += _quote_incise_attributions(sentence, quoted, view, taken)
    taken = {index for index, _ in found}
    found += _opening_participle(sentence, lexicons, quoted, taken)
    if not found:
        found += _headline_speaker(sentence)
    found.sort(key=lambda pair: pair[0])
    ordered = [attribution for _, attribution in found]
    return sorted(ordered, key=lambda attribution: attribution.source is None)


def main_subject_name(sentence: Span, titles: frozenset[str] = frozenset()) -> str | None:
    """The person or body the main clause is about, when it is named ("Gilles Simeoni a appris …",
    "Le président afghan Hamid Karzai constate …"): the entity of the root's subject; else a
    titled subject ("La Première ministre a reçu …", its head noun in `titles`) as written. A
    later "il" or "elle" goes to it before any other person the sentence names."""
    # The small parser makes a first name a root of its own ("Carlo/ROOT Ancelotti a remporté"):
    # the clause is the verb's.
    root = next(
        (token for token in sentence if token.head.i == token.i and token.pos_ in {"VERB", "AUX"}),
        sentence.root,
    )
    for child in root.children:
        if child.dep_ not in {"nsubj", "nsubj:pass"}:
            continue
        # The subject's own name, not a place or body its complement names ("Le procureur de
        # Paris a tenu une conférence": the procureur, not Paris).
        named_parts = [
            token for token in child.children if token.dep_ in {"flat:name", "flat", "appos"}
        ]
        for token in (child, *named_parts):
            if (
                token.ent_type_ in {"PER", "PERSON"}
                or (token.pos_ == "PROPN" and token.ent_type_)
                # "La Commission/NOUN européenne", "Le Conseil/NOUN constitutionnel"
                or (
                    token is child
                    and token.pos_ == "NOUN"
                    and token.ent_type_
                    and token.text[:1].isupper()
                )
            ):
                entity = next(
                    (ent for ent in sentence.ents if ent.start <= token.i < ent.end), None
                )
                if entity is None:
                    return token.text
                before = entity.start - 1
                if (
                    entity.label_ not in {"PER", "PERSON"}
                    and before >= sentence.start
                    and sentence.doc[before].pos_ == "DET"
                ):
                    # "La Commission européenne a ouvert une enquête. Elle soupçonne …": a body
                    # keeps its determiner, which tells the pronoun its gender.
                    return sentence.doc[before : entity.end].text
                return entity.text
        doc = sentence.doc
        if (
            child.pos_ == "PROPN"
            and not child.ent_type_
            and child.i - 1 >= sentence.start
            and doc[child.i - 1].pos_ == "PROPN"
            and doc[child.i - 1].text[:1].isupper()
            and child.text[:1].isupper()
            and (child.i - 2 < sentence.start or not doc[child.i - 2].text[:1].isupper())
        ):
            # "Carlo Ancelotti a remporté …": a first and last name the recogniser missed
            return doc[child.i - 1 : child.i + 1].text
        if (
            child.text[:1].isupper()
            and child.i - 2 >= sentence.start
            and doc[child.i - 1].text in {"Le", "La"}
            # "Bruno/PROPN Le Maire a présenté", with or without the recogniser's "Bruno"
            and (
                doc[child.i - 2].ent_type_ in {"PER", "PERSON"} or doc[child.i - 2].pos_ == "PROPN"
            )
            and doc[child.i - 2].text[:1].isupper()
        ):
            # "Bruno Le Roux, président du groupe, est intervenu": the recogniser stops at the
            # first name and the parser reads "Le Roux" as a noun with its article
            start = next(
                (ent.start for ent in sentence.ents if ent.start <= child.i - 2 < ent.end),
                child.i - 2,
            )
            return doc[start : child.i + 1].text
        capitalised = (
            child.pos_ == "NOUN"
            and child.text[:1].isupper()
            and child.i - 1 >= sentence.start
            and doc[child.i - 1].pos_ == "DET"
        )
        plural = "Plur" in child.morph.get("Number", []) and child.pos_ == "NOUN"
        if child.pos_ == "NOUN" and (child.lemma_.lower() in titles or plural or capitalised):
            # "La Cour/NOUN des comptes a rendu …": a named body the recogniser missed
            # a titled person, or a plural group "ils" may stand for ("Environ 2 000 citoyens
            # maliens du nord ont manifesté. Ils revendiquent …")
            phrase = _noun_phrase_of(child, sentence)
            if phrase is not None and (phrase[0].pos_ in {"DET", "NUM"} or plural):
                return _source_text(phrase)
        return None
    return None
