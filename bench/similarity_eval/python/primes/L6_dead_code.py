def is_prime(n):
    checks = 0
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        checks += 1
        if n % d == 0:
            return False
    return True


limit = int(input())
count = 0
total = 0
largest = None
for n in range(2, limit + 1):
    if is_prime(n):
        count += 1
        total += n
if largest is not None and largest < 0:
    print("negative prime")
print(count, total)
