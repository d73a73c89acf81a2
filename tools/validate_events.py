#!/usr/bin/env python3
"""Validate a JSON-lines events file against the event JSON schema.

usage: validate_events.py SCHEMA EVENTS.jsonl [--max-errors N] [--allow-null-date]

Every non-blank line must be a JSON object valid under SCHEMA (JSON Schema
Draft 2020-12). Prints "N lines valid" and exits 0, or prints the first
errors with their line numbers and exits 1. Exits 2 when the python
jsonschema module is missing or an argument file cannot be read.

--allow-null-date accepts "date": null, which herald writes when neither the
sentence nor the article gives a date (the gold guide and scorer use null for
that; the schema as written asks for a string).
"""
import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schema", help="the JSON schema (event.schema.json)")
    parser.add_argument("events", help="the JSON-lines events file ('-' = stdin)")
    parser.add_argument("--max-errors", type=int, default=10, help="errors to print (default 10)")
    parser.add_argument("--allow-null-date", action="store_true",
                        help='accept "date": null (no date known)')
    args = parser.parse_args()

    try:
        import jsonschema
        from jsonschema import Draft202012Validator
    except ImportError:
        print("validate_events.py: the python 'jsonschema' module (>= 4.0, Draft 2020-12) is not "
              "installed; install it with 'apt-get install python3-jsonschema' or "
              "'pip install jsonschema'", file=sys.stderr)
        return 2

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print(f"validate_events.py: cannot read schema {args.schema}: {e}", file=sys.stderr)
        return 2
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"validate_events.py: {args.schema} is not a valid schema: {e.message}", file=sys.stderr)
        return 2
    if args.allow_null_date and "date" in schema.get("properties", {}):
        date = schema["properties"]["date"]
        schema["properties"]["date"] = {"anyOf": [date, {"type": "null"}]}
    validator = Draft202012Validator(schema)

    try:
        stream = sys.stdin if args.events == "-" else open(args.events, encoding="utf-8")
    except OSError as e:
        print(f"validate_events.py: cannot read {args.events}: {e}", file=sys.stderr)
        return 2

    valid = invalid = 0
    shown = 0
    with stream:
        for line_no, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            problems = []
            try:
                record = json.loads(line)
            except ValueError as e:
                problems.append(f"not JSON: {e}")
            else:
                for err in sorted(validator.iter_errors(record), key=lambda e: list(e.path)):
                    where = "/".join(str(p) for p in err.absolute_path) or "(record)"
                    problems.append(f"{where}: {err.message}")
            if problems:
                invalid += 1
                for p in problems:
                    if shown < args.max_errors:
                        print(f"{args.events}:{line_no}: {p}")
                        shown += 1
            else:
                valid += 1

    if invalid:
        print(f"{invalid} invalid lines, {valid} lines valid")
        return 1
    print(f"{valid} lines valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
