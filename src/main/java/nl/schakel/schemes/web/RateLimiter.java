// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address, in memory: each address may make {@code burst} requests at once and then
 * {@code perSecond} a second. One instance keeps its own buckets; behind several instances the limit is per
 * instance. Addresses are never logged or stored beyond the bucket, which is dropped after a minute of quiet.
 */
@Component
class RateLimiter {

	/** Above this many addresses, idle buckets are dropped before a new one is made. */
	private static final int MAX_BUCKETS = 100_000;

	private static final long IDLE_NANOS = 60_000_000_000L;

	private final double perSecond;

	private final double burst;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(@Value("${schakel.regelingen.rate-limit.per-second:20}") double perSecond,
			@Value("${schakel.regelingen.rate-limit.burst:40}") double burst) {
		this.perSecond = perSecond;
		this.burst = burst;
	}

	/** Seconds to wait before the next request is allowed; 0 when this one is allowed (and counted). */
	long acquire(String address) {
		long now = System.nanoTime();
		if (buckets.size() > MAX_BUCKETS) {
			buckets.values().removeIf(b -> b.idleSince(now) > IDLE_NANOS);
		}
		return buckets.computeIfAbsent(address, a -> new Bucket(burst, now)).take(now, perSecond, burst);
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
		}

		synchronized long take(long now, double perSecond, double burst) {
			tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
			updated = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
		}

		synchronized long idleSince(long now) {
			return now - updated;
		}

	}

}
