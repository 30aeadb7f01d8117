"""bookexec/assets.py: the theme's script marked for eager compilation (issue 14)."""

from __future__ import annotations

import json

from bookexec.assets import COMPILE_HINT, compile_eagerly


def test_compile_hint_goes_first_and_the_source_map_moves_down_a_line(tmp_path):
    script = tmp_path / "bundle.0.min.js"
    script.write_text('"use strict";f();\n//# sourceMappingURL=bundle.0.min.js.map\n',
                      encoding="utf-8")
    source_map = {"version": 3, "sources": ["a.ts"], "names": [], "mappings": "AAAA,CAAC"}
    (tmp_path / "bundle.0.min.js.map").write_text(json.dumps(source_map), encoding="utf-8")

    assert compile_eagerly(script) is True
    text = script.read_text(encoding="utf-8")
    assert text.splitlines()[0] == COMPILE_HINT.strip()
    assert text.splitlines()[1] == '"use strict";f();'  # the code itself is untouched
    moved = json.loads((tmp_path / "bundle.0.min.js.map").read_text(encoding="utf-8"))
    assert moved["mappings"] == ";AAAA,CAAC"  # generated line 1 is now empty, the code on line 2
    assert {k: v for k, v in moved.items() if k != "mappings"} == {
        k: v for k, v in source_map.items() if k != "mappings"}


def test_a_marked_script_is_left_alone(tmp_path):
    """Each language's build copies the theme's files and marks them: a second call on a
    marked file must not add a second hint or move the map again."""
    script = tmp_path / "bundle.0.min.js"
    script.write_text("g();\n", encoding="utf-8")
    (tmp_path / "bundle.0.min.js.map").write_text('{"mappings": "AAAA"}', encoding="utf-8")
    assert compile_eagerly(script) is True
    assert compile_eagerly(script) is False
    assert script.read_text(encoding="utf-8") == COMPILE_HINT + "g();\n"
    assert json.loads((tmp_path / "bundle.0.min.js.map").read_text())["mappings"] == ";AAAA"


def test_a_script_without_a_source_map_is_marked_too(tmp_path):
    script = tmp_path / "plain.js"
    script.write_text("h();\n", encoding="utf-8")
    assert compile_eagerly(script) is True
    assert script.read_text(encoding="utf-8") == COMPILE_HINT + "h();\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.js"]
