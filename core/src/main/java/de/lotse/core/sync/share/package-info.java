/**
 * Access to the share that devices exchange files through: the {@link de.lotse.core.sync.share.Share}
 * interface and its implementation over a folder (a mapped network drive, a NAS, a USB stick).
 */
package de.lotse.core.sync.share;
