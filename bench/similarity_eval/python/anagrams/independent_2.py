import sys
from collections import Counter


class AnagramIndex:
    def __init__(self):
        self.buckets = {}

    @staticmethod
    def key_of(word):
        counts = Counter(word.lower())
        return frozenset(counts.items())

    def add(self, word):
        bucket = self.buckets.setdefault(self.key_of(word), [])
        if word not in bucket:
            bucket.append(word)

    def families(self):
        return [sorted(b) for b in self.buckets.values() if len(b) > 1]

    def loners(self):
        return len([b for b in self.buckets.values() if len(b) == 1])


def run(stream):
    index = AnagramIndex()
    count = 0
    for line in stream:
        for token in line.split():
            index.add(token)
            count += 1
    if count == 0:
        return ["no words"]
    out = []
    for fam in sorted(index.families(), key=lambda f: (-len(f), f[0])):
        out.append(f"{len(fam)} {' '.join(fam)}")
    out.append(f"singletons: {index.loners()}")
    return out


print("\n".join(run(sys.stdin)))
