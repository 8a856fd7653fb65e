/**
 * The leaf every layer of the shell may use: the exit statuses and the one refusal type,
 * {@link org.caresettle.batch.exit.RefusedException}, which any layer throws and the entry
 * points turn into exit status 2 in one place.
 */
package org.caresettle.batch.exit;
