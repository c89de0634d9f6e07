"""The claim history in the checker's words: a label for every field the core records, and values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.model import Verdict
from workbench.gui.review.verdicts import LOOKS


def field_label(field: str) -> str:
    """The name of a history field (`HistoryEntry.field`); an unknown one is shown as it is."""
    translate = QCoreApplication.translate
    # Literal calls, so that pyside6-lupdate finds every label.
    labels = {
        "article": translate("HistoryLabels", "article"),
        "claim": translate("HistoryLabels", "claim"),
        "verdict": translate("HistoryLabels", "verdict"),
        "rationale": translate("HistoryLabels", "rationale"),
        "span": translate("HistoryLabels", "passage"),
        "text": translate("HistoryLabels", "wording"),
        "is_dismissed": translate("HistoryLabels", "dismissed"),
        "source": translate("HistoryLabels", "source"),
        "source.url": translate("HistoryLabels", "source address"),
        "source.title": translate("HistoryLabels", "source title"),
        "source.excerpt": translate("HistoryLabels", "source excerpt"),
        "source.accessed": translate("HistoryLabels", "source consulted on"),
        "revision": translate("HistoryLabels", "revision"),
        "anchor_status": translate("HistoryLabels", "place in the text"),
        "reused_from": translate("HistoryLabels", "verdict reused from"),
        "taken_from": translate("HistoryLabels", "verdict taken from an earlier project"),
    }
    return labels.get(field, field)


def value_label(field: str, value: str | None) -> str:
    """An old or new value of a history field; ∅ for none."""
    translate = QCoreApplication.translate
    if value is None or value == "":
        return "∅"
    if field == "verdict" and value in {verdict.value for verdict in Verdict}:
        return LOOKS[Verdict(value)].label()
    if field == "is_dismissed" and value in ("true", "false"):
        if value == "true":
            return translate("HistoryLabels", "yes")
        return translate("HistoryLabels", "no")
    if field == "anchor_status":
        statuses = {
            "exact": translate("HistoryLabels", "in place"),
            "moved": translate("HistoryLabels", "moved"),
            "changed": translate("HistoryLabels", "changed since verdict"),
            "ambiguous": translate("HistoryLabels", "place to confirm"),
            "orphan": translate("HistoryLabels", "not found in the text"),
        }
        return statuses.get(value, value)
    return value
