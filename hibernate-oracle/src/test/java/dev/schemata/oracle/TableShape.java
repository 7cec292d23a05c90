package dev.schemata.oracle;

import java.util.List;
import java.util.SortedSet;

/**
 * A table as JDBC metadata describes it. Constraint and index names are compared apart: each
 * tool derives its own, and only a name the user wrote must be the same.
 *
 * @param columns the columns, in name order
 * @param primaryKey the primary key columns, in key order
 * @param indexes every index as "unique? (columns)", including those backing constraints
 * @param foreignKeys every foreign key as "(columns) -> table (columns)"
 * @param names the names of foreign keys and indexes that someone chose, leaving out those that
 *     Hibernate ORM derives (a prefix and a hash) and those H2 gives the indexes it creates
 */
record TableShape(SortedSet<String> columns, List<String> primaryKey, SortedSet<String> indexes,
    SortedSet<String> foreignKeys, SortedSet<String> names) {}
