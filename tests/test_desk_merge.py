"""A desk of checkers: parts given out, worked on apart, merged back without losing a word."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers.desk import analysed, claim_of, entry_uids, give, make_project, state
from workbench.core.desk import merging
from workbench.core.desk.merging import UnresolvedConflicts, merge, plan_merge
from workbench.core.desk.parts import give_part
from workbench.core.model import Analysis, ArticleDraft, DetectedClaim, Verdict
from workbench.core.project.errors import ProjectError
from workbench.core.project.store import Project


@pytest.fixture
def origin(tmp_path: Path) -> Path:
    return make_project(tmp_path / "desk.wbproj")


def test_a_part_holds_the_chosen_articles_with_their_identities(
    origin: Path, tmp_path: Path
) -> None:
    part = give(origin, ["Article 2"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part, read_only=True) as mine, Project.open(origin, read_only=True) as desk:
        assert [a.title for a in mine.articles()] == ["Article 2"]
        assert mine.state("part_of") == desk.state("project_uid")
        assert mine.state("project_uid") != desk.state("project_uid")
        theirs = dict(desk.file.db.execute("SELECT uid, text FROM claims").fetchall())
        for uid, text in mine.file.db.execute("SELECT uid, text FROM claims"):
            assert theirs[uid] == text
        assert any(e.field == "part" for e in desk.history())


def test_a_part_needs_articles_that_exist(origin: Path, tmp_path: Path) -> None:
    with Project.open(origin) as project, pytest.raises(ProjectError, match="no article 99"):
        give_part(project, [99], tmp_path / "x.wbproj", checker="Alice")
    assert not (tmp_path / "x.wbproj").exists()


def test_changes_on_one_side_merge_by_themselves_with_who_did_them(
    origin: Path, tmp_path: Path
) -> None:
    part = give(origin, ["Article 1", "Article 2"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        claim = claim_of(mine, "Article 1", 2)
        mine.set_verdict(claim.id, Verdict.DENIED, who="Alice")
        mine.set_rationale(claim.id, "L'Insee dit 250 000.", who="Alice")
        mine.add_source(claim.id, url="https://www.insee.fr/fr/statistiques", who="Alice")
        mine.add_claim(claim.article_id, 0, 9, who="Alice")
    with Project.open(origin) as desk:
        plan = merge(desk, part, who="chief")
        assert not plan.conflicts and plan.new_claims == 1 and plan.new_sources == 1
        merged = claim_of(desk, "Article 1", 2)
        assert merged.verdict is Verdict.DENIED and merged.rationale == "L'Insee dit 250 000."
        assert [s.url for s in desk.sources(merged.id)] == ["https://www.insee.fr/fr/statistiques"]
        assert {e.who for e in desk.history(merged.id)} >= {"Alice"}
        assert len(desk.claims(merged.article_id)) == 4
    assert entry_uids(part) <= entry_uids(origin)


def test_merging_twice_changes_nothing_the_second_time(origin: Path, tmp_path: Path) -> None:
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.CONFIRMED, who="Alice")
    with Project.open(origin) as desk:
        merge(desk, part, who="chief")
    before = (state(origin), entry_uids(origin))
    with Project.open(origin) as desk:
        again = merge(desk, part, who="chief")
        assert again.is_empty
    assert (state(origin), entry_uids(origin)) == before


def test_the_same_claim_changed_on_both_sides_is_a_conflict_shown_with_both_histories(
    origin: Path, tmp_path: Path
) -> None:
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 3).id, Verdict.DENIED, who="Alice")
    with Project.open(origin) as desk:
        desk.set_verdict(claim_of(desk, "Article 1", 3).id, Verdict.CONFIRMED, who="Bob")
        before = state(origin)
        with pytest.raises(UnresolvedConflicts) as refused:
            merge(desk, part, who="chief")
        assert state(origin) == before  # nothing written
        (conflict,) = refused.value.plan.conflicts
        assert (conflict.what, conflict.claim_number) == ("verdict", 3)
        assert (conflict.target_value, conflict.part_value) == ("confirmed", "denied")
        assert [e.who for e in conflict.target_entries] == ["Bob"]
        assert [e.who for e in conflict.part_entries] == ["Alice"]
        merge(desk, part, who="chief", resolutions={conflict.key: "part"})
        assert claim_of(desk, "Article 1", 3).verdict is Verdict.DENIED
        decision = [e for e in desk.history() if e.field == "merge.conflict"]
        assert len(decision) == 1 and "kept the part's" in (decision[0].new or "")
        # Both sides' entries are in the history: nothing was dropped.
        verdicts = [
            e.new for e in desk.history(claim_of(desk, "Article 1", 3).id) if e.field == "verdict"
        ]
        assert sorted(verdicts) == ["confirmed", "denied"]
    with Project.open(origin) as desk:
        assert merge(desk, part, who="chief").is_empty


def test_two_checkers_parts_merge_together_then_into_the_desk(origin: Path, tmp_path: Path) -> None:
    alice = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    bob = give(origin, ["Article 2"], tmp_path / "bob.wbproj", "Bob")
    with Project.open(alice) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    with Project.open(bob) as mine:
        mine.dismiss_claim(claim_of(mine, "Article 2", 2).id, who="Bob")
    with Project.open(alice) as mine:
        plan = merge(mine, bob, who="Alice")
        assert plan.new_articles == ["Article 2"]
    with Project.open(origin) as desk:
        merge(desk, alice, who="chief")
        assert claim_of(desk, "Article 1", 1).verdict is Verdict.DENIED
        assert claim_of(desk, "Article 2", 2).is_dismissed
        assert len(desk.articles()) == 3


def test_a_claim_removed_in_a_part_is_removed_when_the_desk_left_it_alone(
    origin: Path, tmp_path: Path
) -> None:
    with Project.open(origin) as desk:
        manual = desk.add_claim(claim_of(desk, "Article 1", 1).article_id, 0, 8, who="chief")
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.remove_claim(manual.claim.id, who="Alice")
    with Project.open(origin) as desk:
        plan = merge(desk, part, who="chief")
        assert plan.removed_claims == 1
        assert all(c.origin != "manual" for c in desk.claims())


def test_a_new_version_imported_in_a_part_comes_back(origin: Path, tmp_path: Path) -> None:
    from workbench.core.revisions.apply import apply_revision, plan_revision

    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        article = mine.articles()[0]
        draft, analysis = analysed("Article 1")
        revised = ArticleDraft(title="Article 1", text=draft.text.replace("2 %", "3 %"))
        claims = tuple(
            DetectedClaim(c.start, c.end, revised.text[c.start : c.end], c.score, True)
            for c in analysis.claims
        )
        apply_revision(
            mine,
            plan_revision(mine, article.id, revised, Analysis("fr", "test", claims)),
            who="Alice",
        )
        expected = mine.articles()[0].text
    with Project.open(origin) as desk:
        merge(desk, part, who="chief")
        article = next(a for a in desk.articles() if a.title == "Article 1")
        assert desk.article(article.id).text == expected and "3 %" in expected


def test_a_merge_refuses_the_project_itself_and_files_that_are_not_projects(
    origin: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.wbproj"
    junk.write_bytes(b"not a project")
    with Project.open(origin) as desk:
        with pytest.raises(ProjectError, match="into itself"):
            plan_merge(desk, origin)
        with pytest.raises(ProjectError):
            plan_merge(desk, junk)


def test_a_failed_merge_leaves_the_target_as_it_was(
    origin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    part = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
        mine.add_claim(claim_of(mine, "Article 1", 1).article_id, 0, 8, who="Alice")
    before = (state(origin), entry_uids(origin))
    written = merging.insert_entry
    calls = 0

    def full_disk_at_the_second_entry(*args: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise sqlite3.OperationalError("database or disk is full")
        written(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merging, "insert_entry", full_disk_at_the_second_entry)
    with Project.open(origin) as desk, pytest.raises(ProjectError, match="merge was not saved"):
        merge(desk, part, who="chief")
    assert calls == 2
    assert (state(origin), entry_uids(origin)) == before


def test_the_command_line_splits_merges_and_stops_on_a_conflict(
    origin: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.cli import main

    part = tmp_path / "alice.wbproj"
    assert (
        main(
            [
                "split",
                str(origin),
                "--articles",
                "1-2",
                "--to",
                str(part),
                "--checker",
                "Alice",
                "--who",
                "chief",
            ]
        )
        == 0
    )
    with Project.open(part) as mine:
        mine.set_verdict(claim_of(mine, "Article 2", 1).id, Verdict.DENIED, who="Alice")
    with Project.open(origin) as desk:
        desk.set_verdict(claim_of(desk, "Article 2", 1).id, Verdict.CONFIRMED, who="Bob")
    capsys.readouterr()
    assert main(["merge", str(origin), str(part)]) == 3
    out = capsys.readouterr()
    assert "CONFLICT" in out.out and "nothing was merged" in out.err
    assert "Bob" in out.out and "Alice" in out.out
    key = next(line.split()[1].rstrip(":") for line in out.out.splitlines() if "CONFLICT" in line)
    assert main(["merge", str(origin), str(part), "--take", f"{key}=target"]) == 0
    with Project.open(origin, read_only=True) as desk:
        assert claim_of(desk, "Article 2", 1).verdict is Verdict.CONFIRMED
    assert main(["merge", str(origin), str(part)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert (
        main(
            ["split", str(origin), "--articles", "x", "--to", str(tmp_path / "y"), "--checker", "A"]
        )
        == 2
    )


def test_the_report_names_every_checker_whose_work_was_merged(origin: Path, tmp_path: Path) -> None:
    from workbench.core.reports.content import collect

    alice = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    bob = give(origin, ["Article 2"], tmp_path / "bob.wbproj", "Bob")
    with Project.open(alice) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    with Project.open(bob) as mine:
        mine.set_rationale(claim_of(mine, "Article 2", 2).id, "Vu au JO.", who="Bob")
    with Project.open(origin) as desk:
        merge(desk, alice, who="chief")
        merge(desk, bob, who="chief")
        reviewers = collect(desk).reviewers
    assert {"Alice", "Bob"} <= set(reviewers)


def test_a_checker_who_only_dismissed_claims_is_named_in_the_report_too(
    origin: Path, tmp_path: Path
) -> None:
    from workbench.core.reports.content import ReportScope, collect

    alice = give(origin, ["Article 1"], tmp_path / "alice.wbproj", "Alice")
    chloe = give(origin, ["Article 3"], tmp_path / "chloe.wbproj", "Chloé")
    with Project.open(alice) as mine:
        mine.set_verdict(claim_of(mine, "Article 1", 1).id, Verdict.DENIED, who="Alice")
    with Project.open(chloe) as mine:
        mine.set_dismissed(claim_of(mine, "Article 3", 1).id, True, who="Chloé")
    with Project.open(origin) as desk:
        merge(desk, alice, who="chief")
        merge(desk, chloe, who="chief")
        dismissed = claim_of(desk, "Article 3", 1)
        whole = collect(desk, reviewer="chief")
        one_article = collect(desk, ReportScope(article_id=dismissed.article_id))
    assert whole.reviewers == ("chief", "Alice", "Chloé")
    assert one_article.reviewers == ("Chloé",)
    assert dismissed.id not in {entry.claim.id for entry in whole.claims}  # still not listed


def test_every_history_entry_names_what_it_is_about_by_identity(origin: Path) -> None:
    with Project.open(origin) as desk:
        claim = claim_of(desk, "Article 1", 1)
        desk.set_verdict(claim.id, Verdict.DENIED, who="Bob")  # one statement for its lines
        desk.add_source(claim.id, url="https://www.insee.fr/", who="Bob")
        rows = desk.file.db.execute(
            "SELECT h.uid, h.claim_uid, c.uid, h.article_uid, a.uid FROM history h "
            "JOIN claims c ON c.id = h.claim_id JOIN articles a ON a.id = h.article_id "
            "WHERE h.who = 'Bob'"
        ).fetchall()
    assert len(rows) == 2
    for uid, claim_uid, real_claim_uid, article_uid, real_article_uid in rows:
        assert uid and claim_uid == real_claim_uid and article_uid == real_article_uid
