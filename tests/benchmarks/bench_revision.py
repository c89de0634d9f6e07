"""Benchmark of revision import: generated revisions of the seed article and of our own texts.

Each scenario imports an article into a fresh project, gives verdicts to its claims, then records a
chain of revisions, each made of random edits (insertions before and inside paragraphs, sentence
rewrites, typo fixes, paragraph and sentence moves, deletions, duplicated sentences, joined and split
paragraphs). The generator knows where every sentence went, so each re-anchored claim is checked
against the truth. Claims are sentences (the analysis of each revision lists every sentence).

Run:  PYTHONPATH=. /work/venv/bin/python tests/benchmarks/bench_revision.py [--scenarios 75]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_revision_texts import INSERTED_WORDS, NEW_SENTENCES, OWN_TEXTS
from rapidfuzz import fuzz

from workbench.core.model import Analysis, ArticleDraft, DetectedClaim, Verdict
from workbench.core.project import Project
from workbench.core.revisions import (
    FUZZY_THRESHOLD,
    AnchorStatus,
    apply_revision,
    plan_revision,
)

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "seed-article.txt"
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"A-ZÀ-ÖØ-Þ0-9])")
_keys = itertools.count(1)


@dataclass
class Sentence:
    text: str
    key: int  # identity of the statement through revisions


Doc = list[list[Sentence]]


def split_sentences(paragraph: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(paragraph) if part.strip()]


def make_doc(text: str) -> Doc:
    return [[Sentence(s, next(_keys)) for s in split_sentences(line)] for line in text.split("\n")]


def render(doc: Doc) -> tuple[str, dict[int, tuple[int, int]]]:
    """The text, and where each sentence (by key) sits in it."""
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for number, paragraph in enumerate(doc):
        if number:
            parts.append("\n")
            offset += 1
        for index, sentence in enumerate(paragraph):
            if index:
                parts.append(" ")
                offset += 1
            spans[sentence.key] = (offset, offset + len(sentence.text))
            parts.append(sentence.text)
            offset += len(sentence.text)
    return "".join(parts), spans


def analysis_of(doc: Doc, language: str) -> Analysis:
    text, spans = render(doc)
    claims = tuple(
        DetectedClaim(start, end, text[start:end], 0.5, True)
        for start, end in sorted(spans.values())
    )
    return Analysis(language, "sentences", claims)


# -- edits -----------------------------------------------------------------------------------------


class Editor:
    def __init__(self, rng: random.Random, language: str, seen: set[str]) -> None:
        self.rng = rng
        self.language = language
        self.seen = seen  # every sentence of the scenario so far
        self.inserted: set[int] = set()  # keys of sentences added by this revision
        self.copies: set[int] = set()  # those of them that copy a sentence already there

    def _fresh(self, doc: Doc) -> Sentence:
        # A sentence never seen in this scenario: deleting a sentence and inserting the same one
        # elsewhere is a move, which move_sentence covers; copies come from duplicate_sentence.
        present = self.seen | {sentence.text for paragraph in doc for sentence in paragraph}
        choices = [text for text in NEW_SENTENCES[self.language] if text not in present]
        sentence = Sentence(self.rng.choice(choices or NEW_SENTENCES[self.language]), next(_keys))
        self.seen.add(sentence.text)
        self.inserted.add(sentence.key)
        return sentence

    def _body(self, doc: Doc) -> list[int]:
        return [index for index in range(1, len(doc)) if doc[index]]

    def _any_sentence(self, doc: Doc) -> tuple[int, int]:
        places = [(p, s) for p in range(len(doc)) for s in range(len(doc[p]))]
        return self.rng.choice(places)

    def insert_paragraph(self, doc: Doc) -> None:
        doc.insert(
            self.rng.randint(0, len(doc)), [self._fresh(doc) for _ in range(self.rng.randint(1, 2))]
        )

    def insert_sentence(self, doc: Doc) -> None:
        paragraph = doc[self.rng.choice(self._body(doc))]
        paragraph.insert(self.rng.randint(0, len(paragraph)), self._fresh(doc))

    def rewrite_sentence(self, doc: Doc) -> None:
        p, s = self._any_sentence(doc)
        sentence = doc[p][s]
        words = sentence.text.split(" ")
        kind = self.rng.choice(["number", "insert", "delete", "replace"])
        digits = [m.start() for m in re.finditer(r"\d", sentence.text)]
        if kind == "number" and digits:
            at = self.rng.choice(digits)
            new_digit = str((int(sentence.text[at]) + self.rng.randint(1, 8)) % 10)
            sentence.text = sentence.text[:at] + new_digit + sentence.text[at + 1 :]
            return
        if kind == "delete" and len(words) > 6:
            at = self.rng.randint(1, len(words) - 3)
            del words[at : at + self.rng.randint(1, 2)]
        elif kind == "replace" and len(words) > 4:
            at = self.rng.randint(1, len(words) - 2)
            words[at] = self.rng.choice(
                ["nouveau", "récent", "important"]
                if self.language == "fr"
                else ["new", "recent", "major"]
            )
        else:
            at = self.rng.randint(1, max(1, len(words) - 1))
            words.insert(at, self.rng.choice(INSERTED_WORDS[self.language]))
        sentence.text = " ".join(words)

    def typo_fix(self, doc: Doc) -> None:
        p, s = self._any_sentence(doc)
        sentence = doc[p][s]
        words = list(re.finditer(r"\w{4,}", sentence.text))
        if not words:
            return
        word = self.rng.choice(words)
        i = self.rng.randint(word.start() + 1, word.end() - 2)
        text = sentence.text
        kind = self.rng.choice(["swap", "drop", "accent"])
        accents = {"é": "e", "è": "e", "à": "a", "ô": "o", "e": "é", "a": "à"}
        if kind == "swap":
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        elif kind == "accent" and text[i] in accents:
            text = text[:i] + accents[text[i]] + text[i + 1 :]
        else:
            text = text[:i] + text[i + 1 :]
        sentence.text = text

    def move_paragraph(self, doc: Doc) -> None:
        body = self._body(doc)
        if len(body) < 2:
            return
        paragraph = doc.pop(self.rng.choice(body))
        doc.insert(self.rng.randint(1, len(doc)), paragraph)

    def move_sentence(self, doc: Doc) -> None:
        p, s = self._any_sentence(doc)
        if p == 0:
            return
        sentence = doc[p].pop(s)
        target = doc[self.rng.choice(self._body(doc) or [p])]
        target.insert(self.rng.randint(0, len(target)), sentence)

    def delete_sentence(self, doc: Doc) -> None:
        p, s = self._any_sentence(doc)
        if p == 0:
            return
        del doc[p][s]

    def delete_paragraph(self, doc: Doc) -> None:
        body = self._body(doc)
        if len(body) > 2:
            del doc[self.rng.choice(body)]

    def duplicate_sentence(self, doc: Doc) -> None:
        p, s = self._any_sentence(doc)
        copy = Sentence(doc[p][s].text, next(_keys))
        self.inserted.add(copy.key)
        self.copies.add(copy.key)
        target = doc[self.rng.choice(self._body(doc))]
        target.insert(self.rng.randint(0, len(target)), copy)

    def join_paragraphs(self, doc: Doc) -> None:
        body = [index for index in self._body(doc) if index + 1 < len(doc)]
        if body:
            index = self.rng.choice(body)
            doc[index].extend(doc.pop(index + 1))

    def split_paragraph(self, doc: Doc) -> None:
        body = [index for index in self._body(doc) if len(doc[index]) > 1]
        if body:
            index = self.rng.choice(body)
            cut = self.rng.randint(1, len(doc[index]) - 1)
            doc.insert(index + 1, doc[index][cut:])
            del doc[index][cut:]

    EDITS: ClassVar[dict[str, int]] = {
        "insert_paragraph": 3,
        "insert_sentence": 3,
        "rewrite_sentence": 3,
        "typo_fix": 3,
        "move_paragraph": 2,
        "move_sentence": 1,
        "delete_sentence": 2,
        "delete_paragraph": 1,
        "duplicate_sentence": 1,
        "join_paragraphs": 1,
        "split_paragraph": 1,
    }

    def revise(self, doc: Doc, edits: Counter[str]) -> None:
        names = list(self.EDITS)
        weights = list(self.EDITS.values())
        for name in self.rng.choices(names, weights, k=self.rng.randint(1, 4)):
            getattr(self, name)(doc)
            edits[name] += 1
        for paragraph in list(doc):
            if not paragraph and len(doc) > 1:
                doc.remove(paragraph)


# -- scoring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    counts: Counter[str]
    plan_ms: list[float]
    apply_ms: list[float]
    text_chars: list[int] = field(default_factory=list)
    import_ms: list[float] = field(default_factory=list)
    changed_ratios: list[float] = field(default_factory=list)  # old vs new wording of an edit
    deleted_ratios: list[float] = field(default_factory=list)  # deleted vs closest other sentence
    revisions: int = 0


def run_scenario(
    texts: list[tuple[str, str, str]],
    rng: random.Random,
    steps: int,
    tally: Tally,
    folder: Path,
    edits: Counter[str],
) -> None:
    name, language, base = rng.choice(texts)
    doc = make_doc(base)
    seen = {sentence.text for paragraph in doc for sentence in paragraph}
    text, spans = render(doc)
    path = folder / f"scenario-{rng.getrandbits(40)}.wbproj"
    with Project.create(path) as project:
        started = time.perf_counter()
        first = (ArticleDraft(name, text), analysis_of(doc, language))
        article_id = project.add_articles([first])[0]
        tally.import_ms.append((time.perf_counter() - started) * 1000)
        # Claims were inserted in reading order: claim ids follow sentence order.
        key_of: dict[int, int] = {}
        by_start = {span[0]: key for key, span in spans.items()}
        for claim in project.claims(article_id):
            key_of[claim.id] = by_start[claim.start]
            if rng.random() < 0.7:
                project.set_verdict(
                    claim.id, rng.choice([Verdict.CONFIRMED, Verdict.DENIED, Verdict.UNVERIFIED])
                )
        for _ in range(steps):
            old_texts = {s.key: s.text for paragraph in doc for s in paragraph}
            editor = Editor(rng, language, seen)
            editor.revise(doc, edits)
            new_text, new_spans = render(doc)
            if new_text == text:
                continue
            new_texts = {s.key: s.text for paragraph in doc for s in paragraph}
            draft = ArticleDraft(doc[0][0].text if doc and doc[0] else name, new_text)
            started = time.perf_counter()
            plan = plan_revision(project, article_id, draft, analysis_of(doc, language))
            tally.plan_ms.append((time.perf_counter() - started) * 1000)
            tally.text_chars.append(len(new_text))
            for item in plan.placements:
                score(
                    item,
                    key_of.get(item.claim_id),
                    old_texts,
                    new_texts,
                    new_spans,
                    new_text,
                    tally.counts,
                )
            calibrate(old_texts, new_texts, tally)
            new_claim_spans = {(c.start, c.end) for c in plan.new_claims}
            for key in editor.inserted:
                if key in new_spans:
                    kind = "copies of a sentence" if key in editor.copies else "new sentences"
                    tally.counts[f"inserted {kind}"] += 1
                    tally.counts[f"inserted {kind} detected as new claims"] += (
                        new_spans[key] in new_claim_spans
                    )
            started = time.perf_counter()
            result = apply_revision(project, plan)
            tally.apply_ms.append((time.perf_counter() - started) * 1000)
            tally.revisions += 1
            by_start = {span: key for key, span in new_spans.items()}
            for claim_id in result.new_claims:
                claim = project.claim(claim_id)
                key_of[claim_id] = by_start[(claim.start, claim.end)]
            text = new_text


def calibrate(old_texts: dict[int, str], new_texts: dict[int, str], tally: Tally) -> None:
    """Ratios behind FUZZY_THRESHOLD: how close edits stay, how close unrelated sentences get."""
    for key, old in old_texts.items():
        if key in new_texts and new_texts[key] != old:
            tally.changed_ratios.append(fuzz.ratio(old, new_texts[key]))
        elif key not in new_texts:
            others = [text for other, text in new_texts.items() if text != old]
            tally.deleted_ratios.append(max(fuzz.ratio(old, text) for text in others))


def score(item, key, old_texts, new_texts, new_spans, new_text, counts: Counter[str]) -> None:
    placement = item.placement
    status = placement.status  # where the claim landed in this revision
    if status in (AnchorStatus.EXACT, AnchorStatus.MOVED):
        # Same wording is what these statuses promise; anything else would be a silent change.
        different = new_text[placement.start : placement.end] != item.old_text
        counts["claims attached to a different wording without a flag"] += different
    # What the checker sees: a change from an earlier revision stays flagged until confirmed.
    flagged = item.recorded_status not in (AnchorStatus.EXACT, AnchorStatus.MOVED)
    same_wording = status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
    if key not in old_texts:
        counts["claims already orphaned before this revision"] += 1
        counts[f"  ... now {status.value}"] += 1
        return
    if key not in new_texts:
        counts["deleted claims"] += 1
        if status == AnchorStatus.ORPHAN:
            counts["deleted claims listed as orphans"] += 1
        elif new_text[placement.start : placement.end] == old_texts[key]:
            label = "flagged" if flagged else "NOT flagged"
            counts[f"deleted claims placed on an identical sentence elsewhere ({label})"] += 1
        else:
            label = "flagged" if flagged else "NOT flagged"
            counts[f"deleted claims placed on other text ({label})"] += 1
        return
    truth = new_spans[key]
    at_truth = (placement.start, placement.end) == truth
    if old_texts[key] == new_texts[key]:
        counts["unchanged claims"] += 1
        if same_wording and at_truth:
            counts["unchanged claims re-anchored to their exact new place"] += 1
            if flagged:
                counts["  ... of which still flagged from an earlier revision"] += 1
        elif status == AnchorStatus.AMBIGUOUS and at_truth:
            counts["unchanged claims at their place but flagged ambiguous"] += 1
        elif flagged:
            counts[f"unchanged claims elsewhere, flagged {item.recorded_status.value}"] += 1
        else:
            counts["unchanged claims elsewhere, NOT flagged"] += 1
        return
    counts["changed claims"] += 1
    if not flagged:
        counts["changed claims NOT flagged"] += 1
        return
    counts["changed claims flagged"] += 1
    if status == AnchorStatus.ORPHAN:
        counts["changed claims flagged: orphan (too different)"] += 1
        return
    overlap = min(placement.end, truth[1]) - max(placement.start, truth[0])
    if overlap >= 0.8 * (truth[1] - truth[0]) and overlap >= 0.8 * (
        placement.end - placement.start
    ):
        counts[f"changed claims flagged: {status.value}, on the new sentence"] += 1
        counts["  ... of which on exactly the new sentence"] += at_truth
    elif overlap > 0:
        counts[f"changed claims flagged: {status.value}, partly on the new sentence"] += 1
    else:
        counts[f"changed claims flagged: {status.value}, on OTHER text"] += 1


def benchmark_texts(seed_path: Path | None = SEED) -> list[tuple[str, str, str]]:
    """(name, language, text) of every base text: our own, and the seed article when present."""
    texts = [(name, language, text) for name, (language, text) in OWN_TEXTS.items()]
    if seed_path is not None and seed_path.is_file():
        from workbench.core.importers import read_articles

        seed = read_articles(seed_path)[0]
        texts += [("seed", "fr", seed.text)] * 2  # the seed is a third of the scenarios
    return texts


def run_benchmark(
    texts: list[tuple[str, str, str]], scenarios: int, steps: int, seed: int
) -> tuple[Tally, Counter[str]]:
    rng = random.Random(seed)
    tally = Tally(Counter(), [], [])
    edits: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(scenarios):
            run_scenario(texts, rng, steps, tally, Path(folder), edits)
    return tally, edits


def silent_count(counts: Counter[str]) -> int:
    """Claims placed on another place than their own without a flag for the checker."""
    return sum(count for name, count in counts.items() if "NOT flagged" in name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=75)
    parser.add_argument("--steps", type=int, default=3, help="revisions per scenario")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    texts = benchmark_texts()
    if not any(name == "seed" for name, _, _ in texts):
        print(f"(seed article absent at {SEED}; own texts only)")
    tally, edits = run_benchmark(texts, arguments.scenarios, arguments.steps, arguments.seed)
    counts = tally.counts
    print(
        f"revisions recorded: {tally.revisions} "
        f"({arguments.scenarios} scenarios of {arguments.steps} revisions, seed {arguments.seed})"
    )
    print("edits applied: " + ", ".join(f"{name} {count}" for name, count in sorted(edits.items())))
    for name, count in sorted(counts.items()):
        print(f"  {name}: {count}")
    unchanged = counts["unchanged claims"]
    exact = counts["unchanged claims re-anchored to their exact new place"]
    changed = counts["changed claims"]
    print(
        f"unchanged claims re-anchored to their exact new place: {exact}/{unchanged} "
        f"= {100 * exact / max(1, unchanged):.2f} %"
    )
    print(f"changed claims flagged: {counts['changed claims flagged']}/{changed}")
    print(
        "claims attached to a different wording without a flag: "
        f"{counts['claims attached to a different wording without a flag']}"
    )
    print(
        f"claims attached to the same wording at a wrong place without a flag: {silent_count(counts)}"
    )
    changed = sorted(tally.changed_ratios)
    deleted = sorted(tally.deleted_ratios)
    print(
        f"ratio of edited sentences to their old wording: min {changed[0]:.0f}, "
        f"5th percentile {changed[len(changed) // 20]:.0f}, median {statistics.median(changed):.0f}; "
        f"ratio of deleted sentences to the closest other sentence: median "
        f"{statistics.median(deleted):.0f}, 95th percentile {deleted[len(deleted) * 19 // 20]:.0f}, "
        f"max {deleted[-1]:.0f} (threshold {FUZZY_THRESHOLD:.0f})"
    )
    report_times("", tally)
    # A long article: every base text one after the other (the seed counted once).
    parts = list(dict.fromkeys(text for _, _, text in texts))
    big_tally, _ = run_benchmark([("all-texts", "fr", "\n".join(parts))], 10, 2, arguments.seed)
    report_times("long article: ", big_tally)


def report_times(label: str, tally: Tally) -> None:
    plan = statistics.median(tally.plan_ms)
    apply = statistics.median(tally.apply_ms)
    imported = statistics.median(tally.import_ms)
    print(
        f"{label}median text {statistics.median(tally.text_chars):.0f} characters: "
        f"plan_revision {plan:.1f} ms, apply_revision {apply:.1f} ms, "
        f"first import (add_articles) {imported:.1f} ms; "
        f"plan/import {plan / imported:.2f}, apply/import {apply / imported:.2f} (medians, same run)"
    )


if __name__ == "__main__":
    main()
