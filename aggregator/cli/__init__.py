"""Command-line interface: read options, call one library function, print.

Heavy imports (pipeline, torch) happen inside the commands that need them, so `--help`,
`events` and friends start fast. Library errors become one-line messages and exit code 1.
"""

from . import collect, events, run, scale  # noqa: F401  (importing a module registers its commands)
from .base import cli

scale.register(cli)


def main() -> None:
    cli(prog_name="aggregator")


if __name__ == "__main__":
    main()
