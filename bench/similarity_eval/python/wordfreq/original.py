import sys

STOP_WORDS = {"the", "a", "an", "and", "or", "of", "to", "in"}


def normalize(word):
    # keep letters only, lower case
    cleaned = "".join(ch for ch in word if ch.isalpha())
    return cleaned.lower()


def count_words(lines):
    counts = {}
    for line in lines:
        for raw in line.split():
            word = normalize(raw)
            if not word or word in STOP_WORDS:
                continue
            counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(counts, limit):
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ordered[:limit]


def main():
    limit = int(sys.stdin.readline())
    counts = count_words(sys.stdin.read().splitlines())
    total = sum(counts.values())
    for word, count in top_words(counts, limit):
        share = 100.0 * count / total
        print(f"{word} {count} {share:.1f}%")
    print("distinct", len(counts))


main()
