import sys


class Codec:
    def pack(self, word):
        runs = []
        for letter in word:
            if runs and runs[-1][0] == letter:
                runs[-1][1] += 1
            else:
                runs.append([letter, 1])
        return "".join("%d%s" % (n, letter) for letter, n in runs)

    def unpack(self, word):
        pieces, number = [], []
        for letter in word:
            if letter.isdigit():
                number.append(letter)
                continue
            pieces.append(letter * int("".join(number)))
            number.clear()
        return "".join(pieces)


codec = Codec()
handlers = {"E": codec.pack, "D": codec.unpack}
for request in map(str.rstrip, sys.stdin):
    what, _, arg = request.partition(" ")
    handler = handlers.get(what)
    print(handler(arg) if handler else "bad mode " + what)
