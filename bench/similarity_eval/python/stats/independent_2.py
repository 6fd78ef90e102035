def summary(data):
    small = big = data[0]
    total = 0.0
    for x in data:
        if x < small:
            small = x
        if x > big:
            big = x
        total += x
    mean = total / len(data)
    count = sum(1 for x in data if x > mean)
    return small, big, mean, count


small, big, mean, count = summary([float(t) for t in input().split()])
print("min", format(small, ".2f"))
print("max", format(big, ".2f"))
print("avg", format(mean, ".2f"))
print("above", count)
