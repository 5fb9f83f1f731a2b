#pragma once

#include <optional>
#include <string>
#include <vector>

#include "report/report_model.h"

namespace liputan::report {

// The ranking table with one column per factor of the seed study (Suparto & Habibullah 2021:
// konten, partisipasi, integrasi), each a 0–100 score, ranked across agencies (1 = best, ties
// share a rank, agencies without a score rank last), plus one generated finding per agency in
// plain Indonesian, in the order of `report.agencies`. Reads the agencies' totals:
//   konten      = 100 × citizen-facing share (CFS)
//   partisipasi = E_norm (min–max of log10(1+E) across the agencies)
//   integrasi   = 100 × (in- + out-degree centrality) / 2 in the union graph
std::vector<RankingRow> BuildRanking(const Report& report);

// "61%" / "4,5%" (Indonesian decimal comma; one decimal below 10%).
std::string FormatPercent(double share);
// Indonesian decimal comma with `decimals` places: 1.5 → "1,50".
std::string FormatDecimal(double value, int decimals);

// The finding for one agency's totals block, e.g. "Dinas Kesehatan: hanya 4% unggahan berupa
// informasi layanan; 61% bersifat seremonial atau ucapan. ..."
std::string WriteFinding(const std::string& name, const MetricBlock& total,
                         std::optional<double> median_e, int window_hours = 72);

}  // namespace liputan::report
