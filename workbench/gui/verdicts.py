"""How each verdict looks and is reached: colour (Okabe–Ito), symbol, icon, label and key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from workbench.core.model import Verdict
from workbench.core.resources import resource_path


@dataclass(frozen=True, slots=True)
class VerdictLook:
    verdict: Verdict
    colour: str  # Okabe–Ito, told apart with the common colour-vision deficiencies
    symbol: str  # the second cue, never colour alone
    key: str  # the keyboard shortcut; letters that sit at the same place on AZERTY and QWERTY

    def label(self) -> str:
        return _labels()[self.verdict]

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", f"verdict-{self.verdict.value}.svg")))

    def tint(self, strength: float) -> QColor:
        """The colour blended with white, so black text on it stays readable."""
        colour = QColor(self.colour)

        def blend(channel: int) -> int:
            return round(255 - (255 - channel) * strength)

        return QColor(blend(colour.red()), blend(colour.green()), blend(colour.blue()))


LOOKS: dict[Verdict, VerdictLook] = {
    Verdict.UNCHECKED: VerdictLook(Verdict.UNCHECKED, "#F0E442", "–", "Backspace"),
    Verdict.CONFIRMED: VerdictLook(Verdict.CONFIRMED, "#009E73", "✓", "C"),
    Verdict.DENIED: VerdictLook(Verdict.DENIED, "#D55E00", "✗", "D"),
    Verdict.UNVERIFIED: VerdictLook(Verdict.UNVERIFIED, "#56B4E9", "?", "U"),
}

# The order of the buttons and menu entries.
ORDER = (Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED, Verdict.UNCHECKED)


def _labels() -> dict[Verdict, str]:
    translate = QCoreApplication.translate
    return {
        Verdict.UNCHECKED: translate("Verdict", "Unchecked"),
        Verdict.CONFIRMED: translate("Verdict", "Confirmed"),
        Verdict.DENIED: translate("Verdict", "Denied"),
        Verdict.UNVERIFIED: translate("Verdict", "Unverified"),
    }


def type_label(kind: str) -> str:
    """The claim type as shown to the checker."""
    translate = QCoreApplication.translate
    labels = {
        "quantity": translate("ClaimType", "quantity"),
        "date": translate("ClaimType", "date/time"),
        "quote": translate("ClaimType", "quote"),
        "attribution": translate("ClaimType", "attribution"),
        "allegation": translate("ClaimType", "allegation"),
        "comparison": translate("ClaimType", "comparison"),
        "causal": translate("ClaimType", "causal"),
        "prediction": translate("ClaimType", "prediction/promise"),
        "entity": translate("ClaimType", "named entity"),
    }
    return labels.get(kind, kind)
