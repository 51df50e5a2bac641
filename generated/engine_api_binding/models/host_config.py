from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_config_cgroupns_mode import (
    HostConfigCgroupnsMode,
    check_host_config_cgroupns_mode,
)
from ..models.host_config_isolation import HostConfigIsolation, check_host_config_isolation
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostConfig")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class HostConfig:
    """Container configuration that depends on the host we are running on"""

    cpu_shares: int | Unset = UNSET
    """ An integer value representing this container's relative CPU weight
    versus other containers.
     """
    memory: int | Unset = UNSET
    """ Memory limit in bytes. """
    cgroup_parent: str | Unset = UNSET
    """ Path to `cgroups` under which the container's `cgroup` is created. If
    the path is not absolute, the path is considered to be relative to the
    `cgroups` path of the init process. Cgroups are created if they do not
    already exist.
     """
    blkio_weight: int | Unset = UNSET
    """ Block IO weight (relative weight). """
    blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | Unset | None = UNSET
    """ Block IO weight (relative device weight) in the form:

    ```
    [{"Path": "device_path", "Weight": weight}]
    ```
     """
    blkio_device_read_bps: list[ThrottleDevice] | Unset | None = UNSET
    """ Limit read rate (bytes per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_bps: list[ThrottleDevice] | Unset | None = UNSET
    """ Limit write rate (bytes per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_read_iops: list[ThrottleDevice] | Unset | None = UNSET
    """ Limit read rate (IO per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_iops: list[ThrottleDevice] | Unset | None = UNSET
    """ Limit write rate (IO per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    cpu_period: int | Unset = UNSET
    """ The length of a CPU period in microseconds. """
    cpu_quota: int | Unset = UNSET
    """ Microseconds of CPU time that the container can get in a CPU period.
     """
    cpu_realtime_period: int | Unset = UNSET
    """ The length of a CPU real-time period in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpu_realtime_runtime: int | Unset = UNSET
    """ The length of a CPU real-time runtime in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpuset_cpus: str | Unset = UNSET
    """ CPUs in which to allow execution (e.g., `0-3`, `0,1`).
     """
    cpuset_mems: str | Unset = UNSET
    """ Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only
    effective on NUMA systems.
     """
    devices: list[DeviceMapping] | Unset | None = UNSET
    """ A list of devices to add to the container. """
    device_cgroup_rules: list[str] | Unset | None = UNSET
    """ a list of cgroup rules to apply to the container """
    device_requests: list[DeviceRequest] | Unset | None = UNSET
    """ A list of requests for devices to be sent to device drivers.
     """
    memory_reservation: int | Unset = UNSET
    """ Memory soft limit in bytes. """
    memory_swap: int | Unset = UNSET
    """ Total memory limit (memory + swap). Set as `-1` to enable unlimited
    swap.
     """
    memory_swappiness: int | Unset = UNSET
    """ Tune a container's memory swappiness behavior. Accepts an integer
    between 0 and 100.
     """
    nano_cpus: int | Unset = UNSET
    """ CPU quota in units of 10<sup>-9</sup> CPUs. """
    oom_kill_disable: bool | Unset = UNSET
    """ Disable OOM Killer for the container. """
    init: bool | Unset | None = UNSET
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    pids_limit: int | Unset | None = UNSET
    """ Tune a container's PIDs limit. Set `0` or `-1` for unlimited, or `null`
    to not change.
     """
    ulimits: list[ResourcesUlimitsItem] | Unset | None = UNSET
    """ A list of resource limits to set in the container. For example:

    ```
    {"Name": "nofile", "Soft": 1024, "Hard": 2048}
    ```
     """
    cpu_count: int | Unset = UNSET
    """ The number of usable CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    cpu_percent: int | Unset = UNSET
    """ The usable percentage of the available CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    io_maximum_iops: int | Unset = UNSET
    """ Maximum IOps for the container system drive (Windows only) """
    io_maximum_bandwidth: int | Unset = UNSET
    """ Maximum IO in bytes per second for the container system drive
    (Windows only).
     """
    kernel_memory_tcp: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Hard limit for kernel TCP buffer memory (in bytes). Depending on the
    OCI runtime in use, this option may be ignored. It is no longer supported
    by the default (runc) runtime.

    This field is omitted when empty.

    **Deprecated**: This field is deprecated as kernel 6.12 has deprecated `memory.kmem.tcp.limit_in_bytes` field
    for cgroups v1. This field will be removed in a future release.
     """
    kernel_memory: int | Unset = UNSET
    """ Sent and accepted by engines up to API 1.41; removed after it.

    Kernel memory limit in bytes.

    <p><br /></p>

    > **Deprecated**: This field is deprecated as the kernel 5.4 deprecated
    > `kmem.limit_in_bytes`.
     """
    binds: list[str] | Unset | None = UNSET
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
    container_id_file: str | Unset = UNSET
    """ Path to a file where the container ID is written """
    log_config: HostConfigLogConfig | Unset | None = UNSET
    """ The logging configuration for this container """
    network_mode: str | Unset = UNSET
    """ Network mode to use for this container. Supported standard values
    are: `bridge`, `host`, `none`, and `container:<name|id>`. Any
    other value is taken as a custom network's name to which this
    container should connect to.
     """
    port_bindings: PortMap | Unset | None = UNSET
    restart_policy: RestartPolicy | Unset | None = UNSET
    auto_remove: bool | Unset = UNSET
    """ Automatically remove the container when the container's process
    exits. This has no effect if `RestartPolicy` is set.
     """
    volume_driver: str | Unset = UNSET
    """ Driver that this container uses to mount volumes. """
    volumes_from: list[str] | Unset | None = UNSET
    """ A list of volumes to inherit from another container, specified in
    the form `<container name>[:<ro|rw>]`.
     """
    mounts: list[Mount] | Unset | None = UNSET
    """ Specification for mounts to be added to the container.
     """
    console_size: list[int] | Unset | None = UNSET
    """ Initial console size, as an `[height, width]` array.
     """
    annotations: HostConfigAnnotations | Unset | None = UNSET
    """ Arbitrary non-identifying metadata attached to container and
    provided to the runtime when the container is started.
     """
    cap_add: list[str] | Unset | None = UNSET
    """ A list of kernel capabilities to add to the container. Conflicts
    with option 'Capabilities'.
     """
    cap_drop: list[str] | Unset | None = UNSET
    """ A list of kernel capabilities to drop from the container. Conflicts
    with option 'Capabilities'.
     """
    cgroupns_mode: HostConfigCgroupnsMode | Unset = UNSET
    """ cgroup namespace mode for the container. Possible values are:

    - `"private"`: the container runs in its own private cgroup namespace
    - `"host"`: use the host system's cgroup namespace

    If not specified, the daemon default is used, which can either be `"private"`
    or `"host"`, depending on daemon version, kernel support and configuration.
     """
    dns: list[str] | Unset | None = UNSET
    """ A list of DNS servers for the container to use. """
    dns_options: list[str] | Unset | None = UNSET
    """ A list of DNS options. """
    dns_search: list[str] | Unset | None = UNSET
    """ A list of DNS search domains. """
    extra_hosts: list[str] | Unset | None = UNSET
    """ A list of hostnames/IP mappings to add to the container's `/etc/hosts`
    file. Specified in the form `["hostname:IP"]`.
     """
    group_add: list[str] | Unset | None = UNSET
    """ A list of additional groups that the container process will run as.
     """
    ipc_mode: str | Unset = UNSET
    """ IPC sharing mode for the container. Possible values are:

    - `"none"`: own private IPC namespace, with /dev/shm not mounted
    - `"private"`: own private IPC namespace
    - `"shareable"`: own private IPC namespace, with a possibility to share it with other containers
    - `"container:<name|id>"`: join another (shareable) container's IPC namespace
    - `"host"`: use the host system's IPC namespace

    If not specified, daemon default is used, which can either be `"private"`
    or `"shareable"`, depending on daemon version and configuration.
     """
    cgroup: str | Unset = UNSET
    """ Cgroup to use for the container. """
    links: list[str] | Unset | None = UNSET
    """ A list of links for the container in the form `container_name:alias`.
     """
    oom_score_adj: int | Unset = UNSET
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    pid_mode: str | Unset = UNSET
    """ Set the PID (Process) Namespace mode for the container. It can be
    either:

    - `"container:<name|id>"`: joins another container's PID namespace
    - `"host"`: use the host's PID namespace inside the container
     """
    privileged: bool | Unset = UNSET
    """ Gives the container full access to the host. """
    publish_all_ports: bool | Unset = UNSET
    """ Allocates an ephemeral host port for all of a container's
    exposed ports.

    Ports are de-allocated when the container stops and allocated when
    the container starts. The allocated port might be changed when
    restarting the container.

    The port is selected from the ephemeral port range that depends on
    the kernel. For example, on Linux the range is defined by
    `/proc/sys/net/ipv4/ip_local_port_range`.
     """
    readonly_rootfs: bool | Unset = UNSET
    """ Mount the container's root filesystem as read only. """
    security_opt: list[str] | Unset | None = UNSET
    """ A list of string values to customize labels for MLS systems, such
    as SELinux.
     """
    storage_opt: HostConfigStorageOpt | Unset | None = UNSET
    """ Storage driver options for this container, in the form `{"size": "120G"}`.
     """
    tmpfs: HostConfigTmpfs | Unset | None = UNSET
    """ A map of container directories which should be replaced by tmpfs
    mounts, and their corresponding mount options. For example:

    ```
    { "/run": "rw,noexec,nosuid,size=65536k" }
    ```
     """
    uts_mode: str | Unset = UNSET
    """ UTS namespace to use for the container. """
    userns_mode: str | Unset = UNSET
    """ Sets the usernamespace mode for the container when usernamespace
    remapping option is enabled.
     """
    shm_size: int | Unset = UNSET
    """ Size of `/dev/shm` in bytes. If omitted, the system uses 64MB.
     """
    sysctls: HostConfigSysctls | Unset | None = UNSET
    """ A list of kernel parameters (sysctls) to set in the container.

    This field is omitted if not set. """
    runtime: str | Unset | None = UNSET
    """ Runtime to use with this container. """
    isolation: HostConfigIsolation | Unset = UNSET
    """ Isolation technology of the container. (Windows only)
     """
    masked_paths: list[str] | Unset | None = UNSET
    """ The list of paths to be masked inside the container (this overrides
    the default set of paths).
     """
    readonly_paths: list[str] | Unset | None = UNSET
    """ The list of paths to be set as read-only inside the container
    (this overrides the default set of paths).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_shares = self.cpu_shares

        memory = self.memory

        cgroup_parent = self.cgroup_parent

        blkio_weight = self.blkio_weight

        blkio_weight_device: list[dict[str, Any]] | Unset | None
        if isinstance(self.blkio_weight_device, Unset):
            blkio_weight_device = UNSET
        elif isinstance(self.blkio_weight_device, list):
            blkio_weight_device = []
            for blkio_weight_device_type_0_item_data in self.blkio_weight_device:
                blkio_weight_device_type_0_item = blkio_weight_device_type_0_item_data.to_dict()
                blkio_weight_device.append(blkio_weight_device_type_0_item)

        else:
            blkio_weight_device = self.blkio_weight_device

        blkio_device_read_bps: list[dict[str, Any]] | Unset | None
        if isinstance(self.blkio_device_read_bps, Unset):
            blkio_device_read_bps = UNSET
        elif isinstance(self.blkio_device_read_bps, list):
            blkio_device_read_bps = []
            for blkio_device_read_bps_type_0_item_data in self.blkio_device_read_bps:
                blkio_device_read_bps_type_0_item = blkio_device_read_bps_type_0_item_data.to_dict()
                blkio_device_read_bps.append(blkio_device_read_bps_type_0_item)

        else:
            blkio_device_read_bps = self.blkio_device_read_bps

        blkio_device_write_bps: list[dict[str, Any]] | Unset | None
        if isinstance(self.blkio_device_write_bps, Unset):
            blkio_device_write_bps = UNSET
        elif isinstance(self.blkio_device_write_bps, list):
            blkio_device_write_bps = []
            for blkio_device_write_bps_type_0_item_data in self.blkio_device_write_bps:
                blkio_device_write_bps_type_0_item = (
                    blkio_device_write_bps_type_0_item_data.to_dict()
                )
                blkio_device_write_bps.append(blkio_device_write_bps_type_0_item)

        else:
            blkio_device_write_bps = self.blkio_device_write_bps

        blkio_device_read_iops: list[dict[str, Any]] | Unset | None
        if isinstance(self.blkio_device_read_iops, Unset):
            blkio_device_read_iops = UNSET
        elif isinstance(self.blkio_device_read_iops, list):
            blkio_device_read_iops = []
            for blkio_device_read_iops_type_0_item_data in self.blkio_device_read_iops:
                blkio_device_read_iops_type_0_item = (
                    blkio_device_read_iops_type_0_item_data.to_dict()
                )
                blkio_device_read_iops.append(blkio_device_read_iops_type_0_item)

        else:
            blkio_device_read_iops = self.blkio_device_read_iops

        blkio_device_write_iops: list[dict[str, Any]] | Unset | None
        if isinstance(self.blkio_device_write_iops, Unset):
            blkio_device_write_iops = UNSET
        elif isinstance(self.blkio_device_write_iops, list):
            blkio_device_write_iops = []
            for blkio_device_write_iops_type_0_item_data in self.blkio_device_write_iops:
                blkio_device_write_iops_type_0_item = (
                    blkio_device_write_iops_type_0_item_data.to_dict()
                )
                blkio_device_write_iops.append(blkio_device_write_iops_type_0_item)

        else:
            blkio_device_write_iops = self.blkio_device_write_iops

        cpu_period = self.cpu_period

        cpu_quota = self.cpu_quota

        cpu_realtime_period = self.cpu_realtime_period

        cpu_realtime_runtime = self.cpu_realtime_runtime

        cpuset_cpus = self.cpuset_cpus

        cpuset_mems = self.cpuset_mems

        devices: list[dict[str, Any]] | Unset | None
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

        else:
            devices = self.devices

        device_cgroup_rules: list[str] | Unset | None
        if isinstance(self.device_cgroup_rules, Unset):
            device_cgroup_rules = UNSET
        elif isinstance(self.device_cgroup_rules, list):
            device_cgroup_rules = self.device_cgroup_rules

        else:
            device_cgroup_rules = self.device_cgroup_rules

        device_requests: list[dict[str, Any]] | Unset | None
        if isinstance(self.device_requests, Unset):
            device_requests = UNSET
        elif isinstance(self.device_requests, list):
            device_requests = []
            for device_requests_type_0_item_data in self.device_requests:
                device_requests_type_0_item = device_requests_type_0_item_data.to_dict()
                device_requests.append(device_requests_type_0_item)

        else:
            device_requests = self.device_requests

        memory_reservation = self.memory_reservation

        memory_swap = self.memory_swap

        memory_swappiness = self.memory_swappiness

        nano_cpus = self.nano_cpus

        oom_kill_disable = self.oom_kill_disable

        init: bool | Unset | None
        if isinstance(self.init, Unset):
            init = UNSET
        else:
            init = self.init

        pids_limit: int | Unset | None
        if isinstance(self.pids_limit, Unset):
            pids_limit = UNSET
        else:
            pids_limit = self.pids_limit

        ulimits: list[dict[str, Any]] | Unset | None
        if isinstance(self.ulimits, Unset):
            ulimits = UNSET
        elif isinstance(self.ulimits, list):
            ulimits = []
            for ulimits_type_0_item_data in self.ulimits:
                ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                ulimits.append(ulimits_type_0_item)

        else:
            ulimits = self.ulimits

        cpu_count = self.cpu_count

        cpu_percent = self.cpu_percent

        io_maximum_iops = self.io_maximum_iops

        io_maximum_bandwidth = self.io_maximum_bandwidth

        kernel_memory_tcp = self.kernel_memory_tcp

        kernel_memory = self.kernel_memory

        binds: list[str] | Unset | None
        if isinstance(self.binds, Unset):
            binds = UNSET
        elif isinstance(self.binds, list):
            binds = self.binds

        else:
            binds = self.binds

        container_id_file = self.container_id_file

        log_config: dict[str, Any] | Unset | None
        if isinstance(self.log_config, Unset):
            log_config = UNSET
        elif isinstance(self.log_config, HostConfigLogConfig):
            log_config = self.log_config.to_dict()
        else:
            log_config = self.log_config

        network_mode = self.network_mode

        port_bindings: dict[str, Any] | Unset | None
        if isinstance(self.port_bindings, Unset):
            port_bindings = UNSET
        elif isinstance(self.port_bindings, PortMap):
            port_bindings = self.port_bindings.to_dict()
        else:
            port_bindings = self.port_bindings

        restart_policy: dict[str, Any] | Unset | None
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, RestartPolicy):
            restart_policy = self.restart_policy.to_dict()
        else:
            restart_policy = self.restart_policy

        auto_remove = self.auto_remove

        volume_driver = self.volume_driver

        volumes_from: list[str] | Unset | None
        if isinstance(self.volumes_from, Unset):
            volumes_from = UNSET
        elif isinstance(self.volumes_from, list):
            volumes_from = self.volumes_from

        else:
            volumes_from = self.volumes_from

        mounts: list[dict[str, Any]] | Unset | None
        if isinstance(self.mounts, Unset):
            mounts = UNSET
        elif isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        console_size: list[int] | Unset | None
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        annotations: dict[str, Any] | Unset | None
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, HostConfigAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        cap_add: list[str] | Unset | None
        if isinstance(self.cap_add, Unset):
            cap_add = UNSET
        elif isinstance(self.cap_add, list):
            cap_add = self.cap_add

        else:
            cap_add = self.cap_add

        cap_drop: list[str] | Unset | None
        if isinstance(self.cap_drop, Unset):
            cap_drop = UNSET
        elif isinstance(self.cap_drop, list):
            cap_drop = self.cap_drop

        else:
            cap_drop = self.cap_drop

        cgroupns_mode: str | Unset = UNSET
        if not isinstance(self.cgroupns_mode, Unset):
            cgroupns_mode = self.cgroupns_mode

        dns: list[str] | Unset | None
        if isinstance(self.dns, Unset):
            dns = UNSET
        elif isinstance(self.dns, list):
            dns = self.dns

        else:
            dns = self.dns

        dns_options: list[str] | Unset | None
        if isinstance(self.dns_options, Unset):
            dns_options = UNSET
        elif isinstance(self.dns_options, list):
            dns_options = self.dns_options

        else:
            dns_options = self.dns_options

        dns_search: list[str] | Unset | None
        if isinstance(self.dns_search, Unset):
            dns_search = UNSET
        elif isinstance(self.dns_search, list):
            dns_search = self.dns_search

        else:
            dns_search = self.dns_search

        extra_hosts: list[str] | Unset | None
        if isinstance(self.extra_hosts, Unset):
            extra_hosts = UNSET
        elif isinstance(self.extra_hosts, list):
            extra_hosts = self.extra_hosts

        else:
            extra_hosts = self.extra_hosts

        group_add: list[str] | Unset | None
        if isinstance(self.group_add, Unset):
            group_add = UNSET
        elif isinstance(self.group_add, list):
            group_add = self.group_add

        else:
            group_add = self.group_add

        ipc_mode = self.ipc_mode

        cgroup = self.cgroup

        links: list[str] | Unset | None
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = self.links

        else:
            links = self.links

        oom_score_adj = self.oom_score_adj

        pid_mode = self.pid_mode

        privileged = self.privileged

        publish_all_ports = self.publish_all_ports

        readonly_rootfs = self.readonly_rootfs

        security_opt: list[str] | Unset | None
        if isinstance(self.security_opt, Unset):
            security_opt = UNSET
        elif isinstance(self.security_opt, list):
            security_opt = self.security_opt

        else:
            security_opt = self.security_opt

        storage_opt: dict[str, Any] | Unset | None
        if isinstance(self.storage_opt, Unset):
            storage_opt = UNSET
        elif isinstance(self.storage_opt, HostConfigStorageOpt):
            storage_opt = self.storage_opt.to_dict()
        else:
            storage_opt = self.storage_opt

        tmpfs: dict[str, Any] | Unset | None
        if isinstance(self.tmpfs, Unset):
            tmpfs = UNSET
        elif isinstance(self.tmpfs, HostConfigTmpfs):
            tmpfs = self.tmpfs.to_dict()
        else:
            tmpfs = self.tmpfs

        uts_mode = self.uts_mode

        userns_mode = self.userns_mode

        shm_size = self.shm_size

        sysctls: dict[str, Any] | Unset | None
        if isinstance(self.sysctls, Unset):
            sysctls = UNSET
        elif isinstance(self.sysctls, HostConfigSysctls):
            sysctls = self.sysctls.to_dict()
        else:
            sysctls = self.sysctls

        runtime: str | Unset | None
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        masked_paths: list[str] | Unset | None
        if isinstance(self.masked_paths, Unset):
            masked_paths = UNSET
        elif isinstance(self.masked_paths, list):
            masked_paths = self.masked_paths

        else:
            masked_paths = self.masked_paths

        readonly_paths: list[str] | Unset | None
        if isinstance(self.readonly_paths, Unset):
            readonly_paths = UNSET
        elif isinstance(self.readonly_paths, list):
            readonly_paths = self.readonly_paths

        else:
            readonly_paths = self.readonly_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_shares is not UNSET:
            field_dict["CpuShares"] = cpu_shares
        if memory is not UNSET:
            field_dict["Memory"] = memory
        if cgroup_parent is not UNSET:
            field_dict["CgroupParent"] = cgroup_parent
        if blkio_weight is not UNSET:
            field_dict["BlkioWeight"] = blkio_weight
        if blkio_weight_device is not UNSET:
            field_dict["BlkioWeightDevice"] = blkio_weight_device
        if blkio_device_read_bps is not UNSET:
            field_dict["BlkioDeviceReadBps"] = blkio_device_read_bps
        if blkio_device_write_bps is not UNSET:
            field_dict["BlkioDeviceWriteBps"] = blkio_device_write_bps
        if blkio_device_read_iops is not UNSET:
            field_dict["BlkioDeviceReadIOps"] = blkio_device_read_iops
        if blkio_device_write_iops is not UNSET:
            field_dict["BlkioDeviceWriteIOps"] = blkio_device_write_iops
        if cpu_period is not UNSET:
            field_dict["CpuPeriod"] = cpu_period
        if cpu_quota is not UNSET:
            field_dict["CpuQuota"] = cpu_quota
        if cpu_realtime_period is not UNSET:
            field_dict["CpuRealtimePeriod"] = cpu_realtime_period
        if cpu_realtime_runtime is not UNSET:
            field_dict["CpuRealtimeRuntime"] = cpu_realtime_runtime
        if cpuset_cpus is not UNSET:
            field_dict["CpusetCpus"] = cpuset_cpus
        if cpuset_mems is not UNSET:
            field_dict["CpusetMems"] = cpuset_mems
        if devices is not UNSET:
            field_dict["Devices"] = devices
        if device_cgroup_rules is not UNSET:
            field_dict["DeviceCgroupRules"] = device_cgroup_rules
        if device_requests is not UNSET:
            field_dict["DeviceRequests"] = device_requests
        if memory_reservation is not UNSET:
            field_dict["MemoryReservation"] = memory_reservation
        if memory_swap is not UNSET:
            field_dict["MemorySwap"] = memory_swap
        if memory_swappiness is not UNSET:
            field_dict["MemorySwappiness"] = memory_swappiness
        if nano_cpus is not UNSET:
            field_dict["NanoCpus"] = nano_cpus
        if oom_kill_disable is not UNSET:
            field_dict["OomKillDisable"] = oom_kill_disable
        if init is not UNSET:
            field_dict["Init"] = init
        if pids_limit is not UNSET:
            field_dict["PidsLimit"] = pids_limit
        if ulimits is not UNSET:
            field_dict["Ulimits"] = ulimits
        if cpu_count is not UNSET:
            field_dict["CpuCount"] = cpu_count
        if cpu_percent is not UNSET:
            field_dict["CpuPercent"] = cpu_percent
        if io_maximum_iops is not UNSET:
            field_dict["IOMaximumIOps"] = io_maximum_iops
        if io_maximum_bandwidth is not UNSET:
            field_dict["IOMaximumBandwidth"] = io_maximum_bandwidth
        if kernel_memory_tcp is not UNSET:
            field_dict["KernelMemoryTCP"] = kernel_memory_tcp
        if kernel_memory is not UNSET:
            field_dict["KernelMemory"] = kernel_memory
        if binds is not UNSET:
            field_dict["Binds"] = binds
        if container_id_file is not UNSET:
            field_dict["ContainerIDFile"] = container_id_file
        if log_config is not UNSET:
            field_dict["LogConfig"] = log_config
        if network_mode is not UNSET:
            field_dict["NetworkMode"] = network_mode
        if port_bindings is not UNSET:
            field_dict["PortBindings"] = port_bindings
        if restart_policy is not UNSET:
            field_dict["RestartPolicy"] = restart_policy
        if auto_remove is not UNSET:
            field_dict["AutoRemove"] = auto_remove
        if volume_driver is not UNSET:
            field_dict["VolumeDriver"] = volume_driver
        if volumes_from is not UNSET:
            field_dict["VolumesFrom"] = volumes_from
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size
        if annotations is not UNSET:
            field_dict["Annotations"] = annotations
        if cap_add is not UNSET:
            field_dict["CapAdd"] = cap_add
        if cap_drop is not UNSET:
            field_dict["CapDrop"] = cap_drop
        if cgroupns_mode is not UNSET:
            field_dict["CgroupnsMode"] = cgroupns_mode
        if dns is not UNSET:
            field_dict["Dns"] = dns
        if dns_options is not UNSET:
            field_dict["DnsOptions"] = dns_options
        if dns_search is not UNSET:
            field_dict["DnsSearch"] = dns_search
        if extra_hosts is not UNSET:
            field_dict["ExtraHosts"] = extra_hosts
        if group_add is not UNSET:
            field_dict["GroupAdd"] = group_add
        if ipc_mode is not UNSET:
            field_dict["IpcMode"] = ipc_mode
        if cgroup is not UNSET:
            field_dict["Cgroup"] = cgroup
        if links is not UNSET:
            field_dict["Links"] = links
        if oom_score_adj is not UNSET:
            field_dict["OomScoreAdj"] = oom_score_adj
        if pid_mode is not UNSET:
            field_dict["PidMode"] = pid_mode
        if privileged is not UNSET:
            field_dict["Privileged"] = privileged
        if publish_all_ports is not UNSET:
            field_dict["PublishAllPorts"] = publish_all_ports
        if readonly_rootfs is not UNSET:
            field_dict["ReadonlyRootfs"] = readonly_rootfs
        if security_opt is not UNSET:
            field_dict["SecurityOpt"] = security_opt
        if storage_opt is not UNSET:
            field_dict["StorageOpt"] = storage_opt
        if tmpfs is not UNSET:
            field_dict["Tmpfs"] = tmpfs
        if uts_mode is not UNSET:
            field_dict["UTSMode"] = uts_mode
        if userns_mode is not UNSET:
            field_dict["UsernsMode"] = userns_mode
        if shm_size is not UNSET:
            field_dict["ShmSize"] = shm_size
        if sysctls is not UNSET:
            field_dict["Sysctls"] = sysctls
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if masked_paths is not UNSET:
            field_dict["MaskedPaths"] = masked_paths
        if readonly_paths is not UNSET:
            field_dict["ReadonlyPaths"] = readonly_paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_shares = d.pop("CpuShares", UNSET)

        memory = d.pop("Memory", UNSET)

        cgroup_parent = d.pop("CgroupParent", UNSET)

        blkio_weight = d.pop("BlkioWeight", UNSET)

        _blkio_weight_device_data = d.pop("BlkioWeightDevice", UNSET)
        blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | Unset | None
        if _blkio_weight_device_data is None or _blkio_weight_device_data is UNSET:
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

        _blkio_device_read_bps_data = d.pop("BlkioDeviceReadBps", UNSET)
        blkio_device_read_bps: list[ThrottleDevice] | Unset | None
        if _blkio_device_read_bps_data is None or _blkio_device_read_bps_data is UNSET:
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

        _blkio_device_write_bps_data = d.pop("BlkioDeviceWriteBps", UNSET)
        blkio_device_write_bps: list[ThrottleDevice] | Unset | None
        if _blkio_device_write_bps_data is None or _blkio_device_write_bps_data is UNSET:
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

        _blkio_device_read_iops_data = d.pop("BlkioDeviceReadIOps", UNSET)
        blkio_device_read_iops: list[ThrottleDevice] | Unset | None
        if _blkio_device_read_iops_data is None or _blkio_device_read_iops_data is UNSET:
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

        _blkio_device_write_iops_data = d.pop("BlkioDeviceWriteIOps", UNSET)
        blkio_device_write_iops: list[ThrottleDevice] | Unset | None
        if _blkio_device_write_iops_data is None or _blkio_device_write_iops_data is UNSET:
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

        cpu_period = d.pop("CpuPeriod", UNSET)

        cpu_quota = d.pop("CpuQuota", UNSET)

        cpu_realtime_period = d.pop("CpuRealtimePeriod", UNSET)

        cpu_realtime_runtime = d.pop("CpuRealtimeRuntime", UNSET)

        cpuset_cpus = d.pop("CpusetCpus", UNSET)

        cpuset_mems = d.pop("CpusetMems", UNSET)

        _devices_data = d.pop("Devices", UNSET)
        devices: list[DeviceMapping] | Unset | None
        if _devices_data is None or _devices_data is UNSET:
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

        _device_cgroup_rules_data = d.pop("DeviceCgroupRules", UNSET)
        device_cgroup_rules: list[str] | Unset | None
        if _device_cgroup_rules_data is None or _device_cgroup_rules_data is UNSET:
            device_cgroup_rules = _device_cgroup_rules_data
        elif isinstance(_device_cgroup_rules_data, list):
            device_cgroup_rules_type_0 = _device_cgroup_rules_data

            device_cgroup_rules = device_cgroup_rules_type_0
        else:
            raise TypeError(
                f"device_cgroup_rules: expected list[str] | None, got {type(_device_cgroup_rules_data).__name__}: {_device_cgroup_rules_data!r:.200}"
            )

        _device_requests_data = d.pop("DeviceRequests", UNSET)
        device_requests: list[DeviceRequest] | Unset | None
        if _device_requests_data is None or _device_requests_data is UNSET:
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

        memory_reservation = d.pop("MemoryReservation", UNSET)

        memory_swap = d.pop("MemorySwap", UNSET)

        memory_swappiness = d.pop("MemorySwappiness", UNSET)

        nano_cpus = d.pop("NanoCpus", UNSET)

        oom_kill_disable = d.pop("OomKillDisable", UNSET)

        _init_data = d.pop("Init", UNSET)
        init: bool | Unset | None
        if _init_data is None or _init_data is UNSET or isinstance(_init_data, bool):
            init = _init_data
        else:
            raise TypeError(
                f"init: expected bool | None, got {type(_init_data).__name__}: {_init_data!r:.200}"
            )

        _pids_limit_data = d.pop("PidsLimit", UNSET)
        pids_limit: int | Unset | None
        if (
            _pids_limit_data is None
            or _pids_limit_data is UNSET
            or isinstance(_pids_limit_data, int)
        ):
            pids_limit = _pids_limit_data
        else:
            raise TypeError(
                f"pids_limit: expected int | None, got {type(_pids_limit_data).__name__}: {_pids_limit_data!r:.200}"
            )

        _ulimits_data = d.pop("Ulimits", UNSET)
        ulimits: list[ResourcesUlimitsItem] | Unset | None
        if _ulimits_data is None or _ulimits_data is UNSET:
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

        cpu_count = d.pop("CpuCount", UNSET)

        cpu_percent = d.pop("CpuPercent", UNSET)

        io_maximum_iops = d.pop("IOMaximumIOps", UNSET)

        io_maximum_bandwidth = d.pop("IOMaximumBandwidth", UNSET)

        kernel_memory_tcp = d.pop("KernelMemoryTCP", UNSET)

        kernel_memory = d.pop("KernelMemory", UNSET)

        _binds_data = d.pop("Binds", UNSET)
        binds: list[str] | Unset | None
        if _binds_data is None or _binds_data is UNSET:
            binds = _binds_data
        elif isinstance(_binds_data, list):
            binds_type_0 = _binds_data

            binds = binds_type_0
        else:
            raise TypeError(
                f"binds: expected list[str] | None, got {type(_binds_data).__name__}: {_binds_data!r:.200}"
            )

        container_id_file = d.pop("ContainerIDFile", UNSET)

        _log_config_data = d.pop("LogConfig", UNSET)
        log_config: HostConfigLogConfig | Unset | None
        if _log_config_data is None or _log_config_data is UNSET:
            log_config = _log_config_data
        elif isinstance(_log_config_data, dict):
            log_config_type_0 = HostConfigLogConfig.from_dict(_log_config_data)

            log_config = log_config_type_0
        else:
            raise TypeError(
                f"log_config: expected HostConfigLogConfig | None, got {type(_log_config_data).__name__}: {_log_config_data!r:.200}"
            )

        network_mode = d.pop("NetworkMode", UNSET)

        _port_bindings_data = d.pop("PortBindings", UNSET)
        port_bindings: PortMap | Unset | None
        if _port_bindings_data is None or _port_bindings_data is UNSET:
            port_bindings = _port_bindings_data
        elif isinstance(_port_bindings_data, dict):
            port_bindings_type_0 = PortMap.from_dict(_port_bindings_data)

            port_bindings = port_bindings_type_0
        else:
            raise TypeError(
                f"port_bindings: expected None | PortMap, got {type(_port_bindings_data).__name__}: {_port_bindings_data!r:.200}"
            )

        _restart_policy_data = d.pop("RestartPolicy", UNSET)
        restart_policy: RestartPolicy | Unset | None
        if _restart_policy_data is None or _restart_policy_data is UNSET:
            restart_policy = _restart_policy_data
        elif isinstance(_restart_policy_data, dict):
            restart_policy_type_0 = RestartPolicy.from_dict(_restart_policy_data)

            restart_policy = restart_policy_type_0
        else:
            raise TypeError(
                f"restart_policy: expected None | RestartPolicy, got {type(_restart_policy_data).__name__}: {_restart_policy_data!r:.200}"
            )

        auto_remove = d.pop("AutoRemove", UNSET)

        volume_driver = d.pop("VolumeDriver", UNSET)

        _volumes_from_data = d.pop("VolumesFrom", UNSET)
        volumes_from: list[str] | Unset | None
        if _volumes_from_data is None or _volumes_from_data is UNSET:
            volumes_from = _volumes_from_data
        elif isinstance(_volumes_from_data, list):
            volumes_from_type_0 = _volumes_from_data

            volumes_from = volumes_from_type_0
        else:
            raise TypeError(
                f"volumes_from: expected list[str] | None, got {type(_volumes_from_data).__name__}: {_volumes_from_data!r:.200}"
            )

        _mounts_data = d.pop("Mounts", UNSET)
        mounts: list[Mount] | Unset | None
        if _mounts_data is None or _mounts_data is UNSET:
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

        _console_size_data = d.pop("ConsoleSize", UNSET)
        console_size: list[int] | Unset | None
        if _console_size_data is None or _console_size_data is UNSET:
            console_size = _console_size_data
        elif isinstance(_console_size_data, list):
            console_size_type_0 = _console_size_data

            console_size = console_size_type_0
        else:
            raise TypeError(
                f"console_size: expected list[int] | None, got {type(_console_size_data).__name__}: {_console_size_data!r:.200}"
            )

        _annotations_data = d.pop("Annotations", UNSET)
        annotations: HostConfigAnnotations | Unset | None
        if _annotations_data is None or _annotations_data is UNSET:
            annotations = _annotations_data
        elif isinstance(_annotations_data, dict):
            annotations_type_0 = HostConfigAnnotations.from_dict(_annotations_data)

            annotations = annotations_type_0
        else:
            raise TypeError(
                f"annotations: expected HostConfigAnnotations | None, got {type(_annotations_data).__name__}: {_annotations_data!r:.200}"
            )

        _cap_add_data = d.pop("CapAdd", UNSET)
        cap_add: list[str] | Unset | None
        if _cap_add_data is None or _cap_add_data is UNSET:
            cap_add = _cap_add_data
        elif isinstance(_cap_add_data, list):
            cap_add_type_0 = _cap_add_data

            cap_add = cap_add_type_0
        else:
            raise TypeError(
                f"cap_add: expected list[str] | None, got {type(_cap_add_data).__name__}: {_cap_add_data!r:.200}"
            )

        _cap_drop_data = d.pop("CapDrop", UNSET)
        cap_drop: list[str] | Unset | None
        if _cap_drop_data is None or _cap_drop_data is UNSET:
            cap_drop = _cap_drop_data
        elif isinstance(_cap_drop_data, list):
            cap_drop_type_0 = _cap_drop_data

            cap_drop = cap_drop_type_0
        else:
            raise TypeError(
                f"cap_drop: expected list[str] | None, got {type(_cap_drop_data).__name__}: {_cap_drop_data!r:.200}"
            )

        _cgroupns_mode = d.pop("CgroupnsMode", UNSET)
        cgroupns_mode: HostConfigCgroupnsMode | Unset
        if _cgroupns_mode is UNSET:
            cgroupns_mode = UNSET
        else:
            cgroupns_mode = check_host_config_cgroupns_mode(_cgroupns_mode)

        _dns_data = d.pop("Dns", UNSET)
        dns: list[str] | Unset | None
        if _dns_data is None or _dns_data is UNSET:
            dns = _dns_data
        elif isinstance(_dns_data, list):
            dns_type_0 = _dns_data

            dns = dns_type_0
        else:
            raise TypeError(
                f"dns: expected list[str] | None, got {type(_dns_data).__name__}: {_dns_data!r:.200}"
            )

        _dns_options_data = d.pop("DnsOptions", UNSET)
        dns_options: list[str] | Unset | None
        if _dns_options_data is None or _dns_options_data is UNSET:
            dns_options = _dns_options_data
        elif isinstance(_dns_options_data, list):
            dns_options_type_0 = _dns_options_data

            dns_options = dns_options_type_0
        else:
            raise TypeError(
                f"dns_options: expected list[str] | None, got {type(_dns_options_data).__name__}: {_dns_options_data!r:.200}"
            )

        _dns_search_data = d.pop("DnsSearch", UNSET)
        dns_search: list[str] | Unset | None
        if _dns_search_data is None or _dns_search_data is UNSET:
            dns_search = _dns_search_data
        elif isinstance(_dns_search_data, list):
            dns_search_type_0 = _dns_search_data

            dns_search = dns_search_type_0
        else:
            raise TypeError(
                f"dns_search: expected list[str] | None, got {type(_dns_search_data).__name__}: {_dns_search_data!r:.200}"
            )

        _extra_hosts_data = d.pop("ExtraHosts", UNSET)
        extra_hosts: list[str] | Unset | None
        if _extra_hosts_data is None or _extra_hosts_data is UNSET:
            extra_hosts = _extra_hosts_data
        elif isinstance(_extra_hosts_data, list):
            extra_hosts_type_0 = _extra_hosts_data

            extra_hosts = extra_hosts_type_0
        else:
            raise TypeError(
                f"extra_hosts: expected list[str] | None, got {type(_extra_hosts_data).__name__}: {_extra_hosts_data!r:.200}"
            )

        _group_add_data = d.pop("GroupAdd", UNSET)
        group_add: list[str] | Unset | None
        if _group_add_data is None or _group_add_data is UNSET:
            group_add = _group_add_data
        elif isinstance(_group_add_data, list):
            group_add_type_0 = _group_add_data

            group_add = group_add_type_0
        else:
            raise TypeError(
                f"group_add: expected list[str] | None, got {type(_group_add_data).__name__}: {_group_add_data!r:.200}"
            )

        ipc_mode = d.pop("IpcMode", UNSET)

        cgroup = d.pop("Cgroup", UNSET)

        _links_data = d.pop("Links", UNSET)
        links: list[str] | Unset | None
        if _links_data is None or _links_data is UNSET:
            links = _links_data
        elif isinstance(_links_data, list):
            links_type_0 = _links_data

            links = links_type_0
        else:
            raise TypeError(
                f"links: expected list[str] | None, got {type(_links_data).__name__}: {_links_data!r:.200}"
            )

        oom_score_adj = d.pop("OomScoreAdj", UNSET)

        pid_mode = d.pop("PidMode", UNSET)

        privileged = d.pop("Privileged", UNSET)

        publish_all_ports = d.pop("PublishAllPorts", UNSET)

        readonly_rootfs = d.pop("ReadonlyRootfs", UNSET)

        _security_opt_data = d.pop("SecurityOpt", UNSET)
        security_opt: list[str] | Unset | None
        if _security_opt_data is None or _security_opt_data is UNSET:
            security_opt = _security_opt_data
        elif isinstance(_security_opt_data, list):
            security_opt_type_0 = _security_opt_data

            security_opt = security_opt_type_0
        else:
            raise TypeError(
                f"security_opt: expected list[str] | None, got {type(_security_opt_data).__name__}: {_security_opt_data!r:.200}"
            )

        _storage_opt_data = d.pop("StorageOpt", UNSET)
        storage_opt: HostConfigStorageOpt | Unset | None
        if _storage_opt_data is None or _storage_opt_data is UNSET:
            storage_opt = _storage_opt_data
        elif isinstance(_storage_opt_data, dict):
            storage_opt_type_0 = HostConfigStorageOpt.from_dict(_storage_opt_data)

            storage_opt = storage_opt_type_0
        else:
            raise TypeError(
                f"storage_opt: expected HostConfigStorageOpt | None, got {type(_storage_opt_data).__name__}: {_storage_opt_data!r:.200}"
            )

        _tmpfs_data = d.pop("Tmpfs", UNSET)
        tmpfs: HostConfigTmpfs | Unset | None
        if _tmpfs_data is None or _tmpfs_data is UNSET:
            tmpfs = _tmpfs_data
        elif isinstance(_tmpfs_data, dict):
            tmpfs_type_0 = HostConfigTmpfs.from_dict(_tmpfs_data)

            tmpfs = tmpfs_type_0
        else:
            raise TypeError(
                f"tmpfs: expected HostConfigTmpfs | None, got {type(_tmpfs_data).__name__}: {_tmpfs_data!r:.200}"
            )

        uts_mode = d.pop("UTSMode", UNSET)

        userns_mode = d.pop("UsernsMode", UNSET)

        shm_size = d.pop("ShmSize", UNSET)

        _sysctls_data = d.pop("Sysctls", UNSET)
        sysctls: HostConfigSysctls | Unset | None
        if _sysctls_data is None or _sysctls_data is UNSET:
            sysctls = _sysctls_data
        elif isinstance(_sysctls_data, dict):
            sysctls_type_0 = HostConfigSysctls.from_dict(_sysctls_data)

            sysctls = sysctls_type_0
        else:
            raise TypeError(
                f"sysctls: expected HostConfigSysctls | None, got {type(_sysctls_data).__name__}: {_sysctls_data!r:.200}"
            )

        _runtime_data = d.pop("Runtime", UNSET)
        runtime: str | Unset | None
        if _runtime_data is None or _runtime_data is UNSET or isinstance(_runtime_data, str):
            runtime = _runtime_data
        else:
            raise TypeError(
                f"runtime: expected None | str, got {type(_runtime_data).__name__}: {_runtime_data!r:.200}"
            )

        _isolation = d.pop("Isolation", UNSET)
        isolation: HostConfigIsolation | Unset
        if _isolation is UNSET:
            isolation = UNSET
        else:
            isolation = check_host_config_isolation(_isolation)

        _masked_paths_data = d.pop("MaskedPaths", UNSET)
        masked_paths: list[str] | Unset | None
        if _masked_paths_data is None or _masked_paths_data is UNSET:
            masked_paths = _masked_paths_data
        elif isinstance(_masked_paths_data, list):
            masked_paths_type_0 = _masked_paths_data

            masked_paths = masked_paths_type_0
        else:
            raise TypeError(
                f"masked_paths: expected list[str] | None, got {type(_masked_paths_data).__name__}: {_masked_paths_data!r:.200}"
            )

        _readonly_paths_data = d.pop("ReadonlyPaths", UNSET)
        readonly_paths: list[str] | Unset | None
        if _readonly_paths_data is None or _readonly_paths_data is UNSET:
            readonly_paths = _readonly_paths_data
        elif isinstance(_readonly_paths_data, list):
            readonly_paths_type_0 = _readonly_paths_data

            readonly_paths = readonly_paths_type_0
        else:
            raise TypeError(
                f"readonly_paths: expected list[str] | None, got {type(_readonly_paths_data).__name__}: {_readonly_paths_data!r:.200}"
            )

        host_config = _new(cls)
        host_config.cpu_shares = cpu_shares
        host_config.memory = memory
        host_config.cgroup_parent = cgroup_parent
        host_config.blkio_weight = blkio_weight
        host_config.blkio_weight_device = blkio_weight_device
        host_config.blkio_device_read_bps = blkio_device_read_bps
        host_config.blkio_device_write_bps = blkio_device_write_bps
        host_config.blkio_device_read_iops = blkio_device_read_iops
        host_config.blkio_device_write_iops = blkio_device_write_iops
        host_config.cpu_period = cpu_period
        host_config.cpu_quota = cpu_quota
        host_config.cpu_realtime_period = cpu_realtime_period
        host_config.cpu_realtime_runtime = cpu_realtime_runtime
        host_config.cpuset_cpus = cpuset_cpus
        host_config.cpuset_mems = cpuset_mems
        host_config.devices = devices
        host_config.device_cgroup_rules = device_cgroup_rules
        host_config.device_requests = device_requests
        host_config.memory_reservation = memory_reservation
        host_config.memory_swap = memory_swap
        host_config.memory_swappiness = memory_swappiness
        host_config.nano_cpus = nano_cpus
        host_config.oom_kill_disable = oom_kill_disable
        host_config.init = init
        host_config.pids_limit = pids_limit
        host_config.ulimits = ulimits
        host_config.cpu_count = cpu_count
        host_config.cpu_percent = cpu_percent
        host_config.io_maximum_iops = io_maximum_iops
        host_config.io_maximum_bandwidth = io_maximum_bandwidth
        host_config.kernel_memory_tcp = kernel_memory_tcp
        host_config.kernel_memory = kernel_memory
        host_config.binds = binds
        host_config.container_id_file = container_id_file
        host_config.log_config = log_config
        host_config.network_mode = network_mode
        host_config.port_bindings = port_bindings
        host_config.restart_policy = restart_policy
        host_config.auto_remove = auto_remove
        host_config.volume_driver = volume_driver
        host_config.volumes_from = volumes_from
        host_config.mounts = mounts
        host_config.console_size = console_size
        host_config.annotations = annotations
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
        host_config.storage_opt = storage_opt
        host_config.tmpfs = tmpfs
        host_config.uts_mode = uts_mode
        host_config.userns_mode = userns_mode
        host_config.shm_size = shm_size
        host_config.sysctls = sysctls
        host_config.runtime = runtime
        host_config.isolation = isolation
        host_config.masked_paths = masked_paths
        host_config.readonly_paths = readonly_paths
        host_config.additional_properties = d
        return host_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
