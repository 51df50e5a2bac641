"""engine_api.stats on samples shaped as engines send them (cgroup v1 and v2, first and
one-shot samples, old engines without ``online_cpus``), against the docker CLI's rules:

* CPU % = (container CPU time delta / host CPU time delta) * CPUs online * 100, where the
  CPUs online are ``online_cpus``, else the length of ``percpu_usage``;
* memory used = ``usage`` minus the inactive page cache (cgroup v1
  ``total_inactive_file``, else ``inactive_file``) when that is smaller than ``usage``;
* memory % = memory used / ``limit`` * 100.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from engine_api_binding.models import ContainerStatsResponse

from engine_api.stats import cpu_percent, memory_percent, memory_usage

# Abridged from a cgroup v1 engine (20.10, API 1.41), a container busy on 2 CPUs.
V1: dict[str, Any] = {
    "read": "2026-11-30T01:25:57.988460003Z",
    "preread": "2026-11-30T01:25:56.984946112Z",
    "pids_stats": {"current": 1},
    "num_procs": 0,
    "storage_stats": {},
    "cpu_stats": {
        "cpu_usage": {
            "total_usage": 1_430_243_312,
            "percpu_usage": [601_998_379, 828_244_933],
            "usage_in_kernelmode": 10_000_000,
            "usage_in_usermode": 1_400_000_000,
        },
        "system_cpu_usage": 3_118_620_000_000,
        "online_cpus": 2,
        "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0},
    },
    "precpu_stats": {
        "cpu_usage": {
            "total_usage": 430_243_312,
            "percpu_usage": [101_998_379, 328_244_933],
            "usage_in_kernelmode": 10_000_000,
            "usage_in_usermode": 400_000_000,
        },
        "system_cpu_usage": 3_116_620_000_000,
        "online_cpus": 2,
        "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0},
    },
    "memory_stats": {
        "usage": 58_163_200,
        "max_usage": 64_087_808,
        "stats": {
            "active_anon": 4096,
            "active_file": 1_048_576,
            "cache": 9_437_184,
            "inactive_file": 4_194_304,
            "rss": 53_248,
            "total_active_file": 1_048_576,
            "total_cache": 9_437_184,
            "total_inactive_file": 8_388_608,
            "total_rss": 53_248,
        },
        "limit": 268_435_456,
    },
    "name": "/busy",
    "id": "d326aca044fb3239b9d054fac59f8d14f1cdd628b0def205e045517ddc4743f6",
}

# Abridged from a cgroup v2 engine: no percpu_usage, v2 memory.stat keys, no max_usage.
V2: dict[str, Any] = {
    "read": "2026-11-30T01:30:00.000000000Z",
    "preread": "2026-11-30T01:29:59.000000000Z",
    "pids_stats": {"current": 3, "limit": 18_446_744_073_709_551_615},
    "cpu_stats": {
        "cpu_usage": {
            "total_usage": 9_500_000_000,
            "usage_in_kernelmode": 500_000_000,
            "usage_in_usermode": 9_000_000_000,
        },
        "system_cpu_usage": 500_040_000_000,
        "online_cpus": 4,
        "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0},
    },
    "precpu_stats": {
        "cpu_usage": {
            "total_usage": 9_000_000_000,
            "usage_in_kernelmode": 500_000_000,
            "usage_in_usermode": 8_500_000_000,
        },
        "system_cpu_usage": 496_040_000_000,
        "online_cpus": 4,
        "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0},
    },
    "memory_stats": {
        "usage": 20_971_520,
        "stats": {
            "active_anon": 8_192,
            "active_file": 2_097_152,
            "anon": 12_582_912,
            "file": 6_291_456,
            "inactive_anon": 12_574_720,
            "inactive_file": 3_145_728,
            "kernel_stack": 49_152,
            "pgfault": 4_620,
            "shmem": 0,
        },
        "limit": 8_321_499_136,
    },
    "name": "/web",
    "id": "0f4c8e1e3d2b",
}


def sample(base: dict[str, Any], **changes: Any) -> ContainerStatsResponse:
    """``base`` with top-level keys replaced (None: removed), as a typed sample."""
    data = copy.deepcopy(base)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return ContainerStatsResponse.from_dict(data)


def cli_cpu_percent(data: dict[str, Any]) -> float:
    """The CLI's formula, written out on the raw JSON (for comparison)."""
    now, before = data["cpu_stats"], data["precpu_stats"]
    cpu_delta = now["cpu_usage"]["total_usage"] - before["cpu_usage"]["total_usage"]
    system_delta = now["system_cpu_usage"] - before["system_cpu_usage"]
    online = now.get("online_cpus") or len(now["cpu_usage"].get("percpu_usage") or [])
    if system_delta > 0 and cpu_delta > 0:
        return float(cpu_delta / system_delta * online * 100.0)
    return 0.0


# -- CPU --------------------------------------------------------------------------------


def test_cpu_percent_cgroup_v1() -> None:
    # 1e9 ns of container CPU over 2e9 ns of host CPU time, 2 CPUs: one CPU busy
    assert cpu_percent(sample(V1)) == pytest.approx(100.0)
    assert cpu_percent(sample(V1)) == pytest.approx(cli_cpu_percent(V1))


def test_cpu_percent_cgroup_v2_without_percpu_usage() -> None:
    # 5e8 ns over 4e9 ns, 4 CPUs: half a CPU
    assert cpu_percent(sample(V2)) == pytest.approx(50.0)
    assert cpu_percent(sample(V2)) == pytest.approx(cli_cpu_percent(V2))


