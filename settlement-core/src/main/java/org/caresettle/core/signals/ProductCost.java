package org.caresettle.core.signals;

/** A provider's accepted cost of one product in one region in P, and the clients it was for. */
public record ProductCost(String region, String product, String providerAgb, long costCents, long clients) {
}
