#include "report/report_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "common/output_group.h"
#include "common/parallel_for.h"
#include "report/examples_markdown.h"
#include "report/finding_writer.h"
#include "report/report_edges.h"
#include "report/validity_note.h"

namespace liputan::report {

using nlohmann::json;

std::set<std::string> ParseFormats(const std::string& list) {
  std::set<std::string> formats;
  std::stringstream stream(list);
  std::string name;
  while (std::getline(stream, name, ',')) {
    if (name.empty()) continue;
    if (name == "json" || name == "csv" || name == "md") {
      formats.insert(name);
    } else if (name == "html" || name == "xlsx" || name == "gexf" || name == "graphml") {
      // The presentation formats are written by liputan::render; `liputan report` splits them
      // off the list before calling this.
      throw Error(ErrorCode::kUsage, "format \"" + name +
                                         "\" is written by report/render, not report/ (report/ "
                                         "writes json, csv, md)");
    } else {
      throw Error(
          ErrorCode::kUsage,
          "unknown format \"" + name + "\" (expected json, csv, md, html, xlsx, gexf or graphml)");
    }
  }
  if (formats.empty()) throw Error(ErrorCode::kUsage, "--formats names no format");
  return formats;
}

std::string RenderJson(const json& report) { return report.dump() + "\n"; }

namespace {

// CSV cells, appended in place: numbers in shortest round-trip form (as report.json has them),
// null as empty, text quoted when needed. The tables run to hundreds of thousands of rows, so
// cells are written straight from the document without copying its values.
void AppendText(std::string_view text, std::string& out) {
  bool plain = true;
  for (char c : text) plain = plain && c != ',' && c != '"' && c != '\n' && c != '\r';
  if (plain) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A double as report.json writes it: nlohmann's serializer formats finite numbers with this same
// Grisu2 routine ("0.5", "1.0", "1e-07") and others as null; calling it directly spares a
// serializer and a string per cell (the JSD table alone has 375,000 rows for 500 agencies).
void AppendDouble(double value, std::string& out) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::array<char, 64> digits;
  char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), value);
  out.append(digits.data(), static_cast<size_t>(end - digits.data()));
}

void AppendCell(const json& value, std::string& out) {
  if (value.is_null()) return;
  if (value.is_boolean()) {
    out += value.get<bool>() ? "true" : "false";
  } else if (value.is_number_integer()) {
    char digits[24];
    auto [end, ec] = value.is_number_unsigned()
                         ? std::to_chars(digits, digits + sizeof digits, value.get<uint64_t>())
                         : std::to_chars(digits, digits + sizeof digits, value.get<int64_t>());
    out.append(digits, end);
  } else if (value.is_number()) {
    AppendDouble(value.get<double>(), out);
  } else if (value.is_string()) {
    AppendText(value.get_ref<const std::string&>(), out);
  } else {
    AppendText(value.dump(), out);
  }
}
void AppendCell(const std::string& text, std::string& out) { AppendText(text, out); }
void AppendCell(const char* text, std::string& out) { AppendText(text, out); }
void AppendCell(double value, std::string& out) { AppendDouble(value, out); }
void AppendCell(int64_t value, std::string& out) { out += std::to_string(value); }

class CsvTable {
 public:
  explicit CsvTable(std::vector<std::string> header) {
    for (size_t i = 0; i < header.size(); ++i) text_ += (i ? "," : "") + header[i];
    text_ += "\n";
  }
  template <typename... Cells>
  void Row(const Cells&... cells) {
    bool first = true;
    ((first ? void(first = false) : text_.push_back(','), AppendCell(cells, text_)), ...);
    text_ += "\n";
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

// Every (period name, block) of an agency, periods first, then "total".
void ForEachBlock(const json& agency,
                  const std::function<void(const std::string&, const json&)>& fn) {
  for (const auto& [period, block] : agency.at("by_period").items()) fn(period, block);
  fn("total", agency.at("total"));
}

// One row per scalar under `value`, named by its dotted path; arrays are left out.
void FlattenRows(CsvTable& t, const json& handle, const std::string& period,
                 const std::string& section, const std::string& prefix, const json& value) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items())
      FlattenRows(t, handle, period, section, prefix.empty() ? key : prefix + "." + key, child);
  } else if (!value.is_array()) {
    t.Row(handle, period, section, prefix, value);
  }
}

