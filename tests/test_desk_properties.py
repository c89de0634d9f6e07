"""Merge properties over random edit sequences on two copies of a project."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.desk import entry_uids, give, make_project, state
from workbench.core.desk.merging import merge, plan_merge
from workbench.core.model import Verdict
from workbench.core.project.errors import RefusedEdit
from workbench.core.project.store import Project

# An edit: (what, claim index 0..5, value index). Claims are the 2 articles' 3 claims each.
EDIT = st.tuples(
    st.sampled_from(["verdict", "rationale", "dismiss", "source", "add"]),
    st.integers(0, 5),
    st.integers(0, 2),
)
EDITS = st.lists(EDIT, max_size=6)
VERDICTS = [Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED]
GROUP = {"verdict": "verdict", "rationale": "rationale", "dismiss": "dismissal"}
PROPERTIES = settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@contextmanager
def desk() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield make_project(Path(folder) / "desk.wbproj", articles=2)


def edit(path: Path, edits: list[tuple[str, int, int]], who: str) -> dict[tuple[str, str], object]:
    """Carry out the edits; return each (claim uid, group) touched with its final value."""
    touched: dict[tuple[str, str], object] = {}
    with Project.open(path) as project:
        claims = sorted(project.claims(), key=lambda c: (c.article_id, c.number))[:6]
        uids = dict(project.file.db.execute("SELECT id, uid FROM claims").fetchall())
        for what, index, value in edits:
            claim = project.claim(claims[index].id)
            uid = uids[claim.id]
            if what == "verdict":
                project.set_verdict(claim.id, VERDICTS[value], who=who)
                touched[(uid, "verdict")] = VERDICTS[value]
            elif what == "rationale":
                text = f"{who} says {value}"
                project.set_rationale(claim.id, text, who=who)
                touched[(uid, "rationale")] = text
            elif what == "dismiss":
                project.set_dismissed(claim.id, not claim.is_dismissed, who=who)
                touched[(uid, "dismissal")] = not claim.is_dismissed
            elif what == "source":
                project.add_source(claim.id, url=f"https://example.org/{who}/{value}", who=who)
            else:
                with suppress(RefusedEdit):  # the same passage twice: refused, as in the window
                    project.add_claim(claim.article_id, 0, 5 + value, who=who)
    return touched


def expected_conflicts(
    ours: dict[tuple[str, str], object],
    theirs: dict[tuple[str, str], object],
    target_before: dict[str, object],
    part_before: dict[str, object],
) -> set[str]:
    del target_before, part_before
    return {
        f"claim:{uid}:{group}"
        for (uid, group), value in theirs.items()
        if (uid, group) in ours and ours[(uid, group)] != value
    }


@PROPERTIES
@given(EDITS, EDITS)
def test_merge_is_idempotent_keeps_every_entry_and_reports_every_conflict(
    desk_edits: list[tuple[str, int, int]], part_edits: list[tuple[str, int, int]]
) -> None:
    with desk() as origin:
        part = give(origin, ["Article 1", "Article 2"], origin.with_name("alice.wbproj"), "Alice")
        ours = edit(origin, desk_edits, "Bob")
        theirs = edit(part, part_edits, "Alice")
        expected = expected_conflicts(ours, theirs, {}, {})
        everything = entry_uids(origin) | entry_uids(part)
        with Project.open(origin) as project:
            found = {c.key for c in plan_merge(project, part).conflicts}
            assert found == expected
            merge(project, part, who="chief", prefer="part")
        assert entry_uids(origin) >= everything
        after = state(origin)
        with Project.open(origin) as project:
            assert merge(project, part, who="chief").is_empty
        assert state(origin) == after
        for (uid, group), value in theirs.items():  # the part's decision won every conflict
            verdict, rationale, dismissed, *_ = after["claims"][uid]  # type: ignore[index]
            got = {"verdict": verdict, "rationale": rationale, "dismissal": dismissed}[group]
            assert got == value


@PROPERTIES
@given(EDITS, EDITS)
def test_without_conflicts_the_order_of_merges_does_not_matter(
    alice_edits: list[tuple[str, int, int]], bob_edits: list[tuple[str, int, int]]
) -> None:
    with desk() as origin:
        folder = origin.parent
        alice = give(origin, ["Article 1", "Article 2"], folder / "alice.wbproj", "Alice")
        bob = give(origin, ["Article 1", "Article 2"], folder / "bob.wbproj", "Bob")
        first, second = folder / "first.wbproj", folder / "second.wbproj"
        shutil.copy(origin, first)
        shutil.copy(origin, second)
        ours = edit(alice, alice_edits, "Alice")
        theirs = edit(bob, bob_edits, "Bob")
        if expected_conflicts(ours, theirs, {}, {}):
            return
        for target, order in ((first, (alice, bob)), (second, (bob, alice))):
            with Project.open(target) as project:
                for part in order:
                    assert not merge(project, part, who="chief").conflicts
        one, other = state(first), state(second)
        assert one["claims"] == other["claims"]
        one_sources, other_sources = list(one["sources"]), list(other["sources"])  # type: ignore[call-overload]
        assert sorted(s[2:] for s in one_sources) == sorted(s[2:] for s in other_sources)
        assert len(one["claims"]) == len(other["claims"])  # type: ignore[arg-type]
        assert entry_uids(first) - entry_uids(second) <= _merge_notes(first)


def _merge_notes(path: Path) -> set[str]:
    """The merge's own notes differ by order; every checker's entry is the same."""
    with Project.open(path, read_only=True) as project:
        rows = project.file.db.execute(
            "SELECT uid FROM history WHERE field IN ('merge', 'merge.conflict')"
        ).fetchall()
    return {uid for (uid,) in rows}
