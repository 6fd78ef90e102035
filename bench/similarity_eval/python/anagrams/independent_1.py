from collections import defaultdict
import sys

text = sys.stdin.read().split()
if len(text) == 0:
    print("no words")
    sys.exit(0)

classes = defaultdict(set)
for w in text:
    classes[tuple(sorted(w.lower()))].add(w)

result = []
single = 0
for members in classes.values():
    if len(members) >= 2:
        result.append(sorted(members))
    else:
        single += 1

result.sort(key=lambda g: (-len(g), g[0]))
for g in result:
    print(len(g), *g)
print("singletons:", single)
