"""What ``docker stats`` computes from the engine's raw samples: CPU and memory percentages.

The engine sends counters; the CLI turns two consecutive CPU readings (``precpu_stats``
and ``cpu_stats`` of one sample) into a percentage of one CPU times the CPUs online, and
subtracts the page cache (cgroup v1 ``total_inactive_file``, v2 ``inactive_file``) from
the memory usage. These functions do the same on a typed sample, and return None where
the sample lacks what they need (the first sample of a stream has no previous reading).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from engine_api_binding.models import ContainerStatsResponse

__all__ = ["cpu_percent", "memory_percent", "memory_usage"]


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def cpu_percent(sample: ContainerStatsResponse) -> float | None:
    """CPU use in percent as ``docker stats`` shows it (100 % = one CPU busy): the
    container's CPU time over the host's between the two readings, times the CPUs online
    (``online_cpus``, else the length of ``percpu_usage``).

    None when that cannot be known: no previous reading (the first sample of a stream, a
    ``one_shot`` sample), no time passed on the host between the readings, or no CPU
    count. A container counter that went backwards (a restart) gives 0.0, as in the CLI.
    """
    now, before = sample.cpu_stats, sample.precpu_stats
    if now is None or before is None:
        return None
    usage, prev_usage = now.cpu_usage, before.cpu_usage
    if usage is None or prev_usage is None:
        return None
    total, prev_total = _number(usage.total_usage), _number(prev_usage.total_usage)
    system, prev_system = _number(now.system_cpu_usage), _number(before.system_cpu_usage)
    if total is None or prev_total is None or system is None or not prev_system:
        return None  # a host's CPU time is never 0: a 0 is a reading that was not taken
    system_delta = system - prev_system
    online = _number(now.online_cpus)
    if not online:
        per_cpu = usage.percpu_usage
        online = len(per_cpu) if isinstance(per_cpu, list) else 0
    if system_delta <= 0 or not online:
        return None
    cpu_delta = total - prev_total
    if cpu_delta <= 0:
        return 0.0
    return cpu_delta / system_delta * online * 100.0


def memory_usage(sample: ContainerStatsResponse) -> int | None:
    """Memory in use, in bytes, without the page cache (as ``docker stats`` counts it)."""
    memory = sample.memory_stats
    if memory is None:
        return None
    usage = _number(memory.usage)
    if usage is None:
        return None
    stats = memory.stats
    cache = 0
    if stats is not None:
        values = stats.to_dict()
        for key in ("total_inactive_file", "inactive_file"):
            found = _number(values.get(key))
            if found is not None and found < usage:
                cache = found
                break
    return usage - cache


def memory_percent(sample: ContainerStatsResponse) -> float | None:
    """Memory use as a percentage of the container's limit (or the host's memory)."""
    used = memory_usage(sample)
    memory = sample.memory_stats
    if used is None or memory is None:
        return None
    limit = _number(memory.limit)
    if not limit:
        return None
    return used / limit * 100.0
