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

T = TypeVar("T", bound="SwarmSpecRaft")

# from_dict makes instances with this (bound once: looking it up cost more than calling it).
_new = object.__new__


class SwarmSpecRaft(Model):
    """Raft configuration."""

    __match_args__ = (
        "snapshot_interval",
        "keep_old_snapshots",
        "log_entries_for_slow_followers",
        "election_tick",
        "heartbeat_tick",
    )
    __slots__ = (
        *__match_args__,
        "additional_properties",
        "_sent",
        "__weakref__",
    )

    snapshot_interval: int | None
    """ The number of log entries between snapshots. """
    keep_old_snapshots: int | None
    """ The number of snapshots to keep beyond the current snapshot.
     """
    log_entries_for_slow_followers: int | None
    """ The number of log entries to keep around to sync up slow followers
    after a snapshot is created.
     """
    election_tick: int | None
    """ The number of ticks that a follower will wait for a message from
    the leader before becoming a candidate and starting an election.
    `ElectionTick` must be greater than `HeartbeatTick`.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
     """
    heartbeat_tick: int | None
    """ The number of ticks between heartbeats. Every HeartbeatTick ticks,
    the leader will send a heartbeat to the followers.

    A tick currently defaults to one second, so these translate
    directly to seconds currently, but this is NOT guaranteed.
     """
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    def __init__(
        self,
        snapshot_interval: int | None = None,
        keep_old_snapshots: int | None = None,
        log_entries_for_slow_followers: int | None = None,
        election_tick: int | None = None,
        heartbeat_tick: int | None = None,
    ) -> None:
        self.snapshot_interval = snapshot_interval
        self.keep_old_snapshots = keep_old_snapshots
        self.log_entries_for_slow_followers = log_entries_for_slow_followers
        self.election_tick = election_tick
        self.heartbeat_tick = heartbeat_tick
        self.additional_properties = {}
        self._sent = NOTHING_SENT

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.snapshot_interval is not None:
            field_dict["SnapshotInterval"] = self.snapshot_interval
        elif "SnapshotInterval" in self._sent:
            field_dict["SnapshotInterval"] = None

        if self.keep_old_snapshots is not None:
            field_dict["KeepOldSnapshots"] = self.keep_old_snapshots
        elif "KeepOldSnapshots" in self._sent:
            field_dict["KeepOldSnapshots"] = None

        if self.log_entries_for_slow_followers is not None:
            field_dict["LogEntriesForSlowFollowers"] = self.log_entries_for_slow_followers
        elif "LogEntriesForSlowFollowers" in self._sent:
            field_dict["LogEntriesForSlowFollowers"] = None

        if self.election_tick is not None:
            field_dict["ElectionTick"] = self.election_tick
        elif "ElectionTick" in self._sent:
            field_dict["ElectionTick"] = None

        if self.heartbeat_tick is not None:
            field_dict["HeartbeatTick"] = self.heartbeat_tick
        elif "HeartbeatTick" in self._sent:
            field_dict["HeartbeatTick"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        snapshot_interval = d.pop("SnapshotInterval", None)

        keep_old_snapshots = d.pop("KeepOldSnapshots", None)

        log_entries_for_slow_followers = d.pop("LogEntriesForSlowFollowers", None)

        election_tick = d.pop("ElectionTick", None)

        heartbeat_tick = d.pop("HeartbeatTick", None)

        swarm_spec_raft = _new(cls)
        swarm_spec_raft._sent = src_dict
        swarm_spec_raft.snapshot_interval = snapshot_interval
        swarm_spec_raft.keep_old_snapshots = keep_old_snapshots
        swarm_spec_raft.log_entries_for_slow_followers = log_entries_for_slow_followers
        swarm_spec_raft.election_tick = election_tick
        swarm_spec_raft.heartbeat_tick = heartbeat_tick
        swarm_spec_raft.additional_properties = d
        return swarm_spec_raft

    _keys: ClassVar[dict[str, str]] = {
        "SnapshotInterval": "snapshot_interval",
        "KeepOldSnapshots": "keep_old_snapshots",
        "LogEntriesForSlowFollowers": "log_entries_for_slow_followers",
        "ElectionTick": "election_tick",
        "HeartbeatTick": "heartbeat_tick",
    }

    if TYPE_CHECKING:

        @overload
        def __getitem__(
            self,
            key: Literal[
                "SnapshotInterval",
                "KeepOldSnapshots",
                "LogEntriesForSlowFollowers",
                "ElectionTick",
                "HeartbeatTick",
            ],
        ) -> int: ...
        @overload
        def __getitem__(self, key: str) -> Any: ...
        def __getitem__(self, key: str) -> Any: ...
        @overload
        def get(
            self,
            key: Literal[
                "SnapshotInterval",
                "KeepOldSnapshots",
                "LogEntriesForSlowFollowers",
                "ElectionTick",
                "HeartbeatTick",
            ],
            default: None = None,
        ) -> int | None: ...
        @overload
        def get(self, key: str, default: Any = None) -> Any: ...
        def get(self, key: str, default: Any = None) -> Any: ...
