"""A claim's number never changes once shown: adds, removals, dismissals, revisions, reopening."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path

from helpers.revisions import TEXT, add_article, claim_with, revise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.desk.merging import merge
from workbench.core.desk.parts import give_part
from workbench.core.model import Verdict
from workbench.core.project import Project, RefusedEdit
from workbench.core.revisions import RevisionError, orphans

DOCTORS = "Il manque sept médecins urgentistes sur quinze postes."


def numbers(project: Project, article_id: int) -> dict[int, int]:
    return {claim.id: claim.number for claim in project.claims(article_id)}


def test_a_manual_claim_before_others_takes_a_new_number(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        article_id = add_article(project)
        before = numbers(project, article_id)
        doctors = project.claim(claim_with(project, article_id, "Il manque"))
        added = project.add_claim(article_id, 0, 10, who="Ana").claim  # in the title, first
        assert added.number == max(before.values()) + 1
        assert {k: v for k, v in numbers(project, article_id).items() if k != added.id} == before
        assert project.claims(article_id)[0].id == added.id  # listed where it is in the text
        assert project.claim(doctors.id).number == doctors.number


def test_a_removed_claims_number_is_not_given_again_and_comes_back_with_it(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        article_id = add_article(project)
        first = project.add_claim(article_id, 0, 10).claim
        removal = project.remove_claim(first.id)
        second = project.add_claim(article_id, 0, 12).claim
        assert second.number == first.number + 1
        project.remove_claim(second.id)
        assert removal.snapshot is not None
        assert project.restore_claim(removal.snapshot).claim.number == first.number


def test_a_revision_keeps_every_number_and_numbers_new_claims_after_them(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.wbproj") as project:
        article_id = add_article(project)
        before = numbers(project, article_id)
        doctors = claim_with(project, article_id, "Il manque")
        project.set_verdict(doctors, Verdict.DENIED)
        new_text = TEXT.replace("sept médecins", "huit médecins").replace(
            "Le service", "Une réunion aura lieu lundi. Le service"
        )
        revise(project, article_id, new_text)
        after = numbers(project, article_id)
        assert {claim_id: after[claim_id] for claim_id in before} == before
        new = sorted(number for claim_id, number in after.items() if claim_id not in before)
        assert new == [max(before.values()) + 1]
        assert project.claims(article_id)[1].number == new[0]  # first in the paragraph


def test_the_upgrade_numbers_existing_claims_in_text_order_once(tmp_path: Path) -> None:
    path = tmp_path / "old.wbproj"
    with Project.create(path) as project:
        article_id = add_article(project)
        ids_in_text_order = [claim.id for claim in project.claims(article_id)]
    # As a file from before stable numbers: no counter, and numbers in no useful order.
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER claims_number_given")
    conn.execute("DROP INDEX claims_number")
    conn.execute("ALTER TABLE articles DROP COLUMN claim_numbers_given")
    conn.execute("UPDATE claims SET number = 100 - id")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm140_stable_claim_numbers'")
    conn.commit()
    conn.close()
    with Project.open(path) as project:
        claims = project.claims(article_id)
        assert [claim.id for claim in claims] == ids_in_text_order
        assert [claim.number for claim in claims] == list(range(1, len(claims) + 1))
        assert project.add_claim(article_id, 0, 10).claim.number == len(claims) + 1


def test_a_part_and_its_merge_keep_numbers_and_never_give_one_twice(tmp_path: Path) -> None:
    origin_path = tmp_path / "desk.wbproj"
    with Project.create(origin_path) as origin:
        article_id = add_article(origin)
        given = numbers(origin, article_id)
        part_path = give_part(origin, [article_id], tmp_path / "part.wbproj", checker="Ana")
        with Project.open(part_path) as part:
            assert numbers(part, article_id) == given
            theirs = part.add_claim(article_id, 0, 10, who="Ana").claim
        # Meanwhile the desk adds one of its own, which takes the same next number.
        mine = origin.add_claim(article_id, 0, 12, who="Bea").claim
        assert mine.number == theirs.number
        merge(origin, part_path, who="Bea")
        merged = numbers(origin, article_id)
        assert {claim_id: merged[claim_id] for claim_id in given} == given
        assert merged[mine.id] == mine.number
        assert len(set(merged.values())) == len(merged)  # the part's claim took a fresh one
        assert origin.add_claim(article_id, 0, 14).claim.number == max(merged.values()) + 1


# -- the property: over any sequence of edits, a number once shown never changes -----------------

_PARAGRAPH = re.compile(r"[^\n]+")

edits = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 10_000), st.integers(4, 60)),
        st.tuples(st.just("remove"), st.integers(0, 100)),
        st.tuples(st.just("restore"), st.integers(0, 100)),
        st.tuples(st.just("dismiss"), st.integers(0, 100)),
        st.tuples(st.just("verdict"), st.integers(0, 100)),
        st.tuples(st.just("revise"), st.sampled_from(["insert", "reword", "drop"]), st.integers()),
        st.tuples(st.just("reopen")),
    ),
    max_size=14,
)


def _revised(text: str, how: str, seed: int) -> str:
    lines = text.split("\n")
    index = 1 + seed % max(1, len(lines) - 1)
    line = lines[index] if index < len(lines) else lines[-1]
    if how == "insert":
        line = f"Une phrase nouvelle compte {seed % 97} cas. {line}"
    elif how == "reword":
        digits = [match.start() for match in re.finditer(r"\d", line)]
        if digits:
            at = digits[seed % len(digits)]
            line = f"{line[:at]}{(int(line[at]) + 1) % 10}{line[at + 1 :]}"
        else:
            line = line.replace(" ", " bien ", 1)
    else:  # drop the paragraph's first sentence, if it has another
        first_end = line.find(". ")
        if first_end != -1:
            line = line[first_end + 2 :]
    lines[min(index, len(lines) - 1)] = line
    return "\n".join(lines)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=edits)
def test_numbers_once_shown_never_change(tmp_path_factory, operations) -> None:
    path = tmp_path_factory.mktemp("numbers") / "n.wbproj"
    project = Project.create(path)
    try:
        article_id = add_article(project)
        shown: dict[int, int] = {}  # every claim ever shown, with its number
        manual: list[int] = []
        removed: list = []
        given_up_to = 0

        def look() -> None:
            nonlocal given_up_to
            claims = project.claims(article_id)
            current = {claim.id: claim.number for claim in claims}
            assert len(set(current.values())) == len(current), "a number is held twice"
            for claim_id, number in current.items():
                if claim_id in shown:
                    assert number == shown[claim_id], f"claim {shown[claim_id]} became {number}"
                else:  # new: a number no claim ever had
                    assert number > given_up_to and number not in shown.values()
                    shown[claim_id] = number
            given_up_to = max([given_up_to, *current.values()])
            placed = [c for c in claims if c.id not in {o.id for o in orphans(project, article_id)}]
            assert [c.start for c in placed] == sorted(c.start for c in placed)  # text order

        look()
        for operation in operations:
            kind, *args = operation
            claims = project.claims(article_id)
            if kind == "add":
                text = project.article(article_id).text
                start = args[0] % (len(text) - 1)
                with contextlib.suppress(RefusedEdit):
                    manual.append(project.add_claim(article_id, start, start + args[1]).claim.id)
            elif kind == "remove" and manual:
                change = project.remove_claim(manual.pop(args[0] % len(manual)))
                removed.append(change.snapshot)
            elif kind == "restore" and removed:
                snapshot = removed.pop(args[0] % len(removed))
                with contextlib.suppress(RefusedEdit):  # the text changed since: stays removed
                    manual.append(project.restore_claim(snapshot).claim.id)
            elif kind == "dismiss" and claims:
                claim = claims[args[0] % len(claims)]
                if claim.origin == "detected":
                    project.set_dismissed(claim.id, not claim.is_dismissed)
            elif kind == "verdict" and claims:
                project.set_verdict(claims[args[0] % len(claims)].id, Verdict.CONFIRMED)
            elif kind == "revise":
                new_text = _revised(project.article(article_id).text, *args)
                with contextlib.suppress(RevisionError):  # the same text again
                    revise(project, article_id, new_text)
            elif kind == "reopen":
                project.close()
                project = Project.open(path)
            look()
    finally:
        project.close()
