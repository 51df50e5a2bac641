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
from ..models.host_config_cgroupns_mode import (
    HostConfigCgroupnsMode,
    check_host_config_cgroupns_mode,
)
from ..models.host_config_isolation import HostConfigIsolation, check_host_config_isolation

T = TypeVar("T", bound="HostConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class HostConfig(Model):
    """Container configuration that depends on the host we are running on"""

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
        "binds",
        "container_id_file",
        "log_config",
        "network_mode",
        "port_bindings",
        "restart_policy",
        "auto_remove",
        "volume_driver",
        "volumes_from",
        "mounts",
        "console_size",
        "annotations",
        "cap_add",
        "cap_drop",
        "cgroupns_mode",
        "dns",
        "dns_options",
        "dns_search",
        "extra_hosts",
        "group_add",
        "ipc_mode",
        "cgroup",
        "links",
        "oom_score_adj",
        "pid_mode",
        "privileged",
        "publish_all_ports",
        "readonly_rootfs",
        "security_opt",
        "storage_opt",
        "tmpfs",
        "uts_mode",
        "userns_mode",
        "shm_size",
        "sysctls",
        "runtime",
        "isolation",
        "masked_paths",
        "readonly_paths",
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
    binds: list[str] | None
    """ A list of volume bindings for this container. Each volume binding
    is a string in one of these forms:

    - `host-src:container-dest[:options]` to bind-mount a host path
      into the container. Both `host-src`, and `container-dest` must
      be an _absolute_ path.
    - `volume-name:container-dest[:options]` to bind-mount a volume
      managed by a volume driver into the container. `container-dest`
      must be an _absolute_ path.

    `options` is an optional, comma-delimited list of:

    - `nocopy` disables automatic copying of data from the container
      path to the volume. The `nocopy` flag only applies to named volumes.
    - `[ro|rw]` mounts a volume read-only or read-write, respectively.
      If omitted or set to `rw`, volumes are mounted read-write.
    - `[z|Z]` applies SELinux labels to allow or deny multiple containers
      to read and write to the same volume.
        - `z`: a _shared_ content label is applied to the content. This
          label indicates that multiple containers can share the volume
          content, for both reading and writing.
        - `Z`: a _private unshared_ label is applied to the content.
          This label indicates that only the current container can use
          a private volume. Labeling systems such as SELinux require
          proper labels to be placed on volume content that is mounted
          into a container. Without a label, the security system can
          prevent a container's processes from using the content. By
          default, the labels set by the host operating system are not
          modified.
    - `[[r]shared|[r]slave|[r]private]` specifies mount
      [propagation behavior](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt).
      This only applies to bind-mounted volumes, not internal volumes
      or named volumes. Mount propagation requires the source mount
      point (the location where the source directory is mounted in the
      host operating system) to have the correct propagation properties.
      For shared volumes, the source mount point must be set to `shared`.
      For slave volumes, the mount must be set to either `shared` or
      `slave`.
     """
    container_id_file: str | None
    """ Path to a file where the container ID is written """
    log_config: HostConfigLogConfig | None
    """ The logging configuration for this container """
    network_mode: str | None
    """ Network mode to use for this container. Supported standard values
    are: `bridge`, `host`, `none`, and `container:<name|id>`. Any
    other value is taken as a custom network's name to which this
    container should connect to.
     """
    port_bindings: PortMap | None
    restart_policy: RestartPolicy | None
    auto_remove: bool | None
    """ Automatically remove the container when the container's process
    exits. This has no effect if `RestartPolicy` is set.
     """
    volume_driver: str | None
    """ Driver that this container uses to mount volumes. """
    volumes_from: list[str] | None
    """ A list of volumes to inherit from another container, specified in
    the form `<container name>[:<ro|rw>]`.
     """
    mounts: list[Mount] | None
    """ Specification for mounts to be added to the container.
     """
    console_size: list[int] | None
    """ Initial console size, as an `[height, width]` array.
     """
    annotations: HostConfigAnnotations | None
    """ Arbitrary non-identifying metadata attached to container and
    provided to the runtime when the container is started.
     """
    cap_add: list[str] | None
    """ A list of kernel capabilities to add to the container. Conflicts
    with option 'Capabilities'.
     """
    cap_drop: list[str] | None
    """ A list of kernel capabilities to drop from the container. Conflicts
    with option 'Capabilities'.
     """
    cgroupns_mode: HostConfigCgroupnsMode | None
    """ cgroup namespace mode for the container. Possible values are:

    - `"private"`: the container runs in its own private cgroup namespace
    - `"host"`: use the host system's cgroup namespace

    If not specified, the daemon default is used, which can either be `"private"`
    or `"host"`, depending on daemon version, kernel support and configuration.
     """
    dns: list[str] | None
    """ A list of DNS servers for the container to use. """
    dns_options: list[str] | None
    """ A list of DNS options. """
    dns_search: list[str] | None
    """ A list of DNS search domains. """
    extra_hosts: list[str] | None
    """ A list of hostnames/IP mappings to add to the container's `/etc/hosts`
    file. Specified in the form `["hostname:IP"]`.
     """
    group_add: list[str] | None
    """ A list of additional groups that the container process will run as.
     """
    ipc_mode: str | None
    """ IPC sharing mode for the container. Possible values are:

    - `"none"`: own private IPC namespace, with /dev/shm not mounted
    - `"private"`: own private IPC namespace
    - `"shareable"`: own private IPC namespace, with a possibility to share it with other containers
    - `"container:<name|id>"`: join another (shareable) container's IPC namespace
    - `"host"`: use the host system's IPC namespace

    If not specified, daemon default is used, which can either be `"private"`
    or `"shareable"`, depending on daemon version and configuration.
     """
    cgroup: str | None
    """ Cgroup to use for the container. """
    links: list[str] | None
    """ A list of links for the container in the form `container_name:alias`.
     """
    oom_score_adj: int | None
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    pid_mode: str | None
    """ Set the PID (Process) Namespace mode for the container. It can be
    either:

    - `"container:<name|id>"`: joins another container's PID namespace
    - `"host"`: use the host's PID namespace inside the container
     """
    privileged: bool | None
    """ Gives the container full access to the host. """
    publish_all_ports: bool | None
    """ Allocates an ephemeral host port for all of a container's
    exposed ports.

    Ports are de-allocated when the container stops and allocated when
    the container starts. The allocated port might be changed when
    restarting the container.

    The port is selected from the ephemeral port range that depends on
    the kernel. For example, on Linux the range is defined by
    `/proc/sys/net/ipv4/ip_local_port_range`.
     """
    readonly_rootfs: bool | None
    """ Mount the container's root filesystem as read only. """
    security_opt: list[str] | None
    """ A list of string values to customize labels for MLS systems, such
    as SELinux.
     """
    storage_opt: HostConfigStorageOpt | None
    """ Storage driver options for this container, in the form `{"size": "120G"}`.
     """
    tmpfs: HostConfigTmpfs | None
    """ A map of container directories which should be replaced by tmpfs
    mounts, and their corresponding mount options. For example:

    ```
    { "/run": "rw,noexec,nosuid,size=65536k" }
    ```
     """
    uts_mode: str | None
    """ UTS namespace to use for the container. """
    userns_mode: str | None
    """ Sets the usernamespace mode for the container when usernamespace
    remapping option is enabled.
     """
    shm_size: int | None
    """ Size of `/dev/shm` in bytes. If omitted, the system uses 64MB.
     """
    sysctls: HostConfigSysctls | None
    """ A list of kernel parameters (sysctls) to set in the container.

    This field is omitted if not set. """
    runtime: str | None
    """ Runtime to use with this container. """
    isolation: HostConfigIsolation | None
    """ Isolation technology of the container. (Windows only)
     """
    masked_paths: list[str] | None
    """ The list of paths to be masked inside the container (this overrides
    the default set of paths).
     """
    readonly_paths: list[str] | None
    """ The list of paths to be set as read-only inside the container
    (this overrides the default set of paths).
     """
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
        binds: list[str] | None = None,
        container_id_file: str | None = None,
        log_config: HostConfigLogConfig | None = None,
        network_mode: str | None = None,
        port_bindings: PortMap | None = None,
        restart_policy: RestartPolicy | None = None,
        auto_remove: bool | None = None,
        volume_driver: str | None = None,
        volumes_from: list[str] | None = None,
        mounts: list[Mount] | None = None,
        console_size: list[int] | None = None,
        annotations: HostConfigAnnotations | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        cgroupns_mode: HostConfigCgroupnsMode | None = None,
        dns: list[str] | None = None,
        dns_options: list[str] | None = None,
        dns_search: list[str] | None = None,
        extra_hosts: list[str] | None = None,
        group_add: list[str] | None = None,
        ipc_mode: str | None = None,
        cgroup: str | None = None,
        links: list[str] | None = None,
        oom_score_adj: int | None = None,
        pid_mode: str | None = None,
        privileged: bool | None = None,
        publish_all_ports: bool | None = None,
        readonly_rootfs: bool | None = None,
        security_opt: list[str] | None = None,
        storage_opt: HostConfigStorageOpt | None = None,
        tmpfs: HostConfigTmpfs | None = None,
        uts_mode: str | None = None,
        userns_mode: str | None = None,
        shm_size: int | None = None,
        sysctls: HostConfigSysctls | None = None,
        runtime: str | None = None,
        isolation: HostConfigIsolation | None = None,
        masked_paths: list[str] | None = None,
        readonly_paths: list[str] | None = None,
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
        self.binds = binds
        self.container_id_file = container_id_file
        self.log_config = log_config
        self.network_mode = network_mode
        self.port_bindings = port_bindings
        self.restart_policy = restart_policy
        self.auto_remove = auto_remove
        self.volume_driver = volume_driver
        self.volumes_from = volumes_from
        self.mounts = mounts
        self.console_size = console_size
        self.annotations = annotations
        self.cap_add = cap_add
        self.cap_drop = cap_drop
        self.cgroupns_mode = cgroupns_mode
        self.dns = dns
        self.dns_options = dns_options
        self.dns_search = dns_search
        self.extra_hosts = extra_hosts
        self.group_add = group_add
        self.ipc_mode = ipc_mode
        self.cgroup = cgroup
        self.links = links
        self.oom_score_adj = oom_score_adj
        self.pid_mode = pid_mode
        self.privileged = privileged
        self.publish_all_ports = publish_all_ports
        self.readonly_rootfs = readonly_rootfs
        self.security_opt = security_opt
        self.storage_opt = storage_opt
        self.tmpfs = tmpfs
        self.uts_mode = uts_mode
        self.userns_mode = userns_mode
        self.shm_size = shm_size
        self.sysctls = sysctls
        self.runtime = runtime
        self.isolation = isolation
        self.masked_paths = masked_paths
        self.readonly_paths = readonly_paths
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

        binds = self.binds
        if binds is not None:
            binds_json: list[str] | None
            if isinstance(binds, list):
                binds_json = binds

            else:
                binds_json = binds
            field_dict["Binds"] = binds_json
        elif "Binds" in self._sent:
            field_dict["Binds"] = None

        if self.container_id_file is not None:
            field_dict["ContainerIDFile"] = self.container_id_file
        elif "ContainerIDFile" in self._sent:
            field_dict["ContainerIDFile"] = None

        log_config = self.log_config
        if log_config is not None:
            log_config_json: dict[str, Any] | None
            if isinstance(log_config, HostConfigLogConfig):
                log_config_json = log_config.to_dict()
            else:
                log_config_json = log_config
            field_dict["LogConfig"] = log_config_json
        elif "LogConfig" in self._sent:
            field_dict["LogConfig"] = None

        if self.network_mode is not None:
            field_dict["NetworkMode"] = self.network_mode
        elif "NetworkMode" in self._sent:
            field_dict["NetworkMode"] = None

        port_bindings = self.port_bindings
        if port_bindings is not None:
            port_bindings_json: dict[str, Any] | None
            if isinstance(port_bindings, PortMap):
                port_bindings_json = port_bindings.to_dict()
            else:
                port_bindings_json = port_bindings
            field_dict["PortBindings"] = port_bindings_json
        elif "PortBindings" in self._sent:
            field_dict["PortBindings"] = None

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

        if self.auto_remove is not None:
            field_dict["AutoRemove"] = self.auto_remove
        elif "AutoRemove" in self._sent:
            field_dict["AutoRemove"] = None

        if self.volume_driver is not None:
            field_dict["VolumeDriver"] = self.volume_driver
        elif "VolumeDriver" in self._sent:
            field_dict["VolumeDriver"] = None

        volumes_from = self.volumes_from
        if volumes_from is not None:
            volumes_from_json: list[str] | None
            if isinstance(volumes_from, list):
                volumes_from_json = volumes_from

            else:
                volumes_from_json = volumes_from
            field_dict["VolumesFrom"] = volumes_from_json
        elif "VolumesFrom" in self._sent:
            field_dict["VolumesFrom"] = None

        mounts = self.mounts
        if mounts is not None:
            mounts_json: list[dict[str, Any]] | None
            if isinstance(mounts, list):
                mounts_json = []
                for mounts_type_0_item_data in mounts:
                    mounts_type_0_item = mounts_type_0_item_data.to_dict()
                    mounts_json.append(mounts_type_0_item)

            else:
                mounts_json = mounts
            field_dict["Mounts"] = mounts_json
        elif "Mounts" in self._sent:
            field_dict["Mounts"] = None

        console_size = self.console_size
        if console_size is not None:
            console_size_json: list[int] | None
            if isinstance(console_size, list):
                console_size_json = console_size

            else:
                console_size_json = console_size
            field_dict["ConsoleSize"] = console_size_json
        elif "ConsoleSize" in self._sent:
            field_dict["ConsoleSize"] = None

        annotations = self.annotations
        if annotations is not None:
            annotations_json: dict[str, Any] | None
            if isinstance(annotations, HostConfigAnnotations):
                annotations_json = annotations.to_dict()
            else:
                annotations_json = annotations
            field_dict["Annotations"] = annotations_json
        elif "Annotations" in self._sent:
            field_dict["Annotations"] = None

        cap_add = self.cap_add
        if cap_add is not None:
            cap_add_json: list[str] | None
            if isinstance(cap_add, list):
                cap_add_json = cap_add

            else:
                cap_add_json = cap_add
            field_dict["CapAdd"] = cap_add_json
        elif "CapAdd" in self._sent:
            field_dict["CapAdd"] = None

        cap_drop = self.cap_drop
        if cap_drop is not None:
            cap_drop_json: list[str] | None
            if isinstance(cap_drop, list):
                cap_drop_json = cap_drop

            else:
                cap_drop_json = cap_drop
            field_dict["CapDrop"] = cap_drop_json
        elif "CapDrop" in self._sent:
            field_dict["CapDrop"] = None

        cgroupns_mode = self.cgroupns_mode
        if cgroupns_mode is not None:
            cgroupns_mode_json: str = cgroupns_mode
            field_dict["CgroupnsMode"] = cgroupns_mode_json
        elif "CgroupnsMode" in self._sent:
            field_dict["CgroupnsMode"] = None

        dns = self.dns
        if dns is not None:
            dns_json: list[str] | None
            if isinstance(dns, list):
                dns_json = dns

            else:
                dns_json = dns
            field_dict["Dns"] = dns_json
        elif "Dns" in self._sent:
            field_dict["Dns"] = None

        dns_options = self.dns_options
        if dns_options is not None:
            dns_options_json: list[str] | None
            if isinstance(dns_options, list):
                dns_options_json = dns_options

            else:
                dns_options_json = dns_options
            field_dict["DnsOptions"] = dns_options_json
        elif "DnsOptions" in self._sent:
            field_dict["DnsOptions"] = None

        dns_search = self.dns_search
        if dns_search is not None:
            dns_search_json: list[str] | None
            if isinstance(dns_search, list):
                dns_search_json = dns_search

            else:
                dns_search_json = dns_search
            field_dict["DnsSearch"] = dns_search_json
        elif "DnsSearch" in self._sent:
            field_dict["DnsSearch"] = None

        extra_hosts = self.extra_hosts
        if extra_hosts is not None:
            extra_hosts_json: list[str] | None
            if isinstance(extra_hosts, list):
                extra_hosts_json = extra_hosts

            else:
                extra_hosts_json = extra_hosts
            field_dict["ExtraHosts"] = extra_hosts_json
        elif "ExtraHosts" in self._sent:
            field_dict["ExtraHosts"] = None

        group_add = self.group_add
        if group_add is not None:
            group_add_json: list[str] | None
            if isinstance(group_add, list):
                group_add_json = group_add

            else:
                group_add_json = group_add
            field_dict["GroupAdd"] = group_add_json
        elif "GroupAdd" in self._sent:
            field_dict["GroupAdd"] = None

        if self.ipc_mode is not None:
            field_dict["IpcMode"] = self.ipc_mode
        elif "IpcMode" in self._sent:
            field_dict["IpcMode"] = None

        if self.cgroup is not None:
            field_dict["Cgroup"] = self.cgroup
        elif "Cgroup" in self._sent:
            field_dict["Cgroup"] = None

        links = self.links
        if links is not None:
            links_json: list[str] | None
            if isinstance(links, list):
                links_json = links

            else:
                links_json = links
            field_dict["Links"] = links_json
        elif "Links" in self._sent:
            field_dict["Links"] = None

        if self.oom_score_adj is not None:
            field_dict["OomScoreAdj"] = self.oom_score_adj
        elif "OomScoreAdj" in self._sent:
            field_dict["OomScoreAdj"] = None

        if self.pid_mode is not None:
            field_dict["PidMode"] = self.pid_mode
        elif "PidMode" in self._sent:
            field_dict["PidMode"] = None

        if self.privileged is not None:
            field_dict["Privileged"] = self.privileged
        elif "Privileged" in self._sent:
            field_dict["Privileged"] = None

        if self.publish_all_ports is not None:
            field_dict["PublishAllPorts"] = self.publish_all_ports
        elif "PublishAllPorts" in self._sent:
            field_dict["PublishAllPorts"] = None

        if self.readonly_rootfs is not None:
            field_dict["ReadonlyRootfs"] = self.readonly_rootfs
        elif "ReadonlyRootfs" in self._sent:
            field_dict["ReadonlyRootfs"] = None

        security_opt = self.security_opt
        if security_opt is not None:
            security_opt_json: list[str] | None
            if isinstance(security_opt, list):
                security_opt_json = security_opt

            else:
                security_opt_json = security_opt
            field_dict["SecurityOpt"] = security_opt_json
        elif "SecurityOpt" in self._sent:
            field_dict["SecurityOpt"] = None

        storage_opt = self.storage_opt
        if storage_opt is not None:
            storage_opt_json: dict[str, Any] | None
            if isinstance(storage_opt, HostConfigStorageOpt):
                storage_opt_json = storage_opt.to_dict()
            else:
                storage_opt_json = storage_opt
            field_dict["StorageOpt"] = storage_opt_json
        elif "StorageOpt" in self._sent:
            field_dict["StorageOpt"] = None

        tmpfs = self.tmpfs
        if tmpfs is not None:
            tmpfs_json: dict[str, Any] | None
            if isinstance(tmpfs, HostConfigTmpfs):
                tmpfs_json = tmpfs.to_dict()
            else:
                tmpfs_json = tmpfs
            field_dict["Tmpfs"] = tmpfs_json
        elif "Tmpfs" in self._sent:
            field_dict["Tmpfs"] = None

        if self.uts_mode is not None:
            field_dict["UTSMode"] = self.uts_mode
        elif "UTSMode" in self._sent:
            field_dict["UTSMode"] = None

        if self.userns_mode is not None:
            field_dict["UsernsMode"] = self.userns_mode
        elif "UsernsMode" in self._sent:
            field_dict["UsernsMode"] = None

        if self.shm_size is not None:
            field_dict["ShmSize"] = self.shm_size
        elif "ShmSize" in self._sent:
            field_dict["ShmSize"] = None

        sysctls = self.sysctls
        if sysctls is not None:
            sysctls_json: dict[str, Any] | None
            if isinstance(sysctls, HostConfigSysctls):
                sysctls_json = sysctls.to_dict()
            else:
                sysctls_json = sysctls
            field_dict["Sysctls"] = sysctls_json
        elif "Sysctls" in self._sent:
            field_dict["Sysctls"] = None

        runtime = self.runtime
        if runtime is not None:
            runtime_json: str | None
            runtime_json = runtime
            field_dict["Runtime"] = runtime_json
        elif "Runtime" in self._sent:
            field_dict["Runtime"] = None

        isolation = self.isolation
        if isolation is not None:
            isolation_json: str = isolation
            field_dict["Isolation"] = isolation_json
        elif "Isolation" in self._sent:
            field_dict["Isolation"] = None

        masked_paths = self.masked_paths
        if masked_paths is not None:
            masked_paths_json: list[str] | None
            if isinstance(masked_paths, list):
                masked_paths_json = masked_paths

            else:
                masked_paths_json = masked_paths
            field_dict["MaskedPaths"] = masked_paths_json
        elif "MaskedPaths" in self._sent:
            field_dict["MaskedPaths"] = None

        readonly_paths = self.readonly_paths
        if readonly_paths is not None:
            readonly_paths_json: list[str] | None
            if isinstance(readonly_paths, list):
                readonly_paths_json = readonly_paths

            else:
                readonly_paths_json = readonly_paths
            field_dict["ReadonlyPaths"] = readonly_paths_json
        elif "ReadonlyPaths" in self._sent:
            field_dict["ReadonlyPaths"] = None

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

        _binds_data = d.pop("Binds", None)
        binds: list[str] | None
        if _binds_data is None:
            binds = _binds_data
        elif isinstance(_binds_data, list):
            binds_type_0 = _binds_data

            binds = binds_type_0
        else:
            raise TypeError(
                f"binds: expected list[str] | None, got {type(_binds_data).__name__}: {_binds_data!r:.200}"
            )

        container_id_file = d.pop("ContainerIDFile", None)

        d.pop("LogConfig", None)

        network_mode = d.pop("NetworkMode", None)

        d.pop("PortBindings", None)

        d.pop("RestartPolicy", None)

        auto_remove = d.pop("AutoRemove", None)

        volume_driver = d.pop("VolumeDriver", None)

        _volumes_from_data = d.pop("VolumesFrom", None)
        volumes_from: list[str] | None
        if _volumes_from_data is None:
            volumes_from = _volumes_from_data
        elif isinstance(_volumes_from_data, list):
            volumes_from_type_0 = _volumes_from_data

            volumes_from = volumes_from_type_0
        else:
            raise TypeError(
                f"volumes_from: expected list[str] | None, got {type(_volumes_from_data).__name__}: {_volumes_from_data!r:.200}"
            )

        d.pop("Mounts", None)

        _console_size_data = d.pop("ConsoleSize", None)
        console_size: list[int] | None
        if _console_size_data is None:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        d.pop("Annotations", None)

        _cap_add_data = d.pop("CapAdd", None)
        cap_add: list[str] | None
        if _cap_add_data is None:
            cap_add = _cap_add_data
        elif isinstance(_cap_add_data, list):
            cap_add_type_0 = _cap_add_data

            cap_add = cap_add_type_0
        else:
            raise TypeError(
                f"cap_add: expected list[str] | None, got {type(_cap_add_data).__name__}: {_cap_add_data!r:.200}"
            )

        _cap_drop_data = d.pop("CapDrop", None)
        cap_drop: list[str] | None
        if _cap_drop_data is None:
            cap_drop = _cap_drop_data
        elif isinstance(_cap_drop_data, list):
            cap_drop_type_0 = _cap_drop_data

            cap_drop = cap_drop_type_0
        else:
            raise TypeError(
                f"cap_drop: expected list[str] | None, got {type(_cap_drop_data).__name__}: {_cap_drop_data!r:.200}"
            )

        _cgroupns_mode_src = d.pop("CgroupnsMode", None)
        cgroupns_mode: HostConfigCgroupnsMode | None
        if _cgroupns_mode_src is None:
            cgroupns_mode = None
        else:
            cgroupns_mode_value = check_host_config_cgroupns_mode(_cgroupns_mode_src)

            cgroupns_mode = cgroupns_mode_value

        _dns_data = d.pop("Dns", None)
        dns: list[str] | None
        if _dns_data is None:
            dns = _dns_data
        elif isinstance(_dns_data, list):
            dns_type_0 = _dns_data

            dns = dns_type_0
        else:
            raise TypeError(
                f"dns: expected list[str] | None, got {type(_dns_data).__name__}: {_dns_data!r:.200}"
            )

        _dns_options_data = d.pop("DnsOptions", None)
        dns_options: list[str] | None
        if _dns_options_data is None:
            dns_options = _dns_options_data
        elif isinstance(_dns_options_data, list):
            dns_options_type_0 = _dns_options_data

            dns_options = dns_options_type_0
        else:
            raise TypeError(
                f"dns_options: expected list[str] | None, got {type(_dns_options_data).__name__}: {_dns_options_data!r:.200}"
            )

        _dns_search_data = d.pop("DnsSearch", None)
        dns_search: list[str] | None
        if _dns_search_data is None:
            dns_search = _dns_search_data
        elif isinstance(_dns_search_data, list):
            dns_search_type_0 = _dns_search_data

            dns_search = dns_search_type_0
        else:
            raise TypeError(
                f"dns_search: expected list[str] | None, got {type(_dns_search_data).__name__}: {_dns_search_data!r:.200}"
            )

        _extra_hosts_data = d.pop("ExtraHosts", None)
        extra_hosts: list[str] | None
        if _extra_hosts_data is None:
            extra_hosts = _extra_hosts_data
        elif isinstance(_extra_hosts_data, list):
            extra_hosts_type_0 = _extra_hosts_data

            extra_hosts = extra_hosts_type_0
        else:
            raise TypeError(
                f"extra_hosts: expected list[str] | None, got {type(_extra_hosts_data).__name__}: {_extra_hosts_data!r:.200}"
            )

        _group_add_data = d.pop("GroupAdd", None)
        group_add: list[str] | None
        if _group_add_data is None:
            group_add = _group_add_data
        elif isinstance(_group_add_data, list):
            group_add_type_0 = _group_add_data

            group_add = group_add_type_0
        else:
            raise TypeError(
                f"group_add: expected list[str] | None, got {type(_group_add_data).__name__}: {_group_add_data!r:.200}"
            )

        ipc_mode = d.pop("IpcMode", None)

        cgroup = d.pop("Cgroup", None)

        _links_data = d.pop("Links", None)
        links: list[str] | None
        if _links_data is None:
            links = _links_data
        elif isinstance(_links_data, list):
            links_type_0 = _links_data

            links = links_type_0
        else:
            raise TypeError(
                f"links: expected list[str] | None, got {type(_links_data).__name__}: {_links_data!r:.200}"
            )

        oom_score_adj = d.pop("OomScoreAdj", None)

        pid_mode = d.pop("PidMode", None)

        privileged = d.pop("Privileged", None)

        publish_all_ports = d.pop("PublishAllPorts", None)

        readonly_rootfs = d.pop("ReadonlyRootfs", None)

        _security_opt_data = d.pop("SecurityOpt", None)
        security_opt: list[str] | None
        if _security_opt_data is None:
            security_opt = _security_opt_data
        elif isinstance(_security_opt_data, list):
            security_opt_type_0 = _security_opt_data

            security_opt = security_opt_type_0
        else:
            raise TypeError(
                f"security_opt: expected list[str] | None, got {type(_security_opt_data).__name__}: {_security_opt_data!r:.200}"
            )

        d.pop("StorageOpt", None)

        d.pop("Tmpfs", None)

        uts_mode = d.pop("UTSMode", None)

        userns_mode = d.pop("UsernsMode", None)

        shm_size = d.pop("ShmSize", None)

        d.pop("Sysctls", None)

        _runtime_data = d.pop("Runtime", None)
        runtime: str | None
        if _runtime_data is None or isinstance(_runtime_data, str):
            runtime = _runtime_data
        else:
            raise TypeError(
                f"runtime: expected None | str, got {type(_runtime_data).__name__}: {_runtime_data!r:.200}"
            )

        _isolation_src = d.pop("Isolation", None)
        isolation: HostConfigIsolation | None
        if _isolation_src is None:
            isolation = None
        else:
            isolation_value = check_host_config_isolation(_isolation_src)

            isolation = isolation_value

        _masked_paths_data = d.pop("MaskedPaths", None)
        masked_paths: list[str] | None
        if _masked_paths_data is None:
            masked_paths = _masked_paths_data
        elif isinstance(_masked_paths_data, list):
            masked_paths_type_0 = _masked_paths_data

            masked_paths = masked_paths_type_0
        else:
            raise TypeError(
                f"masked_paths: expected list[str] | None, got {type(_masked_paths_data).__name__}: {_masked_paths_data!r:.200}"
            )

        _readonly_paths_data = d.pop("ReadonlyPaths", None)
        readonly_paths: list[str] | None
        if _readonly_paths_data is None:
            readonly_paths = _readonly_paths_data
        elif isinstance(_readonly_paths_data, list):
            readonly_paths_type_0 = _readonly_paths_data

            readonly_paths = readonly_paths_type_0
        else:
            raise TypeError(
                f"readonly_paths: expected list[str] | None, got {type(_readonly_paths_data).__name__}: {_readonly_paths_data!r:.200}"
            )

        host_config = _new(cls)
        host_config._sent = src_dict
        host_config.cpu_shares = cpu_shares
        host_config.memory = memory
        host_config.cgroup_parent = cgroup_parent
        host_config.blkio_weight = blkio_weight
        host_config.cpu_period = cpu_period
        host_config.cpu_quota = cpu_quota
        host_config.cpu_realtime_period = cpu_realtime_period
        host_config.cpu_realtime_runtime = cpu_realtime_runtime
        host_config.cpuset_cpus = cpuset_cpus
        host_config.cpuset_mems = cpuset_mems
        host_config.device_cgroup_rules = device_cgroup_rules
        host_config.memory_reservation = memory_reservation
        host_config.memory_swap = memory_swap
        host_config.memory_swappiness = memory_swappiness
        host_config.nano_cpus = nano_cpus
        host_config.oom_kill_disable = oom_kill_disable
        host_config.init = init
        host_config.pids_limit = pids_limit
        host_config.cpu_count = cpu_count
        host_config.cpu_percent = cpu_percent
        host_config.io_maximum_iops = io_maximum_iops
        host_config.io_maximum_bandwidth = io_maximum_bandwidth
        host_config.kernel_memory_tcp = kernel_memory_tcp
        host_config.kernel_memory = kernel_memory
        host_config.binds = binds
        host_config.container_id_file = container_id_file
        host_config.network_mode = network_mode
        host_config.auto_remove = auto_remove
        host_config.volume_driver = volume_driver
        host_config.volumes_from = volumes_from
        host_config.console_size = console_size
        host_config.cap_add = cap_add
        host_config.cap_drop = cap_drop
        host_config.cgroupns_mode = cgroupns_mode
        host_config.dns = dns
        host_config.dns_options = dns_options
        host_config.dns_search = dns_search
        host_config.extra_hosts = extra_hosts
        host_config.group_add = group_add
        host_config.ipc_mode = ipc_mode
        host_config.cgroup = cgroup
        host_config.links = links
        host_config.oom_score_adj = oom_score_adj
        host_config.pid_mode = pid_mode
        host_config.privileged = privileged
        host_config.publish_all_ports = publish_all_ports
        host_config.readonly_rootfs = readonly_rootfs
        host_config.security_opt = security_opt
        host_config.uts_mode = uts_mode
        host_config.userns_mode = userns_mode
        host_config.shm_size = shm_size
        host_config.runtime = runtime
        host_config.isolation = isolation
        host_config.masked_paths = masked_paths
        host_config.readonly_paths = readonly_paths
        host_config.additional_properties = d
        return host_config

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
            "log_config",
            "port_bindings",
            "restart_policy",
            "mounts",
            "annotations",
            "storage_opt",
            "tmpfs",
            "sysctls",
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
        if deferred_name == "log_config":
            _log_config_data = src.get("LogConfig")
            log_config: HostConfigLogConfig | None
            if _log_config_data is None:
                log_config = _log_config_data
            elif isinstance(_log_config_data, dict):
                log_config_type_0 = HostConfigLogConfig.from_dict(_log_config_data)

                log_config = log_config_type_0
            else:
                raise TypeError(
                    f"log_config: expected HostConfigLogConfig | None, got {type(_log_config_data).__name__}: {_log_config_data!r:.200}"
                )

            return log_config
        if deferred_name == "port_bindings":
            _port_bindings_data = src.get("PortBindings")
            port_bindings: PortMap | None
            if _port_bindings_data is None:
                port_bindings = _port_bindings_data
            elif isinstance(_port_bindings_data, dict):
                port_bindings_type_0 = PortMap.from_dict(_port_bindings_data)

                port_bindings = port_bindings_type_0
            else:
                raise TypeError(
                    f"port_bindings: expected None | PortMap, got {type(_port_bindings_data).__name__}: {_port_bindings_data!r:.200}"
                )

            return port_bindings
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
        if deferred_name == "mounts":
            _mounts_data = src.get("Mounts")
            mounts: list[Mount] | None
            if _mounts_data is None:
                mounts = _mounts_data
            elif isinstance(_mounts_data, list):
                mounts_type_0 = []
                _mounts_type_0 = _mounts_data
                for mounts_type_0_item_data in _mounts_type_0:
                    mounts_type_0_item = Mount.from_dict(mounts_type_0_item_data)

                    mounts_type_0.append(mounts_type_0_item)

                mounts = mounts_type_0
            else:
                raise TypeError(
                    f"mounts: expected list[Mount] | None, got {type(_mounts_data).__name__}: {_mounts_data!r:.200}"
                )

            return mounts
        if deferred_name == "annotations":
            _annotations_data = src.get("Annotations")
            annotations: HostConfigAnnotations | None
            if _annotations_data is None:
                annotations = _annotations_data
            elif isinstance(_annotations_data, dict):
                annotations_type_0 = HostConfigAnnotations.from_dict(_annotations_data)

                annotations = annotations_type_0
            else:
                raise TypeError(
                    f"annotations: expected HostConfigAnnotations | None, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
                )

            return annotations
        if deferred_name == "storage_opt":
            _storage_opt_data = src.get("StorageOpt")
            storage_opt: HostConfigStorageOpt | None
            if _storage_opt_data is None:
                storage_opt = _storage_opt_data
            elif isinstance(_storage_opt_data, dict):
                storage_opt_type_0 = HostConfigStorageOpt.from_dict(_storage_opt_data)

                storage_opt = storage_opt_type_0
            else:
                raise TypeError(
                    f"storage_opt: expected HostConfigStorageOpt | None, got {type(_storage_opt_data).__name__}: {_storage_opt_data!r:.200}"
                )

            return storage_opt
        if deferred_name == "tmpfs":
            _tmpfs_data = src.get("Tmpfs")
            tmpfs: HostConfigTmpfs | None
            if _tmpfs_data is None:
                tmpfs = _tmpfs_data
            elif isinstance(_tmpfs_data, dict):
                tmpfs_type_0 = HostConfigTmpfs.from_dict(_tmpfs_data)

                tmpfs = tmpfs_type_0
            else:
                raise TypeError(
                    f"tmpfs: expected HostConfigTmpfs | None, got {type(_tmpfs_data).__name__}: {_tmpfs_data!r:.200}"
                )

            return tmpfs
        if deferred_name == "sysctls":
            _sysctls_data = src.get("Sysctls")
            sysctls: HostConfigSysctls | None
            if _sysctls_data is None:
                sysctls = _sysctls_data
            elif isinstance(_sysctls_data, dict):
                sysctls_type_0 = HostConfigSysctls.from_dict(_sysctls_data)

                sysctls = sysctls_type_0
            else:
                raise TypeError(
                    f"sysctls: expected HostConfigSysctls | None, got {type(_sysctls_data).__name__}: {_sysctls_data!r:.200}"
                )

            return sysctls
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
        "Binds": "binds",
        "ContainerIDFile": "container_id_file",
        "LogConfig": "log_config",
        "NetworkMode": "network_mode",
        "PortBindings": "port_bindings",
        "RestartPolicy": "restart_policy",
        "AutoRemove": "auto_remove",
        "VolumeDriver": "volume_driver",
        "VolumesFrom": "volumes_from",
        "Mounts": "mounts",
        "ConsoleSize": "console_size",
        "Annotations": "annotations",
        "CapAdd": "cap_add",
        "CapDrop": "cap_drop",
        "CgroupnsMode": "cgroupns_mode",
        "Dns": "dns",
        "DnsOptions": "dns_options",
        "DnsSearch": "dns_search",
        "ExtraHosts": "extra_hosts",
        "GroupAdd": "group_add",
        "IpcMode": "ipc_mode",
        "Cgroup": "cgroup",
        "Links": "links",
        "OomScoreAdj": "oom_score_adj",
        "PidMode": "pid_mode",
        "Privileged": "privileged",
        "PublishAllPorts": "publish_all_ports",
        "ReadonlyRootfs": "readonly_rootfs",
        "SecurityOpt": "security_opt",
        "StorageOpt": "storage_opt",
        "Tmpfs": "tmpfs",
        "UTSMode": "uts_mode",
        "UsernsMode": "userns_mode",
        "ShmSize": "shm_size",
        "Sysctls": "sysctls",
        "Runtime": "runtime",
        "Isolation": "isolation",
        "MaskedPaths": "masked_paths",
        "ReadonlyPaths": "readonly_paths",
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
                "OomScoreAdj",
                "ShmSize",
            ],
        ) -> int: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "CgroupParent",
                "CpusetCpus",
                "CpusetMems",
                "ContainerIDFile",
                "NetworkMode",
                "VolumeDriver",
                "IpcMode",
                "Cgroup",
                "PidMode",
                "UTSMode",
                "UsernsMode",
                "Runtime",
            ],
        ) -> str: ...
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
        def __getitem__(
            self,
            key: Literal[
                "DeviceCgroupRules",
                "Binds",
                "VolumesFrom",
                "CapAdd",
                "CapDrop",
                "Dns",
                "DnsOptions",
                "DnsSearch",
                "ExtraHosts",
                "GroupAdd",
                "Links",
                "SecurityOpt",
                "MaskedPaths",
                "ReadonlyPaths",
            ],
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["DeviceRequests"]) -> list[DeviceRequest]: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "OomKillDisable",
                "Init",
                "AutoRemove",
                "Privileged",
                "PublishAllPorts",
                "ReadonlyRootfs",
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["Ulimits"]) -> list[ResourcesUlimitsItem]: ...
        @overload
        def __getitem__(self, key: Literal["LogConfig"]) -> HostConfigLogConfig: ...
        @overload
        def __getitem__(self, key: Literal["PortBindings"]) -> PortMap: ...
        @overload
        def __getitem__(self, key: Literal["RestartPolicy"]) -> RestartPolicy: ...
        @overload
        def __getitem__(self, key: Literal["Mounts"]) -> list[Mount]: ...
        @overload
        def __getitem__(self, key: Literal["ConsoleSize"]) -> list[int]: ...
        @overload
        def __getitem__(self, key: Literal["Annotations"]) -> HostConfigAnnotations: ...
        @overload
        def __getitem__(self, key: Literal["CgroupnsMode"]) -> HostConfigCgroupnsMode: ...
        @overload
        def __getitem__(self, key: Literal["StorageOpt"]) -> HostConfigStorageOpt: ...
        @overload
        def __getitem__(self, key: Literal["Tmpfs"]) -> HostConfigTmpfs: ...
        @overload
        def __getitem__(self, key: Literal["Sysctls"]) -> HostConfigSysctls: ...
        @overload
        def __getitem__(self, key: Literal["Isolation"]) -> HostConfigIsolation: ...
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
                "OomScoreAdj",
                "ShmSize",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "CgroupParent",
                "CpusetCpus",
                "CpusetMems",
                "ContainerIDFile",
                "NetworkMode",
                "VolumeDriver",
                "IpcMode",
                "Cgroup",
                "PidMode",
                "UTSMode",
                "UsernsMode",
                "Runtime",
            ],
            default: None = None,
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
            self,
            key: Literal[
                "DeviceCgroupRules",
                "Binds",
                "VolumesFrom",
                "CapAdd",
                "CapDrop",
                "Dns",
                "DnsOptions",
                "DnsSearch",
                "ExtraHosts",
                "GroupAdd",
                "Links",
                "SecurityOpt",
                "MaskedPaths",
                "ReadonlyPaths",
            ],
            default: None = None,
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["DeviceRequests"], default: None = None
        ) -> list[DeviceRequest] | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "OomKillDisable",
                "Init",
                "AutoRemove",
                "Privileged",
                "PublishAllPorts",
                "ReadonlyRootfs",
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["Ulimits"], default: None = None
        ) -> list[ResourcesUlimitsItem] | None: ...
        @overload
        def get(
            self, key: Literal["LogConfig"], default: None = None
        ) -> HostConfigLogConfig | None: ...
        @overload
        def get(self, key: Literal["PortBindings"], default: None = None) -> PortMap | None: ...
        @overload
        def get(
            self, key: Literal["RestartPolicy"], default: None = None
        ) -> RestartPolicy | None: ...
        @overload
        def get(self, key: Literal["Mounts"], default: None = None) -> list[Mount] | None: ...
        @overload
        def get(self, key: Literal["ConsoleSize"], default: None = None) -> list[int] | None: ...
        @overload
        def get(
            self, key: Literal["Annotations"], default: None = None
        ) -> HostConfigAnnotations | None: ...
        @overload
        def get(
            self, key: Literal["CgroupnsMode"], default: None = None
        ) -> HostConfigCgroupnsMode | None: ...
        @overload
        def get(
            self, key: Literal["StorageOpt"], default: None = None
        ) -> HostConfigStorageOpt | None: ...
        @overload
        def get(self, key: Literal["Tmpfs"], default: None = None) -> HostConfigTmpfs | None: ...
        @overload
        def get(
            self, key: Literal["Sysctls"], default: None = None
        ) -> HostConfigSysctls | None: ...
        @overload
        def get(
            self, key: Literal["Isolation"], default: None = None
        ) -> HostConfigIsolation | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


from ..models.device_mapping import DeviceMapping
from ..models.device_request import DeviceRequest
from ..models.host_config_annotations import HostConfigAnnotations
from ..models.host_config_log_config import HostConfigLogConfig
from ..models.host_config_storage_opt import HostConfigStorageOpt
from ..models.host_config_sysctls import HostConfigSysctls
from ..models.host_config_tmpfs import HostConfigTmpfs
from ..models.mount import Mount
from ..models.port_map import PortMap
from ..models.resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
from ..models.resources_ulimits_item import ResourcesUlimitsItem
from ..models.restart_policy import RestartPolicy
from ..models.throttle_device import ThrottleDevice
