"""Per-quote stance: does a short voice that denies a claim read as 'disagree'?

Three labelled sets, none stored in this repository (their texts are licensed or invented):

1. **BBC dev gold** (``../shared/gold/dev-claims.jsonl``): every attribution of a gold claim
   whose attitude maps to a stance (deny -> disagree; confirm, assert -> agree; report,
   speculate -> discuss) gives one (claim, evidence, stance) item, read from the gold file
   at run time. Allege, contest and question are left out (no agreed mapping).
2. **The founding example** (``../shared/examples/ford-xiaomi.expected.json``): its quotes'
   ``stance_toward_central_claim`` against its central claim.
3. **Invented first-person voices** (``INVENTED`` below): denials, confirmations and
   hedges written for this benchmark, so that the first-person form is measured too.

Each text is scored as ``claimtrail stance --claim`` scores a quote: the shipped model's
``predict_proba`` against the claim, argmax of agree/disagree/discuss/unrelated. Printed:
macro-F1 over agree/disagree/discuss (an 'unrelated' answer counts as a miss) and the share
of denials read as disagree.

    python benchmarks/bench_stance_quotes.py [--model-dir DIR] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

ATTITUDE_STANCE = {
    "deny": "disagree",
    "confirm": "agree",
    "assert": "agree",
    "report": "discuss",
    "speculate": "discuss",
}
STANCES = ("agree", "disagree", "discuss")
# sha256(file name) mod 3 == this: the held-out third of the BBC dev articles (5 of 24 articles,
# 33 of 132 attributions, 13 of 41 denials).
HELD_OUT_REMAINDER = 2
# Written for this benchmark: (claim, voice, stance).
INVENTED = [
    (
        "Ford and Xiaomi held talks on US EV production",
        "We are not in talks with Xiaomi.",
        "disagree",
    ),
    (
        "Ford and Xiaomi held talks on US EV production",
        "Ford is not in discussions with Xiaomi about building cars in America.",
        "disagree",
    ),
    (
        "Ford and Xiaomi held talks on US EV production",
        "There is no truth to the report that we discussed a partnership with Ford.",
        "disagree",
    ),
    (
        "Ford and Xiaomi held talks on US EV production",
        "We can confirm that our teams met Xiaomi to discuss production in Michigan.",
        "agree",
    ),
    (
        "Ford and Xiaomi held talks on US EV production",
        "The talks were reported by the Financial Times, citing people familiar with them.",
        "discuss",
    ),
    ("The mayor will resign next month", "I have no intention of resigning.", "disagree"),
    (
        "The mayor will resign next month",
        "The mayor has never considered stepping down.",
        "disagree",
    ),
    (
        "The mayor will resign next month",
        "Yes, I will step down as mayor at the end of next month.",
        "agree",
    ),
    (
        "The mayor will resign next month",
        "Some councillors say the mayor may resign, but nothing has been decided.",
        "discuss",
    ),
    (
        "The company plans to cut 2,000 jobs",
        "We categorically deny that any jobs will be cut.",
        "disagree",
    ),
    (
        "The company plans to cut 2,000 jobs",
        "These reports of job cuts are completely false.",
        "disagree",
    ),
    (
        "The company plans to cut 2,000 jobs",
        "The company confirmed it will cut 2,000 jobs by the end of the year.",
        "agree",
    ),
    (
        "The company plans to cut 2,000 jobs",
        "Analysts speculate that job cuts could follow the merger.",
        "discuss",
    ),
    (
        "The minister knew about the leak",
        "I did not know about the leak, and I never did.",
        "disagree",
    ),
    ("The minister knew about the leak", "The minister was told of the leak in March.", "agree"),
]


@dataclass(frozen=True)
class Item:
    source: str
    claim: str
    text: str
    gold: str


def shared() -> Path:
    default = Path(__file__).resolve().parents[1] / ".." / "shared"
    data = os.environ.get("CLAIMTRAIL_SHARED_DATA")
    return Path(data).parent if data else default


def held_out(file: str) -> bool:
    """The third of the BBC dev articles kept aside: never listed by ``--errors``, never looked
    at when the short-text rules were written (chosen by a hash of the file name)."""
    return int(hashlib.sha256(file.encode("utf-8")).hexdigest(), 16) % 3 == HELD_OUT_REMAINDER


def bbc_items(path: Path, held: bool) -> list[Item]:
    """The attributions of the dev articles in the held-out third (``held``) or the others."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        if held_out(article["file"]) != held:
            continue
        for claim in article["claims"]:
            for attribution in claim.get("attributions", []):
                stance = ATTITUDE_STANCE.get(attribution.get("attitude", ""))
                evidence = (attribution.get("evidence") or "").strip()
                if stance and evidence:
                    name = "bbc-held" if held else "bbc-dev"
                    items.append(Item(name, claim["text"], evidence, stance))
    return items


