#include "models/fasttext_model.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "models/sha256.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

FastTextOptions Tiny() {
  FastTextOptions o;
  o.dim = 10;
  o.epoch = 10;
  o.bucket = 5000;
  o.threads = 1;  // byte-reproducible (more threads train lock-free, hogwild)
  return o;
}

class FastTextModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    train_ = dir_.File("train.txt");
    WriteFile(train_, testing::ToFastTextLines(testing::MakeTopicCorpus(20, 7)));
  }
  TempDir dir_;
  std::string train_;
};

TEST(Sha256Test, KnownDigests) {
  Sha256 empty;
  EXPECT_EQ(empty.HexDigest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  Sha256 abc;
  abc.Update("a");
  abc.Update("bc");
  EXPECT_EQ(abc.HexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  Sha256 long_input;
  long_input.Update(std::string(1000, 'a'));
  EXPECT_EQ(long_input.HexDigest(),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_F(FastTextModelTest, TrainsAndPredictsTheTopic) {
  auto model = FastTextModel::Train(train_, Tiny(), false);
  ASSERT_EQ(model.labels().size(), 3u);
  PredictScratch scratch;
  std::vector<std::pair<int, float>> out;
  model.Predict("vaksinasi di puskesmas", 1, out, scratch);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(model.labels()[out[0].first], "kesehatan");
  model.Predict("banjir dan longsor", -1, out, scratch);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(model.labels()[out[0].first], "bencana");
  float sum = out[0].second + out[1].second + out[2].second;
  EXPECT_NEAR(sum, 1.0f, 1e-3);  // softmax
}

TEST_F(FastTextModelTest, SameSeedGivesByteIdenticalModels) {
  FastTextModel::Train(train_, Tiny(), false).Save(dir_.File("a.bin"));
  FastTextModel::Train(train_, Tiny(), false).Save(dir_.File("b.bin"));
  EXPECT_EQ(ReadFile(dir_.File("a.bin")), ReadFile(dir_.File("b.bin")));
  FastTextOptions other = Tiny();
  other.seed = 2;
  FastTextModel::Train(train_, other, false).Save(dir_.File("c.bin"));
  EXPECT_NE(ReadFile(dir_.File("a.bin")), ReadFile(dir_.File("c.bin")));
}

TEST_F(FastTextModelTest, SavedModelLoadsAndPredictsTheSame) {
  auto model = FastTextModel::Train(train_, Tiny(), false);
  model.Save(dir_.File("m.bin"));
  auto loaded = FastTextModel::Load(dir_.File("m.bin"));
  PredictScratch scratch;
  std::vector<std::pair<int, float>> a, b;
  model.Predict("guru dan siswa di sekolah", -1, a, scratch);
  loaded.Predict("guru dan siswa di sekolah", -1, b, scratch);
  EXPECT_EQ(a, b);
}

TEST_F(FastTextModelTest, QuantizedModelValidatesAndLoads) {
  auto model = FastTextModel::Train(train_, Tiny(), false);
  QuantizeOptions q;
  q.cutoff = 300;
  model.Quantize(train_, Tiny(), q);
  model.Save(dir_.File("m.ftz"));
  EXPECT_NO_THROW(ValidateFastTextFile(dir_.File("m.ftz")));
  auto loaded = FastTextModel::Load(dir_.File("m.ftz"));
  EXPECT_TRUE(loaded.quantized());
  PredictScratch scratch;
  std::vector<std::pair<int, float>> out;
  loaded.Predict("banjir longsor evakuasi", 1, out, scratch);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(loaded.labels()[out[0].first], "bencana");
}

void ExpectDataError(const std::string& path, const std::string& fragment) {
  try {
    FastTextModel::Load(path);
    FAIL() << "expected an error for " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kData) << e.what();
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST_F(FastTextModelTest, CorruptTruncatedAndForeignFilesGiveClearErrors) {
  FastTextModel::Train(train_, Tiny(), false).Save(dir_.File("m.bin"));
  std::string good = ReadFile(dir_.File("m.bin"));
  // Truncated at many points: always an error, never a crash.
  for (size_t cut : {size_t{0}, size_t{3}, size_t{8}, size_t{40}, size_t{100}, good.size() / 2,
                     good.size() - 1}) {
    WriteFile(dir_.File("cut.bin"), good.substr(0, cut));
    EXPECT_THROW(FastTextModel::Load(dir_.File("cut.bin")), Error) << "cut at " << cut;
  }
  WriteFile(dir_.File("text.bin"), "this is not a model at all\n");
  ExpectDataError(dir_.File("text.bin"), "not a fastText model");
  std::string wrong_version = good;
  wrong_version[4] = 11;
  WriteFile(dir_.File("v11.bin"), wrong_version);
  ExpectDataError(dir_.File("v11.bin"), "version 11");
  WriteFile(dir_.File("long.bin"), good + "xx");
  ExpectDataError(dir_.File("long.bin"), "trailing bytes");
  std::string huge_dim = good;
  huge_dim[8] = '\xff';
  huge_dim[9] = '\xff';
  huge_dim[10] = '\xff';
  huge_dim[11] = '\x7f';
  WriteFile(dir_.File("dim.bin"), huge_dim);
  ExpectDataError(dir_.File("dim.bin"), "dimension");
  try {
    FastTextModel::Load(dir_.File("missing.bin"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNoInput);
  }
}

TEST_F(FastTextModelTest, OwnInferencePathIsBitIdenticalToFastText) {
  FastTextOptions o = Tiny();
  o.dim = 37;  // not a multiple of the vector width
  auto model = FastTextModel::Train(train_, o, false);
  auto corpus = testing::MakeTopicCorpus(30, 123);
  corpus.push_back({"kata yang tidak dikenal sama sekali", {}, ""});
  PredictScratch scratch;
  std::vector<std::pair<int, float>> fast, reference;
  for (const auto& e : corpus) {
    for (int k : {1, 2, -1}) {
      model.Predict(e.text, k, fast, scratch);
      model.PredictReference(e.text, k, reference, scratch);
      ASSERT_EQ(fast, reference) << e.text << " k=" << k;  // exact float equality
    }
  }
}

TEST_F(FastTextModelTest, PredictMatchesTheFastTextCommandLine) {
  auto model = FastTextModel::Train(train_, Tiny(), false);
  model.Save(dir_.File("m.bin"));
  const std::string line = "banjir di sekolah hari ini";
  WriteFile(dir_.File("q.txt"), line + "\n");
  std::string cmd = "fasttext predict-prob " + dir_.File("m.bin") + " " + dir_.File("q.txt") +
                    " 3 > " + dir_.File("out.txt") + " 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) GTEST_SKIP() << "the fasttext command is not installed";
  std::string expected = ReadFile(dir_.File("out.txt"));
  PredictScratch scratch;
  std::vector<std::pair<int, float>> out;
  model.Predict(line, 3, out, scratch);
  // fasttext prints "__label__x p" pairs with probabilities to 5 significant digits.
  std::istringstream in(expected);
  for (const auto& [label, p] : out) {
    std::string name;
    double prob;
    in >> name >> prob;
    EXPECT_EQ(name, "__label__" + model.labels()[label]);
    EXPECT_NEAR(prob, p, 2e-5);
  }
}

}  // namespace
}  // namespace liputan
