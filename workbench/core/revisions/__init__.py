"""Revised drafts: re-import a new version of an article and keep every verdict that still holds."""

from workbench.core.model import AnchorStatus
from workbench.core.project import AnchorState
from workbench.core.revisions.anchoring import (
    FUZZY_THRESHOLD,
    Anchor,
    Placement,
    reanchor,
)
from workbench.core.revisions.apply import (
    ClaimPlacement,
    RevisionError,
    RevisionPlan,
    RevisionResult,
    apply_revision,
    article_numbers,
    choose_revision,
    import_revision,
    plan_revision,
    read_revision,
)
from workbench.core.revisions.diffing import DiffOp, diff_words
from workbench.core.revisions.history import (
    RevisionRecord,
    anchor_states,
    compare_revisions,
    confirm_anchor,
    orphans,
    place_claim,
    restore_anchor,
    revision_text,
    revisions,
)
from workbench.core.revisions.matching import suggest_matches

__all__ = [
    "FUZZY_THRESHOLD",
    "Anchor",
    "AnchorState",
    "AnchorStatus",
    "ClaimPlacement",
    "DiffOp",
    "Placement",
    "RevisionError",
    "RevisionPlan",
    "RevisionRecord",
    "RevisionResult",
    "anchor_states",
    "apply_revision",
    "article_numbers",
    "choose_revision",
    "compare_revisions",
    "confirm_anchor",
    "diff_words",
    "import_revision",
    "orphans",
    "place_claim",
    "plan_revision",
    "read_revision",
    "reanchor",
    "restore_anchor",
    "revision_text",
    "revisions",
    "suggest_matches",
]