std::string AgencyMetrics(const json& report) {
  CsvTable t({"handle", "period", "section", "metric", "value"});
  for (const json& agency : report.at("agencies")) {
    ForEachBlock(agency, [&](const std::string& period, const json& block) {
      for (const auto& [section, value] : block.items()) {
        for (const auto& [key, child] : value.items()) {
          // The mixes, the cross-tab and engagement by category have tables of their own.
          if ((section == "content" && (key == "sektor" || key == "fungsi" || key == "cross")) ||
              (section == "engagement" && key == "by_category")) {
            continue;
          }
          FlattenRows(t, agency.at("handle"), period, section, key, child);
        }
      }
    });
  }
  return t.text();
}

std::string ContentMix(const json& report) {
  CsvTable t({"handle", "period", "label_set", "label", "posts", "share"});
  for (const json& agency : report.at("agencies")) {
    ForEachBlock(agency, [&](const std::string& period, const json& block) {
      for (const char* set : {"sektor", "fungsi"}) {
        const json& mix = block.at("content").at(set);
        for (const auto& [label, count] : mix.at("counts").items()) {
          t.Row(agency.at("handle"), period, set, label, count, mix.at("shares").at(label));
        }
      }
    });
  }
  return t.text();
}

std::string CrossTab(const json& report) {
  CsvTable t({"handle", "period", "sektor", "fungsi", "posts"});
  for (const json& agency : report.at("agencies")) {
    ForEachBlock(agency, [&](const std::string& period, const json& block) {
      for (const auto& [sector, row] : block.at("content").at("cross").items()) {
        for (const auto& [function, count] : row.items())
          t.Row(agency.at("handle"), period, sector, function, count);
      }
    });
  }
  return t.text();
}

std::string EngagementByCategory(const json& report) {
  CsvTable t({"handle", "period", "label_set", "label", "posts", "median_interactions", "lift"});
  for (const json& agency : report.at("agencies")) {
    ForEachBlock(agency, [&](const std::string& period, const json& block) {
      for (const auto& [key, v] : block.at("engagement").at("by_category").items()) {
        const size_t colon = key.find(':');
        t.Row(agency.at("handle"), period, key.substr(0, colon), key.substr(colon + 1),
              v.at("posts"), v.at("median_interactions"), v.at("lift"));
      }
    });
  }
  return t.text();
}

std::string Network(const json& report) {
  CsvTable t({"period", "scope", "metric", "value"});
  auto summary = [&](const std::string& period, const json& s) {
    for (const auto& [layer, metrics] : s.at("layers").items()) {
      for (const auto& [name, v] : metrics.items()) t.Row(period, layer, name, v);
    }
    for (const auto& [name, v] : s.at("ei").items()) t.Row(period, "union", name, v);
    for (const json& hub : s.at("hubs")) {
      const std::string scope = "hub:" + hub.at("handle").get<std::string>();
      t.Row(period, scope, "coverage_out", hub.at("coverage_out"));
      t.Row(period, scope, "coverage_in", hub.at("coverage_in"));
    }
  };
  for (const auto& [period, s] : report.at("network").at("by_period").items()) summary(period, s);
  summary("total", report.at("network").at("total"));
  return t.text();
}

const std::vector<std::string> kNetworkEdgesHeader = {"month", "layer", "from", "to", "weight"};

std::string NetworkEdges(const json& report) {
  CsvTable t(kNetworkEdgesHeader);
  for (const json& e : report.at("network").at("edges")) {
    t.Row(e.at("month"), e.at("layer"), e.at("from"), e.at("to"), e.at("weight"));
  }
  return t.text();
}

// The same table from the edges held apart from the document.
std::string NetworkEdges(const ReportEdges& edges) {
  CsvTable t(kNetworkEdgesHeader);
  edges.ForEach([&](const std::string& month, const char* layer, const std::string& from,
                    const std::string& to,
                    int64_t weight) { t.Row(month, layer, from, to, weight); });
  return t.text();
}

std::string Jsd(const json& report) {
  CsvTable t({"label_set", "agency_a", "agency_b", "divergence", "distance"});
  for (const auto& [set, m] : report.at("comparison").at("jsd").items()) {
    const json& names = m.at("agencies");
    // Each unordered pair once (the matrix is symmetric with a zero diagonal; report.json has it
    // whole).
    for (size_t a = 0; a < names.size(); ++a) {
      for (size_t b = a + 1; b < names.size(); ++b) {
        const double d = m.at("divergence").at(a).at(b).get<double>();
        t.Row(set, names[a], names[b], d, std::sqrt(d));
      }
    }
  }
  return t.text();
}

