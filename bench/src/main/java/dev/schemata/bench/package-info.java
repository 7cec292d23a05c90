/**
 * Benchmarks: the start-up check against Flyway, Liquibase and plain JDBC (JMH), and compile
 * time against Hibernate's metamodel processor (whole javac processes). Not part of the tests;
 * run with {@code bench/run}.
 */
package dev.schemata.bench;
