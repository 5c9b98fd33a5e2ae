package org.peersupport.portal.mentoring.matching;

import java.util.Arrays;

/**
 * Maximum-score assignment on a sparse candidate graph (request → some mentors), each request at
 * most once, each mentor up to its free places. Solved as a min-cost flow
 * source → request (1) → mentor (1, cost −score) → sink (free places), plus request → sink (1, cost 0)
 * for "stays unmatched", by the primal-dual method: Dijkstra on reduced costs sets the potentials,
 * then depth-first sweeps along zero-reduced-cost edges push every shortest path of that length
 * before the next Dijkstra. Path lengths are whole numbers between −(highest score) and 0 and grow each phase, so
 * there are at most highest score + 1 phases, however many requests.
 * <p>
 * The final potentials give the LP dual (a price per request and per mentor place) that
 * {@link PoolSolver} checks against every pair outside the candidate graph.
 */
final class CandidateGraphSolver {

    private static final long UNREACHED = Long.MAX_VALUE;

    private final int requests;
    private final int nodes;
    private final int source;
    private final int sink;
    private final int[] head;
    private final int[] capacity;
    private final int[] cost;
    private final int[] adjacencyStart;
    private final int[] adjacency;
    private final int[] firstCandidateEdge;
    private final long[] potential;
    private final long[] distance;
    private final int[] visited;
    private int stamp;
    private final int[] currentArc;
    private final int[] path;
    private final int highestScore;
    private final int[][] buckets;
    private final int[] bucketSize;
    private int phases;
    private int sweeps;

