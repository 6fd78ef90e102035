"""The seccomp filters every sandbox runs under (loaded by `bwrap --add-seccomp-fd`, right before the harness starts).

Two programs, both applied by the kernel to every syscall (the stricter answer wins):

1. **An allowlist.** Default deny: a syscall not named here answers ENOSYS (what an older kernel would say, so
   runtimes that probe a newer call fall back by themselves), so a call added to a later kernel is refused until
   someone allows it here. The list is what the harness, the compilers and the five runtimes were measured to call
   (`python -m jobs.sandbox.syscall_survey`, README "Syscalls") plus the ordinary POSIX calls of the same families an
   honest program may make (file, time, poll, signal and thread calls). Refused by omission, among others: tracing
   and reading other processes, pidfds, namespaces and mounts, io_uring, perf, BPF, keyrings, userfaultfd, modules,
   kexec, handle-based opens, SysV IPC and POSIX message queues (they would outlive a test), and every mount-table
   call (statmount, listmount, open_tree_attr). `socket` and `socketpair` are allowed for AF_UNIX only (programs need
   no network, loopback included, and on cgroup v1 TCP buffers are charged outside the memory limit); `clone`
   without namespace flags only; `clone3` answers ENOSYS (its flags sit behind a pointer a filter cannot read), so
   libc falls back to `clone`. A syscall of another architecture kills the process.
2. **The judge out of reach.** The calls that take a pid and only check the uid (signals, prlimit64, setpriority,
   the sched_set* calls, ioprio_set) are refused with EPERM when aimed at the harness (pid 1) or its template
   (pid 2), or at every process of the uid at once; a filter sees each argument's lower 32 bits (a pid_t), as the
   kernel reads them.
"""

from __future__ import annotations

import errno
import os
import tempfile
from functools import cache
from pathlib import Path

