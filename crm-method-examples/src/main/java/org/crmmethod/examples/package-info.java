/** Runnable examples that show the library at work on its built-in catalogue. */
package org.crmmethod.examples;
