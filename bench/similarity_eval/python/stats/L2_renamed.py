temps = [float(t) for t in input().split()]
cold = min(temps)
warm = max(temps)
mid = sum(temps) / len(temps)
hot_days = 0
for t in temps:
    if t > mid:
        hot_days += 1
print(f"min {cold:.2f}")
print(f"max {warm:.2f}")
print(f"avg {mid:.2f}")
print(f"above {hot_days}")
