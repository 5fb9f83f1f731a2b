#include "common/output_group.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Names(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(OutputGroup, FilesAppearOnlyTogetherAtCommit) {
  testing::TempDir dir;
  OutputGroup group;
  group.Add(dir.File("report.json"), "{}\n");
  group.Add(dir.File("report.md"), "# Laporan\n");
  EXPECT_FALSE(fs::exists(dir.File("report.json")));
  EXPECT_FALSE(fs::exists(dir.File("report.md")));
  group.Commit();
  EXPECT_EQ(testing::ReadFile(dir.File("report.json")), "{}\n");
  EXPECT_EQ(testing::ReadFile(dir.File("report.md")), "# Laporan\n");
  EXPECT_EQ(Names(dir.path()), (std::vector<std::string>{"report.json", "report.md"}));
}

TEST(OutputGroup, AbandonedGroupLeavesTheOldFilesAndNoTemporaryFile) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("report.json"), "old\n");
  {
    OutputGroup group;
    group.Add(dir.File("report.json"), "new\n");
    group.Add(dir.File("report.md"), "new\n");
  }
  EXPECT_EQ(testing::ReadFile(dir.File("report.json")), "old\n");
  EXPECT_EQ(Names(dir.path()), (std::vector<std::string>{"report.json"}));
}

// A rename refused half-way (the third target is a non-empty directory) puts the files renamed
// before it back: the directory shows the old report whole, and nothing new.
TEST(OutputGroup, AFailedRenameRollsBackTheWholeGroup) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("a.csv"), "old a\n");
  fs::create_directories(dir.File("c.csv"));
  testing::WriteFile(dir.File("c.csv") + "/keep", "x");
  OutputGroup group;
  group.Add(dir.File("a.csv"), "new a\n");
  group.Add(dir.File("b.csv"), "new b\n");
  group.Add(dir.File("c.csv"), "new c\n");
  try {
    group.Commit();
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
    EXPECT_EQ(e.location(), dir.File("c.csv"));
  }
  EXPECT_EQ(testing::ReadFile(dir.File("a.csv")), "old a\n");
  EXPECT_FALSE(fs::exists(dir.File("b.csv")));
  EXPECT_FALSE(fs::exists(dir.File("a.csv.previous")));
}

TEST(OutputGroup, UnwritableDirectoryIsAnIoErrorNamingTheFile) {
  OutputGroup group;
  try {
    group.Add("/nonexistent/liputan/report.json", "{}");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
    EXPECT_EQ(e.location(), "/nonexistent/liputan/report.json");
  }
}

// A report holds a chart per agency: a group of thousands of files must not hold a descriptor
// per file (here the limit is 64 descriptors for 300 files).
TEST(OutputGroup, ManyFilesHoldNoFileDescriptors) {
  testing::TempDir dir;
  rlimit saved{};
  ::getrlimit(RLIMIT_NOFILE, &saved);
  rlimit low = saved;
  low.rlim_cur = 64;
  ::setrlimit(RLIMIT_NOFILE, &low);
  {
    OutputGroup group;
    for (int i = 0; i < 300; ++i) {
      group.Add(dir.File("agency-" + std::to_string(i) + ".vl.json"), "{}\n");
    }
    group.Commit();
  }
  ::setrlimit(RLIMIT_NOFILE, &saved);
  EXPECT_EQ(Names(dir.path()).size(), 300u);
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// report.json is streamed into the group in pieces; the file holds them in order.
TEST(OutputGroup, StreamedContentArrivesWholeAndInOrder) {
  testing::TempDir dir;
  OutputGroup group;
  group.AddStreamed(dir.File("report.json"), [](const OutputGroup::Sink& sink) {
    for (int i = 0; i < 1000; ++i) sink(std::to_string(i) + "\n");
  });
  group.Commit();
  std::string expected;
  for (int i = 0; i < 1000; ++i) expected += std::to_string(i) + "\n";
  EXPECT_EQ(testing::ReadFile(dir.File("report.json")), expected);
}

// A producer that fails leaves no temporary file and nothing in the group.
TEST(OutputGroup, AFailingProducerLeavesNoTemporaryFile) {
  testing::TempDir dir;
  OutputGroup group;
  EXPECT_THROW(group.AddStreamed(dir.File("report.json"),
                                 [](const OutputGroup::Sink& sink) {
                                   sink("{\"half\":");
                                   throw Error(ErrorCode::kInternal, "render failed");
                                 }),
               Error);
  EXPECT_EQ(group.size(), 0u);
  EXPECT_TRUE(Names(dir.path()).empty());
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// An abandoned first report leaves no empty output folder (nor its charts/ inside) behind; a
// folder that existed before stays.
TEST(OutputGroup, AbandonedGroupRemovesTheDirectoriesItMade) {
  testing::TempDir dir;
  {
    OutputGroup group;
    group.MakeDirectories(dir.File("rep/charts/"));
    group.Add(dir.File("rep/charts/a.vl.json"), "{}");
    group.Add(dir.File("rep/report.json"), "{}");
  }
  EXPECT_FALSE(fs::exists(dir.File("rep")));
  EXPECT_TRUE(fs::is_directory(dir.path()));
}

TEST(OutputGroup, CommittedGroupKeepsItsDirectories) {
  testing::TempDir dir;
  {
    OutputGroup group;
    group.MakeDirectories(dir.File("rep/charts"));
    group.Add(dir.File("rep/charts/a.vl.json"), "{}");
    group.Commit();
  }
  EXPECT_EQ(testing::ReadFile(dir.File("rep/charts/a.vl.json")), "{}");
}

TEST(OutputGroup, AFileWhereTheDirectoryShouldBeIsAnIoError) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("rep"), "x");
  OutputGroup group;
  try {
    group.MakeDirectories(dir.File("rep"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
    EXPECT_EQ(e.location(), dir.File("rep"));
  }
}

}  // namespace
}  // namespace liputan
