"""``python -m benchmarks [rounds]``: every scenario, side by side, one report."""

from __future__ import annotations

import sys

from benchmarks import bench_calls, bench_client_cpu, bench_import, bench_logs, bench_ops


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    for module in (bench_import, bench_calls, bench_client_cpu, bench_logs, bench_ops):
        print(module.main(rounds))


if __name__ == "__main__":
    main()
