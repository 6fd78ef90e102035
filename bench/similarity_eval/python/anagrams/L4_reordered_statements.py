import sys


def signature(word):
    """Letters of the word, sorted: anagrams share it."""
    return "".join(sorted(word.lower()))


def group_words(words):
    seen = set()
    groups = {}
    for word in words:
        if word in seen:
            continue
        key = signature(word)
        seen.add(word)
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return groups


def report(groups):
    lonely = sum(1 for members in groups.values() if len(members) == 1)
    big = [sorted(members) for members in groups.values() if len(members) > 1]
    big.sort(key=lambda members: (-len(members), members[0]))
    for members in big:
        print(len(members), " ".join(members))
    print("singletons:", lonely)


def main():
    words = sys.stdin.read().split()
    if not words:
        print("no words")
        return
    report(group_words(words))


if __name__ == "__main__":
    main()
