#include "report/finding_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace liputan::report {

std::string FormatDecimal(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string out = text;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string FormatPercent(double share) {
  const double pct = share * 100;
  if (pct > 0 && pct < 10 && std::fabs(pct - std::round(pct)) > 0.05)
    return FormatDecimal(pct, 1) + "%";
  return FormatDecimal(pct, 0) + "%";
}

namespace {

std::string ContentSentence(const ContentMetrics& content) {
  const Share& sis = content.service_information_share;
  const Share& sym = content.symbolic_share;
  const Share& bss = content.basic_service_share;
  if (!sis && !sym && !bss) {
    // Labeled posts, but label sets that mark no service information, ceremony or basic service
    // (a user's own sets without those groupings): nothing to judge the content by.
    for (const auto& [set, mix] : content.mixes) {
      if (mix.labeled > 0)
        return "Isi konten tidak dinilai: himpunan labelnya tidak menandai informasi layanan, "
               "seremoni, atau layanan dasar.";
    }
  }
  if (!sis) return "Belum ada unggahan berlabel untuk menilai isi konten.";
  std::string s = *sis == 0 ? std::string("tidak ada unggahan berupa informasi layanan")
                            : (*sis < 0.1 ? "hanya " : "") + FormatPercent(*sis) +
                                  " unggahan berupa informasi layanan";
  if (sym) s += "; " + FormatPercent(*sym) + " bersifat seremonial atau ucapan";
  if (bss) s += "; " + FormatPercent(*bss) + " menyangkut sektor layanan dasar";
  return s + ".";
}

std::string ParticipationSentence(const MetricBlock& total, std::optional<double> median_e,
                                  int window_hours) {
  std::string s;
  const Share& e = total.engagement.bonson.e;
  if (e) {
    s = "Indeks keterlibatan publik (E) " + FormatDecimal(*e, 2);
    if (median_e) {
      const char* where =
          *e > *median_e * 1.1 ? "di atas" : (*e < *median_e * 0.9 ? "di bawah" : "setara dengan");
      s += std::string(", ") + where + " median semua akun (" + FormatDecimal(*median_e, 2) + ")";
    }
    s += ".";
  } else if (!total.engagement.followers) {
    s = "Jumlah pengikut tidak tercatat, sehingga indeks keterlibatan tidak dapat dihitung.";
  } else if (*total.engagement.followers == 0) {
    s = "Jumlah pengikut tercatat 0, sehingga indeks keterlibatan per pengikut tidak dapat "
        "dihitung.";
  } else {
    s = "Belum ada unggahan dengan angka interaksi yang dapat dinilai.";
  }
  const ParticipationMetrics& p = total.participation;
  if (p.inbound_posts > 0) {
    s += " " + FormatPercent(p.response_rate.value_or(0)) + " dari " +
         std::to_string(p.inbound_posts) + " sapaan warga dibalas dalam " +
         std::to_string(window_hours) + " jam.";
  }
  return s;
}

std::string IntegrationSentence(const MetricBlock& total) {
  const NodeMetrics& u = total.integration.Union();
  if (u.isolate) return "Tidak berinteraksi dengan akun perangkat daerah lain (terisolasi).";
  const int out = u.out_degree, in = u.in_degree;
  if (out == 0)
    return "Tidak pernah menyapa akun perangkat daerah lain, tetapi disapa oleh " +
           std::to_string(in) + " akun.";
  return "Menyapa, membalas atau menyebarkan " + std::to_string(out) +
         " akun perangkat daerah lain" +
         (in == 0 ? std::string(", tetapi tidak pernah disapa balik.")
                  : " dan disapa oleh " + std::to_string(in) + " akun.");
}

// Competition ranking, higher is better; missing scores rank after all others.
std::vector<int> Rank(const std::vector<std::optional<double>>& scores) {
  std::vector<int> ranks(scores.size());
  for (size_t i = 0; i < scores.size(); ++i) {
    int better = 0;
    for (size_t j = 0; j < scores.size(); ++j) {
      if (scores[j] && (!scores[i] || *scores[j] > *scores[i])) ++better;
    }
    ranks[i] = better + 1;
  }
  return ranks;
}

}  // namespace

std::string WriteFinding(const std::string& name, const MetricBlock& total,
                         std::optional<double> median_e, int window_hours) {
  if (total.activity.posts == 0) {
    return name +
           ": tidak ada unggahan pada periode ini; konten, partisipasi dan integrasi tidak dapat "
           "dinilai.";
  }
  return name + ": " + ContentSentence(total.content) + " " +
         ParticipationSentence(total, median_e, window_hours) + " " + IntegrationSentence(total);
}

std::vector<RankingRow> BuildRanking(const Report& report) {
  const int window = report.aggregation.response_window_hours;
  std::vector<std::optional<double>> konten, partisipasi, integrasi;
  std::vector<double> es;
  for (const AgencyReport& a : report.agencies) {
    const MetricBlock& t = a.total;
    const Share& cfs = t.content.citizen_facing_share;
    konten.push_back(cfs ? std::optional<double>(100 * *cfs) : std::nullopt);
    partisipasi.push_back(t.engagement.e_norm);
    const NodeMetrics& u = t.integration.Union();
    integrasi.push_back(100 * (u.in_centrality + u.out_centrality) / 2);
    if (t.engagement.bonson.e) es.push_back(*t.engagement.bonson.e);
  }
  std::optional<double> median_e;
  if (!es.empty()) {
    std::sort(es.begin(), es.end());
    median_e = (es[(es.size() - 1) / 2] + es[es.size() / 2]) / 2;
  }
  const std::vector<int> rk = Rank(konten), rp = Rank(partisipasi), ri = Rank(integrasi);
  std::vector<RankingRow> rows;
  for (size_t i = 0; i < report.agencies.size(); ++i) {
    const AgencyReport& a = report.agencies[i];
    rows.push_back({a.handle, a.name, konten[i], partisipasi[i], integrasi[i], rk[i], rp[i], ri[i],
                    (rk[i] + rp[i] + ri[i]) / 3.0,
                    WriteFinding(a.name, a.total, median_e, window)});
  }
  return rows;
}

}  // namespace liputan::report
