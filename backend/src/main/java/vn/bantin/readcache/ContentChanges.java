package vn.bantin.readcache;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Entity listener on everything the public answers are made of (articles, categories, authors, tags): any write
 * empties the read cache, once when it is flushed and once more when its transaction ends. The second time
 * matters: between flush and commit a reader still sees the old rows and could cache them under the new
 * generation. Bulk and native SQL writes bypass listeners and must call {@link ReadCache#invalidateAll()}.
 */
public class ContentChanges {
    private static final Object REGISTERED = new Object();

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        ReadCache cache = Arc.container().instance(ReadCache.class).get();
        cache.invalidateAll();
        TransactionSynchronizationRegistry transaction = Arc.container()
                .instance(TransactionSynchronizationRegistry.class)
                .get();
        if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE && transaction.getResource(REGISTERED) == null) {
            transaction.putResource(REGISTERED, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    cache.invalidateAll();
                }
            });
        }
    }
}
