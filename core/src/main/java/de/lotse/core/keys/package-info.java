/**
 * The keys that protect a device's database: a random file key per device (AES-256-XTS),
 * per account a credential (an X25519 key pair whose private key is wrapped under
 * Argon2id(password)), and on each device a key file holding, per account, a grant (the file key
 * sealed to the account's public key). Any open device can grant every enabled account without
 * knowing a password; logging in unwraps the private key with the password and opens the grant.
 * Pure Java and Bouncy Castle's Argon2id; no database, no user interface.
 */
package de.lotse.core.keys;
