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
from ..models.system_info_cgroup_driver import (
    SystemInfoCgroupDriver,
    check_system_info_cgroup_driver,
)
from ..models.system_info_cgroup_version import (
    SystemInfoCgroupVersion,
    check_system_info_cgroup_version,
)
from ..models.system_info_isolation import SystemInfoIsolation, check_system_info_isolation

T = TypeVar("T", bound="SystemInfo")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SystemInfo(Model):
    __match_args__ = (
        "id",
        "containers",
        "containers_running",
        "containers_paused",
        "containers_stopped",
        "images",
        "driver",
        "driver_status",
        "docker_root_dir",
        "plugins",
        "memory_limit",
        "swap_limit",
        "cpu_cfs_period",
        "cpu_cfs_quota",
        "cpu_shares",
        "cpu_set",
        "pids_limit",
        "oom_kill_disable",
        "ipv4_forwarding",
        "debug",
        "n_fd",
        "n_goroutines",
        "system_time",
        "logging_driver",
        "cgroup_driver",
        "cgroup_version",
        "n_events_listener",
        "kernel_version",
        "operating_system",
        "os_version",
        "os_type",
        "architecture",
        "ncpu",
        "mem_total",
        "index_server_address",
        "registry_config",
        "generic_resources",
        "http_proxy",
        "https_proxy",
        "no_proxy",
        "name",
        "labels",
        "experimental_build",
        "server_version",
        "runtimes",
        "default_runtime",
        "swarm",
        "live_restore_enabled",
        "isolation",
        "init_binary",
        "containerd_commit",
        "runc_commit",
        "init_commit",
        "security_options",
        "product_license",
        "default_address_pools",
        "firewall_backend",
        "discovered_devices",
        "nri",
        "warnings",
        "cdi_spec_dirs",
        "containerd",
        "kernel_memory_tcp",
        "bridge_nf_iptables",
        "bridge_nf_ip6_tables",
        "kernel_memory",
        "cluster_store",
        "cluster_advertise",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    id: str | None
    """ Unique identifier of the daemon.

    <p><br /></p>

    > **Note**: The format of the ID itself is not part of the API, and
    > should not be considered stable.
     """
    containers: int | None
    """ Total number of containers on the host. """
    containers_running: int | None
    """ Number of containers with status `"running"`.
     """
    containers_paused: int | None
    """ Number of containers with status `"paused"`.
     """
    containers_stopped: int | None
    """ Number of containers with status `"stopped"`.
     """
    images: int | None
    """ Total number of images on the host.

    Both _tagged_ and _untagged_ (dangling) images are counted.
     """
    driver: str | None
    """ Name of the storage driver in use. """
    driver_status: list[list[str] | None] | None
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
    docker_root_dir: str | None
    """ Root directory of persistent Docker state.

    Defaults to `/var/lib/docker` on Linux, and `C:\\ProgramData\\docker`
    on Windows.
     """
    plugins: PluginsInfo | None
    memory_limit: bool | None
    """ Indicates if the host has memory limit support enabled. """
    swap_limit: bool | None
    """ Indicates if the host has memory swap limit support enabled. """
    cpu_cfs_period: bool | None
    """ Indicates if CPU CFS(Completely Fair Scheduler) period is supported by
    the host.
     """
    cpu_cfs_quota: bool | None
    """ Indicates if CPU CFS(Completely Fair Scheduler) quota is supported by
    the host.
     """
    cpu_shares: bool | None
    """ Indicates if CPU Shares limiting is supported by the host.
     """
    cpu_set: bool | None
    """ Indicates if CPUsets (cpuset.cpus, cpuset.mems) are supported by the host.

    See [cpuset(7)](https://www.kernel.org/doc/Documentation/cgroup-v1/cpusets.txt)
     """
    pids_limit: bool | None
    """ Indicates if the host kernel has PID limit support enabled. """
    oom_kill_disable: bool | None
    """ Indicates if OOM killer disable is supported on the host. """
    ipv4_forwarding: bool | None
    """ Indicates IPv4 forwarding is enabled. """
    debug: bool | None
    """ Indicates if the daemon is running in debug-mode / with debug-level
    logging enabled.
     """
    n_fd: int | None
    """ The total number of file Descriptors in use by the daemon process.

    This information is only returned if debug-mode is enabled.
     """
    n_goroutines: int | None
    """ The  number of goroutines that currently exist.

    This information is only returned if debug-mode is enabled.
     """
    system_time: str | None
    """ Current system-time in [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    format with nano-seconds.
     """
    logging_driver: str | None
    """ The logging driver to use as a default for new containers.
     """
    cgroup_driver: SystemInfoCgroupDriver | None
    """ The driver to use for managing cgroups.
     """
    cgroup_version: SystemInfoCgroupVersion | None
    """ The version of the cgroup.
     """
    n_events_listener: int | None
    """ Number of event listeners subscribed. """
    kernel_version: str | None
    """ Kernel version of the host.

    On Linux, this information obtained from `uname`. On Windows this
    information is queried from the <kbd>HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Windows
    NT\\\\CurrentVersion\\\\</kbd>
    registry value, for example _"10.0 14393 (14393.1198.amd64fre.rs1_release_sec.170427-1353)"_.
     """
    operating_system: str | None
    """ Name of the host's operating system, for example: "Ubuntu 24.04 LTS"
    or "Windows Server 2016 Datacenter"
     """
    os_version: str | None
    """ Version of the host's operating system

    <p><br /></p>

    > **Note**: The information returned in this field, including its
    > very existence, and the formatting of values, should not be considered
    > stable, and may change without notice.
     """
    os_type: str | None
    """ Generic type of the operating system of the host, as returned by the
    Go runtime (`GOOS`).

    Currently returned values are "linux" and "windows". A full list of
    possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
     """
    architecture: str | None
    """ Hardware architecture of the host, as returned by the operating system.
    This is equivalent to the output of `uname -m` on Linux.

    Unlike `Arch` (from `/version`), this reports the machine's native
    architecture, which can differ from the Go runtime architecture when
    running a binary compiled for a different architecture (for example,
    a 32-bit binary running on 64-bit hardware).
     """
    ncpu: int | None
    """ The number of logical CPUs usable by the daemon.

    The number of available CPUs is checked by querying the operating
    system when the daemon starts. Changes to operating system CPU
    allocation after the daemon is started are not reflected.
     """
    mem_total: int | None
    """ Total amount of physical memory available on the host, in bytes.
     """
    index_server_address: str | None
    """ Address / URL of the index server that is used for image search,
    and as a default for user authentication for Docker Hub and Docker Cloud.
     """
    registry_config: RegistryServiceConfig | None
    generic_resources: list[GenericResourcesItem] | None
    http_proxy: str | None
    """ HTTP-proxy configured for the daemon. This value is obtained from the
    [`HTTP_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    https_proxy: str | None
    """ HTTPS-proxy configured for the daemon. This value is obtained from the
    [`HTTPS_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    no_proxy: str | None
    """ Comma-separated list of domain extensions for which no proxy should be
    used. This value is obtained from the
    [`NO_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html)
    environment variable.

    Containers do not automatically inherit this configuration.
     """
    name: str | None
    """ Hostname of the host. """
    labels: list[str] | None
    """ User-defined labels (key/value metadata) as set on the daemon.

    <p><br /></p>

    > **Note**: When part of a Swarm, nodes can both have _daemon_ labels,
    > set through the daemon configuration, and _node_ labels, set from a
    > manager node in the Swarm. Node labels are not included in this
    > field. Node labels can be retrieved using the `/nodes/(id)` endpoint
    > on a manager node in the Swarm.
     """
    experimental_build: bool | None
    """ Indicates if experimental features are enabled on the daemon.
     """
    server_version: str | None
    """ Version string of the daemon.
     """
    runtimes: SystemInfoRuntimes | None
    """ List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.
     """
    default_runtime: str | None
    """ Name of the default OCI runtime that is used when starting containers.

    The default can be overridden per-container at create time.
     """
    swarm: SwarmInfo | None
    live_restore_enabled: bool | None
    """ Indicates if live restore is enabled.

    If enabled, containers are kept running when the daemon is shutdown
    or upon daemon start if running containers are detected.
     """
    isolation: SystemInfoIsolation | None
    """ Represents the isolation technology to use as a default for containers.
    The supported values are platform-specific.

    If no isolation value is specified on daemon start, on Windows client,
    the default is `hyperv`, and on Windows server, the default is `process`.

    This option is currently not used on other platforms.
     """
    init_binary: str | None
    """ Name and, optional, path of the `docker-init` binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    containerd_commit: Commit | None
    runc_commit: Commit | None
    init_commit: Commit | None
    security_options: list[str] | None
    """ List of security features that are enabled on the daemon, such as
    apparmor, seccomp, SELinux, user-namespaces (userns), rootless and
    no-new-privileges.

    Additional configuration options for each security feature may
    be present, and are included as a comma-separated list of key/value
    pairs.
     """
    product_license: str | None
    """ Reports a summary of the product license on the daemon.

    If a commercial license has been applied to the daemon, information
    such as number of nodes, and expiration are included.
     """
    default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | None
    """ List of custom default address pools for local networks, which can be
    specified in the daemon.json file or dockerd option.

    Example: a Base "10.10.0.0/16" with Size 24 will define the set of 256
    10.10.[0-255].0/24 address pools.
     """
    firewall_backend: FirewallInfo | None
    discovered_devices: list[DeviceInfo] | None
    """ List of devices discovered by device drivers.

    Each device includes information about its source driver, kind, name,
    and additional driver-specific attributes.
     """
    nri: NRIInfo | None
    warnings: list[str] | None
    """ List of warnings / informational messages about missing features, or
    issues related to the daemon configuration.

    These messages can be printed by the client as information to the user.
     """
    cdi_spec_dirs: list[str] | None
    """ List of directories where (Container Device Interface) CDI
    specifications are located.

    These specifications define vendor-specific modifications to an OCI
    runtime specification for a container being created.

    An empty list indicates that CDI device injection is disabled.

    Note that since using CDI device injection requires the daemon to have
    experimental enabled. For non-experimental daemons an empty list will
    always be returned.
     """
    containerd: ContainerdInfo | None
    kernel_memory_tcp: bool | None
    """ Sent and accepted by engines up to API 1.51; removed after it.

    Indicates if the host has kernel memory TCP limit support enabled. This
    field is omitted if not supported.

    Kernel memory TCP limits are not supported when using cgroups v2, which
    does not support the corresponding `memory.kmem.tcp.limit_in_bytes` cgroup.

    **Deprecated**: This field is deprecated as kernel 6.12 has deprecated kernel memory TCP accounting.
     """
    bridge_nf_iptables: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Indicates if `bridge-nf-call-iptables` is available on the host when
    the daemon was started.

    <p><br /></p>

    > **Deprecated**: netfilter module is now loaded on-demand and no longer
    > during daemon startup, making this field obsolete. This field is always
    > `false` and will be removed in a API v1.50.
     """
    bridge_nf_ip6_tables: bool | None
    """ Sent and accepted by engines up to API 1.49; removed after it.

    Indicates if `bridge-nf-call-ip6tables` is available on the host.

    <p><br /></p>

    > **Deprecated**: netfilter module is now loaded on-demand, and no longer
    > during daemon startup, making this field obsolete. This field is always
    > `false` and will be removed in a API v1.50.
     """
    kernel_memory: bool | None
    """ Sent and accepted by engines up to API 1.41; removed after it.

    Indicates if the host has kernel memory limit support enabled.

    <p><br /></p>

    > **Deprecated**: This field is deprecated as the kernel 5.4 deprecated
    > `kmem.limit_in_bytes`.
     """
    cluster_store: str | None
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
    cluster_advertise: str | None
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
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        id: str | None = None,
        containers: int | None = None,
        containers_running: int | None = None,
        containers_paused: int | None = None,
        containers_stopped: int | None = None,
        images: int | None = None,
        driver: str | None = None,
        driver_status: list[list[str] | None] | None = None,
        docker_root_dir: str | None = None,
        plugins: PluginsInfo | None = None,
        memory_limit: bool | None = None,
        swap_limit: bool | None = None,
        cpu_cfs_period: bool | None = None,
        cpu_cfs_quota: bool | None = None,
        cpu_shares: bool | None = None,
        cpu_set: bool | None = None,
        pids_limit: bool | None = None,
        oom_kill_disable: bool | None = None,
        ipv4_forwarding: bool | None = None,
        debug: bool | None = None,
        n_fd: int | None = None,
        n_goroutines: int | None = None,
        system_time: str | None = None,
        logging_driver: str | None = None,
        cgroup_driver: SystemInfoCgroupDriver | None = None,
        cgroup_version: SystemInfoCgroupVersion | None = None,
        n_events_listener: int | None = None,
        kernel_version: str | None = None,
        operating_system: str | None = None,
        os_version: str | None = None,
        os_type: str | None = None,
        architecture: str | None = None,
        ncpu: int | None = None,
        mem_total: int | None = None,
        index_server_address: str | None = None,
        registry_config: RegistryServiceConfig | None = None,
        generic_resources: list[GenericResourcesItem] | None = None,
        http_proxy: str | None = None,
        https_proxy: str | None = None,
        no_proxy: str | None = None,
        name: str | None = None,
        labels: list[str] | None = None,
        experimental_build: bool | None = None,
        server_version: str | None = None,
        runtimes: SystemInfoRuntimes | None = None,
        default_runtime: str | None = None,
        swarm: SwarmInfo | None = None,
        live_restore_enabled: bool | None = None,
        isolation: SystemInfoIsolation | None = None,
        init_binary: str | None = None,
        containerd_commit: Commit | None = None,
        runc_commit: Commit | None = None,
        init_commit: Commit | None = None,
        security_options: list[str] | None = None,
        product_license: str | None = None,
        default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | None = None,
        firewall_backend: FirewallInfo | None = None,
        discovered_devices: list[DeviceInfo] | None = None,
        nri: NRIInfo | None = None,
        warnings: list[str] | None = None,
        cdi_spec_dirs: list[str] | None = None,
        containerd: ContainerdInfo | None = None,
        kernel_memory_tcp: bool | None = None,
        bridge_nf_iptables: bool | None = None,
        bridge_nf_ip6_tables: bool | None = None,
        kernel_memory: bool | None = None,
        cluster_store: str | None = None,
        cluster_advertise: str | None = None,
    ) -> None:
        self.id = id
        self.containers = containers
        self.containers_running = containers_running
        self.containers_paused = containers_paused
        self.containers_stopped = containers_stopped
        self.images = images
        self.driver = driver
        self.driver_status = driver_status
        self.docker_root_dir = docker_root_dir
        self.plugins = plugins
        self.memory_limit = memory_limit
        self.swap_limit = swap_limit
        self.cpu_cfs_period = cpu_cfs_period
        self.cpu_cfs_quota = cpu_cfs_quota
        self.cpu_shares = cpu_shares
        self.cpu_set = cpu_set
        self.pids_limit = pids_limit
        self.oom_kill_disable = oom_kill_disable
        self.ipv4_forwarding = ipv4_forwarding
        self.debug = debug
        self.n_fd = n_fd
        self.n_goroutines = n_goroutines
        self.system_time = system_time
        self.logging_driver = logging_driver
        self.cgroup_driver = cgroup_driver
        self.cgroup_version = cgroup_version
        self.n_events_listener = n_events_listener
        self.kernel_version = kernel_version
        self.operating_system = operating_system
        self.os_version = os_version
        self.os_type = os_type
        self.architecture = architecture
        self.ncpu = ncpu
        self.mem_total = mem_total
        self.index_server_address = index_server_address
        self.registry_config = registry_config
        self.generic_resources = generic_resources
        self.http_proxy = http_proxy
        self.https_proxy = https_proxy
        self.no_proxy = no_proxy
        self.name = name
        self.labels = labels
        self.experimental_build = experimental_build
        self.server_version = server_version
        self.runtimes = runtimes
        self.default_runtime = default_runtime
        self.swarm = swarm
        self.live_restore_enabled = live_restore_enabled
        self.isolation = isolation
        self.init_binary = init_binary
        self.containerd_commit = containerd_commit
        self.runc_commit = runc_commit
        self.init_commit = init_commit
        self.security_options = security_options
        self.product_license = product_license
        self.default_address_pools = default_address_pools
        self.firewall_backend = firewall_backend
        self.discovered_devices = discovered_devices
        self.nri = nri
        self.warnings = warnings
        self.cdi_spec_dirs = cdi_spec_dirs
        self.containerd = containerd
        self.kernel_memory_tcp = kernel_memory_tcp
        self.bridge_nf_iptables = bridge_nf_iptables
        self.bridge_nf_ip6_tables = bridge_nf_ip6_tables
        self.kernel_memory = kernel_memory
        self.cluster_store = cluster_store
        self.cluster_advertise = cluster_advertise
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["ID"] = self.id
        elif "ID" in self._sent:
            field_dict["ID"] = None

        if self.containers is not None:
            field_dict["Containers"] = self.containers
        elif "Containers" in self._sent:
            field_dict["Containers"] = None

        if self.containers_running is not None:
            field_dict["ContainersRunning"] = self.containers_running
        elif "ContainersRunning" in self._sent:
            field_dict["ContainersRunning"] = None

        if self.containers_paused is not None:
            field_dict["ContainersPaused"] = self.containers_paused
        elif "ContainersPaused" in self._sent:
            field_dict["ContainersPaused"] = None

        if self.containers_stopped is not None:
            field_dict["ContainersStopped"] = self.containers_stopped
        elif "ContainersStopped" in self._sent:
            field_dict["ContainersStopped"] = None

        if self.images is not None:
            field_dict["Images"] = self.images
        elif "Images" in self._sent:
            field_dict["Images"] = None

        if self.driver is not None:
            field_dict["Driver"] = self.driver
        elif "Driver" in self._sent:
            field_dict["Driver"] = None

        driver_status = self.driver_status
        if driver_status is not None:
            driver_status_json: list[list[str] | None] | None
            if isinstance(driver_status, list):
                driver_status_json = []
                for driver_status_type_0_item_data in driver_status:
                    driver_status_type_0_item: list[str] | None
                    if isinstance(driver_status_type_0_item_data, list):
                        driver_status_type_0_item = driver_status_type_0_item_data

                    else:
                        driver_status_type_0_item = driver_status_type_0_item_data
                    driver_status_json.append(driver_status_type_0_item)

            else:
                driver_status_json = driver_status
            field_dict["DriverStatus"] = driver_status_json
        elif "DriverStatus" in self._sent:
            field_dict["DriverStatus"] = None

        if self.docker_root_dir is not None:
            field_dict["DockerRootDir"] = self.docker_root_dir
        elif "DockerRootDir" in self._sent:
            field_dict["DockerRootDir"] = None

        plugins = self.plugins
        if plugins is not None:
            plugins_json: dict[str, Any] | None
            if isinstance(plugins, PluginsInfo):
                plugins_json = plugins.to_dict()
            else:
                plugins_json = plugins
            field_dict["Plugins"] = plugins_json
        elif "Plugins" in self._sent:
            field_dict["Plugins"] = None

        if self.memory_limit is not None:
            field_dict["MemoryLimit"] = self.memory_limit
        elif "MemoryLimit" in self._sent:
            field_dict["MemoryLimit"] = None

        if self.swap_limit is not None:
            field_dict["SwapLimit"] = self.swap_limit
        elif "SwapLimit" in self._sent:
            field_dict["SwapLimit"] = None

        if self.cpu_cfs_period is not None:
            field_dict["CpuCfsPeriod"] = self.cpu_cfs_period
        elif "CpuCfsPeriod" in self._sent:
            field_dict["CpuCfsPeriod"] = None

        if self.cpu_cfs_quota is not None:
            field_dict["CpuCfsQuota"] = self.cpu_cfs_quota
        elif "CpuCfsQuota" in self._sent:
            field_dict["CpuCfsQuota"] = None

        if self.cpu_shares is not None:
            field_dict["CPUShares"] = self.cpu_shares
        elif "CPUShares" in self._sent:
            field_dict["CPUShares"] = None

        if self.cpu_set is not None:
            field_dict["CPUSet"] = self.cpu_set
        elif "CPUSet" in self._sent:
            field_dict["CPUSet"] = None

        if self.pids_limit is not None:
            field_dict["PidsLimit"] = self.pids_limit
        elif "PidsLimit" in self._sent:
            field_dict["PidsLimit"] = None

        if self.oom_kill_disable is not None:
            field_dict["OomKillDisable"] = self.oom_kill_disable
        elif "OomKillDisable" in self._sent:
            field_dict["OomKillDisable"] = None

        if self.ipv4_forwarding is not None:
            field_dict["IPv4Forwarding"] = self.ipv4_forwarding
        elif "IPv4Forwarding" in self._sent:
            field_dict["IPv4Forwarding"] = None

        if self.debug is not None:
            field_dict["Debug"] = self.debug
        elif "Debug" in self._sent:
            field_dict["Debug"] = None

        if self.n_fd is not None:
            field_dict["NFd"] = self.n_fd
        elif "NFd" in self._sent:
            field_dict["NFd"] = None

        if self.n_goroutines is not None:
            field_dict["NGoroutines"] = self.n_goroutines
        elif "NGoroutines" in self._sent:
            field_dict["NGoroutines"] = None

        if self.system_time is not None:
            field_dict["SystemTime"] = self.system_time
        elif "SystemTime" in self._sent:
            field_dict["SystemTime"] = None

        if self.logging_driver is not None:
            field_dict["LoggingDriver"] = self.logging_driver
        elif "LoggingDriver" in self._sent:
            field_dict["LoggingDriver"] = None

        cgroup_driver = self.cgroup_driver
        if cgroup_driver is not None:
            cgroup_driver_json: str = cgroup_driver
            field_dict["CgroupDriver"] = cgroup_driver_json
        elif "CgroupDriver" in self._sent:
            field_dict["CgroupDriver"] = None

        cgroup_version = self.cgroup_version
        if cgroup_version is not None:
            cgroup_version_json: str = cgroup_version
            field_dict["CgroupVersion"] = cgroup_version_json
        elif "CgroupVersion" in self._sent:
            field_dict["CgroupVersion"] = None

        if self.n_events_listener is not None:
            field_dict["NEventsListener"] = self.n_events_listener
        elif "NEventsListener" in self._sent:
            field_dict["NEventsListener"] = None

        if self.kernel_version is not None:
            field_dict["KernelVersion"] = self.kernel_version
        elif "KernelVersion" in self._sent:
            field_dict["KernelVersion"] = None

        if self.operating_system is not None:
            field_dict["OperatingSystem"] = self.operating_system
        elif "OperatingSystem" in self._sent:
            field_dict["OperatingSystem"] = None

        if self.os_version is not None:
            field_dict["OSVersion"] = self.os_version
        elif "OSVersion" in self._sent:
            field_dict["OSVersion"] = None

        if self.os_type is not None:
            field_dict["OSType"] = self.os_type
        elif "OSType" in self._sent:
            field_dict["OSType"] = None

        if self.architecture is not None:
            field_dict["Architecture"] = self.architecture
        elif "Architecture" in self._sent:
            field_dict["Architecture"] = None

        if self.ncpu is not None:
            field_dict["NCPU"] = self.ncpu
        elif "NCPU" in self._sent:
            field_dict["NCPU"] = None

        if self.mem_total is not None:
            field_dict["MemTotal"] = self.mem_total
        elif "MemTotal" in self._sent:
            field_dict["MemTotal"] = None

        if self.index_server_address is not None:
            field_dict["IndexServerAddress"] = self.index_server_address
        elif "IndexServerAddress" in self._sent:
            field_dict["IndexServerAddress"] = None

        registry_config = self.registry_config
        if registry_config is not None:
            registry_config_json: dict[str, Any] | None
            if isinstance(registry_config, RegistryServiceConfig):
                registry_config_json = registry_config.to_dict()
            else:
                registry_config_json = registry_config
            field_dict["RegistryConfig"] = registry_config_json
        elif "RegistryConfig" in self._sent:
            field_dict["RegistryConfig"] = None

        generic_resources = self.generic_resources
        if generic_resources is not None:
            generic_resources_json: list[dict[str, Any]] | None
            if isinstance(generic_resources, list):
                generic_resources_json = []
                for componentsschemas_generic_resources_item_data in generic_resources:
                    componentsschemas_generic_resources_item = (
                        componentsschemas_generic_resources_item_data.to_dict()
                    )
                    generic_resources_json.append(componentsschemas_generic_resources_item)

            else:
                generic_resources_json = generic_resources
            field_dict["GenericResources"] = generic_resources_json
        elif "GenericResources" in self._sent:
            field_dict["GenericResources"] = None

        if self.http_proxy is not None:
            field_dict["HttpProxy"] = self.http_proxy
        elif "HttpProxy" in self._sent:
            field_dict["HttpProxy"] = None

        if self.https_proxy is not None:
            field_dict["HttpsProxy"] = self.https_proxy
        elif "HttpsProxy" in self._sent:
            field_dict["HttpsProxy"] = None

        if self.no_proxy is not None:
            field_dict["NoProxy"] = self.no_proxy
        elif "NoProxy" in self._sent:
            field_dict["NoProxy"] = None

        if self.name is not None:
            field_dict["Name"] = self.name
        elif "Name" in self._sent:
            field_dict["Name"] = None

        labels = self.labels
        if labels is not None:
            labels_json: list[str] | None
            if isinstance(labels, list):
                labels_json = labels

            else:
                labels_json = labels
            field_dict["Labels"] = labels_json
        elif "Labels" in self._sent:
            field_dict["Labels"] = None

        if self.experimental_build is not None:
            field_dict["ExperimentalBuild"] = self.experimental_build
        elif "ExperimentalBuild" in self._sent:
            field_dict["ExperimentalBuild"] = None

        if self.server_version is not None:
            field_dict["ServerVersion"] = self.server_version
        elif "ServerVersion" in self._sent:
            field_dict["ServerVersion"] = None

        runtimes = self.runtimes
        if runtimes is not None:
            runtimes_json: dict[str, Any] | None
            if isinstance(runtimes, SystemInfoRuntimes):
                runtimes_json = runtimes.to_dict()
            else:
                runtimes_json = runtimes
            field_dict["Runtimes"] = runtimes_json
        elif "Runtimes" in self._sent:
            field_dict["Runtimes"] = None

        if self.default_runtime is not None:
            field_dict["DefaultRuntime"] = self.default_runtime
        elif "DefaultRuntime" in self._sent:
            field_dict["DefaultRuntime"] = None

        swarm = self.swarm
        if swarm is not None:
            swarm_json: dict[str, Any] | None
            if isinstance(swarm, SwarmInfo):
                swarm_json = swarm.to_dict()
            else:
                swarm_json = swarm
            field_dict["Swarm"] = swarm_json
        elif "Swarm" in self._sent:
            field_dict["Swarm"] = None

        if self.live_restore_enabled is not None:
            field_dict["LiveRestoreEnabled"] = self.live_restore_enabled
        elif "LiveRestoreEnabled" in self._sent:
            field_dict["LiveRestoreEnabled"] = None

        isolation = self.isolation
        if isolation is not None:
            isolation_json: str = isolation
            field_dict["Isolation"] = isolation_json
        elif "Isolation" in self._sent:
            field_dict["Isolation"] = None

        if self.init_binary is not None:
            field_dict["InitBinary"] = self.init_binary
        elif "InitBinary" in self._sent:
            field_dict["InitBinary"] = None

        containerd_commit = self.containerd_commit
        if containerd_commit is not None:
            containerd_commit_json: dict[str, Any] | None
            if isinstance(containerd_commit, Commit):
                containerd_commit_json = containerd_commit.to_dict()
            else:
                containerd_commit_json = containerd_commit
            field_dict["ContainerdCommit"] = containerd_commit_json
        elif "ContainerdCommit" in self._sent:
            field_dict["ContainerdCommit"] = None

        runc_commit = self.runc_commit
        if runc_commit is not None:
            runc_commit_json: dict[str, Any] | None
            if isinstance(runc_commit, Commit):
                runc_commit_json = runc_commit.to_dict()
            else:
                runc_commit_json = runc_commit
            field_dict["RuncCommit"] = runc_commit_json
        elif "RuncCommit" in self._sent:
            field_dict["RuncCommit"] = None

        init_commit = self.init_commit
        if init_commit is not None:
            init_commit_json: dict[str, Any] | None
            if isinstance(init_commit, Commit):
                init_commit_json = init_commit.to_dict()
            else:
                init_commit_json = init_commit
            field_dict["InitCommit"] = init_commit_json
        elif "InitCommit" in self._sent:
            field_dict["InitCommit"] = None

        security_options = self.security_options
        if security_options is not None:
            security_options_json: list[str] | None
            if isinstance(security_options, list):
                security_options_json = security_options

            else:
                security_options_json = security_options
            field_dict["SecurityOptions"] = security_options_json
        elif "SecurityOptions" in self._sent:
            field_dict["SecurityOptions"] = None

        if self.product_license is not None:
            field_dict["ProductLicense"] = self.product_license
        elif "ProductLicense" in self._sent:
            field_dict["ProductLicense"] = None

        default_address_pools = self.default_address_pools
        if default_address_pools is not None:
            default_address_pools_json: list[dict[str, Any]] | None
            if isinstance(default_address_pools, list):
                default_address_pools_json = []
                for default_address_pools_type_0_item_data in default_address_pools:
                    default_address_pools_type_0_item = (
                        default_address_pools_type_0_item_data.to_dict()
                    )
                    default_address_pools_json.append(default_address_pools_type_0_item)

            else:
                default_address_pools_json = default_address_pools
            field_dict["DefaultAddressPools"] = default_address_pools_json
        elif "DefaultAddressPools" in self._sent:
            field_dict["DefaultAddressPools"] = None

        firewall_backend = self.firewall_backend
        if firewall_backend is not None:
            firewall_backend_json: dict[str, Any] | None
            if isinstance(firewall_backend, FirewallInfo):
                firewall_backend_json = firewall_backend.to_dict()
            else:
                firewall_backend_json = firewall_backend
            field_dict["FirewallBackend"] = firewall_backend_json
        elif "FirewallBackend" in self._sent:
            field_dict["FirewallBackend"] = None

        discovered_devices = self.discovered_devices
        if discovered_devices is not None:
            discovered_devices_json: list[dict[str, Any]] | None
            if isinstance(discovered_devices, list):
                discovered_devices_json = []
                for discovered_devices_type_0_item_data in discovered_devices:
                    discovered_devices_type_0_item = discovered_devices_type_0_item_data.to_dict()
                    discovered_devices_json.append(discovered_devices_type_0_item)

            else:
                discovered_devices_json = discovered_devices
            field_dict["DiscoveredDevices"] = discovered_devices_json
        elif "DiscoveredDevices" in self._sent:
            field_dict["DiscoveredDevices"] = None

        nri = self.nri
        if nri is not None:
            nri_json: dict[str, Any] | None
            if isinstance(nri, NRIInfo):
                nri_json = nri.to_dict()
            else:
                nri_json = nri
            field_dict["NRI"] = nri_json
        elif "NRI" in self._sent:
            field_dict["NRI"] = None

        warnings = self.warnings
        if warnings is not None:
            warnings_json: list[str] | None
            if isinstance(warnings, list):
                warnings_json = warnings

            else:
                warnings_json = warnings
            field_dict["Warnings"] = warnings_json
        elif "Warnings" in self._sent:
            field_dict["Warnings"] = None

        cdi_spec_dirs = self.cdi_spec_dirs
        if cdi_spec_dirs is not None:
            cdi_spec_dirs_json: list[str] | None
            if isinstance(cdi_spec_dirs, list):
                cdi_spec_dirs_json = cdi_spec_dirs

            else:
                cdi_spec_dirs_json = cdi_spec_dirs
            field_dict["CDISpecDirs"] = cdi_spec_dirs_json
        elif "CDISpecDirs" in self._sent:
            field_dict["CDISpecDirs"] = None

        containerd = self.containerd
        if containerd is not None:
            containerd_json: dict[str, Any] | None
            if isinstance(containerd, ContainerdInfo):
                containerd_json = containerd.to_dict()
            else:
                containerd_json = containerd
            field_dict["Containerd"] = containerd_json
        elif "Containerd" in self._sent:
            field_dict["Containerd"] = None

        if self.kernel_memory_tcp is not None:
            field_dict["KernelMemoryTCP"] = self.kernel_memory_tcp
        elif "KernelMemoryTCP" in self._sent:
            field_dict["KernelMemoryTCP"] = None

        if self.bridge_nf_iptables is not None:
            field_dict["BridgeNfIptables"] = self.bridge_nf_iptables
        elif "BridgeNfIptables" in self._sent:
            field_dict["BridgeNfIptables"] = None

        if self.bridge_nf_ip6_tables is not None:
            field_dict["BridgeNfIp6tables"] = self.bridge_nf_ip6_tables
        elif "BridgeNfIp6tables" in self._sent:
            field_dict["BridgeNfIp6tables"] = None

        if self.kernel_memory is not None:
            field_dict["KernelMemory"] = self.kernel_memory
        elif "KernelMemory" in self._sent:
            field_dict["KernelMemory"] = None

        if self.cluster_store is not None:
            field_dict["ClusterStore"] = self.cluster_store
        elif "ClusterStore" in self._sent:
            field_dict["ClusterStore"] = None

        if self.cluster_advertise is not None:
            field_dict["ClusterAdvertise"] = self.cluster_advertise
        elif "ClusterAdvertise" in self._sent:
            field_dict["ClusterAdvertise"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        id = d.pop("ID", None)

        containers = d.pop("Containers", None)

        containers_running = d.pop("ContainersRunning", None)

        containers_paused = d.pop("ContainersPaused", None)

        containers_stopped = d.pop("ContainersStopped", None)

        images = d.pop("Images", None)

        driver = d.pop("Driver", None)

        _driver_status_data = d.pop("DriverStatus", None)
        driver_status: list[list[str] | None] | None
        if _driver_status_data is None:
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

        docker_root_dir = d.pop("DockerRootDir", None)

        d.pop("Plugins", None)

        memory_limit = d.pop("MemoryLimit", None)

        swap_limit = d.pop("SwapLimit", None)

        cpu_cfs_period = d.pop("CpuCfsPeriod", None)

        cpu_cfs_quota = d.pop("CpuCfsQuota", None)

        cpu_shares = d.pop("CPUShares", None)

        cpu_set = d.pop("CPUSet", None)

        pids_limit = d.pop("PidsLimit", None)

        oom_kill_disable = d.pop("OomKillDisable", None)

        ipv4_forwarding = d.pop("IPv4Forwarding", None)

        debug = d.pop("Debug", None)

        n_fd = d.pop("NFd", None)

        n_goroutines = d.pop("NGoroutines", None)

        system_time = d.pop("SystemTime", None)

        logging_driver = d.pop("LoggingDriver", None)

        _cgroup_driver_src = d.pop("CgroupDriver", None)
        cgroup_driver: SystemInfoCgroupDriver | None
        if _cgroup_driver_src is None:
            cgroup_driver = None
        else:
            cgroup_driver_value = check_system_info_cgroup_driver(_cgroup_driver_src)

            cgroup_driver = cgroup_driver_value

        _cgroup_version_src = d.pop("CgroupVersion", None)
        cgroup_version: SystemInfoCgroupVersion | None
        if _cgroup_version_src is None:
            cgroup_version = None
        else:
            cgroup_version_value = check_system_info_cgroup_version(_cgroup_version_src)

            cgroup_version = cgroup_version_value

        n_events_listener = d.pop("NEventsListener", None)

        kernel_version = d.pop("KernelVersion", None)

        operating_system = d.pop("OperatingSystem", None)

        os_version = d.pop("OSVersion", None)

        os_type = d.pop("OSType", None)

        architecture = d.pop("Architecture", None)

        ncpu = d.pop("NCPU", None)

        mem_total = d.pop("MemTotal", None)

        index_server_address = d.pop("IndexServerAddress", None)

        d.pop("RegistryConfig", None)

        d.pop("GenericResources", None)

        http_proxy = d.pop("HttpProxy", None)

        https_proxy = d.pop("HttpsProxy", None)

        no_proxy = d.pop("NoProxy", None)

        name = d.pop("Name", None)

        _labels_data = d.pop("Labels", None)
        labels: list[str] | None
        if _labels_data is None:
            labels = _labels_data
        elif isinstance(_labels_data, list):
            labels_type_0 = _labels_data

            labels = labels_type_0
        else:
            raise TypeError(
                f"labels: expected list[str] | None, got {type(_labels_data).__name__}: {_labels_data!r:.200}"
            )

        experimental_build = d.pop("ExperimentalBuild", None)

        server_version = d.pop("ServerVersion", None)

        d.pop("Runtimes", None)

        default_runtime = d.pop("DefaultRuntime", None)

        d.pop("Swarm", None)

        live_restore_enabled = d.pop("LiveRestoreEnabled", None)

        _isolation_src = d.pop("Isolation", None)
        isolation: SystemInfoIsolation | None
        if _isolation_src is None:
            isolation = None
        else:
            isolation_value = check_system_info_isolation(_isolation_src)

            isolation = isolation_value

        init_binary = d.pop("InitBinary", None)

        d.pop("ContainerdCommit", None)

        d.pop("RuncCommit", None)

        d.pop("InitCommit", None)

        _security_options_data = d.pop("SecurityOptions", None)
        security_options: list[str] | None
        if _security_options_data is None:
            security_options = _security_options_data
        elif isinstance(_security_options_data, list):
            security_options_type_0 = _security_options_data

            security_options = security_options_type_0
        else:
            raise TypeError(
                f"security_options: expected list[str] | None, got {type(_security_options_data).__name__}: {_security_options_data!r:.200}"
            )

        product_license = d.pop("ProductLicense", None)

        d.pop("DefaultAddressPools", None)

        d.pop("FirewallBackend", None)

        d.pop("DiscoveredDevices", None)

        d.pop("NRI", None)

        _warnings_data = d.pop("Warnings", None)
        warnings: list[str] | None
        if _warnings_data is None:
            warnings = _warnings_data
        elif isinstance(_warnings_data, list):
            warnings_type_0 = _warnings_data

            warnings = warnings_type_0
        else:
            raise TypeError(
                f"warnings: expected list[str] | None, got {type(_warnings_data).__name__}: {_warnings_data!r:.200}"
            )

        _cdi_spec_dirs_data = d.pop("CDISpecDirs", None)
        cdi_spec_dirs: list[str] | None
        if _cdi_spec_dirs_data is None:
            cdi_spec_dirs = _cdi_spec_dirs_data
        elif isinstance(_cdi_spec_dirs_data, list):
            cdi_spec_dirs_type_0 = _cdi_spec_dirs_data

            cdi_spec_dirs = cdi_spec_dirs_type_0
        else:
            raise TypeError(
                f"cdi_spec_dirs: expected list[str] | None, got {type(_cdi_spec_dirs_data).__name__}: {_cdi_spec_dirs_data!r:.200}"
            )

        d.pop("Containerd", None)

        kernel_memory_tcp = d.pop("KernelMemoryTCP", None)

        bridge_nf_iptables = d.pop("BridgeNfIptables", None)

        bridge_nf_ip6_tables = d.pop("BridgeNfIp6tables", None)

        kernel_memory = d.pop("KernelMemory", None)

        cluster_store = d.pop("ClusterStore", None)

        cluster_advertise = d.pop("ClusterAdvertise", None)

        system_info = _new(cls)
        system_info._sent = src_dict
        system_info.id = id
        system_info.containers = containers
        system_info.containers_running = containers_running
        system_info.containers_paused = containers_paused
        system_info.containers_stopped = containers_stopped
        system_info.images = images
        system_info.driver = driver
        system_info.driver_status = driver_status
        system_info.docker_root_dir = docker_root_dir
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
        system_info.http_proxy = http_proxy
        system_info.https_proxy = https_proxy
        system_info.no_proxy = no_proxy
        system_info.name = name
        system_info.labels = labels
        system_info.experimental_build = experimental_build
        system_info.server_version = server_version
        system_info.default_runtime = default_runtime
        system_info.live_restore_enabled = live_restore_enabled
        system_info.isolation = isolation
        system_info.init_binary = init_binary
        system_info.security_options = security_options
        system_info.product_license = product_license
        system_info.warnings = warnings
        system_info.cdi_spec_dirs = cdi_spec_dirs
        system_info.kernel_memory_tcp = kernel_memory_tcp
        system_info.bridge_nf_iptables = bridge_nf_iptables
        system_info.bridge_nf_ip6_tables = bridge_nf_ip6_tables
        system_info.kernel_memory = kernel_memory
        system_info.cluster_store = cluster_store
        system_info.cluster_advertise = cluster_advertise
        system_info.additional_properties = d
        return system_info

    _deferred: ClassVar[frozenset[str]] = frozenset(
        {
            "plugins",
            "registry_config",
            "generic_resources",
            "runtimes",
            "swarm",
            "containerd_commit",
            "runc_commit",
            "init_commit",
            "default_address_pools",
            "firewall_backend",
            "discovered_devices",
            "nri",
            "containerd",
        }
    )

    def _parse_deferred(self, deferred_name: str) -> Any:
        src: Any = self._sent
        if deferred_name == "plugins":
            _plugins_data = src.get("Plugins")
            plugins: PluginsInfo | None
            if _plugins_data is None:
                plugins = _plugins_data
            elif isinstance(_plugins_data, dict):
                plugins_type_0 = PluginsInfo.from_dict(_plugins_data)

                plugins = plugins_type_0
            else:
                raise TypeError(
                    f"plugins: expected None | PluginsInfo, got {type(_plugins_data).__name__}: {_plugins_data!r:.200}"
                )

            return plugins
        if deferred_name == "registry_config":
            _registry_config_data = src.get("RegistryConfig")
            registry_config: RegistryServiceConfig | None
            if _registry_config_data is None:
                registry_config = _registry_config_data
            elif isinstance(_registry_config_data, dict):
                registry_config_type_0 = RegistryServiceConfig.from_dict(_registry_config_data)

                registry_config = registry_config_type_0
            else:
                raise TypeError(
                    f"registry_config: expected None | RegistryServiceConfig, got {type(_registry_config_data).__name__}: {_registry_config_data!r:.200}"
                )

            return registry_config
        if deferred_name == "generic_resources":
            _generic_resources_data = src.get("GenericResources")
            generic_resources: list[GenericResourcesItem] | None
            if _generic_resources_data is None:
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

            return generic_resources
        if deferred_name == "runtimes":
            _runtimes_data = src.get("Runtimes")
            runtimes: SystemInfoRuntimes | None
            if _runtimes_data is None:
                runtimes = _runtimes_data
            elif isinstance(_runtimes_data, dict):
                runtimes_type_0 = SystemInfoRuntimes.from_dict(_runtimes_data)

                runtimes = runtimes_type_0
            else:
                raise TypeError(
                    f"runtimes: expected None | SystemInfoRuntimes, got {type(_runtimes_data).__name__}: {_runtimes_data!r:.200}"
                )

            return runtimes
        if deferred_name == "swarm":
            _swarm_data = src.get("Swarm")
            swarm: SwarmInfo | None
            if _swarm_data is None:
                swarm = _swarm_data
            elif isinstance(_swarm_data, dict):
                swarm_type_0 = SwarmInfo.from_dict(_swarm_data)

                swarm = swarm_type_0
            else:
                raise TypeError(
                    f"swarm: expected None | SwarmInfo, got {type(_swarm_data).__name__}: {_swarm_data!r:.200}"
                )

            return swarm
        if deferred_name == "containerd_commit":
            _containerd_commit_data = src.get("ContainerdCommit")
            containerd_commit: Commit | None
            if _containerd_commit_data is None:
                containerd_commit = _containerd_commit_data
            elif isinstance(_containerd_commit_data, dict):
                containerd_commit_type_0 = Commit.from_dict(_containerd_commit_data)

                containerd_commit = containerd_commit_type_0
            else:
                raise TypeError(
                    f"containerd_commit: expected Commit | None, got {type(_containerd_commit_data).__name__}: {_containerd_commit_data!r:.200}"
                )

            return containerd_commit
        if deferred_name == "runc_commit":
            _runc_commit_data = src.get("RuncCommit")
            runc_commit: Commit | None
            if _runc_commit_data is None:
                runc_commit = _runc_commit_data
            elif isinstance(_runc_commit_data, dict):
                runc_commit_type_0 = Commit.from_dict(_runc_commit_data)

                runc_commit = runc_commit_type_0
            else:
                raise TypeError(
                    f"runc_commit: expected Commit | None, got {type(_runc_commit_data).__name__}: {_runc_commit_data!r:.200}"
                )

            return runc_commit
        if deferred_name == "init_commit":
            _init_commit_data = src.get("InitCommit")
            init_commit: Commit | None
            if _init_commit_data is None:
                init_commit = _init_commit_data
            elif isinstance(_init_commit_data, dict):
                init_commit_type_0 = Commit.from_dict(_init_commit_data)

                init_commit = init_commit_type_0
            else:
                raise TypeError(
                    f"init_commit: expected Commit | None, got {type(_init_commit_data).__name__}: {_init_commit_data!r:.200}"
                )

            return init_commit
        if deferred_name == "default_address_pools":
            _default_address_pools_data = src.get("DefaultAddressPools")
            default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | None
            if _default_address_pools_data is None:
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

            return default_address_pools
        if deferred_name == "firewall_backend":
            _firewall_backend_data = src.get("FirewallBackend")
            firewall_backend: FirewallInfo | None
            if _firewall_backend_data is None:
                firewall_backend = _firewall_backend_data
            elif isinstance(_firewall_backend_data, dict):
                firewall_backend_type_0 = FirewallInfo.from_dict(_firewall_backend_data)

                firewall_backend = firewall_backend_type_0
            else:
                raise TypeError(
                    f"firewall_backend: expected FirewallInfo | None, got {type(_firewall_backend_data).__name__}: {_firewall_backend_data!r:.200}"
                )

            return firewall_backend
        if deferred_name == "discovered_devices":
            _discovered_devices_data = src.get("DiscoveredDevices")
            discovered_devices: list[DeviceInfo] | None
            if _discovered_devices_data is None:
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

            return discovered_devices
        if deferred_name == "nri":
            _nri_data = src.get("NRI")
            nri: NRIInfo | None
            if _nri_data is None:
                nri = _nri_data
            elif isinstance(_nri_data, dict):
                nri_type_0 = NRIInfo.from_dict(_nri_data)

                nri = nri_type_0
            else:
                raise TypeError(
                    f"nri: expected None | NRIInfo, got {type(_nri_data).__name__}: {_nri_data!r:.200}"
                )

            return nri
        if deferred_name == "containerd":
            _containerd_data = src.get("Containerd")
            containerd: ContainerdInfo | None
            if _containerd_data is None:
                containerd = _containerd_data
            elif isinstance(_containerd_data, dict):
                containerd_type_0 = ContainerdInfo.from_dict(_containerd_data)

                containerd = containerd_type_0
            else:
                raise TypeError(
                    f"containerd: expected ContainerdInfo | None, got {type(_containerd_data).__name__}: {_containerd_data!r:.200}"
                )

            return containerd
        return super()._parse_deferred(deferred_name)

    _keys: ClassVar[dict[str, str]] = {
        "ID": "id",
        "Containers": "containers",
        "ContainersRunning": "containers_running",
        "ContainersPaused": "containers_paused",
        "ContainersStopped": "containers_stopped",
        "Images": "images",
        "Driver": "driver",
        "DriverStatus": "driver_status",
        "DockerRootDir": "docker_root_dir",
        "Plugins": "plugins",
        "MemoryLimit": "memory_limit",
        "SwapLimit": "swap_limit",
        "CpuCfsPeriod": "cpu_cfs_period",
        "CpuCfsQuota": "cpu_cfs_quota",
        "CPUShares": "cpu_shares",
        "CPUSet": "cpu_set",
        "PidsLimit": "pids_limit",
        "OomKillDisable": "oom_kill_disable",
        "IPv4Forwarding": "ipv4_forwarding",
        "Debug": "debug",
        "NFd": "n_fd",
        "NGoroutines": "n_goroutines",
        "SystemTime": "system_time",
        "LoggingDriver": "logging_driver",
        "CgroupDriver": "cgroup_driver",
        "CgroupVersion": "cgroup_version",
        "NEventsListener": "n_events_listener",
        "KernelVersion": "kernel_version",
        "OperatingSystem": "operating_system",
        "OSVersion": "os_version",
        "OSType": "os_type",
        "Architecture": "architecture",
        "NCPU": "ncpu",
        "MemTotal": "mem_total",
        "IndexServerAddress": "index_server_address",
        "RegistryConfig": "registry_config",
        "GenericResources": "generic_resources",
        "HttpProxy": "http_proxy",
        "HttpsProxy": "https_proxy",
        "NoProxy": "no_proxy",
        "Name": "name",
        "Labels": "labels",
        "ExperimentalBuild": "experimental_build",
        "ServerVersion": "server_version",
        "Runtimes": "runtimes",
        "DefaultRuntime": "default_runtime",
        "Swarm": "swarm",
        "LiveRestoreEnabled": "live_restore_enabled",
        "Isolation": "isolation",
        "InitBinary": "init_binary",
        "ContainerdCommit": "containerd_commit",
        "RuncCommit": "runc_commit",
        "InitCommit": "init_commit",
        "SecurityOptions": "security_options",
        "ProductLicense": "product_license",
        "DefaultAddressPools": "default_address_pools",
        "FirewallBackend": "firewall_backend",
        "DiscoveredDevices": "discovered_devices",
        "NRI": "nri",
        "Warnings": "warnings",
        "CDISpecDirs": "cdi_spec_dirs",
        "Containerd": "containerd",
        "KernelMemoryTCP": "kernel_memory_tcp",
        "BridgeNfIptables": "bridge_nf_iptables",
        "BridgeNfIp6tables": "bridge_nf_ip6_tables",
        "KernelMemory": "kernel_memory",
        "ClusterStore": "cluster_store",
        "ClusterAdvertise": "cluster_advertise",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "ID",
                "Driver",
                "DockerRootDir",
                "SystemTime",
                "LoggingDriver",
                "KernelVersion",
                "OperatingSystem",
                "OSVersion",
                "OSType",
                "Architecture",
                "IndexServerAddress",
                "HttpProxy",
                "HttpsProxy",
                "NoProxy",
                "Name",
                "ServerVersion",
                "DefaultRuntime",
                "InitBinary",
                "ProductLicense",
                "ClusterStore",
                "ClusterAdvertise",
            ],
        ) -> str: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "Containers",
                "ContainersRunning",
                "ContainersPaused",
                "ContainersStopped",
                "Images",
                "NFd",
                "NGoroutines",
                "NEventsListener",
                "NCPU",
                "MemTotal",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: Literal["DriverStatus"]) -> list[list[str] | None]: ...
        @overload
        def __getitem__(self, key: Literal["Plugins"]) -> PluginsInfo: ...
        @overload
        def __getitem__(
            self,
            key: Literal[
                "MemoryLimit",
                "SwapLimit",
                "CpuCfsPeriod",
                "CpuCfsQuota",
                "CPUShares",
                "CPUSet",
                "PidsLimit",
                "OomKillDisable",
                "IPv4Forwarding",
                "Debug",
                "ExperimentalBuild",
                "LiveRestoreEnabled",
                "KernelMemoryTCP",
                "BridgeNfIptables",
                "BridgeNfIp6tables",
                "KernelMemory",
            ],
        ) -> bool: ...
        @overload
        def __getitem__(self, key: Literal["CgroupDriver"]) -> SystemInfoCgroupDriver: ...
        @overload
        def __getitem__(self, key: Literal["CgroupVersion"]) -> SystemInfoCgroupVersion: ...
        @overload
        def __getitem__(self, key: Literal["RegistryConfig"]) -> RegistryServiceConfig: ...
        @overload
        def __getitem__(self, key: Literal["GenericResources"]) -> list[GenericResourcesItem]: ...
        @overload
        def __getitem__(
            self, key: Literal["Labels", "SecurityOptions", "Warnings", "CDISpecDirs"]
        ) -> list[str]: ...
        @overload
        def __getitem__(self, key: Literal["Runtimes"]) -> SystemInfoRuntimes: ...
        @overload
        def __getitem__(self, key: Literal["Swarm"]) -> SwarmInfo: ...
        @overload
        def __getitem__(self, key: Literal["Isolation"]) -> SystemInfoIsolation: ...
        @overload
        def __getitem__(
            self, key: Literal["ContainerdCommit", "RuncCommit", "InitCommit"]
        ) -> Commit: ...
        @overload
        def __getitem__(
            self, key: Literal["DefaultAddressPools"]
        ) -> list[SystemInfoDefaultAddressPoolsItem]: ...
        @overload
        def __getitem__(self, key: Literal["FirewallBackend"]) -> FirewallInfo: ...
        @overload
        def __getitem__(self, key: Literal["DiscoveredDevices"]) -> list[DeviceInfo]: ...
        @overload
        def __getitem__(self, key: Literal["NRI"]) -> NRIInfo: ...
        @overload
        def __getitem__(self, key: Literal["Containerd"]) -> ContainerdInfo: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "ID",
                "Driver",
                "DockerRootDir",
                "SystemTime",
                "LoggingDriver",
                "KernelVersion",
                "OperatingSystem",
                "OSVersion",
                "OSType",
                "Architecture",
                "IndexServerAddress",
                "HttpProxy",
                "HttpsProxy",
                "NoProxy",
                "Name",
                "ServerVersion",
                "DefaultRuntime",
                "InitBinary",
                "ProductLicense",
                "ClusterStore",
                "ClusterAdvertise",
            ],
            default: None = None,
        ) -> str | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "Containers",
                "ContainersRunning",
                "ContainersPaused",
                "ContainersStopped",
                "Images",
                "NFd",
                "NGoroutines",
                "NEventsListener",
                "NCPU",
                "MemTotal",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(
            self, key: Literal["DriverStatus"], default: None = None
        ) -> list[list[str] | None] | None: ...
        @overload
        def get(self, key: Literal["Plugins"], default: None = None) -> PluginsInfo | None: ...
        @overload
        def get(
            self,
            key: Literal[
                "MemoryLimit",
                "SwapLimit",
                "CpuCfsPeriod",
                "CpuCfsQuota",
                "CPUShares",
                "CPUSet",
                "PidsLimit",
                "OomKillDisable",
                "IPv4Forwarding",
                "Debug",
                "ExperimentalBuild",
                "LiveRestoreEnabled",
                "KernelMemoryTCP",
                "BridgeNfIptables",
                "BridgeNfIp6tables",
                "KernelMemory",
            ],
            default: None = None,
        ) -> bool | None: ...
        @overload
        def get(
            self, key: Literal["CgroupDriver"], default: None = None
        ) -> SystemInfoCgroupDriver | None: ...
        @overload
        def get(
            self, key: Literal["CgroupVersion"], default: None = None
        ) -> SystemInfoCgroupVersion | None: ...
        @overload
        def get(
            self, key: Literal["RegistryConfig"], default: None = None
        ) -> RegistryServiceConfig | None: ...
        @overload
        def get(
            self, key: Literal["GenericResources"], default: None = None
        ) -> list[GenericResourcesItem] | None: ...
        @overload
        def get(
            self,
            key: Literal["Labels", "SecurityOptions", "Warnings", "CDISpecDirs"],
            default: None = None,
        ) -> list[str] | None: ...
        @overload
        def get(
            self, key: Literal["Runtimes"], default: None = None
        ) -> SystemInfoRuntimes | None: ...
        @overload
        def get(self, key: Literal["Swarm"], default: None = None) -> SwarmInfo | None: ...
        @overload
        def get(
            self, key: Literal["Isolation"], default: None = None
        ) -> SystemInfoIsolation | None: ...
        @overload
        def get(
            self, key: Literal["ContainerdCommit", "RuncCommit", "InitCommit"], default: None = None
        ) -> Commit | None: ...
        @overload
        def get(
            self, key: Literal["DefaultAddressPools"], default: None = None
        ) -> list[SystemInfoDefaultAddressPoolsItem] | None: ...
        @overload
        def get(
            self, key: Literal["FirewallBackend"], default: None = None
        ) -> FirewallInfo | None: ...
        @overload
        def get(
            self, key: Literal["DiscoveredDevices"], default: None = None
        ) -> list[DeviceInfo] | None: ...
        @overload
        def get(self, key: Literal["NRI"], default: None = None) -> NRIInfo | None: ...
        @overload
        def get(
            self, key: Literal["Containerd"], default: None = None
        ) -> ContainerdInfo | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...


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
