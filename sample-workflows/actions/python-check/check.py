"""Compiles every .py file under a folder (syntax check, nothing written); prints each file and writes
files=<count> to $JUNCTION_OUTPUT."""
import os
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
count = 0
for path in sorted(root.rglob("*.py")):
    compile(path.read_text(encoding="utf-8"), str(path), "exec")
    print(f"ok {path.relative_to(root)}")
    count += 1
with open(os.environ["JUNCTION_OUTPUT"], "a", encoding="utf-8") as out:
    out.write(f"files={count}\n")
