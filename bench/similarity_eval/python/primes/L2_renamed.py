def check(value):
    if value < 2:
        return False
    for k in range(2, int(value ** 0.5) + 1):
        if value % k == 0:
            return False
    return True


top = int(input())
how_many = 0
acc = 0
for value in range(2, top + 1):
    if check(value):
        how_many += 1
        acc += value
print(how_many, acc)
