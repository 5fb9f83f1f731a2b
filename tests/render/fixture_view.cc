#include "tests/render/fixture_view.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <vector>

#include "report/render/word_stats.h"

namespace liputan::render::testing {
namespace {

// A small deterministic generator (splitmix64) so fixtures never change between runs.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  double Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
  }

 private:
  uint64_t state_;
};

const std::vector<std::string> kSektor{"pendidikan",         "kesehatan",        "infrastruktur",
                                       "ketertiban_bencana", "sosial",           "adminduk",
                                       "ekonomi_umkm",       "pertanian_pangan", "kominfo"};
const std::vector<std::string> kFungsi{
    "info_layanan",      "kebijakan_program", "edukasi_imbauan",    "darurat_bencana",
    "kegiatan_pimpinan", "ucapan_peringatan", "dialog_partisipasi", "lainnya"};

struct Seed {
  const char* id;
  const char* name;
  const char* type;
  const char* words;
};

const Seed kSeeds[] = {
    {"kominfo", "Dinas Komunikasi dan Informatika", "dinas",
     "informasi hoaks wifi aplikasi digital ppid"},
    {"dinkes", "Dinas Kesehatan", "dinas", "puskesmas imunisasi posyandu stunting vaksin gizi"},
    {"disdik", "Dinas Pendidikan dan Kebudayaan", "dinas",
     "sekolah siswa guru ppdb beasiswa literasi"},
    {"bpbd", "Badan Penanggulangan Bencana Daerah", "badan",
     "banjir longsor siaga evakuasi cuaca waspada"},
    {"dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "dinas",
     "ktp akta perekaman kartu keluarga ikd"},
    {"dinsos", "Dinas Sosial", "dinas", "bansos pkh lansia disabilitas dtks bantuan"},
    {"pemkab", "Pemerintah Kabupaten", "pemda",
     "bupati peresmian hari jadi upacara kunjungan selamat"},
    {"dishub", "Dinas Perhubungan", "dinas", "parkir terminal angkutan lalu lintas mudik rambu"},
};

std::vector<double> RandomMix(Random& random, size_t n, size_t peak) {
  std::vector<double> weights(n);
  double total = 0;
  for (size_t i = 0; i < n; ++i)
    total += weights[i] = 0.2 + random.Next() + (i == peak ? 3.0 : 0.0);
  for (double& w : weights) w /= total;
  return weights;
}

AgencyInfo Agency(int i) {
  if (i < static_cast<int>(std::size(kSeeds))) {
    return {kSeeds[i].id, std::string(kSeeds[i].name) + " Kabupaten Pemalang", kSeeds[i].type,
            std::string(kSeeds[i].id) + "Pemalang"};
  }
  const std::string n = std::to_string(i - static_cast<int>(std::size(kSeeds)) + 1);
  return {"kec" + n, "Kecamatan Nomor " + n + " Kabupaten Pemalang", "kecamatan",
          i % 3 == 0 ? "" : "Kec" + n + "Pml"};
}

void AddMixes(ReportView& view, Random& random) {
  for (size_t a = 0; a < view.agencies.size(); ++a) {
    std::vector<double> sector_counts;
    for (const auto* axis : {&kSektor, &kFungsi}) {
      const auto mix = RandomMix(random, axis->size(), a % axis->size());
      AgencyMix agency_mix{view.agencies[a].id, axis == &kSektor ? "sektor" : "fungsi", {}};
      const int64_t posts = 120 + static_cast<int64_t>(a * 7);
      // Corrected shares: the raw mix tilted and renormalised, as a real correction sums to 1.
      std::vector<double> corrected(axis->size());
      double corrected_total = 0;
      for (size_t c = 0; c < axis->size(); ++c)
        corrected_total += corrected[c] = mix[c] * (0.7 + 0.6 * random.Next());
      for (double& share : corrected) share /= corrected_total;
      for (size_t c = 0; c < axis->size(); ++c) {
        ShareRow row;
        row.category = (*axis)[c];
        row.count = std::llround(mix[c] * static_cast<double>(posts));
        row.raw = mix[c];
        row.raw_low = std::max(0.0, mix[c] - 0.04);
        row.raw_high = std::min(1.0, mix[c] + 0.04);
        row.corrected = corrected[c];
        row.corrected_low = std::max(0.0, row.corrected - 0.06);
        row.corrected_high = std::min(1.0, row.corrected + 0.06);
        if (axis == &kSektor) sector_counts.push_back(static_cast<double>(row.count));
        agency_mix.shares.push_back(row);
      }
      view.mixes.push_back(agency_mix);
    }
    view.agency_sector.rows.push_back(view.agencies[a].id);
    view.agency_sector.values.push_back(sector_counts);
  }
  view.agency_sector.cols = kSektor;
}