    /** Request i's candidates are {@code candidates[i]} with scores {@code scores[i]} (all above 0). */
    CandidateGraphSolver(int[] freePlaces, int[][] candidates, int[][] scores) {
        requests = candidates.length;
        int mentors = freePlaces.length;
        nodes = requests + mentors + 2;
        source = 0;
        sink = nodes - 1;
        int candidateEdges = 0;
        for (int[] list : candidates) {
            candidateEdges += list.length;
        }
        int edges = 2 * (2 * requests + candidateEdges + mentors);
        head = new int[edges];
        capacity = new int[edges];
        cost = new int[edges];
        int[] tail = new int[edges];
        firstCandidateEdge = new int[requests + 1];
        int e = 0;
        for (int i = 0; i < requests; i++) {
            e = addEdge(tail, e, source, requestNode(i), 1, 0);
            e = addEdge(tail, e, requestNode(i), sink, 1, 0);
        }
        for (int i = 0; i < requests; i++) {
            firstCandidateEdge[i] = e;
            for (int k = 0; k < candidates[i].length; k++) {
                e = addEdge(tail, e, requestNode(i), mentorNode(candidates[i][k]), 1, -scores[i][k]);
            }
        }
        firstCandidateEdge[requests] = e;
        for (int j = 0; j < mentors; j++) {
            e = addEdge(tail, e, mentorNode(j), sink, freePlaces[j], 0);
        }
        adjacencyStart = new int[nodes + 1];
        for (int edge = 0; edge < edges; edge++) {
            adjacencyStart[tail[edge] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            adjacencyStart[v + 1] += adjacencyStart[v];
        }
        adjacency = new int[edges];
        int[] fill = Arrays.copyOf(adjacencyStart, nodes);
        for (int edge = 0; edge < edges; edge++) {
            adjacency[fill[tail[edge]]++] = edge;
        }

        // Exact distances of the initial graph (a DAG), so every reduced cost starts non-negative.
        potential = new long[nodes];
        for (int i = 0; i < requests; i++) {
            for (int k = 0; k < candidates[i].length; k++) {
                int mentor = mentorNode(candidates[i][k]);
                potential[mentor] = Math.min(potential[mentor], -scores[i][k]);
            }
        }
        for (int j = 0; j < mentors; j++) {
            potential[sink] = Math.min(potential[sink], potential[mentorNode(j)]);
        }
        int highest = 0;
        for (int[] list : scores) {
            for (int score : list) {
                highest = Math.max(highest, score);
            }
        }
        highestScore = highest;
        buckets = new int[highest + 1][];
        bucketSize = new int[highest + 1];
        distance = new long[nodes];
        visited = new int[nodes];
        currentArc = new int[nodes];
        path = new int[nodes];
    }

    private int addEdge(int[] tail, int e, int from, int to, int edgeCapacity, int edgeCost) {
        tail[e] = from;
        head[e] = to;
        capacity[e] = edgeCapacity;
        cost[e] = edgeCost;
        tail[e + 1] = to;
        head[e + 1] = from;
        capacity[e + 1] = 0;
        cost[e + 1] = -edgeCost;
        return e + 2;
    }

    private static int requestNode(int request) {
        return 1 + request;
    }

    private int mentorNode(int mentor) {
        return 1 + requests + mentor;
    }

    void solve() {
        while (shortestPaths()) {
            phases++;
            // Sweep until one pushes nothing; one sweep per Dijkstra was twice as slow (more Dijkstras).
            do {
                sweeps++;
            } while (sweep() > 0);
        }
    }

    int phases() {
        return phases;
    }

    int sweeps() {
        return sweeps;
    }

    /** The mentor (index) each request got, −1 for none. */
    int[] assignment() {
        int[] mentorOf = new int[requests];
        for (int i = 0; i < requests; i++) {
            mentorOf[i] = -1;
            for (int e = firstCandidateEdge[i]; e < firstCandidateEdge[i + 1]; e += 2) {
                if (capacity[e] == 0) {
                    mentorOf[i] = head[e] - 1 - requests;
                }
            }
        }
        return mentorOf;
    }

    /**
     * The dual price of one place with each mentor: 0 unless the mentor is full. Together with
     * {@link #requestPrices} it satisfies price(request) + price(mentor) ≥ score on every candidate
     * edge, with equality on the chosen ones.
     */
    long[] mentorPrices(int mentors) {
        long[] prices = new long[mentors];
        for (int j = 0; j < mentors; j++) {
            prices[j] = Math.max(0, potential[sink] - potential[mentorNode(j)]);
        }
        return prices;
    }

    long[] requestPrices(int[] mentorOf, int[][] candidates, int[][] scores, long[] mentorPrices) {
        long[] prices = new long[requests];
        for (int i = 0; i < requests; i++) {
            if (mentorOf[i] >= 0) {
                int k = indexOf(candidates[i], mentorOf[i]);
                prices[i] = scores[i][k] - mentorPrices[mentorOf[i]];
            }
        }
        return prices;
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        throw new IllegalStateException("Not a candidate: " + value);
    }

    private long reducedCost(int edge, int from) {
        return cost[edge] + potential[from] - potential[head[edge]];
    }

    /**
     * Dijkstra on reduced costs up to the sink; moves the potentials; false when the sink is out of
     * reach. Reduced distances are whole numbers and the sink's is at most the highest score (path
     * lengths stay between −highest score and 0), so a bucket per distance replaces the heap
     * (Dial's algorithm), and nodes further than that are left out: their potential moves by the
     * sink's distance either way.
     */
    private boolean shortestPaths() {
        Arrays.fill(distance, UNREACHED);
        Arrays.fill(bucketSize, 0);
        distance[source] = 0;
        push(0, source);
        boolean reached = false;
        for (int d = 0; d <= highestScore && !reached; d++) {
            // The bucket may grow while it is read: zero-cost edges add to the same distance.
            for (int k = 0; k < bucketSize[d]; k++) {
                int v = buckets[d][k];
                if (distance[v] != d) {
                    continue;
                }
                if (v == sink) {
                    reached = true;
                    break;
                }
                for (int a = adjacencyStart[v]; a < adjacencyStart[v + 1]; a++) {
                    int e = adjacency[a];
                    if (capacity[e] > 0) {
                        int w = head[e];
                        long candidate = d + reducedCost(e, v);
                        if (candidate < distance[w] && candidate <= highestScore) {
                            distance[w] = candidate;
                            push((int) candidate, w);
                        }
                    }
                }
            }
        }
        if (!reached) {
            for (int start = adjacencyStart[source]; start < adjacencyStart[source + 1]; start++) {
                if (capacity[adjacency[start]] > 0) {
                    throw new IllegalStateException("A request is left but the sink is further than the highest score");
                }
            }
            return false;
        }
        long toSink = distance[sink];
        for (int v = 0; v < nodes; v++) {
            potential[v] += Math.min(distance[v], toSink);
        }
        return true;
    }

    private void push(int d, int node) {
        if (buckets[d] == null) {
            buckets[d] = new int[16];
        } else if (bucketSize[d] == buckets[d].length) {
            buckets[d] = Arrays.copyOf(buckets[d], bucketSize[d] * 2);
        }
        buckets[d][bucketSize[d]++] = node;
    }

    private boolean admissible(int edge, int from) {
        return capacity[edge] > 0 && reducedCost(edge, from) == 0;
    }

    /**
     * Depth-first searches from every request the source can still feed, over zero-reduced-cost
     * edges with room, each node entered at most once per sweep (its current arc remembers where it
     * stopped); a path that reaches the sink is pushed at once. One sweep costs one pass over the
     * edges; a sweep that pushes nothing proves the flow maximal on the admissible graph. Cheaper
     * than Dinic's level graphs here: they rebuilt a breadth-first search per short blocking flow.
     */
    private int sweep() {
        stamp++;
        int pushed = 0;
        for (int start = adjacencyStart[source]; start < adjacencyStart[source + 1]; start++) {
            int first = adjacency[start];
            if (capacity[first] == 0 || visited[head[first]] == stamp || !admissible(first, source)) {
                continue;
            }
            int depth = 0;
            path[depth++] = first;
            int v = head[first];
            visited[v] = stamp;
            currentArc[v] = adjacencyStart[v];
            while (depth > 0) {
                if (v == sink) {
                    for (int k = 0; k < depth; k++) {
                        capacity[path[k]]--;
                        capacity[path[k] ^ 1]++;
                    }
                    pushed++;
                    break;
                }
                boolean advanced = false;
                for (; currentArc[v] < adjacencyStart[v + 1]; currentArc[v]++) {
                    int e = adjacency[currentArc[v]];
                    int w = head[e];
                    if ((w == sink || visited[w] != stamp) && w != source && admissible(e, v)) {
                        currentArc[v]++;
                        path[depth++] = e;
                        v = w;
                        if (w != sink) {
                            visited[w] = stamp;
                            currentArc[w] = adjacencyStart[w];
                        }
                        advanced = true;
                        break;
                    }
                }
                if (!advanced) {
                    depth--;
                    v = head[path[depth] ^ 1];
                }
            }
        }
        return pushed;
    }
}
