"""Fails when a generated type is not precise:

    python no_any.py --python DIR --typescript DIR

- a Pydantic module (any `.py` below the first folder) that names `Any` anywhere in
  its code (read with `ast`, so descriptions that say "any" do not count);
- a TypeScript file (any `.ts` below the second) whose code, comments left out, says
  `any`, `unknown` or `{}` (an object type with no member).

Prints what it found, and how many files it read.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path


def python_problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    found = []
    for node in ast.walk(tree):
        name = (
            node.id if isinstance(node, ast.Name)
            else node.attr if isinstance(node, ast.Attribute)
            else node.name if isinstance(node, ast.alias)
            else None
        )
        if name == "Any":
            found.append(f"{path}:{node.lineno}: Any")
    return found


COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
IMPRECISE = re.compile(r"\bany\b|\bunknown\b|\{\s*\}")


def typescript_problems(path: Path) -> list[str]:
    text = path.read_text()
    # Blank out comments and string literals, keeping the line breaks for line numbers.
    code = COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)
    code = STRING.sub(lambda m: '"' + " " * (len(m[0]) - 2) + '"', code)
    return [
        f"{path}:{code.count(chr(10), 0, m.start()) + 1}: {m[0]}"
        for m in IMPRECISE.finditer(code)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", required=True, type=Path)
    parser.add_argument("--typescript", required=True, type=Path)
    args = parser.parse_args()
    python = sorted(args.python.rglob("*.py"))
    typescript = sorted(args.typescript.rglob("*.ts"))
    problems = [p for f in python for p in python_problems(f)]
    problems += [p for f in typescript for p in typescript_problems(f)]
    for problem in problems:
        print(f"imprecise: {problem}", file=sys.stderr)
    print(
        f"no any: {len(python)} Pydantic modules and {len(typescript)} TypeScript files read, "
        f"{len(problems)} imprecise types"
    )
    if not python or not typescript:
        print("no any: nothing generated to read", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
