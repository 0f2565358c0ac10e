"""The performance regression guard: CPU per gateway call and per ingested span, each as a
ratio to the machine's speed measured in the same run (`calibration_ms`: a fixed
single-threaded workload; a slower or busier machine moves both), against the committed
baseline. More than 25% above it fails.

    python3 bench/guard.py bench/baseline.json bench/results          # check
    python3 bench/guard.py bench/baseline.json bench/results --update # write a new baseline"""
import json
import sys
from pathlib import Path

LIMIT = 1.25


def ratios(out):
    g = json.loads((out / "gateway.json").read_text())
    ref = g["calibration_ms"]
    i = json.loads((out / "ingest-standard.json").read_text())
    return ref, {
        "gateway_cpu_per_call": g["gateway_cpu_us_per_call"]["min"] / ref,
        "ingest_cpu_per_span": i["cpu_us_per_span"] / ref,
    }


def main():
    base_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    ref, now = ratios(out)
    if "--update" in sys.argv[3:]:
        base_path.write_text(json.dumps({"calibration_ms": ref, "ratios": now,
                                         "note": "CPU µs per unit / calibration ms, same run; "
                                                 "written by bench/guard.sh --update"}, indent=1) + "\n")
        print(f"baseline written: {now}")
        return
    base = json.loads(base_path.read_text())["ratios"]
    failed = []
    for k, v in now.items():
        b = base[k]
        verdict = "ok" if v <= b * LIMIT else "REGRESSED"
        print(f"{k:<22} {v:8.3f} × reference (baseline {b:.3f}, limit {b * LIMIT:.3f})  {verdict}")
        if verdict != "ok":
            failed.append(k)
    print(f"reference: calibration workload {ref:.1f} ms in this run")
    if failed:
        sys.exit(f"performance regressed by more than {LIMIT - 1:.0%}: {', '.join(failed)}")


if __name__ == "__main__":
    main()
