"""The prose filter: page furniture that is no claim (menus, buttons, credits, bylines, captions).

Saved web pages and PDFs bring lines that are not the article: "S'abonner", "Partager sur
Twitter", "© AFP", "Par Jean Dupont", "Lire aussi : …", photo captions, publication stamps,
numbered headings of a record. Each is a paragraph of its own once imported, so the filter judges
whole paragraphs: a line it refuses yields no claim (a checker can still add one by hand).
The patterns are French and English page vocabulary plus the shape of the line (no finite verb,
few words, a credit at the end); measured on the French development set
(tests/data/fr_devset/README.md).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from workbench.core.detection.matching import doc_strings

_FLAGS = re.IGNORECASE
# Lines that open with a page action, however long they are ("Partager via : Mail Facebook …").
_OPENS_WITH_ACTION = re.compile(
    r"^\W*(?:lire aussi|à lire aussi|lire la suite|voir aussi|à voir aussi|sur le même sujet|en savoir plus|"
    r"à (?:découvrir|voir|lire|écouter|regarder|suivre)(?: aussi| également| en direct)?\s*$|"
    r"partager|imprimer|s['’]abonner|abonnez-vous|se connecter|newsletters?\b|podcast\b|publicité\b|"
    r"read more|share\b|subscribe|sign in|log in|advertisement)",
    _FLAGS,
)
# Credits, copyrights and subscription notices, anywhere in a line of up to _LONG_WORDS words.
_FURNITURE = re.compile(
    r"©|(?i:\bcopyright\b|tous droits réservés|all rights reserved|réservée? (?:aux|à nos) abonnés|"
    r"\bédition abonnés\b|il vous reste \d|capture d['’]écran|"
    r"\((?:photo|crédit|credit|illustration)s?\b[^)]*\)\s*$|"
    r"^(?:crédits?|photos?|illustration|légende)(?: photos?)?\s*:)|"
    r"(?:^|[\s(])(?:[A-ZÉÈÀ][A-ZÉÈÀ.\-]*\s+)*[A-ZÉÈÀ.\-]{2,}\s*/\s*(?:AFP|AP|REUTERS|Reuters|SIPA|Getty|EPA|"
    r"MAXPPP|ABACA|Bestimage|HANS LUCAS|Hans Lucas|AP Photo)\b"
)
# Stamps and notices: they condemn a line only when it is short or has no finite verb.
_STAMPS = re.compile(
    r"^(?:publié|mis à jour|modifié|actualisé|published|updated)\b|\bmis à jour le\b|"
    r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|"
    r"\bvos réactions\b|\bversion imprimable\b",
    _FLAGS,
)
# Words of menus and buttons; they condemn a line only when it is short and has no finite verb.
_MENU_WORDS = re.compile(
    r"\b(?:abonn\w*|connexion|connecter|inscri\w*|newsletters?|partager|imprimer|commentaires?|"
    r"réagir|réactions|voir plus|afficher plus|fermer|rechercher|recherche|accueil|menu|reset|"
    r"suivre|télécharger|écoutez|écouter|réservation|boutique|services|offres|jeux|jeux-concours|"
    r"mentions légales|contact|cookies|plan du site|archives|facebook|twitter|linkedin|whatsapp|"
    r"accessibilité|confidentialité|"
    r"messenger|instagram|youtube|telegram|e-mail|mail|rss|home|search|login)\b",
    _FLAGS,
)
# The page speaking of itself: "Le Figaro fait le point sur la situation.", "On vous explique."
_MEDIA = (
    r"(?:Le Figaro|Le Monde|Libération|Les [EÉ]chos|Euronews|franceinfo|Franceinfo|Le Parisien|"
    r"L['’]Express|Le Point|L['’]Obs|20 Minutes|Ouest-France|La Croix|Mediapart|BFMTV|France 24|"
    r"RFI|Le JDD|Le HuffPost|Sud Ouest|La Dépêche|(?:notre|la) rédaction)"
)
_SELF_DESCRIPTION = re.compile(
    r"^"
    + _MEDIA
    + r"\s+(?:vous\s+)?(?:fait le point|explique|dit tout|raconte|décrypte|fait le tour|"
    r"résume|revient en images)\b|"
    r"^(?:on|nous)\s+vous\s+(?:fait|faisons|explique|expliquons|résume|résumons|dit tout)\b|"
    r"^(?:nous\s+)?faisons\s+le\s+point\b",
    _FLAGS,
)
_SELF_DESCRIPTION_WORDS = 12
# A link to a live page, whatever it says before: "… : les dernières informations à suivre ici".
_LIVE_LINK = re.compile(
    r"\bà suivre (?:ici|en direct|en (?:vidéo|images))\b|\ben direct ici\b", _FLAGS
)
_BYLINE = re.compile(
    r"^(?:[Pp]ar|[Bb]y)\s+(?:[A-ZÉÈ][\w.’'\-]*\s*){1,4}(?:(?:et|and|avec|,)\s+(?:[A-ZÉÈ][\w.’'\-]*\s*){1,4})*$"
)
_CIVILITY_LIST = re.compile(r"^(?:M\.|Mme|Mlle|Me|Dr|Pr)\s")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s+\S")
_COUNTER = re.compile(r"\(\d+\)\s*$")
_CAPTION_PLACE_END = re.compile(r",\s+(?:à|au|aux|en|dans)\s+[A-ZÉ][^,]*\.$")
_CAPTION_DATE_END = re.compile(r",\s+(?:le\s+)?\d{1,2}(?:er)?\s+\w+\s+\d{4}\.$")
# Nouns that make a verbless headline an event ("Nouvelle hausse du chômage", "Mort de X"): such a
# line is a title that states a fact, not a topic heading.
_EVENT_NOUNS = re.compile(
    r"\b(?:hausse|baisse|recul|chute|augmentation|diminution|record|victoire|défaite|mort|décès|"
    r"attentat|attaque|explosion|incendie|séisme|accident|démission|élection|réélection|"
    r"nomination|arrestation|condamnation|libération|accord|grève|fermeture|suppression|"
    r"lancement|abolition|annulation|adoption|rejet|naufrage|faillite|fusion|rachat|"
    r"rise|fall|death|killed|wins?|record)s?\b",
    _FLAGS,
)
_HEADING_WORDS = 5
_SHORT_WORDS = 8
_LONG_WORDS = 25
_LONG_TOKENS = 40
_MENU_LIST_COMMAS = 3


def _words(doc: Doc) -> list[str]:
    return [token.text for token in doc if token.is_alpha or token.like_num]


def has_finite_verb(doc: Doc) -> bool:
    """A conjugated verb anywhere in the line (participles and infinitives do not count)."""
    for token in doc:
        if token.pos_ in {"VERB", "AUX"}:
            forms = token.morph.get("VerbForm", [])
            if not forms or "Fin" in forms:
                return True
    return False


def non_prose_reason(doc: Doc) -> str | None:
    """Why a paragraph is page furniture rather than prose, or None when it is prose."""
    if len(doc) > _LONG_TOKENS:
        # A long paragraph is prose unless it opens with a page action ("Partager via : …").
        return "page action" if _OPENS_WITH_ACTION.search(doc_strings(doc).text[:40]) else None
    text = doc_strings(doc).text.strip()
    if not text:
        return None
    if _OPENS_WITH_ACTION.search(text):
        return "page action"
    words = _words(doc)
    finite = has_finite_verb(doc)
    short = len(words) <= _SHORT_WORDS
    if _FURNITURE.search(text) and len(words) <= _LONG_WORDS:
        return "credit or notice"
    if _LIVE_LINK.search(text) and len(words) <= _LONG_WORDS:
        return "link to a live page"
    if _STAMPS.search(text) and (short or not finite):
        return "publication stamp"
    if len(words) <= _SELF_DESCRIPTION_WORDS and _SELF_DESCRIPTION.search(text):
        return "the page describing itself"
    if len(words) <= 1 and not any(token.like_num for token in doc):
        return "single word"
    if short and not finite and _MENU_WORDS.search(text):
        return "menu or button"
    if _BYLINE.match(text) and not finite:
        return "byline"
    if short and (_COUNTER.search(text) or text.endswith(":")):
        return "label"
    if not finite:
        letters = [character for character in text if character.isalpha()]
        if letters and all(character.isupper() for character in letters) and short:
            return "heading in capitals"
        if _NUMBERED_HEADING.match(text) or (_CIVILITY_LIST.match(text) and short):
            return "list entry"
        if (_CAPTION_DATE_END.search(text) or _CAPTION_PLACE_END.search(text)) and len(words) >= 4:
            return "caption"
        if (
            text.count(",") >= _MENU_LIST_COMMAS
            and max(len(part.split()) for part in text.split(",")) <= 4
        ):
            return "list of topics"
        if short and len(words) <= 4 and text[:1].islower():
            return "topic tag"
        first = next((token for token in doc if not token.is_punct), None)
        if short and first is not None and first.morph.get("VerbForm", []) == ["Inf"]:
            # "Accéder au contenu principal", "Chercher dans les tags du jour": a link or button.
            return "link or button"
        if (
            len(words) <= _HEADING_WORDS
            # no participle either ("Lancement réussi"); the small tagger's odd infinitives
            # ("Vie de quartier/VERB") are nouns
            and not any(
                token.pos_ == "AUX"
                or (token.pos_ == "VERB" and token.morph.get("VerbForm", []) != ["Inf"])
                or token.like_num
                for token in doc
            )
            and not any(character in text for character in ':;«»“”"')
            and text[-1:] not in {".", "!", "?", "…"}
            and not _EVENT_NOUNS.search(text)
        ):
            # "Guerre en Ukraine", "Monde du travail", "Politique de confidentialité": a topic
            # heading or a menu entry names a subject and asserts nothing.
            return "topic heading"
    return None
