import itertools
import re
import sys

for raw in sys.stdin.read().splitlines():
    op, data = raw[0], raw[2:]
    if op == "E":
        print("".join(str(len(list(g))) + k for k, g in itertools.groupby(data)))
    elif op == "D":
        print("".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", data)))
    else:
        print("bad mode", op)
