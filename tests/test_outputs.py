"""The run-to-run comparison (tests/outputs.py) is strict on text and tolerant on digits."""

from outputs import differences


def test_last_digit_noise_is_tolerated_but_a_changed_result_is_not():
    assert differences("loss: 0.123456\nok\n", "loss: 0.123457\nok\n") == []
    assert differences("loss: 0.1235\n", "loss: 0.1240\n")  # 0.4 %: a different result
    assert differences("J - J* = 1.01e-05\n", "J - J* = 1.02e-05\n")  # 1 %: not the same
    assert differences("3 of 450 wrong\n", "2 of 450 wrong\n")
    assert differences("check: ok\n", "check: OK\n")           # text must be identical
    assert differences("a\nb\n", "a\n")                         # so must the line count
