"""What one test (or one compilation) may use."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    cpu_ms: int = 2000
    wall_ms: int = 5000
    memory_mb: int = 256
    output_bytes: int = 64 * 1024
    file_bytes: int = 1024 * 1024
    processes: int = 64

    def for_harness(self) -> dict[str, int]:
        """What the harness enforces inside (the cgroup enforces memory and processes from outside)."""
        return {
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms,
            "output_bytes": self.output_bytes,
            "file_bytes": self.file_bytes,
            "stack_mb": min(self.memory_mb, 64),
            "code_bytes": 16 * MB,  # a compiled Python module; a larger one is a compile bomb
        }
