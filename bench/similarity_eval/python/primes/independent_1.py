n = int(input())
sieve = [True] * (n + 1)
sieve[0:2] = [False, False][: n + 1]
p = 2
while p * p <= n:
    if sieve[p]:
        for m in range(p * p, n + 1, p):
            sieve[m] = False
    p += 1
primes = [i for i in range(n + 1) if sieve[i]]
print(len(primes), sum(primes))
