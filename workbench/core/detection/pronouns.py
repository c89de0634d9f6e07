"""Who "il" or "elle" is: a reporting pronoun resolved to the last person named, when that is sure.

"Il précise que …" after "…, explique Joechen Zaumseil" is attributed to Joechen Zaumseil. The
resolution looks back over the article's earlier claims (this paragraph and the two before) for
the last claim that names people; it is sure when that claim names exactly one person the pronoun
can stand for ("elle" cannot be "M. Macron", "il" cannot be "Mme Binet"). Otherwise the source
stays unresolved and the reason says so: a wrong name is worse than none for a checker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.detection.atoms import PERSON_NAME_PARTICLES
from workbench.core.model import AtomKind, DetectedClaim

_MASCULINE_TITLES = ("M.", "Mr", "MM.", "Monsieur")
_FEMININE_TITLES = ("Mme", "Mlle", "Madame", "Mademoiselle")
_SINGULAR = frozenset({"il", "elle", "ce dernier", "cette dernière", "lui", "ses", "he", "she"})
# "À ses yeux" says one person or body, not which gender
_NEUTRAL = frozenset({"ses"})
_LOOK_BACK_CLAIMS = 4
# "Celle-ci rappelle que …" is the latter, as "cette dernière"
_DEMONSTRATIVES = {
    "celle-ci": "cette dernière",
    "celui-ci": "ce dernier",
    "ceux-ci": "ces derniers",
    "celles-ci": "ces dernières",
}
_LOOK_BACK_PARAGRAPHS = 2
_LATTER = frozenset({"ce dernier", "cette dernière"})
_PLURAL = frozenset({"ils", "elles", "ces derniers", "ces dernières", "leurs", "they"})
_PLURAL_OPENINGS = frozenset(
    {"les", "des", "ces", "plusieurs", "environ", "quelque", "près", "plus", "deux", "trois", "de"}
)
_MASCULINE = frozenset({"il", "ce dernier", "lui"})
_FEMININE = frozenset({"elle", "cette dernière"})
# Singular determiners that agree with each pronoun ("l'" tells no gender).
_MASCULINE_DETERMINERS = ("un ", "le ", "ce ", "son ")
_FEMININE_DETERMINERS = ("une ", "la ", "cette ", "sa ")
_DETERMINERS = {
    "il": _MASCULINE_DETERMINERS,
    "ce dernier": _MASCULINE_DETERMINERS,
    "lui": _MASCULINE_DETERMINERS,
    "elle": _FEMININE_DETERMINERS,
    "cette dernière": _FEMININE_DETERMINERS,
    "ses": _MASCULINE_DETERMINERS + _FEMININE_DETERMINERS,
    "he": ("the ", "a "),
    "she": ("the ", "a "),
}
_UNRESOLVED = "(unresolved)"
_TITLES = {
    "il": _MASCULINE_TITLES,
    "ce dernier": _MASCULINE_TITLES,
    "lui": _MASCULINE_TITLES,
    "elle": _FEMININE_TITLES,
    "cette dernière": _FEMININE_TITLES,
}


_NOT_IN_TITLE = frozenset(
    {"de", "du", "des", "d'", "d’", "à", "au", "aux", "avec", "pour", "par", "et"}
)


def _gender_before(text: str, name: str) -> str | None:
    """The gender a determiner and title just before a name give it: "un jeune amérindien,
    Jake Finkbonner" is a man, "la présidente Anne Dupont" a woman; None when nothing says."""
    position = text.find(name)
    if position <= 0:
        return None
    words = text[:position].replace(",", " ").split()[-4:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        if not any(character.isalpha() for character in word) or any(
            mark in word for mark in '«»“”"'
        ):
            # "le séjour », raconte Nadia", "à cette situation», rappelle Kashmir Singh": a quote
            # mark ends the title before a name
            return None
        between = words[index + 1 :]
        if not between or any(w.lower() in _NOT_IN_TITLE or w[:1].isupper() for w in between):
            if word in _NOT_IN_TITLE:
                return None
            continue
        if word in {"un", "le", "ce"}:
            return "m"
        if word in {"une", "la", "cette"}:
            return "f"
        if word in _NOT_IN_TITLE:
            return None
    return None


# Endings that give the gender of a noun after "l'" ("l'armée", "l'entreprise", "l'ancien ministre").
_FEMININE_ENDINGS = (
    "ée",
    "tion",
    "sion",
    "té",
    "ure",
    "euse",
    "rice",
    "ienne",
    "ante",
    "ente",
    "ère",
    "esse",
    "prise",
    "ncienne",
)
_MASCULINE_ENDINGS = (
    "eur",
    "ien",
    "ant",
    "ent",
    "ier",
    "ancien",
    "isme",
    "at",
    "age",
    "ment",
    "é",  # "l'accusé", "l'employé"
    "u",  # "l'élu"
    "oint",  # "l'adjoint"
)


def _agrees(phrase: str, pronoun: str) -> bool:
    """Whether a source written with a determiner can be what `pronoun` stands for: "la" for
    "elle", "le" for "il"; after "l'" the noun's ending says ("l'armée … elle", "l'ancien
    ministre … il"), a capitalised name after "l'" does not ("l'Élysée")."""
    lower = phrase.lower()
    if pronoun in _DETERMINERS and lower.startswith(_DETERMINERS[pronoun]):
        return True
    if not lower.startswith(("l'", "l’")) or pronoun not in _MASCULINE | _FEMININE | _NEUTRAL:
        return False
    words = phrase[2:].split()
    if not words or (not words[0][:1].islower() and len(words) < 2):
        return False  # "l'Élysée" says nothing; "L'Association internationale …" does
    head = words[0].lower()
    if pronoun in _NEUTRAL:
        return True
    if pronoun in _FEMININE:
        return head.endswith(_FEMININE_ENDINGS)
    return head.endswith(_MASCULINE_ENDINGS) and not head.endswith(_FEMININE_ENDINGS)


def _bare_name(source: str) -> bool:
    """A source written as a name alone: capitalised words (and particles), no determiner first."""
    if source[:2].lower() in {"l'", "l’", "d'", "d’"}:
        return False  # "L’entraîneur", "L'ONU": a determiner, not a name
    words = source.replace("-", " ").split()
    return (
        1 <= len(words) <= 5
        and words[0][:1].isupper()
        and words[0].lower()
        not in {"le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cette"}
        and all(word[:1].isupper() or word.lower() in PERSON_NAME_PARTICLES for word in words)
    )


def _unrecognised_name(subject: str) -> bool:
    """A subject given as a bare first and last name ("Carlo Ancelotti", "Bruno Le Roux"), no
    determiner."""
    words = subject.split()
    return (
        (len(words) == 2 or (len(words) == 3 and words[1] in {"Le", "La"}))
        and all(word[:1].isupper() for word in words)
        and words[0].lower() not in {"le", "la", "les", "un", "une"}  # "Bruno | Le Maire"
    )


def _can_be(pronoun: str, name: str) -> bool:
    if pronoun in {"elle", "cette dernière", "she"}:
        return not name.startswith(_MASCULINE_TITLES)
    if pronoun in {"il", "ce dernier", "lui", "he"}:
        return not name.startswith(_FEMININE_TITLES)
    return True


def _same_gender(first: str, second: str) -> bool:
    if first in _NEUTRAL or second in _NEUTRAL:
        return True
    feminine = {"elle", "cette dernière", "she"}
    return (first in feminine) == (second in feminine)


def _same_person(first: str, second: str) -> bool:
    return first.rsplit(maxsplit=1)[-1] == second.rsplit(maxsplit=1)[-1]


def _people(claim: DetectedClaim) -> list[str]:
    """People named in a claim: a first and last name, or a title and a name. The small models
    also tag one-word brands and places as people ("Starlink"), which no pronoun should take."""
    return [
        atom.text
        for atom in sorted(claim.atoms, key=lambda atom: atom.start)
        if atom.kind is AtomKind.PERSON
        # "président de la République" tagged as a person is a role, not a name
        and atom.text[:1].isupper()
        and (len(atom.text.split()) >= 2 or claim.source == atom.text)
    ]


def resolve_pronoun_sources(
    claims: list[DetectedClaim],
    pronouns: list[str | None],
    paragraphs: list[int],
    subjects: list[str | None] | None = None,
    role_nouns: frozenset[str] = frozenset(),
) -> list[DetectedClaim]:
    """`claims` with each pronoun source replaced by the person it surely refers to. `subjects`
    holds the named subject of each claim's main clause, preferred when a claim names several;
    `role_nouns` the language's source nouns ("patron", "ministre"), the roles a latter may be."""
    subjects = subjects or [None] * len(claims)
    resolved: list[DetectedClaim] = []
    for index, (claim, pronoun) in enumerate(zip(claims, pronouns, strict=False)):
        if pronoun is None:
            resolved.append(claim)
            continue
        lower = _DEMONSTRATIVES.get(pronoun.lower(), pronoun.lower())
        own = subjects[index] if index < len(subjects) else None
        if (
            lower in {"il", "elle"}
            and own
            and f"-{lower}" in claim.text.lower()
            and (own in _people(claim) or _unrecognised_name(own))
            and _can_be(lower, own)
            and not _quoted_at(claim.text, claim.text.find(own))
        ):
            # "Thomas Véron a bouclé une levée de fonds, a-t-il confirmé": the tag's pronoun is
            # the sentence's own subject, a person named in it
            name: str | None = own
        elif lower in _SINGULAR:
            name = _referent(resolved, pronouns, index, lower, paragraphs, subjects, role_nouns)
            if name and _description(name):
                # "…, raconte Léa Marchand. « … », poursuit la Française. Elle dénonce …": the
                # person the description stands for, by the name the article gave her
                name = _named_speaker_before(resolved, index, lower, paragraphs) or name
        elif lower in _PLURAL:
            name = _plural_referent(resolved, index, paragraphs, subjects)
        else:
            name = None
        reasons = tuple(
            reason.replace(
                f"attributed to: {pronoun} {_UNRESOLVED}",
                f"attributed to: {name} ({pronoun}, the last person named)",
            )
            if name
            else reason
            for reason in claim.reasons
        )
        resolved.append(replace(claim, source=name, reasons=reasons))
    return resolved


def _quoted_at(text: str, position: int) -> bool:
    """Whether `position` of `text` is inside « » (a quote's words name no speaker)."""
    before = text[: max(position, 0)]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _looks_plural(phrase: str) -> bool:
    first = phrase.split(maxsplit=1)[0].lower() if phrase.split() else ""
    return first in _PLURAL_OPENINGS or first[:1].isdigit()


def _plural_referent(
    claims: list[DetectedClaim], index: int, paragraphs: list[int], subjects: list[str | None]
) -> str | None:
    """ "Ils revendiquent …" after "Environ 2 000 citoyens ont manifesté" or "…, ont déclaré les
    syndicats": the group the sentence just before speaks of or for, when it is plural."""
    back = index - 1
    if back < 0 or paragraphs[index] - paragraphs[back] > 1:
        return None
    source = claims[back].source
    if source and _looks_plural(source):
        return source
    subject = subjects[back] if back < len(subjects) else None
    if not source and subject and _looks_plural(subject):
        return subject
    return None


_DESCRIPTION_DETERMINERS = ("le ", "la ", "l'", "l’")
_LOOK_BACK_FOR_NAME = 8


def _description(source: str) -> bool:
    """A short definite description that names no one: "la Française", "le quadragénaire"."""
    lower = source.lower()
    if not lower.startswith(_DESCRIPTION_DETERMINERS):
        return False
    words = source.split()
    return len(words) <= 3 and not any(
        word in {"de", "du", "des", "d'", "d’"} for word in lower.split()
    )


def _apposed_name(source: str | None, names: list[str], text: str) -> str | None:
    """The name set off after a role source ("le maire de Redon, Pascal Guillou")."""
    if not source:
        return None
    return next((name for name in names if f"{source}, {name}" in text), None)


def _named_speaker_before(
    claims: list[DetectedClaim], index: int, pronoun: str, paragraphs: list[int]
) -> str | None:
    """The nearest earlier speaker given by name whom `pronoun` can stand for."""
    wrong = "f" if pronoun in _MASCULINE else "m" if pronoun in _FEMININE else None
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK_FOR_NAME), -1):
        if paragraphs[index] - paragraphs[back] > _LOOK_BACK_PARAGRAPHS + 1:
            return None
        source = claims[back].source
        if not source or _description(source):
            continue
        people = _people(claims[back])
        source = _apposed_name(source, people, claims[back].text) or source
        named = source in people or (_bare_name(source) and not people)
        if (
            named
            and _can_be(pronoun, source)
            and _gender_before(claims[back].text, source) != wrong
        ):
            return source
        return None  # another speaker came in between
    return None


