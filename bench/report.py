"""The benchmark's one table: every target as a ratio measured in the same run, the absolutes beside it."""

from __future__ import annotations


def sandbox_rows(s: dict) -> list[tuple[str, str, str, str]]:
    return [
        (
            "Sandbox overhead (pre-started, as workers run)",
            f"{s['ratio_prestarted']:.2f}x bare",
            "<= 0.5",
            f"{s['sandbox_prestarted_ms']:.1f} ms vs bare python3 {s['bare_ms']:.1f} ms",
        ),
        (
            "Isolation: seccomp filter + no nested user namespaces",
            f"{s['start_hardened_ms'] / s['start_without_seccomp_and_userns_ms']:.2f}x start",
            "(info)",
            f"bwrap to ready {s['start_hardened_ms']:.1f} ms vs {s['start_without_seccomp_and_userns_ms']:.1f} ms "
            "without them",
        ),
        (
            "Isolation: fresh /work and /tmp mounts, cgroup limit, peak reset, readings",
            f"{s['cgroup_per_submission_ms'] / s['bare_ms']:.2f}x bare",
            "(info)",
            f"{s['cgroup_per_submission_ms']:.2f} ms a submission",
        ),
        (
            "Isolation: one more test (fork, clean /work and /tmp, cgroup readings)",
            f"{s['per_test_ms'] / s['bare_ms']:.2f}x bare",
            "(info)",
            f"{s['per_test_ms']:.2f} ms a test",
        ),
        (
            "Sandbox overhead (cold bwrap start)",
            f"{s['ratio_cold']:.2f}x bare",
            "(info)",
            f"{s['sandbox_cold_ms']:.1f} ms",
        ),
    ]


def grading_rows(t: dict, lat: dict, b: dict) -> list[tuple[str, str, str, str]]:
    cpu = t["cpu_ms_per_submission"]
    return [
        (
            "End-to-end throughput",
            f"{t['ratio']:.2f} of ceiling",
            ">= 0.2",
            f"{t['per_second']:.1f}/s vs bare {t['bare_ceiling_per_second']:.1f}/s ({t['submissions']} submissions)",
        ),
        ("Throughput, absolute", f"{t['per_second']:.1f}/s", ">= 10/s", ""),
        (
            "What bounds it: sandboxes alone on every core",
            f"{t['sandbox_only_ratio_bound']:.2f} of ceiling",
            "(info)",
            f"{cpu['sandboxes']:.1f} ms CPU a sandboxed run vs {t['bare_cpu_ms_per_submission']:.1f} ms bare;"
            f" all parts: {cpu['whole machine']:.0f} ms a submission, {t['cpu_bound_per_second']:.0f}/s on every core",
        ),
        (
            "What bounds it: all but the sandbox on every core",
            f"{t['rest_only_ratio_bound']:.2f} of ceiling",
            "(info)",
            f"{cpu['whole machine'] - cpu['sandboxes']:.1f} ms CPU a submission outside the sandbox",
        ),
        ("Idle latency submit->graded", f"p50 {lat['p50_ms']:.0f} ms", "p50 <= 150 ms", f"p95 {lat['p95_ms']:.0f} ms"),
        (
            "Deadline burst drain",
            f"{b['ratio']:.2f}x steady",
            "<= 1.2",
            f"{b['submissions']} in {b['drain_seconds']:.1f} s; lost {b['lost']}, duplicates {b['duplicates']}",
        ),
    ]


