"""Grouping a whole set of claims: same-language matches, then translations, then groups."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.corpus.matching import (
    ClaimGroup,
    ClaimText,
    SignatureCache,
    groups_from,
    prepare,
    same_language_matches,
)
from workbench.core.corpus.translation import SentenceEncoder, translation_matches


def find_groups(
    claims: Sequence[ClaimText],
    *,
    encoder: SentenceEncoder | None = None,
    cache: SignatureCache | None = None,
) -> list[ClaimGroup]:
    """Groups of claims stating the same thing; translations only when an encoder is given."""
    matches = same_language_matches(prepare(claims, cache))
    if encoder is not None:
        matches.extend(translation_matches(claims, encoder))
    return groups_from((claim.id for claim in claims), matches)
