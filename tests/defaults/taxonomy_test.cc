#include "corpora/taxonomy/taxonomy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

const std::string kTaxonomyDir = std::string(LIPUTAN_SOURCE_DIR) + "/corpora/taxonomy";

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes the real taxonomy files into a temp dir with one text replacement applied to `file`,
// loads it, and returns the problem messages.
std::vector<std::string> ProblemsAfterEdit(const std::string& file, const std::string& from,
                                           const std::string& to) {
  testing::TempDir dir;
  for (const char* name : {"sektor.tsv", "fungsi.tsv"}) {
    std::string text = Slurp(kTaxonomyDir + "/" + name);
    if (name == file) {
      const size_t at = text.find(from);
      EXPECT_NE(at, std::string::npos) << "fixture text not found: " << from;
      if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    testing::WriteFile(dir.File(name), text);
  }
  std::vector<std::string> messages;
  for (const auto& p : Taxonomy::FromDirectory(dir.path()).Check()) messages.push_back(p.message);
  return messages;
}

bool AnyContains(const std::vector<std::string>& messages, const std::string& needle) {
  for (const auto& m : messages) {
    if (m.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(TaxonomyTest, EmbeddedSetsHaveTheDocumentedLabels) {
  const Taxonomy t = Taxonomy::Embedded();
  EXPECT_EQ(t.sektor().labels.size(), 16u);
  EXPECT_EQ(t.fungsi().labels.size(), 9u);
  for (const char* slug :
       {"pendidikan", "kesehatan", "infrastruktur", "ketertiban_bencana", "sosial",
        "perempuan_anak_kb", "adminduk", "ekonomi_umkm", "pertanian_pangan", "lingkungan_hidup",
        "perhubungan", "kominfo", "pariwisata_budaya_olahraga", "desa", "pemerintahan", "umum"}) {
    EXPECT_NE(t.sektor().Find(slug), nullptr) << slug;
  }
  for (const char* slug : {"info_layanan", "kebijakan_program", "edukasi_imbauan",
                           "darurat_bencana", "kegiatan_pimpinan", "ucapan_peringatan",
                           "dialog_partisipasi", "promosi_daerah", "lainnya"}) {
    EXPECT_NE(t.fungsi().Find(slug), nullptr) << slug;
  }
}

TEST(TaxonomyTest, ShippedTaxonomyPassesItsOwnCheck) {
  for (const auto& p : Taxonomy::Embedded().Check())
    ADD_FAILURE() << p.location << ": " << p.message;
}

TEST(TaxonomyTest, EmbeddedCopyMatchesTheFilesInTheSourceTree) {
  const Taxonomy embedded = Taxonomy::Embedded();
  const Taxonomy files = Taxonomy::FromDirectory(kTaxonomyDir);
  for (const char* set : {"sektor", "fungsi"}) {
    EXPECT_EQ(FormatLabelSet(embedded.Set(set), "tsv"), FormatLabelSet(files.Set(set), "tsv"))
        << set;
  }
}

TEST(TaxonomyTest, BasicServiceSectorsAreTheFiveSpmSectors) {
  const Taxonomy t = Taxonomy::Embedded();
  std::vector<std::string> basic;
  for (const auto& l : t.sektor().labels) {
    if (l.basic_service) basic.push_back(l.slug);
  }
  EXPECT_EQ(basic, (std::vector<std::string>{"pendidikan", "kesehatan", "infrastruktur",
                                             "ketertiban_bencana", "sosial"}));
}

TEST(TaxonomyTest, UrusanCodesMapToTheRightSector) {
  const Taxonomy t = Taxonomy::Embedded();
  auto owner = [&](const std::string& code) {
    for (const auto& l : t.sektor().labels) {
      for (const auto& c : l.urusan) {
        if (c == code) return l.slug;
      }
    }
    return std::string("(none)");
  };
  EXPECT_EQ(owner("2.12"), "adminduk");
  EXPECT_EQ(owner("2.23"), "pendidikan");     // perpustakaan joins education
  EXPECT_EQ(owner("2.10"), "infrastruktur");  // pertanahan
  EXPECT_EQ(owner("3.32"), "ekonomi_umkm");   // transmigrasi
  EXPECT_EQ(owner("2.16"), "kominfo");
  EXPECT_EQ(owner("penunjang"), "pemerintahan");
}

TEST(TaxonomyTest, FungsiTieBreakFollowsTheCodebookOrder) {
  const Taxonomy t = Taxonomy::Embedded();
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& l : t.fungsi().labels) ranked.emplace_back(l.tie_break, l.slug);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> order;
  for (const auto& r : ranked) order.push_back(r.second);
  EXPECT_EQ(order,
            (std::vector<std::string>{"darurat_bencana", "dialog_partisipasi", "info_layanan",
                                      "kebijakan_program", "edukasi_imbauan", "promosi_daerah",
                                      "kegiatan_pimpinan", "ucapan_peringatan", "lainnya"}));
}

TEST(TaxonomyTest, ConcurrentUrusanCodes) {
  for (const char* ok : {"1.01", "1.06", "2.07", "2.24", "3.25", "3.32"}) {
    EXPECT_TRUE(IsConcurrentUrusanCode(ok)) << ok;
  }
  for (const char* bad :
       {"1.07", "2.06", "2.25", "3.24", "3.33", "4.01", "1.1", "01.01", "", "a.bc"}) {
    EXPECT_FALSE(IsConcurrentUrusanCode(bad)) << bad;
  }
  EXPECT_TRUE(IsSupportUrusanCode("penunjang"));
  EXPECT_FALSE(IsSupportUrusanCode("1.01"));
}

TEST(TaxonomyCheckTest, FindsADuplicateSlug) {
  const auto m = ProblemsAfterEdit("sektor.tsv", "\ndesa\t", "\nsosial\t");
  EXPECT_TRUE(AnyContains(m, "duplicate slug \"sosial\""));
}

TEST(TaxonomyCheckTest, FindsAnInvalidUrusanCode) {
  const auto m = ProblemsAfterEdit("sektor.tsv", "\tno\t2.12\t", "\tno\t2.12,4.01\t");
  EXPECT_TRUE(AnyContains(m, "invalid urusan code \"4.01\""));
}

TEST(TaxonomyCheckTest, FindsACodeInTwoSectorsAndACodeInNone) {
  auto m = ProblemsAfterEdit("sektor.tsv", "\tno\t2.12\t", "\tno\t2.12,2.16\t");
  EXPECT_TRUE(AnyContains(m, "urusan 2.16 belongs to both"));
  m = ProblemsAfterEdit("sektor.tsv", "\tno\t2.12\t", "\tno\t-\t");
  EXPECT_TRUE(AnyContains(m, "urusan 2.12 has no sector"));
}

TEST(TaxonomyCheckTest, FindsABasicServiceFlagThatContradictsTheCodes) {
  const auto m = ProblemsAfterEdit("sektor.tsv", "\tyes\t1.06\t", "\tno\t1.06\t");
  EXPECT_TRUE(AnyContains(m, "basic_service of \"sosial\" should be yes"));
}

TEST(TaxonomyCheckTest, FindsACueSharedByTwoLabels) {
  const auto m = ProblemsAfterEdit("fungsi.tsv", "|tender|larangan", "|tender|larangan|waspada");
  EXPECT_TRUE(AnyContains(m, "cue \"waspada\""));
}

TEST(TaxonomyCheckTest, FindsABrokenTieBreakOrder) {
  const auto m = ProblemsAfterEdit("fungsi.tsv", "|quote\t9\n", "|quote\t3\n");
  EXPECT_TRUE(AnyContains(m, "tie_break values must be 1..9"));
}

TEST(TaxonomyParseTest, BadRowsNameFileAndLine) {
  const std::string header =
      "slug\tname_id\tname_en\tdescription\tbasic_service\turusan\tstrong_cues\tweak_cues\n";
  try {
    Taxonomy::ParseLabelSet("sektor", "# comment\n" + header + "a\tb\tc\n", "x.tsv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData);
    EXPECT_EQ(e.location(), "x.tsv:3");
    EXPECT_NE(e.message().find("expected 8 tab-separated columns, found 3"), std::string::npos);
  }
  try {
    Taxonomy::ParseLabelSet("sektor", header + "a\tA\tA\tdesc\tmaybe\t-\t\t\n", "y.tsv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.location(), "y.tsv:2");
    EXPECT_NE(e.message().find("basic_service"), std::string::npos);
  }
  EXPECT_THROW(Taxonomy::ParseLabelSet("sektor", "slug\tname\n", "z.tsv"), Error);
  EXPECT_THROW(Taxonomy::FromDirectory("/nonexistent/dir"), Error);
}

TEST(TaxonomyFormatTest, JsonAndTsvCarryEveryField) {
  const Taxonomy t = Taxonomy::Embedded();
  const std::string json = FormatLabelSet(t.sektor(), "json");
  EXPECT_NE(json.find("\"slug\": \"kesehatan\""), std::string::npos);
  EXPECT_NE(json.find("\"1.02\""), std::string::npos);
  const std::string tsv = FormatLabelSet(t.fungsi(), "tsv");
  EXPECT_EQ(Taxonomy::ParseLabelSet("fungsi", tsv, "round-trip").labels.size(), 9u);
  EXPECT_THROW(FormatLabelSet(t.fungsi(), "xml"), Error);
}

}  // namespace
}  // namespace liputan
