package de.lotse.app.feature.directory;

/** What a form beside a list shows: nothing chosen, a new record, or a stored one. */
public enum FormMode { EMPTY, NEW, EDIT }
