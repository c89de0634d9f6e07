"""ClaimReview JSON-LD against Google's fact-check rules and schema.org's type definitions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers.reports import build_hostile_project, build_sample_project

from workbench.core.model import Verdict
from workbench.core.project import Project
from workbench.core.reports import MissingPublisher, render_report

PUBLISHER = {
    "publisher_name": "Vérif Express",
    "publisher_url": "https://verif.example/rapports/tram",
}

# Which properties schema.org (https://schema.org/<Type>, version 29) defines for each type we emit,
# as "own properties" plus the parent type they inherit from. Only the parts of long lists that
# matter here are written down, so the check errs on the side of refusing a key.
SCHEMA_ORG: dict[str, tuple[str | None, set[str]]] = {
    "Thing": (
        None,
        {
            "additionalType",
            "alternateName",
            "description",
            "disambiguatingDescription",
            "identifier",
            "image",
            "mainEntityOfPage",
            "name",
            "potentialAction",
            "sameAs",
            "subjectOf",
            "url",
        },
    ),
    "CreativeWork": (
        "Thing",
        {
            "about",
            "abstract",
            "author",
            "citation",
            "contributor",
            "copyrightHolder",
            "creator",
            "dateCreated",
            "dateModified",
            "datePublished",
            "headline",
            "inLanguage",
            "isBasedOn",
            "isPartOf",
            "keywords",
            "license",
            "publisher",
            "sdDatePublished",
            "sdPublisher",
            "text",
            "version",
        },
    ),
    "Review": (
        "CreativeWork",
        {
            "associatedClaimReview",
            "associatedMediaReview",
            "associatedReview",
            "itemReviewed",
            "negativeNotes",
            "positiveNotes",
            "reviewAspect",
            "reviewBody",
            "reviewRating",
        },
    ),
    "ClaimReview": ("Review", {"claimReviewed"}),
    "Claim": ("CreativeWork", {"appearance", "claimInterpreter", "firstAppearance"}),
    "Intangible": ("Thing", set()),
    "Rating": (
        "Intangible",
        {
            "author",
            "bestRating",
            "ratingExplanation",
            "ratingValue",
            "reviewAspect",
            "worstRating",
        },
    ),
    "Organization": (
        "Thing",
        {
            "address",
            "email",
            "founder",
            "foundingDate",
            "legalName",
            "logo",
            "member",
            "parentOrganization",
            "telephone",
        },
    ),
    "Person": (
        "Thing",
        {
            "affiliation",
            "birthDate",
            "email",
            "familyName",
            "givenName",
            "jobTitle",
            "worksFor",
        },
    ),
}


@pytest.fixture(scope="module")
def schema_org_properties() -> dict[str, set[str]]:
    """Every property valid on each type, inherited ones included."""

    def valid(type_name: str) -> set[str]:
        parent, own = SCHEMA_ORG[type_name]
        return own | (valid(parent) if parent else set())

    return {name: valid(name) for name in SCHEMA_ORG}


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    project = build_sample_project(tmp_path / "sample.wbproj")
    for key, value in PUBLISHER.items():
        project.set_state(key, value)
    yield project
    project.close()


def reviews(project: Project, **options: Any) -> list[dict[str, Any]]:
    return json.loads(render_report(project, "claimreview", **options))


def typed_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if "@type" in value:
            yield value
        for item in value.values():
            yield from typed_objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from typed_objects(item)


def test_one_review_per_claim_with_a_verdict(sample: Project) -> None:
    published = reviews(sample)
    with_verdict = [c for c in sample.claims() if c.verdict != Verdict.UNCHECKED]
    assert len(published) == len(with_verdict) == 4
    assert [review["claimReviewed"] for review in published] == [c.text for c in with_verdict]


def test_unverified_claims_can_be_left_out(sample: Project) -> None:
    from workbench.core.reports import Publisher, claim_reviews, collect

    content = collect(sample)
    publisher = Publisher.from_project(sample)
    kept = claim_reviews(content, publisher, "en", include_unverified=False)
    assert {review["reviewRating"]["alternateName"] for review in kept} == {"True", "False"}


def test_required_and_recommended_fields(sample: Project) -> None:
    moment = datetime(2026, 11, 25, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    languages = {c.text: sample.article(c.article_id).language for c in sample.claims()}
    assert set(languages.values()) == {"fr", "en"}
    for review in reviews(sample, now=moment):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        assert review["datePublished"] == "2026-11-26"  # the day of the export, in UTC
        assert review["author"] == {
            "@type": "Organization",
            "name": PUBLISHER["publisher_name"],
            "url": PUBLISHER["publisher_url"],
        }
        assert review["url"].startswith(PUBLISHER["publisher_url"] + "#claim-")
        assert review["inLanguage"] == languages[review["claimReviewed"]]  # not the report's
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"]["@type"] == "CreativeWork"
        assert date.fromisoformat(item["datePublished"])
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"]
    by_text = {review["claimReviewed"][:12]: review for review in reviews(sample)}
    assert by_text["Selon la pré"]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "la préfecture",
    }


def test_numeric_rating_is_higher_for_truer_claims(sample: Project) -> None:
    ratings = {
        review["reviewRating"]["alternateName"]: review["reviewRating"]
        for review in reviews(sample)
    }
    true, false = ratings["True"], ratings["False"]
    for rating in (true, false):
        assert all(
            isinstance(rating[key], int) for key in ("ratingValue", "bestRating", "worstRating")
        )
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["worstRating"] < rating["bestRating"]
    assert true["ratingValue"] == true["bestRating"] > false["ratingValue"] == false["worstRating"]
    # Unverified keeps its words but no number: a number would call it half true.
    assert "ratingValue" not in ratings["Unverified"]


def test_urls_point_at_the_claim_sections_of_the_html_report(sample: Project) -> None:
    html = render_report(sample, "html")
    for review in reviews(sample):
        fragment = review["url"].split("#", 1)[1]
        assert f'id="{fragment}"' in html


def test_rating_words_follow_the_report_language(sample: Project) -> None:
    published = reviews(sample, language="fr")
    assert {review["reviewRating"]["alternateName"] for review in published} == {
        "Vrai",
        "Faux",
        "Invérifié",
    }
    # The rating's words follow the report; `inLanguage` says what the claim is written in.
    assert {review["inLanguage"] for review in published} == {"fr", "en"}


def test_every_key_is_a_schema_org_property_of_its_type(
    sample: Project, schema_org_properties: dict[str, set[str]]
) -> None:
    checked = 0
    for review in reviews(sample):
        for thing in typed_objects(review):
            assert thing["@type"] in schema_org_properties, thing["@type"]
            keys = {key for key in thing if not key.startswith("@")}
            assert keys <= schema_org_properties[thing["@type"]], (
                thing["@type"],
                keys - schema_org_properties[thing["@type"]],
            )
            checked += 1
    assert checked >= 4 * 5  # review, claim, appearance, rating, author for each of the four


def test_the_fixture_refuses_a_property_of_another_type(
    schema_org_properties: dict[str, set[str]],
) -> None:
    assert "claimReviewed" not in schema_org_properties["Claim"]
    assert "ratingValue" not in schema_org_properties["ClaimReview"]
    assert "appearance" not in schema_org_properties["CreativeWork"]
    assert "url" in schema_org_properties["Rating"]  # inherited from Thing


def test_missing_publisher_is_a_clear_error(tmp_path: Path) -> None:
    project = build_sample_project(tmp_path / "bare.wbproj")
    with project, pytest.raises(MissingPublisher) as caught:
        render_report(project, "claimreview")
    message = str(caught.value)
    assert "bare.wbproj" in message and "publisher_name" in message and "publisher_url" in message


def test_publisher_given_by_the_caller_wins(sample: Project) -> None:
    published = reviews(sample, publisher_name="Autre", publisher_url="https://autre.example/")
    assert published[0]["url"] == "https://autre.example/#claim-1-1"
    assert published[0]["author"]["name"] == "Autre"


def test_a_publisher_address_that_is_not_a_web_address_is_refused(sample: Project) -> None:
    with pytest.raises(MissingPublisher, match="http"):
        render_report(sample, "claimreview", publisher_url="javascript:alert(1)")


def test_hostile_text_cannot_close_a_script_element(tmp_path: Path) -> None:
    project = build_hostile_project(tmp_path / "hostile.wbproj")
    with project:
        text = render_report(project, "claimreview")
    assert "<" not in text and ">" not in text
    parsed = json.loads(text)
    assert any("<script>" in review["reviewBody"] for review in parsed)
    assert parsed[0]["author"]["name"].startswith("<script>")  # kept as data, escaped in JSON
