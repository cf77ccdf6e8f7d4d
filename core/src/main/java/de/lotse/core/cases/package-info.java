/**
 * Case management: case files with their journal, consents, benefits and referrals, and the
 * integration plan of next steps, with {@link de.lotse.core.cases.CaseService} holding their rules.
 */
package de.lotse.core.cases;
