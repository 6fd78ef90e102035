"""The template: the process every compile and test child is forked from, inside the sandbox.

Loaded by harness.py inside the sandbox (system Python, no project code); see harness.py for the whole picture.

The harness forks it first of all, before it has read anything from the worker, so it is pid 2, which the seccomp
filter keeps out of the student's reach as it does pid 1 (signals, prlimit, priorities), and it is non-dumpable as
the harness is. It is given the job (language, source, limits: the student's own) and the compiled code, never a
test's input or output: a child forked from it holds nothing of any other test, not even in freed memory. For each
step it makes the child's pipes, forks the child, hands the harness the pipe ends (SCM_RIGHTS) and the child's pid,
waits for the child and reports its exit status and resource usage.
"""

import _socket
import marshal
import os
import sys

from harness_child import child_python, compile_python, first_to_go, set_limits, signals_to_default, write_all

PID = 2  # the seccomp filter's second protected pid (seccomp.JUDGE_PIDS)
ENDS = 4  # stdin's write end, and the read ends of stdout, stderr and the result


class TemplateLost(Exception):
    """The template ended: the sandbox can run nothing more."""


def send_frame(fd, value):
    data = marshal.dumps(value)
    write_all(fd, len(data).to_bytes(4, "big") + data)


def _read_exactly(fd, count):
    data = bytearray()
    while len(data) < count:
        chunk = os.read(fd, count - len(data))
        if not chunk:
            raise TemplateLost("the other end closed")
        data += chunk
    return bytes(data)


def recv_frame(fd):
    return marshal.loads(_read_exactly(fd, int.from_bytes(_read_exactly(fd, 4), "big")))


class Template:
    """The harness's handle on its template."""

    def __init__(self):
        ours, theirs = _socket.socketpair(_socket.AF_UNIX, _socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:
            try:
                ours.close()
                _serve(theirs)
            finally:
                os._exit(0)
        theirs.close()
        if pid != PID:
            raise SystemExit(f"harness: the template is pid {pid}, not {PID}, the pid the seccomp filter protects")
        self.socket = ours

    def send(self, value):
        try:
            send_frame(self.socket.fileno(), value)
        except OSError:
            raise TemplateLost("the template stopped reading") from None

    def start(self, request):
        """A child forked for `request`: (its pid, [stdin's write end, the read ends of stdout, stderr, result])."""
        self.send(request)
        try:
            message, ancillary, _, _ = self.socket.recvmsg(8, _socket.CMSG_LEN(4 * ENDS))
        except OSError:
            message, ancillary = b"", []
        if len(message) != 8 or len(ancillary) != 1 or len(ancillary[0][2]) != 4 * ENDS:
            raise TemplateLost("the template did not start the child")
        data = ancillary[0][2]
        ends = [int.from_bytes(data[i : i + 4], sys.byteorder, signed=True) for i in range(0, 4 * ENDS, 4)]
        return int.from_bytes(message, "big"), ends

    def wait(self):
        """The child's (wait status, CPU ms, max RSS KB), once it has ended."""
        return recv_frame(self.socket.fileno())


def _serve(sock):
    fd = sock.fileno()
    null = os.open("/dev/null", os.O_RDWR)
    for standard in (0, 1):  # the worker's pipes belong to the harness alone
        os.dup2(null, standard)
    os.close(null)
    job = recv_frame(fd)
    code = None
    while True:
        request = recv_frame(fd)
        if "code" in request:
            code = request["code"]
            continue
        pid, ends = _fork_child(job, request, code)
        data = b"".join(end.to_bytes(4, sys.byteorder, signed=True) for end in ends)
        sock.sendmsg([pid.to_bytes(8, "big")], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, data)])
        for end in ends:
            os.close(end)
        _, status, usage = os.wait4(pid, 0)
        send_frame(fd, (status, int((usage.ru_utime + usage.ru_stime) * 1000), usage.ru_maxrss))


def _fork_child(job, request, code):
    stdin, stdout, stderr, result = os.pipe(), os.pipe(), os.pipe(), os.pipe()
    compiling = request["step"] == "compile"
    python = job["language"]["compile"] is None
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            os.dup2(stdin[0], 0)
            os.dup2(stdout[1], 1)
            os.dup2(stderr[1], 2)
            os.dup2(result[1], 3)
            os.closerange(4, 4096)
            first_to_go()
            signals_to_default(python)
            set_limits(job["compile_limits"] if compiling else job["limits"])
            _target(job, request, code)
        finally:
            os._exit(70)
    for end in (stdin[0], stdout[1], stderr[1], result[1]):
        os.close(end)
    return pid, [stdin[1], stdout[0], stderr[0], result[0]]


def _target(job, request, code):
    language = job["language"]
    if request["step"] == "compile":
        argv = language["compile"]
        if argv:
            os.execv(argv[0], argv)
        compile_python(job["source"], 3)
    elif code is not None:
        child_python(code, request["kind"], 3)
    else:
        os.execv(language["run"][0], language["run"])
