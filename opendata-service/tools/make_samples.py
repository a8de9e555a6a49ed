#!/usr/bin/env python3
"""Makes the opendata-service samples (src/main/resources/opendata/): run once, the output is committed.

Everything here is invented by the project for the Lyon area: plausible, not measured. Seeded, so reruns give the
same files.
"""
import datetime as dt
import json
import math
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "opendata")
rng = random.Random(20250901)

# ---- communes: simplified boundaries (lon, lat), adjacent ones share their vertices, none overlap ----
COMMUNES = [
    ("69123", "Lyon", [(4.772, 45.742), (4.795, 45.728), (4.815, 45.715), (4.840, 45.707), (4.880, 45.712),
                        (4.898, 45.745), (4.880, 45.760), (4.870, 45.790), (4.845, 45.785), (4.825, 45.790),
                        (4.800, 45.800)]),
    ("69266", "Villeurbanne", [(4.870, 45.790), (4.880, 45.760), (4.898, 45.745), (4.925, 45.755), (4.920, 45.785)]),
    ("69029", "Bron", [(4.898, 45.745), (4.880, 45.712), (4.940, 45.715), (4.950, 45.742), (4.925, 45.755)]),
    ("69259", "Vénissieux", [(4.840, 45.707), (4.835, 45.690), (4.860, 45.675), (4.915, 45.680), (4.940, 45.715),
                              (4.880, 45.712)]),
    ("69034", "Caluire-et-Cuire", [(4.825, 45.790), (4.845, 45.785), (4.870, 45.790), (4.880, 45.805),
                                    (4.860, 45.820), (4.830, 45.815)]),
    ("69149", "Oullins", [(4.795, 45.728), (4.785, 45.718), (4.790, 45.705), (4.810, 45.698), (4.825, 45.703),
                           (4.815, 45.715)]),
    ("69299", "Colombier-Saugnieu", [(5.060, 45.705), (5.140, 45.705), (5.145, 45.745), (5.070, 45.755)]),
]


def ccw(ring):
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))
    return ring if area > 0 else list(reversed(ring))


