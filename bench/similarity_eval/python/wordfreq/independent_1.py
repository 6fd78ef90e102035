from collections import Counter
import re
import sys

IGNORE = set("the a an and or of to in".split())

data = sys.stdin.read().split("\n", 1)
n = int(data[0])
text = data[1] if len(data) > 1 else ""
words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
freq = Counter(w for w in words if w not in IGNORE)
total = sum(freq.values())
best = sorted(freq.items(), key=lambda p: (-p[1], p[0]))[:n]
for w, c in best:
    print("%s %d %.1f%%" % (w, c, c * 100.0 / total))
print("distinct", len(freq))
