package de.lotse.core.person;

/** How much of a date is known: often only the year of birth is. */
public enum DatePrecision { DAY, MONTH, YEAR }
