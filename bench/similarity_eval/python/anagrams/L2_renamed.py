import sys


def canonical(term):
    """Letters of the word, sorted: anagrams share it."""
    return "".join(sorted(term.lower()))


def bucketize(terms):
    buckets = {}
    done = set()
    for term in terms:
        if term in done:
            continue
        done.add(term)
        k = canonical(term)
        if k not in buckets:
            buckets[k] = []
        buckets[k].append(term)
    return buckets


def show(buckets):
    multi = [sorted(group) for group in buckets.values() if len(group) > 1]
    multi.sort(key=lambda group: (-len(group), group[0]))
    for group in multi:
        print(len(group), " ".join(group))
    alone = sum(1 for group in buckets.values() if len(group) == 1)
    print("singletons:", alone)


def entry():
    terms = sys.stdin.read().split()
    if not terms:
        print("no words")
        return
    show(bucketize(terms))


if __name__ == "__main__":
    entry()
