above = 0
values = [float(x) for x in input().split()]
average = sum(values) / len(values)
highest = max(values)
lowest = min(values)
for v in values:
    if v > average:
        above += 1
print(f"min {lowest:.2f}")
print(f"max {highest:.2f}")
print(f"avg {average:.2f}")
print(f"above {above}")
