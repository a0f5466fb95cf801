package dev.rootline.simulator.model;

/** What a {@link Call} reaches: another service's endpoint or a datastore. */
public sealed interface Target permits ServiceTarget, QueryTarget {}
