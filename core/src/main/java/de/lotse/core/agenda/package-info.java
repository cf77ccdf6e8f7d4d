/** The office's appointments and their calendar export, with {@link de.lotse.core.agenda.AgendaService} holding their rules. */
package de.lotse.core.agenda;
