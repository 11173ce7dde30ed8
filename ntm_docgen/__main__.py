"""Run the command line as ``python -m ntm_docgen``."""

from ntm_docgen.cli.main import main

if __name__ == "__main__":
    main()
