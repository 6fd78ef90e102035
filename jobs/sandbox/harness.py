"""Runs INSIDE the sandbox as the unprivileged slot uid, on the system Python, with no project code around it.

The judge's eyes and hands inside the sandbox. Student code never runs in this process: it compiles (Python's own
compile included) in a child under the compile limits, and runs each test in a fresh child under that test's limits.
Student processes cannot reach it: it is non-dumpable (no ptrace, no /proc/1/mem or /proc/1/fd for the same uid),
the seccomp filter refuses ptrace, pidfd_getfd and process_vm_* anyway, and as the PID namespace's init
(bwrap --as-pid-1) it ignores every signal sent from inside (the kernel drops them for an init with no handler).

Protocol with the worker (stdin, stdout):
- it says `{"step": "ready"}` once started (workers start sandboxes ahead of time);
- it reads frames of a 4-byte big-endian length and a `marshal`led dict (the worker is trusted): first the job
  (language, source, limits), then one frame per test with that test's input only when that test is to run, so no
  run can read a later test's input; an `{"end": True}` frame closes the run;
- it answers one JSON line per step; a test's line is followed by the raw bytes of the program's stdout, stderr and
  result, whose lengths the line gives, so the output cap counts the program's bytes, not their escaping.

Every test starts in a clean /work and /tmp: whatever the previous test left is removed, and the build's files
are written again from memory. A clean-up that cannot finish leaves this sandbox unfit: it answers the next test with
`{"step": "unclean"}` and ends, and the worker runs that test in a fresh sandbox.

Every import here is paid on each sandbox: `json` and `signal` would pull in `re` and `enum`, so answers are
encoded with the C encoder that `json.dumps` itself uses and signals are set through `_signal`.
"""

import _signal
import marshal
import os
import resource
import select
import sys
import time

from harness_child import (
    PR_SET_DUMPABLE,
    UNCATCHABLE,
    dumps,
    prctl,
)
from harness_cleanup import SIGKILL, Unclean, build_bytes, kill_strays, require_sandbox, restore, snapshot
from harness_template import Template, TemplateLost

EXCERPT = 2000
STDERR_CAP = 8192
SIGCHLD = 17  # left at its default, or children would be reaped behind our back


def _write(record, payload=b""):
    out = sys.stdout.buffer
    out.write((dumps(record) + "\n").encode())
    out.write(payload)
    out.flush()


def _read_exactly(count):
    data = bytearray()
    while len(data) < count:
        chunk = os.read(0, count - len(data))
        if not chunk:
            raise SystemExit(0)  # the worker went away: nothing left to do
        data += chunk
    return bytes(data)


def _read_frame():
    return marshal.loads(_read_exactly(int.from_bytes(_read_exactly(4), "big")))


def _out_of_reach():
    """No signal from inside the namespace reaches us, and no process of our uid may trace or read us."""
    for number in range(1, _signal.NSIG):
        if number in UNCATCHABLE or number == SIGCHLD:
            continue
        try:
            _signal.signal(number, _signal.SIG_IGN)
        except (OSError, ValueError):
            pass
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise SystemExit("harness: cannot make itself non-dumpable")


def _run_child(template, request, stdin_data, limits, result_cap):
    """Have the template fork a child for `request` under limits, feed it `stdin_data` and collect its capped
    output; answer (record, payload)."""
    started = time.monotonic()
    pid, (in_w, out_r, err_r, res_r) = template.start(request)
    # every descriptor is closed exactly once, here or in the loop: a stray close could hit a reused number
    open_fds = {in_w, out_r, err_r, res_r}
    os.set_blocking(in_w, False)
    poller = select.poll()
    buffers = {out_r: bytearray(), err_r: bytearray(), res_r: bytearray()}
    caps = {out_r: limits["output_bytes"], err_r: STDERR_CAP, res_r: result_cap}
    for fd in buffers:
        poller.register(fd, select.POLLIN)
    pending = memoryview(stdin_data)
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
                pending = _feed(poller, in_w, pending, open_fds)
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
        _kill(pid)
    status, cpu_ms, max_rss_kb = template.wait()
    elapsed_ms = int((time.monotonic() - started) * 1000)
    for fd in open_fds:
        os.close(fd)
    stdout, stderr, result = (bytes(buffers[fd][: caps[fd]]) for fd in (out_r, err_r, res_r))
    record = {"outcome": outcome, "exit_code": os.waitstatus_to_exitcode(status), "time_ms": elapsed_ms}
    record.update(cpu_ms=cpu_ms, max_rss_kb=max_rss_kb, stdout=len(stdout), stderr=len(stderr), result=len(result))
    return record, stdout + stderr + result


