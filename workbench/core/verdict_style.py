"""How each verdict looks, the same in the window and in every report: colour and symbol."""

from __future__ import annotations

from workbench.core.model import Standing, Verdict

# Okabe & Ito's palette, told apart with every common colour-vision deficiency; unchecked is a
# neutral grey so that the claims a checker has decided stand out.
VERDICT_COLOURS: dict[Verdict, str] = {
    Verdict.CONFIRMED: "#009E73",  # bluish green
    Verdict.DENIED: "#D55E00",  # vermillion
    Verdict.UNVERIFIED: "#56B4E9",  # sky blue
    Verdict.UNCHECKED: "#8C8C8C",  # grey
}

# The second cue, so colour is never the only one (in print, in grey, for colour-blind readers).
VERDICT_SYMBOLS: dict[Verdict, str] = {
    Verdict.CONFIRMED: "\u2713",  # ✓
    Verdict.DENIED: "\u2717",  # ✗
    Verdict.UNVERIFIED: "?",
    Verdict.UNCHECKED: "\u25cb",  # ○
}


# A claim's standing looks like its verdict, but for "to re-check": Okabe & Ito's orange and a
# circled arrow, so a verdict on a wording that changed never looks like a verdict.
STANDING_COLOURS: dict[Standing, str] = {
    **{Standing(verdict.value): colour for verdict, colour in VERDICT_COLOURS.items()},
    Standing.TO_RECHECK: "#E69F00",  # orange
}
STANDING_SYMBOLS: dict[Standing, str] = {
    **{Standing(verdict.value): symbol for verdict, symbol in VERDICT_SYMBOLS.items()},
    Standing.TO_RECHECK: "\u21bb",  # ↻
}


def tint(colour: str, strength: float) -> str:
    """`colour` blended with white (strength 0 is white, 1 the colour), so black text stays readable."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(
        f"{round(255 - (255 - channel) * strength):02X}" for channel in (red, green, blue)
    )
