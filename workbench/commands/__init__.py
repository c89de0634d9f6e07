"""The subcommands of the `workbench` command line, one module each."""
