limit = int(input())
found = []
for candidate in range(2, limit + 1):
    for p in found:
        if p * p > candidate:
            found.append(candidate)
            break
        if candidate % p == 0:
            break
    else:
        found.append(candidate)
print(len(found), sum(found))
