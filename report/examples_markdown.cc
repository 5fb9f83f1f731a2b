#include "report/examples_markdown.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "report/calendar.h"
#include "report/examples_block.h"
#include "report/finding_writer.h"

namespace liputan::report {

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

// An address as PostUrl makes them (https, then letters, digits and "_./:" only), so that no
// markup or other scheme can get into the link.
bool PlainHttpsUrl(const std::string& url) {
  if (url.rfind("https://", 0) != 0) return false;
  return std::all_of(url.begin(), url.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '.' || c == '/' || c == ':';
  });
}

// "- 90% · 2024-03-01 · [x.com/…/status/ID](URL) — text": the text last, after fixed markup,
// so that nothing in it stands at the start of a line.
void ExampleLine(const ExampleRow& example, std::ostringstream& md) {
  md << "- " << FormatPercent(example.probability) << " · "
     << EscapeMarkdown(FormatTimestamp(example.created_at).substr(0, 10));
  if (PlainHttpsUrl(example.url)) {
    md << " · [" << example.url.substr(std::string_view("https://").size()) << "](" << example.url
       << ")";
  }
  md << " — " << EscapeMarkdown(example.text) << "\n";
}

void AgencyExamples(const Report& report, const AgencyReport& agency, const ExampleSets& sets,
                    std::ostringstream& md) {
  md << "\n### " << EscapeMarkdown(agency.name) << " (@" << EscapeMarkdown(agency.handle) << ")\n";
  for (const auto& [set, label] : ExampleLabelOrder(sets, report)) {
    md << "\n**" << EscapeMarkdown(set) << ": " << EscapeMarkdown(label) << "**\n\n";
    for (const ExampleRow& example : sets.at(set).at(label)) ExampleLine(example, md);
  }
}

}  // namespace

std::string ExamplesMarkdown(const Report& report) {
  if (!report.examples || report.examples->empty()) return "";
  std::ostringstream md;
  md << "\n## Contoh unggahan\n\n"
     << "Per akun dan per label: unggahan sendiri (bukan retweet) yang label teratasnya label "
        "itu, dengan probabilitas tertinggi, tanggal dan tautan ke unggahan aslinya.\n";
  for (const AgencyReport& agency : report.agencies) {
    const auto sets = report.examples->find(agency.handle);
    if (sets != report.examples->end()) AgencyExamples(report, agency, sets->second, md);
  }
  return md.str();
}

}  // namespace liputan::report
