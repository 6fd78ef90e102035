"""A server run as a child process bound to 127.0.0.1: a free port for it, waiting until it listens, and stopping
it with a grace period (then SIGKILL); as root, the child may drop to an unprivileged system user first."""

from __future__ import annotations

import pwd
import signal
import socket
import subprocess
import time
from dataclasses import dataclass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with code {process.returncode} before listening")
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def ensure_port_free(port: int, name: str) -> None:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        if sock.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} for embedded {name} is taken: is another instance running?")


@dataclass
class Service:
    """A started server: `stop_signal` asks it to stop, SIGKILL follows after `kill_grace` seconds."""

    name: str
    url: str
    process: subprocess.Popen
    kill_grace: float = 5.0
    stop_signal: signal.Signals = signal.SIGTERM

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(self.stop_signal)
        try:
            self.process.wait(self.kill_grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def run_as(user: str) -> dict[str, int]:
    """Popen's arguments that run the child as `user` (the caller is root): set by the fork itself, no Python code
    runs in the child, so services may be started from several threads at once."""
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid}
