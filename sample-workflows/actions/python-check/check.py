"""Compiles every .py file under a folder; prints each and writes files=<count> to $JUNCTION_OUTPUT."""
import os
import pathlib
import py_compile
import sys

root = pathlib.Path(sys.argv[1])
count = 0
for path in sorted(root.rglob("*.py")):
    py_compile.compile(str(path), doraise=True, cfile=os.devnull)
    print(f"ok {path.relative_to(root)}")
    count += 1
with open(os.environ["JUNCTION_OUTPUT"], "a", encoding="utf-8") as out:
    out.write(f"files={count}\n")
