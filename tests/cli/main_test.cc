#include <gtest/gtest.h>

#include "tests/support/cli_runner.h"

namespace liputan {
namespace {

using testing::RunLiputan;

TEST(Cli, HelpListsCommands) {
  auto r = RunLiputan({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("commands:"), std::string::npos);
}

TEST(Cli, VersionPrintsVersion) {
  auto r = RunLiputan({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("liputan ", 0), 0u);
}

TEST(Cli, NoArgumentsIsUsageError) {
  auto r = RunLiputan({});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("usage:"), std::string::npos);
}

TEST(Cli, UnknownCommandIsUsageError) {
  auto r = RunLiputan({"frobnicate"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos);
}

}  // namespace
}  // namespace liputan