std::string ChiSquare(const json& report) {
  CsvTable t({"label_set", "defined", "statistic", "df", "p_value", "cramers_v", "agencies",
              "categories", "posts", "small_expected_share"});
  for (const auto& [set, c] : report.at("comparison").at("chi_square").items()) {
    t.Row(set, c.at("defined"), c.at("statistic"), c.at("df"), c.at("p_value"), c.at("cramers_v"),
          c.at("agencies"), c.at("categories"), c.at("posts"), c.at("small_expected_share"));
  }
  return t.text();
}

std::string Correspondence(const json& report) {
  CsvTable t({"label_set", "kind", "name", "dim1", "dim2"});
  for (const auto& [set, ca] : report.at("comparison").at("correspondence").items()) {
    auto coordinate = [](const json& c, size_t k) { return k < c.size() ? c[k] : json(nullptr); };
    for (const json& r : ca.at("rows")) {
      t.Row(set, "agency", r.at("agency"), coordinate(r.at("coordinates"), 0),
            coordinate(r.at("coordinates"), 1));
    }
    for (const json& c : ca.at("columns")) {
      t.Row(set, "label", c.at("label"), coordinate(c.at("coordinates"), 0),
            coordinate(c.at("coordinates"), 1));
    }
  }
  return t.text();
}

std::string CorrectedShares(const json& report) {
  CsvTable t({"label_set", "scope", "label", "raw", "adjusted", "adjusted_low", "adjusted_high",
              "probabilistic_raw", "probabilistic_adjusted", "probabilistic_adjusted_low",
              "probabilistic_adjusted_high"});
  const json& c = report.at("corrected_shares");
  if (c.is_null() || !c.contains("label_sets")) return t.text();
  for (const auto& [set_binding, data] : c.at("label_sets").items()) {
    const std::string& set = set_binding;  // lambdas may not capture structured bindings (clang 14)
    auto rows = [&](const std::string& scope, const json& result) {
      for (const json& s : result.at("shares")) {
        t.Row(set, scope, s.at("label"), s.at("raw"), s.at("adjusted"), s.at("adjusted_low"),
              s.at("adjusted_high"), s.at("probabilistic_raw"), s.at("probabilistic_adjusted"),
              s.at("probabilistic_adjusted_low"), s.at("probabilistic_adjusted_high"));
      }
    };
    rows("all", data.at("all"));
    for (const auto& [handle, result] : data.at("agencies").items()) rows(handle, result);
  }
  return t.text();
}

std::string Ranking(const json& report) {
  CsvTable t({"handle", "name", "konten", "partisipasi", "integrasi", "rank_konten",
              "rank_partisipasi", "rank_integrasi", "mean_rank", "finding"});
  for (const json& r : report.at("ranking")) {
    t.Row(r.at("handle"), r.at("name"), r.at("konten"), r.at("partisipasi"), r.at("integrasi"),
          r.at("rank_konten"), r.at("rank_partisipasi"), r.at("rank_integrasi"), r.at("mean_rank"),
          r.at("finding"));
  }
  return t.text();
}

}  // namespace

namespace {

using TableRenderer = std::string (*)(const json&);
const char kNetworkEdgesFile[] = "network_edges.csv";

const std::vector<std::pair<const char*, TableRenderer>>& CsvTables() {
  static const std::vector<std::pair<const char*, TableRenderer>> tables = {
      {"agency_metrics.csv", &AgencyMetrics},
      {"content_mix.csv", &ContentMix},
      {"cross_tab.csv", &CrossTab},
      {"engagement_by_category.csv", &EngagementByCategory},
      {"network.csv", &Network},
      {kNetworkEdgesFile, &NetworkEdges},
      {"jsd.csv", &Jsd},
      {"chi_square.csv", &ChiSquare},
      {"correspondence.csv", &Correspondence},
      {"corrected_shares.csv", &CorrectedShares},
      {"ranking.csv", &Ranking}};
  return tables;
}

}  // namespace

std::vector<RenderedFile> RenderCsvTables(const json& report) {
  std::vector<RenderedFile> files;
  for (const auto& [name, render] : CsvTables()) files.emplace_back(name, render(report));
  return files;
}

