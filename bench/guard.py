"""The performance regression guard: CPU per gateway call and per ingested span of this
tree's build against the baseline commit's build (bench/baseline.json), both measured in
the same run by bench/guard.sh, in turns. More than 25% above the baseline build fails.

    python3 bench/guard.py bench/baseline.json OUT

OUT holds one bench/suite.sh result directory per build and round: baseline-1, current-1,
baseline-2, …"""
import json
import statistics
import sys
from pathlib import Path

LIMIT = 1.25


def figures(run):
    g = json.loads((run / "gateway.json").read_text())
    i = json.loads((run / "ingest-standard.json").read_text())
    return {
        # The least CPU of a round's gateway runs: a run with a noisy neighbour reads more.
        "gateway_cpu_us_per_call": g["gateway_cpu_us_per_call"]["min"],
        "ingest_cpu_us_per_span": i["cpu_us_per_span"],
    }


def main():
    base = json.loads(Path(sys.argv[1]).read_text())
    out = Path(sys.argv[2])
    runs = {b: [figures(d) for d in sorted(out.glob(f"{b}-*"))] for b in ("baseline", "current")}
    if not runs["baseline"] or not runs["current"]:
        sys.exit(f"no measurements under {out}")
    failed = []
    print(f"baseline build: {base['commit'][:12]} ({len(runs['baseline'])} rounds); "
          f"this tree: {len(runs['current'])} rounds")
    for k in runs["current"][0]:
        b = statistics.median(r[k] for r in runs["baseline"])
        c = statistics.median(r[k] for r in runs["current"])
        ratio = c / b
        verdict = "ok" if ratio <= LIMIT else "REGRESSED"
        rounds = ", ".join(f"{x[k]:.1f}/{y[k]:.1f}" for x, y in zip(runs["baseline"], runs["current"]))
        print(f"{k:<24} baseline {b:8.1f}  this tree {c:8.1f}  = {ratio:5.2f}× "
              f"(limit {LIMIT:.2f}×)  {verdict}   rounds (baseline/this): {rounds}")
        if verdict != "ok":
            failed.append(k)
    if failed:
        sys.exit(f"performance regressed by more than {LIMIT - 1:.0%} over {base['commit'][:12]}: "
                 f"{', '.join(failed)}")


if __name__ == "__main__":
    main()
