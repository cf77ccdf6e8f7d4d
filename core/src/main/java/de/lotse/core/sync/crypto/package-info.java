/**
 * The cryptography of sync: realm keys derived from the office passphrase, per-device Ed25519
 * signing keys, the signed and encrypted envelope every batch and snapshot part travels in, and
 * the realm and device files that say who belongs to a realm. Only JDK algorithms are used.
 */
package de.lotse.core.sync.crypto;
