# read the temperatures of one line
values = [float(x) for x in input().split()]

lowest = min(values)    # coldest
highest = max(values)   # warmest
average = sum(values) / len(values)

# how many are above the average
above = 0
for v in values:
    if v > average: above += 1

print(f"min {lowest:.2f}")
print(f"max {highest:.2f}")
print(f"avg {average:.2f}")
print(f"above {above}")
