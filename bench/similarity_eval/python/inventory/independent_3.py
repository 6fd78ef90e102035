import sys

items = []
counts = []
errors = 0


def position(name):
    for i in range(len(items)):
        if items[i] == name:
            return i
    items.append(name)
    counts.append(0)
    return len(items) - 1


lines = sys.stdin.readlines()
for line in lines:
    w = line.split()
    if not w:
        continue
    if w[0] == "add" and len(w) == 3:
        counts[position(w[1])] += int(w[2])
    elif w[0] == "remove" and len(w) == 3:
        i = position(w[1])
        if counts[i] >= int(w[2]):
            counts[i] -= int(w[2])
        else:
            errors += 1
            print("error: only " + str(counts[i]) + " " + w[1])
    elif w[0] == "query" and len(w) == 2:
        print(w[1] + ": " + str(counts[position(w[1])]))
    else:
        errors += 1
        print("error: bad command " + line.strip())

order = sorted(range(len(items)), key=lambda i: items[i])
for i in order:
    if counts[i] > 0:
        print(items[i], counts[i])
print("errors:", errors)
