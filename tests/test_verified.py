"""The store of the suite's re-executions (tests/verified.py)."""

import pytest

import verified


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(verified, "STORE", tmp_path)
    monkeypatch.delenv("BOOK_RERUN", raising=False)
    return tmp_path


def test_a_run_is_kept_and_reused_for_the_same_program(store):
    calls = []
    run = lambda: calls.append(1) or ["printed"]  # noqa: E731
    assert verified.run_once(__file__, b"print(1)", run) == ["printed"]
    assert verified.run_once(__file__, b"print(1)", run) == ["printed"]
    assert len(calls) == 1
    verified.run_once(__file__, b"print(2)", run)  # another program runs
    assert len(calls) == 2


def test_a_failed_run_is_not_kept(store):
    def fails():
        raise AssertionError("exit status 1")

    with pytest.raises(AssertionError):
        verified.run_once(__file__, b"boom", fails)
    assert list(store.iterdir()) == []
    assert verified.run_once(__file__, b"boom", lambda: "fixed") == "fixed"


def test_the_machine_and_the_rerun_switch_force_a_run(store, monkeypatch):
    calls = []
    run = lambda: calls.append(1) or "out"  # noqa: E731
    verified.run_once(__file__, b"x", run)
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "SSE41")  # picks other kernels: another machine
    verified.run_once(__file__, b"x", run)
    monkeypatch.setenv("BOOK_RERUN", "1")
    verified.run_once(__file__, b"x", run)
    assert len(calls) == 3


def test_the_key_covers_processor_versions_and_the_test_itself(tmp_path):
    machine = verified.machine()
    assert "torch==" in machine and "nbclient==" in machine and "cores" in machine
    assert "flags" in verified.processor()  # Linux: the instruction-set flags
    other_test = tmp_path / "test_other.py"
    other_test.write_text("# another procedure\n")
    assert verified.key(__file__, b"x") != verified.key(str(other_test), b"x")
