import sys


class Tally:
    skip = ("the", "a", "an", "and", "or", "of", "to", "in")

    def __init__(self):
        self.seen = {}
        self.total = 0

    def feed(self, token):
        letters = []
        for c in token:
            if c.isalpha():
                letters.append(c.lower())
        token = "".join(letters)
        if token == "" or token in self.skip:
            return
        if token in self.seen:
            self.seen[token] += 1
        else:
            self.seen[token] = 1
        self.total += 1

    def report(self, how_many):
        keys = list(self.seen)
        keys.sort()
        keys.sort(key=lambda k: self.seen[k], reverse=True)
        for k in keys[:how_many]:
            pct = self.seen[k] / self.total * 100
            print("{} {} {:.1f}%".format(k, self.seen[k], pct))
        print("distinct", len(self.seen))


def run():
    lines = sys.stdin.readlines()
    want = int(lines[0].strip())
    tally = Tally()
    for line in lines[1:]:
        for token in line.split():
            tally.feed(token)
    tally.report(want)


if __name__ == "__main__":
    run()
