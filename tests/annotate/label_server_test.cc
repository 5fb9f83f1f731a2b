// `annotate serve`'s server over a real loopback socket: the page and the API answer, every
// answer is on disk at once, and bad, foreign or oversized requests are refused.
#include "annotate/label_server.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "annotate/label_app.h"
#include "annotate/label_page.h"
#include "annotate/label_session.h"
#include "annotate/offered_labels.h"
#include "corpora/annotation_file.h"
#include "tests/annotate/serve_test_client.h"
#include "tests/support/cli_runner.h"

namespace liputan::annotate {
namespace {

using nlohmann::json;
using testing::Request;

AnnotationFile ThreePosts() {
  AnnotationFile file;
  file.label_sets = {"sektor", "fungsi"};
  for (const char* id : {"p1", "p2", "p3"}) {
    AnnotationRow row;
    row.id = id;
    row.agency = "dinkes";
    row.text = std::string("Vaksinasi di puskesmas ") + id;
    row.suggested = {{"sektor", "kesehatan"}, {"fungsi", "info_layanan"}};
    row.suggested_p = {{"sektor", 0.9}, {"fungsi", 0.7}};
    file.rows.push_back(row);
  }
  return file;
}

class LabelServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteAnnotationCsv(path_, ThreePosts());
    AnnotationFile file = ReadAnnotationFile(path_);
    session_ = std::make_unique<LabelSession>(file, "ana");
    app_ = std::make_unique<LabelApp>(*session_, LabelsToOffer(file), path_);
    server_ = std::make_unique<LabelServer>(
        [this](const HttpRequest& r) { return app_->Handle(r); }, options_);
    server_->Bind();
    port_ = server_->port();
    thread_ = std::thread([this] { server_->Serve(); });
  }
  void TearDown() override {
    server_->RequestStop();
    thread_.join();
  }
  testing::HttpReply Post(const std::string& path, const json& body) {
    return Request(port_, "POST", path, body.dump());
  }

  liputan::testing::TempDir dir_;
  std::string path_ = dir_.File("posts.csv");
  LabelServerOptions options_;
  std::unique_ptr<LabelSession> session_;
  std::unique_ptr<LabelApp> app_;
  std::unique_ptr<LabelServer> server_;
  int port_ = 0;
  std::thread thread_;
};

TEST_F(LabelServerTest, ServesThePageWithNothingFromTheNetwork) {
  const auto reply = Request(port_, "GET", "/");
  ASSERT_EQ(reply.status, 200);
  EXPECT_NE(reply.head.find("text/html"), std::string::npos);
  EXPECT_NE(reply.head.find("Content-Security-Policy: default-src 'none'"), std::string::npos);
  EXPECT_NE(reply.body.find("/label_page.js"), std::string::npos);
  for (const auto& [name, content] : LabelPageFiles()) {
    // No URL but the SVG namespace name, which is an identifier, not something loaded.
    std::string text(content);
    const std::string svg_namespace = "http://www.w3.org/2000/svg";
    if (const size_t at = text.find(svg_namespace); at != std::string::npos) {
      text.erase(at, svg_namespace.size());
    }
    EXPECT_EQ(text.find("http://"), std::string::npos) << name;
    EXPECT_EQ(text.find("https://"), std::string::npos) << name;
    EXPECT_EQ(Request(port_, "GET", "/" + std::string(name)).body, content) << name;
  }
}

TEST_F(LabelServerTest, StateAndCodebookDescribeThePostAndTheLabels) {
  const json state = json::parse(Request(port_, "GET", "/api/state").body);
  EXPECT_EQ(state["total"], 3);
  EXPECT_EQ(state["row"], 0);
  EXPECT_EQ(state["post"]["text"], "Vaksinasi di puskesmas p1");
  EXPECT_EQ(state["sets"][0]["suggested"], "kesehatan");
  const json codebook = json::parse(Request(port_, "GET", "/api/codebook").body);
  ASSERT_EQ(codebook["sets"].size(), 2u);
  EXPECT_EQ(codebook["sets"][0]["labels"].size(), 16u) << "the built-in sektor set";
  EXPECT_EQ(codebook["sets"][0]["labels"][1]["slug"], "kesehatan");
  EXPECT_FALSE(codebook["sets"][0]["labels"][1]["description"].get<std::string>().empty());
}

TEST_F(LabelServerTest, EveryAnswerIsOnDiskAtOnce) {
  ASSERT_EQ(Post("/api/answer", {{"row", 0}, {"set", 0}, {"label", "pendidikan"}}).status, 200);
  const auto reply = Post("/api/answer", {{"row", 0}, {"set", 1}, {"label", "edukasi_imbauan"}});
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(json::parse(reply.body)["row"], 1);
  AnnotationFile saved = ReadAnnotationFile(path_);
  EXPECT_EQ(saved.rows[0].labels["sektor"], "pendidikan");
  EXPECT_EQ(saved.rows[0].labels["fungsi"], "edukasi_imbauan");
  EXPECT_EQ(saved.rows[0].status, "labeled");
  EXPECT_EQ(saved.rows[0].coder, "ana");
  ASSERT_EQ(Post("/api/skip", {{"row", 1}}).status, 200);
  EXPECT_EQ(ReadAnnotationFile(path_).rows[1].status, "skipped");
  ASSERT_EQ(Post("/api/undo", json::object()).status, 200);
  EXPECT_EQ(ReadAnnotationFile(path_).rows[1].status, "");
}

