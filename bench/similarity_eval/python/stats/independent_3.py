import statistics

readings = [float(r) for r in input().split()]
mean = statistics.mean(readings)
for label, value in (("min", min(readings)), ("max", max(readings)), ("avg", mean)):
    print(f"{label} {value:.2f}")
print(f"above {sum(r > mean for r in readings)}")
