"""`python -m jobs.cli`: the `autograder` command line."""

from jobs.cli.main import main

main()
