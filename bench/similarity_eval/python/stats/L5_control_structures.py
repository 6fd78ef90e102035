values = [float(x) for x in input().split()]
lowest = min(values)
highest = max(values)
average = sum(values) / len(values)
above = 0
i = 0
while i < len(values):
    above += 1 if values[i] > average else 0
    i += 1
print(f"min {lowest:.2f}")
print(f"max {highest:.2f}")
print(f"avg {average:.2f}")
print(f"above {above}")
