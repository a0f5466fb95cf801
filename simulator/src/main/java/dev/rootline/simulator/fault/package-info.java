/**
 * Faults the simulated shop can suffer, each switched on for a time window and labelled with its
 * root cause; a {@link dev.rootline.simulator.fault.FaultPlan} combines them into the
 * {@link dev.rootline.simulator.Conditions} a simulation runs under.
 */
package dev.rootline.simulator.fault;
