import sys


def do_add(db, name, amount):
    db[name] = db.get(name, 0) + int(amount)


def do_remove(db, name, amount):
    amount = int(amount)
    current = db.get(name, 0)
    if amount > current:
        return "error: only {} {}".format(current, name)
    db[name] = current - amount
    if db[name] == 0:
        db.pop(name)


def do_query(db, name):
    return "{}: {}".format(name, db.get(name, 0))


HANDLERS = {"add": (do_add, 2), "remove": (do_remove, 2), "query": (do_query, 1)}


def execute(db, text):
    words = text.split()
    handler = HANDLERS.get(words[0]) if words else None
    if handler is None or len(words) - 1 != handler[1]:
        return "error: bad command " + text.strip(), True
    result = handler[0](db, *words[1:])
    return result, bool(result and result.startswith("error"))


db = {}
failures = 0
for text in sys.stdin:
    if not text.strip():
        continue
    message, failed = execute(db, text)
    failures += failed
    if message:
        print(message)
for name in sorted(db):
    print(name, db[name])
print("errors:", failures)