TEST_F(LabelServerTest, AKeyPressedTwiceDoesNotAnswerTheNextPost) {
  ASSERT_EQ(Post("/api/skip", {{"row", 0}}).status, 200);
  const auto again = Post("/api/skip", {{"row", 0}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(json::parse(again.body)["state"]["row"], 1);
  EXPECT_EQ(Post("/api/answer", {{"row", 1}, {"set", 1}, {"label", "lainnya"}}).status, 409);
  EXPECT_EQ(ReadAnnotationFile(path_).rows[1].status, "");
}

TEST_F(LabelServerTest, RefusesBadRequests) {
  EXPECT_EQ(Request(port_, "GET", "/nope").status, 404);
  EXPECT_EQ(Request(port_, "GET", "/api/answer").status, 405);
  EXPECT_EQ(Request(port_, "POST", "/api/answer", "{not json").status, 400);
  EXPECT_EQ(Request(port_, "POST", "/api/answer", "[1]").status, 400);
  EXPECT_EQ(Post("/api/answer", {{"row", "0"}, {"set", 0}, {"label", "umum"}}).status, 400);
  EXPECT_EQ(Post("/api/answer", {{"row", 0}, {"set", 0}, {"label", "no_such"}}).status, 400);
  EXPECT_EQ(testing::RawExchange(port_, "GARBAGE\r\n\r\n").status, 400);
  EXPECT_EQ(
      testing::RawExchange(port_, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port_) +
                                      "\r\nX: " + std::string(100000, 'a') + "\r\n\r\n")
          .status,
      431);
  EXPECT_EQ(Request(port_, "POST", "/api/answer", std::string(200000, ' ')).status, 413);
  const std::string form = "Connection: close\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n";
  EXPECT_EQ(testing::RawExchange(port_, "POST /api/skip HTTP/1.1\r\nHost: 127.0.0.1:" +
                                            std::to_string(port_) + "\r\n" + form + "\r\n{}")
                .status,
            415);
  EXPECT_EQ(ReadAnnotationFile(path_).rows[0].status, "") << "nothing was answered";
}

TEST_F(LabelServerTest, RefusesOtherHostsAndOrigins) {
  const std::string skip = json{{"row", 0}}.dump();
  const std::string here = "127.0.0.1:" + std::to_string(port_);
  auto post_with = [&](const std::string& headers) {
    return testing::RawExchange(port_, "POST /api/skip HTTP/1.1\r\nConnection: close\r\n" +
                                           headers +
                                           "Content-Type: application/json\r\nContent-Length: " +
                                           std::to_string(skip.size()) + "\r\n\r\n" + skip);
  };
  EXPECT_EQ(post_with("Host: evil.example:" + std::to_string(port_) + "\r\n").status, 403)
      << "a DNS-rebinding name";
  EXPECT_EQ(post_with("Host: 127.0.0.1:1\r\n").status, 403);
  EXPECT_EQ(post_with("Host: " + here + "\r\nOrigin: https://evil.example\r\n").status, 403);
  EXPECT_EQ(post_with("Host: " + here + "\r\nOrigin: null\r\n").status, 403);
  EXPECT_EQ(ReadAnnotationFile(path_).rows[0].status, "");
  EXPECT_EQ(post_with("Host: localhost:" + std::to_string(port_) +
                      "\r\nOrigin: http://localhost:" + std::to_string(port_) + "\r\n")
                .status,
            200);
}

TEST_F(LabelServerTest, FinishStopsTheServer) {
  const auto reply = Post("/api/finish", json::object());
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(json::parse(reply.body)["finished"], true);
  thread_.join();  // Serve() returned by itself
  thread_ = std::thread([] {});
  EXPECT_EQ(Request(port_, "GET", "/").status, 0) << "no longer answering";
}

TEST(LabelServerHostTest, LoopbackByDefaultAndWildcardOnlyForIpLiterals) {
  LabelServer loopback([](const HttpRequest&) { return HttpResponse{}; }, {});
  loopback.Bind();
  const std::string port = std::to_string(loopback.port());
  EXPECT_EQ(loopback.url(), "http://127.0.0.1:" + port + "/");
  EXPECT_TRUE(loopback.HostAllowed("127.0.0.1:" + port));
  EXPECT_TRUE(loopback.HostAllowed("LOCALHOST:" + port));
  EXPECT_FALSE(loopback.HostAllowed("127.0.0.1"));
  EXPECT_FALSE(loopback.HostAllowed("192.168.1.5:" + port));
  LabelServerOptions any;
  any.host = "0.0.0.0";
  LabelServer wildcard([](const HttpRequest&) { return HttpResponse{}; }, any);
  wildcard.Bind();
  const std::string wport = std::to_string(wildcard.port());
  EXPECT_TRUE(wildcard.HostAllowed("192.168.1.5:" + wport));
  EXPECT_FALSE(wildcard.HostAllowed("rebind.example:" + wport));
  EXPECT_TRUE(IsLoopbackHost("127.0.0.1"));
  EXPECT_FALSE(IsLoopbackHost("0.0.0.0"));
}

}  // namespace
}  // namespace liputan::annotate
