"""How much each benchmark run does: a full run, a quick smoke run, and the tiny one the test suite runs."""

COUNTS = {
    "full": {
        "sandbox": 200,
        "latency": 50,
        "throughput": 200,
        "burst": 1000,
        "seconds": 5.0,
        "logins": 300,
        "longpolls": 1500,
        "flood": 6,
        "flooders": (50, 500),
    },
    "quick": {
        "sandbox": 40,
        "latency": 15,
        "throughput": 60,
        "burst": 150,
        "seconds": 2.0,
        "logins": 300,
        "longpolls": 1500,
        "flood": 6,
        "flooders": (50, 500),
    },
    "tiny": {
        "sandbox": 3,
        "latency": 3,
        "throughput": 6,
        "burst": 8,
        "seconds": 0.5,
        "logins": 10,
        "longpolls": 20,
        "flood": 1,
        "flooders": (4, 20),
    },
}
LTI_STUDENTS = {"full": 1000, "quick": 200, "tiny": 12}  # the LTI passback row's class size
