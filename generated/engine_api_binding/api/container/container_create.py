from http import HTTPStatus
from typing import Any

from ... import errors
from ...client import AsyncSender, HTTPResponse, Sender
from ...models.container_create_request import ContainerCreateRequest
from ...models.container_create_response import ContainerCreateResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

OPERATION_ID = "ContainerCreate"


def _get_kwargs(
    *,
    body: ContainerCreateRequest,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> ContainerCreateResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ContainerCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _parse_success(response: HTTPResponse) -> ContainerCreateResponse:
    """The answer of a success status; any other status is the caller's to handle."""
    if response.status_code == 201:
        response_201 = ContainerCreateResponse.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(
    *, client: Sender | AsyncSender, response: HTTPResponse
) -> Response[ContainerCreateResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    body: ContainerCreateRequest,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """Create a container

    Args:
        name (str | Unset):
        platform (str | Unset):
        body (ContainerCreateRequest):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        platform=platform,
    )

    response = client.send(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    body: ContainerCreateRequest,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ContainerCreateResponse | ErrorResponse | None:
    """Create a container

    Args:
        name (str | Unset):
        platform (str | Unset):
        body (ContainerCreateRequest):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncSender,
    body: ContainerCreateRequest,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """Create a container

    Args:
        name (str | Unset):
        platform (str | Unset):
        body (ContainerCreateRequest):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        platform=platform,
    )

    response = await client.send_async(OPERATION_ID, kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncSender,
    body: ContainerCreateRequest,
    name: str | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ContainerCreateResponse | ErrorResponse | None:
    """Create a container

    Args:
        name (str | Unset):
        platform (str | Unset):
        body (ContainerCreateRequest):  Example: {'Hostname': '', 'Domainname': '', 'User': '',
            'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True, 'Tty': False,
            'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme',
            'com.example.license': 'GPL', 'com.example.version': '1.0'}, 'Volumes': {'/volumes/data':
            {}}, 'WorkingDir': '', 'NetworkDisabled': False, 'ExposedPorts': {'22/tcp': {}},
            'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds': ['/tmp:/tmp'],
            'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0,
            'NanoCpus': 500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000,
            'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000,
            'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0, 'MaximumIOBps': 0,
            'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}],
            'DeviceRequests': [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-
            fef8089b-4820-abfc-e83e-94318197576e'], 'Capabilities': [['gpu', 'nvidia', 'compute']],
            'Options': {'property1': 'string', 'property2': 'string'}}], 'MemorySwappiness': 60,
            'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False,
            'Privileged': False, 'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''],
            'DnsSearch': [''], 'VolumesFrom': ['parent', 'other:ro'], 'CapAdd': ['NET_ADMIN'],
            'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name': '',
            'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [],
            'Ulimits': [{}], 'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [],
            'StorageOpt': {}, 'CgroupParent': '', 'VolumeDriver': '', 'ShmSize': 67108864},
            'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig': {'IPv4Address':
            '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x',
            'server_y']}, 'database_nw': {}}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            platform=platform,
        )
    ).parsed
