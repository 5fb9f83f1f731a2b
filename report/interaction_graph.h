#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace liputan::report {

// Per-node integration measures (reference §4, §5.4 C).
struct NodeMetrics {
  int in_degree = 0;
  int out_degree = 0;
  double in_centrality = 0;   // deg_in / (n-1)
  double out_centrality = 0;  // deg_out / (n-1)
  int64_t in_strength = 0;    // Σ_u w_uv
  int64_t out_strength = 0;   // Σ_v w_uv
  double betweenness = 0;     // Brandes, directed, unweighted, × 1/((n-1)(n-2))
  bool isolate = false;
};

struct GraphMetrics {
  int nodes = 0;
  int ties = 0;              // m: distinct ordered pairs with w > 0
  int64_t interactions = 0;  // Σ w
  double density = 0;
  std::optional<double> reciprocity;  // undefined without ties
  double isolate_share = 0;
  int weak_components = 0;
  double largest_weak_component_share = 0;
  double in_degree_centralization = 0;
  std::vector<NodeMetrics> node;  // in node order
};

// A directed weighted graph on a fixed node set (the registry's agencies A). Self-loops are
// ignored, as the reference requires u ≠ v.
class InteractionGraph {
 public:
  explicit InteractionGraph(int nodes);

  void AddInteraction(int from, int to, int64_t weight = 1);
  int64_t Weight(int from, int to) const { return weights_[Index(from, to)]; }
  int nodes() const { return n_; }
  // Betweenness is the costly part (O(n·m)); without it the field stays 0.
  GraphMetrics Compute(bool with_betweenness = true) const;

  // Hub coverage: share of the other nodes the hub sends ties to (out) or receives them from (in).
  double HubCoverageOut(int hub) const;
  double HubCoverageIn(int hub) const;

 private:
  size_t Index(int from, int to) const { return static_cast<size_t>(from) * n_ + to; }
  std::vector<double> Betweenness() const;
  void Components(GraphMetrics& metrics) const;

  int n_;
  std::vector<int64_t> weights_;  // dense n×n: the registry has hundreds, not millions, of nodes
};

}  // namespace liputan::report
