"""PDF text layers: pypdf against pdfminer.six, on PDFs written here from the dev reports.

Three layouts (one column in a built-in font, one column in DejaVu Serif with the reports'
curly quotes and accents, two columns), each report one PDF, and one long PDF of every report
for speed. Both extractors' page texts go through the reader's own :func:`reflow`; quality is
how much of the source's word sequence comes back in order and how many of the entities and
relations the extractor finds in the source text it still finds in the PDF's text.

    pip install reportlab pypdf pdfminer.six
    python benchmarks/bench_pdf.py [--dev ../shared/eval/dev]
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actorgraph.extract.report import extract  # noqa: E402
from actorgraph.read.inputs import clean_text, report_from_text  # noqa: E402
from actorgraph.read.read_pdf import join_pages, reflow  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def write_pdf(path: Path, texts: list[str], layout: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

    style = getSampleStyleSheet()["BodyText"]
    if layout == "unicode":
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT))
        style.fontName = "DejaVuSerif"
    else:
        texts = [t.encode("latin-1", "replace").decode("latin-1") for t in texts]
    doc = BaseDocTemplate(str(path), pagesize=A4)
    columns = 2 if layout == "two-column" else 1
    width = (doc.width - 12 * (columns - 1)) / columns
    frames = [
        Frame(doc.leftMargin + i * (width + 12), doc.bottomMargin, width, doc.height)
        for i in range(columns)
    ]
    doc.addPageTemplates([PageTemplate(frames=frames)])
    story: list = []
    for text in texts:
        story += [Paragraph(_escape(p), style) for p in text.split("\n\n") if p.strip()]
        story.append(PageBreak())
    doc.build(story)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ")


def pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdfminer_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "".join(e.get_text() for e in page if isinstance(e, LTTextContainer))
        for page in extract_pages(path)
    ]


def word_recall(source: str, got: str) -> float:
    a, b = source.split(), got.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(1, len(a))


def facts(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    x = extract(report_from_text(text))
    return {e.id for e in x.entities}, {(r.subject, r.predicate, r.object) for r in x.relations}


def kept(source: set, got: set) -> tuple[int, int]:
    return len(source & got), len(source)


def score(sources: list[str], pdfs: list[Path], pages: Callable[[Path], list[str]]) -> dict:
    words, ents, rels, seconds = [], [0, 0], [0, 0], 0.0
    for source, pdf in zip(sources, pdfs, strict=True):
        start = time.perf_counter()
        text, _ = join_pages([reflow(clean_text(p)) for p in pages(pdf)])
        seconds += time.perf_counter() - start
        words.append(word_recall(source, text))
        (e0, r0), (e1, r1) = facts(source), facts(text)
        for total, (hit, of) in ((ents, kept(e0, e1)), (rels, kept(r0, r1))):
            total[0] += hit
            total[1] += of
    return {
        "words": sum(words) / len(words),
        "entities": ents[0] / max(1, ents[1]),
        "relations": rels[0] / max(1, rels[1]),
        "ms/report": 1000 * seconds / len(pdfs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=Path("../shared/eval/dev"))
    args = parser.parse_args()
    sources = [p.read_text(encoding="utf-8") for p in sorted(args.dev.glob("dev-*.txt"))]
    backends = {"pypdf": pypdf_pages, "pdfminer.six": pdfminer_pages}
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{len(sources)} dev reports\n")
        print(
            f"{'layout':<11} {'extractor':<13} {'words':>6} {'ents':>6} {'rels':>6} {'ms/rep':>7}"
        )
        for layout in ("plain", "unicode", "two-column"):
            pdfs = []
            for i, text in enumerate(sources):
                pdfs.append(Path(tmp) / f"{layout}-{i}.pdf")
                write_pdf(pdfs[-1], [text], layout)
            for name, pages in backends.items():
                s = score(sources, pdfs, pages)
                print(f"{layout:<11} {name:<13} {s['words']:6.3f} {s['entities']:6.3f} "
                      f"{s['relations']:6.3f} {s['ms/report']:7.1f}")  # fmt: skip
        long = Path(tmp) / "long.pdf"
        write_pdf(long, sources * 2, "unicode")
        for name, pages in backends.items():
            start = time.perf_counter()
            count = len(pages(long))
            seconds = time.perf_counter() - start
            print(f"\nlong PDF, {name}: {count} pages in {seconds:.2f} s "
                  f"({1000 * seconds / count:.1f} ms/page)", end="")  # fmt: skip
        print()


if __name__ == "__main__":
    main()
