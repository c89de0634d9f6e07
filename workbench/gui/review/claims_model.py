"""The claims of one article as a table model, and the proxy that sorts and filters it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from workbench.core.model import Priority, Verdict
from workbench.core.project import ClaimRecord
from workbench.gui.review.tables import filter_change
from workbench.gui.review.verdicts import LOOKS, look_of, reasons_text, type_label

translate = QCoreApplication.translate

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1  # the ClaimRecord
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a value that sorts naturally (numbers as numbers)

NUMBER, VERDICT, TEXT, SCORE, TYPES, ALSO_IN = range(6)
_COLUMNS = 6
_SHORT_TEXT = 90


def claim_announcement(claim: ClaimRecord) -> str:
    """What a screen reader says for a claim (a row of the list, the claim under the caret in
    the article): number, verdict, types, then the text."""
    types = ", ".join(type_label(kind.value) for kind in claim.types) or translate(
        "ClaimsModel", "no type"
    )
    said = translate("ClaimsModel", "Claim {0}, {1}, {2}: {3}").format(
        claim.number, look_of(claim).label(), types, claim.text
    )
    if claim.is_dismissed:
        said = translate("ClaimsModel", "{0} (dismissed)").format(said)
    return said


class AlsoIn(NamedTuple):
    """What the "Also in" column shows of a claim stated in other articles too."""

    articles: int  # how many other articles; sorts the column
    text: str
    tooltip: str


ModelIndex = QModelIndex | QPersistentModelIndex


class ClaimsModel(QAbstractTableModel):
    """A thin adapter over a list of ClaimRecord; rows change one at a time, with exact ranges."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._claims: list[ClaimRecord] = []
        self._rows: dict[int, int] = {}
        self._marks: dict[int, str] = {}
        self._also_in: dict[int, AlsoIn] = {}

    def set_also_in(self, also_in: Mapping[int, AlsoIn]) -> None:
        """The claims stated in other articles (claim id → what the column shows)."""
        self._also_in = dict(also_in)
        if self._claims:
            self.dataChanged.emit(
                self.index(0, ALSO_IN), self.index(len(self._claims) - 1, ALSO_IN)
            )

    def set_marks(self, marks: Mapping[int, str]) -> None:
        """Short notes shown before claims' text (claim id → note), e.g. "changed since verdict"."""
        self._marks = dict(marks)
        if self._claims:
            self.dataChanged.emit(self.index(0, TEXT), self.index(len(self._claims) - 1, TEXT))

    def mark_of(self, claim_id: int) -> str:
        return self._marks.get(claim_id, "")

    def set_claims(self, claims: Sequence[ClaimRecord]) -> None:
        self.beginResetModel()
        self._claims = list(claims)
        self._rows = {claim.id: row for row, claim in enumerate(self._claims)}
        self.endResetModel()

    def claims(self) -> list[ClaimRecord]:
        return list(self._claims)

    def row_of(self, claim_id: int) -> int | None:
        return self._rows.get(claim_id)

    def claim_at(self, row: int) -> ClaimRecord:
        return self._claims[row]

    def update_claim(self, claim: ClaimRecord) -> None:
        """Replace a claim after an edit; only its row is repainted."""
        row = self._rows.get(claim.id)
        if row is None:
            return
        self._claims[row] = claim
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def insert_claims(self, claims: Iterable[ClaimRecord]) -> None:
        for claim in claims:
            row = len(self._claims)
            self.beginInsertRows(QModelIndex(), row, row)
            self._claims.append(claim)
            self._rows[claim.id] = row
            self.endInsertRows()

    def remove_claim(self, claim_id: int) -> None:
        row = self._rows.get(claim_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._claims[row]
        self._rows = {claim.id: index for index, claim in enumerate(self._claims)}
        self.endRemoveRows()

    # -- Qt overrides --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < _COLUMNS:
            return None
        return (
            translate("ClaimsModel", "#"),
            translate("ClaimsModel", "Verdict"),
            translate("ClaimsModel", "Claim"),
            translate("ClaimsModel", "Score"),
            translate("ClaimsModel", "Types"),
            translate("ClaimsModel", "Also in"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._claims):
            return None
        claim = self._claims[index.row()]
        column = index.column()
        look = look_of(claim)
        if role == CLAIM_ROLE:
            return claim
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == SORT_ROLE:
            return self._sort_value(claim, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.announcement(claim)
        if role == Qt.ItemDataRole.BackgroundRole and column == VERDICT:
            return QBrush(look.tint(0.45))
        if role == Qt.ItemDataRole.ForegroundRole and column == VERDICT:
            return QBrush(Qt.GlobalColor.black)  # on the light tint, also in a dark theme
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ALSO_IN and claim.id in self._also_in:
                return self._also_in[claim.id].tooltip
            return self._tooltip(claim)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VERDICT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, claim: ClaimRecord, column: int) -> str:
        if column == NUMBER:
            return str(claim.number)
        if column == VERDICT:
            # One mark, the symbol on the verdict's tint; the label is in the tooltip and announced.
            return look_of(claim).symbol
        if column == TEXT:
            text = claim.text if len(claim.text) <= _SHORT_TEXT else claim.text[:_SHORT_TEXT] + "…"
            if claim.id in self._marks:
                text = f"[{self._marks[claim.id]}] {text}"
            if claim.is_dismissed:
                return translate("ClaimsModel", "[dismissed] {0}").format(text)
            return text
        if column == SCORE:
            return f"{claim.score:.2f}"
        if column == ALSO_IN:
            also_in = self._also_in.get(claim.id)
            return also_in.text if also_in is not None else ""
        return ", ".join(type_label(kind.value) for kind in claim.types)

    def _sort_value(self, claim: ClaimRecord, column: int) -> object:
        if column == NUMBER:
            return claim.number
        if column == VERDICT:
            return list(LOOKS).index(claim.verdict)
        if column == TEXT:
            return claim.text.casefold()
        if column == SCORE:
            return claim.score
        if column == ALSO_IN:
            also_in = self._also_in.get(claim.id)
            return also_in.articles if also_in is not None else 0
        return ", ".join(kind.value for kind in claim.types)

    def announcement(self, claim: ClaimRecord) -> str:
        return claim_announcement(claim)

    def _tooltip(self, claim: ClaimRecord) -> str:
        reasons = reasons_text(claim.reasons) or translate("ClaimsModel", "no reason given")
        tip = translate("ClaimsModel", "Claim {0}: {1}\nScore {2:.2f} — {3}").format(
            claim.number, look_of(claim).label(), claim.score, reasons
        )
        return f"{tip}\n{self._marks[claim.id]}" if claim.id in self._marks else tip


class ClaimsFilter(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and keeps the claims matching every filter set."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)
        self._verdicts: frozenset[Verdict] = frozenset()
        self._types: frozenset[str] = frozenset()
        self._threshold = 0.0
        self._search = ""
        self._show_dismissed = True
        self._must_check_only = False

    def set_must_check_only(self, only: bool) -> None:
        """Only the claims to check first: allegations, numbers, anonymous sources."""
        with filter_change(self):
            self._must_check_only = only

    def set_verdicts(self, verdicts: Iterable[Verdict]) -> None:
        """Only these verdicts; empty means all."""
        with filter_change(self):
            self._verdicts = frozenset(verdicts)

    def set_types(self, types: Iterable[str]) -> None:
        """Only claims having one of these types; empty means all."""
        with filter_change(self):
            self._types = frozenset(types)

    def set_threshold(self, threshold: float) -> None:
        with filter_change(self):
            self._threshold = threshold

    def set_search(self, text: str) -> None:
        with filter_change(self):
            self._search = text.casefold().strip()

    def set_show_dismissed(self, show: bool) -> None:
        with filter_change(self):
            self._show_dismissed = show

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        claim = model.data(model.index(source_row, 0, source_parent), CLAIM_ROLE)
        if not isinstance(claim, ClaimRecord):
            return False
        if self._verdicts and claim.verdict not in self._verdicts:
            return False
        if self._types and not self._types.intersection(kind.value for kind in claim.types):
            return False
        if claim.score < self._threshold and claim.origin != "manual":
            return False
        if claim.is_dismissed and not self._show_dismissed:
            return False
        if self._must_check_only and claim.priority is not Priority.MUST_CHECK:
            return False
        return not self._search or self._search in claim.text.casefold()
