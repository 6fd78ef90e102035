import sys

PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101]


def code(word):
    # product of one prime per letter: equal for anagrams only
    product = 1
    for ch in word.lower():
        if "a" <= ch <= "z":
            product *= PRIMES[ord(ch) - ord("a")]
        else:
            product *= 103 + ord(ch)
    return product


def solve(words):
    if not words:
        return "no words"
    unique = sorted(set(words))
    by_code = {}
    for w in unique:
        by_code.setdefault(code(w), []).append(w)
    lines = []
    multi = [g for g in by_code.values() if len(g) > 1]
    multi.sort(key=lambda g: (-len(g), g[0]))
    for g in multi:
        lines.append(str(len(g)) + " " + " ".join(g))
    lines.append("singletons: " + str(len(by_code) - len(multi)))
    return "\n".join(lines)


print(solve(sys.stdin.read().split()))
