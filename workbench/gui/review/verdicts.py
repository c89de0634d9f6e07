"""How each verdict looks and is reached: colour (Okabe–Ito), symbol, icon, label and key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence

from workbench.core.model import Standing, Verdict
from workbench.core.project import ClaimRecord
from workbench.core.resources import resource_path
from workbench.core.verdict_style import (
    STANDING_COLOURS,
    STANDING_SYMBOLS,
    VERDICT_COLOURS,
    VERDICT_SYMBOLS,
)


@dataclass(frozen=True, slots=True)
class VerdictLook:
    verdict: Verdict | Standing  # a verdict, or Standing.TO_RECHECK (`look_of`)
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


_KEYS = {
    Verdict.UNCHECKED: "Backspace",
    Verdict.CONFIRMED: "C",
    Verdict.DENIED: "D",
    Verdict.UNVERIFIED: "U",
}
# Colours and symbols come from the core, so the window and the reports agree.
LOOKS: dict[Verdict, VerdictLook] = {
    verdict: VerdictLook(verdict, VERDICT_COLOURS[verdict], VERDICT_SYMBOLS[verdict], key)
    for verdict, key in _KEYS.items()
}

# A verdict given on a wording that a revision changed: not the verdict's look until the checker
# gives a verdict again (the core's `Standing`, which the reports and counts use too). No key:
# the checker answers it with a verdict key.
RECHECK = VerdictLook(
    Standing.TO_RECHECK,
    STANDING_COLOURS[Standing.TO_RECHECK],
    STANDING_SYMBOLS[Standing.TO_RECHECK],
    "",
)


def look_of(claim: ClaimRecord) -> VerdictLook:
    """How the claim is shown: its verdict's look, or "to re-check"."""
    return RECHECK if claim.standing is Standing.TO_RECHECK else LOOKS[claim.verdict]


# The order of the buttons and menu entries.
ORDER = (Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED, Verdict.UNCHECKED)


def _labels() -> dict[Verdict | Standing, str]:
    translate = QCoreApplication.translate
    return {
        Standing.TO_RECHECK: translate("Verdict", "To re-check"),
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


def reason_text(reason: str) -> str:
    """A detector's reason ("names: Elon Musk") with its label in the interface language.

    The detector writes its reasons in English, as `label: detail`; the detail is article text.
    """
    label, separator, detail = reason.partition(": ")
    translate = QCoreApplication.translate
    labels = {
        "attributed to": translate("Reason", "attributed to"),
        "reported speech": translate("Reason", "reported speech"),
        "quote": translate("Reason", "quote"),
        "number": translate("Reason", "number"),
        "date": translate("Reason", "date"),
        "comparison": translate("Reason", "comparison"),
        "cause and effect": translate("Reason", "cause and effect"),
        "promise or prediction": translate("Reason", "promise or prediction"),
        "names": translate("Reason", "names"),
        "conditional (allegation)": translate("Reason", "conditional (allegation)"),
        "unconfirmed (allegation)": translate("Reason", "unconfirmed (allegation)"),
    }
    if not separator or label not in labels:
        return reason
    earlier = " (named earlier in the article)"
    if label == "attributed to" and detail.endswith(earlier):
        detail = (
            detail[: -len(earlier)] + " " + translate("Reason", "(named earlier in the article)")
        )
    return translate("Reason", "{0}: {1}").format(labels[label], detail)


def reasons_text(reasons: tuple[str, ...] | list[str]) -> str:
    return "; ".join(reason_text(reason) for reason in reasons)


def key_text(key: QKeySequence | str) -> str:
    """A key as shown to the checker: Qt's native name, except where Qt's own French is not what
    French keyboards say (qtbase_fr calls Backspace "Effacement", a word no keycap carries)."""
    sequence = (
        key
        if isinstance(key, QKeySequence)
        else QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
    )
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    backspace = QKeySequence(Qt.Key.Key_Backspace)
    native_backspace = backspace.toString(QKeySequence.SequenceFormat.NativeText)
    if native_backspace and native_backspace in text:
        text = text.replace(native_backspace, QCoreApplication.translate("Keys", "Backspace"))
    return text
