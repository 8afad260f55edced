"""Extraction quality on the annotated dev reports: tune and check folds side by side.

    python benchmarks/quality.py                 # the table: all, tune, check, each batch, and
                                                 # the invented sets a-z, aa-aq (a, c, e, g,
                                                 # i, k, m, o, q, s, u, w, y, aa, ac, ae, ah,
                                                 # aj, al, an, ap read; b, d, f, h, j, l, n, p,
                                                 # r, t, v, x, z, ab, ad, af, ag, ai, ak, am,
                                                 # ao, aq held out)
    python benchmarks/quality.py --errors        # plus the errors of the tune fold and of the
                                                 # read sets a, c, ..., ae, ah, aj, al, an, ap
    python benchmarks/quality.py --wrap 65       # the same reports hard-wrapped at 65 columns
    python benchmarks/quality.py --shape "forwarded mail (headers, '> ' quoted, wrapped at 70)"
    python benchmarks/quality.py --pred DIR      # score a folder of predictions (a peer's)

The check fold is every fourth report (number % 4 == 3: a quarter of each batch). Its scores
are reported, its errors are never printed: rules are written from the tune fold only, and a
rule earns its place by helping both folds.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
INVENTED = Path(__file__).resolve().parent / "invented"  # README there: which are read
SETS = {
    "invented a (read)": INVENTED / "a",
    "invented b (held out)": INVENTED / "b",
    "invented c, long (read)": INVENTED / "c",
    "invented d, long (held out)": INVENTED / "d",
    "invented e, long (read)": INVENTED / "e",
    "invented f, long (held out)": INVENTED / "f",
    "invented g, long (read)": INVENTED / "g",
    "invented h, long (held out)": INVENTED / "h",
    "invented i, meetings (read)": INVENTED / "i",
    "invented j, meetings (held out)": INVENTED / "j",
    "invented k, multi-party (read)": INVENTED / "k",
    "invented l, multi-party (held out)": INVENTED / "l",
    "invented m, relations (read)": INVENTED / "m",
    "invented n, relations (held out)": INVENTED / "n",
    "invented o, outlets (read)": INVENTED / "o",
    "invented p, outlets (held out)": INVENTED / "p",
    "invented q, parties (read)": INVENTED / "q",
    "invented r, parties (held out)": INVENTED / "r",
    "invented s, places (read)": INVENTED / "s",
    "invented t, places (held out)": INVENTED / "t",
    "invented u, backgrounders (read)": INVENTED / "u",
    "invented v, backgrounders (held out)": INVENTED / "v",
    "invented w, relations in many words (read)": INVENTED / "w",
    "invented x, relations in many words (held out)": INVENTED / "x",
    "invented y, at the table (read)": INVENTED / "y",
    "invented z, at the table (held out)": INVENTED / "z",
    "invented aa, parties named indirectly (read)": INVENTED / "aa",
    "invented ab, parties named indirectly (held out)": INVENTED / "ab",
    "invented ac, local press (read)": INVENTED / "ac",
    "invented ad, local press (held out)": INVENTED / "ad",
    "invented ae, web pages (read)": INVENTED / "ae",
    "invented af, web pages (held out)": INVENTED / "af",
    "invented ag, web pages (held out)": INVENTED / "ag",
    "invented ah, relations from rarely seen theatres (read)": INVENTED / "ah",
    "invented ai, relations from rarely seen theatres (held out)": INVENTED / "ai",
    "invented aj, who else was in the room (read)": INVENTED / "aj",
    "invented ak, who else was in the room (held out)": INVENTED / "ak",
    "invented al, where did it happen (read)": INVENTED / "al",
    "invented am, where did it happen (held out)": INVENTED / "am",
    "invented an, who stands with whom (read)": INVENTED / "an",
    "invented ao, who stands with whom (held out)": INVENTED / "ao",
    "invented ap, long reports as they come (read)": INVENTED / "ap",
    "invented aq, long reports as they come (held out)": INVENTED / "aq",
}
SETS_SPAN = "a-z, aa-aq"
MEASURES = ("entities", "entities_typed", "met_pairs", "met_pairs_where", "relations")
BATCHES = {"000-025": range(0, 26), "026-045": range(26, 46), "046-065": range(46, 66)}


def _scorer(dev: Path) -> object:
    spec = importlib.util.spec_from_file_location("score", dev.parent / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def is_check(stem: str) -> bool:
    return int(stem.split("-")[1]) % 4 == 3


def wrap(text: str, width: int, newline: str = "\n") -> str:
    """Hard-wrap every paragraph line at ``width`` columns (as PDF text and e-mail arrive)."""
    lines = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width, break_on_hyphens=False) or [""])
    return newline.join(lines)


def _mail(text: str) -> str:
    quoted = "\n".join(f"> {line}".rstrip() for line in wrap(text, 70).split("\n"))
    head = "From: Desk <desk@example.org>\nTo: Team <team@example.org>\nSubject: FW: report\n"
    return f"{head}Date: Mon, 3 Mar 2025 10:00:00 +0000\n\n{quoted}\n"


def _typed(text: str) -> str:
    plain = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return plain.replace("—", "--")


def _marked(text: str) -> str:
    lines = [f"(S//NF) {line}" if line.strip() else line for line in text.split("\n")]
    return "SECRET//NOFORN\n" + "\n".join(lines) + "\nSECRET//NOFORN\n"


# Reports as they come: the same dev reports in the shapes analysts receive them
def _bulleted(text: str) -> str:
    """Each body paragraph a bullet, wrapped at 66 with its lines at the hanging indent (an
    e-mailed situation report)."""
    title, _, body = text.partition("\n")
    fill = {"initial_indent": "- ", "subsequent_indent": "  ", "break_on_hyphens": False}
    items = [textwrap.fill(p, 66, **fill) for p in body.split("\n") if p.strip()]
    return title + "\n\n" + "\n".join(items) + "\n"


SHAPES: dict[str, Callable[[str], str]] = {
    "hard-wrapped at 65": lambda t: wrap(t, 65),
    "hard-wrapped at 40, CRLF": lambda t: wrap(t, 40, "\r\n"),
    "straight quotes, typed dashes": _typed,
    "forwarded mail (headers, '> ' quoted, wrapped at 70)": _mail,
    "classification banners and portion marks": _marked,
    "bulleted sitrep (each paragraph a bullet, wrapped at 66, hanging indent)": _bulleted,
    "all in capitals (message traffic)": str.upper,
    "after a monitoring service's source line": lambda t: (
        "Text of report by news agency website on 3 March\n\n" + wrap(t, 68)
    ),
}


def predict(dev: Path, out: Path, width: int | None, shape: str | None = None) -> None:
    from actorgraph.extract.eval_json import to_eval
    from actorgraph.extract.report import extract
    from actorgraph.read.inputs import read_text

    for path in sorted(p for p in dev.glob("*.txt") if p.with_suffix(".json").exists()):
        text = path.read_text(encoding="utf-8")
        text = wrap(text, width) if width else text
        report = read_text(SHAPES[shape](text) if shape else text, str(path))
        data = to_eval(extract(report))
        (out / f"{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False))


def folds(dev: Path) -> dict[str, list[str]]:
    stems = sorted(p.stem for p in dev.glob("dev-*.json"))
    groups = {"all": stems, "tune": [s for s in stems if not is_check(s)]}
    groups["check"] = [s for s in stems if is_check(s)]
    for name, numbers in BATCHES.items():
        groups[name] = [s for s in stems if int(s.split("-")[1]) in numbers]
    return groups


def table(dev: Path, pred: Path) -> str:
    score = _scorer(dev)
    rows = []
    for name, stems in folds(dev).items():
        summary = _summary(score, dev, stems, pred)
        rows.append(f"| {name} ({len(stems)}) | " + " | ".join(
            f"{summary[m]['f1']:.3f}" for m in MEASURES) + " |")  # fmt: skip
    rows += [_set_row(name, folder) for name, folder in SETS.items() if folder.is_dir()]
    head = "| reports | " + " | ".join(MEASURES) + " |\n|---|" + "---|" * len(MEASURES)
    return head + "\n" + "\n".join(rows)


def _summary(score: object, gold_dir: Path, stems: list[str], pred: Path) -> dict:
    """score.py's summary of the predictions in ``pred`` against these reports' gold."""
    with tempfile.TemporaryDirectory() as gold:
        for stem in stems:
            (Path(gold) / f"{stem}.json").symlink_to(gold_dir / f"{stem}.json")
        summary, _ = score.score(gold, str(pred))  # type: ignore[attr-defined]
    return summary


def score_set(folder: Path, pred: Path | None = None) -> tuple[int, dict]:
    """(reports, summary) of this extractor on a folder of reports with gold, or of the
    predictions in ``pred``."""
    score = _scorer(DEV)
    with tempfile.TemporaryDirectory() as out:
        if pred is None:
            pred = Path(out)
            predict(folder, pred, None)
        stems = [p.stem for p in folder.glob("*.txt") if p.with_suffix(".json").exists()]
        return len(stems), _summary(score, folder, stems, pred)


def _set_row(name: str, folder: Path) -> str:
    count, summary = score_set(folder)
    return f"| {name} ({count}) | " + " | ".join(f"{summary[m]['f1']:.3f}" for m in MEASURES) + " |"


def errors(dev: Path, pred: Path, stems: list[str] | None = None) -> str:
    """Missed and wrong meetings and relations of the tune fold (never the check fold), or
    of the given reports of a folder."""
    score = _scorer(DEV)
    out = []
    for stem in folds(dev)["tune"] if stems is None else stems:
        gold = json.loads((dev / f"{stem}.json").read_text(encoding="utf-8"))
        mine = json.loads((pred / f"{stem}.json").read_text(encoding="utf-8"))
        doc = score.Doc(gold)  # type: ignore[attr-defined]
        name = _namer(doc)
        for label, g, p in _sets(score, doc, gold, mine):
            out += [f"{stem} {label} MISS {name(x)}" for x in sorted(g - p, key=str)]
            out += [f"{stem} {label} FALSE {name(x)}" for x in sorted(p - g, key=str)]
    return "\n".join(out)


def _sets(score: object, doc: object, gold: dict, mine: dict) -> list[tuple[str, set, set]]:
    return [
        ("meet", score.pairs(doc, gold.get("meetings", []), True),  # type: ignore[attr-defined]
         score.pairs(doc, mine.get("meetings", []), True)),  # type: ignore[attr-defined]
        ("rel", score.triples(doc, gold.get("relations", [])),  # type: ignore[attr-defined]
         score.triples(doc, mine.get("relations", []))),  # type: ignore[attr-defined]
    ]  # fmt: skip


def _namer(doc: object) -> object:
    def name(value: object) -> str:
        if isinstance(value, int):
            return doc.entities[value]["name"]  # type: ignore[attr-defined]
        if isinstance(value, tuple):
            if len(value) == 2 and value[0] == "?":
                return f"?{value[1]}"
            return "(" + ", ".join(name(v) for v in value) + ")"
        return str(value)

    return name


PEER = DEV.parent / "peers" / "spacy_cooc.py"


def run(peers: bool = True, dev: Path = DEV) -> list:
    """For benchmarks/run.py: the fold table of this extractor, of the same reports in the
    shapes they come in (SHAPES), and of the spaCy co-occurrence peer where spaCy is here."""
    from benchmarks.common import Table

    if not dev.is_dir():
        table = Table("Extraction quality (dev reports)", ["note"])
        table.add(f"not measured: no dev reports at {dev}")
        return [table]
    table = Table("Extraction quality on the annotated dev reports (F1)",
                  ["extractor", "reports", *MEASURES])  # fmt: skip
    with tempfile.TemporaryDirectory() as out:
        for number, shape in enumerate([None, *SHAPES]):
            folder = Path(out) / f"shape{number}"
            folder.mkdir()
            predict(dev, folder, None, shape)
            _rows(table, f"actorgraph, {shape}" if shape else "actorgraph", dev, folder, not shape)
        if peers and PEER.exists():
            folder = Path(out) / "peer"
            done = subprocess.run([sys.executable, str(PEER), str(dev), str(folder)],
                                  capture_output=True, text=True)  # fmt: skip
            if done.returncode == 0:
                _rows(table, "peer: spaCy NER + meeting verbs", dev, folder, True)
            else:
                table.notes.append(f"peer not measured: {done.stderr.strip()[-200:]}")
    _invented_rows(table)
    table.notes.append("check fold: every fourth report; its errors are never read for rules")
    read, held = (_letters(kind) for kind in ("(read)", "(held out)"))
    table.notes.append(
        f"invented {SETS_SPAN}: benchmarks/invented (written for this by sessions that never "
        f"saw the dev set or the code); {read} were read for rules, {held} are held out"
    )
    return [table]


def _letters(kind: str) -> str:
    """'a, c and e': the letters of the invented sets whose name ends with ``kind``."""
    letters = [folder.name for name, folder in SETS.items() if name.endswith(kind)]
    return f"{', '.join(letters[:-1])} and {letters[-1]}"


def _invented_rows(table: object) -> None:
    for name, folder in SETS.items():
        if not folder.is_dir():
            continue
        count, summary = score_set(folder)
        f1 = [round(summary[m]["f1"], 3) for m in MEASURES]
        table.add("actorgraph", f"{name} ({count})", *f1)  # type: ignore[attr-defined]
        key = folder.name
        for measure, value in zip(MEASURES, f1, strict=True):
            table.figures[f"quality_invented_{key}_{measure}"] = value  # type: ignore[attr-defined]


def _rows(table: object, name: str, dev: Path, pred: Path, every_fold: bool) -> None:
    score = _scorer(dev)
    groups = folds(dev)
    for fold in groups if every_fold else ["all"]:
        summary = _summary(score, dev, groups[fold], pred)
        f1 = [round(summary[m]["f1"], 3) for m in MEASURES]
        table.add(name, f"{fold} ({len(groups[fold])})", *f1)  # type: ignore[attr-defined]
        if name == "actorgraph":
            for measure, value in zip(MEASURES, f1, strict=True):
                table.figures[f"quality_{fold}_{measure}"] = value  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--errors", action="store_true", help="tune-fold errors too")
    parser.add_argument("--wrap", type=int, help="hard-wrap the reports at this width")
    parser.add_argument("--shape", choices=SHAPES, help="the reports in this shape (as they come)")
    parser.add_argument("--pred", type=Path, help="score these predictions, extract nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as out:
        pred = args.pred or Path(out)
        if args.pred is None:
            predict(args.dev, pred, args.wrap, args.shape)
        print(table(args.dev, pred))
        if args.errors:
            print(errors(args.dev, pred))
            for folder in (f for name, f in SETS.items() if name.endswith("(read)")):
                print(_read_set_errors(folder))
    return 0


def _read_set_errors(folder: Path) -> str:
    """The errors of an invented set read for rules (never those of a held-out set)."""
    if not folder.is_dir():
        return ""
    with tempfile.TemporaryDirectory() as out:
        predict(folder, Path(out), None)
        stems = sorted(p.stem for p in folder.glob("*.txt") if p.with_suffix(".json").exists())
        return errors(folder, Path(out), stems)


if __name__ == "__main__":
    sys.exit(main())