namespace {

std::string Pct(const json& v) { return v.is_null() ? "–" : FormatPercent(v.get<double>()); }
std::string Dec(const json& v, int places) {
  return v.is_null() ? "–" : FormatDecimal(v.get<double>(), places);
}
std::string MdText(const json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string RenderMarkdown(const json& report) {
  std::ostringstream md;
  const json& in = report.at("input");
  const json& opt = report.at("options");
  md << "# Laporan liputan: konten, partisipasi dan integrasi akun pemerintah\n\n";
  md << "Periode data: " << MdText(in.at("first_post")) << " s.d. " << MdText(in.at("last_post"))
     << " · per " << opt.at("period").get<std::string>() << " · " << in.at("records").get<int64_t>()
     << " rekaman dibaca, " << in.at("agency_posts").get<int64_t>() << " unggahan akun terdaftar, "
     << in.at("inbound_posts").get<int64_t>() << " unggahan warga yang menyapa akun terdaftar, "
     << in.at("outside_posts").get<int64_t>() - in.at("inbound_posts").get<int64_t>()
     << " unggahan akun lain diabaikan.\n\n";
  // On the first screen, before any share is read: how far the content labels can be trusted.
  md << ValidityNoteMarkdown(report);
  md << "Definisi setiap ukuran: docs/metrics.md. Angka lengkap: report.json dan tabel CSV.\n\n";
  md << "## Peringkat\n\n| Akun | Konten | Partisipasi | Integrasi | Rata-rata peringkat "
        "|\n|---|---:|---:|---:|---:|\n";
  for (const json& r : report.at("ranking")) {
    auto score = [](const json& v, const json& rank) {
      return (v.is_null() ? std::string("–") : FormatDecimal(v.get<double>(), 1)) + " (#" +
             rank.dump() + ")";
    };
    md << "| " << MdText(r.at("name")) << " | " << score(r.at("konten"), r.at("rank_konten"))
       << " | " << score(r.at("partisipasi"), r.at("rank_partisipasi")) << " | "
       << score(r.at("integrasi"), r.at("rank_integrasi")) << " | "
       << FormatDecimal(r.at("mean_rank").get<double>(), 1) << " |\n";
  }
  md << "\nKonten = 100 × porsi unggahan yang melayani warga langsung (informasi layanan, darurat, "
        "edukasi, "
        "dialog); partisipasi = indeks keterlibatan Bonsón–Ratkai dinormalkan 0–100; integrasi = "
        "100 × "
        "rata-rata sentralitas derajat masuk dan keluar antar-akun perangkat daerah.\n\n";
  md << "## Temuan\n\n";
  for (const json& r : report.at("ranking")) md << "- " << MdText(r.at("finding")) << "\n";
  md << "\n## Ringkasan per akun (seluruh periode)\n\n";
  md << "| Akun | Unggahan | Layanan dasar | Info layanan | Melayani warga | Simbolik | Keluasan | "
        "Kemerataan | E | "
        "ER median | Tanpa interaksi | Sapaan warga | Dibalas ≤72 jam | Derajat masuk/keluar |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const json& a : report.at("agencies")) {
    const json& t = a.at("total");
    const json& c = t.at("content");
    const json& e = t.at("engagement");
    const json& p = t.at("participation");
    const json& u = t.at("integration").at("layers").at("union");
    md << "| " << MdText(a.at("name")) << " | " << t.at("activity").at("posts").get<int64_t>()
       << " | " << Pct(c.at("basic_service_share")) << " | "
       << Pct(c.at("service_information_share")) << " | " << Pct(c.at("citizen_facing_share"))
       << " | " << Pct(c.at("symbolic_share")) << " | " << Pct(c.at("sector_breadth")) << " | "
       << Dec(c.at("evenness"), 2) << " | " << Dec(e.at("E"), 2) << " | "
       << (e.at("er_median").is_null() ? "–" : FormatPercent(e.at("er_median").get<double>()))
       << " | " << Pct(e.at("zero_engagement_share")) << " | "
       << p.at("inbound_posts").get<int64_t>() << " | " << Pct(p.at("response_rate")) << " | "
       << u.at("in_degree").get<int>() << "/" << u.at("out_degree").get<int>() << " |\n";
  }
  const json& net = report.at("network").at("total");
  const json& union_graph = net.at("layers").at("union");
  md << "\n## Jaringan antar-akun (gabungan sebut, retweet, balas, kutip)\n\n"
     << "| Kepadatan | Resiprositas | Akun terisolasi | Komponen terbesar | Sentralisasi derajat "
        "masuk | Indeks E–I |\n"
     << "|---:|---:|---:|---:|---:|---:|\n"
     << "| " << Dec(union_graph.at("density"), 3) << " | " << Dec(union_graph.at("reciprocity"), 3)
     << " | " << Pct(union_graph.at("isolate_share")) << " | "
     << Pct(union_graph.at("largest_weak_component_share")) << " | "
     << Dec(union_graph.at("in_degree_centralization"), 3) << " | "
     << Dec(net.at("ei").at("ei_index"), 3) << " |\n";
  for (const json& hub : net.at("hubs")) {
    md << "\nAkun hub " << MdText(hub.at("handle")) << " menjangkau " << Pct(hub.at("coverage_out"))
       << " akun lain dan dijangkau oleh " << Pct(hub.at("coverage_in")) << ".\n";
  }
  md << "\n## Perbandingan bauran konten\n\n| Sumbu | χ² | df | p | Cramér's V "
        "|\n|---|---:|---:|---:|---:|\n";
  for (const auto& [set, c] : report.at("comparison").at("chi_square").items()) {
    if (!c.at("defined").get<bool>()) {
      md << "| " << set << " | – | – | – | – |\n";
      continue;
    }
    char p[32];
    std::snprintf(p, sizeof p, "%.3g", c.at("p_value").get<double>());
    md << "| " << set << " | " << Dec(c.at("statistic"), 1) << " | " << c.at("df").get<int>()
       << " | " << p << " | " << Dec(c.at("cramers_v"), 3) << " |\n";
  }
  const json& corrected = report.at("corrected_shares");
  if (!corrected.is_null() && corrected.contains("label_sets")) {
    md << "\n## Porsi terkoreksi (semua akun)\n\n| Sumbu | Label | Hitung mentah | Terkoreksi | "
          "Interval 95% | "
          "Probabilistik terkoreksi | Interval 95% |\n|---|---|---:|---:|---|---:|---|\n";
    for (const auto& [set, data] : corrected.at("label_sets").items()) {
      for (const json& s : data.at("all").at("shares")) {
        md << "| " << set << " | " << MdText(s.at("label")) << " | " << Pct(s.at("raw")) << " | "
           << Pct(s.at("adjusted")) << " | " << Pct(s.at("adjusted_low")) << "–"
           << Pct(s.at("adjusted_high")) << " | " << Pct(s.at("probabilistic_adjusted")) << " | "
           << Pct(s.at("probabilistic_adjusted_low")) << "–"
           << Pct(s.at("probabilistic_adjusted_high")) << " |\n";
      }
    }
  }
  md << ExamplesMarkdown(report);  // last, so that the sections above keep their bytes
  return md.str();
}

std::vector<RenderedFile> RenderReport(const json& report, const std::set<std::string>& formats) {
  std::vector<RenderedFile> files;
  if (formats.count("json")) files.emplace_back("report.json", RenderJson(report));
  if (formats.count("csv")) {
    for (RenderedFile& f : RenderCsvTables(report)) files.push_back(std::move(f));
  }
  if (formats.count("md")) files.emplace_back("report.md", RenderMarkdown(report));
  return files;
}

namespace {

// report.json's bytes in pieces of about 1 MiB: nlohmann's serializer writes straight into the
// piece (through an ostream, each token paid for a sentry and a virtual call: a fifth of the time).
class JsonPieces {
 public:
  explicit JsonPieces(const ReportSink& sink) : sink_(sink) {}