def communes():
    features = []
    for code, name, ring in COMMUNES:
        ring = ccw(ring)
        features.append({"type": "Feature", "properties": {"code": code, "nom": name},
                         "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in ring + ring[:1]]]}})
    with open(os.path.join(OUT, "communes-lyon.geojson"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---- air quality: ATMO France "indice ATMO" open-data CSV ----
LABELS = {1: "Bon", 2: "Moyen", 3: "Dégradé", 4: "Mauvais", 5: "Très mauvais", 6: "Extrêmement mauvais"}
TRAFFIC = {"69123": 1.0, "69266": 0.9, "69029": 0.7, "69259": 0.7, "69034": 0.4, "69149": 0.5}


def clamp(v):
    return max(1, min(6, int(round(v))))


def air_quality():
    start, end = dt.date(2025, 9, 1), dt.date(2026, 11, 30)
    rows = ["date_ech,code_zone,lib_zone,code_qual,lib_qual,code_no2,code_so2,code_o3,code_pm10,code_pm25,source"]
    episode = 0.0
    day = start
    while day <= end:
        season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)  # 1 in winter, -1 in summer
        episode = 0.6 * episode + rng.gauss(0, 0.55)  # a few days of worse air come together
        weekday = 0.3 if day.weekday() < 5 else -0.3
        for code, name, _ in COMMUNES[:6]:
            no2 = clamp(1.3 + TRAFFIC[code] + weekday + 0.3 * season + 0.4 * episode + rng.gauss(0, 0.3))
            pm10 = clamp(1.6 + 0.7 * season + 0.8 * episode + rng.gauss(0, 0.3))
            pm25 = clamp(1.9 + 0.9 * season + 0.9 * episode + rng.gauss(0, 0.3))
            o3 = clamp(2.3 - 0.9 * season + 0.5 * episode + rng.gauss(0, 0.3))
            so2 = 1
            worst = max(no2, pm10, pm25, o3, so2)
            rows.append(f"{day.isoformat()},{code},{name},{worst},{LABELS[worst]},{no2},{so2},{o3},{pm10},{pm25},"
                        "Atmo Auvergne-Rhône-Alpes")
        day += dt.timedelta(days=1)
    with open(os.path.join(OUT, "atmo-indices-lyon.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


# ---- weather: Météo-France "données climatologiques de base quotidiennes" CSV ----
STATIONS = [("69029001", "LYON-BRON", 45.721333, 4.949167, 197, 0.0),
            ("69299001", "LYON-ST EXUPERY", 45.726500, 5.077833, 235, -0.7)]


def weather():
    start, end = dt.date(2024, 11, 1), dt.date(2026, 11, 30)
    rows = ["NUM_POSTE;NOM_USUEL;LAT;LON;ALTI;AAAAMMJJ;RR;QRR;TN;QTN;TX;QTX;TM;QTM"]
    anomaly = 0.0
    days = []
    day = start
    while day <= end:
        anomaly = 0.75 * anomaly + rng.gauss(0, 1.6)
        days.append((day, anomaly, max(0.0, rng.gauss(-1.5, 4.0)), rng.gauss(0, 1.0)))
        day += dt.timedelta(days=1)
    for number, name, lat, lon, alti, offset in STATIONS:
        for day, anomaly, rain, spread_noise in days:
            season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 200) / 365)  # 1 late July, -1 in January
            mean = 12.8 + 9.6 * season + anomaly + offset + rng.gauss(0, 0.3)
            spread = max(2.0, 9.5 + 2.5 * season + 1.5 * spread_noise - (3.0 if rain > 2 else 0.0))
            tn = mean - spread / 2 + rng.gauss(0, 0.4)
            tx = mean + spread / 2 + rng.gauss(0, 0.4)
            tm = min(max(mean, tn), tx)
            rows.append(f"{number};{name};{lat:.6f};{lon:.6f};{alti};{day.strftime('%Y%m%d')};{rain:.1f};1;"
                        f"{tn:.1f};1;{tx:.1f};1;{tm:.1f};1")
    with open(os.path.join(OUT, "meteo-france-quotidien-69.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


# ---- GTFS: a TCL-like network (metro A and B, tram T1, bus C3) ----
STOPS = {
    "PERRACHE": ("Perrache", 45.7485, 4.8262), "AMPERE": ("Ampère - Victor Hugo", 45.7530, 4.8292),
    "BELLECOUR": ("Bellecour", 45.7578, 4.8320), "CORDELIERS": ("Cordeliers", 45.7634, 4.8358),
    "HOTELDEVILLE": ("Hôtel de Ville - Louis Pradel", 45.7675, 4.8363), "FOCH": ("Foch", 45.7688, 4.8440),
    "MASSENA": ("Masséna", 45.7697, 4.8526), "CHARPENNES": ("Charpennes - Charles Hernu", 45.7707, 4.8631),
    "REPUBLIQUE": ("République - Villeurbanne", 45.7710, 4.8740), "GRATTECIEL": ("Gratte-Ciel", 45.7690, 4.8820),
    "CUSSET": ("Cusset", 45.7658, 4.9005), "BROTTEAUX": ("Brotteaux", 45.7668, 4.8594),
    "PARTDIEU": ("Gare Part-Dieu - Vivier Merle", 45.7610, 4.8588), "GUICHARD": ("Place Guichard", 45.7594, 4.8478),
    "SAXE": ("Saxe - Gambetta", 45.7540, 4.8470), "JEANMACE": ("Jean Macé", 45.7457, 4.8424),
    "JAURES": ("Place Jean Jaurès", 45.7384, 4.8374), "DEBOURG": ("Debourg", 45.7310, 4.8330),
    "OULLINS": ("Gare d'Oullins", 45.7155, 4.8100), "VILLETTE": ("Gare Part-Dieu - Villette", 45.7603, 4.8625),
    "LIBERTE": ("Liberté", 45.7580, 4.8440), "CLAUDEBERNARD": ("Quai Claude Bernard", 45.7520, 4.8370),
    "BLANDINE": ("Sainte-Blandine", 45.7440, 4.8240), "CONFLUENCES": ("Musée des Confluences", 45.7330, 4.8180),
    "SAINTPAUL": ("Gare Saint-Paul", 45.7660, 4.8270), "SAXELAFAYETTE": ("Saxe - Lafayette", 45.7625, 4.8470),
    "TOTEM": ("Totem", 45.7700, 4.8800), "BONNEVAY": ("Laurent Bonnevay", 45.7640, 4.9170),
}
ROUTES = [  # id, short, long, type, colour, minutes between departures, minutes between stops, stops
    ("A", "A", "Perrache - Vaulx-en-Velin La Soie", 1, "EE3897", 10, 2,
     ["PERRACHE", "AMPERE", "BELLECOUR", "CORDELIERS", "HOTELDEVILLE", "FOCH", "MASSENA", "CHARPENNES",
      "REPUBLIQUE", "GRATTECIEL", "CUSSET"]),
    ("B", "B", "Charpennes - Gare d'Oullins", 1, "0073B8", 10, 2,
     ["CHARPENNES", "BROTTEAUX", "PARTDIEU", "GUICHARD", "SAXE", "JEANMACE", "JAURES", "DEBOURG", "OULLINS"]),
    ("T1", "T1", "IUT Feyssine - Debourg", 0, "7D2181", 12, 3,
     ["CHARPENNES", "VILLETTE", "LIBERTE", "CLAUDEBERNARD", "PERRACHE", "BLANDINE", "CONFLUENCES", "DEBOURG"]),
    ("C3", "C3", "Gare Saint-Paul - Laurent Bonnevay", 3, "E2001A", 15, 3,
     ["SAINTPAUL", "CORDELIERS", "SAXELAFAYETTE", "PARTDIEU", "TOTEM", "BONNEVAY"]),
]


def hms(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


def gtfs():
    folder = os.path.join(OUT, "gtfs-tcl-sample")
    os.makedirs(folder, exist_ok=True)

    def write(name, lines):
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    write("agency.txt", ["agency_id,agency_name,agency_url,agency_timezone,agency_lang",
                         "TCL,TCL sample (MesInfos),https://www.tcl.fr,Europe/Paris,fr"])
    write("feed_info.txt", ["feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version",
                            "MesInfos (made-up sample),https://mesinfos.fr,fr,20250901,20261231,2025-09"])
    write("calendar.txt", ["service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
                           "SEMAINE,1,1,1,1,1,0,0,20250901,20261231"])
    write("stops.txt", ["stop_id,stop_name,stop_lat,stop_lon,location_type"]
          + [f'{sid},"{name}",{lat:.4f},{lon:.4f},0' for sid, (name, lat, lon) in STOPS.items()])
    write("routes.txt", ["route_id,agency_id,route_short_name,route_long_name,route_type,route_color"]
          + [f'{rid},TCL,{short},"{long}",{rtype},{colour}' for rid, short, long, rtype, colour, *_ in ROUTES])
    trips = ["route_id,service_id,trip_id,direction_id"]
    times = ["trip_id,arrival_time,departure_time,stop_id,stop_sequence"]
    for rid, _, _, _, _, headway, hop, stops in ROUTES:
        for direction, sequence in ((0, stops), (1, list(reversed(stops)))):
            for n, start in enumerate(range(6 * 60, 21 * 60 + 1, headway)):
                trip = f"{rid}-{direction}-{n + 1:03d}"
                trips.append(f"{rid},SEMAINE,{trip},{direction}")
                for i, stop in enumerate(sequence):
                    times.append(f"{trip},{hms(start + i * hop)},{hms(start + i * hop)},{stop},{i + 1}")
    write("trips.txt", trips)
    write("stop_times.txt", times)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    communes()
    air_quality()
    weather()
    gtfs()
