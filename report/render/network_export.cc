#include "report/render/network_export.h"

#include <cstdio>
#include <map>

namespace liputan::render {
namespace {

struct Attribute {
  const char* id;
  const char* type;  // GEXF / GraphML type name
};

// Node attributes in both formats, in this order.
constexpr Attribute kNodeAttributes[] = {
    {"name", "string"},         {"type", "string"},        {"handle", "string"},
    {"in_degree", "long"},      {"out_degree", "long"},    {"in_strength", "double"},
    {"out_strength", "double"}, {"betweenness", "double"}, {"isolate", "boolean"}};

std::string Number(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.10g", IsMissing(value) ? 0.0 : value);
  return buffer;
}

std::map<std::string, const AgencyInfo*> AgencyIndex(const ReportView& view) {
  std::map<std::string, const AgencyInfo*> index;
  for (const AgencyInfo& agency : view.agencies) index[agency.id] = &agency;
  return index;
}

// The node's attribute values, in kNodeAttributes order.
std::vector<std::string> NodeValues(const NetworkNode& node, const AgencyInfo* agency,
                                    const Labels& labels) {
  return {labels.Agency(node.id),
          agency ? agency->type : "",
          agency ? agency->handle : "",
          std::to_string(node.in_degree),
          std::to_string(node.out_degree),
          Number(node.in_strength),
          Number(node.out_strength),
          Number(node.betweenness),
          node.in_degree + node.out_degree == 0 ? "true" : "false"};
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string NetworkToGexf(const ReportView& view, const Labels& labels) {
  const auto agencies = AgencyIndex(view);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <meta><creator>liputan</creator><description>" +
      EscapeXml(labels.Ui("chart_network")) +
      "</description></meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n";
  for (size_t i = 0; i < std::size(kNodeAttributes); ++i) {
    out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + kNodeAttributes[i].id +
           "\" type=\"" + kNodeAttributes[i].type + "\"/>\n";
  }
  out +=
      "    </attributes>\n    <attributes class=\"edge\">\n"
      "      <attribute id=\"0\" title=\"layer\" type=\"string\"/>\n    </attributes>\n    "
      "<nodes>\n";
  for (const NetworkNode& node : view.network.nodes) {
    const auto it = agencies.find(node.id);
    const auto values = NodeValues(node, it == agencies.end() ? nullptr : it->second, labels);
    out += "      <node id=\"" + EscapeXml(node.id) + "\" label=\"" + EscapeXml(values[0]) +
           "\">\n        <attvalues>\n";
    for (size_t i = 0; i < values.size(); ++i) {
      out += "          <attvalue for=\"" + std::to_string(i) + "\" value=\"" +
             EscapeXml(values[i]) + "\"/>\n";
    }
    out += "        </attvalues>\n      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  size_t id = 0;
  for (const NetworkEdge& edge : view.network.edges) {
    out += "      <edge id=\"" + std::to_string(id++) + "\" source=\"" + EscapeXml(edge.source) +
           "\" target=\"" + EscapeXml(edge.target) + "\" kind=\"" + EscapeXml(edge.layer) +
           "\" weight=\"" + Number(edge.weight) +
           "\">\n        <attvalues><attvalue for=\"0\" value=\"" + EscapeXml(edge.layer) +
           "\"/></attvalues>\n      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

std::string NetworkToGraphml(const ReportView& view, const Labels& labels) {
  const auto agencies = AgencyIndex(view);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Attribute& attribute : kNodeAttributes) {
    out += "  <key id=\"" + std::string(attribute.id) + "\" for=\"node\" attr.name=\"" +
           attribute.id + "\" attr.type=\"" + attribute.type + "\"/>\n";
  }
  out +=
      "  <key id=\"layer\" for=\"edge\" attr.name=\"layer\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <graph id=\"integration\" edgedefault=\"directed\">\n";
  for (const NetworkNode& node : view.network.nodes) {
    const auto it = agencies.find(node.id);
    const auto values = NodeValues(node, it == agencies.end() ? nullptr : it->second, labels);
    out += "    <node id=\"" + EscapeXml(node.id) + "\">\n";
    for (size_t i = 0; i < values.size(); ++i) {
      out += "      <data key=\"" + std::string(kNodeAttributes[i].id) + "\">" +
             EscapeXml(values[i]) + "</data>\n";
    }
    out += "    </node>\n";
  }
  size_t id = 0;
  for (const NetworkEdge& edge : view.network.edges) {
    out += "    <edge id=\"e" + std::to_string(id++) + "\" source=\"" + EscapeXml(edge.source) +
           "\" target=\"" + EscapeXml(edge.target) + "\">\n      <data key=\"layer\">" +
           EscapeXml(edge.layer) + "</data>\n      <data key=\"weight\">" + Number(edge.weight) +
           "</data>\n    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace liputan::render
