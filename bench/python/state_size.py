#!/usr/bin/python3
"""State size as agencies and months grow (issue 17): for A agencies and M months, generated
records (bench/report's generator, no third-party data) are spread so that every agency posts 4
times in every month; `liputan report --emit-state` writes the state, with and without example
posts. Run from a scratch directory:  /usr/bin/python3 bench/python/state_size.py BUILD_DIR"""
import json
import os
import subprocess
import sys

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
liputan = os.path.join(build, "cli/liputan")
bench = os.path.join(build, "bench/report/report_bench")
for agencies, months in [(500, 12), (500, 36), (5000, 12), (5000, 36)]:
    n = agencies * months * 4
    subprocess.run([bench, "generate", str(n), str(agencies), "g.jsonl", f"ag{agencies}.csv"], check=True, capture_output=True)
    with open("g.jsonl") as f, open("m.jsonl", "w") as out:
        for i, line in enumerate(f):
            r = json.loads(line)
            m = i % months
            r["created_at"] = f"{2022 + m // 12}-{m % 12 + 1:02d}-15T10:00:00Z"
            r["observed_at"] = "2025-12-31T00:00:00Z"
            out.write(json.dumps(r) + "\n")
    for examples in ["3", "0"]:
        subprocess.run([liputan, "report", "--agencies", f"ag{agencies}.csv", "--emit-state", "s.json", "--examples", examples, "m.jsonl"], check=True, capture_output=True)
        print(f"{agencies} agencies x {months} months ({n} posts), examples {examples}: state {os.path.getsize('s.json')/1e6:.1f} MB", flush=True)
