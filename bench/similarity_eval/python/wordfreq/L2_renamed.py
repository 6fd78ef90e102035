import sys

# words that carry no meaning
IGNORED = {"the", "a", "an", "and", "or", "of", "to", "in"}


def clean_token(tok):
    """Strip everything that is not a letter and lower-case the rest."""
    letters_only = "".join( c for c in tok if c.isalpha() )
    return letters_only.lower()

def build_histogram(text_lines):
    # word -> occurrences
    hist = {}
    for ln in text_lines:
        for piece in ln.split():
            w = clean_token(piece)
            if not w or w in IGNORED:
                continue   # skip stop words
            hist[w] = hist.get(w, 0) + 1
    return hist

def most_common(hist, n):
    # most frequent first, then alphabetical
    result = sorted(hist.items(),
                     key=lambda kv: (-kv[1], kv[0]))
    return result[:n]

def solve():
    n = int(sys.stdin.readline())
    hist = build_histogram(sys.stdin.read().splitlines())
    everything = sum(hist.values())

    for w, c in most_common(hist, n):
        pct = 100.0 * c / everything
        print(f"{w} {c} {pct:.1f}%")
    print("distinct", len(hist))

solve()
