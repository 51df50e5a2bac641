"""Build the HTML API reference from the docstrings and annotations, with pdoc.

    python scripts/apidocs.py [OUT_DIR]   # default docs/_build (not committed)

Documents ``engine_api`` (the top level, its public modules, and both flavours:
``engine_api._sync`` for threads, ``engine_api._async`` for asyncio, where the clients,
collections, wrappers and streams are defined) and ``engine_api_binding`` (``_api``: every
operation; ``models``: every model on one page; ``types``). Any warning of pdoc (an
annotation it cannot resolve, a broken link) is an error: the build exits 1 naming them.
"""

from __future__ import annotations

import ast
import importlib
import sys
import time
import warnings
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
for entry in (ROOT / "generated", ROOT):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

MODULES = (
    "engine_api",
    # (engine_api.errors and engine_api.types come with engine_api: its __all__ names them)
    "engine_api.results",
    "engine_api.streams",
    "engine_api.config",
    "engine_api.auth",
    "engine_api.progress",
    "engine_api.stats",
    "engine_api.timestamps",
    "engine_api.versions",
    "engine_api.refs",
    "engine_api.archive",
    "engine_api.dockerignore",
    "engine_api._sync",
    "engine_api._async",
    "engine_api_binding",
    "engine_api_binding._api",
    "engine_api_binding.client",
    "engine_api_binding.types",
    "engine_api_binding.models",
    # every model is on the models page (its __all__); not a page per model module
    "!engine_api_binding.models.",
    "!engine_api_binding.api",
)


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and ast.unparse(node.test) in (
        "TYPE_CHECKING",
        "typing.TYPE_CHECKING",
    )


def _run(module: ModuleType, statements: list[ast.stmt]) -> None:
    code = compile(ast.Module(body=statements, type_ignores=[]), module.__file__ or "", "exec")
    exec(code, module.__dict__)  # the module's own statements, in its own namespace


def _resolve_annotations(names: list[str]) -> None:
    """Make the names the annotations use resolvable at runtime, as a type checker sees
    them: the package defers imports to ``if TYPE_CHECKING:`` blocks (to keep ``import
    engine_api`` light) and writes some aliases as strings (``Resource``, ``RegistryAuth``);
    pdoc evaluates annotations at runtime and needs the names.

    1. run the imports of every ``if TYPE_CHECKING:`` block in its module's namespace;
    2. evaluate the string ``X: TypeAlias = "..."`` aliases in their module;
    3. run every module's imports again, so the modules that imported an alias get its
       evaluated value;
    4. a class documented in a module other than its own (re-exported) gets that module
       the names its own module imported for type checking (pdoc evaluates its dataclass
       ``__init__`` in the module that shows it), and a NamedTuple's ``__new__`` is
       given the module of its class."""
    trees = {}
    for name in names:
        module = importlib.import_module(name)
        trees[name] = (module, ast.parse(Path(module.__file__ or "").read_text()))
    checking: dict[str, dict[str, object]] = {}
    for name, (module, tree) in trees.items():
        before = dict(module.__dict__)
        for node in ast.walk(tree):
            if _is_type_checking(node):
                assert isinstance(node, ast.If)
                _run(module, [n for n in node.body if isinstance(n, ast.Import | ast.ImportFrom)])
        checking[name] = {k: v for k, v in module.__dict__.items() if k not in before}
    for module, tree in trees.values():
        for node in tree.body:
            if (
                isinstance(node, ast.AnnAssign)
                and ast.unparse(node.annotation) == "TypeAlias"
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and isinstance(node.target, ast.Name)
            ):
                alias = node.target.id
                setattr(module, alias, eval(node.value.value, module.__dict__))
    for module, tree in trees.values():
        imports = [
            n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module != "__future__"
        ]
        for node in tree.body:
            if _is_type_checking(node):
                assert isinstance(node, ast.If)
                imports += [n for n in node.body if isinstance(n, ast.ImportFrom)]
        _run(module, imports)
    for module, _ in trees.values():
        for value in list(vars(module).values()):
            home = getattr(value, "__module__", None)
            if isinstance(value, type) and home != module.__name__ and home in checking:
                for key, needed in checking[home].items():
                    module.__dict__.setdefault(key, needed)
    # a NamedTuple's ``__new__`` belongs to a module of its own (collections.namedtuple's
    # ``namedtuple_X``, not imported): pdoc finds the class's module through it
    for module, _ in trees.values():
        for value in list(vars(module).values()):
            if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields"):
                value.__new__.__module__ = value.__module__


def _modules_of(package: str) -> list[str]:
    import pkgutil

    module = importlib.import_module(package)
    names = [package]
    for info in pkgutil.iter_modules(getattr(module, "__path__", [])):
        names += _modules_of(f"{package}.{info.name}")
    return names


def build(out: Path) -> list[str]:
    """Write the reference into ``out``; returns pdoc's warnings (empty when clean)."""
    import pdoc
    import pdoc.render

    _resolve_annotations(["engine_api_binding._api", *_modules_of("engine_api")])
    pdoc.render.configure(docformat="restructuredtext", show_source=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*MODULES, output_directory=out)
    return [f"{w.category.__name__}: {w.message}" for w in caught]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "_build"
    started = time.perf_counter()
    problems = build(out)
    for problem in problems:
        print(f"apidocs: {problem}", file=sys.stderr)
    pages = sum(1 for _ in out.rglob("*.html"))
    print(f"apidocs: {pages} pages in {out} ({time.perf_counter() - started:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
