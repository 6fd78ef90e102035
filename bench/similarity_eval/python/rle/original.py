import sys


def encode(text):
    if not text:
        return ""
    parts = []
    current = text[0]
    run = 1
    for ch in text[1:]:
        if ch == current:
            run += 1
        else:
            parts.append(f"{run}{current}")
            current = ch
            run = 1
    parts.append(f"{run}{current}")
    return "".join(parts)


def decode(code):
    result = []
    digits = ""
    for ch in code:
        if ch.isdigit():
            digits += ch
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
