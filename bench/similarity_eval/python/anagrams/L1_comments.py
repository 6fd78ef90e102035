# Anagram groups
# reads words, prints the groups of anagrams

import sys

def signature(word):
    # sort the letters
    return "".join( sorted( word.lower() ) )

def group_words(words):
    groups = {}   # signature -> words
    seen = set()  # words already placed
    for word in words:
        if word in seen: continue
        seen.add(word)
        key = signature(word)
        if key not in groups: groups[key] = []
        groups[key].append(word)
    return groups

def report(groups):
    # the groups with more than one word, biggest first
    big = [sorted(members)
           for members in groups.values()
           if len(members) > 1]
    big.sort(key=lambda members: (-len(members), members[0]))
    for members in big:
        print(len(members), " ".join(members))
    # and how many words have no partner
    lonely = sum(1 for members in groups.values() if len(members) == 1)
    print("singletons:", lonely)

def main():
    words = sys.stdin.read().split()
    if not words:
        print("no words"); return
    report(group_words(words))

if __name__ == "__main__":
    main()
