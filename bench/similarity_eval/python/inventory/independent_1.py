import sys
from collections import defaultdict

stock = defaultdict(int)
bad = 0
for raw in sys.stdin.read().splitlines():
    cmd = raw.split()
    if len(cmd) == 0:
        continue
    op, args = cmd[0], cmd[1:]
    try:
        if op == "add":
            name, n = args
            stock[name] += int(n)
        elif op == "remove":
            name, n = args
            n = int(n)
            if stock[name] < n:
                print("error: only %d %s" % (stock[name], name))
                bad += 1
            else:
                stock[name] -= n
        elif op == "query":
            (name,) = args
            print("%s: %d" % (name, stock[name]))
        else:
            raise ValueError(op)
    except ValueError:
        print("error: bad command " + raw.strip())
        bad += 1

for name in sorted(k for k, v in stock.items() if v > 0):
    print(name, stock[name])
print("errors:", bad)
