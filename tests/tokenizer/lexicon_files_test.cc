// The lexicons in tokenizer/lexicons/ stay sorted, unique, lowercase and NFC, carry a header, and
// the copies embedded in the binary are the files in the tree.
#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tokenizer/lexicon.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;
const fs::path kDir = fs::path(LIPUTAN_SOURCE_DIR) / "tokenizer" / "lexicons";

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> LexiconFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kDir)) {
    auto ext = entry.path().extension();
    if (ext == ".txt" || ext == ".tsv") files.push_back(entry.path());
  }
  return files;
}

bool IsNfcLowercase(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString lower = u;
  lower.toLower(icu::Locale::getRoot());
  return U_SUCCESS(status) && nfc->isNormalized(u, status) && lower == u;
}

TEST(LexiconFiles, AllFourArePresentAndEmbedded) {
  EXPECT_EQ(LexiconFiles().size(), 4u);
  for (const auto& path : LexiconFiles()) {
    EXPECT_EQ(lexicon::EmbeddedContent(path.filename().string()), Read(path)) << path;
  }
}

TEST(LexiconFiles, HaveHeaderAndSortedUniqueLowercaseNfcLines) {
  for (const auto& path : LexiconFiles()) {
    SCOPED_TRACE(path.filename().string());
    std::string content = Read(path);
    ASSERT_FALSE(content.empty());
    EXPECT_EQ(content[0], '#') << "a header says what the file is";
    EXPECT_NE(content.find("Licence"), std::string::npos);
    std::string previous;
    for (auto line : lexicon::DataLines(content)) {
      std::string key(line.substr(0, line.find('\t')));
      EXPECT_LT(previous, key) << "not sorted or duplicated: " << key;
      EXPECT_TRUE(IsNfcLowercase(line)) << line;
      std::string_view key_view = line.substr(0, line.find('\t'));
      EXPECT_EQ(key_view.find_first_of(" \r"), std::string_view::npos) << "space in key: " << line;
      EXPECT_EQ(line.find('\r'), std::string_view::npos);
      EXPECT_NE(line.back(), ' ');
      previous = key;
    }
  }
}

TEST(LexiconFiles, SlangLexiconIsLargeAndCoversTheIssueExamples) {
  auto map = lexicon::ParseWordMap("slang.id.tsv", lexicon::EmbeddedContent("slang.id.tsv"));
  EXPECT_GE(map.size(), 400u);
  const std::pair<const char*, const char*> kExamples[] = {
      {"yg", "yang"},    {"gak", "tidak"},  {"ga", "tidak"},  {"nggak", "tidak"},
      {"gk", "tidak"},   {"dgn", "dengan"}, {"utk", "untuk"}, {"sdh", "sudah"},
      {"udh", "sudah"},  {"udah", "sudah"}, {"blm", "belum"}, {"bgt", "banget"},
      {"krn", "karena"}, {"tp", "tapi"},    {"jg", "juga"},   {"kalo", "kalau"},
      {"aja", "saja"},   {"dr", "dari"}};
  for (const auto& [slang, standard] : kExamples) {
    ASSERT_NE(map.Find(slang), nullptr) << slang;
    EXPECT_EQ(*map.Find(slang), standard);
  }
  for (auto acronym : {"pemkab", "pemda", "dinkes"}) EXPECT_EQ(map.Find(acronym), nullptr);
}

TEST(LexiconFiles, MalformedLinesNameTheLine) {
  try {
    lexicon::ParseWordMap("x.tsv", "# header\nyg\tyang\nbroken\n");
    ADD_FAILURE();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("x.tsv:3"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace liputan
