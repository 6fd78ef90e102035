"""What the host must provide before any student code runs here; the worker refuses to start without it."""

from __future__ import annotations

import os
import re
import subprocess

from jobs.sandbox.bwrap import BWRAP, SANDBOX_PYTHON, SETPRIV

MIN_BWRAP = (0, 8, 0)  # --disable-userns


def missing_isolation() -> list[str]:
    """Each thing the host lacks, in words an operator can act on; empty when sandboxes can be fully isolated."""
    missing = []
    if os.geteuid() != 0:
        missing.append("the worker must run as root (it drops each sandbox to an unprivileged slot uid)")
    for path, package in ((BWRAP, "bubblewrap"), (SETPRIV, "util-linux"), (SANDBOX_PYTHON, "python3")):
        if not os.access(path, os.X_OK):
            missing.append(f"{path} is missing (Debian package {package})")
    if os.access(BWRAP, os.X_OK):
        found = re.search(
            r"(\d+)\.(\d+)\.(\d+)", subprocess.run([BWRAP, "--version"], capture_output=True).stdout.decode()
        )
        if not found or tuple(map(int, found.groups())) < MIN_BWRAP:
            missing.append("bubblewrap 0.8 or newer is needed (--disable-userns)")
    try:
        from jobs.sandbox.seccomp import filter_paths

        filter_paths()
    except Exception as exc:  # the library or the kernel interface: either way no filter can be loaded
        missing.append(f"no seccomp filter can be built (libseccomp2 and pyseccomp): {exc}")
    return missing
