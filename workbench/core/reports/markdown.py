"""The Markdown report, with every piece of user text escaped so it renders as plain words."""

from __future__ import annotations

import re
from urllib.parse import quote

from workbench.core.model import Standing
from workbench.core.reports.common import readable_time, safe_href
from workbench.core.reports.content import STANDING_ORDER, ArticleEntry, ClaimEntry, ReportContent
from workbench.core.reports.messages import Messages, load_messages
from workbench.core.verdict_style import STANDING_SYMBOLS, VERDICT_SYMBOLS

# Any ASCII punctuation may be backslash-escaped in CommonMark, which makes it literal. Only the
# characters that can make markup where they stand are escaped, so the Markdown file stays
# readable as text (`seed-article`, `0.1.0`, `https://www.wsj.com`, not `seed\-article`):
# - anywhere: emphasis, code, links and images (`*`, `` ` ``, `[`, `]`), the escape itself,
#   GitHub's tables, strikethrough and math (`|`, `~`, `$`);
# - `_` unless inside a word (CommonMark never makes emphasis of `snake_case`);
# - `#` at the start of a line or after a space (a heading, or the closing of one);
# - at the start of a line: list, setext and thematic-break markers (`- `, `+ `, `--`, `==`),
#   and the `.` or `)` after the digits of an ordered list (`1. `), not `0.1.0` or `-2`.
# `&`, `<` and `>` become entities, so raw HTML stays text in renderers that pass HTML
# through, including ones that do not honour backslash escapes before `<`.
_ALWAYS = re.compile(r"([*`\[\]\\|~$])")
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")  # `_` with a non-letter on a side
_HASH = re.compile(r"(?:^|(?<=\s))#")
_LINE_START = re.compile(r"^(?:([-+=])(?=[-=\s]|$)|(\d{1,9})([.)])(?=\s|$))")
_HEX = re.compile(r"[0-9a-f]{64}")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """`text` as Markdown that renders to exactly these characters, with no markup or HTML.

    Line breaks are kept as hard breaks. Leading spaces are dropped, so no line becomes a code
    block, and so are blank lines, which would end the paragraph (and a list item) early.
    """
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            continue
        escaped = _ALWAYS.sub(r"\\\1", line.strip())
        escaped = _UNDERSCORE.sub(r"\\_", escaped)
        escaped = _HASH.sub(r"\\#", escaped)
        escaped = _LINE_START.sub(
            lambda match: f"\\{match[1]}" if match[1] else f"{match[2]}\\{match[3]}", escaped
        )
        lines.append("".join(_ENTITIES.get(char, char) for char in escaped))
    return "\\\n".join(lines)


def _fingerprint(sha256: str) -> str:
    """A SHA-256 in a code span; anything else a file may hold there, escaped as text."""
    if _HEX.fullmatch(sha256):
        return f"`{sha256}`"
    return escape_markdown(sha256)


def _link(url: str, title: str) -> str:
    href = safe_href(url)
    label = escape_markdown(title or url)
    if href is None:
        return label
    # Percent-encode what could end the link destination early or open a new construct.
    destination = quote(href, safe=":/?#@!$&*+,;=%~")
    return f"[{label}]({destination})"


def history_line(content: ReportContent, m: Messages) -> str:
    """Whether the history verified, with its chain head, in the report's language."""
    if content.history_verified:
        return m["history_verified"].format(
            entries=content.history_entries, head=content.history_head
        )
    return m["history_not_verified"].format(problem=content.history_problem)


