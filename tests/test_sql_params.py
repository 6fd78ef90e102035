"""Raw SQL names what it binds: `:name` parameters become asyncpg's `$n` (sql.named) or Piccolo's `{}` (sql.braced),
a repeated name binds one value, and `::type` casts and times inside strings are left alone."""

from __future__ import annotations

import inspect

import pytest
from piccolo.querystring import QueryString

from app.common.sql import braced, fetch, fetch_one, named, named_many, rows


def test_named_numbers_each_name_once_and_keeps_casts() -> None:
    query, args = named("SELECT :a::int, :b, :a WHERE t > '10:30'", a=1, b="x")
    assert query == "SELECT $1::int, $2, $1 WHERE t > '10:30'"
    assert args == [1, "x"]


def test_braced_repeats_a_repeated_name() -> None:
    query, args = braced("WHERE s.user_id = :student AND (:student::int IS NULL OR x = :item)", student=7, item=3)
    assert query == "WHERE s.user_id = {} AND ({}::int IS NULL OR x = {})"
    assert args == [7, 7, 3]


def test_named_answers_each_calls_values_with_the_query_text_cached() -> None:
    """The text's conversion is cached (the workers run one constant query per submission): a second call with
    other values gets those values, in the same order, and the same numbered text."""
    query = "UPDATE t SET a = :a WHERE id = :id AND b = :a"
    assert named(query, id=1, a="x") == ("UPDATE t SET a = $1 WHERE id = $2 AND b = $1", ["x", 1])
    assert named(query, a="y", id=2) == ("UPDATE t SET a = $1 WHERE id = $2 AND b = $1", ["y", 2])
    with pytest.raises(KeyError, match=":id"):
        named(query, a="z")


def test_named_many_orders_each_rows_values_by_name() -> None:
    query, rows_ = named_many("INSERT INTO t (a, b) VALUES (:b, :a)", [{"a": 1, "b": 2}, {"b": 4, "a": 3}])
    assert query == "INSERT INTO t (a, b) VALUES ($1, $2)"
    assert rows_ == [[2, 1], [4, 3]]
    with pytest.raises(KeyError, match=":a"):
        named_many("VALUES (:b, :a)", [{"b": 1}])


@pytest.mark.parametrize("convert", [named, braced])
def test_a_name_without_a_value_is_refused(convert) -> None:
    with pytest.raises(KeyError, match=":missing"):
        convert("SELECT :missing", present=1)


def test_braced_keeps_the_querys_own_braces_as_text() -> None:
    """Piccolo takes even a doubled brace for a placeholder: a value after `'{}'` would bind in the wrong place."""
    query, args = braced("SELECT coalesce(:verdicts, '{}'::jsonb), '{1,2}'::int[] WHERE id = :id", verdicts=None, id=4)
    assert QueryString(query, *args).compile_string() == (
        "SELECT coalesce($1, '{}'::jsonb), '{1,2}'::int[] WHERE id = $2",
        [None, 4],
    )


@pytest.mark.parametrize("helper", [rows, fetch, fetch_one])
def test_the_helper_binds_no_value_by_position(helper) -> None:
    """Past the query (and fetch's type) a helper takes keywords only: a value cannot be bound by counting."""
    kinds = [parameter.kind for parameter in inspect.signature(helper).parameters.values()]
    assert inspect.Parameter.VAR_POSITIONAL not in kinds
    assert kinds[-1] == inspect.Parameter.VAR_KEYWORD
    assert set(kinds[:-1]) == {inspect.Parameter.POSITIONAL_ONLY}
