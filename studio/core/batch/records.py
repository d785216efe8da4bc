"""What the store keeps about a batch and each request in it (plain data, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass

# The API's states, plus "preparing" (recorded, not yet accepted by the API).
OPEN_STATES = ("preparing", "validating", "in_progress", "finalizing", "cancelling")
ENDED_STATES = ("completed", "failed", "expired", "cancelled")


@dataclass(frozen=True)
class BatchRecord:
    """One batch: where it is, its files, its counts, and what it was estimated and billed."""

    id: str  # Studio's own id, given before the API answers
    api_id: str | None
    created: str
    label: str
    endpoint: str
    model: str
    status: str
    total: int
    completed: int
    failed: int
    estimate_usd: float
    cost_usd: float | None
    input_file_id: str | None
    output_file_id: str | None
    error_file_id: str | None
    output_path: str | None  # the downloaded output file, set only once it is whole on disk
    error_path: str | None
    collected: bool
    polls: int
    next_poll: str | None
    finished: str | None
    message: str | None

    @property
    def ref(self) -> str:
        """The id the user sees and types: the API's once it has one."""
        return self.api_id or self.id

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATES

    @property
    def needs_collect(self) -> bool:
        return self.status in ENDED_STATES and not self.collected


@dataclass(frozen=True)
class BatchItem:
    """One request of a batch: its custom_id, the job that records it, and how it ended."""

    batch_id: str
    custom_id: str
    position: int
    job_id: str
    status: str  # "pending", "done" or "failed"
    error: str | None = None
