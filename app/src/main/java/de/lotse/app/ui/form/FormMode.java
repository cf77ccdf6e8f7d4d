package de.lotse.app.ui.form;

/** What a form shows: nothing chosen, a new record, or a stored one. */
public enum FormMode { EMPTY, NEW, EDIT }
