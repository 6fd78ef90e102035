"""The child side of the harness: what runs in a forked child before and around the student's code.

Loaded by harness.py inside the sandbox (system Python, no project code); see harness.py for the whole picture.
"""

import _ctypes
import _json
import _signal
import io
import marshal
import os
import resource
import sys

EXCERPT = 2000
PR_SET_DUMPABLE = 4
UNCATCHABLE = (9, 19)  # SIGKILL, SIGSTOP


def dumps(value):
    """What json.dumps(value, default=repr) runs: same separators, ASCII escapes, NaN allowed, cycles detected."""
    encode = _json.make_encoder({}, repr, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
    return "".join(encode(value, 0))


class _Int(_ctypes._SimpleCData):
    _type_ = "i"


class _LibC:
    _handle = _ctypes.dlopen(None, 0)


class _Function(_ctypes.CFuncPtr):
    _flags_ = _ctypes.FUNCFLAG_CDECL
    _restype_ = _Int


# libc's prctl through `_ctypes` itself: the `ctypes` package would cost 2 ms more of every sandbox's start
prctl = _Function(("prctl", _LibC))


def first_to_go():
    """In a child: when the cgroup runs out of memory, the kernel kills the student's processes, never the judge
    (the worker set ours to -1000; raising our own is allowed once the child is dumpable again)."""
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    with open("/proc/self/oom_score_adj", "w") as handle:
        handle.write("1000")


def signals_to_default(python_child):
    for number in range(1, _signal.NSIG):
        if number in UNCATCHABLE:
            continue
        try:
            _signal.signal(number, _signal.SIG_DFL)
        except (OSError, ValueError):
            pass
    if python_child:  # as any Python program runs: a closed pipe and an oversized file are exceptions
        _signal.signal(13, _signal.SIG_IGN)  # SIGPIPE
        _signal.signal(25, _signal.SIG_IGN)  # SIGXFSZ


def set_limits(limits):
    cpu = max(1, -(-limits["cpu_ms"] // 1000))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["file_bytes"], limits["file_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    stack = limits["stack_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))


def _python_streams():
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r"), encoding="utf-8", errors="replace")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w"), encoding="utf-8", errors="replace", write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w"), encoding="utf-8", errors="replace", write_through=True)


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def compile_python(source, result_fd):
    """In the compile child: the code object, marshalled, on the result descriptor; any failure is the message."""
    try:
        code = compile(source, "solution.py", "exec")
        data = marshal.dumps(code)
    except BaseException as exc:  # SyntaxError, but also MemoryError, RecursionError, ValueError from the parser
        try:
            os.write(2, f"{type(exc).__name__}: {exc}"[-EXCERPT:].encode("utf-8", "replace"))
        finally:
            os._exit(1)
    write_all(result_fd, data)
    os._exit(0)


def _call(code, expression):
    """The expression's value, evaluated with builtins the student's module cannot shadow: a copy of them taken
    before the module runs, beside only the module's own top-level names that are not builtins' names."""
    import builtins

    pristine = dict(builtins.__dict__)
    module = {"__name__": "solution"}
    exec(code, module)
    names = {name: value for name, value in module.items() if name not in pristine and not name.startswith("__")}
    return eval(expression, {**names, "__builtins__": pristine})


def child_python(code_bytes, kind, result_fd):
    """In the forked child: run the student's module for an io test, or evaluate a call against it (the call's
    expression arrives on stdin, read before the module runs)."""
    _python_streams()
    status = 0
    try:
        try:
            code = marshal.loads(code_bytes)
            if kind == "call":
                expression = sys.stdin.read()
                write_all(result_fd, dumps(_call(code, expression)).encode())
            else:
                exec(code, {"__name__": "__main__"})
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
    except BaseException as exc:
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
        status = 1
    os._exit(status)