  void Text(std::string_view text) {
    out_ += text;
    FlushIfFull();
  }
  // `value` as json::dump() writes it, compact; containers down to `depth` levels are written
  // member by member, so that no piece holds a large subtree (the agencies, the JSD matrices).
  void Value(const json& value, int depth) {
    if (depth > 0 && value.is_array()) {
      Text("[");
      for (size_t i = 0; i < value.size(); ++i) {
        if (i > 0) Text(",");
        Value(value[i], depth - 1);
      }
      Text("]");
    } else if (depth > 0 && value.is_object()) {
      Text("{");
      bool first = true;
      for (const auto& [name, member] : value.items()) {
        Key(name, first);
        Value(member, depth - 1);
      }
      Text("}");
    } else {
      Dump(value);
    }
  }
  void Key(const std::string& name, bool& first) {
    if (!first) out_ += ',';
    first = false;
    Dump(json(name));
    out_ += ':';
  }
  void Flush() {
    if (!out_.empty()) sink_(out_);
    out_.clear();
  }

 private:
  void Dump(const json& value) {
    nlohmann::detail::serializer<json> serializer(
        nlohmann::detail::output_adapter<char, std::string>(out_), ' ',
        json::error_handler_t::strict);
    serializer.dump(value, false, false, 0);
    FlushIfFull();
  }
  void FlushIfFull() {
    if (out_.size() >= (1u << 20)) Flush();
  }

