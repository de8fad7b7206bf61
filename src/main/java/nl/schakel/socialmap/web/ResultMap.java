// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.schakel.socialmap.SearchQuery;
import nl.schakel.socialmap.SearchResult;

/**
 * The results of one page drawn as numbered markers, the numbers matching the list. Drawn by the server as SVG so the
 * map view needs neither JavaScript nor a tile server; with both, Leaflet draws the same markers on tiles.
 */
record ResultMap(int width, int height, List<Marker> markers, @Nullable Marker here) {

	static final int WIDTH = 640;

	static final int HEIGHT = 420;

	private static final int MARGIN = 28;

	/** Smallest span shown, in degrees of latitude: about 1.5 km, so one result is not drawn at street level. */
	private static final double MIN_SPAN = 0.0135;

	/** One result: its number in the list, where it is drawn, and where it is on the globe. */
	record Marker(int number, double x, double y, double latitude, double longitude, @Nullable UUID serviceId,
			String label) {
	}

	static ResultMap of(List<SearchResult.Hit> hits, int firstNumber, SearchQuery.@Nullable Near near) {
		record Place(int number, SearchResult.Point point, SearchResult.Hit hit) {
		}
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			SearchResult.Hit hit = hits.get(i);
			SearchResult.Point point = nearest(hit.points(), near);
			if (point != null) {
				places.add(new Place(firstNumber + i, point, hit));
			}
		}
		double minLat = near == null ? Double.MAX_VALUE : near.latitude();
		double maxLat = near == null ? -Double.MAX_VALUE : near.latitude();
		double minLon = near == null ? Double.MAX_VALUE : near.longitude();
		double maxLon = near == null ? -Double.MAX_VALUE : near.longitude();
		for (Place place : places) {
			minLat = Math.min(minLat, place.point().latitude());
			maxLat = Math.max(maxLat, place.point().latitude());
			minLon = Math.min(minLon, place.point().longitude());
			maxLon = Math.max(maxLon, place.point().longitude());
		}
		if (places.isEmpty() && near == null) {
			return new ResultMap(WIDTH, HEIGHT, List.of(), null);
		}
		double midLat = (minLat + maxLat) / 2;
		double midLon = (minLon + maxLon) / 2;
		// Equirectangular projection: a degree of longitude is cos(latitude) as long as a degree of latitude.
		double stretch = Math.cos(Math.toRadians(midLat));
		double spanLat = Math.max(MIN_SPAN, maxLat - minLat);
		double spanLon = Math.max(MIN_SPAN / stretch, maxLon - minLon);
		double scale = Math.min((WIDTH - 2.0 * MARGIN) / (spanLon * stretch), (HEIGHT - 2.0 * MARGIN) / spanLat);
		List<Marker> markers = new ArrayList<>();
		for (Place place : places) {
			markers.add(marker(place.number(), place.point(), place.hit().serviceId(), place.hit().name(), midLat, midLon,
					stretch, scale));
		}
		Marker here = near == null ? null
				: marker(0, new SearchResult.Point(near.latitude(), near.longitude()), null, "", midLat, midLon, stretch,
						scale);
		return new ResultMap(WIDTH, HEIGHT, markers, here);
	}

	public boolean isEmpty() {
		return markers.isEmpty();
	}

	private static Marker marker(int number, SearchResult.Point point, @Nullable UUID serviceId, String label,
			double midLat, double midLon, double stretch, double scale) {
		double x = WIDTH / 2.0 + (point.longitude() - midLon) * stretch * scale;
		double y = HEIGHT / 2.0 - (point.latitude() - midLat) * scale;
		return new Marker(number, Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, point.latitude(),
				point.longitude(), serviceId, label);
	}

	private static SearchResult.@Nullable Point nearest(List<SearchResult.Point> points,
			SearchQuery.@Nullable Near near) {
		if (points.isEmpty()) {
			return null;
		}
		if (near == null) {
			return points.getFirst();
		}
		SearchResult.Point best = points.getFirst();
		double bestDistance = Double.MAX_VALUE;
		for (SearchResult.Point point : points) {
			double dLat = point.latitude() - near.latitude();
			double dLon = (point.longitude() - near.longitude()) * Math.cos(Math.toRadians(near.latitude()));
			double distance = dLat * dLat + dLon * dLon;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = point;
			}
		}
		return best;
	}

}
