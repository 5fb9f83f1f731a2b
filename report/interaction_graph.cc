#include "report/interaction_graph.h"

#include <algorithm>
#include <numeric>

#include "common/error.h"

namespace liputan::report {

InteractionGraph::InteractionGraph(int nodes)
    : n_(nodes), weights_(static_cast<size_t>(nodes) * nodes, 0) {}

void InteractionGraph::AddInteraction(int from, int to, int64_t weight) {
  if (from < 0 || to < 0 || from >= n_ || to >= n_) {
    throw Error(ErrorCode::kInternal, "interaction graph node out of range");
  }
  if (from == to) return;
  weights_[Index(from, to)] += weight;
}

GraphMetrics InteractionGraph::Compute(bool with_betweenness) const {
  GraphMetrics m;
  m.nodes = n_;
  m.node.resize(n_);
  int reciprocated = 0;
  for (int u = 0; u < n_; ++u) {
    for (int v = 0; v < n_; ++v) {
      const int64_t w = Weight(u, v);
      if (w <= 0) continue;
      ++m.ties;
      m.interactions += w;
      ++m.node[u].out_degree;
      ++m.node[v].in_degree;
      m.node[u].out_strength += w;
      m.node[v].in_strength += w;
      if (Weight(v, u) > 0) ++reciprocated;
    }
  }
  if (n_ == 0) return m;
  const double others = n_ > 1 ? n_ - 1 : 1;
  if (n_ > 1) m.density = m.ties / (static_cast<double>(n_) * (n_ - 1));
  if (m.ties > 0) m.reciprocity = static_cast<double>(reciprocated) / m.ties;
  int isolates = 0;
  double max_in = 0;
  for (NodeMetrics& node : m.node) {
    node.in_centrality = n_ > 1 ? node.in_degree / others : 0;
    node.out_centrality = n_ > 1 ? node.out_degree / others : 0;
    node.isolate = node.in_degree + node.out_degree == 0;
    isolates += node.isolate;
    max_in = std::max(max_in, node.in_centrality);
  }
  m.isolate_share = static_cast<double>(isolates) / n_;
  if (n_ > 1) {
    double gap = 0;
    for (const NodeMetrics& node : m.node) gap += max_in - node.in_centrality;
    m.in_degree_centralization = gap / others;
  }
  if (with_betweenness && m.ties > 0) {
    const std::vector<double> betweenness = Betweenness();
    for (int v = 0; v < n_; ++v) m.node[v].betweenness = betweenness[v];
  }
  Components(m);
  return m;
}

// Brandes (2001) on the unweighted directed graph: BFS from every source, then back-propagate pair
// dependencies. O(n·m), fine for a registry of a few hundred accounts.
std::vector<double> InteractionGraph::Betweenness() const {
  std::vector<double> centrality(n_, 0.0);
  std::vector<std::vector<int>> out(n_);
  for (int u = 0; u < n_; ++u) {
    for (int v = 0; v < n_; ++v) {
      if (Weight(u, v) > 0) out[u].push_back(v);
    }
  }
  // Brandes (2001). The buffers live across sources (a report has hundreds of sources and tens of
  // thousands of ties); `order` is both the BFS queue and, read backwards, the stack.
  std::vector<std::vector<int>> predecessors(n_);
  std::vector<double> paths(n_), dependency(n_);
  std::vector<int> distance(n_), order;
  order.reserve(n_);
  for (int s = 0; s < n_; ++s) {
    for (auto& p : predecessors) p.clear();
    std::fill(paths.begin(), paths.end(), 0.0);
    std::fill(dependency.begin(), dependency.end(), 0.0);
    std::fill(distance.begin(), distance.end(), -1);
    order.clear();
    paths[s] = 1;
    distance[s] = 0;
    order.push_back(s);
    for (size_t head = 0; head < order.size(); ++head) {
      const int v = order[head];
      for (int w : out[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
          predecessors[w].push_back(v);
        }
      }
    }
    for (size_t i = order.size(); i-- > 0;) {
      const int w = order[i];
      for (int v : predecessors[w]) dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
      if (w != s) centrality[w] += dependency[w];
    }
  }
  if (n_ > 2) {
    const double scale = 1.0 / ((n_ - 1.0) * (n_ - 2.0));
    for (double& c : centrality) c *= scale;
  } else {
    std::fill(centrality.begin(), centrality.end(), 0.0);
  }
  return centrality;
}

// Weak components with a union-find over ties in either direction.
void InteractionGraph::Components(GraphMetrics& m) const {
  std::vector<int> parent(n_);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (int u = 0; u < n_; ++u) {
    for (int v = 0; v < n_; ++v) {
      if (Weight(u, v) > 0) parent[find(u)] = find(v);
    }
  }
  std::vector<int> size(n_, 0);
  for (int v = 0; v < n_; ++v) ++size[find(v)];
  int largest = 0;
  for (int v = 0; v < n_; ++v) {
    if (size[v] > 0) ++m.weak_components;
    largest = std::max(largest, size[v]);
  }
  m.largest_weak_component_share = static_cast<double>(largest) / n_;
}

double InteractionGraph::HubCoverageOut(int hub) const {
  if (n_ < 2) return 0;
  int reached = 0;
  for (int v = 0; v < n_; ++v) reached += v != hub && Weight(hub, v) > 0;
  return reached / (n_ - 1.0);
}

double InteractionGraph::HubCoverageIn(int hub) const {
  if (n_ < 2) return 0;
  int reached = 0;
  for (int v = 0; v < n_; ++v) reached += v != hub && Weight(v, hub) > 0;
  return reached / (n_ - 1.0);
}

}  // namespace liputan::report