  const ReportSink& sink_;
  std::string out_;
};

}  // namespace

void StreamJson(const json& report, const ReportSink& sink, const ReportEdges* edges) {
  JsonPieces out(sink);
  if (edges == nullptr || !report.contains("network")) {
    out.Value(report, 3);
    out.Text("\n");
    out.Flush();
    return;
  }
  // network.edges comes from `edges`, streamed at its sorted place among network's keys: the
  // same bytes as a document that held them.
  out.Text("{");
  bool first = true;
  for (const auto& [name, value] : report.items()) {
    out.Key(name, first);
    if (name != "network") {
      out.Value(value, 2);
      continue;
    }
    out.Text("{");
    bool first_member = true, edges_done = false;
    auto write_edges = [&] {
      out.Key("edges", first_member);
      out.Flush();
      edges->WriteJson(sink);
      edges_done = true;
    };
    for (const auto& [member_name, member] : value.items()) {
      if (!edges_done && std::string("edges") < member_name) write_edges();
      out.Key(member_name, first_member);
      out.Value(member, 1);
    }
    if (!edges_done) write_edges();
    out.Text("}");
  }
  out.Text("}\n");
  out.Flush();
}

namespace {

// The CSV tables and report.md that `formats` asks for, in RenderReport's order.
std::vector<RenderedFile> RenderTablesAndMarkdown(const json& report,
                                                  const std::set<std::string>& formats,
                                                  const ReportEdges* edges) {
  std::vector<std::pair<std::string, std::function<std::string()>>> jobs;
  if (formats.count("csv")) {
    for (const auto& table : CsvTables()) {
      const TableRenderer render = table.second;  // not a structured binding: clang 14 lambdas
      if (edges != nullptr && table.first == std::string(kNetworkEdgesFile)) {
        jobs.emplace_back(table.first, [edges] { return NetworkEdges(*edges); });
      } else {
        jobs.emplace_back(table.first, [render, &report] { return render(report); });
      }
    }
  }
  if (formats.count("md"))
    jobs.emplace_back("report.md", [&report] { return RenderMarkdown(report); });
  // The tables are independent: rendered side by side, each into its own slot.
  std::vector<RenderedFile> files(jobs.size());
  ParallelFor(jobs.size(), [&](size_t i) { files[i] = {jobs[i].first, jobs[i].second()}; });
  return files;
}

}  // namespace

void RenderReportStreamed(const json& report, const std::set<std::string>& formats,
                          const ReportFileEmitter& emit, const ReportEdges* edges) {
  // The tables are rendered on another thread while report.json streams out on this one (each
  // is about half of the writing), and held until it is written: tens of megabytes of text for
  // a large report, against the time of one of the two.
  std::future<std::vector<RenderedFile>> tables = std::async(
      std::launch::async, [&] { return RenderTablesAndMarkdown(report, formats, edges); });
  if (formats.count("json")) {
    emit("report.json", [&](const ReportSink& sink) { StreamJson(report, sink, edges); });
  }
  for (const RenderedFile& file : tables.get()) {
    emit(file.first, [&](const ReportSink& sink) { sink(file.second); });
  }
}

namespace {

void MakeDirectory(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorCode::kIo, "cannot create output directory: " + ec.message(), dir);
}

}  // namespace

void AddReportFiles(OutputGroup& group, const std::string& dir, const json& report,
                    const std::set<std::string>& formats, const ReportEdges* edges) {
  // report.json streams straight to its temporary file; the tables are rendered beside it.
  RenderReportStreamed(
      report, formats,
      [&](const std::string& name, const ReportProducer& produce) {
        group.AddStreamed((std::filesystem::path(dir) / name).string(), produce);
      },
      edges);
}

void WriteReport(const std::string& dir, const json& report, const std::set<std::string>& formats) {
  MakeDirectory(dir);
  OutputGroup group;
  AddReportFiles(group, dir, report, formats);
  group.Commit();
}

void WriteReportFiles(const std::string& dir, const std::vector<RenderedFile>& files) {
  MakeDirectory(dir);
  OutputGroup group;
  for (const auto& [name, content] : files) {
    group.Add((std::filesystem::path(dir) / name).string(), content);
  }
  group.Commit();
}

}  // namespace liputan::report
