/**
 * The simulated systems as data: services, endpoints, calls, datastores, how each service is
 * instrumented and where user traffic enters; the online shop and the ride-hailing backend.
 */
package dev.rootline.simulator.model;
