package de.lotse.core.cases;

/** How far a referral to a partner organisation has come. */
public enum ReferralStatus { PLANNED, SENT, ACCEPTED, DONE, DECLINED }
