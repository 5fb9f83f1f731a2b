#include "report/finding_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

namespace liputan::report {

using nlohmann::json;

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

std::optional<double> Get(const json& j, const char* a, const char* b) {
  if (!j.contains(a) || !j.at(a).contains(b) || j.at(a).at(b).is_null()) return std::nullopt;
  return j.at(a).at(b).get<double>();
}

std::string ContentSentence(const json& total) {
  const auto sis = Get(total, "content", "service_information_share");
  const auto sym = Get(total, "content", "symbolic_share");
  const auto bss = Get(total, "content", "basic_service_share");
  if (!sis) return "Belum ada unggahan berlabel untuk menilai isi konten.";
  std::string s = *sis == 0 ? std::string("tidak ada unggahan berupa informasi layanan")
                            : (*sis < 0.1 ? "hanya " : "") + FormatPercent(*sis) +
                                  " unggahan berupa informasi layanan";
  if (sym) s += "; " + FormatPercent(*sym) + " bersifat seremonial atau ucapan";
  if (bss) s += "; " + FormatPercent(*bss) + " menyangkut sektor layanan dasar";
  return s + ".";
}

std::string ParticipationSentence(const json& total, std::optional<double> median_e,
                                  int window_hours) {
  std::string s;
  const auto e = Get(total, "engagement", "E");
  if (e) {
    s = "Indeks keterlibatan publik (E) " + FormatDecimal(*e, 2);
    if (median_e) {
      const char* where =
          *e > *median_e * 1.1 ? "di atas" : (*e < *median_e * 0.9 ? "di bawah" : "setara dengan");
      s += std::string(", ") + where + " median semua akun (" + FormatDecimal(*median_e, 2) + ")";
    }
    s += ".";
  } else if (total.at("engagement").at("followers").is_null()) {
    s = "Jumlah pengikut tidak tercatat, sehingga indeks keterlibatan tidak dapat dihitung.";
  } else if (total.at("engagement").at("followers").get<int64_t>() == 0) {
    s = "Jumlah pengikut tercatat 0, sehingga indeks keterlibatan per pengikut tidak dapat "
        "dihitung.";
  } else {
    s = "Belum ada unggahan dengan angka interaksi yang dapat dinilai.";
  }
  const json& p = total.at("participation");
  const int64_t inbound = p.at("inbound_posts").get<int64_t>();
  if (inbound > 0) {
    s += " " + FormatPercent(p.at("response_rate").get<double>()) + " dari " +
         std::to_string(inbound) + " sapaan warga dibalas dalam " + std::to_string(window_hours) +
         " jam.";
  }
  return s;
}

std::string IntegrationSentence(const json& total) {
  const json& u = total.at("integration").at("layers").at("union");
  if (u.at("isolate").get<bool>())
    return "Tidak berinteraksi dengan akun perangkat daerah lain (terisolasi).";
  const int out = u.at("out_degree").get<int>(), in = u.at("in_degree").get<int>();
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

std::string WriteFinding(const std::string& name, const json& total, std::optional<double> median_e,
                         int window_hours) {
  if (total.at("activity").at("posts").get<int64_t>() == 0) {
    return name +
           ": tidak ada unggahan pada periode ini; konten, partisipasi dan integrasi tidak dapat "
           "dinilai.";
  }
  return name + ": " + ContentSentence(total) + " " +
         ParticipationSentence(total, median_e, window_hours) + " " + IntegrationSentence(total);
}

json BuildRanking(const json& report) {
  const json& agencies = report.at("agencies");
  const int window = report.at("options").at("response_window_hours").get<int>();
  std::vector<std::optional<double>> konten, partisipasi, integrasi, e_values;
  for (const json& a : agencies) {
    const json& t = a.at("total");
    const auto cfs = Get(t, "content", "citizen_facing_share");
    konten.push_back(cfs ? std::optional<double>(100 * *cfs) : std::nullopt);
    partisipasi.push_back(Get(t, "engagement", "E_norm"));
    const json& u = t.at("integration").at("layers").at("union");
    integrasi.push_back(
        100 * (u.at("in_centrality").get<double>() + u.at("out_centrality").get<double>()) / 2);
    e_values.push_back(Get(t, "engagement", "E"));
  }
  std::vector<double> es;
  for (const auto& e : e_values) {
    if (e) es.push_back(*e);
  }
  std::optional<double> median_e;
  if (!es.empty()) {
    std::sort(es.begin(), es.end());
    median_e = (es[(es.size() - 1) / 2] + es[es.size() / 2]) / 2;
  }
  const std::vector<int> rk = Rank(konten), rp = Rank(partisipasi), ri = Rank(integrasi);
  json rows = json::array();
  auto num = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
  for (size_t i = 0; i < agencies.size(); ++i) {
    const json& a = agencies[i];
    rows.push_back({{"handle", a.at("handle")},
                    {"name", a.at("name")},
                    {"konten", num(konten[i])},
                    {"partisipasi", num(partisipasi[i])},
                    {"integrasi", num(integrasi[i])},
                    {"rank_konten", rk[i]},
                    {"rank_partisipasi", rp[i]},
                    {"rank_integrasi", ri[i]},
                    {"mean_rank", (rk[i] + rp[i] + ri[i]) / 3.0},
                    {"finding", WriteFinding(a.at("name").get<std::string>(), a.at("total"),
                                             median_e, window)}});
  }
  return rows;
}

}  // namespace liputan::report
