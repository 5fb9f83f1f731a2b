#include "report/report_markdown.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "report/by_name.h"
#include "report/calendar.h"
#include "report/examples_markdown.h"
#include "report/finding_writer.h"
#include "report/validity_note.h"

namespace liputan::report {
namespace {

std::string Pct(const Share& v) { return v ? FormatPercent(*v) : "–"; }
std::string Dec(const Share& v, int places) { return v ? FormatDecimal(*v, places) : "–"; }
std::string MdText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}
std::string TimeText(const std::optional<int64_t>& t) {
  return t ? MdText(FormatTimestamp(*t)) : "null";
}

void Input(const Report& report, std::ostringstream& md) {
  const InputCounters& in = report.input;
  md << "# Laporan liputan: konten, partisipasi dan integrasi akun pemerintah\n\n";
  md << "Periode data: " << TimeText(in.first_post) << " s.d. " << TimeText(in.last_post)
     << " · per " << PeriodKindName(report.period) << " · " << in.records << " rekaman dibaca, "
     << in.agency_posts << " unggahan akun terdaftar, " << in.inbound_posts
     << " unggahan warga yang menyapa akun terdaftar, " << in.outside_posts - in.inbound_posts
     << " unggahan akun lain diabaikan.\n\n";
}

void Ranking(const Report& report, std::ostringstream& md) {
  md << "## Peringkat\n\n| Akun | Konten | Partisipasi | Integrasi | Rata-rata peringkat "
        "|\n|---|---:|---:|---:|---:|\n";
  auto score = [](const Share& v, int rank) {
    return (v ? FormatDecimal(*v, 1) : std::string("–")) + " (#" + std::to_string(rank) + ")";
  };
  for (const RankingRow& r : report.ranking) {
    md << "| " << MdText(r.name) << " | " << score(r.konten, r.rank_konten) << " | "
       << score(r.partisipasi, r.rank_partisipasi) << " | " << score(r.integrasi, r.rank_integrasi)
       << " | " << FormatDecimal(r.mean_rank, 1) << " |\n";
  }
  md << "\nKonten = 100 × porsi unggahan yang melayani warga langsung (informasi layanan, darurat, "
        "edukasi, "
        "dialog); partisipasi = indeks keterlibatan Bonsón–Ratkai dinormalkan 0–100; integrasi = "
        "100 × "
        "rata-rata sentralitas derajat masuk dan keluar antar-akun perangkat daerah.\n\n";
  md << "## Temuan\n\n";
  for (const RankingRow& r : report.ranking) md << "- " << MdText(r.finding) << "\n";
}

void AgencySummary(const Report& report, std::ostringstream& md) {
  md << "\n## Ringkasan per akun (seluruh periode)\n\n";
  md << "| Akun | Unggahan | Layanan dasar | Info layanan | Melayani warga | Simbolik | Keluasan | "
        "Kemerataan | E | "
        "ER median | Tanpa interaksi | Sapaan warga | Dibalas ≤72 jam | Derajat masuk/keluar |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const AgencyReport& a : report.agencies) {
    const ContentMetrics& c = a.total.content;
    const EngagementMetrics& e = a.total.engagement;
    const ParticipationMetrics& p = a.total.participation;
    const NodeMetrics& u = a.total.integration.Union();
    md << "| " << MdText(a.name) << " | " << a.total.activity.posts << " | "
       << Pct(c.basic_service_share) << " | " << Pct(c.service_information_share) << " | "
       << Pct(c.citizen_facing_share) << " | " << Pct(c.symbolic_share) << " | "
       << Pct(c.sector_breadth) << " | " << Dec(c.evenness, 2) << " | " << Dec(e.bonson.e, 2)
       << " | " << Pct(e.bonson.er_median) << " | " << Pct(e.bonson.zero_share) << " | "
       << p.inbound_posts << " | " << Pct(p.response_rate) << " | " << u.in_degree << "/"
       << u.out_degree << " |\n";
  }
}