def test_online_cpus_missing_counts_percpu_usage() -> None:
    # engines before API 1.27 send no online_cpus: the per-CPU list says how many
    cpu = copy.deepcopy(V1["cpu_stats"])
    del cpu["online_cpus"]
    cpu["cpu_usage"]["percpu_usage"] = [1, 2, 3, 4]
    data = {**V1, "cpu_stats": cpu}
    assert cpu_percent(sample(data)) == pytest.approx(200.0)  # 0.5 * 4 CPUs
    assert cpu_percent(sample(data)) == pytest.approx(cli_cpu_percent(data))
    # an online_cpus of 0 (unset on some engines) also falls back to the list
    cpu["online_cpus"] = 0
    assert cpu_percent(sample({**V1, "cpu_stats": cpu})) == pytest.approx(200.0)


def test_no_cpu_count_at_all_is_unknown() -> None:
    cpu = copy.deepcopy(V2["cpu_stats"])
    del cpu["online_cpus"]  # and cgroup v2 has no percpu_usage
    assert cpu_percent(sample(V2, cpu_stats=cpu)) is None


def test_first_sample_of_a_stream_has_no_previous_reading() -> None:
    # What the engine sends first (and for one-shot): precpu_stats zeroed, its
    # system_cpu_usage and online_cpus left out.
    empty_pre = {
        "cpu_usage": {"total_usage": 0, "usage_in_kernelmode": 0, "usage_in_usermode": 0},
        "throttling_data": {"periods": 0, "throttled_periods": 0, "throttled_time": 0},
    }
    first = sample(V1, precpu_stats=empty_pre, preread="0001-01-01T00:00:00Z")
    assert cpu_percent(first) is None
    # an engine that writes the zero reading out in full means the same
    zeros = {**empty_pre, "system_cpu_usage": 0, "online_cpus": 0}
    assert cpu_percent(sample(V1, precpu_stats=zeros)) is None
    assert cpu_percent(sample(V1, precpu_stats=None)) is None
    assert cpu_percent(sample(V1, precpu_stats={})) is None
    # memory needs one reading only
    assert memory_usage(first) == memory_usage(sample(V1))


def test_zero_or_negative_system_delta_is_unknown() -> None:
    pre = copy.deepcopy(V1["precpu_stats"])
    pre["system_cpu_usage"] = V1["cpu_stats"]["system_cpu_usage"]
    assert cpu_percent(sample(V1, precpu_stats=pre)) is None
    pre["system_cpu_usage"] += 1
    assert cpu_percent(sample(V1, precpu_stats=pre)) is None


def test_idle_and_restarted_counters_are_zero() -> None:
    idle = copy.deepcopy(V1["precpu_stats"])
    idle["cpu_usage"]["total_usage"] = V1["cpu_stats"]["cpu_usage"]["total_usage"]
    assert cpu_percent(sample(V1, precpu_stats=idle)) == 0.0
    restarted = copy.deepcopy(V1["precpu_stats"])
    restarted["cpu_usage"]["total_usage"] = 10 * V1["cpu_stats"]["cpu_usage"]["total_usage"]
    assert cpu_percent(sample(V1, precpu_stats=restarted)) == 0.0
    assert cli_cpu_percent({**V1, "precpu_stats": restarted}) == 0.0


def test_cpu_stats_missing() -> None:
    assert cpu_percent(sample(V1, cpu_stats=None)) is None
    assert cpu_percent(sample(V1, cpu_stats={})) is None


# -- memory -----------------------------------------------------------------------------


def test_memory_cgroup_v1_subtracts_total_inactive_file() -> None:
    stats = V1["memory_stats"]
    used = stats["usage"] - stats["stats"]["total_inactive_file"]  # not inactive_file
    assert memory_usage(sample(V1)) == used == 49_774_592
    assert memory_percent(sample(V1)) == pytest.approx(used / stats["limit"] * 100.0)


def test_memory_cgroup_v2_subtracts_inactive_file() -> None:
    stats = V2["memory_stats"]
    used = stats["usage"] - stats["stats"]["inactive_file"]
    assert memory_usage(sample(V2)) == used == 17_825_792
    assert memory_percent(sample(V2)) == pytest.approx(used / stats["limit"] * 100.0)


def test_page_cache_not_below_usage_is_not_subtracted() -> None:
    memory = copy.deepcopy(V1["memory_stats"])
    memory["stats"]["total_inactive_file"] = memory["usage"]  # v1 value unusable...
    # ...so the CLI goes on to inactive_file
    assert memory_usage(sample(V1, memory_stats=memory)) == memory["usage"] - 4_194_304
    memory["stats"]["inactive_file"] = memory["usage"] + 1
    assert memory_usage(sample(V1, memory_stats=memory)) == memory["usage"]
    no_stats = {"usage": 1000, "limit": 4000}
    assert memory_usage(sample(V1, memory_stats=no_stats)) == 1000
    assert memory_percent(sample(V1, memory_stats=no_stats)) == pytest.approx(25.0)


def test_memory_of_a_stopped_container_is_unknown() -> None:
    # a stopped container's sample has empty memory_stats
    assert memory_usage(sample(V1, memory_stats={})) is None
    assert memory_percent(sample(V1, memory_stats={})) is None
    assert memory_usage(sample(V1, memory_stats=None)) is None
    assert memory_percent(sample(V1, memory_stats={"usage": 5, "limit": 0})) is None
    assert memory_usage(sample(V1, memory_stats={"usage": 5, "limit": 0})) == 5
