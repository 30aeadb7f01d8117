"""The cache key: what changes it and what does not."""

import pytest

from bookexec.cache import (CacheError, SourceError, Store, local_imports, sandbox_files,
                           snippet_key)


def make(tmp_path):
    folder = tmp_path / "snippets" / "01-demo"
    folder.mkdir(parents=True)
    (folder / "_data.py").write_text("VALUE = 1\n")
    (folder / "01_a.py").write_text("from _data import VALUE\nprint(VALUE)\n")
    (folder / "02_b.py").write_text("print(2)\n")
    return tmp_path / "snippets", folder


def test_key_is_stable_for_unchanged_sources(tmp_path):
    root, folder = make(tmp_path)
    assert snippet_key(folder / "01_a.py", root, "env") == snippet_key(folder / "01_a.py", root,
                                                                        "env")


def test_key_changes_with_the_snippet_the_helper_and_the_environment(tmp_path):
    root, folder = make(tmp_path)
    before = snippet_key(folder / "01_a.py", root, "env")
    (folder / "_data.py").write_text("VALUE = 2\n")
    after_helper = snippet_key(folder / "01_a.py", root, "env")
    assert after_helper != before
    assert snippet_key(folder / "01_a.py", root, "torch 2.14") != after_helper
    (folder / "01_a.py").write_text("from _data import VALUE\nprint(VALUE + 1)\n")
    assert snippet_key(folder / "01_a.py", root, "env") != after_helper


def test_unrelated_snippet_key_ignores_other_files(tmp_path):
    root, folder = make(tmp_path)
    before = snippet_key(folder / "02_b.py", root, "env")
    (folder / "_data.py").write_text("VALUE = 3\n")
    assert snippet_key(folder / "02_b.py", root, "env") == before


def test_local_imports_are_followed_but_libraries_are_not(tmp_path):
    root, folder = make(tmp_path)
    (folder / "03_c.py").write_text("import torch\nimport json\nimport _data\n")
    assert local_imports(folder / "03_c.py", [root]) == [folder / "_data.py"]


def test_result_is_visible_only_after_commit(tmp_path):
    store = Store(tmp_path / "cache")
    assert store.get("k1") is None
    result = store.commit("k1", "hello\n", "", [("a figure", b"<svg></svg>\n")],
                          {"seconds": 0.5})
    assert result.stdout == "hello\n" and result.seconds == 0.5
    assert result.labels == ("a figure",) and result.figures[0].read_bytes() == b"<svg></svg>\n"
    assert not list((tmp_path / "cache").glob("tmp-*"))


def test_data_file_the_snippet_names_is_in_the_key_and_copied(tmp_path):
    """Snippets cannot read repository files (they run in an empty folder), so the helpers
    they import are their only data; a file a chapter ships on purpose and names counts too."""
    root, folder = make(tmp_path)
    (folder / "03_c.py").write_text("print(open('table.csv').read())\n")
    (folder / "table.csv").write_text("a,b\n")
    (folder / "other.csv").write_text("x\n")
    before = snippet_key(folder / "03_c.py", root, "env")
    (folder / "other.csv").write_text("y\n")
    assert snippet_key(folder / "03_c.py", root, "env") == before
    (folder / "table.csv").write_text("a,c\n")
    assert snippet_key(folder / "03_c.py", root, "env") != before
    assert sandbox_files(folder / "01_a.py", root) == [(folder / "01_a.py", "01_a.py"),
                                                       (folder / "_data.py", "_data.py")]
    assert (folder / "table.csv", "table.csv") in sandbox_files(folder / "03_c.py", root)


def test_unparsable_snippet_is_a_source_error_with_its_line(tmp_path):
    root, folder = make(tmp_path)
    (folder / "_data.py").write_text("VALUE = (\n")
    with pytest.raises(SourceError) as caught:
        snippet_key(folder / "01_a.py", root, "env")
    assert (caught.value.path, caught.value.line) == (folder / "_data.py", 1)
    assert caught.value.message == "SyntaxError: '(' was never closed"


def test_damaged_entry_is_a_miss_and_is_removed(tmp_path):
    store = Store(tmp_path / "cache")
    result = store.commit("k1", "hello\n", "", [], {"seconds": 0.5})
    (result.folder / "stdout.txt").write_text("hello, changed\n")
    assert store.get("k1") is None
    assert not result.folder.exists()
    assert store.damaged == [("k1", "stdout.txt does not match its recorded hash")]


def test_unwritable_store_is_a_cache_error(tmp_path, monkeypatch):
    store = Store(tmp_path / "cache")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(CacheError, match="cannot write the snippet cache .*Permission denied.*"
                                         "set BOOKEXEC_CACHE to a writable folder"):
        store.commit("k1", "hello\n", "", [], {"seconds": 0.5})
    assert list((tmp_path / "cache").iterdir()) == []


def test_truncated_figure_is_a_miss(tmp_path):
    store = Store(tmp_path / "cache")
    result = store.commit("k1", "", "", [("", b"<svg>" + b" " * 300 + b"</svg>\n")],
                          {"seconds": 0.5})
    result.figures[0].write_bytes(result.figures[0].read_bytes()[:200])
    assert store.get("k1") is None
    assert store.damaged == [("k1", "figure-1.svg does not match its recorded hash")]
