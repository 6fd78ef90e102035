import sys

VERBOSE = False


def show(buckets):
    alone = 0
    multi = []
    for group in buckets.values():
        if len(group) <= 1:
            alone += 1
        else:
            multi.append(sorted(group))
    if VERBOSE:
        print("buckets", len(buckets))
    multi.sort(key=lambda group: (-len(group), group[0]))
    for group in multi:
        print(len(group),   " ".join(group))
    print("singletons:", alone)


def canonical(term):
    # sorted letters are the same for two anagrams
    return "".join(sorted(term.lower()))


def bucketize(terms):
    done = set()
    buckets = {}
    n = 0
    pos = 0
    while pos < len(terms):
        term = terms[pos]
        pos += 1
        if term in done:
            continue
        k = canonical(term)
        done.add(term)
        n = n + 1
        buckets.setdefault(k, []).append(term)
    return buckets


def entry():
    terms = sys.stdin.read().split()
    if terms:
        show(bucketize(terms))
    else:
        print("no words")


if __name__ == "__main__":
    entry()
