"""The demo question bank: Python call and io questions and C io questions, with visible and hidden tests, and one
question per language (the sum of two integers) for the languages assignment."""

from __future__ import annotations

from tables.enums import Language


def call(name: str, expression: str, expected: str, visibility: str = "visible", **extra) -> dict:
    return {"name": name, "kind": "call", "input": expression, "expected": expected, "visibility": visibility, **extra}


def io(name: str, stdin: str, stdout: str, visibility: str = "visible", **extra) -> dict:
    return {"name": name, "kind": "io", "input": stdin, "expected": stdout, "visibility": visibility, **extra}


QUESTIONS: list[dict] = [
    {
        "slug": "add-two-numbers",
        "title": "Add two numbers",
        "prompt": "Write `add(a, b)` that returns the sum of `a` and `b`.",
        "language": Language.python,
        "starter_code": "def add(a, b):\n    pass\n",
        "reference_solution": "def add(a, b):\n    return a + b\n",
        "default_points": 10.0,
        "tests": [
            call("small numbers", "add(1, 2)", "3"),
            call("negatives", "add(-4, 4)", "0"),
            call("large numbers", "add(10**12, 1)", "1000000000001", "hidden"),
        ],
    },
    {
        "slug": "reverse-string",
        "title": "Reverse a string",
        "prompt": "Write `reverse(s)` that returns `s` backwards.",
        "language": Language.python,
        "starter_code": "def reverse(s):\n    pass\n",
        "reference_solution": "def reverse(s):\n    return s[::-1]\n",
        "default_points": 10.0,
        "tests": [
            call("word", "reverse('abc')", '"cba"'),
            call("empty", "reverse('')", '""'),
            call("unicode", "reverse('héllo')", '"olléh"', "hidden"),
        ],
    },
    {
        "slug": "fizzbuzz",
        "title": "FizzBuzz",
        "prompt": "Read n from stdin and print FizzBuzz from 1 to n, one per line.",
        "language": Language.python,
        "starter_code": "n = int(input())\n",
        "reference_solution": (
            "n = int(input())\nfor i in range(1, n + 1):\n"
            "    print('FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else i)\n"
        ),
        "default_points": 10.0,
        "tests": [
            io("up to 5", "5\n", "1\n2\nFizz\n4\nBuzz\n"),
            io(
                "up to 15",
                "15\n",
                "1\n2\nFizz\n4\nBuzz\nFizz\n7\n8\nFizz\nBuzz\n11\nFizz\n13\n14\nFizzBuzz\n",
                "hidden",
            ),
        ],
    },
    {
        "slug": "sum-lines",
        "title": "Sum the lines",
        "prompt": "Print the sum of the integers on stdin, one per line.",
        "language": Language.python,
        "starter_code": "import sys\n",
        "reference_solution": "import sys\nprint(sum(int(line) for line in sys.stdin if line.strip()))\n",
        "default_points": 5.0,
        "tests": [
            io("three numbers", "1\n2\n3\n", "6\n"),
            io("negative", "-5\n5\n", "0\n", "after_due"),
            io("many", "\n".join(str(i) for i in range(100)) + "\n", "4950\n", "hidden"),
        ],
    },
    {
        "slug": "is-palindrome",
        "title": "Palindrome",
        "prompt": "Write `is_palindrome(s)`: True when `s` reads the same backwards, ignoring case.",
        "language": Language.python,
        "starter_code": "def is_palindrome(s):\n    pass\n",
        "reference_solution": "def is_palindrome(s):\n    s = s.lower()\n    return s == s[::-1]\n",
        "default_points": 10.0,
        "tests": [
            call("racecar", "is_palindrome('Racecar')", "true"),
            call("not one", "is_palindrome('python')", "false"),
            call("empty", "is_palindrome('')", "true", "hidden"),
        ],
    },
    {
        "slug": "word-count",
        "title": "Count the words",
        "prompt": "Print the number of words on stdin.",
        "language": Language.python,
        "starter_code": "import sys\n",
        "reference_solution": "import sys\nprint(len(sys.stdin.read().split()))\n",
        "default_points": 5.0,
        "tests": [
            io("sentence", "the quick brown fox\n", "4\n"),
            io("blank", "\n", "0\n", "hidden"),
        ],
    },
    {
        "slug": "mean",
        "title": "Mean of a list",
        "prompt": "Write `mean(xs)` returning the arithmetic mean.",
        "language": Language.python,
        "starter_code": "def mean(xs):\n    pass\n",
        "reference_solution": "def mean(xs):\n    return sum(xs) / len(xs)\n",
        "default_points": 5.0,
        "tests": [
            call("thirds", "mean([1, 2, 2])", "1.6667", compare_mode="numeric_tolerance", tolerance=1e-3),
            call("integers", "mean([2, 4])", "3.0", "hidden", compare_mode="numeric_tolerance"),
        ],
    },
    {
        "slug": "greeting-case",
        "title": "Shout a greeting",
        "prompt": "Read a name and print `HELLO, <NAME>!` (compared case-insensitively).",
        "language": Language.python,
        "starter_code": "name = input()\n",
        "reference_solution": "name = input()\nprint(f'Hello, {name}!')\n",
        "default_points": 5.0,
        "tests": [
            io("ada", "Ada\n", "HELLO, ADA!\n", compare_mode="case_insensitive"),
            io("pattern", "Bob\n", r"(?i)^hello, \w+!\s*$", "hidden", compare_mode="regex"),
        ],
    },
    {
        "slug": "c-hello",
        "title": "Hello from C",
        "prompt": "Print `Hello, World!` from a C program.",
        "language": Language.c,
        "starter_code": "#include <stdio.h>\n\nint main(void) {\n    return 0;\n}\n",
        "reference_solution": '#include <stdio.h>\n\nint main(void) {\n    printf("Hello, World!\\n");\n    return 0;\n}\n',
        "default_points": 5.0,
        "tests": [io("greets", "", "Hello, World!\n")],
    },
    {
        "slug": "c-sum-two",
        "title": "Sum two integers in C",
        "prompt": "Read two integers from stdin and print their sum.",
        "language": Language.c,
        "starter_code": "#include <stdio.h>\n\nint main(void) {\n    return 0;\n}\n",
        "reference_solution": (
            '#include <stdio.h>\n\nint main(void) {\n    long a, b;\n    if (scanf("%ld %ld", &a, &b) != 2) return 1;\n'
            '    printf("%ld\\n", a + b);\n    return 0;\n}\n'
        ),
        "default_points": 10.0,
        "tests": [
            io("small", "2 3\n", "5\n"),
            io("negative", "-7 2\n", "-5\n"),
            io("large", "4000000000 4000000000\n", "8000000000\n", "hidden"),
        ],
    },
    *[
        {
            "slug": f"{language}-sum-two",
            "title": f"Sum two integers in {name}",
            "prompt": "Read two integers from stdin and print their sum.",
            "language": language,
            "starter_code": "",
            "reference_solution": solution,
            "default_points": 10.0,
            "in_practice": False,
            "tests": [
                io("small", "2 3\n", "5\n"),
                io("negative", "-7 2\n", "-5\n"),
                io("large", "4000000000 4000000000\n", "8000000000\n", "hidden"),
            ],
        }
        for language, name, solution in [
            (Language.python, "Python", "a, b = map(int, input().split())\nprint(a + b)\n"),
            (
                Language.cpp,
                "C++",
                "#include <iostream>\n\nint main() {\n    long long a, b;\n    std::cin >> a >> b;\n"
                '    std::cout << a + b << "\\n";\n    return 0;\n}\n',
            ),
            (
                Language.java,
                "Java",
                "import java.util.Scanner;\n\npublic class Main {\n    public static void main(String[] args) {\n"
                "        Scanner in = new Scanner(System.in);\n        long a = in.nextLong(), b = in.nextLong();\n"
                "        System.out.println(a + b);\n    }\n}\n",
            ),
            (
                Language.javascript,
                "JavaScript",
                'const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/).map(BigInt);\n'
                "console.log((a + b).toString());\n",
            ),
        ]
    ],
]

# one question per language, each with a reference solution that passes its tests
LANGUAGE_TOUR = ["python-sum-two", "c-sum-two", "cpp-sum-two", "java-sum-two", "javascript-sum-two"]
