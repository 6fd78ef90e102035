import sys


def process(inventory, line):
    parts = line.split()
    if not parts:
        return None
    command = parts[0]
    if command == "add" and len(parts) == 3:
        inventory.add(parts[1], int(parts[2]))
        return None
    if command == "remove" and len(parts) == 3:
        return inventory.remove(parts[1], int(parts[2]))
    if command == "query" and len(parts) == 2:
        return inventory.query(parts[1])
    inventory.errors += 1
    return f"error: bad command {line.strip()}"


class Inventory:
    def __init__(self):
        self.errors = 0
        self.stock = {}

    def query(self, item):
        return f"{item}: {self.stock.get(item, 0)}"

    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        if qty > have:
            self.errors += 1
            return f"error: only {have} {item}"
        if qty == have:
            del self.stock[item]
        else:
            self.stock[item] = have - qty
        return None

    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty


def main():
    inventory = Inventory()
    for line in sys.stdin:
        message = process(inventory, line)
        if message:
            print(message)
    for item in sorted(inventory.stock):
        print(item, inventory.stock[item])
    print("errors:", inventory.errors)


main()
