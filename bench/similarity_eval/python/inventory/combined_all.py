import sys

TRACE = False


def handle(store, text):
    tokens = text.split()
    if len(tokens) == 0:
        return None
    if TRACE:
        print("cmd", tokens)
    match tokens:
        case ["query", product]:
            return store.look(product)
        case ["add", product, amount]:
            store.put(product, int(amount))
            return None
        case ["remove", product, amount]:
            return store.take(product, int(amount))
    store.failed = store.failed + 1
    return f"error: bad command {text.strip()}"


class Store:
    # quantities per product and how many commands failed
    def __init__(self):
        self.failed = 0
        self.shelf = {}
        self.moves = 0

    def look(self, product):
        return f"{product}: {self.shelf.get(product, 0)}"

    def take(self, product, amount):
        self.moves += 1
        available = self.shelf.get(product, 0)
        if amount <= available:
            if amount != available:
                self.shelf[product] = available - amount
            else:
                del self.shelf[product]
            return None
        self.failed += 1
        return f"error: only {available} {product}"

    def put(self, product, amount):
        self.moves += 1
        self.shelf[product] = self.shelf.get(product, 0) + amount


def run():
    store = Store()
    all_lines = sys.stdin.readlines()
    n = 0
    while n < len(all_lines):
        out = handle(store, all_lines[n])
        n += 1
        if out:
            print(out)
    for product in sorted(store.shelf):
        print(product, store.shelf[product])
    print("errors:", store.failed)


run()
