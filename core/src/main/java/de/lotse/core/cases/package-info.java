/**
 * Case management: case files with their journal, consents, benefits and referrals, the
 * integration plan of next steps and its templates, the organisations steps point at, the
 * office's caseworkers, and appointments.
 */
package de.lotse.core.cases;
