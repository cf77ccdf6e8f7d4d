/**
 * Who may do what: accounts and their roles ({@link de.lotse.core.account.AccountService}), the
 * permission table ({@link de.lotse.core.account.Permissions}) and the current user's
 * {@link de.lotse.core.account.Access}, which services check before they show or change anything;
 * the password rules and the growing wait after failed logins. Pure domain: credentials are made
 * and checked behind the {@link de.lotse.core.account.Credentials} port, accounts and failed
 * logins are stored behind {@link de.lotse.core.account.AccountStore} and
 * {@link de.lotse.core.account.FailedLogins}.
 */
package de.lotse.core.account;