def example_items(path: Path) -> list[Item]:
    example = json.loads(path.read_text(encoding="utf-8"))
    claim = example["central_claim"]["text"]
    return [
        Item("ford-xiaomi", claim, q["text"], q["stance_toward_central_claim"])
        for q in example["quotes"]
        if q.get("stance_toward_central_claim") in (*STANCES, "unrelated")
    ]


def invented_items() -> list[Item]:
    return [Item("invented", c, t, s) for c, t, s in INVENTED]


def macro_f1(gold: list[str], predicted: list[str], labels: tuple[str, ...]) -> dict[str, float]:
    f1 = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred, n_gold = predicted.count(label), gold.count(label)
        f1[label] = 2 * tp / (n_pred + n_gold) if tp else 0.0
    f1["macro"] = sum(f1[label] for label in labels) / len(labels)
    return f1


def score(items: list[Item], predicted: list[str]) -> dict[str, object]:
    gold = [i.gold for i in items]
    labels = tuple(s for s in (*STANCES, "unrelated") if s in gold)
    denials = [p for i, p in zip(items, predicted, strict=True) if i.gold == "disagree"]
    return {
        "items": len(items),
        "accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(items),
        "f1": macro_f1(gold, predicted, labels),
        "denials": len(denials),
        "denials_read_as_disagree": denials.count("disagree") / len(denials) if denials else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-dir", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="list the misread texts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from claimtrail.stance import load_stance_model
    from claimtrail.stance.articles import short_text_parses

    root = shared()
    sets = {"invented": invented_items()}
    gold_path = root / "gold" / "dev-claims.jsonl"
    example_path = root / "examples" / "ford-xiaomi.expected.json"
    if gold_path.is_file():
        sets["bbc-dev"] = bbc_items(gold_path, held=False)
        sets["bbc-held"] = bbc_items(gold_path, held=True)
    if example_path.is_file():
        sets["ford-xiaomi"] = example_items(example_path)
    model = load_stance_model(args.model_dir)
    results: dict[str, object] = {"model": model.version}
    for name, items in sets.items():
        texts = [i.text for i in items]  # each parsed on its own, as `claimtrail stance` does
        rows = model.predict_proba([i.claim for i in items], texts, short_text_parses(model, texts))
        predicted = [max(r, key=r.__getitem__) for r in rows]
        results[name] = score(items, predicted)
        if args.errors and name != "bbc-held":  # the held-out third stays unread
            for item, label in zip(items, predicted, strict=True):
                if label != item.gold:
                    print(f"[{name}] gold {item.gold} got {label}: {item.text[:90]!r}")
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"stance model {model.version}")
    for name in sets:
        r = results[name]
        assert isinstance(r, dict)
        f1 = r["f1"]
        denial = r["denials_read_as_disagree"]
        print(
            f"{name}: {r['items']} texts, accuracy {r['accuracy']:.3f}, macro-F1 "
            f"{f1['macro']:.3f} ("
            + ", ".join(f"{k} {v:.3f}" for k, v in f1.items() if k != "macro")
            + ")"
            + (
                f"; denials read as disagree {denial:.2f} of {r['denials']}"
                if denial is not None
                else ""
            )
        )


if __name__ == "__main__":
    main()
