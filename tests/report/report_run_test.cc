// report::Run in process (report/run/report_run.h): the same files as the `liputan report`
// executable on the same posts, with and without in-process classification, and the typed output
// of ClassifyPosts equal to what classify writes.
#include "report/run/report_run.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "classify/bundle_post_classifier.h"
#include "classify/classify_pipeline.h"
#include "corpora/post_jsonl.h"
#include "corpora/post_reader.h"
#include "models/trainer.h"
#include "tests/models/topic_corpus.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using liputan::testing::ReadFile;
using liputan::testing::RunLiputan;
using liputan::testing::TempDir;
using liputan::testing::WriteFile;

const std::string kData = std::string(LIPUTAN_SOURCE_DIR) + "/tests/data/report/";

// Posts held in memory: what an embedding caller hands to report::Run.
class VectorSource : public PostSource {
 public:
  explicit VectorSource(std::vector<Post> posts) : posts_(std::move(posts)) {}
  bool Next(Post& post) override {
    if (next_ == posts_.size()) return false;
    post = posts_[next_++];
    return true;
  }
  const DiagnosticLog& diagnostics() const override { return log_; }

 private:
  std::vector<Post> posts_;
  size_t next_ = 0;
  DiagnosticLog log_;
};

std::vector<Post> ReadPosts(const std::string& path) {
  PostReader reader({path});
  std::vector<Post> posts;
  for (Post post; reader.Next(post);) posts.push_back(post);
  return posts;
}

std::map<std::string, std::string> FilesIn(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files[entry.path().filename().string()] = ReadFile(entry.path().string());
  return files;
}

class ReportRunTest : public ::testing::Test {
 protected:
  // A two-set bundle (sektor, fungsi) with cross-validated matrices, trained once.
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::map<std::string, std::pair<std::string, std::string>> labels = {
        {"kesehatan", {"kesehatan", "info_layanan"}},
        {"pendidikan", {"pendidikan", "edukasi_imbauan"}},
        {"bencana", {"ketertiban_bencana", "darurat_bencana"}}};
    const std::vector<TrainingExample> examples =
        testing::MakeTwoSetCorpus(20, 3, {"sektor", "fungsi"}, labels);
    TrainOptions train;
    train.fasttext.dim = 10;
    train.fasttext.epoch = 25;
    train.fasttext.bucket = 5000;
    train.cv_folds = 3;
    TrainBundle(examples, train, Bundle());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Bundle() { return dir_->File("m.liputan"); }

  static inline TempDir* dir_ = nullptr;
};

TEST_F(ReportRunTest, LabeledPostsGiveTheCommandsFiles) {
  TempDir dir;
  report::ReportRequest request;
  request.agencies = kData + "agencies.csv";
  request.output_dir = dir.File("run");
  request.formats = "json,csv,md";
  request.period = "quarter";
  VectorSource source(ReadPosts(kData + "labeled.jsonl"));
  const report::ReportResult result = report::Run(request, source);
  EXPECT_EQ(result.counters.records, 15);

  const auto cli =
      RunLiputan({"report", "--agencies", request.agencies, "-o", dir.File("cli"), "--formats",
                  "json,csv,md", "--period", "quarter", kData + "labeled.jsonl"});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const auto run_files = FilesIn(dir.File("run"));
  ASSERT_TRUE(run_files.count("report.json"));
  EXPECT_EQ(run_files, FilesIn(dir.File("cli")));
}

// -m in process: posts without predictions get the model's, a post that has some keeps them, and
// the report is the command's byte for byte.
TEST_F(ReportRunTest, ClassifiesInProcessAsTheCommandDoes) {
  TempDir dir;
  std::vector<Post> posts = ReadPosts(kData + "labeled.jsonl");
  std::string archive;
  for (size_t i = 0; i < posts.size(); ++i) {
    if (i % 3 != 0) posts[i].predictions.clear();  // every third one arrives classified
    AppendPostJson(posts[i], archive);
    archive += '\n';
  }
  WriteFile(dir.File("raw.jsonl"), archive);

  std::optional<ModelBundle> bundle;
  report::ReportRequest request;
  request.agencies = kData + "agencies.csv";
  request.output_dir = dir.File("run");
  request.formats = "json,csv";
  request.model = Bundle();
  request.threads = 2;
  request.bootstrap = 20;
  request.classifier = [&] {
    bundle.emplace(ModelBundle::Load(Bundle()));
    return MakeBundlePostClassifier(*bundle, 2);
  };
  VectorSource source(posts);
  report::Run(request, source);
  ASSERT_TRUE(bundle.has_value());

  const auto cli = RunLiputan({"report", "-m", Bundle(), "--agencies", request.agencies, "-o",
                               dir.File("cli"), "--formats", "json,csv", "--threads", "2",
                               "--bootstrap", "20", dir.File("raw.jsonl")});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  EXPECT_EQ(FilesIn(dir.File("run")), FilesIn(dir.File("cli")));
}

// The typed output of ClassifyPosts is the written JSONL, read back: same posts, same predictions
// (probabilities exactly), same below-threshold flags; and the bundle classifier keeps carried
// predictions.
TEST_F(ReportRunTest, TypedClassificationEqualsClassifyOutput) {
  const ModelBundle bundle = ModelBundle::Load(Bundle());
  std::vector<Post> posts = ReadPosts(kData + "labeled.jsonl");
  for (Post& post : posts) post.predictions.clear();
  ClassifyOptions options;
  options.threads = 3;
  options.top_k = 2;
  options.batch_size = 4;  // several batches in flight

  VectorSource written_source(posts);
  std::string jsonl;
  ClassifyPosts(
      bundle, written_source, [&](std::string_view d) { jsonl += d; }, options);
  std::vector<Post> typed;
  VectorSource typed_source(posts);
  ClassifyPosts(
      bundle, typed_source,
      [&](const Post& post, const std::vector<size_t>&) { typed.push_back(post); }, options);

  ASSERT_EQ(typed.size(), posts.size());
  std::string error;
  size_t start = 0;
  for (const Post& post : typed) {
    const size_t end = jsonl.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    Post read;
    ASSERT_TRUE(ParsePostJson(std::string_view(jsonl).substr(start, end - start), read, error))
        << error;
    EXPECT_EQ(read, post);
    EXPECT_FALSE(post.predictions.empty());
    start = end + 1;
  }
  EXPECT_EQ(start, jsonl.size());

  posts[1].predictions["sektor"] = {{"pertanian_pangan", 1.0}};
  const auto classifier = MakeBundlePostClassifier(bundle, 2);
  VectorSource carried_source(posts);
  std::vector<Post> added;
  classifier->ClassifyAll(carried_source, [&](const Post& post) { added.push_back(post); });
  ASSERT_EQ(added.size(), posts.size());
  EXPECT_EQ(added[1].predictions, posts[1].predictions);
  EXPECT_EQ(added[0].predictions.at("sektor").size(), 3u);  // every label, no thresholds
  EXPECT_EQ(classifier->TopLabel(0, posts[0].text),
            added[0].predictions.at(classifier->label_sets()[0].name).front().label);
}

}  // namespace
}  // namespace liputan
