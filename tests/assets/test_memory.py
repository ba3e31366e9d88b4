"""``assets.memory``: a run's process gives freed memory back between steps (issue 18, round 50)."""

import pyarrow as pa

from assets import memory


def test_lean_allocators_makes_the_system_allocator_pyarrows_pool() -> None:
    before = pa.default_memory_pool()
    try:
        memory.lean_allocators()
        assert pa.default_memory_pool().backend_name == "system"
        table = pa.table({"x": list(range(1000))})  # allocates in the new pool, same values
        assert table.column("x").to_pylist() == list(range(1000))
    finally:
        pa.set_memory_pool(before)


def test_give_back_keeps_every_value() -> None:
    table = pa.table({"text": ["a" * 5000 + str(i) for i in range(200)]})
    memory.give_back()
    memory.give_back()
    assert table.column("text").to_pylist()[199] == "a" * 5000 + "199"


def test_the_switch_turns_each_setting_off(monkeypatch) -> None:
    """Round 51: ``TRADEFACTS_LEAN_MEMORY`` (measuring what each setting costs); unset: all."""
    monkeypatch.delenv(memory.SWITCH, raising=False)
    assert all(memory.enabled(part) for part in memory.PARTS)
    monkeypatch.setenv(memory.SWITCH, "0")
    assert not any(memory.enabled(part) for part in memory.PARTS)
    monkeypatch.setenv(memory.SWITCH, "pool, Trim")
    assert [memory.enabled(part) for part in memory.PARTS] == [True, False, True]
    before = pa.default_memory_pool()
    try:
        monkeypatch.setenv(memory.SWITCH, "arenas,trim")
        memory.lean_allocators()  # the pool is left as it was
        assert pa.default_memory_pool().backend_name == before.backend_name
    finally:
        pa.set_memory_pool(before)
