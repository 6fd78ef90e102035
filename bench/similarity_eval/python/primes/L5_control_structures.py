def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d <= int(n ** 0.5):
        if n % d == 0:
            return False
        d += 1
    return True


limit = int(input())
count = 0
total = 0
n = 2
while n <= limit:
    if is_prime(n):
        count += 1
        total += n
    n += 1
print(count, total)
