"""The held-out portal score: crawl directories of portal folders offline, compare with each
folder's expected.json, print per site and in total.

    python bench/portal_score.py tests/portals [tests/heldout_portals …] [--verbose]

A directory holds `<slug>/site/<host>/…`, `<slug>/expected.json` and (test-only portals)
`<slug>/portal.toml`; tests/portals/README.md describes the layout. Each directory is crawled
in one runner subprocess through the replay server (127.0.0.1 only). The score, per site and in
total: reports collected once with the right year / expected, extras (documents stored that
are no expected report), expected failures named (archived as a failure and failing the
portal); a site that expects no failure yet fails its crawl with every report collected is
short too (a false alarm). Exit status 1 when any site falls short (the lines under it say
why).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # `python bench/portal_score.py`

from fazhi.portal_expected import (  # noqa: E402
    PortalScore,
    measure_portal,
    portal_folders,
)
from settings.parent_death import die_with_parent  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# The sample portal xiyang's slow page answers after 6 s: a timeout here, as in the test suite.
CRAWL_SETTINGS = ("-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=1")   # as the suite crawl


class ScoreError(Exception):
    """A directory with no portal folders, or a crawl that printed no result."""


def crawl_directory(directory: Path, data_dir: Path) -> dict:
    """Crawl every portal folder of `directory` in one runner subprocess; its JSON result."""
    slugs = [folder.name for folder in portal_folders(directory)]
    if not slugs:
        raise ScoreError(f"{directory}: no <slug>/expected.json here")
    command = [sys.executable, "-m", "crawler.runner", "--data-dir", str(data_dir),
               "--replay", str(directory), "--portal-dir", str(directory),
               *CRAWL_SETTINGS, *slugs]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900,
                          preexec_fn=die_with_parent)   # never outlive a killed bench
    if not done.stdout.strip():
        raise ScoreError(f"{directory}: the crawl printed no result:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def score_directory(directory: Path) -> list[PortalScore]:
    with tempfile.TemporaryDirectory(prefix="fazhi-score-") as scratch:
        result = crawl_directory(directory, Path(scratch))
        scores = []
        for folder in portal_folders(directory):
            score, status = measure_portal(folder, Path(scratch),
                                           result["portals"].get(folder.name),
                                           result.get("run_id"))
            if score.problems:
                score.problems.insert(0, f"crawl status: {status}")
            scores.append(score)
        return scores


def score_line(name: str, scores: list[PortalScore]) -> str:
    collected = sum(s.collected for s in scores)
    expected = sum(s.expected for s in scores)
    named = sum(s.failures_named for s in scores)
    failures = sum(s.failures_expected for s in scores)
    extras = sum(s.extras for s in scores)
    share = f"{100 * collected / expected:5.1f} %" if expected else "    – "
    return (f"{name:<14} {collected:>3}/{expected:<3} {share}  extras {extras}"
            f"  failures named {named}/{failures}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/portal_score.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directories", nargs="+", type=Path, help="directories of portals")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list every difference, also of the sites at 100 %%")
    args = parser.parse_args(argv)
    everything: list[PortalScore] = []
    for directory in args.directories:
        try:
            scores = score_directory(directory)
        except ScoreError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"== {directory}  (reports collected once with the right year / expected)")
        for score in scores:
            print(score_line(score.slug, [score]) + ("" if score.perfect else "  SHORT"))
            if args.verbose or not score.perfect:
                print("".join(f"    {line}\n" for line in score.problems), end="")
        print(score_line("total", scores))
        everything += scores
    if len(args.directories) > 1:
        print(score_line("all", everything))
    return 0 if all(score.perfect for score in everything) else 1


if __name__ == "__main__":
    sys.exit(main())
