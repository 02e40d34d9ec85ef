"""Validates what `codec decode` prints for every ok fixture with the Pydantic models
that datamodel-code-generator made from `schemas/`.

    python validate_pydantic.py --codec BIN --schemas DIR --models DIR --repo DIR

`--models` is the folder that holds the generated package (`models/`, one module per
schema file, each naming the schema file it came from in its header). The operations
come from the schema files, the inputs from the vendor crates' fixture folders, as
`codec-cli/tests/schemas.rs` finds them:

- `<vendor>/<op>.response.json` and `<vendor>/error.json`: the files of
  `codec-<vendor>/fixtures/ok/<op>/` (`ok/error/`), decoded by
  `codec decode <vendor> <op> -`;
- `<vendor>/<op>.request.json`: the files of `ok/<op>-request/`, decoded with
  `--request`; where `ok/<op>-body/` exists (a TARGET+BODY request) the halves are
  joined as `target\\nbody`: each target with the first body, each body with the first
  target.

Each typed JSON is validated, in strict mode, by the root model of its schema (the
class named by the schema's `title`), and dumped back (`by_alias`, `exclude_unset`):
the dump must equal the JSON, so no member was dropped as unknown or coerced. Then the
same input is decoded with `--normalized`: a request whose codec has no normalized form
is a usage error (skipped), a fixture the model cannot interpret fails to
normalize (skipped, as in the Rust test; the vendor crates pin those errors); any other
output is validated by the core model whose `required` members are exactly its keys.

Prints the counts; exits 1 on any failure, and when a schema has no fixture or an ok
fixture folder no schema.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pydantic


@dataclass(frozen=True)
class Target:
    """One schema file that describes what `codec decode` prints."""

    path: str  # below the schema folder, such as `cos/list-parts.response.json`
    vendor: str
    operation: str
    request: bool

    @property
    def folder(self) -> str:
        return f"{self.operation}-request" if self.request else self.operation


def targets(schemas: Path) -> list[Target]:
    """The vendor schema files, by their names."""
    found = []
    for path in sorted(schemas.glob("*/*.json")):
        vendor = path.parent.name
        if vendor == "core":
            continue
        name = path.name
        if name == "error.json":
            found.append(Target(f"{vendor}/{name}", vendor, "error", False))
        elif m := re.fullmatch(r"(.+)\.(response|request)\.json", name):
            found.append(Target(f"{vendor}/{name}", vendor, m[1], m[2] == "request"))
        else:
            sys.exit(f"error: {vendor}/{name}: not <op>.response.json, <op>.request.json or error.json")
    return found


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def inputs(repo: Path, target: Target) -> list[tuple[Path, bytes]]:
    """The ok fixtures of a schema, as the command reads them."""
    ok = repo / f"codec-{target.vendor}" / "fixtures" / "ok"
    paths = files(ok / target.folder)
    if not target.request:
        return [(p, p.read_bytes()) for p in paths]
    bodies = files(ok / f"{target.operation}-body")
    if not bodies:
        return [(p, p.read_bytes()) for p in paths]

    def join(target_path: Path, body: Path) -> bytes:
        return target_path.read_bytes().rstrip(b" \t\r\n") + b"\n" + body.read_bytes()

    joined = [(p, join(p, bodies[0])) for p in paths]
    if paths:
        joined += [(b, join(paths[0], b)) for b in bodies]
    return joined


def root_models(schemas: Path, models: Path) -> dict[str, type[pydantic.BaseModel]]:
    """Each schema file's root model: the generated module that names the file in its
    header, and in it the class named by the schema's title."""
    sys.path.insert(0, str(models))
    by_schema: dict[str, type[pydantic.BaseModel]] = {}
    for module_file in sorted(models.rglob("*.py")):
        header = re.search(r"^#\s+filename:\s+(\S+\.json)$", module_file.read_text(), re.M)
        if not header:  # a package's __init__.py
            continue
        schema_path = header[1]
        title = json.loads((schemas / schema_path).read_text())["title"]
        module_name = ".".join(module_file.relative_to(models).with_suffix("").parts)
        module = importlib.import_module(module_name)
        model = getattr(module, title, None)
        if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
            sys.exit(f"error: {module_name} ({schema_path}) has no model {title}")
        by_schema[schema_path] = model
    missing = sorted(
        str(p.relative_to(schemas)) for p in schemas.glob("*/*.json")
        if str(p.relative_to(schemas)) not in by_schema
    )
    if missing:
        sys.exit(f"error: no generated module for {', '.join(missing)}")
    return by_schema


