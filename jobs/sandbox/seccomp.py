"""The seccomp filter every sandbox runs under (loaded by `bwrap --seccomp FD` right before the harness starts).

Allow by default and refuse, with EPERM, what a program has no business doing and what would reach the judge or
the kernel's less-trodden paths: tracing and reading other processes, descriptors taken from other processes,
namespaces, mounts, io_uring, perf, BPF, keyrings, userfaultfd, kernel modules and kexec; and IPC objects that
would outlive a test (SysV shared memory, message queues and semaphores, POSIX message queues). `clone3` answers ENOSYS
(its flags sit behind a pointer a filter cannot read), so libc falls back to `clone`, whose namespace flags are
refused here. A syscall of another architecture (32-bit or x32 entry points) kills the process.
"""

from __future__ import annotations

import errno
import os
import tempfile
from functools import cache
from pathlib import Path

DENIED = (
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_open",
    "pidfd_getfd",
    "pidfd_send_signal",
    "kcmp",
    "perf_event_open",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "bpf",
    "keyctl",
    "add_key",
    "request_key",
    "userfaultfd",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "unshare",
    "setns",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "open_by_handle_at",
    "name_to_handle_at",
    "swapon",
    "swapoff",
    "reboot",
    "acct",
    "quotactl",
    "syslog",
    "iopl",
    "ioperm",
    "personality",
    "lookup_dcookie",
    "fanotify_init",
    "vhangup",
    # state that outlives a process and would carry from one test to the next: SysV IPC, POSIX message queues
    "shmget",
    "msgget",
    "semget",
    "mq_open",
)
NAMESPACE_FLAGS = 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00020000 | 0x00000080
# CLONE_NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWNS, NEWTIME


@cache
def filter_path() -> Path:
    """The compiled BPF program, written once per process to a private file that each spawn opens afresh."""
    import pyseccomp

    rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    rules.set_attr(pyseccomp.Attr.ACT_BADARCH, pyseccomp.KILL_PROCESS)
    for name in DENIED:
        rules.add_rule(pyseccomp.ERRNO(errno.EPERM), name)
    rules.add_rule(pyseccomp.ERRNO(errno.ENOSYS), "clone3")
    for bit in range(32):  # one rule per flag: a masked compare matches one pattern, not "any of these bits"
        if NAMESPACE_FLAGS & (1 << bit):
            flag = pyseccomp.Arg(0, pyseccomp.MASKED_EQ, 1 << bit, 1 << bit)
            rules.add_rule(pyseccomp.ERRNO(errno.EPERM), "clone", flag)
    handle, name = tempfile.mkstemp(prefix="autograder-seccomp-", suffix=".bpf")
    with os.fdopen(handle, "wb") as out:
        rules.export_bpf(out)
    return Path(name)


def open_filter() -> int:
    """A fresh read descriptor for `bwrap --seccomp`, which reads the program from the descriptor's start."""
    return os.open(filter_path(), os.O_RDONLY | os.O_CLOEXEC)