def _feed(poller, in_w, pending, open_fds):
    """Write what the child's stdin takes now; close it when all is written or the child stopped reading."""
    try:
        pending = pending[os.write(in_w, pending[:65536]) :]
    except BlockingIOError:
        return pending
    except BrokenPipeError:
        pending = pending[len(pending) :]  # the program stopped reading: drop the rest
    if not len(pending):
        poller.unregister(in_w)
        os.close(in_w)
        open_fds.discard(in_w)
    return pending


def _kill(pid):
    """The child's process group, and the child itself should it have left the group."""
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _compile(job, template):
    """(ok, message, python code bytes or None), the compiler always in a child under the compile limits."""
    language = job["language"]
    result_cap = 0 if language["compile"] else job["compile_limits"]["code_bytes"]
    record, payload = _run_child(template, {"step": "compile"}, b"", job["compile_limits"], result_cap)
    out_end = record["stdout"]
    err_end = out_end + record["stderr"]
    message = (payload[out_end:err_end] + payload[:out_end]).decode("utf-8", "replace")
    ok = record["outcome"] is None and record["exit_code"] == 0
    if not ok and record["exit_code"] < 0:
        message += f"\nthe compiler was stopped by signal {-record['exit_code']}"
    if not ok and record["outcome"]:
        message += f"\nthe compiler went over its limits ({record['outcome']})"
    code = payload[err_end:] if ok and not language["compile"] else None
    return ok, message[-EXCERPT:], code


def _warm_up():
    """What every child would otherwise do for the first time, done once here before `ready`, off the worker's wait:
    the interpreter's first compile (~0.5 ms of parser and compiler set-up) and first run of a code object. The
    children are forked from this process and find it done. Only our own constant text runs: no student code."""
    namespace = {}
    exec(compile("def warm(value):\n    return value\n", "<warm-up>", "exec"), namespace)
    dumps(eval("warm(0)", namespace))
    namespace.clear()


def _clean(step):
    """None once `step` has cleaned up, else why it could not."""
    try:
        step()
    except (Unclean, TemplateLost) as exc:
        return str(exc) or "the clean-up failed"
    return None


def main():
    require_sandbox()
    _out_of_reach()
    # the process limit the worker gave us becomes hard: student code may not raise it again
    processes = resource.getrlimit(resource.RLIMIT_NPROC)[0]
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _warm_up()
    template = Template()  # before anything is read: no child it forks holds another test's input or output
    _write({"step": "ready"})  # started ahead of time, the sandbox says when it can take a job
    job = _read_frame()
    template.send(job)
    with open("/work/" + job["language"]["source_file"], "w", encoding="utf-8") as handle:
        handle.write(job["source"])
    ok, message, code = _compile(job, template)
    held = 2 * len(job["source"].encode("utf-8", "surrogatepass"))  # the job, here and in the template
    if code is not None:
        template.send({"code": code})
        held += len(code)
    del code  # the template's copy serves every test
    _tests(job, template, _kept_build(ok, message, held))


def _kept_build(ok, message, held):
    """Answer the compile step, once the build is snapshot and written back, with what the build and the source
    cost the sandbox (the worker adds it to every test's limit, so a big build never takes from the program's own
    memory); (ok, build)."""
    build = {}
    try:
        kill_strays()  # a compiler's strays
        build = snapshot("/work") if ok else {}
        restore(build)  # before answering: the worker sets the tests' limit over the restored build, never during it
    except Unclean as exc:
        ok, message = False, f"the build could not be kept: {exc}"
    _write({"step": "compile", "ok": ok, "message": message, "build_bytes": held + build_bytes(build)})
    return ok, build


def _tests(job, template, kept):
    ok, build = kept
    limits = job["limits"]
    index = 0
    unclean = None
    while True:
        test = _read_frame()
        if test.get("end") or not ok:
            break
        if unclean:  # this sandbox runs nothing more: the worker runs this test in a fresh one
            _write({"step": "unclean", "reason": unclean[:EXCERPT]})
            return
        request = {"step": "test", "kind": test["kind"]}  # the input goes to the child's stdin, never the template
        try:
            record, payload = _run_child(template, request, test["input"].encode(), limits, limits["output_bytes"])
        except TemplateLost as exc:
            _write({"step": "unclean", "reason": str(exc)})
            return
        del test  # this test's input leaves our memory before the next one arrives
        unclean = _clean(kill_strays)  # before answering: nothing of this test runs on into the next measurement
        _write({"step": "test", "index": index, **record}, payload)
        unclean = unclean or _clean(lambda: restore(build))  # after answering, off the worker's wait
        index += 1
    _write({"step": "done"})


def run():
    """The sandbox's entry point (`python3 -c "import harness; harness.run()"`): imported rather than run as a
    script, so the worker's precompiled bytecode serves it instead of a compile on every sandbox's start."""
    main()
    sys.stdout.flush()
    os._exit(0)  # every child is reaped and every answer written: skip the interpreter's teardown
