"""w31b: a module of a package imported by a name chosen at run time (`import_module("pkg.bin." + script)`)."""

from deeprules.checks._util import ImportGraph
from deeprules.checks.scan import _import_lines


def test_dynamic_import_of_a_package_module_is_read_as_the_package() -> None:
    code = ("import importlib\n"
            "mod = importlib.import_module('utime.bin.' + script)\n"
            "# importlib.import_module('x.y.' + name)\n"
            "cmd = import_module(f\"pkg.commands.{name}\")\n"
            "fixed = import_module('pkg.fixed')\n")
    assert _import_lines(code, 0, len(code), 1) == [[1, "importlib"], [2, "utime.bin.*"], [4, "pkg.commands.*"]]


def test_package_members_are_reached_and_kept_up_to_date() -> None:
    cli = {"imports": [[1, "pkg.bin.*"]]}
    by_path = {"pkg/__init__.py": {}, "pkg/bin/__init__.py": {}, "pkg/bin/cli.py": cli,
               "pkg/bin/predict.py": {}, "pkg/bin/sub/deep.py": {}}
    graph = ImportGraph()
    graph.sync(by_path)
    assert graph.reached("pkg/bin/cli.py") == ["pkg/bin/predict.py"]
    # a command added later is reached too (its module name dirties the importers of `pkg.bin.*`)
    by_path["pkg/bin/train.py"] = {}
    graph.sync(by_path, changed=["pkg/bin/train.py"])
    assert graph.reached("pkg/bin/cli.py") == ["pkg/bin/predict.py", "pkg/bin/train.py"]
    del by_path["pkg/bin/predict.py"]
    graph.sync(by_path, changed=["pkg/bin/predict.py"])
    assert graph.reached("pkg/bin/cli.py") == ["pkg/bin/train.py"]