void AddComparison(ReportView& view, Random& random) {
  for (const char* axis : {"sektor", "fungsi"}) {
    AxisMatrix jsd{axis, {}};
    for (const AgencyInfo& a : view.agencies) {
      jsd.matrix.rows.push_back(a.id);
      jsd.matrix.cols.push_back(a.id);
    }
    const size_t n = view.agencies.size();
    jsd.matrix.values.assign(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j)
        jsd.matrix.values[i][j] = jsd.matrix.values[j][i] = 0.1 + 0.6 * random.Next();
    }
    view.jsd.push_back(jsd);
    view.homogeneity.push_back(
        {axis, 412.7 + 10 * random.Next(), static_cast<int64_t>((n - 1) * 8), 1e-12, 0.31});
  }
  CaMap ca{"sektor", 0.412, 0.237, {}};
  for (size_t i = 0; i < view.agencies.size(); ++i) {
    ca.points.push_back(
        {view.agencies[i].id, "agency", std::cos(i * 0.9) * 0.8, std::sin(i * 1.3) * 0.6});
  }
  for (size_t c = 0; c < kSektor.size(); ++c) {
    ca.points.push_back({kSektor[c], "category", std::cos(c * 0.7) * 1.1, std::sin(c * 0.7) * 0.9});
  }
  view.ca.push_back(ca);
}

void AddActivityAndEngagement(ReportView& view, Random& random) {
  for (const AgencyInfo& a : view.agencies) {
    for (int m = 1; m <= 12; ++m) {
      const std::string period = "2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
      view.activity.push_back({a.id, period, 8 + static_cast<int64_t>(12 * random.Next()),
                               static_cast<int64_t>(4 * random.Next()),
                               static_cast<int64_t>(6 * random.Next()),
                               static_cast<int64_t>(2 * random.Next())});
    }
    view.engagement.push_back({a.id, 150, 0.1 + 0.6 * random.Next(), 2.0, 4.5 + random.Next()});
  }
  for (int m = 1; m <= 12; ++m) {
    const std::string period = "2024-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
    for (const std::string& c : kSektor)
      view.period_mix.push_back(
          {period, "sektor", c, 5 + static_cast<int64_t>(20 * random.Next())});
    for (const std::string& c : kFungsi)
      view.period_mix.push_back(
          {period, "fungsi", c, 5 + static_cast<int64_t>(20 * random.Next())});
  }
  for (const std::string& c : kSektor)
    view.lift.push_back({"", "sektor", c, 100, 0.4 + 1.6 * random.Next()});
  for (const std::string& c : kFungsi)
    view.lift.push_back({"", "fungsi", c, 100, 0.4 + 1.6 * random.Next()});
}

void AddNetwork(ReportView& view, Random& random) {
  const size_t n = view.agencies.size();
  const char* layers[] = {"mention", "retweet", "quote", "reply"};
  std::vector<int64_t> in(n, 0), out(n, 0);
  // Every agency but the last two (isolates) retweets or mentions the hub (agency 0) and a
  // neighbour.
  for (size_t i = 1; i + 2 < n || (n <= 3 && i < n && i == 1); ++i) {
    view.network.edges.push_back({view.agencies[i].id, view.agencies[0].id, layers[i % 4],
                                  1.0 + std::floor(9 * random.Next())});
    ++out[i];
    ++in[0];
    if (i + 1 + 2 < n) {
      view.network.edges.push_back({view.agencies[i].id, view.agencies[i + 1].id,
                                    layers[(i + 1) % 4], 1.0 + std::floor(3 * random.Next())});
      ++out[i];
      ++in[i + 1];
    }
  }
  if (n > 3) {
    view.network.edges.push_back({view.agencies[0].id, view.agencies[1].id, "retweet", 4});
    ++out[0];
    ++in[1];
  }
  for (size_t i = 0; i < n; ++i) {
    view.network.nodes.push_back(
        {view.agencies[i].id, in[i], out[i], static_cast<double>(in[i]) * 2.5,
         static_cast<double>(out[i]) * 2.5, i == 0 ? 0.42 : 0.01 * static_cast<double>(i % 5)});
  }
  view.network.metrics = {{"integrasi", "density", 0.083, "decimal"},
                          {"integrasi", "reciprocity", 0.12, "decimal"},
                          {"integrasi", "centralization", 0.61, "decimal"},
                          {"integrasi", "isolates", n > 3 ? 2.0 : 0.0, "number"}};
}

