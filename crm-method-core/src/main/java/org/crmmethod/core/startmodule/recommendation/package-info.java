/**
 * Recommending the module a CRM project starts with (F01-F04): candidate modules rated on the
 * method's criteria, weighed, and ranked with the reasons for each rank.
 *
 * <p>{@link org.crmmethod.core.startmodule.recommendation.StartModuleRecommender} is the engine. It
 * derives each module's {@link org.crmmethod.core.startmodule.recommendation.CandidateAssessment}
 * from a project's context and the start-module catalogue, or takes a vendor's own, weighs the
 * ratings with {@link org.crmmethod.core.startmodule.recommendation.CriterionWeights} and returns a
 * {@link org.crmmethod.core.startmodule.recommendation.StartModuleRecommendation}: every candidate
 * as a {@link org.crmmethod.core.startmodule.recommendation.RankedModule} with its score, its
 * rank, each criterion's {@link
 * org.crmmethod.core.startmodule.recommendation.CriterionContribution} and reasons that name the
 * facts they rest on.
 *
 * <p>The package sits below {@code org.crmmethod.core.startmodule} rather than in it because the
 * engine reads a {@link org.crmmethod.core.plan.ProjectContext} and the catalogue, both of which
 * depend on the start-module vocabulary: kept apart, the packages of the core depend on each other
 * without a cycle.
 *
 * <p>All values here are records: they check their invariants when constructed and throw {@link
 * org.crmmethod.core.InvalidModelException} naming the type, the attribute and the bad value.
 */
package org.crmmethod.core.startmodule.recommendation;
