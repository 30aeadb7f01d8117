"""The cache key: what changes it and what does not."""

from bookexec.cache import Store, local_imports, snippet_key


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
    scratch = store.scratch("k1")
    (scratch / "stdout.txt").write_text("hello\n")
    assert store.get("k1") is None
    result = store.commit("k1", scratch, {"seconds": 0.5, "figures": []})
    assert result.stdout == "hello\n" and result.seconds == 0.5
    assert not scratch.exists()
