#include "report/interaction_graph.h"

#include <gtest/gtest.h>

namespace liputan::report {
namespace {

// Reference §5.4 C worked check: A = {a,b,c,d}; a→b, b→a, a→c.
TEST(InteractionGraphTest, FourAccountWorkedCheck) {
  InteractionGraph g(4);
  g.AddInteraction(0, 1, 2);
  g.AddInteraction(1, 0);
  g.AddInteraction(0, 2);
  const GraphMetrics m = g.Compute();
  EXPECT_EQ(m.ties, 3);
  EXPECT_EQ(m.interactions, 4);
  EXPECT_DOUBLE_EQ(m.density, 0.25);
  EXPECT_NEAR(*m.reciprocity, 0.667, 5e-4);
  EXPECT_DOUBLE_EQ(m.isolate_share, 0.25);
  EXPECT_DOUBLE_EQ(m.largest_weak_component_share, 0.75);
  EXPECT_EQ(m.weak_components, 2);
  EXPECT_NEAR(m.in_degree_centralization, 0.111, 5e-4);
  EXPECT_EQ(m.node[0].out_degree, 2);
  EXPECT_EQ(m.node[0].out_strength, 3);
  EXPECT_EQ(m.node[1].in_strength, 2);
  EXPECT_TRUE(m.node[3].isolate);
  // b→a→c is the only path through a node: b reaches c only via a. 1 pair of 3·2 = 1/6.
  EXPECT_NEAR(m.node[0].betweenness, 1.0 / 6, 1e-12);
  EXPECT_EQ(m.node[1].betweenness, 0);
  EXPECT_DOUBLE_EQ(g.HubCoverageOut(0), 2.0 / 3);
  EXPECT_DOUBLE_EQ(g.HubCoverageIn(0), 1.0 / 3);
}

TEST(InteractionGraphTest, StarHasCentralizationOneAndDirectedPathBetweenness) {
  InteractionGraph star(5);
  for (int v = 1; v < 5; ++v) star.AddInteraction(v, 0);
  EXPECT_DOUBLE_EQ(star.Compute().in_degree_centralization, 1.0);
  // Chain 0→1→2: node 1 lies on the one shortest path 0→2; normalised by (n-1)(n-2) = 2.
  InteractionGraph chain(3);
  chain.AddInteraction(0, 1);
  chain.AddInteraction(1, 2);
  EXPECT_DOUBLE_EQ(chain.Compute().node[1].betweenness, 0.5);
}

TEST(InteractionGraphTest, EmptyAndSelfLoops) {
  InteractionGraph g(3);
  g.AddInteraction(1, 1, 5);
  const GraphMetrics m = g.Compute();
  EXPECT_EQ(m.ties, 0);
  EXPECT_FALSE(m.reciprocity.has_value());
  EXPECT_DOUBLE_EQ(m.isolate_share, 1);
  EXPECT_EQ(m.weak_components, 3);
  EXPECT_EQ(InteractionGraph(0).Compute().nodes, 0);
}

}  // namespace
}  // namespace liputan::report
