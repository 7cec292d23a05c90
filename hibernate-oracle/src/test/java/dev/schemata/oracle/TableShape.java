package dev.schemata.oracle;

import java.util.List;
import java.util.SortedSet;

/**
 * A table as JDBC metadata describes it, with everything that only names a thing left out
 * (constraint and index names are chosen differently by each tool and carry no meaning).
 *
 * @param columns the columns, in name order
 * @param primaryKey the primary key columns, in key order
 * @param indexes every index as "unique? (columns)", including those backing constraints
 * @param foreignKeys every foreign key as "(columns) -> table (columns)"
 */
record TableShape(SortedSet<String> columns, List<String> primaryKey, SortedSet<String> indexes,
    SortedSet<String> foreignKeys) {}
