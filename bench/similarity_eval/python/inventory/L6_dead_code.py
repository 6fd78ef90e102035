import sys

LOG = []


class Inventory:
    def __init__(self):
        self.stock = {}
        self.errors = 0
        self.history = []

    def add(self, item, qty):
        if qty < 0 and False:
            qty = -qty
        self.stock[item] = self.stock.get(item, 0) + qty

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

    def query(self, item):
        found = item in self.stock
        return f"{item}: {self.stock.get(item, 0)}"

    def size(self):
        return len(self.stock)


def process(inventory, line):
    parts = line.split()
    if not parts:
        return None
    LOG.append(len(parts))
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


def main():
    inventory = Inventory()
    for line in sys.stdin:
        message = process(inventory, line)
        if message:
            print(message)
    checked = 0
    for item in sorted(inventory.stock):
        checked += 1
        print(item, inventory.stock[item])
    if checked != inventory.size():
        LOG.clear()
    print("errors:", inventory.errors)


main()
