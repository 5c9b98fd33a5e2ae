package org.peersupport.portal.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * One Payara Micro for all service tests of a run. Payara's adapter starts a server per deployment,
 * that is per test class (about 35 s each); this one deploys once, the first class's deployment
 * with every other service test's classes added (Deployments.withEveryServiceTest), answers the
 * later classes with the same server, and stops it when Arquillian stops the container at the end
 * of the run. Tests therefore share the server's memory as they already shared its database: each
 * makes its own data and never counts what it did not make.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData running;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed == null) {
            Archive<?> all = Deployments.withEveryServiceTest(archive);
            running = payara.deploy(all);
            deployed = all;
            return running;
        }
        List<ArchivePath> missing = archive.getContent(Deployments::isTestContent).keySet().stream()
                .filter(path -> !deployed.contains(path)).toList();
        if (!deployed.getName().equals(archive.getName()) || !missing.isEmpty()) {
            throw new DeploymentException("The service tests' Payara Micro was deployed once with every class that has an "
                    + "@Deployment method returning Deployments.portalWith(..); " + archive.getName() + " asks for "
                    + missing + ", which that deployment lacks");
        }
        return running;
    }

    /** Kept for the next test class; the server goes when the container stops. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                payara.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the service tests' Payara Micro", e);
        } finally {
            deployed = null;
            running = null;
        }
        payara.stop();
    }
}
