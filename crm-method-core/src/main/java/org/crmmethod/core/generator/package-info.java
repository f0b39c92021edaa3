/**
 * Random but valid project plans, drawn from a seed: the source of plans for property tests,
 * benchmarks and the validator's own tests.
 *
 * <p>{@link org.crmmethod.core.generator.PlanGenerator} builds plans that follow the built-in
 * {@link org.crmmethod.core.catalogue.StagedMethod} in the shape of the {@link
 * org.crmmethod.core.catalogue.PharmaReferencePlan}, with the company, dates, estimates, teams and
 * lots drawn at random. It takes any {@link java.util.random.RandomGenerator}, so it can be wrapped
 * in whatever property-testing tool the caller uses; nothing here depends on one.
 */
package org.crmmethod.core.generator;
