"""Projects built for the report tests: an ordinary one and one full of hostile content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core.model import Analysis, ArticleDraft, ClaimType, DetectedClaim, Verdict
from workbench.core.project import Project

CHECKER = "Camille Martin"

# A script that would leave this marker in the DOM if it ever ran; the literal never appears in
# the source, so finding it in a browser's DOM dump means code executed.
MARKER = "PW" + "NED"
SCRIPT = "document.body.setAttribute('data-x','PW'+'NED');document.title='PW'+'NED'"

HOSTILE_TITLE = f"<script>{SCRIPT}</script> Titre"
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n"
    f"Le ministre <img src=x onerror=\"{SCRIPT}\"> aurait dépensé =HYPERLINK(\"http://evil.example\",\"x\") "
    "euros.\n"
    f"Voir <a href=\"javascript:{SCRIPT}\">ici</a> et [clic](javascript:alert(1)) **gras** # titre.\n"
    "+cmd|' /C calc'!A0 puis @SUM(1+1)*cmd|' /C calc'!A0 et -2+3 selon la source."
)
HOSTILE_RATIONALE = (
    f"=HYPERLINK(\"http://evil.example\",\"Cliquez\")\n<script>{SCRIPT}</script>\n"
    "<svg onload=\"alert(1)\"></svg> [lien](javascript:alert(1)) | table | `code`"
)
HOSTILE_SOURCES = [
    ("-2+3", "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd"),
    (f"javascript:{SCRIPT}", f"<img src=x onerror=\"{SCRIPT}\">", "@SUM(1+1)"),
    ("  JaVaScRiPt:alert(1)", "+cmd|' /C calc'!A0", "-2+3"),
    ("https://example.org/a\"onmouseover=\"alert(1)", "=1+1", "\tTab"),
    ("data:text/html,<script>alert(1)</script>", "\rCR", "<b>gras</b>"),
]


def claim_at(text: str, fragment: str, score: float = 0.8, **extra: object) -> DetectedClaim:
    start = text.index(fragment)
    return DetectedClaim(
        start=start, end=start + len(fragment), text=fragment, score=score, checkworthy=True,
        **extra,  # type: ignore[arg-type]
    )


def add_source(project: Project, claim_id: int, url: str, title: str, excerpt: str = "",
               accessed: str = "2026-11-20") -> None:
    """Write a source row directly, bypassing the store's checks.

    The store refuses `javascript:` and other non-web addresses; the reports must stay inert even
    for rows it would refuse (a project written by an older version, or edited by hand).
    """
    connection = sqlite3.connect(project.path)
    try:
        with connection:
            connection.execute(
                "INSERT INTO sources (claim_id, url, title, excerpt, accessed) VALUES (?, ?, ?, ?, ?)",
                [claim_id, url, title, excerpt, accessed],
            )
    finally:
        connection.close()


ARTICLE_FR = (
    "Le tramway coûtera 120 millions d'euros\n"
    "Le maire a annoncé lundi que la nouvelle ligne de tramway coûtera 120 millions d'euros. "
    "Selon la préfecture, les travaux commenceront en mars 2027. "
    "L'opposition affirme que le chantier aurait déjà pris deux ans de retard.\n"
    "La ville compte 48 000 habitants de plus qu'en 2010. Le maire promet des rames gratuites."
)
ARTICLE_EN = (
    "Unemployment falls to 7.1%\n"
    "Unemployment fell to 7.1% in the third quarter, the statistics office said on Friday. "
    "It is the lowest rate since 2008."
)


def build_sample_project(path: Path) -> Project:
    """Two articles, claims in all four verdicts, rationales, sources and a history."""
    project = Project.create(path)
    fr_claims = (
        claim_at(ARTICLE_FR, "Le maire a annoncé lundi que la nouvelle ligne de tramway coûtera "
                             "120 millions d'euros.", 0.92, types=(ClaimType.QUANTITY,)),
        claim_at(ARTICLE_FR, "Selon la préfecture, les travaux commenceront en mars 2027.", 0.7,
                 types=(ClaimType.ATTRIBUTION, ClaimType.DATE), source="la préfecture"),
        claim_at(ARTICLE_FR, "L'opposition affirme que le chantier aurait déjà pris deux ans de "
                             "retard.", 0.81, types=(ClaimType.ALLEGATION,)),
        claim_at(ARTICLE_FR, "La ville compte 48 000 habitants de plus qu'en 2010.", 0.66,
                 types=(ClaimType.QUANTITY, ClaimType.COMPARISON)),
        claim_at(ARTICLE_FR, "Le maire promet des rames gratuites.", 0.4,
                 types=(ClaimType.PREDICTION,)),
    )
    en_claims = (
        claim_at(ARTICLE_EN, "Unemployment fell to 7.1% in the third quarter, the statistics "
                             "office said on Friday.", 0.9, types=(ClaimType.QUANTITY,)),
        claim_at(ARTICLE_EN, "It is the lowest rate since 2008.", 0.75,
                 types=(ClaimType.COMPARISON,)),
    )
    project.add_articles([
        (ArticleDraft("Le tramway coûtera 120 millions d'euros", ARTICLE_FR,
                      {"index": 3, "total": 12, "date": "2026-11-23T08:15:00"},
                      "/home/checker/private/corpus.txt"),
         Analysis("fr", "fr_core_news_sm", fr_claims)),
        (ArticleDraft("Unemployment falls to 7.1%", ARTICLE_EN, {"date": "2026-11-21T17:00:00"},
                      "unemployment.txt"),
         Analysis("en", "blank:en", en_claims)),
    ])
    claims = {claim.text[:20]: claim for claim in project.claims()}
    tram, works, delay, people = (claims[key] for key in (
        "Le maire a annoncé l", "Selon la préfecture,", "L'opposition affirme", "La ville compte 48 0"))
    unemployment = claims["Unemployment fell to"]
    project.set_verdict(tram.id, Verdict.CONFIRMED, CHECKER)
    project.set_rationale(tram.id, "Délibération du conseil municipal du 12 novembre: 120 M€ HT.",
                          CHECKER)
    project.set_verdict(works.id, Verdict.UNVERIFIED, CHECKER)
    project.set_rationale(works.id, "La préfecture n'a pas répondu.", CHECKER)
    project.set_verdict(delay.id, Verdict.DENIED, "Alex Durand")
    project.set_rationale(delay.id, "Le calendrier initial prévoyait 2027;\naucun retard.",
                          "Alex Durand")
    project.set_verdict(unemployment.id, Verdict.CONFIRMED, CHECKER)
    project.add_source(tram.id, "https://ville.example/deliberations/2026-11-12",
                       "Délibération n° 2026-114", "montant total de 120 000 000 € HT",
                       "2026-11-20", CHECKER)
    project.add_source(tram.id, "https://presse.example/tram", "Article du 13 novembre",
                       accessed="2026-11-20", who=CHECKER)
    project.add_source(delay.id, "https://ville.example/calendrier.pdf", "Calendrier des travaux",
                       accessed="2026-11-21", who="Alex Durand")
    project.add_source(unemployment.id, "https://stats.example/q3", "Q3 labour force survey",
                       accessed="2026-11-22", who=CHECKER)
    del people  # stays unchecked
    return project


def build_hostile_project(path: Path) -> Project:
    """An article, rationale, source titles and URLs made of script and spreadsheet payloads."""
    project = Project.create(path)
    hostile_claims = tuple(
        claim_at(HOSTILE_TEXT, line, 0.9, source="<b onmouseover=alert(1)>x</b>")
        for line in HOSTILE_TEXT.split("\n")[1:]
    )
    project.add_articles([
        (ArticleDraft(HOSTILE_TITLE, HOSTILE_TEXT,
                      {"date": "2026-11-22T09:00:00", "source": "=HYPERLINK(\"http://x\")"},
                      "<script>alert(1)</script>.txt"),
         Analysis("fr", "fr_core_news_sm", hostile_claims)),
    ])
    for number, claim in enumerate(project.claims()):
        verdict = (Verdict.DENIED, Verdict.CONFIRMED, Verdict.UNVERIFIED)[number % 3]
        project.set_verdict(claim.id, verdict, "@SUM(1+1)*cmd|' /C calc'!A0")
        project.set_rationale(claim.id, HOSTILE_RATIONALE, "<script>alert('who')</script>")
        for url, title, excerpt in HOSTILE_SOURCES:
            add_source(project, claim.id, url, title, excerpt)
    project.set_state("publisher_name", "<script>alert(1)</script> Vérif")
    project.set_state("publisher_url", "https://verif.example/rapport")
    return project
