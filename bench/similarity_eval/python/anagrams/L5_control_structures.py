import sys


def signature(word):
    """Letters of the word, sorted: anagrams share it."""
    return "".join(sorted(word.lower()))


def group_words(words):
    groups = {}
    seen = set()
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word not in seen:
            seen.add(word)
            key = signature(word)
            groups.setdefault(key, []).append(word)
    return groups


def report(groups):
    big = []
    lonely = 0
    for members in groups.values():
        if len(members) > 1:
            big.append(sorted(members))
        else:
            lonely += 1
    big.sort(key=lambda members: (-len(members), members[0]))
    for members in big:
        print(len(members), " ".join(members))
    print("singletons:", lonely)


def main():
    words = sys.stdin.read().split()
    if words:
        report(group_words(words))
    else:
        print("no words")


if __name__ == "__main__":
    main()
