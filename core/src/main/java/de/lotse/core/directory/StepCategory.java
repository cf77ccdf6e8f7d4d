package de.lotse.core.directory;

/** The field of life an integration step belongs to; organisations are responsible for some of them. */
public enum StepCategory { LANGUAGE, WORK, EDUCATION, HOUSING, HEALTH, RESIDENCE, SOCIAL }
