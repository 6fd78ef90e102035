import sys

# run-length encoding, e.g. aaab -> 3a1b
def encode(text):
    if not text:
        return ""  # nothing to do
    parts = []
    current = text[0]
    run = 1
    for ch in text[1:]:
        if ch == current:
            run += 1
        else:
            parts.append(f"{run}{current}")
            current = ch; run = 1
    parts.append(f"{run}{current}")
    return "".join(parts)

# inverse of encode
def decode(code):
    result = []
    digits = ""
    for ch in code:
        if ch.isdigit():
            digits += ch     # collect the count
        else:
            result.append(ch * int(digits))
            digits = ""
    return "".join(result)

def main():
    for line in sys.stdin:
        mode, _, payload = line.rstrip("\n").partition(" ")
        if mode == "E":
            print(encode(payload))
        elif mode == "D":
            print(decode(payload))
        else:
            print("bad mode", mode)

main()
