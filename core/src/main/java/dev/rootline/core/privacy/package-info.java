/** Keeping secrets and personal data inside Rootline: masking text before it leaves the process. */
package dev.rootline.core.privacy;
