from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    overload,
)

from .._model import NOTHING_SENT, Model

T = TypeVar("T", bound="ContainerUpdateRequest")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class ContainerUpdateRequest(Model):
    """
    Example:
        {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap':
            514288000, 'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-failure'}}

    """

    __match_args__ = (
        "cpu_shares",
        "memory",
        "cgroup_parent",
        "blkio_weight",
        "blkio_weight_device",
        "blkio_device_read_bps",
        "blkio_device_write_bps",
        "blkio_device_read_iops",
        "blkio_device_write_iops",
        "cpu_period",
        "cpu_quota",
        "cpu_realtime_period",
        "cpu_realtime_runtime",
        "cpuset_cpus",
        "cpuset_mems",
        "devices",
        "device_cgroup_rules",
        "device_requests",
        "memory_reservation",
        "memory_swap",
        "memory_swappiness",
        "nano_cpus",
        "oom_kill_disable",
        "init",
        "pids_limit",
        "ulimits",
        "cpu_count",
        "cpu_percent",
        "io_maximum_iops",
        "io_maximum_bandwidth",
        "kernel_memory_tcp",
        "kernel_memory",
        "restart_policy",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    cpu_shares: int | None
    """ An integer value representing this container's relative CPU weight
    versus other containers.
     """
    memory: int | None
    """ Memory limit in bytes. """
    cgroup_parent: str | None
    """ Path to `cgroups` under which the container's `cgroup` is created. If
    the path is not absolute, the path is considered to be relative to the
    `cgroups` path of the init process. Cgroups are created if they do not
    already exist.
     """
    blkio_weight: int | None
    """ Block IO weight (relative weight). """
    blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None
    """ Block IO weight (relative device weight) in the form:

    ```
    [{"Path": "device_path", "Weight": weight}]
    ```
     """
    blkio_device_read_bps: list[ThrottleDevice] | None
    """ Limit read rate (bytes per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_bps: list[ThrottleDevice] | None
    """ Limit write rate (bytes per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_read_iops: list[ThrottleDevice] | None
    """ Limit read rate (IO per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_iops: list[ThrottleDevice] | None
    """ Limit write rate (IO per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    cpu_period: int | None
    """ The length of a CPU period in microseconds. """
    cpu_quota: int | None
    """ Microseconds of CPU time that the container can get in a CPU period.
     """
    cpu_realtime_period: int | None
    """ The length of a CPU real-time period in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpu_realtime_runtime: int | None
    """ The length of a CPU real-time runtime in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpuset_cpus: str | None
    """ CPUs in which to allow execution (e.g., `0-3`, `0,1`).
     """
    cpuset_mems: str | None
    """ Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only
    effective on NUMA systems.
     """
    devices: list[DeviceMapping] | None
    """ A list of devices to add to the container. """
    device_cgroup_rules: list[str] | None
    """ a list of cgroup rules to apply to the container """
    device_requests: list[DeviceRequest] | None
    """ A list of requests for devices to be sent to device drivers.
     """
    memory_reservation: int | None
    """ Memory soft limit in bytes. """
    memory_swap: int | None
    """ Total memory limit (memory + swap). Set as `-1` to enable unlimited
    swap.
     """
    memory_swappiness: int | None
    """ Tune a container's memory swappiness behavior. Accepts an integer
    between 0 and 100.
     """
    nano_cpus: int | None
    """ CPU quota in units of 10<sup>-9</sup> CPUs. """
    oom_kill_disable: bool | None
    """ Disable OOM Killer for the container. """
    init: bool | None
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    pids_limit: int | None
    """ Tune a container's PIDs limit. Set `0` or `-1` for unlimited, or `null`
    to not change.
     """
    ulimits: list[ResourcesUlimitsItem] | None
    """ A list of resource limits to set in the container. For example:

    ```
    {"Name": "nofile", "Soft": 1024, "Hard": 2048}
    ```
     """
    cpu_count: int | None
    """ The number of usable CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    cpu_percent: int | None
    """ The usable percentage of the available CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    io_maximum_iops: int | None
    """ Maximum IOps for the container system drive (Windows only) """
    io_maximum_bandwidth: int | None
    """ Maximum IO in bytes per second for the container system drive
    (Windows only).
     """
    kernel_memory_tcp: int | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Hard limit for kernel TCP buffer memory (in bytes). Depending on the
    OCI runtime in use, this option may be ignored. It is no longer supported
    by the default (runc) runtime.

    This field is omitted when empty.

    **Deprecated**: This field is deprecated as kernel 6.12 has deprecated `memory.kmem.tcp.limit_in_bytes` field
    for cgroups v1. This field will be removed in a future release.
     """
    kernel_memory: int | None
    """ Sent and accepted by engines up to API 1.41; removed after it.

    Kernel memory limit in bytes.

    <p><br /></p>

    > **Deprecated**: This field is deprecated as the kernel 5.4 deprecated
    > `kmem.limit_in_bytes`.
     """
    restart_policy: RestartPolicy | None
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        cpu_shares: int | None = None,
        memory: int | None = None,
        cgroup_parent: str | None = None,
        blkio_weight: int | None = None,
        blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None = None,
        blkio_device_read_bps: list[ThrottleDevice] | None = None,
        blkio_device_write_bps: list[ThrottleDevice] | None = None,
        blkio_device_read_iops: list[ThrottleDevice] | None = None,
        blkio_device_write_iops: list[ThrottleDevice] | None = None,
        cpu_period: int | None = None,
        cpu_quota: int | None = None,
        cpu_realtime_period: int | None = None,
        cpu_realtime_runtime: int | None = None,
        cpuset_cpus: str | None = None,
        cpuset_mems: str | None = None,
        devices: list[DeviceMapping] | None = None,
        device_cgroup_rules: list[str] | None = None,
        device_requests: list[DeviceRequest] | None = None,
        memory_reservation: int | None = None,
        memory_swap: int | None = None,
        memory_swappiness: int | None = None,
        nano_cpus: int | None = None,
        oom_kill_disable: bool | None = None,
        init: bool | None = None,
        pids_limit: int | None = None,
        ulimits: list[ResourcesUlimitsItem] | None = None,
        cpu_count: int | None = None,
        cpu_percent: int | None = None,
        io_maximum_iops: int | None = None,
        io_maximum_bandwidth: int | None = None,
        kernel_memory_tcp: int | None = None,
        kernel_memory: int | None = None,
        restart_policy: RestartPolicy | None = None,
    ) -> None:
        self.cpu_shares = cpu_shares
        self.memory = memory
        self.cgroup_parent = cgroup_parent
        self.blkio_weight = blkio_weight
        self.blkio_weight_device = blkio_weight_device
        self.blkio_device_read_bps = blkio_device_read_bps
        self.blkio_device_write_bps = blkio_device_write_bps
        self.blkio_device_read_iops = blkio_device_read_iops
        self.blkio_device_write_iops = blkio_device_write_iops
        self.cpu_period = cpu_period
        self.cpu_quota = cpu_quota
        self.cpu_realtime_period = cpu_realtime_period
        self.cpu_realtime_runtime = cpu_realtime_runtime
        self.cpuset_cpus = cpuset_cpus
        self.cpuset_mems = cpuset_mems
        self.devices = devices
        self.device_cgroup_rules = device_cgroup_rules
        self.device_requests = device_requests
        self.memory_reservation = memory_reservation
        self.memory_swap = memory_swap
        self.memory_swappiness = memory_swappiness
        self.nano_cpus = nano_cpus
        self.oom_kill_disable = oom_kill_disable
        self.init = init
        self.pids_limit = pids_limit
        self.ulimits = ulimits
        self.cpu_count = cpu_count
        self.cpu_percent = cpu_percent
        self.io_maximum_iops = io_maximum_iops
        self.io_maximum_bandwidth = io_maximum_bandwidth
        self.kernel_memory_tcp = kernel_memory_tcp
        self.kernel_memory = kernel_memory
        self.restart_policy = restart_policy
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cpu_shares is not None:
            field_dict["CpuShares"] = self.cpu_shares
        elif "CpuShares" in self._sent:
            field_dict["CpuShares"] = None

        if self.memory is not None:
            field_dict["Memory"] = self.memory
        elif "Memory" in self._sent:
            field_dict["Memory"] = None

        if self.cgroup_parent is not None:
            field_dict["CgroupParent"] = self.cgroup_parent
        elif "CgroupParent" in self._sent:
            field_dict["CgroupParent"] = None

        if self.blkio_weight is not None:
            field_dict["BlkioWeight"] = self.blkio_weight
        elif "BlkioWeight" in self._sent:
            field_dict["BlkioWeight"] = None

        blkio_weight_device = self.blkio_weight_device
        if blkio_weight_device is not None:
            blkio_weight_device_json: list[dict[str, Any]] | None
            if isinstance(blkio_weight_device, list):
                blkio_weight_device_json = []
                for blkio_weight_device_type_0_item_data in blkio_weight_device:
                    blkio_weight_device_type_0_item = blkio_weight_device_type_0_item_data.to_dict()
                    blkio_weight_device_json.append(blkio_weight_device_type_0_item)

            else:
                blkio_weight_device_json = blkio_weight_device
            field_dict["BlkioWeightDevice"] = blkio_weight_device_json
        elif "BlkioWeightDevice" in self._sent:
            field_dict["BlkioWeightDevice"] = None

        blkio_device_read_bps = self.blkio_device_read_bps
        if blkio_device_read_bps is not None:
            blkio_device_read_bps_json: list[dict[str, Any]] | None
            if isinstance(blkio_device_read_bps, list):
                blkio_device_read_bps_json = []
                for blkio_device_read_bps_type_0_item_data in blkio_device_read_bps:
                    blkio_device_read_bps_type_0_item = (
                        blkio_device_read_bps_type_0_item_data.to_dict()
                    )
                    blkio_device_read_bps_json.append(blkio_device_read_bps_type_0_item)

            else:
                blkio_device_read_bps_json = blkio_device_read_bps
            field_dict["BlkioDeviceReadBps"] = blkio_device_read_bps_json
        elif "BlkioDeviceReadBps" in self._sent:
            field_dict["BlkioDeviceReadBps"] = None

        blkio_device_write_bps = self.blkio_device_write_bps
        if blkio_device_write_bps is not None:
            blkio_device_write_bps_json: list[dict[str, Any]] | None
            if isinstance(blkio_device_write_bps, list):
                blkio_device_write_bps_json = []
                for blkio_device_write_bps_type_0_item_data in blkio_device_write_bps:
                    blkio_device_write_bps_type_0_item = (
                        blkio_device_write_bps_type_0_item_data.to_dict()
                    )
                    blkio_device_write_bps_json.append(blkio_device_write_bps_type_0_item)

            else:
                blkio_device_write_bps_json = blkio_device_write_bps
            field_dict["BlkioDeviceWriteBps"] = blkio_device_write_bps_json
        elif "BlkioDeviceWriteBps" in self._sent:
            field_dict["BlkioDeviceWriteBps"] = None

        blkio_device_read_iops = self.blkio_device_read_iops
        if blkio_device_read_iops is not None:
            blkio_device_read_iops_json: list[dict[str, Any]] | None
            if isinstance(blkio_device_read_iops, list):
                blkio_device_read_iops_json = []
                for blkio_device_read_iops_type_0_item_data in blkio_device_read_iops:
                    blkio_device_read_iops_type_0_item = (
                        blkio_device_read_iops_type_0_item_data.to_dict()
                    )
                    blkio_device_read_iops_json.append(blkio_device_read_iops_type_0_item)

            else:
                blkio_device_read_iops_json = blkio_device_read_iops
            field_dict["BlkioDeviceReadIOps"] = blkio_device_read_iops_json
        elif "BlkioDeviceReadIOps" in self._sent:
            field_dict["BlkioDeviceReadIOps"] = None

        blkio_device_write_iops = self.blkio_device_write_iops
        if blkio_device_write_iops is not None:
            blkio_device_write_iops_json: list[dict[str, Any]] | None
            if isinstance(blkio_device_write_iops, list):
                blkio_device_write_iops_json = []
                for blkio_device_write_iops_type_0_item_data in blkio_device_write_iops:
                    blkio_device_write_iops_type_0_item = (
                        blkio_device_write_iops_type_0_item_data.to_dict()
                    )
                    blkio_device_write_iops_json.append(blkio_device_write_iops_type_0_item)

            else:
                blkio_device_write_iops_json = blkio_device_write_iops
            field_dict["BlkioDeviceWriteIOps"] = blkio_device_write_iops_json
        elif "BlkioDeviceWriteIOps" in self._sent:
            field_dict["BlkioDeviceWriteIOps"] = None

        if self.cpu_period is not None:
            field_dict["CpuPeriod"] = self.cpu_period
        elif "CpuPeriod" in self._sent:
            field_dict["CpuPeriod"] = None

        if self.cpu_quota is not None:
            field_dict["CpuQuota"] = self.cpu_quota
        elif "CpuQuota" in self._sent:
            field_dict["CpuQuota"] = None

        if self.cpu_realtime_period is not None:
            field_dict["CpuRealtimePeriod"] = self.cpu_realtime_period
        elif "CpuRealtimePeriod" in self._sent:
            field_dict["CpuRealtimePeriod"] = None

        if self.cpu_realtime_runtime is not None:
            field_dict["CpuRealtimeRuntime"] = self.cpu_realtime_runtime
        elif "CpuRealtimeRuntime" in self._sent:
            field_dict["CpuRealtimeRuntime"] = None

        if self.cpuset_cpus is not None:
            field_dict["CpusetCpus"] = self.cpuset_cpus
        elif "CpusetCpus" in self._sent:
            field_dict["CpusetCpus"] = None

        if self.cpuset_mems is not None:
            field_dict["CpusetMems"] = self.cpuset_mems
        elif "CpusetMems" in self._sent:
            field_dict["CpusetMems"] = None

        devices = self.devices
        if devices is not None:
            devices_json: list[dict[str, Any]] | None
            if isinstance(devices, list):
                devices_json = []
                for devices_type_0_item_data in devices:
                    devices_type_0_item = devices_type_0_item_data.to_dict()
                    devices_json.append(devices_type_0_item)

            else:
                devices_json = devices
            field_dict["Devices"] = devices_json
        elif "Devices" in self._sent:
            field_dict["Devices"] = None

        device_cgroup_rules = self.device_cgroup_rules
        if device_cgroup_rules is not None:
            device_cgroup_rules_json: list[str] | None
            if isinstance(device_cgroup_rules, list):
                device_cgroup_rules_json = device_cgroup_rules

            else:
                device_cgroup_rules_json = device_cgroup_rules
            field_dict["DeviceCgroupRules"] = device_cgroup_rules_json
        elif "DeviceCgroupRules" in self._sent:
            field_dict["DeviceCgroupRules"] = None

        device_requests = self.device_requests
        if device_requests is not None:
            device_requests_json: list[dict[str, Any]] | None
            if isinstance(device_requests, list):
                device_requests_json = []
                for device_requests_type_0_item_data in device_requests:
                    device_requests_type_0_item = device_requests_type_0_item_data.to_dict()
                    device_requests_json.append(device_requests_type_0_item)

            else:
                device_requests_json = device_requests
            field_dict["DeviceRequests"] = device_requests_json
        elif "DeviceRequests" in self._sent:
            field_dict["DeviceRequests"] = None

        if self.memory_reservation is not None:
            field_dict["MemoryReservation"] = self.memory_reservation
        elif "MemoryReservation" in self._sent:
            field_dict["MemoryReservation"] = None

        if self.memory_swap is not None:
            field_dict["MemorySwap"] = self.memory_swap
        elif "MemorySwap" in self._sent:
            field_dict["MemorySwap"] = None

        if self.memory_swappiness is not None:
            field_dict["MemorySwappiness"] = self.memory_swappiness
        elif "MemorySwappiness" in self._sent:
            field_dict["MemorySwappiness"] = None

        if self.nano_cpus is not None:
            field_dict["NanoCpus"] = self.nano_cpus
        elif "NanoCpus" in self._sent:
            field_dict["NanoCpus"] = None

        if self.oom_kill_disable is not None:
            field_dict["OomKillDisable"] = self.oom_kill_disable
        elif "OomKillDisable" in self._sent:
            field_dict["OomKillDisable"] = None

        init = self.init
        if init is not None:
            init_json: bool | None
            init_json = init
            field_dict["Init"] = init_json
        elif "Init" in self._sent:
            field_dict["Init"] = None

        pids_limit = self.pids_limit
        if pids_limit is not None:
            pids_limit_json: int | None
            pids_limit_json = pids_limit
            field_dict["PidsLimit"] = pids_limit_json
        elif "PidsLimit" in self._sent:
            field_dict["PidsLimit"] = None

        ulimits = self.ulimits
        if ulimits is not None:
            ulimits_json: list[dict[str, Any]] | None
            if isinstance(ulimits, list):
                ulimits_json = []
                for ulimits_type_0_item_data in ulimits:
                    ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                    ulimits_json.append(ulimits_type_0_item)

            else:
                ulimits_json = ulimits
            field_dict["Ulimits"] = ulimits_json
        elif "Ulimits" in self._sent:
            field_dict["Ulimits"] = None

        if self.cpu_count is not None:
            field_dict["CpuCount"] = self.cpu_count
        elif "CpuCount" in self._sent:
            field_dict["CpuCount"] = None

        if self.cpu_percent is not None:
            field_dict["CpuPercent"] = self.cpu_percent
        elif "CpuPercent" in self._sent:
            field_dict["CpuPercent"] = None

        if self.io_maximum_iops is not None:
            field_dict["IOMaximumIOps"] = self.io_maximum_iops
        elif "IOMaximumIOps" in self._sent:
            field_dict["IOMaximumIOps"] = None

        if self.io_maximum_bandwidth is not None:
            field_dict["IOMaximumBandwidth"] = self.io_maximum_bandwidth
        elif "IOMaximumBandwidth" in self._sent:
            field_dict["IOMaximumBandwidth"] = None

        if self.kernel_memory_tcp is not None:
            field_dict["KernelMemoryTCP"] = self.kernel_memory_tcp
        elif "KernelMemoryTCP" in self._sent:
            field_dict["KernelMemoryTCP"] = None

        if self.kernel_memory is not None:
            field_dict["KernelMemory"] = self.kernel_memory
        elif "KernelMemory" in self._sent:
            field_dict["KernelMemory"] = None

        restart_policy = self.restart_policy
        if restart_policy is not None:
            restart_policy_json: dict[str, Any] | None
            if isinstance(restart_policy, RestartPolicy):
                restart_policy_json = restart_policy.to_dict()
            else:
                restart_policy_json = restart_policy
            field_dict["RestartPolicy"] = restart_policy_json
        elif "RestartPolicy" in self._sent:
            field_dict["RestartPolicy"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        cpu_shares = d.pop("CpuShares", None)

        memory = d.pop("Memory", None)

        cgroup_parent = d.pop("CgroupParent", None)

        blkio_weight = d.pop("BlkioWeight", None)

        d.pop("BlkioWeightDevice", None)

        d.pop("BlkioDeviceReadBps", None)

        d.pop("BlkioDeviceWriteBps", None)

        d.pop("BlkioDeviceReadIOps", None)

        d.pop("BlkioDeviceWriteIOps", None)

        cpu_period = d.pop("CpuPeriod", None)

        cpu_quota = d.pop("CpuQuota", None)

        cpu_realtime_period = d.pop("CpuRealtimePeriod", None)

        cpu_realtime_runtime = d.pop("CpuRealtimeRuntime", None)

        cpuset_cpus = d.pop("CpusetCpus", None)

        cpuset_mems = d.pop("CpusetMems", None)

        d.pop("Devices", None)

        _device_cgroup_rules_data = d.pop("DeviceCgroupRules", None)
        device_cgroup_rules: list[str] | None
        if _device_cgroup_rules_data is None:
            device_cgroup_rules = _device_cgroup_rules_data
        elif isinstance(_device_cgroup_rules_data, list):
            device_cgroup_rules_type_0 = _device_cgroup_rules_data

            device_cgroup_rules = device_cgroup_rules_type_0
        else:
            raise TypeError(
                f"device_cgroup_rules: expected list[str] | None, got {type(_device_cgroup_rules_data).__name__}: {_device_cgroup_rules_data!r:.200}"
            )

        d.pop("DeviceRequests", None)

        memory_reservation = d.pop("MemoryReservation", None)

        memory_swap = d.pop("MemorySwap", None)

        memory_swappiness = d.pop("MemorySwappiness", None)

        nano_cpus = d.pop("NanoCpus", None)

        oom_kill_disable = d.pop("OomKillDisable", None)

        _init_data = d.pop("Init", None)
        init: bool | None
        if _init_data is None or isinstance(_init_data, bool):
            init = _init_data
        else:
            raise TypeError(
                f"init: expected bool | None, got {type(_init_data).__name__}: {_init_data!r:.200}"
            )

        _pids_limit_data = d.pop("PidsLimit", None)
        pids_limit: int | None
        if _pids_limit_data is None or isinstance(_pids_limit_data, int):
            pids_limit = _pids_limit_data
        else:
            raise TypeError(
                f"pids_limit: expected int | None, got {type(_pids_limit_data).__name__}: {_pids_limit_data!r:.200}"
            )

        d.pop("Ulimits", None)

        cpu_count = d.pop("CpuCount", None)

        cpu_percent = d.pop("CpuPercent", None)

        io_maximum_iops = d.pop("IOMaximumIOps", None)

        io_maximum_bandwidth = d.pop("IOMaximumBandwidth", None)

        kernel_memory_tcp = d.pop("KernelMemoryTCP", None)

        kernel_memory = d.pop("KernelMemory", None)

        d.pop("RestartPolicy", None)

        container_update_request = _new(cls)
        container_update_request._sent = src_dict
        container_update_request.cpu_shares = cpu_shares
        container_update_request.memory = memory
        container_update_request.cgroup_parent = cgroup_parent
        container_update_request.blkio_weight = blkio_weight
        container_update_request.cpu_period = cpu_period
        container_update_request.cpu_quota = cpu_quota
        container_update_request.cpu_realtime_period = cpu_realtime_period
        container_update_request.cpu_realtime_runtime = cpu_realtime_runtime
        container_update_request.cpuset_cpus = cpuset_cpus
        container_update_request.cpuset_mems = cpuset_mems
        container_update_request.device_cgroup_rules = device_cgroup_rules
        container_update_request.memory_reservation = memory_reservation
        container_update_request.memory_swap = memory_swap
        container_update_request.memory_swappiness = memory_swappiness
        container_update_request.nano_cpus = nano_cpus
        container_update_request.oom_kill_disable = oom_kill_disable
        container_update_request.init = init
        container_update_request.pids_limit = pids_limit
        container_update_request.cpu_count = cpu_count
        container_update_request.cpu_percent = cpu_percent
        container_update_request.io_maximum_iops = io_maximum_iops
        container_update_request.io_maximum_bandwidth = io_maximum_bandwidth
        container_update_request.kernel_memory_tcp = kernel_memory_tcp
        container_update_request.kernel_memory = kernel_memory
        container_update_request.additional_properties = d
        return container_update_request

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "blkio_weight_device",
            "blkio_device_read_bps",
            "blkio_device_write_bps",
            "blkio_device_read_iops",
            "blkio_device_write_iops",
            "devices",
            "device_requests",
            "ulimits",
            "restart_policy",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "blkio_weight_device":
            _blkio_weight_device_data = src.get("BlkioWeightDevice")
            blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None
            if _blkio_weight_device_data is None:
                blkio_weight_device = _blkio_weight_device_data
            elif isinstance(_blkio_weight_device_data, list):
                blkio_weight_device_type_0 = []
                _blkio_weight_device_type_0 = _blkio_weight_device_data
                for blkio_weight_device_type_0_item_data in _blkio_weight_device_type_0:
                    blkio_weight_device_type_0_item = ResourcesBlkioWeightDeviceItem.from_dict(
                        blkio_weight_device_type_0_item_data
                    )

                    blkio_weight_device_type_0.append(blkio_weight_device_type_0_item)

                blkio_weight_device = blkio_weight_device_type_0
            else:
                raise TypeError(
                    f"blkio_weight_device: expected list[ResourcesBlkioWeightDeviceItem] | None, got {type(_blkio_weight_device_data).__name__}: {_blkio_weight_device_data!r:.200}"
                )

            return blkio_weight_device
        if deferred_name == "blkio_device_read_bps":
            _blkio_device_read_bps_data = src.get("BlkioDeviceReadBps")
            blkio_device_read_bps: list[ThrottleDevice] | None
            if _blkio_device_read_bps_data is None:
                blkio_device_read_bps = _blkio_device_read_bps_data
            elif isinstance(_blkio_device_read_bps_data, list):
                blkio_device_read_bps_type_0 = []
                _blkio_device_read_bps_type_0 = _blkio_device_read_bps_data
                for blkio_device_read_bps_type_0_item_data in _blkio_device_read_bps_type_0:
                    blkio_device_read_bps_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_read_bps_type_0_item_data
                    )

                    blkio_device_read_bps_type_0.append(blkio_device_read_bps_type_0_item)

                blkio_device_read_bps = blkio_device_read_bps_type_0
            else:
                raise TypeError(
                    f"blkio_device_read_bps: expected list[ThrottleDevice] | None, got {type(_blkio_device_read_bps_data).__name__}: {_blkio_device_read_bps_data!r:.200}"
                )

            return blkio_device_read_bps
        if deferred_name == "blkio_device_write_bps":
            _blkio_device_write_bps_data = src.get("BlkioDeviceWriteBps")
            blkio_device_write_bps: list[ThrottleDevice] | None
            if _blkio_device_write_bps_data is None:
                blkio_device_write_bps = _blkio_device_write_bps_data
            elif isinstance(_blkio_device_write_bps_data, list):
                blkio_device_write_bps_type_0 = []
                _blkio_device_write_bps_type_0 = _blkio_device_write_bps_data
                for blkio_device_write_bps_type_0_item_data in _blkio_device_write_bps_type_0:
                    blkio_device_write_bps_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_write_bps_type_0_item_data
                    )

                    blkio_device_write_bps_type_0.append(blkio_device_write_bps_type_0_item)

                blkio_device_write_bps = blkio_device_write_bps_type_0
            else:
                raise TypeError(
                    f"blkio_device_write_bps: expected list[ThrottleDevice] | None, got {type(_blkio_device_write_bps_data).__name__}: {_blkio_device_write_bps_data!r:.200}"
                )

            return blkio_device_write_bps
        if deferred_name == "blkio_device_read_iops":
            _blkio_device_read_iops_data = src.get("BlkioDeviceReadIOps")
            blkio_device_read_iops: list[ThrottleDevice] | None
            if _blkio_device_read_iops_data is None:
                blkio_device_read_iops = _blkio_device_read_iops_data
            elif isinstance(_blkio_device_read_iops_data, list):
                blkio_device_read_iops_type_0 = []
                _blkio_device_read_iops_type_0 = _blkio_device_read_iops_data
                for blkio_device_read_iops_type_0_item_data in _blkio_device_read_iops_type_0:
                    blkio_device_read_iops_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_read_iops_type_0_item_data
                    )

                    blkio_device_read_iops_type_0.append(blkio_device_read_iops_type_0_item)

                blkio_device_read_iops = blkio_device_read_iops_type_0
            else:
                raise TypeError(
                    f"blkio_device_read_iops: expected list[ThrottleDevice] | None, got {type(_blkio_device_read_iops_data).__name__}: {_blkio_device_read_iops_data!r:.200}"
                )

            return blkio_device_read_iops
        if deferred_name == "blkio_device_write_iops":
            _blkio_device_write_iops_data = src.get("BlkioDeviceWriteIOps")
            blkio_device_write_iops: list[ThrottleDevice] | None
            if _blkio_device_write_iops_data is None:
                blkio_device_write_iops = _blkio_device_write_iops_data
            elif isinstance(_blkio_device_write_iops_data, list):
                blkio_device_write_iops_type_0 = []
                _blkio_device_write_iops_type_0 = _blkio_device_write_iops_data
                for blkio_device_write_iops_type_0_item_data in _blkio_device_write_iops_type_0:
                    blkio_device_write_iops_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_write_iops_type_0_item_data
                    )

                    blkio_device_write_iops_type_0.append(blkio_device_write_iops_type_0_item)

                blkio_device_write_iops = blkio_device_write_iops_type_0
            else:
                raise TypeError(
                    f"blkio_device_write_iops: expected list[ThrottleDevice] | None, got {type(_blkio_device_write_iops_data).__name__}: {_blkio_device_write_iops_data!r:.200}"
                )

            return blkio_device_write_iops
        if deferred_name == "devices":
            _devices_data = src.get("Devices")
            devices: list[DeviceMapping] | None
            if _devices_data is None:
                devices = _devices_data
            elif isinstance(_devices_data, list):
                devices_type_0 = []
                _devices_type_0 = _devices_data
                for devices_type_0_item_data in _devices_type_0:
                    devices_type_0_item = DeviceMapping.from_dict(devices_type_0_item_data)

                    devices_type_0.append(devices_type_0_item)

                devices = devices_type_0
            else:
                raise TypeError(
                    f"devices: expected list[DeviceMapping] | None, got {type(_devices_data).__name__}: {_devices_data!r:.200}"
                )

            return devices
        if deferred_name == "device_requests":
            _device_requests_data = src.get("DeviceRequests")
            device_requests: list[DeviceRequest] | None
            if _device_requests_data is None:
                device_requests = _device_requests_data
            elif isinstance(_device_requests_data, list):
                device_requests_type_0 = []
                _device_requests_type_0 = _device_requests_data
                for device_requests_type_0_item_data in _device_requests_type_0:
                    device_requests_type_0_item = DeviceRequest.from_dict(
                        device_requests_type_0_item_data
                    )

                    device_requests_type_0.append(device_requests_type_0_item)

                device_requests = device_requests_type_0
            else:
                raise TypeError(
                    f"device_requests: expected list[DeviceRequest] | None, got {type(_device_requests_data).__name__}: {_device_requests_data!r:.200}"
                )

            return device_requests
        if deferred_name == "ulimits":
            _ulimits_data = src.get("Ulimits")
            ulimits: list[ResourcesUlimitsItem] | None
            if _ulimits_data is None:
                ulimits = _ulimits_data
            elif isinstance(_ulimits_data, list):
                ulimits_type_0 = []
                _ulimits_type_0 = _ulimits_data
                for ulimits_type_0_item_data in _ulimits_type_0:
                    ulimits_type_0_item = ResourcesUlimitsItem.from_dict(ulimits_type_0_item_data)

                    ulimits_type_0.append(ulimits_type_0_item)

                ulimits = ulimits_type_0
            else:
                raise TypeError(
                    f"ulimits: expected list[ResourcesUlimitsItem] | None, got {type(_ulimits_data).__name__}: {_ulimits_data!r:.200}"
                )

            return ulimits
        if deferred_name == "restart_policy":
            _restart_policy_data = src.get("RestartPolicy")
            restart_policy: RestartPolicy | None
            if _restart_policy_data is None:
                restart_policy = _restart_policy_data
            elif isinstance(_restart_policy_data, dict):
                restart_policy_type_0 = RestartPolicy.from_dict(_restart_policy_data)

                restart_policy = restart_policy_type_0
            else:
                raise TypeError(
                    f"restart_policy: expected None | RestartPolicy, got {type(_restart_policy_data).__name__}: {_restart_policy_data!r:.200}"
                )

            return restart_policy
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "CpuShares": "cpu_shares",
        "Memory": "memory",
        "CgroupParent": "cgroup_parent",
        "BlkioWeight": "blkio_weight",
        "BlkioWeightDevice": "blkio_weight_device",
        "BlkioDeviceReadBps": "blkio_device_read_bps",
        "BlkioDeviceWriteBps": "blkio_device_write_bps",
        "BlkioDeviceReadIOps": "blkio_device_read_iops",
        "BlkioDeviceWriteIOps": "blkio_device_write_iops",
        "CpuPeriod": "cpu_period",
        "CpuQuota": "cpu_quota",
        "CpuRealtimePeriod": "cpu_realtime_period",
        "CpuRealtimeRuntime": "cpu_realtime_runtime",
        "CpusetCpus": "cpuset_cpus",
        "CpusetMems": "cpuset_mems",
        "Devices": "devices",
        "DeviceCgroupRules": "device_cgroup_rules",
        "DeviceRequests": "device_requests",
        "MemoryReservation": "memory_reservation",
        "MemorySwap": "memory_swap",
        "MemorySwappiness": "memory_swappiness",
        "NanoCpus": "nano_cpus",
        "OomKillDisable": "oom_kill_disable",
        "Init": "init",
        "PidsLimit": "pids_limit",
        "Ulimits": "ulimits",
        "CpuCount": "cpu_count",
        "CpuPercent": "cpu_percent",
        "IOMaximumIOps": "io_maximum_iops",
        "IOMaximumBandwidth": "io_maximum_bandwidth",
        "KernelMemoryTCP": "kernel_memory_tcp",
        "KernelMemory": "kernel_memory",
        "RestartPolicy": "restart_policy",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "CpuShares",
                "Memory",
                "BlkioWeight",
                "CpuPeriod",
                "CpuQuota",
                "CpuRealtimePeriod",
                "CpuRealtimeRuntime",
                "MemoryReservation",
                "MemorySwap",
                "MemorySwappiness",
                "NanoCpus",
                "PidsLimit",
                "CpuCount",
                "CpuPercent",
                "IOMaximumIOps",
                "IOMaximumBandwidth",
                "KernelMemoryTCP",
                "KernelMemory",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["CgroupParent", "CpusetCpus", "CpusetMems"]) -> str: ...
        @overload
        def __getitem__(
            self, key: Literal["BlkioWeightDevice"]
        ) -> list[ResourcesBlkioWeightDeviceItem]: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "BlkioDeviceReadBps",
                "BlkioDeviceWriteBps",
                "BlkioDeviceReadIOps",
                "BlkioDeviceWriteIOps",
            ],
        ) -> list[ThrottleDevice]: ...
        @overload
        def __getitem__(self, key: Literal["Devices"]) -> list[DeviceMapping]: ...
        @overload
        def __getitem__(self, key: Literal["DeviceCgroupRules"]) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["DeviceRequests"]) -> list[DeviceRequest]: ...
        @overload
        def __getitem__(self, key: Literal["OomKillDisable", "Init"]) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Ulimits"]) -> list[ResourcesUlimitsItem]: ...
        @overload
        def __getitem__(self, key: Literal["RestartPolicy"]) -> RestartPolicy: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "CpuShares",
                "Memory",
                "BlkioWeight",
                "CpuPeriod",
                "CpuQuota",
                "CpuRealtimePeriod",
                "CpuRealtimeRuntime",
                "MemoryReservation",
                "MemorySwap",
                "MemorySwappiness",
                "NanoCpus",
                "PidsLimit",
                "CpuCount",
                "CpuPercent",
                "IOMaximumIOps",
                "IOMaximumBandwidth",
                "KernelMemoryTCP",
                "KernelMemory",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["CgroupParent", "CpusetCpus", "CpusetMems"], default: None = None
        ) -> str | None: ...
        @overload
        def get(
            self, key: Literal["BlkioWeightDevice"], default: None = None
        ) -> list[ResourcesBlkioWeightDeviceItem] | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "BlkioDeviceReadBps",
                "BlkioDeviceWriteBps",
                "BlkioDeviceReadIOps",
                "BlkioDeviceWriteIOps",
            ],
            default: None = None,
        ) -> list[ThrottleDevice] | None: ...
        @overload
        def get(
            self, key: Literal["Devices"], default: None = None
        ) -> list[DeviceMapping] | None: ...
        @overload
        def get(
            self, key: Literal["DeviceCgroupRules"], default: None = None
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["DeviceRequests"], default: None = None
        ) -> list[DeviceRequest] | None: ...
        @overload
        def get(
            self, key: Literal["OomKillDisable", "Init"], default: None = None
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["Ulimits"], default: None = None
        ) -> list[ResourcesUlimitsItem] | None: ...
        @overload
        def get(
            self, key: Literal["RestartPolicy"], default: None = None
        ) -> RestartPolicy | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.device_mapping import DeviceMapping
from ..models.device_request import DeviceRequest
from ..models.resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
from ..models.resources_ulimits_item import ResourcesUlimitsItem
from ..models.restart_policy import RestartPolicy
from ..models.throttle_device import ThrottleDevice
