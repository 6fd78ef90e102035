acc = 0
how_many = 0


def check(value):
    # a number is prime when nothing up to its root divides it
    steps = 0
    if value < 2:
        return False
    k = 2
    while k <= int(value ** 0.5):
        steps = steps + 1
        if value % k == 0:
            return False
        k += 1
    return True


top = int(input())
value = 2
while value <= top:
    if check(value):
        acc += value
        how_many += 1
    value += 1
print(how_many, acc)
