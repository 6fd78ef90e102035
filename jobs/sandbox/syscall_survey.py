"""Which syscalls each language's runtime makes inside the sandbox: `python -m jobs.sandbox.syscall_survey` (root).

Every sandbox started here runs under `strace -f`; honest programs in every language (hello, input, arithmetic,
threads, files in /work and /tmp, a child process) and then the whole hostile suite run through `judge`, so the
survey sees what the runtimes, compilers and the harness call, and what an attacker tries. It prints the names seen
after the harness started, one per line, marking those the filter allows; seccomp.ALLOWED is this list minus what
seccomp.py refuses on purpose (its README section "Syscalls" says how it was taken).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from jobs.sandbox import bwrap
from jobs.sandbox.attack_kit import LIMITS, OK
from jobs.sandbox.cases import TestCase
from jobs.sandbox.judge import judge
from jobs.sandbox.runner import Slot
from jobs.sandbox.seccomp import allowed_names

SUM = TestCase("io", "2 3\n", "5\n")
HONEST = {
    "python": [
        "a, b = map(int, input().split())\nprint(a + b)\n",
        "import threading, os, json, math, re, collections, subprocess\nopen('/tmp/x', 'w').write('5')\n"
        "t = threading.Thread(target=print, args=(open('/tmp/x').read(),))\nt.start(); t.join()\n",
        "import subprocess, time, random, datetime, decimal, fractions, itertools, heapq\n"
        "print(subprocess.run(['/usr/bin/expr', '2', '+', '3'], capture_output=True, text=True).stdout, end='')\n",
    ],
    "c": ['#include <stdio.h>\nint main(void){ int a, b; scanf("%d %d", &a, &b); printf("%d\\n", a + b); }\n'],
    "cpp": [
        "#include <iostream>\n#include <thread>\nint main(){ int a, b; std::cin >> a >> b;"
        " std::thread t([&]{ std::cout << a + b << std::endl; }); t.join(); }\n"
    ],
    "java": [
        "import java.util.*;\npublic class Main { public static void main(String[] x) throws Exception {"
        " Scanner s = new Scanner(System.in); int a = s.nextInt(), b = s.nextInt();"
        " Thread t = new Thread(() -> System.out.println(a + b)); t.start(); t.join(); } }\n"
    ],
    "javascript": [
        "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n"
        "setTimeout(() => console.log(a + b), 1);\n"
    ],
}
CALL = re.compile(r"^(?:\[pid\s+\d+\] )?([a-z0-9_]+)\(")


def _traced(directory: str):
    real = subprocess.Popen

    def popen(argv: list[str], **kwargs):
        return real(["/usr/bin/strace", "-f", "-qq", "-ff", "-o", f"{directory}/trace", *argv], **kwargs)

    return SimpleNamespace(**{**vars(subprocess), "Popen": popen})


def names_in(directory: str) -> set[str]:
    """Syscalls of every process after it became (or was forked from) the harness: bwrap's own set-up is not ours."""
    seen: set[str] = set()
    for trace in Path(directory).iterdir():
        lines = trace.read_text(errors="replace").splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("execve(")]
        if starts and "bwrap" not in lines[starts[-1]] and "setpriv" not in lines[starts[-1]]:
            lines = lines[starts[-1] :]  # bwrap's child, once it became the harness (or anything exec'd later)
        elif starts:
            continue  # setpriv and the outer bwrap: outside the filter
        seen |= {found.group(1) for line in lines if (found := CALL.match(line))}
    return seen


def main() -> None:
    from jobs.sandbox.selftest import ATTACKS

    directory = tempfile.mkdtemp(prefix="syscall-survey-")
    bwrap.subprocess = _traced(directory)
    slot = Slot(base_uid=62000, slots=64)
    try:
        for language, programs in HONEST.items():
            for source in programs:
                judgement = judge(slot, language=language, source=source, tests=[SUM], limits=LIMITS)
                print(f"# {language}: {[t.verdict for t in judgement.tests]}", file=sys.stderr)
        if "--honest-only" not in sys.argv:
            for attack in ATTACKS:
                judge(slot, language=attack.language, source=attack.source, tests=attack.tests, limits=LIMITS)
        judge(slot, language="python", source="print('ok')\n", tests=[OK], limits=LIMITS)
    finally:
        slot.close()
    allowed = allowed_names()
    for name in sorted(names_in(directory)):
        print(f"{name} {'allowed' if name in allowed else 'REFUSED'}")


if __name__ == "__main__":
    main()
