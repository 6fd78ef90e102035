"""Inventory of a small shop, driven by commands on stdin."""
import sys

class Inventory:
    """Quantities by item, and how many commands failed."""

    def __init__(self):
        self.stock = {}; self.errors = 0

    def add(self, item, qty):
        self.stock[item] = self.stock.get(item, 0) + qty

    def remove(self, item, qty):
        have = self.stock.get(item, 0)
        # cannot take more than we have
        if qty > have:
            self.errors += 1
            return f"error: only {have} {item}"
        if qty == have: del self.stock[item]
        else: self.stock[item] = have - qty
        return None

    def query(self, item):
        return f"{item}: {self.stock.get(item, 0)}"

def process(inventory, line):
    """One command; returns what to print, if anything."""
    parts = line.split()
    if not parts: return None
    command = parts[0]
    if command == "add" and len(parts) == 3:
        inventory.add(parts[1], int(parts[2])); return None
    if command == "remove" and len(parts) == 3:
        return inventory.remove(parts[1], int(parts[2]))
    if command == "query" and len(parts) == 2:
        return inventory.query(parts[1])
    # anything else is an error
    inventory.errors += 1
    return f"error: bad command {line.strip()}"

def main():
    inventory = Inventory()
    for line in sys.stdin:
        message = process(inventory, line)
        if message: print(message)
    for item in sorted(inventory.stock): print(item, inventory.stock[item])
    print("errors:", inventory.errors)

main()
