from deeprules.cli.main import run

run()
