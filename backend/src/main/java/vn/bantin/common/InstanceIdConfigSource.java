package vn.bantin.common;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * {@code bantin.instance-id}: a name for this process, new at every start (BANTIN_INSTANCE_ID overrides it). On
 * PostgreSQL it is the connections' application_name, so that an instance can tell the content notifications of
 * its own writes, which it has acted on already, from those of other instances.
 */
public class InstanceIdConfigSource implements ConfigSource {
    private static final String NAME = "bantin.instance-id";
    private static final Map<String, String> VALUES =
            Map.of(NAME, UUID.randomUUID().toString().substring(0, 8));

    @Override
    public Map<String, String> getProperties() {
        return VALUES;
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "bantin-instance-id";
    }

    /** Below environment variables (300) and application.properties (250): those may name the instance. */
    @Override
    public int getOrdinal() {
        return 50;
    }
}
