/** JMH benchmarks of crm-method's engines, run from {@code benchmarks.jar}; see docs/BENCHMARKS.md. */
package org.crmmethod.benchmarks;
