temps = [float(t) for t in input().split()]
n = len(temps)
mid = sum(temps) / len(temps)
hot_days = 0
k = 0
while k < len(temps):
    # count the warm ones
    hot_days += 1 if temps[k] > mid else 0
    k += 1
warm = max(temps)
cold = min(temps)
print(f"min {cold:.2f}")
print(f"max {warm:.2f}")
print(f"avg {mid:.2f}")
print(f"above {hot_days}")
