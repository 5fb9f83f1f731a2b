#include "report/examples_markdown.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "report/examples_block.h"
#include "report/finding_writer.h"

namespace liputan::report {

using nlohmann::json;

std::string EscapeMarkdown(std::string_view text) {
  static constexpr std::string_view kMarkup = "\\`*_[]<>|~&";
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CR LF: one break
      out += ' ';
      continue;
    }
    if (kMarkup.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

namespace {

const json kNull = nullptr;

const json& Member(const json& object, const char* key) {
  if (!object.is_object()) return kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::string Text(const json& node) { return node.is_string() ? node.get<std::string>() : ""; }

// An address as PostUrl makes them (https, then letters, digits and "_./:" only), so that a
// re-rendered, edited report.json cannot put markup or another scheme into the link.
bool PlainHttpsUrl(const std::string& url) {
  if (url.rfind("https://", 0) != 0) return false;
  return std::all_of(url.begin(), url.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '.' || c == '/' || c == ':';
  });
}

// "- 90% · 2024-03-01 · [x.com/…/status/ID](URL) — text": the text last, after fixed markup,
// so that nothing in it stands at the start of a line.
void ExampleLine(const json& example, std::ostringstream& md) {
  const json& probability = Member(example, "probability");
  md << "- " << (probability.is_number() ? FormatPercent(probability.get<double>()) : "–") << " · "
     << EscapeMarkdown(Text(Member(example, "created_at")).substr(0, 10));
  const std::string url = Text(Member(example, "url"));
  if (PlainHttpsUrl(url)) {
    md << " · [" << url.substr(std::string_view("https://").size()) << "](" << url << ")";
  }
  md << " — " << EscapeMarkdown(Text(Member(example, "text"))) << "\n";
}

void AgencyExamples(const json& agency, const json& sets, const json& taxonomy,
                    std::ostringstream& md) {
  md << "\n### " << EscapeMarkdown(Text(Member(agency, "name"))) << " (@"
     << EscapeMarkdown(Text(Member(agency, "handle"))) << ")\n";
  for (const auto& [set, label] : ExampleLabelOrder(sets, taxonomy)) {
    const json& list = sets.at(set).at(label);
    if (!list.is_array()) continue;
    md << "\n**" << EscapeMarkdown(set) << ": " << EscapeMarkdown(label) << "**\n\n";
    for (const json& example : list) {
      if (example.is_object()) ExampleLine(example, md);
    }
  }
}

}  // namespace

std::string ExamplesMarkdown(const json& report) {
  const json& examples = Member(report, "examples");
  if (!examples.is_object() || examples.empty()) return "";
  std::ostringstream md;
  md << "\n## Contoh unggahan\n\n"
     << "Per akun dan per label: unggahan sendiri (bukan retweet) yang label teratasnya label "
        "itu, dengan probabilitas tertinggi, tanggal dan tautan ke unggahan aslinya.\n";
  const json& agencies = Member(report, "agencies");
  if (!agencies.is_array()) return md.str();
  for (const json& agency : agencies) {
    const auto sets = examples.find(Text(Member(agency, "handle")));
    if (sets != examples.end() && sets->is_object())
      AgencyExamples(agency, *sets, Member(report, "taxonomy"), md);
  }
  return md.str();
}

}  // namespace liputan::report
