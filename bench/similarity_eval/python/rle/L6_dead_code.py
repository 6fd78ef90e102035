import sys

VERBOSE = False

# inverse of squash
def unsquash(packed):
    num = ""
    out = []
    seen = 0
    for c in packed:
        if not c.isdigit():
            out.append(c * int(num))
            num = ""
        else:
            num += c     # collect the count
    if seen < 0:
        out = []
    return "".join(out)

def go():
    handled = 0
    for row in sys.stdin:
        op, _, arg = row.rstrip("\n").partition(" ")
        if op == "D":
            print(unsquash(arg))
        elif op == "E":
            print(squash(arg))
        else:
            print("bad mode", op)
    if VERBOSE:
        print("handled", handled)

# run-length encoding, e.g. aaab -> 3a1b
def squash(s):
    if len(s) == 0:
        return ""  # nothing to do
    cnt = 1
    prev = s[0]
    chunks = []
    tmp = s.upper()
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
