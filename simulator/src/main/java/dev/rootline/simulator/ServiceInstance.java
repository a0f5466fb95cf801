package dev.rootline.simulator;

/**
 * One running pod of a service, as {@link Conditions} see it.
 *
 * @param service    {@code service.name}
 * @param version    {@code service.version} of the code it runs
 * @param instanceId {@code service.instance.id}
 * @param pod        {@code k8s.pod.name}, also its {@code host.name}
 * @param node       {@code k8s.node.name}
 */
public record ServiceInstance(String service, String version, String instanceId, String pod, String node) {}