_ROLE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "son", "sa", "un", "une"})
# Source nouns that are no one a latter points to ("son parti", "le rapport")
_NOT_LATTER = frozenset({"parti", "rapport", "étude", "enquête", "journal", "quotidien"})


def _last_role_after(
    text: str, named: list[str], pronoun: str, role_nouns: frozenset[str]
) -> str | None:
    """The last role written after every person `text` names ("le patron du Medef", "la Première
    ministre"), when its determiner agrees with `pronoun`; None when there is none."""
    floor = max((text.rfind(name) + len(name) for name in named if name in text), default=0)
    # "« … pour désigner un responsable », a-t-il ajouté": no role inside a quote
    unquoted = re.sub(r"«[^»]*»|“[^”]*”", lambda match: " " * len(match.group()), text)
    words = unquoted[floor:].replace("’", "'").replace("l'", "l' ").replace("L'", "L' ").split()
    chosen = None
    for index, word in enumerate(words):
        determiner = word.lower()
        if determiner not in _ROLE_DETERMINERS:
            continue
        if index and words[index - 1].lower() in {"de", "d'", "à", "pour"}:
            continue  # "La porte-parole de la Commission": the body is the role's, not a role
        for size in (1, 2):  # "le patron", "la Première ministre"
            head = [w.strip(".,;:!?»«").lower() for w in words[index + 1 : index + 1 + size]]
            if len(head) == size and head[-1] in role_nouns and head[-1] not in _NOT_LATTER:
                break
        else:
            continue
        end = index + 1 + size
        if end < len(words) and words[end].lower() in {"de", "du", "des", "d'"}:
            end += 1
            if end < len(words) and words[end].lower() in {"la", "le", "l'"}:
                end += 1
            end += 1  # "du Medef", "de la police"
        phrase = " ".join(words[index:end]).replace("' ", "'").strip(".,;:!?»« ")
        feminine = determiner in {"la", "sa", "une"} or (
            determiner == "l'" and head[-1].endswith(_FEMININE_ENDINGS)
        )
        if (pronoun in _FEMININE) == feminine:
            at = text.replace("’", "'").find(phrase, floor)
            chosen = text[at : at + len(phrase)] if at >= 0 else phrase  # as written
    return chosen


