#!/usr/bin/env python3
"""Regenerates Tests/RelGraphCoreTests/Fixtures/centrality/*.json with networkx.

Each fixture holds a graph (node order, weighted edge list in the order networkx iterates it) and
networkx's values for every measure relgraph computes, so the Swift tests can check them to 1e-9.
The graph the values are computed on is rebuilt from the exported node and edge lists, so its
adjacency order is exactly the one the Swift side builds.

    python3 scripts/centrality_fixtures.py
"""
import json
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "RelGraphCoreTests", "Fixtures", "centrality")


def weighted(G, seed=None):
    rng = random.Random(seed)
    H = G.__class__()
    H.add_nodes_from(str(v) for v in G.nodes)
    for u, v, d in G.edges(data=True):
        w = d.get("weight", rng.randint(1, 10) if seed is not None else 1)
        H.add_edge(str(u), str(v), weight=float(w))
    return H


def measures(G):
    H = G.__class__()
    H.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, weight=d["weight"], distance=1.0 / d["weight"])
    out = {}

    def keep(name, f):
        try:
            out[name] = {k: float(v) for k, v in f().items()}
        except nx.PowerIterationFailedConvergence:
            out[name] = None

    if H.is_directed():
        keep("in_degree", lambda: nx.in_degree_centrality(H))
        keep("out_degree", lambda: nx.out_degree_centrality(H))
        keep("in_strength", lambda: dict(H.in_degree(weight="weight")))
        keep("out_strength", lambda: dict(H.out_degree(weight="weight")))
    else:
        keep("degree", lambda: nx.degree_centrality(H))
        keep("strength", lambda: dict(H.degree(weight="weight")))
    keep("betweenness", lambda: nx.betweenness_centrality(H, weight="distance", normalized=True))
    keep("closeness", lambda: nx.closeness_centrality(H, distance="distance"))
    keep("harmonic", lambda: nx.harmonic_centrality(H, distance="distance"))
    keep("eigenvector", lambda: nx.eigenvector_centrality(H, weight="weight", max_iter=100, tol=1e-6))
    keep("pagerank", lambda: nx.pagerank(H, alpha=0.85, weight="weight", max_iter=100, tol=1e-6))
    return H, out


def write(name, G):
    H, values = measures(G)
    data = {
        "name": name,
        "directed": H.is_directed(),
        "nodes": list(H.nodes),
        "edges": [[u, v, d["weight"]] for u, v, d in H.edges(data=True)],
        "expected": values,
        "networkx": nx.__version__,
    }
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, sort_keys=True, indent=1)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    write("krackhardt_kite", weighted(nx.krackhardt_kite_graph()))
    write("karate_club", weighted(nx.karate_club_graph()))
    write("florentine_families", weighted(nx.florentine_families_graph()))
    for seed in (1, 2, 3):
        write(f"random_weighted_{seed}", weighted(nx.gnm_random_graph(40, 120, seed=seed), seed=seed))
    a = weighted(nx.gnm_random_graph(15, 30, seed=11), seed=11)
    b = nx.relabel_nodes(weighted(nx.gnm_random_graph(10, 18, seed=12), seed=12), lambda v: "b" + v)
    write("disconnected_weighted", nx.union(a, b))
    write("random_directed", weighted(nx.gnm_random_graph(30, 90, seed=7, directed=True), seed=7))
    single = nx.Graph()
    single.add_node("a")
    write("single_node", single)
    pair = nx.Graph()
    pair.add_edge("a", "b", weight=2.0)
    write("two_nodes", pair)


if __name__ == "__main__":
    main()
