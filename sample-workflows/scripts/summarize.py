"""Summarizes one sales CSV: revenue per region. Writes the summary as JSON next to the output folder
and publishes total revenue as a step output."""
import csv
import json
import os
import pathlib
import sys

source = pathlib.Path(sys.argv[1])
out_dir = pathlib.Path(sys.argv[2])
out_dir.mkdir(parents=True, exist_ok=True)

revenue = {}
with source.open(newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        revenue[row["region"]] = revenue.get(row["region"], 0) + int(row["units"]) * float(row["price"])

total = round(sum(revenue.values()), 2)
summary = {"file": source.name, "revenue": {k: round(v, 2) for k, v in sorted(revenue.items())}, "total": total}
(out_dir / (source.stem + ".json")).write_text(json.dumps(summary, indent=2), encoding="utf-8")
print(f"{source.name}: {len(revenue)} regions, total {total:.2f}")
with open(os.environ["JUNCTION_OUTPUT"], "a", encoding="utf-8") as out:
    out.write(f"total={total}\n")
