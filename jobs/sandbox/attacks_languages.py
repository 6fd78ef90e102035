"""Attacks in the compiled and managed languages: C, C++, Java and JavaScript."""

from __future__ import annotations

from jobs.sandbox.attack_kit import Attack
from jobs.sandbox.attacks_resources import OVER_MB

ATTACKS: list[Attack] = [
    Attack(
        f"C: touch {OVER_MB} MB of a 64 MB limit and exit cleanly",
        "#include <stdio.h>\n#include <stdlib.h>\n"
        f"int main(void){{ long n = {OVER_MB}L << 20; volatile char *p = malloc(n); long sum = 0;"
        " for (long i = 0; i < n; i += 4096) p[i] = 1;"  # volatile: gcc would elide an unread buffer
        " for (long i = 0; i < n; i += 4096) sum += p[i];"
        ' puts(sum ? "ok" : "none"); return 0; }\n',
        ("memory_limit",),
        language="c",
    ),
    # C
    # a fork bomb's churn of dying processes holds kernel memory: either limit may end it first
    Attack(
        "C fork bomb",
        "#include <unistd.h>\nint main(void){ for(;;) fork(); }\n",
        ("time_limit|memory_limit",),
        language="c",
    ),
    Attack(
        "C heap bomb",
        "#include <stdlib.h>\n#include <string.h>\nint main(void){ for(;;){ char *p = malloc(1<<24);"
        " if(p) memset(p, 1, 1<<24);} }\n",
        ("memory_limit",),
        language="c",
    ),
    Attack(
        "C stdout flood",
        '#include <stdio.h>\nint main(void){ for(;;) puts("xxxxxxxxxxxxxxxx"); }\n',
        ("output_limit",),
        language="c",
    ),
    # every other language: fork bomb, memory, CPU and an output flood
    *(
        Attack(f"{language} {name}", source, (verdict,), language=language)
        for language, programs in {
            "cpp": {
                "fork bomb": "#include <unistd.h>\nint main(){ for(;;) fork(); }\n",
                "heap bomb": "#include <vector>\nint main(){ std::vector<std::vector<char>> v;"
                " for(;;) v.emplace_back(1 << 24, 1); }\n",
                "cpu loop": "int main(){ volatile unsigned long i = 0; for(;;) i++; }\n",
                "stdout flood": '#include <cstdio>\nint main(){ for(;;) std::puts("xxxxxxxxxxxxxxxx"); }\n',
            },
            "java": {
                "fork bomb": "public class Main { public static void main(String[] a) throws Exception {"
                ' for(;;) { try { new ProcessBuilder("/usr/bin/true").start(); } catch (Exception e) {} } } }\n',
                "heap bomb": "import java.util.*;\npublic class Main { public static void main(String[] a) {"
                " List<long[]> l = new ArrayList<>(); for(;;) l.add(new long[1 << 20]); } }\n",
                "cpu loop": "public class Main { public static void main(String[] a) { long i = 0; for(;;) i++; } }\n",
                "stdout flood": "public class Main { public static void main(String[] a) {"
                ' for(;;) System.out.println("xxxxxxxxxxxxxxxx"); } }\n',
            },
            "javascript": {
                "fork bomb": "const { spawn } = require('child_process');\n"
                "for (;;) { try { spawn('/usr/bin/sleep', ['60']); } catch (e) {} }\n",
                "heap bomb": "const a = []; for (;;) a.push(new Array(1 << 20).fill(1));\n",
                "cpu loop": "for (;;) {}\n",
                "stdout flood": "for (;;) process.stdout.write('x'.repeat(4096));\n",
            },
        }.items()
        for name, source in programs.items()
        for verdict in [
            {
                "fork bomb": "time_limit|memory_limit",
                "heap bomb": "memory_limit",
                "cpu loop": "time_limit",
                # node queues a write the full pipe refused and, its event loop never running, never retries it:
                # a flood that filled the pipe before the judge first read it stops at exactly the cap, then spins
                "stdout flood": "output_limit|time_limit" if language == "javascript" else "output_limit",
            }[name]
        ]
    ),
    Attack(
        "C ptrace of the judge",
        "#include <stdio.h>\n#include <sys/ptrace.h>\nint main(void){"
        ' puts(ptrace(PTRACE_ATTACH, 1, 0, 0) == 0 ? "attached" : "ok"); }\n',
        ("accepted",),
        language="c",
    ),
]
