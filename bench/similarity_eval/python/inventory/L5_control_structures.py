import sys


class Inventory:
    def __init__(self):
        self.stock = {}
        self.errors = 0

    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty <= have:
            if qty != have:
                self.stock[item] = have - qty
            else:
                del self.stock[item]
            return None
        self.errors += 1
        return f"error: only {have} {item}"

    def query(self, item):
        return f"{item}: {self.stock.get(item, 0)}"


def process(inventory, line):
    parts = line.split()
    if not parts:
        return None
    match parts:
        case ["add", item, qty]:
            inventory.add(item, int(qty))
            return None
        case ["remove", item, qty]:
            return inventory.remove(item, int(qty))
        case ["query", item]:
            return inventory.query(item)
    inventory.errors += 1
    return f"error: bad command {line.strip()}"


def main():
    inventory = Inventory()
    lines = sys.stdin.readlines()
    i = 0
    while i < len(lines):
        message = process(inventory, lines[i])
        if message:
            print(message)
        i += 1
    for item in sorted(inventory.stock):
        print(item, inventory.stock[item])
    print("errors:", inventory.errors)


main()