def codec(binary: str, args: list[str], stdin: bytes) -> tuple[int, str]:
    """`codec ARGS`'s exit status and standard output: 1 for bad input, 2 for a usage
    error (such as `--normalized` for a request that has no normalized form)."""
    done = subprocess.run([binary, *args], input=stdin, capture_output=True)
    return done.returncode, done.stdout.decode()


def difference(dumped: object, sent: object, path: str = "$") -> str | None:
    """Where a model's dump differs from the JSON it read, or None: equal but for the
    spelling of a date-time (Pydantic writes `.500000Z` for `.5Z`)."""
    if isinstance(dumped, dict) and isinstance(sent, dict):
        if dumped.keys() != sent.keys():
            return f"{path}: members {sorted(sent.keys() - dumped.keys())} dropped, {sorted(dumped.keys() - sent.keys())} added"
        return next((d for k in sent if (d := difference(dumped[k], sent[k], f"{path}.{k}"))), None)
    if isinstance(dumped, list) and isinstance(sent, list):
        if len(dumped) != len(sent):
            return f"{path}: {len(sent)} items read, {len(dumped)} dumped"
        return next((d for i, (x, y) in enumerate(zip(dumped, sent)) if (d := difference(x, y, f"{path}[{i}]"))), None)
    if isinstance(dumped, str) and isinstance(sent, str) and dumped != sent:
        try:
            if datetime.fromisoformat(dumped) == datetime.fromisoformat(sent):
                return None
        except ValueError:
            pass
    elif type(dumped) is type(sent) and dumped == sent:
        return None
    return f"{path}: {json.dumps(sent)} read, {json.dumps(dumped)} dumped"


def check(model: type[pydantic.BaseModel], text: str) -> list[str]:
    """Validates `text` with `model` (strict) and compares the dump with the JSON."""
    try:
        value = model.model_validate_json(text, strict=True)
    except pydantic.ValidationError as e:
        return [f"{model.__name__}: {err['loc']}: {err['msg']}" for err in e.errors()]
    dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    where = difference(dumped, json.loads(text))
    return [f"{model.__name__}: dumped back, differs from the JSON at {where}"] if where else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--codec", required=True, help="the built codec binary")
    parser.add_argument("--schemas", required=True, type=Path, help="the schema folder")
    parser.add_argument("--models", required=True, type=Path, help="the folder holding the generated package")
    parser.add_argument("--repo", required=True, type=Path, help="the workspace (vendor crates' fixtures)")
    args = parser.parse_args()

    models = root_models(args.schemas, args.models)
    # The core models, by the members each requires (all of its members).
    core = {
        frozenset(json.loads((args.schemas / path).read_text()).get("required", [])): path
        for path in models if path.startswith("core/")
    }
    failures: list[str] = []
    typed = normalized = not_normalized = no_normalized_form = 0
    used_folders: set[Path] = set()
    for target in targets(args.schemas):
        ok = args.repo / f"codec-{target.vendor}" / "fixtures" / "ok"
        used_folders |= {ok / target.folder, ok / f"{target.operation}-body"}
        cases = inputs(args.repo, target)
        if not cases:
            failures.append(f"{target.path}: no ok fixtures in {ok / target.folder}")
        flag = ["--request"] if target.request else []
        for path, data in cases:
            where = path.relative_to(args.repo)
            status, text = codec(
                args.codec, ["decode", target.vendor, target.operation, *flag, "-"], data
            )
            if status != 0:
                failures.append(f"{where}: codec decode exited with {status}")
                continue
            problems = check(models[target.path], text)
            failures += [f"{where}: typed: {p}" for p in problems]
            typed += not problems
            status, norm = codec(
                args.codec,
                ["decode", target.vendor, target.operation, *flag, "--normalized", "-"],
                data,
            )
            if target.request and (status == 2 or (status == 0 and norm == text)):
                no_normalized_form += 1
                continue
            if status != 0:
                not_normalized += 1
                continue
            keys = frozenset(json.loads(norm))
            if keys not in core:
                failures.append(f"{where}: normalized: no core schema requires exactly {sorted(keys)}")
                continue
            problems = check(models[core[keys]], norm)
            failures += [f"{where}: normalized: {p}" for p in problems]
            normalized += not problems
    for folder in sorted(args.repo.glob("codec-*/fixtures/ok/*")):
        if folder.is_dir() and folder not in used_folders:
            failures.append(f"{folder.relative_to(args.repo)}: ok fixtures without a schema")

    print(
        f"pydantic: {typed} typed and {normalized} normalized JSON validated "
        f"({len(models)} models; {no_normalized_form} requests without a normalized form, "
        f"{not_normalized} fixtures the model cannot interpret)"
    )
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    if failures:
        print(f"pydantic: {len(failures)} failures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
