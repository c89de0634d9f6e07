"""Claim groups and name flags in the JSON export and cross-references in the HTML report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.corpus_projects import make_project

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.reports import export_report, import_json

WIRE = "Le port de <b>Brest</b> a traité 3,2 millions de tonnes de marchandises en 2024."
NAME = "Une faveur a été faite à Xi Jinpin en 2023."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    project = make_project(
        tmp_path / "reports.wbproj",
        [("Dépêche", f"{WIRE} {NAME}"), ("Reprise", f"La direction se tait. {WIRE}")],
        names=["Xi Jinpin"],
    )
    yield project
    project.close()


def test_the_json_export_lists_groups_and_name_flags_and_imports_back(
    project: Project, tmp_path: Path
) -> None:
    first, copy = (claim.id for claim in project.claims() if claim.text == WIRE)
    project.set_verdict(first, Verdict.DENIED)
    project.set_verdict(copy, Verdict.CONFIRMED)
    written = export_report(project, "json", tmp_path / "out.json")
    corpus = json.loads(written.read_text(encoding="utf-8"))["corpus"]
    [group] = corpus["claim_groups"]
    assert [member["claim_id"] for member in group["members"]] == [first, copy]
    assert group["is_conflicting"] and group["verdicts"] == ["confirmed", "denied"]
    assert [(flag["text"], flag["suggestion"]) for flag in corpus["name_flags"]] == [
        ("Xi Jinpin", "Xi Jinping")
    ]
    imported = import_json(written, tmp_path / "back.wbproj")
    with Project.open(imported, read_only=True) as back:
        assert len(back.claims()) == len(project.claims())


def test_a_partial_json_export_names_other_claims_by_reference_only(
    project: Project, tmp_path: Path
) -> None:
    first, copy = (claim.id for claim in project.claims() if claim.text == WIRE)
    written = export_report(project, "json", tmp_path / "part.json", claim_ids=[first])
    [group] = json.loads(written.read_text(encoding="utf-8"))["corpus"]["claim_groups"]
    members = {member["claim_id"]: member for member in group["members"]}
    assert "text" in members[first] and "text" not in members[copy]


def test_the_html_report_cross_references_a_claim_stated_elsewhere(
    project: Project, tmp_path: Path
) -> None:
    first, copy = (claim.id for claim in project.claims() if claim.text == WIRE)
    project.set_verdict(first, Verdict.DENIED)
    project.set_verdict(copy, Verdict.CONFIRMED)
    html = export_report(project, "html", tmp_path / "out.html").read_text(encoding="utf-8")
    second_article = project.claim(copy).article_id
    assert f'<a href="#claim-{second_article}-2">article {second_article}, claim 2</a>' in html
    assert "Claims stating the same thing have different verdicts" in html
    assert "Spelling to check" in html and "“Xi Jinping”" in html
    assert "<b>Brest</b>" not in html  # the claim's text stays escaped


def test_a_claim_outside_an_html_report_is_named_without_a_link(
    project: Project, tmp_path: Path
) -> None:
    first, copy = (claim.id for claim in project.claims() if claim.text == WIRE)
    first_article = project.claim(first).article_id
    html = export_report(
        project,
        "html",
        tmp_path / "one.html",
        article_id=project.claim(copy).article_id,
        language="fr",
    ).read_text(encoding="utf-8")
    assert f"Même affirmation aussi dans:\narticle {first_article}, affirmation 1" in html
    assert f'href="#claim-{first_article}-1"' not in html
