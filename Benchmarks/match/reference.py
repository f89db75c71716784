"""make bench-match, reference half: solve a mentord instance file with a reference solver, in its own process.

Usage: reference.py ortools|scipy|lapjv INSTANCE.json
Prints one JSON line: {"solver", "objective", "matched", "solve_s", "peak_mb"}; solve_s times the solver call only.

The formulations (see README, "Matching instance files"):
  ortools  SimpleMinCostFlow: mentee supply 1, arcs mentee->mentor (cap 1, cost -score), mentee->sink (cap 1, cost 0,
           "unmatched"), mentor->sink (cap = capacity, cost 0).
  scipy    linear_sum_assignment on the dense mentees x capacity-expanded-mentor-slots matrix, non-edges cost 0.
  lapjv    lapjv on the same matrix padded to a square.
For "most-matched" every edge is worth score + bonus, bonus above any total score, as mentord does.
"""
import json
import resource
import sys
import time

import numpy as np


def load(path):
    with open(path) as handle:
        data = json.load(handle)
    edges = np.asarray(data["edges"], dtype=np.int64).reshape(-1, 3)
    capacities = np.asarray([mentor["capacity"] for mentor in data["mentors"]], dtype=np.int64)
    mentees = len(data["mentees"])
    weights = edges[:, 2].copy()
    bonus = 0
    if data["objective"] == "most-matched":
        best = np.zeros(mentees, dtype=np.int64)
        np.maximum.at(best, edges[:, 0], edges[:, 2])
        bonus = int(best.sum()) + 1
        weights += bonus
    return mentees, capacities, edges, weights, bonus


def result(solver, chosen_weights, bonus, seconds):
    matched = int(len(chosen_weights))
    objective = int(np.sum(chosen_weights)) - bonus * matched
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"solver": solver, "objective": objective, "matched": matched, "solve_s": round(seconds, 3), "peak_mb": round(peak_mb)}


def solve_ortools(mentees, capacities, edges, weights, bonus):
    from ortools.graph.python import min_cost_flow

    mentors = len(capacities)
    sink = mentees + mentors
    flow = min_cost_flow.SimpleMinCostFlow()
    tails = np.concatenate([edges[:, 0], np.arange(mentees), mentees + np.arange(mentors)])
    heads = np.concatenate([mentees + edges[:, 1], np.full(mentees, sink), np.full(mentors, sink)])
    caps = np.concatenate([np.ones(len(edges), dtype=np.int64), np.ones(mentees, dtype=np.int64), capacities])
    costs = np.concatenate([-weights, np.zeros(mentees, dtype=np.int64), np.zeros(mentors, dtype=np.int64)])
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    flow.set_nodes_supplies(np.arange(sink + 1), np.concatenate([np.ones(mentees, dtype=np.int64), np.zeros(mentors, dtype=np.int64), [-mentees]]))
    start = time.perf_counter()
    status = flow.solve()
    seconds = time.perf_counter() - start
    if status != flow.OPTIMAL:
        raise SystemExit(f"OR-Tools did not reach the optimum: status {status}")
    arcs = np.arange(len(edges))
    used = flow.flows(arcs) > 0
    return result("ortools", weights[used], bonus, seconds)


def slot_matrix(mentees, capacities, edges, weights, square):
    slot_start = np.concatenate([[0], np.cumsum(capacities)])
    slots = int(slot_start[-1])
    size = max(mentees, slots) if square else None
    shape = (size, size) if square else (mentees, slots)
    cost = np.zeros(shape, dtype=np.float64)
    for copy in range(int(capacities.max(initial=0))):
        has_slot = capacities[edges[:, 1]] > copy
        cost[edges[has_slot, 0], slot_start[edges[has_slot, 1]] + copy] = -weights[has_slot]
    return cost


def solve_scipy(mentees, capacities, edges, weights, bonus):
    from scipy.optimize import linear_sum_assignment

    cost = slot_matrix(mentees, capacities, edges, weights, square=False)
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(cost)
    seconds = time.perf_counter() - start
    chosen = -cost[rows, cols]
    return result("scipy", chosen[chosen > 0].astype(np.int64), bonus, seconds)


def solve_lapjv(mentees, capacities, edges, weights, bonus):
    from lapjv import lapjv

    cost = slot_matrix(mentees, capacities, edges, weights, square=True)
    start = time.perf_counter()
    row_to_col, _, _ = lapjv(cost)
    seconds = time.perf_counter() - start
    chosen = -cost[np.arange(len(row_to_col)), row_to_col]
    return result("lapjv", chosen[chosen > 0].astype(np.int64), bonus, seconds)


SOLVERS = {"ortools": solve_ortools, "scipy": solve_scipy, "lapjv": solve_lapjv}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in SOLVERS:
        raise SystemExit(f"usage: reference.py {'|'.join(SOLVERS)} INSTANCE.json")
    print(json.dumps(SOLVERS[sys.argv[1]](*load(sys.argv[2]))), flush=True)