void AddRankingAndKpis(ReportView& view, Random& random) {
  std::vector<std::pair<double, size_t>> order;
  for (size_t i = 0; i < view.agencies.size(); ++i)
    order.push_back({-(0.2 + 0.7 * random.Next()), i});
  std::sort(order.begin(), order.end());
  int64_t rank = 0;
  for (const auto& [score, i] : order) {
    const AgencyInfo& a = view.agencies[i];
    const double konten = 0.3 + 0.6 * random.Next();
    view.ranking.push_back(
        {a.id,
         ++rank,
         konten,
         0.2 + 0.7 * random.Next(),
         0.1 + 0.8 * random.Next(),
         -score,
         {a.name + " memuat " + std::to_string(static_cast<int>(konten * 100)) +
              "% informasi layanan; sebagian besar sisanya kegiatan pimpinan.",
          a.name + " posts " + std::to_string(static_cast<int>(konten * 100)) +
              "% service information; most of the rest is leaders' activities."}});
    view.agency_kpis[a.id] = {{"konten", "posts_own", 150, "number"},
                              {"konten", "basic_service_share", konten * 0.8, "percent"},
                              {"konten", "service_info_share", konten * 0.5, "percent"},
                              {"partisipasi", "zero_engagement_share", 0.3, "percent"},
                              {"integrasi", "in_degree", 3, "number"}};
  }
  view.overview = {{"konten", "basic_service_share", 0.462, "percent"},
                   {"konten", "service_info_share", 0.213, "percent"},
                   {"konten", "symbolic_share", 0.287, "percent"},
                   {"partisipasi", "median_engagement", 2, "number"},
                   {"partisipasi", "zero_engagement_share", 0.341, "percent"},
                   {"partisipasi", "bonson_e", 1.5, "decimal"},
                   {"integrasi", "density", 0.083, "decimal"},
                   {"integrasi", "isolates", 2, "number"},
                   {"integrasi", "hub_coverage", 0.57, "percent"}};
}

void AddWordsAndExamples(ReportView& view, Random& random) {
  TermCounts counts;
  const std::string common =
      "layanan masyarakat kabupaten pemalang informasi warga program kegiatan";
  for (size_t i = 0; i < view.agencies.size(); ++i) {
    const std::string own = kSeeds[i % std::size(kSeeds)].words;
    for (int post = 0; post < 40; ++post) {
      std::istringstream words(common + " " + own + (i == 0 ? " <b>tebal</b>" : ""));
      std::string word;
      std::vector<Token> tokens;
      while (words >> word) {
        if (random.Next() < 0.6) tokens.push_back({word, TokenType::kWord, 0, word.size()});
      }
      counts.AddTokens(view.agencies[i].id, tokens);
    }
    view.examples.push_back(
        {view.agencies[i].id, std::to_string(1000 + i), "2024-03-0" + std::to_string(1 + i % 9),
         i == 0 ? kHostileTweet
                : "Jadwal layanan " + view.agencies[i].name + " pekan ini #PemalangHebat",
         "info_layanan", static_cast<int64_t>(10 + i)});
  }
  view.terms = ComputeWordStats(counts);
}

}  // namespace

ReportView FixtureView(int agencies) {
  ReportView view;
  view.title = "Kabupaten Pemalang";
  view.period_from = "2024-01-01";
  view.period_to = "2024-12-31";
  view.axes = {"sektor", "fungsi"};
  for (int i = 0; i < agencies; ++i) view.agencies.push_back(Agency(i));
  const auto name = [](const char* id, const char* en) { return LocalizedName{id, en}; };
  view.categories = {
      {"pendidikan", name("Pendidikan & perpustakaan", "Education and libraries")},
      {"kesehatan", name("Kesehatan", "Health")},
      {"infrastruktur", name("PU & perumahan", "Public works and housing")},
      {"ketertiban_bencana", name("Ketertiban & bencana", "Public order and disasters")},
      {"sosial", name("Sosial", "Social welfare")},
      {"adminduk", name("Administrasi kependudukan", "Civil registration")},
      {"ekonomi_umkm", name("Ekonomi & UMKM", "Economy and SMEs")},
      {"pertanian_pangan", name("Pertanian & pangan", "Agriculture and food")},
      {"kominfo", name("Kominfo", "Communication and informatics")},
      {"info_layanan", name("Informasi layanan publik", "Public-service information")},
      {"kebijakan_program", name("Kebijakan & program", "Policy and programmes")},
      {"edukasi_imbauan", name("Edukasi & imbauan", "Education and advice")},
      {"darurat_bencana", name("Darurat & peringatan", "Warnings and emergencies")},
      {"kegiatan_pimpinan", name("Kegiatan pimpinan", "Leaders' activities")},
      {"ucapan_peringatan", name("Ucapan & peringatan", "Greetings and commemorations")},
      {"dialog_partisipasi", name("Dialog warga", "Dialogue with citizens")},
      {"lainnya", name("Lainnya", "Other")}};
  Random random(20240101);
  AddMixes(view, random);
  AddComparison(view, random);
  AddActivityAndEngagement(view, random);
  AddNetwork(view, random);
  AddRankingAndKpis(view, random);
  AddWordsAndExamples(view, random);
  return view;
}

}  // namespace liputan::render::testing
