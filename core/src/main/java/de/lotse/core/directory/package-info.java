/**
 * The office's reference data: organisations and their contacts, caseworkers, and the plan
 * templates with their step categories and priorities, with
 * {@link de.lotse.core.directory.DirectoryService} holding their rules.
 */
package de.lotse.core.directory;
