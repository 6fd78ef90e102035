values = [float(x) for x in input().split()]
average = sum(values) / len(values)
above = 0
for v in values:
    if v > average:
        above += 1
lowest = min(values)
highest = max(values)
print(f"min {lowest:.2f}")
print(f"max {highest:.2f}")
print(f"avg {average:.2f}")
print(f"above {above}")
