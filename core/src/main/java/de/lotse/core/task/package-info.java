/**
 * Long work that reports how far it has come and stops when the person asks:
 * {@link de.lotse.core.task.Progress} and {@link de.lotse.core.task.CancelledException}.
 */
package de.lotse.core.task;
