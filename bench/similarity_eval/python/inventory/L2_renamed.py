import sys


class Store:
    def __init__(self):
        self.shelf = {}
        self.failed = 0

    def put(self, product, amount):
        self.shelf[product] = self.shelf.get(product, 0) + amount

    def take(self, product, amount):
        available = self.shelf.get(product, 0)
        if amount > available:
            self.failed += 1
            return f"error: only {available} {product}"
        if amount == available:
            del self.shelf[product]
        else:
            self.shelf[product] = available - amount
        return None

    def look(self, product):
        return f"{product}: {self.shelf.get(product, 0)}"


def handle(store, text):
    tokens = text.split()
    if not tokens:
        return None
    op = tokens[0]
    if op == "add" and len(tokens) == 3:
        store.put(tokens[1], int(tokens[2]))
        return None
    if op == "remove" and len(tokens) == 3:
        return store.take(tokens[1], int(tokens[2]))
    if op == "query" and len(tokens) == 2:
        return store.look(tokens[1])
    store.failed += 1
    return f"error: bad command {text.strip()}"


def run():
    store = Store()
    for text in sys.stdin:
        out = handle(store, text)
        if out:
            print(out)
    for product in sorted(store.shelf):
        print(product, store.shelf[product])
    print("errors:", store.failed)


run()
