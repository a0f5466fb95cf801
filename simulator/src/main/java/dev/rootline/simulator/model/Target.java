package dev.rootline.simulator.model;

/** What a {@link Call} reaches: another service's endpoint, a datastore, an external API or a topic. */
public sealed interface Target permits ServiceTarget, QueryTarget, ExternalTarget, PublishTarget {}
