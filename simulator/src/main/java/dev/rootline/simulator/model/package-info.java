/** The shop as data: services, endpoints, calls, datastores and where user traffic enters. */
package dev.rootline.simulator.model;
