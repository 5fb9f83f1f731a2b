#include "common/atomic_output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "common/error.h"
#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

namespace fs = std::filesystem;

TEST(AtomicOutputFile, TargetAppearsOnlyAfterCommit) {
  testing::TempDir dir;
  std::string target = dir.File("out.txt");
  AtomicOutputFile out(target);
  out.Write("hello\n");
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(fs::exists(out.temp_path()));
  out.Commit();
  EXPECT_EQ(testing::ReadFile(target), "hello\n");
  EXPECT_FALSE(fs::exists(out.temp_path()));
}

TEST(AtomicOutputFile, AbandonedWriteLeavesOldContentAndNoTempFile) {
  testing::TempDir dir;
  std::string target = dir.File("out.txt");
  testing::WriteFile(target, "old\n");
  std::string temp;
  {
    AtomicOutputFile out(target);
    out.Write("half a");
    temp = out.temp_path();
  }
  EXPECT_EQ(testing::ReadFile(target), "old\n");
  EXPECT_FALSE(fs::exists(temp));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(AtomicOutputFile, UnwritableDirectoryIsIoError) {
  try {
    AtomicOutputFile out("/nonexistent/dir/out.txt");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kIo);
    EXPECT_EQ(e.location(), "/nonexistent/dir/out.txt");
  }
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// Outputs are shared with colleagues and other tools: they get the usual umask-based mode,
// not the owner-only mode of the temporary file.
TEST(AtomicOutputFile, CommittedFileHasUmaskMode) {
  testing::TempDir dir;
  std::string target = dir.File("shared.csv");
  mode_t mask = ::umask(022);
  {
    AtomicOutputFile out(target);
    out.Write("a,b\n");
    out.Commit();
  }
  ::umask(mask);
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                fs::perms::others_read);
}

}  // namespace
}  // namespace liputan

namespace liputan {
namespace {

// "-o /dev/null" must write to the device, not replace it with a regular file.
TEST(AtomicOutputFile, DeviceIsWrittenDirectly) {
  AtomicOutputFile out("/dev/null");
  out.Write("discarded\n");
  out.Commit();
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

// A symlinked output replaces the file the link names; the link stays a link.
TEST(AtomicOutputFile, SymlinkIsFollowed) {
  testing::TempDir dir;
  testing::WriteFile(dir.File("real.txt"), "old\n");
  fs::create_symlink(dir.File("real.txt"), dir.File("link.txt"));
  AtomicOutputFile out(dir.File("link.txt"));
  out.Write("new\n");
  out.Commit();
  EXPECT_TRUE(fs::is_symlink(dir.File("link.txt")));
  EXPECT_EQ(testing::ReadFile(dir.File("real.txt")), "new\n");
}

TEST(AtomicOutputFile, FullDeviceIsAnIoError) {
  AtomicOutputFile out("/dev/full");
  EXPECT_THROW(
      {
        out.Write(std::string(1 << 16, 'x'));
        out.Commit();
      },
      Error);
}

}  // namespace
}  // namespace liputan