void NetworkSummaryTable(const Report& report, std::ostringstream& md) {
  const NetworkSummary& net = report.network.total;
  const GraphMetrics& g = net.Union();
  md << "\n## Jaringan antar-akun (gabungan sebut, retweet, balas, kutip)\n\n"
     << "| Kepadatan | Resiprositas | Akun terisolasi | Komponen terbesar | Sentralisasi derajat "
        "masuk | Indeks E–I |\n"
     << "|---:|---:|---:|---:|---:|---:|\n"
     << "| " << Dec(g.density, 3) << " | " << Dec(g.reciprocity, 3) << " | " << Pct(g.isolate_share)
     << " | " << Pct(g.largest_weak_component_share) << " | " << Dec(g.in_degree_centralization, 3)
     << " | " << Dec(net.ei.ei_index, 3) << " |\n";
  for (const HubCoverage& hub : net.hubs) {
    md << "\nAkun hub " << MdText(hub.handle) << " menjangkau " << Pct(hub.coverage_out)
       << " akun lain dan dijangkau oleh " << Pct(hub.coverage_in) << ".\n";
  }
}

void ChiSquareTable(const Report& report, std::ostringstream& md) {
  md << "\n## Perbandingan bauran konten\n\n| Sumbu | χ² | df | p | Cramér's V "
        "|\n|---|---:|---:|---:|---:|\n";
  for (const AxisComparison* c :
       ByName(report.comparison, [](const AxisComparison& a) { return a.axis; })) {
    const ChiSquareResult& chi = c->chi_square;
    if (!chi.defined) {
      md << "| " << c->axis << " | – | – | – | – |\n";
      continue;
    }
    char p[32];
    std::snprintf(p, sizeof p, "%.3g", chi.p_value);
    md << "| " << c->axis << " | " << FormatDecimal(chi.statistic, 1) << " | " << chi.df << " | "
       << p << " | " << FormatDecimal(chi.cramers_v, 3) << " |\n";
  }
}

void CorrectedSharesTable(const Report& report, std::ostringstream& md) {
  if (!report.corrected_shares || report.corrected_shares->label_sets.empty()) return;
  md << "\n## Porsi terkoreksi (semua akun)\n\n| Sumbu | Label | Hitung mentah | Terkoreksi | "
        "Interval 95% | "
        "Probabilistik terkoreksi | Interval 95% |\n|---|---|---:|---:|---|---:|---|\n";
  for (const CorrectedLabelSet* set :
       ByName(report.corrected_shares->label_sets,
              [](const CorrectedLabelSet& s) { return s.label_set; })) {
    for (const CorrectedShare& s : set->all.shares) {
      md << "| " << set->label_set << " | " << MdText(s.label) << " | " << Pct(s.raw) << " | "
         << Pct(s.adjusted) << " | " << Pct(s.adjusted_low) << "–" << Pct(s.adjusted_high) << " | "
         << Pct(s.probabilistic_adjusted) << " | " << Pct(s.probabilistic_adjusted_low) << "–"
         << Pct(s.probabilistic_adjusted_high) << " |\n";
    }
  }
}

}  // namespace

std::string RenderMarkdown(const Report& report) {
  std::ostringstream md;
  Input(report, md);
  // On the first screen, before any share is read: how far the content labels can be trusted.
  md << ValidityNoteMarkdown(report);
  md << "Definisi setiap ukuran: docs/metrics.md. Angka lengkap: report.json dan tabel CSV.\n\n";
  Ranking(report, md);
  AgencySummary(report, md);
  NetworkSummaryTable(report, md);
  ChiSquareTable(report, md);
  CorrectedSharesTable(report, md);
  md << ExamplesMarkdown(report);  // last, so that the sections above keep their bytes
  return md.str();
}

}  // namespace liputan::report
