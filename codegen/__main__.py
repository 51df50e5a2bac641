"""Command line: ``python -m codegen generate | check | diff OLD NEW``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from codegen.specs import ENV_SPEC_DIR, SpecError, spec_dir_from


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--spec-dir",
        help=f"directory holding the pinned v1.NN.yaml files (default: ${ENV_SPEC_DIR}, "
        "else download from the pinned URLs)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("generate", help="rewrite generated/ from the pinned specs and overlays")
    sub.add_parser("check", help="fail if generated/ is not what generate would write now")
    diff = sub.add_parser("diff", help="print the API changes between two pinned versions")
    diff.add_argument("old", help="older API version, e.g. 1.41")
    diff.add_argument("new", help="newer API version, e.g. 1.56")
    args = parser.parse_args(argv)
    spec_dir = spec_dir_from(args.spec_dir)

    try:
        if args.command == "generate":
            from codegen.generate import generate

            return generate(spec_dir)
        if args.command == "check":
            from codegen.generate import check

            return check(spec_dir)
        from codegen.diff import main as diff_main

        return diff_main(args.old, args.new, spec_dir)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