ALLOWED = (
    # measured: the harness, gcc/g++, javac/java, node and the programs of the survey
    *("access", "arch_prctl", "brk", "capget", "chmod", "clock_getres", "clock_nanosleep", "close", "close_range"),
    *("connect", "dup", "dup2", "epoll_create1", "epoll_ctl", "epoll_pwait", "eventfd2", "execve", "exit"),
    *("exit_group", "faccessat2", "fcntl", "fstat", "futex", "getcwd", "getdents64", "getegid", "geteuid", "getgid"),
    *("getpeername", "getpid", "getrandom", "getrusage", "getsockname", "gettid", "getuid", "ioctl", "lseek"),
    *("madvise", "memfd_create", "mkdir", "mmap", "mprotect", "mremap", "munmap", "newfstatat", "openat", "pipe2"),
    *("pkey_alloc", "poll", "prctl", "pread64", "read", "readlink", "restart_syscall", "rmdir", "rseq"),
    *("rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "sched_getaffinity", "sched_yield", "sendto"),
    *("set_robust_list", "set_tid_address", "setsid", "setsockopt", "statx", "sysinfo", "umask", "uname", "unlink"),
    *("vfork", "wait4", "write"),
    # the same families, as an honest program may call them
    *("open", "creat", "openat2", "stat", "lstat", "fstatfs", "statfs", "getdents", "readlinkat", "faccessat"),
    *("pwrite64", "readv", "writev", "preadv", "pwritev", "preadv2", "pwritev2", "sendfile", "splice", "tee"),
    *("copy_file_range", "fsync", "fdatasync", "ftruncate", "truncate", "fallocate", "fadvise64", "flock"),
    *("rename", "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat", "unlinkat", "mkdirat", "mknod"),
    *("mknodat", "fchmod", "fchmodat", "utimensat", "chdir", "fchdir", "dup3", "pipe", "msync", "mincore"),
    *("pkey_mprotect", "pkey_free", "membarrier", "futex_waitv", "get_mempolicy", "getcpu"),
    *("select", "pselect6", "ppoll", "epoll_create", "epoll_wait", "epoll_pwait2", "eventfd", "signalfd4"),
    *("timerfd_create", "timerfd_settime", "timerfd_gettime", "sigaltstack", "rt_sigsuspend", "rt_sigtimedwait"),
    *("rt_sigpending", "nanosleep", "clock_gettime", "gettimeofday", "time", "times", "getitimer", "setitimer"),
    *("alarm", "pause", "getppid", "getpgrp", "getpgid", "setpgid", "getsid", "getpriority", "getresuid"),
    *("getresgid", "getgroups", "sched_getparam", "sched_getscheduler", "sched_get_priority_max"),
    *("sched_get_priority_min", "sched_getattr", "sched_rr_get_interval", "getrlimit", "setrlimit", "ioprio_get"),
    *("fork", "waitid", "shutdown", "recvfrom", "recvmsg", "sendmsg", "sendmmsg", "recvmmsg", "bind", "listen"),
    *("accept", "accept4", "getsockopt"),
    # pid-taking: allowed here, refused against the judge by the second filter
    *("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "prlimit64", "setpriority"),
    *("sched_setaffinity", "sched_setscheduler", "sched_setparam", "sched_setattr", "ioprio_set"),
)
AF_UNIX = 1
REFUSED_FAMILIES = (2, 10, 16, 17)  # AF_INET, AF_INET6, AF_NETLINK, AF_PACKET: EAFNOSUPPORT, others ENOSYS
NAMESPACE_FLAGS = 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00020000 | 0x00000080
# CLONE_NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET, NEWNS, NEWTIME
JUDGE_PIDS = (1, 2)  # the harness (the namespace's init) and its template, forked first (see harness.py)
EVERY_PROCESS = 0xFFFFFFFF  # kill(-1)
PID_ARGUMENTS = {  # syscall: the arguments that name a process
    "kill": (0,),
    "tkill": (0,),
    "tgkill": (0, 1),
    "rt_sigqueueinfo": (0,),
    "rt_tgsigqueueinfo": (0, 1),
    "prlimit64": (0,),
    "sched_setaffinity": (0,),
    "sched_setscheduler": (0,),
    "sched_setparam": (0,),
    "sched_setattr": (0,),
    "setpriority": (1,),
    "ioprio_set": (1,),
}
EVERY_PROCESS_OF_THE_UID = {"setpriority": 2, "ioprio_set": 3}  # PRIO_USER, IOPRIO_WHO_USER: the judge included


def allowed_names() -> frozenset[str]:
    return frozenset(ALLOWED) | {"socket", "socketpair", "clone"}


def _lower(value: int):
    import pyseccomp

    return lambda argument: pyseccomp.Arg(argument, pyseccomp.MASKED_EQ, 0xFFFFFFFF, value)


def _allowlist():
    import pyseccomp

    rules = pyseccomp.SyscallFilter(pyseccomp.ERRNO(errno.ENOSYS))
    rules.set_attr(pyseccomp.Attr.ACT_BADARCH, pyseccomp.KILL_PROCESS)
    for name in ALLOWED:
        rules.add_rule(pyseccomp.ALLOW, name)
    for name in ("socket", "socketpair"):
        rules.add_rule(pyseccomp.ALLOW, name, _lower(AF_UNIX)(0))
    rules.add_rule(pyseccomp.ALLOW, "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, NAMESPACE_FLAGS, 0))
    return rules


def _judge_out_of_reach():
    import pyseccomp

    rules = pyseccomp.SyscallFilter(pyseccomp.ALLOW)
    rules.set_attr(pyseccomp.Attr.ACT_BADARCH, pyseccomp.KILL_PROCESS)
    refuse = pyseccomp.ERRNO(errno.EPERM)
    for name, arguments in PID_ARGUMENTS.items():
        for argument in arguments:
            for pid in JUDGE_PIDS:
                rules.add_rule(refuse, name, _lower(pid)(argument))
    rules.add_rule(refuse, "kill", _lower(EVERY_PROCESS)(0))
    for name, which in EVERY_PROCESS_OF_THE_UID.items():
        rules.add_rule(refuse, name, _lower(which)(0))
    for family in REFUSED_FAMILIES:
        for name in ("socket", "socketpair"):
            rules.add_rule(pyseccomp.ERRNO(errno.EAFNOSUPPORT), name, _lower(family)(0))
    for bit in range(32):  # clear refusals for namespace flags (the allowlist would say ENOSYS)
        if NAMESPACE_FLAGS & (1 << bit):
            rules.add_rule(refuse, "clone", pyseccomp.Arg(0, pyseccomp.MASKED_EQ, 1 << bit, 1 << bit))
    for name in ("unshare", "setns", "ptrace", "mount", "pidfd_open", "pidfd_getfd", "process_vm_readv"):
        rules.add_rule(refuse, name)  # the best-known of the omitted: EPERM, as a program expects of a sandbox
    return rules


@cache
def filter_paths() -> tuple[Path, ...]:
    """The compiled BPF programs, written once per process to private files that each spawn opens afresh."""
    paths = []
    for rules in (_allowlist(), _judge_out_of_reach()):
        handle, name = tempfile.mkstemp(prefix="autograder-seccomp-", suffix=".bpf")
        with os.fdopen(handle, "wb") as out:
            rules.export_bpf(out)
        paths.append(Path(name))
    return tuple(paths)


def open_filters() -> list[int]:
    """Fresh read descriptors for `bwrap --add-seccomp-fd`, which reads each program from the descriptor's start."""
    return [os.open(path, os.O_RDONLY | os.O_CLOEXEC) for path in filter_paths()]
