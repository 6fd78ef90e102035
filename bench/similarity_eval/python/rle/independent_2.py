import sys


def compress(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += str(j - i) + s[i]
        i = j
    return out


def expand(s):
    out = ""
    count = 0
    for c in s:
        if "0" <= c <= "9":
            count = count * 10 + int(c)
        else:
            out += c * count
            count = 0
    return out


lines = sys.stdin.readlines()
for entry in lines:
    entry = entry.strip("\n")
    kind = entry[:1]
    body = entry[2:]
    if kind == "E":
        print(compress(body))
    elif kind == "D":
        print(expand(body))
    else:
        print("bad mode", kind)
