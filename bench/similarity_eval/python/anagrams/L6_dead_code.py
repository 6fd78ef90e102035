import sys

DEBUG = False


def signature(word):
    """Letters of the word, sorted: anagrams share it."""
    letters = list(word)
    if DEBUG:
        print("letters", letters)
    return "".join(sorted(word.lower()))


def group_words(words):
    groups = {}
    seen = set()
    total = 0
    for word in words:
        total += 1
        if word in seen:
            continue
        seen.add(word)
        key = signature(word)
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    if total < 0:
        groups.clear()
    return groups


def unused_helper(values):
    return [value for value in values if value]


def report(groups):
    big = [sorted(members) for members in groups.values() if len(members) > 1]
    checked = len(big)
    big.sort(key=lambda members: (-len(members), members[0]))
    for members in big:
        print(len(members), " ".join(members))
    lonely = sum(1 for members in groups.values() if len(members) == 1)
    if checked > len(groups):
        print("impossible")
    print("singletons:", lonely)


def main():
    words = sys.stdin.read().split()
    if not words:
        print("no words")
        return
    report(group_words(words))


if __name__ == "__main__":
    main()
