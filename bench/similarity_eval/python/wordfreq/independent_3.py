import sys
from collections import defaultdict


def words_of(stream):
    buf = []
    for ch in stream:
        if ch.isalpha():
            buf.append(ch)
        elif buf:
            yield "".join(buf).lower()
            buf = []
    if buf:
        yield "".join(buf).lower()


first, _, rest = sys.stdin.read().partition("\n")
k = int(first)
banned = frozenset(["the", "a", "an", "and", "or", "of", "to", "in"])
occ = defaultdict(int)
for w in words_of(rest):
    if w not in banned:
        occ[w] += 1
everything = sum(occ.values())
ranking = sorted(occ, key=lambda w: (-occ[w], w))
i = 0
while i < k and i < len(ranking):
    w = ranking[i]
    print(w, occ[w], "%.1f%%" % (100 * occ[w] / everything))
    i += 1
print("distinct", len(occ))