def table(results: dict) -> str:
    s, t, lat, b, a, m = (results[k] for k in ("sandbox", "throughput", "latency", "burst", "api", "memory"))
    lg = results["logins"]
    rows = [
        *sandbox_rows(s),
        *grading_rows(t, lat, b),
        (
            "Nested assignment GET (10 q)",
            f"{a['nested_ratio']:.2f} of /health",
            ">= 0.4",
            f"{a['nested_get_rps']:.0f} vs {a['health_rps']:.0f} req/s",
        ),
        ("Autosave PUT", f"{a['autosave_ratio']:.2f} of /health", ">= 0.4", f"{a['autosave_put_rps']:.0f} req/s"),
        (
            "SQL queries per nested GET (1/10/50 q)",
            "/".join(str(v) for v in a["queries_by_questions"].values()),
            "constant, <= 3 (+1 auth)",
            "",
        ),
        (
            f"Login burst ({lg['logins']} clients at once): CPU per login, PBKDF2 600k vs argon2id",
            f"{lg['ratio']:.1f}x less",
            ">= 8x",
            f"{lg['old_cpu_ms_per_login']:.1f} vs {lg['new_cpu_ms_per_login']:.1f} ms (old includes the upgrade); "
            f"{lg['old_seconds']:.1f} vs {lg['new_seconds']:.1f} s; hashes alone {lg['pbkdf2_hash_ms']:.1f} vs "
            f"{lg['argon2id_hash_ms']:.1f} ms ({lg['hash_ratio']:.1f}x)",
        ),
        longpoll_row(results),
        *flood_rows(results["flood"]),
        *lti_rows(results["lti"]),
        ("Idle RSS: API / one worker", f"{m['api_rss_mb']:.0f} / {m['worker_rss_mb']:.0f} MB", "<= 150 MB each", ""),
    ]
    lines = ["| measure | result | target | absolute |", "|---|---|---|---|"]
    rows += [
        (
            f"Sandbox overhead, {name} (compile + one test)",
            f"{row['sandbox_ms'] / row['bare_ms']:.2f}x bare",
            "(info)",
            f"{row['sandbox_ms']:.1f} ms sandboxed vs {row['bare_ms']:.1f} ms bare toolchain",
        )
        for name, row in results["languages"].items()
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def lti_rows(lti: dict) -> list[tuple[str, str, str, str]]:
    paced, over = lti["paced"], lti["over_limit"]
    return [
        (
            f"LTI passback after a rejudge ({paced['students']} students), paced below the platform's limit",
            f"{paced['ratio_of_limit']:.2f} of its limit",
            "<= 1.0, no 429",
            f"{paced['delivered']} scores in {paced['seconds']:.1f} s ({paced['per_second']:.0f}/s, limit "
            f"{paced['platform_limit_per_second']}/s); 429s {paced['rate_limited_429']}, "
            f"duplicates {paced['duplicates']}",
        ),
        (
            f"LTI passback paced above the platform's limit ({over['students']} students): Retry-After honoured",
            f"{over['delivered']}/{over['students']} delivered",
            "all, no duplicates",
            f"{over['seconds']:.1f} s ({over['per_second']:.0f}/s, limit {over['platform_limit_per_second']}/s); "
            f"429s {over['rate_limited_429']}, duplicates {over['duplicates']}",
        ),
    ]


def longpoll_row(results: dict) -> tuple[str, str, str, str]:
    lp = results["longpolls"]
    return (
        f"Another user's GET /classes p95 during {lp['polls']} long-polls of one student",
        f"{lp['p95_ratio']:.2f}x idle",
        "<= 2",
        f"p95 {lp['flood_p95_ms']:.0f} vs {lp['idle_p95_ms']:.0f} ms idle (p50 {lp['flood_p50_ms']:.0f} vs "
        f"{lp['idle_p50_ms']:.0f}); {lp['waited']} of the polls waited, the rest answered at once",
    )


def flood_rows(f: dict) -> list[tuple[str, str, str, str]]:
    """The combined flood (bench/flood.py): the classmate's time to graded and a third user's reads, vs idle."""
    what = f"one student's flood ({f['submissions']} x {f['flood_seconds_each']} s submissions, {f['polls']} polls)"
    rows = [
        (
            f"Another student's {lane} submission, submit->graded, during {what}",
            f"p50 {f[f'{lane}_p50_ratio']:.1f}x / p95 {f[f'{lane}_p95_ratio']:.1f}x idle",
            f"<= own time + one slot ({f['flood_seconds_each']} s)",
            f"p50 {f[f'{lane}_flood_p50_ms']:.0f} vs {f[f'{lane}_idle_p50_ms']:.0f} ms, p95 "
            f"{f[f'{lane}_flood_p95_ms']:.0f} vs {f[f'{lane}_idle_p95_ms']:.0f} ms ({f[f'{lane}_count']} submissions)",
        )
        for lane in ("exam", "practice")
    ]
    rows.append(
        (
            f"A third user's GET /classes p95 during {what}",
            f"{f['reads_p95_ratio']:.2f}x idle",
            "<= 2",
            f"p95 {f['reads_flood_p95_ms']:.0f} vs {f['reads_idle_p95_ms']:.0f} ms (p50 {f['reads_flood_p50_ms']:.0f}"
            f" vs {f['reads_idle_p50_ms']:.0f}); flood lost {f['flood_lost']}, graded once {f['flood_graded_once']}"
            f"/{f['submissions']}; autosaves {f['autosaves']}",
        )
    )
    return rows
