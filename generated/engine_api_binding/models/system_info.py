from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_info_cgroup_driver import (
    SystemInfoCgroupDriver,
    check_system_info_cgroup_driver,
)
from ..models.system_info_cgroup_version import (
    SystemInfoCgroupVersion,
    check_system_info_cgroup_version,
)
from ..models.system_info_isolation import SystemInfoIsolation, check_system_info_isolation
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


@_attrs_define
class SystemInfo:
    id: str | Unset = UNSET
    """ Unique identifier of the daemon.

    <p><br /></p>

    > **Note**: The format of the ID itself is not part of the API, and
    > should not be considered stable.
     """
    containers: int | Unset = UNSET
    """ Total number of containers on the host. """
    containers_running: int | Unset = UNSET
    """ Number of containers with status `"running"`.
     """
    containers_paused: int | Unset = UNSET
    """ Number of containers with status `"paused"`.
     """
    containers_stopped: int | Unset = UNSET
    """ Number of containers with status `"stopped"`.
     """
    images: int | Unset = UNSET
    """ Total number of images on the host.

    Both _tagged_ and _untagged_ (dangling) images are counted.
     """
    driver: str | Unset = UNSET
    """ Name of the storage driver in use. """
    driver_status: list[list[str] | None] | Unset | None = UNSET
    """ Information specific to the storage driver, provided as
    "label" / "value" pairs.

    This information is provided by the storage driver, and formatted
    in a way consistent with the output of `docker info` on the command
    line.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    docker_root_dir: str | Unset = UNSET
    """ Root directory of persistent Docker state.

    Defaults to `/var/lib/docker` on Linux, and `C:\\ProgramData\\docker`
    on Windows.
     """
    plugins: PluginsInfo | Unset | None = UNSET
    memory_limit: bool | Unset = UNSET
    """ Indicates if the host has memory limit support enabled. """
    swap_limit: bool | Unset = UNSET
    """ Indicates if the host has memory swap limit support enabled. """
    cpu_cfs_period: bool | Unset = UNSET
    """ Indicates if CPU CFS(Completely Fair Scheduler) period is supported by
    the host.
     """
    cpu_cfs_quota: bool | Unset = UNSET
    """ Indicates if CPU CFS(Completely Fair Scheduler) quota is supported by
    the host.
     """
    cpu_shares: bool | Unset = UNSET
    """ Indicates if CPU Shares limiting is supported by the host.
     """
    cpu_set: bool | Unset = UNSET
    """ Indicates if CPUsets (cpuset.cpus, cpuset.mems) are supported by the host.

    See [cpuset(7)](https://www.kernel.org/doc/Documentation/cgroup-v1/cpusets.txt)
     """
    pids_limit: bool | Unset = UNSET
    """ Indicates if the host kernel has PID limit support enabled. """
    oom_kill_disable: bool | Unset = UNSET
    """ Indicates if OOM killer disable is supported on the host. """
    ipv4_forwarding: bool | Unset = UNSET
    """ Indicates IPv4 forwarding is enabled. """
    debug: bool | Unset = UNSET
    """ Indicates if the daemon is running in debug-mode / with debug-level
    logging enabled.
     """
    n_fd: int | Unset = UNSET
    """ The total number of file Descriptors in use by the daemon process.

    This information is only returned if debug-mode is enabled.
     """
    n_goroutines: int | Unset = UNSET
    """ The  number of goroutines that currently exist.

    This information is only returned if debug-mode is enabled.
     """
    system_time: str | Unset = UNSET
    """ Current system-time in [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    format with nano-seconds.
     """
    logging_driver: str | Unset = UNSET
    """ The logging driver to use as a default for new containers.
     """
    cgroup_driver: SystemInfoCgroupDriver | Unset = UNSET
    """ The driver to use for managing cgroups.
     """
    cgroup_version: SystemInfoCgroupVersion | Unset = UNSET
    """ The version of the cgroup.
     """
    n_events_listener: int | Unset = UNSET
    """ Number of event listeners subscribed. """
    kernel_version: str | Unset = UNSET
    """ Kernel version of the host.

    On Linux, this information obtained from `uname`. On Windows this
    information is queried from the <kbd>HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Windows
    NT\\\\CurrentVersion\\\\</kbd>
    registry value, for example _"10.0 14393 (14393.1198.amd64fre.rs1_release_sec.170427-1353)"_.
     """
    operating_system: str | Unset = UNSET
    """ Name of the host's operating system, for example: "Ubuntu 24.04 LTS"
    or "Windows Server 2016 Datacenter"
     """
    os_version: str | Unset = UNSET
    """ Version of the host's operating system

    <p><br /></p>

    > **Note**: The information returned in this field, including its
    > very existence, and the formatting of values, should not be considered
    > stable, and may change without notice.
     """
    os_type: str | Unset = UNSET
    """ Generic type of the operating system of the host, as returned by the
    Go runtime (`GOOS`).

    Currently returned values are "linux" and "windows". A full list of
    possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
     """
    architecture: str | Unset = UNSET
    """ Hardware architecture of the host, as returned by the operating system.
    This is equivalent to the output of `uname -m` on Linux.

    Unlike `Arch` (from `/version`), this reports the machine's native
    architecture, which can differ from the Go runtime architecture when
    running a binary compiled for a different architecture (for example,
    a 32-bit binary running on 64-bit hardware).
     """
    ncpu: int | Unset = UNSET
    """ The number of logical CPUs usable by the daemon.

    The number of available CPUs is checked by querying the operating
    system when the daemon starts. Changes to operating system CPU
    allocation after the daemon is started are not reflected.
     """
    mem_total: int | Unset = UNSET
    """ Total amount of physical memory available on the host, in bytes.
     """
    index_server_address: str | Unset = UNSET
    """ Address / URL of the index server that is used for image search,
    and as a default for user authentication for Docker Hub and Docker Cloud.
     """
    registry_config: RegistryServiceConfig | Unset | None = UNSET
    generic_resources: list[GenericResourcesItem] | Unset | None = UNSET
    http_proxy: str | Unset = UNSET
    """ HTTP-proxy configured for the daemon. This value is obtained from the
    [`HTTP_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    https_proxy: str | Unset = UNSET
    """ HTTPS-proxy configured for the daemon. This value is obtained from the
    [`HTTPS_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    no_proxy: str | Unset = UNSET
    """ Comma-separated list of domain extensions for which no proxy should be
    used. This value is obtained from the
    [`NO_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html)
    environment variable.

    Containers do not automatically inherit this configuration.
     """
    name: str | Unset = UNSET
    """ Hostname of the host. """
    labels: list[str] | Unset | None = UNSET
    """ User-defined labels (key/value metadata) as set on the daemon.

    <p><br /></p>

    > **Note**: When part of a Swarm, nodes can both have _daemon_ labels,
    > set through the daemon configuration, and _node_ labels, set from a
    > manager node in the Swarm. Node labels are not included in this
    > field. Node labels can be retrieved using the `/nodes/(id)` endpoint
    > on a manager node in the Swarm.
     """
    experimental_build: bool | Unset = UNSET
    """ Indicates if experimental features are enabled on the daemon.
     """
    server_version: str | Unset = UNSET
    """ Version string of the daemon.
     """
    runtimes: SystemInfoRuntimes | Unset | None = UNSET
    """ List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.
     """
    default_runtime: str | Unset = UNSET
    """ Name of the default OCI runtime that is used when starting containers.

    The default can be overridden per-container at create time.
     """
    swarm: SwarmInfo | Unset | None = UNSET
    live_restore_enabled: bool | Unset = UNSET
    """ Indicates if live restore is enabled.

    If enabled, containers are kept running when the daemon is shutdown
    or upon daemon start if running containers are detected.
     """
    isolation: SystemInfoIsolation | Unset = UNSET
    """ Represents the isolation technology to use as a default for containers.
    The supported values are platform-specific.

    If no isolation value is specified on daemon start, on Windows client,
    the default is `hyperv`, and on Windows server, the default is `process`.

    This option is currently not used on other platforms.
     """
    init_binary: str | Unset = UNSET
    """ Name and, optional, path of the `docker-init` binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    containerd_commit: Commit | Unset | None = UNSET
    runc_commit: Commit | Unset | None = UNSET
    init_commit: Commit | Unset | None = UNSET
    security_options: list[str] | Unset | None = UNSET
    """ List of security features that are enabled on the daemon, such as
    apparmor, seccomp, SELinux, user-namespaces (userns), rootless and
    no-new-privileges.

    Additional configuration options for each security feature may
    be present, and are included as a comma-separated list of key/value
    pairs.
     """
    product_license: str | Unset = UNSET
    """ Reports a summary of the product license on the daemon.

    If a commercial license has been applied to the daemon, information
    such as number of nodes, and expiration are included.
     """
    default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | Unset | None = UNSET
    """ List of custom default address pools for local networks, which can be
    specified in the daemon.json file or dockerd option.

    Example: a Base "10.10.0.0/16" with Size 24 will define the set of 256
    10.10.[0-255].0/24 address pools.
     """
    firewall_backend: FirewallInfo | Unset | None = UNSET
    discovered_devices: list[DeviceInfo] | Unset | None = UNSET
    """ List of devices discovered by device drivers.

    Each device includes information about its source driver, kind, name,
    and additional driver-specific attributes.
     """
    nri: NRIInfo | Unset | None = UNSET
    warnings: list[str] | Unset | None = UNSET
    """ List of warnings / informational messages about missing features, or
    issues related to the daemon configuration.

    These messages can be printed by the client as information to the user.
     """
    cdi_spec_dirs: list[str] | Unset | None = UNSET
    """ List of directories where (Container Device Interface) CDI
    specifications are located.

    These specifications define vendor-specific modifications to an OCI
    runtime specification for a container being created.

    An empty list indicates that CDI device injection is disabled.

    Note that since using CDI device injection requires the daemon to have
    experimental enabled. For non-experimental daemons an empty list will
    always be returned.
     """
    containerd: ContainerdInfo | Unset | None = UNSET
    kernel_memory_tcp: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Indicates if the host has kernel memory TCP limit support enabled. This
    field is omitted if not supported.

    Kernel memory TCP limits are not supported when using cgroups v2, which
    does not support the corresponding `memory.kmem.tcp.limit_in_bytes` cgroup.

    **Deprecated**: This field is deprecated as kernel 6.12 has deprecated kernel memory TCP accounting.
     """
    bridge_nf_iptables: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Indicates if `bridge-nf-call-iptables` is available on the host when
    the daemon was started.

    <p><br /></p>

    > **Deprecated**: netfilter module is now loaded on-demand and no longer
    > during daemon startup, making this field obsolete. This field is always
    > `false` and will be removed in a API v1.50.
     """
    bridge_nf_ip6_tables: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Indicates if `bridge-nf-call-ip6tables` is available on the host.

    <p><br /></p>

    > **Deprecated**: netfilter module is now loaded on-demand, and no longer
    > during daemon startup, making this field obsolete. This field is always
    > `false` and will be removed in a API v1.50.
     """
    kernel_memory: bool | Unset = UNSET
    """ Sent and accepted by engines up to API 1.41; removed after it.

    Indicates if the host has kernel memory limit support enabled.

    <p><br /></p>

    > **Deprecated**: This field is deprecated as the kernel 5.4 deprecated
    > `kmem.limit_in_bytes`.
     """
    cluster_store: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.41; removed after it.

    URL of the distributed storage backend.


    The storage backend is used for multihost networking (to store
    network and endpoint information) and by the node discovery mechanism.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when using standalone Swarm
    > mode, and overlay networking using an external k/v store. Overlay
    > networks with Swarm mode enabled use the built-in raft store, and
    > this field will be empty.
     """
    cluster_advertise: str | Unset = UNSET
    """ Sent and accepted by engines up to API 1.41; removed after it.

    The network endpoint that the Engine advertises for the purpose of
    node discovery. ClusterAdvertise is a `host:port` combination on which
    the daemon is reachable by other hosts.

    <p><br /></p>

    > **Deprecated**: This field is only propagated when using standalone Swarm
    > mode, and overlay networking using an external k/v store. Overlay
    > networks with Swarm mode enabled use the built-in raft store, and
    > this field will be empty.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        containers = self.containers

        containers_running = self.containers_running

        containers_paused = self.containers_paused

        containers_stopped = self.containers_stopped

        images = self.images

        driver = self.driver

        driver_status: list[list[str] | None] | Unset | None
        if isinstance(self.driver_status, Unset):
            driver_status = UNSET
        elif isinstance(self.driver_status, list):
            driver_status = []
            for driver_status_type_0_item_data in self.driver_status:
                driver_status_type_0_item: list[str] | None
                if isinstance(driver_status_type_0_item_data, list):
                    driver_status_type_0_item = driver_status_type_0_item_data

                else:
                    driver_status_type_0_item = driver_status_type_0_item_data
                driver_status.append(driver_status_type_0_item)

        else:
            driver_status = self.driver_status

        docker_root_dir = self.docker_root_dir

        plugins: dict[str, Any] | Unset | None
        if isinstance(self.plugins, Unset):
            plugins = UNSET
        elif isinstance(self.plugins, PluginsInfo):
            plugins = self.plugins.to_dict()
        else:
            plugins = self.plugins

        memory_limit = self.memory_limit

        swap_limit = self.swap_limit

        cpu_cfs_period = self.cpu_cfs_period

        cpu_cfs_quota = self.cpu_cfs_quota

        cpu_shares = self.cpu_shares

        cpu_set = self.cpu_set

        pids_limit = self.pids_limit

        oom_kill_disable = self.oom_kill_disable

        ipv4_forwarding = self.ipv4_forwarding

        debug = self.debug

        n_fd = self.n_fd

        n_goroutines = self.n_goroutines

        system_time = self.system_time

        logging_driver = self.logging_driver

        cgroup_driver: str | Unset = UNSET
        if not isinstance(self.cgroup_driver, Unset):
            cgroup_driver = self.cgroup_driver

        cgroup_version: str | Unset = UNSET
        if not isinstance(self.cgroup_version, Unset):
            cgroup_version = self.cgroup_version

        n_events_listener = self.n_events_listener

        kernel_version = self.kernel_version

        operating_system = self.operating_system

        os_version = self.os_version

        os_type = self.os_type

        architecture = self.architecture

        ncpu = self.ncpu

        mem_total = self.mem_total

        index_server_address = self.index_server_address

        registry_config: dict[str, Any] | Unset | None
        if isinstance(self.registry_config, Unset):
            registry_config = UNSET
        elif isinstance(self.registry_config, RegistryServiceConfig):
            registry_config = self.registry_config.to_dict()
        else:
            registry_config = self.registry_config

        generic_resources: list[dict[str, Any]] | Unset | None
        if isinstance(self.generic_resources, Unset):
            generic_resources = UNSET
        elif isinstance(self.generic_resources, list):
            generic_resources = []
            for componentsschemas_generic_resources_item_data in self.generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                generic_resources.append(componentsschemas_generic_resources_item)

        else:
            generic_resources = self.generic_resources

        http_proxy = self.http_proxy

        https_proxy = self.https_proxy

        no_proxy = self.no_proxy

        name = self.name

        labels: list[str] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        experimental_build = self.experimental_build

        server_version = self.server_version

        runtimes: dict[str, Any] | Unset | None
        if isinstance(self.runtimes, Unset):
            runtimes = UNSET
        elif isinstance(self.runtimes, SystemInfoRuntimes):
            runtimes = self.runtimes.to_dict()
        else:
            runtimes = self.runtimes

        default_runtime = self.default_runtime

        swarm: dict[str, Any] | Unset | None
        if isinstance(self.swarm, Unset):
            swarm = UNSET
        elif isinstance(self.swarm, SwarmInfo):
            swarm = self.swarm.to_dict()
        else:
            swarm = self.swarm

        live_restore_enabled = self.live_restore_enabled

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        init_binary = self.init_binary

        containerd_commit: dict[str, Any] | Unset | None
        if isinstance(self.containerd_commit, Unset):
            containerd_commit = UNSET
        elif isinstance(self.containerd_commit, Commit):
            containerd_commit = self.containerd_commit.to_dict()
        else:
            containerd_commit = self.containerd_commit

        runc_commit: dict[str, Any] | Unset | None
        if isinstance(self.runc_commit, Unset):
            runc_commit = UNSET
        elif isinstance(self.runc_commit, Commit):
            runc_commit = self.runc_commit.to_dict()
        else:
            runc_commit = self.runc_commit

        init_commit: dict[str, Any] | Unset | None
        if isinstance(self.init_commit, Unset):
            init_commit = UNSET
        elif isinstance(self.init_commit, Commit):
            init_commit = self.init_commit.to_dict()
        else:
            init_commit = self.init_commit

        security_options: list[str] | Unset | None
        if isinstance(self.security_options, Unset):
            security_options = UNSET
        elif isinstance(self.security_options, list):
            security_options = self.security_options

        else:
            security_options = self.security_options

        product_license = self.product_license

        default_address_pools: list[dict[str, Any]] | Unset | None
        if isinstance(self.default_address_pools, Unset):
            default_address_pools = UNSET
        elif isinstance(self.default_address_pools, list):
            default_address_pools = []
            for default_address_pools_type_0_item_data in self.default_address_pools:
                default_address_pools_type_0_item = default_address_pools_type_0_item_data.to_dict()
                default_address_pools.append(default_address_pools_type_0_item)

        else:
            default_address_pools = self.default_address_pools

        firewall_backend: dict[str, Any] | Unset | None
        if isinstance(self.firewall_backend, Unset):
            firewall_backend = UNSET
        elif isinstance(self.firewall_backend, FirewallInfo):
            firewall_backend = self.firewall_backend.to_dict()
        else:
            firewall_backend = self.firewall_backend

        discovered_devices: list[dict[str, Any]] | Unset | None
        if isinstance(self.discovered_devices, Unset):
            discovered_devices = UNSET
        elif isinstance(self.discovered_devices, list):
            discovered_devices = []
            for discovered_devices_type_0_item_data in self.discovered_devices:
                discovered_devices_type_0_item = discovered_devices_type_0_item_data.to_dict()
                discovered_devices.append(discovered_devices_type_0_item)

        else:
            discovered_devices = self.discovered_devices

        nri: dict[str, Any] | Unset | None
        if isinstance(self.nri, Unset):
            nri = UNSET
        elif isinstance(self.nri, NRIInfo):
            nri = self.nri.to_dict()
        else:
            nri = self.nri

        warnings: list[str] | Unset | None
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        cdi_spec_dirs: list[str] | Unset | None
        if isinstance(self.cdi_spec_dirs, Unset):
            cdi_spec_dirs = UNSET
        elif isinstance(self.cdi_spec_dirs, list):
            cdi_spec_dirs = self.cdi_spec_dirs

        else:
            cdi_spec_dirs = self.cdi_spec_dirs

        containerd: dict[str, Any] | Unset | None
        if isinstance(self.containerd, Unset):
            containerd = UNSET
        elif isinstance(self.containerd, ContainerdInfo):
            containerd = self.containerd.to_dict()
        else:
            containerd = self.containerd

        kernel_memory_tcp = self.kernel_memory_tcp

        bridge_nf_iptables = self.bridge_nf_iptables

        bridge_nf_ip6_tables = self.bridge_nf_ip6_tables

        kernel_memory = self.kernel_memory

        cluster_store = self.cluster_store

        cluster_advertise = self.cluster_advertise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if containers_running is not UNSET:
            field_dict["ContainersRunning"] = containers_running
        if containers_paused is not UNSET:
            field_dict["ContainersPaused"] = containers_paused
        if containers_stopped is not UNSET:
            field_dict["ContainersStopped"] = containers_stopped
        if images is not UNSET:
            field_dict["Images"] = images
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if driver_status is not UNSET:
            field_dict["DriverStatus"] = driver_status
        if docker_root_dir is not UNSET:
            field_dict["DockerRootDir"] = docker_root_dir
        if plugins is not UNSET:
            field_dict["Plugins"] = plugins
        if memory_limit is not UNSET:
            field_dict["MemoryLimit"] = memory_limit
        if swap_limit is not UNSET:
            field_dict["SwapLimit"] = swap_limit
        if cpu_cfs_period is not UNSET:
            field_dict["CpuCfsPeriod"] = cpu_cfs_period
        if cpu_cfs_quota is not UNSET:
            field_dict["CpuCfsQuota"] = cpu_cfs_quota
        if cpu_shares is not UNSET:
            field_dict["CPUShares"] = cpu_shares
        if cpu_set is not UNSET:
            field_dict["CPUSet"] = cpu_set
        if pids_limit is not UNSET:
            field_dict["PidsLimit"] = pids_limit
        if oom_kill_disable is not UNSET:
            field_dict["OomKillDisable"] = oom_kill_disable
        if ipv4_forwarding is not UNSET:
            field_dict["IPv4Forwarding"] = ipv4_forwarding
        if debug is not UNSET:
            field_dict["Debug"] = debug
        if n_fd is not UNSET:
            field_dict["NFd"] = n_fd
        if n_goroutines is not UNSET:
            field_dict["NGoroutines"] = n_goroutines
        if system_time is not UNSET:
            field_dict["SystemTime"] = system_time
        if logging_driver is not UNSET:
            field_dict["LoggingDriver"] = logging_driver
        if cgroup_driver is not UNSET:
            field_dict["CgroupDriver"] = cgroup_driver
        if cgroup_version is not UNSET:
            field_dict["CgroupVersion"] = cgroup_version
        if n_events_listener is not UNSET:
            field_dict["NEventsListener"] = n_events_listener
        if kernel_version is not UNSET:
            field_dict["KernelVersion"] = kernel_version
        if operating_system is not UNSET:
            field_dict["OperatingSystem"] = operating_system
        if os_version is not UNSET:
            field_dict["OSVersion"] = os_version
        if os_type is not UNSET:
            field_dict["OSType"] = os_type
        if architecture is not UNSET:
            field_dict["Architecture"] = architecture
        if ncpu is not UNSET:
            field_dict["NCPU"] = ncpu
        if mem_total is not UNSET:
            field_dict["MemTotal"] = mem_total
        if index_server_address is not UNSET:
            field_dict["IndexServerAddress"] = index_server_address
        if registry_config is not UNSET:
            field_dict["RegistryConfig"] = registry_config
        if generic_resources is not UNSET:
            field_dict["GenericResources"] = generic_resources
        if http_proxy is not UNSET:
            field_dict["HttpProxy"] = http_proxy
        if https_proxy is not UNSET:
            field_dict["HttpsProxy"] = https_proxy
        if no_proxy is not UNSET:
            field_dict["NoProxy"] = no_proxy
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if experimental_build is not UNSET:
            field_dict["ExperimentalBuild"] = experimental_build
        if server_version is not UNSET:
            field_dict["ServerVersion"] = server_version
        if runtimes is not UNSET:
            field_dict["Runtimes"] = runtimes
        if default_runtime is not UNSET:
            field_dict["DefaultRuntime"] = default_runtime
        if swarm is not UNSET:
            field_dict["Swarm"] = swarm
        if live_restore_enabled is not UNSET:
            field_dict["LiveRestoreEnabled"] = live_restore_enabled
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if init_binary is not UNSET:
            field_dict["InitBinary"] = init_binary
        if containerd_commit is not UNSET:
            field_dict["ContainerdCommit"] = containerd_commit
        if runc_commit is not UNSET:
            field_dict["RuncCommit"] = runc_commit
        if init_commit is not UNSET:
            field_dict["InitCommit"] = init_commit
        if security_options is not UNSET:
            field_dict["SecurityOptions"] = security_options
        if product_license is not UNSET:
            field_dict["ProductLicense"] = product_license
        if default_address_pools is not UNSET:
            field_dict["DefaultAddressPools"] = default_address_pools
        if firewall_backend is not UNSET:
            field_dict["FirewallBackend"] = firewall_backend
        if discovered_devices is not UNSET:
            field_dict["DiscoveredDevices"] = discovered_devices
        if nri is not UNSET:
            field_dict["NRI"] = nri
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings
        if cdi_spec_dirs is not UNSET:
            field_dict["CDISpecDirs"] = cdi_spec_dirs
        if containerd is not UNSET:
            field_dict["Containerd"] = containerd
        if kernel_memory_tcp is not UNSET:
            field_dict["KernelMemoryTCP"] = kernel_memory_tcp
        if bridge_nf_iptables is not UNSET:
            field_dict["BridgeNfIptables"] = bridge_nf_iptables
        if bridge_nf_ip6_tables is not UNSET:
            field_dict["BridgeNfIp6tables"] = bridge_nf_ip6_tables
        if kernel_memory is not UNSET:
            field_dict["KernelMemory"] = kernel_memory
        if cluster_store is not UNSET:
            field_dict["ClusterStore"] = cluster_store
        if cluster_advertise is not UNSET:
            field_dict["ClusterAdvertise"] = cluster_advertise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        containers = d.pop("Containers", UNSET)

        containers_running = d.pop("ContainersRunning", UNSET)

        containers_paused = d.pop("ContainersPaused", UNSET)

        containers_stopped = d.pop("ContainersStopped", UNSET)

        images = d.pop("Images", UNSET)

        driver = d.pop("Driver", UNSET)

        _driver_status_data = d.pop("DriverStatus", UNSET)
        driver_status: list[list[str] | None] | Unset | None
        if _driver_status_data is None or _driver_status_data is UNSET:
            driver_status = _driver_status_data
        elif isinstance(_driver_status_data, list):
            driver_status_type_0 = []
            _driver_status_type_0 = _driver_status_data
            for driver_status_type_0_item_data in _driver_status_type_0:
                _driver_status_type_0_item_data = driver_status_type_0_item_data
                driver_status_type_0_item: list[str] | None
                if _driver_status_type_0_item_data is None:
                    driver_status_type_0_item = _driver_status_type_0_item_data
                elif isinstance(_driver_status_type_0_item_data, list):
                    driver_status_type_0_item_type_0 = _driver_status_type_0_item_data

                    driver_status_type_0_item = driver_status_type_0_item_type_0
                else:
                    raise TypeError(
                        f"driver_status_type_0_item: expected list[str] | None, got {type(_driver_status_type_0_item_data).__name__}: {_driver_status_type_0_item_data!r:.200}"
                    )

                driver_status_type_0.append(driver_status_type_0_item)

            driver_status = driver_status_type_0
        else:
            raise TypeError(
                f"driver_status: expected list[list[str] | None] | None, got {type(_driver_status_data).__name__}: {_driver_status_data!r:.200}"
            )

        docker_root_dir = d.pop("DockerRootDir", UNSET)

        _plugins_data = d.pop("Plugins", UNSET)
        plugins: PluginsInfo | Unset | None
        if _plugins_data is None or _plugins_data is UNSET:
            plugins = _plugins_data
        elif isinstance(_plugins_data, dict):
            plugins_type_0 = PluginsInfo.from_dict(_plugins_data)

            plugins = plugins_type_0
        else:
            raise TypeError(
                f"plugins: expected None | PluginsInfo, got {type(_plugins_data).__name__}: {_plugins_data!r:.200}"
            )

        memory_limit = d.pop("MemoryLimit", UNSET)

        swap_limit = d.pop("SwapLimit", UNSET)

        cpu_cfs_period = d.pop("CpuCfsPeriod", UNSET)

        cpu_cfs_quota = d.pop("CpuCfsQuota", UNSET)

        cpu_shares = d.pop("CPUShares", UNSET)

        cpu_set = d.pop("CPUSet", UNSET)

        pids_limit = d.pop("PidsLimit", UNSET)

        oom_kill_disable = d.pop("OomKillDisable", UNSET)

        ipv4_forwarding = d.pop("IPv4Forwarding", UNSET)

        debug = d.pop("Debug", UNSET)

        n_fd = d.pop("NFd", UNSET)

        n_goroutines = d.pop("NGoroutines", UNSET)

        system_time = d.pop("SystemTime", UNSET)

        logging_driver = d.pop("LoggingDriver", UNSET)

        _cgroup_driver = d.pop("CgroupDriver", UNSET)
        cgroup_driver: SystemInfoCgroupDriver | Unset
        if _cgroup_driver is UNSET:
            cgroup_driver = UNSET
        else:
            cgroup_driver = check_system_info_cgroup_driver(_cgroup_driver)

        _cgroup_version = d.pop("CgroupVersion", UNSET)
        cgroup_version: SystemInfoCgroupVersion | Unset
        if _cgroup_version is UNSET:
            cgroup_version = UNSET
        else:
            cgroup_version = check_system_info_cgroup_version(_cgroup_version)

        n_events_listener = d.pop("NEventsListener", UNSET)

        kernel_version = d.pop("KernelVersion", UNSET)

        operating_system = d.pop("OperatingSystem", UNSET)

        os_version = d.pop("OSVersion", UNSET)

        os_type = d.pop("OSType", UNSET)

        architecture = d.pop("Architecture", UNSET)

        ncpu = d.pop("NCPU", UNSET)

        mem_total = d.pop("MemTotal", UNSET)

        index_server_address = d.pop("IndexServerAddress", UNSET)

        _registry_config_data = d.pop("RegistryConfig", UNSET)
        registry_config: RegistryServiceConfig | Unset | None
        if _registry_config_data is None or _registry_config_data is UNSET:
            registry_config = _registry_config_data
        elif isinstance(_registry_config_data, dict):
            registry_config_type_0 = RegistryServiceConfig.from_dict(_registry_config_data)

            registry_config = registry_config_type_0
        else:
            raise TypeError(
                f"registry_config: expected None | RegistryServiceConfig, got {type(_registry_config_data).__name__}: {_registry_config_data!r:.200}"
            )

        _generic_resources_data = d.pop("GenericResources", UNSET)
        generic_resources: list[GenericResourcesItem] | Unset | None
        if _generic_resources_data is None or _generic_resources_data is UNSET:
            generic_resources = _generic_resources_data
        elif isinstance(_generic_resources_data, list):
            generic_resources_type_0 = []
            _generic_resources_type_0 = _generic_resources_data
            for componentsschemas_generic_resources_item_data in _generic_resources_type_0:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                generic_resources_type_0.append(componentsschemas_generic_resources_item)

            generic_resources = generic_resources_type_0
        else:
            raise TypeError(
                f"generic_resources: expected list[GenericResourcesItem] | None, got {type(_generic_resources_data).__name__}: {_generic_resources_data!r:.200}"
            )

        http_proxy = d.pop("HttpProxy", UNSET)

        https_proxy = d.pop("HttpsProxy", UNSET)

        no_proxy = d.pop("NoProxy", UNSET)

        name = d.pop("Name", UNSET)

        _labels_data = d.pop("Labels", UNSET)
        labels: list[str] | Unset | None
        if _labels_data is None or _labels_data is UNSET:
            labels = _labels_data
        elif isinstance(_labels_data, list):
            labels_type_0 = _labels_data

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected list[str] | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        experimental_build = d.pop("ExperimentalBuild", UNSET)

        server_version = d.pop("ServerVersion", UNSET)

        _runtimes_data = d.pop("Runtimes", UNSET)
        runtimes: SystemInfoRuntimes | Unset | None
        if _runtimes_data is None or _runtimes_data is UNSET:
            runtimes = _runtimes_data
        elif isinstance(_runtimes_data, dict):
            runtimes_type_0 = SystemInfoRuntimes.from_dict(_runtimes_data)

            runtimes = runtimes_type_0
        else:
            raise TypeError(
                f"runtimes: expected None | SystemInfoRuntimes, got {type(_runtimes_data).__name__}: {_runtimes_data!r:.200}"
            )

        default_runtime = d.pop("DefaultRuntime", UNSET)

        _swarm_data = d.pop("Swarm", UNSET)
        swarm: SwarmInfo | Unset | None
        if _swarm_data is None or _swarm_data is UNSET:
            swarm = _swarm_data
        elif isinstance(_swarm_data, dict):
            swarm_type_0 = SwarmInfo.from_dict(_swarm_data)

            swarm = swarm_type_0
        else:
            raise TypeError(
                f"swarm: expected None | SwarmInfo, got {type(_swarm_data).__name__}: {_swarm_data!r:.200}"
            )

        live_restore_enabled = d.pop("LiveRestoreEnabled", UNSET)

        _isolation = d.pop("Isolation", UNSET)
        isolation: SystemInfoIsolation | Unset
        if _isolation is UNSET:
            isolation = UNSET
        else:
            isolation = check_system_info_isolation(_isolation)

        init_binary = d.pop("InitBinary", UNSET)

        _containerd_commit_data = d.pop("ContainerdCommit", UNSET)
        containerd_commit: Commit | Unset | None
        if _containerd_commit_data is None or _containerd_commit_data is UNSET:
            containerd_commit = _containerd_commit_data
        elif isinstance(_containerd_commit_data, dict):
            containerd_commit_type_0 = Commit.from_dict(_containerd_commit_data)

            containerd_commit = containerd_commit_type_0
        else:
            raise TypeError(
                f"containerd_commit: expected Commit | None, got {type(_containerd_commit_data).__name__}: {_containerd_commit_data!r:.200}"
            )

        _runc_commit_data = d.pop("RuncCommit", UNSET)
        runc_commit: Commit | Unset | None
        if _runc_commit_data is None or _runc_commit_data is UNSET:
            runc_commit = _runc_commit_data
        elif isinstance(_runc_commit_data, dict):
            runc_commit_type_0 = Commit.from_dict(_runc_commit_data)

            runc_commit = runc_commit_type_0
        else:
            raise TypeError(
                f"runc_commit: expected Commit | None, got {type(_runc_commit_data).__name__}: {_runc_commit_data!r:.200}"
            )

        _init_commit_data = d.pop("InitCommit", UNSET)
        init_commit: Commit | Unset | None
        if _init_commit_data is None or _init_commit_data is UNSET:
            init_commit = _init_commit_data
        elif isinstance(_init_commit_data, dict):
            init_commit_type_0 = Commit.from_dict(_init_commit_data)

            init_commit = init_commit_type_0
        else:
            raise TypeError(
                f"init_commit: expected Commit | None, got {type(_init_commit_data).__name__}: {_init_commit_data!r:.200}"
            )

        _security_options_data = d.pop("SecurityOptions", UNSET)
        security_options: list[str] | Unset | None
        if _security_options_data is None or _security_options_data is UNSET:
            security_options = _security_options_data
        elif isinstance(_security_options_data, list):
            security_options_type_0 = _security_options_data

            security_options = security_options_type_0
        else:
            raise TypeError(
                f"security_options: expected list[str] | None, got {type(_security_options_data).__name__}: {_security_options_data!r:.200}"
            )

        product_license = d.pop("ProductLicense", UNSET)

        _default_address_pools_data = d.pop("DefaultAddressPools", UNSET)
        default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | Unset | None
        if _default_address_pools_data is None or _default_address_pools_data is UNSET:
            default_address_pools = _default_address_pools_data
        elif isinstance(_default_address_pools_data, list):
            default_address_pools_type_0 = []
            _default_address_pools_type_0 = _default_address_pools_data
            for default_address_pools_type_0_item_data in _default_address_pools_type_0:
                default_address_pools_type_0_item = SystemInfoDefaultAddressPoolsItem.from_dict(
                    default_address_pools_type_0_item_data
                )

                default_address_pools_type_0.append(default_address_pools_type_0_item)

            default_address_pools = default_address_pools_type_0
        else:
            raise TypeError(
                f"default_address_pools: expected list[SystemInfoDefaultAddressPoolsItem] | None, got {type(_default_address_pools_data).__name__}: {_default_address_pools_data!r:.200}"
            )

        _firewall_backend_data = d.pop("FirewallBackend", UNSET)
        firewall_backend: FirewallInfo | Unset | None
        if _firewall_backend_data is None or _firewall_backend_data is UNSET:
            firewall_backend = _firewall_backend_data
        elif isinstance(_firewall_backend_data, dict):
            firewall_backend_type_0 = FirewallInfo.from_dict(_firewall_backend_data)

            firewall_backend = firewall_backend_type_0
        else:
            raise TypeError(
                f"firewall_backend: expected FirewallInfo | None, got {type(_firewall_backend_data).__name__}: {_firewall_backend_data!r:.200}"
            )

        _discovered_devices_data = d.pop("DiscoveredDevices", UNSET)
        discovered_devices: list[DeviceInfo] | Unset | None
        if _discovered_devices_data is None or _discovered_devices_data is UNSET:
            discovered_devices = _discovered_devices_data
        elif isinstance(_discovered_devices_data, list):
            discovered_devices_type_0 = []
            _discovered_devices_type_0 = _discovered_devices_data
            for discovered_devices_type_0_item_data in _discovered_devices_type_0:
                discovered_devices_type_0_item = DeviceInfo.from_dict(
                    discovered_devices_type_0_item_data
                )

                discovered_devices_type_0.append(discovered_devices_type_0_item)

            discovered_devices = discovered_devices_type_0
        else:
            raise TypeError(
                f"discovered_devices: expected list[DeviceInfo] | None, got {type(_discovered_devices_data).__name__}: {_discovered_devices_data!r:.200}"
            )

        _nri_data = d.pop("NRI", UNSET)
        nri: NRIInfo | Unset | None
        if _nri_data is None or _nri_data is UNSET:
            nri = _nri_data
        elif isinstance(_nri_data, dict):
            nri_type_0 = NRIInfo.from_dict(_nri_data)

            nri = nri_type_0
        else:
            raise TypeError(
                f"nri: expected None | NRIInfo, got {type(_nri_data).__name__}: {_nri_data!r:.200}"
            )

        _warnings_data = d.pop("Warnings", UNSET)
        warnings: list[str] | Unset | None
        if _warnings_data is None or _warnings_data is UNSET:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        _cdi_spec_dirs_data = d.pop("CDISpecDirs", UNSET)
        cdi_spec_dirs: list[str] | Unset | None
        if _cdi_spec_dirs_data is None or _cdi_spec_dirs_data is UNSET:
            cdi_spec_dirs = _cdi_spec_dirs_data
        elif isinstance(_cdi_spec_dirs_data, list):
            cdi_spec_dirs_type_0 = _cdi_spec_dirs_data

            cdi_spec_dirs = cdi_spec_dirs_type_0
        else:
            raise TypeError(
                f"cdi_spec_dirs: expected list[str] | None, got {type(_cdi_spec_dirs_data).__name__}: {_cdi_spec_dirs_data!r:.200}"
            )

        _containerd_data = d.pop("Containerd", UNSET)
        containerd: ContainerdInfo | Unset | None
        if _containerd_data is None or _containerd_data is UNSET:
            containerd = _containerd_data
        elif isinstance(_containerd_data, dict):
            containerd_type_0 = ContainerdInfo.from_dict(_containerd_data)

            containerd = containerd_type_0
        else:
            raise TypeError(
                f"containerd: expected ContainerdInfo | None, got {type(_containerd_data).__name__}: {_containerd_data!r:.200}"
            )

        kernel_memory_tcp = d.pop("KernelMemoryTCP", UNSET)

        bridge_nf_iptables = d.pop("BridgeNfIptables", UNSET)

        bridge_nf_ip6_tables = d.pop("BridgeNfIp6tables", UNSET)

        kernel_memory = d.pop("KernelMemory", UNSET)

        cluster_store = d.pop("ClusterStore", UNSET)

        cluster_advertise = d.pop("ClusterAdvertise", UNSET)

        system_info = _new(cls)
        system_info.id = id
        system_info.containers = containers
        system_info.containers_running = containers_running
        system_info.containers_paused = containers_paused
        system_info.containers_stopped = containers_stopped
        system_info.images = images
        system_info.driver = driver
        system_info.driver_status = driver_status
        system_info.docker_root_dir = docker_root_dir
        system_info.plugins = plugins
        system_info.memory_limit = memory_limit
        system_info.swap_limit = swap_limit
        system_info.cpu_cfs_period = cpu_cfs_period
        system_info.cpu_cfs_quota = cpu_cfs_quota
        system_info.cpu_shares = cpu_shares
        system_info.cpu_set = cpu_set
        system_info.pids_limit = pids_limit
        system_info.oom_kill_disable = oom_kill_disable
        system_info.ipv4_forwarding = ipv4_forwarding
        system_info.debug = debug
        system_info.n_fd = n_fd
        system_info.n_goroutines = n_goroutines
        system_info.system_time = system_time
        system_info.logging_driver = logging_driver
        system_info.cgroup_driver = cgroup_driver
        system_info.cgroup_version = cgroup_version
        system_info.n_events_listener = n_events_listener
        system_info.kernel_version = kernel_version
        system_info.operating_system = operating_system
        system_info.os_version = os_version
        system_info.os_type = os_type
        system_info.architecture = architecture
        system_info.ncpu = ncpu
        system_info.mem_total = mem_total
        system_info.index_server_address = index_server_address
        system_info.registry_config = registry_config
        system_info.generic_resources = generic_resources
        system_info.http_proxy = http_proxy
        system_info.https_proxy = https_proxy
        system_info.no_proxy = no_proxy
        system_info.name = name
        system_info.labels = labels
        system_info.experimental_build = experimental_build
        system_info.server_version = server_version
        system_info.runtimes = runtimes
        system_info.default_runtime = default_runtime
        system_info.swarm = swarm
        system_info.live_restore_enabled = live_restore_enabled
        system_info.isolation = isolation
        system_info.init_binary = init_binary
        system_info.containerd_commit = containerd_commit
        system_info.runc_commit = runc_commit
        system_info.init_commit = init_commit
        system_info.security_options = security_options
        system_info.product_license = product_license
        system_info.default_address_pools = default_address_pools
        system_info.firewall_backend = firewall_backend
        system_info.discovered_devices = discovered_devices
        system_info.nri = nri
        system_info.warnings = warnings
        system_info.cdi_spec_dirs = cdi_spec_dirs
        system_info.containerd = containerd
        system_info.kernel_memory_tcp = kernel_memory_tcp
        system_info.bridge_nf_iptables = bridge_nf_iptables
        system_info.bridge_nf_ip6_tables = bridge_nf_ip6_tables
        system_info.kernel_memory = kernel_memory
        system_info.cluster_store = cluster_store
        system_info.cluster_advertise = cluster_advertise
        system_info.additional_properties = d
        return system_info

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


from ..models.commit import Commit
from ..models.containerd_info import ContainerdInfo
from ..models.device_info import DeviceInfo
from ..models.firewall_info import FirewallInfo
from ..models.generic_resources_item import GenericResourcesItem
from ..models.nri_info import NRIInfo
from ..models.plugins_info import PluginsInfo
from ..models.registry_service_config import RegistryServiceConfig
from ..models.swarm_info import SwarmInfo
from ..models.system_info_default_address_pools_item import SystemInfoDefaultAddressPoolsItem
from ..models.system_info_runtimes import SystemInfoRuntimes