def _referent(
    claims: list[DetectedClaim],
    pronouns: list[str | None],
    index: int,
    pronoun: str,
    paragraphs: list[int],
    subjects: list[str | None],
    role_nouns: frozenset[str],
) -> str | None:
    """`claims` holds the claims before `index` already resolved."""
    for back in range(index - 1, max(-1, index - 1 - _LOOK_BACK_CLAIMS), -1):
        if paragraphs[index] - paragraphs[back] > _LOOK_BACK_PARAGRAPHS:
            break
        if pronoun in _LATTER and back == index - 1:
            # "ce dernier" is the latter: the last person the sentence before names, or a role
            # it names after them ("Le ministre a reçu le patron du Medef. Ce dernier a jugé …");
            # with neither, no one is sure.
            named = [name for name in _people(claims[back]) if _can_be(pronoun, name)]
            source = claims[back].source
            if not named and source and _bare_name(source) and _can_be(pronoun, source):
                named = [source]  # "raconte Nadia/MISC. … a ajouté cette dernière"
            if not named:
                # "selon le gouverneur, Oleh Marchenko/MISC. … a écrit ce dernier": a first and
                # last name the small recogniser gave another label
                named = [
                    atom.text
                    for atom in sorted(claims[back].atoms, key=lambda atom: atom.start)
                    if atom.kind in {AtomKind.ORGANISATION, AtomKind.OTHER}
                    and _unrecognised_name(atom.text)
                ]
            described = _last_role_after(claims[back].text, named, pronoun, role_nouns)
            if described is not None and source and source.startswith(described):
                return source  # the role is that claim's speaker, written whole there
            if described is not None:
                # "Le ministre a reçu le patron du Medef. Ce dernier a jugé …", "Sandrine Rousseau a
                # interpellé la Première ministre. Celle-ci …": the role named last
                return described
            if not named and source and _agrees(source, pronoun) and not _looks_plural(source):
                return source  # "…, raconte une riveraine. Celle-ci affirme …"
            return named[-1] if named else None
        earlier = (pronouns[back] or "").lower()
        if earlier in _SINGULAR and _same_gender(earlier, pronoun):
            # "Il précise … Il reconnaît …": the same pronoun goes on with the same speaker.
            source = claims[back].source
            return source if source and _can_be(pronoun, source) else None
        wrong = "f" if pronoun in _MASCULINE else "m" if pronoun in _FEMININE else None
        candidates = [
            name
            for name in _people(claims[back])
            if _can_be(pronoun, name)
            and (wrong is None or _gender_before(claims[back].text, name) != wrong)
        ]
        source = claims[back].source
        # "…, s'est félicité le Premier ministre sortant, Tomislav Marinić. Il a indiqué …":
        # the role and the name set off after it are one speaker
        source = _apposed_name(source, candidates, claims[back].text) or source
        if source and not any(
            _same_person(source, name) or name in source for name in _people(claims[back])
        ):
            # A speaker who is no named person came in between: "… a indiqué un porte-parole de
            # la police. … a-t-il précisé" is that speaker when the claim names no one else and
            # the determiner agrees with the pronoun; otherwise no one is sure. "M. Peskov" is
            # a named person the small model may not tag whole.
            titled = source.startswith(_TITLES[pronoun]) if pronoun in _TITLES else False
            wrong = "f" if pronoun in _MASCULINE else "m" if pronoun in _FEMININE else None
            # A speaker's name the small recogniser called a body or "other" ("raconte Nadia",
            # "Mélanie Kerguen/ORG, a dénoncé"): a speaker is a person, if the gender agrees.
            bare = (
                _bare_name(source)
                and _can_be(pronoun, source)
                and _gender_before(claims[back].text, source) != wrong
            )
            if not _people(claims[back]) and (_agrees(source, pronoun) or titled or bare):
                return source
            return None
        if (
            source
            and any(_same_person(source, name) for name in candidates)
            # "le politologue Ricardo Mamani" … "Il estime": the person, by name; "M. Durand"
            # stays whole
            and not source.lower().startswith((*_DESCRIPTION_DETERMINERS, "un ", "une "))
        ):
            candidates = [source]
        elif source and any(name in source for name in candidates):
            # "affirme Rami Abd al-Rahman de l'Observatoire …": the person inside the source
            candidates = [name for name in candidates if name in source]
        if not candidates:
            if _people(claims[back]):
                return None  # people were named, none of whom the pronoun can be
            subject = subjects[back] if back < len(subjects) else None
            if subject and not source and _agrees(subject, pronoun):
                # "La Première ministre a reçu les syndicats. « … », a-t-elle assuré."
                return subject
            if subject and not source and _unrecognised_name(subject):
                # "Carlo Ancelotti a remporté … « … », a-t-il confié": a name the recogniser
                # missed, the subject of the sentence before and no other person named
                return subject
            continue
        distinct: list[str] = []
        for name in candidates:
            if not any(_same_person(name, other) for other in distinct):
                distinct.append(name)
        subject = subjects[back] if back < len(subjects) else None
        if len(distinct) > 1 and subject and pronoun not in _LATTER:
            # "Gilles Simeoni a appris … avec Sollacaro. Il confie …": "il" goes on with the
            # subject of the sentence before, not with another person it names.
            chosen = [name for name in distinct if _same_person(name, subject)]
            if len(chosen) == 1:
                distinct = chosen
                candidates = [name for name in candidates if _same_person(name, subject)]
        if len(distinct) == 1:
            # Prefer the fullest spelling given in that claim ("Joechen Zaumseil" over "Zaumseil").
            return max((name for name in candidates if _same_person(name, distinct[0])), key=len)
        return None
    return None
