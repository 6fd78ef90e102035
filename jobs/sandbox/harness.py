"""Runs INSIDE the sandbox as the unprivileged slot uid, on the system Python, with no project code around it.

Reads one request (marshal) on stdin: source, test inputs (never expected outputs), limits and the language's compile
and run commands. Compiles once, then forks a child per test with that test's rlimits, wall timeout and output cap,
and writes one JSON line per step to stdout. Comparison happens outside, in the worker.

Every import here is paid on each submission: `json` alone (through `re` and `enum`) cost more than the interpreter's
own start, so the request comes as `marshal` (from the worker, which is trusted) and answers are encoded with the C
encoder that `json.dumps` itself uses; `traceback` is imported only when a student's program raises, and `signal`
(which imports `enum`) not at all.

It is the PID namespace's init (bwrap --as-pid-1): student processes cannot kill it with an unhandled signal, their
orphans are reaped here, and when it exits the kernel ends whatever is left.
"""

import _json
import errno
import io
import marshal
import os
import resource
import select
import sys
import time

EXCERPT = 2000
SIGKILL = 9  # the `signal` module would import `enum`: 3 ms on every submission


def _dumps(value):
    """What json.dumps(value, default=repr) runs: same separators, ASCII escapes, NaN allowed, cycles detected."""
    encode = _json.make_encoder({}, repr, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
    return "".join(encode(value, 0))


def _write(record):
    sys.stdout.write(_dumps(record) + "\n")
    sys.stdout.flush()


def _kill_strays():
    """Kill every process in this PID namespace but ourselves (its init): fork bombs, daemons, setsid."""
    me = os.getpid()
    for _ in range(3):
        found = False
        for name in os.listdir("/proc"):
            if name.isdigit() and int(name) not in (1, me):
                try:
                    os.kill(int(name), SIGKILL)
                    found = True
                except (ProcessLookupError, PermissionError):
                    pass
        if not found:
            return
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass


def _set_limits(limits):
    cpu = max(1, -(-limits["cpu_ms"] // 1000))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = limits["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    stack = min(memory, 64 * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))


def _child_python(code, test, result_fd):
    """In the forked child: run the student's module for an io test, or evaluate a call against it."""
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r"), encoding="utf-8", errors="replace")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w"), encoding="utf-8", errors="replace", write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w"), encoding="utf-8", errors="replace", write_through=True)
    status = 0
    try:
        try:
            if test["kind"] == "call":
                namespace = {"__name__": "solution"}
                exec(code, namespace)
                value = eval(test["input"], namespace)
                os.write(result_fd, _dumps({"value": _dumps(value)}).encode())
            else:
                exec(code, {"__name__": "__main__"})
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
    except BaseException as exc:
        if isinstance(exc, MemoryError) or (isinstance(exc, OSError) and exc.errno == errno.ENOMEM):
            # mmap and friends say "out of memory" as an OSError
            os.write(result_fd, _dumps({"error": "MemoryError"}).encode())
            os._exit(3)
        try:
            import traceback

            # only the student's own frames: the harness is none of their business
            report = traceback.TracebackException.from_exception(exc)
            report.stack = traceback.StackSummary.from_list(
                [frame for frame in report.stack if frame.filename == "solution.py"]
            )
            sys.stderr.write("".join(report.format()))
            sys.stderr.flush()
        except BaseException:
            pass
        os.write(result_fd, _dumps({"error": type(exc).__name__}).encode())
        status = 1
    os._exit(status)


def _run_child(target, stdin_data, limits):
    """Fork, run `target(result_fd)` in the child under limits, collect capped output; answer a result dict."""
    in_r, in_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    res_r, res_w = os.pipe()
    sys.stdout.flush()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            os.dup2(in_r, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            os.dup2(res_w, 3)
            os.closerange(4, 4096)
            _set_limits(limits)
            target(3)
        finally:
            os._exit(70)
    for fd in (in_r, out_w, err_w, res_w):
        os.close(fd)
    # every descriptor is closed exactly once, here or in the loop: a stray close could hit a reused number
    open_fds = {in_w, out_r, err_r, res_r}
    data = stdin_data.encode()
    os.set_blocking(in_w, False)
    poller = select.poll()
    buffers = {out_r: bytearray(), err_r: bytearray(), res_r: bytearray()}
    caps = {out_r: limits["output_bytes"], err_r: 8192, res_r: limits["output_bytes"] + 1024}
    for fd in buffers:
        poller.register(fd, select.POLLIN)
    pending = memoryview(data)
    if pending:
        poller.register(in_w, select.POLLOUT)
    else:
        os.close(in_w)
        open_fds.discard(in_w)
    deadline = started + limits["wall_ms"] / 1000
    outcome = None
    open_reads = set(buffers)
    while open_reads:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            outcome = "timeout"
            break
        for fd, _ in poller.poll(min(remaining, 0.5) * 1000):
            if fd == in_w:
                try:
                    pending = pending[os.write(in_w, pending[:65536]) :]
                except BlockingIOError:
                    continue
                except BrokenPipeError:
                    pending = pending[len(pending) :]  # the program stopped reading: drop the rest
                if not len(pending):
                    poller.unregister(in_w)
                    os.close(in_w)
                    open_fds.discard(in_w)
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                poller.unregister(fd)
                open_reads.discard(fd)
                continue
            buffer = buffers[fd]
            buffer += chunk
            if fd == err_r:
                del buffer[: max(0, len(buffer) - caps[fd])]  # keep the end: the traceback's last lines
            elif len(buffer) > caps[fd]:
                outcome = "output_limit"
                break
        if outcome:
            break
    if outcome:
        try:
            os.killpg(pid, SIGKILL)
        except ProcessLookupError:
            pass
    _, status, usage = os.wait4(pid, 0)
    elapsed_ms = int((time.monotonic() - started) * 1000)
    for fd in open_fds:
        os.close(fd)
    _kill_strays()
    return {
        "outcome": outcome,
        "exit_code": os.waitstatus_to_exitcode(status),
        "stdout": buffers[out_r][: limits["output_bytes"]].decode("utf-8", "replace"),
        "stderr": buffers[err_r].decode("utf-8", "replace")[-EXCERPT:],
        "result": buffers[res_r].decode("utf-8", "replace"),
        "time_ms": elapsed_ms,
        "cpu_ms": int((usage.ru_utime + usage.ru_stime) * 1000),
        "max_rss_kb": usage.ru_maxrss,
    }


def _exec_target(argv):
    def target(_result_fd):
        os.execv(argv[0], argv)

    return target


def main():
    # outside its PID namespace (where bwrap --as-pid-1 makes us pid 1) or as root, _kill_strays would kill the
    # host's processes
    if os.getpid() != 1 or os.getuid() == 0:
        raise SystemExit("harness.py runs only inside the sandbox")
    # the process limit the worker gave us becomes hard: student code may not raise it again
    processes = resource.getrlimit(resource.RLIMIT_NPROC)[0]
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _write({"step": "ready"})  # started ahead of time, the sandbox says when it can take a request
    request = marshal.loads(sys.stdin.buffer.read())
    language = request["language"]
    source_path = "/work/" + language["source_file"]
    with open(source_path, "w", encoding="utf-8") as handle:
        handle.write(request["source"])
    code = None
    if language["compile"]:
        compiled = _run_child(_exec_target(language["compile"]), "", request["compile_limits"])
        ok = compiled["outcome"] is None and compiled["exit_code"] == 0
        _write({"step": "compile", "ok": ok, "message": (compiled["stderr"] + compiled["stdout"])[-EXCERPT:]})
        if not ok:
            _write({"step": "done"})
            return
    else:
        try:
            code = compile(request["source"], language["source_file"], "exec")
        except (SyntaxError, ValueError) as exc:
            import traceback

            message = "".join(traceback.format_exception_only(type(exc), exc))[-EXCERPT:]
            _write({"step": "compile", "ok": False, "message": message})
            _write({"step": "done"})
            return
        _write({"step": "compile", "ok": True, "message": ""})
    for index, test in enumerate(request["tests"]):
        if code is not None:
            target = lambda fd, test=test: _child_python(code, test, fd)  # noqa: E731
        else:
            target = _exec_target(language["run"])
        result = _run_child(target, test["input"] if test["kind"] == "io" else "", request["limits"])
        _write({"step": "test", "index": index, **result})
    _write({"step": "done"})


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # every child is reaped and every answer written: skip the interpreter's teardown
