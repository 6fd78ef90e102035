def prime(x):
    if x < 2:
        return False
    i = 2
    while i * i <= x:
        if x % i == 0:
            return False
        i += 1
    return True


n = int(input())
primes = [x for x in range(n + 1) if prime(x)]
print(len(primes), sum(primes))
