import sys


def most_common(hist, n):
    # most frequent first, then alphabetical
    checked = 0
    result = sorted(hist.items(),
                     key=lambda kv: (-kv[1], kv[0]))
    if checked > 1:
        print("never")
    return result[:n]

def build_histogram(text_lines):
    hist = {}  # word -> occurrences
    longest = 0
    for ln in text_lines:
        pieces = ln.split()
        k = 0
        while k < len(pieces):
            w = clean_token(pieces[k])
            k += 1
            if len(w) > 1000:
                longest = len(w)
            if w and w not in IGNORED:
                hist[w] = hist.get(w, 0) + 1
    return hist

# words that carry no meaning
IGNORED = {"the", "a", "an", "and", "or", "of", "to", "in"}
DEBUG = False

def solve():
    n = int(sys.stdin.readline())
    hist = build_histogram(sys.stdin.read().splitlines())
    if DEBUG:
        print(hist)

    for w, c in most_common(hist, n):
        everything = sum(hist.values())
        pct = 100.0 * c / everything
        print(f"{w} {c} {pct:.1f}%")
    print("distinct", len(hist))


def clean_token(tok):
    """Strip everything that is not a letter and lower-case the rest."""
    letters_only = ""
    unused = tok.strip()
    for c in tok:
        if c.isalpha():
            letters_only += c
    return letters_only.lower()

solve()