def render_markdown(content: ReportContent, language: str) -> str:
    """The report as CommonMark text in `language` ("en" or "fr")."""
    m = load_messages(language)
    out: list[str] = [f"# {m['report_title']}", ""]
    reviewers = ", ".join(content.reviewers) if content.reviewers else m["not_recorded"]
    out += [
        f"- **{m['project']}:** {escape_markdown(content.project_name)}",
        f"- **{m['scope']}:** {m['scope_' + content.scope.kind]}",
        f"- **{m['reviewed_by']}:** {escape_markdown(reviewers)}",
        f"- **{m['generated_at']}:** {readable_time(content.generated_at)}",
        f"- **{m['program']}:** Workbench {escape_markdown(content.program_version)}",
        f"- **{m['history_check']}:** {escape_markdown(history_line(content, m))}",
        "",
        f"## {m['summary']}",
        "",
        f"{m['claims_total']}: **{len(content.claims)}**",
        "",
        f"| {m['verdict']} | # |",
        "| --- | ---: |",
    ]
    counts = content.counts()
    out += [f"| {STANDING_SYMBOLS[v]} {m.verdict(v)} | {counts[v]} |" for v in STANDING_ORDER]
    out.append("")
    for position, entry in enumerate(content.articles, start=1):
        article = entry.article
        out += [
            f"## {m['article']} {position}: {escape_markdown(article.title)}",
            "",
            f"### {m['what_was_reviewed']}",
            "",
            f"- **{m['article_title']}:** {escape_markdown(article.title)}",
            f"- **{m['date']}:** {escape_markdown(readable_time(entry.published) or m['unknown'])}",
            f"- **{m['source']}:** {escape_markdown(entry.source or m['unknown'])}",
            f"- **{m['fingerprint']}:** {_fingerprint(str(article.sha256))}",
            f"- **{m['revision']}:** {escape_markdown(str(article.revision))}",
            f"- **{m['language']}:** {escape_markdown(article.language)}",
            "",
            f"### {m['claims']}",
            "",
        ]
        if not entry.claims:
            out += [f"*{m['no_claims']}*", ""]
        for item in entry.claims:
            out += _claim(item, m)
        out += _dismissed(entry, m)
    return "\n".join(out).rstrip("\n") + "\n"


def _dismissed(entry: ArticleEntry, m: Messages) -> list[str]:
    """The claims a checker set aside, by number, so none seems to be missing."""
    if not entry.dismissed:
        return []
    numbers = ", ".join(f"{m['claim']} {claim.number}" for claim in entry.dismissed)
    return [f"*{m['dismissed_claims']} {numbers}.*", ""]


def _claim(item: ClaimEntry, m: Messages) -> list[str]:
    claim = item.claim
    standing = item.standing
    heading = f"#### [{claim.number} {STANDING_SYMBOLS[standing]}] {m['claim']} {claim.number}: "
    heading += m.verdict(standing)
    if standing is Standing.TO_RECHECK:  # say which verdict the old wording had
        heading += f" ({m['given_on_earlier_wording']} {m.verdict(claim.verdict)})"
    lines = [heading, "", f"> {escape_markdown(claim.text)}", ""]
    if item.placement:
        note = f"**\u26a0 {m['needs_review']}:** {m['anchor_' + item.placement.status]}"
        wording = item.placement.text_at_verdict
        if wording and wording != claim.text:
            note += f" {m['quote_open']}{escape_markdown(wording)}{m['quote_close']}"
        lines += [note, ""]
    if claim.rationale:
        lines += [f"**{m['rationale']}:** {escape_markdown(claim.rationale)}", ""]
    if item.sources:
        lines += [f"**{m['sources']}:**", ""]
    for source in item.sources:
        line = f"- {_link(source.url, source.title)}"
        if safe_href(source.url) is None and source.url:
            line += f" ({escape_markdown(source.url)}; {m['not_a_link']})"
        if source.accessed:
            line += f", {m['accessed']} {escape_markdown(readable_time(source.accessed))}"
        if source.excerpt:
            line += f": {m['quote_open']}{escape_markdown(source.excerpt)}{m['quote_close']}"
        lines.append(line)
    if item.sources:
        lines.append("")
    history = item.shown_history
    if history:
        lines += [f"**{m['history']}:**", ""]
    for change in history:
        who = escape_markdown(change.who) if change.who else m["not_recorded"]
        old, new = (
            m.verdict(value)
            if change.field == "verdict" and value in VERDICT_SYMBOLS
            else escape_markdown(value or "")
            for value in (change.old, change.new)
        )
        when = escape_markdown(readable_time(change.at))
        lines.append(f"- {when}, {who}: {escape_markdown(m.field(change.field))}: {old} → {new}")
    if history:
        lines.append("")
    if item.undone_count:
        lines += [f"*{m['changes_undone'].format(count=item.undone_count)}*", ""]
    if item.missing:
        parts = ", ".join(m[f"part_{part}"] for part in item.missing)
        lines += [f"*{m['not_recorded_yet']} {parts}.*", ""]
    return lines
