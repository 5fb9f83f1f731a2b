// `liputan annotate serve` as a user runs it: it prints the URL, saves answers, ends cleanly on
// SIGTERM, warns when told to listen beyond loopback, and refuses files it cannot serve.
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <nlohmann/json.hpp>

#include "corpora/annotation_file.h"
#include "tests/annotate/serve_test_client.h"
#include "tests/support/cli_runner.h"

namespace liputan::annotate {
namespace {

using liputan::testing::RunLiputan;
using liputan::testing::TempDir;

std::string WriteTwoPosts(const TempDir& dir) {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  for (const char* id : {"p1", "p2"}) {
    AnnotationRow row;
    row.id = id;
    row.text = std::string("Jalan ditutup ") + id;
    row.suggested = {{"sektor", "perhubungan"}, {"fungsi", "info_layanan"}};
    file.rows.push_back(row);
  }
  const std::string path = dir.File("posts.csv");
  WriteAnnotationCsv(path, file);
  return path;
}

// Reads from `fd` until a newline or `seconds` pass.
std::string ReadLine(int fd, int seconds) {
  std::string line;
  pollfd p{fd, POLLIN, 0};
  char c = 0;
  while (poll(&p, 1, seconds * 1000) > 0 && read(fd, &c, 1) == 1 && c != '\n') line += c;
  return line;
}

std::string ReadAll(int fd) {
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  return out;
}

// A running `liputan annotate serve`: its URL (first stdout line) and its stderr.
struct ServeProcess {
  pid_t pid = -1;
  int out = -1, err = -1;
  std::string url;

  explicit ServeProcess(const std::vector<std::string>& args) {
    int out_pipe[2], err_pipe[2];
    if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return;
    pid = fork();
    if (pid == 0) {
      dup2(out_pipe[1], 1);
      dup2(err_pipe[1], 2);
      for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
      liputan::testing::ExecLiputan(args);
    }
    close(out_pipe[1]);
    close(err_pipe[1]);
    out = out_pipe[0];
    err = err_pipe[0];
    url = ReadLine(out, 30);
  }
  int port() const { return std::stoi(url.substr(url.rfind(':') + 1)); }
  // Sends `signal` and returns the exit code (-1 when it did not exit normally).
  int Stop(int signal) {
    kill(pid, signal);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ~ServeProcess() {
    for (int fd : {out, err}) {
      if (fd >= 0) close(fd);
    }
  }
};

TEST(AnnotateServeCliTest, PrintsItsUrlSavesAnswersAndStopsOnSigterm) {
  TempDir dir;
  const std::string path = WriteTwoPosts(dir);
  ServeProcess serve({"annotate", "serve", path, "--port", "0", "--coder", "ana"});
  ASSERT_EQ(serve.url.rfind("http://127.0.0.1:", 0), 0u) << serve.url;
  const int port = serve.port();
  EXPECT_EQ(testing::Request(port, "POST", "/api/answer",
                             R"({"row": 0, "set": 0, "label": "perhubungan"})")
                .status,
            200);
  EXPECT_EQ(testing::Request(port, "POST", "/api/answer",
                             R"({"row": 0, "set": 1, "label": "info_layanan"})")
                .status,
            200);
  const AnnotationFile saved = ReadAnnotationFile(path);
  EXPECT_EQ(saved.rows[0].status, "labeled") << "saved before the server stops";
  EXPECT_EQ(saved.rows[0].coder, "ana");
  EXPECT_EQ(serve.Stop(SIGTERM), 0);
  const std::string err = ReadAll(serve.err);
  EXPECT_NE(err.find("1 labeled, 0 skipped, 1 to do"), std::string::npos) << err;
  EXPECT_EQ(err.find("warning"), std::string::npos) << err;
}

TEST(AnnotateServeCliTest, PassesOverPostsAlreadyDone) {
  TempDir dir;
  const std::string path = WriteTwoPosts(dir);
  AnnotationFile file = ReadAnnotationFile(path);
  file.rows[0].status = "skipped";
  WriteAnnotationCsv(path, file);
  ServeProcess serve({"annotate", "serve", path, "--port", "0"});
  ASSERT_FALSE(serve.url.empty());
  const auto state =
      nlohmann::json::parse(testing::Request(serve.port(), "GET", "/api/state").body);
  EXPECT_EQ(state["row"], 1);
  EXPECT_EQ(state["post"]["id"], "p2");
  EXPECT_EQ(serve.Stop(SIGINT), 0);
}

TEST(AnnotateServeCliTest, WarnsWhenListeningBeyondLoopback) {
  TempDir dir;
  const std::string path = WriteTwoPosts(dir);
  ServeProcess serve({"annotate", "serve", path, "--port", "0", "--host", "0.0.0.0"});
  ASSERT_FALSE(serve.url.empty());
  EXPECT_EQ(serve.Stop(SIGTERM), 0);
  const std::string err = ReadAll(serve.err);
  EXPECT_NE(err.find("warning: --host 0.0.0.0"), std::string::npos) << err;
}

TEST(AnnotateServeCliTest, ServesCsvFilesOnly) {
  TempDir dir;
  for (const char* name : {"posts.xlsx", "project.qdpx"}) {
    liputan::testing::WriteFile(dir.File(name), "not really");
    const auto result = RunLiputan({"annotate", "serve", dir.File(name)});
    EXPECT_EQ(result.exit_code, 64) << name;
    EXPECT_NE(result.err.find("CSV"), std::string::npos) << result.err;
  }
  EXPECT_EQ(RunLiputan({"annotate", "serve", dir.File("missing.csv")}).exit_code, 66);
  EXPECT_EQ(RunLiputan({"annotate", "serve"}).exit_code, 64);
}

}  // namespace
}  // namespace liputan::annotate
