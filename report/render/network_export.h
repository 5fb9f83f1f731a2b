#pragma once

#include <string>

#include "report/render/labels.h"
#include "report/render/report_view.h"

namespace liputan::render {

// The integration network for Gephi, Cytoscape, igraph, NetworkX: a directed multigraph whose
// nodes are the registry's agencies (isolates included) with attributes name, type, handle and
// the degree/strength/betweenness metrics, and whose edges carry a layer (mention, retweet, quote,
// reply) and a weight (number of such interactions). Parallel edges of different layers are kept.

// GEXF 1.3: node attributes as <attvalues>, the layer also as the edge's `kind`.
std::string NetworkToGexf(const ReportView& view, const Labels& labels);
// GraphML: <key> declarations for every attribute, edgedefault="directed".
std::string NetworkToGraphml(const ReportView& view, const Labels& labels);

// XML text for element content and attribute values; characters XML 1.0 forbids (C0 controls
// other than tab, newline, carriage return) are dropped.
std::string EscapeXml(std::string_view text);

}  // namespace liputan::render
