package dev.schemata.processor.plan;

import dev.schemata.processor.diagnostic.Problem;

/**
 * A rule broken by the declared version, the history or the entities.
 *
 * @param problem the diagnostic
 * @param subject what it is about
 */
public record PlanProblem(Problem problem, Subject subject) {}
