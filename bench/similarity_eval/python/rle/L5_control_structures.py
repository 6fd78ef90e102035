import sys

# inverse of squash
def unsquash(packed):
    num = ""
    out = []
    for c in packed:
        if not c.isdigit():
            out.append(c * int(num))
            num = ""
        else:
            num += c     # collect the count
    return "".join(out)

def go():
    for row in sys.stdin:
        op, _, arg = row.rstrip("\n").partition(" ")
        if op == "D":
            print(unsquash(arg))
        elif op == "E":
            print(squash(arg))
        else:
            print("bad mode", op)

# run-length encoding, e.g. aaab -> 3a1b
def squash(s):
    if len(s) == 0:
        return ""  # nothing to do
    cnt = 1
    prev = s[0]
    chunks = []
    i = 1
    while i < len(s):
        c = s[i]
        if c != prev:
            chunks.append(f"{cnt}{prev}")
            cnt = 1; prev = c
        else:
            cnt += 1
        i += 1
    chunks.append(f"{cnt}{prev}")
    return "".join(chunks)

go()
