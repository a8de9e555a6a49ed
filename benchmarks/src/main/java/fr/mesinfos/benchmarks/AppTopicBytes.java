package fr.mesinfos.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.Node;

import fr.mesinfos.events.Topics;

/** What apps' topics weigh on the brokers' disks (every replica of every app.* partition), to tell what a delivery costs. */
final class AppTopicBytes {

    private AppTopicBytes() {
    }

    static long of(Admin admin) throws Exception {
        List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(Node::id).toList();
        long bytes = 0;
        for (var byDir : admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()) {
            for (LogDirDescription dir : byDir.values()) {
                for (var replica : dir.replicaInfos().entrySet()) {
                    if (Topics.isAppTopic(replica.getKey().topic())) {
                        bytes += ((ReplicaInfo) replica.getValue()).size();
                    }
                }
            }
        }
        return bytes;
    }
}
