import sys

# cnt-length encoding, e.g. aaab -> 3a1b
def squash(s):
    if not s:
        return ""  # nothing to do
    chunks = []
    prev = s[0]
    cnt = 1
    for c in s[1:]:
        if c == prev:
            cnt += 1
        else:
            chunks.append(f"{cnt}{prev}")
            prev = c; cnt = 1
    chunks.append(f"{cnt}{prev}")
    return "".join(chunks)

# inverse of squash
def unsquash(packed):
    out = []
    num = ""
    for c in packed:
        if c.isdigit():
            num += c     # collect the count
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

def go():
    for row in sys.stdin:
        op, _, arg = row.rstrip("\n").partition(" ")
        if op == "E":
            print(squash(arg))
        elif op == "D":
            print(unsquash(arg))
        else:
            print("bad mode", op)

go()
